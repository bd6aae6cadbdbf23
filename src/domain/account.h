// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Ripen {

struct Account
{
    qint64 id = 0;
    QString name;
    QString industry;
    QString website;
    QString city;
    // Larger accounts have other entry points: a department or site belongs to a parent account.
    qint64 parentId = 0;
    QString notes;
    QDateTime createdAt;
};

} // namespace Ripen
