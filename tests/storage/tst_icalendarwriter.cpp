// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/icalendarwriter.h"

#include <QtTest>

using namespace Ripen;

namespace {

// The physical lines of a calendar, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // after the final LF
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

QByteArray unfolded(const QByteArray &text)
{
    return QByteArray(text).replace("\r\n ", "");
}

} // namespace

class TestICalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesText_data();
    void escapesText();
    void foldsAtSeventyFiveOctets_data();
    void foldsAtSeventyFiveOctets();
    void writesAllDayEventsWithCrlf();
};

void TestICalendarWriter::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << "Call Jane" << QByteArray("Call Jane");
    QTest::newRow("comma and semicolon") << "Acme, Inc.; Berlin" << QByteArray("Acme\\, Inc.\\; Berlin");
    QTest::newRow("backslash") << "C:\\notes" << QByteArray("C:\\\\notes");
    QTest::newRow("newline") << "line one\nline two" << QByteArray("line one\\nline two");
    QTest::newRow("CRLF is one break") << "a\r\nb" << QByteArray("a\\nb");
    QTest::newRow("lone CR") << "a\rb" << QByteArray("a\\nb");
    QTest::newRow("control characters go, a tab stays")
        << QStringLiteral("a\u0001b\tc") << QByteArray("ab\tc");
    QTest::newRow("non-Latin letters stay UTF-8")
        << QStringLiteral("Müller, 東京") << QStringLiteral("Müller\\, 東京").toUtf8();
}

void TestICalendarWriter::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, escaped);
    QCOMPARE(ICalendarWriter::escapedText(text), escaped);
}

void TestICalendarWriter::foldsAtSeventyFiveOctets_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("short") << QByteArray("SUMMARY:Call Jane");
    QTest::newRow("exactly 75") << QByteArray(75, 'x');
    QTest::newRow("76") << QByteArray(76, 'x');
    QTest::newRow("long ASCII") << QByteArray("DESCRIPTION:") + QByteArray(400, 'a');
    // Two- and three-octet characters across every fold point.
    QTest::newRow("umlauts") << QByteArray("SUMMARY:") + QStringLiteral("ü").repeated(120).toUtf8();
    QTest::newRow("CJK") << QByteArray("SUMMARY:x") + QStringLiteral("東京").repeated(60).toUtf8();
    QTest::newRow("emoji") << QByteArray("SUMMARY:") + QStringLiteral("🍓").repeated(50).toUtf8();
}

void TestICalendarWriter::foldsAtSeventyFiveOctets()
{
    QFETCH(QByteArray, line);
    const QByteArray folded = ICalendarWriter::foldedLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = physicalLines(folded);
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).size() <= 75, qPrintable(QString::number(lines.at(i).size())));
        if (i > 0)
            QVERIFY(lines.at(i).startsWith(' '));
        // No character is split: each physical line is valid UTF-8 on its own.
        const QByteArray content = i > 0 ? lines.at(i).mid(1) : lines.at(i);
        QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
        QVERIFY(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
    }
    QCOMPARE(unfolded(folded), line + "\r\n");
}

void TestICalendarWriter::writesAllDayEventsWithCrlf()
{
    const QDateTime stamp(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    const QList<ICalendarWriter::Event> events = {
        { QStringLiteral("follow-up-17@ripen"), QDate(2026, 12, 31),
            QStringLiteral("Email Jane Doe (Acme renewal)"),
            QStringLiteral("Bring: insight, a benchmark; of their region, \"2026\"\nSecond line") },
    };
    const QByteArray text = ICalendarWriter::calendar(events, stamp);
    // Every line ends in CRLF, and there is no bare LF.
    QCOMPARE(text.count("\r\n"), text.count('\n'));
    const QByteArray flat = unfolded(text);
    QVERIFY(flat.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(flat.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(flat.contains("\r\nUID:follow-up-17@ripen\r\n"));
    QVERIFY(flat.contains("\r\nDTSTAMP:20261123T100000Z\r\n"));
    // An all-day event: the day, and the next day as its end (New Year's Eve ends in the new year).
    QVERIFY(flat.contains("\r\nDTSTART;VALUE=DATE:20261231\r\n"));
    QVERIFY(flat.contains("\r\nDTEND;VALUE=DATE:20270101\r\n"));
    QVERIFY(flat.contains(
        "\r\nDESCRIPTION:Bring: insight\\, a benchmark\\; of their region\\, \"2026\"\\nSecond line\r\n"));
    QCOMPARE(flat.count("BEGIN:VEVENT"), 1);
    // The same follow-up exported again has the same UID: a calendar updates it, not doubles it.
    QCOMPARE(ICalendarWriter::calendar(events, stamp.addDays(1)).count("UID:follow-up-17@ripen"), 1);
}

QTEST_APPLESS_MAIN(TestICalendarWriter)
#include "tst_icalendarwriter.moc"
