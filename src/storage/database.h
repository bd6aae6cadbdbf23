// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace Ripen {

class Clock;

// One Ripen database file: opened only after checking it is ours, not damaged, writable, not in use
// and not from a newer Ripen; then pragmas and versioned migrations. A file that fails a check is
// never modified, and no side file (-wal, -shm, -journal) is left beside it.
//
// Damage anywhere in the file is looked for (PRAGMA quick_check) before Ripen first writes to it: at
// once when the file is to be upgraded, else on a thread of its own while the window shows the file.
// mayWrite() waits for that check and refuses every write once it has found damage; the damage
// handler is told, in the thread that opened the file.
//
// One writer per real file: the lock is taken on the file's canonical path, so a symbolic link, a path
// through "..", or a bind mount of its folder is the same file.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Problem {
        None,
        NotADatabase, // not an SQLite file at all
        NotRipen, // an SQLite database of some other application
        Damaged,
        ReadOnly,
        Locked, // in use by another process
        NewerSchema, // written by a newer Ripen
        CannotCreate,
        MigrationFailed,
        DiskFull, // the disk has no room for what opening needs (the journal, the upgrade)
        IoError, // the operating system failed to read or write the file
    };

    struct Options
    {
        bool create = true; // create the file when it does not exist
        int busyTimeoutMs = 3000;
        // Look for damage in the whole file before the first write: in the background when nothing
        // is to be upgraded (else at once). Off for files Ripen has just made or only reads.
        bool checkWholeFile = true;
        // Copies in "backups" beside the file (Backups): before an upgrade of an older file here, before
        // the day's first write and before an import in Pipeline. Off for the demo database, which
        // --reset-demo makes anew from a seed and nobody restores.
        bool backups = true;
        // Names and dates those copies; the system clock when none is given.
        const Clock *clock = nullptr;
    };

    static constexpr int kSchemaVersion = 14;
    static constexpr int kApplicationId = 0x52697065; // "Ripe"

    Database();
    ~Database();

    bool open(const QString &path, const Options &options);
    bool open(const QString &path) { return open(path, Options {}); }
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Whether Ripen keeps backups of this file (Options::backups, and it is a file).
    bool backupsEnabled() const { return m_backups; }

    Problem problem() const { return m_problem; }
    // Whether a write may go ahead: waits for the whole-file check if it still runs; an error naming
    // the damage once it has found some.
    Result<void> mayWrite();
    // The same wait, for a command that prints what it reads (a report, an export) and must not print
    // a damaged file's rows as if they were whole: an error naming the damage, if the check found some.
    Result<void> wholeFileChecked();
    // Whether the whole-file check still runs, and what it found ("" for nothing).
    bool isChecking() const { return m_checkPending || m_check.isRunning(); }
    QString damage() const { return m_damage; }
    // Told, in the thread that opened the file, when the whole-file check finds damage.
    void setDamageHandler(std::function<void(const QString &message)> handler)
    {
        m_onDamage = std::move(handler);
    }
    // The file's real path: links and ".." resolved (the path it was opened by for ":memory:").
    QString realPath() const { return m_realPath; }
    // What went wrong and what the user can do, for a message box or the terminal.
    QString errorMessage() const { return m_message; }

    // Where the user's database lives unless --database says otherwise.
    static QString defaultPath();
    static QString demoPath();
    // A migration script as single statements (triggers kept whole), comments left out.
    static QStringList splitStatements(const QString &script);
    // The statements of the migration leading to version; empty when this build lacks it. Code that
    // must do what a migration did (the generator refills the search index) runs these same texts.
    static QStringList migrationStatements(int version);

private:
    bool fail(Problem problem, const QString &message);
    // fail() by the cause SQLite gave (a full disk, an I/O error, a lock, damage...), for what was being
    // done ("Cannot open", "Upgrading ... failed").
    bool failWith(const QSqlError &error, const QString &doing);
    bool openChecked(const Options &options, bool existed);
    bool lock();
    bool inspectExisting(); // the file's own bytes and permissions
    bool probeExisting(const Options &options); // inside, through a read-only connection
    bool configure(const Options &options);
    bool backUpBeforeMigration(const Options &options);
    bool migrate();
    bool applyMigration(int version);
    bool seedDefaults();
    void startCheck(const Options &options);
    void checkDone();
    void beginCheck();
    struct CheckState;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_realPath;
    Problem m_problem = Problem::None;
    QString m_message;
    bool m_backups = false;
    std::unique_ptr<QLockFile> m_lock;
    bool m_emptyFile = false;
    bool m_walAlready = false; // the file's header says write-ahead logging
    bool m_checkedWhole = false; // PRAGMA quick_check passed while probing
    QSqlError m_seedError;
    QStringList m_sideFilesBefore; // -wal, -shm, -journal that were there before opening
    BackgroundRead m_check;
    bool m_checkPending = false; // to begin at the event loop's next turn
    std::unique_ptr<QObject> m_checkContext; // where the check's result is delivered
    std::shared_ptr<CheckState> m_checkState;
    QString m_damage;
    std::function<void(const QString &)> m_onDamage;
};

} // namespace Ripen
