// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfollowupsbox.h"

#include "followupcommands.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace Ripen {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kMaxVisibleRows = 5; // more scroll, so the dialog stays compact
constexpr int kMaxWidthChars = 64;

} // namespace

OpenFollowUpsBox::OpenFollowUpsBox(
    const QList<FollowUp> &followUps, DealStatus closingAs, const QDate &today, QWidget *parent)
    : QGroupBox(tr("Open follow-&ups"), parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *explanation
        = new QLabel(tr("Unticked follow-ups are cancelled with the deal; undo brings them back."), this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);

    m_list->setAccessibleName(tr("Open follow-ups"));
    m_list->setAccessibleDescription(explanation->text());
    m_list->setUniformItemSizes(true);
    for (const FollowUp &followUp : followUps) {
        auto *item = new QListWidgetItem(rowText(followUp, today), m_list);
        item->setData(kIdRole, followUp.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(keptByDefault(followUp, closingAs) ? Qt::Checked : Qt::Unchecked);
        // The row may be cut short; the tooltip has all of it, with the cadence and the note.
        QStringList tip { item->text() };
        if (followUp.cadence != Cadence::None)
            tip << enumLabel(followUp.cadence);
        if (!followUp.note.isEmpty())
            tip << followUp.note;
        item->setToolTip(tip.join(QLatin1Char('\n')));
    }
    if (m_list->count() > 0) {
        // Space toggles the current row as soon as Tab reaches the list.
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
        // As tall as its rows (up to kMaxVisibleRows) and as wide as the longest, within reason: a longer
        // row is cut short rather than scrolled sideways, and its tooltip says it all.
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        const int rows = std::min(int(m_list->count()), kMaxVisibleRows);
        const int frame = 2 * m_list->frameWidth();
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + frame);
        int width = m_list->sizeHintForColumn(0) + frame;
        if (m_list->count() > kMaxVisibleRows)
            width += m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
        m_list->setMinimumWidth(std::min(width, m_list->fontMetrics().averageCharWidth() * kMaxWidthChars));
    }
    layout->addWidget(m_list);
    setVisible(!followUps.isEmpty());
}

QList<qint64> OpenFollowUpsBox::followUpsToSkip() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            ids << item->data(kIdRole).toLongLong();
    }
    return ids;
}

bool OpenFollowUpsBox::keptByDefault(const FollowUp &followUp, DealStatus closingAs)
{
    if (closingAs != DealStatus::Lost)
        return true;
    return followUp.cadence == Cadence::ReEngage || followUp.seriesId != 0;
}

QString OpenFollowUpsBox::rowText(const FollowUp &followUp, const QDate &today)
{
    const QString day = followUp.dueOn.year() == today.year()
        ? FollowUpCommands::dayName(followUp.dueOn)
        : QLocale().toString(followUp.dueOn, QStringLiteral("ddd d MMM yyyy"));
    QString value;
    if (followUp.plannedValueKind != ValueKind::None && !followUp.plannedValue.isEmpty())
        value = tr("%1: %2", "value kind: what exactly")
                    .arg(enumLabel(followUp.plannedValueKind), followUp.plannedValue);
    else if (followUp.plannedValueKind != ValueKind::None)
        value = enumLabel(followUp.plannedValueKind);
    else if (!followUp.plannedValue.isEmpty())
        value = followUp.plannedValue;
    else
        value = tr("no value planned");
    return QStringList { day, enumLabel(followUp.channel), value }.join(QStringLiteral(" · "));
}

} // namespace Ripen
