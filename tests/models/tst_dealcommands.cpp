// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealcommands.h"
#include "followupcommands.h"
#include "settingscommands.h"
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
    void createUndoRedoWithNewParties();
    void undoCreateRefusedOnceTheDealHasHistory();
    void removedStageIsRestoredBeforeItsDealReturns();
    void stageSettingsUndoRedo();
    void lostReasonSettingsUndoRedo();
    void rescheduleIsOneNamedStep();
    void skipUndoRedo();
    void wonSkipsChosenFollowUpsAndUndoPlansThemAgain();
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
    // The loss is recorded with the deal's move into Lost; undo takes it back, redo writes it again,
    // pointing at the move redo made.
    const auto losses = [&] {
        QSqlQuery q = prepared(f.pipeline().connection(),
            QStringLiteral("SELECT l.id, l.lost_on, l.reengage_on, h.to_stage_id FROM losses l "
                           "JOIN stage_history h ON h.id = l.history_id WHERE l.deal_id = ? "
                           "AND h.id = (SELECT max(id) FROM stage_history WHERE deal_id = ?)"),
            { id, id });
        QStringList rows;
        for (q.exec(); q.next();)
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        return rows;
    };
    const auto lossCount = [&] {
        return scalar(f.pipeline().connection(),
            QStringLiteral("SELECT count(*) FROM losses WHERE deal_id = ?"), { id })
            .toInt();
    };
    const QStringList recorded {
        QStringLiteral("1 2026-11-23 2027-02-21 %1").arg(f.stage(QStringLiteral("Lost")))
    };
    QCOMPARE(countFollowUps(), 1);
    QCOMPARE(losses(), recorded);
    f.stack().undo();
    QCOMPARE(f.pipeline().deal(id)->status, DealStatus::Open);
    QCOMPARE(f.pipeline().deal(id)->stageId, f.stage(QStringLiteral("Proposal")));
    QCOMPARE(countFollowUps(), 0);
    QCOMPARE(lossCount(), 0);
    QCOMPARE(f.pipeline().deal(id)->lastLossId, 0);
    f.stack().redo();
    QCOMPARE(f.pipeline().deal(id)->status, DealStatus::Lost);
    QCOMPARE(f.pipeline().deal(id)->lost.reengageOn, QDate(2027, 2, 21));
    QCOMPARE(countFollowUps(), 1);
    QCOMPARE(losses(), recorded);
    QCOMPARE(lossCount(), 1);
    f.stack().undo();
    QCOMPARE(countFollowUps(), 0);
    QCOMPARE(lossCount(), 0);

    // Lost, re-engaged and lost again: undoing the second loss keeps the first.
    f.stack().redo();
    QVERIFY(f.pipeline().reopen(id, f.stage(QStringLiteral("Proposal"))).ok());
    LostInfo again = lost;
    again.reengageOn = QDate(2027, 3, 1);
    QVERIFY(DealCommands::markLost(*f.workspace, id, again).ok());
    QCOMPARE(lossCount(), 2);
    f.stack().undo();
    QCOMPARE(lossCount(), 1);
    QCOMPARE(f.pipeline().deal(id)->lastLossId, 1);
    f.stack().redo();
    QCOMPARE(lossCount(), 2);
    QCOMPARE(f.pipeline().deal(id)->lastLossId, 2);
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

void TestDealCommands::createUndoRedoWithNewParties()
{
    Fixture f;
    Deal deal;
    deal.title = QStringLiteral("Nordwind pilot");
    deal.stageId = f.stage(QStringLiteral("Contact made"));
    deal.value = Money { 900000, QStringLiteral("EUR") };
    NewParties parties;
    parties.accountName = QStringLiteral("Nordwind AG");
    parties.contactName = QStringLiteral("Ines Ahl");
    const auto created = DealCommands::create(*f.workspace, deal, parties);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const qint64 id = *created;
    const Deal stored = *f.pipeline().deal(id);
    QCOMPARE(f.stack().count(), 1);
    QCOMPARE(f.stack().undoText(), QStringLiteral("new deal “Nordwind pilot”"));
    QCOMPARE(f.column(QStringLiteral("Contact made")), QList<qint64> { id });

    // Undo takes the deal away, and the account and contact typed in with it.
    f.stack().undo();
    QVERIFY(!f.pipeline().deal(id));
    QVERIFY(!f.pipeline().account(stored.accountId));
    QVERIFY(!f.pipeline().contact(stored.contactId));
    QCOMPARE(
        scalar(f.pipeline().connection(), QStringLiteral("SELECT count(*) FROM stage_history")).toInt(), 0);
    QVERIFY(f.column(QStringLiteral("Contact made")).isEmpty());

    // Redo brings all three back under the same ids, so later steps still find them.
    f.stack().redo();
    const auto again = f.pipeline().deal(id);
    QVERIFY(again);
    QCOMPARE(again->title, stored.title);
    QCOMPARE(again->accountId, stored.accountId);
    QCOMPARE(again->contactId, stored.contactId);
    QCOMPARE(f.pipeline().account(stored.accountId)->name, QStringLiteral("Nordwind AG"));
    QCOMPARE(f.pipeline().contact(stored.contactId)->name, QStringLiteral("Ines Ahl"));
    QCOMPARE(f.column(QStringLiteral("Contact made")), QList<qint64> { id });
    // And the search index followed: the board's filter finds it by its account.
    QCOMPARE(scalar(f.pipeline().connection(),
                 QStringLiteral("SELECT rowid FROM deal_search WHERE deal_search MATCH 'Nordwind'"))
                 .toLongLong(),
        id);

    // A step after the creation still works across undo and redo of both.
    QVERIFY(DealCommands::move(*f.workspace, id, f.stage(QStringLiteral("Proposal"))).ok());
    f.stack().undo();
    f.stack().undo();
    QVERIFY(!f.pipeline().deal(id));
    f.stack().redo();
    f.stack().redo();
    QCOMPARE(f.column(QStringLiteral("Proposal")), QList<qint64> { id });
}

void TestDealCommands::undoCreateRefusedOnceTheDealHasHistory()
{
    Fixture f;
    Account account;
    account.name = QStringLiteral("Kept GmbH");
    const qint64 accountId = *f.pipeline().createAccount(account);
    Deal deal;
    deal.title = QStringLiteral("Kept deal");
    deal.accountId = accountId;
    deal.stageId = f.stage(QStringLiteral("Lead in"));
    const qint64 id = *DealCommands::create(*f.workspace, deal);
    Touch touch;
    touch.dealId = id;
    touch.channel = Channel::Call;
    touch.occurredAt = f.clock.now();
    touch.outcome = TouchOutcome::Conversation;
    QVERIFY(f.pipeline().logTouch(touch).ok());

    // Undoing the creation would throw the touch away with it: refused, and said why.
    QSignalSpy failed(f.workspace.get(), &Workspace::commandFailed);
    f.stack().undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("Kept deal")),
        qPrintable(failed.first().first().toString()));
    QVERIFY(f.pipeline().deal(id));
    // An account that existed before is never removed with the deal.
    QVERIFY(f.pipeline().account(accountId));
}

void TestDealCommands::removedStageIsRestoredBeforeItsDealReturns()
{
    // The bug: move the only deal out of "Lead in", remove "Lead in", undo. The deal went back into the
    // archived stage, open but on no column.
    Fixture f;
    const qint64 leadIn = f.stage(QStringLiteral("Lead in"));
    const qint64 id = f.deal(QStringLiteral("Acme renewal"));
    QVERIFY(DealCommands::move(*f.workspace, id, f.stage(QStringLiteral("Contact made"))).ok());
    const auto removed = SettingsCommands::removeStage(*f.workspace, leadIn);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(f.stack().undoText(), QStringLiteral("remove stage “Lead in”"));

    f.stack().undo(); // the stage is back, first again
    QCOMPARE(f.pipeline().stages().first().id, leadIn);
    f.stack().undo(); // and the deal returns to a column the board shows
    QCOMPARE(f.column(QStringLiteral("Lead in")), QList<qint64> { id });
    bool shown = false;
    for (const Stage &stage : f.pipeline().stages())
        shown = shown || stage.id == f.pipeline().deal(id)->stageId;
    QVERIFY(shown);

    // Whatever the undo history, Pipeline itself refuses to put a deal into a removed stage.
    f.stack().redo();
    f.stack().redo();
    QVERIFY(f.pipeline().stage(leadIn)->archived);
    Deal snapshot = *f.pipeline().deal(id);
    snapshot.stageId = leadIn;
    const auto restored = f.pipeline().restoreDeal(snapshot);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("Lead in")), qPrintable(restored.error()));
    QVERIFY(!f.pipeline().moveDeal(id, leadIn).ok());
    QVERIFY(!f.pipeline().reopen(id, leadIn).ok());
    Deal fresh;
    fresh.title = QStringLiteral("Into nowhere");
    fresh.accountId = f.pipeline().deal(id)->accountId;
    fresh.stageId = leadIn;
    QVERIFY(!f.pipeline().createDeal(fresh).ok());
    QCOMPARE(f.pipeline().deal(id)->stageId, f.stage(QStringLiteral("Contact made")));
}

void TestDealCommands::stageSettingsUndoRedo()
{
    Fixture f;
    const qint64 leadIn = f.stage(QStringLiteral("Lead in"));
    const qint64 qualified = f.stage(QStringLiteral("Contact made"));
    const qint64 a = f.deal(QStringLiteral("A"));
    const qint64 b = f.deal(QStringLiteral("B")); // on top of A
    const auto openIds = [&f] {
        QList<qint64> ids;
        for (const Stage &stage : f.pipeline().stages()) {
            if (stage.kind == StageKind::Open)
                ids << stage.id;
        }
        return ids;
    };
    const QList<qint64> initialOrder = openIds();

    // Add
    const auto added = SettingsCommands::addStage(*f.workspace, QStringLiteral("Pilot"), 21);
    QVERIFY(added.ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("add stage “Pilot”"));
    QCOMPARE(openIds(), initialOrder + QList<qint64> { *added });
    f.stack().undo();
    QCOMPARE(openIds(), initialOrder);
    f.stack().redo();
    QCOMPARE(openIds(), initialOrder + QList<qint64> { *added });

    // Rename and rot days
    const int qualifiedRotDays = f.pipeline().stage(qualified)->rotDays;
    QVERIFY(qualifiedRotDays != 3);
    Stage renamed = *f.pipeline().stage(qualified);
    renamed.name = QStringLiteral("First call");
    renamed.rotDays = 3;
    QVERIFY(SettingsCommands::updateStage(*f.workspace, renamed).ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("change stage “First call”"));
    f.stack().undo();
    QCOMPARE(f.pipeline().stage(qualified)->name, QStringLiteral("Contact made"));
    QCOMPARE(f.pipeline().stage(qualified)->rotDays, qualifiedRotDays);
    f.stack().redo();
    QCOMPARE(f.pipeline().stage(qualified)->name, QStringLiteral("First call"));
    QCOMPARE(f.pipeline().stage(qualified)->rotDays, 3);

    // Reorder
    QList<qint64> reordered = openIds();
    reordered.move(0, reordered.size() - 1);
    QVERIFY(SettingsCommands::reorderStages(*f.workspace, reordered).ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("reorder stages"));
    f.stack().undo();
    QCOMPARE(openIds().first(), leadIn);
    f.stack().redo();
    QCOMPARE(openIds(), reordered);

    // Remove a stage that holds deals: they move, and come back in their order on undo.
    QVERIFY(SettingsCommands::removeStage(*f.workspace, leadIn, qualified).ok());
    QCOMPARE(f.column(QStringLiteral("First call")), (QList<qint64> { b, a }));
    f.stack().undo();
    QCOMPARE(f.column(QStringLiteral("Lead in")), (QList<qint64> { b, a }));
    QVERIFY(f.column(QStringLiteral("First call")).isEmpty());
    QCOMPARE(openIds(), reordered);
    f.stack().redo();
    QVERIFY(f.pipeline().stage(leadIn)->archived);
    QCOMPARE(f.column(QStringLiteral("First call")), (QList<qint64> { b, a }));

    // A refused change leaves the stack alone.
    const int steps = f.stack().count();
    QVERIFY(!SettingsCommands::addStage(*f.workspace, QStringLiteral("  "), 5).ok());
    QCOMPARE(f.stack().count(), steps);
}

void TestDealCommands::lostReasonSettingsUndoRedo()
{
    Fixture f;
    const int initial = f.pipeline().lostReasons().size();
    LostReason reason;
    reason.label = QStringLiteral("Budget frozen");
    reason.meaning = NoMeaning::Timing;
    reason.reengageDays = 120;
    const auto added = SettingsCommands::addLostReason(*f.workspace, reason);
    QVERIFY(added.ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("add lost reason “Budget frozen”"));
    QCOMPARE(f.pipeline().lostReasons().size(), initial + 1);
    f.stack().undo();
    QCOMPARE(f.pipeline().lostReasons().size(), initial);
    f.stack().redo();
    QCOMPARE(f.pipeline().lostReasons().size(), initial + 1);

    LostReason edited = *f.pipeline().lostReason(*added);
    edited.reengageDays = 30;
    QVERIFY(SettingsCommands::updateLostReason(*f.workspace, edited).ok());
    f.stack().undo();
    QCOMPARE(f.pipeline().lostReason(*added)->reengageDays, 120);
    f.stack().redo();
    QCOMPARE(f.pipeline().lostReason(*added)->reengageDays, 30);

    QVERIFY(SettingsCommands::removeLostReason(*f.workspace, *added).ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("remove lost reason “Budget frozen”"));
    QCOMPARE(f.pipeline().lostReasons().size(), initial);
    f.stack().undo();
    QCOMPARE(f.pipeline().lostReasons().size(), initial + 1);
    QCOMPARE(f.pipeline().lostReasons().last().id, *added);
}

namespace {

qint64 planOn(Pipeline &pipeline, qint64 dealId, const QDate &due)
{
    FollowUp planned;
    planned.dealId = dealId;
    planned.dueOn = due;
    return *pipeline.scheduleFollowUp(planned);
}

} // namespace

void TestDealCommands::rescheduleIsOneNamedStep()
{
    Fixture f;
    const qint64 deal = f.deal(QStringLiteral("Acme renewal"));
    const QDate tuesday(2026, 12, 1);
    const qint64 a = planOn(f.pipeline(), deal, QDate(2026, 11, 20));
    const qint64 b = planOn(f.pipeline(), deal, QDate(2026, 11, 24));
    const qint64 c = planOn(f.pipeline(), deal, QDate(2026, 11, 26));
    const qint64 laterStep = planOn(f.pipeline(), deal, QDate(2026, 12, 10));
    QVERIFY(FollowUpCommands::reschedule(*f.workspace, { a, b, c }, tuesday).ok());
    QCOMPARE(f.stack().count(), 1);
    QCOMPARE(f.stack().undoText(), QStringLiteral("reschedule 3 follow-ups to Tue 1 Dec"));
    for (qint64 id : { a, b, c })
        QCOMPARE(f.pipeline().followUp(id)->dueOn, tuesday);
    f.stack().undo();
    QCOMPARE(f.pipeline().followUp(a)->dueOn, QDate(2026, 11, 20));
    QCOMPARE(f.pipeline().followUp(b)->dueOn, QDate(2026, 11, 24));
    QCOMPARE(f.pipeline().followUp(c)->dueOn, QDate(2026, 11, 26));
    f.stack().redo();
    QCOMPARE(f.pipeline().followUp(c)->dueOn, tuesday);

    // With the later steps of a cadence: one step, named with them.
    QVERIFY(FollowUpCommands::reschedule(
        *f.workspace, { a }, QDate(2026, 12, 3), { { laterStep, QDate(2026, 12, 12) } })
                .ok());
    QCOMPARE(f.stack().count(), 2);
    QCOMPARE(f.stack().undoText(), QStringLiteral("reschedule 1 follow-up to Thu 3 Dec and 1 later step"));
    f.stack().undo();
    QCOMPARE(f.pipeline().followUp(a)->dueOn, tuesday);
    QCOMPARE(f.pipeline().followUp(laterStep)->dueOn, QDate(2026, 12, 10));

    // Dropped on its own day: nothing happens, and nothing lands on the stack.
    QVERIFY(FollowUpCommands::reschedule(*f.workspace, { a }, tuesday).ok());
    QCOMPARE(f.stack().count(), 2);
    QCOMPARE(f.stack().index(), 1);
}

void TestDealCommands::skipUndoRedo()
{
    Fixture f;
    const qint64 deal = f.deal(QStringLiteral("Acme renewal"));
    const qint64 a = planOn(f.pipeline(), deal, QDate(2026, 11, 20));
    QVERIFY(!FollowUpCommands::skip(*f.workspace, { a }, QString()).ok());
    QCOMPARE(f.stack().count(), 0);
    QVERIFY(FollowUpCommands::skip(*f.workspace, { a }, QStringLiteral("They asked for January")).ok());
    QCOMPARE(f.stack().undoText(), QStringLiteral("skip 1 follow-up"));
    QCOMPARE(f.pipeline().followUp(a)->skipReason, QStringLiteral("They asked for January"));
    f.stack().undo();
    QVERIFY(!f.pipeline().followUp(a)->isDone());
    f.stack().redo();
    QVERIFY(f.pipeline().followUp(a)->isSkipped());
}

void TestDealCommands::wonSkipsChosenFollowUpsAndUndoPlansThemAgain()
{
    Fixture f;
    const qint64 deal = f.deal(QStringLiteral("Acme renewal"), QStringLiteral("Negotiation"));
    const qint64 keep = planOn(f.pipeline(), deal, QDate(2026, 11, 30));
    const qint64 drop = planOn(f.pipeline(), deal, QDate(2026, 12, 2));
    QVERIFY(DealCommands::markWon(
        *f.workspace, deal, Money { 1800000, QStringLiteral("EUR") }, QDate(2026, 11, 23), { drop })
                .ok());
    QCOMPARE(f.stack().count(), 1);
    QVERIFY(f.pipeline().followUp(drop)->isSkipped());
    QVERIFY(!f.pipeline().followUp(keep)->isDone());
    f.stack().undo();
    QCOMPARE(f.pipeline().deal(deal)->status, DealStatus::Open);
    QCOMPARE(f.pipeline().openFollowUpsOfDeal(deal).size(), 2);
    f.stack().redo();
    QCOMPARE(f.pipeline().deal(deal)->status, DealStatus::Won);
    QCOMPARE(f.pipeline().openFollowUpsOfDeal(deal).size(), 1);
}

RIPEN_GUI_TEST_MAIN(TestDealCommands)
#include "tst_dealcommands.moc"
