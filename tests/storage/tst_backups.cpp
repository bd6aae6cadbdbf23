// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"
#include "database.h"
#include "io/importplan.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <csignal>
#include <sys/resource.h>

using namespace Ripen;
using Ripen::Test::TestDatabase;

namespace {

// Every file in the backups folder, hidden ones (an unfinished copy) included.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QList<QDate> daysOf(const QList<Backups::Entry> &entries)
{
    QList<QDate> days;
    for (const Backups::Entry &entry : entries)
        days << entry.takenAt.date();
    return days;
}

void write(TestDatabase &t, const QString &name = QStringLiteral("Acme GmbH"))
{
    Account account;
    account.name = name;
    const auto created = t.pipeline().createAccount(account);
    QVERIFY2(created.ok(), qPrintable(created.error()));
}

// Pages enough that a copy is well over 64 KiB.
void fill(TestDatabase &t, int accounts)
{
    for (int i = 0; i < accounts; ++i) {
        Account account;
        account.name = QStringLiteral("Account %1").arg(i);
        account.notes = QString(400, QLatin1Char('x'));
        QVERIFY(t.pipeline().createAccount(account).ok());
    }
}

const QByteArray kDeals = "Deal Name,Deal Stage,Amount,Associated Company\n"
                          "Fleet renewal,Appointment Scheduled,12500,Acme\n"
                          "Dock doors,Appointment Scheduled,1200,Globex\n";

// While it lives, no file of this process may grow past limit bytes: a write beyond fails as on a
// full disk (EFBIG), with no mount needed. SIGXFSZ, which would end the process, is ignored meanwhile.
class FileSizeLimit
{
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
public:
    explicit FileSizeLimit(rlim_t limit)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_old;
        limited.rlim_cur = limit;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_old {};
    void (*m_handler)(int) = nullptr;
};

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void firstWriteOfTheDayTakesOneBackup();
    void dailyBackupIsRememberedAcrossRestarts();
    void backupIsACompleteCopyThatOpensWithoutSideFiles();
    void rotationKeepsSevenDailyAndFourWeekly();
    void rotationKeepsTheNewestCopiesBeforeImports();
    void failedBackupLeavesNoFileThatLooksLikeOne();
    void interruptedBackupIsNotListedAndIsCleanedUp();
    void aCopyStoppedByClosingLeavesNothing();
    void aStoppedCheckOfACopyIsUncheckedNotDamaged();
    void failedBackupDoesNotStopTheWrite();
    void listingCountsDeals();
    void damagedBackupIsListedAsDamaged();
    void importLeavesABackupAndADryRunNone();
    void noBackupsWhenTurnedOff();
    void restoreReplacesTheClosedFile();
    void restoreRefusesADamagedBackupAndKeepsTheFile();
    void restoreRefusesAnOpenDatabase();
};

void TestBackups::firstWriteOfTheDayTakesOneBackup()
{
    TestDatabase t;
    QSignalSpy taken(&t.pipeline(), &Pipeline::backupTaken);
    QVERIFY(Backups::list(t.path()).isEmpty()); // opening a new file copies nothing
    write(t, QStringLiteral("First"));
    QList<Backups::Entry> entries = Backups::list(t.path());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().reason, Backups::Reason::Daily);
    QCOMPARE(entries.first().takenAt, Test::fixedNow());
    QCOMPARE(
        QFileInfo(entries.first().path).fileName(), QStringLiteral("test-2026-11-23-100000-daily.sqlite"));
    QCOMPARE(QFileInfo(entries.first().path).absolutePath(),
        QDir(t.dirPath()).filePath(QStringLiteral("backups")));
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().first().toString(), entries.first().path);
    // The copy is the file as it was before the day's first write.
    Backups::inspect(entries.first());
    QCOMPARE(entries.first().state, Backups::Entry::State::Good);

    // More writes that day, later in the day: no more copies.
    t.clock().set(Test::fixedNow().addSecs(3600 * 8));
    write(t, QStringLiteral("Second"));
    write(t, QStringLiteral("Third"));
    QCOMPARE(Backups::list(t.path()).size(), 1);

    // The next day's first write, just after midnight, takes the next one.
    t.clock().set(QDateTime(QDate(2026, 11, 24), QTime(0, 0, 1)));
    write(t, QStringLiteral("Fourth"));
    entries = Backups::list(t.path());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().takenAt, QDateTime(QDate(2026, 11, 24), QTime(0, 0, 1)));
    QCOMPARE(taken.size(), 2);
}

void TestBackups::dailyBackupIsRememberedAcrossRestarts()
{
    TestDatabase t;
    write(t);
    QCOMPARE(Backups::list(t.path()).size(), 1);
    // Another run on the same day (a new Pipeline on the file): the folder says a copy exists.
    FixedClock later(Test::fixedNow().addSecs(3600));
    Pipeline restarted(t.database(), later);
    QSignalSpy taken(&restarted, &Pipeline::backupTaken);
    Account account;
    account.name = QStringLiteral("After the restart");
    QVERIFY(restarted.createAccount(account).ok());
    QCOMPARE(taken.size(), 0);
    QCOMPARE(Backups::list(t.path()).size(), 1);
}

void TestBackups::backupIsACompleteCopyThatOpensWithoutSideFiles()
{
    TestDatabase t;
    fill(t, 20);
    t.clock().advanceDays(1);
    write(t, QStringLiteral("Not in the copy"));
    const QList<Backups::Entry> entries = Backups::list(t.path());
    QCOMPARE(entries.size(), 2);
    const QString copy = entries.first().path;
    {
        const QString name = QStringLiteral("check-copy");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        // Everything committed before the day's first write, nothing of it (the log included: the
        // window's connection never checkpointed).
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 20);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
        // Rollback-journal mode: reading it read-only leaves no -wal or -shm in the folder.
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QCOMPARE(filesIn(Backups::folderOf(t.path())).size(), 2);
}

void TestBackups::rotationKeepsSevenDailyAndFourWeekly()
{
    // 60 days of work, from Monday 2026-11-23 to Thursday 2027-01-21, across a year with 53 ISO weeks.
    TestDatabase t;
    for (int day = 0; day < 60; ++day) {
        write(t, QStringLiteral("Day %1").arg(day));
        t.clock().advanceDays(1);
    }
    const QList<Backups::Entry> entries = Backups::list(t.path());
    QCOMPARE(entries.size(), Backups::kDailyKept + Backups::kWeeklyKept);
    QCOMPARE(filesIn(Backups::folderOf(t.path())).size(), 11);
    const QList<QDate> expected {
        // daily: the 7 newest days
        QDate(2027, 1, 21), QDate(2027, 1, 20), QDate(2027, 1, 19), QDate(2027, 1, 18), QDate(2027, 1, 17),
        QDate(2027, 1, 16), QDate(2027, 1, 15),
        // weekly: the newest day of each of the 4 weeks before, the daily copies' own days left out
        QDate(2027, 1, 14), // Thursday, week 2 of 2027 (its Friday to Sunday are daily copies)
        QDate(2027, 1, 10), // Sunday, week 1 of 2027
        QDate(2027, 1, 3), // Sunday, week 53 of 2026
        QDate(2026, 12, 27), // Sunday, week 52 of 2026
    };
    QCOMPARE(daysOf(entries), expected);
    // One per ISO week among the weekly ones.
    QSet<int> weeks;
    for (int i = Backups::kDailyKept; i < entries.size(); ++i) {
        int year = 0;
        const int week = entries.at(i).takenAt.date().weekNumber(&year);
        QVERIFY(!weeks.contains(year * 100 + week));
        weeks.insert(year * 100 + week);
    }
    // A quiet month keeps them all: days without copies do not count.
    t.clock().advanceDays(30);
    QCOMPARE(Backups::rotate(t.path()), 0);
    QCOMPARE(Backups::list(t.path()).size(), 11);
}

void TestBackups::rotationKeepsTheNewestCopiesBeforeImports()
{
    TestDatabase t;
    // An import on each of the first 5 days, then 35 days of plain work.
    for (int day = 0; day < 40; ++day) {
        if (day < 5)
            QVERIFY(Backups::take(t.path(), Backups::Reason::BeforeImport, t.clock().now()));
        write(t, QStringLiteral("Day %1").arg(day));
        t.clock().advanceDays(1);
    }
    const QList<Backups::Entry> entries = Backups::list(t.path());
    QList<QDate> importDays;
    for (const Backups::Entry &entry : entries) {
        if (entry.reason == Backups::Reason::BeforeImport)
            importDays << entry.takenAt.date();
    }
    // The 3 newest copies before an import stay, however old; the daily copies follow their own rule.
    QCOMPARE(importDays.size(), Backups::kEventsKept);
    QCOMPARE(importDays, (QList<QDate> { QDate(2026, 11, 27), QDate(2026, 11, 26), QDate(2026, 11, 25) }));
    QCOMPARE(entries.size(), Backups::kDailyKept + Backups::kWeeklyKept + Backups::kEventsKept);
}

void TestBackups::failedBackupLeavesNoFileThatLooksLikeOne()
{
    TestDatabase t;
    fill(t, 300);
    const QString folder = Backups::folderOf(t.path());
    const QStringList before = filesIn(folder); // the day's copy, of the new file
    QCOMPARE(before.size(), 1);
    Result<QString> taken = Error {};
    {
        // The copy fails part-way through writing, as on a full disk.
        const FileSizeLimit limit(64 * 1024);
        taken = Backups::take(t.path(), Backups::Reason::BeforeImport, t.clock().now());
    }
    QVERIFY(!taken);
    QVERIFY2(taken.error().contains(QStringLiteral("test.sqlite")), qPrintable(taken.error()));
    QVERIFY2(taken.error().contains(QDir::toNativeSeparators(folder)), qPrintable(taken.error()));
    QCOMPARE(Backups::list(t.path()).size(), 1);
    QCOMPARE(filesIn(folder), before);
    // With room again, the same copy works.
    QVERIFY(Backups::take(t.path(), Backups::Reason::BeforeImport, t.clock().now()));
    QCOMPARE(Backups::list(t.path()).size(), 2);
}

// The day's copy runs on the whole-file check's thread; closing the file stops it in the middle of
// SQLite's VACUUM INTO (a copy of 340 MB must not hold up quitting), and nothing of it is left.
void TestBackups::aCopyStoppedByClosingLeavesNothing()
{
    TestDatabase t;
    fill(t, 300);
    const QString folder = Backups::folderOf(t.path());
    const QStringList before = filesIn(folder);
    const std::atomic_bool stop { true };
    const auto taken = Backups::take(t.path(), Backups::Reason::Daily, t.clock().now().addDays(1), &stop);
    QVERIFY(!taken);
    QVERIFY2(taken.error().contains(QLatin1String("stopped")), qPrintable(taken.error()));
    QCOMPARE(filesIn(folder), before);
    const std::atomic_bool goOn { false };
    QVERIFY(Backups::take(t.path(), Backups::Reason::Daily, t.clock().now().addDays(1), &goOn));
    QCOMPARE(filesIn(folder).size(), before.size() + 1);
}

void TestBackups::aStoppedCheckOfACopyIsUncheckedNotDamaged()
{
    // Closing the Restore dialog or the file stops the check of a copy under way (a whole read of it):
    // what it says of the copy then is nothing, never that it is damaged.
    TestDatabase t;
    fill(t, 300);
    QVERIFY(t.deal(QStringLiteral("Counted"), t.stageId(QStringLiteral("Lead in"))));
    const auto taken = Backups::take(t.path(), Backups::Reason::Daily, t.clock().now().addDays(1));
    QVERIFY(taken);
    Backups::Entry entry = Backups::list(t.path()).first();
    const std::atomic_bool stop { true };
    Backups::inspect(entry, &stop);
    QCOMPARE(entry.state, Backups::Entry::State::Unchecked);
    QVERIFY2(entry.problem.isEmpty(), qPrintable(entry.problem));
    QCOMPARE(entry.deals, -1);
    QVERIFY(!Backups::newestGood(t.path(), stop));
    const std::atomic_bool goOn { false };
    Backups::inspect(entry, &goOn);
    QCOMPARE(entry.state, Backups::Entry::State::Good);
    QCOMPARE(entry.deals, 1);
    QCOMPARE(Backups::newestGood(t.path(), goOn)->path, entry.path);
}

void TestBackups::interruptedBackupIsNotListedAndIsCleanedUp()
{
    TestDatabase t;
    fill(t, 50);
    const auto first = Backups::take(t.path(), Backups::Reason::Daily, t.clock().now());
    QVERIFY(first);
    // What a copy killed half-way leaves: its temporary name with half the bytes.
    const QString folder = Backups::folderOf(t.path());
    const QString partial
        = QDir(folder).filePath(QStringLiteral(".test-2026-11-24-100000-daily.sqlite.partial"));
    {
        QFile whole(*first);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile half(partial);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(whole.read(whole.size() / 2));
    }
    const QList<Backups::Entry> listed = Backups::list(t.path());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().path, *first);
    QVERIFY(!Backups::dailyTakenOn(t.path(), QDate(2026, 11, 24)));
    // The next copy removes it.
    t.clock().advanceDays(1);
    write(t);
    QVERIFY(!QFile::exists(partial));
    QCOMPARE(Backups::list(t.path()).size(), 2);
    QCOMPARE(filesIn(folder).size(), 2);
}

void TestBackups::failedBackupDoesNotStopTheWrite()
{
    TestDatabase t;
    // A file where the folder should be: the copy cannot be made.
    {
        QFile blocker(Backups::folderOf(t.path()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    QSignalSpy failed(&t.pipeline(), &Pipeline::backupFailed);
    QSignalSpy taken(&t.pipeline(), &Pipeline::backupTaken);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not back up")));
    write(t, QStringLiteral("Kept anyway"));
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 1);
    QCOMPARE(taken.size(), 0);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("test.sqlite")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(Backups::folderOf(t.path()))), qPrintable(message));
    // Not tried again before every command that day.
    write(t, QStringLiteral("Second"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 2);
}

void TestBackups::listingCountsDeals()
{
    TestDatabase t;
    t.deal(QStringLiteral("One"));
    t.deal(QStringLiteral("Two"));
    t.deal(QStringLiteral("Three"));
    t.clock().advanceDays(1);
    t.deal(QStringLiteral("Four")); // the copy of the 24th has the first three
    t.deal(QStringLiteral("Five"));
    t.clock().advanceDays(1);
    t.deal(QStringLiteral("Six")); // the copy of the 25th has five
    const QList<Backups::Entry> entries = Backups::listInspected(t.path());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(
        daysOf(entries), (QList<QDate> { QDate(2026, 11, 25), QDate(2026, 11, 24), QDate(2026, 11, 23) }));
    QCOMPARE(entries.at(0).deals, 5);
    QCOMPARE(entries.at(1).deals, 3);
    QCOMPARE(entries.at(2).deals, 0);
    for (const Backups::Entry &entry : entries) {
        QCOMPARE(entry.state, Backups::Entry::State::Good);
        QCOMPARE(entry.schemaVersion, Database::kSchemaVersion);
        QVERIFY(entry.bytes > 0);
        QCOMPARE(entry.bytes, QFileInfo(entry.path).size());
        QVERIFY(entry.problem.isEmpty());
    }
    // Listing opened every copy read-only and left nothing beside them.
    QCOMPARE(filesIn(Backups::folderOf(t.path())).size(), 3);
}

void TestBackups::damagedBackupIsListedAsDamaged()
{
    TestDatabase t;
    fill(t, 200);
    for (int day = 0; day < 3; ++day) {
        t.clock().advanceDays(1);
        write(t, QStringLiteral("Day %1").arg(day));
    }
    QList<Backups::Entry> entries = Backups::list(t.path());
    QCOMPARE(entries.size(), 4); // the first day's copy is of the new file, before fill()
    {
        // The newest: random bytes over pages in the middle.
        QFile file(entries.at(0).path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16 * 4096);
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        QByteArray noise(3 * 4096, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        file.write(noise);
    }
    {
        // The next: cut off half-way.
        QFile file(entries.at(1).path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }
    entries = Backups::listInspected(t.path());
    QCOMPARE(entries.size(), 4); // listed, not hidden
    QCOMPARE(entries.at(0).state, Backups::Entry::State::Damaged);
    QVERIFY2(entries.at(0).problem.contains(QStringLiteral("damaged")), qPrintable(entries.at(0).problem));
    QCOMPARE(entries.at(0).deals, -1);
    QCOMPARE(entries.at(1).state, Backups::Entry::State::Damaged);
    QVERIFY(!entries.at(1).problem.isEmpty());
    QCOMPARE(entries.at(2).state, Backups::Entry::State::Good);
    QCOMPARE(entries.at(2).deals, 0);

    // A file that only has the name of one.
    QFile stray(
        QDir(Backups::folderOf(t.path())).filePath(QStringLiteral("test-2026-11-20-090000-daily.sqlite")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("not a database");
    stray.close();
    entries = Backups::listInspected(t.path());
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.last().state, Backups::Entry::State::Damaged);
    QVERIFY(entries.last().problem.contains(QStringLiteral("not a database file")));
}

void TestBackups::importLeavesABackupAndADryRunNone()
{
    TestDatabase t;
    write(t); // the day's copy is taken
    QCOMPARE(Backups::list(t.path()).size(), 1);
    t.clock().set(Test::fixedNow().addSecs(60));
    const auto dry = t.pipeline().importDeals(
        Test::dealsPlanOf(kDeals, t.clock().today()), QStringLiteral("deals.csv"), true);
    QVERIFY2(dry.ok(), qPrintable(dry.error()));
    QCOMPARE(Backups::list(t.path()).size(), 1);
    const auto imported
        = t.pipeline().importDeals(Test::dealsPlanOf(kDeals, t.clock().today()), QStringLiteral("deals.csv"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->imported, 2);
    QList<Backups::Entry> entries = Backups::listInspected(t.path());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().reason, Backups::Reason::BeforeImport);
    QCOMPARE(entries.first().takenAt, Test::fixedNow().addSecs(60));
    QCOMPARE(entries.first().deals, 0); // the file as it was before the import
    // Each import its own copy, even in the same second.
    QVERIFY(t.pipeline()
                .importDeals(Test::dealsPlanOf(kDeals, t.clock().today()), QStringLiteral("deals.csv"))
                .ok());
    entries = Backups::listInspected(t.path());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(QFileInfo(entries.first().path).fileName(),
        QStringLiteral("test-2026-11-23-100100-before-import-2.sqlite"));
    QCOMPARE(entries.first().deals, 2);

    // An import as the day's first write: one copy, as the day's and the import's.
    t.clock().advanceDays(1);
    QVERIFY(t.pipeline()
                .importDeals(Test::dealsPlanOf(kDeals, t.clock().today()), QStringLiteral("deals.csv"))
                .ok());
    entries = Backups::listInspected(t.path());
    QCOMPARE(entries.size(), 5);
    QCOMPARE(QFileInfo(entries.at(0).path).fileName(),
        QStringLiteral("test-2026-11-24-100100-before-import-2.sqlite"));
    QCOMPARE(QFileInfo(entries.at(1).path).fileName(), QStringLiteral("test-2026-11-24-100100-daily.sqlite"));
    QCOMPARE(entries.at(0).deals, 2); // the same file again added nothing
    QCOMPARE(entries.at(1).deals, 2);
    QCOMPARE(Test::fileHash(entries.at(0).path), Test::fileHash(entries.at(1).path));
}

void TestBackups::noBackupsWhenTurnedOff()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    Database database;
    Database::Options options;
    options.backups = false;
    QVERIFY(database.open(path, options));
    QVERIFY(!database.backupsEnabled());
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(database, clock);
    Account account;
    account.name = QStringLiteral("Demo");
    QVERIFY(pipeline.createAccount(account).ok());
    QVERIFY(!QFileInfo::exists(Backups::folderOf(path)));

    Database memory;
    QVERIFY(memory.open(QStringLiteral(":memory:")));
    QVERIFY(!memory.backupsEnabled());
}

void TestBackups::restoreReplacesTheClosedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipeline.sqlite"));
    QString copy;
    {
        Database database;
        QVERIFY(database.open(path));
        FixedClock clock(Test::fixedNow());
        Pipeline pipeline(database, clock);
        const qint64 stage = pipeline.stages().first().id;
        for (const char *title : { "Kept one", "Kept two" }) {
            Deal deal;
            deal.title = QString::fromLatin1(title);
            deal.stageId = stage;
            QVERIFY(pipeline.createDeal(deal, NewParties { QStringLiteral("Acme"), {} }));
        }
        const auto taken = Backups::take(path, Backups::Reason::BeforeImport, clock.now());
        QVERIFY(taken);
        copy = *taken;
        Deal later;
        later.title = QStringLiteral("After the copy");
        later.stageId = stage;
        QVERIFY(pipeline.createDeal(later, NewParties { QStringLiteral("Globex"), {} }));
    }
    // The user's own permissions on the file stay.
    const QFile::Permissions mine = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QVERIFY(QFile::setPermissions(path, mine));
    const auto restored = Backups::restore(path, copy);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(QFile::permissions(path), mine);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
    QCOMPARE(scalar(database.connection(),
                 QStringLiteral("SELECT group_concat(title, ',') FROM (SELECT title "
                                "FROM deals ORDER BY title)"))
                 .toString(),
        QStringLiteral("Kept one,Kept two"));
    // The copy itself is still there, unchanged in name.
    QVERIFY(QFileInfo::exists(copy));
}

void TestBackups::restoreRefusesADamagedBackupAndKeepsTheFile()
{
    TestDatabase t;
    fill(t, 100);
    const auto taken = Backups::take(t.path(), Backups::Reason::Daily, t.clock().now());
    QVERIFY(taken);
    {
        QFile file(*taken);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 3));
    }
    const QString path = t.path();
    t.database().close();
    const QByteArray before = Test::fileHash(path);
    const auto restored = Backups::restore(path, *taken);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(QStringLiteral("test.sqlite")), qPrintable(restored.error()));
    QVERIFY2(restored.error().contains(QStringLiteral("was not changed")), qPrintable(restored.error()));
    QCOMPARE(Test::fileHash(path), before);
}

void TestBackups::restoreRefusesAnOpenDatabase()
{
    TestDatabase t;
    write(t);
    const QList<Backups::Entry> entries = Backups::list(t.path());
    QCOMPARE(entries.size(), 1);
    write(t, QStringLiteral("Another"));
    const auto restored = Backups::restore(t.path(), entries.first().path);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(QStringLiteral("open in another Ripen window")),
        qPrintable(restored.error()));
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 2);
}

RIPEN_CORE_TEST_MAIN(TestBackups)
#include "tst_backups.moc"
