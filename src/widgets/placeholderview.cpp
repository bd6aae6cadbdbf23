// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderview.h"

#include "textsupport.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Ripen {

namespace {

constexpr int kIconSize = 96;

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
        a.greenF() + (b.greenF() - a.greenF()) * amountOfB, a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

PlaceholderView *PlaceholderView::followUps(QWidget *parent)
{
    return new PlaceholderView(QStringLiteral(":/ripen/icons/followups.svg"), tr("&Follow-ups"),
        tr("The touches that are due, today and this week"),
        tr("The follow-up list is not built yet. It will show the touches that are due today and this week, "
           "and warn you before persistence turns into nuisance."),
        parent);
}

PlaceholderView *PlaceholderView::lostDeals(QWidget *parent)
{
    return new PlaceholderView(QStringLiteral(":/ripen/icons/lostdeals.svg"), tr("&Lost Deals"),
        tr("Deals lost in the last twelve months and which are ripe again"),
        tr("The lost deals review is not built yet. It will show the deals lost in the last twelve months, "
           "why each was lost, and which ones are ripe to pursue again."),
        parent);
}

PlaceholderView::PlaceholderView(const QString &iconPath, const QString &title, const QString &statusTip,
    const QString &message, QWidget *parent)
    : WorkspaceView(parent)
    , m_titleText(title)
    , m_statusTip(statusTip)
    , m_iconSource(iconPath)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(withoutMnemonic(title), this))
    , m_message(new QLabel(message, this))
{
    m_icon->setPixmap(m_iconSource.pixmap(kIconSize, kIconSize));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Long explanations read best in a column about as wide as a paragraph of a book; narrower
    // windows squeeze it rather than cut it.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 64);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(fontMetrics().height() / 2);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(fontMetrics().height() / 2);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    updateColors();
}

QString PlaceholderView::heading() const
{
    return m_title->text();
}

QString PlaceholderView::message() const
{
    return m_message->text();
}

void PlaceholderView::changeEvent(QEvent *event)
{
    WorkspaceView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void PlaceholderView::updateColors()
{
    // Toned-down text, as KDE's placeholder messages do; derived from the palette so it works on dark themes.
    const QPalette base = palette();
    const QColor text = base.color(QPalette::WindowText);
    const QColor background = base.color(QPalette::Window);
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, mixed(text, background, 0.25));
    m_title->setPalette(titlePalette);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, mixed(text, background, 0.35));
    m_message->setPalette(messagePalette);
}

} // namespace Ripen
