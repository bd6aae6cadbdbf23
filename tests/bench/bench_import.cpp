// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: what a user waits for with `ripen import`, at several file sizes, each phase apart
// (read and parse, map, plan, write in one transaction), next to floors that do the same work bare:
// the sqlite3 shell's `.import --csv` of the same file into a bare table, and one transaction of
// prepared INSERTs of the same rows into a table with the deals' columns (no index, no trigger), on a
// connection opened as Ripen opens it. Also: the export that made the file, a dry run, importing the
// file a second time (every row already there), the activities import, and taking both imports back.
// Prints figures, medians and ratios; never fails on time.
//
//   bench_import [--rows 10000,100000] [--runs 3] [--dir DIR] [--app PATH] [--activities 5]
//
// The files are Ripen's own export of a `ripen generate` database of that many deals (kept in --dir as
// deals-N.sqlite and reused; same seed, so the same rows for a given day): accounts repeated (a
// quarter as many as deals), contacts, open, won and lost deals with reasons and competitors, open
// deals' next follow-ups. The activities file is every n-th of that database's touches (n chosen to
// give about --activities per deal), written back with their deals' file ids. Each run imports into a
// new, empty database. --app names the ripen binary (default: the one of this build tree), run as
// `ripen import` through a launcher for its wall time and a clean peak memory.

#include "benchsupport.h"
#include "clock.h"
#include "csvexport.h"
#include "database.h"
#include "importwriter.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/importmapping.h"
#include "io/importplan.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstring>

using namespace Ripen;
using namespace Ripen::Bench;

namespace {

// A span of time: wall and this process's CPU, in ms. On a shared machine the wall time of a run
// stretches with the others' work; its CPU time hardly does.
struct Span
{
    double wall = 0, cpu = 0;
    double fastest = 0, slowest = 0; // wall, of several runs
};

class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_timer.start();
        m_cpu = cpuMs();
    }
    Span elapsed() const { return { ms(m_timer), cpuMs() - m_cpu }; }
    // The span so far, and a new one from now.
    Span lap()
    {
        const Span span = elapsed();
        restart();
        return span;
    }

private:
    QElapsedTimer m_timer;
    double m_cpu = 0;
};

// One import as `ripen import` runs it, phase by phase; total is from reading the file to the summary,
// the plan and the table freed.
struct Phases
{
    Span read, map, plan, write, total;
    ImportSummary summary;
    QString error;
};

Phases importFile(
    Pipeline &pipeline, const QString &csv, ImportMapping::Kind kind, const QDate &today, bool dryRun = false)
{
    Phases p;
    Stopwatch total, phase;
    {
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly)) {
            p.error = file.errorString();
            return p;
        }
        const CsvReader::Table table = CsvReader::read(file.readAll());
        p.read = phase.lap();
        const ImportMapping::Columns columns
            = ImportMapping::guess(table.header, kind, ImportMapping::detectPreset(table.header, kind));
        p.map = phase.lap();
        ImportPlan::Options options;
        options.today = today;
        const QString name = QFileInfo(csv).fileName();
        Result<ImportSummary> summary = Error { QString() };
        if (kind == ImportMapping::Kind::Deals) {
            const ImportPlan::Deals plan = ImportPlan::deals(table, columns, options);
            p.plan = phase.lap();
            summary = pipeline.importDeals(plan, name, dryRun);
            p.write = phase.lap();
        } else {
            const ImportPlan::Activities plan = ImportPlan::activities(table, columns, options);
            p.plan = phase.lap();
            summary = pipeline.importActivities(plan, name, dryRun);
            p.write = phase.lap();
        }
        if (summary)
            p.summary = *summary;
        else
            p.error = summary.error();
    }
    p.total = total.elapsed();
    return p;
}

// Medians of wall and CPU time, each on its own.
class Spans
{
public:
    void operator<<(const Span &span)
    {
        m_wall << span.wall;
        m_cpu << span.cpu;
    }
    Span median() const
    {
        if (m_wall.isEmpty())
            return {};
        return { Bench::median(m_wall), Bench::median(m_cpu),
            *std::min_element(m_wall.cbegin(), m_wall.cend()), slowest(m_wall) };
    }

private:
    QList<double> m_wall, m_cpu;
};

void removeDatabase(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

// The floor of the write: the plan's deals as rows of a table with the deals' columns, bare (no index,
// no trigger, no history, no lookups but an in-memory one for the ids), one prepared statement, one
// transaction, on a new database opened as Ripen opens it.
Span insertFloor(const QString &path, const QString &csv, const QDate &today)
{
    removeDatabase(path);
    Database database;
    if (!database.open(path, openOptions())) {
        out() << database.errorMessage() << Qt::endl;
        return {};
    }
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const CsvReader::Table table = CsvReader::read(file.readAll());
    const auto kind = ImportMapping::Kind::Deals;
    ImportPlan::Options options;
    options.today = today;
    const ImportPlan::Deals plan = ImportPlan::deals(table,
        ImportMapping::guess(table.header, kind, ImportMapping::detectPreset(table.header, kind)), options);
    QSqlDatabase db = database.connection();
    QSqlQuery create(db);
    create.exec(QStringLiteral("CREATE TABLE deals_floor AS SELECT * FROM deals WHERE 0"));
    QHash<QString, qint64> ids;
    const auto idOf = [&ids](const QString &name) {
        if (const auto it = ids.constFind(name); it != ids.cend())
            return *it;
        return *ids.insert(name, ids.size() + 1);
    };
    Stopwatch timer;
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO deals_floor (title, account_id, contact_id, value_minor, currency, stage_id, position, "
        "owner, created_at, status, won_on, lost_on, lost_reason_id, competitor, lost_note, reengage_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 position = 0;
    for (const ImportPlan::Deal &deal : plan.deals) {
        insert.addBindValue(deal.title);
        insert.addBindValue(idOf(QStringLiteral("a:") + deal.account));
        insert.addBindValue(idOrNull(deal.contact.isEmpty() ? 0 : idOf(QStringLiteral("c:") + deal.contact)));
        insert.addBindValue(deal.value.minor);
        insert.addBindValue(deal.value.currency);
        insert.addBindValue(idOf(QStringLiteral("s:") + deal.stage));
        insert.addBindValue(++position);
        insert.addBindValue(deal.owner);
        insert.addBindValue(isoDateTime(QDateTime(deal.created, QTime(12, 0))));
        insert.addBindValue(enumKey(deal.status));
        insert.addBindValue(textOrNull(isoDate(deal.wonOn)));
        insert.addBindValue(textOrNull(isoDate(deal.lostOn)));
        insert.addBindValue(
            idOrNull(deal.lostReason.isEmpty() ? 0 : idOf(QStringLiteral("r:") + deal.lostReason)));
        insert.addBindValue(deal.competitor);
        insert.addBindValue(deal.note);
        insert.addBindValue(textOrNull(isoDate(deal.lostOn.isValid() ? deal.lostOn.addDays(90) : QDate())));
        if (!insert.exec()) {
            out() << "floor insert failed: " << sqlErrorText(insert) << Qt::endl;
            return {};
        }
    }
    db.commit();
    return timer.elapsed();
}

// The sqlite3 shell's own CSV import of the file into a bare table of text columns: a process start,
// the parse and the inserts. -1 when there is no sqlite3.
double shellFloor(const QString &sqlite3, const QString &path, const QString &csv)
{
    if (sqlite3.isEmpty())
        return -1;
    removeDatabase(path);
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(sqlite3, { path, QStringLiteral(".import --csv %1 deals_raw").arg(csv) });
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        out() << "sqlite3 .import failed: " << shell.readAllStandardError() << Qt::endl;
        return -1;
    }
    return ms(timer);
}

// The activities file: every step-th touch of the database's activities export, as it was written.
qint64 writeActivities(
    const QSqlDatabase &db, const QString &path, int step, Span *exportTime, qint64 *exported)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Stopwatch timer;
    const auto rows = CsvExport::activities(db, buffer);
    *exportTime = timer.elapsed();
    if (!rows) {
        out() << rows.error() << Qt::endl;
        return 0;
    }
    *exported = *rows;
    const CsvReader::Table table = CsvReader::read(buffer.data());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    CsvWriter writer(file);
    writer.writeHeader(table.header);
    qint64 kept = 0;
    for (qsizetype row = 0; row < table.rows.size(); row += step) {
        for (const QString &field : table.rows.at(row).fields)
            writer.addValue(field); // neutralised by the export already
        writer.endRow();
        ++kept;
    }
    return kept;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

double perSecond(qint64 rows, double ms)
{
    return ms > 0 ? double(rows) * 1000.0 / ms : 0;
}

QString rate(qint64 rows, double ms)
{
    return fixed(perSecond(rows, ms), 0) + QStringLiteral(" rows/s");
}

struct Figures
{
    int deals = 0;
    qint64 rows = 0, activities = 0, exportedTouches = 0;
    Span exported, activitiesExported;
    Span open, read, map, plan, write, total, dryRun;
    Span againTotal, againWrite;
    Span actRead, actPlan, actWrite, actTotal;
    Span undoActivities, undoDeals;
    Span floorInsert;
    double floorShell = -1;
    double appWall = 0;
    long appPeakMb = -1;
    ImportSummary first, again, acts;
    ImportUndo undone;
    QStringList written; // rows per table after the first import
    QString error;
};

Figures measure(int deals, int runs, const QString &dir, const QString &scratch, const QString &appPath,
    const QString &sqlite3, int activitiesPerDeal)
{
    Figures f;
    f.deals = deals;
    const QString source = ensureDatabase(dir, deals);
    if (source.isEmpty()) {
        f.error = QStringLiteral("no database");
        return f;
    }
    const FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    const QDate today = clock.today();
    const QString csv = QDir(scratch).filePath(QStringLiteral("deals-%1.csv").arg(deals));
    const QString activitiesCsv = QDir(scratch).filePath(QStringLiteral("activities-%1.csv").arg(deals));
    Spans exports;
    {
        Database database;
        Database::Options options = openOptions();
        options.create = false;
        if (!database.open(source, options)) {
            f.error = database.errorMessage();
            return f;
        }
        for (int run = 0; run < runs; ++run) {
            Stopwatch timer;
            const auto exported = CsvExport::exportTo(database.connection(), CsvExport::Kind::Deals, csv);
            exports << timer.elapsed();
            if (!exported) {
                f.error = exported.error();
                return f;
            }
            f.rows = *exported;
        }
        if (activitiesPerDeal > 0) {
            const qint64 touches = count(database.connection(), QStringLiteral("touches"));
            const int step = std::max(1, qRound(double(touches) / (double(deals) * activitiesPerDeal)));
            f.activities = writeActivities(
                database.connection(), activitiesCsv, step, &f.activitiesExported, &f.exportedTouches);
        }
    }
    f.exported = exports.median();

    Spans opens, reads, maps, plans, writes, totals, dryRuns, againTotals, againWrites, actReads, actPlans,
        actWrites, actTotals, undoActs, undoDeals, floorInserts;
    QList<double> floorShells, appWalls;
    const QString target = QDir(scratch).filePath(QStringLiteral("import-%1.sqlite").arg(deals));
    const QString floorDb = QDir(scratch).filePath(QStringLiteral("floor-%1.sqlite").arg(deals));
    for (int run = 0; run < runs; ++run) {
        const auto floors = [&] {
            floorInserts << insertFloor(floorDb, csv, today);
            floorShells << shellFloor(sqlite3, floorDb, csv);
        };
        if (run % 2) // in turn first, so neither profits from the other's reads
            floors();
        removeDatabase(target);
        {
            Stopwatch timer;
            Database database;
            if (!database.open(target, openOptions())) {
                f.error = database.errorMessage();
                return f;
            }
            Pipeline pipeline(database, clock);
            const Span opened = timer.elapsed();
            opens << opened;
            // The wizard's Check page and `ripen import --dry-run`: everything written, then rolled back;
            // then the import itself on the same connection, as the wizard's Import page does it.
            const Phases dry = importFile(pipeline, csv, ImportMapping::Kind::Deals, today, true);
            if (!dry.error.isEmpty()) {
                f.error = dry.error;
                return f;
            }
            dryRuns << dry.write;
            const Phases first = importFile(pipeline, csv, ImportMapping::Kind::Deals, today);
            if (!first.error.isEmpty()) {
                f.error = first.error;
                return f;
            }
            reads << first.read;
            maps << first.map;
            plans << first.plan;
            writes << first.write;
            totals << Span { first.total.wall + opened.wall, first.total.cpu + opened.cpu };
            f.first = first.summary;
            if (run == 0) {
                for (const QString &table :
                    { QStringLiteral("deals"), QStringLiteral("stage_history"), QStringLiteral("losses"),
                        QStringLiteral("follow_ups"), QStringLiteral("accounts"), QStringLiteral("contacts"),
                        QStringLiteral("import_rows"), QStringLiteral("external_ids") })
                    f.written << QStringLiteral("%1 %2").arg(table).arg(count(database.connection(), table));
            }
            // The same file again: every row matched, none written.
            const Phases again = importFile(pipeline, csv, ImportMapping::Kind::Deals, today);
            againTotals << again.total;
            againWrites << again.write;
            f.again = again.summary;
            if (f.activities > 0) {
                const Phases acts
                    = importFile(pipeline, activitiesCsv, ImportMapping::Kind::Activities, today);
                if (!acts.error.isEmpty()) {
                    f.error = acts.error;
                    return f;
                }
                actReads << acts.read;
                actPlans << acts.plan;
                actWrites << acts.write;
                actTotals << acts.total;
                f.acts = acts.summary;
                timer.restart();
                const auto undone = pipeline.undoImport(acts.summary.importId);
                undoActs << timer.elapsed();
                if (!undone) {
                    f.error = undone.error();
                    return f;
                }
            }
            timer.restart();
            const auto undone = pipeline.undoImport(first.summary.importId);
            undoDeals << timer.elapsed();
            if (!undone) {
                f.error = undone.error();
                return f;
            }
            f.undone = *undone;
        }
        if (run % 2 == 0)
            floors();
        if (!appPath.isEmpty()) {
            // The real binary into a new database, as a user runs it: its wall time and peak memory.
            removeDatabase(target);
            const ChildRun app = runMeasured(
                appPath, { QStringLiteral("import"), csv, QStringLiteral("--database"), target });
            if (!app.ok)
                out() << "ripen import failed: " << app.output << Qt::endl;
            appWalls << app.wallMs;
            f.appPeakMb = std::max(f.appPeakMb, app.peakMb);
        }
    }
    removeDatabase(target);
    removeDatabase(floorDb);
    f.open = opens.median();
    f.read = reads.median();
    f.map = maps.median();
    f.plan = plans.median();
    f.write = writes.median();
    f.total = totals.median();
    f.dryRun = dryRuns.median();
    f.againTotal = againTotals.median();
    f.againWrite = againWrites.median();
    f.actRead = actReads.median();
    f.actPlan = actPlans.median();
    f.actWrite = actWrites.median();
    f.actTotal = actTotals.median();
    f.undoActivities = undoActs.median();
    f.undoDeals = undoDeals.median();
    f.floorInsert = floorInserts.median();
    f.floorShell = median(floorShells);
    f.appWall = median(appWalls);
    return f;
}

double microsPerRow(double ms, qint64 rows)
{
    return ms * 1000.0 / double(std::max<qint64>(1, rows));
}

// "  what ........  wall ms (cpu ms)  rows/s  us/row  (runs fastest-slowest)" for rows rows.
void line(const QString &what, const Span &span, qint64 rows)
{
    out() << "  " << what.leftJustified(46) << fixed(span.wall).rightJustified(9) << " ms (cpu "
          << fixed(span.cpu).rightJustified(8) << ")" << rate(rows, span.wall).rightJustified(15)
          << fixed(microsPerRow(span.wall, rows)).rightJustified(9) << " us/row";
    if (span.slowest > span.fastest)
        out() << "  (runs " << fixed(span.fastest) << "-" << fixed(span.slowest) << " ms)";
    out() << Qt::endl;
}

void print(const Figures &f, int runs)
{
    const qint64 n = f.rows;
    out() << "\n"
          << n << " deal rows (Ripen's export of deals-" << f.deals << ".sqlite), median of " << runs
          << " runs, each into a new database; wall time (CPU time of this process)" << Qt::endl;
    line(QStringLiteral("export (CsvExport::exportTo)"), f.exported, n);
    line(QStringLiteral("open: a new database created and migrated"), f.open, n);
    line(QStringLiteral("read and parse (CsvReader::read)"), f.read, n);
    line(QStringLiteral("map (ImportMapping preset and guess)"), f.map, n);
    line(QStringLiteral("plan (ImportPlan::deals)"), f.plan, n);
    line(QStringLiteral("write (Pipeline::importDeals, one transaction)"), f.write, n);
    line(QStringLiteral("total: open to summary"), f.total, n);
    out() << "    imported " << f.first.imported << "; created " << f.first.accounts.size() << " accounts, "
          << f.first.contacts.size() << " contacts, " << f.first.lostReasons.size() << " lost reasons, "
          << f.first.stages.size() << " stages; rows after it: " << f.written.join(QStringLiteral(", "))
          << Qt::endl;
    line(QStringLiteral("dry run: the write, rolled back"), f.dryRun, n);
    line(QStringLiteral("the same file again: total"), f.againTotal, n);
    line(QStringLiteral("  of which the write (every row matched)"), f.againWrite, n);
    out() << "    present " << f.again.present << ", imported " << f.again.imported << Qt::endl;
    line(QStringLiteral("undo the import (Pipeline::undoImport)"), f.undoDeals, n);
    out() << "    removed " << f.undone.deals << " deals, " << f.undone.accounts << " accounts, "
          << f.undone.contacts << " contacts, " << f.undone.followUps << " follow-ups" << Qt::endl;
    if (f.floorShell >= 0)
        line(QStringLiteral("floor: sqlite3 .import --csv, bare table"), { f.floorShell, 0 }, n);
    else
        out() << "  floor: sqlite3 .import: no sqlite3 on this machine (apt-get install sqlite3)" << Qt::endl;
    line(QStringLiteral("floor: prepared INSERTs, the deals' columns"), f.floorInsert, n);
    out() << "  ratios: write / INSERT floor " << fixed(f.write.wall / std::max(0.001, f.floorInsert.wall), 1)
          << "x (cpu " << fixed(f.write.cpu / std::max(0.001, f.floorInsert.cpu), 1)
          << "x); total / sqlite3 .import "
          << (f.floorShell > 0 ? fixed(f.total.wall / f.floorShell, 1) : QStringLiteral("-")) << "x"
          << Qt::endl;
    if (f.appPeakMb >= 0)
        out() << "  ripen import, the binary into a new database: " << fixed(f.appWall) << " ms, "
              << rate(n, f.appWall) << "; peak memory " << f.appPeakMb << " MB" << Qt::endl;
    if (f.activities > 0) {
        const qint64 a = f.acts.rowsRead;
        out() << "  activities: " << a << " rows, 1 in "
              << qRound(double(f.exportedTouches) / double(std::max<qint64>(1, f.activities))) << " of the "
              << f.exportedTouches << " touches of its activities export ("
              << fixed(f.activitiesExported.wall) << " ms, "
              << rate(f.exportedTouches, f.activitiesExported.wall) << "); imported " << f.acts.imported
              << " (" << f.acts.touches << " touches), present " << f.acts.present << ", skipped "
              << f.acts.skipped << Qt::endl;
        line(QStringLiteral("  read and parse"), f.actRead, a);
        line(QStringLiteral("  plan (ImportPlan::activities)"), f.actPlan, a);
        line(QStringLiteral("  write (Pipeline::importActivities)"), f.actWrite, a);
        line(QStringLiteral("  total"), f.actTotal, a);
        out() << "    per 1,000 activities: "
              << fixed(f.actTotal.wall * 1000.0 / double(std::max<qint64>(1, a))) << " ms" << Qt::endl;
        line(QStringLiteral("  undo the activities import"), f.undoActivities, a);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && std::strcmp(argv[1], kLaunch) == 0)
        return launch(argv + 2);
    offscreenUnlessTold();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ripen-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Deal rows per file, comma-separated."),
        QStringLiteral("n,n,..."), QStringLiteral("10000,100000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
        QStringLiteral("n"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where generated databases are kept."),
        QStringLiteral("dir"), QStringLiteral("/tmp/ripen-bench") });
    parser.addOption({ QStringLiteral("app"),
        QStringLiteral("The ripen binary (default: the one of this build)."), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("activities"),
        QStringLiteral("Activities per deal in the activities file (0: none)."), QStringLiteral("n"),
        QStringLiteral("5") });
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);
    QString appPath = parser.value(QStringLiteral("app"));
    if (appPath.isEmpty() && QFileInfo(QStringLiteral(RIPEN_APP_PATH)).isExecutable())
        appPath = QStringLiteral(RIPEN_APP_PATH);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QTemporaryDir scratch(QDir(dir).filePath(QStringLiteral("import-XXXXXX")));
    QList<Figures> all;
    for (const QString &size : parser.value(QStringLiteral("rows")).split(QLatin1Char(','))) {
        const Figures f = measure(size.toInt(), runs, dir, scratch.path(), appPath, sqlite3,
            parser.value(QStringLiteral("activities")).toInt());
        if (!f.error.isEmpty()) {
            out() << size << " rows: " << f.error << Qt::endl;
            return 1;
        }
        print(f, runs);
        all << f;
    }
    if (all.size() > 1) {
        // Whether a row costs more in a larger file: CPU time per row, which other work on the machine
        // hardly moves (wall time in brackets).
        const Figures &small = all.first(), &large = all.last();
        out() << "\nGrowth from " << small.rows << " to " << large.rows << " rows ("
              << fixed(double(large.rows) / double(std::max<qint64>(1, small.rows)), 0)
              << "x the rows): CPU us per row (wall), small -> large" << Qt::endl;
        const auto grow = [](const char *what, const Span &a, qint64 aRows, const Span &b, qint64 bRows) {
            const double cpuA = microsPerRow(a.cpu, aRows), cpuB = microsPerRow(b.cpu, bRows);
            out() << "  " << QString::fromLatin1(what).leftJustified(24) << fixed(cpuA) << " ("
                  << fixed(microsPerRow(a.wall, aRows)) << ") -> " << fixed(cpuB) << " ("
                  << fixed(microsPerRow(b.wall, bRows))
                  << ") us per row: " << fixed(cpuB / std::max(0.001, cpuA), 2) << "x, "
                  << (cpuB > cpuA * 1.25 ? "grows with the size" : "does not grow") << Qt::endl;
        };
        grow("read and parse", small.read, small.rows, large.read, large.rows);
        grow("plan", small.plan, small.rows, large.plan, large.rows);
        grow("write", small.write, small.rows, large.write, large.rows);
        grow("total", small.total, small.rows, large.total, large.rows);
        grow("dry run", small.dryRun, small.rows, large.dryRun, large.rows);
        grow("the same file again", small.againTotal, small.rows, large.againTotal, large.rows);
        grow("undo", small.undoDeals, small.rows, large.undoDeals, large.rows);
        grow("INSERT floor", small.floorInsert, small.rows, large.floorInsert, large.rows);
        if (small.activities > 0 && large.activities > 0)
            grow("activities", small.actTotal, small.acts.rowsRead, large.actTotal, large.acts.rowsRead);
    }
    return 0;
}
