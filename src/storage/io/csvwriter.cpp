// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

namespace Ripen {

namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kApostrophe = QLatin1Char('\'');

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
}

QByteArray CsvWriter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

bool CsvWriter::startsLikeAFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == kApostrophe)
        ++i;
    return i < text.size() && isFormulaStart(text.at(i));
}

QString CsvWriter::neutralised(const QString &text)
{
    return startsLikeAFormula(text) ? kApostrophe + text : text;
}

QString CsvWriter::quoted(const QString &field)
{
    QString text;
    append(text, field, false);
    return text;
}

void CsvWriter::append(QString &out, QStringView field, bool neutralise)
{
    const bool apostrophe = neutralise && startsLikeAFormula(field);
    // Quoted when it holds a delimiter, a quote or a line break, or white space at either end (the
    // apostrophe, when there is one, is its first character). Tabs and semicolons too: a reader that
    // guesses the delimiter (CsvReader) could take them for one.
    bool quote = !field.isEmpty() && ((!apostrophe && field.front().isSpace()) || field.back().isSpace());
    for (qsizetype i = 0; !quote && i < field.size(); ++i) {
        const char16_t c = field.at(i).unicode();
        quote = c == u',' || c == u'"' || c == u'\r' || c == u'\n' || c == u'\t' || c == u';';
    }
    if (quote)
        out += kQuote;
    if (apostrophe)
        out += kApostrophe;
    if (!quote) {
        out += field;
        return;
    }
    for (const QChar c : field) {
        if (c == kQuote)
            out += kQuote; // doubled
        out += c;
    }
    out += kQuote;
}

void CsvWriter::writeHeader(const QStringList &names)
{
    const QByteArray bom = byteOrderMark();
    m_ok = m_ok && m_device.write(bom) == bom.size();
    for (const QString &name : names)
        addValue(name);
    endRow();
}

void CsvWriter::addText(const QString &text)
{
    add(text, true);
}

void CsvWriter::addValue(const QString &value)
{
    add(value, false);
}

void CsvWriter::add(QStringView field, bool neutralise)
{
    if (!m_firstField)
        m_row += QLatin1Char(',');
    m_firstField = false;
    append(m_row, field, neutralise);
}

void CsvWriter::endRow()
{
    m_row += QLatin1String("\r\n");
    const QByteArray bytes = m_row.toUtf8();
    m_ok = m_ok && m_device.write(bytes) == bytes.size();
    m_row.clear(); // keeps its capacity for the next row
    m_firstField = true;
}

} // namespace Ripen
