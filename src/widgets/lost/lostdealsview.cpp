// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostdealsview.h"

#include "clock.h"
#include "lookups/lookupmodel.h"
#include "lost/lostcommands.h"
#include "lost/lostdealsmodel.h"
#include "lostreviewpanel.h"
#include "pipeline.h"
#include "prompter.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Ripen {

namespace {

// The next working day after today: where a planned touch goes by default.
QDate nextWorkingDay(const QDate &today)
{
    QDate day = today.addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

// Enter opens the deal's timeline; everything else is the table's.
class LostTable final : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

LostDealsView::LostDealsView(const ViewContext &context, QWidget *parent)
    : WorkspaceView(parent)
    , m_context(context)
{
    askValueTouch = [this](qint64 dealId, bool withStage) { return askWithDialog(dealId, withStage); };

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("lostTabs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    auto *list = new QWidget(m_tabs);
    auto *listLayout = new QVBoxLayout(list);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("lostSearch"));
    m_search->setPlaceholderText(tr("Search deals and accounts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search lost deals"));
    m_reason = new QComboBox(list);
    m_reason->setAccessibleName(tr("Reason"));
    m_strategy = new QComboBox(list);
    m_strategy->setAccessibleName(tr("Strategy"));
    m_strategy->addItem(tr("Any strategy"), -1);
    for (int i = 0; i < enumCount<NoMeaning>(); ++i)
        m_strategy->addItem(strategyFor(enumAt<NoMeaning>(i)), i);
    m_state = new QComboBox(list);
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Any state"), -1);
    m_state->addItem(LostDealsModel::stateText(LostState::RipeNow, 0), int(LostState::RipeNow));
    m_state->addItem(tr("Ripe later"), int(LostState::RipeLater));
    m_state->addItem(LostDealsModel::stateText(LostState::Pursued, 0), int(LostState::Pursued));
    m_state->addItem(LostDealsModel::stateText(LostState::Reengaged, 0), int(LostState::Reengaged));
    m_state->addItem(LostDealsModel::stateText(LostState::WonBack, 0), int(LostState::WonBack));
    m_owner = new QComboBox(list);
    m_owner->setAccessibleName(tr("Owner"));
    m_months = new QSpinBox(list);
    m_months->setRange(1, LostReview::kMaxMonths);
    m_months->setValue(LostReview::kDefaultMonths);
    m_months->setSuffix(tr(" months"));
    // Long reason and strategy names must not widen the window: the combos elide them.
    for (QComboBox *combo : { m_reason, m_strategy, m_state, m_owner }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    auto *monthsLabel = new QLabel(tr("Lost in the last"), list);
    monthsLabel->setBuddy(m_months);
    auto *searchLabel = new QLabel(tr("Fi&nd:"), list);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(monthsLabel);
    filters->addWidget(m_months);
    listLayout->addLayout(filters);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_reason, 1);
    choices->addWidget(m_strategy, 1);
    choices->addWidget(m_state, 1);
    choices->addWidget(m_owner, 1);
    listLayout->addLayout(choices);

    auto *table = new LostTable(list);
    m_table = table;
    m_table->setObjectName(QStringLiteral("lostTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_table->setAccessibleName(tr("Lost deals to re-engage"));
    listLayout->addWidget(m_table, 1);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(LostDealsModel::SortRole);
    m_proxy->setFilterRole(LostDealsModel::StateRole);
    m_proxy->setFilterKeyColumn(0);

    const auto makeAction = [this](const QString &text, const QString &tip, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setStatusTip(tip);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_reengage = makeAction(tr("&Re-engage…"),
        tr("Reopen the deal into a stage of your choice and plan its first value touch"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_planTouch = makeAction(tr("&Plan Value Touch…"), tr("Plan a value touch; the deal stays lost for now"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_snooze = makeAction(tr("Snoo&ze…"), tr("Come back to the deal on another day"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_firstMove = makeAction(tr("F&irst Move"),
        tr("Plan one value touch for every ripe deal nobody has touched since the “no”, spread over the next "
           "working days"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_openTimeline = makeAction(tr("Open &Timeline"), tr("Show the deal's timeline"), QKeySequence());
    m_find = makeAction(tr("&Find Lost Deals"), tr("Search the lost deals"), QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_reengage, &QAction::triggered, this, &LostDealsView::reengageSelected);
    connect(m_planTouch, &QAction::triggered, this, &LostDealsView::planTouchForSelected);
    connect(m_snooze, &QAction::triggered, this, &LostDealsView::snoozeSelected);
    connect(m_firstMove, &QAction::triggered, this, &LostDealsView::firstMove);
    for (QAction *action : { m_reengage, m_planTouch, m_snooze, m_firstMove })
        writing(action);
    const auto openTimeline = [this] {
        if (const qint64 id = shownDeal())
            emit showDealRequested(id, QStringLiteral("timeline"));
    };
    connect(m_openTimeline, &QAction::triggered, this, openTimeline);
    table->onEnter = openTimeline;
    connect(m_table, &QAbstractItemView::doubleClicked, this, openTimeline);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_reengage, m_planTouch, m_snooze }) {
        auto *button = new QPushButton(action->text(), list);
        button->setToolTip(action->statusTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(
            action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_firstMoveButton = new QPushButton(m_firstMove->text(), list);
    m_firstMoveButton->setToolTip(m_firstMove->statusTip());
    connect(m_firstMoveButton, &QPushButton::clicked, m_firstMove, &QAction::trigger);
    connect(m_firstMove, &QAction::changed, m_firstMoveButton, [this] {
        m_firstMoveButton->setEnabled(m_firstMove->isEnabled());
        m_firstMoveButton->setText(m_firstMove->text());
    });
    buttons->addWidget(m_firstMoveButton);
    listLayout->addLayout(buttons);
    m_tabs->addTab(list, tr("To Re-en&gage"));

    // The review reads like a report: in a narrow window it scrolls rather than widen the window. Its
    // charts are built when the tab is first opened, so a start on another view does not pay for them.
    m_reviewScroll = new QScrollArea(m_tabs);
    m_reviewScroll->setWidgetResizable(true);
    m_reviewScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_reviewScroll, tr("Monthly Revie&w"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_reviewScroll)
            review();
    });

    connect(m_search, &QLineEdit::textChanged, this, &LostDealsView::applyFilter);
    for (QComboBox *combo : { m_reason, m_strategy, m_state, m_owner })
        connect(combo, &QComboBox::currentIndexChanged, this, &LostDealsView::applyFilter);
    connect(m_months, &QSpinBox::valueChanged, this, &LostDealsView::applyFilter);
    setFocusProxy(m_table);
    setWorkspace(nullptr);
}

LostDealsView::~LostDealsView() = default;

QString LostDealsView::title() const
{
    return tr("&Lost Deals");
}

QString LostDealsView::statusTip() const
{
    return tr("Deals lost in the last twelve months and which are ripe again");
}

QIcon LostDealsView::icon() const
{
    return QIcon(QStringLiteral(":/ripen/icons/lostdeals.svg"));
}

void LostDealsView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    if (m_workspace)
        disconnect(&m_workspace->pipeline(), nullptr, this, nullptr);
    // (Resetting a table that never had a model costs a pass over its header: skipped.)
    if (m_model) {
        m_table->setModel(nullptr);
        m_proxy->setSourceModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    delete m_owners;
    m_owners = nullptr;
    m_workspace = workspace;
    if (m_review)
        m_review->setWorkspace(workspace);
    if (m_workspace) {
        connect(m_workspace, &Workspace::closing, this, [this] { setWorkspace(nullptr); });
        connect(m_workspace, &Workspace::damaged, this, &LostDealsView::updateActions);
        // The choices are read with the list (an owner list is a pass over every deal's owner).
        connect(&m_workspace->pipeline(), &Pipeline::lostReasonsChanged, this, [this] {
            if (m_model)
                refreshChoices();
        });
    } else {
        refreshChoices();
    }
    if (isVisible())
        loadList();
    updateActions();
    emit badgeChanged();
}

LostReviewPanel *LostDealsView::review()
{
    if (!m_review) {
        m_review = new LostReviewPanel(m_context.clock, m_context.prompter, m_reviewScroll);
        m_reviewScroll->setWidget(m_review);
        m_review->setWorkspace(m_workspace);
    }
    return m_review;
}

void LostDealsView::showEvent(QShowEvent *event)
{
    WorkspaceView::showEvent(event);
    loadList();
}

void LostDealsView::loadList()
{
    if (!m_workspace || m_model)
        return;
    refreshChoices();
    m_model = new LostDealsModel(m_workspace->pipeline(), m_context.clock, this);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's order: ripe first
    connect(m_model, &LostDealsModel::countsChanged, this, [this] {
        updateActions();
        emit badgeChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &LostDealsView::updateActions);
    const int x = QFontMetrics(font()).horizontalAdvance(QLatin1Char('x'));
    m_table->setColumnWidth(LostDealsModel::DealColumn, x * 28);
    m_table->setColumnWidth(LostDealsModel::StateColumn, x * 16);
    m_table->setColumnWidth(LostDealsModel::AccountColumn, x * 20);
    m_table->setColumnWidth(LostDealsModel::CommitmentColumn, x * 20);
    m_table->setColumnWidth(LostDealsModel::StrategyColumn, x * 24);
    // Never narrower than its title: a clipped header ("ommitment that faile") reads as a glitch.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < LostDealsModel::ColumnCount; ++column)
        header->resizeSection(column, std::max(header->sectionSize(column), header->sectionSizeHint(column)));
    applyFilter();
    updateActions();
    emit badgeChanged();
}

void LostDealsView::refreshChoices()
{
    const QSignalBlocker reasonBlocker(m_reason);
    const QSignalBlocker ownerBlocker(m_owner);
    const qint64 reason = m_reason->currentData().toLongLong();
    const QString owner = m_owner->currentData().toString();
    m_reason->clear();
    m_reason->addItem(tr("Any reason"), qint64(0));
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    if (m_workspace) {
        for (const LostReason &r : m_workspace->pipeline().lostReasons())
            m_reason->addItem(r.label, r.id);
        if (!m_owners)
            m_owners = new OwnerListModel(m_workspace->pipeline(), this);
        m_owners->refresh();
        for (int row = 0; row < m_owners->rowCount(); ++row) {
            const QString name = m_owners->index(row, 0).data().toString();
            m_owner->addItem(name, name);
        }
    }
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(reason)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
}

void LostDealsView::applyFilter()
{
    const int state = m_state->currentData().toInt();
    m_proxy->setFilterFixedString(state < 0 ? QString() : QString::number(state));
    if (!m_model)
        return;
    LostFilter filter;
    filter.months = m_months->value();
    filter.reasonId = m_reason->currentData().toLongLong();
    if (const int strategy = m_strategy->currentData().toInt(); strategy >= 0)
        filter.strategy = enumAt<NoMeaning>(strategy);
    filter.owner = m_owner->currentData().toString();
    filter.text = m_search->text();
    m_model->setFilter(filter);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
}

QList<qint64> LostDealsView::shownDeals() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(LostDealsModel::DealIdRole).toLongLong();
    return ids;
}

void LostDealsView::showDeal(qint64 dealId)
{
    loadList();
    if (!m_model)
        return;
    m_tabs->setCurrentIndex(0);
    const int row = m_model->rowOfDeal(dealId);
    if (row < 0)
        return;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (shown.isValid()) {
        m_table->setCurrentIndex(shown);
        m_table->scrollTo(shown);
    }
}

qint64 LostDealsView::shownDeal() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(LostDealsModel::DealIdRole).toLongLong() : 0;
}

QList<QAction *> LostDealsView::dealMenuActions() const
{
    return { m_reengage, m_planTouch, m_snooze, nullptr, m_firstMove, nullptr, m_openTimeline, m_find };
}

QString LostDealsView::badge() const
{
    const int ripe = m_model ? m_model->count(LostState::RipeNow) : 0;
    return ripe > 0 ? QString::number(ripe) : QString();
}

void LostDealsView::prepareScreenshot()
{
    m_tabs->setCurrentIndex(m_tabs->count() - 1); // the monthly review
}

void LostDealsView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const auto state = current.isValid()
        ? std::optional(LostState(current.data(LostDealsModel::StateRole).toInt()))
        : std::nullopt;
    const bool writable = Workspace::isWritable(m_workspace);
    const bool stillLost = state && *state <= LostState::Pursued;
    m_reengage->setEnabled(writable && stillLost);
    m_planTouch->setEnabled(writable && stillLost);
    m_snooze->setEnabled(writable && stillLost);
    m_openTimeline->setEnabled(current.isValid());
    const int ripe = m_model ? m_model->count(LostState::RipeNow) : 0;
    m_firstMove->setEnabled(writable && ripe > 0);
    m_firstMove->setText(ripe > 0 ? tr("F&irst Move (%1)").arg(ripe) : tr("F&irst Move"));
}

void LostDealsView::reengageSelected()
{
    const qint64 dealId = shownDeal();
    if (!m_workspace || !dealId)
        return;
    const auto answer = askValueTouch(dealId, true);
    if (!answer)
        return;
    if (const auto done = LostCommands::reengage(*m_workspace, dealId, answer->stageId, answer->touch); !done)
        m_context.prompter.error(this, tr("Re-engage"), done.error());
}

void LostDealsView::planTouchForSelected()
{
    const qint64 dealId = shownDeal();
    if (!m_workspace || !dealId)
        return;
    const auto answer = askValueTouch(dealId, false);
    if (!answer)
        return;
    FollowUp touch = answer->touch;
    touch.dealId = dealId;
    if (const auto done = LostCommands::planValueTouch(*m_workspace, touch); !done)
        m_context.prompter.error(this, tr("Plan Value Touch"), done.error());
}

void LostDealsView::snoozeSelected()
{
    const qint64 dealId = shownDeal();
    if (!m_workspace || !dealId)
        return;
    const QDate today = m_context.clock.today();
    const auto deal = m_workspace->pipeline().deal(dealId);
    const QDate initial = std::max(today, deal ? deal->lost.reengageOn : today).addMonths(1);
    const QDate day = m_context.prompter.askDate(this, tr("Snooze Until"), initial, today);
    if (!day.isValid())
        return;
    if (const auto done = LostCommands::snooze(*m_workspace, dealId, day); !done)
        m_context.prompter.error(this, tr("Snooze"), done.error());
}

void LostDealsView::firstMove()
{
    if (!m_workspace || !m_model)
        return;
    const QList<qint64> ripe = m_model->ripeUntouched();
    if (ripe.isEmpty()) {
        m_context.prompter.error(
            this, tr("First Move"), tr("No ripe lost deal is waiting for a first move."));
        return;
    }
    const QDate from = nextWorkingDay(m_context.clock.today());
    if (!m_context.prompter.confirm(this, tr("First Move"),
            tr("Plan a value touch (an email bringing an insight) for each of the %1 ripe deals nobody has "
               "touched since the “no”, spread over the %2 working days from %3? You can change each one in "
               "the agenda, and undo the whole step.")
                .arg(ripe.size())
                .arg(LostCommands::kFirstMoveDays)
                .arg(QLocale().toString(from, QLocale::ShortFormat)),
            tr("Plan %1 Touches").arg(ripe.size()), tr("Cancel")))
        return;
    if (const auto done = LostCommands::firstMove(*m_workspace, ripe, from); !done)
        m_context.prompter.error(this, tr("First Move"), done.error());
}

std::optional<ValueTouchAnswer> LostDealsView::askWithDialog(qint64 dealId, bool withStage)
{
    if (!m_workspace)
        return std::nullopt;
    const auto deal = m_workspace->pipeline().deal(dealId);
    if (!deal)
        return std::nullopt;
    QDialog dialog(this);
    dialog.setWindowTitle(withStage ? tr("Re-engage “%1”").arg(deal->title)
                                    : tr("Plan a Value Touch for “%1”").arg(deal->title));
    auto *form = new QFormLayout(&dialog);
    auto *stage = new QComboBox(&dialog);
    if (withStage) {
        for (const Stage &s : m_workspace->pipeline().stages()) {
            if (s.kind == StageKind::Open)
                stage->addItem(s.name, s.id);
        }
        form->addRow(tr("Into &stage:"), stage);
    } else {
        stage->hide();
    }
    const QDate today = m_context.clock.today();
    auto *due = new QDateEdit(nextWorkingDay(today), &dialog);
    due->setCalendarPopup(true);
    due->setMinimumDate(today);
    form->addRow(tr("&Due on:"), due);
    auto *channel = new QComboBox(&dialog);
    for (int i = 0; i < enumCount<Channel>(); ++i)
        channel->addItem(enumLabel(enumAt<Channel>(i)), i);
    channel->setCurrentIndex(int(Channel::Email));
    form->addRow(tr("&Channel:"), channel);
    auto *kind = new QComboBox(&dialog);
    for (int i = 1; i < enumCount<ValueKind>(); ++i)
        kind->addItem(enumLabel(enumAt<ValueKind>(i)), i);
    form->addRow(tr("&Value it brings:"), kind);
    auto *value = new QLineEdit(&dialog);
    value->setPlaceholderText(tr("What will they get from it?"));
    form->addRow(tr("&What:"), value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(withStage ? tr("Re-engage") : tr("Plan"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ValueTouchAnswer answer;
    answer.stageId = withStage ? stage->currentData().toLongLong() : 0;
    answer.touch = LostCommands::firstMoveTouch(dealId, due->date());
    answer.touch.channel = enumAt<Channel>(channel->currentData().toInt());
    answer.touch.plannedValueKind = enumAt<ValueKind>(kind->currentData().toInt());
    answer.touch.plannedValue = value->text().trimmed();
    return answer;
}

} // namespace Ripen
