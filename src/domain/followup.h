// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

namespace Ripen {

struct FollowUp
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 contactId = 0;
    QDate dueOn;
    Channel channel = Channel::Email;
    ValueKind plannedValueKind = ValueKind::None;
    QString plannedValue;
    Cadence cadence = Cadence::None; // the series this step belongs to, None for a one-off
    QString note;
    qint64 doneTouchId = 0; // the touch that fulfilled it, 0 = still open
    qint64 seriesId = 0; // the touch whose "not now" this cadence step answers, 0 = none
    QDate seriesUntil; // the cadence's come-back date, which none of its steps reaches; invalid = none
    QDate doneOn; // when it happened or was skipped
    QString skipReason; // why it was skipped (cancelled from the agenda, or the deal was won or lost)

    bool isDone() const { return doneOn.isValid(); }
    bool isSkipped() const { return isDone() && !skipReason.isEmpty(); }
};

} // namespace Ripen
