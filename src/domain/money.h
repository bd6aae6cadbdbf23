// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Ripen {

// Money is kept as integer minor units (cents) plus an ISO 4217 code.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("EUR");

    friend bool operator==(const Money &, const Money &) = default;
};

// "€12,500" or "12.500 €" depending on the locale; whole units when there are no cents.
QString formatMoney(const Money &money, const QLocale &locale = QLocale());
// Compact for tight spaces such as column headers: "€628k", "€1.2M", "€950".
QString formatMoneyShort(const Money &money, const QLocale &locale = QLocale());
// Parses "12500", "12,500.50" (in the locale) into minor units; nullopt-like -1 on failure.
qint64 parseMoneyMinor(const QString &text, const QLocale &locale = QLocale());
// A plain number for files other programs read: major units, a dot and the two minor digits every
// amount is kept in, a minus sign when below zero, no grouping and no symbol ("1234.50", "-0.05").
QString plainAmount(qint64 minor);
bool isValidCurrencyCode(const QString &code);

} // namespace Ripen
