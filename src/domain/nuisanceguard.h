// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "touch.h"

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

} // namespace Ripen::Rules
