// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importwriter.h"
#include "result.h"

#include <QCoreApplication>
#include <functional>

class QUndoCommand;

namespace Ripen {

class Workspace;

// A finished import as a step of the workspace's undo stack: Edit > Undo Import “file” takes it back
// as a whole (Pipeline::undoImport), Redo imports the same rows again (a new import). Pushed after the
// import has run. An import taken back meanwhile from File > Import History is not taken back twice.
class ImportStep final
{
    Q_DECLARE_TR_FUNCTIONS(ImportStep)
public:
    using Again = std::function<Result<ImportSummary>()>;

    static QUndoCommand *make(Workspace &workspace, const QString &file, qint64 importId, Again again);
};

} // namespace Ripen
