// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"
#include "board/boardview.h"
#include "dialogs/restorebackupdialog.h"
#include "mainwindow.h"
#include "prompter.h"
#include "stagecolumnmodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Ripen;

namespace {

// Answers the questions from a queue (yes when it is empty) and keeps what would have been shown.
class AnsweringPrompter final : public Prompter
{
public:
    QList<bool> answers;
    QStringList questions;
    QStringList errors;

    bool confirm(
        QWidget *, const QString &title, const QString &text, const QString &, const QString &) override
    {
        questions << title + QLatin1Char('\n') + text;
        return answers.isEmpty() ? true : answers.takeFirst();
    }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QLatin1Char('\n') + text;
    }
};

enum Column { TakenOn, Reason, Deals, Size, State };

} // namespace

class TestRestoreBackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void restoresABackupThroughTheDialogAndBack();
    void saidNoChangesNothing();
    void damagedBackupIsListedAndCannotBeRestored();
    void failedRestoreKeepsTheDatabase();
    void failedBackupIsShownUntilOneWorks();
    void noBackupsForADatabaseWithoutThem();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("pipeline.sqlite")); }
    // A window on a new pipeline.sqlite: "Acme renewal" and "Fleet rollout" on the first day, "Late
    // deal" on the next, so the next day's backup holds the first two.
    std::unique_ptr<MainWindow> windowWithThreeDeals();
    RestoreBackupDialog *openDialog(MainWindow &window);
    static QStringList titlesOnTheBoard(MainWindow &window);
    static qint64 dealsIn(MainWindow &window);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock { Test::fixedNow() };
    AnsweringPrompter m_prompter;
};

void TestRestoreBackupDialog::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_settingsDir.isValid());
}

void TestRestoreBackupDialog::init()
{
    m_prompter = AnsweringPrompter();
    m_clock.set(Test::fixedNow());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<MainWindow> TestRestoreBackupDialog::windowWithThreeDeals()
{
    auto window = std::make_unique<MainWindow>(m_clock, &m_prompter);
    if (!window->createDatabase(path()))
        qWarning() << m_prompter.errors;
    window->resize(1000, 700);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    Pipeline &pipeline = window->workspace()->pipeline();
    const qint64 stage = pipeline.stages().first().id;
    const auto add = [&](const char *title) {
        Deal deal;
        deal.title = QString::fromLatin1(title);
        deal.stageId = stage;
        if (!pipeline.createDeal(deal, NewParties { QStringLiteral("Acme"), {} }))
            qWarning("cannot create %s", title);
    };
    add("Acme renewal");
    add("Fleet rollout");
    m_clock.advanceDays(1);
    add("Late deal");
    return window;
}

RestoreBackupDialog *TestRestoreBackupDialog::openDialog(MainWindow &window)
{
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = window.findChild<RestoreBackupDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("dialog not shown");
    return dialog;
}

QStringList TestRestoreBackupDialog::titlesOnTheBoard(MainWindow &window)
{
    auto *board = qobject_cast<BoardView *>(window.view(QStringLiteral("board")));
    QStringList titles;
    if (!board || board->stageIds().isEmpty())
        return titles;
    const StageColumnModel *column = board->columnModel(board->stageIds().first());
    for (int row = 0; column && row < column->rowCount(); ++row)
        titles << column->index(row, 0).data().toString();
    titles.sort();
    return titles;
}

qint64 TestRestoreBackupDialog::dealsIn(MainWindow &window)
{
    Pipeline &pipeline = window.workspace()->pipeline();
    qint64 deals = 0;
    for (const Stage &stage : pipeline.stages())
        deals += pipeline.dealCountInStage(stage.id);
    return deals;
}

void TestRestoreBackupDialog::restoresABackupThroughTheDialogAndBack()
{
    auto window = windowWithThreeDeals();
    QTRY_COMPARE(titlesOnTheBoard(*window), Test::strings({ "Acme renewal", "Fleet rollout", "Late deal" }));
    const QPointer<Workspace> before = window->workspace();

    RestoreBackupDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QTreeWidget *list = dialog->list();
    // The newest first: the second day's copy (two deals), then the first's (the new file, none).
    QCOMPARE(list->topLevelItemCount(), 2);
    QTRY_VERIFY(!dialog->isChecking());
    QCOMPARE(list->topLevelItem(0)->text(Deals), QStringLiteral("2"));
    QCOMPARE(list->topLevelItem(0)->text(Reason), QStringLiteral("Daily"));
    QCOMPARE(list->topLevelItem(0)->text(State), QStringLiteral("Good"));
    QCOMPARE(list->topLevelItem(0)->text(TakenOn), QStringLiteral("11/24/2026 10:00 AM"));
    QCOMPARE(list->topLevelItem(1)->text(Deals), QStringLiteral("0"));
    QVERIFY(!list->topLevelItem(0)->text(Size).isEmpty());
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QVERIFY(dialog->restoreButton()->isEnabled());

    // By keyboard: Enter on the selected copy asks, and restores.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY2(m_prompter.questions.first().contains(QStringLiteral("2 deals")),
        qPrintable(m_prompter.questions.first()));
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));

    // The window reopened the file: a new workspace, a fresh undo history, the backup's deals on the board.
    QVERIFY(before.isNull());
    QVERIFY(window->workspace());
    QCOMPARE(window->workspace()->path(), path());
    QCOMPARE(window->workspace()->undoStack().count(), 0);
    QCOMPARE(dealsIn(*window), 2);
    QTRY_COMPARE(titlesOnTheBoard(*window), Test::strings({ "Acme renewal", "Fleet rollout" }));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Restored")));

    // The file as it was before is among the backups, whole, with its three deals.
    QList<Backups::Entry> entries = Backups::listInspected(path());
    QCOMPARE(entries.first().reason, Backups::Reason::BeforeRestore);
    QCOMPARE(entries.first().deals, 3);

    // And the way back is the same: restore that one.
    QTRY_VERIFY(!window->findChild<RestoreBackupDialog *>());
    dialog = openDialog(*window);
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isChecking());
    QCOMPARE(dialog->list()->topLevelItem(0)->text(Reason), QStringLiteral("Before a restore"));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(Deals), QStringLiteral("3"));
    dialog->restoreButton()->click();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(dealsIn(*window), 3);
    QTRY_COMPARE(titlesOnTheBoard(*window), Test::strings({ "Acme renewal", "Fleet rollout", "Late deal" }));
    // Writing goes on in the restored file.
    Deal deal;
    deal.title = QStringLiteral("After the restore");
    deal.stageId = window->workspace()->pipeline().stages().first().id;
    QVERIFY(window->workspace()->pipeline().createDeal(deal, NewParties { QStringLiteral("Globex"), {} }));
    QCOMPARE(dealsIn(*window), 4);
}

void TestRestoreBackupDialog::saidNoChangesNothing()
{
    auto window = windowWithThreeDeals();
    const QPointer<Workspace> before = window->workspace();
    const int backups = int(Backups::list(path()).size());
    RestoreBackupDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->restoreButton()->isEnabled());
    m_prompter.answers << false;
    dialog->restoreButton()->click();
    QCOMPARE(m_prompter.questions.size(), 1);
    // Still asking, the same file open, nothing copied.
    QVERIFY(dialog->isVisible());
    QCOMPARE(window->workspace(), before.data());
    QCOMPARE(dealsIn(*window), 3);
    QCOMPARE(Backups::list(path()).size(), backups);
    // Escape closes it.
    QTest::keyClick(dialog->list(), Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<RestoreBackupDialog *>());
}

void TestRestoreBackupDialog::damagedBackupIsListedAndCannotBeRestored()
{
    auto window = windowWithThreeDeals();
    const QList<Backups::Entry> entries = Backups::list(path());
    QCOMPARE(entries.size(), 2);
    {
        QFile file(entries.first().path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }
    RestoreBackupDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isChecking());
    QCOMPARE(dialog->list()->topLevelItemCount(), 2);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(State), QStringLiteral("Damaged"));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(Deals), QString());
    QVERIFY(!dialog->restoreButton()->isEnabled());
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("backupProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    // Enter does nothing on it; the older, good copy can be restored.
    QTest::keyClick(dialog->list(), Qt::Key_Return);
    QVERIFY(m_prompter.questions.isEmpty());
    QTest::keyClick(dialog->list(), Qt::Key_Down);
    QCOMPARE(dialog->list()->currentItem(), dialog->list()->topLevelItem(1));
    QVERIFY(dialog->restoreButton()->isEnabled());
    QVERIFY(!problem->isVisible());
    dialog->close();
}

void TestRestoreBackupDialog::failedRestoreKeepsTheDatabase()
{
    auto window = windowWithThreeDeals();
    // A copy that passes no check: the restore is refused after the window let go of the file, which
    // it opens again as it was.
    const QString bogus = m_dir->filePath(QStringLiteral("bogus.sqlite"));
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all");
    }
    QVERIFY(!window->restoreBackup(bogus));
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.first().contains(QStringLiteral("was not changed")),
        qPrintable(m_prompter.errors.first()));
    QVERIFY(m_prompter.errors.first().contains(QStringLiteral("pipeline.sqlite")));
    QVERIFY(window->workspace());
    QCOMPARE(dealsIn(*window), 3);
    QTRY_COMPARE(titlesOnTheBoard(*window), Test::strings({ "Acme renewal", "Fleet rollout", "Late deal" }));
}

void TestRestoreBackupDialog::failedBackupIsShownUntilOneWorks()
{
    MainWindow window(m_clock, &m_prompter);
    QVERIFY(window.createDatabase(path()));
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("backupLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    // A file where the backups folder should be: the day's copy cannot be made.
    {
        QFile blocker(Backups::folderOf(path()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    Pipeline &pipeline = window.workspace()->pipeline();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not back up")));
    QVERIFY(pipeline.addStage(QStringLiteral("Legal review"), 10)); // the write goes ahead
    QVERIFY(label->isVisible());
    QVERIFY2(label->toolTip().contains(QStringLiteral("Could not back up")), qPrintable(label->toolTip()));
    QVERIFY(label->toolTip().contains(QStringLiteral("pipeline.sqlite")));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Could not back up")));
    QVERIFY(m_prompter.errors.isEmpty()); // told, not asked: nothing to decide
    // The next day, with the folder possible again, the copy works and the warning goes.
    QVERIFY(QFile::remove(Backups::folderOf(path())));
    m_clock.advanceDays(1);
    QVERIFY(pipeline.addStage(QStringLiteral("Security review"), 10));
    QVERIFY(!label->isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Backed up")));
    QCOMPARE(Backups::list(path()).size(), 1);
}

void TestRestoreBackupDialog::noBackupsForADatabaseWithoutThem()
{
    MainWindow window(m_clock, &m_prompter);
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing open
    // The demo database is opened without backups.
    Database::Options options;
    options.backups = false;
    QString error;
    auto workspace = Workspace::open(path(), m_clock, &error, options);
    QVERIFY2(workspace, qPrintable(error));
    window.setWorkspace(std::move(workspace));
    QVERIFY(!action->isEnabled());
    QVERIFY(window.workspace()->pipeline().addStage(QStringLiteral("Legal review"), 10));
    QVERIFY(!QFileInfo::exists(Backups::folderOf(path())));
}

RIPEN_TEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
