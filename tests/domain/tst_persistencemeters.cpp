// SPDX-License-Identifier: GPL-3.0-or-later
#include "persistencemeters.h"
#include "testsupport.h"

using namespace Ripen;
using namespace Ripen::Rules;

Q_DECLARE_METATYPE(Ripen::Touch)

class TestPersistenceMeters : public QObject
{
    Q_OBJECT
private slots:
    void attempts_data();
    void attempts();
    void nosHeard_data();
    void nosHeard();
    void channelsUsed_data();
    void channelsUsed();
    void valueShare_data();
    void valueShare();
    void daysSinceMeaningfulTouch_data();
    void daysSinceMeaningfulTouch();
    void meaningfulTouch_data();
    void meaningfulTouch();
};

static const QDate kToday(2026, 3, 2); // a Monday

namespace {

using Touches = QList<Touch>;

// A touch daysAgo days before kToday, at noon; id grows with each call so that ties keep their order.
Touch touch(int daysAgo, Channel channel = Channel::Email, TouchOutcome outcome = TouchOutcome::NoAnswer,
    ValueKind value = ValueKind::None)
{
    static qint64 nextId = 1;
    Touch t;
    t.id = nextId++;
    t.dealId = 1;
    t.channel = channel;
    t.occurredAt = QDateTime(kToday.addDays(-daysAgo), QTime(12, 0));
    t.outcome = outcome;
    t.valueKind = value;
    return t;
}

Touch value(int daysAgo, Channel channel = Channel::Email, ValueKind kind = ValueKind::Insight)
{
    return touch(daysAgo, channel, TouchOutcome::NoAnswer, kind);
}

Touch outcome(int daysAgo, TouchOutcome result, Channel channel = Channel::Call)
{
    return touch(daysAgo, channel, result);
}

// n unanswered bare touches on channel, one a week, the newest firstDaysAgo days ago.
Touches unanswered(int n, Channel channel, int firstDaysAgo = 1)
{
    Touches touches;
    for (int i = 0; i < n; ++i)
        touches << touch(firstDaysAgo + 7 * i, channel);
    return touches;
}

void addMeterColumns()
{
    QTest::addColumn<Touches>("touches");
    QTest::addColumn<int>("measured");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("advice");
}

void checkMeter(const Meter &meter, int target)
{
    QFETCH(int, measured);
    QFETCH(bool, met);
    QFETCH(QString, advice);
    QCOMPARE(meter.measured, measured);
    QCOMPARE(meter.target, target);
    QCOMPARE(meter.met, met);
    QCOMPARE(meter.advice, advice);
}

} // namespace

void TestPersistenceMeters::attempts_data()
{
    addMeterColumns();
    QTest::newRow("no touches") << Touches {} << 0 << false
                                << "0 of 9 attempts: access usually takes 9 or more, keep going";
    QTest::newRow("one attempt") << unanswered(1, Channel::Email) << 1 << false
                                 << "1 of 9 attempts: access usually takes 9 or more, keep going";
    QTest::newRow("two attempts on two channels")
        << Touches { touch(9, Channel::Call), touch(2, Channel::Email) } << 2 << false
        << "2 of 9 attempts: access usually takes 9 or more, keep going";
    QTest::newRow("all on email: try a call or a note")
        << unanswered(4, Channel::Email) << 4 << false
        << "4 attempts, all on one channel (Email): try Call or Handwritten note";
    QTest::newRow("all on calls: try a note or LinkedIn")
        << unanswered(3, Channel::Call) << 3 << false
        << "3 attempts, all on one channel (Call): try Handwritten note or LinkedIn";
    QTest::newRow("nine unanswered attempts are the norm")
        << unanswered(9, Channel::Voicemail) << 9 << true
        << "9 attempts without an answer: access often takes longer, keep going and switch channels";
    QTest::newRow("reached on the first attempt")
        << Touches { outcome(3, TouchOutcome::Conversation) } << 1 << true
        << "Reached them on attempt 1: now make every touch worth their time";
    // Attempts after the one that reached them are no longer attempts at access.
    QTest::newRow("reached on the third, out of order")
        << Touches { touch(1), outcome(10, TouchOutcome::NotNow), touch(30), touch(20), touch(5) } << 3
        << true << "Reached them on attempt 3: now make every touch worth their time";
    QTest::newRow("a value touch without answer does not reach them")
        << Touches { value(20), value(10, Channel::LinkedIn) } << 2 << false
        << "2 of 9 attempts: access usually takes 9 or more, keep going";
}

void TestPersistenceMeters::attempts()
{
    QFETCH(Touches, touches);
    checkMeter(persistenceMeters(touches, kToday).attempts, kAccessAttempts);
}

void TestPersistenceMeters::nosHeard_data()
{
    addMeterColumns();
    QTest::newRow("none") << Touches { outcome(5, TouchOutcome::Conversation) } << 0 << false
                          << "0 of 4 “no”s so far: most yeses come after 4, a “no” means “not now”";
    QTest::newRow("one no") << Touches { outcome(5, TouchOutcome::No), touch(3) } << 1 << false
                            << "1 of 4 “no”s so far: most yeses come after 4, a “no” means “not now”";
    QTest::newRow("not now counts as a no") << Touches {
        outcome(30, TouchOutcome::No), outcome(20, TouchOutcome::NotNow), outcome(10, TouchOutcome::NotNow)
    } << 3 << false << "3 of 4 “no”s so far: most yeses come after 4, a “no” means “not now”";
    QTest::newRow("four: a yes is due") << Touches {
        outcome(40, TouchOutcome::No), outcome(30, TouchOutcome::NotNow), outcome(20, TouchOutcome::No),
        outcome(10, TouchOutcome::NotNow), outcome(5, TouchOutcome::MeetingBooked)
    } << 4 << true << "4 “no”s heard: most yeses come after four, ask again with something new";
}

void TestPersistenceMeters::nosHeard()
{
    QFETCH(Touches, touches);
    checkMeter(persistenceMeters(touches, kToday).nosHeard, kNosBeforeYes);
}

void TestPersistenceMeters::channelsUsed_data()
{
    addMeterColumns();
    QTest::newRow("none: start with a call") << Touches {} << 0 << false << "0 of 10 channels: add Call";
    QTest::newRow("email only: add a call")
        << unanswered(3, Channel::Email) << 1 << false << "1 of 10 channels: add Call";
    QTest::newRow("three: add LinkedIn") << Touches { touch(9, Channel::Call),
        touch(5, Channel::HandwrittenNote), touch(2, Channel::Email), touch(1, Channel::Email) }
                                         << 3 << false << "3 of 10 channels: add LinkedIn";
    QTest::newRow("four: a good mix")
        << Touches { touch(9, Channel::Call), touch(5, Channel::Package), touch(2, Channel::Email),
               touch(1, Channel::DropIn) }
        << 4 << true << "4 of 10 channels: a good mix, switch again whenever one stays silent";
}

void TestPersistenceMeters::channelsUsed()
{
    QFETCH(Touches, touches);
    checkMeter(persistenceMeters(touches, kToday).channelsUsed, kChannelMix);
}

void TestPersistenceMeters::valueShare_data()
{
    addMeterColumns();
    QTest::newRow("no touches") << Touches {} << 0 << false
                                << "No touches yet: make the first one carry value";
    QTest::newRow("one in five carried value") << (unanswered(4, Channel::Call)
        << value(2)) << 20 << false << "20% of touches carried value: bring an insight or an idea next time";
    QTest::newRow("a third, rounded down") << Touches { value(9), touch(5),
        touch(1) } << 33 << false << "33% of touches carried value: bring an insight or an idea next time";
    QTest::newRow("two thirds, rounded up") << Touches { value(9), value(5),
        touch(1) } << 67 << false << "67% of touches carried value: bring an insight or an idea next time";
    QTest::newRow("three in four") << Touches { value(9), value(5), touch(3), value(1) } << 75 << true
                                   << "75% of touches carried value: keep bringing something every time";
    QTest::newRow("a conversation is no value")
        << Touches { outcome(9, TouchOutcome::Conversation), outcome(5, TouchOutcome::Yes) } << 0 << false
        << "0% of touches carried value: bring an insight or an idea next time";
}

void TestPersistenceMeters::valueShare()
{
    QFETCH(Touches, touches);
    checkMeter(persistenceMeters(touches, kToday).valueShare, kValueSharePercent);
}

void TestPersistenceMeters::daysSinceMeaningfulTouch_data()
{
    addMeterColumns();
    QTest::newRow("no touches") << Touches {} << -1 << false
                                << "No meaningful touch yet: reach them or send something of value this week";
    QTest::newRow("only unanswered bare touches")
        << unanswered(3, Channel::Call) << -1 << false
        << "No meaningful touch yet: reach them or send something of value this week";
    QTest::newRow("value 41 days ago, bare since")
        << (Touches { value(41) } << unanswered(3, Channel::Call)) << 41 << false
        << "41 days since a meaningful touch: send something of value this week";
    QTest::newRow("a conversation counts")
        << Touches { value(41), outcome(15, TouchOutcome::Conversation) } << 15 << false
        << "15 days since a meaningful touch: send something of value this week";
    QTest::newRow("exactly two weeks")
        << Touches { outcome(14, TouchOutcome::No) } << 14 << true
        << "14 days since a meaningful touch: good, keep one every 14 days or sooner";
    QTest::newRow("the newest counts, not the last listed") << Touches { value(3),
        value(30) } << 3 << true << "3 days since a meaningful touch: good, keep one every 14 days or sooner";
    QTest::newRow("yesterday") << Touches { value(1) } << 1 << true
                               << "A meaningful touch yesterday: good, keep one every 14 days or sooner";
    QTest::newRow("today") << Touches { value(0) } << 0 << true
                           << "A meaningful touch today: good, keep one every 14 days or sooner";
    QTest::newRow("dated tomorrow counts as today")
        << Touches { value(-1) } << 0 << true
        << "A meaningful touch today: good, keep one every 14 days or sooner";
}

void TestPersistenceMeters::daysSinceMeaningfulTouch()
{
    QFETCH(Touches, touches);
    checkMeter(persistenceMeters(touches, kToday).daysSinceMeaningfulTouch, kMeaningfulTouchMaxDays);
}

void TestPersistenceMeters::meaningfulTouch_data()
{
    QTest::addColumn<Touch>("touch");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<bool>("meaningful");
    QTest::newRow("unanswered bare") << touch(1) << false << false;
    QTest::newRow("unanswered with value") << value(1) << false << true;
    for (TouchOutcome result : { TouchOutcome::Conversation, TouchOutcome::No, TouchOutcome::NotNow,
             TouchOutcome::MeetingBooked, TouchOutcome::Yes })
        QTest::addRow("bare, %s", qPrintable(enumKey(result))) << outcome(1, result) << true << true;
}

void TestPersistenceMeters::meaningfulTouch()
{
    QFETCH(Touch, touch);
    QFETCH(bool, reached);
    QFETCH(bool, meaningful);
    QCOMPARE(reachedThePerson(touch), reached);
    QCOMPARE(isMeaningful(touch), meaningful);
}

RIPEN_CORE_TEST_MAIN(TestPersistenceMeters)
#include "tst_persistencemeters.moc"
