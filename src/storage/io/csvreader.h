// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Ripen {

// A CSV file as RFC 4180 describes it and as spreadsheets and CRMs really write it: quoted fields with
// delimiters, quotes ("") and line breaks inside; CRLF, LF or CR; empty fields; a trailing delimiter;
// rows with more or fewer fields than the header. What the file does not say is detected, and can be
// given instead: the encoding (UTF-8 with or without a byte order mark, else Windows-1252, which
// Latin-1 files read the same), the delimiter (comma, semicolon or tab) and whether the first row
// is a header. Footer lines a spreadsheet adds below the table (totals, a confidentiality line) are
// set apart. Reading never fails: what is wrong (a quote left open) is a problem with its line.
//
// Pure Qt::Core: the import wizard, `ripen import` and the tests read files through it alike.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    enum class Encoding {
        Utf8,
        Windows1252,
    };

    struct Options
    {
        std::optional<Encoding> encoding;
        std::optional<QChar> delimiter; // ',', ';' or '\t' (any other character is taken as given)
        std::optional<bool> header;
    };

    // One record of the file; line is the file's line it starts on (1 for the first), so a message
    // can name it even when a quoted field spans lines.
    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    struct Problem
    {
        int line = 0;
        QString message;
    };

    struct Table
    {
        Encoding encoding = Encoding::Utf8;
        bool byteOrderMark = false;
        QChar delimiter = QLatin1Char(',');
        bool hasHeader = true;
        QStringList header; // empty without a header
        QList<Row> rows; // the records below the header, footers set apart
        QList<Row> footer; // below the table: totals, notes, confidentiality lines
        QList<Problem> problems;
        // How many fields a row should have: the header's, else the most common count.
        int columns = 0;
    };

    static Table read(const QByteArray &bytes, const Options &options = {});

    // The parts read() is made of.
    static Encoding detectEncoding(const QByteArray &bytes, bool *byteOrderMark = nullptr);
    static QString decode(const QByteArray &bytes, Encoding encoding);
    // The one of ',', ';', '\t' that splits the first lines into the same, largest number of fields.
    static QChar detectDelimiter(const QString &text);
    static QList<Row> parse(const QString &text, QChar delimiter, QList<Problem> *problems = nullptr);
    // Whether first reads as column names over the rows below it: every cell filled, none a number
    // or a date, and unlike the rows below where those are numbers or dates.
    static bool looksLikeHeader(const QStringList &first, const QList<Row> &below);
    // Whether row, at the end of a table of columns fields, is a spreadsheet's footer line.
    static bool isFooter(const Row &row, int columns);
    static QString encodingName(Encoding encoding);
};

} // namespace Ripen
