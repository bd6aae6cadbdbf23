// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardview.h"

#include "dealactions.h"
#include "dealcommands.h"
#include "dealsearch.h"
#include "droptarget.h"
#include "lookups/lookupmodel.h"
#include "prompter.h"
#include "stagecolumnmodel.h"
#include "stagecolumnview.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Ripen {

namespace {

QAction *makeAction(
    QWidget *parent, const QString &text, const QList<QKeySequence> &shortcuts, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    parent->addAction(action);
    return action;
}

} // namespace

BoardView::BoardView(const ViewContext &context, QWidget *parent)
    : WorkspaceView(parent)
    , m_prompter(context.prompter)
    , m_dealActions(context.dealActions)
    , m_filterEdit(new QLineEdit(this))
    , m_searchNote(new QLabel(tr("Preparing the search…"), this))
    , m_ownerCombo(new QComboBox(this))
    , m_attention(new QCheckBox(tr("Needs &attention"), this))
    , m_newDealButton(new QPushButton(tr("New deal"), this))
    , m_scroll(new QScrollArea(this))
    , m_columnsHost(new QWidget)
    , m_columnsLayout(new QHBoxLayout(m_columnsHost))
    , m_wonTarget(new DropTarget(
          tr("Drop here: won (Ctrl+Shift+W)"), QColor(0x2e, 0x9e, 0x4f), StageColumnModel::kMimeType, this))
    , m_lostTarget(new DropTarget(tr("Drop here: lost, for now (Ctrl+Shift+L)"), QColor(0xc6, 0x28, 0x28),
          StageColumnModel::kMimeType, this))
{
    setObjectName(QStringLiteral("boardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_filterEdit->setPlaceholderText(tr("Filter by deal, account or contact (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter deals"));
    m_filterEdit->setMinimumWidth(280);
    bar->addWidget(m_filterEdit, 2);
    // Shown while a text filter waits for the search's index (the first second of a large file).
    m_searchNote->setForegroundRole(QPalette::PlaceholderText);
    m_searchNote->hide();
    bar->addWidget(m_searchNote);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_ownerCombo);
    bar->addWidget(ownerLabel);
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_ownerCombo);
    m_attention->setToolTip(
        tr("Only deals that are overdue, have no next step, are rotting or get check-ins only"));
    bar->addWidget(m_attention);
    bar->addStretch(1);
    bar->addWidget(m_newDealButton);
    layout->addLayout(bar);

    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    m_scroll->setWidget(m_columnsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);

    auto *targets = new QHBoxLayout;
    targets->setSpacing(8);
    targets->addWidget(m_wonTarget);
    targets->addWidget(m_lostTarget);
    layout->addLayout(targets);

    m_newDeal = makeAction(this, tr("&New Deal…"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert) },
        tr("Create a deal in the current stage"));
    m_editDeal
        = makeAction(this, tr("&Edit Deal…"), { QKeySequence(Qt::Key_F2) }, tr("Edit the selected deal"));
    m_moveBack = makeAction(this, tr("Move to &Previous Stage"), { QKeySequence(Qt::CTRL | Qt::Key_Left) },
        tr("Move the selected deal one stage back"));
    m_moveForward = makeAction(this, tr("Move to Ne&xt Stage"), { QKeySequence(Qt::CTRL | Qt::Key_Right) },
        tr("Move the selected deal one stage on"));
    m_moveUp = makeAction(this, tr("Move &Up"), { QKeySequence(Qt::CTRL | Qt::Key_Up) },
        tr("Move the selected deal one card up in its stage"));
    m_moveDown = makeAction(this, tr("Move &Down"), { QKeySequence(Qt::CTRL | Qt::Key_Down) },
        tr("Move the selected deal one card down in its stage"));
    m_markWon = makeAction(this, tr("Mark as &Won…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W) },
        tr("Record the selected deal as won"));
    m_markLost = makeAction(this, tr("Mark as &Lost…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) },
        tr("Record why the selected deal was lost and when to come back"));
    m_openTimeline = new QAction(tr("Open &Timeline"), this);
    m_openTimeline->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_openTimeline->setShortcutContext(Qt::WidgetShortcut); // active in the card lists it is added to
    m_openTimeline->setStatusTip(tr("Show every touch of the selected deal"));
    m_logTouch = makeAction(this, tr("&Log Touch…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T) },
        tr("Log a call, email, note or visit on the selected deal, with the value it carried"));
    m_find = makeAction(this, tr("&Find Deals"), { QKeySequence::Find }, tr("Filter the board"));
    m_newDealButton->setToolTip(m_newDeal->toolTip() + QStringLiteral(" (Ctrl+Shift+N)"));

    connect(m_newDeal, &QAction::triggered, this, &BoardView::newDeal);
    connect(m_newDealButton, &QPushButton::clicked, this, &BoardView::newDeal);
    connect(m_editDeal, &QAction::triggered, this, &BoardView::editCurrentDeal);
    connect(m_moveBack, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveForward, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_moveUp, &QAction::triggered, this, [this] { reorderCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { reorderCurrent(+1); });
    connect(m_markWon, &QAction::triggered, this, [this] { askWon(currentDealId()); });
    connect(m_markLost, &QAction::triggered, this, [this] { askLost(currentDealId()); });
    connect(m_logTouch, &QAction::triggered, this, [this] {
        if (const qint64 id = currentDealId())
            m_dealActions.logTouch(this, id);
    });
    connect(m_openTimeline, &QAction::triggered, this, [this] {
        if (const qint64 id = currentDealId())
            emit showDealRequested(id, QStringLiteral("timeline"));
    });
    connect(m_find, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_wonTarget, &DropTarget::idsDropped, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids)
            askWon(id);
    });
    connect(m_lostTarget, &DropTarget::idsDropped, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids)
            askLost(id);
    });
    // What the user just created or edited is what they look at next.
    connect(&m_dealActions, &DealActions::dealCreated, this, &BoardView::selectDeal);
    connect(&m_dealActions, &DealActions::dealEdited, this, &BoardView::selectDeal);

    // Typing is debounced so a fast typist does not re-query the board on every key.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(150);
    connect(&m_filterDelay, &QTimer::timeout, this, &BoardView::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, &BoardView::applyFilter);
    connect(m_attention, &QCheckBox::toggled, this, &BoardView::applyFilter);
    for (QAction *action : { m_newDeal, m_editDeal, m_moveBack, m_moveForward, m_moveUp, m_moveDown,
             m_markWon, m_markLost, m_logTouch })
        writing(action);
    updateActions();
}

BoardView::~BoardView()
{
    // Before m_search goes: the columns' models refer to it.
    qDeleteAll(m_columns);
}

QString BoardView::title() const
{
    return tr("&Board");
}

QString BoardView::statusTip() const
{
    return tr("Your deals as cards in stage columns");
}

QIcon BoardView::icon() const
{
    return QIcon(QStringLiteral(":/ripen/icons/board.svg"));
}

QList<QAction *> BoardView::dealMenuActions() const
{
    return { m_newDeal, m_editDeal, m_openTimeline, m_logTouch, nullptr, m_moveBack, m_moveForward, nullptr,
        m_moveUp, m_moveDown, m_markWon, m_markLost, nullptr, m_find };
}

QMenu *BoardView::cardMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->addActions({ m_openTimeline, m_logTouch, m_editDeal });
    menu->addSeparator();
    menu->addActions({ m_moveBack, m_moveForward });
    menu->addSeparator();
    menu->addActions({ m_markWon, m_markLost });
    return menu;
}

void BoardView::setWorkspace(Workspace *workspace)
{
    if (m_workspace) {
        disconnect(&m_workspace->pipeline(), nullptr, this, nullptr);
        disconnect(m_workspace, nullptr, this, nullptr);
    }
    // The columns' models use the search of their database: both go before the database does. The
    // columns' widgets stay, to show the next file's stages.
    for (StageColumnView *column : std::as_const(m_columns))
        column->setModel(nullptr);
    if (m_search && m_workspace) {
        // Its index (tens of MB at 300,000 deals) is freed with the old file, after the new board is
        // shown; its reading thread, if any, stops now.
        m_search->disconnect(this);
        m_search->stopLoading();
        m_workspace->keepUntilClosed(std::move(m_search));
    }
    m_search.reset();
    delete m_owners;
    m_owners = nullptr;
    m_workspace = workspace;
    if (m_workspace) {
        m_search = std::make_unique<DealSearch>(m_workspace->pipeline());
        connect(m_search.get(), &DealSearch::ready, this, [this] {
            if (m_filterHeld)
                applyFilter();
        });
        m_owners = new OwnerListModel(m_workspace->pipeline(), this);
    }
    if (m_workspace) {
        // Closed under the board (another file opened, or its owner went first): let go first.
        connect(m_workspace, &Workspace::closing, this, [this] { setWorkspace(nullptr); });
        connect(m_workspace, &Workspace::damaged, this, &BoardView::updateActions);
        Pipeline &pipeline = m_workspace->pipeline();
        connect(&pipeline, &Pipeline::stagesChanged, this, &BoardView::rebuildColumns);
        connect(&pipeline, &Pipeline::dealChanged, this, &BoardView::refreshOwners);
        connect(&pipeline, &Pipeline::bulkChanged, this, &BoardView::refreshOwners);
    }
    refreshOwners();
    rebuildColumns();
}

void BoardView::refreshOwners()
{
    const QString current = m_ownerCombo->currentData().toString();
    const QSignalBlocker blocker(m_ownerCombo);
    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("Everyone"), QString());
    if (m_owners) {
        m_owners->refresh();
        for (int row = 0; row < m_owners->rowCount(); ++row) {
            const QString owner = m_owners->index(row, 0).data().toString();
            m_ownerCombo->addItem(owner, owner);
        }
    }
    m_ownerCombo->setCurrentIndex(qMax(0, m_ownerCombo->findData(current)));
}

void BoardView::rebuildColumns()
{
    const qint64 selected = currentDealId();
    // A column's widgets are kept for the stage that now stands in its place (building them is a
    // fifth of opening a file); its model is always new.
    QList<StageColumnView *> spare = std::exchange(m_columns, {});
    if (m_workspace) {
        for (const Stage &stage : m_workspace->pipeline().stages()) {
            if (stage.kind != StageKind::Open)
                continue;
            auto *model = new StageColumnModel(m_workspace->pipeline(), *m_search, stage.id, stage.rotDays);
            model->setFilter(m_filter);
            StageColumnView *column = spare.isEmpty() ? nullptr : spare.takeFirst();
            if (column) {
                column->setStageName(stage.name);
                column->setModel(model);
            } else {
                column = newColumn(stage.name, model);
            }
            // Queued: the move runs after the drop event has finished with the view's indexes.
            connect(
                model, &StageColumnModel::moveRequested, this, &BoardView::requestMove, Qt::QueuedConnection);
            connect(column->list()->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &BoardView::updateActions);
            m_columns << column;
        }
    }
    qDeleteAll(spare);
    if (selected)
        selectDeal(selected);
    updateActions();
}

StageColumnView *BoardView::newColumn(const QString &stageName, StageColumnModel *model)
{
    auto *column = new StageColumnView(stageName, model, m_columnsHost);
    column->list()->installEventFilter(this);
    column->list()->addAction(m_openTimeline);
    column->list()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        column->list(), &QWidget::customContextMenuRequested, this, [this, list = column->list()](QPoint at) {
            // A right click selects the card under it first, as file managers do.
            if (const QModelIndex index = list->indexAt(at); index.isValid())
                list->setCurrentIndex(index);
            if (!currentDealId())
                return;
            QMenu *menu = cardMenu(list);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(list->viewport()->mapToGlobal(at));
        });
    connect(column->list(), &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        emit showDealRequested(
            index.data(StageColumnModel::DealIdRole).toLongLong(), QStringLiteral("timeline"));
    });
    m_columnsLayout->addWidget(column, 1);
    return column;
}

void BoardView::applyFilter()
{
    m_filterDelay.stop();
    const BoardFilter filter { m_filterEdit->text(), m_ownerCombo->currentData().toString(),
        m_attention->isChecked() };
    // A text filter while the index is still read on its thread: held until it arrives (under a
    // second, and then tens of milliseconds), not a pass over every deal on SQL now (half a second
    // at 300,000 deals, with the window frozen). Needs attention is SQL's either way.
    m_filterHeld = m_search && m_search->isLoadingInBackground() && !filter.text.trimmed().isEmpty()
        && !filter.needsAttention;
    m_searchNote->setVisible(m_filterHeld);
    if (m_filterHeld)
        return;
    m_filter = filter;
    for (StageColumnView *column : std::as_const(m_columns))
        column->model()->setFilter(m_filter);
    updateActions();
}

QList<qint64> BoardView::stageIds() const
{
    QList<qint64> ids;
    for (StageColumnView *column : m_columns)
        ids << column->model()->stageId();
    return ids;
}

StageColumnView *BoardView::column(qint64 stageId) const
{
    for (StageColumnView *column : m_columns) {
        if (column->model()->stageId() == stageId)
            return column;
    }
    return nullptr;
}

StageColumnModel *BoardView::columnModel(qint64 stageId) const
{
    StageColumnView *view = column(stageId);
    return view ? view->model() : nullptr;
}

CardListView *BoardView::columnList(qint64 stageId) const
{
    StageColumnView *view = column(stageId);
    return view ? view->list() : nullptr;
}

int BoardView::columnIndexOf(QObject *object) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->list() == object)
            return i;
    }
    return -1;
}

qint64 BoardView::currentDealId() const
{
    // The list with focus, else the last one that had a current card.
    const int focused = columnIndexOf(focusWidget());
    if (focused >= 0) {
        const QModelIndex index = m_columns.at(focused)->list()->currentIndex();
        return index.isValid() ? index.data(StageColumnModel::DealIdRole).toLongLong() : 0;
    }
    for (StageColumnView *column : m_columns) {
        const QModelIndex index = column->list()->currentIndex();
        if (index.isValid() && column->list()->selectionModel()->isSelected(index))
            return index.data(StageColumnModel::DealIdRole).toLongLong();
    }
    return 0;
}

bool BoardView::selectDeal(qint64 dealId)
{
    for (StageColumnView *column : std::as_const(m_columns)) {
        StageColumnModel *model = column->model();
        int row = model->rowOfDeal(dealId);
        if (row < 0)
            continue;
        for (StageColumnView *other : std::as_const(m_columns)) {
            if (other != column)
                other->list()->selectionModel()->clear();
        }
        const QModelIndex index = model->index(row, 0);
        column->list()->setCurrentIndex(index);
        column->list()->scrollTo(index);
        column->list()->setFocus();
        m_scroll->ensureWidgetVisible(column);
        updateActions();
        return true;
    }
    return false;
}

void BoardView::focusColumn(int index, int row)
{
    if (index < 0 || index >= m_columns.size())
        return;
    CardListView *list = m_columns.at(index)->list();
    for (StageColumnView *other : std::as_const(m_columns)) {
        if (other->list() != list)
            other->list()->selectionModel()->clear();
    }
    const int rows = list->model()->rowCount();
    if (rows > 0)
        list->setCurrentIndex(list->model()->index(qBound(0, row, rows - 1), 0));
    list->setFocus(Qt::TabFocusReason);
    m_scroll->ensureWidgetVisible(m_columns.at(index));
    updateActions();
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int index = columnIndexOf(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (index >= 0 && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            // Crossing an empty column keeps the row the user was on.
            const int row = m_columns.at(index)->list()->currentIndex().row();
            if (row >= 0)
                m_cursorRow = row;
            focusColumn(index + (key->key() == Qt::Key_Left ? -1 : 1), m_cursorRow);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BoardView::updateActions()
{
    const bool hasWorkspace = m_workspace;
    const bool writable = Workspace::isWritable(m_workspace);
    const bool hasDeal = currentDealId() != 0;
    m_newDeal->setEnabled(writable);
    m_newDealButton->setEnabled(writable);
    for (QAction *action :
        { m_editDeal, m_moveBack, m_moveForward, m_moveUp, m_moveDown, m_markWon, m_markLost, m_logTouch })
        action->setEnabled(writable && hasDeal);
    m_openTimeline->setEnabled(hasWorkspace && hasDeal);
    // A file shown read-only: cards are not dragged, and nothing is dropped on a column or a target.
    for (StageColumnView *column : std::as_const(m_columns)) {
        column->list()->setDragEnabled(writable);
        column->list()->setAcceptDrops(writable);
    }
    m_wonTarget->setEnabled(writable);
    m_lostTarget->setEnabled(writable);
}

void BoardView::report(const QString &title, const QString &message)
{
    m_prompter.error(this, title, message);
}

void BoardView::requestMove(qint64 dealId, qint64 toStageId, qint64 beforeDealId)
{
    if (!m_workspace)
        return;
    if (auto moved = DealCommands::move(*m_workspace, dealId, toStageId, beforeDealId); !moved) {
        report(tr("Could not move the deal"), moved.error());
        return;
    }
    selectDeal(dealId);
}

void BoardView::moveCurrent(int direction)
{
    const qint64 dealId = currentDealId();
    if (!m_workspace || !dealId)
        return;
    int index = -1;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->model()->rowOfDeal(dealId) >= 0)
            index = i;
    }
    const int target = index + direction;
    if (index < 0 || target < 0 || target >= m_columns.size())
        return;
    // To the top of the next column, where the user sees it land.
    StageColumnModel *model = m_columns.at(target)->model();
    requestMove(dealId, model->stageId(), model->dealIdAt(0));
}

void BoardView::reorderCurrent(int direction)
{
    const qint64 dealId = currentDealId();
    if (!m_workspace || !dealId)
        return;
    for (StageColumnView *column : std::as_const(m_columns)) {
        StageColumnModel *model = column->model();
        const int row = model->rowOfDeal(dealId);
        if (row < 0)
            continue;
        if (direction < 0 && row == 0)
            return; // already on top
        // Up: in front of the card above. Down: in front of the card after the one below.
        qint64 before = 0;
        if (direction < 0) {
            before = model->dealIdAt(row - 1);
        } else {
            const qint64 below = model->dealIdAt(row + 1);
            if (!below)
                return; // already at the bottom
            before = m_workspace->pipeline().dealAfter(below);
        }
        requestMove(dealId, model->stageId(), before);
        return;
    }
}

void BoardView::askWon(qint64 dealId)
{
    m_dealActions.markWon(this, dealId);
}

void BoardView::askLost(qint64 dealId)
{
    m_dealActions.markLost(this, dealId);
}

void BoardView::newDeal()
{
    if (!m_workspace)
        return;
    // In the focused column, else the first; for the owner the board is filtered on.
    const int focused = columnIndexOf(focusWidget());
    const qint64 stageId = focused >= 0 ? m_columns.at(focused)->model()->stageId()
                                        : (m_columns.isEmpty() ? 0 : m_columns.first()->model()->stageId());
    m_dealActions.newDeal(this, stageId, m_ownerCombo->currentData().toString());
}

void BoardView::editCurrentDeal()
{
    if (const qint64 id = currentDealId())
        m_dealActions.editDeal(this, id);
}

} // namespace Ripen
