// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealcarddelegate.h"

#include "persistencerules.h"
#include "stagecolumnmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QToolTip>

namespace Ripen {

namespace {

constexpr int kMargin = 3; // around the card, inside the list
constexpr int kPadding = 6; // inside the card
constexpr int kStripe = 4; // the next-step stripe on the left edge
constexpr int kRadius = 6;

// Colours chosen to read on light and dark palettes alike.
const QColor kOverdue(0xd6, 0x3a, 0x3a);
const QColor kToday(0x2e, 0x9e, 0x4f);
const QColor kMissing(0xe0, 0x8a, 0x00);
const QColor kRotTint(0xe0, 0x8a, 0x00, 38);
const QColor kNuisance(0xc2, 0x4f, 0x00);

QColor stepColor(Rules::NextStep step, const QPalette &palette)
{
    switch (step) {
    case Rules::NextStep::Overdue:
        return kOverdue;
    case Rules::NextStep::Today:
        return kToday;
    case Rules::NextStep::Missing:
        return kMissing;
    case Rules::NextStep::Ahead:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

// A card's frame (its background, tint, border and next-step stripe) drawn once per look and size
// and then blitted: a board shows dozens of cards that share a handful of looks, and antialiased
// rounded paths were a third of the time a board took to paint.
QPixmap cardFrame(QSize size, qreal ratio, const QPalette &palette, const QColor &stripeColor, bool rotting,
    bool selected, bool focused)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor mid = palette.color(QPalette::Mid);
    const QString key = QStringLiteral("ripen-card:%1x%2@%3:%4:%5:%6:%7:%8%9%10")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(ratio)
                            .arg(base.rgba())
                            .arg(highlight.rgba())
                            .arg(mid.rgba())
                            .arg(stripeColor.rgba())
                            .arg(int(rotting))
                            .arg(int(selected))
                            .arg(int(focused));
    QPixmap frame;
    if (QPixmapCache::find(key, &frame))
        return frame;
    frame = QPixmap(size * ratio);
    frame.setDevicePixelRatio(ratio);
    frame.fill(Qt::transparent);
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card(QPointF(0, 0), QSizeF(size));
    const qreal pen = selected || focused ? 2.0 : 1.0;
    // The border is drawn on the edge, half inside: keep it inside the pixmap.
    const QRectF edge = card.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    QPainterPath shape;
    shape.addRoundedRect(edge, kRadius, kRadius);
    painter.fillPath(shape, base);
    if (rotting)
        painter.fillPath(shape, kRotTint);
    if (selected)
        painter.fillPath(shape, QColor(highlight.red(), highlight.green(), highlight.blue(), 40));
    QPen border(selected || focused ? highlight : mid);
    border.setWidthF(pen);
    painter.setPen(border);
    painter.drawPath(shape);

    // The stripe says at a glance where the next step stands.
    QPainterPath stripe;
    stripe.addRoundedRect(
        QRectF(edge.left(), edge.top(), kStripe + kRadius, edge.height()), kRadius, kRadius);
    painter.setClipRect(QRectF(edge.left(), edge.top(), kStripe, edge.height()));
    painter.fillPath(stripe, stripeColor);
    painter.end();
    QPixmapCache::insert(key, frame);
    return frame;
}

} // namespace

DealCardDelegate::DealCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString DealCardDelegate::nextStepText(const QModelIndex &index)
{
    const auto step = Rules::NextStep(index.data(StageColumnModel::NextStepRole).toInt());
    const QDate due = index.data(StageColumnModel::NextDueRole).toDate();
    const QString date = QLocale().toString(due, QStringLiteral("ddd d MMM"));
    switch (step) {
    case Rules::NextStep::Missing:
        return tr("No next step");
    case Rules::NextStep::Overdue:
        return tr("Overdue since %1").arg(QLocale().toString(due, QStringLiteral("d MMM")));
    case Rules::NextStep::Today:
        return tr("Next step today");
    case Rules::NextStep::Ahead:
        return tr("Next step %1").arg(date);
    }
    return {};
}

QString DealCardDelegate::touchesText(const QModelIndex &index)
{
    const int touches = index.data(StageColumnModel::TouchCountRole).toInt();
    const int days = index.data(StageColumnModel::DaysSinceValueRole).toInt();
    const QString count = touches == 1 ? tr("1 touch") : tr("%1 touches").arg(touches);
    if (touches == 0)
        return tr("No touches yet");
    if (days < 0)
        return tr("%1 · none carried value").arg(count);
    if (days == 0)
        return tr("%1 · value today").arg(count);
    return tr("%1 · value %2 d", "days since the last touch that carried value").arg(count).arg(days);
}

QString DealCardDelegate::valueAgeText(const QModelIndex &index)
{
    const int days = index.data(StageColumnModel::DaysSinceValueRole).toInt();
    if (days < 0)
        return tr("No value yet");
    if (days == 0)
        return tr("Value today");
    return tr("Value %1 d ago", "days since the last touch that carried value").arg(days);
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    return { option.rect.width() > 0 ? option.rect.width() : 220,
        4 * line + 3 * 3 + 2 * kPadding + 2 * kMargin };
}

void DealCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool rotting = index.data(StageColumnModel::RottingRole).toBool();
    const bool nuisance = index.data(StageColumnModel::NuisanceRole).toBool();
    const auto step = Rules::NextStep(index.data(StageColumnModel::NextStepRole).toInt());

    painter->drawPixmap(card.topLeft(),
        cardFrame(card.size().toSize(), painter->device()->devicePixelRatioF(), palette,
            stepColor(step, palette), rotting, selected, focused));

    const QRectF content = card.adjusted(kPadding + kStripe, kPadding, -kPadding, -kPadding);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(option.font);
    const qreal line = metrics.height() + 3;

    // Line 1: the title, the whole width.
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    QRectF row(content.left(), content.top(), content.width(), titleMetrics.height());
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(
            index.data(StageColumnModel::TitleRole).toString(), Qt::ElideRight, int(row.width())));

    // Line 2: account and primary contact, the value on the right.
    const QString value = index.data(StageColumnModel::ValueRole).toString();
    QFont valueFont = option.font;
    valueFont.setBold(true);
    const QFontMetrics valueMetrics(valueFont);
    const int valueWidth = valueMetrics.horizontalAdvance(value);
    row.translate(0, line);
    row.setHeight(metrics.height());
    painter->setFont(valueFont);
    painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, value);
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Disabled, QPalette::Text).darker(120));
    QString who = index.data(StageColumnModel::AccountRole).toString();
    const QString contact = index.data(StageColumnModel::ContactRole).toString();
    if (!contact.isEmpty())
        who += QStringLiteral(" · ") + contact;
    painter->drawText(row.adjusted(0, 0, -valueWidth - kPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(who, Qt::ElideRight, int(row.width()) - valueWidth - kPadding));

    // Line 3: the next step.
    row.translate(0, line);
    painter->setPen(stepColor(step, palette));
    QString next = nextStepText(index);
    // The sign is for a missing step only: "Overdue" says it in words, and narrow cards need the room.
    if (step == Rules::NextStep::Missing)
        next = QStringLiteral("⚠ ") + next;
    painter->drawText(
        row, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(next, Qt::ElideRight, int(row.width())));

    // Line 4: touches and the nuisance badge.
    row.translate(0, line);
    QString badge;
    if (nuisance)
        badge = tr("Check-ins only");
    else if (rotting)
        badge = tr("Rotting");
    int badgeWidth = 0;
    if (!badge.isEmpty()) {
        QFont badgeFont = option.font;
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        badgeWidth = badgeMetrics.horizontalAdvance(badge) + 12;
        const QRectF pill(row.right() - badgeWidth, row.top() + 1, badgeWidth, row.height() - 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(pillPath, nuisance ? kNuisance : kMissing);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, badge);
        painter->setFont(option.font);
    }
    painter->setPen(palette.color(QPalette::Disabled, QPalette::Text).darker(120));
    // The whole line when it fits; otherwise what matters most, how long since a touch brought value.
    const int room = int(row.width()) - badgeWidth - 4;
    const QString touches = touchesText(index);
    const QString shown = metrics.horizontalAdvance(touches) <= room ? touches : valueAgeText(index);
    painter->drawText(row.adjusted(0, 0, -badgeWidth - 4, 0), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(shown, Qt::ElideRight, room));
    painter->restore();
}

bool DealCardDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines {
        QStringLiteral("<b>%1</b>").arg(index.data(StageColumnModel::TitleRole).toString().toHtmlEscaped()),
        index.data(StageColumnModel::AccountRole).toString().toHtmlEscaped(), nextStepText(index),
        touchesText(index)
    };
    if (index.data(StageColumnModel::RottingRole).toBool())
        lines << tr("Rotting: no meaningful touch for longer than this stage allows, and nothing planned.");
    if (index.data(StageColumnModel::NuisanceRole).toBool())
        lines << tr("The last %1 touches were bare check-ins. Stop and bring something of value next time.")
                     .arg(Rules::kNuisanceRun);
    QToolTip::showText(event->globalPos(), lines.join(QStringLiteral("<br>")), view);
    return true;
}

} // namespace Ripen
