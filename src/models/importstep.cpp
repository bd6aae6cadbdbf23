// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstep.h"

#include "pipelinecommand.h"
#include "workspace.h"

#include <memory>

namespace Ripen {

QUndoCommand *ImportStep::make(Workspace &workspace, const QString &file, qint64 importId, Again again)
{
    auto id = std::make_shared<qint64>(importId);
    Pipeline &pipeline = workspace.pipeline();
    return new PipelineCommand(
        workspace, tr("Import “%1”").arg(file),
        [&pipeline, id]() -> Result<void> {
            const QList<ImportRecord> records = pipeline.imports();
            const auto it = std::find_if(
                records.cbegin(), records.cend(), [&id](const ImportRecord &r) { return r.id == *id; });
            if (it != records.cend() && it->undoneAt.isValid())
                return {}; // taken back from the import history already
            const auto undone = pipeline.undoImport(*id);
            if (!undone)
                return Error { undone.error() };
            return {};
        },
        [id, again = std::move(again)]() -> Result<void> {
            const auto imported = again();
            if (!imported)
                return Error { imported.error() };
            *id = imported->importId;
            return {};
        });
}

} // namespace Ripen
