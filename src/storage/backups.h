// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace Ripen {

// Copies of a database file, in the folder "backups" beside it, named after the file, the moment and
// the reason: "pipeline-2026-11-23-100000-daily.sqlite". A further copy in the same second, of any
// reason, gets "-2", "-3", ..., so the names sort as the copies were taken.
//
// A copy is taken online with VACUUM INTO, on a connection of its own that only reads, so it is one
// consistent snapshot of what was committed (the write-ahead log included) whatever the window's
// connection is doing, and it is a compact file in rollback-journal mode that opens read-only without
// leaving side files. It is written under a hidden temporary name (".<name>.partial"), synced, and
// renamed only when complete: a failed or interrupted copy never looks like a backup, and the next
// copy removes what it left.
//
// Which copies stay (rotate(), after every copy), in two pools:
// - daily copies (Reason::Daily): the newest of each of the kDailyKept newest days that have one, and
//   of the daily copies older than those days, the newest of each of the kWeeklyKept newest ISO weeks;
// - copies before an upgrade, an import or a restore: the kEventsKept newest, however old, so the copy
//   from just before the last such step is there even after a quiet month.
// Everything else is removed. Days without copies (the user wrote nothing) are not counted, so copies
// never expire for age alone. At most kDailyKept + kWeeklyKept + kEventsKept files remain.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    enum class Reason { Daily, BeforeMigration, BeforeImport, BeforeRestore };

    static constexpr int kDailyKept = 7;
    static constexpr int kWeeklyKept = 4;
    static constexpr int kEventsKept = 3;

    // One copy, as listed; inspect() fills in what opening it tells.
    struct Entry
    {
        enum class State {
            Unchecked,
            Good, // opens, passes quick_check, a Ripen database this version can open
            Damaged, // cannot be opened, fails quick_check or is not a Ripen database
            Newer, // written by a newer Ripen: listed, but this version cannot open it
        };
        QString path;
        QDateTime takenAt; // from its name: the clock of the Ripen that took it
        Reason reason = Reason::Daily;
        int sequence = 1; // 2, 3, ... for further copies in the same second, of any reason
        qint64 bytes = 0;
        State state = State::Unchecked;
        qint64 deals = -1; // every deal, open, won and lost; -1 when unknown
        int schemaVersion = 0;
        QString problem; // why it is damaged or cannot be restored, in words
    };

    // "<folder of the database>/backups".
    static QString folderOf(const QString &databasePath);
    // Whether the database is a file that can have copies (":memory:" cannot).
    static bool possibleFor(const QString &databasePath);

    // Copies the committed state of the database at databasePath (open or not) and rotates. Returns the
    // new copy's path, or why there is none; nothing that looks like a backup is left on failure.
    // stop, when given, ends a copy under way as soon as it turns true (closing the file): nothing of
    // the copy is left, and the error says it was stopped.
    static Result<QString> take(const QString &databasePath, Reason reason, const QDateTime &now,
        const std::atomic_bool *stop = nullptr);
    // The same copy under several reasons (the day's first write is an import: a daily copy and one
    // before the import), made once: the further names are hard links to it, or copies of the file
    // where the file system has no links. Returns the paths in the order of reasons.
    static Result<QStringList> take(const QString &databasePath, const QList<Reason> &reasons,
        const QDateTime &now, const std::atomic_bool *stop = nullptr);
    // Whether a daily copy was taken on day: the day's first write needs none then.
    static bool dailyTakenOn(const QString &databasePath, const QDate &day);
    // The copies of the database, the newest first, unchecked (names and sizes only: fast).
    static QList<Entry> list(const QString &databasePath);
    // Opens the copy read-only and fills in state, deals, schemaVersion and problem. Reads the whole
    // file (quick_check): seconds for a copy of 100,000 deals, so the dialog runs it off the window's
    // thread. stop, when given, ends the read as soon as it turns true; the entry is then Unchecked,
    // not Damaged.
    static void inspect(Entry &entry, const std::atomic_bool *stop = nullptr);
    // list() with every entry inspected.
    static QList<Entry> listInspected(const QString &databasePath);
    // The newest copy that inspects as Good, inspecting newest first until one does (a whole read of
    // each: on a thread of its own for a large file); none when there is none, or cancel turned true.
    static std::optional<Entry> newestGood(const QString &databasePath, const std::atomic_bool &cancel);
    // Removes the copies the rules above do not keep. Returns how many it removed; a copy that cannot
    // be removed is left and logged (it costs space, never data).
    static int rotate(const QString &databasePath);

    // Replaces the database file with the copy at backupPath, which must inspect as Good. The database
    // must be closed by the caller; its lock is held meanwhile. The copy is written beside the file
    // under a temporary name, synced and renamed over it; the old file's "-wal" and "-shm" go just
    // before (the caller closed it, so they hold nothing: a non-empty "-wal" is refused). On failure
    // the file is as it was, and the error says why.
    static Result<void> restore(const QString &databasePath, const QString &backupPath);

    // "daily", "before-migration", ...: the reason as written in file names.
    static QString reasonKey(Reason reason);
    // The reason in words, for the dialog.
    static QString reasonLabel(Reason reason);
};

} // namespace Ripen
