// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Ripen {

// A cadence is a named series of value touches, planned one follow-up at a time: each step is a
// FollowUp whose cadence says which series it belongs to (stored as enumKey, labelled by enumLabel).
// Only the kind is stored; a step's number and the series' end are not (yet).
//   ReEngage: after a loss ("no" means "not now"), value touches until the deal's re-engage date.
//   Ghosted:  after silence, a value touch every two weeks.
//   LongGame: an open deal with a long sales cycle, a value touch every month.
// Today the Lost dialog plans ReEngage steps; the demo generator writes all three.

// Reads follow_ups.cadence. Text that is no key (free text no migration knew) reads as a one-off: it
// then shows no cadence, and the follow-up itself stays planned.
Cadence cadenceFromStoredText(QStringView text);

} // namespace Ripen

namespace Ripen::Rules {

// A "no" needs time to settle: the first value touch after a loss comes no sooner than this.
constexpr int kFirstTouchMinDays = 7;
// Silence grows when it is left alone: a ghosted prospect hears from us within two weeks.
constexpr int kGhostedFirstTouchMaxDays = 14;

// The first value touch to plan when a deal is lost: what the Lost dialog proposes.
struct FirstTouchPlan
{
    QDate dueOn;
    Channel channel = Channel::Email;
    ValueKind valueKind = ValueKind::Insight; // a planned touch carries value, never a bare check-in
    Cadence cadence = Cadence::ReEngage; // for every meaning, as the Lost dialog always filed it
};

// "Call me back in six months" becomes value touches inside those months: the first one comes after
// about a third of the wait (at least kFirstTouchMinDays), and for a ghosted prospect on the re-engage
// date but never later than kGhostedFirstTouchMaxDays. It is never before lostOn nor after reengageOn.
FirstTouchPlan firstTouchAfterLoss(NoMeaning meaning, const QDate &lostOn, const QDate &reengageOn);

// A wait this long or longer gets three value touches, a shorter one two.
constexpr int kLongWaitDays = 42;

// One value touch of a "not now, come back on DATE" series, for the user to confirm as a follow-up.
struct ProposedStep
{
    QDate dueOn;
    Channel channel = Channel::Email;
    ValueKind valueKind = ValueKind::Insight; // never None
    QString suggestion; // what to bring, translated
    Cadence cadence = Cadence::ReEngage;
};

// "Come back in six months" becomes two or three value touches inside the wait (PERSISTENCE.md,
// section 1): two when it is shorter than kLongWaitDays, else three, but no more than there are days from
// today + kFirstTouchMinDays to the day before comeBackOn. The first comes after 1/(steps + 1) of the
// wait and at least kFirstTouchMinDays from today; the others spread evenly from it up to comeBackOn,
// which no step reaches. A step on a Saturday moves to the Friday, one on a Sunday to the Monday; the
// other way when that would leave the window or pass a neighbouring step, and it stays when both would.
// Kinds: an insight first, an idea that opens the talk last, an invitation between. Each step goes on a
// channel that suits its kind and no step before it used; the first never on lastChannel.
// No steps when comeBackOn is kFirstTouchMinDays or fewer days away (a "no" needs that long to settle,
// so the come-back date itself is the next touch), in the past, or when a date is invalid.
QList<ProposedStep> proposeNotNowCadence(const QDate &today, const QDate &comeBackOn, Channel lastChannel);

// One open step of a cadence, as the agenda reschedules it.
struct CadenceStep
{
    qint64 id = 0;
    QDate dueOn;
};

// A step that shiftCadence moves: from the day it was due on to the day it is due on now.
struct StepMove
{
    qint64 id = 0;
    QDate from;
    QDate to;
};

// When the user moves one step of a cadence from movedFrom to movedTo, the open steps after it follow it by
// the same number of days, delta, so the spacing the series was planned with is kept where there is room.
// laterSteps come in any order and are taken in the order (dueOn, id); one due on or before movedFrom or
// without a date is no later step and stays. For the k-th of the n later steps (from 0):
//  - Its day is dueOn + delta, at least first + k and at most target - (n - k), where first is the later of
//    today and movedTo + 1: the steps stack up one a day against the walls, never before today (today,
//    today + 1, ...), never on or before the moved step, and never on or after the come-back date target
//    (the last step stops at target - 1, the one before it at most at target - 2, and so on). An invalid
//    target is no wall. When first + k is after target - (n - k), the wall the move goes towards wins: the
//    target moving later, first moving earlier.
//  - It stays where it is when that day is outside [first, target - 1] or against the move (moving later
//    never brings a step earlier, nor moving earlier later): a step with no room left does not move.
//  - weekendsAllowed false: a moved step landing on a Saturday goes to the Friday before, on a Sunday to the
//    Monday after, unless that day leaves [first, target - 1], reaches a neighbouring step or goes against
//    the move; then it stays on the weekend day.
// So no step passes another, steps on different days stay on different days, and those that move all move
// the way of the move. Returns the steps whose day changes, in step order; nothing when delta is 0 or
// movedFrom, movedTo or today is invalid.
QList<StepMove> shiftCadence(const QList<CadenceStep> &laterSteps, const QDate &movedFrom,
    const QDate &movedTo, const QDate &target, const QDate &today, bool weekendsAllowed);

} // namespace Ripen::Rules
