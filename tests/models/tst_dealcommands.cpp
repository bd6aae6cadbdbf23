#include "dealcommands.h"
#include "sqlutil.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Ripen;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    FixedClock clock { Test::fixedNow() };
    std::unique_ptr<Workspace> workspace;

    Fixture()
    {
        QString error;
        workspace = Workspace::open(dir.filePath(QStringLiteral("w.sqlite")), clock, &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
    }
    Pipeline &pipeline() { return workspace->pipeline(); }
    QUndoStack &stack() { return workspace->undoStack(); }
    qint64 stage(const QString &name)
    {
        return scalar(
            pipeline().connection(), QStringLiteral("SELECT id FROM stages WHERE name = ?"), { name })
            .toLongLong();
    }
    qint64 deal(const QString &title, const QString &stageName = QStringLiteral("Lead in"))
    {
        Account account;
        account.name = title + QStringLiteral(" Ltd");
        Deal deal;
        deal.title = title;
        deal.accountId = *pipeline().createAccount(account);
        deal.stageId = stage(stageName);
        deal.value = Money { 1500000, QStringLiteral("EUR") };
        return *pipeline().createDeal(deal);
    }
    QList<qint64> column(const QString &stageName)
    {
        QList<qint64> ids;
        QSqlQuery q = prepared(pipeline().connection(),
            QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY position, id"),
            { stage(stageName) });
        q.exec();
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }
};

} // namespace

class TestDealCommands : public QObject
{
    Q_OBJECT
private slots:
    void moveUndoRedo();
    void reorderUndoRedo();
    void failedMoveLeavesTheStackAlone();
    void wonUndoRedo();
    void lostWithFirstTouchUndoRedo();
    void editUndoRedo();
};

void TestDealCommands::moveUndoRedo()
{
    Fixture f;
    const qint64 other = f.deal(QStringLiteral("Other"));
    const qint64 id = f.deal(QStringLiteral("Acme renewal")); // new deals go on top
    QVERIFY(DealCommands::move(*f.workspace, id, f.stage(QStringLiteral("Proposal"))).ok());
    QCOMPARE(f.stack().count(), 1);
    // The Edit menu names what Undo will do.
    QCOMPARE(f.stack().undoText(), QStringLiteral("move “Acme renewal” to Proposal"));
    std::unique_ptr<QAction> undo(f.stack().createUndoAction(nullptr, QStringLiteral("Undo")));
    QCOMPARE(undo->text(), QStringLiteral("Undo move “Acme renewal” to Proposal"));
    QCOMPARE(f.column(QStringLiteral("Proposal")), QList<qint64> { id });

    QSignalSpy moved(&f.pipeline(), &Pipeline::dealMoved);
    f.stack().undo();
    QCOMPARE(f.column(QStringLiteral("Lead in")), (QList<qint64> { id, other }));
    QCOMPARE(f.column(QStringLiteral("Proposal")), QList<qint64> {});
    QCOMPARE(moved.count(), 1);
    f.stack().redo();
    QCOMPARE(f.column(QStringLiteral("Proposal")), QList<qint64> { id });
    QCOMPARE(f.column(QStringLiteral("Lead in")), QList<qint64> { other });
    // Every stage change, undo and redo included, is in the history.
    QCOMPARE(scalar(f.pipeline().connection(),
                 QStringLiteral("SELECT count(*) FROM stage_history WHERE deal_id = ?"), { id })
                 .toInt(),
        4);
}

void TestDealCommands::reorderUndoRedo()
{
    Fixture f;
    const qint64 c = f.deal(QStringLiteral("C"));
    const qint64 b = f.deal(QStringLiteral("B"));
    const qint64 a = f.deal(QStringLiteral("A"));
    QVERIFY(DealCommands::move(*f.workspace, c, f.stage(QStringLiteral("Lead in")), a).ok());
    QCOMPARE(f.column(QStringLiteral("Lead in")), (QList<qint64> { c, a, b }));
    QCOMPARE(f.stack().undoText(), QStringLiteral("reorder “C” in Lead in"));
    f.stack().undo();
    QCOMPARE(f.column(QStringLiteral("Lead in")), (QList<qint64> { a, b, c }));
    f.stack().redo();
    QCOMPARE(f.column(QStringLiteral("Lead in")), (QList<qint64> { c, a, b }));
    // Dropping a card where it already is changes nothing and adds nothing to undo.
    QVERIFY(DealCommands::move(*f.workspace, c, f.stage(QStringLiteral("Lead in")), a).ok());
    QCOMPARE(f.stack().count(), 1);
}

void TestDealCommands::failedMoveLeavesTheStackAlone()
{
    Fixture f;
    const qint64 id = f.deal(QStringLiteral("Acme renewal"));
    const auto result = DealCommands::move(*f.workspace, id, f.stage(QStringLiteral("Won")));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QCOMPARE(f.stack().count(), 0);
    QCOMPARE(f.pipeline().deal(id)->stageId, f.stage(QStringLiteral("Lead in")));
}

void TestDealCommands::wonUndoRedo()
{
    Fixture f;
    const qint64 id = f.deal(QStringLiteral("Acme renewal"), QStringLiteral("Negotiation"));
    QVERIFY(
        DealCommands::markWon(*f.workspace, id, Money { 1800000, QStringLiteral("EUR") }, QDate(2026, 11, 23))
            .ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("mark “Acme renewal” as won"));
    f.stack().undo();
    auto deal = *f.pipeline().deal(id);
    QCOMPARE(deal.status, DealStatus::Open);
    QCOMPARE(deal.stageId, f.stage(QStringLiteral("Negotiation")));
    QCOMPARE(deal.value.minor, 1500000);
    QVERIFY(!deal.wonOn.isValid());
    f.stack().redo();
    deal = *f.pipeline().deal(id);
    QCOMPARE(deal.status, DealStatus::Won);
    QCOMPARE(deal.value.minor, 1800000);
    QCOMPARE(deal.wonOn, QDate(2026, 11, 23));
}

void TestDealCommands::lostWithFirstTouchUndoRedo()
{
    Fixture f;
    const qint64 id = f.deal(QStringLiteral("Acme renewal"), QStringLiteral("Proposal"));
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = f.pipeline().lostReasons().first().id;
    lost.reengageOn = QDate(2027, 2, 21);
    FollowUp first;
    first.dueOn = QDate(2026, 12, 14);
    first.plannedValueKind = ValueKind::Insight;
    first.plannedValue = QStringLiteral("Year-end benchmark");
    QVERIFY(DealCommands::markLost(*f.workspace, id, lost, first).ok());
    const auto countFollowUps = [&] {
        return scalar(f.pipeline().connection(),
            QStringLiteral("SELECT count(*) FROM follow_ups WHERE deal_id = ?"), { id })
            .toInt();
    };
    QCOMPARE(countFollowUps(), 1);
    f.stack().undo();
    QCOMPARE(f.pipeline().deal(id)->status, DealStatus::Open);
    QCOMPARE(f.pipeline().deal(id)->stageId, f.stage(QStringLiteral("Proposal")));
    QCOMPARE(countFollowUps(), 0);
    f.stack().redo();
    QCOMPARE(f.pipeline().deal(id)->status, DealStatus::Lost);
    QCOMPARE(f.pipeline().deal(id)->lost.reengageOn, QDate(2027, 2, 21));
    QCOMPARE(countFollowUps(), 1);
    f.stack().undo();
    QCOMPARE(countFollowUps(), 0);
}

void TestDealCommands::editUndoRedo()
{
    Fixture f;
    const qint64 id = f.deal(QStringLiteral("Acme renewal"));
    Deal edited = *f.pipeline().deal(id);
    edited.title = QStringLiteral("Acme renewal 2027");
    edited.owner = QStringLiteral("Sam");
    QVERIFY(DealCommands::edit(*f.workspace, edited).ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("edit “Acme renewal 2027”"));
    f.stack().undo();
    QCOMPARE(f.pipeline().deal(id)->title, QStringLiteral("Acme renewal"));
    f.stack().redo();
    QCOMPARE(f.pipeline().deal(id)->title, QStringLiteral("Acme renewal 2027"));
    QCOMPARE(f.pipeline().deal(id)->owner, QStringLiteral("Sam"));
}

RIPEN_GUI_TEST_MAIN(TestDealCommands)
#include "tst_dealcommands.moc"
