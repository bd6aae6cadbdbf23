// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importplan.h"

#include <QtTest>

using namespace Ripen;

namespace {

ImportPlan::Deals planOf(const QByteArray &csv, const QString &dateFormat = {})
{
    const CsvReader::Table table = CsvReader::read(csv);
    const ImportMapping::Preset *preset
        = ImportMapping::detectPreset(table.header, ImportMapping::Kind::Deals);
    ImportPlan::Options options;
    options.dateFormat = dateFormat;
    options.today = QDate(2026, 12, 6);
    return ImportPlan::deals(
        table, ImportMapping::guess(table.header, ImportMapping::Kind::Deals, preset), options);
}

QStringList described(const QList<ImportPlan::Problem> &problems)
{
    QStringList out;
    for (const ImportPlan::Problem &problem : problems)
        out << ImportPlan::describe(problem);
    return out;
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT
private slots:
    void hubspotExportReadsAsDeals();
    void explainsEveryBadCell();
    void ambiguousDatesAskTheUser();
    void readsActivities();
};

// A HubSpot export: the stage column holds both stages and outcomes, one close date.
void TestImportPlan::hubspotExportReadsAsDeals()
{
    const ImportPlan::Deals plan
        = planOf("Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,"
                 "Associated Company,Closed Lost Reason\n"
                 "101,Fleet renewal,Closed Won,\"$12,500.00\",2026-10-03,2026-06-01,Acme,\n"
                 "102,Scanners,closed lost,900,2026-11-20 14:05,2026-09-01,Globex,Budget\n"
                 "103,Dock doors,Appointment Scheduled,\"1,200.50\",,,,\n");
    QVERIFY2(plan.problems.isEmpty(), qPrintable(described(plan.problems).join(QLatin1Char('\n'))));
    QCOMPARE(plan.dateFormat, QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(plan.rows, 3);
    QCOMPARE(plan.deals.size(), 3);
    const ImportPlan::Deal &won = plan.deals.at(0);
    QCOMPARE(won.line, 2);
    QCOMPARE(won.externalId, QStringLiteral("101"));
    QCOMPARE(won.status, DealStatus::Won);
    QVERIFY(won.stage.isEmpty()); // "Closed Won" is an outcome, not a stage
    QCOMPARE(won.wonOn, QDate(2026, 10, 3));
    QCOMPARE(won.created, QDate(2026, 6, 1));
    QCOMPARE(won.value, (Money { 1250000, QStringLiteral("USD") }));
    QCOMPARE(won.account, QStringLiteral("Acme"));
    const ImportPlan::Deal &lost = plan.deals.at(1);
    QCOMPARE(lost.status, DealStatus::Lost);
    QCOMPARE(lost.lostOn, QDate(2026, 11, 20));
    QCOMPARE(lost.lostReason, QStringLiteral("Budget"));
    QCOMPARE(lost.value, (Money { 90000, QStringLiteral("EUR") })); // the default currency
    const ImportPlan::Deal &open = plan.deals.at(2);
    QCOMPARE(open.status, DealStatus::Open);
    QCOMPARE(open.stage, QStringLiteral("Appointment Scheduled"));
    QCOMPARE(open.value.minor, 120050);
    QVERIFY(open.account.isEmpty()); // the writer puts it under "No account"
    QCOMPARE(open.created, QDate(2026, 12, 6));
    QVERIFY(open.createdToday);
}

void TestImportPlan::explainsEveryBadCell()
{
    const ImportPlan::Deals plan = planOf("title,account,value,currency,status,closed,created\n"
                                          "Fleet,Acme,abc,EUR,open,,2026-01-05\n"
                                          ",Globex,100,EUR,open,,2026-01-05\n"
                                          "Dock,Initech,100,Euro,open,,2026-01-05\n"
                                          "Ramp,Umbrella,100,EUR,won,,2026-01-05\n"
                                          "Belt,Stark,100,EUR,open,,2026-31-05\n"
                                          "Short,Wayne\n"
                                          "Good,Hooli,5,USD,lost,2026-02-01,2026-01-05\n");
    QCOMPARE(plan.deals.size(), 1);
    QCOMPARE(plan.deals.first().title, QStringLiteral("Good"));
    // Every bad row is named by line and column; a short row is named once, its missing cells empty.
    QCOMPARE(described(plan.problems),
        (QStringList { QString::fromUtf8("line 2, column “value”: “abc” is not an amount"),
            QString::fromUtf8("line 3, column “title”: the deal has no title"),
            QString::fromUtf8("line 4, column “currency”: “EURO” is not a currency code such as EUR"),
            QStringLiteral("line 5: a won deal needs the day it was won (a won-on or close date)"),
            QString::fromUtf8("line 6, column “created”: “2026-31-05” is not a date in the form yyyy-MM-dd"),
            QStringLiteral("line 7: 2 fields where the header has 7") }));
}

void TestImportPlan::ambiguousDatesAskTheUser()
{
    const QByteArray csv = "title,created\nFleet,11/3/2026\nDock,1/2/2026\n";
    const ImportPlan::Deals asked = planOf(csv);
    QCOMPARE(
        asked.dateFormatChoices, (QStringList { QStringLiteral("M/d/yyyy"), QStringLiteral("d/M/yyyy") }));
    QVERIFY(asked.deals.isEmpty());
    const ImportPlan::Deals chosen = planOf(csv, QStringLiteral("d/M/yyyy"));
    QVERIFY(chosen.problems.isEmpty());
    QCOMPARE(chosen.deals.at(0).created, QDate(2026, 3, 11));
    QCOMPARE(chosen.deals.at(1).created, QDate(2026, 2, 1));
}

void TestImportPlan::readsActivities()
{
    const CsvReader::Table table
        = CsvReader::read("Deal,Organization,Type,Date,Status,Outcome,Value,Notes\n"
                          "Fleet,Acme,Call,2026-11-02 14:05,done,connected,insight,Asked\n"
                          "Fleet,Acme,Email,2026-12-20,,,,\n"
                          ",,Call,2026-11-02,done,,,\n"
                          "Dock,Acme,Fax,2026-11-02,done,,,\n"
                          "Dock,Acme,Call,,done,,,\n"
                          "Dock,Acme,Call,2026-11-02,maybe,great,cake,\n"
                          "Fleet,'+Acme,Call,2026-11-03,done,,,'=SUM(A1)\n");
    const ImportMapping::Columns columns
        = ImportMapping::guess(table.header, ImportMapping::Kind::Activities);
    QCOMPARE(columns.value(QStringLiteral("deal")), 0);
    QCOMPARE(columns.value(QStringLiteral("account")), 1);
    QCOMPARE(columns.value(QStringLiteral("channel")), 2);
    QCOMPARE(columns.value(QStringLiteral("occurred")), 3);
    ImportPlan::Options options;
    options.today = QDate(2026, 12, 6);
    const ImportPlan::Activities plan = ImportPlan::activities(table, columns, options);
    QCOMPARE(plan.rows, 7);
    QCOMPARE(plan.activities.size(), 3);
    // Text a CSV export neutralised (a leading apostrophe before a formula) reads as it was written.
    QCOMPARE(plan.activities.at(2).note, QStringLiteral("=SUM(A1)"));
    QCOMPARE(plan.activities.at(2).account, QStringLiteral("+Acme"));
    const ImportPlan::Activity &call = plan.activities.at(0);
    QCOMPARE(call.deal, QStringLiteral("Fleet"));
    QCOMPARE(call.account, QStringLiteral("Acme"));
    QVERIFY(!call.planned);
    QCOMPARE(call.channel, Channel::Call);
    QCOMPARE(call.occurred, QDateTime(QDate(2026, 11, 2), QTime(14, 5)));
    QCOMPARE(call.outcome, TouchOutcome::Conversation);
    QCOMPARE(call.valueKind, ValueKind::Insight);
    QCOMPARE(call.note, QStringLiteral("Asked"));
    // No status: after today it is planned; a day without a time is noon.
    const ImportPlan::Activity &email = plan.activities.at(1);
    QVERIFY(email.planned);
    QCOMPARE(email.occurred, QDateTime(QDate(2026, 12, 20), QTime(12, 0)));
    QCOMPARE(described(plan.problems),
        (QStringList { QStringLiteral("line 4: the activity names neither its deal nor its account"),
            QString::fromUtf8("line 5, column “Type”: “Fax” is no channel Ripen knows (call, email, meeting, "
                              "LinkedIn, visit, letter, package, referral, event…)"),
            QString::fromUtf8("line 6, column “Date”: the activity has no date"),
            QString::fromUtf8("line 7, column “Status”: “maybe” says neither done nor planned"),
            QString::fromUtf8("line 7, column “Outcome”: “great” is no outcome Ripen knows (no answer, "
                              "conversation, no, not now, meeting booked, yes)"),
            QString::fromUtf8("line 7, column “Value”: “cake” is no value Ripen knows (none, insight, white "
                              "paper, invitation, referral, idea)") }));
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
