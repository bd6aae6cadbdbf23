// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvexport.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QStringList>
#include <optional>

namespace Ripen {

// What the user asked for on the command line, checked but not yet acted on, so that every mistake
// is reported with a clear message before anything opens, and so that the parsing is testable.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Subcommands run headless; later ones (import, report, export-ics) join Generate here.
    enum class Command { Gui, Generate, ExportIcs, Report, Import, Export };
    // What "ripen report lost" prints.
    enum class ReportFormat { Text, Json, Csv };
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    struct Result;

    static constexpr int kMinWidth = 320, kMinHeight = 240, kMaxWidth = 7680, kMaxHeight = 4320;
    static constexpr int kMaxDeals = 1000000;
    static constexpr int kDemoDeals = 150;

    Command command = Command::Gui;
    QString database; // empty: the default database (or the demo one)
    bool demo = false;
    bool resetDemo = false;
    QString screenshot; // PNG file to write instead of running the window
    std::optional<QString> view; // a key of MainWindow::viewKeys()
    qint64 deal = 0; // --deal: the deal the view shows, 0 = none
    QSize size { 1280, 800 };
    QString language; // empty: follow the system locale
    int deals = kDemoDeals;
    quint32 seed = 1;
    QString output; // export-ics, export: the file to write, empty = standard output
    CsvExport::Kind exportKind = CsvExport::Kind::Deals; // export: what to write
    QDate from, to; // export-ics: the days to export, invalid = no limit
    // report lost: how many months, up to which (its first day; invalid = the last full month), how
    static constexpr int kMaxReportMonths = 120;
    int months = 12;
    QDate lastMonth;
    ReportFormat format = ReportFormat::Text;
    // import: the CSV file, what it holds and how to read it.
    QString importFile;
    bool importActivities = false; // --kind activities
    QString preset; // --preset KEY, empty: detected from the header
    QString map; // --map field=column,...
    QString dateFormat; // --date-format, Qt notation; empty: detected
    QString currency = QStringLiteral("EUR"); // --currency: for rows that name none
    bool update = false;
    bool dryRun = false;

    // arguments as QCoreApplication::arguments(): the program first. Safe to call before the
    // application object exists (to decide which one to create); messages are then untranslated.
    static Result parse(const QStringList &arguments);
    // The subcommands ripen knows, as typed on the command line.
    static QStringList commandNames();
};

struct CommandLine::Result
{
    Action action = Action::Run;
    CommandLine options;
    QString text; // the help or version text to print, or what was wrong
};

} // namespace Ripen
