// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadence.h"
#include "testsupport.h"

using namespace Ripen;
using namespace Ripen::Rules;

Q_DECLARE_METATYPE(Ripen::NoMeaning)
Q_DECLARE_METATYPE(Ripen::Cadence)

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

RIPEN_CORE_TEST_MAIN(TestCadence)
#include "tst_cadence.moc"
