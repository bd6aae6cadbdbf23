// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadence.h"

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
