// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "touch.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Ripen::Rules {

// The default gap between two touches to the same contact; a user setting will override it.
constexpr int kMinContactGapDays = 7;
// Unanswered attempts on one channel after which the next one should go elsewhere (PERSISTENCE.md, 3).
constexpr int kSilentChannelRun = 3;
// "Recently" for the channel suggested instead of a silent one: tried in this many days, not suggested.
constexpr int kRecentChannelDays = 30;

enum class NuisanceKind { ThirdBareCheckIn, TooSoonForContact, SilentChannel };

// Persistent or annoying (PERSISTENCE.md, sections 2 and 3): the guard warns, the user decides.
struct NuisanceWarning
{
    NuisanceKind kind = NuisanceKind::ThirdBareCheckIn;
    QString explanation; // one sentence, translated, naming the numbers
    std::optional<Channel> suggestedChannel; // SilentChannel only
};

// touch: the one about to be saved (id 0 when new). history: the deal's touches in any order; the
// edited touch itself (same id) is skipped. Only touches before it count: earlier in time, or at the same
// moment and saved before it (a new touch comes after all of its moment). One warning per kind at most,
// in the order of NuisanceKind:
// - ThirdBareCheckIn: the touch carries no value, nor did the kNuisanceRun - 1 touches before it.
// - TooSoonForContact: the touch has a contact and the last touch to that contact before it was fewer
//   than minGapDays calendar days earlier. minGapDays <= 0 switches it off.
// - SilentChannel: the touch got no answer, the kSilentChannelRun touches before it went unanswered on
//   its channel, and no touch on that channel in the whole history (later ones too) ever got an answer.
QList<NuisanceWarning> nuisanceWarnings(
    const Touch &touch, const QList<Touch> &history, int minGapDays = kMinContactGapDays);

// A follow-up not yet done: a touch the user plans to make.
struct PlannedTouch
{
    qint64 id = 0;
    qint64 contactId = 0;
    QDate dueOn;
};

// "Keep the spacing" when the user drops a planned touch (follow-up) to contactId on another day, dueOn:
// TooSoonForContact for the plan. movedId: the follow-up moved (0 when it is new). planned: the other open
// follow-ups of the account's deals, in any order; the moved one itself (same id) is skipped. history: the
// logged touches, in any order, by the calendar day they happened. A touch to the same contact fewer than
// minGapDays calendar days from dueOn, before or after it, warns with one translated sentence naming that
// touch's date and the gap, worded as TooSoonForContact ("...: leave N or more days between touches").
// Of several, the nearest is named; on a tie the earlier one, and on the same day the logged one. No
// warning when contactId is 0, minGapDays <= 0 or dueOn is invalid; touches without a date are skipped.
std::optional<QString> plannedSpacingWarning(qint64 movedId, qint64 contactId, const QDate &dueOn,
    const QList<PlannedTouch> &planned, const QList<Touch> &history, int minGapDays = kMinContactGapDays);

} // namespace Ripen::Rules
