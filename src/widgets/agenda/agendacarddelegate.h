// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace Ripen {

// A planned touch on the agenda: the channel's badge and the deal, the account and contact, what value
// the touch is to bring (or an amber "no value planned"), the deal's stage and the cadence marker. The
// stripe is red when the touch is overdue, green when it is due today.
class AgendaCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaCardDelegate)
public:
    explicit AgendaCardDelegate(QObject *parent = nullptr);

    void setToday(const QDate &today) { m_today = today; }
    // "Insight: their market in numbers", or "No value planned".
    static QString valueText(const QModelIndex &index);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QDate m_today;
};

} // namespace Ripen
