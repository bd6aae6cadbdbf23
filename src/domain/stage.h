// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QString>

namespace Ripen {

struct Stage
{
    qint64 id = 0;
    QString name;
    int position = 0;
    StageKind kind = StageKind::Open;
    // Days without a meaningful touch before a deal in this stage "rots".
    int rotDays = 14;
    // Removed in Settings > Pipeline: the history still names it, but no deal may be put into it.
    bool archived = false;
};

} // namespace Ripen
