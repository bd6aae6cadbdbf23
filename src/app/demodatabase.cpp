// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "clock.h"
#include "demogenerator.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ripen {

bool DemoDatabase::removeFiles(const QString &path, QString *errorMessage)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            if (errorMessage)
                *errorMessage = tr("Cannot remove “%1”: %2")
                                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    return true;
}

std::unique_ptr<Workspace> DemoDatabase::open(
    const Clock &clock, bool reset, QString *errorMessage, const QString &path)
{
    if (reset && QFileInfo::exists(path)) {
        // Opened once before it is deleted: that refuses a file that is not a Ripen database or that
        // another Ripen has open, so a reset never throws away the wrong thing.
        Database::Options existing;
        existing.create = false;
        existing.backups = false;
        if (!Workspace::open(path, clock, errorMessage, existing))
            return nullptr;
        if (!removeFiles(path, errorMessage))
            return nullptr;
    }

    const bool create = !QFileInfo::exists(path);
    // No backups: the demo is made anew from a seed (--reset-demo), and a copy of it protects nothing.
    Database::Options noBackups;
    noBackups.backups = false;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, clock, errorMessage, noBackups);
    if (!workspace || !create)
        return workspace;

    DemoGenerator::Options options;
    options.deals = kDeals;
    options.seed = kSeed;
    options.today = clock.today();
    const Result<DemoGenerator::Counts> generated = DemoGenerator::generate(workspace->database(), options);
    if (!generated) {
        workspace.reset();
        removeFiles(path, nullptr);
        if (errorMessage)
            *errorMessage = tr("Cannot fill the demo database “%1” with sample deals: %2")
                                .arg(QDir::toNativeSeparators(path), generated.error());
        return nullptr;
    }
    return workspace;
}

} // namespace Ripen
