// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupreminder.h"

#include "clock.h"
#include "enums.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace Ripen {

FollowUpReminder::FollowUpReminder(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/ripen/icons/ripen.svg")), this);
        m_tray->setToolTip(QCoreApplication::applicationName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastShown)
                emit openRequested(m_lastShown);
        });
    }
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &FollowUpReminder::check);
}

FollowUpReminder::~FollowUpReminder() = default;

void FollowUpReminder::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    // Another file: its follow-ups have not been told of.
    m_told.clear();
    m_day = QDate();
    if (m_workspace) {
        m_timer.start();
        if (m_tray)
            m_tray->show();
        // After the window is up, not while it is being built.
        QTimer::singleShot(0, this, &FollowUpReminder::check);
    } else {
        m_timer.stop();
        if (m_tray)
            m_tray->hide();
    }
}

QList<FollowUpReminder::Due> FollowUpReminder::takeNewlyDue()
{
    QList<Due> due;
    if (!m_workspace)
        return due;
    const QDate today = m_clock.today();
    if (today != m_day) {
        m_day = today;
        m_told.clear(); // yesterday's ids will never be due today again unless moved, and then they are new
    }
    const Pipeline &pipeline = m_workspace->pipeline();
    for (const auto &[followUp, dealTitle] : pipeline.openFollowUpsDueOn(today)) {
        if (m_told.contains(followUp.id))
            continue;
        m_told.insert(followUp.id);
        const QString value = followUp.plannedValueKind == ValueKind::None
            ? QCoreApplication::translate("FollowUpReminder", "no value planned")
            : QCoreApplication::translate("FollowUpReminder", "%1: %2")
                  .arg(enumLabel(followUp.plannedValueKind), followUp.plannedValue);
        due << Due {
            followUp.id, dealTitle,
            QCoreApplication::translate("FollowUpReminder", "%1 · %2").arg(enumLabel(followUp.channel), value)
        };
    }
    return due;
}

std::pair<QString, QString> FollowUpReminder::message(const QList<Due> &due)
{
    if (due.size() == 1)
        return {
            QCoreApplication::translate("FollowUpReminder", "Follow-up due: %1").arg(due.first().dealTitle),
            due.first().what
        };
    QStringList deals;
    for (const Due &one : due.mid(0, 3))
        deals << one.dealTitle;
    if (due.size() > 3)
        deals << QStringLiteral("…");
    return { QCoreApplication::translate(
                 "FollowUpReminder", "%n follow-ups due today", nullptr, int(due.size())),
        deals.join(QStringLiteral(", ")) };
}

void FollowUpReminder::check()
{
    if (!m_tray)
        return; // nothing to show them on: not even read (a screenshot, a desktop without a tray)
    const QList<Due> due = takeNewlyDue();
    if (due.isEmpty())
        return;
    const auto [title, text] = message(due);
    m_lastShown = due.first().followUpId;
    m_tray->showMessage(title, text, QSystemTrayIcon::Information);
}

} // namespace Ripen
