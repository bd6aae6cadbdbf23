// SPDX-License-Identifier: GPL-3.0-or-later
// Board benchmark: the figures on a database of `ripen generate --deals N`, each next to
// the bare SQL that fetches the same rows (its floor). Prints figures; never fails on time.
//
//   bench_board [--database FILE] [--deals N] [--app PATH_TO_RIPEN]
//
// When --database names no existing file, it generates one there first (100,000 deals by default).

#include "board/boardview.h"
#include "clock.h"
#include "database.h"
#include "dealactions.h"
#include "dealcommands.h"
#include "demogenerator.h"
#include "prompter.h"
#include "sqlutil.h"
#include "stagecolumnmodel.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

using namespace Ripen;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The bare floor of opening a column: its first 256 rows with the same query, no model, no view.
double bareFirstRows(const QSqlDatabase &db, const StageColumnModel &model)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(model.selectSql());
    q.addBindValue(model.stageId());
    q.exec();
    for (int i = 0; i < 256 && q.next(); ++i) { }
    return ms(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("database"), QStringLiteral("Database to measure."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("deals"), QStringLiteral("Deals to generate."), QStringLiteral("n"),
        QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("app"), QStringLiteral("The ripen binary, for its peak memory."),
        QStringLiteral("path") });
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("database"));
    const FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!QFileInfo::exists(path)) {
        Database db;
        if (!db.open(path)) {
            out << db.errorMessage() << Qt::endl;
            return 1;
        }
        DemoGenerator::Options options;
        options.deals = parser.value(QStringLiteral("deals")).toInt();
        options.today = clock.today();
        QElapsedTimer timer;
        timer.start();
        const Result<DemoGenerator::Counts> generated = DemoGenerator::generate(db, options);
        if (!generated) {
            out << generated.error() << Qt::endl;
            return 1;
        }
        out << "generated " << generated->deals << " deals, " << generated->touches << " touches in "
            << timer.elapsed() << " ms" << Qt::endl;
    }

    // 1. Opening: database, board, the first rows of every column on screen.

    Prompter prompter;
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto workspace = Workspace::open(path, clock, &error);
    if (!workspace) {
        out << error << Qt::endl;
        return 1;
    }
    const double openDb = ms(timer);
    DealActions dealActions(prompter);
    dealActions.setWorkspace(workspace.get());
    BoardView board(ViewContext { clock, prompter, dealActions });
    board.resize(1280, 760);
    board.setWorkspace(workspace.get());
    board.show();
    QApplication::processEvents();
    const double openBoard = ms(timer);
    double floor = 0;
    QStringList columns;
    for (qint64 stageId : board.stageIds()) {
        StageColumnModel *model = board.columnModel(stageId);
        floor += bareFirstRows(workspace->pipeline().connection(), *model);
        columns << QStringLiteral("%1 deals (%2 fetched)").arg(model->dealCount()).arg(model->rowCount());
    }
    out << "columns: " << columns.join(QStringLiteral(", ")) << Qt::endl;
    out << "open: database " << openDb << " ms; board with first rows of every column " << openBoard
        << " ms (target 300); bare SQL floor " << floor << " ms" << Qt::endl;

    // 2. Moves between columns, through the undo stack, both columns refreshed.
    const QList<qint64> stages = board.stageIds();
    QList<double> moves, bareMoves;
    for (int i = 0; i < 41; ++i) {
        StageColumnModel *from = board.columnModel(stages.at(i % 2));
        StageColumnModel *to = board.columnModel(stages.at(1 - i % 2));
        const qint64 dealId = from->dealIdAt(0);
        timer.restart();
        const auto moved = DealCommands::move(*workspace, dealId, to->stageId(), to->dealIdAt(0));
        moves << ms(timer);
        if (!moved || to->dealIdAt(0) != dealId) {
            out << "move failed: " << moved.error() << Qt::endl;
            return 1;
        }
    }
    {
        // Floor: the same writes as bare SQL in one transaction, no signals, no refresh.
        QSqlDatabase db = workspace->pipeline().connection();
        const qint64 dealId = board.columnModel(stages.at(0))->dealIdAt(0);
        for (int i = 0; i < 41; ++i) {
            timer.restart();
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            QSqlQuery u = prepared(db,
                QStringLiteral("UPDATE deals SET stage_id = ?, position = position WHERE id = ?"),
                { stages.at(i % 2), dealId });
            u.exec();
            QSqlQuery h = prepared(db,
                QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, "
                               "changed_at) VALUES (?, ?, ?, '2026-01-01T00:00:00')"),
                { dealId, stages.at(1 - i % 2), stages.at(i % 2) });
            h.exec();
            q.exec(QStringLiteral("COMMIT"));
            bareMoves << ms(timer);
        }
    }
    out << "move between columns: median " << median(moves) << " ms (target 20); bare SQL floor "
        << median(bareMoves) << " ms" << Qt::endl;

    // 3. Filtering by text: every column re-queried with its first rows and totals.
    QList<double> filters, bareFilters;
    for (const QString &text : { QStringLiteral("renewal"), QStringLiteral("nord"),
             QStringLiteral("zzz-none"), QStringLiteral("a"), QStringLiteral("logistics") }) {
        timer.restart();
        for (qint64 stageId : stages)
            board.columnModel(stageId)->setFilter(BoardFilter { text, {}, false });
        filters << ms(timer);
        timer.restart();
        // Floor: one bare count over all open deals with the same search the columns use.
        QSqlQuery q(workspace->pipeline().connection());
        q.setForwardOnly(true);
        if (text.size() >= 3) {
            q.prepare(QStringLiteral(
                "SELECT count(*) FROM deals WHERE status = 'open' AND id IN (SELECT rowid FROM "
                "deal_search WHERE deal_search MATCH ?)"));
            q.addBindValue(QLatin1Char('"') + text + QLatin1Char('"'));
        } else {
            q.prepare(QStringLiteral(
                "SELECT count(*) FROM deals d WHERE d.status = 'open' AND (d.title LIKE ? OR "
                "d.account_id IN (SELECT id FROM accounts WHERE name LIKE ?) OR d.contact_id IN "
                "(SELECT id FROM contacts WHERE name LIKE ?))"));
            for (int i = 0; i < 3; ++i)
                q.addBindValue(QLatin1Char('%') + text + QLatin1Char('%'));
        }
        q.exec();
        q.next();
        bareFilters << ms(timer);
    }
    out << "filter by text (renewal, nord, zzz-none, a, logistics): median " << median(filters)
        << " ms (target 100), slowest " << *std::max_element(filters.begin(), filters.end())
        << " ms; bare SQL count floor " << median(bareFilters) << " ms" << Qt::endl;
    out << "peak memory of this benchmark (database, board, models): " << peakRssKb() / 1024 << " MB"
        << Qt::endl;

    // 4. Peak memory of the real app on the same database.
    const QString appPath = parser.value(QStringLiteral("app"));
    if (!appPath.isEmpty()) {
        workspace.reset(); // release the lock for the app
        QProcess ripen;
        ripen.start(appPath,
            { QStringLiteral("--database"), path, QStringLiteral("--screenshot"),
                dir.filePath(QStringLiteral("shot.png")), QStringLiteral("--view"),
                QStringLiteral("board") });
        ripen.waitForFinished(120000);
        rusage children {};
        getrusage(RUSAGE_CHILDREN, &children);
        out << "ripen --screenshot on that database: exit " << ripen.exitCode() << ", peak memory "
            << children.ru_maxrss / 1024 << " MB (target 200)" << Qt::endl;
    }
    return 0;
}
