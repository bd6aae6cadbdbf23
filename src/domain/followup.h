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
    QString cadence; // the cadence this step belongs to, empty for a one-off
    QString note;
    qint64 doneTouchId = 0; // the touch that fulfilled it, 0 = still open
    QDate doneOn;

    bool isDone() const { return doneOn.isValid(); }
};

} // namespace Ripen
