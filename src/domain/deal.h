// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Ripen {

// Why and when a deal was lost, and when to come back: "no" means "not now".
struct LostInfo
{
    QDate lostOn;
    qint64 reasonId = 0;
    FailedCommitment failedCommitment = FailedCommitment::None;
    QString competitor;
    QString note;
    QDate reengageOn;
};

struct Deal
{
    qint64 id = 0;
    QString title;
    qint64 accountId = 0;
    qint64 contactId = 0; // primary contact, 0 = none
    Money value;
    qint64 stageId = 0;
    qint64 position = 0; // order inside the stage column
    QString owner;
    QDateTime createdAt;
    DealStatus status = DealStatus::Open;
    QDate wonOn;
    LostInfo lost; // filled while lost, kept after a reopen as the last "no"
    // The deal's newest row in losses (0 = never lost). Undo takes back the losses newer than a
    // snapshot's, redo writes the snapshot's back under this id.
    qint64 lastLossId = 0;
};

} // namespace Ripen
