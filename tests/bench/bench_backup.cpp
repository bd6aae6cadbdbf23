// SPDX-License-Identifier: GPL-3.0-or-later
// Backup benchmark: what the automatic backups cost the user, next to a floor of copying the same file
// with the file system alone (read, write, fsync). Prints figures; never fails on time.
//
//   bench_backup [--deals 10000,100000] [--dir DIR] [--database FILE] [--runs N]
//
// - a copy (Backups::take: VACUUM INTO on a read-only connection, fsync, rename, rotation), wall and
//   CPU time, and the sizes of the file and of the copy;
// - the day's first write (a new account through Pipeline, which takes the daily copy first) next to
//   the same write later that day;
// - checking a copy as File > Restore Backup… does (Backups::inspect: quick_check and the deals
//   counted), which the dialog runs off the window's thread;
// - a restore (Backups::restore of a closed file: the check, then the copy written beside it, synced
//   and renamed over it).
//
// Every figure is taken on a copy of the generated database in a scratch folder inside --dir (the same
// file system), brought to this version's schema first; the generated file is never changed.

#include "backups.h"
#include "benchsupport.h"
#include "clock.h"
#include "database.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <unistd.h>

using namespace Ripen;
using namespace Ripen::Bench;

namespace {

struct Span
{
    double wall = 0;
    double cpu = 0;
};

class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(cpuMs())
    {
        m_timer.start();
    }
    Span elapsed() const { return { ms(m_timer), cpuMs() - m_cpu }; }

private:
    QElapsedTimer m_timer;
    double m_cpu;
};

struct Spans
{
    QList<double> wall, cpu;
    void operator<<(const Span &span)
    {
        wall << span.wall;
        cpu << span.cpu;
    }
    QString text() const
    {
        // Whole milliseconds for the copies; a write without one takes less than one.
        const auto shown = [](double value) { return fixed(value, value < 10 ? 2 : 0); };
        return QStringLiteral("%1 ms (CPU %2 ms)").arg(shown(median(wall)), shown(median(cpu)));
    }
};

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// The floor: the same bytes read and written with the file system alone, synced.
bool plainCopy(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(qint64(1) << 20);
        if (out.write(chunk) != chunk.size())
            return false;
    }
    out.flush();
    return ::fsync(out.handle()) == 0;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

bool measure(const QString &source, const QString &scratchDir, int runs)
{
    const QDir scratch(scratchDir);
    const QString path = scratch.filePath(QStringLiteral("pipeline.sqlite"));
    removeDatabase(path);
    QDir(Backups::folderOf(path)).removeRecursively();
    if (!QFile::copy(source, path)) {
        out() << "cannot copy " << source << " to " << path << Qt::endl;
        return false;
    }
    FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    qint64 deals = 0;
    {
        // To this version's schema, without a copy: the upgrade is not what is measured.
        Database database;
        if (!database.open(path, openOptions())) {
            out() << database.errorMessage() << Qt::endl;
            return false;
        }
        deals = scalar(database.connection(), QStringLiteral("SELECT count(*) FROM deals")).toLongLong();
    }
    const qint64 bytes = QFileInfo(path).size();

    Spans takes, floors, firstWrites, laterWrites, inspects, restores;
    qint64 copyBytes = 0;
    QString copy;
    const QString floorCopy = scratch.filePath(QStringLiteral("floor.sqlite"));
    for (int run = 0; run < runs; ++run) {
        const auto floor = [&] {
            Stopwatch timer;
            if (plainCopy(path, floorCopy))
                floors << timer.elapsed();
            QFile::remove(floorCopy);
        };
        if (run % 2) // in turn first, so neither profits from the other's reads
            floor();
        {
            Stopwatch timer;
            const auto taken = Backups::take(path, Backups::Reason::BeforeImport, clock.now().addSecs(run));
            takes << timer.elapsed();
            if (!taken) {
                out() << taken.error() << Qt::endl;
                return false;
            }
            copy = *taken;
            copyBytes = QFileInfo(copy).size();
        }
        if (!(run % 2))
            floor();
    }
    for (int run = 0; run < runs; ++run) {
        Backups::Entry entry;
        entry.path = copy;
        Stopwatch timer;
        Backups::inspect(entry);
        inspects << timer.elapsed();
        if (entry.state != Backups::Entry::State::Good) {
            out() << "the copy does not check: " << entry.problem << Qt::endl;
            return false;
        }
    }
    {
        Database database;
        if (!database.open(path)) {
            out() << database.errorMessage() << Qt::endl;
            return false;
        }
        Pipeline pipeline(database, clock);
        for (int run = 0; run < runs; ++run) {
            clock.advanceDays(1); // a new day: its first write takes the daily copy
            for (Spans *spans : { &firstWrites, &laterWrites }) {
                Account account;
                account.name = QStringLiteral("Bench account %1").arg(spans->wall.size());
                Stopwatch timer;
                const auto created = pipeline.createAccount(account);
                *spans << timer.elapsed();
                if (!created) {
                    out() << created.error() << Qt::endl;
                    return false;
                }
            }
        }
    }
    for (int run = 0; run < runs; ++run) {
        Stopwatch timer;
        const auto restored = Backups::restore(path, copy);
        restores << timer.elapsed();
        if (!restored) {
            out() << restored.error() << Qt::endl;
            return false;
        }
    }

    out() << "\n"
          << QFileInfo(source).fileName() << ": " << deals << " deals, " << fixed(megabytes(bytes), 0)
          << " MB; a copy " << fixed(megabytes(copyBytes), 0) << " MB" << Qt::endl;
    out() << "  a backup (VACUUM INTO, fsync, rename, rotation): median " << takes.text()
          << "; floor (the file "
          << "copied and synced) " << floors.text() << Qt::endl;
    out() << "  the day's first write (a new account, after the daily backup): median " << firstWrites.text()
          << "; the same write later that day " << laterWrites.text() << Qt::endl;
    out() << "  checking a backup (quick_check, deals counted), off the window's thread: median "
          << inspects.text() << Qt::endl;
    out() << "  restoring a backup into the closed file (check, copy, fsync, rename): median "
          << restores.text() << Qt::endl;
    removeDatabase(path);
    QDir(Backups::folderOf(path)).removeRecursively();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ripen-bench"));
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("database"), QStringLiteral("A database to measure (a copy is used)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("deals"), QStringLiteral("Sizes to generate and measure."),
        QStringLiteral("n,..."), QStringLiteral("10000,100000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where generated databases are kept."),
        QStringLiteral("dir") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("n"), QStringLiteral("3") });
    parser.process(app);

    QTemporaryDir fallback;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : fallback.path();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QStringList sources;
    if (parser.isSet(QStringLiteral("database"))) {
        sources << parser.value(QStringLiteral("database"));
    } else {
        for (const QString &size : parser.value(QStringLiteral("deals")).split(QLatin1Char(','))) {
            const QString source = ensureDatabase(dir, size.toInt());
            if (source.isEmpty())
                return 1;
            sources << source;
        }
    }
    // Beside the generated files, on their file system; removed at the end.
    QTemporaryDir scratch(QDir(dir).filePath(QStringLiteral("backup-XXXXXX")));
    if (!scratch.isValid()) {
        out() << "cannot make a scratch folder in " << dir << Qt::endl;
        return 1;
    }
    for (const QString &source : std::as_const(sources)) {
        if (!measure(source, scratch.path(), runs))
            return 1;
    }
    return 0;
}
