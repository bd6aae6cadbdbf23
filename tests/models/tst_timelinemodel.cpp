// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Ripen;
using namespace Ripen::Test;

namespace {

using Kind = TimelineModel::Kind;

Touch touchOn(qint64 dealId, const QDateTime &at, Channel channel = Channel::Call,
    TouchOutcome outcome = TouchOutcome::NoAnswer, ValueKind value = ValueKind::None, qint64 contactId = 0)
{
    Touch t;
    t.dealId = dealId;
    t.occurredAt = at;
    t.channel = channel;
    t.outcome = outcome;
    t.valueKind = value;
    t.valueText = value == ValueKind::None ? QString() : QStringLiteral("Benchmark of their region");
    t.contactId = contactId;
    return t;
}

// A deal created a year ago, so the touches of the tests come after its "created" entry.
qint64 oldDeal(TestDatabase &db, const QString &title, qint64 stageId = 0, qint64 accountId = 0)
{
    db.clock().set(fixedNow().addYears(-1));
    const qint64 id = db.deal(title, stageId, accountId);
    db.clock().set(fixedNow());
    return id;
}

QList<Kind> kinds(const TimelineModel &model)
{
    QList<Kind> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << Kind(model.index(row).data(TimelineModel::KindRole).toInt());
    return list;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void showsPastTodayAndPlannedInOrder();
    void accountScopeShowsEveryDealOfTheAccount();
    void olderPagesLoadOnRequest();
    void loggingATouchInsertsOneRow();
    void editingAndDeletingATouchChangeOneRow();
    void completingAFollowUpMovesItAboveToday();
    void stageChangesWinsAndLossesAppear();
    void filtersByKindContactAndChannel();
    void touchOutsideTheScopeChangesNothing();
    void pageQueryUsesTheIndexes();
};

void TestTimelineModel::showsPastTodayAndPlannedInOrder()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"));
    Pipeline &p = db.pipeline();
    QVERIFY(p.logTouch(touchOn(deal, fixedNow().addDays(-3), Channel::Email)));
    QVERIFY(p.logTouch(touchOn(
        deal, fixedNow().addDays(-10), Channel::Call, TouchOutcome::Conversation, ValueKind::Insight)));
    FollowUp next;
    next.dealId = deal;
    next.dueOn = fixedNow().date().addDays(4);
    next.channel = Channel::HandwrittenNote;
    QVERIFY(p.scheduleFollowUp(next));

    TimelineModel model(p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(deal);
    // Created (stage history of the new deal), the older touch, the newer one, Today, the plan.
    QCOMPARE(
        kinds(model), (QList<Kind> { Kind::Created, Kind::Touch, Kind::Touch, Kind::Today, Kind::Planned }));
    QCOMPARE(model.todayRow(), 3);
    QCOMPARE(model.index(1).data(TimelineModel::ChannelRole).toInt(), int(Channel::Call));
    QVERIFY(model.index(1).data(TimelineModel::CarriesValueRole).toBool());
    QVERIFY(!model.index(2).data(TimelineModel::CarriesValueRole).toBool());
    QVERIFY2(model.index(2).data().toString().contains(QLatin1String("bare check-in")),
        qPrintable(model.index(2).data().toString()));
    QCOMPARE(model.index(4).data(TimelineModel::DueOnRole).toDate(), next.dueOn);
    QCOMPARE(model.index(4).data(TimelineModel::OverdueRole).toBool(), false);
}

void TestTimelineModel::accountScopeShowsEveryDealOfTheAccount()
{
    TestDatabase db;
    const qint64 acme = db.account();
    const qint64 first = oldDeal(db, QStringLiteral("Acme renewal"), 0, acme);
    const qint64 second = oldDeal(db, QStringLiteral("Acme second site"), 0, acme);
    const qint64 other = oldDeal(db, QStringLiteral("Other company"));
    QVERIFY(db.pipeline().logTouch(touchOn(first, fixedNow().addDays(-2))));
    QVERIFY(db.pipeline().logTouch(touchOn(second, fixedNow().addDays(-1))));
    QVERIFY(db.pipeline().logTouch(touchOn(other, fixedNow().addDays(-1))));

    TimelineModel model(db.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(first);
    QCOMPARE(model.pastCount(), 2); // created + one touch
    model.setScope(TimelineModel::Scope::Account);
    QCOMPARE(model.pastCount(), 4); // both deals, created + touch each; not the other company
    QSet<qint64> deals;
    for (int row = 0; row < model.pastCount(); ++row)
        deals << model.index(row).data(TimelineModel::DealIdRole).toLongLong();
    QCOMPARE(deals, (QSet<qint64> { first, second }));
    QCOMPARE(
        model.index(3).data(TimelineModel::DealTitleRole).toString(), QStringLiteral("Acme second site"));
}

void TestTimelineModel::olderPagesLoadOnRequest()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Long pursuit"));
    const int touches = TimelineModel::kPageSize * 2 + 7;
    for (int i = 0; i < touches; ++i)
        QVERIFY(db.pipeline().logTouch(touchOn(deal, fixedNow().addDays(-i - 1))));

    TimelineModel model(db.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(deal);
    QCOMPARE(model.pastCount(), TimelineModel::kPageSize);
    QVERIFY(model.canFetchOlder());
    // The newest page is shown first, ending at yesterday's touch just above Today.
    QCOMPARE(
        model.index(model.todayRow() - 1).data(TimelineModel::WhenRole).toDateTime(), fixedNow().addDays(-1));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.fetchOlder(), TimelineModel::kPageSize);
    QCOMPARE(model.fetchOlder(), touches + 1 - 2 * TimelineModel::kPageSize); // the rest and "created"
    QVERIFY(!model.canFetchOlder());
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // above what was there
    // Oldest first, and no entry twice across the pages.
    for (int row = 1; row < model.pastCount(); ++row)
        QVERIFY(model.index(row - 1).data(TimelineModel::WhenRole).toDateTime()
            <= model.index(row).data(TimelineModel::WhenRole).toDateTime());
    QCOMPARE(model.pastCount(), touches + 1);
}

void TestTimelineModel::loggingATouchInsertsOneRow()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"));
    QVERIFY(db.pipeline().logTouch(touchOn(deal, fixedNow().addDays(-5))));
    TimelineModel model(db.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(deal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Logged now with an earlier date: it goes between the entries, not at the end.
    const auto id = db.pipeline().logTouch(touchOn(deal, fixedNow().addDays(-7), Channel::LinkedIn));
    QVERIFY(id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowOf(Kind::Touch, *id), 1);
    QCOMPARE(model.index(1).data(TimelineModel::ChannelRole).toInt(), int(Channel::LinkedIn));
}

void TestTimelineModel::editingAndDeletingATouchChangeOneRow()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"));
    const auto id = db.pipeline().logTouch(touchOn(deal, fixedNow().addDays(-5)));
    QVERIFY(id);
    TimelineModel model(db.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(deal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Touch edited = *db.pipeline().touch(*id);
    edited.valueKind = ValueKind::Idea;
    edited.valueText = QStringLiteral("A way to halve their returns");
    QVERIFY(db.pipeline().updateTouch(edited));
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(model.rowOf(Kind::Touch, *id)).data(TimelineModel::CarriesValueRole).toBool());

    QVERIFY(db.pipeline().removeTouch(*id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowOf(Kind::Touch, *id), -1);
    QCOMPARE(reset.count(), 0);

    // Undo of the delete writes it back under its id, in its place.
    QVERIFY(db.pipeline().restoreTouch(edited));
    QCOMPARE(model.rowOf(Kind::Touch, *id), 1);
}

void TestTimelineModel::completingAFollowUpMovesItAboveToday()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"));
    FollowUp planned;
    planned.dealId = deal;
    planned.dueOn = fixedNow().date();
    const auto followUp = db.pipeline().scheduleFollowUp(planned);
    QVERIFY(followUp);
    TimelineModel model(db.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(deal);
    QCOMPARE(model.plannedCount(), 1);

    const auto touch = db.pipeline().logTouch(touchOn(deal, fixedNow().addSecs(-60)), *followUp);
    QVERIFY(touch);
    QCOMPARE(model.plannedCount(), 0);
    QCOMPARE(kinds(model), (QList<Kind> { Kind::Created, Kind::Touch, Kind::Today }));

    // Deleting the touch opens the follow-up again.
    QVERIFY(db.pipeline().removeTouch(*touch));
    QCOMPARE(kinds(model), (QList<Kind> { Kind::Created, Kind::Today, Kind::Planned }));
}

void TestTimelineModel::stageChangesWinsAndLossesAppear()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"), db.stageId(QStringLiteral("Lead in")));
    TimelineModel model(db.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(deal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(db.pipeline().moveDeal(deal, db.stageId(QStringLiteral("Discovery"))));
    LostInfo lost;
    lost.lostOn = fixedNow().date();
    lost.reasonId = db.reasonId(NoMeaning::Timing);
    lost.reengageOn = fixedNow().date().addMonths(3);
    lost.competitor = QStringLiteral("Initech");
    QVERIFY(db.pipeline().markLost(deal, lost));
    QCOMPARE(kinds(model), (QList<Kind> { Kind::Created, Kind::StageChange, Kind::Lost, Kind::Today }));
    const QModelIndex lostRow = model.index(2);
    QVERIFY(!lostRow.data(TimelineModel::LostReasonRole).toString().isEmpty());
    QVERIFY(lostRow.data(TimelineModel::LostDetailsRole).toString().contains(QLatin1String("Initech")));
    QCOMPARE(lostRow.data(TimelineModel::ReengageOnRole).toDate(), lost.reengageOn);

    QVERIFY(db.pipeline().reopen(deal, db.stageId(QStringLiteral("Discovery"))));
    QCOMPARE(kinds(model).last(1), QList<Kind> { Kind::Today });
    QCOMPARE(kinds(model).at(3), Kind::Reopened);
    QCOMPARE(reset.count(), 0);
}

void TestTimelineModel::filtersByKindContactAndChannel()
{
    TestDatabase db;
    const qint64 acme = db.account();
    const qint64 jane = db.contact(acme, QStringLiteral("Jane Doe"), ContactRole::Champion);
    const qint64 gate = db.contact(acme, QStringLiteral("Gary Gate"), ContactRole::Gatekeeper);
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"), 0, acme);
    Pipeline &p = db.pipeline();
    QVERIFY(p.logTouch(
        touchOn(deal, fixedNow().addDays(-9), Channel::Call, TouchOutcome::No, ValueKind::None, gate)));
    QVERIFY(p.logTouch(touchOn(
        deal, fixedNow().addDays(-8), Channel::Email, TouchOutcome::NotNow, ValueKind::WhitePaper, jane)));
    QVERIFY(p.logTouch(touchOn(
        deal, fixedNow().addDays(-7), Channel::Email, TouchOutcome::Conversation, ValueKind::Insight, jane)));

    TimelineModel model(p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeal(deal);
    QCOMPARE(model.pastCount(), 4);

    model.setFilter({ TimelineShow::NosHeard, 0, std::nullopt });
    QCOMPARE(model.pastCount(), 2);
    model.setFilter({ TimelineShow::Everything, jane, std::nullopt });
    QCOMPARE(model.pastCount(), 2); // her touches; stage changes have no contact
    QCOMPARE(model.index(0).data(TimelineModel::ContactNameRole).toString(), QStringLiteral("Jane Doe"));
    QCOMPARE(model.index(0).data(TimelineModel::ContactRoleRole).toInt(), int(ContactRole::Champion));
    model.setFilter({ TimelineShow::Everything, 0, Channel::Call });
    QCOMPARE(model.pastCount(), 1);
    model.setFilter({ TimelineShow::StageChanges, 0, std::nullopt });
    QCOMPARE(kinds(model), (QList<Kind> { Kind::Created, Kind::Today }));

    // A touch that does not pass the filter is not inserted.
    QVERIFY(p.logTouch(touchOn(deal, fixedNow().addDays(-1))));
    QCOMPARE(model.pastCount(), 1);
}

void TestTimelineModel::touchOutsideTheScopeChangesNothing()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"));
    const qint64 other = oldDeal(db, QStringLiteral("Other deal"));
    TimelineModel model(db.pipeline());
    model.setDeal(deal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(db.pipeline().logTouch(touchOn(other, fixedNow().addDays(-1))));
    QCOMPARE(inserted.count(), 0);
}

void TestTimelineModel::pageQueryUsesTheIndexes()
{
    TestDatabase db;
    const qint64 deal = oldDeal(db, QStringLiteral("Acme renewal"));
    TimelineModel model(db.pipeline());
    for (const auto scope : { TimelineModel::Scope::Deal, TimelineModel::Scope::Account }) {
        model.setDeal(deal, scope);
        QSqlQuery plan(db.connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + model.pastPageSql()));
        const int binds = int(model.pastPageSql().count(QLatin1Char('?')));
        for (int i = 0; i < binds; ++i)
            plan.addBindValue(i < binds - 4
                    ? QVariant(scope == TimelineModel::Scope::Deal ? deal : model.accountId())
                    : QVariant(1));
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString text = steps.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("touches USING INDEX touches_deal_time")), qPrintable(text));
        QVERIFY2(
            text.contains(QLatin1String("stage_history USING INDEX stage_history_deal")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("SCAN touches"))
                && !text.contains(QLatin1String("SCAN stage_history")),
            qPrintable(text));
    }
}

RIPEN_GUI_TEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
