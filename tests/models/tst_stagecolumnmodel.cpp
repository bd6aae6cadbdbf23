// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealsearch.h"
#include "persistencerules.h"
#include "sqlutil.h"
#include "stagecolumnmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Ripen;
using Ripen::Test::strings;
using Ripen::Test::TestDatabase;

namespace {

Touch touchOn(qint64 dealId, int daysAgo, ValueKind value, TouchOutcome outcome = TouchOutcome::NoAnswer)
{
    Touch touch;
    touch.dealId = dealId;
    touch.channel = Channel::Email;
    touch.occurredAt = Test::fixedNow().addDays(-daysAgo);
    touch.outcome = outcome;
    touch.valueKind = value;
    touch.valueText = value == ValueKind::None ? QString() : QStringLiteral("Benchmark report");
    return touch;
}

void plan(TestDatabase &t, qint64 dealId, int inDays)
{
    FollowUp followUp;
    followUp.dealId = dealId;
    followUp.dueOn = Test::fixedNow().date().addDays(inDays);
    QVERIFY(t.pipeline().scheduleFollowUp(followUp).ok());
}

QList<qint64> idList(const StageColumnModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.dealIdAt(row);
    return ids;
}

QSet<qint64> idsOf(const StageColumnModel &model)
{
    const QList<qint64> ids = idList(model);
    return QSet<qint64>(ids.begin(), ids.end());
}

// Deals straight into a stage at consecutive positions (no gaps), as an old or imported file has.
QList<qint64> packedDeals(TestDatabase &t, qint64 stageId, int count, const QString &owner = {})
{
    const qint64 accountId = t.account(QStringLiteral("Packed %1").arg(stageId));
    QSqlQuery insert = prepared(t.connection(),
        QStringLiteral(
            "INSERT INTO deals (title, account_id, stage_id, position, owner, value_minor, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T09:00:00')"));
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        insert.bindValue(0, QStringLiteral("Packed %1/%2").arg(stageId).arg(i));
        insert.bindValue(1, accountId);
        insert.bindValue(2, stageId);
        insert.bindValue(3, i);
        insert.bindValue(4, i % 2 && !owner.isEmpty() ? owner : QStringLiteral(""));
        insert.bindValue(5, 1000 * (i + 1));
        if (!insert.exec())
            qFatal("packedDeals: %s", qPrintable(insert.lastQuery()));
        ids << insert.lastInsertId().toLongLong();
    }
    return ids;
}

// What a column that was kept up to date by its changes shows must be what a new one reads: the
// same first cards in the same order, the same count and totals.
bool agreesWithAFreshRead(Pipeline &pipeline, DealSearch &search, const StageColumnModel &live)
{
    StageColumnModel fresh(pipeline, search, live.stageId(), 14);
    fresh.setFilter(live.filter());
    while (fresh.rowCount() < live.rowCount() && fresh.canFetchMore())
        fresh.fetchMore();
    const QList<qint64> expected = idList(fresh).mid(0, live.rowCount());
    if (idList(live) != expected) {
        qWarning() << "rows" << idList(live) << "expected" << expected;
        return false;
    }
    if (live.dealCount() != fresh.dealCount() || live.totals() != fresh.totals()) {
        qWarning() << "count" << live.dealCount() << "expected" << fresh.dealCount();
        return false;
    }
    return true;
}

// Counts a model's structural signals.
struct RowSignals
{
    explicit RowSignals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    QSignalSpy inserted, removed, reset, changed;
};

} // namespace

class TestStageColumnModel : public QObject
{
    Q_OBJECT
private slots:
    void showsCardFields();
    void judgesEveryCard();
    void fetchesLazily();
    void filtersByTextAndOwner();
    void attentionFilterAgreesWithTheRules();
    void refreshesOnlyTouchedColumns();
    void dropAsksForAMoveBeforeTheTargetCard();
    void columnQueryUsesTheIndexInOrder();
    void moveRemovesOneRowAndInsertsOne();
    void moveWithinAColumnMovesOneRow();
    void moveBeyondTheFetchedCardsOnlyCounts();
    void movesStayInOrderWhenAColumnIsRenumbered();
    void filteredTotalsFollowMovesOfUnreadCards();
    void editChangesOneRow();
    void pagesFollowTheCardOrder();
    void totalsAndPagesUseTheirIndexes();
};

void TestStageColumnModel::showsCardFields()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 accountId = t.account(QStringLiteral("Nordwind Logistics"));
    const qint64 contactId = t.contact(accountId, QStringLiteral("Petra Lange"));
    Deal deal;
    deal.title = QStringLiteral("Fleet telematics rollout");
    deal.accountId = accountId;
    deal.contactId = contactId;
    deal.value = Money { 4850000, QStringLiteral("EUR") };
    deal.stageId = t.stageId(QStringLiteral("Proposal"));
    deal.owner = QStringLiteral("Sam Carter");
    const qint64 id = *t.pipeline().createDeal(deal);
    QVERIFY(t.pipeline().logTouch(touchOn(id, 12, ValueKind::Insight)).ok());
    QVERIFY(t.pipeline().logTouch(touchOn(id, 2, ValueKind::None)).ok());
    plan(t, id, 3);

    StageColumnModel model(t.pipeline(), search, deal.stageId, 14);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex card = model.index(0, 0);
    QCOMPARE(card.data().toString(), deal.title);
    QCOMPARE(card.data(StageColumnModel::DealIdRole).toLongLong(), id);
    QCOMPARE(card.data(StageColumnModel::AccountRole).toString(), QStringLiteral("Nordwind Logistics"));
    QCOMPARE(card.data(StageColumnModel::ContactRole).toString(), QStringLiteral("Petra Lange"));
    QCOMPARE(card.data(StageColumnModel::ValueRole).toString(), QStringLiteral("€48,500"));
    QCOMPARE(card.data(StageColumnModel::OwnerRole).toString(), QStringLiteral("Sam Carter"));
    QCOMPARE(card.data(StageColumnModel::TouchCountRole).toInt(), 2);
    QCOMPARE(card.data(StageColumnModel::DaysSinceValueRole).toInt(), 12);
    QCOMPARE(card.data(StageColumnModel::NextDueRole).toDate(), QDate(2026, 11, 26));
    QCOMPARE(card.data(StageColumnModel::NextStepRole).toInt(), int(Rules::NextStep::Ahead));
    QCOMPARE(model.dealCount(), 1);
    QCOMPARE(model.totals(), (QList<Money> { Money { 4850000, QStringLiteral("EUR") } }));
}

void TestStageColumnModel::judgesEveryCard()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 stage = t.stageId(QStringLiteral("Discovery"));
    const qint64 healthy = t.deal(QStringLiteral("Healthy"), stage);
    QVERIFY(t.pipeline().logTouch(touchOn(healthy, 2, ValueKind::Idea)).ok());
    plan(t, healthy, 5);
    const qint64 overdue = t.deal(QStringLiteral("Overdue"), stage);
    plan(t, overdue, -3);
    const qint64 today = t.deal(QStringLiteral("Due today"), stage);
    plan(t, today, 0);
    const qint64 rotting = t.deal(QStringLiteral("Rotting"), stage);
    QVERIFY(t.pipeline().logTouch(touchOn(rotting, 40, ValueKind::WhitePaper)).ok());
    const qint64 nuisance = t.deal(QStringLiteral("Nuisance"), stage);
    for (int daysAgo : { 9, 6, 3 })
        QVERIFY(t.pipeline().logTouch(touchOn(nuisance, daysAgo, ValueKind::None)).ok());
    plan(t, nuisance, 4);

    StageColumnModel model(t.pipeline(), search, stage, 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto role = [&](qint64 id, int r) { return model.index(model.rowOfDeal(id), 0).data(r); };
    QCOMPARE(role(healthy, StageColumnModel::NeedsAttentionRole).toBool(), false);
    QCOMPARE(role(overdue, StageColumnModel::NextStepRole).toInt(), int(Rules::NextStep::Overdue));
    QCOMPARE(role(today, StageColumnModel::NextStepRole).toInt(), int(Rules::NextStep::Today));
    QCOMPARE(role(rotting, StageColumnModel::NextStepRole).toInt(), int(Rules::NextStep::Missing));
    QCOMPARE(role(rotting, StageColumnModel::RottingRole).toBool(), true);
    QCOMPARE(role(healthy, StageColumnModel::RottingRole).toBool(), false);
    QCOMPARE(role(nuisance, StageColumnModel::NuisanceRole).toBool(), true);
    QCOMPARE(role(nuisance, StageColumnModel::NeedsAttentionRole).toBool(), true);
    QCOMPARE(role(nuisance, StageColumnModel::DaysSinceValueRole).toInt(), -1);
    QCOMPARE(role(today, StageColumnModel::NeedsAttentionRole).toBool(), false);
    // A longer allowance for the stage stops the rot.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRotDays(60);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(role(rotting, StageColumnModel::RottingRole).toBool(), false);
}

void TestStageColumnModel::fetchesLazily()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 stage = t.stageId(QStringLiteral("Lead in"));
    const qint64 accountId = t.account();
    QSqlQuery insert = prepared(t.connection(),
        QStringLiteral("INSERT INTO deals (title, account_id, stage_id, position, created_at) "
                       "VALUES (?, ?, ?, ?, '2026-01-01T09:00:00')"));
    for (int i = 0; i < 1200; ++i) {
        insert.bindValue(0, QStringLiteral("Deal %1").arg(i));
        insert.bindValue(1, accountId);
        insert.bindValue(2, stage);
        insert.bindValue(3, i);
        QVERIFY(insert.exec());
    }
    // Under QAbstractItemModelTester, which fetches from inside the model's own rowsAboutToBeInserted
    // and rowsInserted: the model says it cannot while a page is announced (it read the same page
    // twice, nested in the first).
    StageColumnModel model(t.pipeline(), search, stage, 7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.rowCount() < 1200);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QCOMPARE(model.dealCount(), 1200);
    const int first = model.rowCount();
    model.fetchMore(QModelIndex());
    QVERIFY(model.rowCount() > first);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), first);
    // A refresh keeps what was fetched, so the view does not jump back to the top.
    const int fetched = model.rowCount();
    model.refresh();
    QVERIFY(model.rowCount() >= fetched);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Deal 0"));
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.dealIdAt(row);
    QCOMPARE(ids.size(), model.rowCount()); // no card twice
    // A new filter shows other cards: its first page, whatever was scrolled into before.
    model.setFilter(BoardFilter { QStringLiteral("Deal 1"), {}, false });
    QCOMPARE(model.rowCount(), StageColumnModel::kPageSize);
    QCOMPARE(model.dealCount(), 1 + 10 + 100 + 200); // Deal 1, 1x, 1xx, 1xxx
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Deal 1"));
}

void TestStageColumnModel::filtersByTextAndOwner()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 stage = t.stageId(QStringLiteral("Proposal"));
    const qint64 acme = t.account(QStringLiteral("Acme Corp"));
    const qint64 globex = t.account(QStringLiteral("Globex"));
    const qint64 jane = t.contact(globex, QStringLiteral("Jane Ortega"));
    Deal a;
    a.title = QStringLiteral("Fleet 100% rollout");
    a.accountId = acme;
    a.stageId = stage;
    a.owner = QStringLiteral("Sam");
    const qint64 idA = *t.pipeline().createDeal(a);
    Deal b = a;
    b.title = QStringLiteral("Support renewal");
    b.accountId = globex;
    b.contactId = jane;
    b.owner = QStringLiteral("Alex");
    b.value = Money { 500000, QStringLiteral("USD") };
    const qint64 idB = *t.pipeline().createDeal(b);

    StageColumnModel model(t.pipeline(), search, stage, 14);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.dealCount(), 2);
    QCOMPARE(model.totals().size(), 2);
    QSignalSpy totals(&model, &StageColumnModel::totalsChanged);
    model.setFilter(BoardFilter { QStringLiteral("fleet"), {}, false });
    QCOMPARE(idsOf(model), QSet<qint64> { idA });
    QCOMPARE(totals.count(), 1);
    QCOMPARE(model.dealCount(), 1);
    // A deal created while the filter is on joins the column when it matches.
    Deal c = a;
    c.title = QStringLiteral("Fleet tracking add-on");
    const qint64 idC = *t.pipeline().createDeal(c);
    QCOMPARE(idsOf(model), (QSet<qint64> { idA, idC }));
    QCOMPARE(model.dealCount(), 2);
    model.setFilter(BoardFilter { QStringLiteral("ortega"), {}, false }); // the contact's name
    QCOMPARE(idsOf(model), QSet<qint64> { idB });
    model.setFilter(BoardFilter { QStringLiteral("acme"), {}, false }); // the account's name
    QCOMPARE(idsOf(model), (QSet<qint64> { idA, idC }));
    model.setFilter(BoardFilter { QStringLiteral("100%"), {}, false }); // wildcards are literal
    QCOMPARE(idsOf(model), QSet<qint64> { idA });
    model.setFilter(BoardFilter { QStringLiteral("1_0"), {}, false });
    QCOMPARE(idsOf(model), QSet<qint64> {});
    model.setFilter(BoardFilter { QStringLiteral("Gl"), {}, false }); // too short for trigrams: LIKE
    QCOMPARE(idsOf(model), QSet<qint64> { idB });
    model.setFilter(
        BoardFilter { QStringLiteral("rollout\" OR x"), {}, false }); // quotes are text, not syntax
    QCOMPARE(idsOf(model), QSet<qint64> {});
    // Renaming the account reaches the search index.
    Account renamed = *t.pipeline().account(globex);
    renamed.name = QStringLiteral("Globex Nordic");
    QVERIFY(t.pipeline().updateAccount(renamed).ok());
    model.setFilter(BoardFilter { QStringLiteral("nordic"), {}, false });
    QCOMPARE(idsOf(model), QSet<qint64> { idB });
    model.setFilter(BoardFilter { {}, QStringLiteral("Alex"), false });
    QCOMPARE(idsOf(model), QSet<qint64> { idB });
    QCOMPARE(model.totals(), (QList<Money> { Money { 500000, QStringLiteral("USD") } }));
    model.setFilter(BoardFilter {});
    QCOMPARE(model.rowCount(), 3);
}

void TestStageColumnModel::attentionFilterAgreesWithTheRules()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 stage = t.stageId(QStringLiteral("Discovery"));
    // Every combination of next step (none, overdue, today, ahead) and last touches (none, value, 3 bare).
    for (int next : { 999, -2, 0, 6 }) {
        for (int pattern = 0; pattern < 3; ++pattern) {
            const qint64 id = t.deal(QStringLiteral("Deal %1/%2").arg(next).arg(pattern), stage);
            if (next != 999)
                plan(t, id, next);
            if (pattern == 1)
                QVERIFY(t.pipeline().logTouch(touchOn(id, 30, ValueKind::Insight)).ok());
            if (pattern == 2) {
                for (int daysAgo : { 8, 5, 1 })
                    QVERIFY(t.pipeline().logTouch(touchOn(id, daysAgo, ValueKind::None)).ok());
            }
        }
    }
    StageColumnModel model(t.pipeline(), search, stage, 14);
    QStringList flagged;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(StageColumnModel::NeedsAttentionRole).toBool())
            flagged << model.index(row, 0).data().toString();
    }
    QCOMPARE(model.rowCount(), 12);
    // Worked out by hand: nothing planned (999) or overdue (-2) always needs attention; due today or
    // ahead only after three bare check-ins in a row (pattern 2).
    flagged.sort();
    QCOMPARE(flagged,
        strings({ "Deal -2/0", "Deal -2/1", "Deal -2/2", "Deal 0/2", "Deal 6/2", "Deal 999/0", "Deal 999/1",
            "Deal 999/2" }));
    model.setFilter(BoardFilter { {}, {}, true });
    QStringList filtered;
    for (int row = 0; row < model.rowCount(); ++row)
        filtered << model.index(row, 0).data().toString();
    filtered.sort();
    QCOMPARE(filtered, flagged);
    QCOMPARE(model.dealCount(), 8);
}

void TestStageColumnModel::refreshesOnlyTouchedColumns()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const qint64 negotiation = t.stageId(QStringLiteral("Negotiation"));
    const qint64 id = t.deal(QStringLiteral("Acme renewal"), lead);
    StageColumnModel from(t.pipeline(), search, lead, 7);
    StageColumnModel to(t.pipeline(), search, proposal, 14);
    StageColumnModel bystander(t.pipeline(), search, negotiation, 10);
    QAbstractItemModelTester testerFrom(&from, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester testerTo(&to, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy bystanderReset(&bystander, &QAbstractItemModel::modelReset);
    QVERIFY(t.pipeline().moveDeal(id, proposal).ok());
    QCOMPARE(from.rowCount(), 0);
    QCOMPARE(to.rowCount(), 1);
    QCOMPARE(to.dealIdAt(0), id);
    QCOMPARE(bystanderReset.count(), 0);
    // A touch on the deal refreshes its column's card.
    QVERIFY(t.pipeline().logTouch(touchOn(id, 0, ValueKind::Referral)).ok());
    QCOMPARE(to.index(0, 0).data(StageColumnModel::TouchCountRole).toInt(), 1);
    QCOMPARE(bystanderReset.count(), 0);
}

void TestStageColumnModel::dropAsksForAMoveBeforeTheTargetCard()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const qint64 dragged = t.deal(QStringLiteral("Dragged"), lead);
    const qint64 second = t.deal(QStringLiteral("Second"), proposal);
    const qint64 first = t.deal(QStringLiteral("First"), proposal);
    StageColumnModel source(t.pipeline(), search, lead, 7);
    StageColumnModel target(t.pipeline(), search, proposal, 14);
    std::unique_ptr<QMimeData> mime(source.mimeData({ source.index(0, 0) }));
    QCOMPARE(StageColumnModel::dealIdsFromMime(mime.get()), QList<qint64> { dragged });
    QVERIFY(target.canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
    QVERIFY(!target.canDropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    QSignalSpy requested(&target, &StageColumnModel::moveRequested);
    QVERIFY(target.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), dragged);
    QCOMPARE(requested.at(0).at(1).toLongLong(), proposal);
    QCOMPARE(requested.at(0).at(2).toLongLong(), second);
    QVERIFY(target.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target.index(0, 0)));
    QCOMPARE(requested.at(1).at(2).toLongLong(), first);
    QVERIFY(target.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(requested.at(2).at(2).toLongLong(), 0); // the end of the column
    // The model never writes: the deal is still where it was.
    QCOMPARE(t.pipeline().deal(dragged)->stageId, lead);
    QMimeData foreign;
    foreign.setText(QStringLiteral("not a deal"));
    QVERIFY(!target.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
}

void TestStageColumnModel::columnQueryUsesTheIndexInOrder()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    StageColumnModel model(t.pipeline(), search, t.stageId(QStringLiteral("Lead in")), 7);
    for (const BoardFilter &filter :
        { BoardFilter {}, BoardFilter { QStringLiteral("x"), QStringLiteral("Sam"), true },
            BoardFilter { QStringLiteral("fleet"), {}, false } }) {
        model.setFilter(filter);
        QSqlQuery plan(t.connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + model.selectSql()));
        model.bindFilter(plan);
        plan.addBindValue(StageColumnModel::kPageSize);
        QVERIFY(plan.exec());
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(details.contains(QStringLiteral("deals_stage_position")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("touches_deal_time")), qPrintable(details));
        // A card's next step from the open follow-ups' own index, no table row read.
        QVERIFY2(
            details.contains(QStringLiteral("COVERING INDEX follow_ups_open_by_deal")), qPrintable(details));
    }
}

void TestStageColumnModel::moveRemovesOneRowAndInsertsOne()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const qint64 a = t.deal(QStringLiteral("A"), lead, 0, 100000);
    const qint64 b = t.deal(QStringLiteral("B"), lead, 0, 200000);
    const qint64 c = t.deal(QStringLiteral("C"), proposal, 0, 400000);
    const qint64 d = t.deal(QStringLiteral("D"), proposal, 0, 800000);
    StageColumnModel from(t.pipeline(), search, lead, 7);
    StageColumnModel to(t.pipeline(), search, proposal, 14);
    QAbstractItemModelTester testerFrom(&from, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester testerTo(&to, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RowSignals fromSignals(&from), toSignals(&to);
    QSignalSpy fromTotals(&from, &StageColumnModel::totalsChanged);

    // New deals go on top: Lead in shows B, A and Proposal D, C. B goes in front of C: one row
    // leaves Lead in at row 0, one row arrives in Proposal at row 1.
    QCOMPARE(idList(from), (QList<qint64> { b, a }));
    QCOMPARE(idList(to), (QList<qint64> { d, c }));
    QVERIFY(t.pipeline().moveDeal(b, proposal, c).ok());
    QCOMPARE(fromSignals.removed.count(), 1);
    QCOMPARE(fromSignals.removed.at(0).at(1).toInt(), 0);
    QCOMPARE(fromSignals.inserted.count(), 0);
    QCOMPARE(fromSignals.reset.count(), 0);
    QCOMPARE(toSignals.inserted.count(), 1);
    QCOMPARE(toSignals.inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(toSignals.removed.count(), 0);
    QCOMPARE(toSignals.reset.count(), 0);
    QCOMPARE(idList(from), QList<qint64> { a });
    QCOMPARE(idList(to), (QList<qint64> { d, b, c }));
    QCOMPARE(to.index(1, 0).data().toString(), QStringLiteral("B"));
    // The headers follow the change.
    QCOMPARE(from.dealCount(), 1);
    QCOMPARE(from.totals(), (QList<Money> { Money { 100000, QStringLiteral("EUR") } }));
    QCOMPARE(to.dealCount(), 3);
    QCOMPARE(to.totals(), (QList<Money> { Money { 1400000, QStringLiteral("EUR") } }));
    QVERIFY(fromTotals.count() >= 1);
    QVERIFY(agreesWithAFreshRead(t.pipeline(), search, from));
    QVERIFY(agreesWithAFreshRead(t.pipeline(), search, to));
    // Won takes it off the board: one row leaves.
    QVERIFY(t.pipeline().markWon(b, Money { 250000, QStringLiteral("EUR") }, Test::fixedNow().date()).ok());
    QCOMPARE(toSignals.removed.count(), 1);
    QCOMPARE(toSignals.reset.count(), 0);
    QCOMPARE(idList(to), (QList<qint64> { d, c }));
    QCOMPARE(to.totals(), (QList<Money> { Money { 1200000, QStringLiteral("EUR") } }));
}

void TestStageColumnModel::moveWithinAColumnMovesOneRow()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 a = t.deal(QStringLiteral("A"), lead);
    const qint64 b = t.deal(QStringLiteral("B"), lead);
    const qint64 c = t.deal(QStringLiteral("C"), lead);
    StageColumnModel model(t.pipeline(), search, lead, 7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RowSignals rows(&model);
    QCOMPARE(idList(model), (QList<qint64> { c, b, a }));
    QVERIFY(t.pipeline().moveDeal(c, lead, a).ok());
    QCOMPARE(idList(model), (QList<qint64> { b, c, a }));
    QCOMPARE(rows.removed.count(), 1);
    QCOMPARE(rows.inserted.count(), 1);
    QCOMPARE(rows.reset.count(), 0);
    QCOMPARE(model.dealCount(), 3);
    QVERIFY(agreesWithAFreshRead(t.pipeline(), search, model));
}

void TestStageColumnModel::moveBeyondTheFetchedCardsOnlyCounts()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const QList<qint64> many = packedDeals(t, proposal, StageColumnModel::kPageSize * 3);
    const qint64 mover = t.deal(QStringLiteral("Mover"), lead, 0, 5000);
    StageColumnModel to(t.pipeline(), search, proposal, 14);
    RowSignals rows(&to);
    QCOMPARE(to.rowCount(), StageColumnModel::kPageSize);
    const qint64 countBefore = to.dealCount();
    // To the end of a column whose end has not been read: counted now, shown when scrolled to.
    QVERIFY(t.pipeline().moveDeal(mover, proposal).ok());
    QCOMPARE(rows.inserted.count(), 0);
    QCOMPARE(to.rowCount(), StageColumnModel::kPageSize);
    QCOMPARE(to.dealCount(), countBefore + 1);
    while (to.canFetchMore())
        to.fetchMore();
    QCOMPARE(to.rowCount(), many.size() + 1);
    QCOMPARE(to.dealIdAt(to.rowCount() - 1), mover);
    QVERIFY(agreesWithAFreshRead(t.pipeline(), search, to));
    // In front of a card that was read: it shows at once.
    QVERIFY(t.pipeline().moveDeal(mover, proposal, many.at(3)).ok());
    QCOMPARE(to.dealIdAt(3), mover);
    QVERIFY(agreesWithAFreshRead(t.pipeline(), search, to));
}

void TestStageColumnModel::movesStayInOrderWhenAColumnIsRenumbered()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    // Positions 0, 1, 2, ...: no room between any two cards, so the move renumbers the column.
    const QList<qint64> packed = packedDeals(t, proposal, 10);
    const qint64 mover = t.deal(QStringLiteral("Mover"), lead);
    StageColumnModel to(t.pipeline(), search, proposal, 14);
    const qint64 before
        = scalar(t.connection(), QStringLiteral("SELECT position FROM deals WHERE id = ?"), { packed.at(5) })
              .toLongLong();
    QVERIFY(t.pipeline().moveDeal(mover, proposal, packed.at(5)).ok());
    QVERIFY(
        scalar(t.connection(), QStringLiteral("SELECT position FROM deals WHERE id = ?"), { packed.at(5) })
            .toLongLong()
        != before);
    QCOMPARE(to.dealIdAt(5), mover);
    // The next move compares against the new positions, not the ones read before.
    const qint64 second = t.deal(QStringLiteral("Second"), lead);
    QVERIFY(t.pipeline().moveDeal(second, proposal, packed.at(8)).ok());
    QCOMPARE(to.dealIdAt(9), second);
    QVERIFY(agreesWithAFreshRead(t.pipeline(), search, to));
}

void TestStageColumnModel::filteredTotalsFollowMovesOfUnreadCards()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const QList<qint64> leads = packedDeals(t, lead, StageColumnModel::kPageSize * 3, QStringLiteral("Sam"));
    packedDeals(t, proposal, StageColumnModel::kPageSize * 3, QStringLiteral("Sam"));
    for (const BoardFilter &filter : { BoardFilter { {}, QStringLiteral("Sam"), false },
             BoardFilter { QStringLiteral("packed"), {}, false },
             BoardFilter { QStringLiteral("7"), {}, false }, BoardFilter {} }) {
        StageColumnModel from(t.pipeline(), search, lead, 7);
        StageColumnModel to(t.pipeline(), search, proposal, 14);
        from.setFilter(filter);
        to.setFilter(filter);
        // Deals from deep in the column (not read yet), matching the filter or not, both ways.
        for (int i : { int(leads.size()) - 22, int(leads.size()) - 21, 1, 2 }) {
            QVERIFY(t.pipeline().moveDeal(leads.at(i), proposal).ok());
            QVERIFY2(
                agreesWithAFreshRead(t.pipeline(), search, from), qPrintable(filter.text + filter.owner));
            QVERIFY2(agreesWithAFreshRead(t.pipeline(), search, to), qPrintable(filter.text + filter.owner));
            QVERIFY(t.pipeline().moveDeal(leads.at(i), lead, leads.at(i + 1)).ok());
            QVERIFY(agreesWithAFreshRead(t.pipeline(), search, from));
            QVERIFY(agreesWithAFreshRead(t.pipeline(), search, to));
        }
    }
}

void TestStageColumnModel::editChangesOneRow()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 a = t.deal(QStringLiteral("Acme fleet"), lead, t.account(QStringLiteral("Acme")), 100000);
    const qint64 b
        = t.deal(QStringLiteral("Globex fleet"), lead, t.account(QStringLiteral("Globex")), 100000);
    StageColumnModel model(t.pipeline(), search, lead, 7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(BoardFilter { QStringLiteral("fleet"), {}, false });
    RowSignals rows(&model);
    Deal edited = *t.pipeline().deal(b);
    edited.value = Money { 300000, QStringLiteral("EUR") };
    QVERIFY(t.pipeline().updateDeal(edited).ok());
    QCOMPARE(rows.changed.count(), 1);
    QCOMPARE(rows.changed.at(0).at(0).toModelIndex().row(), 0); // new deals go on top
    QCOMPARE(rows.reset.count(), 0);
    QCOMPARE(model.totals(), (QList<Money> { Money { 400000, QStringLiteral("EUR") } }));
    // Renamed out of the text filter: the row goes, without searching every deal again.
    edited.title = QStringLiteral("Globex renewal");
    QVERIFY(t.pipeline().updateDeal(edited).ok());
    QCOMPARE(idList(model), QList<qint64> { a });
    QCOMPARE(rows.removed.count(), 1);
    QCOMPARE(rows.reset.count(), 0);
    QVERIFY(agreesWithAFreshRead(t.pipeline(), search, model));
}

void TestStageColumnModel::pagesFollowTheCardOrder()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const QList<qint64> ids = packedDeals(t, proposal, StageColumnModel::kPageSize * 2 + 5);
    StageColumnModel model(t.pipeline(), search, proposal, 14);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(idList(model), ids);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.dealCount(), ids.size());
}

void TestStageColumnModel::totalsAndPagesUseTheirIndexes()
{
    TestDatabase t;
    DealSearch search(t.pipeline());
    StageColumnModel model(t.pipeline(), search, t.stageId(QStringLiteral("Lead in")), 7);
    const auto planOf = [&](const QString &sql, const QVariantList &values) {
        return Test::queryPlan(t.connection(), sql, values);
    };
    // Unfiltered totals: a few rows of the aggregate by its key, whatever the stage holds.
    QString details = planOf(model.totalsSql(), { 1 });
    QVERIFY2(details.contains(QStringLiteral("SEARCH stage_totals USING PRIMARY KEY (stage_id=?)")),
        qPrintable(details));
    // The page after a card: a range of the stage's position index, no sorting.
    details = planOf(model.pageSql(true), { 1, 5, StageColumnModel::kPageSize });
    QVERIFY2(details.contains(QStringLiteral("SEARCH d USING INDEX deals_stage_position (stage_id=? AND")),
        qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
    // One card: by its key.
    details = planOf(model.cardSql(), { 5 });
    QVERIFY2(details.contains(QStringLiteral("SEARCH d USING INTEGER PRIMARY KEY (rowid=?)")),
        qPrintable(details));
}

RIPEN_CORE_TEST_MAIN(TestStageColumnModel)
#include "tst_stagecolumnmodel.moc"
