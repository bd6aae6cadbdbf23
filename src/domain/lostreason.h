// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QString>

namespace Ripen {

struct LostReason
{
    qint64 id = 0;
    QString label;
    NoMeaning meaning = NoMeaning::Timing;
    // Default number of days until the deal is worth re-engaging.
    int reengageDays = 90;
    int position = 0;
};

} // namespace Ripen
