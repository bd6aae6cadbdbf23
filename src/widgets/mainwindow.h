// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backups.h"
#include "csvexport.h"

#include <QMainWindow>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

class QActionGroup;
class QFrame;
class QLabel;
class QMenu;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace Ripen {

class BoardView;
class Clock;
class DealActions;
class FollowUpReminder;
class WorkspaceView;
class Prompter;
class StageListModel;
class Workspace;

// The window around the four views: a sidebar to switch between them, the menus, the undo history
// of the open database and a status bar that says which database is open and what it holds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    static constexpr int kMaxRecentFiles = 8;

    // Dialogs and message boxes go through prompter; nullptr shows the real ones.
    explicit MainWindow(const Clock &clock, Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The views' keys in sidebar order ("board", "timeline", "followups", "lost"): they name the
    // views on the command line (--view) and in the settings.
    static QStringList viewKeys();

    // Opens an existing database and makes it the current one. On failure the user is told why
    // (through the Prompter) and the database that was open stays open.
    bool openDatabase(const QString &path);
    // The same for a database that does not exist yet.
    bool createDatabase(const QString &path);
    // Takes a database the caller opened itself (the demo database, prepared on the command line).
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace *workspace() const { return m_workspace.get(); }
    // Shows a failure the window did not cause itself, e.g. a start-up problem.
    void reportError(const QString &title, const QString &text);

    QString currentView() const; // its key
    // False, and nothing changes, for a key that names no view.
    bool setCurrentView(const QString &key);
    WorkspaceView *view(const QString &key) const; // nullptr for an unknown key

    QStringList recentFiles() const { return m_recentFiles; }

    // File > Import…: the import wizard on the open database, starting from path when one is given.
    void showImportHistory();
    void showImportWizard(const QString &path = {});
    // File > Restore Backup…: the backups of the open database, to restore one (restoreBackup).
    void showRestoreBackup();
    // Replaces the open database with the backup at backupPath: keeps the file as it is now as a backup
    // first (before-restore), closes the workspace, replaces the file (Backups::restore) and opens it
    // again as File > Open does, with a new undo history. A restore that fails leaves the file as it
    // was, open, and says why. False when it did not restore.
    bool restoreBackup(const QString &backupPath);

    // Reads the window geometry and state, the sidebar width, the last view and the recent files
    // from QSettings, and from then on writes them back. Without it (screenshots) the window
    // neither depends on nor changes the user's settings.
    void restoreSettings();

signals:
    void workspaceChanged(Ripen::Workspace *workspace);
    void currentViewChanged(const QString &viewKey);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpViews();
    void setUpActions();
    void fillDealMenu();
    void newDatabase();
    void chooseDatabaseToOpen();
    bool open(const QString &path, bool create);
    void install(std::unique_ptr<Workspace> workspace);
    // Closes the open database now, everything that reads it first (restoreBackup replaces its file).
    void closeWorkspace();
    void showBackupTaken(const QString &path);
    void showBackupFailed(const QString &message);
    // The banner over the views: the file is damaged, shown read-only, and a backup can be restored.
    void showDamage(const QString &message);
    void showDamageBackup(const QString &message, const std::optional<Backups::Entry> &good);
    void stopBackupSearch();
    // Enables the window's writing commands (import, pipeline settings, undo) as the file allows.
    void updateWritable();
    void setUpDamageBanner();
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();
    void writeRecentFiles();
    void updateRecentMenu();
    void updateStatus();
    // The views' badges in the sidebar, and the follow-ups due today in the window title.
    void updateBadges();
    void showAbout();
    void exportFollowUps();
    void exportCsv(CsvExport::Kind kind);
    void showPipelineSettings();
    QString dialogDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Clock &m_clock;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    std::unique_ptr<Workspace> m_workspace;
    // The workspace a File > Open or New replaced, closed once the new one is on screen.
    std::unique_ptr<Workspace> m_retired;
    DealActions *m_dealActions;
    FollowUpReminder *m_reminder;
    QList<WorkspaceView *> m_views; // in sidebar order, owned by the view stack
    QMenu *m_dealMenu = nullptr; // the current view's deal commands
    QAction *m_pipelineSettingsAction = nullptr;
    StageListModel *m_stageSummary = nullptr;
    QUndoGroup *m_undoGroup;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QActionGroup *m_viewActions;
    QLabel *m_databaseLabel;
    QLabel *m_countsLabel;
    // Shown while the last backup before a write failed, until one succeeds.
    QLabel *m_backupLabel;
    QFrame *m_damageBanner = nullptr;
    QLabel *m_damageText = nullptr;
    QThread *m_backupSearch = nullptr; // the newest good backup of a damaged file, looked for
    std::atomic_bool m_stopBackupSearch { false };
    int m_damageGeneration = 0; // which damage banner a search's answer is for
    // Coalesces the bursts of change signals one command emits into one status refresh.
    QTimer m_statusRefresh;
    QTimer m_badgeRefresh; // the views' badge changes of one turn of the event loop, shown once
    QStringList m_recentFiles;
    bool m_settingsEnabled = false;
};

} // namespace Ripen
