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
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Ripen {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ripen-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite result codes, as the QSQLITE driver reports them in nativeErrorCode().
bool isCode(const QSqlError &error, std::initializer_list<int> codes)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    for (int c : codes) {
        if ((code & 0xff) == c)
            return true;
    }
    return false;
}

constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

const char *const kTables[]
    = { "accounts", "contacts", "stages", "lost_reasons", "deals", "touches", "follow_ups", "stage_history" };

} // namespace

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
    close();
    m_problem = problem;
    m_message = message;
    return false;
}

void Database::close()
{
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
    m_path = path;
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const bool existed = !inMemory && info.exists();

    if (existed) {
        if (!inspectExisting(options))
            return false;
    } else if (!inMemory) {
        if (!options.create)
            return fail(
                Problem::CannotCreate, tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
        if (!QDir().mkpath(info.absolutePath()) || !QFileInfo(info.absolutePath()).isWritable())
            return fail(Problem::CannotCreate,
                tr("Cannot create “%1”: the folder “%2” cannot be written to. Choose another place.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
    }

    if (!inMemory && !m_lock) {
        m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            return fail(Problem::Locked,
                tr("“%1” is in use by another process (%2, process %3). Close the other Ripen window "
                   "and try again. The file was not changed.")
                    .arg(QDir::toNativeSeparators(path), app.isEmpty() ? tr("unknown") : app)
                    .arg(pid));
        }
    }

    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_db.open())
        return fail(Problem::CannotCreate,
            tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), m_db.lastError().text()));
    if (existed && !backUpBeforeMigration(options))
        return false;
    if (!configure(options))
        return false;
    m_backups = options.backups && !inMemory && Backups::possibleFor(path);
    if (!migrate()) {
        if (!existed && !inMemory) {
            // Nothing half-written is left behind: the file did not exist before.
            const QString message = m_message;
            const Problem problem = m_problem;
            close();
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            m_problem = problem;
            m_message = message;
        }
        return false;
    }
    return true;
}

bool Database::inspectExisting(const Options &options)
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

    if (header.isEmpty())
        return true; // an empty file is an empty SQLite database: set it up.

    // Look inside through a read-only connection, so nothing is written before we know.
    const QString probeName = nextConnectionName();
    Problem problem = Problem::None;
    QString message;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(m_path);
        probe.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        auto classify = [&](const QSqlError &error) {
            if (isCode(error, { kSqliteNotADb })) {
                problem = Problem::NotADatabase;
                message = tr("“%1” is not a database file. Ripen did not change it.").arg(shown);
            } else if (isCode(error, { kSqliteBusy, kSqliteLocked })) {
                problem = Problem::Locked;
                message = tr("“%1” is locked by another process that is writing to it. Close that program "
                             "and try again. The file was not changed.")
                              .arg(shown);
            } else {
                problem = Problem::Damaged;
                message
                    = tr("“%1” is damaged (SQLite says: %2). Ripen did not change it. Restore it from "
                         "a backup.")
                          .arg(shown, error.databaseText().isEmpty() ? error.text() : error.databaseText());
            }
        };
        if (!probe.open()) {
            classify(probe.lastError());
        } else {
            QSqlQuery query(probe);
            int appId = 0, version = 0, objects = 0;
            if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
                appId = query.value(0).toInt();
            if (!query.isActive()) {
                classify(query.lastError());
            } else if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
                version = query.value(0).toInt();
                if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
                    objects = query.value(0).toInt();
                else
                    classify(query.lastError());
            } else {
                classify(query.lastError());
            }
            if (problem == Problem::None) {
                if ((appId != 0 && appId != kApplicationId) || (appId == 0 && objects > 0)) {
                    problem = Problem::NotRipen;
                    message = tr("“%1” is a database of another application, not of Ripen. Ripen did not "
                                 "change it. Open a Ripen database, or create a new one with File > New.")
                                  .arg(shown);
                } else if (version > kSchemaVersion) {
                    problem = Problem::NewerSchema;
                    message = tr("“%1” was written by a newer version of Ripen (database version %2; this "
                                 "version understands up to %3). Update Ripen to open it. The file was not "
                                 "changed.")
                                  .arg(shown)
                                  .arg(version)
                                  .arg(kSchemaVersion);
                } else if (appId == kApplicationId) {
                    // Touch every table's first and last page: a damaged file shows here and not
                    // half-way through the user's first command.
                    for (const char *table : kTables) {
                        const QString name = QString::fromLatin1(table);
                        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid LIMIT 1").arg(name))
                            || !query.exec(
                                QStringLiteral("SELECT * FROM %1 ORDER BY rowid DESC LIMIT 1").arg(name))) {
                            classify(query.lastError());
                            break;
                        }
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
    return true;
}

bool Database::configure(const Options &options)
{
    QSqlQuery query(m_db);
    const auto pragma = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        const QSqlError error = query.lastError();
        if (isCode(error, { kSqliteBusy, kSqliteLocked }))
            return fail(Problem::Locked,
                tr("“%1” is locked by another process. Close it and try again.")
                    .arg(QDir::toNativeSeparators(m_path)));
        return fail(Problem::Damaged,
            tr("Cannot set up “%1”: %2").arg(QDir::toNativeSeparators(m_path), sqlErrorText(query)));
    };
    return pragma(QStringLiteral("PRAGMA foreign_keys = ON"))
        && pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs))
        && pragma(QStringLiteral("PRAGMA journal_mode = WAL"))
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
    const auto taken = Backups::take(m_path, Backups::Reason::BeforeMigration, clock.now());
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
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        if (!applyMigration(version))
            return false;
    }
    return true;
}

bool Database::applyMigration(int version)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QStringList statements = migrationStatements(version);
    if (statements.isEmpty())
        return fail(Problem::MigrationFailed, tr("This build of Ripen lacks migration %1.").arg(version));

    Transaction tx(m_db);
    if (!tx.begin()) {
        return fail(Problem::Locked,
            tr("“%1” is busy: %2. Close other programs using it and try again.").arg(shown, tx.errorText()));
    }
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(Problem::MigrationFailed,
                tr("Upgrading “%1” to version %2 failed: %3. The database was left as it was.")
                    .arg(shown)
                    .arg(version)
                    .arg(sqlErrorText(query)));
    }
    if (version == 1 && !seedDefaults())
        return fail(Problem::MigrationFailed,
            tr("Setting up “%1” failed: %2. The database was left as it was.").arg(shown, m_message));
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return fail(
            Problem::MigrationFailed, tr("Upgrading “%1” failed: %2").arg(shown, sqlErrorText(query)));
    if (!tx.commit())
        return fail(Problem::MigrationFailed, tr("Upgrading “%1” failed: %2").arg(shown, tx.errorText()));
    return true;
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
            m_message = sqlErrorText(query);
            return false;
        }
    }
    return true;
}

} // namespace Ripen
