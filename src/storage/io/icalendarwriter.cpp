// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

#include <cstdio>

namespace Ripen {

namespace {

constexpr int kMaxOctets = 75;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Appends one content line, folded: the first line holds 75 octets, the next ones 74 after their
// space, and a fold never falls between the bytes of one character. Straight into the calendar, so a
// line costs no copies of its own.
void appendFolded(QByteArray &out, const char *data, qsizetype size)
{
    qsizetype start = 0;
    int room = kMaxOctets;
    while (size - start > room) {
        qsizetype end = start + room;
        while (end > start && isContinuationByte(data[end]))
            --end;
        out.append(data + start, end - start);
        out.append("\r\n ", 3);
        start = end;
        room = kMaxOctets - 1;
    }
    out.append(data + start, size - start);
    out.append("\r\n", 2);
}

void addLine(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    if (name.size() + 1 + value.size() <= kMaxOctets) { // most lines: no fold, nothing to build
        out.append(name.data(), name.size());
        out.append(':');
        out.append(value.data(), value.size());
        out.append("\r\n", 2);
        return;
    }
    QByteArray line;
    line.reserve(name.size() + 1 + value.size());
    line.append(name.data(), name.size()).append(':').append(value.data(), value.size());
    appendFolded(out, line.constData(), line.size());
}

// yyyyMMdd, the form of a DATE value (QDate::toString parses its format on every call).
QByteArray basicDate(const QDate &day)
{
    char text[16];
    const int size = std::snprintf(text, sizeof text, "%04d%02d%02d", day.year(), day.month(), day.day());
    return QByteArray(text, size);
}

} // namespace

QByteArray ICalendarWriter::escapedText(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\r':
            // CRLF and a lone CR are one line break, like LF.
            if (i + 1 < utf8.size() && utf8.at(i + 1) == '\n')
                ++i;
            out += "\\n";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            // Other control characters are not allowed in TEXT; a tab stays, the rest go.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                out += c;
            break;
        }
    }
    return out;
}

QByteArray ICalendarWriter::foldedLine(const QByteArray &line)
{
    QByteArray out;
    appendFolded(out, line.constData(), line.size());
    return out;
}

QByteArray ICalendarWriter::calendar(const QList<Event> &events, const QDateTime &stamp)
{
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    out.reserve(256 + events.size() * 320); // about what one event takes
    addLine(out, "BEGIN", "VCALENDAR");
    addLine(out, "VERSION", "2.0");
    addLine(out, "PRODID", "-//Ripen//Follow-ups//EN");
    addLine(out, "CALSCALE", "GREGORIAN");
    for (const Event &event : events) {
        addLine(out, "BEGIN", "VEVENT");
        addLine(out, "UID", escapedText(event.uid));
        addLine(out, "DTSTAMP", dtstamp);
        addLine(out, "DTSTART;VALUE=DATE", basicDate(event.day));
        addLine(out, "DTEND;VALUE=DATE", basicDate(event.day.addDays(1)));
        addLine(out, "SUMMARY", escapedText(event.summary));
        if (!event.description.isEmpty())
            addLine(out, "DESCRIPTION", escapedText(event.description));
        addLine(out, "TRANSP", "TRANSPARENT");
        addLine(out, "END", "VEVENT");
    }
    addLine(out, "END", "VCALENDAR");
    return out;
}

} // namespace Ripen
