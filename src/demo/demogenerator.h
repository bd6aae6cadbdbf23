// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <functional>

namespace Ripen {

class Database;

// Fills an empty Ripen database with a believable pipeline whose dates are relative to "today":
// `ripen --demo` (150 deals) and `ripen generate --deals N` (large databases for performance work).
// It writes with plain prepared SQL instead of Pipeline commands on purpose: it is a seeding tool
// that must write a million rows in seconds, not a user command.
class DemoGenerator
{
public:
    struct Options
    {
        int deals = 150;
        // 0 = deals / 4, at least 40.
        int accounts = 0;
        quint32 seed = 1;
        // Every date is relative to this day; invalid = QDate::currentDate().
        QDate today;
        // Called now and then with the number of deals written so far, e.g. for a progress line.
        std::function<void(int written, int total)> progress;
    };
    struct Counts
    {
        qint64 accounts = 0, contacts = 0, deals = 0, touches = 0, followUps = 0, stageChanges = 0,
               losses = 0;
        qint64 rows() const
        {
            return accounts + contacts + deals + touches + followUps + stageChanges + losses;
        }
    };

    // One transaction; on failure nothing is written and the error says why. Refuses a database
    // that already holds deals. Same seed and same today give the same content.
    static Result<Counts> generate(Database &database, const Options &options);
};

} // namespace Ripen
