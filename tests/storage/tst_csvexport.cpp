// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"
#include "io/csvreader.h"
#include "io/importmapping.h"
#include "io/importplan.h"
#include "io/importvalues.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>

using namespace Ripen;
using Ripen::Test::TestDatabase;

namespace {

QByteArray exported(const QSqlDatabase &db, CsvExport::Kind kind, qint64 *rows = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = CsvExport::write(db, kind, buffer);
    if (!written) {
        qWarning() << written.error();
        return {};
    }
    if (rows)
        *rows = *written;
    return buffer.data();
}

// Ripen's own export as a user imports it: read, mapped by its header (no preset, no --map), planned
// and written in one transaction.
Result<ImportSummary> importDeals(Pipeline &pipeline, const QByteArray &csv, const QDate &today)
{
    const CsvReader::Table table = CsvReader::read(csv);
    if (!table.problems.isEmpty())
        return Error { table.problems.first().message };
    const ImportMapping::Preset *preset
        = ImportMapping::detectPreset(table.header, ImportMapping::Kind::Deals);
    ImportPlan::Options options;
    options.today = today;
    const ImportPlan::Deals plan = ImportPlan::deals(
        table, ImportMapping::guess(table.header, ImportMapping::Kind::Deals, preset), options);
    if (!plan.dateFormatChoices.isEmpty())
        return Error { QStringLiteral("date formats to choose from: ")
            + plan.dateFormatChoices.join(QLatin1Char(' ')) };
    if (!plan.problems.isEmpty())
        return Error { ImportPlan::describe(plan.problems.first()) };
    return pipeline.importDeals(plan, QStringLiteral("deals.csv"));
}

// The fixture's writes must all succeed: a refusal stops the test there, as TestDatabase's helpers do.
template<typename T> T must(const Result<T> &result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error()));
    return *result;
}

void must(const Result<void> &result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error()));
}

qint64 dealOfFileId(const QSqlDatabase &db, const QString &externalId)
{
    return scalar(db,
        QStringLiteral("SELECT row_id FROM external_ids WHERE kind = 'deal' AND external_id = ?"),
        { externalId })
        .toLongLong();
}

// The source pipeline, with what an export must carry: open, won and lost deals (one lost twice), a
// contact or none, text a spreadsheet would run, commas, quotes and line breaks, touches with value,
// open and closed follow-ups.
struct Source
{
    TestDatabase t;
    qint64 fleet = 0, hyperlink = 0, phone = 0, scanners = 0, discount = 0;
    qint64 meeting = 0, call = 0;
    qint64 nextStep = 0, laterStep = 0, doneStep = 0;

    Source()
    {
        Pipeline &p = t.pipeline();
        FixedClock &clock = t.clock();
        const auto at
            = [&clock](int month, int day) { clock.set(QDateTime(QDate(2026, month, day), QTime(9, 15))); };
        const qint64 acme = t.account(QStringLiteral("Acme GmbH"));
        const qint64 jane = t.contact(acme, QStringLiteral("Jane \"JD\" Doe"));
        const qint64 globex = t.account(QStringLiteral("Globex, Inc."));
        const qint64 initech = t.account(QStringLiteral("Initech"));
        const qint64 bob = t.contact(initech, QStringLiteral("Bob Stone"));

        at(6, 1);
        fleet = deal(QStringLiteral("Fleet renewal"), acme, jane, 1234550, QStringLiteral("EUR"),
            QStringLiteral("Sam Reed"));
        move(fleet, QStringLiteral("Proposal"));
        at(6, 2);
        hyperlink = deal(QStringLiteral("=HYPERLINK(\"x\")"), globex, 0, 500000, QStringLiteral("USD"), {});
        move(hyperlink, QStringLiteral("Negotiation"));
        at(7, 3);
        phone
            = deal(QStringLiteral("+1 555"), initech, bob, 99, QStringLiteral("CHF"), QStringLiteral("Ann"));
        move(phone, QStringLiteral("Discovery"));
        at(8, 4);
        scanners = deal(QStringLiteral("Scanners, phase 2"), acme, 0, 90000, QStringLiteral("EUR"), {});
        at(9, 5);
        discount = deal(
            QStringLiteral("-5% discount"), initech, 0, 0, QStringLiteral("EUR"), QStringLiteral("@sam"));

        at(10, 3);
        must(p.markWon(hyperlink, Money { 510000, QStringLiteral("USD") }, QDate(2026, 10, 3)), "markWon");

        LostInfo lost;
        lost.lostOn = QDate(2026, 11, 2);
        lost.reasonId = t.reasonId(NoMeaning::Competitor);
        lost.competitor = QStringLiteral("Rival & Co, Ltd");
        lost.note = QStringLiteral("Price, then \"timing\"\nsecond line");
        lost.reengageOn = QDate(2027, 9, 1);
        at(11, 2);
        must(p.markLost(phone, lost), "markLost");

        // Lost, re-engaged into another stage, lost again: the export carries the newest loss.
        LostInfo first;
        first.lostOn = QDate(2026, 9, 1);
        first.reasonId = t.reasonId(NoMeaning::Timing);
        first.note = QStringLiteral("first no");
        first.reengageOn = QDate(2026, 10, 1);
        at(9, 1);
        must(p.markLost(scanners, first), "markLost");
        at(10, 1);
        must(p.reopen(scanners, t.stageId(QStringLiteral("Contact made"))), "reopen");
        LostInfo second;
        second.lostOn = QDate(2026, 11, 10);
        second.reasonId = t.reasonId(NoMeaning::Ghosted);
        second.note = QStringLiteral("=second no");
        second.reengageOn = QDate(2026, 11, 24);
        at(11, 10);
        must(p.markLost(scanners, second), "markLost");
        clock.set(Test::fixedNow());

        Touch touch;
        touch.dealId = fleet;
        touch.contactId = jane;
        touch.channel = Channel::Meeting;
        touch.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(14, 5));
        touch.outcome = TouchOutcome::MeetingBooked;
        touch.valueKind = ValueKind::WhitePaper;
        touch.valueText = QStringLiteral("=cmd|' /C calc'!A0");
        touch.note = QStringLiteral("Met, \"good\" talk\nnext: the board");
        meeting = must(p.logTouch(touch), "logTouch");
        touch.dealId = phone;
        touch.contactId = 0;
        touch.channel = Channel::HandwrittenNote;
        touch.occurredAt = QDateTime(QDate(2026, 10, 30), QTime(8, 0));
        touch.outcome = TouchOutcome::NoAnswer;
        touch.valueKind = ValueKind::None;
        touch.valueText.clear();
        touch.note = QStringLiteral("+ a card");
        call = must(p.logTouch(touch), "logTouch");

        FollowUp plan;
        plan.dealId = fleet;
        plan.contactId = jane;
        plan.dueOn = QDate(2026, 12, 15);
        plan.channel = Channel::Email;
        laterStep = must(p.scheduleFollowUp(plan), "scheduleFollowUp");
        plan.dueOn = QDate(2026, 11, 30);
        plan.channel = Channel::DropIn;
        plan.plannedValueKind = ValueKind::Insight;
        plan.plannedValue = QStringLiteral("Freight costs,\ncompared");
        plan.note = QStringLiteral("Bring the \"numbers\"");
        nextStep = must(p.scheduleFollowUp(plan), "scheduleFollowUp");
        FollowUp done;
        done.dealId = discount;
        done.dueOn = QDate(2026, 11, 1);
        doneStep = must(p.scheduleFollowUp(done), "scheduleFollowUp");
        must(p.skipFollowUps({ doneStep }, QStringLiteral("not needed")), "skipFollowUps");
    }

    qint64 deal(const QString &title, qint64 accountId, qint64 contactId, qint64 minor,
        const QString &currency, const QString &owner)
    {
        Deal d;
        d.title = title;
        d.accountId = accountId;
        d.contactId = contactId;
        d.value = Money { minor, currency };
        d.owner = owner;
        d.stageId = t.stageId(QStringLiteral("Lead in"));
        return must(t.pipeline().createDeal(d), "createDeal");
    }

    void move(qint64 dealId, const QString &stage)
    {
        must(t.pipeline().moveDeal(dealId, t.stageId(stage)), "moveDeal");
    }
};

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void dealsAsTheFileHasThem();
    void dealsComeBackIntoANewDatabase();
    void dealsImportedIntoTheirOwnDatabaseAreAllPresent();
    void aMadeUpIdAnotherDealHoldsIsLeftOut();
    void activities();
    void openFollowUps();
    void exportToWritesWholeOrNothing();
    void readsEveryRowOnItsIndexes();
};

void TestCsvExport::dealsAsTheFileHasThem()
{
    Source s;
    qint64 rows = 0;
    const QByteArray csv = exported(s.t.connection(), CsvExport::Kind::Deals, &rows);
    QCOMPARE(rows, 5);
    QVERIFY(
        csv.startsWith("\xEF\xBB\xBF"
                       "external_id,title,account,contact,stage,status,value,currency,owner,created,won_on,"
                       "lost_on,lost_reason,competitor,next_followup,note\r\n"));
    QCOMPARE(CsvExport::header(CsvExport::Kind::Deals).join(QLatin1Char(',')),
        QStringLiteral("external_id,title,account,contact,stage,status,value,currency,owner,created,won_on,"
                       "lost_on,lost_reason,competitor,next_followup,note"));
    // Every header name is a field the import knows by that name.
    const QStringList fields = ImportMapping::fields(ImportMapping::Kind::Deals);
    for (const QString &name : CsvExport::header(CsvExport::Kind::Deals))
        QVERIFY2(fields.contains(name), qPrintable(name));
    // Formulas are neutralised in the file, the amounts and days are plain.
    QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\",\"Globex, Inc.\","));
    QVERIFY(csv.contains(",'+1 555,Initech,"));
    QVERIFY(csv.contains(",'-5% discount,"));
    QVERIFY(csv.contains(",'@sam,"));

    const CsvReader::Table table = CsvReader::read(csv);
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.header, CsvExport::header(CsvExport::Kind::Deals));
    QCOMPARE(table.rows.size(), 5);
    const auto row = [&table](int index) { return table.rows.at(index).fields; };
    const auto id = [](qint64 dealId) { return QStringLiteral("ripen-deal-%1").arg(dealId); };
    // Deals by id.
    QCOMPARE(row(0),
        (QStringList { id(s.fleet), QStringLiteral("Fleet renewal"), QStringLiteral("Acme GmbH"),
            QStringLiteral("Jane \"JD\" Doe"), QStringLiteral("Proposal"), QStringLiteral("open"),
            QStringLiteral("12345.50"), QStringLiteral("EUR"), QStringLiteral("Sam Reed"),
            QStringLiteral("2026-06-01"), QString(), QString(), QString(), QString(),
            QStringLiteral("2026-11-30"), QStringLiteral("Bring the \"numbers\"") }));
    // Won: the stage it was won from, its won value and day.
    QCOMPARE(row(1),
        (QStringList { id(s.hyperlink), QStringLiteral("'=HYPERLINK(\"x\")"), QStringLiteral("Globex, Inc."),
            QString(), QStringLiteral("Negotiation"), QStringLiteral("won"), QStringLiteral("5100.00"),
            QStringLiteral("USD"), QString(), QStringLiteral("2026-06-02"), QStringLiteral("2026-10-03"),
            QString(), QString(), QString(), QString(), QString() }));
    // Lost: the stage it was lost from, the loss's day, reason, competitor and note.
    QCOMPARE(row(2),
        (QStringList { id(s.phone), QStringLiteral("'+1 555"), QStringLiteral("Initech"),
            QStringLiteral("Bob Stone"), QStringLiteral("Discovery"), QStringLiteral("lost"),
            QStringLiteral("0.99"), QStringLiteral("CHF"), QStringLiteral("Ann"),
            QStringLiteral("2026-07-03"), QString(), QStringLiteral("2026-11-02"),
            QStringLiteral("Chose a competitor"), QStringLiteral("Rival & Co, Ltd"), QString(),
            QStringLiteral("Price, then \"timing\"\nsecond line") }));
    // Lost twice: the newest loss, from the stage it was re-engaged into.
    QCOMPARE(row(3),
        (QStringList { id(s.scanners), QStringLiteral("Scanners, phase 2"), QStringLiteral("Acme GmbH"),
            QString(), QStringLiteral("Contact made"), QStringLiteral("lost"), QStringLiteral("900.00"),
            QStringLiteral("EUR"), QString(), QStringLiteral("2026-08-04"), QString(),
            QStringLiteral("2026-11-10"), QStringLiteral("No answer (ghosted)"), QString(), QString(),
            QStringLiteral("'=second no") }));
    // A skipped follow-up is no next follow-up.
    QCOMPARE(row(4),
        (QStringList { id(s.discount), QStringLiteral("'-5% discount"), QStringLiteral("Initech"), QString(),
            QStringLiteral("Lead in"), QStringLiteral("open"), QStringLiteral("0.00"), QStringLiteral("EUR"),
            QStringLiteral("'@sam"), QStringLiteral("2026-09-05"), QString(), QString(), QString(), QString(),
            QString(), QString() }));
}

void TestCsvExport::dealsComeBackIntoANewDatabase()
{
    Source s;
    const QByteArray csv = exported(s.t.connection(), CsvExport::Kind::Deals);
    QVERIFY(!csv.isEmpty());
    // Ripen's own header needs no preset and no mapping: every column is guessed.
    const CsvReader::Table table = CsvReader::read(csv);
    QVERIFY(!ImportMapping::detectPreset(table.header, ImportMapping::Kind::Deals));
    QCOMPARE(ImportMapping::guess(table.header, ImportMapping::Kind::Deals).size(), table.header.size());

    TestDatabase target;
    const auto summary = importDeals(target.pipeline(), csv, target.clock().today());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->rowsRead, 5);
    QCOMPARE(summary->imported, 5);
    QCOMPARE(summary->present, 0);
    QCOMPARE(summary->skipped, 0);
    QCOMPARE(summary->stages, QStringList()); // every stage was there already
    QCOMPARE(summary->lostReasons, QStringList());

    // Field by field, through the Pipeline of each database.
    const QSqlDatabase db = target.connection();
    const QString contactSql = QStringLiteral("SELECT coalesce(name, '') FROM contacts WHERE id = ?");
    const QString accountSql = QStringLiteral("SELECT name FROM accounts WHERE id = ?");
    const QString reasonSql = QStringLiteral("SELECT label FROM lost_reasons WHERE id = ?");
    for (const qint64 sourceId : { s.fleet, s.hyperlink, s.phone, s.scanners, s.discount }) {
        const Deal was = *s.t.pipeline().deal(sourceId);
        const qint64 id = dealOfFileId(db, QStringLiteral("ripen-deal-%1").arg(sourceId));
        QVERIFY2(id, qPrintable(was.title));
        const Deal is = *target.pipeline().deal(id);
        QCOMPARE(is.title, was.title);
        QCOMPARE(scalar(db, accountSql, { is.accountId }).toString(),
            scalar(s.t.connection(), accountSql, { was.accountId }).toString());
        QCOMPARE(scalar(db, contactSql, { is.contactId }).toString(),
            scalar(s.t.connection(), contactSql, { was.contactId }).toString());
        QCOMPARE(is.status, was.status);
        QCOMPARE(is.value, was.value);
        QCOMPARE(is.owner, was.owner);
        QCOMPARE(is.createdAt.date(), was.createdAt.date());
        QCOMPARE(is.wonOn, was.wonOn);
        if (was.status == DealStatus::Lost) {
            QCOMPARE(is.lost.lostOn, was.lost.lostOn);
            QCOMPARE(scalar(db, reasonSql, { is.lost.reasonId }).toString(),
                scalar(s.t.connection(), reasonSql, { was.lost.reasonId }).toString());
            QCOMPARE(is.lost.competitor, was.lost.competitor);
            QCOMPARE(is.lost.note, was.lost.note);
        }
    }
    const qint64 fleet = dealOfFileId(db, QStringLiteral("ripen-deal-%1").arg(s.fleet));
    QCOMPARE(scalar(db, QStringLiteral("SELECT due_on || '|' || note FROM follow_ups WHERE deal_id = ?"),
                 { fleet })
                 .toString(),
        QStringLiteral("2026-11-30|Bring the \"numbers\""));
    const qint64 hyperlink = dealOfFileId(db, QStringLiteral("ripen-deal-%1").arg(s.hyperlink));
    QCOMPARE(target.pipeline().deal(hyperlink)->title, QStringLiteral("=HYPERLINK(\"x\")"));

    // And what the new database exports is the same file: the stages won and lost from, the file ids,
    // every field as it was.
    const QByteArray again = exported(db, CsvExport::Kind::Deals);
    const CsvReader::Table back = CsvReader::read(again);
    QCOMPARE(back.rows.size(), table.rows.size());
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int column = 0; column < table.header.size(); ++column)
            QVERIFY2(back.rows.at(r).fields.at(column) == table.rows.at(r).fields.at(column),
                qPrintable(QStringLiteral("row %1, %2: “%3” came back as “%4”")
                               .arg(r + 1)
                               .arg(table.header.at(column), table.rows.at(r).fields.at(column),
                                   back.rows.at(r).fields.at(column))));
    }
    QCOMPARE(again, csv);

    // The same file a second time adds nothing.
    const qint64 deals = target.countRows(QStringLiteral("deals"));
    const auto second = importDeals(target.pipeline(), csv, target.clock().today());
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->imported, 0);
    QCOMPARE(second->present, 5);
    QCOMPARE(target.countRows(QStringLiteral("deals")), deals);
}

void TestCsvExport::dealsImportedIntoTheirOwnDatabaseAreAllPresent()
{
    Source s;
    const QByteArray csv = exported(s.t.connection(), CsvExport::Kind::Deals);
    const qint64 deals = s.t.countRows(QStringLiteral("deals"));
    const qint64 followUps = s.t.countRows(QStringLiteral("follow_ups"));
    const auto summary = importDeals(s.t.pipeline(), csv, s.t.clock().today());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->imported, 0);
    QCOMPARE(summary->present, 5);
    QCOMPARE(summary->accounts, QStringList());
    QCOMPARE(s.t.countRows(QStringLiteral("deals")), deals);
    QCOMPARE(s.t.countRows(QStringLiteral("follow_ups")), followUps);

    // A made-up id is no match for another database's deal of that id with other fields.
    TestDatabase other;
    other.deal(QStringLiteral("Something else"));
    const auto elsewhere = importDeals(other.pipeline(), csv, other.clock().today());
    QVERIFY2(elsewhere, qPrintable(elsewhere ? QString() : elsewhere.error()));
    QCOMPARE(elsewhere->imported, 5);
    QCOMPARE(elsewhere->present, 0);
}

void TestCsvExport::aMadeUpIdAnotherDealHoldsIsLeftOut()
{
    // A database that imported another Ripen's export holds its ids: ripen-deal-<n> may name another
    // deal than this database's deal n, and must not be written twice.
    Source s;
    const QSqlDatabase db = s.t.connection();
    QSqlQuery q = prepared(db,
        QStringLiteral("INSERT INTO external_ids (kind, external_id, row_id) VALUES ('deal', ?, ?)"),
        { QStringLiteral("ripen-deal-%1").arg(s.fleet), s.discount });
    QVERIFY(execute(q));
    const CsvReader::Table table = CsvReader::read(exported(db, CsvExport::Kind::Deals));
    QCOMPARE(table.rows.size(), 5);
    QStringList ids;
    for (const CsvReader::Row &row : table.rows)
        ids << row.fields.first();
    QCOMPARE(ids,
        (QStringList { QString(), QStringLiteral("ripen-deal-%1").arg(s.hyperlink),
            QStringLiteral("ripen-deal-%1").arg(s.phone), QStringLiteral("ripen-deal-%1").arg(s.scanners),
            QStringLiteral("ripen-deal-%1").arg(s.fleet) }));

    TestDatabase target;
    const QByteArray csv = exported(db, CsvExport::Kind::Deals);
    const auto summary = importDeals(target.pipeline(), csv, target.clock().today());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->imported, 5);
    const auto again = importDeals(target.pipeline(), csv, target.clock().today());
    QVERIFY2(again, qPrintable(again ? QString() : again.error()));
    QCOMPARE(again->present, 5);
    QCOMPARE(target.countRows(QStringLiteral("deals")), 5);
    const auto home = importDeals(s.t.pipeline(), csv, s.t.clock().today());
    QVERIFY2(home, qPrintable(home ? QString() : home.error()));
    QCOMPARE(home->present, 5);
}

void TestCsvExport::activities()
{
    Source s;
    // A touch an import brought in keeps the file's id.
    QSqlQuery q = prepared(s.t.connection(),
        QStringLiteral("INSERT INTO external_ids (kind, external_id, row_id) VALUES ('touch', 'PD-A-17', ?)"),
        { s.call });
    QVERIFY(execute(q));
    qint64 rows = 0;
    const QByteArray csv = exported(s.t.connection(), CsvExport::Kind::Activities, &rows);
    QCOMPARE(rows, 2);
    QVERIFY(csv.startsWith(
        "\xEF\xBB\xBF"
        "external_id,deal,deal_external_id,account,contact,channel,occurred,status,outcome,value,"
        "value_note,note\r\n"));
    QVERIFY(csv.contains(",'=cmd|' /C calc'!A0,"));
    QVERIFY(csv.contains(",'+1 555,"));
    const CsvReader::Table table = CsvReader::read(csv);
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.header, CsvExport::header(CsvExport::Kind::Activities));
    QCOMPARE(table.rows.size(), 2);
    // By the moment they happened.
    QCOMPARE(table.rows.at(0).fields,
        (QStringList { QStringLiteral("PD-A-17"), QStringLiteral("'+1 555"),
            QStringLiteral("ripen-deal-%1").arg(s.phone), QStringLiteral("Initech"), QString(),
            QStringLiteral("handwritten_note"), QStringLiteral("2026-10-30T08:00:00"), QStringLiteral("done"),
            QStringLiteral("no_answer"), QStringLiteral("none"), QString(), QStringLiteral("'+ a card") }));
    QCOMPARE(table.rows.at(1).fields,
        (QStringList { QStringLiteral("ripen-touch-%1").arg(s.meeting), QStringLiteral("Fleet renewal"),
            QStringLiteral("ripen-deal-%1").arg(s.fleet), QStringLiteral("Acme GmbH"),
            QStringLiteral("Jane \"JD\" Doe"), QStringLiteral("meeting"),
            QStringLiteral("2026-11-20T14:05:00"), QStringLiteral("done"), QStringLiteral("meeting_booked"),
            QStringLiteral("white_paper"), QStringLiteral("'=cmd|' /C calc'!A0"),
            QStringLiteral("Met, \"good\" talk\nnext: the board") }));
    // What the import reads from it: the texts as they were, the moment in a format it knows.
    QCOMPARE(ImportValues::text(table.rows.at(1).fields.at(10)), QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(ImportValues::text(table.rows.at(0).fields.at(1)), QStringLiteral("+1 555"));
    QCOMPARE(ImportValues::parseDate(table.rows.at(1).fields.at(6), QStringLiteral("yyyy-MM-dd")),
        QDateTime(QDate(2026, 11, 20), QTime(14, 5)));
    // Its header names the fields the activities import maps by name.
    const auto columns = ImportMapping::guess(table.header, ImportMapping::Kind::Activities);
    for (const char *field : { "deal", "account", "contact", "channel", "occurred", "status", "outcome",
             "value", "note", "external_id" })
        QCOMPARE(columns.value(QString::fromLatin1(field), -1),
            int(table.header.indexOf(QString::fromLatin1(field))));
}

void TestCsvExport::openFollowUps()
{
    Source s;
    qint64 rows = 0;
    const QByteArray csv = exported(s.t.connection(), CsvExport::Kind::FollowUps, &rows);
    QCOMPARE(rows, 2); // the skipped one is not open
    const CsvReader::Table table = CsvReader::read(csv);
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.header, CsvExport::header(CsvExport::Kind::Activities));
    QCOMPARE(table.rows.size(), 2);
    // By due day.
    QCOMPARE(table.rows.at(0).fields,
        (QStringList { QStringLiteral("ripen-follow-up-%1").arg(s.nextStep), QStringLiteral("Fleet renewal"),
            QStringLiteral("ripen-deal-%1").arg(s.fleet), QStringLiteral("Acme GmbH"),
            QStringLiteral("Jane \"JD\" Doe"), QStringLiteral("drop_in"), QStringLiteral("2026-11-30"),
            QStringLiteral("planned"), QString(), QStringLiteral("insight"),
            QStringLiteral("Freight costs,\ncompared"), QStringLiteral("Bring the \"numbers\"") }));
    QCOMPARE(table.rows.at(1).fields,
        (QStringList { QStringLiteral("ripen-follow-up-%1").arg(s.laterStep), QStringLiteral("Fleet renewal"),
            QStringLiteral("ripen-deal-%1").arg(s.fleet), QStringLiteral("Acme GmbH"),
            QStringLiteral("Jane \"JD\" Doe"), QStringLiteral("email"), QStringLiteral("2026-12-15"),
            QStringLiteral("planned"), QString(), QStringLiteral("none"), QString(), QString() }));
    QVERIFY(!csv.contains(QStringLiteral("ripen-follow-up-%1,").arg(s.doneStep).toUtf8()));
}

void TestCsvExport::exportToWritesWholeOrNothing()
{
    Source s;
    const QString path = s.t.dirPath() + QStringLiteral("/deals.csv");
    const auto written = CsvExport::exportTo(s.t.connection(), CsvExport::Kind::Deals, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    QCOMPARE(*written, 5);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exported(s.t.connection(), CsvExport::Kind::Deals));
    QCOMPARE(CsvExport::summary(CsvExport::Kind::Deals, 1234, QStringLiteral("d.csv")),
        QStringLiteral("Exported 1,234 deals to “d.csv”."));

    const QString missing = s.t.dirPath() + QStringLiteral("/no-such-folder/deals.csv");
    const auto failed = CsvExport::exportTo(s.t.connection(), CsvExport::Kind::Activities, missing);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QLatin1String("deals.csv")), qPrintable(failed.error()));
    QVERIFY(!QFile::exists(missing));
}

void TestCsvExport::readsEveryRowOnItsIndexes()
{
    // Per deal, touch or follow-up, every other table is read by an index: the export's time grows
    // with the rows it writes, not with their square.
    TestDatabase t;
    for (const CsvExport::Kind kind :
        { CsvExport::Kind::Deals, CsvExport::Kind::Activities, CsvExport::Kind::FollowUps }) {
        const QString plan = Test::queryPlan(t.connection(), CsvExport::selectSql(kind));
        QStringList scans;
        for (const QString &line : plan.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("SCAN")))
                scans << line;
        }
        QVERIFY2(scans.size() <= 1, qPrintable(plan));
    }
}

RIPEN_CORE_TEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
