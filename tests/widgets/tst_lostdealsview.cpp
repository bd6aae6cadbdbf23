// SPDX-License-Identifier: GPL-3.0-or-later
#include "lost/lostcommands.h"
#include "lost/lostdealsmodel.h"
#include "lost/lostdealsview.h"
#include "lost/lostreviewpanel.h"
#include "sqlutil.h"
#include "viewfixture.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace Ripen;

namespace {

// Three lost deals on the fixed day (Mon 23 Nov 2026): two ripe and untouched, one ripe in January.
struct Lost : Test::ViewFixture
{
    std::unique_ptr<LostDealsView> view;
    qint64 fleet = 0, scanners = 0, storage = 0;

    Lost()
        : ViewFixture(QStringLiteral("lost.sqlite"))
    {
        fleet
            = lose(QStringLiteral("Fleet renewal"), NoMeaning::Timing, QDate(2026, 6, 1), QDate(2026, 11, 1));
        scanners = lose(QStringLiteral("Warehouse scanners"), NoMeaning::Competitor, QDate(2026, 9, 15),
            QDate(2026, 11, 20));
        storage
            = lose(QStringLiteral("Cold storage"), NoMeaning::Value, QDate(2026, 10, 1), QDate(2027, 1, 15));
        view = std::make_unique<LostDealsView>(context());
        view->setWorkspace(workspace.get());
        view->resize(1200, 700);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qFatal("the view did not become active");
    }
    qint64 lose(const QString &title, NoMeaning meaning, const QDate &lostOn, const QDate &reengageOn)
    {
        Pipeline &p = workspace->pipeline();
        Account account;
        account.name = title + QStringLiteral(" Inc.");
        Deal deal;
        deal.title = title;
        deal.accountId = *p.createAccount(account);
        deal.stageId
            = scalar(p.connection(), QStringLiteral("SELECT id FROM stages WHERE name = 'Discovery'"))
                  .toLongLong();
        deal.value = Money { 1000000, QStringLiteral("EUR") };
        const qint64 id = *p.createDeal(deal);
        LostInfo lost;
        lost.lostOn = lostOn;
        lost.reasonId = scalar(p.connection(),
            QStringLiteral("SELECT id FROM lost_reasons WHERE meaning = ? ORDER BY position LIMIT 1"),
            { enumKey(meaning) })
                            .toLongLong();
        lost.reengageOn = reengageOn;
        if (!p.markLost(id, lost))
            qFatal("could not lose %s", qPrintable(title));
        return id;
    }
    qint64 openFollowUps()
    {
        return scalar(workspace->pipeline().connection(),
            QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_on IS NULL"))
            .toLongLong();
    }
};

} // namespace

class TestLostDealsView : public QObject
{
    Q_OBJECT
private slots:
    void listsRipeFirstWithABadge();
    void filtersByTextStateAndStrategy();
    void enterOpensTheTimeline();
    void reengagesThroughTheDialogAndUndoes();
    void snoozesToTheDayAsked();
    void firstMoveAsksThenPlansForEveryRipeDeal();
    void noDatabaseShowsNothing();
    void readsTheListWhenFirstShown();
    void screenshotShowsTheMonthlyReview();
};

void TestLostDealsView::listsRipeFirstWithABadge()
{
    Lost l;
    QCOMPARE(l.view->shownDeals(), (QList<qint64> { l.fleet, l.scanners, l.storage }));
    QCOMPARE(l.view->badge(), QStringLiteral("2"));
    QCOMPARE(l.view->shownDeal(), l.fleet); // the first row is current, so the actions work at once
    QVERIFY(l.view->reengageAction()->isEnabled());
    QCOMPARE(l.view->firstMoveAction()->text(), QStringLiteral("F&irst Move (2)"));
    // Every column at least as wide as its title.
    const QHeaderView *header = l.view->table()->horizontalHeader();
    for (int column = 0; column < LostDealsModel::ColumnCount; ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
            qPrintable(l.view->table()->model()->headerData(column, Qt::Horizontal).toString()));
    QCOMPARE(l.view->tabs()->count(), 2);
    // The review is built when its tab is first opened, and shows this database's losses.
    QVERIFY(!l.view->tabs()->widget(1)->findChild<LostReviewPanel *>());
    l.view->tabs()->setCurrentIndex(1);
    auto *review = l.view->tabs()->widget(1)->findChild<LostReviewPanel *>();
    QVERIFY(review);
    QCOMPARE(review, l.view->review());
    QTRY_COMPARE(review->figures().totals.lost, 3);
}

void TestLostDealsView::filtersByTextStateAndStrategy()
{
    Lost l;
    QTest::keyClick(l.view->table(), Qt::Key_F, Qt::ControlModifier); // Ctrl+F: to the search field
    QVERIFY(l.view->searchEdit()->hasFocus());
    QTest::keyClicks(l.view->searchEdit(), QStringLiteral("cold"));
    QCOMPARE(l.view->shownDeals(), QList<qint64> { l.storage });
    l.view->searchEdit()->clear();
    l.view->stateCombo()->setCurrentIndex(l.view->stateCombo()->findData(int(LostState::RipeNow)));
    QCOMPARE(l.view->shownDeals(), (QList<qint64> { l.fleet, l.scanners }));
    l.view->stateCombo()->setCurrentIndex(0);
    l.view->strategyCombo()->setCurrentIndex(l.view->strategyCombo()->findData(int(NoMeaning::Competitor)));
    QCOMPARE(l.view->shownDeals(), QList<qint64> { l.scanners });
    l.view->strategyCombo()->setCurrentIndex(0);
    l.view->monthsSpin()->setValue(1); // lost since 23 Oct: none of them
    QVERIFY(l.view->shownDeals().isEmpty());
    QVERIFY(!l.view->reengageAction()->isEnabled());
}

void TestLostDealsView::enterOpensTheTimeline()
{
    Lost l;
    QSignalSpy asked(l.view.get(), &WorkspaceView::showDealRequested);
    l.view->showDeal(l.scanners);
    l.view->table()->setFocus();
    QTest::keyClick(l.view->table(), Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toLongLong(), l.scanners);
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("timeline"));
}

void TestLostDealsView::reengagesThroughTheDialogAndUndoes()
{
    Lost l;
    const qint64 proposal = scalar(
        l.workspace->pipeline().connection(), QStringLiteral("SELECT id FROM stages WHERE name = 'Proposal'"))
                                .toLongLong();
    l.view->askValueTouch = [&](qint64 dealId, bool withStage) -> std::optional<ValueTouchAnswer> {
        if (!withStage)
            return std::nullopt;
        ValueTouchAnswer answer { proposal, LostCommands::firstMoveTouch(dealId, QDate(2026, 11, 24)) };
        answer.touch.plannedValue = QStringLiteral("Their Q1 numbers");
        return answer;
    };
    l.view->showDeal(l.scanners);
    // By keyboard, as a user would.
    QTest::keyClick(l.view->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(l.workspace->pipeline().deal(l.scanners)->status, DealStatus::Open);
    QCOMPARE(l.openFollowUps(), 1);
    QTRY_COMPARE(l.view->badge(), QStringLiteral("1"));
    QVERIFY(l.prompter.errors.isEmpty());
    l.workspace->undoStack().undo();
    QCOMPARE(l.workspace->pipeline().deal(l.scanners)->status, DealStatus::Lost);
    QCOMPARE(l.openFollowUps(), 0);
    QTRY_COMPARE(l.view->badge(), QStringLiteral("2"));
    // Cancelling the dialog changes nothing.
    l.view->planTouchForSelected();
    QCOMPARE(l.openFollowUps(), 0);
}

void TestLostDealsView::snoozesToTheDayAsked()
{
    Lost l;
    l.view->showDeal(l.fleet);
    l.prompter.dateAnswer = QDate(2027, 2, 1);
    l.view->snoozeAction()->trigger();
    QCOMPARE(l.workspace->pipeline().deal(l.fleet)->lost.reengageOn, QDate(2027, 2, 1));
    QTRY_COMPARE(l.view->badge(), QStringLiteral("1"));
    // Cancelled: no date, nothing changes.
    l.view->showDeal(l.scanners);
    l.prompter.dateAnswer = QDate();
    l.view->snoozeAction()->trigger();
    QCOMPARE(l.workspace->pipeline().deal(l.scanners)->lost.reengageOn, QDate(2026, 11, 20));
}

void TestLostDealsView::firstMoveAsksThenPlansForEveryRipeDeal()
{
    Lost l;
    l.prompter.answers = { false };
    l.view->firstMoveAction()->trigger();
    QCOMPARE(l.prompter.questions.size(), 1);
    QVERIFY2(l.prompter.questions.first().contains(QStringLiteral("2 ripe deals")),
        qPrintable(l.prompter.questions.first()));
    QCOMPARE(l.openFollowUps(), 0); // declined
    l.view->firstMoveAction()->trigger();
    QCOMPARE(l.openFollowUps(), 2);
    QCOMPARE(l.workspace->undoStack().undoText(), QStringLiteral("first move: 2 value touches"));
    QTRY_COMPARE(l.view->badge(), QString());
    QVERIFY(!l.view->firstMoveAction()->isEnabled());
    l.workspace->undoStack().undo();
    QCOMPARE(l.openFollowUps(), 0);
    QTRY_COMPARE(l.view->badge(), QStringLiteral("2"));
}

void TestLostDealsView::noDatabaseShowsNothing()
{
    Lost l;
    l.view->setWorkspace(nullptr);
    QVERIFY(l.view->shownDeals().isEmpty());
    QCOMPARE(l.view->badge(), QString());
    QVERIFY(!l.view->firstMoveAction()->isEnabled());
    l.view->firstMoveAction()->trigger(); // disabled: nothing happens, nothing crashes
    QVERIFY(l.prompter.errors.isEmpty());
}

// A window that opens on another view does not read the lost deals until this one is shown.
void TestLostDealsView::readsTheListWhenFirstShown()
{
    Lost l;
    LostDealsView hidden(l.context());
    hidden.setWorkspace(l.workspace.get());
    QVERIFY(!hidden.model());
    QCOMPARE(hidden.badge(), QString());
    hidden.show();
    QVERIFY(hidden.model());
    QCOMPARE(hidden.shownDeals(), (QList<qint64> { l.fleet, l.scanners, l.storage }));
    QCOMPARE(hidden.badge(), QStringLiteral("2"));
}

// `ripen --screenshot --view lost` pictures the page a sales manager prints: the monthly review.
void TestLostDealsView::screenshotShowsTheMonthlyReview()
{
    Lost l;
    QCOMPARE(l.view->tabs()->currentIndex(), 0);
    l.view->prepareScreenshot();
    QCOMPARE(l.view->tabs()->currentIndex(), 1);
    QVERIFY(l.view->tabs()->currentWidget()->findChild<LostReviewPanel *>());
    QTRY_COMPARE(l.view->review()->figures().totals.lost, 3);
}

RIPEN_TEST_MAIN(TestLostDealsView)
#include "tst_lostdealsview.moc"
