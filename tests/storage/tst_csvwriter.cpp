// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/importvalues.h"
#include "testsupport.h"

#include <QBuffer>
#include <QtTest>

using namespace Ripen;

namespace {

// What a writer puts on a buffer: a header and one row, the row's fields given as (text, is a value).
QByteArray written(const QStringList &header, const QList<std::pair<QString, bool>> &fields)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeHeader(header);
    for (const auto &[field, value] : fields) {
        if (value)
            writer.addValue(field);
        else
            writer.addText(field);
    }
    writer.endRow();
    return writer.ok() ? buffer.data() : QByteArray();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void quotesWhatNeedsIt_data();
    void quotesWhatNeedsIt();
    void writesBomHeaderAndCrlf();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void valuesAreWrittenAsTheyAre();
    void readsBackIdentical();
    void aFailedWriteIsReported();
};

void TestCsvWriter::quotesWhatNeedsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Acme GmbH") << QStringLiteral("Acme GmbH");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("inner space") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("comma") << QStringLiteral("Globex, Inc.") << QStringLiteral("\"Globex, Inc.\"");
    QTest::newRow("quote") << QStringLiteral("Say \"no\"") << QStringLiteral("\"Say \"\"no\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("CR") << QStringLiteral("one\rtwo") << QStringLiteral("\"one\rtwo\"");
    QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("leading space") << QStringLiteral(" lead") << QStringLiteral("\" lead\"");
    QTest::newRow("trailing space") << QStringLiteral("trail ") << QStringLiteral("\"trail \"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\tb\"");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("non-Latin") << QStringLiteral("Köln — 東京 🍓") << QStringLiteral("Köln — 東京 🍓");
}

void TestCsvWriter::quotesWhatNeedsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::quoted(field), expected);
}

void TestCsvWriter::writesBomHeaderAndCrlf()
{
    const QByteArray bytes = written({ QStringLiteral("title"), QStringLiteral("value") },
        { { QStringLiteral("Fleet, phase 2"), false }, { QStringLiteral("1234.50"), true } });
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFtitle,value\r\n\"Fleet, phase 2\",1234.50\r\n"));
    QCOMPARE(CsvWriter::byteOrderMark(), QByteArray("\xEF\xBB\xBF"));
    // Several rows, each ended by CRLF and nothing else, UTF-8 throughout.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeHeader({ QStringLiteral("a") });
    for (const QString &text : { QStringLiteral("Köln"), QStringLiteral("x") }) {
        writer.addText(text);
        writer.endRow();
    }
    QVERIFY(writer.ok());
    QCOMPARE(buffer.data(),
        QByteArray("\xEF\xBB\xBF"
                   "a\r\nK\xC3\xB6ln\r\nx\r\n"));
}

void TestCsvWriter::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field"); // as it stands in the file
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
    QTest::newRow("-") << QStringLiteral("-5% discount") << QStringLiteral("'-5% discount");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("\"'\t=1+1\"");
    QTest::newRow("CR") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("DDE") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    // An apostrophe the text starts with itself, before a formula character: kept, one more added.
    QTest::newRow("own apostrophe") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("apostrophes") << QStringLiteral("''-1") << QStringLiteral("'''-1");
    // Nothing to neutralise.
    QTest::newRow("apostrophe before text")
        << QStringLiteral("'90s revival") << QStringLiteral("'90s revival");
    QTest::newRow("inside") << QStringLiteral("a=b+c-d@e") << QStringLiteral("a=b+c-d@e");
    QTest::newRow("space first") << QStringLiteral("x =1") << QStringLiteral("x =1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("apostrophe alone") << QStringLiteral("'") << QStringLiteral("'");
}

void TestCsvWriter::neutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    const QByteArray bytes = written(
        { QStringLiteral("note"), QStringLiteral("n") }, { { text, false }, { QStringLiteral("1"), true } });
    QCOMPARE(
        QString::fromUtf8(bytes.mid(3)), QStringLiteral("note,n\r\n") + field + QStringLiteral(",1\r\n"));
    // The import takes off exactly the apostrophe the export put on. (The reader keeps a line break
    // inside a field as one LF, whatever the file used, so a text that starts with a CR comes back
    // starting with "'\n": a CR is no longer there to neutralise.)
    const CsvReader::Table table = CsvReader::read(bytes);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.first().fields.size(), 2);
    if (!text.startsWith(QLatin1Char('\r')))
        QCOMPARE(ImportValues::text(table.rows.first().fields.first()), text);
}

void TestCsvWriter::valuesAreWrittenAsTheyAre()
{
    // A negative amount and the other values Ripen writes are numbers, not formulas.
    const QByteArray bytes
        = written({ QStringLiteral("value"), QStringLiteral("day"), QStringLiteral("text") },
            { { QStringLiteral("-1234.50"), true }, { QStringLiteral("2026-11-23"), true },
                { QStringLiteral("-1234.50"), false } });
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFvalue,day,text\r\n-1234.50,2026-11-23,'-1234.50\r\n"));
    const CsvReader::Table table = CsvReader::read(bytes);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.first().fields.first(), QStringLiteral("-1234.50"));
    const auto amount = ImportValues::parseMoney(table.rows.first().fields.first());
    QVERIFY(amount);
    QCOMPARE(amount->minor, -123450);
}

void TestCsvWriter::readsBackIdentical()
{
    const QStringList texts { QStringLiteral("first line\nsecond line, with a comma"),
        QStringLiteral("\"Quoted\" and \"\"doubled\"\""), QStringLiteral("a,b,c"), QStringLiteral(" padded "),
        QStringLiteral("Köln — 東京 🍓"), QString(), QStringLiteral("line\n\nbreaks\n") };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeHeader({ QStringLiteral("text"), QStringLiteral("number") });
    for (const QString &text : texts) {
        writer.addText(text);
        writer.addValue(QStringLiteral("7"));
        writer.endRow();
    }
    QVERIFY(writer.ok());
    const CsvReader::Table table = CsvReader::read(buffer.data());
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.encoding, CsvReader::Encoding::Utf8);
    QVERIFY(table.byteOrderMark);
    QCOMPARE(table.delimiter, QLatin1Char(','));
    QCOMPARE(table.header, (QStringList { QStringLiteral("text"), QStringLiteral("number") }));
    QCOMPARE(table.rows.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(table.rows.at(i).fields, (QStringList { texts.at(i), QStringLiteral("7") }));
}

void TestCsvWriter::aFailedWriteIsReported()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter writer(readOnly);
    writer.writeHeader({ QStringLiteral("a") });
    QVERIFY(!writer.ok());
    writer.addText(QStringLiteral("x"));
    writer.endRow();
    QVERIFY(!writer.ok());
}

RIPEN_CORE_TEST_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
