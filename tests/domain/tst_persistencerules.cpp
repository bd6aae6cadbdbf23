// SPDX-License-Identifier: GPL-3.0-or-later
#include "persistencerules.h"
#include "testsupport.h"

using namespace Ripen;
using namespace Ripen::Rules;

Q_DECLARE_METATYPE(Ripen::Rules::NextStep)

class TestPersistenceRules : public QObject
{
    Q_OBJECT
private slots:
    void nextStepState_data();
    void nextStepState();
    void nuisance_data();
    void nuisance();
    void rotting_data();
    void rotting();
    void channelsToSuggest_data();
    void channelsToSuggest();
};

static const QDate kToday(2026, 11, 23);

void TestPersistenceRules::nextStepState_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<NextStep>("expected");
    QTest::newRow("nothing planned") << QDate() << NextStep::Missing;
    QTest::newRow("yesterday") << kToday.addDays(-1) << NextStep::Overdue;
    QTest::newRow("a month late") << kToday.addDays(-30) << NextStep::Overdue;
    QTest::newRow("today") << kToday << NextStep::Today;
    QTest::newRow("tomorrow") << kToday.addDays(1) << NextStep::Ahead;
}

void TestPersistenceRules::nextStepState()
{
    QFETCH(QDate, due);
    QFETCH(NextStep, expected);
    QCOMPARE(nextStep(due, kToday), expected);
}

void TestPersistenceRules::nuisance_data()
{
    // Newest touch first; '1' carried value, '0' was a bare check-in.
    QTest::addColumn<QString>("flags");
    QTest::addColumn<int>("streak");
    QTest::addColumn<bool>("nuisance");
    QTest::newRow("no touches yet") << "" << 0 << false;
    QTest::newRow("last touch carried value") << "1000" << 0 << false;
    QTest::newRow("one bare check-in") << "01" << 1 << false;
    QTest::newRow("two bare check-ins") << "001" << 2 << false;
    QTest::newRow("three bare in a row") << "0001" << 3 << true;
    QTest::newRow("only bare check-ins") << "00000" << 5 << true;
    QTest::newRow("value touch breaks the run") << "00100" << 2 << false;
}

void TestPersistenceRules::nuisance()
{
    QFETCH(QString, flags);
    QFETCH(int, streak);
    QFETCH(bool, nuisance);
    QCOMPARE(bareCheckInStreak(flags), streak);
    QCOMPARE(isNuisance(flags), nuisance);
}

void TestPersistenceRules::rotting_data()
{
    QTest::addColumn<QDate>("lastMeaningful");
    QTest::addColumn<QDate>("enteredStage");
    QTest::addColumn<QDate>("nextDue");
    QTest::addColumn<int>("rotDays");
    QTest::addColumn<bool>("rotting");
    QTest::addColumn<int>("days");
    QTest::newRow("fresh touch") << kToday.addDays(-3) << kToday.addDays(-60) << QDate() << 14 << false << 3;
    QTest::newRow("old touch, nothing planned")
        << kToday.addDays(-20) << kToday.addDays(-60) << QDate() << 14 << true << 20;
    QTest::newRow("exactly the allowance") << kToday.addDays(-14) << QDate() << QDate() << 14 << false << 14;
    QTest::newRow("old touch, follow-up ahead")
        << kToday.addDays(-40) << QDate() << kToday.addDays(5) << 14 << false << 40;
    QTest::newRow("old touch, follow-up today")
        << kToday.addDays(-40) << QDate() << kToday << 14 << false << 40;
    QTest::newRow("old touch, follow-up overdue")
        << kToday.addDays(-40) << QDate() << kToday.addDays(-2) << 14 << true << 40;
    // Not since creation: a deal created long ago with a recent meaningful touch is fine.
    QTest::newRow("no meaningful touch, entered recently")
        << QDate() << kToday.addDays(-5) << QDate() << 14 << false << 5;
    QTest::newRow("no meaningful touch, entered long ago")
        << QDate() << kToday.addDays(-30) << QDate() << 14 << true << 30;
    QTest::newRow("stage never rots") << kToday.addDays(-300) << QDate() << QDate() << 0 << false << 300;
    QTest::newRow("nothing known") << QDate() << QDate() << QDate() << 14 << false << -1;
}

void TestPersistenceRules::rotting()
{
    QFETCH(QDate, lastMeaningful);
    QFETCH(QDate, enteredStage);
    QFETCH(QDate, nextDue);
    QFETCH(int, rotDays);
    QFETCH(bool, rotting);
    QFETCH(int, days);
    const RotInput input { lastMeaningful, enteredStage, nextDue, rotDays };
    QCOMPARE(isRotting(input, kToday), rotting);
    QCOMPARE(daysWithoutMeaningfulTouch(input, kToday), days);
}

void TestPersistenceRules::channelsToSuggest_data()
{
    QTest::addColumn<QList<Channel>>("avoid");
    QTest::addColumn<QList<Channel>>("firstThree");
    QTest::addColumn<int>("count");
    QTest::newRow("nothing to avoid: the voice first")
        << QList<Channel> {} << QList<Channel> { Channel::Call, Channel::HandwrittenNote, Channel::LinkedIn }
        << 10;
    QTest::newRow("email was silent: a call, then a note")
        << QList<Channel> { Channel::Email }
        << QList<Channel> { Channel::Call, Channel::HandwrittenNote, Channel::LinkedIn } << 9;
    QTest::newRow("calls and notes tried")
        << QList<Channel> { Channel::HandwrittenNote, Channel::Call }
        << QList<Channel> { Channel::LinkedIn, Channel::Email, Channel::Voicemail } << 8;
    QTest::newRow("a meeting is the last resort")
        << QList<Channel> { Channel::Call, Channel::HandwrittenNote, Channel::LinkedIn, Channel::Email,
               Channel::Voicemail, Channel::Package, Channel::DropIn, Channel::Referral }
        << QList<Channel> { Channel::EventInvite, Channel::Meeting } << 2;
}

void TestPersistenceRules::channelsToSuggest()
{
    QFETCH(QList<Channel>, avoid);
    QFETCH(QList<Channel>, firstThree);
    QFETCH(int, count);
    const QList<Channel> channels = Rules::channelsToSuggest(avoid);
    QCOMPARE(channels.size(), count);
    QCOMPARE(channels.first(firstThree.size()), firstThree);
    for (Channel channel : avoid)
        QVERIFY(!channels.contains(channel));
}

RIPEN_CORE_TEST_MAIN(TestPersistenceRules)
#include "tst_persistencerules.moc"
