// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Ripen;
using Ripen::Test::TestDatabase;

namespace {

QList<qint64> columnOrder(const QSqlDatabase &db, qint64 stageId)
{
    QList<qint64> ids;
    QSqlQuery q = prepared(
        db, QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY position, id"), { stageId });
    q.exec();
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 historyRows(const QSqlDatabase &db, qint64 dealId)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM stage_history WHERE deal_id = ?"), { dealId })
        .toLongLong();
}

// Makes the next insert into `table` fail inside the transaction, after the command's first write.
void sabotageInserts(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER sabotage BEFORE INSERT ON %1 BEGIN "
                                  "SELECT RAISE(ABORT, 'disk on fire'); END")
                       .arg(table)));
}

// The open_follow_ups_by_day aggregate next to what counting the open follow-ups gives, as text.
QString openByDayAndCount(const QSqlDatabase &db)
{
    const QString kept = scalar(db,
        QStringLiteral("SELECT group_concat(line, ';') FROM (SELECT due_on || ':' || open_count AS line "
                       "FROM open_follow_ups_by_day ORDER BY due_on)"))
                             .toString();
    const QString counted = scalar(db,
        QStringLiteral("SELECT group_concat(line, ';') FROM (SELECT due_on || ':' || count(*) AS line "
                       "FROM follow_ups WHERE done_on IS NULL GROUP BY due_on ORDER BY due_on)"))
                                .toString();
    return kept == counted ? kept : QStringLiteral("kept %1 but counted %2").arg(kept, counted);
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private slots:
    void keepsOpenFollowUpsByDay();
    void createsAccountAndContactWithSignals();
    void refusesBadAccountAndContact();
    void createsDealAtTheTopOfItsStage();
    void refusesBadDeals_data();
    void refusesBadDeals();
    void updatesDeal();
    void createsAccountAndContactWithTheDeal();
    void newPartiesRollBackWithTheDeal();
    void movesDealAcrossStages();
    void reordersWithinStage();
    void renumbersWhenNoGapIsLeft();
    void refusesMoveToClosedStage();
    void marksWon();
    void refusesWonInTheFuture();
    void marksLostWithFirstValueTouch();
    void refusesLostWithoutReasonOrDate_data();
    void refusesLostWithoutReasonOrDate();
    void reopensAndKeepsTheLastNo();
    void keepsEveryLoss();
    void restoresSnapshotForUndo();
    void logsTouchAndCompletesFollowUp();
    void refusesValueTouchWithoutContent();
    void schedulesReschedulesAndCompletesFollowUps();
    void reschedulesSeveralInOneTransaction();
    void skipsWithReasonAndReopens();
    void wonAndLostSkipTheFollowUpsAskedFor();
    void failedMoveRollsBack();
    void failedLostRollsBackEverything();
    void failedRecreateRollsBackItsParties();
    void busyDatabaseIsRefused();
    void dealAfterFindsTheNextCard();
    void addsRenamesAndReordersStages();
    void removesStageMovingItsDeals();
    void refusesToRemoveClosedOrLastStage();
    void editsLostReasons();
};

void TestPipeline::createsAccountAndContactWithSignals()
{
    TestDatabase t;
    QSignalSpy accountSpy(&t.pipeline(), &Pipeline::accountChanged);
    QSignalSpy contactSpy(&t.pipeline(), &Pipeline::contactChanged);
    Account account;
    account.name = QStringLiteral("  Nordwind Logistics ");
    account.city = QStringLiteral("Hamburg");
    const auto accountId = t.pipeline().createAccount(account);
    QVERIFY2(accountId.ok(), qPrintable(accountId.error()));
    QCOMPARE(accountSpy.count(), 1);
    QCOMPARE(accountSpy.at(0).at(0).toLongLong(), *accountId);
    const auto stored = t.pipeline().account(*accountId);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Nordwind Logistics"));
    QCOMPARE(stored->city, QStringLiteral("Hamburg"));
    QCOMPARE(stored->createdAt, Test::fixedNow());

    Contact gatekeeper;
    gatekeeper.accountId = *accountId;
    gatekeeper.name = QStringLiteral("Petra Lange");
    gatekeeper.role = ContactRole::Gatekeeper;
    const auto contactId = t.pipeline().createContact(gatekeeper);
    QVERIFY(contactId.ok());
    QCOMPARE(contactSpy.count(), 1);
    QCOMPARE(t.pipeline().contact(*contactId)->role, ContactRole::Gatekeeper);

    Contact renamed = *t.pipeline().contact(*contactId);
    renamed.jobTitle = QStringLiteral("Executive Assistant");
    QVERIFY(t.pipeline().updateContact(renamed).ok());
    QCOMPARE(t.pipeline().contact(*contactId)->jobTitle, QStringLiteral("Executive Assistant"));
    QCOMPARE(t.pipeline().contactsOf(*accountId).size(), 1);
}

void TestPipeline::refusesBadAccountAndContact()
{
    TestDatabase t;
    QSignalSpy spy(&t.pipeline(), &Pipeline::accountChanged);
    const auto blank = t.pipeline().createAccount(Account {});
    QVERIFY(!blank.ok());
    QVERIFY(blank.error().contains(QStringLiteral("name")));
    Contact orphan;
    orphan.name = QStringLiteral("Nobody");
    orphan.accountId = 4242;
    const auto noAccount = t.pipeline().createContact(orphan);
    QVERIFY(!noAccount.ok());
    QVERIFY(noAccount.error().contains(QStringLiteral("Nobody")));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 0);
    QCOMPARE(t.countRows(QStringLiteral("contacts")), 0);
}

void TestPipeline::createsDealAtTheTopOfItsStage()
{
    TestDatabase t;
    QSignalSpy moved(&t.pipeline(), &Pipeline::dealMoved);
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 first = t.deal(QStringLiteral("Fleet telematics rollout"), lead);
    const qint64 second = t.deal(QStringLiteral("Annual support renewal"), lead);
    QCOMPARE(columnOrder(t.connection(), lead), (QList<qint64> { second, first }));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.at(1).at(2).toLongLong(), lead);
    // Creation is the first entry of the deal's stage history.
    QCOMPARE(historyRows(t.connection(), first), 1);
    const auto deal = t.pipeline().deal(first);
    QCOMPARE(deal->status, DealStatus::Open);
    QCOMPARE(deal->value, (Money { 1000000, QStringLiteral("EUR") }));
}

void TestPipeline::refusesBadDeals_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("validAccount");
    QTest::addColumn<bool>("foreignContact");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("no title") << "  " << true << false << qint64(100) << "EUR"
                              << "Lead in"
                              << "title";
    QTest::newRow("no account") << "Pilot" << false << false << qint64(100) << "EUR"
                                << "Lead in"
                                << "account";
    QTest::newRow("contact of another account") << "Pilot" << true << true << qint64(100) << "EUR"
                                                << "Lead in"
                                                << "contact";
    QTest::newRow("negative value") << "Pilot" << true << false << qint64(-1) << "EUR"
                                    << "Lead in"
                                    << "negative";
    QTest::newRow("bad currency") << "Pilot" << true << false << qint64(100) << "euro"
                                  << "Lead in"
                                  << "currency";
    QTest::newRow("starts won") << "Pilot" << true << false << qint64(100) << "EUR"
                                << "Won"
                                << "open stage";
}

void TestPipeline::refusesBadDeals()
{
    QFETCH(QString, title);
    QFETCH(bool, validAccount);
    QFETCH(bool, foreignContact);
    QFETCH(qint64, value);
    QFETCH(QString, currency);
    QFETCH(QString, stage);
    QFETCH(QString, expectedWord);
    TestDatabase t;
    const qint64 accountId = t.account();
    const qint64 otherAccount = t.account(QStringLiteral("Other AG"));
    Deal deal;
    deal.title = title;
    deal.accountId = validAccount ? accountId : 9999;
    deal.contactId = foreignContact ? t.contact(otherAccount) : 0;
    deal.value = Money { value, currency };
    deal.stageId = t.stageId(stage);
    QSignalSpy spy(&t.pipeline(), &Pipeline::dealChanged);
    const auto result = t.pipeline().createDeal(deal);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(expectedWord), qPrintable(result.error()));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(t.countRows(QStringLiteral("deals")), 0);
    QCOMPARE(t.countRows(QStringLiteral("stage_history")), 0);
}

void TestPipeline::createsAccountAndContactWithTheDeal()
{
    TestDatabase t;
    QSignalSpy accounts(&t.pipeline(), &Pipeline::accountChanged);
    QSignalSpy contacts(&t.pipeline(), &Pipeline::contactChanged);
    Deal deal;
    deal.title = QStringLiteral("Pilot: 20 seats");
    deal.stageId = t.stageId(QStringLiteral("Lead in"));
    const auto id = t.pipeline().createDeal(deal,
        NewParties {
            QStringLiteral("Bayside Dental Group"), QStringLiteral("Dr. Mia Chen"), ContactRole::Champion });
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Deal stored = *t.pipeline().deal(*id);
    QCOMPARE(t.pipeline().account(stored.accountId)->name, QStringLiteral("Bayside Dental Group"));
    const auto contact = t.pipeline().contact(stored.contactId);
    QCOMPARE(contact->name, QStringLiteral("Dr. Mia Chen"));
    QCOMPARE(contact->accountId, stored.accountId);
    QCOMPARE(contact->role, ContactRole::Champion);
    QCOMPARE(accounts.count(), 1);
    QCOMPARE(contacts.count(), 1);

    // Editing can add a new contact to the existing account.
    Deal edited = stored;
    QVERIFY(t.pipeline()
                .updateDeal(edited, NewParties { {}, QStringLiteral("Tom Reyes"), ContactRole::Gatekeeper })
                .ok());
    QCOMPARE(t.pipeline().contact(t.pipeline().deal(*id)->contactId)->name, QStringLiteral("Tom Reyes"));
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 1);
}

void TestPipeline::newPartiesRollBackWithTheDeal()
{
    TestDatabase t;
    sabotageInserts(t.connection(), QStringLiteral("deals"));
    Deal deal;
    deal.title = QStringLiteral("Doomed");
    deal.stageId = t.stageId(QStringLiteral("Lead in"));
    const auto id
        = t.pipeline().createDeal(deal, NewParties { QStringLiteral("Ghost Inc"), QStringLiteral("Casper") });
    QVERIFY(!id.ok());
    QVERIFY(id.error().contains(QStringLiteral("Doomed")));
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 0);
    QCOMPARE(t.countRows(QStringLiteral("contacts")), 0);
}

void TestPipeline::updatesDeal()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Pilot"));
    auto deal = *t.pipeline().deal(id);
    deal.title = QStringLiteral("Pilot: 20 seats");
    deal.value = Money { 2500000, QStringLiteral("USD") };
    deal.owner = QStringLiteral("Sam");
    QSignalSpy spy(&t.pipeline(), &Pipeline::dealChanged);
    QVERIFY(t.pipeline().updateDeal(deal).ok());
    QCOMPARE(spy.count(), 1);
    const auto stored = *t.pipeline().deal(id);
    QCOMPARE(stored.title, deal.title);
    QCOMPARE(stored.value, deal.value);
    QCOMPARE(stored.owner, QStringLiteral("Sam"));
}

void TestPipeline::movesDealAcrossStages()
{
    TestDatabase t;
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const qint64 existing = t.deal(QStringLiteral("Already there"), proposal);
    const qint64 id = t.deal(QStringLiteral("Acme renewal"), lead);
    QSignalSpy moved(&t.pipeline(), &Pipeline::dealMoved);
    t.clock().advanceDays(3);
    QVERIFY(t.pipeline().moveDeal(id, proposal).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toLongLong(), id);
    QCOMPARE(moved.at(0).at(1).toLongLong(), lead);
    QCOMPARE(moved.at(0).at(2).toLongLong(), proposal);
    QCOMPARE(t.pipeline().deal(id)->stageId, proposal);
    QCOMPARE(columnOrder(t.connection(), proposal), (QList<qint64> { existing, id }));
    QCOMPARE(columnOrder(t.connection(), lead), QList<qint64> {});
    QSqlQuery h = prepared(t.connection(),
        QStringLiteral("SELECT from_stage_id, to_stage_id, changed_at FROM stage_history "
                       "WHERE deal_id = ? ORDER BY id DESC LIMIT 1"),
        { id });
    QVERIFY(h.exec() && h.next());
    QCOMPARE(h.value(0).toLongLong(), lead);
    QCOMPARE(h.value(1).toLongLong(), proposal);
    QCOMPARE(h.value(2).toString(), QStringLiteral("2026-11-26T10:00:00"));
}

void TestPipeline::reordersWithinStage()
{
    TestDatabase t;
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    // New deals go on top: created last to first, the column reads A, B, C.
    const qint64 c = t.deal(QStringLiteral("C"), lead);
    const qint64 b = t.deal(QStringLiteral("B"), lead);
    const qint64 a = t.deal(QStringLiteral("A"), lead);
    QVERIFY(t.pipeline().moveDeal(c, lead, a).ok());
    QCOMPARE(columnOrder(t.connection(), lead), (QList<qint64> { c, a, b }));
    QVERIFY(t.pipeline().moveDeal(c, lead, b).ok());
    QCOMPARE(columnOrder(t.connection(), lead), (QList<qint64> { a, c, b }));
    QVERIFY(t.pipeline().moveDeal(a, lead).ok());
    QCOMPARE(columnOrder(t.connection(), lead), (QList<qint64> { c, b, a }));
    // A reorder is not a stage change: only the creation rows are in the history.
    QCOMPARE(t.countRows(QStringLiteral("stage_history")), 3);
}

void TestPipeline::renumbersWhenNoGapIsLeft()
{
    TestDatabase t;
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 a = t.deal(QStringLiteral("A"), lead);
    const qint64 b = t.deal(QStringLiteral("B"), lead);
    const qint64 c = t.deal(QStringLiteral("C"), lead);
    QSqlQuery squeeze(t.connection());
    QVERIFY(squeeze.exec(QStringLiteral("UPDATE deals SET position = id")));
    QVERIFY(t.pipeline().moveDeal(c, lead, b).ok());
    QCOMPARE(columnOrder(t.connection(), lead), (QList<qint64> { a, c, b }));
    const auto positions
        = scalar(t.connection(), QStringLiteral("SELECT count(DISTINCT position) FROM deals"));
    QCOMPARE(positions.toInt(), 3);
}

void TestPipeline::refusesMoveToClosedStage()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    const auto result = t.pipeline().moveDeal(id, t.stageId(QStringLiteral("Won")));
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QStringLiteral("won or lost")));
    QCOMPARE(t.pipeline().deal(id)->stageId, t.stageId(QStringLiteral("Lead in")));
    QVERIFY(!t.pipeline().moveDeal(id, 4242).ok());
}

void TestPipeline::marksWon()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    QSignalSpy status(&t.pipeline(), &Pipeline::dealStatusChanged);
    QSignalSpy moved(&t.pipeline(), &Pipeline::dealMoved);
    QVERIFY(t.pipeline().markWon(id, Money { 4200000, QStringLiteral("EUR") }, QDate(2026, 11, 20)).ok());
    const auto deal = *t.pipeline().deal(id);
    QCOMPARE(deal.status, DealStatus::Won);
    QCOMPARE(deal.wonOn, QDate(2026, 11, 20));
    QCOMPARE(deal.value.minor, 4200000);
    QCOMPARE(deal.stageId, t.stageId(QStringLiteral("Won")));
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.at(0).at(1).value<DealStatus>(), DealStatus::Won);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(historyRows(t.connection(), id), 2);
    // Closed deals do not move around the board.
    QVERIFY(!t.pipeline().moveDeal(id, t.stageId(QStringLiteral("Proposal"))).ok());
}

void TestPipeline::refusesWonInTheFuture()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    const auto result = t.pipeline().markWon(id, Money { 100, QStringLiteral("EUR") }, QDate(2026, 12, 1));
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QStringLiteral("no later than today")));
    QCOMPARE(t.pipeline().deal(id)->status, DealStatus::Open);
}

void TestPipeline::marksLostWithFirstValueTouch()
{
    TestDatabase t;
    const qint64 accountId = t.account();
    const qint64 contactId = t.contact(accountId);
    const qint64 id = t.deal(QStringLiteral("Acme renewal"), 0, accountId);
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = t.reasonId(NoMeaning::Timing);
    lost.failedCommitment = FailedCommitment::Proposal;
    lost.note = QStringLiteral("Budget frozen until Q2");
    lost.reengageOn = QDate(2027, 3, 23);
    FollowUp first;
    first.dueOn = QDate(2027, 1, 15);
    first.contactId = contactId;
    first.channel = Channel::Email;
    first.plannedValueKind = ValueKind::Insight;
    first.plannedValue = QStringLiteral("Q1 freight cost benchmark");
    QSignalSpy followUps(&t.pipeline(), &Pipeline::followUpChanged);
    QSignalSpy status(&t.pipeline(), &Pipeline::dealStatusChanged);
    const auto result = t.pipeline().markLost(id, lost, first);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const auto deal = *t.pipeline().deal(id);
    QCOMPARE(deal.status, DealStatus::Lost);
    QCOMPARE(deal.stageId, t.stageId(QStringLiteral("Lost")));
    QCOMPARE(deal.lost.reasonId, lost.reasonId);
    QCOMPARE(deal.lost.failedCommitment, FailedCommitment::Proposal);
    QCOMPARE(deal.lost.note, lost.note);
    QCOMPARE(deal.lost.reengageOn, QDate(2027, 3, 23));
    QCOMPARE(followUps.count(), 1);
    QCOMPARE(status.count(), 1);
    // The command answers with the id of the follow-up it planned, the one its signal names.
    QCOMPARE(result.value(), followUps.at(0).at(1).toLongLong());
    const auto planned = t.pipeline().followUp(result.value());
    QVERIFY(planned);
    QCOMPARE(planned->dealId, id);
    QCOMPARE(planned->plannedValue, first.plannedValue);
    QVERIFY(!planned->isDone());
}

void TestPipeline::refusesLostWithoutReasonOrDate_data()
{
    QTest::addColumn<bool>("withReason");
    QTest::addColumn<QDate>("reengageOn");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("no reason") << false << QDate(2027, 1, 1) << "reason";
    QTest::newRow("no re-engage date") << true << QDate() << "re-engage";
    QTest::newRow("re-engage before lost") << true << QDate(2026, 1, 1) << "re-engage";
}

void TestPipeline::refusesLostWithoutReasonOrDate()
{
    QFETCH(bool, withReason);
    QFETCH(QDate, reengageOn);
    QFETCH(QString, expectedWord);
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = withReason ? t.reasonId(NoMeaning::Ghosted) : 0;
    lost.reengageOn = reengageOn;
    const auto result = t.pipeline().markLost(id, lost);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(expectedWord), qPrintable(result.error()));
    QCOMPARE(t.pipeline().deal(id)->status, DealStatus::Open);
}

void TestPipeline::reopensAndKeepsTheLastNo()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    LostInfo lost;
    lost.lostOn = QDate(2026, 6, 1);
    lost.reasonId = t.reasonId(NoMeaning::Competitor);
    lost.competitor = QStringLiteral("Globex");
    lost.reengageOn = QDate(2026, 11, 1);
    const auto marked = t.pipeline().markLost(id, lost);
    QVERIFY(marked.ok());
    QCOMPARE(marked.value(), 0); // no first touch planned
    const qint64 discovery = t.stageId(QStringLiteral("Discovery"));
    QVERIFY(!t.pipeline().reopen(id, t.stageId(QStringLiteral("Won"))).ok());
    QVERIFY(t.pipeline().reopen(id, discovery).ok());
    const auto deal = *t.pipeline().deal(id);
    QCOMPARE(deal.status, DealStatus::Open);
    QCOMPARE(deal.stageId, discovery);
    QCOMPARE(deal.lost.competitor, QStringLiteral("Globex"));
    QCOMPARE(deal.lost.lostOn, QDate(2026, 6, 1));
    QCOMPARE(historyRows(t.connection(), id), 3);
    QVERIFY(!t.pipeline().reopen(id, discovery).ok());
}

// A deal lost, re-engaged and lost again keeps a row for each loss, each pointing at its move into Lost;
// the deal's own columns hold the last one.
void TestPipeline::keepsEveryLoss()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    const qint64 discovery = t.stageId(QStringLiteral("Discovery"));
    const qint64 lostStage = t.stageId(QStringLiteral("Lost"));
    LostInfo first;
    first.lostOn = QDate(2026, 3, 2);
    first.reasonId = t.reasonId(NoMeaning::Timing);
    first.failedCommitment = FailedCommitment::Discovery;
    first.note = QStringLiteral("Budget frozen until Q3");
    first.reengageOn = QDate(2026, 7, 1);
    QVERIFY(t.pipeline().markLost(id, first).ok());
    QCOMPARE(t.pipeline().deal(id)->lastLossId, t.countRows(QStringLiteral("losses")));
    t.clock().set(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    QVERIFY(t.pipeline().reopen(id, discovery).ok());
    QCOMPARE(t.countRows(QStringLiteral("losses")), 1); // re-engaging keeps the loss
    t.clock().set(Test::fixedNow());
    LostInfo second;
    second.lostOn = QDate(2026, 11, 23);
    second.reasonId = t.reasonId(NoMeaning::Competitor);
    second.competitor = QStringLiteral("  Globex ");
    second.reengageOn = QDate(2027, 5, 1);
    QVERIFY(t.pipeline().markLost(id, second).ok());

    QSqlQuery q = prepared(t.connection(),
        QStringLiteral(
            "SELECT l.lost_on, l.reason_id, l.failed_commitment, l.competitor, l.note, l.reengage_on, "
            "h.to_stage_id, h.changed_at FROM losses l JOIN stage_history h ON h.id = l.history_id "
            "WHERE l.deal_id = ? ORDER BY l.id"),
        { id });
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(q.value(1).toLongLong(), first.reasonId);
    QCOMPARE(q.value(2).toString(), QStringLiteral("discovery"));
    QCOMPARE(q.value(4).toString(), first.note);
    QCOMPARE(q.value(5).toString(), QStringLiteral("2026-07-01"));
    QCOMPARE(q.value(6).toLongLong(), lostStage);
    QCOMPARE(q.value(7).toString(), QStringLiteral("2026-11-23T10:00:00")); // the first move into Lost
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(q.value(1).toLongLong(), second.reasonId);
    QCOMPARE(q.value(3).toString(), QStringLiteral("Globex"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("2027-05-01"));
    QCOMPARE(q.value(6).toLongLong(), lostStage);
    QVERIFY(!q.next());
    const Deal deal = *t.pipeline().deal(id);
    QCOMPARE(deal.lost.lostOn, QDate(2026, 11, 23));
    QCOMPARE(deal.lost.competitor, QStringLiteral("Globex"));
    QCOMPARE(t.countRows(QStringLiteral("losses")), 2);
    QCOMPARE(deal.lastLossId, 2);
}

void TestPipeline::restoresSnapshotForUndo()
{
    TestDatabase t;
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const qint64 c = t.deal(QStringLiteral("C"), proposal);
    const qint64 id = t.deal(QStringLiteral("Acme renewal"), proposal);
    const qint64 a = t.deal(QStringLiteral("A"), proposal);
    QVERIFY(t.pipeline().moveDeal(id, proposal, a).ok());
    const Deal before = *t.pipeline().deal(id);
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = t.reasonId(NoMeaning::Value);
    lost.reengageOn = QDate(2027, 1, 22);
    QVERIFY(t.pipeline().markLost(id, lost).ok());
    QSignalSpy status(&t.pipeline(), &Pipeline::dealStatusChanged);
    QVERIFY(t.pipeline().restoreDeal(before).ok());
    const Deal after = *t.pipeline().deal(id);
    QCOMPARE(after.status, DealStatus::Open);
    QCOMPARE(after.stageId, proposal);
    QCOMPARE(after.position, before.position);
    QVERIFY(!after.lost.lostOn.isValid());
    QCOMPARE(columnOrder(t.connection(), proposal), (QList<qint64> { id, a, c }));
    QCOMPARE(status.count(), 1);
}

void TestPipeline::logsTouchAndCompletesFollowUp()
{
    TestDatabase t;
    const qint64 accountId = t.account();
    const qint64 contactId = t.contact(accountId);
    const qint64 id = t.deal(QStringLiteral("Acme renewal"), 0, accountId);
    FollowUp planned;
    planned.dealId = id;
    planned.dueOn = QDate(2026, 11, 23);
    planned.channel = Channel::Call;
    const auto followUpId = t.pipeline().scheduleFollowUp(planned);
    QVERIFY(followUpId.ok());

    Touch touch;
    touch.dealId = id;
    touch.contactId = contactId;
    touch.channel = Channel::Call;
    touch.occurredAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
    touch.outcome = TouchOutcome::Conversation;
    touch.valueKind = ValueKind::Insight;
    touch.valueText = QStringLiteral("Shared how a peer cut idle time by 12%");
    QSignalSpy touches(&t.pipeline(), &Pipeline::touchLogged);
    QSignalSpy followUps(&t.pipeline(), &Pipeline::followUpChanged);
    const auto touchId = t.pipeline().logTouch(touch, *followUpId);
    QVERIFY2(touchId.ok(), qPrintable(touchId.error()));
    QCOMPARE(touches.count(), 1);
    QCOMPARE(followUps.count(), 1);
    const auto stored = *t.pipeline().touch(*touchId);
    QCOMPARE(stored.valueKind, ValueKind::Insight);
    QCOMPARE(stored.occurredAt, touch.occurredAt);
    QCOMPARE(stored.outcome, TouchOutcome::Conversation);
    const auto done = *t.pipeline().followUp(*followUpId);
    QCOMPARE(done.doneTouchId, *touchId);
    QCOMPARE(done.doneOn, QDate(2026, 11, 23));
    // The same follow-up cannot be completed twice.
    QVERIFY(!t.pipeline().logTouch(touch, *followUpId).ok());
    QCOMPARE(t.countRows(QStringLiteral("touches")), 1);
}

void TestPipeline::refusesValueTouchWithoutContent()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    Touch touch;
    touch.dealId = id;
    touch.occurredAt = Test::fixedNow();
    touch.valueKind = ValueKind::WhitePaper;
    const auto result = t.pipeline().logTouch(touch);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QStringLiteral("bare check-in")));
    touch.valueKind = ValueKind::None;
    QVERIFY(t.pipeline().logTouch(touch).ok());
    QCOMPARE(t.countRows(QStringLiteral("touches")), 1);
}

void TestPipeline::schedulesReschedulesAndCompletesFollowUps()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    const qint64 other = t.deal(QStringLiteral("Other deal"));
    FollowUp planned;
    planned.dealId = id;
    planned.dueOn = QDate(2026, 11, 20);
    planned.cadence = Cadence::Ghosted;
    const auto followUpId = t.pipeline().scheduleFollowUp(planned);
    QVERIFY(followUpId.ok());
    QCOMPARE(t.pipeline().followUp(*followUpId)->cadence, Cadence::Ghosted);
    QCOMPARE(
        scalar(t.connection(), QStringLiteral("SELECT cadence FROM follow_ups WHERE id = ?"), { *followUpId })
            .toString(),
        QStringLiteral("ghosted"));
    QSignalSpy spy(&t.pipeline(), &Pipeline::followUpChanged);
    QVERIFY(t.pipeline().rescheduleFollowUp(*followUpId, QDate(2026, 11, 30)).ok());
    QCOMPARE(t.pipeline().followUp(*followUpId)->dueOn, QDate(2026, 11, 30));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!t.pipeline().rescheduleFollowUp(*followUpId, QDate()).ok());

    Touch elsewhere;
    elsewhere.dealId = other;
    elsewhere.occurredAt = Test::fixedNow();
    const auto wrongTouch = t.pipeline().logTouch(elsewhere);
    QVERIFY(wrongTouch.ok());
    QVERIFY(!t.pipeline().completeFollowUp(*followUpId, *wrongTouch).ok());

    Touch touch = elsewhere;
    touch.dealId = id;
    const auto touchId = t.pipeline().logTouch(touch);
    QVERIFY(t.pipeline().completeFollowUp(*followUpId, *touchId).ok());
    QVERIFY(t.pipeline().followUp(*followUpId)->isDone());
    const auto late = t.pipeline().rescheduleFollowUp(*followUpId, QDate(2026, 12, 5));
    QVERIFY(!late.ok());
    QVERIFY(late.error().contains(QStringLiteral("already done")));
    QVERIFY(!t.pipeline().scheduleFollowUp(FollowUp {}).ok());
    QVERIFY(!t.pipeline().cancelFollowUp(*followUpId).ok()); // done ones stay

    planned.dueOn = QDate(2026, 12, 1);
    const auto cancelled = t.pipeline().scheduleFollowUp(planned);
    QVERIFY(t.pipeline().cancelFollowUp(*cancelled).ok());
    QVERIFY(!t.pipeline().followUp(*cancelled));
}

namespace {

qint64 planOn(Pipeline &pipeline, qint64 dealId, const QDate &due)
{
    FollowUp planned;
    planned.dealId = dealId;
    planned.dueOn = due;
    const auto id = pipeline.scheduleFollowUp(planned);
    return id ? *id : 0;
}

} // namespace

void TestPipeline::reschedulesSeveralInOneTransaction()
{
    TestDatabase t;
    Pipeline &pipeline = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    const qint64 a = planOn(pipeline, deal, QDate(2026, 11, 20));
    const qint64 b = planOn(pipeline, deal, QDate(2026, 11, 21));
    const qint64 done = planOn(pipeline, deal, QDate(2026, 11, 22));
    Touch touch;
    touch.dealId = deal;
    touch.occurredAt = Test::fixedNow();
    QVERIFY(pipeline.logTouch(touch, done).ok());

    QSignalSpy spy(&pipeline, &Pipeline::followUpChanged);
    QVERIFY(pipeline.rescheduleFollowUps({ { a, QDate(2026, 12, 1) }, { b, QDate(2026, 12, 2) } }).ok());
    QCOMPARE(pipeline.followUp(a)->dueOn, QDate(2026, 12, 1));
    QCOMPARE(pipeline.followUp(b)->dueOn, QDate(2026, 12, 2));
    QCOMPARE(spy.count(), 2);

    // One that cannot move (done) and the others stay where they were.
    spy.clear();
    const auto refused
        = pipeline.rescheduleFollowUps({ { a, QDate(2026, 12, 5) }, { done, QDate(2026, 12, 5) } });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("done or skipped")), qPrintable(refused.error()));
    QCOMPARE(pipeline.followUp(a)->dueOn, QDate(2026, 12, 1));
    QCOMPARE(spy.count(), 0);
    QVERIFY(!pipeline.rescheduleFollowUps({ { a, QDate() } }).ok());
    QVERIFY(!pipeline.rescheduleFollowUps({ { 999999, QDate(2026, 12, 5) } }).ok());

    // A write that fails half way rolls back the ones before it.
    QVERIFY(QSqlQuery(t.connection())
                .exec(QStringLiteral("CREATE TRIGGER no_dec BEFORE UPDATE OF due_on ON follow_ups "
                                     "WHEN NEW.due_on LIKE '%-12-24' BEGIN SELECT RAISE(ABORT, 'no'); END")));
    QVERIFY(!pipeline.rescheduleFollowUps({ { a, QDate(2026, 12, 10) }, { b, QDate(2026, 12, 24) } }).ok());
    QCOMPARE(pipeline.followUp(a)->dueOn, QDate(2026, 12, 1));
    QCOMPARE(pipeline.followUp(b)->dueOn, QDate(2026, 12, 2));
}

void TestPipeline::skipsWithReasonAndReopens()
{
    TestDatabase t;
    Pipeline &pipeline = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    const qint64 a = planOn(pipeline, deal, QDate(2026, 11, 20));
    const qint64 b = planOn(pipeline, deal, QDate(2026, 11, 27));
    const auto noReason = pipeline.skipFollowUps({ a }, QStringLiteral("  "));
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().contains(QStringLiteral("why")));
    QVERIFY(!pipeline.followUp(a)->isDone());

    QSignalSpy spy(&pipeline, &Pipeline::followUpChanged);
    QVERIFY(pipeline.skipFollowUps({ a, b }, QStringLiteral(" They are on holiday ")).ok());
    QCOMPARE(spy.count(), 2);
    const FollowUp skipped = *pipeline.followUp(a);
    QVERIFY(skipped.isSkipped());
    QCOMPARE(skipped.skipReason, QStringLiteral("They are on holiday"));
    QCOMPARE(skipped.doneOn, Test::fixedNow().date());
    QCOMPARE(skipped.doneTouchId, 0);
    QVERIFY(pipeline.openFollowUpsOfDeal(deal).isEmpty());
    QVERIFY(!pipeline.nextFollowUp(deal));
    // Skipped twice is refused, and the first reason stays.
    QVERIFY(!pipeline.skipFollowUps({ a }, QStringLiteral("again")).ok());

    QVERIFY(pipeline.reopenFollowUps({ a, b }).ok());
    QCOMPARE(pipeline.openFollowUpsOfDeal(deal).size(), 2);
    QCOMPARE(pipeline.followUp(a)->dueOn, QDate(2026, 11, 20));
    QVERIFY(pipeline.followUp(a)->skipReason.isEmpty());
    QVERIFY(!pipeline.reopenFollowUps({ a }).ok()); // open already
}

void TestPipeline::wonAndLostSkipTheFollowUpsAskedFor()
{
    TestDatabase t;
    Pipeline &pipeline = t.pipeline();
    const qint64 won = t.deal(QStringLiteral("Acme renewal"));
    const qint64 keep = planOn(pipeline, won, QDate(2026, 11, 25));
    const qint64 drop = planOn(pipeline, won, QDate(2026, 11, 26));
    const qint64 elsewhere = planOn(pipeline, t.deal(QStringLiteral("Other")), QDate(2026, 11, 26));
    const Deal before = *pipeline.deal(won);

    // A follow-up of another deal is refused, and nothing is written.
    QVERIFY(!pipeline.markWon(won, before.value, Test::fixedNow().date(), { elsewhere }).ok());
    QCOMPARE(pipeline.deal(won)->status, DealStatus::Open);
    QVERIFY(!pipeline.followUp(elsewhere)->isDone());

    QVERIFY(pipeline.markWon(won, before.value, Test::fixedNow().date(), { drop }).ok());
    QCOMPARE(pipeline.followUp(drop)->skipReason, QStringLiteral("The deal was won."));
    QVERIFY(!pipeline.followUp(keep)->isDone());

    // Undo: the deal is open and the follow-up planned again, in one step; redo skips it again.
    const Deal after = *pipeline.deal(won);
    QVERIFY(pipeline.restoreDeal(before, { drop }).ok());
    QCOMPARE(pipeline.deal(won)->status, DealStatus::Open);
    QVERIFY(!pipeline.followUp(drop)->isDone());
    QVERIFY(pipeline.restoreDeal(after, {}, { drop }).ok());
    QVERIFY(pipeline.followUp(drop)->isSkipped());

    const qint64 lost = t.deal(QStringLiteral("Globex pilot"));
    const qint64 stale = planOn(pipeline, lost, QDate(2026, 11, 24));
    LostInfo info;
    info.reasonId = t.reasonId(NoMeaning::Timing);
    info.lostOn = Test::fixedNow().date();
    info.reengageOn = info.lostOn.addMonths(3);
    FollowUp first;
    first.dueOn = info.lostOn.addDays(30);
    first.plannedValueKind = ValueKind::Insight;
    first.plannedValue = QStringLiteral("Budget season notes");
    first.cadence = Cadence::ReEngage;
    const auto planned = pipeline.markLost(lost, info, first, { stale });
    QVERIFY2(planned.ok(), qPrintable(planned.error()));
    QCOMPARE(pipeline.followUp(stale)->skipReason, QStringLiteral("The deal was lost."));
    QCOMPARE(pipeline.openFollowUpsOfDeal(lost).size(), 1);
    // The first touch of the re-engagement knows its come-back date.
    QCOMPARE(pipeline.followUp(*planned)->seriesUntil, info.reengageOn);
}

void TestPipeline::failedMoveRollsBack()
{
    TestDatabase t;
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 id = t.deal(QStringLiteral("Acme renewal"), lead);
    const Deal before = *t.pipeline().deal(id);
    sabotageInserts(t.connection(), QStringLiteral("stage_history"));
    QSignalSpy moved(&t.pipeline(), &Pipeline::dealMoved);
    const auto result = t.pipeline().moveDeal(id, t.stageId(QStringLiteral("Proposal")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("Acme renewal")), qPrintable(result.error()));
    QVERIFY(result.error().contains(QStringLiteral("disk on fire")));
    // The deals row was updated inside the transaction; the rollback undid it.
    const Deal after = *t.pipeline().deal(id);
    QCOMPARE(after.stageId, before.stageId);
    QCOMPARE(after.position, before.position);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(historyRows(t.connection(), id), 1);
    // The connection is usable afterwards: no transaction left open.
    QVERIFY(t.pipeline().updateDeal(after).ok());
}

void TestPipeline::failedLostRollsBackEverything()
{
    TestDatabase t;
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    sabotageInserts(t.connection(), QStringLiteral("follow_ups"));
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = t.reasonId(NoMeaning::Timing);
    lost.reengageOn = QDate(2027, 5, 1);
    FollowUp first;
    first.dueOn = QDate(2027, 1, 10);
    QSignalSpy status(&t.pipeline(), &Pipeline::dealStatusChanged);
    const auto result = t.pipeline().markLost(id, lost, first);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QStringLiteral("disk on fire")));
    const Deal after = *t.pipeline().deal(id);
    QCOMPARE(after.status, DealStatus::Open);
    QCOMPARE(after.stageId, t.stageId(QStringLiteral("Lead in")));
    QVERIFY(!after.lost.reengageOn.isValid());
    QCOMPARE(historyRows(t.connection(), id), 1);
    QCOMPARE(t.countRows(QStringLiteral("follow_ups")), 0);
    QCOMPARE(t.countRows(QStringLiteral("losses")), 0);
    QCOMPARE(status.count(), 0);
    // A loss that cannot be recorded rolls back the move as well.
    QVERIFY(QSqlQuery(t.connection()).exec(QStringLiteral("DROP TRIGGER sabotage")));
    sabotageInserts(t.connection(), QStringLiteral("losses"));
    QVERIFY(!t.pipeline().markLost(id, lost).ok());
    QCOMPARE(t.pipeline().deal(id)->status, DealStatus::Open);
    QCOMPARE(historyRows(t.connection(), id), 1);
}

void TestPipeline::failedRecreateRollsBackItsParties()
{
    TestDatabase t;
    Deal deal;
    deal.title = QStringLiteral("Pilot");
    deal.stageId = t.stageId(QStringLiteral("Lead in"));
    const auto id
        = t.pipeline().createDeal(deal, NewParties { QStringLiteral("Ghost Inc"), QStringLiteral("Casper") });
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Deal created = *t.pipeline().deal(*id);
    const Account account = *t.pipeline().account(created.accountId);
    const Contact contact = *t.pipeline().contact(created.contactId);
    QVERIFY(t.pipeline().removeNewDeal(*id, account.id, contact.id).ok());
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 0);
    QCOMPARE(t.countRows(QStringLiteral("contacts")), 0);

    // The last of four inserts fails: the account, contact and deal written before it roll back.
    sabotageInserts(t.connection(), QStringLiteral("stage_history"));
    QSignalSpy changed(&t.pipeline(), &Pipeline::dealChanged);
    const auto failed = t.pipeline().recreateDeal(created, account, contact);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("Pilot")), qPrintable(failed.error()));
    QVERIFY(failed.error().contains(QStringLiteral("disk on fire")));
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 0);
    QCOMPARE(t.countRows(QStringLiteral("contacts")), 0);
    QCOMPARE(t.countRows(QStringLiteral("deals")), 0);
    QCOMPARE(changed.count(), 0);

    QSqlQuery drop(t.connection());
    QVERIFY(drop.exec(QStringLiteral("DROP TRIGGER sabotage")));
    QVERIFY(t.pipeline().recreateDeal(created, account, contact).ok());
    const Deal back = *t.pipeline().deal(*id);
    QCOMPARE(back.accountId, account.id);
    QCOMPARE(back.contactId, contact.id);
    QCOMPARE(historyRows(t.connection(), *id), 1);
}

void TestPipeline::busyDatabaseIsRefused()
{
    TestDatabase t;
    QSqlQuery pragma(t.connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    Account account;
    account.name = QStringLiteral("Busy Ltd");
    const QString other = QStringLiteral("another writer");
    {
        // Another program holds the write lock.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(t.path());
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy spy(&t.pipeline(), &Pipeline::accountChanged);
        const auto refused = t.pipeline().createAccount(account);
        QVERIFY(!refused.ok());
        // Said as a lock, with what to do, without Qt's suffix.
        QVERIFY2(
            refused.error().startsWith(QStringLiteral("Nothing was changed: another program is writing")),
            qPrintable(refused.error()));
        QVERIFY2(!refused.error().contains(QLatin1String("Unable to")), qPrintable(refused.error()));
        QCOMPARE(spy.count(), 0);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(other);
    // Nothing was left open: the same command goes through once the other writer is done.
    QVERIFY(t.pipeline().createAccount(account).ok());
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 1);
}

void TestPipeline::dealAfterFindsTheNextCard()
{
    TestDatabase t;
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 b = t.deal(QStringLiteral("B"), lead);
    const qint64 a = t.deal(QStringLiteral("A"), lead);
    QCOMPARE(t.pipeline().dealAfter(a), b);
    QCOMPARE(t.pipeline().dealAfter(b), 0);
}

static QStringList stageNames(Pipeline &pipeline)
{
    QStringList names;
    for (const Stage &stage : pipeline.stages())
        names << stage.name;
    return names;
}

void TestPipeline::addsRenamesAndReordersStages()
{
    TestDatabase t;
    QSignalSpy spy(&t.pipeline(), &Pipeline::stagesChanged);
    const auto added = t.pipeline().addStage(QStringLiteral("Trial"), 30);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(stageNames(t.pipeline()),
        (QStringList { QStringLiteral("Lead in"), QStringLiteral("Contact made"), QStringLiteral("Discovery"),
            QStringLiteral("Proposal"), QStringLiteral("Negotiation"), QStringLiteral("Trial"),
            QStringLiteral("Won"), QStringLiteral("Lost") }));
    Stage trial = *t.pipeline().stage(*added);
    QCOMPARE(trial.rotDays, 30);
    trial.name = QStringLiteral("Paid trial");
    trial.rotDays = 21;
    QVERIFY(t.pipeline().updateStage(trial).ok());
    QCOMPARE(t.pipeline().stage(*added)->name, QStringLiteral("Paid trial"));
    QCOMPARE(t.pipeline().stage(*added)->rotDays, 21);
    trial.name = QStringLiteral(" ");
    QVERIFY(!t.pipeline().updateStage(trial).ok());

    QList<qint64> open;
    for (const Stage &stage : t.pipeline().stages()) {
        if (stage.kind == StageKind::Open)
            open.prepend(stage.id);
    }
    QVERIFY(t.pipeline().reorderStages(open).ok());
    QCOMPARE(stageNames(t.pipeline()).first(), QStringLiteral("Paid trial"));
    QCOMPARE(stageNames(t.pipeline()).last(), QStringLiteral("Lost"));
    // Leaving a stage out of the new order is refused.
    open.removeLast();
    QVERIFY(!t.pipeline().reorderStages(open).ok());
    QCOMPARE(spy.count(), 3);
}

void TestPipeline::removesStageMovingItsDeals()
{
    TestDatabase t;
    const qint64 discovery = t.stageId(QStringLiteral("Discovery"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const qint64 kept = t.deal(QStringLiteral("Already in proposal"), proposal);
    const qint64 b = t.deal(QStringLiteral("B"), discovery);
    const qint64 a = t.deal(QStringLiteral("A"), discovery);
    const auto refused = t.pipeline().removeStage(discovery);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("deals (2)")), qPrintable(refused.error()));
    QVERIFY(t.pipeline().removeStage(discovery, proposal).ok());
    QVERIFY(!stageNames(t.pipeline()).contains(QStringLiteral("Discovery")));
    QCOMPARE(columnOrder(t.connection(), proposal), (QList<qint64> { kept, a, b }));
    // The history still names the removed stage.
    QCOMPARE(historyRows(t.connection(), a), 2);
    QCOMPARE(t.pipeline().stage(discovery)->name, QStringLiteral("Discovery"));
}

void TestPipeline::refusesToRemoveClosedOrLastStage()
{
    TestDatabase t;
    QVERIFY(!t.pipeline().removeStage(t.stageId(QStringLiteral("Won"))).ok());
    QVERIFY(!t.pipeline().removeStage(t.stageId(QStringLiteral("Lost"))).ok());
    const QStringList open { QStringLiteral("Lead in"), QStringLiteral("Contact made"),
        QStringLiteral("Discovery"), QStringLiteral("Proposal") };
    for (const QString &name : open)
        QVERIFY(t.pipeline().removeStage(t.stageId(name)).ok());
    const auto last = t.pipeline().removeStage(t.stageId(QStringLiteral("Negotiation")));
    QVERIFY(!last.ok());
    QVERIFY(last.error().contains(QStringLiteral("last open stage")));
}

void TestPipeline::editsLostReasons()
{
    TestDatabase t;
    QSignalSpy spy(&t.pipeline(), &Pipeline::lostReasonsChanged);
    LostReason reason;
    reason.label = QStringLiteral("Merged with another company");
    reason.meaning = NoMeaning::Timing;
    reason.reengageDays = 240;
    const auto id = t.pipeline().addLostReason(reason);
    QVERIFY(id.ok());
    QCOMPARE(t.pipeline().lostReasons().last().label, reason.label);
    reason.id = *id;
    reason.reengageDays = -3;
    QVERIFY(!t.pipeline().updateLostReason(reason).ok());
    reason.reengageDays = 200;
    reason.meaning = NoMeaning::Approach;
    QVERIFY(t.pipeline().updateLostReason(reason).ok());
    QCOMPARE(t.pipeline().lostReason(*id)->meaning, NoMeaning::Approach);
    const int before = int(t.pipeline().lostReasons().size());
    QVERIFY(t.pipeline().removeLostReason(*id).ok());
    QCOMPARE(t.pipeline().lostReasons().size(), before - 1);
    QVERIFY(t.pipeline().lostReason(*id)); // still there for the deals that used it
    QCOMPARE(spy.count(), 3);
}

RIPEN_CORE_TEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"

void TestPipeline::keepsOpenFollowUpsByDay()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deal = t.deal(QStringLiteral("Acme renewal"));
    const QDate monday(2026, 11, 23), friday(2026, 11, 20), thursday(2026, 11, 26);
    FollowUp planned;
    planned.dealId = deal;
    planned.dueOn = friday;
    const auto overdue = p.scheduleFollowUp(planned);
    planned.dueOn = monday;
    const auto today = p.scheduleFollowUps({ planned, planned });
    planned.dueOn = thursday;
    const auto ahead = p.scheduleFollowUp(planned);
    QVERIFY(overdue.ok() && today.ok() && ahead.ok());
    QCOMPARE(openByDayAndCount(t.connection()), QStringLiteral("2026-11-20:1;2026-11-23:2;2026-11-26:1"));
    // Worked out by hand: one overdue and two today are due by Monday; all four by Thursday.
    QCOMPARE(p.openFollowUpsDueBy(monday), 3);
    QCOMPARE(p.openFollowUpsDueBy(thursday), 4);
    QCOMPARE(p.openFollowUpsDueBy(friday.addDays(-1)), 0);

    // Rescheduled: out of Friday, into Thursday; the emptied day leaves no row.
    QVERIFY(p.rescheduleFollowUp(*overdue, thursday).ok());
    QCOMPARE(openByDayAndCount(t.connection()), QStringLiteral("2026-11-23:2;2026-11-26:2"));
    // Done through a touch, skipped, opened again, cancelled.
    Touch touch;
    touch.dealId = deal;
    touch.occurredAt = Test::fixedNow();
    QVERIFY(p.logTouch(touch, today->first()).ok());
    QVERIFY(p.skipFollowUps({ today->last() }, QStringLiteral("Not needed")).ok());
    QCOMPARE(openByDayAndCount(t.connection()), QStringLiteral("2026-11-26:2"));
    QCOMPARE(p.openFollowUpsDueBy(monday), 0);
    QVERIFY(p.reopenFollowUps({ today->last() }).ok());
    QCOMPARE(p.openFollowUpsDueBy(monday), 1);
    QVERIFY(p.cancelFollowUps({ *ahead }).ok());
    QCOMPARE(openByDayAndCount(t.connection()), QStringLiteral("2026-11-23:1;2026-11-26:1"));

    // What the badge reads is a search of the aggregate's key, never of the follow-ups.
    const QString plan = Test::queryPlan(t.connection(),
        QStringLiteral("SELECT coalesce(sum(open_count), 0) FROM open_follow_ups_by_day WHERE due_on <= ?"),
        { QStringLiteral("2026-11-23") });
    QVERIFY2(plan.contains(QStringLiteral("SEARCH open_follow_ups_by_day USING PRIMARY KEY (due_on<?)")),
        qPrintable(plan));
}
