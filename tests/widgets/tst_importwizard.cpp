// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardview.h"
#include "dialogs/importhistorydialog.h"
#include "import/importpages.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "prompter.h"
#include "sqlutil.h"
#include "stagecolumnmodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>

using namespace Ripen;

namespace {

// Answers the file dialog from a queue and keeps the errors that would have been shown.
class AnsweringPrompter final : public Prompter
{
public:
    QStringList openAnswers;
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QLatin1Char('\n') + text;
    }
    QList<bool> confirmAnswers;
    QStringList confirmed;
    bool confirm(QWidget *, const QString &, const QString &text, const QString &, const QString &) override
    {
        confirmed << text;
        return !confirmAnswers.isEmpty() && confirmAnswers.takeFirst();
    }
};

// A Pipedrive deals export as a German Excel saves it: semicolons, Windows-1252, grouped amounts with
// decimal commas, times after the dates, and a totals line below the table.
const QByteArray kPipedrive
    = "Deal - ID;Deal - Title;Deal - Organization;Deal - Contact person;Deal - Value;Deal - Currency;"
      "Deal - Stage;Deal - Status;Deal - Owner;Deal - Deal created;Deal - Won time;Deal - Lost time;"
      "Deal - Lost reason\r\n"
      "1;Fleet renewal;M\xfcller Logistik;Jo Ma;12.500,00;EUR;Proposal;open;Ann;2026-06-01 10:00:00;;;\r\n"
      "2;Scanners;Globex;;900;USD;Discovery;won;Bob;2026-05-01 09:00:00;2026-10-03 09:00:00;;\r\n"
      "3;Dock doors;Acme;;1.200,50;EUR;Lead in;lost;Ann;2026-04-01 08:00:00;;2026-11-02 16:00:00;Budget\r\n"
      "4;Ramp;Acme;;50;EUR;Qualified;open;Ann;2026-09-01 08:00:00;;;\r\n"
      "Total;;;;;;;;;;;;\r\n";

// A Pipedrive activities export for the deals of kPipedrive: a call on a deal named by its title, an
// email for an account only (its open deal), a meeting planned, a call on a deal that is not there
// (no account to fall back on), and a call for an account with no deal yet.
const QByteArray kPipedriveActivities
    = "Activity - Type;Activity - Due date;Activity - Done;Activity - Deal;Activity - Organization;"
      "Activity - Note\r\n"
      "Call;2026-10-05 09:30;Done;Fleet renewal;;Spoke about the rollout\r\n"
      "Email;2026-11-10;Done;;Acme;Sent the case study\r\n"
      "Meeting;2026-12-02;To do;Scanners;Globex;Demo on site\r\n"
      "Call;2026-11-03;Done;Nowhere deal;;\r\n"
      "Call;2026-11-20;Done;;Initech;First call\r\n";

template<typename T> T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

// The next widget Tab reaches from widget.
QWidget *nextTabStop(QWidget *widget)
{
    for (QWidget *next = widget->nextInFocusChain(); next && next != widget;
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(widget->window()) && next->isEnabled())
            return next;
    }
    return nullptr;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importsAPipedriveExportFromTheFileMenu();
    void importsPipedriveActivitiesOntoTheirDeals();
    void theKindChosenFirstDrivesEveryPage();
    void anActivityNeedsItsDateAndItsDealOrAccount();
    void aFileThatCannotBeReadKeepsTheUserOnThePage();
    void changingTheDelimiterReadsThePreviewAgain();
    void theTitleIsRequiredAndOneColumnMayFeedTwoFields();
    void ambiguousDatesWaitForTheUsersFormat();
    void aBadRowIsSkippedOnlyWhenTheUserSaysSo();
    void dealsAlreadyPresentAreUpdatedOnlyWhenAsked();
    void cancellingLeavesTheDatabaseByteForByte();
    void cancellingActivitiesLeavesTheDatabaseByteForByte();
    void aFailedImportSaysTheDatabaseWasLeftAsItWas();
    void everyPageFitsItsTextAndWorksByKeyboard_data();
    void everyPageFitsItsTextAndWorksByKeyboard();
    void aLargeImportIsShownAtOnce();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    std::unique_ptr<Workspace> openWorkspace(const QString &name = QStringLiteral("pipeline.sqlite"));
    // A wizard on workspace for the file, shown, on its first page.
    std::unique_ptr<ImportWizard> makeWizard(Workspace &workspace, const QString &file);
    // The same, on a file of activities (chosen on the first page).
    std::unique_ptr<ImportWizard> makeActivitiesWizard(Workspace &workspace, const QString &file);
    // The deals of kPipedrive, imported without the wizard.
    static bool addPipedriveDeals(Workspace &workspace);
    // Presses Next (or Import on the Check page) and says whether the wizard moved to page `to`.
    static bool advance(ImportWizard &wizard, int to);
    static int count(Workspace &workspace, const QString &sql);
    // Checks that every label of the current page shows its whole text and every label that names a
    // control gives it a mnemonic; saves a picture into RIPEN_SCREENSHOT_DIR when it is set.
    void look(ImportWizard &wizard, const QString &name) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock { Test::fixedNow() };
    AnsweringPrompter m_prompter;
    // Where everyPageFitsItsTextAndWorksByKeyboard saves its pictures (RIPEN_SCREENSHOT_DIR), to look at.
    QString m_shots = qEnvironmentVariable("RIPEN_SCREENSHOT_DIR");
};

void TestImportWizard::initTestCase()
{
    // Settings in a temporary INI file: the tests never read or change the user's default currency.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_settingsDir.isValid());
}

void TestImportWizard::init()
{
    QSettings().clear();
    m_prompter = AnsweringPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<Workspace> TestImportWizard::openWorkspace(const QString &name)
{
    QString error;
    auto workspace = Workspace::open(m_dir->filePath(name), m_clock, &error);
    if (!workspace)
        qFatal("%s", qPrintable(error));
    return workspace;
}

std::unique_ptr<ImportWizard> TestImportWizard::makeWizard(Workspace &workspace, const QString &file)
{
    auto wizard = std::make_unique<ImportWizard>(workspace, m_prompter, file);
    wizard->show();
    return wizard;
}

std::unique_ptr<ImportWizard> TestImportWizard::makeActivitiesWizard(
    Workspace &workspace, const QString &file)
{
    auto wizard = makeWizard(workspace, file);
    auto *kind = child<QComboBox>(*wizard, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(ImportMapping::Kind::Activities)));
    return wizard;
}

bool TestImportWizard::addPipedriveDeals(Workspace &workspace)
{
    const CsvReader::Table table = CsvReader::read(kPipedrive);
    ImportPlan::Options options;
    options.today = Test::fixedNow().date();
    const ImportPlan::Deals plan = ImportPlan::deals(table,
        ImportMapping::guess(
            table.header, ImportMapping::Kind::Deals, ImportMapping::preset(QStringLiteral("pipedrive"))),
        options);
    const auto imported = workspace.pipeline().importDeals(plan, QStringLiteral("deals.csv"));
    if (!imported || imported->imported != 4) {
        qWarning("the deals were not imported: %s", qPrintable(imported ? QString() : imported.error()));
        return false;
    }
    return true;
}

bool TestImportWizard::advance(ImportWizard &wizard, int to)
{
    QAbstractButton *button = wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton)
                                                                   : wizard.button(QWizard::NextButton);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    button->click();
    return wizard.currentId() == to;
}

int TestImportWizard::count(Workspace &workspace, const QString &sql)
{
    return scalar(workspace.pipeline().connection(), sql).toInt();
}

void TestImportWizard::look(ImportWizard &wizard, const QString &name) const
{
    QApplication::processEvents();
    // Layouts asked for while those events ran (a combo box sized to its new items): the page as it
    // settles, not halfway, which a running event loop never shows.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QWidget *page = wizard.currentPage();
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&wizard) || label->text().isEmpty())
            continue;
        const int needed
            = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->height() >= needed,
            qPrintable(QStringLiteral("%1: “%2” is %3 px high, needs %4")
                           .arg(name, label->text())
                           .arg(label->height())
                           .arg(needed)));
        if (!label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(),
                qPrintable(name + QLatin1Char(' ') + label->text()));
        // The field names of the Columns page leave a few without one: there are more than letters.
        if (label->buddy() && !label->buddy()->objectName().startsWith(QLatin1String("column_")))
            QVERIFY2(label->text().contains(QLatin1Char('&')),
                qPrintable(name + QLatin1Char(' ') + label->text()));
    }
    const QPixmap picture = wizard.grab();
    QVERIFY(!picture.isNull());
    if (!m_shots.isEmpty())
        QVERIFY(picture.save(QDir(m_shots).filePath(QStringLiteral("import-%1.png").arg(name))));
}

void TestImportWizard::importsAPipedriveExportFromTheFileMenu()
{
    const QString csv = writeFile(QStringLiteral("pipedrive-deals.csv"), kPipedrive);
    MainWindow window(m_clock, &m_prompter);
    QVERIFY(window.createDatabase(m_dir->filePath(QStringLiteral("pipeline.sqlite"))));
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // File > Import…, Ctrl+Shift+I.
    QAction *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(import));
    import->trigger();
    ImportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<ImportWizard *>()) && wizard->isVisible());
    QVERIFY(wizard->isModal());

    // Page 1: Browse… asks through the prompter.
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
    m_prompter.openAnswers << csv;
    child<QPushButton>(*wizard, QStringLiteral("browseButton"))->click();
    QCOMPARE(child<QLineEdit>(*wizard, QStringLiteral("fileEdit"))->text(), QDir::toNativeSeparators(csv));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));

    // Page 2: Windows-1252, semicolons and a header, detected; the totals line set apart.
    auto *encoding = child<QComboBox>(*wizard, QStringLiteral("encodingCombo"));
    auto *delimiter = child<QComboBox>(*wizard, QStringLiteral("delimiterCombo"));
    QCOMPARE(encoding->currentData().toInt(), int(CsvReader::Encoding::Windows1252));
    QVERIFY2(
        encoding->currentText().contains(QLatin1String("detected")), qPrintable(encoding->currentText()));
    QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
    QVERIFY(child<QCheckBox>(*wizard, QStringLiteral("headerCheck"))->isChecked());
    auto *preview = child<QTableView>(*wizard, QStringLiteral("previewTable"));
    QCOMPARE(preview->model()->columnCount(), 13);
    QCOMPARE(preview->model()->rowCount(), 4);
    QCOMPARE(preview->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Deal - Title"));
    QCOMPARE(preview->model()->index(0, 2).data().toString(), QString::fromUtf8("Müller Logistik"));
    QCOMPARE(
        preview->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("2")); // the file's line
    auto *footer = child<QLabel>(*wizard, QStringLiteral("footerNote"));
    QVERIFY(footer->isVisible());
    QVERIFY2(footer->text().contains(
                 QString::fromUtf8("1 line below the table (totals, notes) will be skipped: “Total”")),
        qPrintable(footer->text()));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));

    // Page 3: the Pipedrive preset recognised, every field it names mapped.
    auto *preset = child<QComboBox>(*wizard, QStringLiteral("presetCombo"));
    QCOMPARE(preset->currentData().toString(), QStringLiteral("pipedrive"));
    QCOMPARE(preset->itemText(0), QStringLiteral("None (guess from the header)"));
    QVERIFY(
        child<QLabel>(*wizard, QStringLiteral("presetNote"))->text().contains(QLatin1String("Pipedrive")));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_title"))->currentText(),
        QStringLiteral("Deal - Title"));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_account"))->currentText(),
        QStringLiteral("Deal - Organization"));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_won_on"))->currentText(),
        QStringLiteral("Deal - Won time"));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_note"))->currentData().toInt(), -1);
    QCOMPARE(child<QLabel>(*wizard, QStringLiteral("sample_title"))->text(), QStringLiteral("Fleet renewal"));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));

    // Page 4: the dry run says what will happen; nothing is written yet.
    auto *summary = child<QLabel>(*wizard, QStringLiteral("checkSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("Rows read: 4")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("Would be imported: 4")));
    QVERIFY(summary->text().contains(QLatin1String("Stages created (1): Qualified")));
    QVERIFY(!child<QListView>(*wizard, QStringLiteral("problemsList"))->isVisible());
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("dateFormatCombo"))->currentData().toString(),
        QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(child<QLineEdit>(*wizard, QStringLiteral("currencyEdit"))->text(), QStringLiteral("EUR"));
    QCOMPARE(count(*window.workspace(), QStringLiteral("SELECT count(*) FROM deals")), 0);
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));

    // Page 5: written; Finish closes the wizard.
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    auto *result = child<QLabel>(*wizard, QStringLiteral("importResult"));
    QVERIFY2(result->text().contains(QLatin1String("Imported: 4")), qPrintable(result->text()));
    QCOMPARE(child<QProgressBar>(*wizard, QStringLiteral("importProgress"))->value(), 4);
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
    QVERIFY(m_prompter.errors.isEmpty());

    // In the database as the file says, and on the board in their stages.
    Workspace &workspace = *window.workspace();
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM deals")), 4);
    QCOMPARE(count(workspace,
                 QStringLiteral("SELECT value_minor FROM deals d JOIN accounts a ON a.id = d.account_id "
                                "WHERE d.title = 'Fleet renewal' AND a.name = 'Müller Logistik'")),
        1250000);
    QCOMPARE(count(workspace,
                 QStringLiteral("SELECT count(*) FROM deals WHERE status = 'won' AND "
                                "won_on = '2026-10-03' AND currency = 'USD'")),
        1);
    QCOMPARE(window.currentView(), QStringLiteral("board"));
    auto *board = qobject_cast<BoardView *>(window.view(QStringLiteral("board")));
    QVERIFY(board);
    Pipeline &pipeline = workspace.pipeline();
    for (const QString &title : { QStringLiteral("Fleet renewal"), QStringLiteral("Ramp") }) {
        const qint64 id
            = scalar(pipeline.connection(), QStringLiteral("SELECT id FROM deals WHERE title = ?"), { title })
                  .toLongLong();
        const qint64 stageId = pipeline.deal(id)->stageId;
        QVERIFY2(board->stageIds().contains(stageId), qPrintable(title));
        QTRY_VERIFY2(board->columnModel(stageId)->rowOfDeal(id) >= 0, qPrintable(title));
    }
    QCOMPARE(pipeline
                 .stage(pipeline
                            .deal(scalar(pipeline.connection(),
                                QStringLiteral("SELECT id FROM deals WHERE title = 'Ramp'"))
                                      .toLongLong())
                            ->stageId)
                 ->name,
        QStringLiteral("Qualified"));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Imported 4 deals")));

    // Edit > Undo takes the import back whole, the new stage too; Redo brings the rows in again.
    QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo && undo->isEnabled());
    QCOMPARE(undo->text(), QString::fromUtf8("&Undo Import “pipedrive-deals.csv”"));
    const qint64 qualified
        = pipeline
              .deal(scalar(pipeline.connection(), QStringLiteral("SELECT id FROM deals WHERE title = 'Ramp'"))
                        .toLongLong())
              ->stageId;
    undo->trigger();
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM deals")), 0);
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM stages WHERE name = 'Qualified'")), 0);
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM accounts")), 0);
    QTRY_VERIFY(!board->stageIds().contains(qualified));
    for (qint64 stageId : board->stageIds())
        QCOMPARE(board->columnModel(stageId)->rowCount(), 0);
    QVERIFY(m_prompter.errors.isEmpty());
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM deals")), 4);
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM imports WHERE undone_at IS NULL")), 1);

    // Later, File > Import History takes it back after saying what goes.
    window.findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    ImportHistoryDialog *history = nullptr;
    QTRY_VERIFY((history = window.findChild<ImportHistoryDialog *>()) && history->isVisible());
    QCOMPARE(history->list()->topLevelItemCount(), 2); // the first, taken back, and the redone one
    QCOMPARE(history->list()->topLevelItem(0)->text(6), QStringLiteral("In place"));
    QVERIFY(history->list()->topLevelItem(1)->text(6).startsWith(QLatin1String("Taken back on")));
    QVERIFY(history->takeBackButton()->isEnabled());
    // Its columns show their titles and values whole.
    for (int column = 0; column < history->list()->columnCount(); ++column)
        QVERIFY2(
            history->list()->columnWidth(column) >= history->list()->header()->sectionSizeHint(column) - 2,
            qPrintable(history->list()->headerItem()->text(column)));
    if (!m_shots.isEmpty())
        QVERIFY(history->grab().save(QDir(m_shots).filePath(QStringLiteral("import-history.png"))));
    m_prompter.confirmAnswers << false;
    history->takeBackButton()->click();
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM deals")), 4); // kept
    QVERIFY2(m_prompter.confirmed.last().contains(QLatin1String("4 deals")),
        qPrintable(m_prompter.confirmed.last()));
    QVERIFY(m_prompter.confirmed.last().contains(QLatin1String("1 stage")));
    m_prompter.confirmAnswers << true;
    history->takeBackButton()->click();
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM deals")), 0);
    QVERIFY(history->list()->topLevelItem(0)->text(6).startsWith(QLatin1String("Taken back on")));
    QVERIFY(!history->takeBackButton()->isEnabled());
    history->close();
    // Undo of the redone import now finds it taken back already: nothing to do, no error.
    undo->trigger();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
}

void TestImportWizard::importsPipedriveActivitiesOntoTheirDeals()
{
    // And a row of a type Ripen does not know, after the one whose deal is not there.
    const QString csv = writeFile(QStringLiteral("pipedrive-activities.csv"),
        kPipedriveActivities + "Fax;2026-11-04;Done;Ramp;Acme;\r\n");
    MainWindow window(m_clock, &m_prompter);
    QVERIFY(window.createDatabase(m_dir->filePath(QStringLiteral("pipeline.sqlite"))));
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Workspace &workspace = *window.workspace();
    QVERIFY(addPipedriveDeals(workspace));
    QVERIFY(window.setCurrentView(QStringLiteral("followups")));

    window.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    ImportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<ImportWizard *>()) && wizard->isVisible());

    // Page 1: activities are one of the two kinds, chosen by keyboard like any combo box.
    auto *kind = child<QComboBox>(*wizard, QStringLiteral("kindCombo"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(wizard->session().kind, ImportMapping::Kind::Activities);
    child<QLineEdit>(*wizard, QStringLiteral("fileEdit"))->setText(csv);
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("delimiterCombo"))->currentData().toString(),
        QStringLiteral(";"));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));

    // Page 3: the activities' preset recognised, their fields mapped; no deal field is offered.
    auto *preset = child<QComboBox>(*wizard, QStringLiteral("presetCombo"));
    QCOMPARE(preset->currentData().toString(), QStringLiteral("pipedrive-activities"));
    QCOMPARE(preset->findData(QStringLiteral("pipedrive")), -1);
    QVERIFY(preset->findData(QStringLiteral("spreadsheet-activities")) > 0);
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("presetNote"))
                ->text()
                .contains(QLatin1String("Pipedrive activities export")));
    QVERIFY2(wizard->currentPage()->subTitle().contains(QLatin1String("activity")),
        qPrintable(wizard->currentPage()->subTitle()));
    const QList<std::pair<const char *, const char *>> mapped {
        { "deal", "Activity - Deal" },
        { "account", "Activity - Organization" },
        { "channel", "Activity - Type" },
        { "occurred", "Activity - Due date" },
        { "status", "Activity - Done" },
        { "note", "Activity - Note" },
    };
    for (const auto &[field, column] : mapped)
        QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_") + QLatin1String(field))->currentText(),
            QString::fromLatin1(column));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_deal_external_id"))->currentData().toInt(), -1);
    QVERIFY(!wizard->findChild<QComboBox *>(QStringLiteral("column_title")));
    QVERIFY(!child<QLabel>(*wizard, QStringLiteral("columnsError"))->isVisible());
    QCOMPARE(child<QLabel>(*wizard, QStringLiteral("sample_occurred"))->text(),
        QStringLiteral("2026-10-05 09:30"));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));

    // Page 4: no currency for activities, updating in their words and a word on those already there; the dry
    // run's touches, follow-ups and the deal made to hold an account's activities; the row whose deal
    // is not there is listed by its line among the plan's problems, and skipped only when the user
    // says so.
    QVERIFY(!child<QLineEdit>(*wizard, QStringLiteral("currencyEdit"))->isVisible());
    auto *updateCheck = child<QCheckBox>(*wizard, QStringLiteral("updateCheck"));
    QVERIFY(updateCheck->isVisible());
    QVERIFY2(updateCheck->text().contains(QLatin1String("activities")), qPrintable(updateCheck->text()));
    auto *present = child<QLabel>(*wizard, QStringLiteral("presentNote"));
    QVERIFY(present->isVisible());
    QVERIFY2(present->text().contains(QLatin1String("not imported twice")), qPrintable(present->text()));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("dateFormatCombo"))->currentData().toString(),
        QStringLiteral("yyyy-MM-dd"));
    const QString summary = child<QLabel>(*wizard, QStringLiteral("checkSummary"))->text();
    for (const char *line : { "Rows read: 6", "Would be imported: 4", "Skipped: 2", "Touches: 3",
             "Follow-ups: 1", "Deals created to hold activities (1): Initech: imported activities" })
        QVERIFY2(summary.contains(QLatin1String(line)), qPrintable(summary));
    auto *problems = child<QListView>(*wizard, QStringLiteral("problemsList"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->model()->rowCount(), 2);
    const QString skippedRow = problems->model()->index(0, 0).data().toString();
    QVERIFY2(skippedRow.startsWith(QLatin1String("line 5:")), qPrintable(skippedRow));
    QVERIFY2(skippedRow.contains(QString::fromUtf8("“Nowhere deal”")), qPrintable(skippedRow));
    const QString badRow = problems->model()->index(1, 0).data().toString();
    QVERIFY2(
        badRow.startsWith(QString::fromUtf8("line 7, column “Activity - Type”: “Fax”")), qPrintable(badRow));
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("problemsLabel"))
                ->text()
                .contains(QLatin1String("Problems (2)")));
    auto *skip = child<QCheckBox>(*wizard, QStringLiteral("skipProblemsCheck"));
    QCOMPARE(skip->text(), QStringLiteral("Import the 4 &valid rows and skip the rest"));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM touches")), 0);
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM deals")), 4);
    skip->setChecked(true);
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));

    // Page 5: written, and said so.
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(child<QLabel>(*wizard, QStringLiteral("importStatus"))->text(),
        QStringLiteral("The import is done: the touches and follow-ups are on their deals."));
    const QString result = child<QLabel>(*wizard, QStringLiteral("importResult"))->text();
    for (const char *line : { "Imported: 4", "Skipped: 2", "Touches: 3", "Follow-ups: 1" })
        QVERIFY2(result.contains(QLatin1String(line)), qPrintable(result));
    QCOMPARE(child<QProgressBar>(*wizard, QStringLiteral("importProgress"))->value(), 5); // every row tried
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
    QVERIFY(m_prompter.errors.isEmpty());

    // Each on its deal: by title; by account (its open deal); planned, a follow-up; a new deal for an
    // account that had none. The window stays where the user was.
    const auto touchesOf = [&workspace](const char *title) {
        return scalar(workspace.pipeline().connection(),
            QStringLiteral(
                "SELECT group_concat(t.channel || '|' || t.occurred_at || '|' || t.note, ';') FROM "
                "touches t JOIN deals d ON d.id = t.deal_id WHERE d.title = ?"),
            { QString::fromLatin1(title) })
            .toString();
    };
    QCOMPARE(touchesOf("Fleet renewal"), QStringLiteral("call|2026-10-05T09:30:00|Spoke about the rollout"));
    QCOMPARE(touchesOf("Ramp"), QStringLiteral("email|2026-11-10T12:00:00|Sent the case study"));
    QCOMPARE(
        touchesOf("Initech: imported activities"), QStringLiteral("call|2026-11-20T12:00:00|First call"));
    QCOMPARE(touchesOf("Dock doors"), QString());
    QCOMPARE(
        scalar(workspace.pipeline().connection(),
            QStringLiteral("SELECT group_concat(d.title || '|' || f.due_on || '|' || f.channel || '|' || "
                           "f.note, ';') FROM follow_ups f JOIN deals d ON d.id = f.deal_id"))
            .toString(),
        QStringLiteral("Scanners|2026-12-02|meeting|Demo on site"));
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM touches")), 3);
    QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM deals")), 5);
    QCOMPARE(window.currentView(), QStringLiteral("followups"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Imported 4 activities.")),
        qPrintable(window.statusBar()->currentMessage()));
}

void TestImportWizard::theKindChosenFirstDrivesEveryPage()
{
    auto workspace = openWorkspace();
    // Read either way: "Deal" is a deal's title, or the deal an activity goes to.
    const QByteArray csv = "Deal,Account,Date,Type\nFleet,Acme,2026-11-02,Call\n";
    auto wizard = makeActivitiesWizard(*workspace, writeFile(QStringLiteral("either.csv"), csv));
    QCOMPARE(wizard->session().kind, ImportMapping::Kind::Activities);
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_deal"))->currentText(), QStringLiteral("Deal"));
    QCOMPARE(
        child<QComboBox>(*wizard, QStringLiteral("column_occurred"))->currentText(), QStringLiteral("Date"));
    QVERIFY(!wizard->findChild<QComboBox *>(QStringLiteral("column_title")));
    auto *preset = child<QComboBox>(*wizard, QStringLiteral("presetCombo"));
    QVERIFY(preset->findData(QStringLiteral("pipedrive-activities")) > 0);
    QCOMPARE(preset->findData(QStringLiteral("hubspot")), -1);
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
    QVERIFY(!child<QLineEdit>(*wizard, QStringLiteral("currencyEdit"))->isVisible());
    QVERIFY(child<QCheckBox>(*wizard, QStringLiteral("updateCheck"))
                ->text()
                .contains(QLatin1String("activities")));
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("presentNote"))->isVisible());
    QVERIFY(
        child<QLabel>(*wizard, QStringLiteral("checkSummary"))->text().contains(QLatin1String("Touches: 1")));
    QCOMPARE(wizard->session().plannedRows(), 1);
    QVERIFY(std::holds_alternative<ImportPlan::Activities>(wizard->session().plan));

    // The same file as deals: the deals' fields, presets and settings, and their plan.
    wizard->back();
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    auto *kind = child<QComboBox>(*wizard, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(ImportMapping::Kind::Deals)));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QCOMPARE(
        child<QComboBox>(*wizard, QStringLiteral("column_title"))->currentText(), QStringLiteral("Deal"));
    QVERIFY(!wizard->findChild<QComboBox *>(QStringLiteral("column_occurred")));
    QCOMPARE(preset->findData(QStringLiteral("pipedrive-activities")), -1);
    QVERIFY(preset->findData(QStringLiteral("hubspot")) > 0);
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
    QVERIFY(child<QLineEdit>(*wizard, QStringLiteral("currencyEdit"))->isVisible());
    QVERIFY(child<QCheckBox>(*wizard, QStringLiteral("updateCheck"))->isVisible());
    QVERIFY(!child<QLabel>(*wizard, QStringLiteral("presentNote"))->isVisible());
    const QString summary = child<QLabel>(*wizard, QStringLiteral("checkSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("Would be imported: 1")), qPrintable(summary));
    QVERIFY(!summary.contains(QLatin1String("Touches")));
    QVERIFY(std::holds_alternative<ImportPlan::Deals>(wizard->session().plan));
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(child<QLabel>(*wizard, QStringLiteral("importStatus"))->text(),
        QStringLiteral("The import is done: the deals are on the board."));
    QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM deals WHERE title = 'Fleet'")), 1);
    QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM touches")), 0);
}

void TestImportWizard::anActivityNeedsItsDateAndItsDealOrAccount()
{
    auto workspace = openWorkspace();
    // "Wann" (when) is no name Ripen guesses a date from.
    const QByteArray csv = "Type,Deal,Company,Wann\nCall,Fleet,Acme,2026-11-02\n";
    auto wizard = makeActivitiesWizard(*workspace, writeFile(QStringLiteral("calls.csv"), csv));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    auto *occurred = child<QComboBox>(*wizard, QStringLiteral("column_occurred"));
    QCOMPARE(occurred->currentData().toInt(), -1);
    auto *error = child<QLabel>(*wizard, QStringLiteral("columnsError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("activities' dates")), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(QLatin1String("account")), qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    look(*wizard, QStringLiteral("activities-3-columns-no-date"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPageId));

    occurred->setCurrentIndex(occurred->findData(3));
    QVERIFY(!error->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // Neither the deal nor the account: nowhere to put the activities.
    auto *deal = child<QComboBox>(*wizard, QStringLiteral("column_deal"));
    auto *account = child<QComboBox>(*wizard, QStringLiteral("column_account"));
    QCOMPARE(deal->currentText(), QStringLiteral("Deal"));
    QCOMPARE(account->currentText(), QStringLiteral("Company"));
    deal->setCurrentIndex(0);
    QVERIFY(!error->isVisible()); // the account is enough
    account->setCurrentIndex(0);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("names each activity's deal")), qPrintable(error->text()));
    QVERIFY(!advance(*wizard, ImportWizard::CheckPageId));
    auto *dealId = child<QComboBox>(*wizard, QStringLiteral("column_deal_external_id"));
    dealId->setCurrentIndex(dealId->findData(1));
    QVERIFY(!error->isVisible());
    dealId->setCurrentIndex(0);
    account->setCurrentIndex(account->findData(2));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("checkSummary"))
                ->text()
                .contains(QLatin1String("Would be imported: 1")));
}

void TestImportWizard::aFileThatCannotBeReadKeepsTheUserOnThePage()
{
    auto workspace = openWorkspace();
    auto wizard = makeWizard(*workspace, m_dir->filePath(QStringLiteral("gone.csv")));
    auto *error = child<QLabel>(*wizard, QStringLiteral("fileError"));
    QVERIFY(!advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("There is no file")), qPrintable(error->text()));
    look(*wizard, QStringLiteral("1-file-missing"));

    child<QLineEdit>(*wizard, QStringLiteral("fileEdit"))
        ->setText(writeFile(QStringLiteral("empty.csv"), "\n \n"));
    QVERIFY(!error->isVisible()); // typing clears it
    QVERIFY(!advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY2(error->text().contains(QLatin1String("is empty")), qPrintable(error->text()));
}

void TestImportWizard::changingTheDelimiterReadsThePreviewAgain()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "Name;Company;Amount\nFleet, phase 2;Acme;100\nDock;Globex, Inc.;200\n";
    auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("deals.csv"), csv));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    auto *delimiter = child<QComboBox>(*wizard, QStringLiteral("delimiterCombo"));
    auto *preview = child<QTableView>(*wizard, QStringLiteral("previewTable"));
    QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
    QCOMPARE(preview->model()->columnCount(), 3);
    QCOMPARE(preview->model()->index(0, 0).data().toString(), QStringLiteral("Fleet, phase 2"));
    const int version = wizard->session().tableVersion;

    // Read as commas: other columns, and the preview shows them.
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    QCOMPARE(wizard->session().table.delimiter, QLatin1Char(','));
    QCOMPARE(wizard->session().tableVersion, version + 1);
    QCOMPARE(preview->model()->index(0, 0).data().toString(), QStringLiteral("Fleet"));
    QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("phase 2;Acme;100"));
    QCOMPARE(
        preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name;Company;Amount"));

    // The header unticked: the first row is data, the columns are numbered.
    child<QCheckBox>(*wizard, QStringLiteral("headerCheck"))->setChecked(false);
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Column 1"));

    // Back to semicolons and the header: the columns the Columns page maps.
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    child<QCheckBox>(*wizard, QStringLiteral("headerCheck"))->setChecked(true);
    QCOMPARE(preview->model()->columnCount(), 3);
    QCOMPARE(preview->model()->rowCount(), 2);
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QCOMPARE(
        child<QComboBox>(*wizard, QStringLiteral("column_title"))->currentText(), QStringLiteral("Name"));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_account"))->currentText(),
        QStringLiteral("Company"));
    QCOMPARE(
        child<QComboBox>(*wizard, QStringLiteral("column_value"))->currentText(), QStringLiteral("Amount"));

    // Back and Next again without changes: the page keeps what it had.
    child<QComboBox>(*wizard, QStringLiteral("column_note"))->setCurrentIndex(2);
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QCOMPARE(
        child<QComboBox>(*wizard, QStringLiteral("column_note"))->currentText(), QStringLiteral("Company"));
}

void TestImportWizard::theTitleIsRequiredAndOneColumnMayFeedTwoFields()
{
    auto workspace = openWorkspace();
    // HubSpot's "Deal Stage" holds stages and outcomes; its deal names are in "Deal Name". Here the
    // header calls it "Opportunität", which nothing guesses.
    const QByteArray csv
        = "Record ID,Opportunität,Deal Stage,Amount,Close Date,Create Date,Associated Company,"
          "Deal owner\n"
          "101,Fleet renewal,Closed Won,\"$12,500.00\",2026-10-03,2026-06-01,Acme,Ann\n"
          "102,Dock doors,Appointment Scheduled,900,,2026-09-01,Globex,Bob\n";
    auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("hubspot.csv"), csv));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("presetCombo"))->currentData().toString(),
        QStringLiteral("hubspot"));
    auto *title = child<QComboBox>(*wizard, QStringLiteral("column_title"));
    QCOMPARE(title->currentData().toInt(), -1);
    auto *error = child<QLabel>(*wizard, QStringLiteral("columnsError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("titles")), qPrintable(error->text()));
    look(*wizard, QStringLiteral("3-columns-no-title"));
    QVERIFY(!advance(*wizard, ImportWizard::CheckPageId));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPageId));

    // One column, two fields: the preset gives "Deal Stage" to both.
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_stage"))->currentText(),
        QStringLiteral("Deal Stage"));
    QCOMPARE(child<QComboBox>(*wizard, QStringLiteral("column_status"))->currentText(),
        QStringLiteral("Deal Stage"));
    QCOMPARE(wizard->session().columns.value(QStringLiteral("stage")), 2);
    QCOMPARE(wizard->session().columns.value(QStringLiteral("status")), 2);
    auto *unused = child<QLabel>(*wizard, QStringLiteral("unusedNote"));
    QVERIFY2(unused->text().contains(QString::fromUtf8("Opportunität")), qPrintable(unused->text()));

    title->setCurrentIndex(title->findData(1));
    QVERIFY(!error->isVisible());
    QCOMPARE(child<QLabel>(*wizard, QStringLiteral("sample_title"))->text(), QStringLiteral("Fleet renewal"));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(count(*workspace,
                 QStringLiteral("SELECT count(*) FROM deals WHERE title = 'Fleet renewal' AND "
                                "status = 'won' AND value_minor = 1250000")),
        1);
    QCOMPARE(count(*workspace,
                 QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                "WHERE d.title = 'Dock doors' AND s.name = 'Appointment Scheduled'")),
        1);
}

void TestImportWizard::ambiguousDatesWaitForTheUsersFormat()
{
    auto workspace = openWorkspace();
    const QByteArray csv
        = "title,account,created,value\nFleet,Acme,03/04/2024,100\nDock,Acme,05/06/2024,200\n";
    auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("dates.csv"), csv));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));

    // Nothing is chosen for the user, and Import waits for the choice.
    auto *format = child<QComboBox>(*wizard, QStringLiteral("dateFormatCombo"));
    QCOMPARE(format->count(), 3);
    QCOMPARE(format->currentData().toString(), QString());
    QCOMPARE(format->itemData(1).toString(), QStringLiteral("M/d/yyyy"));
    QCOMPARE(format->itemData(2).toString(), QStringLiteral("d/M/yyyy"));
    QVERIFY2(format->itemText(1).contains(QLatin1String("March 4, 2024")), qPrintable(format->itemText(1)));
    QVERIFY2(format->itemText(2).contains(QLatin1String("April 3, 2024")), qPrintable(format->itemText(2)));
    auto *note = child<QLabel>(*wizard, QStringLiteral("dateNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("fits more than one format")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QLatin1String("03/04/2024")));
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("checkError"))->isVisible());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    look(*wizard, QStringLiteral("4-check-dates"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));

    // Day first: 3 April and 5 June.
    format->setCurrentIndex(2);
    QVERIFY(!child<QLabel>(*wizard, QStringLiteral("checkError"))->isVisible());
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("checkSummary"))
                ->text()
                .contains(QLatin1String("Would be imported: 2")));
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(scalar(workspace->pipeline().connection(),
                 QStringLiteral("SELECT group_concat(title || ' ' || substr(created_at, 1, 10), ', ') FROM "
                                "(SELECT * FROM deals ORDER BY title)"))
                 .toString(),
        QStringLiteral("Dock 2024-06-05, Fleet 2024-04-03"));
}

void TestImportWizard::aBadRowIsSkippedOnlyWhenTheUserSaysSo()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "title,account,value\nFleet,Acme,100\nDock,Acme,abc\nRamp,Acme,50\n";
    auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("bad.csv"), csv));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));

    auto *problems = child<QListView>(*wizard, QStringLiteral("problemsList"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(problems->model()->index(0, 0).data().toString(),
        QString::fromUtf8("line 3, column “value”: “abc” is not an amount"));
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("problemsLabel"))
                ->text()
                .contains(QLatin1String("Problems (1)")));
    QVERIFY(
        child<QLabel>(*wizard, QStringLiteral("checkSummary"))->text().contains(QLatin1String("Skipped: 1")));
    auto *skip = child<QCheckBox>(*wizard, QStringLiteral("skipProblemsCheck"));
    QVERIFY(skip->isVisible());
    QCOMPARE(skip->text(), QStringLiteral("Import the 2 &valid rows and skip the rest"));
    QVERIFY(child<QLabel>(*wizard, QStringLiteral("checkAdvice"))->isVisible());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));

    skip->setChecked(true);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(
        child<QLabel>(*wizard, QStringLiteral("importResult"))->text().contains(QLatin1String("Skipped: 1")));
    QCOMPARE(
        scalar(workspace->pipeline().connection(),
            QStringLiteral("SELECT group_concat(title, ',') FROM (SELECT title FROM deals ORDER BY title)"))
            .toString(),
        QStringLiteral("Fleet,Ramp"));
}

void TestImportWizard::dealsAlreadyPresentAreUpdatedOnlyWhenAsked()
{
    // The default currency is the one used last.
    QSettings().setValue(ImportWizard::currencySettingsKey(), QStringLiteral("CHF"));
    auto workspace = openWorkspace();
    const auto walk = [this, &workspace](const QByteArray &csv) {
        auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("deals.csv"), csv));
        if (!advance(*wizard, ImportWizard::ReadingPageId) || !advance(*wizard, ImportWizard::ColumnsPageId)
            || !advance(*wizard, ImportWizard::CheckPageId))
            qWarning("the wizard did not reach the Check page");
        return wizard;
    };
    {
        auto first = walk("id,title,account,value,owner\n7,Fleet,Acme,100,Ann\n8,Dock,Acme,200,Ann\n");
        QCOMPARE(child<QLineEdit>(*first, QStringLiteral("currencyEdit"))->text(), QStringLiteral("CHF"));
        QVERIFY(advance(*first, ImportWizard::ImportPageId));
        QTRY_VERIFY(first->button(QWizard::FinishButton)->isEnabled());
    }
    QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM deals WHERE currency = 'CHF'")), 2);

    // The same deals again, by their ids: nothing to import until updating is asked for.
    auto second = walk("id,title,account,value,owner\n7,Fleet,Acme,150,Bea\n8,Dock,Acme,200,Ann\n");
    auto *error = child<QLabel>(*second, QStringLiteral("checkError"));
    QVERIFY2(error->isVisible() && error->text().contains(QLatin1String("in Ripen already")),
        qPrintable(error->text()));
    QVERIFY(child<QLabel>(*second, QStringLiteral("checkSummary"))
                ->text()
                .contains(QLatin1String("Already present: 2")));
    QVERIFY(!second->button(QWizard::CommitButton)->isEnabled());
    child<QCheckBox>(*second, QStringLiteral("updateCheck"))->setChecked(true);
    QVERIFY(!error->isVisible());
    // Dock's row says what Ripen holds already: only Fleet is updated.
    QVERIFY(
        child<QLabel>(*second, QStringLiteral("checkSummary"))->text().contains(QLatin1String("Updated: 1")));
    QCOMPARE(count(*workspace, QStringLiteral("SELECT value_minor FROM deals WHERE title = 'Fleet'")), 10000);
    QVERIFY(advance(*second, ImportWizard::ImportPageId));
    QTRY_VERIFY(second->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM deals")), 2);
    QCOMPARE(count(*workspace,
                 QStringLiteral("SELECT value_minor FROM deals WHERE title = 'Fleet' AND owner = 'Bea'")),
        15000);
}

void TestImportWizard::cancellingLeavesTheDatabaseByteForByte()
{
    const QString database = m_dir->filePath(QStringLiteral("pipeline.sqlite"));
    openWorkspace().reset(); // created, migrated and closed
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(!before.isEmpty());

    QByteArray csv = "title,account,created,value\n";
    for (int i = 1; i <= 650; ++i)
        csv += "Deal " + QByteArray::number(i) + ",Account " + QByteArray::number(i % 40)
            + ",2026-01-02,100\n";
    {
        auto workspace = openWorkspace();
        auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("big.csv"), csv));
        QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
        QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
        QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
        QVERIFY(child<QLabel>(*wizard, QStringLiteral("checkSummary"))
                    ->text()
                    .contains(QLatin1String("Would be imported: 650")));

        // Cancel clicked once 400 rows are written, while the import runs.
        auto *progress = child<QProgressBar>(*wizard, QStringLiteral("importProgress"));
        auto *cancel = child<QPushButton>(*wizard, QStringLiteral("cancelImportButton"));
        int shownWhenCancelled = -1;
        connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
            if (value >= 400 && shownWhenCancelled < 0) {
                QVERIFY(wizard->isImporting());
                QVERIFY(cancel->isVisible() && cancel->isEnabled());
                shownWhenCancelled = value;
                look(*wizard, QStringLiteral("5-import-running"));
                cancel->click();
            }
        });
        QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(shownWhenCancelled, 400);
        QVERIFY(!wizard->isImporting());
        const QString result = child<QLabel>(*wizard, QStringLiteral("importResult"))->text();
        QVERIFY2(
            result.contains(QLatin1String("Import cancelled: nothing was written.")), qPrintable(result));
        QVERIFY(result.contains(QLatin1String("The database was left as it was.")));
        QCOMPARE(child<QLabel>(*wizard, QStringLiteral("importStatus"))->text(),
            QStringLiteral("The import was cancelled."));
        QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM deals")), 0);
        QVERIFY(!progress->isVisible()); // no half-full bar
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Close"));
        look(*wizard, QStringLiteral("5-import-cancelled"));
        wizard->button(QWizard::FinishButton)->click();
    }
    // Closed: the file is the one it was before, byte for byte.
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal"))
        || QFileInfo(database + QStringLiteral("-wal")).size() == 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
}

void TestImportWizard::cancellingActivitiesLeavesTheDatabaseByteForByte()
{
    // A database with deals, closed: the file as it is before the import.
    const QString database = m_dir->filePath(QStringLiteral("pipeline.sqlite"));
    {
        auto workspace = openWorkspace();
        QVERIFY(addPipedriveDeals(*workspace));
    }
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // 650 calls on its deals, each at a moment of its own.
    QByteArray csv = "Activity - Type;Activity - Due date;Activity - Done;Activity - Deal;Activity - Note\n";
    const QByteArray titles[] = { "Fleet renewal", "Scanners", "Ramp" };
    for (int i = 0; i < 650; ++i)
        csv += "Call;" + QDate(2026, 1 + (i / 3) % 10, 1 + (i / 30) % 28).toString(Qt::ISODate).toLatin1()
            + ";Done;" + titles[i % 3] + ";Call " + QByteArray::number(i) + "\n";
    {
        auto workspace = openWorkspace();
        auto wizard = makeActivitiesWizard(*workspace, writeFile(QStringLiteral("calls.csv"), csv));
        QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
        QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
        QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
        const QString summary = child<QLabel>(*wizard, QStringLiteral("checkSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("Would be imported: 650")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("Touches: 650")));

        auto *progress = child<QProgressBar>(*wizard, QStringLiteral("importProgress"));
        auto *cancel = child<QPushButton>(*wizard, QStringLiteral("cancelImportButton"));
        int shownWhenCancelled = -1;
        connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
            if (value >= 400 && shownWhenCancelled < 0) {
                QVERIFY(wizard->isImporting());
                QCOMPARE(child<QLabel>(*wizard, QStringLiteral("importStatus"))->text(),
                    QString::fromUtf8("Importing 650 activities from “calls.csv”…"));
                shownWhenCancelled = value;
                look(*wizard, QStringLiteral("activities-5-import-running"));
                cancel->click();
            }
        });
        QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(shownWhenCancelled, 400);
        QCOMPARE(child<QLabel>(*wizard, QStringLiteral("importStatus"))->text(),
            QStringLiteral("The import was cancelled."));
        const QString result = child<QLabel>(*wizard, QStringLiteral("importResult"))->text();
        QVERIFY2(
            result.contains(QLatin1String("Import cancelled: nothing was written.")), qPrintable(result));
        QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM touches")), 0);
        QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM imports")), 1); // the deals'
        wizard->button(QWizard::FinishButton)->click();
    }
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal"))
        || QFileInfo(database + QStringLiteral("-wal")).size() == 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
}

void TestImportWizard::aFailedImportSaysTheDatabaseWasLeftAsItWas()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "title,account,value\nFleet,Acme,100\nRamp,Acme,50\nDock,Acme,70\n";
    auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("deals.csv"), csv));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
    // The database refuses the second deal only once the check has passed.
    QSqlQuery trap(workspace->pipeline().connection());
    QVERIFY(
        trap.exec(QStringLiteral("CREATE TEMP TRIGGER trap BEFORE INSERT ON deals WHEN new.title = 'Ramp' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(
        child<QLabel>(*wizard, QStringLiteral("importStatus"))->text(), QStringLiteral("The import failed."));
    const QString result = child<QLabel>(*wizard, QStringLiteral("importResult"))->text();
    QVERIFY2(result.contains(QLatin1String("refused by the test")), qPrintable(result));
    QVERIFY(result.contains(QLatin1String("Line 3")));
    QVERIFY(result.endsWith(QLatin1String("The database was left as it was: nothing was written.")));
    QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM deals")), 0);
    QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM accounts")), 0);
    QCOMPARE(count(*workspace, QStringLiteral("SELECT count(*) FROM imports")), 0);
    look(*wizard, QStringLiteral("5-import-failed"));
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(!wizard->isVisible());
}

void TestImportWizard::everyPageFitsItsTextAndWorksByKeyboard_data()
{
    QTest::addColumn<ImportMapping::Kind>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("prefix"); // of the pictures' names

    // Each with a row that has a problem.
    QByteArray deals = kPipedrive;
    deals.insert(deals.indexOf("Total"), "5;Pallets;Acme;;abc;EUR;Proposal;open;Ann;2026-09-01;;;\r\n");
    QTest::newRow("deals") << ImportMapping::Kind::Deals << deals << QString();
    QTest::newRow("activities") << ImportMapping::Kind::Activities
                                << kPipedriveActivities + "Fax;2026-11-04;Done;Ramp;Acme;\r\n"
                                << QStringLiteral("activities-");
}

void TestImportWizard::everyPageFitsItsTextAndWorksByKeyboard()
{
    QFETCH(ImportMapping::Kind, kind);
    QFETCH(QByteArray, csv);
    QFETCH(QString, prefix);
    auto workspace = openWorkspace();
    if (kind == ImportMapping::Kind::Activities)
        QVERIFY(addPipedriveDeals(*workspace));
    auto wizard = makeWizard(*workspace, writeFile(QStringLiteral("pipedrive.csv"), csv));
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    auto *kindCombo = child<QComboBox>(*wizard, QStringLiteral("kindCombo"));
    kindCombo->setCurrentIndex(kindCombo->findData(int(kind)));

    look(*wizard, prefix + QStringLiteral("1-file"));
    QVERIFY(advance(*wizard, ImportWizard::ReadingPageId));
    look(*wizard, prefix + QStringLiteral("2-reading"));
    // Tab order: encoding, delimiter, header, preview.
    auto *encoding = child<QComboBox>(*wizard, QStringLiteral("encodingCombo"));
    QCOMPARE(nextTabStop(encoding), child<QComboBox>(*wizard, QStringLiteral("delimiterCombo")));
    QCOMPARE(nextTabStop(nextTabStop(encoding)), child<QCheckBox>(*wizard, QStringLiteral("headerCheck")));
    QCOMPARE(nextTabStop(child<QCheckBox>(*wizard, QStringLiteral("headerCheck"))),
        child<QTableView>(*wizard, QStringLiteral("previewTable")));

    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    look(*wizard, prefix + QStringLiteral("3-columns"));
    const QStringList fields = ImportMapping::fields(kind);
    const auto checkFields = [&wizard, &fields] {
        // The preset, then the fields in order, however late their combos were made; the first just
        // under the headings.
        QWidget *stop = child<QComboBox>(*wizard, QStringLiteral("presetCombo"));
        for (const QString &field : fields) {
            stop = nextTabStop(stop);
            QCOMPARE(stop, child<QComboBox>(*wizard, QStringLiteral("column_") + field));
        }
        const QString firstName = QStringLiteral("column_") + fields.first();
        QCOMPARE(wizard->findChildren<QComboBox *>(firstName).size(), 1);
        auto *first = child<QComboBox>(*wizard, firstName);
        QVERIFY2(first->y() < 3 * first->height(), qPrintable(QString::number(first->y())));
    };
    checkFields();
    // The file read again: the fields are made afresh, in the same order and place.
    wizard->back();
    child<QCheckBox>(*wizard, QStringLiteral("headerCheck"))->setChecked(false);
    child<QCheckBox>(*wizard, QStringLiteral("headerCheck"))->setChecked(true);
    QVERIFY(advance(*wizard, ImportWizard::ColumnsPageId));
    QApplication::processEvents();
    checkFields();
    look(*wizard, prefix + QStringLiteral("3-columns-again"));
    QVERIFY(advance(*wizard, ImportWizard::CheckPageId));
    look(*wizard, prefix + QStringLiteral("4-check"));
    // Tab order: the date format, then the settings of the kind, the problems and the tick.
    QWidget *stop = nextTabStop(child<QComboBox>(*wizard, QStringLiteral("dateFormatCombo")));
    if (kind == ImportMapping::Kind::Deals) {
        QCOMPARE(stop, child<QLineEdit>(*wizard, QStringLiteral("currencyEdit")));
        stop = nextTabStop(stop);
    }
    QCOMPARE(stop, child<QCheckBox>(*wizard, QStringLiteral("updateCheck")));
    stop = nextTabStop(stop);
    QCOMPARE(stop, child<QListView>(*wizard, QStringLiteral("problemsList")));
    QCOMPARE(nextTabStop(stop), child<QCheckBox>(*wizard, QStringLiteral("skipProblemsCheck")));
    child<QCheckBox>(*wizard, QStringLiteral("skipProblemsCheck"))->setChecked(true);
    look(*wizard, prefix + QStringLiteral("4-check-ticked"));
    QVERIFY(advance(*wizard, ImportWizard::ImportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    look(*wizard, prefix + QStringLiteral("5-import"));
}

RIPEN_TEST_MAIN(TestImportWizard)
// Above Pipeline::kBulkRows the views hear one bulkChanged() and read again what they show, instead of
// a signal per deal (thousands of rows froze the window for half a minute).
void TestImportWizard::aLargeImportIsShownAtOnce()
{
    MainWindow window(m_clock, &m_prompter);
    QVERIFY(window.createDatabase(m_dir->filePath(QStringLiteral("large.sqlite"))));
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QByteArray csv = "title,account,stage,value,created\n";
    const int rows = Pipeline::kBulkRows + 50;
    for (int i = 1; i <= rows; ++i)
        csv += "Deal " + QByteArray::number(i) + ",Account " + QByteArray::number(i % 7)
            + ",Lead in,100,2026-11-01\n";
    const CsvReader::Table table = CsvReader::read(csv);
    ImportPlan::Options options;
    options.today = m_clock.today();
    const ImportPlan::Deals plan
        = ImportPlan::deals(table, ImportMapping::guess(table.header, ImportMapping::Kind::Deals), options);
    Pipeline &pipeline = window.workspace()->pipeline();
    QSignalSpy bulk(&pipeline, &Pipeline::bulkChanged);
    QSignalSpy each(&pipeline, &Pipeline::dealChanged);
    QVERIFY(pipeline.importDeals(plan, QStringLiteral("large.csv")));
    QCOMPARE(bulk.count(), 1);
    QCOMPARE(each.count(), 0);
    auto *board = qobject_cast<BoardView *>(window.view(QStringLiteral("board")));
    const qint64 lead = board->stageIds().first();
    QCOMPARE(board->columnModel(lead)->dealCount(), rows);
    QVERIFY(board->columnModel(lead)->rowCount() > 0);
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QTRY_VERIFY2(
        counts->text().contains(QStringLiteral("Open deals: %1").arg(rows)), qPrintable(counts->text()));
    // Taking it back is one signal too, and empties the board.
    const qint64 importId = pipeline.imports().first().id;
    QVERIFY(pipeline.undoImport(importId));
    QCOMPARE(bulk.count(), 2);
    QCOMPARE(board->columnModel(lead)->rowCount(), 0);
}

#include "tst_importwizard.moc"
