// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendacolumnmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <memory>

using namespace Ripen;
using namespace Ripen::Test;

Q_DECLARE_METATYPE(QList<qint64>)

namespace {

const QDate kToday = fixedNow().date(); // Monday 23 November 2026

qint64 planOn(Pipeline &pipeline, qint64 dealId, const QDate &due, Channel channel = Channel::Email,
    ValueKind kind = ValueKind::Insight)
{
    FollowUp f;
    f.dealId = dealId;
    f.dueOn = due;
    f.channel = channel;
    f.plannedValueKind = kind;
    f.plannedValue = kind == ValueKind::None ? QString() : QStringLiteral("Their region in numbers");
    const auto id = pipeline.scheduleFollowUp(f);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

QList<qint64> ids(const AgendaColumnModel &model)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.followUpIdAt(row);
    return list;
}

// A column under Qt's model tester, which fails the test on any inconsistent signal.
struct Column
{
    std::unique_ptr<AgendaColumnModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    Column(Pipeline &pipeline, const QDate &from, const QDate &to)
        : model(std::make_unique<AgendaColumnModel>(pipeline, from, to))
        , tester(std::make_unique<QAbstractItemModelTester>(
              model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest))
    {
    }
    AgendaColumnModel *operator->() const { return model.get(); }
};

} // namespace

class TestAgendaColumnModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsHoldTheirDaysInOrder();
    void rescheduleMovesOneRowBetweenColumns();
    void doneAndSkippedLeaveTheAgenda();
    void filters();
    void laterReadsAPageAtATimeAndCountsTheRest();
    void cadenceMarkerNamesTheStepAndTheComeBackDate();
    void dropsAskForTheDayOrForADate();
};

void TestAgendaColumnModel::columnsHoldTheirDaysInOrder()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    const qint64 lastWeek = planOn(p, deal, kToday.addDays(-7));
    const qint64 friday = planOn(p, deal, kToday.addDays(-3));
    const qint64 today = planOn(p, deal, kToday);
    const qint64 thursday = planOn(p, deal, kToday.addDays(3));
    const qint64 thursdayToo = planOn(p, deal, kToday.addDays(3));
    const qint64 nextMonth = planOn(p, deal, kToday.addMonths(1));
    Column overdue(p, QDate(), kToday.addDays(-1));
    Column todays(p, kToday, kToday);
    Column thu(p, kToday.addDays(3), kToday.addDays(3));
    Column later(p, kToday.addDays(7), QDate());
    QCOMPARE(ids(*overdue.model), (QList<qint64> { lastWeek, friday }));
    QCOMPARE(ids(*todays.model), QList<qint64> { today });
    QCOMPARE(ids(*thu.model), (QList<qint64> { thursday, thursdayToo }));
    QCOMPARE(ids(*later.model), QList<qint64> { nextMonth });
    QCOMPARE(overdue->count(), 2);
    QCOMPARE(thu->count(), 2);
    const QModelIndex card = thu->index(0);
    QCOMPARE(card.data(AgendaColumnModel::DealTitleRole).toString(), QStringLiteral("Acme renewal"));
    QCOMPARE(card.data(AgendaColumnModel::AccountRole).toString(), QStringLiteral("Acme renewal Inc."));
    QCOMPARE(card.data(AgendaColumnModel::StageRole).toString(), QStringLiteral("Lead in"));
    QCOMPARE(card.data(AgendaColumnModel::DueOnRole).toDate(), kToday.addDays(3));
    QCOMPARE(
        card.data(AgendaColumnModel::PlannedValueRole).toString(), QStringLiteral("Their region in numbers"));
    QCOMPARE(card.data(AgendaColumnModel::ChannelRole).toInt(), int(Channel::Email));
    QVERIFY(!card.data(AgendaColumnModel::ReEngageRole).toBool());
    QVERIFY(card.data(AgendaColumnModel::CadenceMarkerRole).toString().isEmpty());
}

void TestAgendaColumnModel::rescheduleMovesOneRowBetweenColumns()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    const qint64 a = planOn(p, deal, kToday);
    const qint64 b = planOn(p, deal, kToday);
    const qint64 c = planOn(p, deal, kToday.addDays(3));
    Column todays(p, kToday, kToday);
    Column thu(p, kToday.addDays(3), kToday.addDays(3));
    Column overdue(p, QDate(), kToday.addDays(-1));
    QSignalSpy resets(todays.model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(todays.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(thu.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy untouched(overdue.model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(p.rescheduleFollowUps({ { a, kToday.addDays(3) } }).ok());
    QCOMPARE(ids(*todays.model), QList<qint64> { b });
    // In due order: the moved card's id is lower than the one already there.
    QCOMPARE(ids(*thu.model), (QList<qint64> { a, c }));
    QCOMPARE(todays->count(), 1);
    QCOMPARE(thu->count(), 2);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(untouched.count(), 0);
    QCOMPARE(overdue->count(), 0);
}

void TestAgendaColumnModel::doneAndSkippedLeaveTheAgenda()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    const qint64 a = planOn(p, deal, kToday);
    const qint64 b = planOn(p, deal, kToday);
    Column todays(p, kToday, kToday);
    Touch touch;
    touch.dealId = deal;
    touch.occurredAt = fixedNow();
    touch.valueKind = ValueKind::Insight;
    touch.valueText = QStringLiteral("Their region in numbers");
    const auto logged = p.logTouch(touch, a);
    QVERIFY(logged.ok());
    QCOMPARE(ids(*todays.model), QList<qint64> { b });
    QVERIFY(p.skipFollowUps({ b }, QStringLiteral("On holiday")).ok());
    QCOMPARE(todays->rowCount(), 0);
    QCOMPARE(todays->count(), 0);
    // Undo of both brings them back.
    QVERIFY(p.reopenFollowUps({ b }).ok());
    QVERIFY(p.removeTouch(*logged).ok());
    QCOMPARE(ids(*todays.model), (QList<qint64> { a, b }));
    QCOMPARE(todays->count(), 2);
}

void TestAgendaColumnModel::filters()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 acme = t.deal(QStringLiteral("Acme renewal"));
    const qint64 globex = t.deal(QStringLiteral("Globex pilot"), 0, t.account(QStringLiteral("Globex")));
    Deal owned = *p.deal(globex);
    owned.owner = QStringLiteral("Maria");
    QVERIFY(p.updateDeal(owned).ok());
    const qint64 call = planOn(p, acme, kToday, Channel::Call);
    const qint64 bare = planOn(p, acme, kToday, Channel::Email, ValueKind::None);
    const qint64 maria = planOn(p, globex, kToday, Channel::LinkedIn);
    Column todays(p, kToday, kToday);
    QCOMPARE(todays->count(), 3);
    todays->setFilter(AgendaFilter { QStringLiteral("Maria"), {}, {}, false });
    QCOMPARE(ids(*todays.model), QList<qint64> { maria });
    todays->setFilter(AgendaFilter { {}, Channel::Call, {}, false });
    QCOMPARE(ids(*todays.model), QList<qint64> { call });
    todays->setFilter(AgendaFilter { {}, {}, {}, true });
    QCOMPARE(ids(*todays.model), QList<qint64> { bare });
    QCOMPARE(todays->index(0).data(AgendaColumnModel::ValueKindRole).toInt(), int(ValueKind::None));
    todays->setFilter(AgendaFilter { {}, {}, QStringLiteral("glob"), false });
    QCOMPARE(ids(*todays.model), QList<qint64> { maria });
    todays->setFilter(AgendaFilter { {}, {}, QStringLiteral("Ac"), false }); // short: LIKE, not trigram
    QCOMPARE(ids(*todays.model), (QList<qint64> { call, bare }));
    QCOMPARE(todays->count(), 2);
    // A change that makes a card match: it comes in, and the count follows.
    const qint64 later = planOn(p, acme, kToday, Channel::Email, ValueKind::None);
    QCOMPARE(ids(*todays.model), (QList<qint64> { call, bare, later }));
    QCOMPARE(todays->count(), 3);
    // A deal given to someone else leaves an owner-filtered column.
    todays->setFilter(AgendaFilter { QStringLiteral("Maria"), {}, {}, false });
    owned.owner = QStringLiteral("Tom");
    QVERIFY(p.updateDeal(owned).ok());
    QCOMPARE(todays->rowCount(), 0);
    QCOMPARE(todays->count(), 0);
}

void TestAgendaColumnModel::laterReadsAPageAtATimeAndCountsTheRest()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    QList<FollowUp> many;
    for (int i = 0; i < 3 * AgendaColumnModel::kPageSize; ++i) {
        FollowUp f;
        f.dealId = deal;
        f.dueOn = kToday.addDays(10 + i / 4);
        many << f;
    }
    const QList<qint64> planned = *p.scheduleFollowUps(many);
    // Without the model tester, which fetches everything it can.
    auto later = std::make_unique<AgendaColumnModel>(p, kToday.addDays(7), QDate());
    QCOMPARE(later->rowCount(), AgendaColumnModel::kPageSize);
    QCOMPARE(later->count(), 3 * AgendaColumnModel::kPageSize);
    QVERIFY(later->canFetchMore());
    later->fetchMore();
    QCOMPARE(later->rowCount(), 2 * AgendaColumnModel::kPageSize);
    QCOMPARE(ids(*later), planned.mid(0, 2 * AgendaColumnModel::kPageSize));
    // A card beyond the rows read moves to today: the count knows, the rows are as they were.
    Column todays(p, kToday, kToday);
    QVERIFY(p.rescheduleFollowUps({ { planned.last(), kToday } }).ok());
    QCOMPARE(later->count(), 3 * AgendaColumnModel::kPageSize - 1);
    QCOMPARE(later->rowCount(), 2 * AgendaColumnModel::kPageSize);
    QCOMPARE(todays->count(), 1);
    // And back into the range, before the rows read end: it shows at its place.
    QVERIFY(p.rescheduleFollowUps({ { planned.last(), kToday.addDays(10) } }).ok());
    QCOMPARE(later->count(), 3 * AgendaColumnModel::kPageSize);
    QCOMPARE(later->rowOfFollowUp(planned.last()), 4);
}

void TestAgendaColumnModel::cadenceMarkerNamesTheStepAndTheComeBackDate()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    Touch notNow;
    notNow.dealId = deal;
    notNow.occurredAt = fixedNow();
    notNow.outcome = TouchOutcome::NotNow;
    QList<FollowUp> steps;
    for (int i = 0; i < 3; ++i) {
        FollowUp step;
        step.dueOn = kToday.addDays(7 * (i + 1));
        step.plannedValueKind = ValueKind::Insight;
        step.plannedValue = QStringLiteral("Step %1").arg(i + 1);
        step.cadence = Cadence::ReEngage;
        step.seriesUntil = QDate(2027, 1, 12);
        steps << step;
    }
    QVERIFY(p.logTouch(notNow, TouchPlan { 0, steps, true }).ok());
    Column later(p, kToday.addDays(7), QDate());
    QCOMPARE(later->rowCount(), 3);
    QCOMPARE(later->index(1).data(AgendaColumnModel::StepRole).toInt(), 2);
    QCOMPARE(later->index(1).data(AgendaColumnModel::StepCountRole).toInt(), 3);
    QCOMPARE(later->index(1).data(AgendaColumnModel::CadenceMarkerRole).toString(),
        QStringLiteral("2 of 3 before 12 Jan"));

    // A lost deal's first re-engagement touch: marked as such, up to its come-back date.
    const qint64 lost = t.deal(QStringLiteral("Globex pilot"));
    LostInfo info;
    info.reasonId = t.reasonId(NoMeaning::Timing);
    info.lostOn = kToday;
    info.reengageOn = QDate(2027, 3, 1);
    FollowUp first;
    first.dueOn = kToday.addDays(30);
    first.plannedValueKind = ValueKind::Insight;
    first.plannedValue = QStringLiteral("Budget notes");
    first.cadence = Cadence::ReEngage;
    const auto firstId = p.markLost(lost, info, first);
    QVERIFY(firstId.ok());
    const QModelIndex card = later->index(later->rowOfFollowUp(*firstId));
    QVERIFY(card.data(AgendaColumnModel::ReEngageRole).toBool());
    QCOMPARE(card.data(AgendaColumnModel::StageRole).toString(), QStringLiteral("Lost"));
    QCOMPARE(
        card.data(AgendaColumnModel::CadenceMarkerRole).toString(), QStringLiteral("Re-engage before 1 Mar"));
}

void TestAgendaColumnModel::dropsAskForTheDayOrForADate()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    const qint64 a = planOn(p, deal, kToday);
    const qint64 b = planOn(p, deal, kToday);
    Column todays(p, kToday, kToday);
    Column thu(p, kToday.addDays(3), kToday.addDays(3));
    Column overdue(p, QDate(), kToday.addDays(-1));
    Column later(p, kToday.addDays(7), QDate());
    std::unique_ptr<QMimeData> mime(todays->mimeData({ todays->index(0), todays->index(1) }));
    QCOMPARE(AgendaColumnModel::followUpIdsFromMime(mime.get()), (QList<qint64> { a, b }));
    QSignalSpy asked(thu.model.get(), &AgendaColumnModel::rescheduleRequested);
    QVERIFY(thu->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).value<QList<qint64>>(), (QList<qint64> { a, b }));
    QCOMPARE(asked.at(0).at(1).toDate(), kToday.addDays(3));
    // The model itself writes nothing.
    QCOMPARE(p.followUp(a)->dueOn, kToday);
    QVERIFY(!overdue->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QSignalSpy pick(later.model.get(), &AgendaColumnModel::pickDateRequested);
    QVERIFY(later->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(pick.count(), 1);
    QMimeData other;
    other.setText(QStringLiteral("not ours"));
    QVERIFY(!thu->canDropMimeData(&other, Qt::MoveAction, 0, 0, {}));
}

RIPEN_GUI_TEST_MAIN(TestAgendaColumnModel)
#include "tst_agendacolumnmodel.moc"
