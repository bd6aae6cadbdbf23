// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardview.h"
#include "board/dealcarddelegate.h"
#include "board/droptarget.h"
#include "board/stagecolumnview.h"
#include "dealactions.h"
#include "dealsearch.h"
#include "dialogs/dealdialog.h"
#include "dialogs/lostdialog.h"
#include "dialogs/pipelinesettingsdialog.h"
#include "dialogs/wondialog.h"
#include "prompter.h"
#include "sqlutil.h"
#include "stagecolumnmodel.h"
#include "testsupport.h"
#include "ui_dealdialog.h"
#include "viewfixture.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Ripen;

namespace {

// A board on a fresh database: three deals in Lead in, one in Proposal, a fixed "today".
struct Board : Test::ViewFixture
{
    std::unique_ptr<BoardView> view;
    qint64 acme = 0, globex = 0, initech = 0, umbrella = 0;

    Board()
        : ViewFixture(QStringLiteral("board.sqlite"))
    {
        umbrella = deal(QStringLiteral("Umbrella pilot"), QStringLiteral("Proposal"),
            QStringLiteral("Umbrella"), 9000000);
        initech = deal(
            QStringLiteral("Initech licences"), QStringLiteral("Lead in"), QStringLiteral("Initech"), 240000);
        globex = deal(QStringLiteral("Globex support renewal"), QStringLiteral("Lead in"),
            QStringLiteral("Globex"), 1800000);
        acme = deal(
            QStringLiteral("Acme renewal"), QStringLiteral("Lead in"), QStringLiteral("Acme Corp"), 4200000);
        view = std::make_unique<BoardView>(context());
        view->setWorkspace(workspace.get());
        view->resize(1100, 700);
        view->show();
    }
    Pipeline &pipeline() { return workspace->pipeline(); }
    qint64 stage(const QString &name)
    {
        return scalar(
            pipeline().connection(), QStringLiteral("SELECT id FROM stages WHERE name = ?"), { name })
            .toLongLong();
    }
    qint64 deal(const QString &title, const QString &stageName, const QString &account, qint64 value)
    {
        Deal d;
        d.title = title;
        d.stageId = stage(stageName);
        d.value = Money { value, QStringLiteral("EUR") };
        d.owner = title.startsWith(QLatin1Char('G')) ? QStringLiteral("Alex") : QStringLiteral("Sam");
        return *pipeline().createDeal(d, NewParties { account, {}, ContactRole::Other });
    }
    // An open follow-up on the deal, planned for dueOn.
    qint64 followUp(qint64 dealId, const QDate &dueOn, Channel channel, ValueKind kind, const QString &value,
        Cadence cadence = Cadence::None, qint64 seriesId = 0)
    {
        FollowUp f;
        f.dealId = dealId;
        f.dueOn = dueOn;
        f.channel = channel;
        f.plannedValueKind = kind;
        f.plannedValue = value;
        f.cadence = cadence;
        f.seriesId = seriesId;
        return *pipeline().scheduleFollowUp(f);
    }
    bool isOpen(qint64 followUpId) { return !pipeline().followUp(followUpId)->isDone(); }
    QString skipReason(qint64 followUpId) { return pipeline().followUp(followUpId)->skipReason; }
    CardListView *list(const QString &stageName) { return view->columnList(stage(stageName)); }
    StageColumnModel *model(const QString &stageName) { return view->columnModel(stage(stageName)); }
    QList<qint64> ids(const QString &stageName)
    {
        QList<qint64> ids;
        StageColumnModel *m = model(stageName);
        for (int row = 0; row < m->rowCount(); ++row)
            ids << m->dealIdAt(row);
        return ids;
    }
};

std::unique_ptr<QMimeData> dragOf(StageColumnModel *model, qint64 dealId)
{
    return std::unique_ptr<QMimeData>(model->mimeData({ model->index(model->rowOfDeal(dealId), 0) }));
}

// What a drag and drop delivers to the widget under the cursor: enter, move, drop.
void dropOn(QWidget *target, const QPoint &pos, const QMimeData *mime)
{
    QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

template<typename Dialog> Dialog *openDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = parent->findChild<Dialog *>()) && dialog->isVisible()); }();
    return dialog;
}

// Presses one of the dialog's own buttons with the mouse, as a user would; false when the button is
// missing, hidden or disabled, for then a user could not press it either.
bool clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QPushButton *button = box ? box->button(which) : nullptr;
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// The rows of a Won or Lost dialog's open follow-ups: their text, and whether each is ticked (kept).
QStringList rowTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

QList<bool> rowsKept(const QListWidget *list)
{
    QList<bool> kept;
    for (int row = 0; row < list->count(); ++row)
        kept << (list->item(row)->checkState() == Qt::Checked);
    return kept;
}

// The button Enter presses: the OK button of a question, so that typing and pressing Enter answers it.
bool okIsDefault(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box && box->button(QDialogButtonBox::Ok) && box->button(QDialogButtonBox::Ok)->isDefault();
}

} // namespace

class TestBoardView : public QObject
{
    Q_OBJECT
private slots:
    void showsOneColumnPerOpenStage();
    void dropOnAnotherColumnChangesTheStage();
    void dropInsideAColumnReorders();
    void keyboardMovesSelectionAndDeals();
    void enterOpensTheTimeline();
    void keyboardReordersWithinAColumn();
    void lostDialogCancelChangesNothing();
    void journeyLostForTimingComesBackLater();
    void wonDropAsksForValueAndDate();
    void wonKeepsTheFollowUpsLeftTickedAndUndoPlansTheRestAgain();
    void lostCancelsTheFollowUpsButKeepsThePlannedReEngagement();
    void filtersByTextOwnerAndAttention();
    void textFilterWaitsForTheSearchIndex();
    void newDealWithANewAccount();
    void newDealRefusesMissingTitle();
    void editDealIsUndoable();
    void settingsRenameAndReorderReachTheBoard();
    void settingsRemoveStageAsksWhereDealsGo();
    void settingsEnterInTheTableChangesNothing();
    void undoAfterRemovingTheEmptiedStageShowsTheDeal();
    void databaseClosedUnderTheBoardIsLetGo();
};

void TestBoardView::showsOneColumnPerOpenStage()
{
    Board b;
    QCOMPARE(b.view->stageIds().size(), 5);
    StageColumnView *lead = b.view->column(b.stage(QStringLiteral("Lead in")));
    QCOMPARE(lead->headerText(), QStringLiteral("Lead in\n3 deals worth €62,400"));
    QCOMPARE(b.view->column(b.stage(QStringLiteral("Proposal")))->headerText(),
        QStringLiteral("Proposal\n1 deal worth €90,000"));
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.acme, b.globex, b.initech }));
    QVERIFY(!b.view->column(b.stage(QStringLiteral("Won"))));
    QVERIFY(b.view->wonTarget()->isVisible());
    QVERIFY(b.view->lostTarget()->isVisible());
    // Cards are painted by the delegate and say where the next step stands.
    const QModelIndex card = b.model(QStringLiteral("Lead in"))->index(0, 0);
    QCOMPARE(DealCardDelegate::nextStepText(card), QStringLiteral("No next step"));
    QCOMPARE(DealCardDelegate::touchesText(card), QStringLiteral("No touches yet"));
}

void TestBoardView::dropOnAnotherColumnChangesTheStage()
{
    Board b;
    CardListView *target = b.list(QStringLiteral("Proposal"));
    auto mime = dragOf(b.model(QStringLiteral("Lead in")), b.globex);
    // Below the last card of Proposal: the end of the column.
    const QRect last = target->visualRect(target->model()->index(0, 0));
    dropOn(target->viewport(), QPoint(last.center().x(), last.bottom() + 20), mime.get());
    QTRY_COMPARE(b.pipeline().deal(b.globex)->stageId, b.stage(QStringLiteral("Proposal")));
    QCOMPARE(b.ids(QStringLiteral("Proposal")), (QList<qint64> { b.umbrella, b.globex }));
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.acme, b.initech }));
    QCOMPARE(scalar(b.pipeline().connection(),
                 QStringLiteral("SELECT count(*) FROM stage_history WHERE deal_id = ? AND to_stage_id = ?"),
                 { b.globex, b.stage(QStringLiteral("Proposal")) })
                 .toInt(),
        1);
    QVERIFY(b.view->column(b.stage(QStringLiteral("Proposal")))
                ->headerText()
                .contains(QStringLiteral("2 deals")));
    QCOMPARE(
        b.workspace->undoStack().undoText(), QStringLiteral("move “Globex support renewal” to Proposal"));
    b.workspace->undoStack().undo();
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.acme, b.globex, b.initech }));
    QVERIFY(b.prompter.errors.isEmpty());
}

void TestBoardView::dropInsideAColumnReorders()
{
    Board b;
    CardListView *list = b.list(QStringLiteral("Lead in"));
    auto mime = dragOf(b.model(QStringLiteral("Lead in")), b.initech);
    // On the upper half of the first card: in front of it.
    const QRect first = list->visualRect(list->model()->index(0, 0));
    dropOn(list->viewport(), QPoint(first.center().x(), first.top() + 3), mime.get());
    QTRY_COMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.initech, b.acme, b.globex }));
    QCOMPARE(b.pipeline().deal(b.initech)->stageId, b.stage(QStringLiteral("Lead in")));
}

void TestBoardView::keyboardMovesSelectionAndDeals()
{
    Board b;
    QVERIFY(QTest::qWaitForWindowActive(b.view.get()));
    QVERIFY(b.view->selectDeal(b.globex));
    CardListView *lead = b.list(QStringLiteral("Lead in"));
    QTRY_VERIFY(lead->hasFocus());
    QCOMPARE(b.view->currentDealId(), b.globex);
    QTest::keyClick(lead, Qt::Key_Down);
    QCOMPARE(b.view->currentDealId(), b.initech);
    QTest::keyClick(lead, Qt::Key_Up);
    // Right arrow goes to the next column; Left comes back.
    QTest::keyClick(lead, Qt::Key_Right);
    QTRY_VERIFY(b.list(QStringLiteral("Contact made"))->hasFocus());
    QTest::keyClick(b.list(QStringLiteral("Contact made")), Qt::Key_Left);
    QTRY_VERIFY(lead->hasFocus());
    QCOMPARE(b.view->currentDealId(), b.globex);
    // Ctrl+Right moves the deal to the next stage and keeps it selected there.
    QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
    QTRY_COMPARE(b.pipeline().deal(b.globex)->stageId, b.stage(QStringLiteral("Contact made")));
    QCOMPARE(b.view->currentDealId(), b.globex);
    QTest::keyClick(b.list(QStringLiteral("Contact made")), Qt::Key_Right, Qt::ControlModifier);
    QTRY_COMPARE(b.pipeline().deal(b.globex)->stageId, b.stage(QStringLiteral("Discovery")));
    QTest::keyClick(b.list(QStringLiteral("Discovery")), Qt::Key_Left, Qt::ControlModifier);
    QTRY_COMPARE(b.pipeline().deal(b.globex)->stageId, b.stage(QStringLiteral("Contact made")));
    QCOMPARE(b.workspace->undoStack().count(), 3);
    // Ctrl+Z through the undo stack brings it back step by step.
    b.workspace->undoStack().undo();
    QCOMPARE(b.pipeline().deal(b.globex)->stageId, b.stage(QStringLiteral("Discovery")));
}

void TestBoardView::enterOpensTheTimeline()
{
    Board b;
    QVERIFY(QTest::qWaitForWindowActive(b.view.get()));
    QSignalSpy open(b.view.get(), &WorkspaceView::showDealRequested);
    QVERIFY(b.view->selectDeal(b.acme));
    QTest::keyClick(b.list(QStringLiteral("Lead in")), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), b.acme);
    QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("timeline"));
}

void TestBoardView::keyboardReordersWithinAColumn()
{
    Board b;
    QVERIFY(QTest::qWaitForWindowActive(b.view.get()));
    QVERIFY(b.view->selectDeal(b.acme));
    CardListView *lead = b.list(QStringLiteral("Lead in"));
    QTest::keyClick(lead, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.globex, b.acme, b.initech }));
    QCOMPARE(b.view->currentDealId(), b.acme);
    QTest::keyClick(lead, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.globex, b.initech, b.acme }));
    QTest::keyClick(lead, Qt::Key_Down, Qt::ControlModifier); // already last: nothing happens
    QCOMPARE(b.workspace->undoStack().count(), 2);
    QTest::keyClick(lead, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.globex, b.acme, b.initech }));
    QCOMPARE(b.workspace->undoStack().undoText(), QStringLiteral("reorder “Acme renewal” in Lead in"));
    b.workspace->undoStack().undo();
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.globex, b.initech, b.acme }));
}

void TestBoardView::lostDialogCancelChangesNothing()
{
    Board b;
    auto mime = dragOf(b.model(QStringLiteral("Lead in")), b.acme);
    dropOn(b.view->lostTarget(), b.view->lostTarget()->rect().center(), mime.get());
    LostDialog *dialog = openDialog<LostDialog>(b.view.get());
    // Escape cancels, wherever the focus is in the form.
    QTest::keyClick(dialog->reasonCombo(), Qt::Key_Escape);
    QTRY_VERIFY(!b.view->findChild<LostDialog *>());
    const Deal deal = *b.pipeline().deal(b.acme);
    QCOMPARE(deal.status, DealStatus::Open);
    QCOMPARE(deal.stageId, b.stage(QStringLiteral("Lead in")));
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.acme, b.globex, b.initech }));
    QCOMPARE(b.workspace->undoStack().count(), 0);
    QCOMPARE(scalar(b.pipeline().connection(), QStringLiteral("SELECT count(*) FROM follow_ups")).toInt(), 0);
}

void TestBoardView::journeyLostForTimingComesBackLater()
{
    // Given a deal on the board
    Board b;
    // When the salesperson drags it to Lost and says the timing was wrong
    auto mime = dragOf(b.model(QStringLiteral("Lead in")), b.globex);
    dropOn(b.view->lostTarget(), b.view->lostTarget()->rect().center(), mime.get());
    LostDialog *dialog = openDialog<LostDialog>(b.view.get());
    const int timing = dialog->reasonCombo()->findText(QStringLiteral("Bad timing, other priorities"));
    QVERIFY(timing >= 0);
    dialog->reasonCombo()->setCurrentIndex(timing);
    // the re-engage date follows the reason's default delay (120 days)
    QCOMPARE(dialog->reengageEdit()->date(), QDate(2026, 11, 23).addDays(120));
    dialog->commitmentCombo()->setCurrentIndex(int(FailedCommitment::Discovery));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Budget frozen until the spring"));
    QVERIFY(dialog->firstTouchBox()->isChecked());
    QTest::keyClicks(dialog->firstTouchValueEdit(), QStringLiteral("Send the Q1 freight benchmark"));
    QVERIFY(okIsDefault(dialog));
    QVERIFY(clickButton(dialog, QDialogButtonBox::Ok));
    // Then it carries the reason and a date to come back, with a first value touch planned
    QTRY_COMPARE(b.pipeline().deal(b.globex)->status, DealStatus::Lost);
    const Deal deal = *b.pipeline().deal(b.globex);
    QCOMPARE(b.pipeline().lostReason(deal.lost.reasonId)->meaning, NoMeaning::Timing);
    QCOMPARE(deal.lost.reengageOn, QDate(2027, 3, 23));
    QCOMPARE(deal.lost.failedCommitment, FailedCommitment::Discovery);
    QCOMPARE(deal.lost.note, QStringLiteral("Budget frozen until the spring"));
    QCOMPARE(scalar(b.pipeline().connection(),
                 QStringLiteral("SELECT planned_value FROM follow_ups WHERE deal_id = ? AND done_on IS NULL"),
                 { b.globex })
                 .toString(),
        QStringLiteral("Send the Q1 freight benchmark"));
    // and it has left the board
    for (qint64 stageId : b.view->stageIds())
        QCOMPARE(b.view->columnModel(stageId)->rowOfDeal(b.globex), -1);
    QVERIFY(
        b.view->column(b.stage(QStringLiteral("Lead in")))->headerText().contains(QStringLiteral("2 deals")));
    QCOMPARE(b.workspace->undoStack().undoText(), QStringLiteral("mark “Globex support renewal” as lost"));
}

void TestBoardView::wonDropAsksForValueAndDate()
{
    Board b;
    auto mime = dragOf(b.model(QStringLiteral("Proposal")), b.umbrella);
    dropOn(b.view->wonTarget(), b.view->wonTarget()->rect().center(), mime.get());
    WonDialog *dialog = openDialog<WonDialog>(b.view.get());
    QCOMPARE(dialog->valueEdit()->text(), QStringLiteral("90,000"));
    QVERIFY(!dialog->followUpsList()->isVisible()); // the deal has no open follow-ups: nothing to choose
    dialog->valueEdit()->setText(QStringLiteral("not money"));
    // Enter in the value field presses the default button, "Mark as won".
    QVERIFY(okIsDefault(dialog));
    QTest::keyClick(dialog->valueEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().startsWith(QStringLiteral("Value:")));
    dialog->valueEdit()->setText(QStringLiteral("95,500"));
    dialog->dateEdit()->setDate(QDate(2026, 11, 20));
    QVERIFY(clickButton(dialog, QDialogButtonBox::Ok));
    QTRY_COMPARE(b.pipeline().deal(b.umbrella)->status, DealStatus::Won);
    QCOMPARE(b.pipeline().deal(b.umbrella)->value.minor, 9550000);
    QCOMPARE(b.pipeline().deal(b.umbrella)->wonOn, QDate(2026, 11, 20));
    QCOMPARE(b.model(QStringLiteral("Proposal"))->rowCount(), 0);
}

void TestBoardView::wonKeepsTheFollowUpsLeftTickedAndUndoPlansTheRestAgain()
{
    // Given a deal with two open follow-ups
    Board b;
    const qint64 benchmark = b.followUp(b.umbrella, QDate(2026, 12, 1), Channel::Call, ValueKind::Insight,
        QStringLiteral("the freight benchmark"));
    const qint64 checkIn = b.followUp(b.umbrella, QDate(2026, 12, 3), Channel::Email, ValueKind::None, {});
    // When the salesperson marks it won, the dialog lists both, ticked: a won deal keeps its plans
    b.dealActions.markWon(b.view.get(), b.umbrella);
    WonDialog *dialog = openDialog<WonDialog>(b.view.get());
    QListWidget *list = dialog->followUpsList();
    QVERIFY(list->isVisible());
    QCOMPARE(rowTexts(list),
        (QStringList { QStringLiteral("Tue 1 Dec · Call · Insight: the freight benchmark"),
            QStringLiteral("Thu 3 Dec · Email · no value planned") }));
    QCOMPARE(rowsKept(list), (QList<bool> { true, true }));
    QVERIFY(dialog->followUpsToSkip().isEmpty());
    // and the keyboard unticks the check-in: Tab reaches the list, Down and Space
    QVERIFY(list->focusPolicy() & Qt::TabFocus);
    QVERIFY(!list->accessibleName().isEmpty());
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(rowsKept(list), (QList<bool> { true, false }));
    QCOMPARE(dialog->followUpsToSkip(), (QList<qint64> { checkIn }));
    QVERIFY(clickButton(dialog, QDialogButtonBox::Ok));
    // Then the deal is won, the check-in is skipped with it and the benchmark still planned
    QTRY_COMPARE(b.pipeline().deal(b.umbrella)->status, DealStatus::Won);
    QVERIFY(b.prompter.errors.isEmpty());
    QVERIFY(b.pipeline().followUp(checkIn)->isSkipped());
    QCOMPARE(b.skipReason(checkIn), QStringLiteral("The deal was won."));
    QVERIFY(b.isOpen(benchmark));
    QCOMPARE(b.pipeline().openFollowUpsOfDeal(b.umbrella).size(), 1);
    // and one undo plans the check-in again with the deal open; redo skips it again
    QCOMPARE(b.workspace->undoStack().count(), 1);
    b.workspace->undoStack().undo();
    QCOMPARE(b.pipeline().deal(b.umbrella)->status, DealStatus::Open);
    QVERIFY(b.isOpen(checkIn));
    QVERIFY(b.isOpen(benchmark));
    QCOMPARE(b.pipeline().followUp(checkIn)->dueOn, QDate(2026, 12, 3));
    b.workspace->undoStack().redo();
    QCOMPARE(b.pipeline().deal(b.umbrella)->status, DealStatus::Won);
    QVERIFY(b.pipeline().followUp(checkIn)->isSkipped());
    QVERIFY(b.isOpen(benchmark));
}

void TestBoardView::lostCancelsTheFollowUpsButKeepsThePlannedReEngagement()
{
    // Given a deal with a plain follow-up, a step of a "not now" cadence and a re-engagement touch
    Board b;
    Touch notNow;
    notNow.dealId = b.acme;
    notNow.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    notNow.outcome = TouchOutcome::NotNow;
    const qint64 touchId = *b.pipeline().logTouch(notNow);
    const qint64 demo = b.followUp(b.acme, QDate(2026, 12, 1), Channel::Meeting, ValueKind::None,
        QStringLiteral("Demo the new dashboard"));
    const qint64 step = b.followUp(
        b.acme, QDate(2026, 12, 7), Channel::Email, ValueKind::WhitePaper, {}, Cadence::Ghosted, touchId);
    const qint64 reengage = b.followUp(b.acme, QDate(2027, 1, 12), Channel::Call, ValueKind::Idea,
        QStringLiteral("Their new warehouse"), Cadence::ReEngage);
    // When the salesperson marks it lost, the plain one is unticked (cancelled), the other two ticked
    b.dealActions.markLost(b.view.get(), b.acme);
    LostDialog *dialog = openDialog<LostDialog>(b.view.get());
    QListWidget *list = dialog->followUpsList();
    QVERIFY(list->isVisible());
    QCOMPARE(rowTexts(list),
        (QStringList { QStringLiteral("Tue 1 Dec · Meeting · Demo the new dashboard"),
            QStringLiteral("Mon 7 Dec · Email · White paper"),
            QStringLiteral("Tue 12 Jan 2027 · Call · Idea about their business: Their new warehouse") }));
    QCOMPARE(rowsKept(list), (QList<bool> { false, true, true }));
    QCOMPARE(dialog->followUpsToSkip(), (QList<qint64> { demo }));
    QTest::keyClicks(dialog->firstTouchValueEdit(), QStringLiteral("Send the Q1 freight benchmark"));
    QVERIFY(clickButton(dialog, QDialogButtonBox::Ok));
    // Then the deal is lost, the demo cancelled with it and the re-engagement still planned, with the
    // first value touch the dialog planned
    QTRY_COMPARE(b.pipeline().deal(b.acme)->status, DealStatus::Lost);
    QVERIFY(b.prompter.errors.isEmpty());
    QVERIFY(b.pipeline().followUp(demo)->isSkipped());
    QCOMPARE(b.skipReason(demo), QStringLiteral("The deal was lost."));
    QVERIFY(b.isOpen(step));
    QVERIFY(b.isOpen(reengage));
    QCOMPARE(b.pipeline().openFollowUpsOfDeal(b.acme).size(), 3);
    // and one undo plans the demo again and removes the new touch; redo cancels it again
    QCOMPARE(b.workspace->undoStack().count(), 1);
    b.workspace->undoStack().undo();
    QCOMPARE(b.pipeline().deal(b.acme)->status, DealStatus::Open);
    QVERIFY(b.isOpen(demo));
    QVERIFY(b.isOpen(step));
    QVERIFY(b.isOpen(reengage));
    QCOMPARE(b.pipeline().openFollowUpsOfDeal(b.acme).size(), 3);
    b.workspace->undoStack().redo();
    QCOMPARE(b.pipeline().deal(b.acme)->status, DealStatus::Lost);
    QVERIFY(b.pipeline().followUp(demo)->isSkipped());
    QVERIFY(b.isOpen(step));
    QVERIFY(b.isOpen(reengage));
}

void TestBoardView::filtersByTextOwnerAndAttention()
{
    Board b;
    QTest::keyClicks(b.view->filterEdit(), QStringLiteral("glob"));
    QTRY_COMPARE(b.ids(QStringLiteral("Lead in")), QList<qint64> { b.globex });
    QCOMPARE(b.model(QStringLiteral("Proposal"))->rowCount(), 0);
    b.view->filterEdit()->clear();
    QTRY_COMPARE(b.ids(QStringLiteral("Lead in")).size(), 3);
    b.view->ownerCombo()->setCurrentIndex(b.view->ownerCombo()->findText(QStringLiteral("Alex")));
    QCOMPARE(b.ids(QStringLiteral("Lead in")), QList<qint64> { b.globex });
    b.view->ownerCombo()->setCurrentIndex(0);
    // Plan a next step for Acme: it no longer needs attention, the others (no next step) do.
    FollowUp next;
    next.dealId = b.acme;
    next.dueOn = QDate(2026, 11, 30);
    QVERIFY(b.pipeline().scheduleFollowUp(next).ok());
    b.view->attentionCheck()->setChecked(true);
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.globex, b.initech }));
    b.view->attentionCheck()->setChecked(false);
    QCOMPARE(b.ids(QStringLiteral("Lead in")).size(), 3);
}

void TestBoardView::textFilterWaitsForTheSearchIndex()
{
    Board b;
    DealSearch *search = b.view->search();
    QVERIFY(search);
    // The index is read on a thread and taken over in the event loop: not yet.
    QVERIFY(search->isLoadingInBackground());
    b.view->filterEdit()->setText(QStringLiteral("glob"));
    b.view->applyFilter();
    // Held, and the bar says why; the columns still show every deal.
    QVERIFY(b.view->searchNote()->isVisibleTo(b.view.get()));
    QVERIFY(b.view->filter().text.isEmpty());
    QCOMPARE(b.ids(QStringLiteral("Lead in")).size(), 3);
    // Needs attention is answered by SQL either way: not held.
    b.view->attentionCheck()->setChecked(true);
    QVERIFY(!b.view->searchNote()->isVisibleTo(b.view.get()));
    QCOMPARE(b.ids(QStringLiteral("Lead in")), QList<qint64> { b.globex });
    QVERIFY(!b.model(QStringLiteral("Lead in"))->usesIndex());
    b.view->attentionCheck()->setChecked(false);
    QVERIFY(b.view->searchNote()->isVisibleTo(b.view.get()));
    // Once the index is here, the held filter is applied, through it.
    QTRY_VERIFY(search->isReady());
    QVERIFY(!search->isLoadingInBackground());
    QVERIFY(!b.view->searchNote()->isVisibleTo(b.view.get()));
    QCOMPARE(b.view->filter().text, QStringLiteral("glob"));
    QVERIFY(!b.view->filter().needsAttention);
    QCOMPARE(b.ids(QStringLiteral("Lead in")), QList<qint64> { b.globex });
    QVERIFY(b.model(QStringLiteral("Lead in"))->usesIndex());
}

void TestBoardView::newDealWithANewAccount()
{
    Board b;
    QVERIFY(b.view->selectDeal(b.umbrella)); // the focused column decides the stage
    b.view->newDealAction()->trigger();
    DealDialog *dialog = openDialog<DealDialog>(b.view.get());
    QCOMPARE(dialog->ui()->stageCombo->currentText(), QStringLiteral("Proposal"));
    QTest::keyClicks(dialog->ui()->titleEdit, QStringLiteral("Cold storage monitoring"));
    dialog->ui()->accountCombo->setEditText(QStringLiteral("Nordwind Logistics"));
    dialog->ui()->contactCombo->setEditText(QStringLiteral("Petra Lange"));
    dialog->ui()->roleCombo->setCurrentIndex(int(ContactRole::Gatekeeper));
    dialog->ui()->valueEdit->setText(QStringLiteral("12,500"));
    QVERIFY(clickButton(dialog, QDialogButtonBox::Ok));
    QTRY_COMPARE(b.model(QStringLiteral("Proposal"))->rowCount(), 2);
    const qint64 created = b.model(QStringLiteral("Proposal"))->dealIdAt(0);
    const Deal deal = *b.pipeline().deal(created);
    QCOMPARE(deal.title, QStringLiteral("Cold storage monitoring"));
    QCOMPARE(deal.value.minor, 1250000);
    QCOMPARE(b.pipeline().account(deal.accountId)->name, QStringLiteral("Nordwind Logistics"));
    QCOMPARE(b.pipeline().contact(deal.contactId)->role, ContactRole::Gatekeeper);
    QCOMPARE(b.view->currentDealId(), created);

    // One undo step, named, takes the deal and the account and contact typed with it away again.
    QCOMPARE(b.workspace->undoStack().undoText(), QStringLiteral("new deal “Cold storage monitoring”"));
    b.workspace->undoStack().undo();
    QCOMPARE(b.model(QStringLiteral("Proposal"))->rowCount(), 1);
    QVERIFY(!b.pipeline().account(deal.accountId));
    QVERIFY(!b.pipeline().contact(deal.contactId));
    b.workspace->undoStack().redo();
    QCOMPARE(b.model(QStringLiteral("Proposal"))->dealIdAt(0), created);
}

void TestBoardView::newDealRefusesMissingTitle()
{
    Board b;
    b.view->newDeal();
    DealDialog *dialog = openDialog<DealDialog>(b.view.get());
    dialog->ui()->accountCombo->setEditText(QStringLiteral("Acme Corp"));
    QVERIFY(okIsDefault(dialog));
    QTest::keyClick(dialog->ui()->titleEdit, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().startsWith(QStringLiteral("Title:")));
    QTest::keyClicks(dialog->ui()->titleEdit, QStringLiteral("Second Acme deal"));
    dialog->ui()->valueEdit->setText(QStringLiteral("12.5k"));
    QVERIFY(clickButton(dialog, QDialogButtonBox::Ok));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().startsWith(QStringLiteral("Value:")));
    QVERIFY(clickButton(dialog, QDialogButtonBox::Cancel));
    QTRY_VERIFY(!b.view->findChild<DealDialog *>());
    QCOMPARE(scalar(b.pipeline().connection(), QStringLiteral("SELECT count(*) FROM deals")).toInt(), 4);
    QCOMPARE(scalar(b.pipeline().connection(), QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 4);
}

void TestBoardView::editDealIsUndoable()
{
    Board b;
    QVERIFY(b.view->selectDeal(b.initech));
    b.view->editDealAction()->trigger();
    DealDialog *dialog = openDialog<DealDialog>(b.view.get());
    QCOMPARE(dialog->ui()->titleEdit->text(), QStringLiteral("Initech licences"));
    QCOMPARE(dialog->ui()->accountCombo->currentText(), QStringLiteral("Initech"));
    QVERIFY(!dialog->ui()->stageCombo->isEnabled());
    dialog->ui()->titleEdit->setText(QStringLiteral("Initech licences, 40 seats"));
    // Enter saves, as in any form.
    QTest::keyClick(dialog->ui()->titleEdit, Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE(b.pipeline().deal(b.initech)->title, QStringLiteral("Initech licences, 40 seats"));
    QCOMPARE(b.model(QStringLiteral("Lead in"))->index(2, 0).data().toString(),
        QStringLiteral("Initech licences, 40 seats"));
    b.workspace->undoStack().undo();
    QCOMPARE(b.pipeline().deal(b.initech)->title, QStringLiteral("Initech licences"));
}

void TestBoardView::settingsRenameAndReorderReachTheBoard()
{
    Board b;
    PipelineSettingsDialog settings(*b.workspace);
    QTableWidget *stages = settings.stageTable();
    QCOMPARE(stages->rowCount(), 5);
    stages->item(2, PipelineSettingsDialog::StageName)->setText(QStringLiteral("Needs analysis"));
    QCOMPARE(b.pipeline().stage(b.stage(QStringLiteral("Needs analysis")))->name,
        QStringLiteral("Needs analysis"));
    QVERIFY(b.view->column(b.stage(QStringLiteral("Needs analysis")))
                ->headerText()
                .startsWith(QStringLiteral("Needs analysis")));
    stages->item(2, PipelineSettingsDialog::StageRotDays)->setData(Qt::EditRole, 30);
    QCOMPARE(b.pipeline().stage(b.stage(QStringLiteral("Needs analysis")))->rotDays, 30);
    // An empty name is refused and explained.
    stages->item(2, PipelineSettingsDialog::StageName)->setText(QStringLiteral(" "));
    QVERIFY(settings.errorText().contains(QStringLiteral("name")));
    QTRY_COMPARE(
        stages->item(2, PipelineSettingsDialog::StageName)->text(), QStringLiteral("Needs analysis"));
    // Reorder: Proposal one to the left.
    stages->setCurrentCell(3, 0);
    settings.moveUpButton()->click();
    QCOMPARE(b.view->stageIds().at(2), b.stage(QStringLiteral("Proposal")));
    // Add a stage: a new column appears before Won and Lost.
    settings.addStageButton()->click();
    QCOMPARE(b.view->stageIds().size(), 6);
    // Lost reasons: a new one with its meaning and delay.
    const int reasons = settings.reasonTable()->rowCount();
    settings.addReasonButton()->click();
    QCOMPARE(settings.reasonTable()->rowCount(), reasons + 1);
    settings.reasonTable()->item(reasons, PipelineSettingsDialog::ReasonDays)->setData(Qt::EditRole, 45);
    QCOMPARE(b.pipeline().lostReasons().last().reengageDays, 45);
}

void TestBoardView::settingsRemoveStageAsksWhereDealsGo()
{
    Board b;
    PipelineSettingsDialog settings(*b.workspace);
    settings.show();
    QTableWidget *stages = settings.stageTable();
    stages->setCurrentCell(0, 0); // Lead in, three deals
    settings.removeStageButton()->click();
    QVERIFY(settings.relocationPanel()->isVisible());
    QCOMPARE(b.view->stageIds().size(), 5); // nothing changed yet
    settings.relocationCombo()->setCurrentIndex(
        settings.relocationCombo()->findText(QStringLiteral("Discovery")));
    settings.relocateButton()->click();
    QCOMPARE(b.view->stageIds().size(), 4);
    QCOMPARE(b.ids(QStringLiteral("Discovery")), (QList<qint64> { b.acme, b.globex, b.initech }));

    // One undo step brings the column back with its deals, in their order, where the board shows them.
    QCOMPARE(b.workspace->undoStack().undoText(), QStringLiteral("remove stage “Lead in”"));
    b.workspace->undoStack().undo();
    QCOMPARE(b.view->stageIds().size(), 5);
    QCOMPARE(b.view->stageIds().first(), b.stage(QStringLiteral("Lead in")));
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.acme, b.globex, b.initech }));
    QVERIFY(b.ids(QStringLiteral("Discovery")).isEmpty());

    // Close closes it; every edit is already saved.
    QVERIFY(clickButton(&settings, QDialogButtonBox::Close));
    QVERIFY(!settings.isVisible());
}

void TestBoardView::settingsEnterInTheTableChangesNothing()
{
    Board b;
    PipelineSettingsDialog settings(*b.workspace);
    settings.show();
    QVERIFY(QTest::qWaitForWindowActive(&settings));
    QTableWidget *stages = settings.stageTable();
    stages->setFocus();
    stages->setCurrentCell(1, PipelineSettingsDialog::StageName);
    // Enter on a row is no command to add a stage (or press any other button of the page).
    QTest::keyClick(stages, Qt::Key_Return);
    QCOMPARE(stages->rowCount(), 5);
    QCOMPARE(b.view->stageIds().size(), 5);
    QCOMPARE(b.workspace->undoStack().count(), 0);
}

void TestBoardView::undoAfterRemovingTheEmptiedStageShowsTheDeal()
{
    // The bug as a user met it: move the deals out of "Lead in", remove the empty stage in the
    // settings, undo until the moves are undone: every deal must be on a column again.
    Board b;
    const qint64 leadIn = b.stage(QStringLiteral("Lead in"));
    const qint64 discovery = b.stage(QStringLiteral("Discovery"));
    for (qint64 id : b.ids(QStringLiteral("Lead in")))
        b.view->requestMove(id, discovery, 0);
    QVERIFY(b.ids(QStringLiteral("Lead in")).isEmpty());
    {
        PipelineSettingsDialog settings(*b.workspace);
        settings.stageTable()->setCurrentCell(0, 0);
        settings.removeStageButton()->click();
        QVERIFY(!settings.relocationPanel()->isVisible());
    }
    QCOMPARE(b.view->stageIds().size(), 4);
    while (b.workspace->undoStack().canUndo())
        b.workspace->undoStack().undo();
    QCOMPARE(b.view->stageIds().first(), leadIn);
    QCOMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.acme, b.globex, b.initech }));
}

void TestBoardView::databaseClosedUnderTheBoardIsLetGo()
{
    Board b;
    // A search holds a temporary table of the connection; the columns hold their queries.
    QTest::keyClicks(b.view->filterEdit(), QStringLiteral("renewal"));
    QTRY_COMPARE(b.ids(QStringLiteral("Lead in")), (QList<qint64> { b.acme, b.globex }));
    // The database goes first, as when its owner is destroyed before the board (a crash at exit
    // before): the board lets go while the database is still open and shows nothing.
    b.workspace.reset();
    QVERIFY(b.view->stageIds().isEmpty());
    QVERIFY(!b.view->newDealAction()->isEnabled());
    QTest::keyClicks(b.view->filterEdit(), QStringLiteral(" x"));
    QTest::keyClick(b.view->filterEdit(), Qt::Key_Return);
    b.view.reset();
}

RIPEN_TEST_MAIN(TestBoardView)
#include "tst_boardview.moc"
