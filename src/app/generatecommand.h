// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Ripen {

class Clock;
struct CommandLine;

// "ripen generate": fills a new or empty database with demo data, headless.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    // The process exit code: 0 on success, 1 with a message on err when nothing could be generated.
    // showProgress: a progress line on err, for a terminal (large databases take a while).
    static int run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err,
        bool showProgress = false);
};

} // namespace Ripen
