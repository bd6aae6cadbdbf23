// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Ripen {

// What the board's filter bar asks for; empty fields do not filter.
struct BoardFilter
{
    QString text; // matches deal title, account name or primary contact name
    QString owner;
    bool needsAttention = false; // overdue, no next step, rotting or nuisance

    bool isEmpty() const { return text.trimmed().isEmpty() && owner.isEmpty() && !needsAttention; }
    friend bool operator==(const BoardFilter &, const BoardFilter &) = default;
};

} // namespace Ripen
