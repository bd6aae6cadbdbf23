// SPDX-License-Identifier: GPL-3.0-or-later
// Lost-deal review benchmark: what `ripen report lost` waits for on a generated database, next to a
// floor of the bare SQL doing the same read. Each run opens the file afresh, as the command does, so
// SQLite's page cache starts empty (the system's file cache is warm after the first run); the review
// and the floor each get their own connection. Prints figures; never fails on time.
//
//   bench_lost [--deals 100000] [--dir DIR] [--database FILE] [--runs N]

#include "benchsupport.h"
#include "clock.h"
#include "database.h"
#include "lost/lostcommands.h"
#include "lost/lostdealsmodel.h"
#include "lost/lostdealsview.h"
#include "lost/lostreviewpanel.h"
#include "lostreview.h"
#include "mainwindow.h"
#include "pipeline.h"
#include "prompter.h"
#include "reportcommand.h"
#include "sqlutil.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Ripen;
using namespace Ripen::Bench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dealsOption(
        QStringLiteral("deals"), QStringLiteral("Deals in the generated database."), QStringLiteral("n"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where generated databases are kept."), QStringLiteral("dir"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Measure this file instead."), QStringLiteral("file"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."), QStringLiteral("n"));
    parser.addOptions({ dealsOption, dirOption, databaseOption, runsOption });
    parser.process(app);
    const int deals = parser.isSet(dealsOption) ? parser.value(dealsOption).toInt() : 100000;
    const int runs = parser.isSet(runsOption) ? std::max(1, parser.value(runsOption).toInt()) : 11;
    const QString dir
        = parser.isSet(dirOption) ? parser.value(dirOption) : QStringLiteral("/tmp/ripen-bench");
    const QString path
        = parser.isSet(databaseOption) ? parser.value(databaseOption) : ensureDatabase(dir, deals);
    if (path.isEmpty())
        return 1;

    // The generator dates its data from the day it ran; the review ends with the last full month.
    const FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    const QDate lastMonth = LostReview::defaultLastMonth(clock);
    QList<double> opens, reviews, reports, warmReviews, floors, warmFloors;
    int losses = 0, rows = 0;
    const auto review = [&]() -> bool {
        QElapsedTimer timer;
        timer.start();
        Database database;
        Database::Options options = openOptions();
        options.create = false;
        if (!database.open(path, options)) {
            out() << database.errorMessage() << Qt::endl;
            return false;
        }
        const Pipeline pipeline(database, clock);
        opens << ms(timer);
        timer.restart();
        const auto figures = LostReview(pipeline).figures(lastMonth, LostReview::kDefaultMonths);
        reviews << ms(timer);
        if (!figures) {
            out() << figures.error() << Qt::endl;
            return false;
        }
        const QString json = ReportCommand::json(*figures);
        reports << ms(timer);
        losses = figures->totals.lost;
        // Again on the same connection, its cache warm: what a view that is open pays.
        timer.restart();
        const auto again = LostReview(pipeline).figures(lastMonth, LostReview::kDefaultMonths);
        warmReviews << ms(timer);
        return again.ok();
    };
    const auto floor = [&] {
        Database database;
        Database::Options options = openOptions();
        options.create = false;
        database.open(path, options);
        for (QList<double> *times : { &floors, &warmFloors }) {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery query(database.connection());
            query.setForwardOnly(true);
            query.prepare(LostReview::selectSql());
            query.addBindValue(isoDate(lastMonth.addMonths(1 - LostReview::kDefaultMonths)));
            query.addBindValue(isoDate(lastMonth.addMonths(1)));
            rows = drain(query); // runs it
            *times << ms(timer);
        }
    };
    for (int run = 0; run < runs; ++run) {
        // In turn first, so neither profits from the other's reads.
        if (run % 2)
            floor();
        if (!review())
            return 1;
        if (run % 2 == 0)
            floor();
    }
    out() << QFileInfo(path).fileName() << ": " << losses << " losses in the 12 months up to "
          << lastMonth.toString(QStringLiteral("yyyy-MM")) << " (" << rows << " grouped rows), median of "
          << runs << " runs, each on a newly opened file\n"
          << "  open the database                " << fixed(median(opens)) << " ms\n"
          << "  LostReview figures, cold cache   " << fixed(median(reviews)) << " ms (slowest "
          << fixed(slowest(reviews)) << ")\n"
          << "  report as JSON, cold cache       " << fixed(median(reports)) << " ms  (target 100 ms)\n"
          << "  floor: bare SQL, cold cache      " << fixed(median(floors)) << " ms\n"
          << "  LostReview figures, warm cache   " << fixed(median(warmReviews)) << " ms\n"
          << "  floor: bare SQL, warm cache      " << fixed(median(warmFloors)) << " ms" << Qt::endl;

    // "First move" over up to 1,000 ripe deals on a copy of the file: one transaction, one undo step,
    // and the list updated, next to the bare inserts.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("lost-copy.sqlite"));
    if (!QFile::copy(path, copy)) {
        out() << "could not copy " << path << Qt::endl;
        return 1;
    }
    QString error;
    auto workspace = Workspace::open(copy, clock, &error, openOptions());
    if (!workspace) {
        out() << error << Qt::endl;
        return 1;
    }
    // The real main window, up on the board: Ctrl+4 (the lost deals view), until its table is painted
    // with its first rows and counts; until the rest of the list is in (read on a thread of its own);
    // then the Monthly Review tab, its four charts built and painted. A new window and File > Open for
    // each run. The floor: the same statements drained on that connection afterwards (the first rows,
    // the counts; the whole list; the review's figures and histograms).
    const QString shown = scratch.filePath(QStringLiteral("lost-window.sqlite"));
    if (!QFile::copy(path, shown)) {
        out() << "could not copy " << path << Qt::endl;
        return 1;
    }
    Prompter prompter;
    QList<double> tables, completes, charts, tableFloors, listFloors, chartFloors;
    double pdfMs = 0;
    int pdfPages = 0;
    int listed = 0;
    for (int run = 0; run < runs; ++run) {
        MainWindow window(clock, &prompter);
        window.resize(1280, 800);
        auto opened = Workspace::open(shown, clock, &error, openOptions());
        if (!opened) {
            out() << error << Qt::endl;
            return 1;
        }
        window.setWorkspace(std::move(opened));
        window.setCurrentView(QStringLiteral("board"));
        window.show();
        QApplication::processEvents();
        auto *view = qobject_cast<LostDealsView *>(window.view(QStringLiteral("lost")));
        QElapsedTimer timer;
        timer.start();
        window.setCurrentView(QStringLiteral("lost"));
        for (int round = 0; round < 5; ++round)
            QCoreApplication::sendPostedEvents();
        tables << ms(timer);
        while (view->model() && !view->model()->isComplete() && timer.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        completes << ms(timer);
        listed = view->model()->rowCount();
        timer.restart();
        view->tabs()->setCurrentIndex(1);
        for (int round = 0; round < 5; ++round)
            QCoreApplication::sendPostedEvents();
        charts << ms(timer);
        if (run == 0) {
            timer.restart();
            QString pdfError;
            if (!view->review()->exportPdf(scratch.filePath(QStringLiteral("review.pdf")), &pdfError)) {
                out() << pdfError << Qt::endl;
                return 1;
            }
            pdfMs = ms(timer);
            pdfPages = view->review()->lastPdfPageCount();
        }

        const QSqlDatabase db = window.workspace()->pipeline().connection();
        const auto drainList = [&](int limit) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(LostReview::listSql(LostFilter {}));
            for (const QVariant &value : LostReview::listValues(LostFilter {}, clock.today(), limit))
                query.addBindValue(value);
            drain(query);
        };
        timer.restart();
        drainList(LostDealsModel::kFirstRows);
        if (!LostReview(window.workspace()->pipeline()).countByState(LostFilter {}, clock.today()))
            return 1;
        tableFloors << ms(timer);
        timer.restart();
        drainList(-1);
        listFloors << ms(timer);
        timer.restart();
        QSqlQuery figures(db);
        figures.setForwardOnly(true);
        figures.prepare(LostReview::selectSql());
        figures.addBindValue(isoDate(lastMonth.addMonths(-11)));
        figures.addBindValue(isoDate(lastMonth.addMonths(1)));
        drain(figures);
        if (!LostReview(window.workspace()->pipeline())
                 .winHistograms(lastMonth.addMonths(-11), lastMonth.addMonths(1)))
            return 1;
        chartFloors << ms(timer);
    }
    LostDealsModel model(workspace->pipeline(), clock);
    {
        QElapsedTimer waiting;
        waiting.start();
        while (!model.isComplete() && waiting.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QList<qint64> ripe = model.ripeUntouched();
    ripe = ripe.mid(0, 1000);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&model, &LostDealsModel::countsChanged, &loop, &QEventLoop::quit);
    const auto planned = LostCommands::firstMove(*workspace, ripe, clock.today().addDays(1));
    const double committed = ms(timer);
    loop.exec(); // the model's update runs in the next turn of the event loop
    const double updated = ms(timer);
    if (!planned) {
        out() << planned.error() << Qt::endl;
        return 1;
    }
    workspace->undoStack().undo();
    QSqlDatabase db = workspace->pipeline().connection();
    timer.restart();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO follow_ups (deal_id, due_on, channel, planned_value_kind, note) "
                       "VALUES (?, ?, 'email', 'insight', ?)"));
    for (qint64 id : std::as_const(ripe)) {
        insert.addBindValue(id);
        insert.addBindValue(isoDate(clock.today().addDays(1)));
        insert.addBindValue(QStringLiteral("First move"));
        insert.exec();
    }
    db.commit();
    const double insertFloor = ms(timer);
    out() << "Lost deals dashboard on " << QFileInfo(path).fileName() << ": " << listed
          << " deals lost in the last 12 months, the real main window, median of " << runs << " runs\n"
          << "  Ctrl+4 from the board: table painted, first " << LostDealsModel::kFirstRows
          << " rows and the counts " << fixed(median(tables)) << " ms (slowest " << fixed(slowest(tables))
          << "; target 150 ms)\n"
          << "  floor: the first rows and the counts drained " << fixed(median(tableFloors)) << " ms\n"
          << "  the rest of the list in (its own thread)  " << fixed(median(completes)) << " ms\n"
          << "  floor: the whole list drained              " << fixed(median(listFloors)) << " ms\n"
          << "  Monthly Review tab: four charts built and painted " << fixed(median(charts))
          << " ms (slowest " << fixed(slowest(charts)) << ")\n"
          << "  floor: the figures and histograms drained " << fixed(median(chartFloors)) << " ms\n"
          << "  the review as PDF, " << pdfPages << " pages (once) " << fixed(pdfMs) << " ms  (target 3 s)\n"
          << "  first move over " << ripe.size() << " ripe deals: committed " << fixed(committed)
          << " ms, the list updated " << fixed(updated) << " ms  (target 1 s)\n"
          << "  floor: the same rows inserted bare, one transaction " << fixed(insertFloor) << " ms"
          << Qt::endl;
    return 0;
}
