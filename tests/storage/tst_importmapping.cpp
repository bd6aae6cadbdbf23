// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importmapping.h"
#include "testsupport.h"

#include <QtTest>

using namespace Ripen;
using Ripen::Test::strings;

namespace {

// field=column name, sorted, to compare at a glance.
QStringList described(const ImportMapping::Columns &columns, const QStringList &header)
{
    QStringList out;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        out << it.key() + QLatin1Char('=') + header.at(it.value());
    return out;
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT
private slots:
    void pipedriveDealsExport();
    void hubspotStageFeedsStageAndStatus();
    void salesforceOpportunityReport();
    void plainSpreadsheetIsGuessed();
    void ripensOwnExportNeedsNoMapping();
    void pipedriveActivities();
    void commandLineMap();
};

void TestImportMapping::pipedriveDealsExport()
{
    // As Pipedrive writes its deals export (a few of its many columns).
    const QStringList header
        = strings({ "Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Organization",
            "Deal - Contact person", "Deal - Stage", "Deal - Status", "Deal - Owner", "Deal - Deal created",
            "Deal - Won time", "Deal - Lost time", "Deal - Lost reason", "Deal - Pipeline" });
    const ImportMapping::Preset *preset = ImportMapping::detectPreset(header, ImportMapping::Kind::Deals);
    QVERIFY(preset);
    QCOMPARE(preset->key, QStringLiteral("pipedrive"));
    const auto columns = ImportMapping::guess(header, ImportMapping::Kind::Deals, preset);
    QCOMPARE(described(columns, header),
        strings({ "account=Deal - Organization", "contact=Deal - Contact person",
            "created=Deal - Deal created", "currency=Deal - Currency", "external_id=Deal - ID",
            "lost_on=Deal - Lost time", "lost_reason=Deal - Lost reason", "owner=Deal - Owner",
            "stage=Deal - Stage", "status=Deal - Status", "title=Deal - Title", "value=Deal - Value",
            "won_on=Deal - Won time" }));
}

void TestImportMapping::hubspotStageFeedsStageAndStatus()
{
    const QStringList header = strings({ "Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date",
        "Create Date", "Deal owner", "Pipeline", "Associated Company", "Closed Lost Reason" });
    const ImportMapping::Preset *preset = ImportMapping::detectPreset(header, ImportMapping::Kind::Deals);
    QVERIFY(preset);
    QCOMPARE(preset->key, QStringLiteral("hubspot"));
    const auto columns = ImportMapping::guess(header, ImportMapping::Kind::Deals, preset);
    QCOMPARE(columns.value(QStringLiteral("stage")), 2);
    QCOMPARE(columns.value(QStringLiteral("status")), 2);
    QCOMPARE(columns.value(QStringLiteral("closed")), 4);
    QCOMPARE(columns.value(QStringLiteral("account")), 8);
    QCOMPARE(columns.value(QStringLiteral("lost_reason")), 9);
    QCOMPARE(columns.value(QStringLiteral("external_id")), 0);
}

void TestImportMapping::salesforceOpportunityReport()
{
    const QStringList header = strings({ "Opportunity Owner", "Account Name", "Opportunity Name", "Stage",
        "Amount", "Close Date", "Created Date", "Opportunity ID" });
    const ImportMapping::Preset *preset = ImportMapping::detectPreset(header, ImportMapping::Kind::Deals);
    QVERIFY(preset);
    QCOMPARE(preset->key, QStringLiteral("salesforce"));
    const auto columns = ImportMapping::guess(header, ImportMapping::Kind::Deals, preset);
    QCOMPARE(described(columns, header),
        strings({ "account=Account Name", "closed=Close Date", "created=Created Date",
            "external_id=Opportunity ID", "owner=Opportunity Owner", "stage=Stage", "status=Stage",
            "title=Opportunity Name", "value=Amount" }));
}

void TestImportMapping::plainSpreadsheetIsGuessed()
{
    const QStringList header = strings(
        { "Name", "Company", "Amount", "stage", "Close date", "Sales rep", "Notes", "Something else" });
    QVERIFY(!ImportMapping::detectPreset(header, ImportMapping::Kind::Deals));
    const auto columns = ImportMapping::guess(header, ImportMapping::Kind::Deals);
    QCOMPARE(described(columns, header),
        strings({ "account=Company", "closed=Close date", "note=Notes", "owner=Sales rep", "stage=stage",
            "title=Name", "value=Amount" }));
}

void TestImportMapping::ripensOwnExportNeedsNoMapping()
{
    const QStringList header = ImportMapping::fields(ImportMapping::Kind::Deals);
    const auto columns = ImportMapping::guess(header, ImportMapping::Kind::Deals);
    QCOMPARE(columns.size(), header.size());
    for (int column = 0; column < header.size(); ++column)
        QCOMPARE(columns.value(header.at(column)), column);
    const QStringList activities = ImportMapping::fields(ImportMapping::Kind::Activities);
    const auto activityColumns = ImportMapping::guess(activities, ImportMapping::Kind::Activities);
    QCOMPARE(activityColumns.size(), activities.size());
    for (int column = 0; column < activities.size(); ++column)
        QCOMPARE(activityColumns.value(activities.at(column)), column);
}

void TestImportMapping::pipedriveActivities()
{
    const QStringList header
        = strings({ "Activity - ID", "Activity - Subject", "Activity - Type", "Activity - Due date",
            "Activity - Done", "Activity - Deal", "Activity - Organization", "Activity - Note" });
    const ImportMapping::Preset *preset
        = ImportMapping::detectPreset(header, ImportMapping::Kind::Activities);
    QVERIFY(preset);
    QCOMPARE(preset->key, QStringLiteral("pipedrive-activities"));
    // A deals preset is never chosen for activities.
    QVERIFY(!ImportMapping::detectPreset(header, ImportMapping::Kind::Deals));
    const auto columns = ImportMapping::guess(header, ImportMapping::Kind::Activities, preset);
    QCOMPARE(columns.value(QStringLiteral("channel")), 2);
    QCOMPARE(columns.value(QStringLiteral("occurred")), 3);
    QCOMPARE(columns.value(QStringLiteral("status")), 4);
    QCOMPARE(columns.value(QStringLiteral("deal")), 5);
}

void TestImportMapping::commandLineMap()
{
    const QStringList header = strings({ "Deal", "Firma", "Betrag" });
    const auto columns = ImportMapping::parse(
        QStringLiteral("title=Deal, account=2,value=Betrag"), header, ImportMapping::Kind::Deals);
    QVERIFY2(columns, qPrintable(columns ? QString() : columns.error()));
    QCOMPARE(described(*columns, header), strings({ "account=Firma", "title=Deal", "value=Betrag" }));
    const auto unknownField
        = ImportMapping::parse(QStringLiteral("titel=Deal"), header, ImportMapping::Kind::Deals);
    QVERIFY(!unknownField);
    QVERIFY2(unknownField.error().contains(QLatin1String("titel")), qPrintable(unknownField.error()));
    const auto unknownColumn
        = ImportMapping::parse(QStringLiteral("title=Name"), header, ImportMapping::Kind::Deals);
    QVERIFY(!unknownColumn);
    QVERIFY2(unknownColumn.error().contains(QString::fromUtf8("“Name”")), qPrintable(unknownColumn.error()));
    QVERIFY(!ImportMapping::parse(QStringLiteral("title"), header, ImportMapping::Kind::Deals));
    QVERIFY(!ImportMapping::parse(QStringLiteral("value=9"), header, ImportMapping::Kind::Deals));
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
