// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <cmath>

namespace Ripen {

namespace {
QString symbolFor(const QString &code)
{
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("CHF"))
        return QStringLiteral("CHF");
    return code;
}
} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    const bool whole = money.minor % 100 == 0;
    const double units = static_cast<double>(money.minor) / 100.0;
    return locale.toCurrencyString(units, symbolFor(money.currency), whole ? 0 : 2);
}

QString formatMoneyShort(const Money &money, const QLocale &locale)
{
    const double units = static_cast<double>(money.minor) / 100.0;
    double shown = std::round(units);
    int decimals = 0;
    QString suffix;
    if (units >= 999500.0) {
        shown = units / 1e6;
        decimals = shown < 9.95 ? 1 : 0;
        suffix = QStringLiteral("M");
    } else if (units >= 10000.0) {
        shown = std::round(units / 1000.0);
        suffix = QStringLiteral("k");
    }
    // The suffix belongs to the number, wherever the locale puts the symbol ("€628k", "628k €").
    const QString currency = locale.toCurrencyString(shown, symbolFor(money.currency), decimals);
    const QString number = locale.toString(shown, 'f', decimals);
    QString result = currency;
    const int at = currency.indexOf(number);
    if (at >= 0)
        result.insert(at + number.size(), suffix);
    return result;
}

qint64 parseMoneyMinor(const QString &text, const QLocale &locale)
{
    QString cleaned = text.trimmed();
    for (const QString &symbol : { QStringLiteral("€"), QStringLiteral("$"), QStringLiteral("£") })
        cleaned.remove(symbol);
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty())
        return -1;
    bool ok = false;
    double units = locale.toDouble(cleaned, &ok);
    if (!ok)
        units = QLocale::c().toDouble(cleaned, &ok);
    if (!ok || units < 0 || !std::isfinite(units) || units > 9.0e15 / 100.0)
        return -1;
    return static_cast<qint64>(std::llround(units * 100.0));
}

QString plainAmount(qint64 minor)
{
    // Integer arithmetic: a double would round amounts above 2^53 cents.
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool isValidCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

} // namespace Ripen
