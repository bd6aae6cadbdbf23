// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDate>
#include <QList>
#include <QStringView>
#include <array>

namespace Ripen::Rules {

// Where a deal's next step stands: what the card colours its next follow-up by.
enum class NextStep { Missing, Overdue, Today, Ahead };

NextStep nextStep(const QDate &nextDue, const QDate &today);

// Several bare check-ins in a row are the signal to stop and rethink (PERSISTENCE.md, section 2).
constexpr int kNuisanceRun = 3;

// recentValueFlags: one flag per touch, newest first, true when that touch carried value.
// The number of bare check-ins since the last touch that carried value.
int bareCheckInStreak(QStringView recentValueFlags);
bool isNuisance(QStringView recentValueFlags);

// When a channel stays silent, switch (PERSISTENCE.md, section 3). Suggestions follow this order: the
// voice first, then the personal and less crowded channels, the costly or borrowed ones last.
constexpr std::array<Channel, 10> kChannelSuggestionOrder { Channel::Call, Channel::HandwrittenNote,
    Channel::LinkedIn, Channel::Email, Channel::Voicemail, Channel::Package, Channel::DropIn,
    Channel::Referral, Channel::EventInvite, Channel::Meeting };
static_assert(kChannelSuggestionOrder.size() == std::size_t(enumCount<Channel>()));

// The channels of kChannelSuggestionOrder that are not in avoid, in that order.
QList<Channel> channelsToSuggest(const QList<Channel> &avoid);

struct RotInput
{
    QDate lastMeaningfulTouch; // last touch that carried value or reached the person; invalid = none
    QDate enteredStage; // the fallback when there has been no meaningful touch yet
    QDate nextDue; // earliest open follow-up; invalid = none
    int rotDays = 0; // the stage's allowance; 0 = this stage never rots
};

// A deal rots when its stage's rot days have passed since the last meaningful touch (or, with none
// yet, since it entered the stage) and nothing is planned for today or later.
bool isRotting(const RotInput &input, const QDate &today);
// Days since the reference date isRotting uses, or -1 when unknown.
int daysWithoutMeaningfulTouch(const RotInput &input, const QDate &today);

} // namespace Ripen::Rules
