// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace Ripen {

// A CSV file as RFC 4180 describes it and spreadsheets open it: comma-separated, CRLF line ends,
// UTF-8 with a byte order mark (without one Excel reads the letters as Windows-1252), a field quoted
// when it holds a comma, a quote, a line break or white space at either end (and a tab or a
// semicolon, which a reader guessing the delimiter could take for one), its quotes doubled.
//
// A text field a spreadsheet would take for a formula gets a leading apostrophe (OWASP's advice
// against CSV injection): one starting with =, +, -, @, a tab or a carriage return, or with
// apostrophes and then one of those, so that taking one apostrophe off on import
// (ImportValues::text) gives back exactly what was written. Values (the numbers and ISO dates Ripen
// writes itself, a negative amount's minus sign included) are written as they are.
//
// It streams: each row goes to the device when it ends, so a file of millions of rows needs the
// memory of one row. Pure Qt::Core.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &device);

    // The byte order mark and the header row: call once, first.
    void writeHeader(const QStringList &names);
    // The next field of the current row: free text (neutralised) or a value (as it is).
    void addText(const QString &text);
    void addValue(const QString &value);
    // Writes the current row with its CRLF.
    void endRow();
    // False once a write failed; the device's errorString() says why.
    bool ok() const { return m_ok; }

    // Whether text, after any apostrophes it starts with, starts with a character that makes a
    // spreadsheet read it as a formula.
    static bool startsLikeAFormula(QStringView text);
    // text with the leading apostrophe that keeps a spreadsheet from running it, where it needs one.
    static QString neutralised(const QString &text);
    // field as it goes between delimiters: quoted and its quotes doubled where needed.
    static QString quoted(const QString &field);
    static QByteArray byteOrderMark();

private:
    void add(QStringView field, bool neutralise);
    // field, neutralised when asked and where needed, quoted where needed, at the end of out.
    static void append(QString &out, QStringView field, bool neutralise);

    QIODevice &m_device;
    QString m_row;
    bool m_firstField = true;
    bool m_ok = true;
};

} // namespace Ripen
