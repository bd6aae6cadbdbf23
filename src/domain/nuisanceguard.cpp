// SPDX-License-Identifier: GPL-3.0-or-later
#include "nuisanceguard.h"

#include "persistencerules.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cstdlib>

namespace Ripen::Rules {

namespace {

bool isItself(const Touch &other, const Touch &touch)
{
    return touch.id != 0 && other.id == touch.id;
}

// A new touch has no id yet and will be saved last, so it follows every touch of its moment.
bool comesBefore(const Touch &other, const Touch &touch)
{
    if (other.occurredAt != touch.occurredAt)
        return other.occurredAt < touch.occurredAt;
    return touch.id == 0 || other.id < touch.id;
}

// The touches before touch, newest first.
QList<Touch> touchesBefore(const Touch &touch, const QList<Touch> &history)
{
    QList<Touch> before;
    for (const Touch &other : history) {
        if (!isItself(other, touch) && comesBefore(other, touch))
            before << other;
    }
    std::sort(
        before.begin(), before.end(), [](const Touch &a, const Touch &b) { return happenedBefore(b, a); });
    return before;
}

std::optional<NuisanceWarning> bareRunWarning(const Touch &touch, const QList<Touch> &before)
{
    // The flags the board reads, newest first, with the new touch in front.
    QString flags = touch.carriesValue() ? QStringLiteral("1") : QStringLiteral("0");
    for (const Touch &other : before)
        flags += other.carriesValue() ? QLatin1Char('1') : QLatin1Char('0');
    if (!isNuisance(flags))
        return std::nullopt;
    return NuisanceWarning { NuisanceKind::ThirdBareCheckIn,
        QCoreApplication::translate("NuisanceGuard",
            "%n bare check-ins in a row: bring something of value this time (an insight, an idea, an "
            "invitation) or stop and rethink the approach",
            nullptr, bareCheckInStreak(flags)),
        std::nullopt };
}

QString tooSoonText(int daysAgo, int minGapDays)
{
    QString text;
    if (daysAgo == 0)
        text = QCoreApplication::translate("NuisanceGuard",
            "You already reached out to this contact today: leave %n or more days between touches", nullptr,
            minGapDays);
    else if (daysAgo == 1)
        text = QCoreApplication::translate("NuisanceGuard",
            "You last reached out to this contact yesterday: leave %n or more days between touches", nullptr,
            minGapDays);
    else
        text = QCoreApplication::translate("NuisanceGuard",
            "You last reached out to this contact %1 days ago: leave %n or more days between touches",
            nullptr, minGapDays)
                   .arg(daysAgo);
    return text;
}

std::optional<NuisanceWarning> tooSoonWarning(const Touch &touch, const QList<Touch> &before, int minGapDays)
{
    if (touch.contactId == 0 || minGapDays <= 0)
        return std::nullopt;
    const auto last = std::find_if(before.cbegin(), before.cend(),
        [&touch](const Touch &other) { return other.contactId == touch.contactId; });
    if (last == before.cend())
        return std::nullopt;
    const qint64 daysAgo = last->occurredAt.date().daysTo(touch.occurredAt.date());
    if (daysAgo >= minGapDays)
        return std::nullopt;
    return NuisanceWarning { NuisanceKind::TooSoonForContact, tooSoonText(int(daysAgo), minGapDays),
        std::nullopt };
}

// Unanswered touches on channel, from the newest before the new one back to the first that was not.
int silentRun(Channel channel, const QList<Touch> &before)
{
    const auto end = std::find_if(before.cbegin(), before.cend(), [channel](const Touch &other) {
        return other.channel != channel || other.outcome != TouchOutcome::NoAnswer;
    });
    return int(end - before.cbegin());
}

// The first channel in the suggestion order other than the silent one, preferring one not tried lately.
Channel channelInstead(const Touch &touch, const QList<Touch> &before)
{
    QList<Channel> recent { touch.channel };
    for (const Touch &other : before) {
        if (other.occurredAt.date().daysTo(touch.occurredAt.date()) < kRecentChannelDays)
            recent << other.channel;
    }
    const QList<Channel> fresh = channelsToSuggest(recent);
    return fresh.isEmpty() ? channelsToSuggest({ touch.channel }).first() : fresh.first();
}

std::optional<NuisanceWarning> silentChannelWarning(
    const Touch &touch, const QList<Touch> &before, const QList<Touch> &history)
{
    if (touch.outcome != TouchOutcome::NoAnswer)
        return std::nullopt;
    const int run = silentRun(touch.channel, before);
    if (run < kSilentChannelRun)
        return std::nullopt;
    const bool everAnswered = std::any_of(history.cbegin(), history.cend(), [&touch](const Touch &other) {
        return !isItself(other, touch) && other.channel == touch.channel
            && other.outcome != TouchOutcome::NoAnswer;
    });
    if (everAnswered)
        return std::nullopt;
    const Channel instead = channelInstead(touch, before);
    return NuisanceWarning { NuisanceKind::SilentChannel,
        QCoreApplication::translate("NuisanceGuard",
            "%n unanswered attempts in a row on %1, which has never answered: try %2 instead", nullptr, run)
            .arg(enumLabel(touch.channel), enumLabel(instead)),
        instead };
}

// Another touch to the contact on day: logged (it happened) or planned.
struct NearbyTouch
{
    QDate day;
    bool logged = false;
};

// Closer first; at the same distance the earlier one, and on the same day what happened before what is
// only planned, so that the sentence does not depend on the order the touches came in.
bool isNearer(const NearbyTouch &a, const NearbyTouch &b, const QDate &dueOn)
{
    const qint64 aGap = std::abs(a.day.daysTo(dueOn));
    const qint64 bGap = std::abs(b.day.daysTo(dueOn));
    if (aGap != bGap)
        return aGap < bGap;
    if (a.day != b.day)
        return a.day < b.day;
    return a.logged && !b.logged;
}

// The TooSoonForContact sentence seen from the planned day: how far from the other touch, which way.
QString plannedTooCloseText(const NearbyTouch &other, const QDate &dueOn, int minGapDays)
{
    const qint64 gap = other.day.daysTo(dueOn); // > 0: the planned touch comes after the other one
    const QString day = QLocale().toString(other.day, QLocale::ShortFormat);
    if (other.logged) {
        if (gap == 0)
            return QCoreApplication::translate("NuisanceGuard",
                "You already reached out to this contact on %1: leave %n or more days between touches",
                nullptr, minGapDays)
                .arg(day);
        if (gap == 1)
            return QCoreApplication::translate("NuisanceGuard",
                "Only a day after you reached out to this contact on %1: leave %n or more days between "
                "touches",
                nullptr, minGapDays)
                .arg(day);
        if (gap == -1)
            return QCoreApplication::translate("NuisanceGuard",
                "Only a day before you reached out to this contact on %1: leave %n or more days between "
                "touches",
                nullptr, minGapDays)
                .arg(day);
        if (gap > 0)
            return QCoreApplication::translate("NuisanceGuard",
                "Only %1 days after you reached out to this contact on %2: leave %n or more days between "
                "touches",
                nullptr, minGapDays)
                .arg(gap)
                .arg(day);
        return QCoreApplication::translate("NuisanceGuard",
            "Only %1 days before you reached out to this contact on %2: leave %n or more days between "
            "touches",
            nullptr, minGapDays)
            .arg(-gap)
            .arg(day);
    }
    if (gap == 0)
        return QCoreApplication::translate("NuisanceGuard",
            "A touch to this contact is already planned for %1: leave %n or more days between touches",
            nullptr, minGapDays)
            .arg(day);
    if (gap == 1)
        return QCoreApplication::translate("NuisanceGuard",
            "Only a day after the touch to this contact planned for %1: leave %n or more days between "
            "touches",
            nullptr, minGapDays)
            .arg(day);
    if (gap == -1)
        return QCoreApplication::translate("NuisanceGuard",
            "Only a day before the touch to this contact planned for %1: leave %n or more days between "
            "touches",
            nullptr, minGapDays)
            .arg(day);
    if (gap > 0)
        return QCoreApplication::translate("NuisanceGuard",
            "Only %1 days after the touch to this contact planned for %2: leave %n or more days between "
            "touches",
            nullptr, minGapDays)
            .arg(gap)
            .arg(day);
    return QCoreApplication::translate("NuisanceGuard",
        "Only %1 days before the touch to this contact planned for %2: leave %n or more days between "
        "touches",
        nullptr, minGapDays)
        .arg(-gap)
        .arg(day);
}

} // namespace

std::optional<QString> plannedSpacingWarning(qint64 movedId, qint64 contactId, const QDate &dueOn,
    const QList<PlannedTouch> &planned, const QList<Touch> &history, int minGapDays)
{
    if (contactId == 0 || minGapDays <= 0 || !dueOn.isValid())
        return std::nullopt;
    std::optional<NearbyTouch> nearest;
    const auto consider = [&](const NearbyTouch &other) {
        if (other.day.isValid() && std::abs(other.day.daysTo(dueOn)) < minGapDays
            && (!nearest || isNearer(other, *nearest, dueOn)))
            nearest = other;
    };
    for (const PlannedTouch &other : planned) {
        // A new follow-up (id 0) is none of the saved ones.
        if ((movedId == 0 || other.id != movedId) && other.contactId == contactId)
            consider({ other.dueOn, false });
    }
    for (const Touch &other : history) {
        if (other.contactId == contactId)
            consider({ other.occurredAt.date(), true });
    }
    if (!nearest)
        return std::nullopt;
    return plannedTooCloseText(*nearest, dueOn, minGapDays);
}

QList<NuisanceWarning> nuisanceWarnings(const Touch &touch, const QList<Touch> &history, int minGapDays)
{
    const QList<Touch> before = touchesBefore(touch, history);
    QList<NuisanceWarning> warnings;
    for (auto warning : { bareRunWarning(touch, before), tooSoonWarning(touch, before, minGapDays),
             silentChannelWarning(touch, before, history) }) {
        if (warning)
            warnings << *warning;
    }
    return warnings;
}

} // namespace Ripen::Rules
