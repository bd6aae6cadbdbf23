// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;
class QTextStream;

namespace Ripen {

class Database;

// Opens the database of a command that only reads it (export-ics, export, report): a file that does
// not exist is a mistake to report, not a new database to create, and a file whose whole-file check
// finds damage is refused before anything is read from it. On failure it says why on err, naming the
// file, and returns false.
bool openToRead(Database &database, const QString &path, QTextStream &err);

} // namespace Ripen
