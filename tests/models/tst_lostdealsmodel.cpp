// SPDX-License-Identifier: GPL-3.0-or-later
#include "lost/lostcommands.h"
#include "lost/lostdealsmodel.h"
#include "lostreview.h"
#include "sqlutil.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Ripen;

namespace {

// A small history built by hand on the fixed day (Mon 23 Nov 2026); each deal's expected state is worked
// out from its story here, not by the code under test.
struct History
{
    QTemporaryDir dir;
    FixedClock clock { Test::fixedNow() };
    std::unique_ptr<Workspace> workspace;
    qint64 timing = 0, competitor = 0, value = 0;
    qint64 ripe = 0, twice = 0, later = 0, touched = 0, planned = 0, back = 0, wonBack = 0, old = 0, open = 0;

    History()
    {
        QString error;
        workspace = Workspace::open(dir.filePath(QStringLiteral("lost.sqlite")), clock, &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
        timing = reason(NoMeaning::Timing);
        competitor = reason(NoMeaning::Competitor);
        value = reason(NoMeaning::Value);

        // Lost in June to timing, come back on 1 Nov: ripe now, untouched.
        ripe
            = deal(QStringLiteral("Fleet renewal"), QStringLiteral("Globex"), 2500000, QStringLiteral("kim"));
        lose(ripe, QDate(2026, 6, 1), timing, QDate(2026, 11, 1), FailedCommitment::Discovery);
        // Lost in February, re-engaged in May, lost again in September to a competitor: one row, the
        // latest loss, ripe since 20 Nov.
        twice = deal(
            QStringLiteral("Warehouse scanners"), QStringLiteral("Initech"), 800000, QStringLiteral("kim"));
        lose(twice, QDate(2026, 2, 1), timing, QDate(2026, 4, 1));
        reopen(twice, QDate(2026, 5, 1));
        lose(twice, QDate(2026, 9, 15), competitor, QDate(2026, 11, 20), FailedCommitment::Proposal,
            QStringLiteral("Hooli"));
        // Lost in October, comes back on 15 Jan 2027: ripe in 53 days.
        later = deal(
            QStringLiteral("Cold storage"), QStringLiteral("Umbrella"), 1200000, QStringLiteral("lee"));
        lose(later, QDate(2026, 10, 1), competitor, QDate(2027, 1, 15));
        // Lost in May, touched on 5 Sep: being pursued.
        touched = deal(QStringLiteral("Dock doors"), QStringLiteral("Stark"), 300000, QStringLiteral("lee"));
        lose(touched, QDate(2026, 5, 10), value, QDate(2026, 9, 1));
        logTouch(touched, QDate(2026, 9, 5));
        // Lost in July with a touch planned: being pursued, nothing logged.
        planned
            = deal(QStringLiteral("Forklift fleet"), QStringLiteral("Wayne"), 400000, QStringLiteral("kim"));
        lose(planned, QDate(2026, 7, 1), timing, QDate(2026, 10, 1));
        FollowUp next;
        next.dealId = planned;
        next.dueOn = QDate(2026, 12, 1);
        next.plannedValueKind = ValueKind::Insight;
        next.plannedValue = QStringLiteral("Their peak season numbers");
        if (!pipeline().scheduleFollowUp(next))
            qFatal("follow-up");
        // Lost in April, reopened in August: re-engaged.
        back = deal(QStringLiteral("Conveyor belts"), QStringLiteral("Acme"), 500000, QStringLiteral("lee"));
        lose(back, QDate(2026, 4, 1), timing, QDate(2026, 7, 1));
        reopen(back, QDate(2026, 8, 1));
        // Lost in March, reopened and won in October: won back.
        wonBack
            = deal(QStringLiteral("Loading ramps"), QStringLiteral("Soylent"), 600000, QStringLiteral("kim"));
        lose(wonBack, QDate(2026, 3, 1), value, QDate(2026, 6, 1));
        reopen(wonBack, QDate(2026, 9, 1));
        at(QDate(2026, 10, 10));
        if (!pipeline().markWon(wonBack, Money { 650000, QStringLiteral("EUR") }, QDate(2026, 10, 10)))
            qFatal("won");
        // Lost in June 2025: outside the last 12 months.
        old = deal(
            QStringLiteral("Pallet jacks"), QStringLiteral("Cyberdyne"), 100000, QStringLiteral("lee"));
        lose(old, QDate(2025, 6, 1), timing, QDate(2025, 9, 1));
        // Never lost.
        open = deal(QStringLiteral("Shelving"), QStringLiteral("Tyrell"), 100000, QStringLiteral("kim"));
        clock.set(Test::fixedNow());
    }
    Pipeline &pipeline() { return workspace->pipeline(); }
    QUndoStack &stack() { return workspace->undoStack(); }
    void at(const QDate &day) { clock.set(QDateTime(day, QTime(11, 0))); }
    qint64 reason(NoMeaning meaning)
    {
        return scalar(pipeline().connection(),
            QStringLiteral("SELECT id FROM lost_reasons WHERE meaning = ? ORDER BY position LIMIT 1"),
            { enumKey(meaning) })
            .toLongLong();
    }
    qint64 stage(const QString &name)
    {
        return scalar(
            pipeline().connection(), QStringLiteral("SELECT id FROM stages WHERE name = ?"), { name })
            .toLongLong();
    }
    qint64 deal(const QString &title, const QString &accountName, qint64 minor, const QString &owner)
    {
        at(QDate(2025, 1, 10));
        Account account;
        account.name = accountName;
        Deal deal;
        deal.title = title;
        deal.accountId = *pipeline().createAccount(account);
        deal.stageId = stage(QStringLiteral("Discovery"));
        deal.value = Money { minor, QStringLiteral("EUR") };
        deal.owner = owner;
        const auto id = pipeline().createDeal(deal);
        if (!id)
            qFatal("deal: %s", qPrintable(id.error()));
        return *id;
    }
    void lose(qint64 dealId, const QDate &day, qint64 reasonId, const QDate &reengageOn,
        FailedCommitment commitment = FailedCommitment::None, const QString &competitorName = {})
    {
        at(day);
        LostInfo lost;
        lost.lostOn = day;
        lost.reasonId = reasonId;
        lost.reengageOn = reengageOn;
        lost.failedCommitment = commitment;
        lost.competitor = competitorName;
        if (const auto marked = pipeline().markLost(dealId, lost); !marked)
            qFatal("lost: %s", qPrintable(marked.error()));
    }
    void reopen(qint64 dealId, const QDate &day)
    {
        at(day);
        if (const auto done = pipeline().reopen(dealId, stage(QStringLiteral("Discovery"))); !done)
            qFatal("reopen: %s", qPrintable(done.error()));
    }
    void logTouch(qint64 dealId, const QDate &day)
    {
        at(day);
        Touch touch;
        touch.dealId = dealId;
        touch.occurredAt = QDateTime(day, QTime(9, 30));
        touch.channel = Channel::Call;
        touch.outcome = TouchOutcome::Conversation;
        if (const auto logged = pipeline().logTouch(touch); !logged)
            qFatal("touch: %s", qPrintable(logged.error()));
        clock.set(Test::fixedNow());
    }
    QList<qint64> ids(const LostDealsModel &model)
    {
        QList<qint64> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.rowAt(row).dealId;
        return list;
    }
    qint64 openFollowUps(qint64 dealId)
    {
        return scalar(pipeline().connection(),
            QStringLiteral("SELECT count(*) FROM follow_ups WHERE deal_id = ? AND done_on IS NULL"),
            { dealId })
            .toLongLong();
    }
};

} // namespace

class TestLostDealsModel : public QObject
{
    Q_OBJECT
private slots:
    void listsEachDealsLatestLossRipeFirst();
    void showsTheColumns();
    void filters();
    void queryUsesItsIndexes();
    void readsALongListInTwoSteps();
    void changesByTheChange();
    void reengagesIntoAStageAndUndoes();
    void refusesToReengageWhatIsNotLost();
    void plansAValueTouchAndUndoes();
    void snoozesAndUndoes();
    void refusesASnoozeBeforeTheLoss();
    void firstMoveSpreadsOneTouchPerRipeDealAndUndoes();
    void spreadsOverWorkingDays();
};

void TestLostDealsModel::listsEachDealsLatestLossRipeFirst()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Ripe now by come-back date (1 Nov, 20 Nov), then ripe later, pursued (1 Sep, 1 Oct), re-engaged,
    // won back. The old loss and the open deal are not listed.
    QCOMPARE(
        h.ids(model), (QList<qint64> { h.ripe, h.twice, h.later, h.touched, h.planned, h.back, h.wonBack }));
    QCOMPARE(model.rowAt(0).state, LostState::RipeNow);
    QCOMPARE(model.rowAt(0).daysToRipe, -22);
    QCOMPARE(model.rowAt(1).state, LostState::RipeNow);
    QCOMPARE(model.rowAt(2).state, LostState::RipeLater);
    QCOMPARE(model.rowAt(2).daysToRipe, 53);
    QCOMPARE(model.rowAt(3).state, LostState::Pursued);
    QCOMPARE(model.rowAt(3).touchesSinceLoss, 1);
    QCOMPARE(model.rowAt(4).state, LostState::Pursued);
    QCOMPARE(model.rowAt(4).touchesSinceLoss, 0);
    QCOMPARE(model.rowAt(4).openFollowUps, 1);
    QCOMPARE(model.rowAt(5).state, LostState::Reengaged);
    QCOMPARE(model.rowAt(6).state, LostState::WonBack);
    // Lost twice: the second loss, with its reason and competitor.
    const LostDealRow &twice = model.rowAt(1);
    QCOMPARE(twice.lostOn, QDate(2026, 9, 15));
    QCOMPARE(twice.meaning, NoMeaning::Competitor);
    QCOMPARE(twice.competitor, QStringLiteral("Hooli"));
    QCOMPARE(twice.commitment, FailedCommitment::Proposal);
    QCOMPARE(model.count(LostState::RipeNow), 2);
    QCOMPARE(model.count(LostState::Pursued), 2);
    QCOMPARE(model.ripeUntouched(), (QList<qint64> { h.ripe, h.twice }));

    // The window: 24 months take in the loss of June 2025, ripe since Sep 2025, so it leads.
    LostFilter wide;
    wide.months = 24;
    model.setFilter(wide);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.rowAt(0).dealId, h.old);
}

void TestLostDealsModel::showsTheColumns()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, LostDealsModel::DealColumn), QStringLiteral("Fleet renewal"));
    QCOMPARE(text(0, LostDealsModel::AccountColumn), QStringLiteral("Globex"));
    QCOMPARE(
        text(0, LostDealsModel::LostOnColumn), QLocale().toString(QDate(2026, 6, 1), QLocale::ShortFormat));
    QCOMPARE(text(0, LostDealsModel::ValueColumn), formatMoney(Money { 2500000, QStringLiteral("EUR") }));
    QCOMPARE(text(0, LostDealsModel::CommitmentColumn), enumLabel(FailedCommitment::Discovery));
    QCOMPARE(text(0, LostDealsModel::ReasonColumn), h.pipeline().lostReason(h.timing)->label);
    QCOMPARE(text(0, LostDealsModel::StrategyColumn), strategyFor(NoMeaning::Timing));
    QCOMPARE(text(0, LostDealsModel::ReengageColumn),
        QLocale().toString(QDate(2026, 11, 1), QLocale::ShortFormat));
    QCOMPARE(text(0, LostDealsModel::StateColumn), QStringLiteral("Ripe now"));
    QCOMPARE(text(1, LostDealsModel::CompetitorColumn), QStringLiteral("Hooli"));
    QCOMPARE(text(2, LostDealsModel::StateColumn), QStringLiteral("Ripe in 53 days"));
    QCOMPARE(text(3, LostDealsModel::TouchesColumn), QStringLiteral("1"));
    QCOMPARE(text(3, LostDealsModel::StateColumn), QStringLiteral("Being pursued"));
    QCOMPARE(text(5, LostDealsModel::StateColumn), QStringLiteral("Re-engaged"));
    QCOMPARE(text(6, LostDealsModel::StateColumn), QStringLiteral("Won back"));
    QCOMPARE(
        model.index(0, LostDealsModel::DealColumn).data(LostDealsModel::DealIdRole).toLongLong(), h.ripe);
    QCOMPARE(model.index(0, LostDealsModel::LostOnColumn).data(LostDealsModel::SortRole).toDate(),
        QDate(2026, 6, 1));
    for (int column = 0; column < LostDealsModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestLostDealsModel::filters()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    const auto listed = [&](const LostFilter &filter) {
        model.setFilter(filter);
        return h.ids(model);
    };
    LostFilter byReason;
    byReason.reasonId = h.competitor;
    QCOMPARE(listed(byReason), (QList<qint64> { h.twice, h.later }));
    LostFilter byStrategy;
    byStrategy.strategy = NoMeaning::Value;
    QCOMPARE(listed(byStrategy), (QList<qint64> { h.touched, h.wonBack }));
    LostFilter byOwner;
    byOwner.owner = QStringLiteral("lee");
    QCOMPARE(listed(byOwner), (QList<qint64> { h.later, h.touched, h.back }));
    LostFilter byText;
    byText.text = QStringLiteral("  FLEET ");
    QCOMPARE(listed(byText), (QList<qint64> { h.ripe, h.planned }));
    byText.text = QStringLiteral("initech"); // the account's name
    QCOMPARE(listed(byText), (QList<qint64> { h.twice }));
    byText.text = QStringLiteral("100%_"); // LIKE's wildcards taken literally
    QCOMPARE(listed(byText), QList<qint64>());
    // The model keeps every state (the view's proxy filters them); the query layer filters by state.
    LostFilter pursued;
    pursued.state = LostState::Pursued;
    QCOMPARE(listed(pursued).size(), 7);
    const auto rows = LostReview(h.pipeline()).deals(pursued, h.clock.today());
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).dealId, h.touched);
    const auto counts = LostReview(h.pipeline()).countByState(LostFilter {}, h.clock.today());
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(LostState::RipeNow), 2);
    QCOMPARE(counts->value(LostState::RipeLater), 1);
    QCOMPARE(counts->value(LostState::WonBack), 1);
}

void TestLostDealsModel::queryUsesItsIndexes()
{
    History h;
    const auto planOf = [&h](const LostFilter &filter) {
        return Test::queryPlan(h.pipeline().connection(), LostReview::listSql(filter),
            LostReview::listValues(filter, h.clock.today(), 100));
    };
    // The window, its order and its states come from one index alone (migration 010 keeps on the loss
    // what they need); only the page's rows are joined. The one scan is of that page.
    const QString plain = planOf(LostFilter {});
    QVERIFY2(plain.contains(QStringLiteral("SEARCH l USING COVERING INDEX losses_list")), qPrintable(plain));
    for (const QString &step : plain.split(QLatin1Char('\n')))
        QVERIFY2(
            !step.contains(QStringLiteral("SCAN")) || step == QStringLiteral("SCAN k"), qPrintable(plain));
    for (const char *table : { "touches", "follow_ups", "stage_history" })
        QVERIFY2(!plain.contains(QLatin1String(table)), qPrintable(plain));
    LostFilter filter;
    filter.text = QStringLiteral("fleet");
    const QString text = planOf(filter);
    QVERIFY2(text.contains(QStringLiteral("INDEX losses_list")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SCAN l")) && !text.contains(QStringLiteral("SCAN d")),
        qPrintable(text));
    // By owner: the window's index or the owner's, never a pass over every deal.
    filter.owner = QStringLiteral("kim");
    const QString owned = planOf(filter);
    QVERIFY2(owned.contains(QStringLiteral("INDEX losses_list"))
            || owned.contains(QStringLiteral("INDEX deals_owner")),
        qPrintable(owned));
    QVERIFY2(!owned.contains(QStringLiteral("SCAN l")) && !owned.contains(QStringLiteral("SCAN d")),
        qPrintable(owned));
    filter.owner.clear();
    // One changed deal is read by its losses, not by the window.
    filter.dealId = h.ripe;
    const QString one = planOf(filter);
    QVERIFY2(one.contains(QStringLiteral("INDEX losses_deal")), qPrintable(one));
}

// More lost deals than the first rows: those and the counts at once, the rest from a thread of its
// own; changes made before it arrives are placed once it has.
void TestLostDealsModel::readsALongListInTwoSteps()
{
    History h;
    const int extra = LostDealsModel::kFirstRows + 40;
    QList<qint64> added;
    for (int i = 0; i < extra; ++i) {
        added << h.deal(QStringLiteral("Scanner %1").arg(i), QStringLiteral("Account %1").arg(i), 1000 + i,
            QStringLiteral("kim"));
        h.lose(added.last(), QDate(2026, 7, 1).addDays(i % 50), h.timing, QDate(2026, 11, 1));
    }
    h.clock.set(Test::fixedNow());
    {
        // Gone while its rest is read: the thread is stopped before what it writes goes (ASan checks).
        LostDealsModel gone(h.pipeline(), h.clock);
        QVERIFY(!gone.isComplete());
    }
    LostDealsModel model(h.pipeline(), h.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy completed(&model, &LostDealsModel::completed);
    // Shown at once: the first rows, and counts of the whole list (the fixture's two ripe deals too).
    QVERIFY(!model.isComplete());
    QCOMPARE(model.rowCount(), LostDealsModel::kFirstRows);
    QCOMPARE(model.count(LostState::RipeNow), extra + 2);
    QCOMPARE(model.count(LostState::Pursued), 2);
    QCOMPARE(model.ripeUntouched().size(), extra + 2);
    // Changes before the rest is here: a deal of the first rows and one of the rest are touched.
    const qint64 shown = model.rowAt(0).dealId;
    qint64 unread = 0;
    for (qint64 id : std::as_const(added)) {
        if (model.rowOfDeal(id) < 0)
            unread = id;
    }
    QVERIFY(unread);
    h.logTouch(shown, QDate(2026, 11, 30));
    h.logTouch(unread, QDate(2026, 11, 30));
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(completed.count(), 1);
    const auto expected = LostReview(h.pipeline()).deals(LostFilter {}, h.clock.today());
    QVERIFY(expected);
    QList<qint64> expectedIds;
    for (const LostDealRow &row : *expected)
        expectedIds << row.dealId;
    QCOMPARE(expectedIds.size(), extra + 7);
    QTRY_COMPARE(h.ids(model), expectedIds);
    QCOMPARE(model.count(LostState::RipeNow), extra);
    QCOMPARE(model.count(LostState::Pursued), 4);
    QCOMPARE(model.rowAt(model.rowOfDeal(unread)).touchesSinceLoss, 1);
    QCOMPARE(model.ripeUntouched().size(), extra);
}

// A touch logged on a ripe deal moves its row to "being pursued": one remove, one insert, no reset. A
// snooze that keeps the row where it is changes it in place.
void TestLostDealsModel::changesByTheChange()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &LostDealsModel::countsChanged);

    h.logTouch(h.ripe, QDate(2026, 11, 23));
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(1).toInt(), 4); // among the pursued, by come-back date (1 Sep, 1 Oct, 1 Nov)
    QCOMPARE(model.rowAt(4).dealId, h.ripe);
    QCOMPARE(model.rowAt(4).state, LostState::Pursued);
    QCOMPARE(model.count(LostState::RipeNow), 1);
    QCOMPARE(model.count(LostState::Pursued), 3);
    QVERIFY(counts.size() >= 1);

    QVERIFY(h.pipeline().setReengageDate(h.later, QDate(2027, 2, 1)).ok());
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowAt(1).dealId, h.later);
    QCOMPARE(model.rowAt(1).daysToRipe, 70);
    QCOMPARE(resets.size(), 0);

    // A deal lost now joins the list where it belongs; an unrelated deal changes nothing.
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = h.timing;
    lost.reengageOn = QDate(2027, 3, 1);
    QVERIFY(h.pipeline().markLost(h.open, lost).ok());
    QTRY_COMPARE(inserted.size(), 2);
    QCOMPARE(model.rowAt(2).dealId, h.open); // ripe later, after 1 Feb
    QCOMPARE(resets.size(), 0);
}

void TestLostDealsModel::reengagesIntoAStageAndUndoes()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    const qint64 proposal = h.stage(QStringLiteral("Proposal"));
    FollowUp first = LostCommands::firstMoveTouch(h.ripe, QDate(2026, 11, 25));
    first.plannedValue = QStringLiteral("Their new depot's numbers");
    const auto planned = LostCommands::reengage(*h.workspace, h.ripe, proposal, first);
    QVERIFY2(planned.ok(), qPrintable(planned.error()));
    Deal deal = *h.pipeline().deal(h.ripe);
    QCOMPARE(deal.status, DealStatus::Open);
    QCOMPARE(deal.stageId, proposal);
    // At the top of its column, its stage clock restarted today, its history kept.
    QCOMPARE(scalar(h.pipeline().connection(),
                 QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY position, id LIMIT 1"),
                 { proposal })
                 .toLongLong(),
        h.ripe);
    QCOMPARE(
        scalar(h.pipeline().connection(),
            QStringLiteral("SELECT max(changed_at) FROM stage_history WHERE deal_id = ? AND to_stage_id = ?"),
            { h.ripe, proposal })
            .toString(),
        QStringLiteral("2026-11-23T10:00:00"));
    QCOMPARE(scalar(h.pipeline().connection(),
                 QStringLiteral("SELECT count(*) FROM losses WHERE deal_id = ?"), { h.ripe })
                 .toInt(),
        1);
    const auto followUp = h.pipeline().followUp(*planned);
    QVERIFY(followUp.has_value());
    QCOMPARE(followUp->dueOn, QDate(2026, 11, 25));
    QCOMPARE(followUp->plannedValue, QStringLiteral("Their new depot's numbers"));
    QCOMPARE(h.stack().undoText(), QStringLiteral("re-engage “Fleet renewal” into Proposal"));
    QTRY_COMPARE(model.rowOfDeal(h.ripe), 5); // re-engaged, after the one re-engaged in August
    QCOMPARE(model.rowAt(5).state, LostState::Reengaged);

    h.stack().undo();
    deal = *h.pipeline().deal(h.ripe);
    QCOMPARE(deal.status, DealStatus::Lost);
    QCOMPARE(deal.lost.reengageOn, QDate(2026, 11, 1));
    QCOMPARE(h.openFollowUps(h.ripe), 0);
    QTRY_COMPARE(model.rowOfDeal(h.ripe), 0);
    QCOMPARE(model.rowAt(0).state, LostState::RipeNow);

    h.stack().redo();
    QCOMPARE(h.pipeline().deal(h.ripe)->status, DealStatus::Open);
    QCOMPARE(h.openFollowUps(h.ripe), 1);
}

void TestLostDealsModel::refusesToReengageWhatIsNotLost()
{
    History h;
    const qint64 proposal = h.stage(QStringLiteral("Proposal"));
    const auto open = LostCommands::reengage(
        *h.workspace, h.open, proposal, LostCommands::firstMoveTouch(h.open, QDate(2026, 11, 25)));
    QVERIFY(!open.ok());
    QVERIFY2(open.error().contains(QStringLiteral("Shelving")), qPrintable(open.error()));
    const auto intoLost = LostCommands::reengage(*h.workspace, h.ripe, h.stage(QStringLiteral("Lost")),
        LostCommands::firstMoveTouch(h.ripe, QDate(2026, 11, 25)));
    QVERIFY(!intoLost.ok());
    QVERIFY2(intoLost.error().contains(QStringLiteral("open stage")), qPrintable(intoLost.error()));
    // A first touch without a day is refused, and nothing is reopened.
    const auto noDay = LostCommands::reengage(
        *h.workspace, h.ripe, proposal, LostCommands::firstMoveTouch(h.ripe, QDate()));
    QVERIFY(!noDay.ok());
    QCOMPARE(h.pipeline().deal(h.ripe)->status, DealStatus::Lost);
    QCOMPARE(h.stack().count(), 0);
}

void TestLostDealsModel::plansAValueTouchAndUndoes()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    FollowUp touch = LostCommands::firstMoveTouch(h.twice, QDate(2026, 11, 30));
    touch.plannedValue = QStringLiteral("How Hooli's rollout went elsewhere");
    const auto id = LostCommands::planValueTouch(*h.workspace, touch);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(h.pipeline().deal(h.twice)->status, DealStatus::Lost); // stays lost
    QCOMPARE(h.openFollowUps(h.twice), 1);
    QCOMPARE(h.stack().undoText(), QStringLiteral("plan a value touch for “Warehouse scanners”"));
    QTRY_COMPARE(model.rowAt(model.rowOfDeal(h.twice)).state, LostState::Pursued);
    h.stack().undo();
    QCOMPARE(h.openFollowUps(h.twice), 0);
    QTRY_COMPARE(model.rowAt(model.rowOfDeal(h.twice)).state, LostState::RipeNow);
    h.stack().redo();
    QCOMPARE(h.openFollowUps(h.twice), 1);
    h.stack().undo();
    QCOMPARE(h.openFollowUps(h.twice), 0);
}

void TestLostDealsModel::snoozesAndUndoes()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    const auto done = LostCommands::snooze(*h.workspace, h.ripe, QDate(2027, 1, 12));
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(h.pipeline().deal(h.ripe)->lost.reengageOn, QDate(2027, 1, 12));
    // The latest loss carries the date too: the review and the report read it there.
    QCOMPARE(scalar(h.pipeline().connection(),
                 QStringLiteral("SELECT reengage_on FROM losses WHERE deal_id = ? ORDER BY id DESC LIMIT 1"),
                 { h.ripe })
                 .toString(),
        QStringLiteral("2027-01-12"));
    QVERIFY2(h.stack().undoText().startsWith(QStringLiteral("snooze “Fleet renewal” to ")),
        qPrintable(h.stack().undoText()));
    QTRY_COMPARE(model.rowAt(model.rowOfDeal(h.ripe)).state, LostState::RipeLater);
    h.stack().undo();
    QCOMPARE(h.pipeline().deal(h.ripe)->lost.reengageOn, QDate(2026, 11, 1));
    QTRY_COMPARE(model.rowOfDeal(h.ripe), 0);
}

void TestLostDealsModel::refusesASnoozeBeforeTheLoss()
{
    History h;
    const auto early = LostCommands::snooze(*h.workspace, h.ripe, QDate(2026, 5, 1));
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("Fleet renewal")), qPrintable(early.error()));
    const auto notLost = LostCommands::snooze(*h.workspace, h.back, QDate(2027, 5, 1));
    QVERIFY(!notLost.ok());
    QCOMPARE(h.pipeline().deal(h.ripe)->lost.reengageOn, QDate(2026, 11, 1));
    QCOMPARE(h.stack().count(), 0);
}

void TestLostDealsModel::firstMoveSpreadsOneTouchPerRipeDealAndUndoes()
{
    History h;
    LostDealsModel model(h.pipeline(), h.clock);
    const QList<qint64> ripe = model.ripeUntouched();
    QCOMPARE(ripe, (QList<qint64> { h.ripe, h.twice }));
    const auto ids = LostCommands::firstMove(*h.workspace, ripe, QDate(2026, 11, 24));
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(h.pipeline().followUp(ids->at(0))->dueOn, QDate(2026, 11, 24));
    QCOMPARE(h.pipeline().followUp(ids->at(1))->dueOn, QDate(2026, 11, 25));
    QCOMPARE(h.pipeline().followUp(ids->at(0))->plannedValueKind, ValueKind::Insight);
    QCOMPARE(h.stack().undoText(), QStringLiteral("first move: 2 value touches"));
    QTRY_COMPARE(model.count(LostState::RipeNow), 0);
    QVERIFY(model.ripeUntouched().isEmpty());
    h.stack().undo();
    QCOMPARE(h.openFollowUps(h.ripe), 0);
    QCOMPARE(h.openFollowUps(h.twice), 0);
    QTRY_COMPARE(model.count(LostState::RipeNow), 2);
    h.stack().redo();
    QCOMPARE(h.openFollowUps(h.ripe), 1);
    QCOMPARE(h.openFollowUps(h.twice), 1);
    // Nothing ripe: a message, and no step.
    const int steps = h.stack().count();
    const auto none = LostCommands::firstMove(*h.workspace, {}, QDate(2026, 11, 24));
    QVERIFY(!none.ok());
    QCOMPARE(h.stack().count(), steps);
}

void TestLostDealsModel::spreadsOverWorkingDays()
{
    // From Friday 27 Nov 2026: Fri, then Mon..Fri, then Mon..Thu (ten working days, no weekend).
    const QList<QDate> days = LostCommands::spreadOver(23, QDate(2026, 11, 27));
    QCOMPARE(days.size(), 23);
    QCOMPARE(days.first(), QDate(2026, 11, 27));
    QCOMPARE(days.count(QDate(2026, 11, 27)), 3); // 23 = 10 * 2 + 3: the first three days take 3
    QCOMPARE(days.count(QDate(2026, 11, 30)), 3);
    QCOMPARE(days.count(QDate(2026, 12, 1)), 3);
    QCOMPARE(days.count(QDate(2026, 12, 2)), 2);
    QCOMPARE(days.last(), QDate(2026, 12, 10));
    for (const QDate &day : days)
        QVERIFY(day.dayOfWeek() <= 5);
    QVERIFY(std::is_sorted(days.cbegin(), days.cend()));
    // Fewer touches than days: one a day.
    QCOMPARE(LostCommands::spreadOver(3, QDate(2026, 11, 28)),
        (QList<QDate> { QDate(2026, 11, 30), QDate(2026, 12, 1), QDate(2026, 12, 2) }));
    QVERIFY(LostCommands::spreadOver(0, QDate(2026, 11, 28)).isEmpty());
}

RIPEN_GUI_TEST_MAIN(TestLostDealsModel)
#include "tst_lostdealsmodel.moc"
