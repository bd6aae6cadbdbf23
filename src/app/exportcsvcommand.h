// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Ripen {

struct CommandLine;

// "ripen export deals|activities|followups --database DB [--output FILE]": a database's deals, touches
// or open follow-ups as a CSV file (CsvExport), headless. The database must exist.
class ExportCsvCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)
public:
    // The process exit code: 0 on success, 1 with a message on err naming the file that could not be
    // read or written. With --output the file is written whole or not at all, and err says how many
    // rows; without, the CSV alone goes to out's device, a row at a time.
    static int run(const CommandLine &options, QTextStream &out, QTextStream &err);
};

} // namespace Ripen
