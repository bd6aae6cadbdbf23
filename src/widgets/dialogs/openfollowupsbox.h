// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "followup.h"

#include <QGroupBox>
#include <QList>

class QListWidget;

namespace Ripen {

// The deal's open follow-ups in the Won and Lost dialogs: one checkable row each, ticked = keep,
// so that closing a deal does not leave plans behind that no longer make sense. Hidden when the deal
// has none. The choice only says which to skip; the command skips them with the deal, in one undo step.
class OpenFollowUpsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenFollowUpsBox)
public:
    // closingAs: Won or Lost, which decides what is ticked at first (keptByDefault).
    OpenFollowUpsBox(const QList<FollowUp> &followUps, DealStatus closingAs, const QDate &today,
        QWidget *parent = nullptr);

    // The unticked ones, in the order shown (by due day).
    QList<qint64> followUpsToSkip() const;
    QListWidget *list() const { return m_list; }

    // A won deal keeps its plans (the customer relationship goes on). A lost one drops them, except the
    // planned re-engagement: its "not now" touches (a ReEngage step, or a step of a cadence started by
    // a "not now" touch), which are what the loss should lead to.
    static bool keptByDefault(const FollowUp &followUp, DealStatus closingAs);
    // "Tue 1 Dec · Call · Insight: the freight benchmark"; the year is added when it is not this one.
    static QString rowText(const FollowUp &followUp, const QDate &today);

private:
    QListWidget *m_list;
};

} // namespace Ripen
