// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace Ripen {

QDateTime SystemClock::now() const
{
    // Local wall-clock time without zone: the database stores what the user sees.
    QDateTime local = QDateTime::currentDateTime();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute(), local.time().second()));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

QDate dateFromIso(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QDateTime dateTimeFromIso(const QString &text)
{
    if (text.size() == 10)
        return QDateTime(dateFromIso(text), QTime(0, 0));
    return QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace Ripen
