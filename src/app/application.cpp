// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "clock.h"
#include "commandline.h"
#include "demodatabase.h"
#include "exportcommand.h"
#include "exportcsvcommand.h"
#include "generatecommand.h"
#include "importcommand.h"
#include "reportcommand.h"
#include "translations.h"
#include "workspace.h"
#include "workspaceview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace Ripen {

namespace {
// QT_LOGGING_RULES="ripen.startup.info=true": when `ripen --screenshot` has painted the window, on the
// monotonic clock, for bench_board's cold start (its launcher notes when it started the process).
Q_LOGGING_CATEGORY(lcStartup, "ripen.startup", QtWarningMsg)
} // namespace

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ripen"));
    QCoreApplication::setApplicationName(QStringLiteral("Ripen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RIPEN_VERSION));
}

int Application::run(int &argc, char **argv)
{
    // First look, before any application object exists: it decides which one to create.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine::Result first = CommandLine::parse(rawArguments);
    // Only a window needs a display: help, errors (an unknown --lang too) and subcommands do without.
    const bool gui = first.action == CommandLine::Action::Run
        && first.options.command == CommandLine::Command::Gui
        && (first.options.language.isEmpty() || Translations::isAvailable(first.options.language));
    // A screenshot needs no display; an explicit platform choice is still respected.
    if (gui && !first.options.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform warns about every window size limit it cannot pass on to a window
        // manager it does not have; on a terminal that reads like a problem, so it is left out.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.startsWith(QLatin1String("This plugin does not support propagateSizeHints")))
                previous(type, context, message);
        });
    }

    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail
        = [&err](const QString &message) { err << QStringLiteral("ripen: ") << message << Qt::endl; };

    QString problem;
    if (!Translations::install(first.options.language, &problem)) {
        fail(problem);
        return UsageError;
    }

    // Again, now that the messages can be in the user's language and Qt has taken its own options out.
    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        out << parsed.text;
        return Success;
    case CommandLine::Action::Error:
        fail(parsed.text);
        if (parsed.options.command == CommandLine::Command::Generate)
            err << tr("Run “ripen generate --help” for its options.") << Qt::endl;
        else if (parsed.options.command == CommandLine::Command::ExportIcs)
            err << tr("Run “ripen export-ics --help” for its options.") << Qt::endl;
        else if (parsed.options.command == CommandLine::Command::Report)
            err << tr("Run “ripen report --help” for its options.") << Qt::endl;
        else if (parsed.options.command == CommandLine::Command::Import)
            err << tr("Run “ripen import --help” for its options.") << Qt::endl;
        else if (parsed.options.command == CommandLine::Command::Export)
            err << tr("Run “ripen export --help” for its options.") << Qt::endl;
        else
            err << tr("Run “ripen --help” for the options.") << Qt::endl;
        return UsageError;
    case CommandLine::Action::Run:
        break;
    }

    switch (parsed.options.command) {
    case CommandLine::Command::Generate: {
        const SystemClock clock;
        return GenerateCommand::run(parsed.options, clock, out, err, isatty(fileno(stderr)) != 0);
    }
    case CommandLine::Command::ExportIcs: {
        const SystemClock clock;
        return ExportCommand::run(parsed.options, clock, out, err);
    }
    case CommandLine::Command::Report: {
        const SystemClock clock;
        return ReportCommand::run(parsed.options, clock, out, err);
    }
    case CommandLine::Command::Import: {
        const SystemClock clock;
        return ImportCommand::run(parsed.options, clock, out, err);
    }
    case CommandLine::Command::Export:
        return ExportCsvCommand::run(parsed.options, out, err);
    case CommandLine::Command::Gui:
        break;
    }
    return runGui(parsed.options, err);
}

int Application::runGui(const CommandLine &options, QTextStream &err)
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ripen"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ripen.Ripen"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/ripen/icons/ripen.svg")));

    const SystemClock clock;
    QString problem;
    std::unique_ptr<Workspace> workspace;
    if (options.demo)
        workspace = DemoDatabase::open(clock, options.resetDemo, &problem);
    else
        workspace = Workspace::open(
            options.database.isEmpty() ? Database::defaultPath() : options.database, clock, &problem);

    MainWindow window(clock);
    if (!options.screenshot.isEmpty()) {
        if (!workspace) {
            err << QStringLiteral("ripen: ") << problem << Qt::endl;
            return Failure;
        }
        window.setWorkspace(std::move(workspace));
        if (!showDeal(window, options, &problem)) {
            err << QStringLiteral("ripen: ") << problem << Qt::endl;
            return Failure;
        }
        if (!saveScreenshot(window, options.screenshot, options.size,
                options.view.value_or(MainWindow::viewKeys().first()), &problem)) {
            err << QStringLiteral("ripen: ") << problem << Qt::endl;
            return Failure;
        }
        return Success;
    }

    window.restoreSettings();
    if (options.view)
        window.setCurrentView(*options.view);
    window.show();
    // The window is up first, so that a problem is shown over it and File > New / Open are at hand.
    if (workspace) {
        window.setWorkspace(std::move(workspace));
        if (!showDeal(window, options, &problem))
            window.reportError(tr("Cannot Show the Deal"), problem);
    } else {
        window.reportError(tr("Cannot Open Database"), problem);
    }
    return QApplication::exec();
}

bool Application::showDeal(MainWindow &window, const CommandLine &options, QString *errorMessage)
{
    if (!options.deal)
        return true;
    Workspace *workspace = window.workspace();
    if (!workspace || !workspace->pipeline().deal(options.deal)) {
        *errorMessage = tr("There is no deal with the id %1 in “%2”.")
                            .arg(options.deal)
                            .arg(QDir::toNativeSeparators(workspace ? workspace->path() : QString()));
        return false;
    }
    if (WorkspaceView *view = window.view(options.view.value_or(QStringLiteral("timeline"))))
        view->showDeal(options.deal);
    return true;
}

bool Application::saveScreenshot(
    MainWindow &window, const QString &path, const QSize &size, const QString &view, QString *errorMessage)
{
    window.setCurrentView(view);
    if (WorkspaceView *shown = window.view(view))
        shown->prepareScreenshot();
    window.resize(size);
    window.show();
    // Polishing and layouts arrive as posted events; a few rounds settle them all, and grab() paints.
    // Only posted events: timers are left alone, so work meant for idle time after the first paint
    // (the board's search index) is not done for a picture.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::sendPostedEvents();
    const QImage image = window.grab().toImage();
    if (lcStartup().isInfoEnabled()) {
        QElapsedTimer now;
        now.start();
        qCInfo(lcStartup, "painted at %lld ms (monotonic clock)", now.msecsSinceReference());
    }
    QImageWriter writer(path, "png");
    if (image.isNull() || !writer.write(image)) {
        if (errorMessage)
            *errorMessage
                = tr("Cannot write the screenshot to “%1”: %2")
                      .arg(QDir::toNativeSeparators(path),
                          image.isNull() ? tr("the window could not be drawn") : writer.errorString());
        return false;
    }
    return true;
}

} // namespace Ripen
