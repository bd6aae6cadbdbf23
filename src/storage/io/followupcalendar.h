// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/icalendarwriter.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace Ripen {

class Pipeline;

// The open follow-ups as calendar events: one all-day event per follow-up on its due day, its summary
// the channel, the contact and the deal, its description the value the touch is to carry, the cadence
// and the note. The UID is the follow-up's id, so exporting again updates the same events.
class FollowUpCalendar final
{
public:
    // Open follow-ups due from..to (an invalid date leaves that end open), by due day.
    static Result<QList<ICalendarWriter::Event>> openFollowUps(
        const Pipeline &pipeline, const QDate &from = {}, const QDate &to = {});
    // Them as an iCalendar file's content, written at stamp.
    static Result<QByteArray> calendar(
        const Pipeline &pipeline, const QDateTime &stamp, const QDate &from = {}, const QDate &to = {});
    // Writes them to path as an iCalendar file, whole or not at all; returns how many.
    static Result<int> exportTo(const Pipeline &pipeline, const QString &path, const QDateTime &stamp,
        const QDate &from = {}, const QDate &to = {});
    static QString uidOf(qint64 followUpId);
    // Its query (values: the first and the last day), for EXPLAIN QUERY PLAN checks.
    static QString selectSql();
};

} // namespace Ripen
