// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadence.h"
#include "testsupport.h"

using namespace Ripen;
using namespace Ripen::Rules;

Q_DECLARE_METATYPE(Ripen::NoMeaning)
Q_DECLARE_METATYPE(Ripen::Cadence)
Q_DECLARE_METATYPE(Ripen::Channel)
Q_DECLARE_METATYPE(Ripen::ValueKind)
Q_DECLARE_METATYPE(Ripen::Rules::CadenceStep)

class TestCadence : public QObject
{
    Q_OBJECT
private slots:
    void firstTouchAfterLoss_data();
    void firstTouchAfterLoss();
    void firstTouchWhenReengageIsBeforeLoss();
    void firstTouchCarriesValue();
    void firstTouchWithoutLossDate();
    void cadenceKeys_data();
    void cadenceKeys();
    void cadenceFromStoredText_data();
    void cadenceFromStoredText();
    void notNowCadence_data();
    void notNowCadence();
    void notNowCadenceAfterEveryChannel_data();
    void notNowCadenceAfterEveryChannel();
    void notNowSuggestions();
    void shiftCadence_data();
    void shiftCadence();
};

static const QDate kLostOn(2026, 11, 23);

void TestCadence::firstTouchAfterLoss_data()
{
    // wait: days from the loss to the re-engage date; days: from the loss to the first touch.
    QTest::addColumn<NoMeaning>("meaning");
    QTest::addColumn<int>("wait");
    QTest::addColumn<int>("days");
    for (NoMeaning meaning : { NoMeaning::Approach, NoMeaning::Value, NoMeaning::Timing,
             NoMeaning::Competitor, NoMeaning::Reflex }) {
        // A third of the wait, but never sooner than a week unless the wait is shorter.
        const QByteArray key = enumKey(meaning).toLatin1();
        for (const auto &[wait, days] : std::initializer_list<std::pair<int, int>> { { 0, 0 }, { 1, 1 },
                 { 6, 6 }, { 7, 7 }, { 20, 7 }, { 21, 7 }, { 22, 7 }, { 23, 7 }, { 24, 8 }, { 60, 20 },
                 { 90, 30 }, { 120, 40 }, { 180, 60 }, { 300, 100 }, { 365, 121 }, { 3650, 1216 } })
            QTest::addRow("%s, wait %d", key.constData(), wait) << meaning << wait << days;
    }
    // Ghosted: on the re-engage date, but at most two weeks after the loss.
    for (const auto &[wait, days] : std::initializer_list<std::pair<int, int>> { { 0, 0 }, { 1, 1 }, { 2, 2 },
             { 7, 7 }, { 13, 13 }, { 14, 14 }, { 15, 14 }, { 21, 14 }, { 90, 14 }, { 365, 14 } })
        QTest::addRow("ghosted, wait %d", wait) << NoMeaning::Ghosted << wait << days;
}

void TestCadence::firstTouchAfterLoss()
{
    QFETCH(NoMeaning, meaning);
    QFETCH(int, wait);
    QFETCH(int, days);
    const QDate reengageOn = kLostOn.addDays(wait);
    const FirstTouchPlan plan = Rules::firstTouchAfterLoss(meaning, kLostOn, reengageOn);
    QCOMPARE(kLostOn.daysTo(plan.dueOn), days);
    QVERIFY(plan.dueOn >= kLostOn);
    QVERIFY(plan.dueOn <= reengageOn);
}

void TestCadence::firstTouchWhenReengageIsBeforeLoss()
{
    // The dialog refuses such a date on OK, but proposes a touch while the user is still typing.
    for (int i = 0; i < enumCount<NoMeaning>(); ++i)
        QCOMPARE(
            Rules::firstTouchAfterLoss(enumAt<NoMeaning>(i), kLostOn, kLostOn.addDays(-5)).dueOn, kLostOn);
}

void TestCadence::firstTouchCarriesValue()
{
    for (int i = 0; i < enumCount<NoMeaning>(); ++i) {
        const FirstTouchPlan plan
            = Rules::firstTouchAfterLoss(enumAt<NoMeaning>(i), kLostOn, kLostOn.addDays(90));
        QCOMPARE(plan.channel, Channel::Email);
        QCOMPARE(plan.valueKind, ValueKind::Insight);
        QCOMPARE(plan.cadence, Cadence::ReEngage);
    }
}

void TestCadence::firstTouchWithoutLossDate()
{
    QVERIFY(!Rules::firstTouchAfterLoss(NoMeaning::Timing, QDate(), kLostOn).dueOn.isValid());
    QVERIFY(!Rules::firstTouchAfterLoss(NoMeaning::Ghosted, QDate(), kLostOn).dueOn.isValid());
}

void TestCadence::cadenceKeys_data()
{
    QTest::addColumn<Cadence>("cadence");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("one-off") << Cadence::None << ""
                             << "One-off";
    QTest::newRow("re-engage") << Cadence::ReEngage << "re_engage"
                               << "Not now: value touches until re-engaging";
    QTest::newRow("ghosted") << Cadence::Ghosted << "ghosted"
                             << "Ghosted: a value touch every two weeks";
    QTest::newRow("long game") << Cadence::LongGame << "long_game"
                               << "Long game: a value touch every month";
}

void TestCadence::cadenceKeys()
{
    QFETCH(Cadence, cadence);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(enumKey(cadence), key);
    QVERIFY(!enumKey(cadence).isNull()); // follow_ups.cadence is NOT NULL, a one-off too
    QCOMPARE(enumFromKey<Cadence>(key), std::optional<Cadence>(cadence));
    QCOMPARE(Ripen::cadenceFromStoredText(key), cadence);
    QCOMPARE(enumLabel(cadence), label);
}

void TestCadence::cadenceFromStoredText_data()
{
    // Migration 003 turns the wordings of versions 1 and 2 into keys; whatever it did not know
    // reads as a one-off rather than failing.
    QTest::addColumn<QString>("text");
    QTest::addColumn<Cadence>("cadence");
    QTest::newRow("null") << QString() << Cadence::None;
    QTest::newRow("unknown free text") << "Weekly, until they give in" << Cadence::None;
    QTest::newRow("old dialog word") << "re-engage" << Cadence::None;
    QTest::newRow("key in capitals") << "GHOSTED" << Cadence::None;
    QTest::newRow("key with spaces") << " ghosted" << Cadence::None;
    QTest::newRow("label, not key") << "Ghosted: a value touch every two weeks" << Cadence::None;
    QTest::newRow("key") << "long_game" << Cadence::LongGame;
}

void TestCadence::cadenceFromStoredText()
{
    QFETCH(QString, text);
    QFETCH(Cadence, cadence);
    QCOMPARE(Ripen::cadenceFromStoredText(text), cadence);
}

static const QDate kMonday(2026, 3, 2);
static const QDate kSaturday(2026, 3, 7);

namespace {

using Dates = QList<QDate>;
using Channels = QList<Channel>;
using Kinds = QList<ValueKind>;

// What holds for every proposal: value touches inside the window, each with its own channel and kind.
void checkProposal(
    const QList<ProposedStep> &steps, const QDate &today, const QDate &comeBackOn, Channel last)
{
    QList<Channel> channels;
    QList<ValueKind> kinds;
    for (const ProposedStep &step : steps) {
        QVERIFY(step.dueOn >= today.addDays(Rules::kFirstTouchMinDays));
        QVERIFY(step.dueOn < comeBackOn);
        QVERIFY(step.valueKind != ValueKind::None);
        QVERIFY(!step.suggestion.isEmpty());
        QCOMPARE(step.cadence, Cadence::ReEngage);
        QVERIFY(!channels.contains(step.channel));
        QVERIFY(!kinds.contains(step.valueKind));
        channels << step.channel;
        kinds << step.valueKind;
    }
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(steps.at(i - 1).dueOn < steps.at(i).dueOn);
    if (!steps.isEmpty())
        QVERIFY(steps.first().channel != last);
}

} // namespace

void TestCadence::notNowCadence_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("comeBackOn");
    QTest::addColumn<Channel>("lastChannel");
    QTest::addColumn<Dates>("dates");
    QTest::addColumn<Channels>("channels");
    QTest::addColumn<Kinds>("kinds");
    const Kinds two { ValueKind::Insight, ValueKind::Idea };
    const Kinds three { ValueKind::Insight, ValueKind::Invitation, ValueKind::Idea };
    QTest::newRow("two weeks: two steps, the first after a week")
        << kMonday << QDate(2026, 3, 16) << Channel::Email << Dates { QDate(2026, 3, 9), QDate(2026, 3, 12) }
        << Channels { Channel::LinkedIn, Channel::Call } << two;
    QTest::newRow("three months: three steps, Sunday to Monday")
        << kMonday << QDate(2026, 6, 2) << Channel::Call
        << Dates { QDate(2026, 3, 25), QDate(2026, 4, 17), QDate(2026, 5, 11) }
        << Channels { Channel::Email, Channel::EventInvite, Channel::Call } << three;
    QTest::newRow("six months: three steps, Saturday to Friday")
        << kMonday << QDate(2026, 9, 2) << Channel::Email
        << Dates { QDate(2026, 4, 17), QDate(2026, 6, 2), QDate(2026, 7, 17) }
        << Channels { Channel::LinkedIn, Channel::EventInvite, Channel::Call } << three;
    QTest::newRow("41 days: still two, both off Sundays")
        << kMonday << kMonday.addDays(41) << Channel::Email
        << Dates { QDate(2026, 3, 16), QDate(2026, 3, 30) } << Channels { Channel::LinkedIn, Channel::Call }
        << two;
    QTest::newRow("six weeks: three")
        << kMonday << kMonday.addDays(42) << Channel::LinkedIn
        << Dates { QDate(2026, 3, 12), QDate(2026, 3, 23), QDate(2026, 4, 2) }
        << Channels { Channel::Email, Channel::EventInvite, Channel::Call } << three;
    QTest::newRow("nine days: two steps on the last two days")
        << kMonday << kMonday.addDays(9) << Channel::Email << Dates { QDate(2026, 3, 9), QDate(2026, 3, 10) }
        << Channels { Channel::LinkedIn, Channel::Call } << two;
    QTest::newRow("eight days: one idea, not on the last channel")
        << kMonday << kMonday.addDays(8) << Channel::Call << Dates { QDate(2026, 3, 9) }
        << Channels { Channel::HandwrittenNote } << Kinds { ValueKind::Idea };
    QTest::newRow("a week: too close, the date itself is the next touch")
        << kMonday << kMonday.addDays(7) << Channel::Email << Dates {} << Channels {} << Kinds {};
    QTest::newRow("three days: too close")
        << kMonday << kMonday.addDays(3) << Channel::Email << Dates {} << Channels {} << Kinds {};
    QTest::newRow("today") << kMonday << kMonday << Channel::Email << Dates {} << Channels {} << Kinds {};
    QTest::newRow("in the past") << kMonday << kMonday.addDays(-30) << Channel::Email << Dates {}
                                 << Channels {} << Kinds {};
    QTest::newRow("no come-back date")
        << kMonday << QDate() << Channel::Email << Dates {} << Channels {} << Kinds {};
    QTest::newRow("from a Saturday: Saturday to Monday, Friday is too early")
        << kSaturday << kSaturday.addDays(14) << Channel::Email
        << Dates { QDate(2026, 3, 16), QDate(2026, 3, 17) } << Channels { Channel::LinkedIn, Channel::Call }
        << two;
    QTest::newRow("a one-day window on a Saturday stays there")
        << kSaturday << kSaturday.addDays(8) << Channel::Email << Dates { QDate(2026, 3, 14) }
        << Channels { Channel::Call } << Kinds { ValueKind::Idea };
    QTest::newRow("tight window: Saturday stays, Sunday moves to Monday")
        << kSaturday << kSaturday.addDays(10) << Channel::Email
        << Dates { QDate(2026, 3, 14), QDate(2026, 3, 16) } << Channels { Channel::LinkedIn, Channel::Call }
        << two;
}

void TestCadence::notNowCadence()
{
    QFETCH(QDate, today);
    QFETCH(QDate, comeBackOn);
    QFETCH(Channel, lastChannel);
    QFETCH(Dates, dates);
    QFETCH(Channels, channels);
    QFETCH(Kinds, kinds);
    const QList<ProposedStep> steps = proposeNotNowCadence(today, comeBackOn, lastChannel);
    Dates actualDates;
    Channels actualChannels;
    Kinds actualKinds;
    for (const ProposedStep &step : steps) {
        actualDates << step.dueOn;
        actualChannels << step.channel;
        actualKinds << step.valueKind;
    }
    QCOMPARE(actualDates, dates);
    QCOMPARE(actualChannels, channels);
    QCOMPARE(actualKinds, kinds);
    checkProposal(steps, today, comeBackOn, lastChannel);
}

void TestCadence::notNowCadenceAfterEveryChannel_data()
{
    QTest::addColumn<Channel>("lastChannel");
    QTest::addColumn<int>("wait");
    QTest::addColumn<int>("count");
    for (int i = 0; i < enumCount<Channel>(); ++i) {
        const Channel channel = enumAt<Channel>(i);
        for (const auto &[wait, count] : std::initializer_list<std::pair<int, int>> {
                 { 8, 1 }, { 14, 2 }, { 41, 2 }, { 42, 3 }, { 92, 3 }, { 184, 3 }, { 730, 3 } })
            QTest::addRow("after %s, wait %d", qPrintable(enumKey(channel)), wait)
                << channel << wait << count;
    }
}

void TestCadence::notNowCadenceAfterEveryChannel()
{
    QFETCH(Channel, lastChannel);
    QFETCH(int, wait);
    QFETCH(int, count);
    const QDate comeBackOn = kMonday.addDays(wait);
    const QList<ProposedStep> steps = proposeNotNowCadence(kMonday, comeBackOn, lastChannel);
    QCOMPARE(steps.size(), count);
    checkProposal(steps, kMonday, comeBackOn, lastChannel);
    // From a Monday every window is wide enough to leave the weekend.
    for (const ProposedStep &step : steps)
        QVERIFY2(step.dueOn.dayOfWeek() <= 5, qPrintable(step.dueOn.toString(Qt::ISODate)));
}

void TestCadence::notNowSuggestions()
{
    const QList<ProposedStep> steps = proposeNotNowCadence(kMonday, kMonday.addDays(92), Channel::Email);
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).suggestion,
        QStringLiteral("Share an insight: a trend or a number from their industry that matters to them"));
    QCOMPARE(steps.at(1).suggestion, QStringLiteral("Invite them to a webinar or an event worth their time"));
    QCOMPARE(steps.at(2).suggestion,
        QStringLiteral("Bring an idea about their business: a reason to talk on the date they named"));
}

namespace {

using Steps = QList<CadenceStep>;

// Days from kMonday (2026-03-02): 4, 11, 18 are Fridays, 5, 12, 19 Saturdays, 6, 13, 20 Sundays.
QDate day(int offset)
{
    return kMonday.addDays(offset);
}

CadenceStep step(qint64 id, int offset)
{
    return CadenceStep { id, day(offset) };
}

QString moveText(qint64 id, const QDate &from, const QDate &to)
{
    return QStringLiteral("%1: %2 -> %3").arg(id).arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

// A step the rule moves, in the form the test compares.
QString moved(qint64 id, int from, int to)
{
    return moveText(id, day(from), day(to));
}

} // namespace

void TestCadence::shiftCadence_data()
{
    // The moved step is id 1; the later steps are 2, 3, ... Today is kMonday unless a row says otherwise.
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<QDate>("movedFrom");
    QTest::addColumn<QDate>("movedTo");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("weekendsAllowed");
    QTest::addColumn<QStringList>("moves");
    const QDate none;
    const QDate today = day(0);

    // Room enough: every step follows by the same number of days.
    QTest::newRow("later by a week, spacing kept")
        << Steps { step(2, 7), step(3, 14), step(4, 21) } << day(0) << day(7) << day(60) << today << true
        << QStringList { moved(2, 7, 14), moved(3, 14, 21), moved(4, 21, 28) };
    QTest::newRow("earlier by three days, spacing kept")
        << Steps { step(2, 17), step(3, 24) } << day(10) << day(7) << day(60) << today << true
        << QStringList { moved(2, 17, 14), moved(3, 24, 21) };
    QTest::newRow("no come-back date: no end")
        << Steps { step(2, 9), step(3, 16) } << day(2) << day(100) << none << today << true
        << QStringList { moved(2, 9, 107), moved(3, 16, 114) };
    QTest::newRow("not sorted: taken and answered in date order")
        << Steps { step(4, 21), step(2, 7), step(3, 14) } << day(0) << day(2) << none << today << true
        << QStringList { moved(2, 7, 9), moved(3, 14, 16), moved(4, 21, 23) };

    // The come-back date (day 30): the steps stop before it, one a day, in their order.
    QTest::newRow("the last step stops the day before target")
        << Steps { step(2, 10), step(3, 20), step(4, 28) } << day(0) << day(7) << day(30) << today << true
        << QStringList { moved(2, 10, 17), moved(3, 20, 27), moved(4, 28, 29) };
    QTest::newRow("steps pile up one a day before target")
        << Steps { step(2, 10), step(3, 15), step(4, 20) } << day(0) << day(14) << day(30) << today << true
        << QStringList { moved(2, 10, 24), moved(3, 15, 28), moved(4, 20, 29) };
    QTest::newRow("every step past target: the last three days")
        << Steps { step(2, 5), step(3, 10), step(4, 15) } << day(0) << day(25) << day(30) << today << true
        << QStringList { moved(2, 5, 27), moved(3, 10, 28), moved(4, 15, 29) };
    QTest::newRow("too little room: the last ones fit, the first stays")
        << Steps { step(2, 3), step(3, 6), step(4, 9) } << day(0) << day(27) << day(30) << today << true
        << QStringList { moved(3, 6, 28), moved(4, 9, 29) };
    QTest::newRow("jumped over the later steps: none on or before the moved one") << Steps { step(2, 5),
        step(3, 10) } << day(0) << day(20) << day(22) << today << true << QStringList { moved(3, 10, 21) };
    QTest::newRow("moved onto the come-back date: nothing follows")
        << Steps { step(2, 5), step(3, 10) } << day(0) << day(30) << day(30) << today << true
        << QStringList {};
    QTest::newRow("same day: ordered by id at the wall")
        << Steps { step(5, 15), step(3, 15) } << day(0) << day(10) << day(20) << today << true
        << QStringList { moved(3, 15, 18), moved(5, 15, 19) };

    // Never against the move.
    QTest::newRow("later: a step already past target stays")
        << Steps { step(2, 10), step(3, 25) } << day(0) << day(3) << day(20) << today << true
        << QStringList { moved(2, 10, 13) };
    QTest::newRow("later: no room left on the day before target")
        << Steps { step(2, 10), step(3, 19) } << day(0) << day(5) << day(20) << today << true
        << QStringList { moved(2, 10, 15) };
    QTest::newRow("earlier: a step past target comes back before it")
        << Steps { step(2, 15), step(3, 25) } << day(10) << day(8) << day(20) << today << true
        << QStringList { moved(2, 15, 13), moved(3, 25, 19) };
    QTest::newRow("earlier: an overdue step is not pushed to today") << Steps { step(2, 7),
        step(3, 12) } << day(5) << day(3) << none << day(10) << true << QStringList { moved(3, 12, 11) };

    // Today (day 10): no step lands before it; those that would stack up from it.
    QTest::newRow("earlier into the past: today, then one a day")
        << Steps { step(2, 13), step(3, 14), step(4, 20) } << day(12) << day(2) << day(60) << day(10) << true
        << QStringList { moved(2, 13, 10), moved(3, 14, 11), moved(4, 20, 12) };
    QTest::newRow("earlier: steps after today keep their spacing")
        << Steps { step(2, 13), step(3, 25) } << day(12) << day(2) << day(60) << day(10) << true
        << QStringList { moved(2, 13, 10), moved(3, 25, 15) };
    QTest::newRow("earlier, too little room: the first ones fit, the last stays")
        << Steps { step(2, 13), step(3, 14), step(4, 15) } << day(9) << day(2) << day(12) << day(10) << true
        << QStringList { moved(2, 13, 10), moved(3, 14, 11) };
    QTest::newRow("earlier: two steps on one day part at the moved step")
        << Steps { step(2, 13), step(3, 13) } << day(12) << day(9) << none << today << true
        << QStringList { moved(2, 13, 10), moved(3, 13, 11) };

    // Weekends (day 5 is a Saturday, 6 a Sunday).
    QTest::newRow("weekends allowed: Saturday stays")
        << Steps { step(2, 2), step(3, 9) } << day(0) << day(3) << none << today << true
        << QStringList { moved(2, 2, 5), moved(3, 9, 12) };
    QTest::newRow("Saturday to the Friday before")
        << Steps { step(2, 2), step(3, 9) } << day(0) << day(3) << none << today << false
        << QStringList { moved(2, 2, 4), moved(3, 9, 11) };
    QTest::newRow("Sunday to the Monday after")
        << Steps { step(2, 2), step(3, 9) } << day(0) << day(4) << none << today << false
        << QStringList { moved(2, 2, 7), moved(3, 9, 14) };
    QTest::newRow("earlier: Sunday to Monday, Saturday to Friday")
        << Steps { step(2, 16), step(3, 22) } << day(10) << day(7) << none << today << false
        << QStringList { moved(2, 16, 14), moved(3, 22, 18) };
    QTest::newRow("Saturday stays: the step before has the Friday")
        << Steps { step(2, 3), step(3, 4) } << day(0) << day(1) << none << today << false
        << QStringList { moved(2, 3, 4), moved(3, 4, 5) };
    QTest::newRow("Sunday stays: the step after has the Monday")
        << Steps { step(2, 4), step(3, 5) } << day(0) << day(2) << none << today << false
        << QStringList { moved(2, 4, 6), moved(3, 5, 7) };
    QTest::newRow("Sunday stays: Monday is the come-back date")
        << Steps { step(2, 4) } << day(0) << day(2) << day(7) << today << false
        << QStringList { moved(2, 4, 6) };
    QTest::newRow("Saturday stays: Friday is the moved step's day")
        << Steps { step(2, 1) } << day(0) << day(4) << none << today << false
        << QStringList { moved(2, 1, 5) };
    QTest::newRow("later: a Friday step is not pushed onto Saturday") << Steps { step(2, 4),
        step(3, 8) } << day(0) << day(1) << none << today << false << QStringList { moved(3, 8, 9) };
    QTest::newRow("earlier: a Monday step is not pulled onto Sunday") << Steps { step(2, 14),
        step(3, 16) } << day(8) << day(7) << none << today << false << QStringList { moved(3, 16, 15) };

    // Nothing to do.
    QTest::newRow("not moved") << Steps { step(2, 7) } << day(0) << day(0) << none << today << true
                               << QStringList {};
    QTest::newRow("no later steps") << Steps {} << day(0) << day(7) << none << today << true
                                    << QStringList {};
    QTest::newRow("no date moved from")
        << Steps { step(2, 7) } << none << day(7) << none << today << true << QStringList {};
    QTest::newRow("no date moved to")
        << Steps { step(2, 7) } << day(0) << none << none << today << true << QStringList {};
    QTest::newRow("no today") << Steps { step(2, 7) } << day(0) << day(7) << none << none << true
                              << QStringList {};
    QTest::newRow("steps not after the moved one stay")
        << Steps { step(2, 5), step(3, 10), step(4, 15), CadenceStep { 5, none } } << day(10) << day(12)
        << none << today << true << QStringList { moved(4, 15, 17) };
}

void TestCadence::shiftCadence()
{
    QFETCH(Steps, steps);
    QFETCH(QDate, movedFrom);
    QFETCH(QDate, movedTo);
    QFETCH(QDate, target);
    QFETCH(QDate, today);
    QFETCH(bool, weekendsAllowed);
    QFETCH(QStringList, moves);
    const QList<StepMove> actual
        = Rules::shiftCadence(steps, movedFrom, movedTo, target, today, weekendsAllowed);
    QStringList actualMoves;
    for (const StepMove &move : actual)
        actualMoves << moveText(move.id, move.from, move.to);
    QCOMPARE(actualMoves, moves);

    // What holds for every row: a moved step goes the way of the move, inside the window.
    const qint64 delta = movedFrom.daysTo(movedTo);
    QHash<qint64, QDate> dayOf;
    for (const CadenceStep &step : steps)
        dayOf.insert(step.id, step.dueOn);
    for (const StepMove &move : actual) {
        QCOMPARE(move.from, dayOf.value(move.id));
        QVERIFY(delta > 0 ? move.to > move.from : move.to < move.from);
        QVERIFY(move.to > movedTo);
        QVERIFY(move.to >= today);
        QVERIFY(!target.isValid() || move.to < target);
        dayOf[move.id] = move.to;
    }
    // No step passes another, and steps on different days stay on different days.
    Steps later;
    for (const CadenceStep &step : steps) {
        if (step.dueOn.isValid() && step.dueOn > movedFrom)
            later << step;
    }
    std::sort(later.begin(), later.end(), [](const CadenceStep &a, const CadenceStep &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.id < b.id;
    });
    for (qsizetype i = 1; i < later.size(); ++i) {
        const QDate before = dayOf.value(later.at(i - 1).id);
        const QDate after = dayOf.value(later.at(i).id);
        QVERIFY(later.at(i - 1).dueOn < later.at(i).dueOn ? before < after : before <= after);
    }
}

RIPEN_CORE_TEST_MAIN(TestCadence)
#include "tst_cadence.moc"
