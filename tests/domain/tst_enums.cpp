// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"
#include "money.h"
#include "testsupport.h"

#include <QScopeGuard>

using namespace Ripen;
using Ripen::Test::strings;

class TestEnums : public QObject
{
    Q_OBJECT
private slots:
    void keysAreTheStoredOnes();
    void keysRoundTrip();
    void unknownKeyIsRejected();
    void moneyFormatsForLocale_data();
    void moneyFormatsForLocale();
    void moneyShortForm_data();
    void moneyShortForm();
    void moneyParses_data();
    void moneyParses();
    void moneyAsAPlainNumber();
};

template<typename E> static QStringList keysOf()
{
    QStringList keys;
    for (int i = 0; i < enumCount<E>(); ++i)
        keys << enumKey(enumAt<E>(i));
    return keys;
}

template<typename E> static void checkRoundTrip()
{
    QStringList labels;
    for (int i = 0; i < enumCount<E>(); ++i) {
        const E value = enumAt<E>(i);
        QCOMPARE(enumFromKey<E>(enumKey(value)), std::optional<E>(value));
        QVERIFY(!enumLabel(value).isEmpty());
        // Two values with one label could not be told apart in a combo box.
        QVERIFY2(!labels.contains(enumLabel(value)), qPrintable(enumLabel(value)));
        labels << enumLabel(value);
    }
}

void TestEnums::keysAreTheStoredOnes()
{
    // Written into every database and file: a key that changes makes the files written before unreadable,
    // so they are spelled out here, in enum order, and not read back from the table the code uses.
    QCOMPARE(keysOf<ContactRole>(),
        strings({ "decision_maker", "champion", "influencer", "gatekeeper", "user", "other" }));
    QCOMPARE(keysOf<StageKind>(), strings({ "open", "won", "lost" }));
    QCOMPARE(keysOf<DealStatus>(), strings({ "open", "won", "lost" }));
    QCOMPARE(keysOf<FailedCommitment>(), strings({ "none", "first_meeting", "discovery", "proposal" }));
    QCOMPARE(
        keysOf<NoMeaning>(), strings({ "approach", "value", "timing", "competitor", "ghosted", "reflex" }));
    QCOMPARE(keysOf<Channel>(),
        strings({ "call", "voicemail", "email", "linkedin", "handwritten_note", "package", "drop_in",
            "referral", "meeting", "event_invite" }));
    QCOMPARE(keysOf<TouchOutcome>(),
        strings({ "no_answer", "conversation", "no", "not_now", "meeting_booked", "yes" }));
    QCOMPARE(
        keysOf<ValueKind>(), strings({ "none", "insight", "white_paper", "invitation", "referral", "idea" }));
    QCOMPARE(keysOf<Cadence>(), strings({ "", "re_engage", "ghosted", "long_game" }));
}

void TestEnums::keysRoundTrip()
{
    checkRoundTrip<ContactRole>();
    checkRoundTrip<StageKind>();
    checkRoundTrip<DealStatus>();
    checkRoundTrip<FailedCommitment>();
    checkRoundTrip<NoMeaning>();
    checkRoundTrip<Channel>();
    checkRoundTrip<TouchOutcome>();
    checkRoundTrip<ValueKind>();
    checkRoundTrip<Cadence>();
    QCOMPARE(enumKey(Channel::HandwrittenNote), QStringLiteral("handwritten_note"));
    QCOMPARE(enumCount<Channel>(), 10);
}

void TestEnums::unknownKeyIsRejected()
{
    QVERIFY(!enumFromKey<Channel>(u"carrier_pigeon").has_value());
    QVERIFY(!enumFromKey<NoMeaning>(u"").has_value());
}

void TestEnums::moneyFormatsForLocale_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole euros, US") << qint64(1250000) << "EUR"
                                     << "en_US" << QStringLiteral("€12,500");
    QTest::newRow("cents, US") << qint64(1250050) << "USD"
                               << "en_US" << QStringLiteral("$12,500.50");
    QTest::newRow("whole euros, German") << qint64(1250000) << "EUR"
                                         << "de_DE" << QStringLiteral("12.500\u00A0€");
}

void TestEnums::moneyFormatsForLocale()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, localeName);
    QFETCH(QString, expected);
    QCOMPARE(formatMoney(Money { minor, currency }, QLocale(localeName)), expected);
}

void TestEnums::moneyShortForm_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("small") << qint64(95000) << "en_US" << QStringLiteral("€950");
    QTest::newRow("thousands") << qint64(62840000) << "en_US" << QStringLiteral("€628k");
    QTest::newRow("millions") << qint64(123456700) << "en_US" << QStringLiteral("€1.2M");
    QTest::newRow("tens of millions") << qint64(2500000000) << "en_US" << QStringLiteral("€25M");
    QTest::newRow("German puts the symbol last")
        << qint64(62840000) << "de_DE" << QStringLiteral("628k\u00A0€");
    QTest::newRow("German decimals") << qint64(123456700) << "de_DE" << QStringLiteral("1,2M\u00A0€");
}

void TestEnums::moneyShortForm()
{
    QFETCH(qint64, minor);
    QFETCH(QString, localeName);
    QFETCH(QString, expected);
    QCOMPARE(formatMoneyShort(Money { minor, QStringLiteral("EUR") }, QLocale(localeName)), expected);
}

void TestEnums::moneyParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << "12500" << qint64(1250000);
    QTest::newRow("grouped with cents") << "12,500.50" << qint64(1250050);
    QTest::newRow("symbol") << "€ 99" << qint64(9900);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("garbage") << "lots" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestEnums::moneyParses()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QCOMPARE(parseMoneyMinor(text, QLocale(QLocale::English, QLocale::UnitedStates)), minor);
}

void TestEnums::moneyAsAPlainNumber()
{
    // What a CSV file holds, whatever the locale: a dot, two minor digits, no grouping, no symbol.
    const auto restore
        = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(plainAmount(123450), QStringLiteral("1234.50"));
    QCOMPARE(plainAmount(0), QStringLiteral("0.00"));
    QCOMPARE(plainAmount(7), QStringLiteral("0.07"));
    QCOMPARE(plainAmount(100), QStringLiteral("1.00"));
    QCOMPARE(plainAmount(-5), QStringLiteral("-0.05"));
    QCOMPARE(plainAmount(-123456789), QStringLiteral("-1234567.89"));
    QCOMPARE(plainAmount(std::numeric_limits<qint64>::max()), QStringLiteral("92233720368547758.07"));
    QCOMPARE(plainAmount(std::numeric_limits<qint64>::min()), QStringLiteral("-92233720368547758.08"));
}

RIPEN_CORE_TEST_MAIN(TestEnums)
#include "tst_enums.moc"
