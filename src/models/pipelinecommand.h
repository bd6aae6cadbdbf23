// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QUndoCommand>
#include <functional>

namespace Ripen {

class Workspace;

// An undo step whose undo and redo are Pipeline commands. The command itself has already run when
// the step is pushed, so the first redo() (which QUndoStack::push calls) does nothing. A step that
// fails reports through Workspace::commandFailed and leaves the database as Pipeline left it.
class PipelineCommand : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;

    PipelineCommand(Workspace &workspace, const QString &text, Step undo, Step redo);

    void undo() override;
    void redo() override;

private:
    Workspace &m_workspace;
    Step m_undo;
    Step m_redo;
    bool m_firstRedo = true;
};

} // namespace Ripen
