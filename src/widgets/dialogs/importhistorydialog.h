// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Ripen {

class Prompter;
class Workspace;

// File > Import History: every import of the database, the newest first (when, which file, deals or
// activities, how many rows were imported, already present or skipped, and whether it was taken
// back), and Take Back… for the one selected: it says first what would go (deals, touches and
// follow-ups, what was logged on those deals since, accounts and stages no longer used), then takes
// the import back as a whole in one step. The undo stack's own step (Edit > Undo Import) stays for
// the imports of this session.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryDialog)
public:
    ImportHistoryDialog(Workspace &workspace, Prompter &prompter, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *takeBackButton() const { return m_takeBack; }
    // Takes back the selected import, after asking (tests and the button).
    void takeBackSelected();

private:
    void reload();
    void updateButtons();

    Workspace &m_workspace;
    Prompter &m_prompter;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_takeBack = nullptr;
};

} // namespace Ripen
