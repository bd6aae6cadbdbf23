// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDate>

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

} // namespace Ripen::Rules
