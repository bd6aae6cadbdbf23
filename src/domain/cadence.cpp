// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadence.h"

#include "persistencerules.h"

#include <QCoreApplication>
#include <algorithm>

namespace Ripen {

Cadence cadenceFromStoredText(QStringView text)
{
    return enumFromKey<Cadence>(text).value_or(Cadence::None);
}

} // namespace Ripen

namespace Ripen::Rules {

FirstTouchPlan firstTouchAfterLoss(NoMeaning meaning, const QDate &lostOn, const QDate &reengageOn)
{
    const qint64 wait = lostOn.daysTo(reengageOn);
    const qint64 days = meaning == NoMeaning::Ghosted
        ? std::min<qint64>(kGhostedFirstTouchMaxDays, std::max<qint64>(wait, 1))
        : std::max<qint64>(kFirstTouchMinDays, wait / 3);
    // A touch after the re-engage date would come after the comeback it prepares, so a wait shorter
    // than the minimum ends it. A re-engage date before the loss (the dialog refuses one) leaves the
    // day of the loss.
    FirstTouchPlan plan;
    plan.dueOn = lostOn.addDays(std::min(days, std::max<qint64>(wait, 0)));
    return plan;
}

} // namespace Ripen::Rules

namespace Ripen::Rules {

namespace {

// An insight asks nothing of them; an idea about their business is the reason to talk on the date.
QList<ValueKind> valueKindsFor(int steps)
{
    if (steps >= 3)
        return { ValueKind::Insight, ValueKind::Invitation, ValueKind::Idea };
    if (steps == 2)
        return { ValueKind::Insight, ValueKind::Idea };
    return { ValueKind::Idea };
}

// The channels that carry each kind well, best first.
QList<Channel> channelsFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Invitation:
        return { Channel::EventInvite, Channel::Email, Channel::LinkedIn, Channel::Call };
    case ValueKind::Idea:
        return { Channel::Call, Channel::HandwrittenNote, Channel::Email, Channel::LinkedIn };
    default:
        return { Channel::Email, Channel::LinkedIn, Channel::HandwrittenNote, Channel::Call };
    }
}

QString suggestionFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Insight:
        return QCoreApplication::translate("NotNowCadence",
            "Share an insight: a trend or a number from their industry that matters to them");
    case ValueKind::Invitation:
        return QCoreApplication::translate(
            "NotNowCadence", "Invite them to a webinar or an event worth their time");
    case ValueKind::Idea:
        return QCoreApplication::translate(
            "NotNowCadence", "Bring an idea about their business: a reason to talk on the date they named");
    default:
        return enumLabel(kind);
    }
}

// Days from today, spread evenly from the first step to the come-back date.
QList<int> stepOffsets(int wait, int steps)
{
    const int first = std::max(kFirstTouchMinDays, wait / (steps + 1));
    QList<int> offsets;
    for (int i = 0; i < steps; ++i)
        offsets << first + (wait - first) * i / steps;
    return offsets;
}

// A weekday for day within [earliest, latest], or day itself when the weekend cannot be left.
QDate onAWeekday(const QDate &day, const QDate &earliest, const QDate &latest)
{
    QList<int> moves;
    if (day.dayOfWeek() == Qt::Saturday)
        moves = { -1, 2 };
    else if (day.dayOfWeek() == Qt::Sunday)
        moves = { 1, -2 };
    for (int move : moves) {
        const QDate moved = day.addDays(move);
        if (moved >= earliest && moved <= latest)
            return moved;
    }
    return day;
}

QList<QDate> stepDates(const QDate &today, int wait, int steps)
{
    const QList<int> offsets = stepOffsets(wait, steps);
    QList<QDate> dates;
    for (int i = 0; i < steps; ++i) {
        // Inside the window, after the step before and before the next one's own day.
        const QDate earliest = dates.isEmpty() ? today.addDays(kFirstTouchMinDays) : dates.last().addDays(1);
        const QDate latest = today.addDays(i + 1 < steps ? offsets.at(i + 1) - 1 : wait - 1);
        dates << onAWeekday(today.addDays(offsets.at(i)), earliest, latest);
    }
    return dates;
}

Channel channelFor(ValueKind kind, const QList<Channel> &taken)
{
    for (Channel channel : channelsFor(kind)) {
        if (!taken.contains(channel))
            return channel;
    }
    return channelsToSuggest(taken).first();
}

} // namespace

QList<ProposedStep> proposeNotNowCadence(const QDate &today, const QDate &comeBackOn, Channel lastChannel)
{
    if (!today.isValid() || !comeBackOn.isValid())
        return {};
    const int wait = int(today.daysTo(comeBackOn));
    // One step a day at most, in the days from today + kFirstTouchMinDays to the day before comeBackOn.
    const int steps = std::min(wait < kLongWaitDays ? 2 : 3, wait - kFirstTouchMinDays);
    if (steps <= 0)
        return {};
    const QList<QDate> dates = stepDates(today, wait, steps);
    const QList<ValueKind> kinds = valueKindsFor(steps);
    QList<Channel> taken { lastChannel };
    QList<ProposedStep> proposal;
    for (int i = 0; i < steps; ++i) {
        ProposedStep step;
        step.dueOn = dates.at(i);
        step.valueKind = kinds.at(i);
        step.channel = channelFor(step.valueKind, taken);
        step.suggestion = suggestionFor(step.valueKind);
        // Only the first step must avoid the channel of the "not now"; each avoids the ones before it.
        if (i == 0)
            taken.clear();
        taken << step.channel;
        proposal << step;
    }
    return proposal;
}

} // namespace Ripen::Rules

namespace Ripen::Rules {

namespace {

// The day a moved step lands on before weekends count; its own day when it has no room.
QDate followingDay(const CadenceStep &step, qint64 delta, const QDate &floor, const QDate &ceiling,
    const QDate &first, const QDate &target)
{
    const QDate wanted = step.dueOn.addDays(delta);
    // Both walls hold when the window has room for every step; when it has not, the steps pile up
    // against the wall they are moving towards and the ones left over keep their days.
    QDate day;
    if (!target.isValid())
        day = std::max(wanted, floor);
    else if (delta > 0)
        day = std::min(std::max(wanted, floor), ceiling);
    else
        day = std::max(std::min(wanted, ceiling), floor);
    const bool inWindow = day >= first && (!target.isValid() || day < target);
    const bool withTheMove = delta > 0 ? day >= step.dueOn : day <= step.dueOn;
    return inWindow && withTheMove ? day : step.dueOn;
}

} // namespace

QList<StepMove> shiftCadence(const QList<CadenceStep> &laterSteps, const QDate &movedFrom,
    const QDate &movedTo, const QDate &target, const QDate &today, bool weekendsAllowed)
{
    if (!movedFrom.isValid() || !movedTo.isValid() || !today.isValid())
        return {};
    const qint64 delta = movedFrom.daysTo(movedTo);
    if (delta == 0)
        return {};
    QList<CadenceStep> steps;
    for (const CadenceStep &step : laterSteps) {
        if (step.dueOn.isValid() && step.dueOn > movedFrom)
            steps << step;
    }
    std::sort(steps.begin(), steps.end(), [](const CadenceStep &a, const CadenceStep &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.id < b.id;
    });
    const qsizetype count = steps.size();
    // A follow-up in the past would be overdue the moment it moved, and one on the moved step's day
    // would be a second touch that day.
    const QDate first = std::max(today, movedTo.addDays(1));
    QList<QDate> days;
    for (qsizetype k = 0; k < count; ++k) {
        const QDate ceiling = target.isValid() ? target.addDays(-(count - k)) : QDate();
        days << followingDay(steps.at(k), delta, first.addDays(k), ceiling, first, target);
    }
    // The weekend gives way to the limits: a Saturday touch is better than one after the come-back
    // date, on a neighbour's day, or moved against the user's move.
    for (qsizetype k = 0; !weekendsAllowed && k < count; ++k) {
        const QDate &dueOn = steps.at(k).dueOn;
        const int dayOfWeek = days.at(k).dayOfWeek();
        if (days.at(k) == dueOn || (dayOfWeek != Qt::Saturday && dayOfWeek != Qt::Sunday))
            continue;
        const QDate weekday = days.at(k).addDays(dayOfWeek == Qt::Saturday ? -1 : 1);
        const bool fits = weekday >= first && (!target.isValid() || weekday < target)
            && (k == 0 || weekday > days.at(k - 1)) && (k + 1 == count || weekday < days.at(k + 1))
            && (delta > 0 ? weekday >= dueOn : weekday <= dueOn);
        if (fits)
            days[k] = weekday;
    }
    QList<StepMove> moves;
    for (qsizetype k = 0; k < count; ++k) {
        if (days.at(k) != steps.at(k).dueOn)
            moves << StepMove { steps.at(k).id, steps.at(k).dueOn, days.at(k) };
    }
    return moves;
}

} // namespace Ripen::Rules
