#include "placeholderview.h"

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

PlaceholderView::PlaceholderView(
    const QIcon &icon, const QString &title, const QString &message, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_message(new QLabel(message, this))
{
    m_icon->setPixmap(icon.pixmap(kIconSize, kIconSize));
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

QString PlaceholderView::title() const
{
    return m_title->text();
}

QString PlaceholderView::message() const
{
    return m_message->text();
}

void PlaceholderView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
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
