// SPDX-License-Identifier: GPL-3.0-or-later
// How long `ripen generate --deals N` takes for several N, how much of it is system time, and how big
// the file gets. Prints figures; never fails on time.
//
//   bench_generate [deals ...] [--seed S] [--keep FILE]
//
// Sizes default to 10,000, 30,000 and 100,000 deals, each into a new database; the time should grow
// with the size and no faster. --keep keeps the database of a single size.

#include "database.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace Ripen;

namespace {

// CPU time of this process so far, in seconds: user and system.
std::pair<double, double> cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return { seconds(usage.ru_utime), seconds(usage.ru_stime) };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    DemoGenerator::Options options;
    options.today = QDate(2026, 11, 23); // fixed, so two runs write the same rows
    QList<int> sizes;
    QString keep;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            options.seed = args.at(++i).toUInt(&ok);
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else
            sizes << args.at(i).toInt(&ok);
        if (!ok || (!sizes.isEmpty() && sizes.last() < 1)) {
            err << "usage: bench_generate [deals ...] [--seed S] [--keep FILE]\n";
            return 2;
        }
    }
    if (sizes.isEmpty())
        sizes = { 10000, 30000, 100000 };
    if (!keep.isEmpty() && sizes.size() != 1) {
        err << "--keep needs exactly one size\n";
        return 2;
    }

    out << "deals      rows  generate ms  rows/s  with close ms  user s  sys s  sys/user  MiB\n";
    for (const int deals : sizes) {
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
        options.deals = deals;
        const auto [userBefore, systemBefore] = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const Result<DemoGenerator::Counts> generated = DemoGenerator::generate(database, options);
        const qint64 generateMs = timer.elapsed();
        database.close(); // checkpoints the WAL into the main file, so the size below is the whole database
        const qint64 totalMs = timer.elapsed();
        const auto [userAfter, systemAfter] = cpuSeconds();
        if (!generated) {
            err << "generate failed: " << generated.error() << '\n';
            return 1;
        }
        const double user = userAfter - userBefore, system = systemAfter - systemBefore;
        const qint64 rows = generated->rows();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(deals, 7)
                   .arg(rows, 9)
                   .arg(generateMs, 12)
                   .arg(qint64(rows * 1000.0 / std::max<qint64>(generateMs, 1)), 7)
                   .arg(totalMs, 14)
                   .arg(user, 7, 'f', 2)
                   .arg(system, 6, 'f', 2)
                   .arg(user > 0 ? system / user : 0.0, 9, 'f', 2)
                   .arg(QFileInfo(path).size() / 1048576.0, 6, 'f', 1)
            << Qt::flush;
        if (deals == sizes.last()) {
            const DemoGenerator::Counts &counts = *generated;
            out << "rows of the last: accounts " << counts.accounts << ", contacts " << counts.contacts
                << ", deals " << counts.deals << ", touches " << counts.touches << ", follow-ups "
                << counts.followUps << ", stage changes " << counts.stageChanges << '\n';
        }
    }
    return 0;
}
