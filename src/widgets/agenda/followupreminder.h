// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QSystemTrayIcon;

namespace Ripen {

class Clock;
class Workspace;

// While Ripen runs, a follow-up that falls due (today's, when the app starts or the day turns, and
// any planned for today since) raises one desktop notification through the system tray, once;
// clicking it opens the follow-up. Without a tray (offscreen, a desktop without one) nothing is shown
// and nothing fails.
class FollowUpReminder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpReminder)
public:
    struct Due
    {
        qint64 followUpId = 0;
        QString dealTitle;
        QString what; // "Call · Insight: their fleet in numbers"
    };

    explicit FollowUpReminder(const Clock &clock, QObject *parent = nullptr);
    ~FollowUpReminder() override;

    void setWorkspace(Workspace *workspace);
    bool hasTray() const { return m_tray != nullptr; }
    // The follow-ups due today that no notification has told of yet; they count as told from now on.
    QList<Due> takeNewlyDue();
    // The notification for them: a title and a line.
    static std::pair<QString, QString> message(const QList<Due> &due);

public slots:
    // Tells of what fell due since the last check (the timer calls it every minute).
    void check();

signals:
    // The user clicked the notification: show this follow-up (the first of several).
    void openRequested(qint64 followUpId);

private:
    const Clock &m_clock;
    QPointer<Workspace> m_workspace;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_timer;
    QDate m_day;
    QSet<qint64> m_told;
    qint64 m_lastShown = 0;
};

} // namespace Ripen
