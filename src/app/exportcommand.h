// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Ripen {

class Clock;
struct CommandLine;

// "ripen export-ics": the open follow-ups of a database as an iCalendar file, headless.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    // The process exit code: 0 on success, 1 with a message on err when nothing could be written. The
    // file is written whole or not at all; without --output the calendar goes to out.
    static int run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err);
};

} // namespace Ripen
