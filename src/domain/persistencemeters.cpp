// SPDX-License-Identifier: GPL-3.0-or-later
#include "persistencemeters.h"

#include "persistencerules.h"

#include <QCoreApplication>
#include <algorithm>

// The English texts read right for every number they can get (a branch of its own for 0 or 1 where
// needed), since English loads no translator; %n still lets other languages choose their plural form.

namespace Ripen::Rules {

bool reachedThePerson(const Touch &touch)
{
    return touch.outcome != TouchOutcome::NoAnswer;
}

bool isMeaningful(const Touch &touch)
{
    return touch.carriesValue() || reachedThePerson(touch);
}

namespace {

QList<Channel> channelsUsed(const QList<Touch> &touches)
{
    QList<Channel> channels;
    for (const Touch &touch : touches) {
        if (!channels.contains(touch.channel))
            channels << touch.channel;
    }
    return channels;
}

QString unreachedAdvice(int attempts, const QList<Channel> &used)
{
    if (attempts >= kAccessAttempts)
        return QCoreApplication::translate("PersistenceMeters",
            "%n attempts without an answer: access often takes longer, keep going and switch channels",
            nullptr, attempts);
    if (attempts >= 2 && used.size() == 1) {
        const QList<Channel> next = channelsToSuggest(used);
        return QCoreApplication::translate(
            "PersistenceMeters", "%n attempts, all on one channel (%1): try %2 or %3", nullptr, attempts)
            .arg(enumLabel(used.first()), enumLabel(next.at(0)), enumLabel(next.at(1)));
    }
    return QCoreApplication::translate("PersistenceMeters",
        "%n of %1 attempts: access usually takes %1 or more, keep going", nullptr, attempts)
        .arg(kAccessAttempts);
}

// touches: in the order they happened.
Meter attemptsMeter(const QList<Touch> &touches)
{
    Meter meter { int(touches.size()), kAccessAttempts, false, {} };
    const auto reached = std::find_if(touches.cbegin(), touches.cend(), reachedThePerson);
    if (reached != touches.cend()) {
        meter.measured = int(reached - touches.cbegin()) + 1;
        meter.met = true;
        meter.advice = QCoreApplication::translate("PersistenceMeters",
            "Reached them on attempt %n: now make every touch worth their time", nullptr, meter.measured);
        return meter;
    }
    meter.met = meter.measured >= kAccessAttempts;
    meter.advice = unreachedAdvice(meter.measured, channelsUsed(touches));
    return meter;
}

Meter nosMeter(const QList<Touch> &touches)
{
    const int nos = int(std::count_if(touches.cbegin(), touches.cend(), [](const Touch &touch) {
        return touch.outcome == TouchOutcome::No || touch.outcome == TouchOutcome::NotNow;
    }));
    Meter meter { nos, kNosBeforeYes, nos >= kNosBeforeYes, {} };
    meter.advice = meter.met
        ? QCoreApplication::translate("PersistenceMeters",
            "%n “no”s heard: most yeses come after four, ask again with something new", nullptr, nos)
        : QCoreApplication::translate("PersistenceMeters",
            "%n of %1 “no”s so far: most yeses come after %1, a “no” means “not now”", nullptr, nos)
              .arg(kNosBeforeYes);
    return meter;
}

Meter channelsMeter(const QList<Touch> &touches)
{
    const QList<Channel> used = channelsUsed(touches);
    Meter meter { int(used.size()), kChannelMix, used.size() >= kChannelMix, {} };
    if (meter.met) {
        meter.advice = QCoreApplication::translate("PersistenceMeters",
            "%n of %1 channels: a good mix, switch again whenever one stays silent", nullptr, meter.measured)
                           .arg(enumCount<Channel>());
    } else {
        meter.advice = QCoreApplication::translate(
            "PersistenceMeters", "%n of %1 channels: add %2", nullptr, meter.measured)
                           .arg(enumCount<Channel>())
                           .arg(enumLabel(channelsToSuggest(used).first()));
    }
    return meter;
}

Meter valueShareMeter(const QList<Touch> &touches)
{
    Meter meter { 0, kValueSharePercent, false, {} };
    if (touches.isEmpty()) {
        meter.advice = QCoreApplication::translate(
            "PersistenceMeters", "No touches yet: make the first one carry value");
        return meter;
    }
    const auto total = touches.size();
    const auto withValue = std::count_if(
        touches.cbegin(), touches.cend(), [](const Touch &touch) { return touch.carriesValue(); });
    meter.measured = int((200 * withValue + total) / (2 * total)); // rounded to the nearest percent
    meter.met = meter.measured >= kValueSharePercent;
    meter.advice = meter.met ? QCoreApplication::translate("PersistenceMeters",
                       "%1% of touches carried value: keep bringing something every time")
                             : QCoreApplication::translate("PersistenceMeters",
                                 "%1% of touches carried value: bring an insight or an idea next time");
    meter.advice = meter.advice.arg(meter.measured);
    return meter;
}

QString daysAdvice(int days)
{
    if (days < 0)
        return QCoreApplication::translate(
            "PersistenceMeters", "No meaningful touch yet: reach them or send something of value this week");
    if (days > kMeaningfulTouchMaxDays)
        return QCoreApplication::translate("PersistenceMeters",
            "%n days since a meaningful touch: send something of value this week", nullptr, days);
    QString text;
    if (days == 0)
        text = QCoreApplication::translate(
            "PersistenceMeters", "A meaningful touch today: good, keep one every %1 days or sooner");
    else if (days == 1)
        text = QCoreApplication::translate(
            "PersistenceMeters", "A meaningful touch yesterday: good, keep one every %1 days or sooner");
    else
        text = QCoreApplication::translate("PersistenceMeters",
            "%n days since a meaningful touch: good, keep one every %1 days or sooner", nullptr, days);
    return text.arg(kMeaningfulTouchMaxDays);
}

Meter daysMeter(const QList<Touch> &touches, const QDate &today)
{
    QDate last;
    for (const Touch &touch : touches) {
        if (isMeaningful(touch) && (!last.isValid() || touch.occurredAt.date() > last))
            last = touch.occurredAt.date();
    }
    const int days = last.isValid() ? int(std::max<qint64>(0, last.daysTo(today))) : -1;
    return { days, kMeaningfulTouchMaxDays, days >= 0 && days <= kMeaningfulTouchMaxDays, daysAdvice(days) };
}

} // namespace

PersistenceMeters persistenceMeters(const QList<Touch> &touches, const QDate &today)
{
    QList<Touch> byTime = touches;
    std::sort(byTime.begin(), byTime.end(), happenedBefore);
    return { attemptsMeter(byTime), nosMeter(byTime), channelsMeter(byTime), valueShareMeter(byTime),
        daysMeter(byTime, today) };
}

} // namespace Ripen::Rules
