// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinesettingsdialog.h"

#include "dialogsupport.h"
#include "pipeline.h"
#include "settingscommands.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ripen {

namespace {

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidgetItem *readOnlyItem(const QVariant &value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

PipelineSettingsDialog::PipelineSettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pipeline(workspace.pipeline())
    , m_stages(makeTable(StageColumnCount, { tr("Stage"), tr("Rots after (days)"), tr("Deals") }, this))
    , m_reasons(makeTable(ReasonColumnCount,
          { tr("Lost reason"), tr("What the “no” meant"), tr("Re-engage after (days)") }, this))
    , m_addStage(new QPushButton(tr("&Add Stage"), this))
    , m_removeStage(new QPushButton(tr("&Remove Stage…"), this))
    , m_moveUp(new QPushButton(tr("Move &Left"), this))
    , m_moveDown(new QPushButton(tr("Move Ri&ght"), this))
    , m_addReason(new QPushButton(tr("Add &Reason"), this))
    , m_removeReason(new QPushButton(tr("Remove Re&ason"), this))
    , m_relocation(new QFrame(this))
    , m_relocationText(new QLabel(m_relocation))
    , m_relocationTarget(new QComboBox(m_relocation))
    , m_relocate(new QPushButton(tr("&Move Deals and Remove"), m_relocation))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Pipeline Settings"));
    resize(640, 460);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto *stagesPage = new QWidget(tabs);
    auto *stagesLayout = new QVBoxLayout(stagesPage);
    auto *stagesHint
        = new QLabel(tr("Open stages are the board's columns, left to right. A deal “rots” when this many "
                        "days pass without a meaningful touch and nothing is planned. Won and Lost are "
                        "always last."),
            stagesPage);
    stagesHint->setWordWrap(true);
    stagesLayout->addWidget(stagesHint);
    m_stages->horizontalHeader()->setSectionResizeMode(StageRotDays, QHeaderView::ResizeToContents);
    m_stages->horizontalHeader()->setSectionResizeMode(StageDeals, QHeaderView::ResizeToContents);
    stagesLayout->addWidget(m_stages, 1);
    auto *relocationLayout = new QHBoxLayout(m_relocation);
    relocationLayout->setContentsMargins(0, 0, 0, 0);
    m_relocationText->setWordWrap(true);
    relocationLayout->addWidget(m_relocationText, 1);
    relocationLayout->addWidget(m_relocationTarget);
    relocationLayout->addWidget(m_relocate);
    m_relocation->hide();
    stagesLayout->addWidget(m_relocation);
    auto *stageButtons = new QHBoxLayout;
    for (QPushButton *button : { m_addStage, m_removeStage, m_moveUp, m_moveDown })
        stageButtons->addWidget(button);
    stageButtons->addStretch(1);
    stagesLayout->addLayout(stageButtons);
    tabs->addTab(stagesPage, tr("&Stages"));

    auto *reasonsPage = new QWidget(tabs);
    auto *reasonsLayout = new QVBoxLayout(reasonsPage);
    auto *reasonsHint
        = new QLabel(tr("Every lost deal gets one of these reasons. What the “no” meant decides how to "
                        "re-engage; the delay pre-fills the date to come back."),
            reasonsPage);
    reasonsHint->setWordWrap(true);
    reasonsLayout->addWidget(reasonsHint);
    m_reasons->horizontalHeader()->setSectionResizeMode(ReasonMeaning, QHeaderView::ResizeToContents);
    m_reasons->horizontalHeader()->setSectionResizeMode(ReasonDays, QHeaderView::ResizeToContents);
    reasonsLayout->addWidget(m_reasons, 1);
    auto *reasonButtons = new QHBoxLayout;
    reasonButtons->addWidget(m_addReason);
    reasonButtons->addWidget(m_removeReason);
    reasonButtons->addStretch(1);
    reasonsLayout->addLayout(reasonButtons);
    tabs->addTab(reasonsPage, tr("Lost &Reasons"));

    auto *persistencePage = new QWidget(tabs);
    auto *persistenceLayout = new QVBoxLayout(persistencePage);
    auto *persistenceHint
        = new QLabel(tr("Persistent, not annoying: before a touch is logged, Ripen warns when "
                        "the same contact heard from you fewer days ago than this. 0 never warns."),
            persistencePage);
    persistenceHint->setWordWrap(true);
    persistenceLayout->addWidget(persistenceHint);
    auto *gapRow = new QHBoxLayout;
    m_contactGap = new QSpinBox(persistencePage);
    m_contactGap->setObjectName(QStringLiteral("contactGapSpin"));
    m_contactGap->setRange(0, Pipeline::kMaxContactGapDays);
    m_contactGap->setSuffix(tr(" days"));
    m_contactGap->setKeyboardTracking(false); // one undo step for "14", not one for "1" and one for "14"
    m_contactGap->setValue(m_workspace.pipeline().minContactGapDays());
    auto *gapLabel = new QLabel(tr("&Days between touches to one contact, at least:"), persistencePage);
    gapLabel->setBuddy(m_contactGap);
    gapRow->addWidget(gapLabel);
    gapRow->addWidget(m_contactGap);
    gapRow->addStretch(1);
    persistenceLayout->addLayout(gapRow);
    persistenceLayout->addStretch(1);
    tabs->addTab(persistencePage, tr("&Persistence"));
    connect(&m_workspace.pipeline(), &Pipeline::preferencesChanged, m_contactGap, [this] {
        const QSignalBlocker blocker(m_contactGap); // an undo while the dialog is open
        m_contactGap->setValue(m_workspace.pipeline().minContactGapDays());
    });
    // Saved at once, one undo step each, like the other settings here.
    connect(m_contactGap, &QSpinBox::valueChanged, this, [this](int days) {
        if (const auto saved = SettingsCommands::setMinContactGapDays(m_workspace, days); !saved)
            showError(saved.error());
    });

    setUpErrorLabel(m_error);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    // A dialog makes every push button an auto-default one, so Enter in a table would "press" Add
    // Stage. These buttons act on the page; only a click or their mnemonic presses them.
    for (QPushButton *button :
        { m_addStage, m_removeStage, m_moveUp, m_moveDown, m_addReason, m_removeReason, m_relocate })
        button->setAutoDefault(false);

    connect(m_stages, &QTableWidget::itemChanged, this, &PipelineSettingsDialog::stageEdited);
    connect(m_reasons, &QTableWidget::itemChanged, this, &PipelineSettingsDialog::reasonEdited);
    connect(m_addStage, &QPushButton::clicked, this, &PipelineSettingsDialog::addStage);
    connect(m_removeStage, &QPushButton::clicked, this, &PipelineSettingsDialog::removeStage);
    connect(m_relocate, &QPushButton::clicked, this, &PipelineSettingsDialog::relocateAndRemove);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveStage(+1); });
    connect(m_addReason, &QPushButton::clicked, this, &PipelineSettingsDialog::addReason);
    connect(m_removeReason, &QPushButton::clicked, this, &PipelineSettingsDialog::removeReason);
    connect(m_stages, &QTableWidget::currentCellChanged, m_relocation, &QWidget::hide);
    loadStages();
    loadReasons();
}

QString PipelineSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PipelineSettingsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PipelineSettingsDialog::loadStages()
{
    m_loading = true;
    const qint64 selected = selectedStageId();
    m_stages->setRowCount(0);
    for (const Stage &stage : m_pipeline.stages()) {
        if (stage.kind != StageKind::Open)
            continue;
        const int row = m_stages->rowCount();
        m_stages->insertRow(row);
        auto *name = new QTableWidgetItem(stage.name);
        name->setData(Qt::UserRole, stage.id);
        m_stages->setItem(row, StageName, name);
        auto *days = new QTableWidgetItem;
        days->setData(Qt::EditRole, stage.rotDays);
        m_stages->setItem(row, StageRotDays, days);
        m_stages->setItem(row, StageDeals, readOnlyItem(m_pipeline.dealCountInStage(stage.id)));
        if (stage.id == selected)
            m_stages->setCurrentCell(row, StageName);
    }
    m_loading = false;
}

void PipelineSettingsDialog::loadReasons()
{
    m_loading = true;
    m_reasons->setRowCount(0);
    for (const LostReason &reason : m_pipeline.lostReasons()) {
        const int row = m_reasons->rowCount();
        m_reasons->insertRow(row);
        auto *label = new QTableWidgetItem(reason.label);
        label->setData(Qt::UserRole, reason.id);
        m_reasons->setItem(row, ReasonLabel, label);
        auto *meaning = new QComboBox(m_reasons);
        for (int i = 0; i < enumCount<NoMeaning>(); ++i)
            meaning->addItem(enumLabel(enumAt<NoMeaning>(i)), i);
        meaning->setCurrentIndex(int(reason.meaning));
        meaning->setAccessibleName(tr("What “%1” meant").arg(reason.label));
        connect(
            meaning, &QComboBox::currentIndexChanged, this, [this, label] { saveReasonRow(label->row()); });
        m_reasons->setCellWidget(row, ReasonMeaning, meaning);
        auto *days = new QTableWidgetItem;
        days->setData(Qt::EditRole, reason.reengageDays);
        m_reasons->setItem(row, ReasonDays, days);
    }
    m_loading = false;
}

qint64 PipelineSettingsDialog::selectedStageId() const
{
    const int row = m_stages->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_stages->item(row, StageName) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PipelineSettingsDialog::stageEdited(QTableWidgetItem *item)
{
    if (m_loading || item->column() == StageDeals)
        return;
    const int row = item->row();
    auto stage = m_pipeline.stage(m_stages->item(row, StageName)->data(Qt::UserRole).toLongLong());
    if (!stage)
        return;
    stage->name = m_stages->item(row, StageName)->text();
    stage->rotDays = m_stages->item(row, StageRotDays)->data(Qt::EditRole).toInt();
    const auto saved = SettingsCommands::updateStage(m_workspace, *stage);
    showError(saved ? QString() : saved.error());
    // Show what is stored again, but not from inside the item's own change notification.
    if (!saved)
        QMetaObject::invokeMethod(this, &PipelineSettingsDialog::loadStages, Qt::QueuedConnection);
}

void PipelineSettingsDialog::addStage()
{
    const auto added = SettingsCommands::addStage(m_workspace, tr("New stage"), 14);
    if (!added)
        return showError(added.error());
    showError({});
    loadStages();
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        if (m_stages->item(row, StageName)->data(Qt::UserRole).toLongLong() == *added) {
            m_stages->setCurrentCell(row, StageName);
            m_stages->editItem(m_stages->item(row, StageName));
        }
    }
}

void PipelineSettingsDialog::removeStage()
{
    const qint64 id = selectedStageId();
    if (!id)
        return showError(tr("Select the stage to remove first."));
    const qint64 deals = m_pipeline.dealCountInStage(id);
    if (deals == 0) {
        const auto removed = SettingsCommands::removeStage(m_workspace, id);
        showError(removed ? QString() : removed.error());
        loadStages();
        return;
    }
    // A stage with deals asks where they go before anything changes.
    m_relocationTarget->clear();
    for (const Stage &stage : m_pipeline.stages()) {
        if (stage.kind == StageKind::Open && stage.id != id)
            m_relocationTarget->addItem(stage.name, stage.id);
    }
    m_relocationText->setText(tr("“%1” holds %2 deals. Move them to:")
                                  .arg(m_stages->item(m_stages->currentRow(), StageName)->text())
                                  .arg(deals));
    m_relocation->setProperty("stageId", id);
    m_relocation->show();
    m_relocationTarget->setFocus();
}

void PipelineSettingsDialog::relocateAndRemove()
{
    const qint64 id = m_relocation->property("stageId").toLongLong();
    const auto removed
        = SettingsCommands::removeStage(m_workspace, id, m_relocationTarget->currentData().toLongLong());
    showError(removed ? QString() : removed.error());
    m_relocation->hide();
    loadStages();
}

void PipelineSettingsDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_stages->rowCount())
        return;
    QList<qint64> order;
    for (int r = 0; r < m_stages->rowCount(); ++r)
        order << m_stages->item(r, StageName)->data(Qt::UserRole).toLongLong();
    order.swapItemsAt(row, target);
    const auto saved = SettingsCommands::reorderStages(m_workspace, order);
    showError(saved ? QString() : saved.error());
    loadStages();
}

void PipelineSettingsDialog::saveReasonRow(int row)
{
    if (m_loading || row < 0)
        return;
    auto reason = m_pipeline.lostReason(m_reasons->item(row, ReasonLabel)->data(Qt::UserRole).toLongLong());
    if (!reason)
        return;
    reason->label = m_reasons->item(row, ReasonLabel)->text();
    reason->reengageDays = m_reasons->item(row, ReasonDays)->data(Qt::EditRole).toInt();
    if (auto *meaning = qobject_cast<QComboBox *>(m_reasons->cellWidget(row, ReasonMeaning)))
        reason->meaning = NoMeaning(meaning->currentData().toInt());
    const auto saved = SettingsCommands::updateLostReason(m_workspace, *reason);
    showError(saved ? QString() : saved.error());
    if (!saved)
        QMetaObject::invokeMethod(this, &PipelineSettingsDialog::loadReasons, Qt::QueuedConnection);
}

void PipelineSettingsDialog::reasonEdited(QTableWidgetItem *item)
{
    saveReasonRow(item->row());
}

void PipelineSettingsDialog::addReason()
{
    LostReason reason;
    reason.label = tr("New reason");
    reason.meaning = NoMeaning::Timing;
    reason.reengageDays = 90;
    const auto added = SettingsCommands::addLostReason(m_workspace, reason);
    if (!added)
        return showError(added.error());
    showError({});
    loadReasons();
    const int row = m_reasons->rowCount() - 1;
    m_reasons->setCurrentCell(row, ReasonLabel);
    m_reasons->editItem(m_reasons->item(row, ReasonLabel));
}

void PipelineSettingsDialog::removeReason()
{
    const int row = m_reasons->currentRow();
    if (row < 0)
        return showError(tr("Select the lost reason to remove first."));
    const auto removed = SettingsCommands::removeLostReason(
        m_workspace, m_reasons->item(row, ReasonLabel)->data(Qt::UserRole).toLongLong());
    showError(removed ? QString() : removed.error());
    loadReasons();
}

} // namespace Ripen
