#include "cadence.h"

#include <algorithm>

namespace Ripen::Rules {

FirstTouchPlan firstTouchAfterLoss(NoMeaning meaning, const QDate &lostOn, const QDate &reengageOn)
{
    const qint64 wait = lostOn.daysTo(reengageOn);
    const qint64 days = meaning == NoMeaning::Ghosted
        ? std::min<qint64>(kGhostedFirstTouchMaxDays, std::max<qint64>(wait, 1))
        : std::max<qint64>(kFirstTouchMinDays, wait / 3);
    FirstTouchPlan plan;
    plan.dueOn = lostOn.addDays(days);
    return plan;
}

} // namespace Ripen::Rules
