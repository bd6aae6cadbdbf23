// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

class QObject;
class QThread;

namespace Ripen {

// One read of a database file on a thread of its own, through a read-only connection of its own (one
// statement sees one snapshot of the file; the window's connection keeps writing meanwhile). What the
// work computes it keeps in its own captures; done runs afterwards in the thread of context, through its
// event loop, unless the read was cancelled or waited for first.
//
// Used where a read would otherwise hold up the window: the board's search index, the rest of the lost
// deals' list. A database without a file (":memory:") cannot be opened twice: canRead() says so, and
// the caller reads on its own connection instead.
class BackgroundRead final
{
public:
    // cancel turns true when the reader goes: work should look at it between rows.
    using Work = std::function<void(const QSqlDatabase &db, const std::atomic_bool &cancel)>;

    BackgroundRead() = default;
    ~BackgroundRead();
    BackgroundRead(const BackgroundRead &) = delete;
    BackgroundRead &operator=(const BackgroundRead &) = delete;

    // Whether the database at path can be read by another connection (it is a file).
    static bool canRead(const QString &path);

    // Starts work on a new thread (a read already running is cancelled and waited for first). A
    // connection that cannot be opened leaves work unrun and done still called.
    void start(
        const QString &path, QObject *context, Work work, std::function<void()> done, int cacheKiB = 16384);
    // Cancels a running read and waits for its thread: done is not called.
    void cancel();
    // Waits for a running read to finish and calls done now, in this thread.
    void finish();

    bool isRunning() const { return m_thread != nullptr; }
    // Whether its thread is over and done waits for the event loop (tests).
    bool hasFinished() const;

private:
    void adopt();

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    std::function<void()> m_done;
};

} // namespace Ripen
