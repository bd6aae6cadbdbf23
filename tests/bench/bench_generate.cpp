// SPDX-License-Identifier: GPL-3.0-or-later
// How long `ripen generate --deals N` takes, and how big the file gets. Prints figures; never fails on time.
//
//   bench_generate [deals (default 100000)] [--seed S] [--keep FILE]

#include "database.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace Ripen;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    DemoGenerator::Options options;
    options.deals = 100000;
    options.today = QDate(2026, 11, 23); // fixed, so two runs write the same rows
    QString keep;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            options.seed = args.at(++i).toUInt(&ok);
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else
            options.deals = args.at(i).toInt(&ok);
        if (!ok) {
            err << "usage: bench_generate [deals] [--seed S] [--keep FILE]\n";
            return 2;
        }
    }

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    if (QFileInfo::exists(path)) {
        err << path << " exists; choose a new file\n";
        return 2;
    }
    Database database;
    if (!database.open(path)) {
        err << database.errorMessage() << '\n';
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<DemoGenerator::Counts> generated = DemoGenerator::generate(database, options);
    const qint64 generateMs = timer.elapsed();
    database.close(); // checkpoints the WAL into the main file, so the size below is the whole database
    const qint64 totalMs = timer.elapsed();
    if (!generated) {
        err << "generate failed: " << generated.error() << '\n';
        return 1;
    }
    const DemoGenerator::Counts &counts = *generated;

    const qint64 bytes = QFileInfo(path).size();
    out << "deals " << counts.deals << ", accounts " << counts.accounts << ", contacts " << counts.contacts
        << ", touches " << counts.touches << ", follow-ups " << counts.followUps << ", stage changes "
        << counts.stageChanges << " (" << counts.rows() << " rows)\n";
    out << "generate: " << generateMs << " ms, "
        << qint64(counts.rows() * 1000.0 / std::max<qint64>(generateMs, 1))
        << " rows/s; with close and checkpoint: " << totalMs << " ms\n";
    out << "file size: " << bytes << " bytes (" << QString::number(bytes / 1048576.0, 'f', 1) << " MiB)\n";
    return 0;
}
