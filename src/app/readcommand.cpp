// SPDX-License-Identifier: GPL-3.0-or-later
#include "readcommand.h"

#include "database.h"

#include <QTextStream>

namespace Ripen {

bool openToRead(Database &database, const QString &path, QTextStream &err)
{
    Database::Options open;
    open.create = false;
    open.backups = false; // it writes nothing, so it keeps no copy before writing
    if (!database.open(path, open)) {
        err << QStringLiteral("ripen: ") << database.errorMessage() << Qt::endl;
        return false;
    }
    // Nothing is printed from a file before SQLite's check of all of it has passed: a damaged page
    // would otherwise come out as rows that look whole.
    if (const auto checked = database.wholeFileChecked(); !checked) {
        err << QStringLiteral("ripen: ") << checked.error() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace Ripen
