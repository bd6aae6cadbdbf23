// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importplan.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Ripen;
using Ripen::Test::TestDatabase;

namespace {

// A HubSpot deals export as HubSpot writes it: the stage column holds outcomes too, one close date.
const QByteArray kHubSpot = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company,"
                            "Associated Contact,Closed Lost Reason\n"
                            "101,Fleet renewal,Closed Won,\"$12,500.00\",2026-10-03,2026-06-01,Acme,Jo Ma,\n"
                            "102,Scanners,closed lost,900,2026-11-20,2026-09-01,Globex,,Budget\n"
                            "103,Dock doors,Appointment Scheduled,\"1,200.50\",,,,,\n"
                            "104,Ramp,Closed Lost,50,2026-11-02,2026-10-01,Acme,,\n";

// A Pipedrive activities export: done and planned activities, by deal and by account only.
const QByteArray kActivities
    = "Activity - ID;Activity - Type;Activity - Due date;Activity - Done;Activity - Deal;Activity - Deal ID;"
      "Activity - Organization;Activity - Contact person;Activity - Note\n"
      "a1;Call;2026-10-05 09:30;Done;Fleet renewal;101;Acme;Jo Ma;Spoke about the rollout\n"
      "a2;Email;2026-10-07;Done;;101;;;Sent the case study\n"
      "a3;Meeting;2026-12-02;To do;Scanners;;Globex;;Demo on site\n"
      "a4;Task;2026-11-01;Done;;;Initech;;First call\n"
      "a5;Call;2026-11-03;Done;Nowhere deal;;;;\n"
      "a6;Lunch;2026-11-05;Done;;;Initech;;\n";

ImportPlan::Activities activitiesOf(const QByteArray &csv, const QDate &today)
{
    const CsvReader::Table table = CsvReader::read(csv);
    const ImportMapping::Preset *preset
        = ImportMapping::detectPreset(table.header, ImportMapping::Kind::Activities);
    ImportPlan::Options options;
    options.today = today;
    return ImportPlan::activities(
        table, ImportMapping::guess(table.header, ImportMapping::Kind::Activities, preset), options);
}

QString text(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return scalar(db, sql, values).toString();
}

// Every row of the tables a user's data lives in, and of those kept from it, as text.
QStringList everyRow(const QSqlDatabase &db)
{
    QStringList rows;
    for (const char *table :
        { "accounts", "contacts", "deals", "stages", "lost_reasons", "touches", "follow_ups", "stage_history",
            "losses", "external_ids", "stage_totals", "open_follow_ups_by_day" }) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
            return { q.lastError().text() };
        while (q.next()) {
            QStringList fields { QLatin1String(table) };
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

class TestImportWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesDealsAsTheyHappened();
    void secondImportAddsNothing();
    void matchesOnTitleAccountAndDayWithoutIds();
    void dryRunWritesNothing();
    void aFailingRowLeavesTheFileAsItWas();
    void activitiesGoToTheirDeals();
    void activitiesImportedTwiceAddNothing();
    void aDeletedTouchTakesItsFileId();
    void undoTakesAnImportBackWhole();
    void updatingWithTheSameFileAgainUpdatesNothing();
    void undoTakesActivitiesOffDealsThatStay();
    void updatedActivitiesAreGivenBack();
    void progressIsToldAndMayCancel();
};

void TestImportWriter::writesDealsAsTheyHappened()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 stagesBefore = t.countRows(QStringLiteral("stages"));
    const auto summary
        = p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("hubspot.csv"));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->rowsRead, 4);
    QCOMPARE(summary->imported, 4);
    QCOMPARE(summary->present, 0);
    QCOMPARE(summary->createdToday, 1);
    QCOMPARE(summary->withoutAccount, 1);
    QCOMPARE(summary->lostWithoutReason, 1);
    QCOMPARE(summary->accounts,
        (QStringList { QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("No account") }));
    QCOMPARE(summary->contacts, QStringList { QStringLiteral("Jo Ma") });
    QCOMPARE(summary->stages, QStringList { QStringLiteral("Appointment Scheduled") });
    QCOMPARE(
        summary->lostReasons, (QStringList { QStringLiteral("Budget"), QStringLiteral("Not recorded") }));
    QCOMPARE(t.countRows(QStringLiteral("stages")), stagesBefore + 1);
    const QSqlDatabase db = t.connection();

    // Won: created in the first open stage on its day, won from there on its close date.
    const qint64 fleet
        = scalar(db, QStringLiteral("SELECT id FROM deals WHERE title = 'Fleet renewal'")).toLongLong();
    const Deal won = *p.deal(fleet);
    QCOMPARE(won.status, DealStatus::Won);
    QCOMPARE(won.wonOn, QDate(2026, 10, 3));
    QCOMPARE(won.value, (Money { 1250000, QStringLiteral("USD") }));
    QCOMPARE(won.createdAt.date(), QDate(2026, 6, 1));
    QCOMPARE(
        text(db,
            QStringLiteral(
                "SELECT group_concat(coalesce(f.name, '-') || '>' || s.name || '@' || substr(h.changed_at, "
                "1, 10), ' ') FROM (SELECT * FROM stage_history WHERE deal_id = ? ORDER BY id) h "
                "LEFT JOIN stages f ON f.id = h.from_stage_id JOIN stages s ON s.id = h.to_stage_id"),
            { fleet }),
        text(db,
            QStringLiteral(
                "SELECT '->' || (SELECT name FROM stages WHERE kind = 'open' ORDER BY position LIMIT 1) || "
                "'@2026-06-01 ' || (SELECT name FROM stages WHERE kind = 'open' ORDER BY position LIMIT 1) "
                "|| '>' || (SELECT name FROM stages WHERE kind = 'won') || '@2026-10-03'")));
    QCOMPARE(won.contactId,
        scalar(db, QStringLiteral("SELECT id FROM contacts WHERE name = 'Jo Ma'")).toLongLong());

    // Lost: its reason created (a reflex "no" until the user says more) and its come-back day after it.
    const qint64 scanners
        = scalar(db, QStringLiteral("SELECT id FROM deals WHERE title = 'Scanners'")).toLongLong();
    const Deal lost = *p.deal(scanners);
    QCOMPARE(lost.status, DealStatus::Lost);
    QCOMPARE(lost.lost.lostOn, QDate(2026, 11, 20));
    QCOMPARE(p.lostReason(lost.lost.reasonId)->label, QStringLiteral("Budget"));
    QCOMPARE(p.lostReason(lost.lost.reasonId)->meaning, NoMeaning::Reflex);
    QCOMPARE(
        lost.lost.reengageOn, QDate(2026, 11, 20).addDays(p.lostReason(lost.lost.reasonId)->reengageDays));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM losses WHERE deal_id = ? AND lost_on = '2026-11-20'"),
            { scanners })
            .toInt(),
        1);
    const qint64 ramp = scalar(db, QStringLiteral("SELECT id FROM deals WHERE title = 'Ramp'")).toLongLong();
    QCOMPARE(p.lostReason(p.deal(ramp)->lost.reasonId)->label, QStringLiteral("Not recorded"));

    // Open, in the stage the file named, created today, under "No account".
    const qint64 dock
        = scalar(db, QStringLiteral("SELECT id FROM deals WHERE title = 'Dock doors'")).toLongLong();
    const Deal open = *p.deal(dock);
    QCOMPARE(open.status, DealStatus::Open);
    QCOMPARE(p.stage(open.stageId)->name, QStringLiteral("Appointment Scheduled"));
    QCOMPARE(open.createdAt.date(), t.clock().today());
    QCOMPARE(p.account(open.accountId)->name, QStringLiteral("No account"));

    // Everything the import made is listed under it, to take it back as a whole.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM import_rows WHERE import_id = ? AND kind = 'deal'"),
            { summary->importId })
            .toInt(),
        4);
    QCOMPARE(text(db, QStringLiteral("SELECT file || ' ' || rows_read || ' ' || imported FROM imports")),
        QStringLiteral("hubspot.csv 4 4"));
}

void TestImportWriter::secondImportAddsNothing()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    QVERIFY(p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("a.csv")));
    const qint64 deals = t.countRows(QStringLiteral("deals"));
    const qint64 accounts = t.countRows(QStringLiteral("accounts"));
    const auto again = p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("a.csv"));
    QVERIFY(again);
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->present, 4);
    QVERIFY(again->accounts.isEmpty() && again->stages.isEmpty() && again->lostReasons.isEmpty());
    QCOMPARE(t.countRows(QStringLiteral("deals")), deals);
    QCOMPARE(t.countRows(QStringLiteral("accounts")), accounts);
}

void TestImportWriter::matchesOnTitleAccountAndDayWithoutIds()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const QByteArray csv
        = "title,account,created,value\nFleet,Acme,2026-05-01,100\nFleet,Acme,2026-06-01,100\n";
    QCOMPARE(p.importDeals(Test::dealsPlanOf(csv, t.clock().today()), QStringLiteral("s.csv"))->imported, 2);
    const QByteArray more
        = "title,account,created,value\nFleet,ACME,2026-05-01,100\nFleet,Acme,2026-07-01,100\n";
    const auto second = p.importDeals(Test::dealsPlanOf(more, t.clock().today()), QStringLiteral("s2.csv"));
    QCOMPARE(second->present, 1); // same title, account (whatever its case) and created day
    QCOMPARE(second->imported, 1);
    QCOMPARE(t.countRows(QStringLiteral("deals")), 3);
}

void TestImportWriter::dryRunWritesNothing()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 deals = t.countRows(QStringLiteral("deals"));
    const qint64 stages = t.countRows(QStringLiteral("stages"));
    const auto dry
        = p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("h.csv"), true);
    QVERIFY(dry);
    QCOMPARE(dry->imported, 4); // what would be imported
    QCOMPARE(dry->importId, 0);
    QCOMPARE(t.countRows(QStringLiteral("deals")), deals);
    QCOMPARE(t.countRows(QStringLiteral("stages")), stages);
    QCOMPARE(t.countRows(QStringLiteral("imports")), 0);
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 0);
}

void TestImportWriter::aFailingRowLeavesTheFileAsItWas()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    QSqlQuery trap(t.connection());
    QVERIFY(
        trap.exec(QStringLiteral("CREATE TEMP TRIGGER trap BEFORE INSERT ON deals WHEN new.title = 'Ramp' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const auto failed
        = p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("h.csv"));
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QLatin1String("Line 5")), qPrintable(failed.error()));
    QVERIFY2(failed.error().contains(QLatin1String("refused by the test")), qPrintable(failed.error()));
    // The three rows before it are gone with it: one transaction.
    QCOMPARE(t.countRows(QStringLiteral("deals")), 0);
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 0);
    QCOMPARE(t.countRows(QStringLiteral("imports")), 0);
    QCOMPARE(t.countRows(QStringLiteral("external_ids")), 0);
}

// The rules of README "Importing activities": by the deal's file id, by title, by account (its open
// deal most recently touched, else its latest, else a new one); done ones are touches, planned ones
// follow-ups; a deal that is nowhere and no account skips the row with its line.
void TestImportWriter::activitiesGoToTheirDeals()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    QVERIFY(p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("hubspot.csv")));
    const QSqlDatabase db = t.connection();
    const auto idOf = [&db](const char *title) {
        return scalar(
            db, QStringLiteral("SELECT id FROM deals WHERE title = ?"), { QString::fromUtf8(title) })
            .toLongLong();
    };
    const qint64 fleet = idOf("Fleet renewal"), scanners = idOf("Scanners");

    const ImportPlan::Activities plan = activitiesOf(kActivities, t.clock().today());
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.activities.size(), 6);
    const auto summary = p.importActivities(plan, QStringLiteral("activities.csv"));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->rowsRead, 6);
    QCOMPARE(summary->imported, 5);
    QCOMPARE(summary->touches, 4);
    QCOMPARE(summary->followUps, 1);
    QCOMPARE(summary->skipped, 1);
    QCOMPARE(summary->skippedRows.size(), 1);
    QCOMPARE(summary->skippedLines, QList<int> { 6 });
    QVERIFY2(summary->skippedRows.first().startsWith(QLatin1String("line 6:")),
        qPrintable(summary->skippedRows.first()));
    QVERIFY(summary->skippedRows.first().contains(QLatin1String("Nowhere deal")));
    QCOMPARE(summary->accounts, QStringList { QStringLiteral("Initech") });
    QCOMPARE(summary->deals, QStringList { QStringLiteral("Initech: imported activities") });

    // By the deal's file id (with or without its title), the contact of the deal's account, the time.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM touches WHERE deal_id = ?"), { fleet }).toInt(), 2);
    QCOMPARE(text(db,
                 QStringLiteral("SELECT channel || '|' || occurred_at || '|' || outcome || '|' || note FROM "
                                "touches WHERE deal_id = ? ORDER BY occurred_at LIMIT 1"),
                 { fleet }),
        QStringLiteral("call|2026-10-05T09:30:00|no_answer|Spoke about the rollout"));
    QCOMPARE(text(db,
                 QStringLiteral("SELECT c.name FROM touches t JOIN contacts c ON c.id = t.contact_id WHERE "
                                "t.deal_id = ?"),
                 { fleet }),
        QStringLiteral("Jo Ma"));
    // A day without a time is noon of that day.
    QCOMPARE(text(db, QStringLiteral("SELECT occurred_at FROM touches WHERE channel = 'email'")),
        QStringLiteral("2026-10-07T12:00:00"));
    // Planned: a follow-up of the deal of that title in that account.
    QCOMPARE(text(db,
                 QStringLiteral(
                     "SELECT due_on || '|' || channel || '|' || note FROM follow_ups WHERE deal_id = ?"),
                 { scanners }),
        QStringLiteral("2026-12-02|meeting|Demo on site"));
    // An account with no deal: one new open deal holds its activities, from the first one's day.
    const qint64 holder = idOf("Initech: imported activities");
    QVERIFY(holder);
    const Deal made = *p.deal(holder);
    QCOMPARE(made.status, DealStatus::Open);
    QCOMPARE(made.createdAt.date(), QDate(2026, 11, 1));
    QCOMPARE(text(db,
                 QStringLiteral("SELECT group_concat(channel, ',') FROM (SELECT channel FROM touches WHERE "
                                "deal_id = ? ORDER BY occurred_at)"),
                 { holder }),
        QStringLiteral("call,meeting")); // Task is a call; Lunch a meeting
    QCOMPARE(text(db, QStringLiteral("SELECT outcome FROM touches WHERE deal_id = ? AND channel = 'meeting'"),
                 { holder }),
        QStringLiteral("conversation"));
    QCOMPARE(summary->createdDealIds, QList<qint64> { holder });
    QCOMPARE(summary->touchRows.size(), 4);
    QCOMPARE(summary->followUpRows.size(), 1);
    // Everything it made is listed under the import, to be taken back as a whole.
    QCOMPARE(scalar(db,
                 QStringLiteral("SELECT count(*) FROM import_rows WHERE import_id = ? AND kind IN ('touch', "
                                "'follow_up', 'deal', 'account')"),
                 { summary->importId })
                 .toInt(),
        5 + 1 + 1);
}

// An account's activities go to its open deal most recently touched; importing the file again
// matches each activity by its file id, or without ids by deal, channel and moment.
void TestImportWriter::activitiesImportedTwiceAddNothing()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 acme = t.account(QStringLiteral("Acme"));
    const qint64 older = t.deal(QStringLiteral("Older"), 0, acme);
    const qint64 recent = t.deal(QStringLiteral("Recent"), 0, acme);
    Touch touch;
    touch.dealId = older;
    touch.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    QVERIFY(p.logTouch(touch));
    const QByteArray withIds = "id,account,type,date,status\nx1,Acme,Call,2026-11-21,done\n";
    const QByteArray withoutIds = "account,type,date,outcome\nAcme,Email,2026-11-22 08:00,conversation\n";
    for (const QByteArray &csv : { withIds, withoutIds }) {
        const auto first = p.importActivities(activitiesOf(csv, t.clock().today()), QStringLiteral("a.csv"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error()));
        QCOMPARE(first->imported, 1);
        const auto again = p.importActivities(activitiesOf(csv, t.clock().today()), QStringLiteral("a.csv"));
        QVERIFY(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->present, 1);
    }
    QCOMPARE(
        scalar(t.connection(), QStringLiteral("SELECT count(*) FROM touches WHERE deal_id = ?"), { older })
            .toInt(),
        3);
    QCOMPARE(
        scalar(t.connection(), QStringLiteral("SELECT count(*) FROM touches WHERE deal_id = ?"), { recent })
            .toInt(),
        0);
    // A dry run writes nothing and says what it would do.
    const QByteArray planned = "account,type,date\nAcme,Call,2027-01-10\n";
    const auto dry
        = p.importActivities(activitiesOf(planned, t.clock().today()), QStringLiteral("p.csv"), true);
    QVERIFY(dry);
    QCOMPARE(dry->followUps, 1); // after today, without a status: planned
    QCOMPARE(t.countRows(QStringLiteral("follow_ups")), 0);
}

void TestImportWriter::aDeletedTouchTakesItsFileId()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    t.deal(QStringLiteral("Fleet"), 0, t.account(QStringLiteral("Acme")));
    const QByteArray csv
        = "id,deal,type,date,status\nx1,Fleet,Call,2026-11-21,done\nx2,Fleet,Call,2026-12-21,planned\n";
    const auto summary = p.importActivities(activitiesOf(csv, t.clock().today()), QStringLiteral("a.csv"));
    QVERIFY(summary);
    QCOMPARE(t.countRows(QStringLiteral("external_ids")), 2);
    QVERIFY(p.removeTouch(summary->touchRows.first().second));
    QCOMPARE(text(t.connection(),
                 QStringLiteral("SELECT group_concat(kind || ':' || external_id) FROM external_ids")),
        QStringLiteral("follow_up:x2"));
}

// --update changes (and counts) only the deals whose value, currency or owner the file changes: Ripen's
// own export imported back, or the same file twice, updates nothing.
void TestImportWriter::updatingWithTheSameFileAgainUpdatesNothing()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 mine = t.deal(QStringLiteral("Ramp"), 0, t.account(QStringLiteral("Acme")), 5000);
    const QByteArray update = "title,account,created,value,currency,owner\nRamp,Acme,2026-11-23,7,USD,Kim\n";
    const auto first = p.importDeals(
        Test::dealsPlanOf(update, t.clock().today()), QStringLiteral("update.csv"), false, true);
    QVERIFY(first);
    QCOMPARE(first->updated, 1);
    const QStringList after = everyRow(t.connection());
    const auto again = p.importDeals(
        Test::dealsPlanOf(update, t.clock().today()), QStringLiteral("update.csv"), false, true);
    QVERIFY(again);
    QCOMPARE(again->present, 1);
    QCOMPARE(again->updated, 0);
    QVERIFY(again->updatedIds.isEmpty());
    QCOMPARE(p.deal(mine)->value, (Money { 700, QStringLiteral("USD") }));
    // No row changed, and nothing is kept for taking the second import back.
    QCOMPARE(everyRow(t.connection()), after);
    QCOMPARE(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM import_updates WHERE import_id = ?"),
                 { again->importId })
                 .toInt(),
        0);
}

// Undo removes what the import made and gives back what it changed, however much was made by hand
// before it; what was logged since on its deals goes with them, and a dry run says so first.
void TestImportWriter::undoTakesAnImportBackWhole()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 acme = t.account(QStringLiteral("Acme"));
    const qint64 mine = t.deal(QStringLiteral("Ramp"), 0, acme, 5000);
    // Ramp in Acme, created on the test's day: the file's Ramp row (created 2026-10-01) is another deal;
    // match this one by its created day to have --update change it.
    const QByteArray update = "title,account,created,value,currency,owner\nRamp,Acme,2026-11-23,7,USD,Kim\n";
    const QStringList before = everyRow(t.connection());

    const auto first
        = p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("hubspot.csv"));
    QVERIFY(first);
    const auto second = p.importDeals(
        Test::dealsPlanOf(update, t.clock().today()), QStringLiteral("update.csv"), false, true);
    QVERIFY(second);
    QCOMPARE(second->updated, 1);
    QCOMPARE(p.deal(mine)->value, (Money { 700, QStringLiteral("USD") }));
    // A touch logged by hand since, on an imported deal.
    const qint64 fleet
        = scalar(t.connection(), QStringLiteral("SELECT id FROM deals WHERE title = 'Dock doors'"))
              .toLongLong();
    Touch touch;
    touch.dealId = fleet;
    touch.occurredAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
    QVERIFY(p.logTouch(touch));

    const auto dry = p.undoImport(first->importId, true);
    QVERIFY(dry);
    QCOMPARE(dry->deals, 4);
    QCOMPARE(dry->addedSince, 1);
    QCOMPARE(dry->accounts, 2); // Globex and No account; Acme was there before
    QCOMPARE(dry->stages, 1);
    QCOMPARE(dry->lostReasons, 2);
    QCOMPARE(dry->contacts, 1);
    QCOMPARE(p.imports().first().undoneAt, QDateTime()); // nothing changed

    QSignalSpy moved(&p, &Pipeline::dealMoved);
    QSignalSpy stages(&p, &Pipeline::stagesChanged);
    QVERIFY(p.undoImport(second->importId));
    QVERIFY(p.undoImport(first->importId));
    QCOMPARE(moved.count(), 4);
    QCOMPARE(stages.count(), 1);
    QCOMPARE(everyRow(t.connection()), before);
    const QList<ImportRecord> records = p.imports();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).file, QStringLiteral("update.csv"));
    QCOMPARE(records.at(1).undoneAt, t.clock().now());
    const auto again = p.undoImport(first->importId);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("hubspot.csv")), qPrintable(again.error()));
    // And the file can be imported again: its ids were freed with its deals.
    QCOMPARE(p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("hubspot.csv"))
                 ->imported,
        4);
}

void TestImportWriter::undoTakesActivitiesOffDealsThatStay()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    QVERIFY(p.importDeals(Test::dealsPlanOf(kHubSpot, t.clock().today()), QStringLiteral("hubspot.csv")));
    const QStringList before = everyRow(t.connection());
    const auto imported
        = p.importActivities(activitiesOf(kActivities, t.clock().today()), QStringLiteral("a.csv"));
    QVERIFY(imported);
    QSignalSpy touchChanged(&p, &Pipeline::touchChanged);
    QSignalSpy followUpChanged(&p, &Pipeline::followUpChanged);
    const auto undone = p.undoImport(imported->importId);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error()));
    QCOMPARE(undone->touches, 4);
    QCOMPARE(undone->followUps, 1);
    QCOMPARE(undone->deals, 1); // Initech's holder
    QCOMPARE(undone->accounts, 1);
    QCOMPARE(touchChanged.count(), 2); // the two on Fleet renewal, which stays
    QCOMPARE(followUpChanged.count(), 1);
    QCOMPARE(everyRow(t.connection()), before);
}

// --update gives activities already there what the file says now (a touch its outcome and note, a
// follow-up its day, a follow-up done since a touch), and taking that import back gives back what they held.
void TestImportWriter::updatedActivitiesAreGivenBack()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    t.deal(QStringLiteral("Fleet"), 0, t.account(QStringLiteral("Acme")));
    const QByteArray first = "id,deal,type,date,status,outcome,note\n"
                             "x1,Fleet,Call,2026-11-21 09:00,done,no answer,first try\n"
                             "x2,Fleet,Call,2026-12-21,planned,,plan\n"
                             "x3,Fleet,Email,2026-12-22,planned,,send the offer\n";
    QVERIFY(p.importActivities(activitiesOf(first, t.clock().today()), QStringLiteral("a.csv")));
    const QStringList before = everyRow(t.connection());
    const QByteArray now = "id,deal,type,date,status,outcome,note\n"
                           "x1,Fleet,Call,2026-11-21 09:00,done,conversation,talked budgets\n"
                           "x2,Fleet,Call,2026-12-28,planned,,moved a week\n"
                           "x3,Fleet,Email,2026-11-22 16:00,done,conversation,sent early\n";
    // Without --update, all three are present and nothing changes.
    const auto plain = p.importActivities(activitiesOf(now, t.clock().today()), QStringLiteral("b.csv"));
    QVERIFY(plain);
    QCOMPARE(plain->present, 3);
    QCOMPARE(plain->updated, 0);
    QCOMPARE(everyRow(t.connection()), before);

    QSignalSpy touchChanged(&p, &Pipeline::touchChanged);
    QSignalSpy touchLogged(&p, &Pipeline::touchLogged);
    QSignalSpy followUpChanged(&p, &Pipeline::followUpChanged);
    const auto updated
        = p.importActivities(activitiesOf(now, t.clock().today()), QStringLiteral("b.csv"), false, true);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error()));
    QCOMPARE(updated->imported, 0);
    QCOMPARE(updated->present, 3);
    QCOMPARE(updated->updated, 3);
    QCOMPARE(touchChanged.count(), 1);
    QCOMPARE(touchLogged.count(), 1);
    QCOMPARE(followUpChanged.count(), 2);
    const QSqlDatabase c = t.connection();
    QCOMPARE(text(c,
                 QStringLiteral("SELECT outcome || '|' || note FROM touches t JOIN external_ids x ON "
                                "x.kind = 'touch' AND x.row_id = t.id WHERE x.external_id = 'x1'")),
        QStringLiteral("conversation|talked budgets"));
    QCOMPARE(text(c,
                 QStringLiteral("SELECT due_on || '|' || note FROM follow_ups f JOIN external_ids x ON "
                                "x.kind = 'follow_up' AND x.row_id = f.id WHERE x.external_id = 'x2'")),
        QStringLiteral("2026-12-28|moved a week"));
    // x3 was done since: done on its day, with a touch that carries the file's note and id.
    QCOMPARE(text(c,
                 QStringLiteral("SELECT f.done_on || '|' || t.note FROM follow_ups f JOIN touches t ON t.id "
                                "= f.done_touch_id JOIN external_ids x ON x.kind = 'touch' AND x.row_id = "
                                "t.id WHERE x.external_id = 'x3'")),
        QStringLiteral("2026-11-22|sent early"));
    // The same file again changes nothing more: x3 is now found as the touch it became.
    const auto again
        = p.importActivities(activitiesOf(now, t.clock().today()), QStringLiteral("b.csv"), false, true);
    QVERIFY(again);
    QCOMPARE(again->present, 3);
    QCOMPARE(again->updated, 0);

    const auto dry = p.undoImport(updated->importId, true);
    QVERIFY(dry);
    QCOMPARE(dry->touches, 1); // the touch that did x3
    QCOMPARE(dry->restoredActivities, 3); // x1, x2 and x3 open again
    touchChanged.clear();
    followUpChanged.clear();
    QVERIFY(p.undoImport(updated->importId));
    QCOMPARE(touchChanged.count(), 2); // x3's touch removed, x1 given back
    QCOMPARE(followUpChanged.count(), 2);
    QCOMPARE(everyRow(c), before);
}

void TestImportWriter::progressIsToldAndMayCancel()
{
    QByteArray csv = "title,account,created\n";
    for (int i = 1; i <= 450; ++i)
        csv += "Deal " + QByteArray::number(i) + ",Acme,2026-01-01\n";

    // Told before the first row, every 200 rows and at the end.
    TestDatabase t;
    Pipeline &p = t.pipeline();
    QList<std::pair<int, int>> told;
    const auto imported = p.importDeals(Test::dealsPlanOf(csv, t.clock().today()), QStringLiteral("big.csv"),
        false, false, [&told](int done, int total) {
            told << std::pair { done, total };
            return true;
        });
    QVERIFY(imported);
    QCOMPARE(imported->imported, 450);
    QCOMPARE(told, (QList<std::pair<int, int>> { { 0, 450 }, { 200, 450 }, { 400, 450 }, { 450, 450 } }));
    QCOMPARE(t.countRows(QStringLiteral("deals")), 450);

    // Cancelled after 200 rows were written: they are rolled back, nothing is signalled.
    TestDatabase c;
    QSignalSpy changed(&c.pipeline(), &Pipeline::dealChanged);
    QSignalSpy stages(&c.pipeline(), &Pipeline::stagesChanged);
    int calls = 0;
    const auto cancelled = c.pipeline().importDeals(Test::dealsPlanOf(csv, c.clock().today()),
        QStringLiteral("big.csv"), false, false, [&calls](int done, int) {
            ++calls;
            return done < 200;
        });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error(), QStringLiteral("Import cancelled: nothing was written."));
    QCOMPARE(calls, 2);
    for (const char *table : { "deals", "accounts", "imports", "import_rows", "stage_history" })
        QCOMPARE(c.countRows(QString::fromLatin1(table)), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(stages.count(), 0);

    // A cancelled dry run is the same error.
    const auto dry = c.pipeline().importDeals(Test::dealsPlanOf(csv, c.clock().today()),
        QStringLiteral("big.csv"), true, false, [](int, int) { return false; });
    QVERIFY(!dry);
    QCOMPARE(dry.error(), QStringLiteral("Import cancelled: nothing was written."));
}

RIPEN_CORE_TEST_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
