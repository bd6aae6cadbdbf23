// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundread.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <utility>

namespace Ripen {

BackgroundRead::~BackgroundRead()
{
    cancel();
}

bool BackgroundRead::canRead(const QString &path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:")
        && !path.startsWith(QLatin1String("file::memory:"));
}

void BackgroundRead::start(
    const QString &path, QObject *context, Work work, std::function<void()> done, int cacheKiB)
{
    cancel();
    m_cancel = false;
    m_done = std::move(done);
    m_thread = QThread::create([this, path, work = std::move(work), cacheKiB] {
        static std::atomic_int counter;
        const QString name = QStringLiteral("ripen-read-%1").arg(counter.fetch_add(1));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery pragma(db);
                pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB)); // freed with it
                work(db, m_cancel);
            } else {
                qWarning("Ripen: a background read could not open %s: %s", qPrintable(path),
                    qPrintable(db.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_thread->setObjectName(QStringLiteral("Ripen background read"));
    // Queued to context's thread; a thread cancelled first is gone, and with it this connection.
    QObject::connect(m_thread, &QThread::finished, context, [this, thread = QPointer<QThread>(m_thread)] {
        if (thread && thread == m_thread)
            adopt();
    });
    // Idle priority: it takes only what the window leaves of the machine.
    m_thread->start(QThread::IdlePriority);
}

void BackgroundRead::cancel()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_done = nullptr;
}

void BackgroundRead::finish()
{
    if (m_thread)
        adopt();
}

bool BackgroundRead::hasFinished() const
{
    return m_thread && m_thread->isFinished();
}

void BackgroundRead::adopt()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (const auto done = std::exchange(m_done, nullptr))
        done();
}

} // namespace Ripen
