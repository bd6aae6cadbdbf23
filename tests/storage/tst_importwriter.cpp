// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importplan.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QSqlQuery>

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

ImportPlan::Deals planOf(const QByteArray &csv, const QDate &today)
{
    const CsvReader::Table table = CsvReader::read(csv);
    const ImportMapping::Preset *preset
        = ImportMapping::detectPreset(table.header, ImportMapping::Kind::Deals);
    ImportPlan::Options options;
    options.today = today;
    return ImportPlan::deals(
        table, ImportMapping::guess(table.header, ImportMapping::Kind::Deals, preset), options);
}

QString text(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return scalar(db, sql, values).toString();
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
    void progressIsToldAndMayCancel();
};

void TestImportWriter::writesDealsAsTheyHappened()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    const qint64 stagesBefore = t.countRows(QStringLiteral("stages"));
    const auto summary = p.importDeals(planOf(kHubSpot, t.clock().today()), QStringLiteral("hubspot.csv"));
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
    QVERIFY(p.importDeals(planOf(kHubSpot, t.clock().today()), QStringLiteral("a.csv")));
    const qint64 deals = t.countRows(QStringLiteral("deals"));
    const qint64 accounts = t.countRows(QStringLiteral("accounts"));
    const auto again = p.importDeals(planOf(kHubSpot, t.clock().today()), QStringLiteral("a.csv"));
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
    QCOMPARE(p.importDeals(planOf(csv, t.clock().today()), QStringLiteral("s.csv"))->imported, 2);
    const QByteArray more
        = "title,account,created,value\nFleet,ACME,2026-05-01,100\nFleet,Acme,2026-07-01,100\n";
    const auto second = p.importDeals(planOf(more, t.clock().today()), QStringLiteral("s2.csv"));
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
    const auto dry = p.importDeals(planOf(kHubSpot, t.clock().today()), QStringLiteral("h.csv"), true);
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
    const auto failed = p.importDeals(planOf(kHubSpot, t.clock().today()), QStringLiteral("h.csv"));
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QLatin1String("Line 5")), qPrintable(failed.error()));
    QVERIFY2(failed.error().contains(QLatin1String("refused by the test")), qPrintable(failed.error()));
    // The three rows before it are gone with it: one transaction.
    QCOMPARE(t.countRows(QStringLiteral("deals")), 0);
    QCOMPARE(t.countRows(QStringLiteral("accounts")), 0);
    QCOMPARE(t.countRows(QStringLiteral("imports")), 0);
    QCOMPARE(t.countRows(QStringLiteral("external_ids")), 0);
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
    const auto imported = p.importDeals(planOf(csv, t.clock().today()), QStringLiteral("big.csv"), false,
        false, [&told](int done, int total) {
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
    const auto cancelled = c.pipeline().importDeals(
        planOf(csv, c.clock().today()), QStringLiteral("big.csv"), false, false, [&calls](int done, int) {
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
    const auto dry = c.pipeline().importDeals(planOf(csv, c.clock().today()), QStringLiteral("big.csv"), true,
        false, [](int, int) { return false; });
    QVERIFY(!dry);
    QCOMPARE(dry.error(), QStringLiteral("Import cancelled: nothing was written."));
}

RIPEN_CORE_TEST_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
