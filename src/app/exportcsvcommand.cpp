// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcsvcommand.h"

#include "commandline.h"
#include "csvexport.h"
#include "database.h"
#include "readcommand.h"

#include <QBuffer>
#include <QDir>
#include <QFileDevice>
#include <QTextStream>

namespace Ripen {

int ExportCsvCommand::run(const CommandLine &options, QTextStream &out, QTextStream &err)
{
    Database database;
    if (!openToRead(database, options.database, err))
        return 1;
    const auto fail = [&err](const QString &message) {
        err << QStringLiteral("ripen: ") << message << Qt::endl;
        return 1;
    };
    if (!options.output.isEmpty()) {
        const auto written = CsvExport::exportTo(database.connection(), options.exportKind, options.output);
        if (!written)
            return fail(written.error());
        err << CsvExport::summary(options.exportKind, *written, QDir::toNativeSeparators(options.output))
            << Qt::endl;
        return 0;
    }
    // The bytes as written (byte order mark, CRLF), straight to standard output: no text conversion
    // and no copy of the whole file in memory.
    out.flush();
    QBuffer buffer; // for a stream on a string, which has no device
    QIODevice *device = out.device();
    if (!device) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    const auto written = CsvExport::write(database.connection(), options.exportKind, *device);
    if (!written)
        return fail(written.error());
    if (device == &buffer)
        out << QString::fromUtf8(buffer.data());
    else if (auto *file = qobject_cast<QFileDevice *>(device); file && !file->flush())
        return fail(tr("Cannot write the CSV to standard output: %1").arg(file->errorString()));
    return 0;
}

} // namespace Ripen
