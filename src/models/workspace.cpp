// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

namespace Ripen {

Workspace::Workspace(const Clock &clock)
    : m_clock(clock)
{
}

Workspace::~Workspace()
{
    emit closing();
    m_kept.clear(); // after closing: a view letting go then may hand over its last objects
    // Undo commands refer to the pipeline: drop them before the database closes.
    m_undoStack.clear();
    m_pipeline.reset();
}

void Workspace::keepUntilClosed(std::unique_ptr<QObject> object)
{
    if (object)
        m_kept.push_back(std::move(object));
}

std::unique_ptr<Workspace> Workspace::open(
    const QString &path, const Clock &clock, QString *errorMessage, const Database::Options &options)
{
    std::unique_ptr<Workspace> workspace(new Workspace(clock));
    Database::Options withClock = options;
    if (!withClock.clock)
        withClock.clock = &clock; // a copy before an upgrade is named by the workspace's clock
    if (!workspace->m_database.open(path, withClock)) {
        if (errorMessage)
            *errorMessage = workspace->m_database.errorMessage();
        return nullptr;
    }
    workspace->m_pipeline = std::make_unique<Pipeline>(workspace->m_database, clock);
    Workspace *raw = workspace.get();
    workspace->m_database.setDamageHandler([raw](const QString &message) { emit raw->damaged(message); });
    return workspace;
}

} // namespace Ripen
