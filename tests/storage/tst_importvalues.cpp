// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importvalues.h"

#include <QtTest>

using namespace Ripen;

class TestImportValues : public QObject
{
    Q_OBJECT
private slots:
    void readsMoney_data();
    void readsMoney();
    void refusesWhatIsNoAmount_data();
    void refusesWhatIsNoAmount();
    void readsDates_data();
    void readsDates();
    void findsTheFormatsOfAColumn();
    void readsStatusWords();
    void readsOtherToolsChannels();
    void readsActivityWords();
};

void TestImportValues::readsMoney_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::newRow("plain") << QStringLiteral("1200") << qint64(120000) << QString();
    QTest::newRow("English grouping, cents") << QStringLiteral("1,200.50") << qint64(120050) << QString();
    QTest::newRow("German grouping, cents") << QStringLiteral("1.200,50") << qint64(120050) << QString();
    QTest::newRow("grouping alone") << QStringLiteral("1,200") << qint64(120000) << QString();
    QTest::newRow("German grouping alone") << QStringLiteral("1.200") << qint64(120000) << QString();
    QTest::newRow("millions") << QStringLiteral("1,000,000") << qint64(100000000) << QString();
    QTest::newRow("one decimal") << QStringLiteral("12,5") << qint64(1250) << QString();
    QTest::newRow("spaces group") << QString::fromUtf8("1 200,50 €") << qint64(120050)
                                  << QStringLiteral("EUR");
    QTest::newRow("no-break space") << QString::fromUtf8("12\u00A0500 €") << qint64(1250000)
                                    << QStringLiteral("EUR");
    QTest::newRow("Swiss apostrophe")
        << QStringLiteral("CHF 12'500.00") << qint64(1250000) << QStringLiteral("CHF");
    QTest::newRow("euro before") << QString::fromUtf8("€1.200") << qint64(120000) << QStringLiteral("EUR");
    QTest::newRow("dollar") << QStringLiteral("$1,200.99") << qint64(120099) << QStringLiteral("USD");
    QTest::newRow("pound with space") << QString::fromUtf8("£ 75") << qint64(7500) << QStringLiteral("GBP");
    QTest::newRow("ISO code after") << QStringLiteral("2500 USD") << qint64(250000) << QStringLiteral("USD");
    QTest::newRow("negative") << QStringLiteral("-50") << qint64(-5000) << QString();
    QTest::newRow("padded") << QStringLiteral("  300  ") << qint64(30000) << QString();
}

void TestImportValues::readsMoney()
{
    QFETCH(QString, cell);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const auto amount = ImportValues::parseMoney(cell);
    QVERIFY2(amount, qPrintable(cell));
    QCOMPARE(amount->minor, minor);
    QCOMPARE(amount->currency, currency);
}

void TestImportValues::refusesWhatIsNoAmount_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("text") << QStringLiteral("n/a");
    QTest::newRow("empty") << QString();
    QTest::newRow("bad grouping") << QStringLiteral("1.2.3,45");
    QTest::newRow("both separators grouping") << QStringLiteral("1.200,000.5");
    QTest::newRow("two currencies") << QString::fromUtf8("€ 5 USD");
    QTest::newRow("unknown symbol") << QStringLiteral("5 Eur");
    QTest::newRow("letters inside") << QStringLiteral("12a4");
}

void TestImportValues::refusesWhatIsNoAmount()
{
    QFETCH(QString, cell);
    QVERIFY2(!ImportValues::parseMoney(cell), qPrintable(cell));
}

void TestImportValues::readsDates_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDateTime>("expected");
    const QDate day(2026, 11, 3);
    QTest::newRow("ISO") << QStringLiteral("2026-11-03") << QStringLiteral("yyyy-MM-dd")
                         << QDateTime(day, QTime(0, 0));
    QTest::newRow("ISO with T and zone") << QStringLiteral("2026-11-03T14:05:00Z")
                                         << QStringLiteral("yyyy-MM-dd") << QDateTime(day, QTime(14, 5));
    QTest::newRow("ISO with fraction and offset")
        << QStringLiteral("2026-11-03 14:05:09.123+01:00") << QStringLiteral("yyyy-MM-dd")
        << QDateTime(day, QTime(14, 5, 9));
    QTest::newRow("US") << QStringLiteral("11/3/2026") << QStringLiteral("M/d/yyyy")
                        << QDateTime(day, QTime(0, 0));
    QTest::newRow("US padded, time") << QStringLiteral("11/03/2026 9:30") << QStringLiteral("M/d/yyyy")
                                     << QDateTime(day, QTime(9, 30));
    QTest::newRow("German") << QStringLiteral("3.11.2026") << QStringLiteral("d.M.yyyy")
                            << QDateTime(day, QTime(0, 0));
    QTest::newRow("British") << QStringLiteral("03/11/2026") << QStringLiteral("d/M/yyyy")
                             << QDateTime(day, QTime(0, 0));
    QTest::newRow("wrong format") << QStringLiteral("3.11.2026") << QStringLiteral("yyyy-MM-dd")
                                  << QDateTime();
    QTest::newRow("no such day") << QStringLiteral("31.02.2026") << QStringLiteral("d.M.yyyy") << QDateTime();
    QTest::newRow("bad time") << QStringLiteral("2026-11-03 25:00") << QStringLiteral("yyyy-MM-dd")
                              << QDateTime();
}

void TestImportValues::readsDates()
{
    QFETCH(QString, cell);
    QFETCH(QString, format);
    QFETCH(QDateTime, expected);
    QCOMPARE(ImportValues::parseDate(cell, format), expected);
}

void TestImportValues::findsTheFormatsOfAColumn()
{
    using ImportValues::fittingDateFormats;
    QCOMPARE(fittingDateFormats({ QStringLiteral("2026-11-03"), QString(), QStringLiteral("2025-01-31") }),
        QStringList { QStringLiteral("yyyy-MM-dd") });
    // 13 can only be a day: the column is American.
    QCOMPARE(fittingDateFormats({ QStringLiteral("11/3/2026"), QStringLiteral("12/13/2026") }),
        QStringList { QStringLiteral("M/d/yyyy") });
    // Every date fits both ways: the user must choose.
    QCOMPARE(fittingDateFormats({ QStringLiteral("11/3/2026"), QStringLiteral("1/2/2026") }),
        (QStringList { QStringLiteral("M/d/yyyy"), QStringLiteral("d/M/yyyy") }));
    QCOMPARE(fittingDateFormats({ QStringLiteral("3.11.2026 14:05") }),
        QStringList { QStringLiteral("d.M.yyyy") });
    QVERIFY(fittingDateFormats({ QStringLiteral("next week") }).isEmpty());
    QVERIFY(fittingDateFormats({ QString(), QString() }).isEmpty());
}

void TestImportValues::readsStatusWords()
{
    using ImportValues::parseStatus;
    QCOMPARE(parseStatus(QStringLiteral("Won")), DealStatus::Won);
    QCOMPARE(parseStatus(QStringLiteral("CLOSED WON")), DealStatus::Won);
    QCOMPARE(parseStatus(QStringLiteral("closed  lost")), DealStatus::Lost);
    QCOMPARE(parseStatus(QStringLiteral("lost")), DealStatus::Lost);
    QCOMPARE(parseStatus(QStringLiteral("Open")), DealStatus::Open);
    QCOMPARE(parseStatus(QStringLiteral("Engaging")), DealStatus::Open); // a stage's name
    QCOMPARE(parseStatus(QString()), DealStatus::Open);
}

void TestImportValues::readsOtherToolsChannels()
{
    using ImportValues::parseChannel;
    QCOMPARE(parseChannel(QStringLiteral("Call")), Channel::Call);
    QCOMPARE(parseChannel(QStringLiteral("Task")), Channel::Call);
    QCOMPARE(parseChannel(QStringLiteral("E-mail")), Channel::Email);
    QCOMPARE(parseChannel(QStringLiteral("MEETING")), Channel::Meeting);
    QCOMPARE(parseChannel(QStringLiteral("LinkedIn")), Channel::LinkedIn);
    QCOMPARE(parseChannel(QStringLiteral(" Visit ")), Channel::DropIn);
    QCOMPARE(parseChannel(QStringLiteral("Webinar")), Channel::EventInvite);
    QVERIFY(!parseChannel(QStringLiteral("Carrier pigeon")));
    // Ripen's own keys, as its export writes them.
    for (Channel channel :
        { Channel::Call, Channel::Voicemail, Channel::Email, Channel::LinkedIn, Channel::HandwrittenNote,
            Channel::Package, Channel::DropIn, Channel::Referral, Channel::Meeting, Channel::EventInvite })
        QCOMPARE(parseChannel(enumKey(channel)), channel);
}

void TestImportValues::readsActivityWords()
{
    using namespace ImportValues;
    QCOMPARE(parseDone(QStringLiteral("Done")), true);
    QCOMPARE(parseDone(QStringLiteral("COMPLETED")), true);
    QCOMPARE(parseDone(QStringLiteral("1")), true);
    QCOMPARE(parseDone(QStringLiteral("To do")), false);
    QCOMPARE(parseDone(QStringLiteral("not_done")), false);
    QCOMPARE(parseDone(QStringLiteral(" scheduled ")), false);
    QVERIFY(!parseDone(QString()));
    QVERIFY(!parseDone(QStringLiteral("maybe")));
    QCOMPARE(parseOutcome(QStringLiteral("Left voicemail")), TouchOutcome::NoAnswer);
    QCOMPARE(parseOutcome(QStringLiteral("Connected")), TouchOutcome::Conversation);
    QCOMPARE(parseOutcome(QStringLiteral("Not now")), TouchOutcome::NotNow);
    QVERIFY(!parseOutcome(QStringLiteral("Great")));
    QCOMPARE(parseValueKind(QStringLiteral("White paper")), ValueKind::WhitePaper);
    QVERIFY(!parseValueKind(QStringLiteral("cake")));
    // Ripen's own keys, as its export writes them.
    for (TouchOutcome outcome : { TouchOutcome::NoAnswer, TouchOutcome::Conversation, TouchOutcome::No,
             TouchOutcome::NotNow, TouchOutcome::MeetingBooked, TouchOutcome::Yes })
        QCOMPARE(parseOutcome(enumKey(outcome)), outcome);
    for (ValueKind kind : { ValueKind::None, ValueKind::Insight, ValueKind::WhitePaper, ValueKind::Invitation,
             ValueKind::Referral, ValueKind::Idea })
        QCOMPARE(parseValueKind(enumKey(kind)), kind);
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"
