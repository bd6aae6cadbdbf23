// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;

namespace Ripen {

class Clock;

// One Ripen database file: opened only after checking it is ours, not damaged, writable, not in use
// and not from a newer Ripen; then pragmas and versioned migrations. A file that fails a check is
// never modified.
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
    };

    struct Options
    {
        bool create = true; // create the file when it does not exist
        int busyTimeoutMs = 3000;
        // Copies in "backups" beside the file (Backups): before an upgrade of an older file here, before
        // the day's first write and before an import in Pipeline. Off for the demo database, which
        // --reset-demo makes anew from a seed and nobody restores.
        bool backups = true;
        // Names and dates those copies; the system clock when none is given.
        const Clock *clock = nullptr;
    };

    static constexpr int kSchemaVersion = 12;
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
    bool inspectExisting(const Options &options);
    bool configure(const Options &options);
    bool backUpBeforeMigration(const Options &options);
    bool migrate();
    bool applyMigration(int version);
    bool seedDefaults();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    Problem m_problem = Problem::None;
    QString m_message;
    bool m_backups = false;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Ripen
