// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "pipeline.h"

#include <QObject>
#include <QUndoStack>
#include <memory>
#include <vector>

namespace Ripen {

class Clock;

// One open database with its Pipeline and the undo history of the commands run on it.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    // nullptr and a message naming the file and the problem when it cannot be opened.
    static std::unique_ptr<Workspace> open(const QString &path, const Clock &clock, QString *errorMessage,
        const Database::Options &options = {});
    ~Workspace() override;

    Database &database() { return m_database; }
    Pipeline &pipeline() { return *m_pipeline; }
    QUndoStack &undoStack() { return m_undoStack; }
    const Clock &clock() const { return m_clock; }
    QString path() const { return m_database.path(); }
    // Whether the file is shown read-only: its whole-file check found damage (or could not be made), so
    // nothing is written to it. The views disable what would write; damaged() says when it begins.
    bool isReadOnly() const { return !m_database.damage().isEmpty(); }
    // The same for a view that may have no file open: false then too.
    static bool isWritable(const Workspace *workspace) { return workspace && !workspace->isReadOnly(); }

    // Keeps object, which reads this database, until the workspace closes; it is destroyed first then,
    // before the database. A view moving to another file hands over what is slow to tear down (the
    // search index), so the user does not wait for it before the new file is shown.
    void keepUntilClosed(std::unique_ptr<QObject> object);

signals:
    // An undo or redo could not be carried out; the message says what and why.
    void commandFailed(const QString &message);
    // Sent first thing when the workspace is destroyed, while its database is still open: whatever
    // reads it (models, temporary tables, prepared queries) lets go now, whichever owner goes first.
    void closing();
    // The check of the whole file found damage (Database::damage() says what): the file is written no
    // more, and the window says so.
    void damaged(const QString &message);

private:
    explicit Workspace(const Clock &clock);

    const Clock &m_clock;
    Database m_database;
    std::unique_ptr<Pipeline> m_pipeline;
    QUndoStack m_undoStack;
    std::vector<std::unique_ptr<QObject>> m_kept;
};

} // namespace Ripen
