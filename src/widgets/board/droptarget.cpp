// SPDX-License-Identifier: GPL-3.0-or-later
#include "droptarget.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>

namespace Ripen {

DropTarget::DropTarget(const QString &text, const QColor &accent, const char *mimeType, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(text, this))
    , m_mimeType(QString::fromLatin1(mimeType))
    , m_accent(accent)
{
    setAcceptDrops(true);
    setMinimumHeight(44);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_label->setAlignment(Qt::AlignCenter);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    layout->addWidget(m_label);
    setHighlighted(false);
}

void DropTarget::setText(const QString &text)
{
    m_label->setText(text);
}

void DropTarget::setHighlighted(bool on)
{
    const QColor accent = isEnabled() ? m_accent : palette().color(QPalette::Disabled, QPalette::WindowText);
    const QColor fill(accent.red(), accent.green(), accent.blue(), on ? 90 : 28);
    setStyleSheet(QStringLiteral("Ripen--DropTarget { background: rgba(%1,%2,%3,%4); border: 2px dashed %5; "
                                 "border-radius: 6px; } QLabel { color: %5; background: transparent; }")
                      .arg(fill.red())
                      .arg(fill.green())
                      .arg(fill.blue())
                      .arg(fill.alpha())
                      .arg(accent.name()));
}

void DropTarget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::EnabledChange) {
        setAcceptDrops(isEnabled());
        setHighlighted(false);
    }
}

void DropTarget::dragEnterEvent(QDragEnterEvent *event)
{
    if (idsFromMime(event->mimeData(), qPrintable(m_mimeType)).isEmpty())
        return;
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setHighlighted(true);
}

void DropTarget::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropTarget::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QList<qint64> ids = idsFromMime(event->mimeData(), qPrintable(m_mimeType));
    if (ids.isEmpty())
        return;
    // The source list's model cannot remove rows, so a move leaves the card until the dialog decides.
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit idsDropped(ids);
}

QList<qint64> DropTarget::idsFromMime(const QMimeData *data, const char *mimeType)
{
    QList<qint64> ids;
    const QString format = QString::fromLatin1(mimeType);
    if (!data || !data->hasFormat(format))
        return ids;
    QDataStream stream(data->data(format));
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

} // namespace Ripen
