// SPDX-License-Identifier: GPL-3.0-or-later
#include "persistencerules.h"

namespace Ripen::Rules {

NextStep nextStep(const QDate &nextDue, const QDate &today)
{
    if (!nextDue.isValid())
        return NextStep::Missing;
    if (nextDue < today)
        return NextStep::Overdue;
    if (nextDue == today)
        return NextStep::Today;
    return NextStep::Ahead;
}

int bareCheckInStreak(QStringView recentValueFlags)
{
    int streak = 0;
    for (QChar flag : recentValueFlags) {
        if (flag != QLatin1Char('0'))
            break;
        ++streak;
    }
    return streak;
}

bool isNuisance(QStringView recentValueFlags)
{
    return bareCheckInStreak(recentValueFlags) >= kNuisanceRun;
}

QList<Channel> channelsToSuggest(const QList<Channel> &avoid)
{
    QList<Channel> channels;
    for (Channel channel : kChannelSuggestionOrder) {
        if (!avoid.contains(channel))
            channels << channel;
    }
    return channels;
}

int daysWithoutMeaningfulTouch(const RotInput &input, const QDate &today)
{
    const QDate reference
        = input.lastMeaningfulTouch.isValid() ? input.lastMeaningfulTouch : input.enteredStage;
    if (!reference.isValid())
        return -1;
    return int(reference.daysTo(today));
}

bool isRotting(const RotInput &input, const QDate &today)
{
    if (input.rotDays <= 0)
        return false;
    if (input.nextDue.isValid() && input.nextDue >= today)
        return false;
    return daysWithoutMeaningfulTouch(input, today) > input.rotDays;
}

} // namespace Ripen::Rules
