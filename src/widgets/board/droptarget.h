// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Ripen {

// The Won and Lost zones under the board: a card dropped here asks how the deal was won or lost.
class DropTarget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropTarget)
public:
    DropTarget(const QString &text, const QColor &accent, QWidget *parent = nullptr);
    void setText(const QString &text);

signals:
    void dealDropped(qint64 dealId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);

    QLabel *m_label;
    QColor m_accent;
};

} // namespace Ripen
