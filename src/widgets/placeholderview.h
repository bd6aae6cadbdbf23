#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace Ripen {

// A centered message with an icon, shown where a view has no content to show (yet).
class PlaceholderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderView)
public:
    PlaceholderView(
        const QIcon &icon, const QString &title, const QString &message, QWidget *parent = nullptr);

    QString title() const;
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
};

} // namespace Ripen
