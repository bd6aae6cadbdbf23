// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Ripen;
using Ripen::Test::strings;

namespace {

// The rows of a table as "a|b|c" lines, to compare at a glance.
QStringList lines(const QList<CsvReader::Row> &rows)
{
    QStringList out;
    for (const CsvReader::Row &row : rows)
        out << row.fields.join(QLatin1Char('|'));
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parsesTrickyFields_data();
    void parsesTrickyFields();
    void namesTheLineOfAnOpenQuote();
    void recordsStartOnTheirLine();
    void detectsEncoding();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
    void detectsTheHeader();
    void trailingDelimitersAndRaggedRows();
    void setsFootersApart();
    void optionsOverrideDetection();
    void neverCrashesOnRandomBytes();
};

void TestCsvReader::parsesTrickyFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringLiteral("a,b,c\n1,2,3\n") << strings({ "a|b|c", "1|2|3" });
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n") << strings({ "a|b", "1|2" });
    QTest::newRow("CR alone") << QStringLiteral("a,b\r1,2\r") << strings({ "a|b", "1|2" });
    QTest::newRow("no final line break") << QStringLiteral("a,b\n1,2") << strings({ "a|b", "1|2" });
    QTest::newRow("delimiter in quotes") << QStringLiteral("title,value\n\"Fleet, phase 2\",100\n")
                                         << strings({ "title|value", "Fleet, phase 2|100" });
    QTest::newRow("doubled quotes") << QStringLiteral("\"Say \"\"no\"\" twice\",x\n")
                                    << strings({ "Say \"no\" twice|x" });
    QTest::newRow("line break in quotes, CRLF kept as LF")
        << QStringLiteral("note,id\r\n\"first line\r\nsecond line\",7\r\n")
        << strings({ "note|id", "first line\nsecond line|7" });
    QTest::newRow("empty fields") << QStringLiteral("a,,c\n,,\n\"\",x,\n")
                                  << strings({ "a||c", "||", "|x|" });
    QTest::newRow("blank lines are no records")
        << QStringLiteral("a,b\n\n1,2\n\n") << strings({ "a|b", "1|2" });
    QTest::newRow("quote inside an unquoted field stays")
        << QStringLiteral("5\" screen,ok\n") << strings({ "5\" screen|ok" });
    QTest::newRow("text after a closing quote stays")
        << QStringLiteral("\"ab\"cd,e\n") << strings({ "abcd|e" });
    QTest::newRow("unicode") << QString::fromUtf8("Müller & Söhne,€ 1.200\n")
                             << QStringList { QString::fromUtf8("Müller & Söhne|€ 1.200") };
}

void TestCsvReader::parsesTrickyFields()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QList<CsvReader::Problem> problems;
    QCOMPARE(lines(CsvReader::parse(text, QLatin1Char(','), &problems)), expected);
    QVERIFY(problems.isEmpty());
}

void TestCsvReader::namesTheLineOfAnOpenQuote()
{
    QList<CsvReader::Problem> problems;
    const auto rows
        = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"), QLatin1Char(','), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 3);
    QVERIFY2(
        problems.first().message.contains(QLatin1String("Line 3")), qPrintable(problems.first().message));
    // What was read is kept: the open field runs to the end.
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.last().fields, (strings({ "3", "open\n4,5\n" })));
}

void TestCsvReader::recordsStartOnTheirLine()
{
    const auto rows = CsvReader::parse(QStringLiteral("a,b\n\"x\ny\nz\",1\n\n2,3\r\n4,5"), QLatin1Char(','));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).line, 1);
    QCOMPARE(rows.at(1).line, 2);
    QCOMPARE(rows.at(2).line, 6); // after a three-line field and a blank line
    QCOMPARE(rows.at(3).line, 7);
}

void TestCsvReader::detectsEncoding()
{
    const QByteArray utf8 = QString::fromUtf8("Name;Ort\nMüller;Köln\n").toUtf8();
    bool bom = true;
    QCOMPARE(CsvReader::detectEncoding(utf8, &bom), CsvReader::Encoding::Utf8);
    QVERIFY(!bom);
    const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + utf8;
    QCOMPARE(CsvReader::detectEncoding(withBom, &bom), CsvReader::Encoding::Utf8);
    QVERIFY(bom);
    QCOMPARE(
        CsvReader::decode(withBom, CsvReader::Encoding::Utf8), QString::fromUtf8("Name;Ort\nMüller;Köln\n"));
    // Windows-1252 (and Latin-1): "Müller", "€ 5", "“quoted”", "Straße".
    const QByteArray cp1252("Name;Betrag\nM\xFCller;\x80 5\n\x93quoted\x94;Stra\xDF"
                            "e\n");
    QCOMPARE(CsvReader::detectEncoding(cp1252), CsvReader::Encoding::Windows1252);
    const CsvReader::Table table = CsvReader::read(cp1252);
    QCOMPARE(table.encoding, CsvReader::Encoding::Windows1252);
    QCOMPARE(table.delimiter, QLatin1Char(';'));
    QCOMPARE(lines(table.rows),
        (QStringList { QString::fromUtf8("Müller|€ 5"), QString::fromUtf8("“quoted”|Straße") }));
}

void TestCsvReader::detectsTheDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("Deal;Wert;Stufe\nFlotte;1.200,50;Angebot\nScanner;99,90;Lead\n")
        << QChar(QLatin1Char(';'));
    QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2,5\t3\n") << QChar(QLatin1Char('\t'));
    QTest::newRow("commas only inside quotes")
        << QStringLiteral("\"a, b\";c\n\"d, e\";f\n") << QChar(QLatin1Char(';'));
    QTest::newRow("one column") << QStringLiteral("title\nFleet\nScanner\n") << QChar(QLatin1Char(','));
}

void TestCsvReader::detectsTheDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestCsvReader::detectsTheHeader()
{
    const CsvReader::Table named
        = CsvReader::read("Deal - Title,Deal - Value,Deal - Stage\nFleet,1200,Proposal\n");
    QVERIFY(named.hasHeader);
    QCOMPARE(named.header, (strings({ "Deal - Title", "Deal - Value", "Deal - Stage" })));
    QCOMPARE(lines(named.rows), strings({ "Fleet|1200|Proposal" }));
    QCOMPARE(named.columns, 3);
    // A first row with a number or a date in it is data.
    const CsvReader::Table data = CsvReader::read("Fleet,1200,2026-11-03\nScanner,99,2026-10-01\n");
    QVERIFY(!data.hasHeader);
    QVERIFY(data.header.isEmpty());
    QCOMPARE(data.rows.size(), 2);
    QCOMPARE(data.columns, 3);
    // Names repeated are no header either.
    QVERIFY(!CsvReader::looksLikeHeader(strings({ "x", "x" }), {}));
}

void TestCsvReader::trailingDelimitersAndRaggedRows()
{
    const CsvReader::Table table
        = CsvReader::read("title,value,\nFleet,100,\nScanner,50\nDock,70,extra,more\n");
    QCOMPARE(table.header, (strings({ "title", "value" })));
    QCOMPARE(table.columns, 2);
    // Empty fields past the header go; a row short or long of real fields stays as it is, for the
    // import to name.
    QCOMPARE(lines(table.rows), (strings({ "Fleet|100", "Scanner|50", "Dock|70|extra|more" })));
}

void TestCsvReader::setsFootersApart()
{
    const CsvReader::Table table = CsvReader::read("Deal;Value;Stage;Owner\n"
                                                   "Fleet;100;Lead;Kim\n"
                                                   "Total opportunities;1;;\n"
                                                   "Total;100;;\n"
                                                   ";;;\n"
                                                   "Confidential - internal use only;;;\n");
    QCOMPARE(lines(table.rows), strings({ "Fleet|100|Lead|Kim" }));
    QCOMPARE(table.footer.size(), 4);
    QCOMPARE(table.footer.first().line, 3);
    // Only below the table: a row called "Total" in the middle is data.
    const CsvReader::Table middle = CsvReader::read("Deal;Value\nTotal renovation;5\nFleet;100\n");
    QCOMPARE(middle.rows.size(), 2);
    QVERIFY(middle.footer.isEmpty());
}

void TestCsvReader::optionsOverrideDetection()
{
    const QByteArray bytes = QString::fromUtf8("a;b\nMüller;1\n").toUtf8();
    CsvReader::Options options;
    options.encoding = CsvReader::Encoding::Windows1252;
    options.delimiter = QLatin1Char(',');
    options.header = false;
    const CsvReader::Table table = CsvReader::read(bytes, options);
    QCOMPARE(table.encoding, CsvReader::Encoding::Windows1252);
    QCOMPARE(table.delimiter, QLatin1Char(','));
    QVERIFY(!table.hasHeader);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.last().fields, QStringList { QString::fromUtf8("MÃ¼ller;1") });
}

// Random bytes and mutated real files: read() always returns, every row keeps a line within the
// file, and every field's text comes from the file.
void TestCsvReader::neverCrashesOnRandomBytes()
{
    QRandomGenerator random(20261206);
    const QByteArray real = "Deal - Title,Deal - Value,Deal - Currency,Deal - Stage\r\n"
                            "\"Fleet, phase 2\",\"1,200.50\",EUR,Proposal\r\n"
                            "\"Say \"\"no\"\"\",99,USD,\"Lead\nin\"\r\n"
                            "Total,1299.50,,\r\n";
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        if (round % 2) {
            bytes = real;
            for (int edit = 0; edit < 1 + int(random.bounded(8)); ++edit) {
                const int at = int(random.bounded(bytes.size() + 1));
                switch (random.bounded(3)) {
                case 0:
                    bytes.insert(at, char(random.bounded(256)));
                    break;
                case 1:
                    if (at < bytes.size())
                        bytes.remove(at, 1 + int(random.bounded(4)));
                    break;
                default:
                    bytes.insert(at, "\"\r\n,;\t" + random.bounded(6), 1);
                }
            }
        } else {
            bytes.resize(int(random.bounded(200)));
            for (char &byte : bytes)
                byte = char(random.bounded(256));
        }
        const CsvReader::Table table = CsvReader::read(bytes);
        const int lineCount = int(bytes.count('\n') + bytes.count('\r')) + 1;
        for (const CsvReader::Row &row : table.rows + table.footer)
            QVERIFY(row.line >= 1 && row.line <= lineCount);
        for (const CsvReader::Problem &problem : table.problems)
            QVERIFY(problem.line >= 1 && problem.line <= lineCount);
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
