// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Ripen {

// Paints a deal as a card: title and value, account and contact, the next step coloured by how it
// stands, touches and days since the last touch that carried value, a rotting tint and a nuisance
// badge. Reads only the StageColumnModel roles; the judgements come from the domain rules.
class DealCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealCardDelegate)
public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // The line under the account that says where the next step stands (also the card's tooltip).
    static QString nextStepText(const QModelIndex &index);
    static QString touchesText(const QModelIndex &index);
    // The short form of the last line, for narrow cards and cards with a badge.
    static QString valueAgeText(const QModelIndex &index);
};

} // namespace Ripen
