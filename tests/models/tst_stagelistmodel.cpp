// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagelistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace Ripen;
using Ripen::Test::TestDatabase;

class TestStageListModel : public QObject
{
    Q_OBJECT
private slots:
    void listsStagesInBoardOrder();
    void countsFollowMoves();
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

RIPEN_CORE_TEST_MAIN(TestStageListModel)
#include "tst_stagelistmodel.moc"
