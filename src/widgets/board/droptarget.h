// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QMimeData;

namespace Ripen {

// A zone cards are dropped on: Won and Lost under the board (deal ids), "Pick a date…" under the
// agenda (follow-up ids). It takes the drags of one item model's MIME type, a list of ids.
class DropTarget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropTarget)
public:
    DropTarget(const QString &text, const QColor &accent, const char *mimeType, QWidget *parent = nullptr);
    void setText(const QString &text);

    // The ids a drag carries in mimeType; empty when it carries none.
    static QList<qint64> idsFromMime(const QMimeData *data, const char *mimeType);

signals:
    void idsDropped(const QList<qint64> &ids);

protected:
    // Disabled (a file shown read-only), it is drawn in the palette's disabled grey and takes no drop.
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);

    QLabel *m_label;
    QString m_mimeType;
    QColor m_accent;
};

} // namespace Ripen
