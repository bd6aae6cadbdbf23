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

namespace {

// The digits of text[from, from + count) as a number, or -1 when one of them is not a digit.
int digits(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "yyyy-MM-dd" at the start of text, read by hand: Qt's parsers interpret a format on every call,
// which made reading a few thousand touches cost tens of milliseconds.
QDate fastDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for a month 13 or a 30 February, as it should be
}

} // namespace

QDate dateFromIso(const QString &text)
{
    return fastDate(text);
}

QDateTime dateTimeFromIso(const QString &text)
{
    const QDate date = fastDate(text);
    if (!date.isValid())
        return {};
    if (text.size() == 10)
        return QDateTime(date, QTime(0, 0));
    if (text.size() < 19 || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return {};
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    const QTime time(hour, minute, second);
    return time.isValid() ? QDateTime(date, time) : QDateTime();
}

} // namespace Ripen
