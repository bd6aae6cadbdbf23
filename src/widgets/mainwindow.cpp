// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "agenda/agendaview.h"
#include "agenda/followupreminder.h"
#include "backups.h"
#include "board/boardview.h"
#include "clock.h"
#include "dealactions.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/pipelinesettingsdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "import/importwizard.h"
#include "io/followupcalendar.h"
#include "lost/lostdealsview.h"
#include "prompter.h"
#include "stagelistmodel.h"
#include "textsupport.h"
#include "timeline/timelineview.h"
#include "ui_mainwindow.h"
#include "workspace.h"
#include "workspaceview.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace Ripen {

namespace {

// The views, in sidebar order (Ctrl+1, Ctrl+2, ...). The key names a view on the command line
// (--view), in the settings and in WorkspaceView::showDealRequested. A new view is one line here.
struct ViewEntry
{
    const char *key;
    WorkspaceView *(*make)(const ViewContext &context, QWidget *parent);
};

const ViewEntry kViews[] = {
    { "board", [](const ViewContext &c, QWidget *p) -> WorkspaceView * { return new BoardView(c, p); } },
    { "timeline",
        [](const ViewContext &c, QWidget *p) -> WorkspaceView * { return new TimelineView(c, p); } },
    { "followups", [](const ViewContext &c, QWidget *p) -> WorkspaceView * { return new AgendaView(c, p); } },
    { "lost", [](const ViewContext &c, QWidget *p) -> WorkspaceView * { return new LostDealsView(c, p); } },
};

const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");
const auto kSplitterKey = QStringLiteral("MainWindow/splitter");
const auto kViewKey = QStringLiteral("MainWindow/view");
const auto kRecentKey = QStringLiteral("recentFiles");

// The view icons keep their colours, except on a selected sidebar row: there the style would tint
// them into the highlight (the blue board icon all but vanishes), so they turn the colour of
// highlighted text instead, as symbolic icons do in KDE.
QIcon sidebarIcon(const QIcon &svg)
{
    const QColor selectedColor = QGuiApplication::palette().color(QPalette::HighlightedText);
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 96, 128, 192 }) {
        const QPixmap pixmap = svg.pixmap(QSize(size, size), 1.0);
        icon.addPixmap(pixmap, QIcon::Normal);
        icon.addPixmap(pixmap, QIcon::Active);
        QImage selected = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), selectedColor);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(selected), QIcon::Selected);
    }
    return icon;
}

// Roomy rows with an inset highlight, like the sidebars of KDE's System Settings or Pipedrive's
// navigation, whatever the widget style.
class SidebarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem inset = option;
        const int margin = option.fontMetrics.height() / 3;
        inset.rect.adjust(margin, margin / 3, -margin, -margin / 3);
        QStyledItemDelegate::paint(painter, inset, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize hint = QStyledItemDelegate::sizeHint(option, index);
        const int line = option.fontMetrics.height();
        return { hint.width() + line, std::max(hint.height(), line * 2) + line / 3 };
    }
};

QString escapedForMenu(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// "~/Documents/pipeline.sqlite" reads better in a status bar than the full home path.
QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    QString shown = QDir::cleanPath(path);
    if (home.size() > 1 && (shown == home || shown.startsWith(home + QLatin1Char('/'))))
        shown = QLatin1Char('~') + shown.mid(home.size());
    return QDir::toNativeSeparators(shown);
}

// The same file whichever way its path was written.
QString normalizedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

MainWindow::MainWindow(const Clock &clock, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_clock(clock)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<Prompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_dealActions(new DealActions(*m_prompter, this))
    , m_reminder(new FollowUpReminder(clock, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_undoAction(nullptr)
    , m_redoAction(nullptr)
    , m_viewActions(new QActionGroup(this))
    , m_databaseLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_backupLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/ripen/icons/ripen.svg")));
    setUpDamageBanner();
    setUpViews();
    setUpActions();

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_countsLabel->setTextFormat(Qt::PlainText);
    const int gap = fontMetrics().height() / 3;
    m_databaseLabel->setContentsMargins(gap, 0, gap, 0);
    m_countsLabel->setContentsMargins(gap, 0, gap, 0);
    statusBar()->addWidget(m_databaseLabel, 1);
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    m_backupLabel->setTextFormat(Qt::PlainText);
    m_backupLabel->setContentsMargins(gap, 0, gap, 0);
    QPalette warning = m_backupLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_backupLabel->setPalette(warning);
    m_backupLabel->hide();
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    m_statusRefresh.setSingleShot(true);
    m_statusRefresh.setInterval(0);
    connect(&m_statusRefresh, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_badgeRefresh.setSingleShot(true);
    m_badgeRefresh.setInterval(0);
    connect(&m_badgeRefresh, &QTimer::timeout, this, &MainWindow::updateBadges);

    // A click on a reminder brings the window up on the agenda, with the follow-up selected.
    connect(m_reminder, &FollowUpReminder::openRequested, this, [this](qint64 followUpId) {
        setCurrentView(QStringLiteral("followups"));
        if (auto *agenda = qobject_cast<AgendaView *>(view(QStringLiteral("followups"))))
            agenda->selectFollowUps({ followUpId });
        showNormal();
        raise();
        activateWindow();
    });

    updateRecentMenu();
    updateStatus();
    setCurrentView(viewKeys().first());
}

MainWindow::~MainWindow()
{
    stopBackupSearch();
    // Models and views query the database: they go before it closes.
    delete m_stageSummary;
    m_stageSummary = nullptr;
    m_views.clear();
    // Hidden first: taking the current page out would show the next one, and a view shown builds
    // itself (the agenda its columns) only to be deleted.
    m_ui->viewStack->hide();
    while (QWidget *page = m_ui->viewStack->widget(0)) {
        m_ui->viewStack->removeWidget(page);
        delete page;
    }
    m_retired.reset();
    m_workspace.reset();
}

QStringList MainWindow::viewKeys()
{
    QStringList keys;
    for (const ViewEntry &entry : kViews)
        keys << QString::fromLatin1(entry.key);
    return keys;
}

void MainWindow::setUpViews()
{
    const ViewContext context { m_clock, *m_prompter, *m_dealActions };
    for (const ViewEntry &entry : kViews) {
        WorkspaceView *view = entry.make(context, m_ui->viewStack);
        const QString key = QString::fromLatin1(entry.key);
        view->setObjectName(key + QStringLiteral("Page"));
        m_ui->viewStack->addWidget(view);
        m_views << view;
        connect(view, &WorkspaceView::badgeChanged, &m_badgeRefresh, qOverload<>(&QTimer::start));
        connect(view, &WorkspaceView::showDealRequested, this, [this](qint64 dealId, const QString &target) {
            if (WorkspaceView *shown = this->view(target)) {
                shown->showDeal(dealId);
                setCurrentView(target);
            }
        });
    }

    QListWidget *sidebar = m_ui->sidebar;
    sidebar->setIconSize(QSize(24, 24));
    sidebar->setItemDelegate(new SidebarDelegate(sidebar));
    connect(sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            setCurrentView(viewKeys().at(row));
    });

    // A hairline between sidebar and view, as in KDE's Breeze, instead of the style's grip: the handle
    // filled with the palette's mid tone. (Not a style sheet: one on the splitter would put every view
    // under QStyleSheetStyle, which cost a third of a cold start's work before the first paint.)
    m_ui->splitter->setHandleWidth(1);
    for (int i = 1; i < m_ui->splitter->count(); ++i) {
        QSplitterHandle *handle = m_ui->splitter->handle(i);
        QPalette hairline = handle->palette();
        hairline.setColor(QPalette::Window, hairline.color(QPalette::Mid));
        handle->setPalette(hairline);
        handle->setAutoFillBackground(true);
    }
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
}

void MainWindow::setUpActions()
{
    QListWidget *sidebar = m_ui->sidebar;
    int widest = 0;
    const QStringList keys = viewKeys();
    for (int i = 0; i < m_views.size(); ++i) {
        const WorkspaceView *view = m_views.at(i);
        auto *action = new QAction(sidebarIcon(view->icon()), view->title(), this);
        action->setObjectName(QStringLiteral("actionView_") + keys.at(i));
        action->setCheckable(true);
        action->setStatusTip(view->statusTip());
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_viewActions->addAction(action);
        m_ui->menuView->addAction(action);
        connect(action, &QAction::triggered, this, [this, key = keys.at(i)] { setCurrentView(key); });

        // The sidebar lists the same views as the View menu, under the same names.
        auto *item = new QListWidgetItem(action->icon(), withoutMnemonic(action->text()), sidebar);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->statusTip(), action->shortcut().toString(QKeySequence::NativeText)));
        widest = std::max(widest, sidebar->fontMetrics().horizontalAdvance(item->text()));
    }
    m_viewActions->setExclusive(true);
    const int line = fontMetrics().height();
    const int sidebarWidth = widest + sidebar->iconSize().width() + 4 * line;
    sidebar->setMinimumWidth(sidebarWidth * 3 / 4);
    m_ui->splitter->setSizes({ sidebarWidth, width() - sidebarWidth });

    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    if (m_ui->actionQuit->shortcut().isEmpty())
        m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_ui->actionNew->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->actionOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->menuOpenRecent->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    m_ui->actionImport->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->actionAbout->setIcon(QIcon(QStringLiteral(":/ripen/icons/ripen.svg")));
    m_ui->actionAboutQt->setIcon(QIcon::fromTheme(QStringLiteral("help-about")));

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_ui->actionImport, &QAction::triggered, this, [this] { showImportWizard(); });
    connect(m_ui->actionImportHistory, &QAction::triggered, this, &MainWindow::showImportHistory);
    m_ui->actionRestoreBackup->setIcon(QIcon::fromTheme(QStringLiteral("document-revert")));
    m_ui->actionRestoreBackup->setEnabled(false); // until a database with backups is open
    connect(m_ui->actionRestoreBackup, &QAction::triggered, this, &MainWindow::showRestoreBackup);
    connect(m_ui->actionExportFollowUps, &QAction::triggered, this, &MainWindow::exportFollowUps);
    for (const auto &[action, kind] : { std::pair { m_ui->actionExportDeals, CsvExport::Kind::Deals },
             std::pair { m_ui->actionExportActivities, CsvExport::Kind::Activities },
             std::pair { m_ui->actionExportFollowUpsCsv, CsvExport::Kind::FollowUps } })
        connect(action, &QAction::triggered, this, [this, kind = kind] { exportCsv(kind); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, this, [this] { m_prompter->aboutQt(this); });

    // One undo history per database: the group's actions follow whichever stack is active, so they
    // need no re-wiring when another database is opened.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_undoAction->setStatusTip(tr("Take back the last change"));
    m_redoAction->setStatusTip(tr("Make the change that was taken back again"));
    m_ui->menuEdit->addAction(m_undoAction);
    m_ui->menuEdit->addAction(m_redoAction);

    // Deal: what the current view does with a deal, with the shortcuts that work while it has focus.
    // Each view has its own (the board's moves, the timeline's touches), so the menu follows the view.
    m_dealMenu = new QMenu(tr("&Deal"), this);
    m_dealMenu->setObjectName(QStringLiteral("menuDeal"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_dealMenu);
    fillDealMenu();

    auto *settingsMenu = new QMenu(tr("&Settings"), this);
    settingsMenu->setObjectName(QStringLiteral("menuSettings"));
    m_pipelineSettingsAction = settingsMenu->addAction(tr("&Pipeline…"));
    m_pipelineSettingsAction->setObjectName(QStringLiteral("actionPipelineSettings"));
    m_pipelineSettingsAction->setStatusTip(tr("Stages, rot days and lost reasons"));
    m_pipelineSettingsAction->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    connect(m_pipelineSettingsAction, &QAction::triggered, this, &MainWindow::showPipelineSettings);
    for (QAction *action : { m_ui->actionImport, m_pipelineSettingsAction, m_undoAction, m_redoAction })
        writing(action);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), settingsMenu);
}

void MainWindow::exportFollowUps()
{
    if (!m_workspace)
        return;
    QString path = m_prompter->saveFileName(this, tr("Export Follow-ups"), dialogDirectory(),
        tr("Calendar files (*.ics);;All files (*)"), QStringLiteral("ics"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    const auto written
        = FollowUpCalendar::exportTo(m_workspace->pipeline(), path, m_workspace->clock().now());
    if (!written) {
        reportError(tr("Cannot Export Follow-ups"), written.error());
        return;
    }
    statusBar()->showMessage(
        tr("Wrote %1 follow-ups to “%2”.").arg(QLocale().toString(*written), displayPath(path)), 8000);
}

void MainWindow::exportCsv(CsvExport::Kind kind)
{
    if (!m_workspace)
        return;
    const QString caption = kind == CsvExport::Kind::Deals ? tr("Export Deals")
        : kind == CsvExport::Kind::Activities              ? tr("Export Activities")
                                                           : tr("Export Follow-ups as CSV");
    QString path = m_prompter->saveFileName(this, caption,
        QDir(dialogDirectory()).filePath(CsvExport::key(kind) + QStringLiteral(".csv")),
        tr("CSV files (*.csv);;All files (*)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    // A large pipeline takes a few seconds: say so with the cursor, as the window waits.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = CsvExport::exportTo(m_workspace->pipeline().connection(), kind, path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        reportError(tr("Cannot Export"), written.error());
        return;
    }
    statusBar()->showMessage(CsvExport::summary(kind, *written, displayPath(path)), 8000);
}

void MainWindow::showImportHistory()
{
    if (!m_workspace)
        return;
    auto *history = new ImportHistoryDialog(*m_workspace, *m_prompter, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    history->open();
}

void MainWindow::showImportWizard(const QString &path)
{
    if (!m_workspace)
        return;
    auto *wizard = new ImportWizard(*m_workspace, *m_prompter, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this, wizard](const ImportSummary &summary) {
        const int imported = summary.imported;
        // English loads no translator: one text for one, another for more; %n lets other languages choose.
        if (wizard->session().kind == ImportMapping::Kind::Activities) {
            // They are spread over deals the user already knows: each view shows them where it shows
            // touches and follow-ups, so the user stays where they were.
            statusBar()->showMessage(
                imported == 1 ? tr("Imported 1 activity.") : tr("Imported %n activities.", nullptr, imported),
                8000);
            return;
        }
        // The new deals are on the board: that is where the user looks for them.
        setCurrentView(QStringLiteral("board"));
        statusBar()->showMessage(
            imported == 1 ? tr("Imported 1 deal.") : tr("Imported %n deals.", nullptr, imported), 8000);
    });
    wizard->open();
}

void MainWindow::showRestoreBackup()
{
    if (!m_workspace || !m_workspace->database().backupsEnabled())
        return;
    auto *dialog = new RestoreBackupDialog(m_workspace->path(), *m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreBackupDialog::restoreRequested, this, &MainWindow::restoreBackup);
    dialog->open();
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    if (!m_workspace)
        return false;
    const QString path = m_workspace->path();
    const QString title = tr("Cannot Restore the Backup");
    // Copies of a large file take seconds: say so with the cursor, as the window waits.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // The file as it is now first, so the restore can be taken back by restoring that copy.
    const auto kept = Backups::take(path, Backups::Reason::BeforeRestore, m_clock.now());
    if (!kept) {
        QGuiApplication::restoreOverrideCursor();
        reportError(title,
            tr("Ripen keeps the database as it is now as a backup before it restores one, and "
               "could not: %1 Nothing was restored.")
                .arg(kept.error()));
        return false;
    }
    // Nothing may read or write the old file while it is replaced: the models, the views' reads on
    // threads of their own and the connection go now, not after the next paint as on File > Open.
    closeWorkspace();
    QString problem;
    if (const auto restored = Backups::restore(path, backupPath); !restored)
        problem = restored.error();
    Database::Options existing;
    existing.create = false;
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, m_clock, &error, existing);
    if (!workspace && problem.isEmpty()) {
        // The copy passed its check but the file does not open: the database of a moment ago goes back.
        problem = tr("The restored database does not open: %1").arg(error);
        if (const auto back = Backups::restore(path, *kept); back) {
            problem += QLatin1Char(' ') + tr("The database was put back as it was before the restore.");
            workspace = Workspace::open(path, m_clock, &error, existing);
        } else {
            problem += QLatin1Char(' ') + back.error();
        }
    }
    QGuiApplication::restoreOverrideCursor();
    if (workspace)
        install(std::move(workspace));
    else
        reportError(tr("Cannot Open Database"), error);
    if (!problem.isEmpty()) {
        reportError(title, problem);
        return false;
    }
    statusBar()->showMessage(tr("Restored the backup “%1”. The database as it was before is kept as the "
                                "backup “%2”.")
                                 .arg(QFileInfo(backupPath).fileName(), QFileInfo(*kept).fileName()),
        10000);
    return true;
}

void MainWindow::closeWorkspace()
{
    m_retired.reset();
    if (!m_workspace)
        return;
    delete m_stageSummary;
    m_stageSummary = nullptr;
    m_dealActions->setWorkspace(nullptr);
    m_reminder->setWorkspace(nullptr);
    for (WorkspaceView *view : std::as_const(m_views))
        view->setWorkspace(nullptr);
    m_workspace.reset(); // its undo stack leaves the undo group as it goes
    m_ui->actionRestoreBackup->setEnabled(false);
    setWindowFilePath(QString());
    updateStatus();
    updateBadges();
    emit workspaceChanged(nullptr);
}

void MainWindow::showBackupTaken(const QString &path)
{
    m_backupLabel->hide();
    statusBar()->showMessage(tr("Backed up the database to “%1”.").arg(displayPath(path)), 5000);
}

void MainWindow::showBackupFailed(const QString &message)
{
    // Until a later backup works: the write went ahead, but the user should know there is no copy.
    m_backupLabel->setText(tr("No backup today"));
    m_backupLabel->setToolTip(message);
    m_backupLabel->show();
    statusBar()->showMessage(message, 30000);
}

void MainWindow::showPipelineSettings()
{
    if (!m_workspace)
        return;
    auto *dialog = new PipelineSettingsDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

WorkspaceView *MainWindow::view(const QString &key) const
{
    const int index = viewKeys().indexOf(key);
    return index >= 0 ? m_views.value(index) : nullptr;
}

QString MainWindow::currentView() const
{
    return viewKeys().value(m_ui->viewStack->currentIndex());
}

bool MainWindow::setCurrentView(const QString &key)
{
    const int index = viewKeys().indexOf(key);
    if (index < 0 || index >= m_views.size())
        return false;
    const bool changed = m_ui->viewStack->currentIndex() != index;
    m_ui->viewStack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_ui->sidebar);
        m_ui->sidebar->setCurrentRow(index);
    }
    m_viewActions->actions().at(index)->setChecked(true);
    if (changed) {
        fillDealMenu();
        emit currentViewChanged(key);
    }
    return true;
}

void MainWindow::fillDealMenu()
{
    if (!m_dealMenu)
        return;
    m_dealMenu->clear();
    const int index = m_ui->viewStack->currentIndex();
    if (index < 0 || index >= m_views.size())
        return;
    for (QAction *action : m_views.at(index)->dealMenuActions()) {
        if (action)
            m_dealMenu->addAction(action);
        else
            m_dealMenu->addSeparator();
    }
}

bool MainWindow::openDatabase(const QString &path)
{
    return open(path, false);
}

bool MainWindow::createDatabase(const QString &path)
{
    return open(path, true);
}

bool MainWindow::open(const QString &path, bool create)
{
    if (m_workspace && normalizedPath(path) == normalizedPath(m_workspace->path())) {
        statusBar()->showMessage(tr("“%1” is already open.").arg(displayPath(path)), 5000);
        return true;
    }
    // A file replaced a moment ago closes now, before anything opens: it may be the one asked for.
    m_retired.reset();
    QString error;
    Database::Options options;
    options.create = create;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, m_clock, &error, options);
    if (!workspace) {
        reportError(create ? tr("Cannot Create Database") : tr("Cannot Open Database"), error);
        return false;
    }
    install(std::move(workspace));
    return true;
}

void MainWindow::setUpDamageBanner()
{
    // Above the sidebar and the views, hidden until a file is found damaged (KMessageWidget's place).
    m_damageBanner = new QFrame(this);
    m_damageBanner->setObjectName(QStringLiteral("damageBanner"));
    m_damageBanner->setFrameShape(QFrame::StyledPanel);
    m_damageBanner->setAutoFillBackground(true);
    QPalette warning = m_damageBanner->palette();
    warning.setColor(QPalette::Window, QColor(0xf6, 0xe0, 0xc8));
    warning.setColor(QPalette::WindowText, QColor(0x3b, 0x23, 0x0b));
    m_damageBanner->setPalette(warning);
    auto *row = new QHBoxLayout(m_damageBanner);
    auto *icon = new QLabel(m_damageBanner);
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);
    m_damageText = new QLabel(m_damageBanner);
    m_damageText->setObjectName(QStringLiteral("damageText"));
    m_damageText->setWordWrap(true);
    m_damageText->setTextFormat(Qt::PlainText);
    m_damageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *restore = new QPushButton(tr("&Restore a Backup…"), m_damageBanner);
    restore->setObjectName(QStringLiteral("damageRestoreButton"));
    connect(restore, &QPushButton::clicked, this, &MainWindow::showRestoreBackup);
    row->addWidget(icon);
    row->addWidget(m_damageText, 1);
    row->addWidget(restore, 0, Qt::AlignVCenter);
    m_damageBanner->hide();
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_damageBanner);
    column->addWidget(takeCentralWidget(), 1);
    setCentralWidget(central);
}

void MainWindow::showDamage(const QString &message)
{
    // What is wrong and that nothing is written, at once; the newest good copy to go back to once it
    // is found: each copy is read whole to know it is good (3 s for a 100,000-deal one), on a thread.
    stopBackupSearch();
    m_damageText->setText(message + QLatin1Char(' ') + tr("Looking for the newest good backup…"));
    m_damageBanner->show();
    m_ui->actionRestoreBackup->setEnabled(true);
    statusBar()->showMessage(tr("The file is damaged: shown read-only."));
    updateWritable();
    const int generation = ++m_damageGeneration;
    m_backupSearch = QThread::create([this, generation, message, path = m_workspace->database().realPath()] {
        const std::optional<Backups::Entry> good = Backups::newestGood(path, m_stopBackupSearch);
        if (m_stopBackupSearch)
            return;
        // Queued to the window: dropped if it is gone, or shows another file by then.
        QMetaObject::invokeMethod(
            this,
            [this, generation, message, good] {
                if (generation == m_damageGeneration)
                    showDamageBackup(message, good);
            },
            Qt::QueuedConnection);
    });
    m_backupSearch->setObjectName(QStringLiteral("Ripen backup search"));
    m_backupSearch->start(QThread::LowPriority);
}

void MainWindow::showDamageBackup(const QString &message, const std::optional<Backups::Entry> &good)
{
    QString text = message + QLatin1Char(' ');
    if (good)
        text += tr("The newest good backup is of %1, with %n deals.", nullptr, int(good->deals))
                    .arg(QLocale().toString(good->takenAt, QLocale::ShortFormat));
    else
        text += tr("Ripen has no good backup of it: restore a copy of your own.");
    m_damageText->setText(text);
}

void MainWindow::stopBackupSearch()
{
    if (!m_backupSearch)
        return;
    // The copy being read is read to its end (SQLite's quick_check cannot be stopped half-way).
    m_stopBackupSearch = true;
    m_backupSearch->wait();
    delete m_backupSearch;
    m_backupSearch = nullptr;
    m_stopBackupSearch = false;
}

void MainWindow::updateWritable()
{
    // The views disable their own commands; these are the window's. Undo and redo have nothing to act
    // on while the file is read-only (their stack comes back with a writable file).
    const bool writable = Workspace::isWritable(m_workspace.get());
    m_ui->actionImport->setEnabled(writable);
    m_pipelineSettingsAction->setEnabled(writable);
    m_undoGroup->setActiveStack(writable ? &m_workspace->undoStack() : nullptr);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    if (workspace)
        install(std::move(workspace));
}

void MainWindow::install(std::unique_ptr<Workspace> workspace)
{
    // The old database closes only after everything that reads it has moved to the new one.
    std::unique_ptr<Workspace> previous = std::exchange(m_workspace, std::move(workspace));
    delete m_stageSummary;
    m_stageSummary = new StageListModel(m_workspace->pipeline(), this);

    Pipeline &pipeline = m_workspace->pipeline();
    const auto refreshSoon = [this] { m_statusRefresh.start(); };
    connect(&pipeline, &Pipeline::dealChanged, this, refreshSoon);
    connect(&pipeline, &Pipeline::dealMoved, this, refreshSoon);
    connect(&pipeline, &Pipeline::dealStatusChanged, this, refreshSoon);
    connect(&pipeline, &Pipeline::stagesChanged, this, refreshSoon);
    connect(&pipeline, &Pipeline::bulkChanged, this, refreshSoon);
    connect(&pipeline, &Pipeline::backupTaken, this, &MainWindow::showBackupTaken);
    connect(&pipeline, &Pipeline::backupFailed, this, &MainWindow::showBackupFailed);
    m_ui->actionRestoreBackup->setEnabled(m_workspace->database().backupsEnabled());
    m_backupLabel->hide(); // another file: what failed for the last one says nothing of it
    m_damageBanner->hide();
    stopBackupSearch();
    ++m_damageGeneration; // a search for the last file's backups says nothing of this one
    connect(m_workspace.get(), &Workspace::damaged, this, &MainWindow::showDamage);
    if (!m_workspace->database().damage().isEmpty())
        showDamage(m_workspace->database().damage());

    m_undoGroup->addStack(&m_workspace->undoStack());
    m_undoGroup->setActiveStack(&m_workspace->undoStack());
    updateWritable();
    connect(m_workspace.get(), &Workspace::commandFailed, this,
        [this](const QString &message) { reportError(tr("Could Not Undo or Redo"), message); });
    m_dealActions->setWorkspace(m_workspace.get());
    m_reminder->setWorkspace(m_workspace.get());
    for (WorkspaceView *view : std::as_const(m_views))
        view->setWorkspace(m_workspace.get());

    setWindowFilePath(m_workspace->path());
    addRecentFile(m_workspace->path());
    updateStatus();
    updateBadges();
    m_badgeRefresh.stop(); // the views' badges as they said while moving to the new file: just shown
    emit workspaceChanged(m_workspace.get());
    // The old file closes after the new board is painted: closing checkpoints its write-ahead log
    // and frees its search index, which the user need not wait for.
    if (previous) {
        m_retired = std::move(previous);
        QTimer::singleShot(0, this, [this] { m_retired.reset(); });
    }
}

void MainWindow::updateBadges()
{
    QListWidget *sidebar = m_ui->sidebar;
    for (int i = 0; i < m_views.size() && i < sidebar->count(); ++i) {
        const QString name = withoutMnemonic(m_views.at(i)->title());
        const QString badge = m_views.at(i)->badge();
        sidebar->item(i)->setText(
            badge.isEmpty() ? name : tr("%1 (%2)", "view name (badge)").arg(name, badge));
    }
    // An empty title falls back to the file's name.
    const WorkspaceView *agenda = view(QStringLiteral("followups"));
    const QString due = agenda && m_workspace ? agenda->badge() : QString();
    setWindowTitle(due.isEmpty() ? QString()
                                 : tr("%1 — %2 due today", "file name — follow-ups due")
                                       .arg(QFileInfo(m_workspace->path()).fileName(), due));
}

void MainWindow::reportError(const QString &title, const QString &text)
{
    m_prompter->error(this, title, text);
}

void MainWindow::newDatabase()
{
    QString path = m_prompter->saveFileName(this, tr("New Database"), dialogDirectory(),
        tr("Ripen databases (*.sqlite);;All files (*)"), QStringLiteral("sqlite"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never replace a file behind the user's back: it may hold years of follow-ups.
        reportError(tr("Cannot Create Database"),
            tr("“%1” already exists. Choose a new name for the new database, or open the existing "
               "one with File > Open.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    createDatabase(path);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = m_prompter->openFileName(
        this, tr("Open Database"), dialogDirectory(), tr("Ripen databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

QString MainWindow::dialogDirectory() const
{
    if (m_workspace && m_workspace->path() != QLatin1String(":memory:"))
        return QFileInfo(m_workspace->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::addRecentFile(const QString &path)
{
    if (path == QLatin1String(":memory:"))
        return;
    const QString normalized = normalizedPath(path);
    m_recentFiles.removeAll(normalized);
    m_recentFiles.prepend(normalized);
    while (m_recentFiles.size() > kMaxRecentFiles)
        m_recentFiles.removeLast();
    writeRecentFiles();
}

void MainWindow::removeRecentFile(const QString &path)
{
    m_recentFiles.removeAll(path);
    writeRecentFiles();
}

void MainWindow::clearRecentFiles()
{
    m_recentFiles.clear();
    writeRecentFiles();
}

void MainWindow::writeRecentFiles()
{
    if (m_settingsEnabled)
        QSettings().setValue(kRecentKey, m_recentFiles);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuOpenRecent;
    menu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles.at(i);
        const QFileInfo info(path);
        // "&1 pipeline.sqlite [~/Documents]": the number is the keyboard shortcut inside the menu.
        const QString text
            = tr("&%1 %2 [%3]", "recent file: number, file name, folder")
                  .arg(i + 1)
                  .arg(escapedForMenu(info.fileName()), escapedForMenu(displayPath(info.absolutePath())));
        QAction *action = menu->addAction(text);
        action->setData(path);
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!openDatabase(path) && !QFileInfo::exists(path))
                removeRecentFile(path); // gone for good; a locked file stays listed
        });
    }
    if (!m_recentFiles.isEmpty()) {
        menu->addSeparator();
        QAction *clear
            = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-clear-history")), tr("&Clear List"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clear, &QAction::triggered, this, &MainWindow::clearRecentFiles);
    }
    menu->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_databaseLabel->setText(
            tr("No database open. Create one with File > New or open one with File > Open."));
        m_databaseLabel->setToolTip({});
        m_countsLabel->clear();
        return;
    }
    m_databaseLabel->setText(displayPath(m_workspace->path()));
    m_databaseLabel->setToolTip(tr("The database you are working in"));

    qint64 open = 0, won = 0, lost = 0;
    for (int row = 0; row < m_stageSummary->rowCount(); ++row) {
        const QModelIndex index = m_stageSummary->index(row, StageListModel::DealCount);
        const qint64 deals = index.data().toLongLong();
        const QString kind = index.data(StageListModel::KindRole).toString();
        if (kind == QLatin1String("won"))
            won += deals;
        else if (kind == QLatin1String("lost"))
            lost += deals;
        else
            open += deals;
    }
    const QLocale locale;
    m_countsLabel->setText(tr("Open deals: %1 · Won: %2 · Lost: %3")
                               .arg(locale.toString(open), locale.toString(won), locale.toString(lost)));
}

void MainWindow::showAbout()
{
    const QString text
        = tr(
            "<h3>Ripen %1</h3>"
            "<p>A pipeline and follow-up tool for salespeople who win by persistence.</p>"
            "<p>A “no” means “not now”: Ripen keeps every lost deal with the reason and a date to look at it "
            "again, plans touches that bring the prospect something, and tells you when a prospect is ripe "
            "again.</p>"
            "<p>Built with Qt %2.</p>")
              .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()));
    m_prompter->about(this, tr("About Ripen"), text);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: the designed size where the screen allows it, never larger than the screen.
        const QSize available = screen()->availableSize();
        resize(
            std::min(width(), available.width() * 9 / 10), std::min(height(), available.height() * 9 / 10));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    setCurrentView(settings.value(kViewKey).toString()); // an unknown or missing key keeps the board
    m_recentFiles.clear();
    for (const QString &path : settings.value(kRecentKey).toStringList()) {
        if (!path.isEmpty() && !m_recentFiles.contains(path) && m_recentFiles.size() < kMaxRecentFiles)
            m_recentFiles << path;
    }
    m_settingsEnabled = true;
    // The database opened before the settings were read belongs at the top of the list.
    if (m_workspace)
        addRecentFile(m_workspace->path());
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settingsEnabled) {
        QSettings settings;
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
        settings.setValue(kSplitterKey, m_ui->splitter->saveState());
        settings.setValue(kViewKey, currentView());
    }
    QMainWindow::closeEvent(event);
}

} // namespace Ripen
