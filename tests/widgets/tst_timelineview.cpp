// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealactions.h"
#include "dialogs/logtouchdialog.h"
#include "dialogs/pipelinesettingsdialog.h"
#include "prompter.h"
#include "testsupport.h"
#include "timeline/timelinedelegate.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"
#include "viewfixture.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Ripen;
using Kind = TimelineModel::Kind;

namespace {

// A timeline on a fresh database: "Acme renewal" at Acme, with Jane (champion) and Gary (gatekeeper),
// created a month ago; today is Test::fixedNow().
struct Timeline : Test::ViewFixture
{
    std::unique_ptr<TimelineView> view;
    qint64 acme = 0, deal = 0, jane = 0, gary = 0;

    Timeline()
        : ViewFixture(QStringLiteral("timeline.sqlite"))
    {
        Pipeline &p = workspace->pipeline();
        clock.set(Test::fixedNow().addMonths(-1));
        Account account;
        account.name = QStringLiteral("Acme Corp");
        acme = *p.createAccount(account);
        Contact contact;
        contact.accountId = acme;
        contact.name = QStringLiteral("Jane Doe");
        contact.role = ContactRole::Champion;
        jane = *p.createContact(contact);
        contact.name = QStringLiteral("Gary Gate");
        contact.role = ContactRole::Gatekeeper;
        gary = *p.createContact(contact);
        Deal d;
        d.title = QStringLiteral("Acme renewal");
        d.accountId = acme;
        d.contactId = jane;
        d.stageId = p.stages().first().id;
        d.value = Money { 4200000, QStringLiteral("EUR") };
        deal = *p.createDeal(d);
        clock.set(Test::fixedNow());
        view = std::make_unique<TimelineView>(context());
        view->setWorkspace(workspace.get());
        view->resize(1100, 700);
        view->show();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("the timeline's window is not active: its shortcuts will not work");
        view->showDeal(deal);
    }

    TimelineModel &model() const { return *view->model(); }

    // Logs a touch directly (the history a test starts from), days before today.
    qint64 touch(int daysAgo, Channel channel, ValueKind value = ValueKind::None, qint64 contact = 0,
        TouchOutcome outcome = TouchOutcome::NoAnswer)
    {
        Touch t;
        t.dealId = deal;
        t.contactId = contact;
        t.channel = channel;
        t.outcome = outcome;
        t.occurredAt = Test::fixedNow().addDays(-daysAgo);
        t.valueKind = value;
        t.valueText = value == ValueKind::None ? QString() : QStringLiteral("A benchmark of their region");
        return *workspace->pipeline().logTouch(t);
    }

    // The Log Touch dialog the last action opened.
    LogTouchDialog *dialog() const
    {
        LogTouchDialog *found = nullptr;
        for (LogTouchDialog *d : view->findChildren<LogTouchDialog *>())
            found = d->isVisible() ? d : found;
        return found;
    }

    int touchCount() const
    {
        int count = 0;
        for (int row = 0; row < model().rowCount(); ++row)
            count += model().index(row).data(TimelineModel::KindRole).toInt() == int(Kind::Touch);
        return count;
    }
};

void choose(QComboBox *combo, int value)
{
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }
    void showsTheDealWithHeaderAndNextStep();
    void logsATouchThroughTheDialogAndUndoes();
    void valueWithoutWhatIsRefusedInTheDialog();
    void editsAndDeletesATouchByKeyboard();
    void thirdBareCheckInWarnsAndLogsOnlyIfTheUserGoesOn();
    void notNowPlansACadenceBeforeTheComeBackDate();
    void completingAPlanPrefillsTheDialog();
    void quickEntryLogsAtOnce();
    void contactGapIsASetting();
    void singleThreadedAccountIsPointedOut();
    void accountToggleShowsEveryDealOfTheAccount();
    void pickerFindsDealsByText();
};

void TestTimelineView::showsTheDealWithHeaderAndNextStep()
{
    Timeline t;
    QCOMPARE(t.view->headerTitle()->text(), QStringLiteral("Acme renewal"));
    QVERIFY2(t.view->headerDetails()->text().contains(QLatin1String("Acme Corp")),
        qPrintable(t.view->headerDetails()->text()));
    QVERIFY2(t.view->nextStepLabel()->text().contains(QLatin1String("No next step")),
        qPrintable(t.view->nextStepLabel()->text()));
    QCOMPARE(t.model().dealId(), t.deal);
    // Today is in view, and nothing is selected: Enter and Delete act on nothing yet.
    QVERIFY(t.view->list()->visualRect(t.model().index(t.model().todayRow())).isValid());
    QVERIFY(!t.view->editTouchAction()->isEnabled());
    // The people at the account, and a meter for each measure.
    QCOMPARE(t.view->peopleList()->count(), 2);
    QCOMPARE(t.view->findChildren<QLabel *>(QStringLiteral("meter")).size(), 5);
}

void TestTimelineView::logsATouchThroughTheDialogAndUndoes()
{
    Timeline t;
    t.view->logTouchAction()->trigger();
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = t.dialog()));
    choose(dialog->channelCombo(), int(Channel::HandwrittenNote));
    choose(dialog->contactCombo(), int(t.gary));
    choose(dialog->outcomeCombo(), int(TouchOutcome::Conversation));
    choose(dialog->valueKindCombo(), int(ValueKind::Insight));
    dialog->valueTextEdit()->setText(QStringLiteral("Three numbers from their annual report"));
    dialog->nextGroup()->setChecked(true);
    dialog->nextDueEdit()->setDate(Test::fixedNow().date().addDays(10));
    QVERIFY(dialog->warnings().isEmpty());
    dialog->okButton()->click();

    QTRY_COMPARE(t.touchCount(), 1);
    const int row = t.model().todayRow() - 1;
    const QModelIndex logged = t.model().index(row);
    QCOMPARE(logged.data(TimelineModel::ChannelRole).toInt(), int(Channel::HandwrittenNote));
    QCOMPARE(logged.data(TimelineModel::ContactNameRole).toString(), QStringLiteral("Gary Gate"));
    QVERIFY(t.view->delegate()->lines(logged).at(1).contains(QLatin1String("Three numbers")));
    QCOMPARE(t.model().plannedCount(), 1);
    QVERIFY2(t.view->nextStepLabel()->text().startsWith(QLatin1String("Next step")),
        qPrintable(t.view->nextStepLabel()->text()));

    // One undo step for the touch and the follow-up planned with it, named for the Edit menu.
    QUndoStack &undo = t.workspace->undoStack();
    QCOMPARE(undo.count(), 1);
    QVERIFY2(undo.undoText().contains(QLatin1String("handwritten note")), qPrintable(undo.undoText()));
    undo.undo();
    QCOMPARE(t.touchCount(), 0);
    QCOMPARE(t.model().plannedCount(), 0);
    undo.redo();
    QCOMPARE(t.touchCount(), 1);
    QCOMPARE(t.model().plannedCount(), 1);
    QVERIFY(t.prompter.errors.isEmpty());
}

void TestTimelineView::valueWithoutWhatIsRefusedInTheDialog()
{
    Timeline t;
    t.view->logTouchAction()->trigger();
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = t.dialog()));
    choose(dialog->valueKindCombo(), int(ValueKind::WhitePaper));
    dialog->okButton()->click();
    // The dialog stays open with what was typed, and says which field is missing.
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("What exactly")),
        qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(t.touchCount(), 0);
    dialog->valueTextEdit()->setText(QStringLiteral("The 2026 logistics study"));
    dialog->okButton()->click();
    QTRY_COMPARE(t.touchCount(), 1);
}

void TestTimelineView::editsAndDeletesATouchByKeyboard()
{
    Timeline t;
    const qint64 id = t.touch(3, Channel::Email);
    QListView *list = t.view->list();
    const int row = t.model().rowOf(Kind::Touch, id);
    list->setFocus();
    list->setCurrentIndex(t.model().index(row));
    QVERIFY(t.view->editTouchAction()->isEnabled());

    QTest::keyClick(list, Qt::Key_Return);
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = t.dialog()));
    QVERIFY(!dialog->nextGroup()->isVisible()); // editing plans nothing
    choose(dialog->valueKindCombo(), int(ValueKind::Idea));
    dialog->valueTextEdit()->setText(QStringLiteral("Halve their returns"));
    dialog->okButton()->click();
    QTRY_VERIFY(
        t.model().index(t.model().rowOf(Kind::Touch, id)).data(TimelineModel::CarriesValueRole).toBool());
    QVERIFY2(t.workspace->undoStack().undoText().startsWith(QLatin1String("edit email")),
        qPrintable(t.workspace->undoStack().undoText()));

    list->setFocus();
    list->setCurrentIndex(t.model().index(t.model().rowOf(Kind::Touch, id)));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(t.touchCount(), 0);
    t.workspace->undoStack().undo(); // the delete
    QCOMPARE(t.touchCount(), 1);
    QVERIFY(t.model().index(t.model().rowOf(Kind::Touch, id)).data(TimelineModel::CarriesValueRole).toBool());
    t.workspace->undoStack().undo(); // the edit
    QVERIFY(
        !t.model().index(t.model().rowOf(Kind::Touch, id)).data(TimelineModel::CarriesValueRole).toBool());
}

void TestTimelineView::thirdBareCheckInWarnsAndLogsOnlyIfTheUserGoesOn()
{
    Timeline t;
    t.touch(20, Channel::Email);
    t.touch(12, Channel::Email);
    t.view->logTouchAction()->trigger();
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = t.dialog()));
    choose(dialog->channelCombo(), int(Channel::Call));
    choose(dialog->contactCombo(), 0);
    // A third bare check-in: the warning explains, and the button says the user goes on anyway.
    QVERIFY(!dialog->warnings().isEmpty());
    QVERIFY(dialog->warningLabel()->isVisible());
    QVERIFY2(dialog->warningLabel()->text().contains(QLatin1String("check-in")),
        qPrintable(dialog->warningLabel()->text()));
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("&Log Anyway"));
    // Bringing value takes the warning away.
    choose(dialog->valueKindCombo(), int(ValueKind::Invitation));
    QVERIFY(dialog->warnings().isEmpty());
    QVERIFY(!dialog->warningLabel()->isVisible());
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("&Log Touch"));
    dialog->valueTextEdit()->setText(QStringLiteral("Their user group in March"));
    dialog->okButton()->click();
    QTRY_COMPARE(t.touchCount(), 3);
}

void TestTimelineView::notNowPlansACadenceBeforeTheComeBackDate()
{
    Timeline t;
    t.view->logTouchAction()->trigger();
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = t.dialog()));
    QVERIFY(!dialog->notNowGroup()->isVisibleTo(dialog));
    choose(dialog->channelCombo(), int(Channel::Call));
    choose(dialog->outcomeCombo(), int(TouchOutcome::NotNow));
    choose(dialog->valueKindCombo(), int(ValueKind::Insight));
    dialog->valueTextEdit()->setText(QStringLiteral("Their competitor's new depot"));
    QVERIFY(dialog->notNowGroup()->isVisible());
    const QDate back = Test::fixedNow().date().addMonths(3);
    dialog->comeBackEdit()->setDate(back);
    const int steps = dialog->cadenceTable()->rowCount();
    QCOMPARE(steps, 3);
    // The user changes what the second step brings before saving.
    auto *what = qobject_cast<QLineEdit *>(dialog->cadenceTable()->cellWidget(1, 3));
    QVERIFY(what);
    what->setText(QStringLiteral("Invite to the spring round table"));
    dialog->okButton()->click();

    QTRY_COMPARE(t.model().plannedCount(), 3);
    const qint64 touchId
        = t.model().index(t.model().todayRow() - 1).data(TimelineModel::EntryIdRole).toLongLong();
    QSet<QString> channels;
    for (int i = 0; i < 3; ++i) {
        const QModelIndex step = t.model().index(t.model().todayRow() + 1 + i);
        QVERIFY(step.data(TimelineModel::DueOnRole).toDate() < back);
        QVERIFY(step.data(TimelineModel::CarriesValueRole).toBool());
        QCOMPARE(step.data(TimelineModel::CadenceRole).toInt(), int(Cadence::ReEngage));
        const qint64 followUpId = step.data(TimelineModel::EntryIdRole).toLongLong();
        QCOMPARE(t.workspace->pipeline().followUp(followUpId)->seriesId, touchId);
        channels << step.data(TimelineModel::ChannelRole).toString();
    }
    QCOMPARE(channels.size(), 3); // a different channel each time
    QCOMPARE(t.model().index(t.model().todayRow() + 2).data(TimelineModel::ValueTextRole).toString(),
        QStringLiteral("Invite to the spring round table"));
    // One undo takes the touch and its three steps back.
    t.workspace->undoStack().undo();
    QCOMPARE(t.model().plannedCount(), 0);
    QCOMPARE(t.touchCount(), 0);
}

void TestTimelineView::completingAPlanPrefillsTheDialog()
{
    Timeline t;
    FollowUp planned;
    planned.dealId = t.deal;
    planned.contactId = t.gary;
    planned.dueOn = Test::fixedNow().date();
    planned.channel = Channel::DropIn;
    planned.plannedValueKind = ValueKind::WhitePaper;
    planned.plannedValue = QStringLiteral("The printed ROI guide");
    const qint64 id = *t.workspace->pipeline().scheduleFollowUp(planned);
    const int row = t.model().rowOf(Kind::Planned, id);
    QVERIFY(row > t.model().todayRow());
    t.view->list()->setFocus();
    t.view->list()->setCurrentIndex(t.model().index(row));
    QTest::keyClick(t.view->list(), Qt::Key_Return);
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = t.dialog()));
    QCOMPARE(dialog->channelCombo()->currentData().toInt(), int(Channel::DropIn));
    QCOMPARE(dialog->contactCombo()->currentData().toLongLong(), t.gary);
    QCOMPARE(dialog->valueTextEdit()->text(), QStringLiteral("The printed ROI guide"));
    choose(dialog->outcomeCombo(), int(TouchOutcome::Conversation));
    dialog->okButton()->click();
    // The plan is done: it leaves the planned part, its touch joins the past.
    QTRY_COMPARE(t.model().plannedCount(), 0);
    QCOMPARE(t.touchCount(), 1);
    QVERIFY(t.workspace->pipeline().followUp(id)->isDone());
}

void TestTimelineView::quickEntryLogsAtOnce()
{
    Timeline t;
    choose(t.view->quickChannel(), int(Channel::Call));
    choose(t.view->quickOutcome(), int(TouchOutcome::Conversation));
    QTest::keyClicks(t.view->quickNote(), QStringLiteral("Talked budget for Q3"));
    QTest::keyClick(t.view->quickNote(), Qt::Key_Return);
    QCOMPARE(t.touchCount(), 1);
    QCOMPARE(t.model().index(t.model().todayRow() - 1).data(TimelineModel::NoteRole).toString(),
        QStringLiteral("Talked budget for Q3"));
    QVERIFY(t.view->quickNote()->text().isEmpty());
    // Too soon after that touch to the same contact: the dialog opens to say so instead.
    QTest::keyClicks(t.view->quickNote(), QStringLiteral("Again"));
    QTest::keyClick(t.view->quickNote(), Qt::Key_Return);
    LogTouchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = t.dialog()));
    QVERIFY(!dialog->warnings().isEmpty());
    QCOMPARE(t.touchCount(), 1);
    dialog->reject();
}

void TestTimelineView::contactGapIsASetting()
{
    Timeline t;
    t.touch(3, Channel::Call, ValueKind::Insight, t.jane, TouchOutcome::Conversation);
    const auto tooSoon = [&t] {
        t.view->logTouchAction()->trigger();
        LogTouchDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = t.dialog())); }();
        if (!dialog)
            return QString();
        choose(dialog->contactCombo(), int(t.jane));
        choose(dialog->valueKindCombo(), int(ValueKind::Idea));
        const QString warnings = dialog->warnings().join(QLatin1Char('\n'));
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return warnings;
    };
    QCOMPARE(t.workspace->pipeline().minContactGapDays(), 7);
    QVERIFY2(tooSoon().contains(QLatin1String("3 days ago")), qPrintable(tooSoon()));

    // Settings > Pipeline > Persistence: two days is enough for this user; one undo step.
    PipelineSettingsDialog settings(*t.workspace);
    settings.contactGapSpin()->setValue(2);
    QCOMPARE(t.workspace->pipeline().minContactGapDays(), 2);
    QCOMPARE(t.workspace->undoStack().count(), 1);
    QVERIFY2(tooSoon().isEmpty(), qPrintable(tooSoon()));
    t.workspace->undoStack().undo();
    QCOMPARE(settings.contactGapSpin()->value(), 7);
    QVERIFY(!tooSoon().isEmpty());
    // Out of range is refused with the numbers named, and nothing is stored.
    const auto refused = t.workspace->pipeline().setMinContactGapDays(400);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("400")) && refused.error().contains(QLatin1String("90")),
        qPrintable(refused.error()));
    QCOMPARE(t.workspace->pipeline().minContactGapDays(), 7);
}

void TestTimelineView::singleThreadedAccountIsPointedOut()
{
    Timeline t;
    for (int i = 0; i < 3; ++i)
        t.touch(30 - 8 * i, Channel::Email, ValueKind::Insight, t.jane);
    QTRY_VERIFY(t.view->threadWarning()->isVisibleTo(t.view.get()));
    QVERIFY(t.view->threadWarning()->text().contains(QLatin1String("Single-threaded")));
    t.touch(2, Channel::Call, ValueKind::Insight, t.gary);
    QTRY_VERIFY(!t.view->threadWarning()->isVisibleTo(t.view.get()));
}

void TestTimelineView::accountToggleShowsEveryDealOfTheAccount()
{
    Timeline t;
    Deal other;
    other.title = QStringLiteral("Acme second site");
    other.accountId = t.acme;
    other.stageId = t.workspace->pipeline().stages().first().id;
    const qint64 second = *t.workspace->pipeline().createDeal(other);
    const int alone = t.model().pastCount();
    // The side panel lists the new deal as soon as it exists.
    QTRY_COMPARE(t.view->otherDealsList()->item(0)->data(Qt::UserRole).toLongLong(), second);
    QTest::mouseClick(t.view->accountToggle(), Qt::LeftButton);
    QCOMPARE(t.model().scope(), TimelineModel::Scope::Account);
    QCOMPARE(t.model().pastCount(), alone + 1);
    // The other deal is one Enter away.
    QTRY_COMPARE(t.view->otherDealsList()->item(0)->data(Qt::UserRole).toLongLong(), second);
    t.view->otherDealsList()->setFocus();
    t.view->otherDealsList()->setCurrentRow(0);

    QTest::keyClick(t.view->otherDealsList(), Qt::Key_Return);
    QCOMPARE(t.view->shownDeal(), second);
}

void TestTimelineView::pickerFindsDealsByText()
{
    Timeline t;
    t.view->showDeal(0);
    QVERIFY(!t.view->list()->isVisible());
    // The picker's list is read when the user first types, not with the file.
    QVERIFY(!t.view->picker()->completer()->model());
    t.view->picker()->setFocus();
    QTest::keyClicks(t.view->picker(), QStringLiteral("renew"));
    QAbstractItemModel *found = t.view->picker()->completer()->model();
    QVERIFY(found);
    QTRY_COMPARE(found->rowCount(), 1);
    QVERIFY(found->index(0, 0).data().toString().startsWith(QLatin1String("Acme renewal")));
    QTRY_VERIFY(t.view->picker()->completer()->popup()->isVisible());
    QTest::keyClick(t.view->picker()->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(t.view->picker()->completer()->popup(), Qt::Key_Return);
    QTRY_COMPARE(t.view->shownDeal(), t.deal);
    QVERIFY(t.view->list()->isVisible());
}

RIPEN_TEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
