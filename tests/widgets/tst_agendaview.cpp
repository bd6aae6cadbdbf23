// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendacarddelegate.h"
#include "agenda/agendacolumnmodel.h"
#include "agenda/agendaview.h"
#include "agenda/followupreminder.h"
#include "board/droptarget.h"
#include "dealactions.h"
#include "dialogs/logtouchdialog.h"
#include "testsupport.h"
#include "timeline/timelinemodel.h"
#include "viewfixture.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Ripen;

namespace {

const QDate kToday = Test::fixedNow().date(); // Monday 23 November 2026
const QDate kTuesday = kToday.addDays(1);
const QDate kWednesday = kToday.addDays(2);
const QDate kThursday = kToday.addDays(3);
const QDate kFriday = kToday.addDays(4);
const QDate kNextMonday = kToday.addDays(7);

void dropOn(QWidget *target, const QPoint &pos, const QMimeData *mime)
{
    QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

// An agenda on a fresh database: "Acme renewal" with Jane, "Globex pilot" with Hank; seven days,
// weekends folded.
struct Agenda : Test::ViewFixture
{
    std::unique_ptr<AgendaView> view;
    qint64 acme = 0, globex = 0, jane = 0, hank = 0;

    Agenda()
        : ViewFixture(QStringLiteral("agenda.sqlite"))
    {
        Pipeline &p = workspace->pipeline();
        acme = deal(
            QStringLiteral("Acme renewal"), QStringLiteral("Acme Corp"), QStringLiteral("Jane Doe"), &jane);
        globex = deal(
            QStringLiteral("Globex pilot"), QStringLiteral("Globex"), QStringLiteral("Hank Scorpio"), &hank);
        if (!p.setMinContactGapDays(3))
            qFatal("could not set the gap");
        view = std::make_unique<AgendaView>(context());
        view->setDays(7);
        view->setShowWeekends(false);
        view->setWorkspace(workspace.get());
        view->resize(1600, 700);
        view->show();
        // Shortcuts reach only the active window.
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qFatal("the agenda did not become the active window");
    }
    qint64 deal(
        const QString &title, const QString &accountName, const QString &contactName, qint64 *contactId)
    {
        Pipeline &p = workspace->pipeline();
        Account account;
        account.name = accountName;
        Deal d;
        d.title = title;
        d.accountId = *p.createAccount(account);
        Contact contact;
        contact.accountId = d.accountId;
        contact.name = contactName;
        *contactId = *p.createContact(contact);
        d.contactId = *contactId;
        d.stageId = p.stages().first().id;
        return *p.createDeal(d);
    }
    qint64 plan(qint64 dealId, const QDate &due, ValueKind kind = ValueKind::Insight)
    {
        FollowUp f;
        f.dealId = dealId;
        f.dueOn = due;
        f.channel = Channel::Call;
        f.plannedValueKind = kind;
        f.plannedValue = kind == ValueKind::None ? QString() : QStringLiteral("Benchmark of their fleet");
        return *workspace->pipeline().scheduleFollowUp(f);
    }
    QDate due(qint64 followUpId) { return workspace->pipeline().followUp(followUpId)->dueOn; }
    AgendaCardList *list(const QDate &day) const { return view->columnOf(day)->list(); }
    AgendaColumnModel *model(const QDate &day) const { return view->columnOf(day)->model(); }
    // Drags the cards from the column of day onto the empty space of the column of target.
    void drag(const QList<qint64> &ids, const QDate &day, QWidget *target)
    {
        AgendaColumnModel *from = model(day);
        QModelIndexList rows;
        for (qint64 id : ids)
            rows << from->index(from->rowOfFollowUp(id));
        std::unique_ptr<QMimeData> mime(from->mimeData(rows));
        dropOn(target, QPoint(target->width() / 2, target->height() - 10), mime.get());
    }
    QUndoStack &undo() { return workspace->undoStack(); }
};

} // namespace

class TestAgendaView : public QObject
{
    Q_OBJECT
private slots:
    void columnsFollowTheSettings();
    void weekendsFoldAroundToday();
    void cardsShowWhatTheTouchIsToBring();
    void dropOneCardOnAnotherDay();
    void dropSeveralCardsAtOnce();
    void pickADateForDaysBeyondTheColumns();
    void keyboardMovesByDayAndWeek();
    void cadenceStepsFollowWhenTheUserSaysSo();
    void spacingWarnsBeforeTwoTouchesComeTooClose();
    void skipAsksWhyAndUndoes();
    void journeyDragUndoThenDone();
    void enterOpensTheTimeline();
    void filtersNarrowEveryColumn();
    void badgeCountsWhatIsDue();
    void hiddenAgendaBuildsItsColumnsWhenShown();
    void remindersTellOfEachFollowUpOnce();
};

void TestAgendaView::columnsFollowTheSettings()
{
    Agenda a;
    // Overdue, Today (Mon), Tue to Fri, Sat–Sun folded, Later from next Monday.
    const QList<AgendaColumn *> columns = a.view->columns();
    QCOMPARE(columns.size(), 8);
    QCOMPARE(columns.at(0)->headerText(), QStringLiteral("Overdue\nbefore today\n0"));
    QCOMPARE(columns.at(1)->headerText(), QStringLiteral("Today\nMon 23 Nov\n0"));
    QCOMPARE(columns.at(2)->headerText(), QStringLiteral("Tuesday\n24 Nov\n0"));
    QCOMPARE(columns.at(6)->headerText(), QStringLiteral("Sat–Sun\n28–29 Nov\n0"));
    QCOMPARE(columns.at(7)->headerText(), QStringLiteral("Later\nfrom Mon 30 Nov\n0"));
    a.view->weekendsAction()->trigger();
    QVERIFY(a.view->showsWeekends());
    QCOMPARE(a.view->columns().size(), 9);
    QCOMPARE(a.view->columns().at(6)->headerText(), QStringLiteral("Saturday\n28 Nov\n0"));
    a.view->fourteenDaysAction()->trigger();
    QCOMPARE(a.view->days(), 14);
    QCOMPARE(a.view->columns().size(), 16);
    QCOMPARE(a.view->columns().last()->headerText(), QStringLiteral("Later\nfrom Mon 7 Dec\n0"));
    // Both are remembered for the next start.
    AgendaView next(a.context());
    QCOMPARE(next.days(), 14);
    QVERIFY(next.showsWeekends());
}

void TestAgendaView::weekendsFoldAroundToday()
{
    Agenda a;
    // Sunday: today keeps a column of its own, Monday to Friday follow, and the Saturday that would
    // stand alone at the end goes to Later; the week fits beside the sidebar.
    a.clock.set(QDateTime(QDate(2026, 11, 29), QTime(10, 0)));
    AgendaView sunday(a.context());
    sunday.setWorkspace(a.workspace.get());
    sunday.show();
    QList<AgendaColumn *> columns = sunday.columns();
    QCOMPARE(columns.size(), 8);
    QCOMPARE(columns.at(1)->headerText(), QStringLiteral("Today\nSun 29 Nov\n0"));
    QCOMPARE(columns.at(2)->headerText(), QStringLiteral("Monday\n30 Nov\n0"));
    QCOMPARE(columns.at(6)->headerText(), QStringLiteral("Friday\n4 Dec\n0"));
    QCOMPARE(columns.at(7)->headerText(), QStringLiteral("Later\nfrom Sat 5 Dec\n0"));
    for (AgendaColumn *column : columns)
        QVERIFY(!column->property("folded").toBool());

    // Saturday: today is Saturday, and Sunday alone is a narrow folded column.
    a.clock.set(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    AgendaView saturday(a.context());
    saturday.setWorkspace(a.workspace.get());
    saturday.show();
    columns = saturday.columns();
    QCOMPARE(columns.size(), 9);
    QCOMPARE(columns.at(1)->headerText(), QStringLiteral("Today\nSat 28 Nov\n0"));
    QVERIFY(!columns.at(1)->property("folded").toBool());
    QCOMPARE(columns.at(2)->headerText(), QStringLiteral("Sunday\n29 Nov\n0"));
    QVERIFY(columns.at(2)->property("folded").toBool());
    QVERIFY(columns.at(2)->minimumWidth() < columns.at(3)->minimumWidth());
    QCOMPARE(columns.at(8)->headerText(), QStringLiteral("Later\nfrom Sat 5 Dec\n0"));
}

void TestAgendaView::cardsShowWhatTheTouchIsToBring()
{
    Agenda a;
    a.plan(a.acme, kThursday);
    a.plan(a.globex, kThursday, ValueKind::None);
    AgendaColumnModel *thursday = a.model(kThursday);
    QCOMPARE(thursday->rowCount(), 2);
    QCOMPARE(AgendaCardDelegate::valueText(thursday->index(0)),
        QStringLiteral("Insight: Benchmark of their fleet"));
    QCOMPARE(AgendaCardDelegate::valueText(thursday->index(1)), QStringLiteral("No value planned"));
    QCOMPARE(
        thursday->index(1).data(AgendaColumnModel::ContactRole).toString(), QStringLiteral("Hank Scorpio"));
    QVERIFY(a.view->columnOf(kThursday)->headerText().endsWith(QLatin1String("\n2")));
}

void TestAgendaView::dropOneCardOnAnotherDay()
{
    Agenda a;
    const qint64 late = a.plan(a.acme, kToday.addDays(-3));
    a.drag({ late }, kToday.addDays(-3), a.list(kThursday)->viewport());
    QTRY_COMPARE(a.due(late), kThursday);
    QCOMPARE(a.model(kToday.addDays(-1))->rowCount(), 0);
    QCOMPARE(a.model(kThursday)->rowOfFollowUp(late), 0);
    QCOMPARE(a.undo().count(), 1);
    QCOMPARE(a.undo().undoText(), QStringLiteral("reschedule 1 follow-up to Thu 26 Nov"));
    // The moved card stays selected, in its new column.
    QCOMPARE(a.view->selectedFollowUps(), QList<qint64> { late });
    a.undo().undo();
    QCOMPARE(a.due(late), kToday.addDays(-3));
    QCOMPARE(a.model(kToday.addDays(-1))->rowCount(), 1);
    a.undo().redo();
    QCOMPARE(a.due(late), kThursday);
    // Overdue takes no drops: nothing is planned into the past.
    a.drag({ late }, kThursday, a.list(kToday.addDays(-1))->viewport());
    QCoreApplication::processEvents();
    QCOMPARE(a.due(late), kThursday);
    QVERIFY(a.prompter.errors.isEmpty());
}

void TestAgendaView::dropSeveralCardsAtOnce()
{
    Agenda a;
    const qint64 one = a.plan(a.acme, kToday);
    const qint64 two = a.plan(a.globex, kToday);
    QVERIFY(a.view->selectFollowUps({ one, two }));
    QCOMPARE(a.view->selectedFollowUps(), (QList<qint64> { one, two }));
    a.drag({ one, two }, kToday, a.list(kWednesday)->viewport());
    QTRY_COMPARE(a.due(two), kWednesday);
    QCOMPARE(a.due(one), kWednesday);
    QCOMPARE(a.model(kToday)->rowCount(), 0);
    QCOMPARE(a.model(kWednesday)->count(), 2);
    QCOMPARE(a.undo().count(), 1);
    QCOMPARE(a.undo().undoText(), QStringLiteral("reschedule 2 follow-ups to Wed 25 Nov"));
    a.undo().undo();
    QCOMPARE(a.model(kToday)->count(), 2);
}

void TestAgendaView::pickADateForDaysBeyondTheColumns()
{
    Agenda a;
    const qint64 id = a.plan(a.acme, kToday);
    a.prompter.dateAnswer = QDate(2026, 12, 15);
    a.drag({ id }, kToday, a.view->pickDateTarget());
    QTRY_COMPARE(a.due(id), QDate(2026, 12, 15));
    QCOMPARE(a.model(kNextMonday)->rowOfFollowUp(id), 0); // in Later
    // Cancelling the calendar changes nothing; so does the keyboard's Ctrl+Shift+D.
    a.prompter.dateAnswer = QDate();
    QVERIFY(a.view->selectFollowUps({ id }));
    a.view->pickDateAction()->trigger();
    QCOMPARE(a.due(id), QDate(2026, 12, 15));
    QCOMPARE(a.undo().count(), 1);
}

void TestAgendaView::keyboardMovesByDayAndWeek()
{
    Agenda a;
    const qint64 id = a.plan(a.acme, kToday);
    QVERIFY(a.view->selectFollowUps({ id }));
    QTest::keyClick(a.list(kToday), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(a.due(id), kTuesday);
    QTest::keyClick(a.list(kTuesday), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(a.due(id), kTuesday.addDays(7));
    QTest::keyClick(a.list(kNextMonday), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(a.due(id), kTuesday);
    // Not before today.
    QTest::keyClick(a.list(kTuesday), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(a.due(id), kToday);
    QTest::keyClick(a.list(kToday), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(a.due(id), kToday);
    // A folded weekend is stepped over: Friday, then Monday.
    QVERIFY(a.prompter.errors.isEmpty());
    const qint64 friday = a.plan(a.globex, kFriday);
    QVERIFY(a.view->selectFollowUps({ friday }));
    QTest::keyClick(a.list(kFriday), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(a.due(friday), kNextMonday);
    // An overdue card moves from today: a day later is tomorrow.
    const qint64 late = a.plan(a.globex, kToday.addDays(-10));
    QVERIFY(a.view->selectFollowUps({ late }));
    QTest::keyClick(a.list(kToday.addDays(-1)), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(a.due(late), kTuesday);
    QCOMPARE(a.undo().count(), 6);
}

void TestAgendaView::cadenceStepsFollowWhenTheUserSaysSo()
{
    Agenda a;
    Pipeline &p = a.workspace->pipeline();
    Touch notNow;
    notNow.dealId = a.acme;
    notNow.occurredAt = Test::fixedNow().addDays(-1);
    notNow.outcome = TouchOutcome::NotNow;
    QList<FollowUp> steps;
    for (const QDate &due : { kTuesday, kToday.addDays(15), kToday.addDays(29) }) {
        FollowUp step;
        step.dueOn = due;
        step.plannedValueKind = ValueKind::Insight;
        step.plannedValue = QStringLiteral("Step");
        step.cadence = Cadence::ReEngage;
        step.seriesUntil = kToday.addDays(40);
        steps << step;
    }
    QList<qint64> ids;
    QVERIFY(p.logTouch(notNow, TouchPlan { 0, steps, true }, &ids).ok());
    QCOMPARE(a.model(kTuesday)->index(0).data(AgendaColumnModel::CadenceMarkerRole).toString(),
        QStringLiteral("1 of 3 before 2 Jan"));

    // "Only this one": the later steps stay.
    a.prompter.answers = { false };
    a.drag({ ids.at(0) }, kTuesday, a.list(kThursday)->viewport());
    QTRY_COMPARE(a.due(ids.at(0)), kThursday);
    QCOMPARE(a.prompter.questions.size(), 1);
    QVERIFY2(a.prompter.questions.first().contains(QStringLiteral("“Acme renewal”: Tue 8 Dec → Thu 10 Dec")),
        qPrintable(a.prompter.questions.first()));
    QCOMPARE(a.due(ids.at(1)), kToday.addDays(15));
    a.undo().undo();

    // "Move them too": two days later each, kept apart, in one undo step.
    a.prompter.answers = { true };
    a.drag({ ids.at(0) }, kTuesday, a.list(kThursday)->viewport());
    QTRY_COMPARE(a.due(ids.at(0)), kThursday);
    QCOMPARE(a.due(ids.at(1)), kToday.addDays(17));
    QCOMPARE(a.due(ids.at(2)), kToday.addDays(31));
    QCOMPARE(a.undo().undoText(), QStringLiteral("reschedule 1 follow-up to Thu 26 Nov and 2 later steps"));
    a.undo().undo();
    QCOMPARE(a.due(ids.at(0)), kTuesday);
    QCOMPARE(a.due(ids.at(1)), kToday.addDays(15));
    QCOMPARE(a.due(ids.at(2)), kToday.addDays(29));
}

void TestAgendaView::spacingWarnsBeforeTwoTouchesComeTooClose()
{
    Agenda a; // at least 3 days between two touches to one contact
    const qint64 first = a.plan(a.acme, kTuesday);
    const qint64 second = a.plan(a.acme, kNextMonday);
    a.prompter.answers = { false };
    a.drag({ second }, kNextMonday, a.list(kWednesday)->viewport());
    QTRY_COMPARE(a.prompter.questions.size(), 1);
    QVERIFY2(a.prompter.questions.first().contains(QLatin1String("Acme renewal")),
        qPrintable(a.prompter.questions.first()));
    QCOMPARE(a.due(second), kNextMonday); // cancelled: nothing moved
    QCOMPARE(a.undo().count(), 0);
    // Another contact is no reason to warn; far enough is none either.
    a.drag({ second }, kNextMonday, a.list(kFriday)->viewport());
    QTRY_COMPARE(a.due(second), kFriday);
    QCOMPARE(a.prompter.questions.size(), 1);
    QCOMPARE(a.due(first), kTuesday);
}

void TestAgendaView::skipAsksWhyAndUndoes()
{
    Agenda a;
    const qint64 id = a.plan(a.acme, kToday);
    QVERIFY(a.view->selectFollowUps({ id }));
    a.prompter.textAnswer = std::nullopt; // cancelled
    QTest::keyClick(a.list(kToday), Qt::Key_Delete);
    QVERIFY(!a.workspace->pipeline().followUp(id)->isDone());
    a.prompter.textAnswer = QStringLiteral("They asked us to wait");
    QTest::keyClick(a.list(kToday), Qt::Key_Delete);
    QVERIFY(a.workspace->pipeline().followUp(id)->isSkipped());
    QCOMPARE(a.model(kToday)->rowCount(), 0);
    QCOMPARE(a.undo().undoText(), QStringLiteral("skip 1 follow-up"));
    a.undo().undo();
    QCOMPARE(a.model(kToday)->rowOfFollowUp(id), 0);
}

void TestAgendaView::journeyDragUndoThenDone()
{
    Agenda a;
    const qint64 late = a.plan(a.acme, kToday.addDays(-2));
    // An overdue follow-up dragged to Thursday, then undone...
    a.drag({ late }, kToday.addDays(-2), a.list(kThursday)->viewport());
    QTRY_COMPARE(a.due(late), kThursday);
    a.undo().undo();
    QCOMPARE(a.due(late), kToday.addDays(-2));
    // ...then marked done with a value touch: the Log Touch dialog opens with the plan filled in.
    QVERIFY(a.view->selectFollowUps({ late }));
    QTest::keyClick(a.list(kToday.addDays(-1)), Qt::Key_D, Qt::ControlModifier);
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = a.view->findChild<LogTouchDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->valueTextEdit()->text(), QStringLiteral("Benchmark of their fleet"));
    QCOMPARE(dialog->channelCombo()->currentData().toInt(), int(Channel::Call));
    dialog->okButton()->click();
    // It leaves the agenda and shows in the timeline.
    QTRY_VERIFY(a.workspace->pipeline().followUp(late)->isDone());
    QCOMPARE(a.model(kToday.addDays(-1))->rowCount(), 0);
    TimelineModel timeline(a.workspace->pipeline());
    timeline.setDeal(a.acme);
    bool found = false;
    for (int row = 0; row < timeline.rowCount(); ++row) {
        const QModelIndex entry = timeline.index(row);
        found = found
            || (entry.data(TimelineModel::KindRole).toInt() == int(TimelineModel::Kind::Touch)
                && entry.data(TimelineModel::ValueTextRole).toString()
                    == QStringLiteral("Benchmark of their fleet"));
    }
    QVERIFY(found);
}

void TestAgendaView::enterOpensTheTimeline()
{
    Agenda a;
    const qint64 id = a.plan(a.globex, kToday);
    QVERIFY(a.view->selectFollowUps({ id }));
    QSignalSpy asked(a.view.get(), &WorkspaceView::showDealRequested);
    QTest::keyClick(a.list(kToday), Qt::Key_Return);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toLongLong(), a.globex);
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("timeline"));
    QCOMPARE(a.view->shownDeal(), a.globex);
    // And the other way: showing a deal selects its next follow-up.
    a.view->showDeal(a.globex);
    QCOMPARE(a.view->selectedFollowUps(), QList<qint64> { id });
}

void TestAgendaView::filtersNarrowEveryColumn()
{
    Agenda a;
    a.plan(a.acme, kToday);
    const qint64 bare = a.plan(a.globex, kThursday, ValueKind::None);
    a.view->valueLessCheck()->setChecked(true);
    QCOMPARE(a.model(kToday)->rowCount(), 0);
    QCOMPARE(a.model(kThursday)->rowOfFollowUp(bare), 0);
    a.view->valueLessCheck()->setChecked(false);
    a.view->filterEdit()->setText(QStringLiteral("Globex"));
    a.view->applyFilter();
    QCOMPARE(a.model(kToday)->rowCount(), 0);
    QCOMPARE(a.model(kThursday)->rowCount(), 1);
    a.view->filterEdit()->clear();
    a.view->channelCombo()->setCurrentIndex(a.view->channelCombo()->findData(int(Channel::Email)));
    QCOMPARE(a.model(kToday)->rowCount(), 0);
    QCOMPARE(a.model(kThursday)->rowCount(), 0);
}

void TestAgendaView::badgeCountsWhatIsDue()
{
    Agenda a;
    QCOMPARE(a.view->badge(), QString());
    QSignalSpy changed(a.view.get(), &WorkspaceView::badgeChanged);
    const qint64 today = a.plan(a.acme, kToday);
    a.plan(a.globex, kToday.addDays(-4));
    a.plan(a.globex, kThursday);
    QCOMPARE(a.view->badge(), QStringLiteral("2"));
    QVERIFY(changed.count() >= 2);
    QVERIFY(a.workspace->pipeline().rescheduleFollowUps({ { today, kFriday } }).ok());
    QCOMPARE(a.view->badge(), QStringLiteral("1"));
}

void TestAgendaView::hiddenAgendaBuildsItsColumnsWhenShown()
{
    Agenda a;
    a.plan(a.acme, kToday);
    a.plan(a.globex, kToday.addDays(-4));
    a.plan(a.globex, kThursday);
    QVERIFY(QSqlQuery(a.workspace->pipeline().connection())
                .exec(QStringLiteral("UPDATE deals SET owner = 'Kim' WHERE id = %1").arg(a.acme)));
    // A window that opens on another view: the agenda is hidden, builds nothing, reads no owners,
    // and still counts.
    AgendaView hidden(a.context());
    hidden.setWorkspace(a.workspace.get());
    QVERIFY(hidden.columns().isEmpty());
    QCOMPARE(hidden.ownerCombo()->findData(QStringLiteral("Kim")), -1); // not read until shown
    QCOMPARE(hidden.badge(), QStringLiteral("2"));
    hidden.show();
    QCOMPARE(hidden.ownerCombo()->count(), 2);
    QCOMPARE(hidden.ownerCombo()->itemData(1).toString(), QStringLiteral("Kim"));
    QCOMPARE(hidden.columns().size(), 8);
    QCOMPARE(hidden.columns().at(0)->headerText(), QStringLiteral("Overdue\nbefore today\n1"));
    QCOMPARE(hidden.columnOf(kThursday)->model()->count(), 1);
    QCOMPARE(hidden.badge(), QStringLiteral("2"));
}

void TestAgendaView::remindersTellOfEachFollowUpOnce()
{
    Agenda a;
    a.plan(a.acme, kToday.addDays(-2)); // fell due on an earlier day: told of then
    const qint64 today = a.plan(a.acme, kToday);
    const qint64 tomorrow = a.plan(a.globex, kTuesday);
    FollowUpReminder reminder(a.clock);
    // Offscreen there is no tray: nothing is shown, and nothing fails.
    QVERIFY(!reminder.hasTray());
    QVERIFY(reminder.takeNewlyDue().isEmpty()); // no database yet
    reminder.setWorkspace(a.workspace.get());
    QList<FollowUpReminder::Due> due = reminder.takeNewlyDue();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().followUpId, today);
    QCOMPARE(FollowUpReminder::message(due),
        std::make_pair(QStringLiteral("Follow-up due: Acme renewal"),
            QStringLiteral("Call · Insight: Benchmark of their fleet")));
    QVERIFY(reminder.takeNewlyDue().isEmpty()); // once
    reminder.check();
    // Planned for today since: it falls due now.
    const qint64 moved = a.plan(a.globex, kToday);
    QCOMPARE(reminder.takeNewlyDue().size(), 1);
    // The next morning, tomorrow's.
    a.clock.set(Test::fixedNow().addDays(1));
    due = reminder.takeNewlyDue();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().followUpId, tomorrow);
    QVERIFY(moved);
    QCOMPARE(FollowUpReminder::message({ due.first(), due.first() }).first,
        QStringLiteral("2 follow-ups due today"));
}

RIPEN_TEST_MAIN(TestAgendaView)
#include "tst_agendaview.moc"
