// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QLocale>
#include <QString>

namespace Ripen {

// The locale's short date, but with the full year: "11/23/2026", not "11/23/26".
inline QString fullYearDateFormat(const QLocale &locale = QLocale())
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// The line under a form that names the field in error and what is wrong with it; hidden until then.
inline void setUpErrorLabel(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
}

} // namespace Ripen
