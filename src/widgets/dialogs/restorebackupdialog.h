// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backups.h"

#include <QDialog>
#include <atomic>

class QLabel;
class QPushButton;
class QThread;
class QTreeWidget;

namespace Ripen {

class Prompter;

// File > Restore Backup…: the copies Backups keeps of the open database, the newest first (when, why,
// how many deals, how large, whether it is whole), and Restore… for the one selected. Restore asks
// first, then closes the dialog and sends restoreRequested(); the main window does the rest, as it
// owns the open file (MainWindow::restoreBackup).
//
// Each copy is checked (opened read-only, quick_check, its deals counted) on a thread of the dialog's
// own, the newest first: the list is there at once even where each check reads a copy of 100,000 deals
// for seconds. A copy is restorable once its check passed; one that fails is listed as damaged, with
// why, never left out.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)
public:
    RestoreBackupDialog(const QString &databasePath, Prompter &prompter, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    // Whether copies are still being checked (tests wait for false).
    bool isChecking() const { return m_checked < m_entries.size(); }
    // Asks, then closes the dialog and sends restoreRequested() for the selected copy (tests and the
    // button, Enter and a double click).
    void restoreSelected();

signals:
    void restoreRequested(const QString &backupPath);

private:
    void startChecks();
    void showEntry(int row, const Backups::Entry &entry);
    void updateButtons();

    QString m_databasePath;
    Prompter &m_prompter;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_restore = nullptr;
    QList<Backups::Entry> m_entries;
    qsizetype m_checked = 0;
    QThread *m_checker = nullptr;
    std::atomic_bool m_cancel { false };
};

} // namespace Ripen
