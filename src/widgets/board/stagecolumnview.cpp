// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecolumnview.h"

#include "dealcarddelegate.h"
#include "stagecolumnmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace Ripen {

CardListView::CardListView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new DealCardDelegate(this));
    setUniformItemSizes(true); // every card has the same height: no need to measure 50,000 of them
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
}

void CardListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Uniform sizes are cached: cards follow the column's width when it changes.
    scheduleDelayedItemsLayout();
}

void CardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    auto *column = qobject_cast<StageColumnModel *>(model());
    if (!column || column->rowCount() > 0)
        return;
    // An empty column says why it is empty, and what to do.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QString text = column->filter().isEmpty()
        ? tr("No deals here yet.\nDrag a card here, or press Ctrl+Shift+N.")
        : tr("No deal here matches the filter.");
    painter.drawText(
        viewport()->rect().adjusted(8, 24, -8, -8), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

StageColumnView::StageColumnView(const QString &stageName, StageColumnModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_name(stageName)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_list(new CardListView(this))
{
    setObjectName(QStringLiteral("stageColumn"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 8, 2, 2);
    layout->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(6, 0, 6, 0);
    m_summary->setContentsMargins(6, 0, 6, 4);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // "Proposal            14" over "€226k + $209k": the count never competes with the money for room.
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    m_count->setFont(titleFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setContentsMargins(6, 0, 6, 0);
    titleRow->addWidget(m_count);
    layout->addLayout(titleRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    m_list->setAccessibleName(stageName);
    m_title->setBuddy(m_list);
    m_model = nullptr;
    setModel(model);
}

void StageColumnView::setModel(StageColumnModel *model)
{
    if (model == m_model)
        return;
    StageColumnModel *previous = m_model;
    // The view makes a selection model for each model and leaves the old one to its caller.
    QItemSelectionModel *previousSelection = m_list->selectionModel();
    m_model = model;
    m_list->setModel(model);
    delete previousSelection;
    if (previous && previous->parent() == this)
        delete previous;
    if (model) {
        model->setParent(this);
        connect(model, &StageColumnModel::totalsChanged, this, &StageColumnView::updateHeader);
        updateHeader();
    }
}

void StageColumnView::setStageName(const QString &name)
{
    m_name = name;
    m_list->setAccessibleName(name);
    updateHeader();
}

QString StageColumnView::headerText() const
{
    return m_title->text() + QLatin1Char('\n') + m_summary->toolTip();
}

void StageColumnView::updateHeader()
{
    m_title->setText(m_name);
    if (!m_model)
        return;
    // Compact in the header, exact in the tooltip.
    QStringList shortValues, values;
    for (const Money &money : m_model->totals()) {
        shortValues << formatMoneyShort(money);
        values << formatMoney(money);
    }
    const qint64 count = m_model->dealCount();
    const QString deals = count == 1 ? tr("1 deal") : tr("%1 deals").arg(QLocale().toString(count));
    m_count->setText(QLocale().toString(count));
    m_summary->setText(values.isEmpty() ? tr("No deals") : shortValues.join(QStringLiteral(" + ")));
    const QString tip
        = values.isEmpty() ? deals : tr("%1 worth %2").arg(deals, values.join(QStringLiteral(" + ")));
    for (QLabel *label : { m_title, m_count, m_summary })
        label->setToolTip(tip);
}

} // namespace Ripen
