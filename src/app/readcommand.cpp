// SPDX-License-Identifier: GPL-3.0-or-later
#include "readcommand.h"

#include "database.h"

#include <QTextStream>

namespace Ripen {

bool openToRead(Database &database, const QString &path, QTextStream &err)
{
    Database::Options open;
    open.create = false;
    if (database.open(path, open))
        return true;
    err << QStringLiteral("ripen: ") << database.errorMessage() << Qt::endl;
    return false;
}

} // namespace Ripen
