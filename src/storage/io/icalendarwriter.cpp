// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

namespace Ripen {

namespace {

constexpr int kMaxOctets = 75;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

void addLine(QByteArray &out, const QByteArray &name, const QByteArray &value)
{
    out += ICalendarWriter::foldedLine(name + ':' + value);
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
    qsizetype start = 0;
    int room = kMaxOctets; // the first line holds 75 octets, the next ones 74 after their space
    while (line.size() - start > room) {
        qsizetype end = start + room;
        while (end > start && isContinuationByte(line.at(end)))
            --end; // never between the bytes of one character
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        room = kMaxOctets - 1;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray ICalendarWriter::calendar(const QList<Event> &events, const QDateTime &stamp)
{
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    addLine(out, "BEGIN", "VCALENDAR");
    addLine(out, "VERSION", "2.0");
    addLine(out, "PRODID", "-//Ripen//Follow-ups//EN");
    addLine(out, "CALSCALE", "GREGORIAN");
    for (const Event &event : events) {
        addLine(out, "BEGIN", "VEVENT");
        addLine(out, "UID", escapedText(event.uid));
        addLine(out, "DTSTAMP", dtstamp);
        addLine(out, "DTSTART;VALUE=DATE", event.day.toString(QStringLiteral("yyyyMMdd")).toLatin1());
        addLine(
            out, "DTEND;VALUE=DATE", event.day.addDays(1).toString(QStringLiteral("yyyyMMdd")).toLatin1());
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
