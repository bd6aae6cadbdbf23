// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaview.h"
#include "backups.h"
#include "board/boardview.h"
#include "board/droptarget.h"
#include "board/stagecolumnview.h"
#include "csvexport.h"
#include "dealsearch.h"
#include "demogenerator.h"
#include "dialogs/logtouchdialog.h"
#include "io/csvreader.h"
#include "lost/lostdealsview.h"
#include "mainwindow.h"
#include "prompter.h"
#include "stagecolumnmodel.h"
#include "testsupport.h"
#include "timeline/timelineview.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoCommand>

using namespace Ripen;

namespace {

// Answers the dialogs from a queue and keeps what would have been shown.
class PresetPrompter final : public Prompter
{
public:
    QStringList openAnswers;
    QStringList saveAnswers;
    QStringList errors;
    QStringList abouts;

    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString saveFileName(
        QWidget *, const QString &, const QString &, const QString &, const QString &) override
    {
        return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
    }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QLatin1Char('\n') + text;
    }
    void about(QWidget *, const QString &, const QString &text) override { abouts << text; }
    void aboutQt(QWidget *) override { abouts << QStringLiteral("Qt"); }
};

// Counts how often it was done and undone.
class CountingCommand final : public QUndoCommand
{
public:
    explicit CountingCommand(int *value)
        : QUndoCommand(QStringLiteral("Count"))
        , m_value(value)
    {
    }
    void redo() override { ++*m_value; }
    void undo() override { --*m_value; }

private:
    int *m_value;
};

// The views in sidebar order, by key.
QString key(int view)
{
    return MainWindow::viewKeys().at(view);
}
const int kViewCount = int(MainWindow::viewKeys().size());

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void visitsEveryViewByShortcut_data();
    void visitsEveryViewByShortcut();
    void visitsEveryViewBySidebarClick_data();
    void visitsEveryViewBySidebarClick();
    void sidebarWorksByKeyboard();
    void viewMenuListsEveryView();
    void viewKeysRoundTrip();
    void undoRedoFollowTheWorkspaceStack();
    void openBadFileShowsErrorAndKeepsDatabase();
    void openCancelledChangesNothing();
    void newCreatesFreshDatabase();
    void newRefusesExistingFile();
    void recentListUpdates();
    void recentEntryOpensAndForgetsMissingFiles();
    void settingsRestoreLastViewAndGeometry();
    void statusBarShowsDatabaseAndCounts();
    void aboutGoesThroughPrompter();
    void visitsEveryViewOnDemoDatabase();
    void aDamagedFileShowsTheBannerAndIsNotWritten();
    void boardEnterOpensTheTimeline();
    void journeyFromBareCheckInsToAValueTouch();
    void exportsFollowUpsAsACalendar();
    void exportsCsvFromTheFileMenu();
    void dealAndSettingsMenus();
    void openReplacesTheDatabaseUnderAFilteredBoard();
    void openShowsTheNewFilesStagesInKeptColumns();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<MainWindow> makeWindow();
    static QAction *action(MainWindow &window, const char *name);
    static void checkShows(MainWindow &window, int view);
    // "Acme renewal" at a new account "Acme", in the first stage; its id is 0 when it could not be made.
    static Deal acmeDeal(MainWindow &window);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock { Test::fixedNow() };
    PresetPrompter m_prompter;
};

void TestMainWindow::initTestCase()
{
    // Settings in a temporary INI file: tests never read or change the user's.
    qRegisterMetaType<Workspace *>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_settingsDir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_prompter = PresetPrompter();
    // A fresh folder per test: databases of one test never meet another's.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_clock, &m_prompter);
    if (!window->createDatabase(path(QStringLiteral("pipeline.sqlite"))))
        qWarning() << m_prompter.errors;
    window->resize(1000, 700);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

Deal TestMainWindow::acmeDeal(MainWindow &window)
{
    Pipeline &pipeline = window.workspace()->pipeline();
    Deal deal;
    deal.title = QStringLiteral("Acme renewal");
    deal.stageId = pipeline.stages().first().id;
    const auto id = pipeline.createDeal(deal, NewParties { QStringLiteral("Acme"), {} });
    deal.id = id ? *id : 0;
    return deal;
}

QAction *TestMainWindow::action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void TestMainWindow::checkShows(MainWindow &window, int view)
{
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("viewStack"));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(stack && sidebar);
    QCOMPARE(window.currentView(), key(view));
    QCOMPARE(stack->currentIndex(), view);
    QCOMPARE(stack->currentWidget(), window.view(key(view)));
    QCOMPARE(stack->currentWidget()->objectName(), key(view) + QStringLiteral("Page"));
    QCOMPARE(sidebar->currentRow(), view);
    if (view == 0) {
        // The board is built: it shows the stage columns of the open database.
        auto *board = qobject_cast<BoardView *>(stack->currentWidget());
        QVERIFY(board);
        QVERIFY(board->isVisible());
        QVERIFY(!board->stageIds().isEmpty());
        return;
    }
    if (view == 1) {
        // The timeline is built: with no deal chosen it says how to choose one.
        auto *timeline = qobject_cast<TimelineView *>(stack->currentWidget());
        QVERIFY(timeline);
        QVERIFY(timeline->isVisible());
        QVERIFY(!timeline->list()->isVisible());
        QVERIFY(timeline->picker()->isVisible());
        return;
    }
    if (view == 2) {
        // The agenda: Overdue, Today, the days and Later, once a database is open.
        auto *agenda = qobject_cast<AgendaView *>(stack->currentWidget());
        QVERIFY(agenda);
        QVERIFY(agenda->isVisible());
        if (window.workspace())
            QVERIFY(agenda->columns().size() >= 2 + 5);
        else
            QVERIFY(agenda->columns().isEmpty());
        return;
    }
    // The lost deals: the table to re-engage from, and the monthly review.
    auto *lost = qobject_cast<LostDealsView *>(stack->currentWidget());
    QVERIFY(lost);
    QVERIFY(lost->isVisible());
    QCOMPARE(lost->tabs()->count(), 2);
    QCOMPARE(lost->model() != nullptr, window.workspace() != nullptr);
}

void TestMainWindow::visitsEveryViewByShortcut_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("key");
    QTest::newRow("board") << 0 << int(Qt::Key_1);
    QTest::newRow("timeline") << 1 << int(Qt::Key_2);
    QTest::newRow("followups") << 2 << int(Qt::Key_3);
    QTest::newRow("lost") << 3 << int(Qt::Key_4);
}

void TestMainWindow::visitsEveryViewByShortcut()
{
    QFETCH(int, view);
    QFETCH(int, key);
    auto window = makeWindow();
    // Start elsewhere, so the shortcut has to change something.
    window->setCurrentView(view == 3 ? QStringLiteral("board") : QStringLiteral("lost"));
    QTest::keyClick(window.get(), Qt::Key(key), Qt::ControlModifier);
    checkShows(*window, view);
    const QList<QAction *> viewActions = window->findChild<QMenu *>(QStringLiteral("menuView"))->actions();
    QVERIFY(viewActions.at(view)->isChecked());
}

void TestMainWindow::visitsEveryViewBySidebarClick_data()
{
    QTest::addColumn<int>("view");
    for (int view : { 1, 2, 3, 0 })
        QTest::newRow(qPrintable(key(view))) << view;
}

void TestMainWindow::visitsEveryViewBySidebarClick()
{
    QFETCH(int, view);
    auto window = makeWindow();
    window->setCurrentView(view == 0 ? QStringLiteral("followups") : QStringLiteral("board"));
    auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    const QRect rect = sidebar->visualItemRect(sidebar->item(view));
    QVERIFY(!rect.isEmpty());
    QSignalSpy changed(window.get(), &MainWindow::currentViewChanged);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    checkShows(*window, view);
    QCOMPARE(changed.size(), 1);
}

void TestMainWindow::sidebarWorksByKeyboard()
{
    auto window = makeWindow();
    auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    sidebar->setFocus();
    QTRY_VERIFY(sidebar->hasFocus());
    checkShows(*window, 0);
    for (int view = 1; view < kViewCount; ++view) {
        QTest::keyClick(sidebar, Qt::Key_Down);
        checkShows(*window, view);
    }
    QTest::keyClick(sidebar, Qt::Key_Home);
    checkShows(*window, 0);
}

void TestMainWindow::viewMenuListsEveryView()
{
    auto window = makeWindow();
    const QList<QAction *> viewActions = window->findChild<QMenu *>(QStringLiteral("menuView"))->actions();
    QCOMPARE(viewActions.size(), kViewCount);
    for (int view = 0; view < kViewCount; ++view) {
        QAction *viewAction = viewActions.at(view);
        QCOMPARE(viewAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)));
        QVERIFY2(!viewAction->icon().isNull(),
            "the view icons did not load: is Qt's SVG plugin installed (Debian: libqt6svg6)?");
        viewAction->trigger();
        checkShows(*window, view);
    }
    // Every menu action that opens or quits can be reached without the mouse.
    for (const char *name : { "actionNew", "actionOpen", "actionQuit", "actionUndo", "actionRedo" })
        QVERIFY2(!action(*window, name)->shortcut().isEmpty(), name);
}

void TestMainWindow::viewKeysRoundTrip()
{
    QCOMPARE(MainWindow::viewKeys(),
        QStringList({ QStringLiteral("board"), QStringLiteral("timeline"), QStringLiteral("followups"),
            QStringLiteral("lost") }));
    auto window = makeWindow();
    for (int view = 0; view < kViewCount; ++view) {
        QVERIFY(window->setCurrentView(key(view)));
        QCOMPARE(window->currentView(), key(view));
    }
    // An unknown key changes nothing.
    QVERIFY(!window->setCurrentView(QStringLiteral("kanban")));
    QCOMPARE(window->currentView(), key(kViewCount - 1));
    QVERIFY(!window->view(QStringLiteral("kanban")));
}

void TestMainWindow::undoRedoFollowTheWorkspaceStack()
{
    auto window = makeWindow();
    QAction *undo = action(*window, "actionUndo");
    QAction *redo = action(*window, "actionRedo");
    QVERIFY(undo && redo);
    QVERIFY(window->findChild<QMenu *>(QStringLiteral("menuEdit"))->actions().contains(undo));
    QVERIFY(!undo->isEnabled());

    int value = 0;
    window->workspace()->undoStack().push(new CountingCommand(&value));
    QCOMPARE(value, 1);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QLatin1String("Count")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(value, 0);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(value, 1);
    // The standard shortcut reaches the same stack.
    QTest::keySequence(window.get(), QKeySequence::Undo);
    QCOMPARE(value, 0);

    // Another database brings its own, empty history; the old one's commands are gone with it.
    QVERIFY(window->createDatabase(path(QStringLiteral("other.sqlite"))));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    int other = 0;
    window->workspace()->undoStack().push(new CountingCommand(&other));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(other, 0);
    QCOMPARE(value, 0);
}

void TestMainWindow::openBadFileShowsErrorAndKeepsDatabase()
{
    auto window = makeWindow();
    const QString before = window->workspace()->path();
    QFile notes(path(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Call Jane on Monday about the renewal.\nShe prefers email.\n");
    notes.close();

    m_prompter.openAnswers << notes.fileName();
    action(*window, "actionOpen")->trigger();
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.first().contains(QLatin1String("notes.txt")),
        qPrintable(m_prompter.errors.first()));
    QVERIFY2(m_prompter.errors.first().contains(QLatin1String("not a database")),
        qPrintable(m_prompter.errors.first()));
    QVERIFY(window->workspace());
    QCOMPARE(window->workspace()->path(), before);
    QVERIFY(window->workspace()->database().isOpen());
    QCOMPARE(window->recentFiles().size(), 1);

    // A file that does not exist is not created by Open.
    m_prompter.openAnswers << path(QStringLiteral("missing.sqlite"));
    action(*window, "actionOpen")->trigger();
    QCOMPARE(m_prompter.errors.size(), 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));
    QCOMPARE(window->workspace()->path(), before);
}

void TestMainWindow::openCancelledChangesNothing()
{
    auto window = makeWindow();
    const QString before = window->workspace()->path();
    action(*window, "actionOpen")->trigger();
    action(*window, "actionNew")->trigger();
    QCOMPARE(window->workspace()->path(), before);
    QVERIFY(m_prompter.errors.isEmpty());
}

void TestMainWindow::newCreatesFreshDatabase()
{
    auto window = makeWindow();
    QSignalSpy changed(window.get(), &MainWindow::workspaceChanged);
    m_prompter.saveAnswers << path(QStringLiteral("fresh"));
    action(*window, "actionNew")->trigger();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(changed.size(), 1);
    // The suffix is added, so the file is recognisable in a file manager.
    QCOMPARE(QFileInfo(window->workspace()->path()).fileName(), QStringLiteral("fresh.sqlite"));
    QVERIFY(QFile::exists(path(QStringLiteral("fresh.sqlite"))));
    QCOMPARE(window->workspace()->database().schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(
        window->recentFiles().first(), QFileInfo(path(QStringLiteral("fresh.sqlite"))).canonicalFilePath());
}

void TestMainWindow::newRefusesExistingFile()
{
    auto window = makeWindow();
    const QString before = window->workspace()->path();
    QFile existing(path(QStringLiteral("precious.sqlite")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("years of follow-ups");
    existing.close();

    m_prompter.saveAnswers << existing.fileName();
    action(*window, "actionNew")->trigger();
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY(m_prompter.errors.first().contains(QLatin1String("already exists")));
    QCOMPARE(window->workspace()->path(), before);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("years of follow-ups"));
}

void TestMainWindow::recentListUpdates()
{
    QStringList opened;
    {
        MainWindow window(m_clock, &m_prompter);
        window.restoreSettings();
        QVERIFY(window.recentFiles().isEmpty());
        auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("menuOpenRecent"));
        QVERIFY(!recentMenu->isEnabled());
        for (int i = 0; i < MainWindow::kMaxRecentFiles + 2; ++i) {
            const QString file = path(QStringLiteral("db%1.sqlite").arg(i));
            QVERIFY(window.createDatabase(file));
            opened.prepend(QFileInfo(file).canonicalFilePath());
        }
        QCOMPARE(window.recentFiles(), opened.mid(0, MainWindow::kMaxRecentFiles));
        QVERIFY(recentMenu->isEnabled());
        // Eight files, a separator and "Clear List".
        QCOMPARE(recentMenu->actions().size(), MainWindow::kMaxRecentFiles + 2);
        QVERIFY(recentMenu->actions().first()->text().contains(QLatin1String("db9.sqlite")));

        // Opening a listed file again moves it to the top instead of listing it twice.
        QVERIFY(window.openDatabase(path(QStringLiteral("db5.sqlite"))));
        QCOMPARE(
            window.recentFiles().first(), QFileInfo(path(QStringLiteral("db5.sqlite"))).canonicalFilePath());
        QCOMPARE(window.recentFiles().count(window.recentFiles().first()), 1);
        QCOMPARE(window.recentFiles().size(), MainWindow::kMaxRecentFiles);
        opened = window.recentFiles();
    }
    // Kept in the settings for the next start.
    MainWindow next(m_clock, &m_prompter);
    next.restoreSettings();
    QCOMPARE(next.recentFiles(), opened);

    auto *clear = next.findChild<QAction *>(QStringLiteral("actionClearRecent"));
    QVERIFY(clear);
    clear->trigger();
    QVERIFY(next.recentFiles().isEmpty());
    MainWindow third(m_clock, &m_prompter);
    third.restoreSettings();
    QVERIFY(third.recentFiles().isEmpty());
}

void TestMainWindow::recentEntryOpensAndForgetsMissingFiles()
{
    MainWindow window(m_clock, &m_prompter);
    window.restoreSettings();
    const QString first = path(QStringLiteral("first.sqlite"));
    const QString second = path(QStringLiteral("second.sqlite"));
    QVERIFY(window.createDatabase(first));
    QVERIFY(window.createDatabase(second));
    auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("menuOpenRecent"));

    // Entry 2 is first.sqlite: the list is newest first.
    recentMenu->actions().at(1)->trigger();
    QCOMPARE(QFileInfo(window.workspace()->path()).fileName(), QStringLiteral("first.sqlite"));

    // second.sqlite disappears: its entry fails, says why and goes.
    QVERIFY(QFile::remove(second));
    QCOMPARE(recentMenu->actions().at(1)->data().toString(), QFileInfo(second).absoluteFilePath());
    recentMenu->actions().at(1)->trigger();
    QCOMPARE(m_prompter.errors.size(), 1);
    QCOMPARE(window.recentFiles().size(), 1);
    QCOMPARE(QFileInfo(window.workspace()->path()).fileName(), QStringLiteral("first.sqlite"));
}

void TestMainWindow::settingsRestoreLastViewAndGeometry()
{
    {
        MainWindow window(m_clock, &m_prompter);
        window.restoreSettings();
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentView(QStringLiteral("followups"));
        window.close();
    }
    MainWindow next(m_clock, &m_prompter);
    QCOMPARE(next.currentView(), QStringLiteral("board"));
    next.restoreSettings();
    QCOMPARE(next.currentView(), QStringLiteral("followups"));
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    checkShows(next, 2);
    QCOMPARE(next.size(), QSize(900, 640));

    // Without restoreSettings (screenshots) nothing is written.
    {
        MainWindow shot(m_clock, &m_prompter);
        shot.setCurrentView(QStringLiteral("lost"));
        shot.show();
        shot.close();
    }
    MainWindow last(m_clock, &m_prompter);
    last.restoreSettings();
    QCOMPARE(last.currentView(), QStringLiteral("followups"));
}

void TestMainWindow::statusBarShowsDatabaseAndCounts()
{
    auto window = makeWindow();
    auto *database = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *counts = window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(database && counts);
    QVERIFY2(database->text().endsWith(QLatin1String("pipeline.sqlite")), qPrintable(database->text()));
    QCOMPARE(counts->text(), QStringLiteral("Open deals: 0 · Won: 0 · Lost: 0"));

    Pipeline &pipeline = window->workspace()->pipeline();
    Account account;
    account.name = QStringLiteral("Acme GmbH");
    const auto accountId = pipeline.createAccount(account);
    QVERIFY(accountId);
    for (const QString &title : { QStringLiteral("Renewal"), QStringLiteral("Upsell") }) {
        Deal deal;
        deal.title = title;
        deal.accountId = *accountId;
        deal.stageId = pipeline.firstStageOfKind(StageKind::Open)->id;
        QVERIFY(pipeline.createDeal(deal));
    }
    QTRY_COMPARE(counts->text(), QStringLiteral("Open deals: 2 · Won: 0 · Lost: 0"));
}

void TestMainWindow::aboutGoesThroughPrompter()
{
    auto window = makeWindow();
    action(*window, "actionAbout")->trigger();
    action(*window, "actionAboutQt")->trigger();
    QCOMPARE(m_prompter.abouts.size(), 2);
    QVERIFY(m_prompter.abouts.first().contains(QLatin1String("Ripen")));
}

void TestMainWindow::visitsEveryViewOnDemoDatabase()
{
    QString error;
    std::unique_ptr<Workspace> workspace
        = Workspace::open(path(QStringLiteral("demo.sqlite")), m_clock, &error);
    QVERIFY2(workspace, qPrintable(error));
    DemoGenerator::Options options;
    options.deals = 150;
    options.seed = 1;
    options.today = m_clock.today();
    const Result<DemoGenerator::Counts> generated = DemoGenerator::generate(workspace->database(), options);
    QVERIFY2(generated, qPrintable(generated.error()));
    QCOMPARE(generated->deals, 150);

    MainWindow window(m_clock, &m_prompter);
    window.setWorkspace(std::move(workspace));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *countsLabel = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY2(
        !countsLabel->text().startsWith(QLatin1String("Open deals: 0 ")), qPrintable(countsLabel->text()));
    for (int view = 0; view < kViewCount; ++view) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + view), Qt::ControlModifier);
        checkShows(window, view);
    }
    QVERIFY(m_prompter.errors.isEmpty());
}

// A file damaged in its middle opens (its first and last pages read fine), and the check of the whole
// file, on its thread, puts up the banner: what is wrong, that nothing is written, and a button to
// restore a backup. A write is refused meanwhile.
void TestMainWindow::aDamagedFileShowsTheBannerAndIsNotWritten()
{
    const QString file = path(QStringLiteral("damaged.sqlite"));
    {
        QString error;
        std::unique_ptr<Workspace> workspace = Workspace::open(file, m_clock, &error);
        QVERIFY2(workspace, qPrintable(error));
        DemoGenerator::Options options;
        options.deals = 400;
        options.seed = 3;
        options.today = m_clock.today();
        QVERIFY(DemoGenerator::generate(workspace->database(), options));
    }
    // A copy of the sound file first: the banner names it as the one to go back to.
    QVERIFY(Backups::take(QFileInfo(file).canonicalFilePath(), Backups::Reason::Daily, m_clock.now()));
    QVERIFY(Test::damageMiddlePage(file, QStringLiteral("deals")) > 1);
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(file, m_clock, &error);
    QVERIFY2(workspace, qPrintable(error));
    MainWindow window(m_clock, &m_prompter);
    window.setWorkspace(std::move(workspace));
    window.resize(1280, 800);
    window.show();
    auto *banner = window.findChild<QFrame *>(QStringLiteral("damageBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    const QString text = window.findChild<QLabel *>(QStringLiteral("damageText"))->text();
    QVERIFY2(text.contains(QLatin1String("damaged.sqlite")) && text.contains(QLatin1String("damaged")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("read-only")), qPrintable(text));
    // The newest good backup, looked for on a thread: its day and its deals.
    auto *damageText = window.findChild<QLabel *>(QStringLiteral("damageText"));
    QTRY_VERIFY2(damageText->text().contains(QLatin1String("The newest good backup is of")),
        qPrintable(damageText->text()));
    QVERIFY2(damageText->text().contains(QLatin1String("with 400 deals"))
            && damageText->text().contains(QLocale().toString(m_clock.now(), QLocale::ShortFormat)),
        qPrintable(damageText->text()));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("damageRestoreButton"))->isVisible());
    // Read-only: every command that writes is disabled, in every view and in the window, and stays so
    // as the user picks a card or a deal; cards and follow-ups are not dragged.
    auto *board = qobject_cast<BoardView *>(window.view(QStringLiteral("board")));
    const qint64 firstStage = window.workspace()->pipeline().stages().first().id;
    QListView *column = board->columnList(firstStage);
    QVERIFY(column && column->model()->rowCount() > 0);
    column->setCurrentIndex(column->model()->index(0, 0));
    const qint64 dealId = board->shownDeal();
    QVERIFY(dealId);
    QVERIFY(!column->dragEnabled());
    QVERIFY(!column->acceptDrops());
    QVERIFY(!board->wonTarget()->acceptDrops());
    window.setCurrentView(QStringLiteral("timeline"));
    window.view(QStringLiteral("timeline"))->showDeal(dealId);
    QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("quickNote"))->isEnabled());
    window.setCurrentView(QStringLiteral("followups"));
    auto *agenda = qobject_cast<AgendaView *>(window.view(QStringLiteral("followups")));
    QTRY_VERIFY(!agenda->columns().isEmpty());
    for (AgendaColumn *day : agenda->columns())
        QVERIFY(!day->list()->dragEnabled() && !day->list()->acceptDrops());
    QVERIFY(!agenda->pickDateTarget()->acceptDrops());
    window.setCurrentView(QStringLiteral("board"));
    int writers = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->property("ripenWrites").toBool())
            continue;
        ++writers;
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY2(writers >= 25, qPrintable(QString::number(writers)));
    QVERIFY(action(window, "actionRestoreBackup")->isEnabled());
    Account account;
    account.name = QStringLiteral("Never written");
    const auto refused = window.workspace()->pipeline().createAccount(account);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("damaged")), qPrintable(refused.error()));
    if (const QString dir = qEnvironmentVariable("RIPEN_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(QDir(dir).filePath(QStringLiteral("damage-banner.png")));
}

void TestMainWindow::boardEnterOpensTheTimeline()
{
    auto window = makeWindow();
    const Deal deal = acmeDeal(*window);
    const qint64 id = deal.id;
    QVERIFY(id);
    auto *board = qobject_cast<BoardView *>(window->view(QStringLiteral("board")));
    QVERIFY(board);
    QVERIFY(board->selectDeal(id));
    QTest::keyClick(board->columnList(deal.stageId), Qt::Key_Return);
    QCOMPARE(window->currentView(), QStringLiteral("timeline"));
    // The deal the timeline is to show is the timeline's own.
    QCOMPARE(window->view(QStringLiteral("timeline"))->shownDeal(), id);
}

// Given a deal on the board, when the user opens it with Enter and logs three bare check-ins, the
// third is flagged before it is saved and the card shows the nuisance badge; a touch that brings value
// takes the badge away again.
void TestMainWindow::journeyFromBareCheckInsToAValueTouch()
{
    auto window = makeWindow();
    const Deal deal = acmeDeal(*window);
    const qint64 id = deal.id;
    QVERIFY(id);
    auto *board = qobject_cast<BoardView *>(window->view(QStringLiteral("board")));
    QVERIFY(board->selectDeal(id));
    QTest::keyClick(board->columnList(deal.stageId), Qt::Key_Return);
    QCOMPARE(window->currentView(), QStringLiteral("timeline"));
    auto *timeline = qobject_cast<TimelineView *>(window->view(QStringLiteral("timeline")));
    QVERIFY(timeline);
    QCOMPARE(timeline->headerTitle()->text(), QStringLiteral("Acme renewal"));
    StageColumnModel *card = board->columnModel(deal.stageId);
    const auto badge
        = [&] { return card->index(card->rowOfDeal(id)).data(StageColumnModel::NuisanceRole).toBool(); };

    const auto logWithDialog = [&](bool warnedAtFirst, ValueKind value, Channel channel) {
        // Offscreen, nothing hands activation back to the window when a dialog closes; a desktop does.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        timeline->list()->setFocus();
        QTest::keyClick(timeline->list(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        LogTouchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = timeline->findChild<LogTouchDialog *>()) && dialog->isVisible());
        QVERIFY2(
            dialog->warningLabel()->isVisible() == warnedAtFirst, qPrintable(dialog->warningLabel()->text()));
        if (value != ValueKind::None) {
            // The guard's advice taken: something of value, on the channel it suggests.
            QVERIFY(dialog->warningLabel()->text().contains(enumLabel(channel)));
            dialog->channelCombo()->setCurrentIndex(int(channel));
            dialog->valueKindCombo()->setCurrentIndex(int(value));
            dialog->valueTextEdit()->setText(QStringLiteral("An invitation to their industry's round table"));
            QVERIFY2(!dialog->warningLabel()->isVisible(), qPrintable(dialog->warningLabel()->text()));
            QCOMPARE(dialog->okButton()->text(), QStringLiteral("&Log Touch"));
        } else if (warnedAtFirst) {
            QCOMPARE(dialog->okButton()->text(), QStringLiteral("&Log Anyway"));
        }
        dialog->okButton()->click();
        QTRY_VERIFY(!timeline->findChild<LogTouchDialog *>());
    };
    logWithDialog(false, ValueKind::None, Channel::Call);
    logWithDialog(false, ValueKind::None, Channel::Call);
    QVERIFY(!badge());
    logWithDialog(true, ValueKind::None, Channel::Call); // the third bare check-in in a row is flagged first
    QVERIFY(badge());
    logWithDialog(true, ValueKind::Invitation, Channel::HandwrittenNote);
    QVERIFY(!badge());
    QCOMPARE(window->workspace()->undoStack().count(), 4);
}

void TestMainWindow::exportsFollowUpsAsACalendar()
{
    auto window = makeWindow();
    Pipeline &pipeline = window->workspace()->pipeline();
    const Deal deal = acmeDeal(*window);
    const qint64 id = deal.id;
    QVERIFY(id);
    FollowUp planned;
    planned.dealId = id;
    planned.dueOn = Test::fixedNow().date().addDays(2);
    planned.plannedValueKind = ValueKind::Insight;
    planned.plannedValue = QStringLiteral("Their freight costs, compared");
    const auto followUp = pipeline.scheduleFollowUp(planned);
    QVERIFY(followUp.ok());

    // File > Export Follow-ups…: the name without its suffix gets ".ics".
    m_prompter.saveAnswers << path(QStringLiteral("week"));
    action(*window, "actionExportFollowUps")->trigger();
    QFile file(path(QStringLiteral("week.ics")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll().replace("\r\n ", "");
    QVERIFY(written.contains("UID:follow-up-" + QByteArray::number(*followUp) + "@ripen\r\n"));
    QVERIFY(written.contains("Their freight costs\\, compared"));
    QVERIFY(m_prompter.errors.isEmpty());

    // A folder that cannot be written is reported, naming the file.
    m_prompter.saveAnswers << path(QStringLiteral("no-such-folder/week.ics"));
    action(*window, "actionExportFollowUps")->trigger();
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(
        m_prompter.errors.first().contains(QLatin1String("week.ics")), qPrintable(m_prompter.errors.first()));
}

void TestMainWindow::exportsCsvFromTheFileMenu()
{
    auto window = makeWindow();
    Pipeline &pipeline = window->workspace()->pipeline();
    const Deal acme = acmeDeal(*window);
    QVERIFY(acme.id);
    Deal formula;
    formula.title = QStringLiteral("=1+1, \"quoted\"");
    formula.stageId = pipeline.stages().first().id;
    QVERIFY(pipeline.createDeal(formula, NewParties { QStringLiteral("Globex"), {} }).ok());
    FollowUp planned;
    planned.dealId = acme.id;
    planned.dueOn = Test::fixedNow().date().addDays(3);
    QVERIFY(pipeline.scheduleFollowUp(planned).ok());

    // File > Export > Deals as CSV…, by keyboard: Alt+F's menu, E, D. The name without its suffix
    // gets ".csv".
    auto *file = window->findChild<QMenu *>(QStringLiteral("menuFile"));
    auto *exportMenu = window->findChild<QMenu *>(QStringLiteral("menuExport"));
    QVERIFY(file && exportMenu);
    QCOMPARE(exportMenu->menuAction()->text(), QStringLiteral("&Export"));
    QVERIFY(file->actions().contains(exportMenu->menuAction()));
    QCOMPARE(exportMenu->actions().size(), 5); // three CSV files, a separator, the calendar
    QVERIFY(exportMenu->actions().contains(action(*window, "actionExportFollowUps")));
    m_prompter.saveAnswers << path(QStringLiteral("pipeline-deals"));
    window->menuBar()->setActiveAction(file->menuAction());
    QTRY_VERIFY(file->isVisible());
    QTest::keyClick(file, Qt::Key_E);
    QTRY_VERIFY(exportMenu->isVisible());
    QTest::keyClick(exportMenu, Qt::Key_D);
    QTRY_VERIFY(QFile::exists(path(QStringLiteral("pipeline-deals.csv"))));
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
    QFile deals(path(QStringLiteral("pipeline-deals.csv")));
    QVERIFY(deals.open(QIODevice::ReadOnly));
    const QByteArray bytes = deals.readAll();
    QVERIFY(bytes.contains("\"'=1+1, \"\"quoted\"\"\""));
    const CsvReader::Table table = CsvReader::read(bytes);
    QCOMPARE(table.header, CsvExport::header(CsvExport::Kind::Deals));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).fields.at(1), QStringLiteral("Acme renewal"));
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("2 deals")),
        qPrintable(window->statusBar()->currentMessage()));

    // The activities (none logged: the header alone) and the open follow-ups.
    m_prompter.saveAnswers << path(QStringLiteral("touches.csv"));
    action(*window, "actionExportActivities")->trigger();
    QFile touches(path(QStringLiteral("touches.csv")));
    QVERIFY(touches.open(QIODevice::ReadOnly));
    QCOMPARE(CsvReader::read(touches.readAll()).header, CsvExport::header(CsvExport::Kind::Activities));
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("0 activities")));
    m_prompter.saveAnswers << path(QStringLiteral("plans"));
    action(*window, "actionExportFollowUpsCsv")->trigger();
    QFile plans(path(QStringLiteral("plans.csv")));
    QVERIFY(plans.open(QIODevice::ReadOnly));
    QCOMPARE(CsvReader::read(plans.readAll()).rows.size(), 1);
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("1 follow-ups")));
    QVERIFY(m_prompter.errors.isEmpty());

    // Cancelled: nothing written, nothing said. A folder that cannot be written: reported, naming the file.
    action(*window, "actionExportDeals")->trigger();
    QVERIFY(m_prompter.errors.isEmpty());
    m_prompter.saveAnswers << path(QStringLiteral("no-such-folder/deals.csv"));
    action(*window, "actionExportDeals")->trigger();
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.first().contains(QLatin1String("deals.csv")),
        qPrintable(m_prompter.errors.first()));
}

void TestMainWindow::dealAndSettingsMenus()
{
    auto window = makeWindow();
    auto *deal = window->findChild<QMenu *>(QStringLiteral("menuDeal"));
    QVERIFY(deal);
    QStringList shortcuts;
    for (QAction *action : deal->actions()) {
        if (!action->isSeparator())
            shortcuts << action->shortcut().toString();
    }
    QVERIFY2(shortcuts.contains(QStringLiteral("Ctrl+Right")), qPrintable(shortcuts.join(QLatin1Char(','))));
    QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+Shift+L")));
    QVERIFY(!shortcuts.contains(QString())); // every board action has a shortcut
    // The menu follows the view: on the timeline it holds the touch commands, not the board's moves.
    QVERIFY(window->setCurrentView(QStringLiteral("timeline")));
    shortcuts.clear();
    for (QAction *action : deal->actions()) {
        if (!action->isSeparator())
            shortcuts << action->shortcut().toString();
    }
    QVERIFY2(
        shortcuts.contains(QStringLiteral("Ctrl+Shift+T")), qPrintable(shortcuts.join(QLatin1Char(','))));
    QVERIFY(!shortcuts.contains(QStringLiteral("Ctrl+Right")));
    QVERIFY(!shortcuts.contains(QString()));
    QVERIFY(window->setCurrentView(QStringLiteral("board")));
    QAction *settings = action(*window, "actionPipelineSettings");
    QVERIFY(settings);
    settings->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->metaObject()->className(), "Ripen::PipelineSettingsDialog");
    // Escape closes it, and it goes.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<QDialog *>());
}

void TestMainWindow::openReplacesTheDatabaseUnderAFilteredBoard()
{
    // A second database with one deal in it.
    const QString other = path(QStringLiteral("other.sqlite"));
    {
        auto first = std::make_unique<MainWindow>(m_clock, &m_prompter);
        QVERIFY(first->createDatabase(other));
        Pipeline &pipeline = first->workspace()->pipeline();
        Deal deal;
        deal.title = QStringLiteral("Fleet renewal");
        deal.stageId = pipeline.firstStageOfKind(StageKind::Open)->id;
        QVERIFY(pipeline.createDeal(deal, NewParties { QStringLiteral("Nordwind Logistics"), {} }));
    }
    auto window = makeWindow();
    auto *board = qobject_cast<BoardView *>(window->view(QStringLiteral("board")));
    QVERIFY(board);
    // The board holds a search (a temporary table of the old connection) and its columns' queries.
    QTest::keyClicks(board->filterEdit(), QStringLiteral("fleet"));
    board->applyFilter();
    QPointer<Workspace> old = window->workspace();
    QPointer<DealSearch> oldSearch = board->search();
    QVERIFY(oldSearch);
    m_prompter.openAnswers << other;
    action(*window, "actionOpen")->trigger();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
    // The old search and its index are not freed while the user waits for the new board: they go
    // with the old file, once the new board is up, before its database closes.
    QVERIFY(board->search() != oldSearch);
    QVERIFY(oldSearch);
    QVERIFY(old);
    QTRY_VERIFY(old.isNull());
    QVERIFY(oldSearch.isNull());
    // The board reads the new file, with the filter still on.
    const qint64 firstStage = board->stageIds().first();
    QTRY_COMPARE(board->columnModel(firstStage)->rowCount(), 1);
    QCOMPARE(board->columnModel(firstStage)->index(0, 0).data().toString(), QStringLiteral("Fleet renewal"));
    // Quitting with views, models and the search still alive closes cleanly (ASan checks the order).
    window.reset();
}

void TestMainWindow::openShowsTheNewFilesStagesInKeptColumns()
{
    // A second database with one stage more than the first, renamed stages and a deal in the last.
    const QString other = path(QStringLiteral("other.sqlite"));
    QStringList otherNames;
    {
        auto first = std::make_unique<MainWindow>(m_clock, &m_prompter);
        QVERIFY(first->createDatabase(other));
        Pipeline &pipeline = first->workspace()->pipeline();
        QVERIFY(pipeline.addStage(QStringLiteral("Legal review"), 10));
        Stage renamed = pipeline.stages().first();
        renamed.name = QStringLiteral("Fresh leads");
        QVERIFY(pipeline.updateStage(renamed));
        for (const Stage &stage : pipeline.stages()) {
            if (stage.kind == StageKind::Open)
                otherNames << stage.name;
        }
        Deal deal;
        deal.title = QStringLiteral("Fleet renewal");
        deal.stageId = pipeline.stages().first().id;
        QVERIFY(pipeline.createDeal(deal, NewParties { QStringLiteral("Nordwind Logistics"), {} }));
    }
    auto window = makeWindow();
    auto *board = qobject_cast<BoardView *>(window->view(QStringLiteral("board")));
    QVERIFY(board);
    const int before = int(board->stageIds().size());
    QVERIFY(before >= 2);
    const QPointer<StageColumnView> kept = board->column(board->stageIds().first());
    QVERIFY(kept);
    m_prompter.openAnswers << other;
    action(*window, "actionOpen")->trigger();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));

    // One column per open stage of the new file, in its order and with its names; the first
    // column's widgets were kept and show the new file's first stage.
    const QList<qint64> ids = board->stageIds();
    QCOMPARE(ids.size(), otherNames.size());
    QCOMPARE(ids.size(), before + 1);
    QStringList shown;
    for (qint64 id : ids)
        shown << board->column(id)->headerText().section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(shown, otherNames);
    QCOMPARE(board->column(ids.first()), kept.data());
    QCOMPARE(kept->list()->model(), kept->model());
    QCOMPARE(kept->model()->rowCount(), 1);
    QVERIFY(kept->headerText().contains(QLatin1String("1 deal")));

    // The kept column works as a new one does: its card moves by keyboard into the next column,
    // and Enter there opens the deal's timeline.
    window->setCurrentView(QStringLiteral("board"));
    kept->list()->setFocus();
    kept->list()->setCurrentIndex(kept->model()->index(0, 0));
    const qint64 dealId = board->currentDealId();
    QVERIFY(dealId > 0);
    QTest::keyClick(kept->list(), Qt::Key_Right, Qt::ControlModifier);
    QTRY_COMPARE(board->columnModel(ids.at(1))->rowCount(), 1);
    QCOMPARE(kept->model()->rowCount(), 0);
    QCOMPARE(window->workspace()->pipeline().deal(dealId)->stageId, ids.at(1));
    CardListView *next = board->columnList(ids.at(1));
    QTRY_COMPARE(board->currentDealId(), dealId);
    QTest::keyClick(next, Qt::Key_Return);
    QTRY_COMPARE(window->currentView(), QStringLiteral("timeline"));
    window.reset();
}

RIPEN_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
