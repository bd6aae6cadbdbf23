// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QString>
#include <optional>

namespace Ripen {

// What the agenda's filter bar asks for; empty fields do not filter.
struct AgendaFilter
{
    QString owner;
    std::optional<Channel> channel;
    QString text; // deal title, account or primary contact, as the board searches
    bool valueLessOnly = false; // only the bare check-ins, to give them a value before they go out

    bool isEmpty() const { return owner.isEmpty() && !channel && text.trimmed().isEmpty() && !valueLessOnly; }
    friend bool operator==(const AgendaFilter &, const AgendaFilter &) = default;
};

} // namespace Ripen
