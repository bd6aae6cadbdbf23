// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "database.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <optional>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Ripen {

namespace {

// Has SQLite ask every thousand steps of its program whether to stop, and stop when stop is true (the
// statement then fails as interrupted); nothing when stop is null.
void stopWhen(const QSqlDatabase &db, const std::atomic_bool *stop)
{
    if (!stop)
        return;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().data());
    sqlite3_progress_handler(
        handle, 1000, [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic_bool *>(stop));
}

const Backups::Reason kReasons[] = { Backups::Reason::Daily, Backups::Reason::BeforeMigration,
    Backups::Reason::BeforeImport, Backups::Reason::BeforeRestore };

// The file name's moment: local time to the second, no characters a file system might refuse.
const auto kMomentFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

// What every copy of databasePath starts with: "pipeline" for ".../pipeline.sqlite".
QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// A connection of its own, closed and removed when it goes.
class OwnConnection
{
    Q_DISABLE_COPY_MOVE(OwnConnection)
public:
    enum Mode { ReadOnly, ReadWrite };
    OwnConnection(const QString &path, Mode mode)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("ripen-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(mode == ReadOnly
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            m_error = sqlOwnText(error);
        }
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

// Writes what the file holds through to the disk; SQLite syncs a VACUUM INTO's output already on most
// settings, but a backup is worth the one call.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// A rename is durable only once the folder that holds the name is synced.
void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// Removes what an interrupted copy of databasePath left: hidden ".<name>.partial" files and their
// journals. Only one Ripen has the database open (its lock), so none of them is being written now.
void removeLeftovers(const QString &databasePath)
{
    QDir folder(Backups::folderOf(databasePath));
    const QRegularExpression partial(QLatin1String("^\\.")
        + QRegularExpression::escape(baseName(databasePath))
        + QLatin1String("-.*\\.partial(-journal|-wal|-shm)?$"));
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (partial.match(name).hasMatch() && !folder.remove(name))
            qWarning("Ripen: cannot remove the unfinished backup %s", qPrintable(folder.filePath(name)));
    }
}

} // namespace

QString Backups::folderOf(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool Backups::possibleFor(const QString &databasePath)
{
    return !databasePath.isEmpty() && databasePath != QLatin1String(":memory:")
        && !databasePath.startsWith(QLatin1String("file:"));
}

QString Backups::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return QStringLiteral("daily");
    case Reason::BeforeMigration:
        return QStringLiteral("before-migration");
    case Reason::BeforeImport:
        return QStringLiteral("before-import");
    case Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

QString Backups::reasonLabel(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return tr("Daily");
    case Reason::BeforeMigration:
        return tr("Before an upgrade");
    case Reason::BeforeImport:
        return tr("Before an import");
    case Reason::BeforeRestore:
        return tr("Before a restore");
    }
    return {};
}

Result<QString> Backups::take(
    const QString &databasePath, Reason reason, const QDateTime &now, const std::atomic_bool *stop)
{
    const auto taken = take(databasePath, QList<Reason> { reason }, now, stop);
    if (!taken)
        return Error { taken.error() };
    return taken->first();
}

Result<QStringList> Backups::take(const QString &databasePath, const QList<Reason> &reasons,
    const QDateTime &now, const std::atomic_bool *stop)
{
    Q_ASSERT(!reasons.isEmpty());
    const QString shown = QDir::toNativeSeparators(databasePath);
    if (!possibleFor(databasePath))
        return Error { tr("“%1” is not a file, so Ripen keeps no backups of it.").arg(shown) };
    const QString folderPath = folderOf(databasePath);
    const QString folderShown = QDir::toNativeSeparators(folderPath);
    if (!QDir().mkpath(folderPath))
        return Error {
            tr("Could not back up “%1”: the folder “%2” cannot be created.").arg(shown, folderShown)
        };
    const QDir folder(folderPath);
    removeLeftovers(databasePath);

    // Each reason's name, numbered after the copies already taken in this second.
    const QString moment = now.toString(kMomentFormat);
    int sequence = 1;
    for (const Entry &entry : list(databasePath)) {
        if (entry.takenAt.toString(kMomentFormat) == moment)
            sequence = std::max(sequence, entry.sequence + 1);
    }
    QStringList names;
    for (const Reason reason : reasons) {
        const QString stem
            = baseName(databasePath) + QLatin1Char('-') + moment + QLatin1Char('-') + reasonKey(reason);
        QString name;
        do {
            name = sequence == 1 ? stem + QStringLiteral(".sqlite")
                                 : stem + QStringLiteral("-%1.sqlite").arg(sequence);
            ++sequence;
        } while (QFileInfo::exists(folder.filePath(name)));
        names << name;
    }
    const auto partialOf = [&](const QString &name) {
        return folder.filePath(QLatin1Char('.') + name + QStringLiteral(".partial"));
    };

    const auto failed = [&](const QString &why) {
        for (const QString &name : std::as_const(names)) {
            QFile::remove(partialOf(name));
            QFile::remove(partialOf(name) + QStringLiteral("-journal"));
        }
        return Error { tr("Could not back up “%1” into “%2”: %3").arg(shown, folderShown, why) };
    };
    const QString partial = partialOf(names.first());
    {
        // Not opened read-only, though it only reads: SQLite's VACUUM INTO from a read-only connection
        // reads and writes every page about five times (4.5 s instead of 1.1 s for 100,000 deals).
        const OwnConnection source(databasePath, OwnConnection::ReadWrite);
        if (!source.isOpen())
            return failed(source.error());
        // Asked every thousand steps of SQLite's program whether to stop: a copy of 340 MB must not
        // hold up closing the file.
        stopWhen(source.db(), stop);
        // The file name is bound, never spliced into the statement.
        QSqlQuery vacuum = prepared(source.db(), QStringLiteral("VACUUM INTO ?"), { partial });
        if (!vacuum.exec())
            return failed(
                stop && *stop ? tr("it was stopped, as the file was closed.") : sqlErrorText(vacuum));
    }
    if (!syncFile(partial))
        return failed(tr("the copy could not be written to the disk."));
    for (qsizetype i = 1; i < names.size(); ++i) {
        const QString further = partialOf(names.at(i));
#ifdef Q_OS_UNIX
        const bool linked
            = ::link(QFile::encodeName(partial).constData(), QFile::encodeName(further).constData()) == 0;
#else
        const bool linked = false;
#endif
        if (!linked && (!QFile::copy(partial, further) || !syncFile(further)))
            return failed(tr("the copy could not be written to the disk."));
    }
    QStringList taken;
    for (const QString &name : std::as_const(names)) {
        if (!QFile::rename(partialOf(name), folder.filePath(name))) {
            for (const QString &done : std::as_const(taken))
                QFile::remove(done);
            return failed(tr("the copy could not be renamed to “%1”.").arg(name));
        }
        taken << folder.filePath(name);
    }
    syncFolder(folderPath);
    rotate(databasePath);
    return taken;
}

bool Backups::dailyTakenOn(const QString &databasePath, const QDate &day)
{
    const QList<Entry> entries = list(databasePath);
    return std::any_of(entries.cbegin(), entries.cend(),
        [&day](const Entry &entry) { return entry.reason == Reason::Daily && entry.takenAt.date() == day; });
}

QList<Backups::Entry> Backups::list(const QString &databasePath)
{
    QList<Entry> entries;
    if (!possibleFor(databasePath))
        return entries;
    const QDir folder(folderOf(databasePath));
    // Hidden files (an unfinished copy) are not listed: QDir leaves them out without QDir::Hidden.
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(baseName(databasePath))
        + QLatin1String("-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z-]+?)(?:-(\\d+))?\\.sqlite$"));
    for (const QFileInfo &info : folder.entryInfoList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        Entry entry;
        entry.takenAt = QDateTime::fromString(match.captured(1), kMomentFormat);
        const auto reason = std::find_if(std::cbegin(kReasons), std::cend(kReasons),
            [&](Reason r) { return reasonKey(r) == match.captured(2); });
        if (!entry.takenAt.isValid() || reason == std::cend(kReasons))
            continue;
        entry.reason = *reason;
        entry.sequence = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        entry.path = info.absoluteFilePath();
        entry.bytes = info.size();
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.sequence > b.sequence;
    });
    return entries;
}

void Backups::inspect(Entry &entry, const std::atomic_bool *stop)
{
    entry.state = Entry::State::Damaged;
    entry.deals = -1;
    entry.schemaVersion = 0;
    entry.problem.clear();
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.problem = tr("The backup cannot be read: %1.").arg(file.errorString());
        return;
    }
    entry.bytes = file.size();
    static const QByteArray magic("SQLite format 3\0", 16);
    // Checked before SQLite sees it: SQLite takes an empty file for an empty database.
    if (!file.read(100).startsWith(magic)) {
        entry.problem = tr("The backup is not a database file: it is damaged or incomplete.");
        return;
    }
    file.close();

    const OwnConnection backup(entry.path, OwnConnection::ReadOnly);
    if (!backup.isOpen()) {
        entry.problem = tr("The backup cannot be opened: %1.").arg(backup.error());
        return;
    }
    stopWhen(backup.db(), stop);
    QSqlQuery query(backup.db());
    query.setForwardOnly(true);
    const auto read = [&](const QString &sql) -> std::optional<QVariant> {
        if (!query.exec(sql) || !query.next()) {
            if (stop && *stop) {
                // Stopped, not found damaged: nothing is known of the copy.
                entry.state = Entry::State::Unchecked;
                entry.problem.clear();
            } else {
                entry.problem = tr("The backup is damaged: %1.").arg(sqlErrorText(query));
            }
            return std::nullopt;
        }
        return query.value(0);
    };
    const auto appId = read(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return;
    if (appId->toInt() != Database::kApplicationId) {
        entry.problem = tr("The backup is not a Ripen database.");
        return;
    }
    const auto version = read(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return;
    entry.schemaVersion = version->toInt();
    if (entry.schemaVersion > Database::kSchemaVersion) {
        entry.state = Entry::State::Newer;
        entry.problem = tr("The backup was written by a newer version of Ripen (database version %1; this "
                           "version understands up to %2).")
                            .arg(entry.schemaVersion)
                            .arg(Database::kSchemaVersion);
        return;
    }
    if (entry.schemaVersion < 1) {
        entry.problem = tr("The backup is not a Ripen database.");
        return;
    }
    // Every page of the file, as the opening check of the database itself would read it.
    const auto check = read(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return;
    if (check->toString() != QLatin1String("ok")) {
        entry.problem = tr("The backup is damaged: SQLite's check says “%1”.").arg(check->toString());
        return;
    }
    const auto deals = read(QStringLiteral("SELECT count(*) FROM deals"));
    if (!deals)
        return;
    entry.deals = deals->toLongLong();
    entry.state = Entry::State::Good;
}

QList<Backups::Entry> Backups::listInspected(const QString &databasePath)
{
    QList<Entry> entries = list(databasePath);
    for (Entry &entry : entries)
        inspect(entry);
    return entries;
}

std::optional<Backups::Entry> Backups::newestGood(const QString &databasePath, const std::atomic_bool &cancel)
{
    for (Entry entry : list(databasePath)) {
        if (cancel)
            return std::nullopt;
        inspect(entry, &cancel);
        if (entry.state == Entry::State::Good)
            return entry;
    }
    return std::nullopt;
}

int Backups::rotate(const QString &databasePath)
{
    const QList<Entry> entries = list(databasePath); // the newest first
    QSet<QString> kept;
    QSet<QDate> days;
    for (const Entry &entry : entries) {
        const QDate day = entry.takenAt.date();
        if (entry.reason != Reason::Daily || days.contains(day))
            continue;
        if (days.size() == kDailyKept)
            break;
        days.insert(day);
        kept.insert(entry.path);
    }
    // Weeks from the days before the daily copies kept: an older copy of a day kept is no week's.
    QSet<int> weeks;
    for (const Entry &entry : entries) {
        const QDate day = entry.takenAt.date();
        if (entry.reason != Reason::Daily || days.contains(day))
            continue;
        int year = 0;
        const int week = day.weekNumber(&year);
        if (weeks.contains(year * 100 + week))
            continue;
        if (weeks.size() == kWeeklyKept)
            break;
        weeks.insert(year * 100 + week);
        kept.insert(entry.path);
    }
    int events = 0;
    for (const Entry &entry : entries) {
        if (entry.reason != Reason::Daily && events++ < kEventsKept)
            kept.insert(entry.path);
    }
    int removed = 0;
    for (const Entry &entry : entries) {
        if (kept.contains(entry.path))
            continue;
        if (QFile::remove(entry.path))
            ++removed;
        else
            qWarning("Ripen: cannot remove the old backup %s", qPrintable(entry.path));
    }
    return removed;
}

Result<void> Backups::restore(const QString &databasePath, const QString &backupPath)
{
    const QString shown = QDir::toNativeSeparators(databasePath);
    const auto failed = [&](const QString &why) {
        return Error { tr("Could not restore “%1” from the backup “%2”: %3 The database was not changed.")
                           .arg(shown, QFileInfo(backupPath).fileName(), why) };
    };
    Entry backup;
    backup.path = backupPath;
    inspect(backup);
    if (backup.state != Entry::State::Good)
        return failed(backup.problem);

    // No other Ripen opens the file while it is replaced (the same lock Database takes).
    QLockFile lock(databasePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return failed(tr("The database is open in another Ripen window."));
    // SQLite would read the new file through the old file's journal: it must hold nothing.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-journal") }) {
        const QFileInfo journal(databasePath + suffix);
        if (journal.exists() && journal.size() > 0)
            return failed(tr("“%1” still holds changes that are not in the database file: another program "
                             "may have it open.")
                              .arg(QDir::toNativeSeparators(journal.filePath())));
    }

    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return failed(tr("The backup cannot be read: %1.").arg(in.errorString()));
    // Written beside the file under a temporary name, synced, and renamed over it on commit().
    QSaveFile out(databasePath);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return failed(tr("The copy cannot be written beside it: %1.").arg(out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(qint64(1) << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return failed(tr("The backup cannot be read: %1.").arg(in.errorString()));
        }
        if (out.write(chunk) != chunk.size()) {
            const QString why = out.errorString();
            out.cancelWriting();
            return failed(tr("Writing the copy failed: %1.").arg(why));
        }
    }
    // The old file is closed, so its side files hold nothing; they go before the new file takes the name.
    for (const QString &suffix :
        { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        QFile side(databasePath + suffix);
        if (side.exists() && !side.remove()) {
            out.cancelWriting();
            return failed(tr("“%1” cannot be removed: %2.")
                              .arg(QDir::toNativeSeparators(side.fileName()), side.errorString()));
        }
    }
    if (!out.commit())
        return failed(tr("Replacing the file failed: %1.").arg(out.errorString()));
    syncFolder(QFileInfo(databasePath).absolutePath());
    return {};
}

} // namespace Ripen
