// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "clock.h"
#include "dealactions.h"
#include "lookups/lookupmodel.h"
#include "money.h"
#include "persistencemeters.h"
#include "timeline/timelinemodel.h"
#include "timelinedelegate.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ripen {

namespace {

const QColor kWarning(0xc2, 0x6a, 0x00);

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TimelineView::TimelineView(const ViewContext &context, QWidget *parent)
    : WorkspaceView(parent)
    , m_context(context)
    , m_delegate(new TimelineDelegate(this))
{
    auto *layout = new QVBoxLayout(this);
    buildHeader(layout);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *main = new QWidget(splitter);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);

    m_filterRow = new QWidget(main);
    auto *filters = new QHBoxLayout(m_filterRow);
    filters->setContentsMargins(0, 0, 0, 0);
    m_showCombo = new QComboBox(m_filterRow);
    m_showCombo->setObjectName(QStringLiteral("showCombo"));
    m_showCombo->addItem(tr("Everything"), int(TimelineShow::Everything));
    m_showCombo->addItem(tr("Touches"), int(TimelineShow::Touches));
    m_showCombo->addItem(tr("“No”s and “not now”s"), int(TimelineShow::NosHeard));
    m_showCombo->addItem(tr("Stage changes"), int(TimelineShow::StageChanges));
    m_showCombo->addItem(tr("Planned"), int(TimelineShow::Planned));
    m_contactCombo = new QComboBox(m_filterRow);
    m_contactCombo->setObjectName(QStringLiteral("contactCombo"));
    m_channelCombo = new QComboBox(m_filterRow);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    m_channelCombo->addItem(tr("Every channel"), -1);
    for (int i = 0; i < enumCount<Channel>(); ++i)
        m_channelCombo->addItem(enumLabel(enumAt<Channel>(i)), i);
    auto *showLabel = new QLabel(tr("&Show:"), m_filterRow);
    showLabel->setBuddy(m_showCombo);
    auto *contactLabel = new QLabel(tr("C&ontact:"), m_filterRow);
    contactLabel->setBuddy(m_contactCombo);
    auto *channelLabel = new QLabel(tr("C&hannel:"), m_filterRow);
    channelLabel->setBuddy(m_channelCombo);
    filters->addWidget(showLabel);
    filters->addWidget(m_showCombo);
    filters->addSpacing(12);
    filters->addWidget(contactLabel);
    filters->addWidget(m_contactCombo);
    filters->addSpacing(12);
    filters->addWidget(channelLabel);
    filters->addWidget(m_channelCombo);
    filters->addStretch(1);
    mainLayout->addWidget(m_filterRow);
    for (QComboBox *combo : { m_showCombo, m_contactCombo, m_channelCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &TimelineView::applyFilter);

    m_list = new QListView(main);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setItemDelegate(m_delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Timeline"));
    mainLayout->addWidget(m_list, 1);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::fetchOlderIfAtTop);

    m_quickRow = new QWidget(main);
    auto *quick = new QHBoxLayout(m_quickRow);
    quick->setContentsMargins(0, 0, 0, 0);
    m_quickChannel = new QComboBox(m_quickRow);
    m_quickChannel->setObjectName(QStringLiteral("quickChannel"));
    m_quickChannel->setAccessibleName(tr("Channel of the touch to log"));
    for (int i = 0; i < enumCount<Channel>(); ++i)
        m_quickChannel->addItem(enumLabel(enumAt<Channel>(i)), i);
    m_quickOutcome = new QComboBox(m_quickRow);
    m_quickOutcome->setObjectName(QStringLiteral("quickOutcome"));
    m_quickOutcome->setAccessibleName(tr("Outcome of the touch to log"));
    for (int i = 0; i < enumCount<TouchOutcome>(); ++i)
        m_quickOutcome->addItem(enumLabel(enumAt<TouchOutcome>(i)), i);
    m_quickNote = new QLineEdit(m_quickRow);
    m_quickNote->setObjectName(QStringLiteral("quickNote"));
    m_quickNote->setPlaceholderText(
        tr("Quick entry: what happened, then Enter (Ctrl+Shift+T for value and more)"));
    auto *quickLabel = new QLabel(tr("&Quick log:"), m_quickRow);
    quickLabel->setBuddy(m_quickChannel);
    auto *quickButton = new QToolButton(m_quickRow);
    quickButton->setText(tr("Log"));
    quick->addWidget(quickLabel);
    quick->addWidget(m_quickChannel);
    quick->addWidget(m_quickOutcome);
    quick->addWidget(m_quickNote, 1);
    quick->addWidget(quickButton);
    mainLayout->addWidget(m_quickRow);
    connect(m_quickNote, &QLineEdit::returnPressed, this, &TimelineView::quickLog);
    connect(quickButton, &QToolButton::clicked, this, &TimelineView::quickLog);

    m_empty = new QLabel(
        tr("Choose a deal above, or press Enter on a card on the board, to see its timeline."), main);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    mainLayout->addWidget(m_empty, 1);

    m_side = buildSidePanel();
    m_side->setParent(splitter);
    splitter->addWidget(main);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_logTouch = new QAction(tr("&Log Touch…"), this);
    m_logTouch->setObjectName(QStringLiteral("actionLogTouch"));
    m_logTouch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_logTouch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_logTouch->setStatusTip(tr("Log a call, email, note or visit on this deal, with the value it carried"));
    addAction(m_logTouch);
    connect(m_logTouch, &QAction::triggered, this, [this] {
        if (m_dealId)
            m_context.dealActions.logTouch(this, m_dealId);
    });

    m_editTouch = new QAction(tr("&Edit Touch…"), this);
    m_editTouch->setObjectName(QStringLiteral("actionEditTouch"));
    m_editTouch->setShortcut(QKeySequence(Qt::Key_F2));
    m_editTouch->setStatusTip(tr("Change the selected touch"));
    m_deleteTouch = new QAction(tr("&Delete Touch"), this);
    m_deleteTouch->setObjectName(QStringLiteral("actionDeleteTouch"));
    m_deleteTouch->setShortcut(QKeySequence::Delete);
    m_deleteTouch->setStatusTip(tr("Delete the selected touch (Undo brings it back)"));
    m_complete = new QAction(tr("&Complete Follow-up…"), this);
    m_complete->setObjectName(QStringLiteral("actionCompleteFollowUp"));
    m_complete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_complete->setStatusTip(tr("Log the touch that carries out the selected follow-up"));
    for (QAction *action : { m_editTouch, m_deleteTouch, m_complete }) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
    }
    for (QAction *action : { m_logTouch, m_editTouch, m_deleteTouch, m_complete })
        writing(action);
    connect(m_editTouch, &QAction::triggered, this, [this] {
        if (const auto [kind, id] = currentEntry(); kind == int(TimelineModel::Kind::Touch))
            m_context.dealActions.editTouch(this, id);
    });
    connect(m_deleteTouch, &QAction::triggered, this, [this] {
        if (const auto [kind, id] = currentEntry(); kind == int(TimelineModel::Kind::Touch))
            m_context.dealActions.deleteTouch(this, id);
    });
    connect(m_complete, &QAction::triggered, this, [this] {
        if (const auto [kind, id] = currentEntry(); kind == int(TimelineModel::Kind::Planned))
            m_context.dealActions.logTouch(
                this, m_list->currentIndex().data(TimelineModel::DealIdRole).toLongLong(), id);
    });
    // Enter or a double click does what the entry is for: edit a touch, carry out a plan.
    connect(m_list, &QAbstractItemView::activated, this, &TimelineView::activate);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](QPoint at) {
        if (const QModelIndex index = m_list->indexAt(at); index.isValid())
            m_list->setCurrentIndex(index);
        QMenu *menu = entryMenu(m_list);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_list->viewport()->mapToGlobal(at));
    });

    setWorkspace(nullptr);
}

QMenu *TimelineView::entryMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->addActions({ m_complete, m_editTouch, m_deleteTouch });
    menu->addSeparator();
    menu->addAction(m_logTouch);
    return menu;
}

std::pair<int, qint64> TimelineView::currentEntry() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!m_model || !index.isValid() || !m_list->selectionModel()->isSelected(index))
        return { int(TimelineModel::Kind::Today), 0 };
    return { index.data(TimelineModel::KindRole).toInt(),
        index.data(TimelineModel::EntryIdRole).toLongLong() };
}

void TimelineView::activate(const QModelIndex &index)
{
    m_list->setCurrentIndex(index);
    const auto kind = TimelineModel::Kind(index.data(TimelineModel::KindRole).toInt());
    if (kind == TimelineModel::Kind::Touch)
        m_editTouch->trigger();
    else if (kind == TimelineModel::Kind::Planned)
        m_complete->trigger();
}

void TimelineView::quickLog()
{
    if (!m_workspace || !m_dealId)
        return;
    Touch touch;
    touch.dealId = m_dealId;
    touch.channel = enumAt<Channel>(m_quickChannel->currentData().toInt());
    touch.outcome = enumAt<TouchOutcome>(m_quickOutcome->currentData().toInt());
    touch.contactId = m_contactCombo->currentData().toLongLong();
    if (!touch.contactId)
        touch.contactId = m_workspace->pipeline().deal(m_dealId).value_or(Deal {}).contactId;
    touch.occurredAt = m_context.clock.now();
    touch.note = m_quickNote->text().trimmed();
    m_quickNote->clear();
    m_context.dealActions.quickLog(this, touch);
}

void TimelineView::updateActions()
{
    const bool writable = Workspace::isWritable(m_workspace);
    const auto kind = TimelineModel::Kind(currentEntry().first);
    m_editTouch->setEnabled(writable && kind == TimelineModel::Kind::Touch);
    m_deleteTouch->setEnabled(writable && kind == TimelineModel::Kind::Touch);
    m_complete->setEnabled(writable && kind == TimelineModel::Kind::Planned);
    m_logTouch->setEnabled(writable && m_model && m_dealId);
    // The quick log row writes a touch with one key: not into a file shown read-only.
    m_quickRow->setEnabled(writable);
}

TimelineView::~TimelineView() = default;

QString TimelineView::title() const
{
    return tr("Prospect &Timeline");
}

QString TimelineView::statusTip() const
{
    return tr("Every touch with one prospect, in order");
}

QIcon TimelineView::icon() const
{
    return QIcon(QStringLiteral(":/ripen/icons/timeline.svg"));
}

void TimelineView::buildHeader(QVBoxLayout *layout)
{
    auto *pickRow = new QHBoxLayout;
    m_picker = new QLineEdit(this);
    m_picker->setObjectName(QStringLiteral("dealPicker"));
    m_picker->setPlaceholderText(tr("Find a deal by title, account or contact…"));
    m_picker->setClearButtonEnabled(true);
    m_completer = new QCompleter(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_picker->setCompleter(m_completer);
    connect(m_picker, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Made when first typed in, not with every file opened: most files are opened on the board.
        if (!m_deals && m_workspace) {
            m_deals = new DealListModel(m_workspace->pipeline(), this);
            m_completer->setModel(m_deals);
        }
        if (m_deals)
            m_deals->search(text);
        m_completer->complete();
    });
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &TimelineView::pickDeal);
    auto *pickLabel = new QLabel(tr("&Deal:"), this);
    pickLabel->setBuddy(m_picker);

    m_accountToggle = new QToolButton(this);
    m_accountToggle->setObjectName(QStringLiteral("accountToggle"));
    m_accountToggle->setText(tr("Whole &Account"));
    m_accountToggle->setCheckable(true);
    m_accountToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_accountToggle->setToolTip(tr("Show the touches and changes of every deal at this account"));
    connect(m_accountToggle, &QToolButton::toggled, this, [this](bool account) {
        if (m_model)
            m_model->setScope(account ? TimelineModel::Scope::Account : TimelineModel::Scope::Deal);
        m_delegate->setShowDealTitles(account);
        scrollToToday();
    });
    auto *logButton = new QToolButton(this);
    logButton->setObjectName(QStringLiteral("logTouchButton"));
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_accountToggle);
    pickRow->addWidget(logButton);
    layout->addLayout(pickRow);
    // The button shows the action once it exists (built after the header).
    QTimer::singleShot(0, logButton, [this, logButton] {
        logButton->setDefaultAction(m_logTouch);
        logButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    });

    m_headerTitle = new QLabel(this);
    m_headerTitle->setObjectName(QStringLiteral("headerTitle"));
    QFont big = m_headerTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headerTitle->setFont(big);
    m_headerTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerDetails = new QLabel(this);
    m_headerDetails->setObjectName(QStringLiteral("headerDetails"));
    m_nextStep = new QLabel(this);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    layout->addWidget(m_headerTitle);
    layout->addWidget(m_headerDetails);
    layout->addWidget(m_nextStep);
}

QWidget *TimelineView::buildSidePanel()
{
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("timelineSide"));
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(heading(tr("Persistence"), side));
    // One label per meter, made once: a change only sets their texts.
    for (int i = 0; i < kMeters; ++i) {
        auto *label = new QLabel(side);
        label->setObjectName(QStringLiteral("meter"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        layout->addWidget(label);
        m_meters[i] = label;
    }
    layout->addSpacing(8);
    m_peopleHeading = heading(tr("People"), side);
    layout->addWidget(m_peopleHeading);
    m_threadWarning = new QLabel(side);
    m_threadWarning->setObjectName(QStringLiteral("threadWarning"));
    m_threadWarning->setWordWrap(true);
    QPalette warn = m_threadWarning->palette();
    warn.setColor(QPalette::WindowText, kWarning);
    m_threadWarning->setPalette(warn);
    layout->addWidget(m_threadWarning);
    m_people = new QListWidget(side);
    m_people->setObjectName(QStringLiteral("peopleList"));
    m_people->setAccessibleName(tr("People at the account"));
    m_people->setSpacing(2);
    layout->addWidget(m_people, 1);
    m_otherDealsHeading = heading(tr("Other deals"), side);
    layout->addWidget(m_otherDealsHeading);
    m_otherDeals = new QListWidget(side);
    m_otherDeals->setObjectName(QStringLiteral("otherDealsList"));
    m_otherDeals->setAccessibleName(tr("Other deals at the account"));
    layout->addWidget(m_otherDeals, 1);
    const auto open = [this](QListWidgetItem *item) {
        if (const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0)
            showDeal(id);
    };
    connect(m_otherDeals, &QListWidget::itemActivated, this, open);
    return side;
}

void TimelineView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_list->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_sideTimer = nullptr;
    if (m_deals) {
        m_completer->setModel(nullptr);
        delete m_deals;
        m_deals = nullptr;
    }
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::closing, this, [this] { setWorkspace(nullptr); });
        connect(m_workspace, &Workspace::damaged, this, &TimelineView::updateActions);
        m_model = new TimelineModel(m_workspace->pipeline(), this);
        m_list->setModel(m_model);
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TimelineView::updateActions);
        connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelineView::updateActions);
        connect(m_model, &TimelineModel::dealChanged, this, &TimelineView::refreshHeader);
        // The side panel follows every change of the rows, once per turn of the event loop.
        auto *sideTimer = new QTimer(m_model);
        m_sideTimer = sideTimer;
        sideTimer->setSingleShot(true);
        sideTimer->setInterval(0);
        connect(sideTimer, &QTimer::timeout, this, &TimelineView::refreshSidePanel);
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(m_model, signal, sideTimer, qOverload<>(&QTimer::start));
        connect(m_model, &QAbstractItemModel::dataChanged, sideTimer, qOverload<>(&QTimer::start));
        connect(m_model, &QAbstractItemModel::modelReset, sideTimer, qOverload<>(&QTimer::start));
        // A deal of the account created, won or lost, or a person added: the side panel lists them.
        Pipeline &pipeline = m_workspace->pipeline();
        const auto ofTheAccount = [this, sideTimer, &pipeline](qint64 dealId) {
            if (m_model && m_dealId
                && pipeline.deal(dealId).value_or(Deal {}).accountId == m_model->accountId())
                sideTimer->start();
        };
        connect(&pipeline, &Pipeline::dealChanged, sideTimer, ofTheAccount);
        connect(&pipeline, &Pipeline::bulkChanged, sideTimer, qOverload<>(&QTimer::start));
        connect(&pipeline, &Pipeline::dealStatusChanged, sideTimer, ofTheAccount);
        connect(&pipeline, &Pipeline::dealMoved, sideTimer, ofTheAccount);
        connect(&pipeline, &Pipeline::contactChanged, sideTimer, [this, sideTimer](qint64, qint64 accountId) {
            if (m_model && m_dealId && accountId == m_model->accountId()) {
                refreshContacts();
                sideTimer->start();
            }
        });
    }
    const qint64 deal = m_dealId;
    m_dealId = 0;
    showDeal(m_workspace ? deal : 0);
}

void TimelineView::showDeal(qint64 dealId)
{
    m_dealId = m_model ? dealId : 0;
    if (m_model) {
        const auto scope
            = m_accountToggle->isChecked() ? TimelineModel::Scope::Account : TimelineModel::Scope::Deal;
        m_model->setDeal(m_dealId, scope);
        m_dealId = m_model->dealId(); // 0 when the deal is gone
    }
    refreshContacts();
    refreshHeader();
    refreshSidePanel();
    if (m_sideTimer)
        m_sideTimer->stop(); // the reset asked for the refresh just done
    scrollToToday();
    updateActions();
}

QList<QAction *> TimelineView::dealMenuActions() const
{
    return { m_logTouch, m_complete, m_editTouch, m_deleteTouch };
}

void TimelineView::pickDeal(const QModelIndex &index)
{
    const qint64 id = index.data(Qt::UserRole).toLongLong();
    if (id) {
        showDeal(id);
        m_list->setFocus();
    }
}

void TimelineView::refreshHeader()
{
    const bool shown = m_model && m_dealId;
    m_list->setVisible(shown);
    m_quickRow->setVisible(shown);
    m_filterRow->setVisible(shown);
    m_headerDetails->setVisible(shown);
    m_nextStep->setVisible(shown);
    m_side->setVisible(shown);
    m_empty->setVisible(!shown);
    updateActions();
    m_accountToggle->setEnabled(shown);
    for (QComboBox *combo : { m_showCombo, m_contactCombo, m_channelCombo })
        combo->setEnabled(shown);
    if (!shown) {
        m_headerTitle->setText(tr("No deal chosen"));
        m_headerDetails->clear();
        m_nextStep->clear();
        return;
    }
    Pipeline &pipeline = m_workspace->pipeline();
    const std::optional<Deal> deal = pipeline.deal(m_dealId);
    if (!deal) {
        showDeal(0);
        return;
    }
    const QLocale locale;
    const QString account = pipeline.account(deal->accountId).value_or(Account {}).name;
    const QString stage = pipeline.stage(deal->stageId).value_or(Stage {}).name;
    m_headerTitle->setText(deal->title);
    QStringList details { account, stage, formatMoney(deal->value, locale) };
    if (!deal->owner.isEmpty())
        details << tr("owner: %1").arg(deal->owner);
    m_headerDetails->setText(details.join(QStringLiteral(" · ")));
    if (m_picker->text().isEmpty() || !m_picker->hasFocus())
        m_picker->clear();

    const std::optional<FollowUp> next = pipeline.nextFollowUp(m_dealId);
    QPalette palette = m_nextStep->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (deal->status != DealStatus::Open && !next) {
        m_nextStep->setText(deal->status == DealStatus::Won ? tr("Won: no next step needed")
                                                            : tr("Lost: no step planned before coming back"));
    } else if (!next) {
        m_nextStep->setText(tr("⚠ No next step planned: a deal without one drifts. Plan a follow-up."));
        palette.setColor(QPalette::WindowText, kWarning);
    } else {
        const QDate today = m_context.clock.today();
        QString when = locale.toString(next->dueOn, QStringLiteral("ddd d MMM"));
        if (next->dueOn < today) {
            when = tr("overdue since %1").arg(when);
            palette.setColor(QPalette::WindowText, QColor(0xd6, 0x3a, 0x3a));
        } else if (next->dueOn == today) {
            when = tr("today");
        }
        QString what = enumLabel(next->channel);
        if (next->plannedValueKind != ValueKind::None)
            what = tr("%1, bringing %2").arg(what, enumLabel(next->plannedValueKind));
        m_nextStep->setText(tr("Next step: %1 (%2)").arg(what, when));
    }
    m_nextStep->setPalette(palette);
}

void TimelineView::refreshContacts()
{
    const QSignalBlocker blocker(m_contactCombo);
    const qint64 current = m_contactCombo->currentData().toLongLong();
    m_contactCombo->clear();
    m_contactCombo->addItem(tr("Everyone"), qint64(0));
    if (m_model && m_dealId) {
        for (const Contact &contact : m_workspace->pipeline().contactsOf(m_model->accountId()))
            m_contactCombo->addItem(contact.name, contact.id);
    }
    m_contactCombo->setCurrentIndex(std::max(0, m_contactCombo->findData(current)));
}

void TimelineView::applyFilter()
{
    if (!m_model)
        return;
    TimelineFilter filter;
    filter.show = TimelineShow(m_showCombo->currentData().toInt());
    filter.contactId = m_contactCombo->currentData().toLongLong();
    if (const int channel = m_channelCombo->currentData().toInt(); channel >= 0)
        filter.channel = enumAt<Channel>(channel);
    m_model->setFilter(filter);
    scrollToToday();
}

void TimelineView::refreshSidePanel()
{
    m_people->clear();
    m_otherDeals->clear();
    m_threadWarning->clear();
    m_threadWarning->hide();
    if (!m_model || !m_dealId)
        return;
    Pipeline &pipeline = m_workspace->pipeline();
    const QLocale locale;

    // The persistence meters measure the pursuit of this deal (also while the account is shown).
    const QList<Touch> measured = pipeline.touchesOfDeal(m_dealId);
    const Rules::PersistenceMeters meters = Rules::persistenceMeters(measured, m_context.clock.today());
    const std::pair<QString, const Rules::Meter *> rows[] = {
        { tr("Attempts"), &meters.attempts },
        { tr("“No”s heard"), &meters.nosHeard },
        { tr("Channels"), &meters.channelsUsed },
        { tr("Value share"), &meters.valueShare },
        { tr("Days since a meaningful touch"), &meters.daysSinceMeaningfulTouch },
    };
    static_assert(std::size(rows) == kMeters);
    int index = 0;
    for (const auto &[name, meter] : rows) {
        const QString figure = meter == &meters.valueShare
            ? tr("%1% of %2%").arg(meter->measured).arg(meter->target)
            : meter == &meters.daysSinceMeaningfulTouch
            ? (meter->measured < 0 ? tr("none yet")
                                   : tr("%1 (at most %2)").arg(meter->measured).arg(meter->target))
            : meter == &meters.channelsUsed ? tr("%1 of %2").arg(meter->measured).arg(enumCount<Channel>())
                                            : tr("%1 of %2").arg(meter->measured).arg(meter->target);
        QLabel *label = m_meters[index++];
        label->setText(
            QStringLiteral("<b>%1%2:</b> %3<br><span style=\"color:%4\">%5</span>")
                .arg(meter->met ? QStringLiteral("✓ ") : QStringLiteral("• "), name.toHtmlEscaped(),
                    figure.toHtmlEscaped(), meter->met ? QStringLiteral("#2e8b57") : kWarning.name(),
                    meter->advice.toHtmlEscaped()));
        label->setAccessibleName(QStringLiteral("%1: %2. %3").arg(name, figure, meter->advice));
    }

    // The account's people: their role, the last touch with each, and how many.
    const QString accountName = pipeline.account(m_model->accountId()).value_or(Account {}).name;
    m_peopleHeading->setText(tr("People at %1").arg(accountName));
    QHash<qint64, ContactTouches> byContact;
    int touchCount = 0;
    for (const ContactTouches &row : pipeline.touchesByContact(m_model->accountId())) {
        byContact.insert(row.contactId, row);
        touchCount += row.touches;
    }
    const QList<Contact> contacts = pipeline.contactsOf(m_model->accountId());
    int reached = 0;
    for (const Contact &contact : contacts) {
        const auto found = byContact.constFind(contact.id);
        QString line = tr("%1 — %2").arg(contact.name, enumLabel(contact.role));
        if (found != byContact.constEnd()) {
            ++reached;
            const QString day = locale.toString(found->last.date(), QLocale::ShortFormat);
            line += QLatin1Char('\n')
                + (found->touches == 1 ? tr("one touch, on %1").arg(day)
                                       : tr("%1 touches, the last on %2").arg(found->touches).arg(day));
        } else {
            line += QLatin1Char('\n') + tr("not contacted yet");
        }
        auto *item = new QListWidgetItem(line, m_people);
        item->setData(Qt::UserRole, contact.id);
        if (!contact.jobTitle.isEmpty())
            item->setToolTip(contact.jobTitle);
    }
    if (touchCount >= 3 && reached == 1 && !byContact.contains(0)) {
        m_threadWarning->setText(
            tr("Single-threaded: every touch went to one person. Try another entry point: a champion, a "
               "user, or the gatekeeper."));
        m_threadWarning->show();
    }

    // The account's other deals, open, won and lost.
    m_otherDealsHeading->setText(tr("Other deals at %1").arg(accountName));
    for (const Deal &deal : pipeline.dealsOfAccount(m_model->accountId())) {
        if (deal.id == m_dealId)
            continue;
        const QString status = deal.status == DealStatus::Open
            ? pipeline.stage(deal.stageId).value_or(Stage {}).name
            : enumLabel(deal.status);
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(deal.title, status), m_otherDeals);
        item->setData(Qt::UserRole, deal.id);
        item->setToolTip(tr("Open the timeline of “%1” (Enter)").arg(deal.title));
    }
    if (m_otherDeals->count() == 0) {
        auto *none = new QListWidgetItem(
            tr("None yet: who else at %1 could use you?").arg(accountName), m_otherDeals);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

void TimelineView::scrollToToday()
{
    if (!m_model || m_model->todayRow() < 0)
        return;
    // Fill the view with history before placing Today, so a short first page is not left alone.
    m_list->doItemsLayout();
    while (
        m_model->canFetchOlder() && m_list->verticalScrollBar()->maximum() == 0 && m_model->fetchOlder() > 0)
        m_list->doItemsLayout();
    const QModelIndex today = m_model->index(m_model->todayRow());
    m_list->selectionModel()->setCurrentIndex(today, QItemSelectionModel::Clear);
    m_list->scrollTo(today, QAbstractItemView::PositionAtCenter);
}

void TimelineView::fetchOlderIfAtTop()
{
    QScrollBar *bar = m_list->verticalScrollBar();
    if (!m_model || bar->value() != bar->minimum() || !m_model->canFetchOlder())
        return;
    // Keep the rows the user looks at where they are: the page goes in above them.
    const int before = bar->maximum();
    if (m_model->fetchOlder() == 0)
        return;
    m_list->doItemsLayout();
    bar->setValue(bar->maximum() - before);
}

} // namespace Ripen
