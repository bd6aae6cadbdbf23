// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"
#include "database.h"
#include "fulldisk.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Ripen;

namespace {

// A Ripen database with some rows in it, closed again.
void createRipenDatabase(const QString &path, int accounts = 50)
{
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    for (int i = 0; i < accounts; ++i) {
        Account account;
        account.name = QStringLiteral("Account %1 with a name long enough to fill pages").arg(i);
        account.notes = QString(200, QLatin1Char('x'));
        const auto created = pipeline.createAccount(account);
        QVERIFY2(created.ok(), qPrintable(created.error()));
    }
}

// The side files beside path: SQLite's -wal, -shm and -journal, and Ripen's lock (none after a refusal).
QStringList sideFilesOf(const QString &path)
{
    QStringList found;
    for (const char *side : { "-wal", "-shm", "-journal", ".lock" }) {
        if (QFile::exists(path + QLatin1String(side)))
            found << QLatin1String(side);
    }
    return found;
}

// A raw SQLite connection that bypasses Ripen, as another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name); }

private:
    QString m_name;
};

// A database with one deal (at a new account) in it, closed again; the deal's id, 0 on failure.
qint64 databaseWithOneDeal(const QString &path)
{
    Database db;
    if (!db.open(path))
        return 0;
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    Deal deal;
    deal.title = QStringLiteral("Fleet telematics rollout");
    deal.stageId = pipeline.stages().first().id;
    const auto created = pipeline.createDeal(deal, NewParties { QStringLiteral("Nordwind Logistics"), {} });
    return created ? *created : 0;
}

// Takes a database back to what an older version wrote (the data migrations are data only and
// need no undoing), so an upgrade from there can be tested.
bool downgradeTo(RawConnection &raw, int version)
{
    if (version < 14 && !raw.exec(QStringLiteral("DROP INDEX follow_ups_open_by_deal")))
        return false;
    if (version < 13) {
        for (const char *statement : { "DROP TRIGGER import_activity_updates_touch_delete",
                 "DROP TRIGGER import_activity_updates_follow_up_delete",
                 "DROP TABLE import_activity_updates" }) {
            if (!raw.exec(QString::fromLatin1(statement)))
                return false;
        }
    }
    if (version < 12) {
        for (const char *statement : { "DROP TABLE import_updates",
                 "ALTER TABLE imports DROP COLUMN undone_at", "DROP TRIGGER external_ids_touch_delete",
                 "DROP TRIGGER external_ids_follow_up_delete", "DROP TRIGGER external_ids_deal_delete",
                 "DROP INDEX external_ids_row", "DROP TABLE external_ids",
                 "CREATE TABLE external_ids (kind TEXT NOT NULL CHECK (kind = 'deal' OR kind = 'activity'), "
                 "external_id TEXT NOT NULL, row_id INTEGER NOT NULL, PRIMARY KEY (kind, external_id)) "
                 "WITHOUT ROWID",
                 "CREATE INDEX external_ids_row ON external_ids(kind, row_id)",
                 "CREATE TRIGGER external_ids_deal_delete AFTER DELETE ON deals BEGIN DELETE FROM "
                 "external_ids WHERE kind = 'deal' AND row_id = old.id; END" }) {
            if (!raw.exec(QString::fromLatin1(statement)))
                return false;
        }
    }
    if (version < 11) {
        for (const char *statement :
            { "DROP TRIGGER external_ids_deal_delete", "DROP INDEX deals_account_title",
                "DROP TABLE external_ids", "DROP TABLE import_rows", "DROP TABLE imports" }) {
            if (!raw.exec(QString::fromLatin1(statement)))
                return false;
        }
    }
    if (version < 10) {
        const QRegularExpression trigger(QStringLiteral("^CREATE TRIGGER (\\w+)"));
        for (const QString &statement : Database::migrationStatements(10)) {
            if (const auto found = trigger.match(statement); found.hasMatch()) {
                if (!raw.exec(QStringLiteral("DROP TRIGGER %1").arg(found.captured(1))))
                    return false;
            }
        }
        if (!raw.exec(QStringLiteral("DROP INDEX losses_review"))
            || !raw.exec(QStringLiteral("DROP INDEX losses_list"))
            || !raw.exec(QStringLiteral("CREATE INDEX losses_lost_on ON losses(lost_on, deal_id)"))
            || !raw.exec(QStringLiteral("DROP INDEX deals_won"))
            || !raw.exec(QStringLiteral("ALTER TABLE deals DROP COLUMN won_attempts"))
            || !raw.exec(QStringLiteral("ALTER TABLE deals DROP COLUMN won_nos"))
            || !raw.exec(QStringLiteral("DROP INDEX touches_deal_time"))
            || !raw.exec(QStringLiteral("CREATE INDEX touches_deal_time ON touches(deal_id, occurred_at)")))
            return false;
        for (const char *column : { "touches_after", "reengaged", "latest", "deal_status", "won_on",
                 "currency", "value_minor", "open_follow_ups" }) {
            if (!raw.exec(QStringLiteral("ALTER TABLE losses DROP COLUMN %1").arg(QLatin1String(column))))
                return false;
        }
    }
    if (version < 9) {
        if (!raw.exec(QStringLiteral("DROP TABLE losses")))
            return false;
    }
    if (version < 8) {
        for (const char *trigger :
            { "open_follow_ups_insert", "open_follow_ups_delete", "open_follow_ups_update" }) {
            if (!raw.exec(QStringLiteral("DROP TRIGGER %1").arg(QString::fromLatin1(trigger))))
                return false;
        }
        if (!raw.exec(QStringLiteral("DROP TABLE open_follow_ups_by_day")))
            return false;
    }
    if (version < 7) {
        // Migration 7 replaced texts of the CREATE TABLE statements: put each of its pairs back the
        // other way round, so the tables read as migration 1 wrote them.
        const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
        const auto unquoted = [](const QRegularExpressionMatch &match) {
            return match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
        };
        if (!raw.exec(QStringLiteral("PRAGMA writable_schema = ON")))
            return false;
        for (const QString &statement : Database::migrationStatements(7)) {
            if (!statement.startsWith(QLatin1String("UPDATE sqlite_master")))
                continue;
            QRegularExpressionMatchIterator found = literal.globalMatch(statement);
            const QString before = unquoted(found.next());
            const QString after = unquoted(found.next());
            found.next(); // 'table'
            const QString table = unquoted(found.next());
            QSqlQuery back = prepared(raw.connection(),
                QStringLiteral(
                    "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?"),
                { after, before, table });
            if (!back.exec() || back.numRowsAffected() < 1)
                return false;
        }
        if (!raw.exec(QStringLiteral("PRAGMA writable_schema = RESET")))
            return false;
    }
    if (version < 6) {
        if (!raw.exec(QStringLiteral("ALTER TABLE follow_ups DROP COLUMN skip_reason"))
            || !raw.exec(QStringLiteral("ALTER TABLE follow_ups DROP COLUMN series_until")))
            return false;
    }
    if (version < 5) {
        if (!raw.exec(QStringLiteral("DROP TABLE preferences"))
            || !raw.exec(QStringLiteral("DROP INDEX follow_ups_series"))
            || !raw.exec(QStringLiteral("ALTER TABLE follow_ups DROP COLUMN series_id")))
            return false;
    }
    if (version < 4) {
        for (const char *trigger : { "stage_totals_insert", "stage_totals_delete", "stage_totals_update" }) {
            if (!raw.exec(QStringLiteral("DROP TRIGGER %1").arg(QString::fromLatin1(trigger))))
                return false;
        }
        if (!raw.exec(QStringLiteral("DROP TABLE stage_totals")))
            return false;
    }
    if (version < 2) {
        for (const char *trigger : { "deal_search_insert", "deal_search_update", "deal_search_delete",
                 "deal_search_account", "deal_search_contact" }) {
            if (!raw.exec(QStringLiteral("DROP TRIGGER %1").arg(QString::fromLatin1(trigger))))
                return false;
        }
        if (!raw.exec(QStringLiteral("DROP TABLE deal_search")))
            return false;
    }
    return raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

// The stage_totals aggregate next to what counting the deals gives, as text to compare.
QString stageTotalsAndCount(const QSqlDatabase &db)
{
    const QString kept = scalar(db,
        QStringLiteral(
            "SELECT group_concat(line, ';') FROM (SELECT stage_id || ',' || currency || ',' || "
            "deal_count || ',' || value_minor AS line FROM stage_totals ORDER BY stage_id, currency)"))
                             .toString();
    const QString counted = scalar(db,
        QStringLiteral("SELECT group_concat(line, ';') FROM (SELECT stage_id || ',' || currency || ',' || "
                       "count(*) || ',' || sum(value_minor) AS line FROM deals GROUP BY stage_id, currency "
                       "ORDER BY stage_id, currency)"))
                                .toString();
    return kept == counted ? kept : QStringLiteral("kept %1 but counted %2").arg(kept, counted);
}

// Migration 10's kept columns that differ from what counting and the deals give, as text: empty when all
// agree.
QString lossStateMismatches(const QSqlDatabase &db)
{
    return scalar(db,
               QStringLiteral(
                   "SELECT group_concat(line, '; ') FROM (SELECT 'loss ' || id || ' kept ' || kept || ' "
                   "counted ' "
                   "|| "
                   "counted AS line FROM (SELECT l.id, l.touches_after || ',' || l.reengaged || ',' || "
                   "l.latest || "
                   "',' "
                   "|| l.deal_status || ',' || coalesce(l.won_on, '-') || ',' || l.currency || ',' || "
                   "l.value_minor "
                   "|| "
                   "',' || l.open_follow_ups AS kept, "
                   "(SELECT count(*) FROM touches p WHERE p.deal_id = l.deal_id AND p.occurred_at > "
                   "l.lost_on || "
                   "'U') "
                   "|| ',' || EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = l.deal_id "
                   "AND (CASE WHEN l.history_id IS NULL THEN h.changed_at > l.lost_on ELSE h.id > "
                   "l.history_id END) "
                   "AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost') "
                   "AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open')) "
                   "|| ',' || (l.id = (SELECT max(x.id) FROM losses x WHERE x.deal_id = l.deal_id)) "
                   "|| ',' || d.status || ',' || coalesce(CASE WHEN d.status = 'won' THEN d.won_on END, '-') "
                   "|| ',' || d.currency || ',' || d.value_minor "
                   "|| ',' || (SELECT count(*) FROM follow_ups f WHERE f.deal_id = l.deal_id AND f.done_on "
                   "IS NULL) "
                   "AS counted FROM losses l JOIN deals d ON d.id = l.deal_id) WHERE kept <> counted)"))
               .toString()
        + scalar(db,
            QStringLiteral(
                "SELECT group_concat(line, '; ') FROM (SELECT 'deal ' || id || ' kept ' || won_nos || ',' || "
                "won_attempts || ' counted ' || n || ',' || a AS line FROM (SELECT d.id, d.won_nos, "
                "d.won_attempts, "
                "CASE WHEN d.status = 'won' THEN (SELECT count(*) FROM touches t WHERE t.deal_id = d.id AND "
                "t.occurred_at < d.won_on || 'U' AND t.outcome IN ('no', 'not_now')) ELSE 0 END AS n, "
                "CASE WHEN d.status = 'won' THEN (SELECT count(*) FROM touches t WHERE t.deal_id = d.id AND "
                "t.occurred_at < d.won_on || 'U') ELSE 0 END AS a FROM deals d) "
                "WHERE won_nos <> n OR won_attempts <> a)"))
              .toString();
}

} // namespace

class TestDatabaseFile : public QObject
{
    Q_OBJECT
private slots:
    void createsFreshDatabase();
    void reopenKeepsDataAndDoesNotMigrateAgain();
    void upgradesVersionOneAndIndexesExistingDeals();
    void upgradesVersionTwoCadencesToKeys();
    void upgradesVersionThreeWithStageTotals();
    void upgradesVersionFourWithFollowUpSeries();
    void upgradesVersionFiveWithSeriesEnds();
    void upgradesVersionSixWithoutTemporaryTablesPerRow();
    void upgradesVersionSevenWithOpenFollowUpsByDay();
    void upgradesVersionElevenKeepingFileIds();
    void upgradesVersionThirteenIndexingOpenFollowUpsByDeal();
    void upgradesWithEveryLoss_data();
    void upgradesWithEveryLoss();
    void upgradeKeepsABackupFirst();
    void upgradeWithoutABackupIsRefused();
    void stageTotalsFollowEveryWrite();
    void lossStateFollowsEveryWrite();
    void splitsTriggersWhole();
    void emptyFileIsSetUp();
    void notADatabaseIsRefused();
    void foreignSqliteIsRefused();
    void damagedFileIsRefused();
    void readOnlyFileIsRefused();
    void unknownFileFormatIsNotCalledReadOnly();
    void newerSchemaIsRefused();
    void fileInUseByAnotherRipenIsRefused();
    void fileLockedBySqliteWriterIsRefused();
    void missingFileWithoutCreateIsRefused();
    void closeReleasesTheLock();
    void damagedPageInTheMiddleIsFoundBeforeAnyWrite();
    void aRollbackJournalFileIsCheckedBeforeItsSwitchToWal();
    void aSchemaSqliteCannotReadIsDamage();
    void aBlankSqliteFileThatFailsItsCheckIsNotSetUp();
    void theDaysBackupFollowsTheCheckNotTheFirstChange();
    void aLinkToTheFileIsTheSameFile();
    void anEmptyLockLeftByAKilledRipenIsTakenOver();
    void refusedWalFileKeepsItsBytesAndGetsNoSideFiles();
    void versionWithoutTablesIsRefusedUnchanged();
    void negativeVersionNamesTheFile();
    void aFullDiskIsToldAsFullNotAsDamage();
    void creatingOnAFullDiskSaysSo();
};

void TestDatabaseFile::createsFreshDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.problem(), Database::Problem::None);
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY(scalar(db.connection(), QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    for (const char *table : { "accounts", "contacts", "stages", "lost_reasons", "deals", "touches",
             "follow_ups", "stage_history" }) {
        QCOMPARE(scalar(db.connection(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                    "name = ?"),
                     { QString::fromLatin1(table) })
                     .toInt(),
            1);
    }
    // Seeded defaults: open stages, one Won and one Lost stage, and lost reasons for every meaning.
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT count(*) FROM stages WHERE kind = 'won'")).toInt(), 1);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT count(*) FROM stages WHERE kind = 'lost'")).toInt(),
        1);
    QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM stages WHERE kind = 'open'")).toInt()
        >= 3);
    // Every meaning, each by its stored key, spelled out: a seed with a misspelt key would read as no
    // meaning at all.
    QCOMPARE(scalar(db.connection(),
                 QStringLiteral("SELECT group_concat(meaning, ',') FROM (SELECT DISTINCT meaning FROM "
                                "lost_reasons ORDER BY meaning)"))
                 .toString(),
        QStringLiteral("approach,competitor,ghosted,reflex,timing,value"));
}

void TestDatabaseFile::reopenKeepsDataAndDoesNotMigrateAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.sqlite"));
    createRipenDatabase(path, 3);
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 3);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM stages")).toInt(), 7);
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
}

void TestDatabaseFile::upgradesVersionOneAndIndexesExistingDeals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    QVERIFY(databaseWithOneDeal(path));
    {
        // Take it back to what version 1 wrote: no search index, no totals, user_version 1.
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 1));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH ?"),
            { QStringLiteral("\"dwind\"") })
            .toInt(),
        1);
}

void TestDatabaseFile::upgradesVersionTwoCadencesToKeys()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const qint64 dealId = databaseWithOneDeal(path);
    QVERIFY(dealId);
    // What versions 1 and 2 wrote: the Lost dialog's word, the demo's sentences, one-offs, and text
    // nobody wrote.
    const QList<std::pair<QString, QString>> cadences {
        { QStringLiteral("re-engage"), QStringLiteral("re_engage") },
        { QStringLiteral("Not now: value touches until re-engaging"), QStringLiteral("re_engage") },
        { QStringLiteral("Ghosted: a value touch every two weeks"), QStringLiteral("ghosted") },
        { QStringLiteral("Long game: a value touch every month"), QStringLiteral("long_game") },
        { QString(), QString() },
        { QStringLiteral("ghosted"), QStringLiteral("ghosted") },
        { QStringLiteral("Weekly, until they give in"), QStringLiteral("Weekly, until they give in") },
    };
    {
        RawConnection raw(path);
        for (const auto &[old, key] : cadences)
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO follow_ups (deal_id, due_on, channel, cadence) "
                                            "VALUES (%1, '2026-12-01', 'email', '%2')")
                                 .arg(dealId)
                                 .arg(old)));
        QVERIFY(downgradeTo(raw, 2));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, cadence FROM follow_ups ORDER BY id")));
    QList<qint64> ids;
    QStringList stored;
    while (query.next()) {
        ids << query.value(0).toLongLong();
        stored << query.value(1).toString();
    }
    QStringList expected;
    for (const auto &[old, key] : cadences)
        expected << key;
    QCOMPARE(stored, expected);
    // and Ripen reads them as cadences, the unknown text as a one-off.
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    const QList<Cadence> read { Cadence::ReEngage, Cadence::ReEngage, Cadence::Ghosted, Cadence::LongGame,
        Cadence::None, Cadence::Ghosted, Cadence::None };
    for (int i = 0; i < read.size(); ++i)
        QCOMPARE(pipeline.followUp(ids.at(i))->cadence, read.at(i));
}

void TestDatabaseFile::upgradesVersionSevenWithOpenFollowUpsByDay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    const qint64 dealId = databaseWithOneDeal(path);
    QVERIFY(dealId);
    qint64 done = 0;
    {
        Database db;
        QVERIFY(db.open(path));
        FixedClock clock(Test::fixedNow());
        Pipeline pipeline(db, clock);
        FollowUp planned;
        planned.dealId = dealId;
        QList<FollowUp> plan;
        for (int day : { 20, 23, 23, 26, 26, 26 }) {
            planned.dueOn = QDate(2026, 11, day);
            plan << planned;
        }
        const auto ids = pipeline.scheduleFollowUps(plan);
        QVERIFY(ids.ok());
        done = ids->last();
        QVERIFY(pipeline.skipFollowUps({ done }, QStringLiteral("Not needed")).ok());
    }
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 7));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    // The skipped one is not open: 1 on the 20th, 2 on the 23rd, 2 on the 26th.
    QCOMPARE(scalar(db.connection(),
                 QStringLiteral("SELECT group_concat(due_on || ':' || open_count, ';') FROM "
                                "(SELECT * FROM open_follow_ups_by_day ORDER BY due_on)"))
                 .toString(),
        QStringLiteral("2026-11-20:1;2026-11-23:2;2026-11-26:2"));
    // And the triggers keep it from here.
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    QVERIFY(pipeline.reopenFollowUps({ done }).ok());
    QCOMPARE(pipeline.openFollowUpsDueBy(QDate(2026, 11, 26)), 6);
}

// Version 14 indexes the open follow-ups by deal: a card's next step is read from that index alone.
void TestDatabaseFile::upgradesVersionThirteenIndexingOpenFollowUpsByDeal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v13.sqlite"));
    const qint64 dealId = databaseWithOneDeal(path);
    QVERIFY(dealId);
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 13));
        for (const char *due : { "2026-12-01", "2026-12-08" }) {
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO follow_ups (deal_id, due_on, channel) VALUES (%1, '%2', "
                                        "'email')")
                             .arg(dealId)
                             .arg(QLatin1String(due))));
        }
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE follow_ups SET done_on = '2026-11-30' WHERE due_on = '2026-12-01'")));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c,
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                "'follow_ups_open_by_deal'"))
                 .toInt(),
        1);
    // The open one only, and the next step read through it.
    QCOMPARE(
        scalar(c,
            QStringLiteral("SELECT group_concat(due_on) FROM follow_ups INDEXED BY follow_ups_open_by_deal "
                           "WHERE deal_id = ? AND done_on IS NULL"),
            { dealId })
            .toString(),
        QStringLiteral("2026-12-08"));
}

// Version 12 keeps an activity's file id as a touch's or a follow-up's: the deals' ids stay, and each
// goes with its row.
void TestDatabaseFile::upgradesVersionElevenKeepingFileIds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.sqlite"));
    const qint64 dealId = databaseWithOneDeal(path);
    QVERIFY(dealId);
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 11));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO external_ids (kind, external_id, row_id) VALUES ('deal', 'D-1', %1)")
                .arg(dealId)));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, QStringLiteral("SELECT kind || ':' || external_id || ':' || row_id FROM external_ids"))
                 .toString(),
        QStringLiteral("deal:D-1:%1").arg(dealId));
    QSqlQuery write(c);
    QVERIFY(
        write.exec(QStringLiteral("INSERT INTO touches (deal_id, channel, occurred_at, outcome) VALUES (%1, "
                                  "'call', '2026-11-20T10:00:00', 'yes')")
                       .arg(dealId)));
    const qint64 touchId = write.lastInsertId().toLongLong();
    QVERIFY(write.exec(
        QStringLiteral("INSERT INTO external_ids (kind, external_id, row_id) VALUES ('touch', 'T-1', %1)")
            .arg(touchId)));
    QVERIFY(!write.exec(QStringLiteral(
        "INSERT INTO external_ids (kind, external_id, row_id) VALUES ('activity', 'A-1', 1)")));
    QVERIFY(write.exec(QStringLiteral("DELETE FROM touches WHERE id = %1").arg(touchId)));
    QVERIFY(write.exec(QStringLiteral("DELETE FROM deals WHERE id = %1").arg(dealId)));
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM external_ids")).toInt(), 0);
}

void TestDatabaseFile::upgradesVersionThreeWithStageTotals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        FixedClock clock(Test::fixedNow());
        Pipeline pipeline(db, clock);
        const QList<Stage> stages = pipeline.stages();
        for (int i = 0; i < 12; ++i) {
            Deal deal;
            deal.title = QStringLiteral("Deal %1").arg(i);
            deal.stageId = stages.at(i % 3).id;
            deal.value = Money { 1000 * (i + 1), i % 4 ? QStringLiteral("EUR") : QStringLiteral("USD") };
            QVERIFY(pipeline.createDeal(deal, NewParties { QStringLiteral("Account %1").arg(i), {} }).ok());
        }
    }
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 3));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    const QString totals = stageTotalsAndCount(db.connection());
    QVERIFY2(!totals.startsWith(QStringLiteral("kept")), qPrintable(totals));
    // Three stages, two currencies in each: six rows, none empty.
    QCOMPARE(totals.count(QLatin1Char(';')), 5);
}

void TestDatabaseFile::upgradesVersionFourWithFollowUpSeries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    const qint64 dealId = databaseWithOneDeal(path);
    QVERIFY(dealId);
    {
        Database db;
        QVERIFY(db.open(path));
        FixedClock clock(Test::fixedNow());
        Pipeline pipeline(db, clock);
        FollowUp planned;
        planned.dealId = dealId;
        planned.dueOn = Test::fixedNow().date().addDays(3);
        QVERIFY(pipeline.scheduleFollowUp(planned).ok());
    }
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 4));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    // The follow-up is kept, in no series; a touch's cadence steps can name theirs from now on.
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    const QList<FollowUp> before = { *pipeline.nextFollowUp(dealId) };
    QCOMPARE(before.first().seriesId, 0);
    Touch notNow;
    notNow.dealId = dealId;
    notNow.occurredAt = Test::fixedNow();
    notNow.outcome = TouchOutcome::NotNow;
    FollowUp step;
    step.dueOn = Test::fixedNow().date().addDays(20);
    step.plannedValueKind = ValueKind::Insight;
    step.plannedValue = QStringLiteral("Their market in numbers");
    QList<qint64> planned;
    const auto touch = pipeline.logTouch(notNow, TouchPlan { 0, { step, step }, true }, &planned);
    QVERIFY2(touch.ok(), qPrintable(touch.error()));
    QCOMPARE(planned.size(), 2);
    for (qint64 id : planned)
        QCOMPARE(pipeline.followUp(id)->seriesId, *touch);
}

void TestDatabaseFile::upgradesVersionFiveWithSeriesEnds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    const qint64 open = databaseWithOneDeal(path);
    QVERIFY(open);
    qint64 lost = 0;
    {
        Database db;
        QVERIFY(db.open(path));
        FixedClock clock(Test::fixedNow());
        Pipeline pipeline(db, clock);
        Deal deal;
        deal.title = QStringLiteral("Lost one");
        deal.stageId = pipeline.stages().first().id;
        deal.accountId = pipeline.deal(open)->accountId;
        lost = *pipeline.createDeal(deal);
        Touch notNow;
        notNow.occurredAt = Test::fixedNow();
        notNow.outcome = TouchOutcome::NotNow;
        FollowUp step;
        step.plannedValueKind = ValueKind::Insight;
        step.plannedValue = QStringLiteral("Their market in numbers");
        for (qint64 dealId : { open, lost }) {
            notNow.dealId = dealId;
            step.dueOn = Test::fixedNow().date().addDays(10);
            FollowUp later = step;
            later.dueOn = step.dueOn.addDays(20);
            QVERIFY(pipeline.logTouch(notNow, TouchPlan { 0, { step, later }, true }).ok());
        }
        LostInfo info;
        info.reasonId = pipeline.lostReasons().first().id;
        info.lostOn = Test::fixedNow().date();
        info.reengageOn = info.lostOn.addDays(60);
        QVERIFY(pipeline.markLost(lost, info).ok());
    }
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 5));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    // A lost deal's series leads up to its re-engage date; another ends the day after its last step.
    for (const FollowUp &step : pipeline.openFollowUpsOfDeal(lost))
        QCOMPARE(step.seriesUntil, Test::fixedNow().date().addDays(60));
    for (const FollowUp &step : pipeline.openFollowUpsOfDeal(open)) {
        QCOMPARE(step.seriesUntil, Test::fixedNow().date().addDays(31));
        QVERIFY(step.skipReason.isEmpty());
    }
}

void TestDatabaseFile::upgradesVersionSixWithoutTemporaryTablesPerRow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    const qint64 dealId = databaseWithOneDeal(path);
    QVERIFY(dealId);
    {
        Database db;
        QVERIFY(db.open(path));
        FixedClock clock(Test::fixedNow());
        Pipeline pipeline(db, clock);
        Touch touch;
        touch.dealId = dealId;
        touch.occurredAt = Test::fixedNow();
        touch.channel = Channel::LinkedIn;
        touch.outcome = TouchOutcome::NotNow;
        FollowUp step;
        step.dueOn = Test::fixedNow().date().addDays(10);
        step.plannedValueKind = ValueKind::WhitePaper;
        QVERIFY(pipeline.logTouch(touch, TouchPlan { 0, { step }, true }).ok());
    }
    const auto schema = [](const QSqlDatabase &db, const QString &type) {
        QSqlQuery query = prepared(db,
            QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = ? ORDER BY name"),
            { type });
        QStringList lines;
        for (query.exec(); query.next();)
            lines << query.value(0).toString();
        return lines;
    };
    // Every row of the tables of version 6, in the columns they had then (later migrations add some).
    QMap<QString, QString> columns;
    const auto everyRow = [&columns](const QSqlDatabase &db) {
        QStringList lines;
        for (const char *table : { "accounts", "contacts", "stages", "lost_reasons", "deals", "touches",
                 "follow_ups", "stage_history", "stage_totals", "deal_search" }) {
            const QString name = QLatin1String(table);
            if (!columns.contains(name)) {
                QSqlQuery info(db);
                info.exec(
                    QStringLiteral("SELECT group_concat(name, ', ') FROM pragma_table_info('%1')").arg(name));
                columns[name] = info.next() ? info.value(0).toString() : QString();
            }
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.value(name), name));
            while (query.next()) {
                QStringList fields { QLatin1String(table) };
                for (int i = 0; i < query.record().count(); ++i)
                    fields << query.value(i).toString();
                lines << fields.join(QLatin1Char('|'));
            }
        }
        return lines;
    };
    QStringList rows, indexes, triggers;
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 6));
        // Back to the text of version 6: the tables as migration 1 created them.
        const QStringList created = Database::migrationStatements(1);
        const auto stages = std::find_if(created.cbegin(), created.cend(),
            [](const QString &s) { return s.startsWith(QLatin1String("CREATE TABLE stages")); });
        QVERIFY(stages != created.cend());
        QCOMPARE(scalar(raw.connection(),
                     QStringLiteral("SELECT sql || ';' FROM sqlite_master WHERE name = 'stages'"))
                     .toString(),
            *stages);
        rows = everyRow(raw.connection());
        indexes = schema(raw.connection(), QStringLiteral("index"));
        triggers = schema(raw.connection(), QStringLiteral("trigger"));
        QVERIFY(rows.size() > 20);
        QVERIFY(triggers.size() >= 8);
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    const QSqlDatabase c = db.connection();
    QCOMPARE(everyRow(c), rows);
    // Migration 7 changed no index and no trigger; later ones add their own: the open follow-ups by
    // day's triggers (8), the losses table's indexes (9), the indexes and triggers that keep the
    // losses' and the won deals' counts (10), the imports' file ids (11, 12), what --update
    // overwrote (12, 13) and the open follow-ups by deal (14).
    QStringList indexesAfter = schema(c, QStringLiteral("index"));
    indexesAfter.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("losses_"))
            || line.startsWith(QLatin1String("touches_deal_time"))
            || line.startsWith(QLatin1String("deals_won"))
            || line.startsWith(QLatin1String("deals_account_title"))
            || line.startsWith(QLatin1String("external_ids"))
            || line.startsWith(QLatin1String("import_updates"))
            || line.startsWith(QLatin1String("import_activity_updates"))
            || line.startsWith(QLatin1String("follow_ups_open_by_deal"));
    });
    indexes.removeIf([](const QString &line) { return line.startsWith(QLatin1String("touches_deal_time")); });
    QCOMPARE(indexesAfter, indexes);
    QStringList triggersAfter = schema(c, QStringLiteral("trigger"));
    triggersAfter.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("open_follow_ups_")) || line.startsWith(QLatin1String("losses_"))
            || line.startsWith(QLatin1String("deals_won_")) || line.startsWith(QLatin1String("external_ids_"))
            || line.startsWith(QLatin1String("import_activity_updates_"));
    });
    QCOMPARE(triggersAfter, triggers);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // No list of three keys or more is left to build a b-tree from: writing a row opens no
    // temporary table.
    for (const QString &table : schema(c, QStringLiteral("table")))
        QVERIFY2(
            !table.contains(QRegularExpression(QStringLiteral(" IN \\([^),]*,[^),]*,"))), qPrintable(table));
    const QStringList inserts {
        QStringLiteral(
            "INSERT INTO contacts (account_id, name, role, created_at) VALUES (1, 'A', 'user', 'x')"),
        QStringLiteral("INSERT INTO deals (title, account_id, stage_id, status, created_at) VALUES ('A', 1, "
                       "1, 'open', 'x')"),
        QStringLiteral("INSERT INTO touches (deal_id, channel, occurred_at, outcome, value_kind) VALUES (1, "
                       "'call', 'x', 'yes', 'idea')"),
        QStringLiteral("INSERT INTO follow_ups (deal_id, due_on, channel, planned_value_kind) VALUES (1, "
                       "'x', 'email', 'insight')"),
        QStringLiteral("INSERT INTO stages (name, position, kind) VALUES ('A', 9, 'open')"),
        QStringLiteral("INSERT INTO lost_reasons (label, meaning, reengage_days) VALUES ('A', 'timing', 9)"),
    };
    for (const QString &insert : inserts) {
        QSqlQuery plan(c);
        QVERIFY2(plan.exec(QStringLiteral("EXPLAIN ") + insert), qPrintable(sqlErrorText(plan)));
        while (plan.next())
            QVERIFY2(plan.value(1).toString() != QLatin1String("OpenEphemeral"), qPrintable(insert));
    }
    // The constraints still hold: a value outside the list is refused, one inside it is taken.
    QSqlQuery write(c);
    QVERIFY(!write.exec(QStringLiteral(
        "INSERT INTO touches (deal_id, channel, occurred_at, outcome) VALUES (%1, 'fax', 'x', 'yes')")
                            .arg(dealId)));
    QVERIFY2(write.lastError().text().contains(QLatin1String("CHECK")), qPrintable(write.lastError().text()));
    QVERIFY(!write.exec(QStringLiteral("UPDATE deals SET status = 'pending' WHERE id = %1").arg(dealId)));
    QVERIFY(!write.exec(QStringLiteral("UPDATE follow_ups SET planned_value_kind = 'gift'")));
    QVERIFY(!write.exec(QStringLiteral("INSERT INTO contacts (account_id, name, role, created_at) SELECT "
                                       "account_id, 'A', 'boss', 'x' FROM deals")));
    QVERIFY2(write.exec(QStringLiteral("INSERT INTO touches (deal_id, channel, occurred_at, outcome) VALUES "
                                       "(%1, 'event_invite', 'x', 'yes')")
                            .arg(dealId)),
        qPrintable(sqlErrorText(write)));
}

void TestDatabaseFile::upgradesWithEveryLoss_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("from version 8") << 8;
    QTest::newRow("from version 2") << 2;
}

// Every loss the stage history shows becomes a row of losses: the last one of each deal with the deal's
// own details (lost or re-engaged since), the earlier ones with the day of their move into Lost only.
void TestDatabaseFile::upgradesWithEveryLoss()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("losses.sqlite"));
    qint64 twice = 0, once = 0, reengaged = 0, never = 0, byHand = 0, timing = 0, competitor = 0;
    {
        Database db;
        QVERIFY(db.open(path));
        FixedClock clock(QDateTime(QDate(2026, 3, 5), QTime(9, 30)));
        Pipeline pipeline(db, clock);
        const auto stage = [&](const QString &name) {
            return scalar(db.connection(), QStringLiteral("SELECT id FROM stages WHERE name = ?"), { name })
                .toLongLong();
        };
        const auto newDeal = [&](const QString &title) {
            Deal deal;
            deal.title = title;
            deal.stageId = stage(QStringLiteral("Discovery"));
            return *pipeline.createDeal(deal, NewParties { title + QStringLiteral(" Inc."), {} });
        };
        twice = newDeal(QStringLiteral("Twice"));
        once = newDeal(QStringLiteral("Once"));
        reengaged = newDeal(QStringLiteral("Re-engaged"));
        never = newDeal(QStringLiteral("Never"));
        byHand = newDeal(QStringLiteral("By hand"));
        timing = pipeline.lostReasons().at(0).id;
        competitor = pipeline.lostReasons().at(1).id;
        LostInfo lost;
        lost.lostOn = QDate(2026, 3, 2); // told three days late: the history says 2026-03-05
        lost.reasonId = timing;
        lost.note = QStringLiteral("first no");
        lost.reengageOn = QDate(2026, 6, 1);
        QVERIFY(pipeline.markLost(twice, lost).ok());
        clock.set(QDateTime(QDate(2026, 4, 1), QTime(8, 0)));
        lost.lostOn = QDate(2026, 4, 1);
        lost.note = QStringLiteral("reopened later");
        QVERIFY(pipeline.markLost(reengaged, lost).ok());
        clock.set(QDateTime(QDate(2026, 6, 2), QTime(8, 0)));
        QVERIFY(pipeline.reopen(twice, stage(QStringLiteral("Proposal"))).ok());
        QVERIFY(pipeline.reopen(reengaged, stage(QStringLiteral("Proposal"))).ok());
        clock.set(QDateTime(QDate(2026, 10, 10), QTime(8, 0)));
        lost.lostOn = QDate(2026, 10, 9);
        lost.reasonId = competitor;
        lost.competitor = QStringLiteral("Globex");
        lost.failedCommitment = FailedCommitment::Proposal;
        lost.note = QStringLiteral("once");
        lost.reengageOn = QDate(2027, 1, 9);
        QVERIFY(pipeline.markLost(once, lost).ok());
        Touch touch;
        touch.dealId = once;
        touch.occurredAt = QDateTime(QDate(2026, 10, 20), QTime(9, 0));
        QVERIFY(pipeline.logTouch(touch).ok());
        FollowUp next;
        next.dealId = once;
        next.dueOn = QDate(2026, 12, 1);
        QVERIFY(pipeline.scheduleFollowUp(next).ok());
        clock.set(QDateTime(QDate(2026, 11, 20), QTime(8, 0)));
        lost.lostOn = QDate(2026, 11, 20);
        lost.competitor = QStringLiteral("Initech");
        lost.note = QStringLiteral("second no");
        QVERIFY(pipeline.markLost(twice, lost).ok());
    }
    {
        RawConnection raw(path);
        // A lost deal without a move into Lost, as a hand-edited file may hold.
        QVERIFY(raw.exec(QStringLiteral("UPDATE deals SET status = 'lost', lost_on = '2026-01-15', "
                                        "lost_reason_id = %1, reengage_on = '2026-02-15' WHERE id = %2")
                             .arg(timing)
                             .arg(byHand)));
        QVERIFY(downgradeTo(raw, version));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT l.deal_id, l.lost_on, coalesce(l.reason_id, 0), l.failed_commitment, l.competitor, l.note, "
        "coalesce(l.reengage_on, '-'), coalesce(h.changed_at, '-') FROM losses l "
        "LEFT JOIN stage_history h ON h.id = l.history_id ORDER BY l.id")));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    // In the order they happened; the hand-made loss by its own day, which is the earliest.
    const QString t = QString::number(timing), c = QString::number(competitor);
    const QStringList expected {
        QStringLiteral("%1|2026-01-15|%2|none|||2026-02-15|-").arg(byHand).arg(t),
        QStringLiteral("%1|2026-03-05|0|none|||-|2026-03-05T09:30:00").arg(twice),
        QStringLiteral("%1|2026-04-01|%2|none||reopened later|2026-06-01|2026-04-01T08:00:00")
            .arg(reengaged)
            .arg(t),
        QStringLiteral("%1|2026-10-09|%2|proposal|Globex|once|2027-01-09|2026-10-10T08:00:00")
            .arg(once)
            .arg(c),
        QStringLiteral("%1|2026-11-20|%2|proposal|Initech|second no|2027-01-09|2026-11-20T08:00:00")
            .arg(twice)
            .arg(c),
    };
    QCOMPARE(rows, expected);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT count(*) FROM losses WHERE deal_id = ?"), { never })
            .toInt(),
        0);
    // The deals keep their columns; the newest loss is the deal's.
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    QCOMPARE(pipeline.deal(twice)->lost.competitor, QStringLiteral("Initech"));
    QCOMPARE(pipeline.deal(twice)->lastLossId, 5);
    QCOMPARE(pipeline.deal(reengaged)->status, DealStatus::Open);
    QCOMPARE(pipeline.deal(reengaged)->lastLossId, 3);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_key_check")).isNull(), true);
    // Migration 10 counted what each loss was followed by: both first losses were re-engaged, the
    // touch after "Once"'s loss counts, and so does its open follow-up.
    QCOMPARE(lossStateMismatches(db.connection()), QString());
    QCOMPARE(scalar(db.connection(),
                 QStringLiteral("SELECT group_concat(reengaged, '') FROM (SELECT reengaged "
                                "FROM losses ORDER BY id)"))
                 .toString(),
        QStringLiteral("01100"));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT touches_after FROM losses WHERE deal_id = ?"),
                 { once })
                 .toInt(),
        1);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT open_follow_ups FROM losses WHERE deal_id = ?"),
                 { once })
                 .toInt(),
        1);
}

void TestDatabaseFile::upgradeKeepsABackupFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A new file is set up with no copy: there is nothing in it to keep.
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(Backups::list(path).isEmpty());
    }
    const qint64 dealId = databaseWithOneDeal(path);
    QVERIFY(dealId);
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 11));
    }
    const int before = int(Backups::list(path).size()); // the day's copy of the first write
    FixedClock clock(Test::fixedNow().addDays(1));
    Database::Options options;
    options.clock = &clock;
    Database db;
    QVERIFY2(db.open(path, options), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QList<Backups::Entry> entries = Backups::listInspected(path);
    QCOMPARE(entries.size(), before + 1);
    const auto migration = std::find_if(entries.cbegin(), entries.cend(),
        [](const Backups::Entry &entry) { return entry.reason == Backups::Reason::BeforeMigration; });
    QVERIFY(migration != entries.cend());
    const Backups::Entry &copy = *migration;
    QCOMPARE(copy.takenAt, Test::fixedNow().addDays(1));
    QCOMPARE(copy.state, Backups::Entry::State::Good);
    QCOMPARE(copy.schemaVersion, 11); // the file as it was before the upgrade
    QCOMPARE(copy.deals, 1);
    db.close();
    // Opening it again upgrades nothing, and copies nothing.
    QVERIFY(db.open(path, options));
    QCOMPARE(Backups::list(path).size(), before + 1);
}

void TestDatabaseFile::upgradeWithoutABackupIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(databaseWithOneDeal(path));
    {
        RawConnection raw(path);
        QVERIFY(downgradeTo(raw, 11));
    }
    // A file where the backups folder should be: no copy can be made.
    QVERIFY(QDir(Backups::folderOf(path)).removeRecursively());
    {
        QFile blocker(Backups::folderOf(path));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::MigrationFailed);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("old.sqlite")), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QStringLiteral("copy")), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QStringLiteral("not changed")), qPrintable(db.errorMessage()));
    QCOMPARE(Test::fileHash(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    // With the folder back, it opens and is upgraded.
    QVERIFY(QFile::remove(Backups::folderOf(path)));
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
}

void TestDatabaseFile::stageTotalsFollowEveryWrite()
{
    Test::TestDatabase t;
    Pipeline &pipeline = t.pipeline();
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 proposal = t.stageId(QStringLiteral("Proposal"));
    const qint64 a = t.deal(QStringLiteral("A"), lead, 0, 1000);
    const qint64 b = t.deal(QStringLiteral("B"), lead, 0, 2000);
    t.deal(QStringLiteral("C"), proposal, 0, 4000);
    QCOMPARE(stageTotalsAndCount(t.connection()),
        QStringLiteral("%1,EUR,2,3000;%2,EUR,1,4000").arg(lead).arg(proposal));
    QVERIFY(pipeline.moveDeal(a, proposal).ok());
    Deal edited = *pipeline.deal(b);
    edited.value = Money { 9000, QStringLiteral("USD") };
    QVERIFY(pipeline.updateDeal(edited).ok());
    QVERIFY(pipeline.markWon(a, Money { 5000, QStringLiteral("EUR") }, Test::fixedNow().date()).ok());
    const qint64 won
        = scalar(t.connection(), QStringLiteral("SELECT id FROM stages WHERE kind = 'won'")).toLongLong();
    QCOMPARE(stageTotalsAndCount(t.connection()),
        QStringLiteral("%1,USD,1,9000;%2,EUR,1,4000;%3,EUR,1,5000").arg(lead).arg(proposal).arg(won));
    QVERIFY(prepared(t.connection(), QStringLiteral("DELETE FROM deals WHERE id = ?"), { b }).exec());
    QCOMPARE(stageTotalsAndCount(t.connection()),
        QStringLiteral("%1,EUR,1,4000;%2,EUR,1,5000").arg(proposal).arg(won));
}

void TestDatabaseFile::lossStateFollowsEveryWrite()
{
    Test::TestDatabase t;
    Pipeline &pipeline = t.pipeline();
    const QSqlDatabase db = t.connection();
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 deal = t.deal(QStringLiteral("Fleet"), lead);
    const auto kept = [&](const QString &column) {
        return scalar(db,
            QStringLiteral("SELECT %1 FROM losses WHERE deal_id = ? ORDER BY id DESC LIMIT 1").arg(column),
            { deal })
            .toInt();
    };
    const auto touchOn = [&](const QDate &day) {
        Touch touch;
        touch.dealId = deal;
        touch.occurredAt = QDateTime(day, QTime(10, 0));
        return *pipeline.logTouch(touch);
    };
    const QDate lossDay = Test::fixedNow().date().addDays(-20);
    touchOn(lossDay.addDays(-3)); // before the loss: not counted
    FollowUp next;
    next.dealId = deal;
    next.dueOn = lossDay.addDays(-1);
    const qint64 planned = *pipeline.scheduleFollowUp(next);
    LostInfo lost;
    lost.lostOn = lossDay;
    lost.reasonId = pipeline.lostReasons().first().id;
    lost.reengageOn = lossDay.addDays(30);
    QVERIFY(pipeline.markLost(deal, lost).ok());
    QCOMPARE(lossStateMismatches(db), QString());
    QCOMPARE(kept(QStringLiteral("touches_after")), 0);
    QCOMPARE(kept(QStringLiteral("reengaged")), 0);

    touchOn(lossDay); // the day of the "no" is part of the loss
    const qint64 after = touchOn(lossDay.addDays(2));
    QCOMPARE(kept(QStringLiteral("touches_after")), 1);
    Touch moved = *pipeline.touch(after);
    moved.occurredAt = QDateTime(lossDay.addDays(-5), QTime(9, 0));
    QVERIFY(pipeline.updateTouch(moved).ok());
    QCOMPARE(kept(QStringLiteral("touches_after")), 0);
    moved.occurredAt = QDateTime(lossDay.addDays(4), QTime(9, 0));
    QVERIFY(pipeline.updateTouch(moved).ok());
    QCOMPARE(kept(QStringLiteral("touches_after")), 1);
    QVERIFY(pipeline.removeTouch(after).ok());
    QCOMPARE(kept(QStringLiteral("touches_after")), 0);
    QCOMPARE(lossStateMismatches(db), QString());

    // Follow-ups done, skipped, opened again, cancelled.
    const qint64 done = touchOn(lossDay.addDays(5));
    QVERIFY(pipeline.completeFollowUp(planned, done).ok());
    QCOMPARE(lossStateMismatches(db), QString());
    QVERIFY(pipeline.removeTouch(done).ok()); // the follow-up it completed is open again
    QVERIFY(pipeline.skipFollowUps({ planned }, QStringLiteral("no longer needed")).ok());
    QCOMPARE(lossStateMismatches(db), QString());
    QVERIFY(pipeline.reopenFollowUps({ planned }).ok());
    QVERIFY(pipeline.cancelFollowUp(planned).ok());
    QCOMPARE(kept(QStringLiteral("open_follow_ups")), 0);

    // Re-engaged, then lost again: the first loss stays re-engaged, the second is new.
    FollowUp first;
    first.dueOn = Test::fixedNow().date().addDays(1);
    QVERIFY(pipeline.reengage(deal, lead, first).ok());
    QCOMPARE(kept(QStringLiteral("reengaged")), 1);
    QCOMPARE(kept(QStringLiteral("open_follow_ups")), 1);
    QCOMPARE(kept(QStringLiteral("deal_status = 'open'")), 1);
    lost.lostOn = Test::fixedNow().date();
    QVERIFY(pipeline.markLost(deal, lost).ok());
    QCOMPARE(kept(QStringLiteral("reengaged")), 0);
    QCOMPARE(kept(QStringLiteral("touches_after")), 0);
    QCOMPARE(lossStateMismatches(db), QString());
    // A re-engaging move taken back (its history row deleted, as undo may do): looked at again.
    QVERIFY(prepared(db,
        QStringLiteral("DELETE FROM stage_history WHERE deal_id = ? AND from_stage_id IN "
                       "(SELECT id FROM stages WHERE kind = 'lost') AND to_stage_id = ?"),
        { deal, lead })
                .exec());
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT sum(reengaged) FROM losses WHERE deal_id = ?"), { deal }).toInt(),
        0);
    QCOMPARE(lossStateMismatches(db), QString());
    // Won back: its "no"s and attempts up to the win day are counted, and follow its touches.
    QVERIFY(pipeline.reopen(deal, lead).ok());
    Touch no;
    no.dealId = deal;
    no.occurredAt = QDateTime(lossDay.addDays(3), QTime(15, 0));
    no.outcome = TouchOutcome::NotNow;
    const qint64 notNow = *pipeline.logTouch(no);
    QVERIFY(pipeline.markWon(deal, Money { 5000, QStringLiteral("EUR") }, Test::fixedNow().date()).ok());
    const auto won = [&] {
        return scalar(
            db, QStringLiteral("SELECT won_nos || '/' || won_attempts FROM deals WHERE id = ?"), { deal })
            .toString();
    };
    const QString atWin = won();
    QCOMPARE(atWin.section(QLatin1Char('/'), 0, 0), QStringLiteral("1"));
    QCOMPARE(lossStateMismatches(db), QString());
    Touch edited = *pipeline.touch(notNow);
    edited.outcome = TouchOutcome::Conversation;
    QVERIFY(pipeline.updateTouch(edited).ok());
    QCOMPARE(won().section(QLatin1Char('/'), 0, 0), QStringLiteral("0"));
    QVERIFY(pipeline.removeTouch(notNow).ok());
    QCOMPARE(lossStateMismatches(db), QString());
    QVERIFY(prepared(db, QStringLiteral("DELETE FROM deals WHERE id = ?"), { deal }).exec());
    QCOMPARE(lossStateMismatches(db), QString());
}

void TestDatabaseFile::splitsTriggersWhole()
{
    const QStringList statements = Database::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE t (a);\n\nCREATE TRIGGER x AFTER INSERT ON t "
        "BEGIN\n    DELETE FROM t;\n    INSERT INTO t VALUES (1);\nEND;\nDROP TABLE t;\n"));
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    QCOMPARE(statements.at(2), QStringLiteral("DROP TABLE t;"));
}

void TestDatabaseFile::emptyFileIsSetUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
}

void TestDatabaseFile::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "Call Jane at Acme on Monday.\nThis is not a database, but it is long enough to have a header.\n"
        "Padding padding padding padding padding padding padding padding padding.\n");
    file.close();
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::NotADatabase);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("notes.txt")), qPrintable(db.errorMessage()));
    QVERIFY(db.errorMessage().contains(QStringLiteral("not a database")));
    QCOMPARE(Test::fileHash(path), before);
    QVERIFY(!db.isOpen());
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabaseFile::foreignSqliteIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other-app.db"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO songs (title) VALUES ('Strawberry Fields')")));
    }
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::NotRipen);
    QVERIFY(db.errorMessage().contains(QStringLiteral("other-app.db")));
    QVERIFY(db.errorMessage().contains(QStringLiteral("another application")));
    QCOMPARE(Test::fileHash(path), before);
}

void TestDatabaseFile::damagedFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    createRipenDatabase(path, 200);
    {
        // Overwrite everything after the first page: the schema survives, the tables do not.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 3 * 4096);
        QVERIFY(file.seek(4096));
        file.write(QByteArray(int(size - 4096), char(0x5a)));
    }
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::Damaged);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("damaged")), qPrintable(db.errorMessage()));
    QVERIFY(db.errorMessage().contains(QStringLiteral("backup")));
    QCOMPARE(Test::fileHash(path), before);
}

void TestDatabaseFile::unknownFileFormatIsNotCalledReadOnly()
{
    // A header asking for a file format SQLite does not know (bytes 18 and 19 above 2): SQLite opens
    // it read-only or not at all, which is neither the user's permissions nor a full disk.
    QTemporaryDir dir;
    for (const int byte : { 18, 19 }) {
        const QString path = dir.filePath(QStringLiteral("format%1.sqlite").arg(byte));
        createRipenDatabase(path, 2);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(byte));
            QCOMPARE(file.write(QByteArray(1, char(3))), qint64(1));
        }
        const QByteArray before = Test::fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.problem(), Database::Problem::NewerSchema);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("SQLite file format 3")),
            qPrintable(db.errorMessage()));
        QVERIFY(!db.errorMessage().contains(QStringLiteral("read-only")));
        QVERIFY(!db.errorMessage().contains(QStringLiteral("chmod")));
        QCOMPARE(Test::fileHash(path), before);
        QCOMPARE(sideFilesOf(path), QStringList());
    }
}

void TestDatabaseFile::readOnlyFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    createRipenDatabase(path, 2);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::ReadOnly);
    QVERIFY(db.errorMessage().contains(QStringLiteral("read-only")));
    QVERIFY(db.errorMessage().contains(QStringLiteral("readonly.sqlite")));
    QCOMPARE(Test::fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabaseFile::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    createRipenDatabase(path, 2);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::NewerSchema);
    QVERIFY(db.errorMessage().contains(QStringLiteral("newer version")));
    QVERIFY(db.errorMessage().contains(QStringLiteral("99")));
    QCOMPARE(Test::fileHash(path), before);
}

void TestDatabaseFile::fileInUseByAnotherRipenIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database first;
    QVERIFY(first.open(path));
    Database second;
    QVERIFY(!second.open(path));
    QCOMPARE(second.problem(), Database::Problem::Locked);
    QVERIFY(second.errorMessage().contains(QStringLiteral("in use by another process")));
    // The first one is unharmed and still writable.
    QVERIFY(first.isOpen());
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(first, clock);
    Account account;
    account.name = QStringLiteral("Still works");
    QVERIFY(pipeline.createAccount(account).ok());
}

void TestDatabaseFile::fileLockedBySqliteWriterIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    createRipenDatabase(path, 2);
    RawConnection writer(path);
    // Rollback-journal mode: an exclusive writer keeps every reader out, as another program would.
    QVERIFY(writer.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    QVERIFY(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(writer.exec(QStringLiteral("UPDATE accounts SET notes = 'being edited'")));
    const QByteArray before = Test::fileHash(path);
    Database db;
    Database::Options options;
    options.busyTimeoutMs = 50;
    QVERIFY(!db.open(path, options));
    QCOMPARE(db.problem(), Database::Problem::Locked);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("locked")), qPrintable(db.errorMessage()));
    QCOMPARE(Test::fileHash(path), before);
    QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    // Once the other program is done, the same file opens.
    QVERIFY2(db.open(path, options), qPrintable(db.errorMessage()));
}

void TestDatabaseFile::missingFileWithoutCreateIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Database db;
    Database::Options options;
    options.create = false;
    QVERIFY(!db.open(path, options));
    QCOMPARE(db.problem(), Database::Problem::CannotCreate);
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseFile::closeReleasesTheLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cycle.sqlite"));
    {
        Database first;
        QVERIFY(first.open(path));
        first.close();
        Database second;
        QVERIFY2(second.open(path), qPrintable(second.errorMessage()));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

// One page in the middle of the deals' table overwritten with random bytes (found through dbstat): the
// first and last pages read fine, so the file opens, but the check of the whole file finds it before
// anything is written: the write is refused, the damage handler told, and the file keeps its bytes.
void TestDatabaseFile::damagedPageInTheMiddleIsFoundBeforeAnyWrite()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("middle.sqlite"));
    createRipenDatabase(path, 600);
    QVERIFY(Test::damageMiddlePage(path, QStringLiteral("accounts"), 5) > 1);
    const QByteArray before = Test::fileHash(path);
    {
        Database db;
        QString told;
        db.setDamageHandler([&told](const QString &message) { told = message; });
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        FixedClock clock(Test::fixedNow());
        Pipeline pipeline(db, clock);
        Account account;
        account.name = QStringLiteral("Written into a damaged file");
        const auto refused = pipeline.createAccount(account);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("damaged")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QLatin1String("middle.sqlite")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QLatin1String("backup")), qPrintable(refused.error()));
        QVERIFY2(told.startsWith(db.damage()), qPrintable(told));
        QVERIFY2(told.contains(QLatin1String("read-only")), qPrintable(told));
        QVERIFY(!db.isChecking());
    }
    QCOMPARE(Test::fileHash(path), before);
    // A healthy file passes the same check: its first write goes through.
    const QString healthy = dir.filePath(QStringLiteral("healthy.sqlite"));
    createRipenDatabase(healthy, 600);
    Database db;
    QVERIFY(db.open(healthy));
    FixedClock clock(Test::fixedNow());
    Pipeline pipeline(db, clock);
    Account account;
    account.name = QStringLiteral("Written into a sound file");
    QVERIFY(pipeline.createAccount(account).ok());
    QCOMPARE(db.damage(), QString());
}

// A current file in rollback-journal mode (a restored copy, or one another tool wrote) gets a byte of
// its header changed by the switch to write-ahead logging: the whole file is checked before, and a
// damaged one refused unchanged, with no side file.
void TestDatabaseFile::aRollbackJournalFileIsCheckedBeforeItsSwitchToWal()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.sqlite"));
    createRipenDatabase(path, 600);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QString healthy = dir.filePath(QStringLiteral("healthy.sqlite"));
    QVERIFY(QFile::copy(path, healthy));
    QVERIFY(Test::damageMiddlePage(path, QStringLiteral("accounts"), 5) > 1);
    const QByteArray before = Test::fileHash(path);
    {
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.problem(), Database::Problem::Damaged);
        QVERIFY2(db.errorMessage().contains(QLatin1String("rollback.sqlite")), qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(QLatin1String("backup")), qPrintable(db.errorMessage()));
    }
    QCOMPARE(Test::fileHash(path), before);
    QCOMPARE(sideFilesOf(path), QStringList());
    // The same file undamaged: checked at once (nothing left to check later) and switched.
    Database db;
    QVERIFY2(db.open(healthy), qPrintable(db.errorMessage()));
    QVERIFY(!db.isChecking());
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

// A schema SQLite cannot read (an index on a collation no connection has, as one flipped byte makes)
// fails SQLite's check with an error rather than a finding: damage all the same, found before a write.
// (The fuzz target found it.)
void TestDatabaseFile::aSchemaSqliteCannotReadIsDamage()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.sqlite"));
    createRipenDatabase(path, 5);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(raw.exec(QStringLiteral(
            "UPDATE sqlite_master SET sql = replace(sql, 'NOCASE', 'NKCASE') WHERE name = 'accounts_name'")));
    }
    const QByteArray before = Test::fileHash(path);
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        const auto refused = db.mayWrite();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("damaged"))
                && refused.error().contains(QLatin1String("NKCASE")),
            qPrintable(refused.error()));
    }
    QCOMPARE(Test::fileHash(path), before);
    // The same file to be upgraded is checked at once, and refused.
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 12")));
    }
    const QByteArray older = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::Damaged);
    QVERIFY2(db.errorMessage().contains(QLatin1String("NKCASE")), qPrintable(db.errorMessage()));
    QCOMPARE(Test::fileHash(path), older);
}

// An SQLite file with nothing in it yet is set up as a new pipeline; one whose bytes fail SQLite's check
// is refused unchanged instead (the fuzz target found Ripen writing its tables into one).
void TestDatabaseFile::aBlankSqliteFileThatFailsItsCheckIsNotSetUp()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE t")));
        QVERIFY(raw.exec(QStringLiteral("VACUUM")));
    }
    const QString sound = dir.filePath(QStringLiteral("sound.sqlite"));
    QVERIFY(QFile::copy(path, sound));
    {
        // Page 1's count of fragmented free bytes (its b-tree header's byte 7), made wrong.
        QFile file(path);
        QVERIFY(
            file.open(QIODevice::ReadWrite) && file.seek(107) && file.write(QByteArray(1, char(114))) == 1);
    }
    const QByteArray before = Test::fileHash(path);
    {
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.problem(), Database::Problem::Damaged);
        QVERIFY2(db.errorMessage().contains(QLatin1String("Page 1")), qPrintable(db.errorMessage()));
    }
    QCOMPARE(Test::fileHash(path), before);
    QCOMPARE(sideFilesOf(path), QStringList());
    Database db;
    QVERIFY2(db.open(sound), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
}

// The day's copy is taken on the check's thread once the check has passed, so the day's first change
// finds it there and waits for no copy of the whole file; a damaged file gets none.
void TestDatabaseFile::theDaysBackupFollowsTheCheckNotTheFirstChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daily.sqlite"));
    createRipenDatabase(path, 600);
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(path, damaged));
    const qsizetype before = Backups::list(path).size();
    FixedClock nextDay(Test::fixedNow().addDays(1));
    Database::Options options;
    options.clock = &nextDay;
    {
        Database db;
        QVERIFY2(db.open(path, options), qPrintable(db.errorMessage()));
        QVERIFY(db.mayWrite().ok()); // waits for the check, and the copy after it
        const QList<Backups::Entry> entries = Backups::list(path);
        QCOMPARE(entries.size(), before + 1);
        QCOMPARE(entries.first().reason, Backups::Reason::Daily);
        QCOMPARE(entries.first().takenAt, nextDay.now());
        Pipeline pipeline(db, nextDay);
        Account account;
        account.name = QStringLiteral("The day's first change");
        QVERIFY(pipeline.createAccount(account).ok());
        QCOMPARE(Backups::list(path).size(), before + 1);
    }
    // The copy is the file as it was before that change.
    Backups::Entry copy = Backups::list(path).first();
    Backups::inspect(copy);
    QCOMPARE(copy.state, Backups::Entry::State::Good);
    QVERIFY(Test::damageMiddlePage(damaged, QStringLiteral("accounts"), 5) > 1);
    Database db;
    QVERIFY(db.open(damaged, options));
    QVERIFY(!db.mayWrite().ok());
    QVERIFY(Backups::list(damaged).isEmpty());
}

// The lock is on the real file: a symbolic link to it, or a path through "..", is the same file, and a
// second Ripen is kept out whichever name it uses.
void TestDatabaseFile::aLinkToTheFileIsTheSameFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.sqlite"));
    createRipenDatabase(path, 1);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString link = dir.filePath(QStringLiteral("sub/link.sqlite"));
    QVERIFY(QFile::link(path, link));
    Database first;
    QVERIFY(first.open(link));
    QCOMPARE(first.realPath(), QFileInfo(path).canonicalFilePath());
    for (const QString &other : { path, dir.filePath(QStringLiteral("sub/../real.sqlite")) }) {
        Database second;
        QVERIFY(!second.open(other));
        QCOMPARE(second.problem(), Database::Problem::Locked);
    }
    first.close();
    Database second;
    QVERIFY2(second.open(path), qPrintable(second.errorMessage()));
}

// Qt writes a lock file in two steps; a Ripen killed between them leaves it empty. Once it is older than
// that moment, the next Ripen takes the file over; a fresh empty one may be being written and is
// respected.
void TestDatabaseFile::anEmptyLockLeftByAKilledRipenIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    createRipenDatabase(path, 1);
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    {
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.problem(), Database::Problem::Locked);
    }
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    lock.close();
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
}

// Another application's database in WAL mode is refused as it is: the same bytes, and no -wal or -shm
// left beside it by Ripen's look inside.
void TestDatabaseFile::refusedWalFileKeepsItsBytesAndGetsNoSideFiles()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::NotRipen);
    QCOMPARE(Test::fileHash(path), before);
    QCOMPARE(sideFilesOf(path), QStringList());
}

// An SQLite file that says version 1 but has no tables is not Ripen's: refused before anything is
// written (the journal mode in its header included), and never said to be "left as it was" after a
// change.
void TestDatabaseFile::versionWithoutTablesIsRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("versioned.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::NotRipen);
    QVERIFY2(db.errorMessage().contains(QLatin1String("versioned.sqlite")), qPrintable(db.errorMessage()));
    QCOMPARE(Test::fileHash(path), before);
    for (const char *side : { "-wal", "-shm", "-journal" })
        QVERIFY2(!QFile::exists(path + QLatin1String(side)), side);
}

void TestDatabaseFile::negativeVersionNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("negative.sqlite"));
    createRipenDatabase(path, 1);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = -3")));
    }
    const QByteArray before = Test::fileHash(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorMessage().contains(QLatin1String("negative.sqlite")), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QLatin1String("-3")), qPrintable(db.errorMessage()));
    QVERIFY2(!db.errorMessage().contains(QLatin1String("migration")), qPrintable(db.errorMessage()));
    QCOMPARE(Test::fileHash(path), before);
}

// A healthy file on a disk that has no room left: told as a full disk, with "free some space", never
// as damage to be restored from a backup; the file keeps its bytes, and opens once there is room.
void TestDatabaseFile::aFullDiskIsToldAsFullNotAsDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("healthy.sqlite"));
    createRipenDatabase(path, 20);
    const QByteArray before = Test::fileHash(path);
    Test::FullDisk disk;
    disk.fill(true);
    {
        Database db;
        const bool opened = db.open(path);
        QString message = db.errorMessage();
        if (opened) {
            // Opening wrote nothing; the first change meets the full disk.
            FixedClock clock(Test::fixedNow());
            Pipeline pipeline(db, clock);
            Account account;
            account.name = QStringLiteral("No room");
            const auto refused = pipeline.createAccount(account);
            QVERIFY(!refused.ok());
            message = refused.error();
        } else {
            QCOMPARE(db.problem(), Database::Problem::DiskFull);
        }
        QVERIFY2(message.contains(QLatin1String("full")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Free some space"))
                || message.contains(QLatin1String("free some space")),
            qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("damaged")) && !message.contains(QLatin1String("backup")),
            qPrintable(message));
    }
    QCOMPARE(Test::fileHash(path), before);
    disk.fill(false);
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
}

// A new database on a full disk: said to be a full disk (not "busy, close other programs"), and no
// half-made file left.
void TestDatabaseFile::creatingOnAFullDiskSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    Test::FullDisk disk;
    disk.fill(true);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::DiskFull);
    QVERIFY2(db.errorMessage().contains(QLatin1String("full")), qPrintable(db.errorMessage()));
    QVERIFY2(!db.errorMessage().contains(QLatin1String("busy")), qPrintable(db.errorMessage()));
    for (const char *file : { "", "-wal", "-shm", "-journal", ".lock" })
        QVERIFY2(!QFile::exists(path + QLatin1String(file)), file);
}

RIPEN_CORE_TEST_MAIN(TestDatabaseFile)
#include "tst_database.moc"
