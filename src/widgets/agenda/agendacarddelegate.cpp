// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendacarddelegate.h"

#include "agenda/agendacolumnmodel.h"
#include "timeline/timelinedelegate.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Ripen {

namespace {

constexpr int kMargin = 4;
constexpr int kPadding = 8;
constexpr int kStripe = 4;
constexpr int kRadius = 6;
constexpr int kBadge = 20;
const QColor kOverdue(0xd6, 0x3a, 0x3a);
const QColor kToday(0x2e, 0x9e, 0x4f);
const QColor kValue(0x2e, 0x7d, 0x32);
const QColor kNoValue(0xc7, 0x7c, 0x00);
const QColor kReEngage(0x8e, 0x44, 0xad);

using R = AgendaColumnModel;

// A deal's title on a narrow card: wrapped at a word onto two lines, the first `width` wide (beside
// the channel's badge; a first word longer than that is elided, not cut in two), the second
// `restWidth` and elided. The name is what the card is recognised by, so it gets the room.
std::pair<QString, QString> twoLines(const QString &text, const QFont &font, int width, int restWidth)
{
    QTextLayout layout(text, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(wrap);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    first.setLineWidth(width);
    layout.endLayout();
    const int split = first.isValid() ? first.textLength() : int(text.size());
    const QFontMetrics metrics(font);
    return { metrics.elidedText(text.left(split).trimmed(), Qt::ElideRight, width),
        metrics.elidedText(text.mid(split).trimmed(), Qt::ElideRight, restWidth) };
}

} // namespace

AgendaCardDelegate::AgendaCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString AgendaCardDelegate::valueText(const QModelIndex &index)
{
    const auto kind = ValueKind(index.data(R::ValueKindRole).toInt());
    if (kind == ValueKind::None)
        return tr("No value planned");
    const QString planned = index.data(R::PlannedValueRole).toString();
    return planned.isEmpty() ? enumLabel(kind) : tr("%1: %2").arg(enumLabel(kind), planned);
}

QSize AgendaCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height() + 3;
    return { 220, 5 * line + 2 * kPadding + 2 * kMargin }; // the title has two lines
}

void AgendaCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QDate due = index.data(R::DueOnRole).toDate();
    const bool reEngage = index.data(R::ReEngageRole).toBool();
    const bool valueLess = ValueKind(index.data(R::ValueKindRole).toInt()) == ValueKind::None;

    QPainterPath shape;
    shape.addRoundedRect(card, kRadius, kRadius);
    painter->fillPath(shape, palette.color(QPalette::Base));
    if (selected) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(40);
        painter->fillPath(shape, tint);
    }
    QPen border(selected || focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    border.setWidthF(selected || focused ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(shape);
    if (due.isValid() && m_today.isValid() && due <= m_today) {
        QPainterPath stripe;
        stripe.addRoundedRect(
            QRectF(card.left(), card.top(), kStripe + kRadius, card.height()), kRadius, kRadius);
        painter->setClipRect(QRectF(card.left(), card.top(), kStripe, card.height()));
        painter->fillPath(stripe, due < m_today ? kOverdue : kToday);
        painter->setClipping(false);
    }

    const QRectF content = card.adjusted(kPadding + kStripe, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const qreal line = metrics.height() + 3;

    // Lines 1 and 2: the channel's badge, then the deal.
    const int channel = index.data(R::ChannelRole).toInt();
    const QRectF badge(content.left(), content.top() + (boldMetrics.height() - kBadge) / 2.0, kBadge, kBadge);
    painter->setPen(Qt::NoPen);
    painter->setBrush(TimelineDelegate::channelColor(channel));
    painter->drawEllipse(badge);
    painter->setPen(Qt::white);
    QFont glyphFont = option.font;
    glyphFont.setPointSizeF(glyphFont.pointSizeF() * 0.85);
    painter->setFont(glyphFont);
    painter->drawText(badge, Qt::AlignCenter, TimelineDelegate::channelGlyph(channel));
    QRectF row(
        content.left() + kBadge + 6, content.top(), content.width() - kBadge - 6, boldMetrics.height());
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const auto [title, titleRest]
        = twoLines(index.data(R::DealTitleRole).toString(), bold, int(row.width()), int(content.width()));
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->drawText(QRectF(content.left(), row.top() + line, content.width(), row.height()),
        Qt::AlignLeft | Qt::AlignVCenter, titleRest);

    // Line 3: account and contact.
    row = QRectF(content.left(), content.top() + 2 * line + 2, content.width(), metrics.height());
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Disabled, QPalette::Text).darker(120));
    QString who = index.data(R::AccountRole).toString();
    if (const QString contact = index.data(R::ContactRole).toString(); !contact.isEmpty())
        who += QStringLiteral(" · ") + contact;
    painter->drawText(
        row, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(who, Qt::ElideRight, int(row.width())));

    // Line 4: what the touch is to bring.
    row.translate(0, line);
    painter->setPen(valueLess ? kNoValue : kValue);
    painter->setFont(valueLess ? bold : option.font);
    const QString value = (valueLess ? QStringLiteral("⚠ ") : QString()) + valueText(index);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
        (valueLess ? boldMetrics : metrics).elidedText(value, Qt::ElideRight, int(row.width())));

    // Line 5: the stage, and the cadence marker as a pill on the right.
    row.translate(0, line);
    QString marker = index.data(R::CadenceMarkerRole).toString();
    if (reEngage && marker.isEmpty())
        marker = tr("Re-engage");
    int pillWidth = 0;
    if (!marker.isEmpty()) {
        QFont pillFont = option.font;
        pillFont.setPointSizeF(pillFont.pointSizeF() * 0.85);
        const QFontMetrics pillMetrics(pillFont);
        pillWidth = std::min(int(row.width()), pillMetrics.horizontalAdvance(marker) + 12);
        const QRectF pill(row.right() - pillWidth, row.top() + 1, pillWidth, row.height() - 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        QColor fill = reEngage ? kReEngage : palette.color(QPalette::Highlight);
        fill.setAlpha(reEngage ? 230 : 200);
        painter->fillPath(pillPath, fill);
        painter->setFont(pillFont);
        painter->setPen(Qt::white);
        painter->drawText(
            pill, Qt::AlignCenter, pillMetrics.elidedText(marker, Qt::ElideRight, pillWidth - 8));
    }
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Disabled, QPalette::Text).darker(120));
    // On a narrow card the marker matters more than the stage: the stage only where a word of it fits.
    const QRectF stageRow = row.adjusted(0, 0, -(pillWidth ? pillWidth + 6 : 0), 0);
    if (stageRow.width() >= metrics.averageCharWidth() * 5)
        painter->drawText(stageRow, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data(R::StageRole).toString(), Qt::ElideRight, int(stageRow.width())));
    painter->restore();
}

} // namespace Ripen
