// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace Ripen {

struct Touch
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 contactId = 0; // 0 = nobody in particular
    Channel channel = Channel::Call;
    QDateTime occurredAt;
    TouchOutcome outcome = TouchOutcome::NoAnswer;
    ValueKind valueKind = ValueKind::None; // None = a bare check-in
    QString valueText;
    QString note;

    bool carriesValue() const { return valueKind != ValueKind::None; }
};

// The order touches happened in; touches at the same moment in the order they were saved, as the board's
// queries order them (occurred_at, then id).
inline bool happenedBefore(const Touch &a, const Touch &b)
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt < b.occurredAt;
    return a.id < b.id;
}

} // namespace Ripen
