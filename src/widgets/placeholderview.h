// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspaceview.h"

class QLabel;

namespace Ripen {

// A view that is not built yet: a centred icon, heading and message saying what it will show, so
// nobody takes the empty page for a bug. It already keeps the deal it was asked to show.
class PlaceholderView final : public WorkspaceView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderView)
public:
    // The views still to come, with their texts.
    static PlaceholderView *followUps(QWidget *parent);
    static PlaceholderView *lostDeals(QWidget *parent);

    PlaceholderView(const QString &iconPath, const QString &title, const QString &statusTip,
        const QString &message, QWidget *parent = nullptr);

    QString title() const override { return m_titleText; }
    QString statusTip() const override { return m_statusTip; }
    QIcon icon() const override { return m_iconSource; }
    void setWorkspace(Workspace *) override { }
    void showDeal(qint64 dealId) override { m_dealId = dealId; }
    qint64 shownDeal() const override { return m_dealId; }

    QString heading() const;
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QString m_titleText;
    QString m_statusTip;
    QIcon m_iconSource;
    qint64 m_dealId = 0;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
};

} // namespace Ripen
