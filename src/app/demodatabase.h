// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <memory>

namespace Ripen {

class Clock;
class Workspace;

// The demo database behind --demo: created with sample deals the first time, recreated on request.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
public:
    static constexpr int kDeals = 150;
    static constexpr quint32 kSeed = 1;

    // nullptr and a message when it cannot be opened, created or reset. A failed creation leaves no
    // half-filled file behind, so the next start tries again.
    static std::unique_ptr<Workspace> open(
        const Clock &clock, bool reset, QString *errorMessage, const QString &path = Database::demoPath());

    // Removes a database file with its SQLite companions (-wal, -shm).
    static bool removeFiles(const QString &path, QString *errorMessage);
};

} // namespace Ripen
