// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "touch.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Ripen::Rules {

// The numbers practitioners quote (PERSISTENCE.md, section 3), and the ones this product chose.
constexpr int kAccessAttempts = 9; // access usually takes 9 attempts or more
constexpr int kNosBeforeYes = 4; // most yeses come after four "no"s
constexpr int kChannelMix = 4; // channels worth having tried: one silent channel is no verdict
constexpr int kValueSharePercent = 75; // three touches in four bring something
constexpr int kMeaningfulTouchMaxDays = 14; // a value touch every couple of weeks (section 2)

// One meter: what was measured against what practice suggests, and what to do next.
struct Meter
{
    int measured = 0;
    int target = 0;
    bool met = false;
    QString advice; // one line, translated, built from the numbers
};

struct PersistenceMeters
{
    // Touches up to and including the first that reached the person, or all of them while none has;
    // met once the person was reached or after kAccessAttempts.
    Meter attempts;
    // Touches whose outcome was No or NotNow; met at kNosBeforeYes.
    Meter nosHeard;
    // Distinct channels used; met at kChannelMix (the advice counts them out of all channels).
    Meter channelsUsed;
    // Percent of touches that carried value, rounded; met at kValueSharePercent. 0 without touches.
    Meter valueShare;
    // Days since the last meaningful touch, -1 when there was none; target is a maximum here:
    // met while at most kMeaningfulTouchMaxDays. A touch dated after today counts as today.
    Meter daysSinceMeaningfulTouch;
};

// The person answered: any outcome but NoAnswer.
bool reachedThePerson(const Touch &touch);
// It carried value or reached the person: the same test as the board's last-meaningful-touch query.
bool isMeaningful(const Touch &touch);

// touches: one deal's, in any order.
PersistenceMeters persistenceMeters(const QList<Touch> &touches, const QDate &today);

} // namespace Ripen::Rules
