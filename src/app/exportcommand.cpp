// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "clock.h"
#include "commandline.h"
#include "database.h"
#include "io/followupcalendar.h"
#include "io/icalendarwriter.h"
#include "pipeline.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace Ripen {

int ExportCommand::run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    // An export reads: a file that does not exist is a mistake to report, not a new database to create.
    Database database;
    Database::Options open;
    open.create = false;
    if (!database.open(options.database, open)) {
        err << QStringLiteral("ripen: ") << database.errorMessage() << Qt::endl;
        return 1;
    }
    const Pipeline pipeline(database, clock);
    const auto events = FollowUpCalendar::openFollowUps(pipeline, options.from, options.to);
    if (!events) {
        err << QStringLiteral("ripen: ")
            << tr("Cannot read the follow-ups of “%1”: %2")
                   .arg(QDir::toNativeSeparators(options.database), events.error())
            << Qt::endl;
        return 1;
    }
    const QByteArray calendar = ICalendarWriter::calendar(*events, clock.now());
    if (options.output.isEmpty()) {
        out << QString::fromUtf8(calendar); // UTF-8, CRLF kept as written
        out.flush();
        return 0;
    }
    // Written whole or not at all: QSaveFile replaces the file only once everything is on disk.
    QSaveFile file(options.output);
    const QString shown = QDir::toNativeSeparators(options.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size() || !file.commit()) {
        err << QStringLiteral("ripen: ") << tr("Cannot write “%1”: %2").arg(shown, file.errorString())
            << Qt::endl;
        return 1;
    }
    err << tr("Wrote %1 follow-ups to “%2”.").arg(QLocale().toString(qint64(events->size())), shown)
        << Qt::endl;
    return 0;
}

} // namespace Ripen
