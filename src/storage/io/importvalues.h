// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Ripen {

// How the cells of an imported file are read, one rule each, as the README states them: money with or
// without thousands separators and currency symbols, dates in the formats exports use, status words
// and other tools' channel words. Pure functions: the import and its tests share them.
namespace ImportValues {

// An amount in minor units (cents), and the currency its cell names ("€", "$", "£", "¥" or an ISO
// code before or after the number); a cell that names none leaves currency empty. The separator of
// the cents is the last '.' or ',' followed by one or two digits; every other '.', ',', space,
// apostrophe or no-break space groups thousands. Nothing for a cell that is no amount ("n/a", "1.2.3,45,6").
struct Amount
{
    qint64 minor = 0;
    QString currency;
};
std::optional<Amount> parseMoney(const QString &cell);

// The date formats recognised, in Qt's notation, in the order they are tried: ISO first.
QStringList dateFormats();
// A cell read with a format, with or without a time ("2026-11-03", "11/3/2026 14:05",
// "3.11.2026 14:05:09", "2026-11-03T14:05:00Z"). Invalid when it does not fit.
QDateTime parseDate(const QString &cell, const QString &format);
// The formats that read every non-empty cell of a column. More than one (every date fits "M/d/yyyy"
// and "d/M/yyyy") means the user chooses; none means the column holds no dates Ripen knows.
QStringList fittingDateFormats(const QStringList &cells);

// A status cell: won, lost, open, closed won, closed lost, whatever the case; any other word (a stage's
// name such as "Engaging") means open.
DealStatus parseStatus(const QString &cell);

// Another tool's word for how a touch happened (Call, Email, Meeting, Task, LinkedIn, Visit…); nothing
// for a word Ripen has no channel for.
std::optional<Channel> parseChannel(const QString &cell);

// Whether an activity happened (done, completed, held, sent, yes, true, 1) or is planned (planned,
// scheduled, to do, open, not done, pending, no, false, 0), whatever the case; nothing for an empty
// cell or another word.
std::optional<bool> parseDone(const QString &cell);

// How a touch went, in Ripen's words or its own keys (no answer, conversation, no, not now, meeting
// booked, yes) and a few of other tools' (connected, left voicemail, busy…); nothing for another word.
std::optional<TouchOutcome> parseOutcome(const QString &cell);

// The value a touch carried, in Ripen's words or keys (none, insight, white paper, invitation,
// referral, idea); nothing for another word.
std::optional<ValueKind> parseValueKind(const QString &cell);

// A free-text cell, trimmed, without the apostrophe a CSV export (Ripen's, CsvWriter) puts before
// text a spreadsheet would run as a formula: "'=SUM(A1)" reads "=SUM(A1)", "'+1 555" reads "+1 555".
// An apostrophe before anything else is the text's own ("'90s revival" stays as it is).
QString text(const QString &cell);

} // namespace ImportValues

} // namespace Ripen
