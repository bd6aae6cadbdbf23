// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealsearch.h"
#include "persistencerules.h"
#include "sqlutil.h"
#include "stagecolumnmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
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

QSet<qint64> idsOf(const StageColumnModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.dealIdAt(row));
    return ids;
}

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
    // No QAbstractItemModelTester here: it calls fetchMore() from inside its own rowsInserted
    // handler, which nests one batch inside another and trips its own bookkeeping. The other
    // tests run the same model under it with fewer rows than one batch.
    StageColumnModel model(t.pipeline(), search, stage, 7);
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
        plan.addBindValue(1);
        if (filter.text == QStringLiteral("x")) {
            plan.addBindValue(QStringLiteral("Sam"));
            plan.addBindValue(QStringLiteral("2026-11-23"));
        }
        QVERIFY(plan.exec());
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(details.contains(QStringLiteral("deals_stage_position")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("touches_deal_time")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("follow_ups_deal_due")), qPrintable(details));
    }
}

RIPEN_CORE_TEST_MAIN(TestStageColumnModel)
#include "tst_stagecolumnmodel.moc"
