// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"
#include "importwriter.h"
#include "testsupport.h"

using namespace Ripen;

class TestImportReport : public QObject
{
    Q_OBJECT
private slots:
    void saysWhatTheImportDid();
    void namesAFewWhenAsked();
};

void TestImportReport::saysWhatTheImportDid()
{
    ImportSummary summary;
    summary.rowsRead = 5;
    summary.imported = 3;
    summary.present = 1;
    summary.skipped = 1;
    summary.withoutAccount = 2;
    summary.stages = QStringList { QStringLiteral("Qualified") };
    QCOMPARE(ImportReport::lines(summary, false),
        Test::strings({ "Rows read: 5", "Imported: 3", "Already present: 1", "Skipped: 1",
            "Deals without an account, under “No account”: 2", "Stages created (1): Qualified" }));
    QCOMPARE(ImportReport::lines(summary, true).at(1), QStringLiteral("Would be imported: 3"));
}

void TestImportReport::namesAFewWhenAsked()
{
    ImportSummary summary;
    for (int i = 1; i <= 12; ++i)
        summary.accounts << QStringLiteral("Account %1").arg(i);
    // The command line names them all; the wizard a few.
    QCOMPARE(ImportReport::lines(summary, false).last().count(QLatin1String("Account ")), 12);
    QCOMPARE(ImportReport::lines(summary, false, 3).last(),
        QStringLiteral("Accounts created (12): Account 1, Account 2, Account 3 and 9 more"));
    QCOMPARE(ImportReport::lines(summary, false, 12).last().count(QLatin1String("Account ")), 12);
}

RIPEN_CORE_TEST_MAIN(TestImportReport)
#include "tst_importreport.moc"
