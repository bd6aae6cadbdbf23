// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Ripen {

// Draws one timeline entry: the day on the left, a channel badge on the line, and what happened. A
// touch that carried value says what it brought in green; a bare check-in says so plainly, in a muted
// orange, so a run of them stands out. Stage changes are quiet, wins green, losses red with why and
// when to come back; planned steps have a dashed badge, red when overdue. "Today" is a rule across.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)
public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    // Whether rows name their deal (the account's timeline mixes several).
    void setShowDealTitles(bool show) { m_showDealTitles = show; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The lines of text an entry shows, first the headline: what tests and screen readers can read.
    QStringList lines(const QModelIndex &index) const;
    // The short glyph drawn in a channel's badge, and its colour.
    static QString channelGlyph(int channel);
    static QColor channelColor(int channel);

private:
    bool m_showDealTitles = false;
};

} // namespace Ripen
