// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace Ripen {

struct Contact
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString jobTitle;
    ContactRole role = ContactRole::Other;
    QString email;
    QString phone;
    QString notes;
    QDateTime createdAt;
};

} // namespace Ripen
