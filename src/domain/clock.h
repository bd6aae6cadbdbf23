// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Ripen {

// "Today" is injected everywhere so that rules, storage and tests are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// ISO-8601 text as stored in the database.
QString isoDate(const QDate &date);
QString isoDateTime(const QDateTime &dateTime);
QDate dateFromIso(const QString &text);
QDateTime dateTimeFromIso(const QString &text);

} // namespace Ripen
