// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"

#include <QCoreApplication>

class QSize;
class QTextStream;

namespace Ripen {

struct CommandLine;

// What main() does: reads the command line, creates the right application object (none with a
// display for subcommands, help or errors), loads the translation and runs the window or the command.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)
public:
    // Exit codes: 0 done, 1 something failed (with a message), 2 the command line was wrong.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    static int run(int &argc, char **argv);
    // Sets names and version used by QSettings, QStandardPaths and --version.
    static void setIdentity();
    // Shows window at size on view, lets it lay out, and writes it as a PNG image.
    static bool saveScreenshot(MainWindow &window, const QString &path, const QSize &size,
        const QString &view, QString *errorMessage);
    // --deal: shows that deal in the chosen view; false, with why, when the database has no such deal.
    static bool showDeal(MainWindow &window, const CommandLine &options, QString *errorMessage);

private:
    static int runGui(const CommandLine &options, QTextStream &err);
};

} // namespace Ripen
