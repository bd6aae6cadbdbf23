// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"

#include "agenda/agendacolumnmodel.h"
#include "agendacarddelegate.h"
#include "board/droptarget.h"
#include "cadence.h"
#include "dealactions.h"
#include "followupcommands.h"
#include "lookups/lookupmodel.h"
#include "nuisanceguard.h"
#include "prompter.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Ripen {

namespace {

const auto kDaysKey = QStringLiteral("Agenda/days");
const auto kWeekendsKey = QStringLiteral("Agenda/weekends");

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

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

AgendaCardList::AgendaCardList(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // a card lands on the day, not between two cards
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
}

void AgendaCardList::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout(); // uniform sizes are cached: cards follow the column's width
}

void AgendaCardList::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    auto *column = qobject_cast<AgendaColumnModel *>(model());
    if (!column || column->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QString text;
    if (!column->filter().isEmpty())
        text = tr("Nothing here matches the filter.");
    else if (!column->from().isValid())
        text = tr("Nothing overdue.");
    else
        text = tr("Nothing planned.\nDrag a card here.");
    painter.drawText(
        viewport()->rect().adjusted(8, 24, -8, -8), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

AgendaColumn::AgendaColumn(
    AgendaColumnModel *model, const QDate &today, bool folded, AgendaCardDelegate *delegate, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_today(today)
    , m_title(new QLabel(this))
    , m_date(new QLabel(this))
    , m_count(new QLabel(this))
    , m_list(new AgendaCardList(this))
{
    setObjectName(QStringLiteral("agendaColumn"));
    setFrameShape(QFrame::StyledPanel);
    setProperty("folded", folded);
    // A week of eight columns fits beside the sidebar in a 1280-pixel window, in German too.
    setMinimumWidth(folded ? 96 : 124);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 8, 2, 2);
    layout->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(6, 0, 6, 0);
    m_count->setFont(titleFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setContentsMargins(6, 0, 6, 0);
    m_date->setContentsMargins(6, 0, 6, 4);
    m_date->setForegroundRole(QPalette::PlaceholderText);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_count);
    layout->addLayout(titleRow);
    layout->addWidget(m_date);
    layout->addWidget(m_list, 1);
    m_list->setItemDelegate(delegate);
    m_list->setModel(m_model);
    m_title->setBuddy(m_list);
    connect(m_model, &AgendaColumnModel::countChanged, this, &AgendaColumn::updateHeader);
    updateHeader();
}

QString AgendaColumn::headerText() const
{
    return QStringList { m_title->text(), m_date->text(), m_count->text() }.join(QLatin1Char('\n'));
}

void AgendaColumn::updateHeader()
{
    const QLocale locale;
    const QDate from = m_model->from(), to = m_model->to();
    QString title, date;
    if (!from.isValid()) {
        title = tr("Overdue");
        date = tr("before today");
    } else if (!to.isValid()) {
        title = tr("Later");
        date = tr("from %1").arg(locale.toString(from, QStringLiteral("ddd d MMM")));
    } else if (from != to) {
        title = tr("%1–%2", "a folded weekend: Sat–Sun")
                    .arg(locale.toString(from, QStringLiteral("ddd")),
                        locale.toString(to, QStringLiteral("ddd")));
        date = tr("%1–%2", "the days of a folded weekend")
                   .arg(locale.toString(from, QStringLiteral("d")),
                       locale.toString(to, QStringLiteral("d MMM")));
    } else {
        title = from == m_today ? tr("Today") : locale.dayName(from.dayOfWeek());
        date = locale.toString(from, from == m_today ? QStringLiteral("ddd d MMM") : QStringLiteral("d MMM"));
    }
    m_title->setText(title);
    m_date->setText(date);
    m_count->setText(locale.toString(m_model->count()));
    const QString tip = m_model->count() == 1
        ? tr("%1, %2: 1 follow-up").arg(title, date)
        : tr("%1, %2: %n follow-ups", nullptr, int(m_model->count())).arg(title, date);
    for (QLabel *label : { m_title, m_date, m_count })
        label->setToolTip(tip);
    m_list->setAccessibleName(tr("%1, %2").arg(title, date));
    QPalette palette = m_title->palette();
    if (!from.isValid() && m_model->count() > 0)
        palette.setColor(QPalette::WindowText, QColor(0xd6, 0x3a, 0x3a));
    else if (from == m_today && to == m_today)
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x9e, 0x4f));
    else
        palette = QLabel().palette();
    m_title->setPalette(palette);
}

AgendaView::AgendaView(const ViewContext &context, QWidget *parent)
    : WorkspaceView(parent)
    , m_clock(context.clock)
    , m_prompter(context.prompter)
    , m_dealActions(context.dealActions)
    , m_delegate(new AgendaCardDelegate(this))
    , m_filterEdit(new QLineEdit(this))
    , m_ownerCombo(new QComboBox(this))
    , m_channelCombo(new QComboBox(this))
    , m_valueLess(new QCheckBox(tr("Only &value-less"), this))
    , m_layoutButton(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_columnsHost(new QWidget)
    , m_columnsLayout(new QHBoxLayout(m_columnsHost))
    , m_pickDate(new DropTarget(tr("Drop here: pick a date… (Ctrl+Shift+D)"), QColor(0x2a, 0x7a, 0xd6),
          AgendaColumnModel::kMimeType, this))
{
    setObjectName(QStringLiteral("agendaView"));
    const QSettings settings;
    m_days = settings.value(kDaysKey, 7).toInt() == 14 ? 14 : 7;
    m_weekends = settings.value(kWeekendsKey, false).toBool();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_filterEdit->setPlaceholderText(tr("Filter by deal, account or contact (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter follow-ups"));
    m_filterEdit->setMinimumWidth(80);
    bar->addWidget(m_filterEdit, 2);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_ownerCombo);
    bar->addWidget(ownerLabel);
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerCombo->setMinimumContentsLength(8);
    bar->addWidget(m_ownerCombo);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channelCombo);
    bar->addWidget(channelLabel);
    m_channelCombo->addItem(tr("Any"), -1);
    for (int i = 0; i < enumCount<Channel>(); ++i)
        m_channelCombo->addItem(enumLabel(Channel(i)), i);
    m_channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channelCombo->setMinimumContentsLength(8);
    bar->addWidget(m_channelCombo);
    m_valueLess->setToolTip(
        tr("Only the touches that bring nothing yet: give them a value before they go out"));
    bar->addWidget(m_valueLess);
    bar->addStretch(1);
    // How many days and the weekends: a menu, so the filter bar fits a small window.
    auto *layoutMenu = new QMenu(m_layoutButton);
    auto *daysGroup = new QActionGroup(layoutMenu);
    m_sevenDays = layoutMenu->addAction(tr("&7 Days"));
    m_fourteenDays = layoutMenu->addAction(tr("&14 Days"));
    for (QAction *action : { m_sevenDays, m_fourteenDays }) {
        action->setCheckable(true);
        daysGroup->addAction(action);
    }
    (m_days == 14 ? m_fourteenDays : m_sevenDays)->setChecked(true);
    layoutMenu->addSeparator();
    m_weekendsAction = layoutMenu->addAction(tr("Show &Weekends"));
    m_weekendsAction->setCheckable(true);
    m_weekendsAction->setChecked(m_weekends);
    m_weekendsAction->setToolTip(
        tr("Show Saturday and Sunday as days of their own; else they share one narrow column"));
    m_layoutButton->setMenu(layoutMenu);
    m_layoutButton->setPopupMode(QToolButton::InstantPopup);
    m_layoutButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layoutButton->setAccessibleName(tr("Days shown"));
    bar->addWidget(m_layoutButton);
    layout->addLayout(bar);

    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(6);
    m_scroll->setWidget(m_columnsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_pickDate);

    m_markDone = makeAction(this, tr("Mark &Done…"), { QKeySequence(Qt::CTRL | Qt::Key_D) },
        tr("Log the touch this follow-up planned, with the value it carried"));
    m_skip = makeAction(this, tr("&Skip…"), { QKeySequence(Qt::Key_Delete) },
        tr("Cancel the selected follow-ups, saying why (undoable)"));
    m_openTimeline = new QAction(tr("Open &Timeline"), this);
    m_openTimeline->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_openTimeline->setShortcutContext(Qt::WidgetShortcut); // active in the card lists it is added to
    m_openTimeline->setStatusTip(tr("Show every touch of the selected follow-up's deal"));
    m_dayEarlier = makeAction(this, tr("A Day &Earlier"), { QKeySequence(Qt::CTRL | Qt::Key_Left) },
        tr("Move the selected follow-ups one day earlier, not before today"));
    m_dayLater = makeAction(this, tr("A Day &Later"), { QKeySequence(Qt::CTRL | Qt::Key_Right) },
        tr("Move the selected follow-ups one day later"));
    m_weekEarlier
        = makeAction(this, tr("A &Week Earlier"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left) },
            tr("Move the selected follow-ups one week earlier, not before today"));
    m_weekLater
        = makeAction(this, tr("A Wee&k Later"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right) },
            tr("Move the selected follow-ups one week later"));
    m_pickDateAction
        = makeAction(this, tr("Res&chedule To…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) },
            tr("Move the selected follow-ups to a day you pick on a calendar"));
    m_find = makeAction(this, tr("&Find Follow-ups"), { QKeySequence::Find }, tr("Filter the agenda"));

    connect(m_markDone, &QAction::triggered, this, &AgendaView::markDone);
    connect(m_skip, &QAction::triggered, this, &AgendaView::skipSelection);
    connect(m_openTimeline, &QAction::triggered, this, [this] {
        if (const qint64 id = shownDeal())
            emit showDealRequested(id, QStringLiteral("timeline"));
    });
    connect(m_dayEarlier, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(m_dayLater, &QAction::triggered, this, [this] { moveSelection(+1); });
    connect(m_weekEarlier, &QAction::triggered, this, [this] { moveSelection(-7); });
    connect(m_weekLater, &QAction::triggered, this, [this] { moveSelection(+7); });
    connect(m_pickDateAction, &QAction::triggered, this, [this] { pickDate(selectedFollowUps()); });
    connect(m_find, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_pickDate, &DropTarget::idsDropped, this, &AgendaView::pickDate, Qt::QueuedConnection);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(150);
    connect(&m_filterDelay, &QTimer::timeout, this, &AgendaView::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, &AgendaView::applyFilter);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, &AgendaView::applyFilter);
    connect(m_valueLess, &QCheckBox::toggled, this, &AgendaView::applyFilter);
    connect(m_sevenDays, &QAction::triggered, this, [this] { setDays(7); });
    connect(m_fourteenDays, &QAction::triggered, this, [this] { setDays(14); });
    connect(m_weekendsAction, &QAction::toggled, this, &AgendaView::setShowWeekends);
    // Past midnight the days move on: Today becomes yesterday's Overdue.
    m_dayCheck.setInterval(60 * 1000);
    connect(&m_dayCheck, &QTimer::timeout, this, &AgendaView::checkDay);
    m_dayCheck.start();
    updateLayoutButton();
    for (QAction *action :
        { m_markDone, m_skip, m_dayEarlier, m_dayLater, m_weekEarlier, m_weekLater, m_pickDateAction })
        writing(action);
    updateActions();
}

AgendaView::~AgendaView()
{
    qDeleteAll(m_columns); // before the workspace their models read
}

QString AgendaView::title() const
{
    return tr("&Follow-ups");
}

QString AgendaView::statusTip() const
{
    return tr("Your planned touches by day: drag them to reschedule");
}

QIcon AgendaView::icon() const
{
    return QIcon(QStringLiteral(":/ripen/icons/followups.svg"));
}

QList<QAction *> AgendaView::dealMenuActions() const
{
    return { m_openTimeline, m_markDone, m_skip, nullptr, m_dayEarlier, m_dayLater, m_weekEarlier,
        m_weekLater, m_pickDateAction, nullptr, m_find };
}

void AgendaView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    if (m_workspace)
        disconnect(&m_workspace->pipeline(), nullptr, this, nullptr);
    qDeleteAll(m_columns);
    m_columns.clear();
    delete m_owners;
    m_owners = nullptr;
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::closing, this, [this] { setWorkspace(nullptr); });
        connect(m_workspace, &Workspace::damaged, this, &AgendaView::updateActions);
        connect(&m_workspace->pipeline(), &Pipeline::dealChanged, this, &AgendaView::refreshOwners);
        connect(&m_workspace->pipeline(), &Pipeline::bulkChanged, this, &AgendaView::refreshOwners);
    }
    refreshOwners();
    rebuildColumns();
}

void AgendaView::refreshOwners()
{
    // Hidden, it reads them when next shown, not on every change to a deal.
    m_ownersStale = !isVisible();
    if (m_ownersStale)
        return;
    if (!m_owners && m_workspace)
        m_owners = new OwnerListModel(m_workspace->pipeline(), this);
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

void AgendaView::setDays(int days)
{
    days = days == 14 ? 14 : 7;
    if (days == m_days)
        return;
    m_days = days;
    QSettings().setValue(kDaysKey, m_days);
    (m_days == 14 ? m_fourteenDays : m_sevenDays)->setChecked(true);
    updateLayoutButton();
    rebuildColumns();
}

void AgendaView::setShowWeekends(bool shown)
{
    if (shown == m_weekends)
        return;
    m_weekends = shown;
    QSettings().setValue(kWeekendsKey, m_weekends);
    const QSignalBlocker blocker(m_weekendsAction);
    m_weekendsAction->setChecked(m_weekends);
    updateLayoutButton();
    rebuildColumns();
}

void AgendaView::updateLayoutButton()
{
    m_layoutButton->setText(m_weekends ? (m_days == 14 ? tr("14 days, weekends") : tr("7 days, weekends"))
                                       : (m_days == 14 ? tr("14 days") : tr("7 days")));
}

void AgendaView::checkDay()
{
    if (m_workspace && m_clock.today() != m_builtFor)
        rebuildColumns();
}

void AgendaView::showEvent(QShowEvent *event)
{
    if (m_ownersStale)
        refreshOwners();
    if (m_columnsStale)
        rebuildColumns();
    QWidget::showEvent(event);
}

void AgendaView::rebuildColumns()
{
    const QList<qint64> selected = selectedFollowUps();
    qDeleteAll(m_columns);
    m_columns.clear();
    const QDate today = m_clock.today();
    m_builtFor = today;
    m_delegate->setToday(today);
    // A hidden agenda (the window opens on another view) builds its columns when it is first shown:
    // eight columns' models and widgets are not what a start on the board should wait for. Until then
    // the badge counts in SQL.
    m_columnsStale = !isVisible();
    if (m_columnsStale) {
        updateActions();
        emit badgeChanged();
        return;
    }
    if (m_workspace) {
        Pipeline &pipeline = m_workspace->pipeline();
        struct Range
        {
            QDate from, to;
            bool folded = false;
        };
        QList<Range> ranges { { QDate(), today.addDays(-1) } };
        QDate end = today.addDays(m_days - 1);
        // A folded weekend cut in two at the end of the range (a Saturday without its Sunday) belongs
        // to Later: a narrow column for one day nobody plans calls on would push Later out of a
        // 1280-pixel window.
        if (!m_weekends && end > today && end.dayOfWeek() == Qt::Saturday)
            end = end.addDays(-1);
        for (QDate day = today; day <= end; day = day.addDays(1)) {
            if (!m_weekends && isWeekend(day) && day != today) {
                // Saturday and Sunday share one narrow column (Sunday alone after a Saturday today);
                // today is always a column of its own.
                QDate last = day;
                while (last < end && isWeekend(last.addDays(1)))
                    last = last.addDays(1);
                ranges.append({ day, last, true });
                day = last;
            } else {
                ranges.append({ day, day });
            }
        }
        ranges.append({ end.addDays(1), QDate() });
        for (const auto &[from, to, folded] : ranges) {
            auto *model = new AgendaColumnModel(pipeline, from, to);
            model->setFilter(m_filter);
            auto *column = new AgendaColumn(model, today, folded, m_delegate, m_columnsHost);
            model->setParent(column);
            // Queued: the reschedule runs after the drop event has finished with the view's indexes.
            connect(model, &AgendaColumnModel::rescheduleRequested, this, &AgendaView::reschedule,
                Qt::QueuedConnection);
            connect(model, &AgendaColumnModel::pickDateRequested, this, &AgendaView::pickDate,
                Qt::QueuedConnection);
            connect(model, &AgendaColumnModel::countChanged, this, [this, from = from] {
                if (!from.isValid() || from == m_builtFor)
                    emit badgeChanged();
            });
            AgendaCardList *list = column->list();
            list->installEventFilter(this);
            list->addAction(m_openTimeline);
            list->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(list, &QWidget::customContextMenuRequested, this, [this, list](QPoint at) {
                // A right click on a card outside the selection selects it first, as file managers do.
                const QModelIndex index = list->indexAt(at);
                if (index.isValid() && !list->selectionModel()->isSelected(index)) {
                    list->setCurrentIndex(index);
                    list->setFocus();
                }
                if (selectedFollowUps().isEmpty())
                    return;
                auto *menu = new QMenu(list);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->addActions({ m_openTimeline, m_markDone, m_skip });
                menu->addSeparator();
                menu->addActions({ m_dayEarlier, m_dayLater, m_weekEarlier, m_weekLater, m_pickDateAction });
                menu->popup(list->viewport()->mapToGlobal(at));
            });
            connect(list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
                emit showDealRequested(
                    index.data(AgendaColumnModel::DealIdRole).toLongLong(), QStringLiteral("timeline"));
            });
            connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &AgendaView::updateActions);
            // A folded weekend takes a third of a day's share of the room.
            m_columnsLayout->addWidget(column, folded ? 1 : 3);
            m_columns << column;
        }
    }
    if (!selected.isEmpty())
        selectFollowUps(selected);
    updateActions();
    emit badgeChanged();
}

void AgendaView::applyFilter()
{
    m_filterDelay.stop();
    const int channel = m_channelCombo->currentData().toInt();
    m_filter = AgendaFilter { m_ownerCombo->currentData().toString(),
        channel >= 0 ? std::optional<Channel>(Channel(channel)) : std::nullopt, m_filterEdit->text(),
        m_valueLess->isChecked() };
    for (AgendaColumn *column : std::as_const(m_columns))
        column->model()->setFilter(m_filter);
    updateActions();
}

qint64 AgendaView::dueCount() const
{
    // With a filter the columns count what matches; the badge counts every due follow-up.
    if (!m_workspace)
        return 0;
    if (m_filter.isEmpty() && m_columns.size() >= 2)
        return m_columns.at(0)->model()->count() + m_columns.at(1)->model()->count();
    return m_workspace->pipeline().openFollowUpsDueBy(m_clock.today());
}

QString AgendaView::badge() const
{
    const qint64 due = dueCount();
    return due > 0 ? QLocale().toString(due) : QString();
}

AgendaColumn *AgendaView::columnOf(const QDate &day) const
{
    for (AgendaColumn *column : m_columns) {
        const QDate from = column->model()->from(), to = column->model()->to();
        if ((!from.isValid() || from <= day) && (!to.isValid() || day <= to))
            return column;
    }
    return nullptr;
}

int AgendaView::columnIndexOf(QObject *object) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->list() == object)
            return i;
    }
    return -1;
}

AgendaColumn *AgendaView::focusedColumn() const
{
    // The list with focus, else the one that has a selection.
    if (const int focused = columnIndexOf(focusWidget()); focused >= 0)
        return m_columns.at(focused);
    for (AgendaColumn *column : m_columns) {
        if (column->list()->selectionModel()->hasSelection())
            return column;
    }
    return nullptr;
}

QList<qint64> AgendaView::selectedFollowUps() const
{
    QList<qint64> ids;
    AgendaColumn *column = focusedColumn();
    if (!column)
        return ids;
    QModelIndexList rows = column->list()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(AgendaColumnModel::FollowUpIdRole).toLongLong();
    return ids;
}

bool AgendaView::selectFollowUps(const QList<qint64> &followUpIds)
{
    for (AgendaColumn *column : std::as_const(m_columns)) {
        AgendaColumnModel *model = column->model();
        QItemSelection selection;
        QModelIndex first;
        for (qint64 id : followUpIds) {
            const int row = model->rowOfFollowUp(id);
            if (row < 0)
                continue;
            selection.select(model->index(row), model->index(row));
            if (!first.isValid())
                first = model->index(row);
        }
        if (!first.isValid())
            continue;
        for (AgendaColumn *other : std::as_const(m_columns)) {
            if (other != column)
                other->list()->selectionModel()->clear();
        }
        column->list()->setFocus();
        column->list()->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        column->list()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        column->list()->scrollTo(first);
        m_scroll->ensureWidgetVisible(column);
        updateActions();
        return true;
    }
    return false;
}

void AgendaView::showDeal(qint64 dealId)
{
    if (!m_workspace || !dealId)
        return;
    // The deal's next open follow-up, wherever it is on the agenda.
    if (const auto next = m_workspace->pipeline().nextFollowUp(dealId))
        selectFollowUps({ next->id });
}

qint64 AgendaView::shownDeal() const
{
    AgendaColumn *column = focusedColumn();
    if (!column)
        return 0;
    const QModelIndex current = column->list()->currentIndex();
    if (current.isValid() && column->list()->selectionModel()->isSelected(current))
        return current.data(AgendaColumnModel::DealIdRole).toLongLong();
    const QModelIndexList rows = column->list()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(AgendaColumnModel::DealIdRole).toLongLong();
}

void AgendaView::updateActions()
{
    const bool any = m_workspace && !selectedFollowUps().isEmpty();
    const bool writable = Workspace::isWritable(m_workspace);
    for (QAction *action : { m_skip, m_dayEarlier, m_dayLater, m_weekEarlier, m_weekLater, m_pickDateAction })
        action->setEnabled(any && writable);
    m_openTimeline->setEnabled(any);
    // Done logs one touch: one card at a time.
    m_markDone->setEnabled(any && writable && selectedFollowUps().size() == 1);
    // A file shown read-only: follow-ups are not dragged to another day.
    for (AgendaColumn *column : std::as_const(m_columns)) {
        column->list()->setDragEnabled(writable);
        column->list()->setAcceptDrops(writable);
    }
    m_pickDate->setEnabled(writable);
}

bool AgendaView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int index = columnIndexOf(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (index >= 0 && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            const int row = m_columns.at(index)->list()->currentIndex().row();
            const int target = index + (key->key() == Qt::Key_Left ? -1 : 1);
            if (target >= 0 && target < m_columns.size()) {
                AgendaCardList *list = m_columns.at(target)->list();
                for (AgendaColumn *other : std::as_const(m_columns))
                    other->list()->selectionModel()->clear();
                if (const int rows = list->model()->rowCount(); rows > 0)
                    list->setCurrentIndex(list->model()->index(qBound(0, row, rows - 1), 0));
                list->setFocus(Qt::TabFocusReason);
                m_scroll->ensureWidgetVisible(m_columns.at(target));
                updateActions();
            }
            return true;
        }
    }
    return WorkspaceView::eventFilter(watched, event);
}

QDate AgendaView::stepDays(const QDate &from, int days) const
{
    // Weeks are calendar weeks; single days step over a folded weekend.
    const QDate today = m_clock.today();
    QDate day = std::max(from, today);
    if (std::abs(days) >= 7 || m_weekends) {
        day = day.addDays(days);
    } else {
        const int step = days > 0 ? 1 : -1;
        for (int left = std::abs(days); left > 0;) {
            day = day.addDays(step);
            if (!isWeekend(day))
                --left;
        }
    }
    if (day < today)
        day = today;
    return day;
}

void AgendaView::moveSelection(int days)
{
    if (!m_workspace)
        return;
    const QList<qint64> ids = selectedFollowUps();
    if (ids.isEmpty())
        return;
    Plan plan;
    QDate common;
    bool same = true;
    for (qint64 id : ids) {
        const auto followUp = m_workspace->pipeline().followUp(id);
        if (!followUp)
            continue;
        const QDate to = stepDays(followUp->dueOn, days);
        if (to == followUp->dueOn)
            continue;
        if (common.isValid() && common != to)
            same = false;
        common = to;
        plan.moves << FollowUpMove { id, to };
    }
    if (plan.moves.isEmpty())
        return;
    run(plan, same ? FollowUpCommands::dayName(common) : QString());
}

void AgendaView::reschedule(const QList<qint64> &followUpIds, const QDate &to)
{
    if (!m_workspace || followUpIds.isEmpty() || !to.isValid())
        return;
    if (to < m_clock.today()) {
        m_prompter.error(this, tr("Could not reschedule"),
            tr("A follow-up cannot be planned in the past (%1).").arg(FollowUpCommands::dayName(to)));
        return;
    }
    Plan plan;
    for (qint64 id : followUpIds)
        plan.moves << FollowUpMove { id, to };
    run(plan, FollowUpCommands::dayName(to));
}

void AgendaView::pickDate(const QList<qint64> &followUpIds)
{
    if (!m_workspace || followUpIds.isEmpty())
        return;
    const auto first = m_workspace->pipeline().followUp(followUpIds.first());
    const QDate today = m_clock.today();
    const QDate initial = first ? std::max(first->dueOn, today) : today;
    const QDate day = m_prompter.askDate(this, tr("Reschedule To"), initial, today);
    if (day.isValid())
        reschedule(followUpIds, day);
}

QList<FollowUpMove> AgendaView::cadenceSteps(const QList<FollowUpMove> &moves) const
{
    Pipeline &pipeline = m_workspace->pipeline();
    QList<qint64> moved;
    for (const FollowUpMove &move : moves)
        moved << move.followUpId;
    QList<qint64> seriesDone;
    QList<FollowUpMove> steps;
    for (const FollowUpMove &move : moves) {
        const auto followUp = pipeline.followUp(move.followUpId);
        if (!followUp || !followUp->seriesId || seriesDone.contains(followUp->seriesId))
            continue;
        seriesDone << followUp->seriesId; // the first moved step of a series leads it
        QList<Rules::CadenceStep> later;
        for (const FollowUp &step : pipeline.openSeriesSteps(followUp->seriesId)) {
            if (!moved.contains(step.id))
                later << Rules::CadenceStep { step.id, step.dueOn };
        }
        for (const Rules::StepMove &shift : Rules::shiftCadence(
                 later, followUp->dueOn, move.dueOn, followUp->seriesUntil, m_clock.today(), m_weekends))
            steps << FollowUpMove { shift.id, shift.to };
    }
    return steps;
}

QStringList AgendaView::spacingWarnings(const QList<FollowUpMove> &moves) const
{
    Pipeline &pipeline = m_workspace->pipeline();
    const int gap = pipeline.minContactGapDays();
    QStringList warnings;
    if (gap <= 0 || moves.isEmpty())
        return warnings;
    // Only touches within the gap of a new day can be too close: read that window, not whole accounts.
    QDate first = moves.first().dueOn, last = first;
    for (const FollowUpMove &move : moves) {
        first = std::min(first, move.dueOn);
        last = std::max(last, move.dueOn);
    }
    first = first.addDays(-gap);
    last = last.addDays(gap);
    // The moved ones on their new days, for each other.
    struct Moved
    {
        qint64 id;
        qint64 contactId;
        QDate to;
        QString title;
    };
    QList<Moved> moved;
    QList<qint64> contacts;
    QList<Rules::PlannedTouch> planned;
    for (const FollowUpMove &move : moves) {
        const auto followUp = pipeline.followUp(move.followUpId);
        const auto deal = followUp ? pipeline.deal(followUp->dealId) : std::nullopt;
        if (!deal)
            continue;
        const qint64 contactId = followUp->contactId ? followUp->contactId : deal->contactId;
        moved << Moved { move.followUpId, contactId, move.dueOn, deal->title };
        planned << Rules::PlannedTouch { move.followUpId, contactId, move.dueOn };
        if (contactId && !contacts.contains(contactId))
            contacts << contactId;
    }
    if (contacts.isEmpty())
        return warnings;
    for (const Rules::PlannedTouch &touch : pipeline.plannedTouchesBetween(first, last, contacts)) {
        if (std::none_of(moves.begin(), moves.end(),
                [&touch](const FollowUpMove &move) { return move.followUpId == touch.id; }))
            planned << touch;
    }
    QHash<qint64, QList<Touch>> history;
    for (const Moved &one : std::as_const(moved)) {
        if (!one.contactId)
            continue;
        if (!history.contains(one.contactId))
            history.insert(one.contactId, pipeline.touchesOfContactBetween(one.contactId, first, last));
        if (const auto warning = Rules::plannedSpacingWarning(
                one.id, one.contactId, one.to, planned, history.value(one.contactId), gap))
            warnings << tr("“%1”: %2").arg(one.title, *warning);
    }
    return warnings;
}

void AgendaView::run(const Plan &request, const QString &dayName)
{
    Plan plan = request;
    Pipeline &pipeline = m_workspace->pipeline();
    const QList<FollowUpMove> steps = cadenceSteps(plan.moves);
    if (!steps.isEmpty()) {
        QStringList lines;
        for (const FollowUpMove &step : steps) {
            const auto followUp = pipeline.followUp(step.followUpId);
            const auto deal = followUp ? pipeline.deal(followUp->dealId) : std::nullopt;
            if (followUp && deal)
                lines << tr("“%1”: %2 → %3")
                             .arg(deal->title, FollowUpCommands::dayName(followUp->dueOn),
                                 FollowUpCommands::dayName(step.dueOn));
        }
        if (m_prompter.confirm(this, tr("Move the Cadence Along?"),
                tr("The follow-up belongs to a cadence. Move its later steps along too, keeping their "
                   "spacing "
                   "and none on or after its come-back date?\n\n%1")
                    .arg(lines.join(QLatin1Char('\n'))),
                tr("Move Them Too"), tr("Only This One")))
            plan.steps = steps;
    }
    const QStringList warnings = spacingWarnings(plan.moves + plan.steps);
    if (!warnings.isEmpty()
        && !m_prompter.confirm(this, tr("Too Close to Another Touch"),
            tr("%1\n\nReschedule anyway?").arg(warnings.join(QLatin1Char('\n'))), tr("Reschedule Anyway"),
            tr("Cancel")))
        return;
    // Moves to one day are named for it; moves by a number of days from different days are not.
    QList<qint64> ids;
    for (const FollowUpMove &move : std::as_const(plan.moves))
        ids << move.followUpId;
    Result<void> done;
    if (!dayName.isEmpty())
        done = FollowUpCommands::reschedule(*m_workspace, ids, plan.moves.first().dueOn, plan.steps);
    else
        done = FollowUpCommands::rescheduleEach(*m_workspace, plan.moves, plan.steps);
    if (!done) {
        m_prompter.error(this, tr("Could not reschedule"), done.error());
        return;
    }
    selectFollowUps(ids);
}

void AgendaView::markDone()
{
    const QList<qint64> ids = selectedFollowUps();
    if (ids.size() != 1 || !m_workspace)
        return;
    if (const auto followUp = m_workspace->pipeline().followUp(ids.first()))
        m_dealActions.logTouch(this, followUp->dealId, followUp->id);
}

void AgendaView::skipSelection()
{
    const QList<qint64> ids = selectedFollowUps();
    if (ids.isEmpty() || !m_workspace)
        return;
    const auto reason = m_prompter.askText(this, tr("Skip Follow-ups"),
        ids.size() == 1 ? tr("Why is this follow-up skipped?")
                        : tr("Why are these %n follow-ups skipped?", nullptr, int(ids.size())),
        { tr("No longer needed"), tr("They asked us to wait"), tr("Covered by another touch"),
            tr("Contact has left the company") });
    if (!reason)
        return;
    if (auto skipped = FollowUpCommands::skip(*m_workspace, ids, *reason); !skipped)
        m_prompter.error(this, tr("Could not skip"), skipped.error());
}

} // namespace Ripen
