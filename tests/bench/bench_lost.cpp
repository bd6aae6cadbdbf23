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
#include "lostreview.h"
#include "pipeline.h"
#include "reportcommand.h"
#include "sqlutil.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Ripen;
using namespace Ripen::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
        Database::Options options;
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
        Database::Options options;
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

    // The dashboard's list: every deal lost in the window read into LostDealsModel, next to its query
    // drained on the same connection. Then "first move" over up to 1,000 ripe deals on a copy of the
    // file: one transaction, one undo step, and the list updated, next to the bare inserts.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("lost-copy.sqlite"));
    if (!QFile::copy(path, copy)) {
        out() << "could not copy " << path << Qt::endl;
        return 1;
    }
    QString error;
    auto workspace = Workspace::open(copy, clock, &error);
    if (!workspace) {
        out() << error << Qt::endl;
        return 1;
    }
    QList<double> lists, listFloors;
    int listed = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        LostDealsModel model(workspace->pipeline(), clock);
        lists << ms(timer);
        listed = model.rowCount();
        timer.restart();
        QSqlQuery query(workspace->pipeline().connection());
        query.setForwardOnly(true);
        query.prepare(LostReview::listSql(LostFilter {}));
        for (const QVariant &value : LostReview::listValues(LostFilter {}, clock.today()))
            query.addBindValue(value);
        drain(query);
        listFloors << ms(timer);
    }
    LostDealsModel model(workspace->pipeline(), clock);
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
          << " deals lost in the last 12 months, median of " << runs << " runs\n"
          << "  the list read into LostDealsModel " << fixed(median(lists)) << " ms (slowest "
          << fixed(slowest(lists)) << ")\n"
          << "  floor: its query drained         " << fixed(median(listFloors)) << " ms\n"
          << "  first move over " << ripe.size() << " ripe deals: committed " << fixed(committed)
          << " ms, the list updated " << fixed(updated) << " ms  (target 1 s)\n"
          << "  floor: the same rows inserted bare, one transaction " << fixed(insertFloor) << " ms"
          << Qt::endl;
    return 0;
}
