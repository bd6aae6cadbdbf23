// SPDX-License-Identifier: GPL-3.0-or-later
#include "nuisanceguard.h"
#include "persistencerules.h"
#include "testsupport.h"

using namespace Ripen;
using namespace Ripen::Rules;

Q_DECLARE_METATYPE(Ripen::Touch)
Q_DECLARE_METATYPE(Ripen::Rules::NuisanceKind)
Q_DECLARE_METATYPE(Ripen::Rules::PlannedTouch)

class TestNuisanceGuard : public QObject
{
    Q_OBJECT
private slots:
    void bareCheckIns_data();
    void bareCheckIns();
    void tooSoonForContact_data();
    void tooSoonForContact();
    void silentChannel_data();
    void silentChannel();
    void plannedSpacing_data();
    void plannedSpacing();
    void defaultGapIsAWeek();
};

static const QDate kToday(2026, 3, 2); // a Monday

namespace {

using Touches = QList<Touch>;
using Kinds = QList<NuisanceKind>;

// A saved touch daysAgo days before kToday at noon, unanswered and bare unless changed; ids grow with each
// call, as they do when touches are saved.
Touch bare(int daysAgo, Channel channel = Channel::Email)
{
    static qint64 nextId = 100;
    Touch t;
    t.id = nextId++;
    t.dealId = 1;
    t.channel = channel;
    t.occurredAt = QDateTime(kToday.addDays(-daysAgo), QTime(12, 0));
    return t;
}

Touch valued(int daysAgo, Channel channel = Channel::Email)
{
    Touch t = bare(daysAgo, channel);
    t.valueKind = ValueKind::Insight;
    return t;
}

Touch answered(int daysAgo, TouchOutcome outcome, Channel channel = Channel::Call)
{
    Touch t = valued(daysAgo, channel);
    t.outcome = outcome;
    return t;
}

Touch to(qint64 contactId, Touch t)
{
    t.contactId = contactId;
    return t;
}

Touch withId(qint64 id, Touch t)
{
    t.id = id;
    return t;
}

Touch at(const QTime &time, Touch t)
{
    t.occurredAt.setTime(time);
    return t;
}

// The touch about to be saved: new (id 0), today at noon.
Touch fresh(Channel channel = Channel::Email, ValueKind value = ValueKind::None)
{
    Touch t = bare(0, channel);
    t.id = 0;
    t.valueKind = value;
    return t;
}

void addColumns()
{
    QTest::addColumn<Touch>("touch");
    QTest::addColumn<Touches>("history");
    QTest::addColumn<int>("minGapDays");
    QTest::addColumn<Kinds>("kinds");
    QTest::addColumn<QStringList>("explanations");
    QTest::addColumn<int>("suggested"); // the channel a SilentChannel warning suggests, -1 for none
}

void check()
{
    QFETCH(Touch, touch);
    QFETCH(Touches, history);
    QFETCH(int, minGapDays);
    QFETCH(Kinds, kinds);
    QFETCH(QStringList, explanations);
    QFETCH(int, suggested);
    const QList<NuisanceWarning> warnings = nuisanceWarnings(touch, history, minGapDays);
    Kinds actualKinds;
    QStringList actualExplanations;
    int actualSuggested = -1;
    for (const NuisanceWarning &warning : warnings) {
        actualKinds << warning.kind;
        actualExplanations << warning.explanation;
        QCOMPARE(warning.suggestedChannel.has_value(), warning.kind == NuisanceKind::SilentChannel);
        if (warning.suggestedChannel) {
            QVERIFY(*warning.suggestedChannel != touch.channel);
            actualSuggested = int(*warning.suggestedChannel);
        }
    }
    QCOMPARE(actualKinds, kinds);
    QCOMPARE(actualExplanations, explanations);
    QCOMPARE(actualSuggested, suggested);
}

const auto kThree
    = QStringLiteral("3 bare check-ins in a row: bring something of value this time (an insight, "
                     "an idea, an invitation) or stop and rethink the approach");

} // namespace

void TestNuisanceGuard::bareCheckIns_data()
{
    // The new touch is a call after emails, so that only the bare run speaks.
    addColumns();
    const Kinds bareRun { NuisanceKind::ThirdBareCheckIn };
    QTest::newRow("empty history") << fresh(Channel::Call) << Touches {} << 7 << Kinds {} << QStringList {}
                                   << -1;
    QTest::newRow("second bare check-in")
        << fresh(Channel::Call) << Touches { bare(7) } << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("third bare check-in in a row") << fresh(Channel::Call) << Touches { bare(14), bare(7) }
                                                  << 7 << bareRun << QStringList { kThree } << -1;
    QTest::newRow("fifth in a row names the run")
        << fresh(Channel::Call) << Touches { bare(28), bare(21), bare(14), bare(7), valued(60) } << 7
        << bareRun
        << QStringList { QStringLiteral("5 bare check-ins in a row: bring something of value this time (an "
                                        "insight, an idea, an invitation) or stop and rethink the approach") }
        << -1;
    QTest::newRow("a value touch breaks the run")
        << fresh(Channel::Call) << Touches { bare(21), valued(14), bare(7) } << 7 << Kinds {}
        << QStringList {} << -1;
    QTest::newRow("the new touch carries value")
        << fresh(Channel::Call, ValueKind::Idea) << Touches { bare(14), bare(7) } << 7 << Kinds {}
        << QStringList {} << -1;
    QTest::newRow("out of order, the newest carried value")
        << fresh(Channel::Call) << Touches { bare(7), valued(3), bare(14) } << 7 << Kinds {} << QStringList {}
        << -1;
    QTest::newRow("out of order, value long ago")
        << fresh(Channel::Call) << Touches { bare(7), valued(30), bare(14) } << 7 << bareRun
        << QStringList { kThree } << -1;
    // Entered afterwards: the value touches after it do not break the run before it.
    QTest::newRow("later touches are ignored")
        << withId(0, bare(10)) << Touches { valued(3), bare(20), bare(15) } << 7 << bareRun
        << QStringList { kThree } << -1;
    // The edited touch moved from three days ago to today; its old version is no touch before it.
    QTest::newRow("edit: the touch itself is excluded")
        << withId(5, bare(0)) << Touches { withId(5, bare(3)), bare(14) } << 7 << Kinds {} << QStringList {}
        << -1;
    QTest::newRow("edit: saved later at the same moment is after it")
        << withId(5, bare(0)) << Touches { bare(14), withId(9, bare(0)) } << 7 << Kinds {} << QStringList {}
        << -1;
    QTest::newRow("new: follows every touch of its moment")
        << fresh(Channel::Call) << Touches { bare(14), withId(9, bare(0)) } << 7 << bareRun
        << QStringList { kThree } << -1;
}

void TestNuisanceGuard::bareCheckIns()
{
    check();
}

void TestNuisanceGuard::tooSoonForContact_data()
{
    addColumns();
    const Kinds tooSoon { NuisanceKind::TooSoonForContact };
    const auto daysAgo = [](int days, int gap) {
        return QStringList { QStringLiteral(
            "You last reached out to this contact %1 days ago: leave %2 or more days between touches")
                                 .arg(days)
                                 .arg(gap) };
    };
    QTest::newRow("no earlier touch to the contact")
        << to(7, fresh()) << Touches { valued(2) } << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("3 days ago") << to(7, fresh()) << Touches { to(7, valued(3)) } << 7 << tooSoon
                                << daysAgo(3, 7) << -1;
    QTest::newRow("6 days is too soon")
        << to(7, fresh()) << Touches { to(7, valued(6)) } << 7 << tooSoon << daysAgo(6, 7) << -1;
    QTest::newRow("7 days is allowed")
        << to(7, fresh()) << Touches { to(7, valued(7)) } << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("yesterday") << to(7, fresh()) << Touches { to(7, valued(1)) } << 7 << tooSoon
                               << QStringList { QStringLiteral(
                                      "You last reached out to this contact yesterday: "
                                      "leave 7 or more days between touches") }
                               << -1;
    QTest::newRow("earlier today")
        << to(7, fresh()) << Touches { to(7, at(QTime(9, 0), valued(0))) } << 7 << tooSoon
        << QStringList { QStringLiteral(
               "You already reached out to this contact today: leave 7 or more days between touches") }
        << -1;
    QTest::newRow("by calendar date, not hours")
        << to(7, at(QTime(8, 0), fresh())) << Touches { to(7, at(QTime(23, 0), valued(7))) } << 7 << Kinds {}
        << QStringList {} << -1;
    QTest::newRow("contact 0 is nobody in particular")
        << fresh() << Touches { valued(1), valued(2) } << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("another contact at the account")
        << to(7, fresh()) << Touches { to(8, valued(1)) } << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("out of order, the latest counts")
        << to(7, fresh()) << Touches { to(7, valued(2)), to(7, valued(20)) } << 7 << tooSoon << daysAgo(2, 7)
        << -1;
    QTest::newRow("a touch after it does not count")
        << to(7, withId(0, bare(10))) << Touches { to(7, valued(8)), to(7, valued(30)) } << 7 << Kinds {}
        << QStringList {} << -1;
    QTest::newRow("edit: the touch itself is excluded")
        << to(7, withId(5, bare(0))) << Touches { to(7, withId(5, valued(2))), to(7, valued(30)) } << 7
        << Kinds {} << QStringList {} << -1;
    QTest::newRow("a longer gap set by the user")
        << to(7, fresh()) << Touches { to(7, valued(10)) } << 14 << tooSoon << daysAgo(10, 14) << -1;
    QTest::newRow("a one-day gap allows yesterday")
        << to(7, fresh()) << Touches { to(7, valued(1)) } << 1 << Kinds {} << QStringList {} << -1;
    QTest::newRow("a gap of 0 switches it off")
        << to(7, fresh()) << Touches { to(7, valued(0)) } << 0 << Kinds {} << QStringList {} << -1;
}

void TestNuisanceGuard::tooSoonForContact()
{
    check();
}

void TestNuisanceGuard::silentChannel_data()
{
    addColumns();
    const Kinds silent { NuisanceKind::SilentChannel };
    const auto text = [](int run, const char *channel, const char *instead) {
        return QStringList { QStringLiteral(
            "%1 unanswered attempts in a row on %2, which has never answered: "
            "try %3 instead")
                                 .arg(run)
                                 .arg(QLatin1String(channel), QLatin1String(instead)) };
    };
    // Value touches, so that only the channel rule speaks.
    const Touches threeCalls { valued(21, Channel::Call), valued(14, Channel::Call),
        valued(7, Channel::Call) };
    QTest::newRow("fourth call after three unanswered")
        << fresh(Channel::Call) << threeCalls << 7 << silent << text(3, "Call", "Handwritten note")
        << int(Channel::HandwrittenNote);
    QTest::newRow("third call: not yet")
        << fresh(Channel::Call) << Touches { valued(14, Channel::Call), valued(7, Channel::Call) } << 7
        << Kinds {} << QStringList {} << -1;
    QTest::newRow("out of order") << fresh(Channel::Call)
                                  << Touches { valued(7, Channel::Call), valued(21, Channel::Call),
                                         valued(14, Channel::Call) }
                                  << 7 << silent << text(3, "Call", "Handwritten note")
                                  << int(Channel::HandwrittenNote);
    QTest::newRow("a conversation on the channel earlier")
        << fresh(Channel::Call) << (Touches { answered(60, TouchOutcome::Conversation) } << threeCalls) << 7
        << Kinds {} << QStringList {} << -1;
    QTest::newRow("an answer after it counts too")
        << withId(0, valued(3, Channel::Call))
        << (Touches { answered(1, TouchOutcome::NotNow) } << threeCalls) << 7 << Kinds {} << QStringList {}
        << -1;
    QTest::newRow("the new call was answered")
        << answered(0, TouchOutcome::Conversation) << threeCalls << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("another channel in between")
        << fresh(Channel::Call)
        << Touches { valued(28, Channel::Call), valued(21, Channel::Call), valued(14, Channel::Email),
               valued(7, Channel::Call) }
        << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("a long silent run is named")
        << fresh(Channel::Call)
        << (Touches { valued(35, Channel::Call), valued(28, Channel::Call) } << threeCalls) << 7 << silent
        << text(5, "Call", "Handwritten note") << int(Channel::HandwrittenNote);
    QTest::newRow("email silent: a call")
        << fresh(Channel::Email)
        << Touches { valued(21, Channel::Email), valued(14, Channel::Email), valued(7, Channel::Email) } << 7
        << silent << text(3, "Email", "Call") << int(Channel::Call);
    QTest::newRow("a channel tried recently is not suggested")
        << fresh(Channel::Email)
        << Touches { valued(25, Channel::Call), valued(21, Channel::Email), valued(14, Channel::Email),
               valued(7, Channel::Email) }
        << 7 << silent << text(3, "Email", "Handwritten note") << int(Channel::HandwrittenNote);
    QTest::newRow("a channel tried long ago is")
        << fresh(Channel::Email)
        << Touches { valued(40, Channel::Call), valued(21, Channel::Email), valued(14, Channel::Email),
               valued(7, Channel::Email) }
        << 7 << silent << text(3, "Email", "Call") << int(Channel::Call);
    Touches everything { valued(21, Channel::Email), valued(14, Channel::Email), valued(7, Channel::Email) };
    for (Channel channel : kChannelSuggestionOrder) {
        if (channel != Channel::Email)
            everything << valued(25, channel);
    }
    QTest::newRow("every other channel tried recently: the first")
        << fresh(Channel::Email) << everything << 7 << silent << text(3, "Email", "Call")
        << int(Channel::Call);
    QTest::newRow("edit: the touch itself is excluded")
        << withId(5, bare(0, Channel::Call))
        << Touches { valued(21, Channel::Call), valued(14, Channel::Call),
               withId(5, valued(3, Channel::Call)) }
        << 7 << Kinds {} << QStringList {} << -1;
    QTest::newRow("bare silent calls: both warnings")
        << fresh(Channel::Call)
        << Touches { bare(21, Channel::Call), bare(14, Channel::Call), bare(7, Channel::Call) } << 7
        << Kinds { NuisanceKind::ThirdBareCheckIn, NuisanceKind::SilentChannel }
        << (QStringList {
                QStringLiteral("4 bare check-ins in a row: bring something of value this time (an "
                               "insight, an idea, an invitation) or stop and rethink the approach") }
               << text(3, "Call", "Handwritten note"))
        << int(Channel::HandwrittenNote);
}

void TestNuisanceGuard::silentChannel()
{
    check();
}

namespace {

using Plans = QList<PlannedTouch>;

// A saved follow-up to contactId, due days after kToday (before it when negative).
PlannedTouch plan(qint64 id, qint64 contactId, int days)
{
    return PlannedTouch { id, contactId, kToday.addDays(days) };
}

} // namespace

void TestNuisanceGuard::plannedSpacing_data()
{
    // Follow-up 10 to contact 7 is moved; kToday is 3/2/26, so kToday + 3 is Thursday 3/5/26.
    QTest::addColumn<qint64>("movedId");
    QTest::addColumn<qint64>("contactId");
    QTest::addColumn<QDate>("dueOn");
    QTest::addColumn<Plans>("planned");
    QTest::addColumn<Touches>("history");
    QTest::addColumn<int>("minGapDays");
    QTest::addColumn<QString>("warning"); // empty: none
    const QDate thursday = kToday.addDays(3);
    const auto gap = [](const char *sentence, int minGapDays = 7) {
        return QString::fromUtf8(sentence)
            + QStringLiteral(": leave %1 or more days between touches").arg(minGapDays);
    };

    // Planned touches, before and after.
    QTest::newRow("planned 2 days before")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 1) } << Touches {} << 7
        << gap("Only 2 days after the touch to this contact planned for 3/3/26");
    QTest::newRow("planned 3 days after")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 6) } << Touches {} << 7
        << gap("Only 3 days before the touch to this contact planned for 3/8/26");
    QTest::newRow("planned the day before")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 2) } << Touches {} << 7
        << gap("Only a day after the touch to this contact planned for 3/4/26");
    QTest::newRow("planned the day after")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 4) } << Touches {} << 7
        << gap("Only a day before the touch to this contact planned for 3/6/26");
    QTest::newRow("planned the same day")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 3) } << Touches {} << 7
        << gap("A touch to this contact is already planned for 3/5/26");
    QTest::newRow("6 days after a planned one is too soon")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, -3) } << Touches {} << 7
        << gap("Only 6 days after the touch to this contact planned for 2/27/26");
    QTest::newRow("exactly the gap after a planned one")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, -4) } << Touches {} << 7 << QString();
    QTest::newRow("exactly the gap before a planned one")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 10) } << Touches {} << 7 << QString();

    // Logged touches: what the timeline says, seen from the planned day.
    QTest::newRow("logged 4 days before")
        << qint64(10) << qint64(7) << thursday << Plans {} << Touches { to(7, valued(1)) } << 7
        << gap("Only 4 days after you reached out to this contact on 3/1/26");
    QTest::newRow("logged the day before")
        << qint64(10) << qint64(7) << kToday.addDays(1) << Plans {} << Touches { to(7, valued(0)) } << 7
        << gap("Only a day after you reached out to this contact on 3/2/26");
    QTest::newRow("logged on the planned day")
        << qint64(10) << qint64(7) << kToday << Plans {} << Touches { to(7, valued(0)) } << 7
        << gap("You already reached out to this contact on 3/2/26");
    QTest::newRow("planned 2 days before a logged touch")
        << qint64(10) << qint64(7) << kToday.addDays(-5) << Plans {} << Touches { to(7, valued(3)) } << 7
        << gap("Only 2 days before you reached out to this contact on 2/27/26");
    QTest::newRow("planned the day before a logged touch")
        << qint64(10) << qint64(7) << kToday.addDays(-4) << Plans {} << Touches { to(7, valued(3)) } << 7
        << gap("Only a day before you reached out to this contact on 2/27/26");
    QTest::newRow("exactly the gap after a logged touch")
        << qint64(10) << qint64(7) << thursday << Plans {} << Touches { to(7, valued(4)) } << 7 << QString();
    QTest::newRow("by calendar day, not hours")
        << qint64(10) << qint64(7) << thursday << Plans {} << Touches { to(7, at(QTime(23, 0), valued(4))) }
        << 7 << QString();

    // Whose touches count.
    QTest::newRow("another contact at the account")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 8, 2) } << Touches { to(8, valued(0)) }
        << 7 << QString();
    QTest::newRow("the moved follow-up itself is skipped")
        << qint64(10) << qint64(7) << thursday << Plans { plan(10, 7, 2) } << Touches {} << 7 << QString();
    QTest::newRow("a new follow-up skips none")
        << qint64(0) << qint64(7) << thursday << Plans { plan(11, 7, 2) } << Touches {} << 7
        << gap("Only a day after the touch to this contact planned for 3/4/26");
    QTest::newRow("a planned one without a day is skipped")
        << qint64(10) << qint64(7) << thursday << Plans { PlannedTouch { 11, 7, QDate() } } << Touches {} << 7
        << QString();

    // Of several, the nearest.
    QTest::newRow("the nearest is named")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, -1), plan(12, 7, 5) }
        << Touches { to(7, valued(0)) } << 7
        << gap("Only 2 days before the touch to this contact planned for 3/7/26");
    QTest::newRow("as near before as after: the earlier one")
        << qint64(10) << qint64(7) << thursday << Plans { plan(12, 7, 5), plan(11, 7, 1) } << Touches {} << 7
        << gap("Only 2 days after the touch to this contact planned for 3/3/26");
    QTest::newRow("planned and logged on one day: the logged one")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 0) } << Touches { to(7, valued(0)) }
        << 7 << gap("Only 3 days after you reached out to this contact on 3/2/26");

    // The gap and who: the user's setting, nobody in particular, no day.
    QTest::newRow("a longer gap set by the user")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, -7) } << Touches {} << 14
        << gap("Only 10 days after the touch to this contact planned for 2/23/26", 14);
    QTest::newRow("a one-day gap allows the next day")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 2) } << Touches {} << 1 << QString();
    QTest::newRow("a gap of 0 switches it off")
        << qint64(10) << qint64(7) << thursday << Plans { plan(11, 7, 3) } << Touches { to(7, valued(0)) }
        << 0 << QString();
    QTest::newRow("contact 0 is nobody in particular")
        << qint64(10) << qint64(0) << thursday << Plans { plan(11, 0, 3) } << Touches { valued(0) } << 7
        << QString();
    QTest::newRow("no day") << qint64(10) << qint64(7) << QDate() << Plans { plan(11, 7, 3) } << Touches {}
                            << 7 << QString();
}

void TestNuisanceGuard::plannedSpacing()
{
    QFETCH(qint64, movedId);
    QFETCH(qint64, contactId);
    QFETCH(QDate, dueOn);
    QFETCH(Plans, planned);
    QFETCH(Touches, history);
    QFETCH(int, minGapDays);
    QFETCH(QString, warning);
    const std::optional<QString> actual
        = plannedSpacingWarning(movedId, contactId, dueOn, planned, history, minGapDays);
    QCOMPARE(actual.has_value(), !warning.isEmpty());
    QCOMPARE(actual.value_or(QString()), warning);
}

void TestNuisanceGuard::defaultGapIsAWeek()
{
    QCOMPARE(kMinContactGapDays, 7);
    const Touch touch = to(7, fresh());
    QCOMPARE(nuisanceWarnings(touch, { to(7, valued(7)) }).size(), 0);
    QCOMPARE(nuisanceWarnings(touch, { to(7, valued(6)) }).size(), 1);
    QVERIFY(!plannedSpacingWarning(10, 7, kToday, { plan(11, 7, 7) }, {}));
    QVERIFY(plannedSpacingWarning(10, 7, kToday, { plan(11, 7, 6) }, {}));
}

RIPEN_CORE_TEST_MAIN(TestNuisanceGuard)
#include "tst_nuisanceguard.moc"
