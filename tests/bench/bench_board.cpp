// SPDX-License-Identifier: GPL-3.0-or-later
// Board benchmark: what the user waits for in the real main window (open, a move, a filter), at
// each database size, next to a floor: the bare SQL that does the same reads and writes, on the
// same connection, in the same run. Prints figures and ratios; never fails on time.
//
//   bench_board [--deals 10000,100000,300000] [--dir DIR] [--database FILE]... [--app PATH] [--runs N]
//
// --deals generates `ripen generate`-style databases into --dir (kept there as deals-N.sqlite and
// reused by the next run); --database measures existing files instead. --app names the ripen
// binary, whose peak memory for `--screenshot` on each database is measured too.

#include "benchsupport.h"
#include "board/boardview.h"
#include "clock.h"
#include "database.h"
#include "dealcommands.h"
#include "dealsearch.h"
#include "demogenerator.h"
#include "lookups/lookupmodel.h"
#include "mainwindow.h"
#include "prompter.h"
#include "sqlutil.h"
#include "stagecolumnmodel.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstring>

using namespace Ripen;
using namespace Ripen::Bench;

namespace {

// The bare reads a column needs to show: its first page of cards and its totals.
void bareColumn(const QSqlDatabase &db, const StageColumnModel &model)
{
    QSqlQuery page(db);
    page.setForwardOnly(true);
    page.prepare(model.pageSql(false));
    model.bindFilter(page);
    page.addBindValue(StageColumnModel::kPageSize);
    drain(page);
    QSqlQuery totals(db);
    totals.setForwardOnly(true);
    totals.prepare(model.totalsSql());
    model.bindFilter(totals);
    drain(totals);
}

// The bare reads of the window around the board: the status bar's counts and the owner filter.
void bareWindow(const QSqlDatabase &db)
{
    QSqlQuery counts = prepared(db,
        QStringLiteral("SELECT s.kind, coalesce(sum(t.deal_count), 0) FROM stages s LEFT JOIN stage_totals t "
                       "ON t.stage_id = s.id GROUP BY s.kind"));
    drain(counts);
    QSqlQuery owners = prepared(db, OwnerListModel::selectSql());
    drain(owners);
}

struct Figures
{
    QString name;
    qint64 deals = 0;
    double openDb = 0, openInstall = 0, openWindow = 0, openIdle = 0, openFloor = 0, repaint = 0;
    double move = 0, moveSlowest = 0, moveFloor = 0;
    double bareBoardMove = 0, moveCommand = 0;
    double filter = 0, filterSlowest = 0, filterFloor = 0;
    double indexLoad = 0, firstFilterLoading = 0;
    double wholeFileCheck = 0; // from opening to the end of the check a first write waits for
    qsizetype indexed = 0;
    long rssBeforeIndex = 0, rssWithIndex = 0;
    QString slowestFilter;
    QStringList filterEach;
    long appPeakMb = -1;
    double appWallMs = 0;
    double appPaintedMs = -1;
};

// Runs `ripen --screenshot` on the database through the launcher (benchsupport's kLaunch); its peak
// memory in MB, and its wall time from process start to the written PNG (a cold start to a painted
// board) in *wallMs.
long childPeakMb(
    const QString &appPath, const QString &database, const QString &shot, double *wallMs, double *paintedMs)
{
    const ChildRun run = runMeasured(appPath,
        { QStringLiteral("--database"), database, QStringLiteral("--screenshot"), shot,
            QStringLiteral("--view"), QStringLiteral("board") },
        120000);
    if (!run.ok)
        return -1;
    *wallMs = run.wallMs;
    *paintedMs = run.paintedMs;
    return run.peakMb;
}

Figures measure(const QString &path, int runs, const QString &appPath, const QString &scratch)
{
    Figures f;
    f.name = QFileInfo(path).fileName();
    const FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    Prompter prompter;
    QElapsedTimer timer;

    // 1. Open: the database, then the real main window showing the board with its first cards of
    //    every column, the status bar and the owner filter, painted once. As File > Open does it, into
    //    a window that is up, several times: the file and a copy of it in turn (a file open in the
    //    window cannot be opened a second time), the file last, for the rest of the bench.
    auto window = std::make_unique<MainWindow>(clock, &prompter);
    window->resize(1280, 800);
    window->setCurrentView(QStringLiteral("board"));
    window->show();
    QApplication::processEvents();
    const QString twin = QDir(scratch).filePath(QStringLiteral("twin-") + f.name);
    QFile::remove(twin);
    if (!QFile::copy(path, twin)) {
        out() << "cannot copy " << path << " to " << twin << Qt::endl;
        return f;
    }
    QList<double> dbs, installs, painted, idle;
    const int opens = 2 * std::max(2, runs / 2) + 1;
    for (int run = 0; run < opens; ++run) {
        // From here the user waits for the data: the file opened, the first cards of every column,
        // the headers, the status bar and the owner filter, painted.
        evictCaches();
        timer.restart();
        QString error;
        auto workspace = Workspace::open(run % 2 ? twin : path, clock, &error, openOptions());
        if (!workspace) {
            out() << error << Qt::endl;
            return f;
        }
        dbs << ms(timer);
        window->setWorkspace(std::move(workspace));
        installs << ms(timer);
        // Layouts and the paint are posted events; timers (idle work such as the search index) come
        // after the window is painted, and are timed apart.
        for (int round = 0; round < 5; ++round)
            QCoreApplication::sendPostedEvents();
        painted << ms(timer);
        QApplication::processEvents();
        idle << ms(timer);
        // The search's index is read on its thread from here, and the whole file checked on another:
        // untimed, and over before the next open, as they are for a user, who does not open a file a
        // second after the last one. (Left running, the last file's check competes with the next
        // open for the two cores: 40 ms instead of 14 at 10,000 deals.)
        if (auto *board = static_cast<BoardView *>(window->view(QStringLiteral("board"))); board->search()) {
            QElapsedTimer waiting;
            waiting.start();
            while ((!board->search()->isReady() || window->workspace()->database().isChecking())
                && waiting.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
        }
    }
    f.openDb = median(dbs);
    f.openInstall = median(installs);
    f.openWindow = median(painted);
    f.openIdle = median(idle);
    auto *board = static_cast<BoardView *>(window->view(QStringLiteral("board")));
    {
        // The search's index is read on a thread of its own from the moment the file is open; a
        // text filter typed before it is here waits for it. Opened once more, "a" is typed as soon
        // as the board is painted: how long until the filtered board, and until the index is here.
        const auto reopen = [&](const QString &file) {
            QString error;
            auto workspace = Workspace::open(file, clock, &error, openOptions());
            if (!workspace)
                out() << error << Qt::endl;
            else
                window->setWorkspace(std::move(workspace));
            return window->workspace() && window->workspace()->path() == file;
        };
        if (!reopen(twin)) // the window holds path
            return f;
        for (int round = 0; round < 5; ++round)
            QCoreApplication::sendPostedEvents();
        f.rssBeforeIndex = residentMb();
        QElapsedTimer loading;
        loading.start();
        board->filterEdit()->setText(QStringLiteral("a"));
        board->applyFilter();
        // After the board's own handler: the index taken over and the held filter applied.
        QObject::connect(board->search(), &DealSearch::ready, board, [&] { f.indexLoad = ms(loading); });
        while (board->filter().text != QLatin1String("a") && loading.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        QApplication::processEvents();
        f.firstFilterLoading = ms(loading);
        f.indexed = board->search()->index(QString()).size();
        f.rssWithIndex = residentMb();
        board->filterEdit()->clear();
        board->applyFilter();
        // Back to path, its index read and the whole file checked (what a first write waits for)
        // before anything else is timed.
        QElapsedTimer checking;
        checking.start();
        if (!reopen(path))
            return f;
        QElapsedTimer waiting;
        waiting.start();
        while ((!board->search()->isReady() || window->workspace()->database().isChecking())
            && waiting.elapsed() < 120000) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!window->workspace()->database().isChecking() && f.wholeFileCheck == 0)
                f.wholeFileCheck = ms(checking);
        }
    }
    Workspace &ws = *window->workspace();
    QSqlDatabase db = ws.pipeline().connection();
    f.deals = scalar(db, QStringLiteral("SELECT sum(deal_count) FROM stage_totals")).toLongLong();
    const QList<qint64> stages = board->stageIds();
    {
        // Floor: opening the file (the same Workspace::open) and the same reads, bare, on that new
        // connection, whose page cache is as cold as the window's was. The twin is free: the
        // window holds the file itself. Each run starts with the CPU's caches as the window's open
        // did (after the last file's index and check had run): five runs back to back would
        // otherwise each find the last one's code and data still cached, a third faster.
        QList<double> floors;
        for (int run = 0; run < 5; ++run) {
            evictCaches();
            timer.restart();
            QString error;
            auto bare = Workspace::open(twin, clock, &error, openOptions());
            if (!bare) {
                out() << error << Qt::endl;
                return f;
            }
            const QSqlDatabase bareDb = bare->pipeline().connection();
            for (qint64 stageId : stages)
                bareColumn(bareDb, *board->columnModel(stageId));
            bareWindow(bareDb);
            floors << ms(timer);
        }
        f.openFloor = median(floors);
        // The paint's own floor: the same window, built and laid out, every widget of it painted
        // again, as the open's paint is (QWidget::repaint on the window alone skips its children).
        QList<double> repaints;
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            for (QWidget *widget : widgets)
                widget->update();
            for (int round = 0; round < 5; ++round)
                QCoreApplication::sendPostedEvents();
            repaints << ms(timer);
        }
        f.repaint = median(repaints);
    }

    DealSearch *search = board->search();

    // 2. A move between columns through the undo stack, in the real window (both columns, their
    //    headers, the status bar, the owner list), until the window has caught up.
    QList<double> moves, moveCommands, bareMoves;
    for (int i = 0; i < runs * 4 + 1; ++i) {
        StageColumnModel *from = board->columnModel(stages.at(i % 2));
        StageColumnModel *to = board->columnModel(stages.at(1 - i % 2));
        const qint64 dealId = from->dealIdAt(0);
        timer.restart();
        const auto moved = DealCommands::move(ws, dealId, to->stageId(), to->dealIdAt(0));
        moveCommands << ms(timer);
        QApplication::processEvents();
        moves << ms(timer);
        if (!moved || to->dealIdAt(0) != dealId) {
            out() << "move failed: " << (moved ? QStringLiteral("not shown") : moved.error()) << Qt::endl;
            return f;
        }
    }
    {
        // Floor: the same write (deal row and stage history in one transaction) and the reads the
        // window needs after it: the card in its new column, both columns' totals, the counts.
        StageColumnModel *a = board->columnModel(stages.at(0));
        StageColumnModel *b = board->columnModel(stages.at(1));
        const qint64 dealId = a->dealIdAt(0);
        for (int i = 0; i < runs * 4 + 1; ++i) {
            const qint64 toStage = stages.at(1 - i % 2), fromStage = stages.at(i % 2);
            timer.restart();
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            QSqlQuery u = prepared(
                db, QStringLiteral("UPDATE deals SET stage_id = ? WHERE id = ?"), { toStage, dealId });
            u.exec();
            QSqlQuery h = prepared(db,
                QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, changed_at) "
                               "VALUES (?, ?, ?, '2026-01-01T00:00:00')"),
                { dealId, fromStage, toStage });
            h.exec();
            q.exec(QStringLiteral("COMMIT"));
            QSqlQuery card(db);
            card.prepare(a->cardSql());
            a->bindFilter(card, false);
            card.addBindValue(dealId);
            drain(card);
            for (StageColumnModel *model : { a, b }) {
                QSqlQuery totals(db);
                totals.prepare(model->totalsSql());
                model->bindFilter(totals);
                drain(totals);
            }
            bareWindow(db);
            bareMoves << ms(timer);
        }
        // Put it back where the window thinks it is.
        QSqlQuery back = prepared(
            db, QStringLiteral("UPDATE deals SET stage_id = ? WHERE id = ?"), { stages.at(0), dealId });
        back.exec();
    }
    f.move = median(moves);
    f.moveCommand = median(moveCommands);
    f.moveSlowest = slowest(moves);
    f.moveFloor = median(bareMoves);

    // 3. Filtering through the board's filter bar: every column's first cards and totals.
    QList<double> filters, bareFilters;
    for (const QString &text :
        { QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("no"), QStringLiteral("renewal"),
            QStringLiteral("nord"), QStringLiteral("zzz-none"), QStringLiteral("logistics") }) {
        board->filterEdit()->setText(text);
        timer.restart();
        board->applyFilter();
        QApplication::processEvents();
        const double took = ms(timer);
        filters << took;
        f.filterEach << QStringLiteral("%1 %2").arg(text, fixed(took));
        if (took >= slowest(filters))
            f.slowestFilter = text;
        // Floor: the SQL path, bare: the search into its table (FTS5 or LIKE), then each column's
        // page and totals from it (pageSql and totalsSql are that path's statements).
        timer.restart();
        search->prepare(text);
        for (qint64 stageId : stages)
            bareColumn(db, *board->columnModel(stageId));
        bareFilters << ms(timer);
    }
    board->filterEdit()->clear();
    board->applyFilter();
    f.filter = median(filters);
    f.filterSlowest = slowest(filters);
    f.filterFloor = slowest(bareFilters);

    // 4. The bare board alone (no window around it), for comparison with earlier figures.
    {
        QList<double> bare;
        for (int i = 0; i < runs * 2 + 1; ++i) {
            StageColumnModel *from = board->columnModel(stages.at(i % 2));
            StageColumnModel *to = board->columnModel(stages.at(1 - i % 2));
            timer.restart();
            const auto moved = ws.pipeline().moveDeal(from->dealIdAt(0), to->stageId(), to->dealIdAt(0));
            bare << ms(timer);
            if (!moved)
                out() << "bare move failed: " << moved.error() << Qt::endl;
        }
        f.bareBoardMove = median(bare);
    }

    db = QSqlDatabase(); // no handle of ours keeps the connection when the window closes it
    window.reset(); // closes the database and releases its lock for the app
    if (!appPath.isEmpty())
        f.appPeakMb = childPeakMb(appPath, path, QDir(scratch).filePath(f.name + QStringLiteral(".png")),
            &f.appWallMs, &f.appPaintedMs);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && std::strcmp(argv[1], kLaunch) == 0)
        return launch(argv + 2);
    offscreenUnlessTold();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ripen-bench"));
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("database"), QStringLiteral("A database to measure (repeatable)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("deals"), QStringLiteral("Sizes to generate and measure."),
        QStringLiteral("n,n,..."), QStringLiteral("10000,100000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where generated databases are kept."),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("app"), QStringLiteral("The ripen binary, for its peak memory."),
        QStringLiteral("path") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions (moves are 4n+1)."),
        QStringLiteral("n"), QStringLiteral("10") });
    parser.process(app);

    QTemporaryDir scratch;
    QStringList paths = parser.values(QStringLiteral("database"));
    if (paths.isEmpty()) {
        const QString dir
            = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : scratch.path();
        for (const QString &size : parser.value(QStringLiteral("deals")).split(QLatin1Char(','))) {
            const QString path = ensureDatabase(dir, size.toInt());
            if (path.isEmpty())
                return 1;
            paths << path;
        }
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QList<Figures> all;
    for (const QString &path : std::as_const(paths)) {
        const Figures f = measure(path, runs, parser.value(QStringLiteral("app")), scratch.path());
        all << f;
        out() << "\n" << f.name << ": " << f.deals << " deals" << Qt::endl;
        out() << "  open (the file, then the first cards of every column, headers, status bar, owners), "
                 "median: data ready in "
              << fixed(f.openInstall) << " ms (the database alone " << fixed(f.openDb) << " ms); floor "
              << fixed(f.openFloor) << " ms (a new connection, the same reads); ratio "
              << fixed(f.openInstall / f.openFloor, 2) << " (target <= 1.5)" << Qt::endl;
        out() << "  open, painted: " << fixed(f.openWindow) << " ms; floor " << fixed(f.openFloor + f.repaint)
              << " ms (the reads, and painting the built window again: " << fixed(f.repaint) << " ms); ratio "
              << fixed(f.openWindow / (f.openFloor + f.repaint), 2) << "; with the first idle turn after it "
              << fixed(f.openIdle) << " ms" << Qt::endl;
        out() << "  move in the main window: median " << fixed(f.move, 2) << " ms, slowest "
              << fixed(f.moveSlowest, 2) << " ms (target 16); floor " << fixed(f.moveFloor, 2)
              << " ms; ratio " << fixed(f.move / f.moveFloor, 2) << "; of which the command and its signals "
              << fixed(f.moveCommand, 2) << " ms; bare board move " << fixed(f.bareBoardMove, 2) << " ms"
              << Qt::endl;
        out() << "  filter: median " << fixed(f.filter) << " ms, slowest " << fixed(f.filterSlowest)
              << " ms (\"" << f.slowestFilter << "\"; target 50); slowest floor " << fixed(f.filterFloor)
              << " ms; each: " << f.filterEach.join(QStringLiteral(", ")) << " ms" << Qt::endl;
        out() << "  search index: " << f.indexed
              << " open deals read on its thread; \"a\" typed as the board "
                 "was painted: held until the index was here and then applied "
              << fixed(f.indexLoad) << " ms later, painted " << fixed(f.firstFilterLoading)
              << " ms later; this process's memory " << f.rssBeforeIndex << " MB before the index, "
              << f.rssWithIndex << " MB with it" << Qt::endl;
        out() << "  whole-file check (PRAGMA quick_check on its thread, from the next turn after opening; a "
                 "first write waits for it): done "
              << fixed(f.wholeFileCheck) << " ms after File > Open" << Qt::endl;
        if (f.appPeakMb >= 0)
            out()
                << "  ripen --screenshot: " << fixed(f.appPaintedMs)
                << " ms from process start to the painted board (a cold start; target 150 at 100,000 deals), "
                << fixed(f.appWallMs) << " ms to the written PNG and the process's end; "
                << "peak memory " << f.appPeakMb << " MB (target 150)" << Qt::endl;
    }
    if (all.size() > 1) {
        const Figures &small = all.first(), &large = all.last();
        out() << "\nGrowth from " << small.deals << " to " << large.deals << " deals ("
              << fixed(double(large.deals) / std::max<qint64>(1, small.deals), 0)
              << "x the data):" << Qt::endl;
        out() << "  move " << fixed(large.move / small.move, 2) << "x (target <= 1.5); open "
              << fixed(large.openWindow / small.openWindow, 2) << "x; slowest filter "
              << fixed(large.filterSlowest / small.filterSlowest, 2) << "x" << Qt::endl;
    }
    return 0;
}
