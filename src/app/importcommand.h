// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Ripen {

class Clock;
struct CommandLine;
struct ImportSummary;

// "ripen import FILE --database DB": reads the CSV file, maps its columns (a preset, --map, or guessed
// from the header), checks every row, writes the valid ones in one transaction and prints a summary:
// rows read, imported, already present, skipped with their reasons (line and column), and what was
// created. A database that does not exist is created. Exit code 0 when rows were imported or all
// were there already, 1 when nothing could be (a file or database that cannot be read, a date format
// to choose, no valid row).
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static int run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err);
    static QString summaryText(const ImportSummary &summary, bool dryRun);
};

} // namespace Ripen
