// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Ripen {

// Writes an RFC 5545 calendar of all-day events: what the follow-up export hands to Thunderbird,
// Evolution, GNOME Calendar and Outlook. Text is escaped (backslash, semicolon, comma, newline),
// content lines are folded at 75 octets without splitting a UTF-8 character, and every line ends
// in CRLF. A UID that stays the same across exports makes a re-import update, not duplicate.
class ICalendarWriter final
{
public:
    struct Event
    {
        QString uid;
        QDate day; // an all-day event on this day
        QString summary;
        QString description;
    };

    // stamp: when the calendar was written (DTSTAMP, in UTC).
    static QByteArray calendar(const QList<Event> &events, const QDateTime &stamp);

    // A TEXT value as RFC 5545 section 3.3.11 wants it, in UTF-8.
    static QByteArray escapedText(const QString &text);
    // One content line folded to lines of at most 75 octets, each ending in CRLF; a continuation
    // line starts with a space.
    static QByteArray foldedLine(const QByteArray &line);
};

} // namespace Ripen
