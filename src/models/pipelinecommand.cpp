// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinecommand.h"

#include "workspace.h"

namespace Ripen {

PipelineCommand::PipelineCommand(Workspace &workspace, const QString &text, Step undo, Step redo)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
{
}

void PipelineCommand::undo()
{
    if (auto done = m_undo(); !done)
        emit m_workspace.commandFailed(done.error());
}

void PipelineCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (auto done = m_redo(); !done)
        emit m_workspace.commandFailed(done.error());
}

} // namespace Ripen
