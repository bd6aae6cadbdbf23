// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;
class QTextStream;

namespace Ripen {

class Database;

// Opens the database of a command that only reads it (export-ics, report): a file that does not exist
// is a mistake to report, not a new database to create. On failure it says why on err, naming the
// file, and returns false.
bool openToRead(Database &database, const QString &path, QTextStream &err);

} // namespace Ripen
