// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "clock.h"
#include "commandline.h"
#include "database.h"
#include "io/followupcalendar.h"
#include "pipeline.h"
#include "readcommand.h"

#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace Ripen {

int ExportCommand::run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Database database;
    if (!openToRead(database, options.database, err))
        return 1;
    const Pipeline pipeline(database, clock);
    const QString shown = QDir::toNativeSeparators(options.database);
    if (options.output.isEmpty()) {
        const auto calendar = FollowUpCalendar::calendar(pipeline, clock.now(), options.from, options.to);
        if (!calendar) {
            err << QStringLiteral("ripen: ")
                << tr("Cannot read the follow-ups of “%1”: %2").arg(shown, calendar.error()) << Qt::endl;
            return 1;
        }
        out << QString::fromUtf8(*calendar); // UTF-8, CRLF as written
        out.flush();
        return 0;
    }
    const auto written
        = FollowUpCalendar::exportTo(pipeline, options.output, clock.now(), options.from, options.to);
    if (!written) {
        err << QStringLiteral("ripen: ") << written.error() << Qt::endl;
        return 1;
    }
    err << tr("Wrote %1 follow-ups to “%2”.")
               .arg(QLocale().toString(*written), QDir::toNativeSeparators(options.output))
        << Qt::endl;
    return 0;
}

} // namespace Ripen
