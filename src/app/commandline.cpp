// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "io/importmapping.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace Ripen {

namespace {

const auto kGenerate = QStringLiteral("generate");
const auto kExportIcs = QStringLiteral("export-ics");
const auto kReport = QStringLiteral("report");
const auto kLostReport = QStringLiteral("lost");
const auto kImport = QStringLiteral("import");
const auto kExport = QStringLiteral("export");

// QGuiApplication and QApplication take these out of the arguments, but the first parse runs before
// the application exists: accept them there so that e.g. "ripen -style fusion" is not an error.
const char *const kQtOptionsWithValue[] = { "platform", "platformpluginpath", "platformtheme", "plugin",
    "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display", "geometry", "name", "title",
    "visual", "style", "stylesheet", "qmljsdebugger" };

// Every option that takes a value, ours and Qt's: their values are not subcommands.
const QStringList &optionsWithValue()
{
    static const QStringList names = [] {
        QStringList list { QStringLiteral("d"), QStringLiteral("database"), QStringLiteral("lang"),
            QStringLiteral("screenshot"), QStringLiteral("view"), QStringLiteral("deal"),
            QStringLiteral("size"), QStringLiteral("deals"), QStringLiteral("seed"), QStringLiteral("output"),
            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("months"),
            QStringLiteral("format") };
        for (const char *name : kQtOptionsWithValue)
            list << QString::fromLatin1(name);
        return list;
    }();
    return names;
}

void addQtOptions(QCommandLineParser &parser)
{
    const char *const flags[] = { "reverse", "widgetcount", "nograb", "dograb", "sync" };
    for (const char *name : kQtOptionsWithValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : flags) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

} // namespace

QStringList CommandLine::commandNames()
{
    return { kGenerate, kExportIcs, kReport, kImport, kExport };
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    // The subcommand is the first argument that is neither an option nor an option's value, as in
    // "ripen --lang de generate ...": everything else belongs to it.
    Command command = Command::Gui;
    QString unknownCommand;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            break;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && optionsWithValue().contains(name))
                ++i;
        } else {
            if (argument == kGenerate)
                command = Command::Generate;
            else if (argument == kExportIcs)
                command = Command::ExportIcs;
            else if (argument == kReport)
                command = Command::Report;
            else if (argument == kImport)
                command = Command::Import;
            else if (argument == kExport)
                command = Command::Export;
            else
                unknownCommand = argument;
            break;
        }
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption({ QStringLiteral("d"), QStringLiteral("database") },
        tr("The database file to open (created when it does not exist)."), tr("file"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        tr("Use this language (e.g. de) instead of the system language."), tr("code"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("Open the demo database, filled with %1 sample deals the first time.").arg(kDemoDeals));
    const QCommandLineOption resetDemoOption(
        QStringLiteral("reset-demo"), tr("With --demo: throw the demo database away and create it anew."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        tr("Save a picture of the window to this PNG file and quit, without a display."), tr("file.png"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        tr("Start in this view: %1.").arg(MainWindow::viewKeys().join(QLatin1String(", "))), tr("view"));
    const QCommandLineOption dealOption(QStringLiteral("deal"),
        tr("Show this deal (its id) in the view; without --view, in the prospect timeline."), tr("id"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        tr("With --screenshot: the window size in pixels (default: 1280x800)."), tr("WIDTHxHEIGHT"));
    const QCommandLineOption dealsOption(QStringLiteral("deals"),
        tr("How many deals to generate (default: %1).").arg(kDemoDeals), tr("count"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        tr("Seed of the random generator; the same seed gives the same data (default: 1)."), tr("number"));

    const QCommandLineOption outputOption(QStringLiteral("output"),
        tr("The calendar file to write (default: standard output)."), tr("file.ics"));
    const QCommandLineOption csvOutputOption(QStringLiteral("output"),
        tr("The CSV file to write, whole or not at all (default: standard output)."), tr("file.csv"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("Only follow-ups due on or after this day."), tr("YYYY-MM-DD"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Only follow-ups due on or before this day."), tr("YYYY-MM-DD"));

    const QCommandLineOption monthsOption(QStringLiteral("months"),
        tr("How many months the review covers, 1 to %1 (default: 12).").arg(kMaxReportMonths), tr("count"));
    const QCommandLineOption lastMonthOption(QStringLiteral("to"),
        tr("The last month of the review (default: the last full month)."), tr("YYYY-MM"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("How to print it: text, json or csv (default: text)."), tr("format"));

    const QCommandLineOption kindOption(
        QStringLiteral("kind"), tr("What the file holds: deals or activities (default: deals)."), tr("kind"));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
        tr("How its columns are named: %1 (default: recognised from the header).")
            .arg(QStringLiteral("pipedrive, hubspot, salesforce, spreadsheet")),
        tr("name"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
        tr("Which column feeds which field, e.g. title=Deal,value=3 (a column by its header or its number)."),
        tr("field=column,..."));
    const QCommandLineOption dateFormatOption(QStringLiteral("date-format"),
        tr("How the file writes dates, e.g. M/d/yyyy or d.M.yyyy (default: recognised)."), tr("format"));
    const QCommandLineOption currencyOption(
        QStringLiteral("currency"), tr("The currency of amounts that name none (default: EUR)."), tr("code"));
    const QCommandLineOption updateOption(QStringLiteral("update"),
        tr("Give what is already there what the file says: a deal its value, currency and owner; "
           "an activity its moment, outcome, value and note."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check and count, write nothing."));

    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    if (command == Command::Gui) {
        parser.setApplicationDescription(
            tr("Ripen keeps your pipeline and follow-ups, for salespeople who win by "
               "persistence.\n\nCommands, run without a display:\n"
               "  generate   Fill a new database with demo data (ripen generate --help)\n"
               "  export-ics Write the open follow-ups as a calendar file (ripen export-ics --help)\n"
               "  report     Print the lost-deal review, month by month (ripen report --help)\n"
               "  import     Bring deals in from a CSV file (ripen import --help)\n"
               "  export     Write the deals, activities or follow-ups as a CSV file (ripen export --help)"));
        parser.addOption(demoOption);
        parser.addOption(resetDemoOption);
        parser.addOption(screenshotOption);
        parser.addOption(viewOption);
        parser.addOption(dealOption);
        parser.addOption(sizeOption);
        addQtOptions(parser);
    } else if (command == Command::Generate) {
        parser.setApplicationDescription(
            tr("Fills a new or empty database with a believable demo pipeline."));
        parser.addPositionalArgument(kGenerate, tr("The command."), kGenerate);
        parser.addOption(dealsOption);
        parser.addOption(seedOption);
    } else if (command == Command::Import) {
        parser.setApplicationDescription(
            tr("Imports deals from a CSV file (a Pipedrive, HubSpot or Salesforce export, a spreadsheet, or "
               "Ripen's own export). Every row is checked first; a row with a problem is named by line and "
               "column and skipped, the others are written in one transaction."));
        parser.addPositionalArgument(kImport, tr("The command."), kImport);
        parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."), tr("FILE"));
        parser.addOption(kindOption);
        parser.addOption(presetOption);
        parser.addOption(mapOption);
        parser.addOption(dateFormatOption);
        parser.addOption(currencyOption);
        parser.addOption(updateOption);
        parser.addOption(dryRunOption);
    } else if (command == Command::Export) {
        parser.setApplicationDescription(tr(
            "Writes the deals, the activities (touches) or the open follow-ups as a CSV file (UTF-8, "
            "comma-separated) that spreadsheets open and “ripen import” reads back with no mapping. Text "
            "a spreadsheet would run as a formula gets a leading apostrophe, which the import takes off."));
        parser.addPositionalArgument(kExport, tr("The command."), kExport);
        parser.addPositionalArgument(QStringLiteral("what"),
            tr("What to export: %1.").arg(CsvExport::keys().join(QStringLiteral(", "))),
            CsvExport::keys().join(QLatin1Char('|')));
        parser.addOption(csvOutputOption);
    } else if (command == Command::Report) {
        parser.setApplicationDescription(
            tr("Prints the lost-deal review without a display: per month the deals lost, their value, the "
               "reasons, how many were re-engaged and won back, and the totals."));
        parser.addPositionalArgument(kReport, tr("The command."), kReport);
        parser.addPositionalArgument(kLostReport, tr("The report: lost."), kLostReport);
        parser.addOption(monthsOption);
        parser.addOption(lastMonthOption);
        parser.addOption(formatOption);
    } else {
        parser.setApplicationDescription(
            tr("Writes the open follow-ups as an iCalendar file (RFC 5545) that Thunderbird, Evolution, "
               "GNOME Calendar and Outlook import: one all-day event per follow-up, on its due day."));
        parser.addPositionalArgument(kExportIcs, tr("The command."), kExportIcs);
        parser.addOption(outputOption);
        parser.addOption(fromOption);
        parser.addOption(toOption);
    }

    Result result;
    CommandLine &options = result.options;
    options.command = command;
    const auto error = [&result](const QString &message) {
        result.action = Action::Error;
        result.text = message;
        return result;
    };
    // Known before any other check, so that even an error is shown in the requested language.
    const bool parsed = parser.parse(arguments);
    options.language = parser.value(languageOption);
    // An unknown option first: its value would otherwise pass for an unknown command.
    if (!parsed)
        return error(parser.errorText());
    if (!unknownCommand.isEmpty())
        return error(tr("Unknown command “%1”. The commands are: %2.")
                         .arg(unknownCommand, commandNames().join(QLatin1String(", "))));
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        result.text = QStringLiteral("%1 %2\n").arg(
            QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return result;
    }

    QStringList extra = parser.positionalArguments();
    if (command == Command::Generate)
        extra.removeOne(kGenerate);
    else if (command == Command::ExportIcs)
        extra.removeOne(kExportIcs);
    else if (command == Command::Import) {
        extra.removeOne(kImport);
        if (extra.isEmpty())
            return error(tr("import needs the CSV file to read."));
        options.importFile = extra.takeFirst();
    } else if (command == Command::Export) {
        extra.removeOne(kExport);
        const QString kinds = CsvExport::keys().join(QStringLiteral(", "));
        if (extra.isEmpty())
            return error(tr("export needs what to export: %1.").arg(kinds));
        const auto kind = CsvExport::kindFromKey(extra.first());
        if (!kind)
            return error(tr("Unknown export “%1”. What can be exported: %2.").arg(extra.first(), kinds));
        options.exportKind = *kind;
        extra.removeFirst();
    } else if (command == Command::Report) {
        extra.removeOne(kReport);
        if (extra.isEmpty())
            return error(tr("report needs the report to print: %1.").arg(kLostReport));
        if (extra.first() != kLostReport)
            return error(tr("Unknown report “%1”. The reports are: %2.").arg(extra.first(), kLostReport));
        extra.removeFirst();
    }
    if (!extra.isEmpty())
        return error(tr("Unexpected argument “%1”.").arg(extra.first()));
    if (parser.isSet(languageOption) && options.language.trimmed().isEmpty())
        return error(tr("--lang needs a language code such as de or en."));

    if (parser.isSet(databaseOption)) {
        options.database = parser.value(databaseOption);
        if (options.database.trimmed().isEmpty())
            return error(tr("--database needs a file name."));
    }

    if (command == Command::ExportIcs) {
        if (!parser.isSet(databaseOption))
            return error(tr("export-ics needs --database FILE: the database whose follow-ups to export."));
        options.output = parser.value(outputOption);
        if (parser.isSet(outputOption) && options.output.trimmed().isEmpty())
            return error(tr("--output needs a file name."));
        for (const auto &[option, day] :
            { std::pair { &fromOption, &options.from }, std::pair { &toOption, &options.to } }) {
            if (!parser.isSet(*option))
                continue;
            const QString text = parser.value(*option);
            *day = QDate::fromString(text, Qt::ISODate);
            if (!day->isValid())
                return error(tr("--%1 must be a day as YYYY-MM-DD, e.g. 2026-12-31, not “%2”.")
                                 .arg(option->names().constFirst(), text));
        }
        if (options.from.isValid() && options.to.isValid() && options.from > options.to)
            return error(tr("--from (%1) is after --to (%2): no day lies between them.")
                             .arg(parser.value(fromOption), parser.value(toOption)));
        return result;
    }

    if (command == Command::Export) {
        if (!parser.isSet(databaseOption))
            return error(tr("export needs --database FILE: the database to export from."));
        options.output = parser.value(csvOutputOption);
        if (parser.isSet(csvOutputOption) && options.output.trimmed().isEmpty())
            return error(tr("--output needs a file name."));
        return result;
    }

    if (command == Command::Import) {
        if (!parser.isSet(databaseOption))
            return error(tr("import needs --database FILE: the database to import into."));
        if (parser.isSet(kindOption)) {
            const QString kind = parser.value(kindOption);
            if (kind == QLatin1String("activities"))
                options.importActivities = true;
            else if (kind != QLatin1String("deals"))
                return error(tr("--kind must be deals or activities, not “%1”.").arg(kind));
        }
        options.preset = parser.value(presetOption);
        if (parser.isSet(presetOption) && !ImportMapping::preset(options.preset))
            return error(tr("Unknown preset “%1”. The presets are: %2.")
                             .arg(options.preset,
                                 QStringLiteral("pipedrive, hubspot, salesforce, spreadsheet, "
                                                "pipedrive-activities, spreadsheet-activities")));
        if (parser.isSet(presetOption) && parser.isSet(mapOption))
            return error(tr("Use either --preset or --map, not both."));
        if (parser.isSet(presetOption)
            && options.importActivities
                != (ImportMapping::preset(options.preset)->kind == ImportMapping::Kind::Activities))
            return error(
                tr("The preset “%1” is for a file of %2; add --kind %2.")
                    .arg(options.preset,
                        options.importActivities ? QStringLiteral("deals") : QStringLiteral("activities")));
        options.map = parser.value(mapOption);
        options.dateFormat = parser.value(dateFormatOption);
        if (parser.isSet(dateFormatOption)
            && !QDate::fromString(QStringLiteral("2026-12-31"), Qt::ISODate)
                    .toString(options.dateFormat)
                    .contains(QLatin1String("2026")))
            return error(tr("--date-format needs a format with the year, e.g. M/d/yyyy, not “%1”.")
                             .arg(options.dateFormat));
        if (parser.isSet(currencyOption)) {
            options.currency = parser.value(currencyOption).trimmed().toUpper();
            static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
            if (!code.match(options.currency).hasMatch())
                return error(tr("--currency needs a three-letter code such as EUR, not “%1”.")
                                 .arg(parser.value(currencyOption)));
        }
        options.update = parser.isSet(updateOption);
        options.dryRun = parser.isSet(dryRunOption);
        return result;
    }

    if (command == Command::Report) {
        if (!parser.isSet(databaseOption))
            return error(tr("report needs --database FILE: the database to report on."));
        if (parser.isSet(monthsOption)) {
            bool ok = false;
            const QString text = parser.value(monthsOption);
            options.months = text.toInt(&ok);
            if (!ok || options.months < 1 || options.months > kMaxReportMonths)
                return error(tr("--months must be a whole number from 1 to %1, not “%2”.")
                                 .arg(kMaxReportMonths)
                                 .arg(text));
        }
        if (parser.isSet(lastMonthOption)) {
            const QString text = parser.value(lastMonthOption);
            static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}$"));
            options.lastMonth = pattern.match(text).hasMatch()
                ? QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate)
                : QDate();
            if (!options.lastMonth.isValid())
                return error(tr("--to must be a month as YYYY-MM, e.g. 2026-10, not “%1”.").arg(text));
        }
        if (parser.isSet(formatOption)) {
            const QString text = parser.value(formatOption);
            if (text == QLatin1String("text"))
                options.format = ReportFormat::Text;
            else if (text == QLatin1String("json"))
                options.format = ReportFormat::Json;
            else if (text == QLatin1String("csv"))
                options.format = ReportFormat::Csv;
            else
                return error(tr("--format must be text, json or csv, not “%1”.").arg(text));
        }
        return result;
    }

    if (command == Command::Generate) {
        if (!parser.isSet(databaseOption))
            return error(
                tr("generate needs --database FILE: the new or empty database to fill with demo data."));
        if (parser.isSet(dealsOption)) {
            bool ok = false;
            const QString text = parser.value(dealsOption);
            options.deals = text.toInt(&ok);
            if (!ok || options.deals < 1 || options.deals > kMaxDeals)
                return error(
                    tr("--deals must be a whole number from 1 to %1, not “%2”.").arg(kMaxDeals).arg(text));
        }
        if (parser.isSet(seedOption)) {
            bool ok = false;
            const QString text = parser.value(seedOption);
            options.seed = text.toUInt(&ok);
            if (!ok)
                return error(tr("--seed must be a whole number from 0 to %1, not “%2”.")
                                 .arg(std::numeric_limits<quint32>::max())
                                 .arg(text));
        }
        return result;
    }

    options.demo = parser.isSet(demoOption);
    options.resetDemo = parser.isSet(resetDemoOption);
    if (options.demo && parser.isSet(databaseOption))
        return error(tr("Use either --database or --demo, not both."));
    if (options.resetDemo && !options.demo)
        return error(tr("--reset-demo only works together with --demo."));

    if (parser.isSet(viewOption)) {
        const QString key = parser.value(viewOption);
        if (MainWindow::viewKeys().contains(key))
            options.view = key;
        else
            return error(tr("Unknown view “%1” for --view. Choose one of: %2.")
                             .arg(key, MainWindow::viewKeys().join(QLatin1String(", "))));
    }

    if (parser.isSet(dealOption)) {
        bool ok = false;
        const QString text = parser.value(dealOption);
        options.deal = text.toLongLong(&ok);
        if (!ok || options.deal < 1)
            return error(tr("--deal needs the id of a deal, a whole number from 1, not “%1”.").arg(text));
        if (!options.view)
            options.view = QStringLiteral("timeline");
    }

    if (parser.isSet(screenshotOption)) {
        options.screenshot = parser.value(screenshotOption);
        if (QFileInfo(options.screenshot).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0)
            return error(tr("--screenshot writes a PNG image: give a file name ending in .png, not “%1”.")
                             .arg(options.screenshot));
    }
    if (parser.isSet(sizeOption)) {
        if (options.screenshot.isEmpty())
            return error(tr("--size only applies to --screenshot."));
        const QString text = parser.value(sizeOption);
        static const QRegularExpression pattern(
            QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
        const QRegularExpressionMatch match = pattern.match(text);
        const QSize size
            = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (!match.hasMatch() || size.width() < kMinWidth || size.height() < kMinHeight
            || size.width() > kMaxWidth || size.height() > kMaxHeight)
            return error(tr("--size must be WIDTHxHEIGHT in pixels between %1x%2 and %3x%4, e.g. 1280x800; "
                            "“%5” is not.")
                             .arg(kMinWidth)
                             .arg(kMinHeight)
                             .arg(kMaxWidth)
                             .arg(kMaxHeight)
                             .arg(text));
        options.size = size;
    }
    return result;
}

} // namespace Ripen
