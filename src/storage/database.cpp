// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "backups.h"
#include "clock.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <mutex>
#include <optional>
#include <sqlite3.h>

namespace Ripen {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ripen-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Below this much free space, a failure to write is taken for a full disk, whatever SQLite called it.
constexpr qint64 kLowSpaceBytes = 1024 * 1024;

// The free bytes of the disk holding file; -1 when it cannot be told.
qint64 freeBytesBeside(const QString &file)
{
    const QStorageInfo storage(QFileInfo(file).absolutePath());
    return storage.isValid() ? std::max<qint64>(0, storage.bytesAvailable()) : -1;
}

bool isLowSpace(qint64 freeBytes)
{
    return freeBytes >= 0 && freeBytes < kLowSpaceBytes;
}

QString damageText(const QString &path, const QString &found)
{
    return Database::tr("“%1” is damaged: SQLite's check of the whole file found “%2”. Ripen did not change "
                        "it. Restore it from a backup.")
        .arg(QDir::toNativeSeparators(path), found);
}

constexpr int kInterrupted = 9; // SQLITE_INTERRUPT: close() stopped the check

// PRAGMA quick_check on query's connection.
struct QuickCheck
{
    QString found; // SQLite's first finding, "" when the file is whole
    QSqlError failed; // a failure that is not damage: the disk failing a read, an interrupt
};

QuickCheck quickCheck(QSqlQuery &query)
{
    QuickCheck checked;
    // Damage, or a schema SQLite cannot read (an unknown collation, a malformed CREATE): damage.
    const auto failedWith = [&checked](const QSqlError &error) {
        const SqlFailure failure = sqlFailure(error);
        if (failure == SqlFailure::Corrupt || failure == SqlFailure::NotADatabase
            || (failure == SqlFailure::Other && (error.nativeErrorCode().toInt() & 0xff) != kInterrupted))
            checked.found = !sqlOwnText(error).isEmpty() ? sqlOwnText(error) : error.text();
        else
            checked.failed = error;
        return checked;
    };
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failedWith(query.lastError());
    // (SQLite may fail while stepping to the first row, damage as well.)
    if (!query.next()) {
        if (query.lastError().isValid())
            return failedWith(query.lastError());
        checked.found = QStringLiteral("PRAGMA quick_check returned no row");
        return checked;
    }
    const QString answer = query.value(0).toString();
    query.finish();
    if (answer == QLatin1String("ok"))
        return checked;
    // The first finding, without the "*** in database main ***" heading.
    for (const QString &line : answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("***"))) {
            checked.found = line.trimmed();
            return checked;
        }
    }
    checked.found = answer.simplified();
    return checked;
}

// What the window does with a file its check found damaged.
QString readOnlyText(const QString &damage)
{
    return damage + QLatin1Char(' ')
        + Database::tr("Ripen shows it as it is, read-only, and writes nothing to it.");
}

const char *const kTables[]
    = { "accounts", "contacts", "stages", "lost_reasons", "deals", "touches", "follow_ups", "stage_history" };

} // namespace

// The whole-file check, shared with its thread: what it found, and its connection while it runs, so
// closing the file interrupts it instead of waiting for it to read every page.
struct Database::CheckState
{
    std::mutex mutex;
    sqlite3 *running = nullptr;
    bool stopped = false;
    QString found; // "" for nothing wrong
    QString failed; // why the check could not be made, "" when it was
    // The day's copy, taken once the check has passed (none when backups are off or it is there).
    bool takeDaily = false;
    QDateTime now;
};

QStringList Database::splitStatements(const QString &script)
{
    // Statements end with ';' at the end of a line; a trigger's body runs to its "END;".
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        const bool inTrigger
            = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (trimmed.endsWith(QLatin1Char(';'))
            && (!inTrigger || trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QStringList Database::migrationStatements(int version)
{
    // Migrations are resources named NNN_what.sql; NNN is the schema version they lead to.
    const QStringList found
        = QDir(QStringLiteral(":/ripen/sql"))
              .entryList({ QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0')) });
    QFile file(found.isEmpty() ? QString() : QStringLiteral(":/ripen/sql/") + found.first());
    if (found.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return splitStatements(QString::fromUtf8(file.readAll()));
}

Database::Database() = default;

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/ripen.sqlite");
}

QString Database::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

bool Database::fail(Problem problem, const QString &message)
{
    // Recorded only: open() closes what it opened once every query of the failed step is gone (closing
    // under a live query makes Qt warn that the connection "is still in use").
    m_problem = problem;
    m_message = message;
    return false;
}

bool Database::failWith(const QSqlError &error, const QString &doing)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    SqlFailure failure = sqlFailure(error);
    // A full disk often reaches SQLite as an I/O error or a file it cannot make: the free space tells.
    const qint64 freeBytes = freeBytesBeside(m_realPath.isEmpty() ? m_path : m_realPath);
    if ((failure == SqlFailure::IoError || failure == SqlFailure::CannotOpen || failure == SqlFailure::Other)
        && isLowSpace(freeBytes))
        failure = SqlFailure::Full;
    const QString said = sqlOwnText(error);
    switch (failure) {
    case SqlFailure::Full:
        return fail(Problem::DiskFull,
            tr("%1: the disk holding “%2” is full (%3 free). Free some space and try again. The file is "
               "as it was; nothing in it is lost.")
                .arg(doing, shown, QLocale().formattedDataSize(std::max<qint64>(0, freeBytes))));
    case SqlFailure::IoError:
        return fail(Problem::IoError,
            tr("%1: the disk could not read or write “%2” (SQLite says: %3). Check that the disk or network "
               "share is there and working, then try again.")
                .arg(doing, shown, said));
    case SqlFailure::Busy:
        return fail(Problem::Locked,
            tr("%1: “%2” is locked by another program that is writing to it. Close that program and try "
               "again. The file was not changed.")
                .arg(doing, shown));
    case SqlFailure::Corrupt:
        return fail(Problem::Damaged,
            tr("%1: “%2” is damaged (SQLite says: %3). Ripen did not change it. Restore it from a backup.")
                .arg(doing, shown, said));
    case SqlFailure::NotADatabase:
        return fail(Problem::NotADatabase,
            tr("%1: “%2” is not a database file. Ripen did not change it.").arg(doing, shown));
    case SqlFailure::ReadOnly:
        return fail(Problem::ReadOnly,
            tr("%1: “%2” cannot be written: the file, its folder or its disk is read-only.")
                .arg(doing, shown));
    case SqlFailure::CannotOpen:
        return fail(Problem::CannotCreate,
            tr("%1: “%2” cannot be opened (SQLite says: %3). Check that its folder exists and that you may "
               "write to it.")
                .arg(doing, shown, said));
    case SqlFailure::Other:
        break;
    }
    return fail(Problem::MigrationFailed, tr("%1: “%2”: %3").arg(doing, shown, said));
}

void Database::close()
{
    // A check still reading the file stops first: its result is for this file only.
    if (m_checkState) {
        const std::lock_guard guard(m_checkState->mutex);
        m_checkState->stopped = true;
        if (m_checkState->running)
            sqlite3_interrupt(m_checkState->running);
    }
    m_checkPending = false;
    m_check.cancel();
    m_checkContext.reset();
    m_checkState.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_lock.reset();
    m_backups = false;
}

int Database::schemaVersion() const
{
    return scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::open(const QString &path, const Options &options)
{
    close();
    m_problem = Problem::None;
    m_message.clear();
    m_damage.clear();
    m_walAlready = false;
    m_checkedWhole = false;
    m_path = path;
    m_realPath = path;
    const bool inMemory = path == QLatin1String(":memory:");
    const bool existed = !inMemory && QFileInfo::exists(path);
    const QStringList sides { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") };
    if (existed) {
        // The real file: two paths to it are one file, for the lock and for what is left beside it.
        m_realPath = QFileInfo(path).canonicalFilePath();
        m_sideFilesBefore.clear();
        for (const QString &side : sides) {
            if (QFileInfo::exists(m_realPath + side))
                m_sideFilesBefore << side;
        }
    }
    if (openChecked(options, existed))
        return true;
    const bool ours = m_lock != nullptr;
    close();
    // A file another Ripen holds is not ours to tidy; nor one another program is writing to (a journal
    // it made a moment ago must stay).
    if (inMemory || !ours || (existed && m_problem == Problem::Locked))
        return false;
    if (!existed) {
        // Nothing half-written is left behind: the file did not exist before.
        QFile::remove(m_realPath);
        for (const QString &side : sides)
            QFile::remove(m_realPath + side);
    } else {
        // A refused file keeps its bytes and gets no side files: those the check's read-only
        // connection made (it cannot remove them when it closes) go.
        for (const QString &side : sides) {
            if (!m_sideFilesBefore.contains(side))
                QFile::remove(m_realPath + side);
        }
    }
    return false;
}

bool Database::lock()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString lockPath = m_realPath + QStringLiteral(".lock");
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // a lock whose process is gone is stale at once
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    const bool known = m_lock->getLockInfo(&pid, &host, &app);
    // A lock file without its owner's name: its writer was killed between making it and writing it
    // (Qt does the two apart). Once it is older than any such moment, nobody holds it.
    if (!known && QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime()) > 2000
        && m_lock->removeStaleLockFile() && m_lock->tryLock(0))
        return true;
    // A lock of a process of this machine that is gone (Qt leaves it when a stale-lock removal of its
    // own was cut short by a kill): taken over.
    if (known && pid > 0 && (host.isEmpty() || host == QSysInfo::machineHostName())
        && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH && m_lock->removeStaleLockFile()
        && m_lock->tryLock(0))
        return true;
    const QLockFile::LockError why = m_lock->error();
    m_lock.reset();
    if (why == QLockFile::PermissionError)
        return fail(Problem::ReadOnly,
            tr("Ripen cannot make its lock file beside “%1”: its folder is read-only. Move the database to "
               "a folder you can write to.")
                .arg(shown));
    if (why == QLockFile::UnknownError) {
        const qint64 freeBytes = freeBytesBeside(m_realPath);
        if (isLowSpace(freeBytes))
            return fail(Problem::DiskFull,
                tr("Cannot open “%1”: its disk is full (%2 free), with no room for the file that keeps a "
                   "second Ripen out. Free some space and try again; the file was not changed.")
                    .arg(shown, QLocale().formattedDataSize(freeBytes)));
        return fail(Problem::CannotCreate,
            tr("Ripen cannot make its lock file beside “%1”. Check the folder and try again; the file was "
               "not changed.")
                .arg(shown));
    }
    return fail(Problem::Locked,
        tr("“%1” is in use by another process (%2, process %3). Close the other Ripen window "
           "and try again. The file was not changed.")
            .arg(shown, app.isEmpty() ? tr("unknown") : app)
            .arg(pid));
}

bool Database::openChecked(const Options &options, bool existed)
{
    const QString path = m_path;
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    if (!existed && !inMemory) {
        if (!options.create)
            return fail(
                Problem::CannotCreate, tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
        if (!QDir().mkpath(info.absolutePath()) || !QFileInfo(info.absolutePath()).isWritable())
            return fail(Problem::CannotCreate,
                tr("Cannot create “%1”: the folder “%2” cannot be written to. Choose another place.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
        m_realPath = QDir(info.absolutePath()).canonicalPath() + QLatin1Char('/') + info.fileName();
    }
    // The file's own bytes first (no SQLite yet), then the lock: a file another Ripen has open is not
    // read by SQLite; then a look inside, read-only.
    if (existed && !inspectExisting())
        return false;
    if (!inMemory && !lock())
        return false;
    if (existed && !probeExisting(options))
        return false;

    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_realPath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_db.open())
        return failWith(m_db.lastError(), tr("Cannot open the database"));
    if (existed && !backUpBeforeMigration(options))
        return false;
    if (!configure(options))
        return false;
    m_backups = options.backups && !inMemory && Backups::possibleFor(m_realPath);
    if (!migrate())
        return false;
    // Write-ahead logging once the file is ours and current: a refused upgrade leaves the journal mode
    // (a byte of the header) as it was.
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return failWith(query.lastError(), tr("Cannot set up the database"));
    }
    // A file that was upgraded or switched to write-ahead logging was checked whole before
    // (probeExisting); one that was not is checked now, on a thread, before its first write.
    if (existed && !m_emptyFile && !m_checkedWhole && options.checkWholeFile)
        startCheck(options);
    return true;
}

bool Database::inspectExisting()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(Problem::NotADatabase, tr("“%1” is a folder, not a Ripen database.").arg(shown));

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::ReadOnly,
            tr("“%1” cannot be read: %2. Check its permissions.").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.isEmpty() && !header.startsWith(magic))
        return fail(Problem::NotADatabase,
            tr("“%1” is not a database file. Ripen did not change it. Open a Ripen database, or "
               "create a new one with File > New.")
                .arg(shown));
    if (!header.isEmpty() && header.size() < 100)
        return fail(Problem::Damaged,
            tr("“%1” is damaged: it is shorter than an SQLite header. Ripen did not change it. "
               "Restore it from a backup.")
                .arg(shown));

    // Bytes 18 and 19: the file formats needed to write and to read the file. SQLite knows 1 (rollback
    // journal) and 2 (write-ahead log); a larger one it opens read-only, or not at all, which would
    // otherwise read as a read-only file.
    if (header.size() >= 20 && (quint8(header.at(18)) > 2 || quint8(header.at(19)) > 2))
        return fail(Problem::NewerSchema,
            tr("“%1” says it needs SQLite file format %2, which this SQLite does not know (it knows 1 and "
               "2): a newer SQLite wrote it, or the file is damaged. Ripen did not change it. Open it with "
               "the program that wrote it, or restore it from a backup if nothing else wrote to it.")
                .arg(shown)
                .arg(std::max(quint8(header.at(18)), quint8(header.at(19)))));

    // The mode bits are checked too, so a file the user marked read-only is respected even by root
    // (WriteUser is left out: it answers "can I write", which root always can).
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!info.isWritable() || !(file.permissions() & writeBits))
        return fail(Problem::ReadOnly,
            tr("“%1” is read-only, and Ripen needs to write to it. Make it writable (for example "
               "“chmod u+w”), or copy it to a folder of yours and open the copy.")
                .arg(shown));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fail(Problem::ReadOnly,
            tr("The folder of “%1” is read-only, and SQLite needs to write its journal beside the "
               "file. Move the database to a folder you can write to.")
                .arg(shown));

    m_emptyFile = header.isEmpty(); // an empty file is an empty SQLite database: set it up.
    // Bytes 18 and 19 are 2 in a file in write-ahead logging, which Ripen switches every file to.
    m_walAlready = header.size() >= 20 && header.at(18) == 2 && header.at(19) == 2;
    return true;
}

bool Database::probeExisting(const Options &options)
{
    if (m_emptyFile)
        return true;
    const QString shown = QDir::toNativeSeparators(m_path);
    // Look inside through a read-only connection, so nothing is written before we know.
    const QString probeName = nextConnectionName();
    Problem problem = Problem::None;
    QString message;
    QSqlError error;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(m_realPath);
        probe.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!probe.open()) {
            error = probe.lastError();
        } else {
            QSqlQuery query(probe);
            const auto value = [&](const QString &sql) -> std::optional<int> {
                if (query.exec(sql) && query.next())
                    return query.value(0).toInt();
                error = query.lastError();
                return std::nullopt;
            };
            const auto appId = value(QStringLiteral("PRAGMA application_id"));
            const auto version = appId ? value(QStringLiteral("PRAGMA user_version")) : std::nullopt;
            const auto objects
                = version ? value(QStringLiteral("SELECT count(*) FROM sqlite_master")) : std::nullopt;
            if (objects) {
                if ((*appId != 0 && *appId != kApplicationId) || (*appId == 0 && *objects > 0)) {
                    problem = Problem::NotRipen;
                    message = tr("“%1” is a database of another application, not of Ripen. Ripen did not "
                                 "change it. Open a Ripen database, or create a new one with File > New.")
                                  .arg(shown);
                } else if (*version < 0 || (*appId == 0 && *version != 0)) {
                    // Ripen writes its application id with its first version, and never a negative one.
                    problem = Problem::NotRipen;
                    message = tr("“%1” says it is at database version %2, which Ripen never writes: it is "
                                 "not a Ripen database. Ripen did not change it. Open a Ripen database, or "
                                 "create a new one with File > New.")
                                  .arg(shown)
                                  .arg(*version);
                } else if (*version > kSchemaVersion) {
                    problem = Problem::NewerSchema;
                    message = tr("“%1” was written by a newer version of Ripen (database version %2; this "
                                 "version understands up to %3). Update Ripen to open it. The file was not "
                                 "changed.")
                                  .arg(shown)
                                  .arg(*version)
                                  .arg(kSchemaVersion);
                } else if (*appId == kApplicationId) {
                    // Every table there, and its first and last page readable: a damaged file shows
                    // here and not half-way through the user's first command.
                    // The tables there, read once; then each of Ripen's: there, and readable.
                    QStringList tables;
                    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                        while (query.next())
                            tables << query.value(0).toString();
                    } else {
                        error = query.lastError();
                    }
                    QStringList missing;
                    for (const char *table : kTables) {
                        const QString name = QString::fromLatin1(table);
                        if (error.isValid())
                            break;
                        if (!tables.contains(name)) {
                            missing << name;
                            continue;
                        }
                        // (A table's name cannot be bound; these are Ripen's own, from kTables.)
                        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid LIMIT 1").arg(name))
                            || !query.exec(
                                QStringLiteral("SELECT * FROM %1 ORDER BY rowid DESC LIMIT 1").arg(name))) {
                            error = query.lastError();
                            break;
                        }
                    }
                    if (!missing.isEmpty() && !error.isValid()) {
                        problem = Problem::Damaged;
                        message
                            = tr("“%1” is damaged: Ripen's tables %2 are missing. Ripen did not change it. "
                                 "Restore it from a backup.")
                                  .arg(shown, missing.join(QStringLiteral(", ")));
                    }
                }
                // To be written at once (upgraded, set up when SQLite's file has nothing in it yet, or
                // switched to write-ahead logging, a byte of its header): the whole file is checked
                // before any of that.
                if (problem == Problem::None && !error.isValid()
                    && (*version < kSchemaVersion || !m_walAlready) && options.checkWholeFile) {
                    m_checkedWhole = true;
                    const QuickCheck checked = quickCheck(query);
                    if (!checked.found.isEmpty()) {
                        problem = Problem::Damaged;
                        message = damageText(m_path, checked.found);
                    } else {
                        error = checked.failed;
                    }
                }
            }
            query.finish();
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (problem != Problem::None)
        return fail(problem, message);
    if (error.isValid())
        return failWith(error, tr("Cannot open the database"));
    return true;
}

bool Database::configure(const Options &options)
{
    QSqlQuery query(m_db);
    const auto pragma = [&](const QString &sql) {
        return query.exec(sql) || failWith(query.lastError(), tr("Cannot set up the database"));
    };
    return pragma(QStringLiteral("PRAGMA foreign_keys = ON"))
        && pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs))
        && pragma(QStringLiteral("PRAGMA synchronous = NORMAL"))
        // Reads that visit many deals (the calendar export, a large filter) thrash SQLite's default 2 MB
        // page cache; 64 MB at most, filled only as pages are read, keeps them in memory.
        && pragma(QStringLiteral("PRAGMA cache_size = -65536"));
}

bool Database::backUpBeforeMigration(const Options &options)
{
    // Only a file with Ripen's data of an older version: a new or empty file has nothing to keep. Taken
    // before the pragmas, so a refusal leaves the file as it was.
    const int version = schemaVersion();
    if (!options.backups || version < 1 || version >= kSchemaVersion)
        return true;
    const SystemClock systemClock;
    const Clock &clock = options.clock ? *options.clock : systemClock;
    const auto taken = Backups::take(m_realPath, Backups::Reason::BeforeMigration, clock.now());
    if (taken)
        return true;
    // Refused rather than upgraded without a copy: an upgrade cannot be taken back (no Ripen opens the
    // file at its old version again), while opening again once the copy can be made loses nothing.
    return fail(Problem::MigrationFailed,
        tr("“%1” must be upgraded to this version of Ripen (database version %2 to %3), and Ripen keeps a "
           "copy of it first, but could not: %4 The file was not changed. Free some space or make the "
           "folder writable, and open it again.")
            .arg(QDir::toNativeSeparators(m_path))
            .arg(version)
            .arg(kSchemaVersion)
            .arg(taken.error()));
}

bool Database::migrate()
{
    const int current = schemaVersion();
    if (current >= kSchemaVersion)
        return true;
    // Every step in one transaction: an upgrade that fails at any step leaves the file as it was.
    Transaction tx(m_db);
    if (!tx.begin())
        return failWith(tx.error(), tr("Cannot upgrade the database"));
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        if (!applyMigration(version))
            return false; // rolled back as tx goes
    }
    if (!tx.commit())
        return failWith(tx.error(), tr("Cannot upgrade the database"));
    return true;
}

bool Database::applyMigration(int version)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QStringList statements = migrationStatements(version);
    if (statements.isEmpty())
        return fail(Problem::MigrationFailed,
            tr("This build of Ripen lacks migration %1 to open “%2”. The file was not changed.")
                .arg(version)
                .arg(shown));
    QSqlQuery query(m_db);
    const auto failed = [&](const QSqlError &error, const QString &why) {
        // A cause the user can act on (a full disk, a lock, damage) is said as such.
        if (sqlFailure(error) != SqlFailure::Other)
            return failWith(error, tr("Upgrading the database to version %1 failed").arg(version));
        return fail(Problem::MigrationFailed,
            tr("Upgrading “%1” to version %2 failed: %3. The database was left as it was.")
                .arg(shown)
                .arg(version)
                .arg(why));
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return failed(query.lastError(), sqlErrorText(query));
    }
    if (version == 1 && !seedDefaults())
        return failed(m_seedError, m_message);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return failed(query.lastError(), sqlErrorText(query));
    return true;
}

void Database::startCheck(const Options &options)
{
    if (!BackgroundRead::canRead(m_realPath))
        return;
    m_checkState = std::make_shared<CheckState>();
    // The day's backup (Backups) follows the check on its thread, from the file as it is now: the first
    // change of the day then finds it there instead of making the user wait for a copy of the whole
    // file (1.2 s at 100,000 deals). A change made before it is done waits for it, as for the check.
    const SystemClock systemClock;
    m_checkState->now = (options.clock ? options.clock : &systemClock)->now();
    m_checkState->takeDaily = m_backups && !Backups::dailyTakenOn(m_realPath, m_checkState->now.date());
    m_checkContext = std::make_unique<QObject>();
    // Begun at the event loop's next turn, once the window has read and painted what it shows: the
    // check reads every page of the file, and should not compete with the first paint. A write before
    // that begins it at once and waits for it.
    m_checkPending = true;
    QTimer::singleShot(0, m_checkContext.get(), [this] { beginCheck(); });
}

void Database::beginCheck()
{
    if (!m_checkPending)
        return;
    m_checkPending = false;
    const std::shared_ptr<CheckState> state = m_checkState;
    m_check.start(
        m_realPath, m_checkContext.get(),
        [state, path = m_realPath](const QSqlDatabase &db, const std::atomic_bool &cancel) {
            {
                const std::lock_guard guard(state->mutex);
                if (state->stopped)
                    return;
                state->running = *static_cast<sqlite3 *const *>(db.driver()->handle().data());
            }
            QSqlQuery query(db);
            const QuickCheck checked = quickCheck(query);
            // Interrupted by close(): nothing found. The disk failing the read: the check could not be
            // made, which is not damage either, but no write goes ahead without it.
            const QString found = checked.found;
            const QString failed = checked.failed.isValid()
                    && (checked.failed.nativeErrorCode().toInt() & 0xff) != kInterrupted
                ? sqlErrorText(checked.failed)
                : QString();
            query.finish();
            if (state->takeDaily && found.isEmpty() && !checked.failed.isValid()) {
                {
                    const std::lock_guard guard(state->mutex);
                    state->running = nullptr;
                    if (state->stopped)
                        return;
                }
                // Its own connection; one that fails is taken again by the first change, which says why.
                // Closing the file stops it (cancel): nothing of it is left, and it is taken next time.
                const auto taken = Backups::take(path, Backups::Reason::Daily, state->now, &cancel);
                if (!taken && !cancel)
                    qWarning("Ripen: %s", qPrintable(taken.error()));
            }
            const std::lock_guard guard(state->mutex);
            state->running = nullptr;
            state->found = found;
            state->failed = failed;
        },
        [this] { checkDone(); });
}

void Database::checkDone()
{
    if (!m_checkState)
        return;
    const QString found = m_checkState->found;
    if (!m_damage.isEmpty() || (found.isEmpty() && m_checkState->failed.isEmpty()))
        return;
    m_damage = !found.isEmpty() ? damageText(m_path, found)
                                : tr("Ripen could not check “%1” for damage before writing to it: %2")
                                      .arg(QDir::toNativeSeparators(m_path), m_checkState->failed);
    if (m_onDamage)
        m_onDamage(readOnlyText(m_damage));
}

Result<void> Database::mayWrite()
{
    // The first write after opening waits for the check of the whole file, if it still runs.
    if (auto checked = wholeFileChecked(); !checked)
        return Error { readOnlyText(checked.error()) };
    return {};
}

Result<void> Database::wholeFileChecked()
{
    if (m_checkPending)
        beginCheck();
    if (m_check.isRunning())
        m_check.finish();
    if (!m_damage.isEmpty())
        return Error { m_damage };
    return {};
}

bool Database::seedDefaults()
{
    struct StageSeed
    {
        const char *name;
        const char *kind;
        int rotDays;
    };
    // A typical B2B pipeline; users rename and reorder these in Settings > Pipeline.
    const StageSeed stages[] = {
        { QT_TR_NOOP("Lead in"), "open", 7 },
        { QT_TR_NOOP("Contact made"), "open", 14 },
        { QT_TR_NOOP("Discovery"), "open", 21 },
        { QT_TR_NOOP("Proposal"), "open", 14 },
        { QT_TR_NOOP("Negotiation"), "open", 10 },
        { QT_TR_NOOP("Won"), "won", 0 },
        { QT_TR_NOOP("Lost"), "lost", 0 },
    };
    int position = 0;
    for (const StageSeed &stage : stages) {
        QSqlQuery query = prepared(m_db,
            QStringLiteral("INSERT INTO stages (name, position, kind, rot_days) "
                           "VALUES (?, ?, ?, ?)"),
            { tr(stage.name), position++, QString::fromLatin1(stage.kind), stage.rotDays });
        if (!query.exec()) {
            m_seedError = query.lastError();
            m_message = sqlErrorText(query);
            return false;
        }
    }
    struct ReasonSeed
    {
        const char *label;
        const char *meaning;
        int days;
    };
    const ReasonSeed reasons[] = {
        { QT_TR_NOOP("Did not like our approach"), "approach", 90 },
        { QT_TR_NOOP("Did not see the benefit"), "value", 60 },
        { QT_TR_NOOP("Bad timing, other priorities"), "timing", 120 },
        { QT_TR_NOOP("No budget this year"), "timing", 180 },
        { QT_TR_NOOP("Chose a competitor"), "competitor", 300 },
        { QT_TR_NOOP("No answer (ghosted)"), "ghosted", 14 },
        { QT_TR_NOOP("Reflex “not interested”"), "reflex", 7 },
    };
    position = 0;
    for (const ReasonSeed &reason : reasons) {
        QSqlQuery query = prepared(m_db,
            QStringLiteral("INSERT INTO lost_reasons (label, meaning, reengage_days, "
                           "position) VALUES (?, ?, ?, ?)"),
            { tr(reason.label), QString::fromLatin1(reason.meaning), reason.days, position++ });
        if (!query.exec()) {
            m_seedError = query.lastError();
            m_message = sqlErrorText(query);
            return false;
        }
    }
    return true;
}

} // namespace Ripen
