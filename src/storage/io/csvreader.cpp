// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <array>

namespace Ripen {

namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');

// Windows-1252's 0x80..0x9F (the rest of the byte range reads as Latin-1); the five bytes it leaves
// undefined keep their Latin-1 code point, so nothing is ever lost.
constexpr std::array<char16_t, 32> kWindows1252High { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

bool startsWithBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        int more = 0;
        if (lead < 0x80)
            more = 0;
        else if (lead >= 0xC2 && lead <= 0xDF)
            more = 1;
        else if (lead >= 0xE0 && lead <= 0xEF)
            more = 2;
        else if (lead >= 0xF0 && lead <= 0xF4)
            more = 3;
        else
            return false;
        for (int k = 1; k <= more; ++k) {
            if (i + k >= size || (data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += more + 1;
    }
    return true;
}

bool isNumberLike(const QString &cell)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?\\s*[$€£¥]?\\s*\\d[\\d.,' \\x{00A0}]*\\s*(%|[$€£¥]|[A-Z]{3})?$"));
    return number.match(cell.trimmed()).hasMatch();
}

bool isDateLike(const QString &cell)
{
    static const QRegularExpression date(QStringLiteral("^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}([ T].*)?$"));
    return date.match(cell.trimmed()).hasMatch();
}

// The most common number of fields among rows (ties: the larger).
int commonWidth(const QList<CsvReader::Row> &rows)
{
    QMap<int, int> widths;
    for (const CsvReader::Row &row : rows)
        ++widths[int(row.fields.size())];
    int best = 0, seen = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.value() >= seen) {
            best = it.key();
            seen = it.value();
        }
    }
    return best;
}

} // namespace

CsvReader::Encoding CsvReader::detectEncoding(const QByteArray &bytes, bool *byteOrderMark)
{
    const bool bom = startsWithBom(bytes);
    if (byteOrderMark)
        *byteOrderMark = bom;
    if (bom || isValidUtf8(bytes))
        return Encoding::Utf8;
    return Encoding::Windows1252;
}

QString CsvReader::decode(const QByteArray &bytes, Encoding encoding)
{
    if (encoding == Encoding::Utf8)
        return QString::fromUtf8(startsWithBom(bytes) ? bytes.mid(3) : bytes);
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        text += code >= 0x80 && code <= 0x9F ? QChar(kWindows1252High[code - 0x80]) : QChar(char16_t(code));
    }
    return text;
}

QString CsvReader::encodingName(Encoding encoding)
{
    return encoding == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
}

QList<CsvReader::Row> CsvReader::parse(const QString &text, QChar delimiter, QList<Problem> *problems)
{
    QList<Row> rows;
    Row row;
    row.line = 1;
    QString field;
    bool inQuotes = false; // between a field's opening and closing quote
    bool quotedField = false; // the current field began with a quote
    bool content = false; // the current record has a delimiter, a quote or a character
    int line = 1, quoteLine = 1;
    const qsizetype size = text.size();
    const auto endRecord = [&] {
        row.fields << field;
        if (content)
            rows << row; // a blank line is no record
        row = Row {};
        field.clear();
        quotedField = false;
        content = false;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == kQuote) {
                if (i + 1 < size && text.at(i + 1) == kQuote) {
                    field += kQuote;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == kCr || c == kLf) {
                // A line break inside a field is kept as one LF, whatever the file used.
                if (c == kCr && i + 1 < size && text.at(i + 1) == kLf)
                    ++i;
                field += kLf;
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        if (c == kQuote && field.isEmpty() && !quotedField) {
            inQuotes = quotedField = content = true;
            quoteLine = line;
        } else if (c == delimiter) {
            row.fields << field;
            field.clear();
            quotedField = false;
            content = true;
        } else if (c == kCr || c == kLf) {
            if (c == kCr && i + 1 < size && text.at(i + 1) == kLf)
                ++i;
            endRecord();
            row.line = ++line;
        } else {
            // A quote inside an unquoted field, or text after a closing quote, is kept as it stands.
            field += c;
            content = true;
        }
    }
    if (inQuotes && problems)
        problems->append({ quoteLine,
            tr("Line %1: a quoted field opens here and is not closed before the end of the file.")
                .arg(quoteLine) });
    if (content || !field.isEmpty())
        endRecord();
    return rows;
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // The first lines are enough, and a huge file is not parsed three times.
    const QString head = text.left(64 * 1024);
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (const QChar candidate : { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') }) {
        QList<Row> rows = parse(head, candidate);
        if (rows.size() > 20)
            rows.resize(20);
        if (rows.size() > 1 && text.size() > head.size())
            rows.removeLast(); // maybe cut short by the 64 KB
        const int width = commonWidth(rows);
        if (width < 2)
            continue;
        const auto same = std::count_if(
            rows.cbegin(), rows.cend(), [width](const Row &row) { return row.fields.size() == width; });
        const double score = width * double(same) / double(rows.size());
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

bool CsvReader::looksLikeHeader(const QStringList &first, const QList<Row> &below)
{
    int filled = 0;
    QSet<QString> names;
    for (const QString &cell : first) {
        const QString name = cell.trimmed();
        if (name.isEmpty())
            continue;
        if (isNumberLike(name) || isDateLike(name))
            return false;
        ++filled;
        names.insert(name.toCaseFolded());
    }
    if (filled == 0 || filled * 2 < first.size() || names.size() < filled)
        return false;
    // Column names are not the values below them: a first row equal to a row below is data.
    return std::none_of(
        below.cbegin(), below.cend(), [&first](const Row &row) { return row.fields == first; });
}

bool CsvReader::isFooter(const Row &row, int columns)
{
    QStringList filled;
    for (const QString &cell : row.fields) {
        if (!cell.trimmed().isEmpty())
            filled << cell.trimmed();
    }
    if (filled.isEmpty())
        return true; // ";;;;" under a table
    if (filled.size() > std::max(1, columns / 2))
        return false;
    static const QRegularExpression footer(
        QStringLiteral("^(totals?|grand total|sub-?total|sum|count|average|confidential|internal use|"
                       "generated|exported|report|page \\d|©|copyright|gesamt|summe|vertraulich|"
                       "erstellt|exportiert|total général)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return footer.match(filled.first()).hasMatch() || filled.first().startsWith(QChar(0x00A9));
}

CsvReader::Table CsvReader::read(const QByteArray &bytes, const Options &options)
{
    Table table;
    bool bom = false;
    const Encoding detected = detectEncoding(bytes, &bom);
    table.encoding = options.encoding.value_or(detected);
    table.byteOrderMark = bom;
    const QString text = decode(bytes, table.encoding);
    table.delimiter = options.delimiter.value_or(detectDelimiter(text));
    QList<Row> rows = parse(text, table.delimiter, &table.problems);
    table.hasHeader
        = options.header.value_or(!rows.isEmpty() && looksLikeHeader(rows.first().fields, rows.mid(1, 20)));
    if (table.hasHeader && !rows.isEmpty()) {
        for (const QString &name : rows.takeFirst().fields)
            table.header << name.trimmed();
        // A trailing delimiter leaves an empty last name: no column.
        while (table.header.size() > 1 && table.header.last().isEmpty())
            table.header.removeLast();
        table.columns = int(table.header.size());
    } else {
        table.columns = commonWidth(rows);
    }
    for (Row &row : rows) {
        while (row.fields.size() > table.columns && row.fields.last().trimmed().isEmpty())
            row.fields.removeLast();
    }
    while (!rows.isEmpty() && isFooter(rows.last(), table.columns))
        table.footer.prepend(rows.takeLast());
    table.rows = std::move(rows);
    return table;
}

} // namespace Ripen
