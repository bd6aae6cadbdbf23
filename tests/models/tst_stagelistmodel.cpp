// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookups/lookupmodel.h"
#include "sqlutil.h"
#include "stagelistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace Ripen;
using Ripen::Test::TestDatabase;

class TestStageListModel : public QObject
{
    Q_OBJECT
private slots:
    void listsStagesInBoardOrder();
    void countsFollowMoves();
    void ownersAreReadOneProbeEach();
};

void TestStageListModel::listsStagesInBoardOrder()
{
    TestDatabase t;
    StageListModel model(t.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(StageListModel::ColumnCount));
    QCOMPARE(model.index(0, StageListModel::Name).data().toString(), QStringLiteral("Lead in"));
    QCOMPARE(model.index(5, StageListModel::Kind).data().toString(), QStringLiteral("Won"));
    QCOMPARE(model.index(6, 0).data(StageListModel::KindRole).toString(), QStringLiteral("lost"));
    QCOMPARE(model.index(0, 0).data(StageListModel::StageIdRole).toLongLong(),
        t.stageId(QStringLiteral("Lead in")));
    QCOMPARE(model.headerData(StageListModel::DealCount, Qt::Horizontal).toString(), QStringLiteral("Deals"));
}

void TestStageListModel::countsFollowMoves()
{
    TestDatabase t;
    StageListModel model(t.pipeline());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = t.deal(QStringLiteral("Acme renewal"));
    QCOMPARE(model.index(0, StageListModel::DealCount).data().toInt(), 1);
    QVERIFY(t.pipeline().moveDeal(id, t.stageId(QStringLiteral("Proposal"))).ok());
    QCOMPARE(model.index(0, StageListModel::DealCount).data().toInt(), 0);
    QCOMPARE(model.index(3, StageListModel::DealCount).data().toInt(), 1);
}

void TestStageListModel::ownersAreReadOneProbeEach()
{
    TestDatabase t;
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const QStringList owners { QStringLiteral("Sam"), QStringLiteral("Alex"), QString(),
        QStringLiteral("Sam"), QStringLiteral("Zoe"), QStringLiteral("Alex") };
    for (int i = 0; i < owners.size(); ++i) {
        Deal deal;
        deal.title = QStringLiteral("Deal %1").arg(i);
        deal.accountId = t.account(QStringLiteral("Account %1").arg(i));
        deal.stageId = lead;
        deal.owner = owners.at(i);
        QVERIFY(t.pipeline().createDeal(deal).ok());
    }
    OwnerListModel model(t.pipeline());
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.index(row, 0).data().toString();
    QCOMPARE(listed, Test::strings({ "Alex", "Sam", "Zoe" }));
    // Each step of the walk is one search of the owner index, never a scan of the deals.
    QSqlQuery plan(t.connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + OwnerListModel::selectSql()));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(details.contains(QStringLiteral("SEARCH deals USING COVERING INDEX deals_owner (owner>?)")),
        qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("SCAN deals")), qPrintable(details));
}

RIPEN_CORE_TEST_MAIN(TestStageListModel)
#include "tst_stagelistmodel.moc"
