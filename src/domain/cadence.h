#pragma once

#include "enums.h"

#include <QDate>

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
};

// "Call me back in six months" becomes value touches inside those months: the first one comes after
// about a third of the wait (at least kFirstTouchMinDays), and for a ghosted prospect on the re-engage
// date but never later than kGhostedFirstTouchMaxDays. It is never before lostOn nor after reengageOn.
FirstTouchPlan firstTouchAfterLoss(NoMeaning meaning, const QDate &lostOn, const QDate &reengageOn);

} // namespace Ripen::Rules
