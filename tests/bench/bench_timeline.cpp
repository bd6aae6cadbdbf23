// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline benchmark: what the user waits for in the real main window's prospect timeline, next to a
// floor of the bare SQL that does the same reads (and write), on the same connection, in the same run:
// a deal's timeline, the first screen of an account with 5,000 touches, and logging a touch (committed,
// with the board's card and the timeline updated and painted). Prints figures; never fails on time.
//
//   bench_timeline [--deals 100000] [--dir DIR] [--database FILE] [--runs N]
//
// The measured file is a fresh copy of the generated one (timeline-deals-N.sqlite in --dir), made
// every run, with 5,000 touches added to one account, so bench_board's databases stay as
// `ripen generate` made them and each run starts from the same data.

#include "benchsupport.h"
#include "board/boardview.h"
#include "clock.h"
#include "dealsearch.h"
#include "mainwindow.h"
#include "prompter.h"
#include "sqlutil.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"
#include "touchcommands.h"
#include "transaction.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Ripen;
using namespace Ripen::Bench;

namespace {

constexpr int kHeavyTouches = 5000;

// The account with the most deals gets kHeavyTouches touches spread over its deals and contacts, once.
// Returns that account's id.
qint64 ensureHeavyAccount(const QSqlDatabase &db)
{
    const qint64 account = scalar(db,
        QStringLiteral(
            "SELECT account_id FROM deals GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1"))
                               .toLongLong();
    const qint64 existing = scalar(db,
        QStringLiteral(
            "SELECT count(*) FROM touches WHERE deal_id IN (SELECT id FROM deals WHERE account_id = ?)"),
        { account })
                                .toLongLong();
    if (existing >= kHeavyTouches)
        return account;
    QList<qint64> deals, contacts;
    QSqlQuery q = prepared(db, QStringLiteral("SELECT id FROM deals WHERE account_id = ?"), { account });
    q.exec();
    while (q.next())
        deals << q.value(0).toLongLong();
    q = prepared(db, QStringLiteral("SELECT id FROM contacts WHERE account_id = ?"), { account });
    q.exec();
    while (q.next())
        contacts << q.value(0).toLongLong();
    Transaction tx(db);
    tx.begin();
    const QDateTime start = QDateTime(QDate::currentDate().addYears(-4), QTime(9, 0));
    const char *channels[] = { "call", "email", "linkedin", "voicemail", "handwritten_note" };
    for (qint64 i = existing; i < kHeavyTouches; ++i) {
        QSqlQuery insert = prepared(db,
            QStringLiteral(
                "INSERT INTO touches (deal_id, contact_id, channel, occurred_at, outcome, value_kind, "
                "value_text) VALUES (?, ?, ?, ?, 'no_answer', ?, ?)"),
            { deals.at(int(i % deals.size())),
                contacts.isEmpty() ? QVariant() : contacts.at(int(i % contacts.size())),
                QString::fromLatin1(channels[i % 5]), isoDateTime(start.addSecs(i * 6 * 3600)),
                i % 3 ? QStringLiteral("insight") : QStringLiteral("none"),
                i % 3 ? QStringLiteral("A number from their annual report") : QString() });
        insert.exec();
    }
    tx.commit();
    // Into the file, as a database at rest has it: a long write-ahead log makes every read look there.
    QSqlQuery checkpoint(db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return account;
}

// The bare reads a timeline shows: the newest page of the past, the open follow-ups, the header and
// the side panel (the account's touches, people and deals).
void bareTimeline(Pipeline &pipeline, const TimelineModel &model)
{
    const QSqlDatabase db = pipeline.connection();
    QSqlQuery page(db);
    page.setForwardOnly(true);
    page.prepare(model.pastPageSql());
    const qint64 scope = model.scope() == TimelineModel::Scope::Account ? model.accountId() : model.dealId();
    page.addBindValue(scope);
    page.addBindValue(scope);
    page.addBindValue(QStringLiteral("9999-12-31T23:59:59"));
    page.addBindValue(2);
    page.addBindValue(0);
    page.addBindValue(TimelineModel::kPageSize);
    drain(page);
    QSqlQuery planned = prepared(db,
        QStringLiteral(
            "SELECT id, deal_id, due_on, channel, contact_id, planned_value_kind, planned_value, note, "
            "cadence FROM follow_ups WHERE done_on IS NULL AND deal_id = ? ORDER BY due_on, id"),
        { model.dealId() });
    drain(planned);
    const auto deal = pipeline.deal(model.dealId());
    pipeline.account(deal->accountId);
    pipeline.stage(deal->stageId);
    pipeline.nextFollowUp(deal->id);
    pipeline.touchesOfDeal(deal->id);
    pipeline.touchesByContact(deal->accountId);
    pipeline.contactsOf(deal->accountId);
    pipeline.dealsOfAccount(deal->accountId);
}

struct Figures
{
    QString name;
    qint64 deals = 0;
    double dealOpen = 0, dealFloor = 0;
    double accountOpen = 0, accountFloor = 0;
    double logLight = 0, logLightSlowest = 0, logHeavy = 0, logHeavySlowest = 0, logFloor = 0;
};

Figures measure(const QString &path, int runs)
{
    Figures f;
    f.name = QFileInfo(path).fileName();
    const FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    Prompter prompter;
    QString error;
    auto workspace = Workspace::open(path, clock, &error, openOptions());
    if (!workspace) {
        out() << error << Qt::endl;
        return f;
    }
    const qint64 heavyAccount = ensureHeavyAccount(workspace->pipeline().connection());
    MainWindow window(clock, &prompter);
    window.resize(1280, 800);
    window.setWorkspace(std::move(workspace));
    window.setCurrentView(QStringLiteral("timeline"));
    window.show();
    QApplication::processEvents();
    // The board's search index loads in idle turns after the window is shown; a user at work has it
    // loaded long before, so the timeline is measured after it (its chunks are not in the figures).
    auto *board = static_cast<BoardView *>(window.view(QStringLiteral("board")));
    QElapsedTimer loading;
    loading.start();
    while (board->search() && !board->search()->isReady() && loading.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    Workspace &ws = *window.workspace();
    Pipeline &pipeline = ws.pipeline();
    const QSqlDatabase db = pipeline.connection();
    auto *view = static_cast<TimelineView *>(window.view(QStringLiteral("timeline")));
    f.deals = scalar(db, QStringLiteral("SELECT sum(deal_count) FROM stage_totals")).toLongLong();
    QList<qint64> openDeals;
    QSqlQuery some = prepared(db,
        QStringLiteral("SELECT id FROM deals WHERE status = 'open' AND account_id <> ? ORDER BY id LIMIT ?"),
        { heavyAccount, runs });
    some.exec();
    while (some.next())
        openDeals << some.value(0).toLongLong();
    const qint64 heavyDeal
        = scalar(db, QStringLiteral("SELECT min(id) FROM deals WHERE account_id = ?"), { heavyAccount })
              .toLongLong();
    QElapsedTimer timer;

    // Shows a deal and times it to the painted view (side panel included), then times its floor.
    QList<double> opens, floors;
    const auto timeShow = [&](qint64 deal) {
        timer.start();
        view->showDeal(deal);
        QApplication::processEvents();
        view->repaint();
        opens << ms(timer);
        timer.restart();
        bareTimeline(pipeline, *view->model());
        floors << ms(timer);
    };

    // 1. A deal's timeline.
    for (qint64 deal : std::as_const(openDeals))
        timeShow(deal);
    f.dealOpen = median(opens);
    f.dealFloor = median(floors);

    // 2. The first screen of the account with kHeavyTouches touches, each time from another deal.
    opens.clear();
    floors.clear();
    view->accountToggle()->setChecked(true);
    for (int run = 0; run < runs; ++run) {
        view->showDeal(openDeals.value(run % std::max<int>(1, int(openDeals.size()))));
        QApplication::processEvents();
        timeShow(heavyDeal);
    }
    f.accountOpen = median(opens);
    f.accountFloor = median(floors);
    view->accountToggle()->setChecked(false);

    // 3. Logging a touch: committed, the board's card and the timeline updated, painted; on a deal of
    //    an ordinary account and on one of the heavy account (its side panel reads 5,000 touches).
    const auto logRuns = [&](qint64 deal, QList<double> &times) {
        view->showDeal(deal);
        QApplication::processEvents();
        for (int run = 0; run < runs; ++run) {
            Touch touch;
            touch.dealId = deal;
            touch.channel = Channel::Email;
            touch.outcome = TouchOutcome::Conversation;
            touch.valueKind = ValueKind::Insight;
            touch.valueText = QStringLiteral("Benchmark insight %1").arg(run);
            touch.occurredAt = clock.now().addSecs(-run);
            timer.start();
            if (!TouchCommands::log(ws, touch))
                out() << "log failed" << Qt::endl;
            QApplication::processEvents();
            view->repaint();
            times << ms(timer);
        }
    };
    QList<double> light, heavy;
    logRuns(openDeals.value(0), light);
    logRuns(heavyDeal, heavy);
    f.logLight = median(light);
    f.logLightSlowest = slowest(light);
    f.logHeavy = median(heavy);
    f.logHeavySlowest = slowest(heavy);
    floors.clear();
    for (int run = 0; run < runs; ++run) {
        // Floor: the same write in a transaction, then the touch read back as the timeline reads it.
        timer.start();
        Transaction tx(db);
        tx.begin();
        QSqlQuery insert = prepared(db,
            QStringLiteral(
                "INSERT INTO touches (deal_id, channel, occurred_at, outcome, value_kind, value_text) "
                "VALUES (?, 'email', ?, 'conversation', 'insight', 'floor')"),
            { openDeals.value(0), isoDateTime(clock.now()) });
        insert.exec();
        const qint64 id = insert.lastInsertId().toLongLong();
        tx.commit();
        QSqlQuery back = prepared(db, QStringLiteral("SELECT * FROM touches WHERE id = ?"), { id });
        drain(back);
        floors << ms(timer);
    }
    f.logFloor = median(floors);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    offscreenUnlessTold();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ripen-bench"));
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("database"),
        QStringLiteral("A database to measure (a copy is changed)."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("deals"), QStringLiteral("Size to generate and measure."),
        QStringLiteral("n"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where generated databases are kept."),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("n"),
        QStringLiteral("11") });
    parser.process(app);

    QTemporaryDir scratch;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : scratch.path();
    QString source = parser.value(QStringLiteral("database"));
    if (source.isEmpty())
        source = ensureDatabase(dir, parser.value(QStringLiteral("deals")).toInt());
    if (source.isEmpty())
        return 1;
    // A fresh copy every run: the touches a run logs would otherwise make the next one slower.
    const QString path = QDir(dir).filePath(QStringLiteral("timeline-") + QFileInfo(source).fileName());
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    if (!QFile::copy(source, path)) {
        out() << "cannot copy " << source << " to " << path << Qt::endl;
        return 1;
    }
    const Figures f = measure(path, std::max(1, parser.value(QStringLiteral("runs")).toInt()));
    out() << "\n"
          << f.name << ": " << f.deals << " deals; one account with " << kHeavyTouches << " touches"
          << Qt::endl;
    out() << "  a deal's timeline, painted with header and side panel: median " << fixed(f.dealOpen)
          << " ms (target 15); floor " << fixed(f.dealFloor) << " ms; ratio "
          << fixed(f.dealOpen / f.dealFloor, 2) << Qt::endl;
    out() << "  the heavy account's first screen: median " << fixed(f.accountOpen)
          << " ms (target 30); floor " << fixed(f.accountFloor) << " ms; ratio "
          << fixed(f.accountOpen / f.accountFloor, 2) << Qt::endl;
    out() << "  log a touch, committed, card and timeline updated, painted: median " << fixed(f.logLight, 2)
          << " ms, slowest " << fixed(f.logLightSlowest, 2) << " ms (target 16); on the heavy account "
          << fixed(f.logHeavy, 2) << " ms, slowest " << fixed(f.logHeavySlowest, 2) << " ms; floor "
          << fixed(f.logFloor, 2) << " ms" << Qt::endl;
    return 0;
}
