// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedelegate.h"

#include "enums.h"
#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Ripen {

namespace {

using Kind = TimelineModel::Kind;
using R = TimelineModel::Role;

constexpr int kDateWidth = 92; // the day column, left of the line
constexpr int kBadge = 24; // the channel badge on the line
constexpr int kPadding = 6;

const QColor kValue(0x2e, 0x8b, 0x57);
const QColor kBare(0xc2, 0x6a, 0x00);
const QColor kWon(0x2e, 0x9e, 0x4f);
const QColor kLost(0xd6, 0x3a, 0x3a);
const QColor kTodayRule(0x2a, 0x7a, 0xd6);

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(R::KindRole).toInt());
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString TimelineDelegate::channelGlyph(int channel)
{
    // Symbols every desktop font has (DejaVu, Noto), so no icon theme is needed.
    switch (Channel(channel)) {
    case Channel::Call:
        return QStringLiteral("☎");
    case Channel::Voicemail:
        return QStringLiteral("◉");
    case Channel::Email:
        return QStringLiteral("✉");
    case Channel::LinkedIn:
        return QStringLiteral("in");
    case Channel::HandwrittenNote:
        return QStringLiteral("✍");
    case Channel::Package:
        return QStringLiteral("▣");
    case Channel::DropIn:
        return QStringLiteral("⌂");
    case Channel::Referral:
        return QStringLiteral("⇄");
    case Channel::Meeting:
        return QStringLiteral("◆");
    case Channel::EventInvite:
        return QStringLiteral("★");
    }
    return QStringLiteral("•");
}

QColor TimelineDelegate::channelColor(int channel)
{
    static const QColor colors[] = {
        QColor(0x2a, 0x7a, 0xd6), // call
        QColor(0x6b, 0x7b, 0x8c), // voicemail
        QColor(0x8e, 0x44, 0xad), // email
        QColor(0x0a, 0x66, 0xc2), // LinkedIn
        QColor(0xb0, 0x6a, 0x20), // handwritten note
        QColor(0x9c, 0x64, 0x3c), // package
        QColor(0x16, 0x8a, 0x7a), // drop-in
        QColor(0xc0, 0x39, 0x6b), // referral
        QColor(0x2e, 0x9e, 0x4f), // meeting
        QColor(0xd4, 0x8a, 0x00), // event invite
    };
    return channel >= 0 && channel < int(std::size(colors)) ? colors[channel] : QColor(Qt::gray);
}

QStringList TimelineDelegate::lines(const QModelIndex &index) const
{
    const Kind kind = kindOf(index);
    const QString deal = m_showDealTitles ? index.data(R::DealTitleRole).toString() : QString();
    const auto withDeal = [&deal](const QString &text) {
        return deal.isEmpty() ? text : tr("%1 — %2", "deal title — what happened").arg(deal, text);
    };
    QStringList out;
    switch (kind) {
    case Kind::Today:
        return { tr("Today") };
    case Kind::Touch:
    case Kind::Planned: {
        const QString channel = enumLabel(Channel(index.data(R::ChannelRole).toInt()));
        const QString contact = index.data(R::ContactNameRole).toString();
        QString who;
        if (!contact.isEmpty()) {
            who = tr(" with %1").arg(contact);
            if (index.data(R::ContactRoleRole).isValid()) {
                const auto role = ContactRole(index.data(R::ContactRoleRole).toInt());
                if (role != ContactRole::Other)
                    who = tr(" with %1 (%2)").arg(contact, enumLabel(role));
            }
        }
        const auto valueKind = ValueKind(index.data(R::ValueKindRole).toInt());
        const QString valueText = index.data(R::ValueTextRole).toString();
        if (kind == Kind::Touch) {
            const auto outcome = TouchOutcome(index.data(R::OutcomeRole).toInt());
            out << withDeal(tr("%1%2: %3").arg(channel, who, enumLabel(outcome)));
            out << (valueKind == ValueKind::None ? tr("Bare check-in: brought nothing new")
                                                 : tr("Brought %1: %2").arg(enumLabel(valueKind), valueText));
        } else {
            out << withDeal(tr("Planned: %1%2").arg(channel, who));
            if (valueKind != ValueKind::None)
                out << tr("To bring %1: %2").arg(enumLabel(valueKind), valueText);
            else
                out << tr("Nothing of value planned yet: think of what to bring");
            const auto cadence = Cadence(index.data(R::CadenceRole).toInt());
            if (cadence != Cadence::None)
                out.last() += QStringLiteral(" · ") + enumLabel(cadence);
        }
        break;
    }
    case Kind::Created:
        out << withDeal(tr("Deal created in %1").arg(index.data(R::ToStageRole).toString()));
        break;
    case Kind::StageChange:
        out << withDeal(
            tr("Moved from %1 to %2")
                .arg(index.data(R::FromStageRole).toString(), index.data(R::ToStageRole).toString()));
        break;
    case Kind::Won:
        out << withDeal(tr("Won"));
        break;
    case Kind::Reopened:
        out << withDeal(tr("Reopened in %1").arg(index.data(R::ToStageRole).toString()));
        break;
    case Kind::Lost: {
        const QString reason = index.data(R::LostReasonRole).toString();
        out << withDeal(reason.isEmpty() ? tr("Lost") : tr("Lost: %1").arg(reason));
        const QString details = index.data(R::LostDetailsRole).toString();
        const QDate back = index.data(R::ReengageOnRole).toDate();
        QStringList second;
        if (!details.isEmpty())
            second << details;
        if (back.isValid())
            second << tr("come back on %1").arg(QLocale().toString(back, QLocale::ShortFormat));
        if (!second.isEmpty())
            out << second.join(QStringLiteral(" · "));
        break;
    }
    }
    const QString note = index.data(R::NoteRole).toString().simplified();
    if (!note.isEmpty())
        out << note;
    return out;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();
    if (kindOf(index) == Kind::Today)
        return { kDateWidth + 200, line + 2 * kPadding + 4 };
    const int count = int(lines(index).size());
    return { kDateWidth + 300, std::max(kBadge, count * line) + 2 * kPadding };
}

void TimelineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : palette.color(QPalette::Disabled, QPalette::Text);
    const Kind kind = kindOf(index);
    const int lineX = rect.left() + kDateWidth + kBadge / 2;
    const QFontMetrics metrics(option.font);

    if (kind == Kind::Today) {
        const int y = rect.center().y();
        painter->setPen(QPen(kTodayRule, 2));
        painter->drawLine(rect.left() + kPadding, y, rect.right() - kPadding, y);
        const QString label = QStringLiteral(" %1 ").arg(tr("Today"));
        const QFont bold = boldFont(option.font);
        painter->setFont(bold);
        const int width = QFontMetrics(bold).horizontalAdvance(label);
        const QRect box(lineX - width / 2, rect.top() + 2, width, rect.height() - 4);
        painter->setBrush(palette.color(QPalette::Base));
        painter->setPen(QPen(kTodayRule, 1.5));
        painter->drawRoundedRect(box, box.height() / 2.0, box.height() / 2.0);
        painter->setPen(kTodayRule);
        painter->drawText(box, Qt::AlignCenter, label.trimmed());
        painter->restore();
        return;
    }

    // The vertical line through every entry.
    painter->setPen(QPen(palette.color(QPalette::Mid), 2));
    painter->drawLine(lineX, rect.top(), lineX, rect.bottom());

    // The day on the left.
    const QDate day = index.data(R::DueOnRole).toDate();
    painter->setPen(muted);
    painter->setFont(option.font);
    const QRect dateRect(
        rect.left() + kPadding, rect.top() + kPadding, kDateWidth - 2 * kPadding, metrics.height());
    painter->drawText(
        dateRect, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(day, QStringLiteral("d MMM yy")));

    // The badge on the line.
    const QRect badge(lineX - kBadge / 2, rect.top() + kPadding, kBadge, kBadge);
    const bool channelled = kind == Kind::Touch || kind == Kind::Planned;
    if (channelled) {
        const int channel = index.data(R::ChannelRole).toInt();
        const QColor color = channelColor(channel);
        if (kind == Kind::Planned) {
            const bool overdue = index.data(R::OverdueRole).toBool();
            painter->setBrush(palette.color(QPalette::Base));
            painter->setPen(QPen(overdue ? kLost : color, 2, Qt::DashLine));
            painter->drawEllipse(badge.adjusted(1, 1, -1, -1));
            painter->setPen(overdue ? kLost : color);
        } else {
            painter->setBrush(color);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(badge);
            painter->setPen(Qt::white);
        }
        QFont glyphFont = boldFont(option.font);
        glyphFont.setPointSizeF(option.font.pointSizeF() * 0.95);
        painter->setFont(glyphFont);
        painter->drawText(badge, Qt::AlignCenter, channelGlyph(channel));
    } else {
        const QColor color = kind == Kind::Won ? kWon
            : kind == Kind::Lost               ? kLost
                                               : palette.color(QPalette::Mid);
        const QRect dot = badge.adjusted(6, 6, -6, -6);
        painter->setBrush(color);
        painter->setPen(QPen(palette.color(QPalette::Base), 2));
        painter->translate(dot.center());
        painter->rotate(45);
        painter->drawRect(QRect(-dot.width() / 2, -dot.height() / 2, dot.width(), dot.height()));
        painter->resetTransform();
    }

    // What happened.
    const QStringList texts = lines(index);
    const int x = lineX + kBadge / 2 + kPadding + 4;
    int y = rect.top() + kPadding + (kBadge - metrics.height()) / 2;
    const int width = rect.right() - kPadding - x;
    for (int i = 0; i < texts.size(); ++i) {
        QFont font = option.font;
        QColor color = text;
        if (i == 0) {
            font = boldFont(option.font);
            if (!selected && kind == Kind::Won)
                color = kWon;
            else if (!selected && kind == Kind::Lost)
                color = kLost;
            else if (!selected && kind == Kind::Planned && index.data(R::OverdueRole).toBool())
                color = kLost;
            else if (kind != Kind::Touch && kind != Kind::Planned)
                font = option.font;
        } else if (i == 1 && kind == Kind::Touch && !selected) {
            color = index.data(R::CarriesValueRole).toBool() ? kValue : kBare;
            font.setItalic(!index.data(R::CarriesValueRole).toBool());
        } else {
            color = muted;
        }
        painter->setFont(font);
        painter->setPen(color);
        const QFontMetrics fm(font);
        painter->drawText(QRect(x, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(texts.at(i), Qt::ElideRight, width));
        y += metrics.lineSpacing();
    }
    painter->restore();
}

} // namespace Ripen
