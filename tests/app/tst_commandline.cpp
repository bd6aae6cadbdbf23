// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "demodatabase.h"
#include "generatecommand.h"
#include "sqlutil.h"
#include "testsupport.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Ripen;

namespace {

CommandLine::Result parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList { QStringLiteral("ripen") } + arguments);
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void helpAndVersion();
    void reportOptions();
    void exportOptions();
    void generateRefusesDatabaseWithData();
    void generateReportsUnopenableFile();
    void generateFillsNewDatabase();
    void generateShowsProgressWithPercentage();
    void demoDatabaseIsCreatedOnceAndReset();
    void resetDemoLeavesForeignFileAlone();

private:
    FixedClock m_clock { Test::fixedNow() };
};

void TestCommandLine::defaults()
{
    const CommandLine::Result result = parse({});
    QCOMPARE(result.action, CommandLine::Action::Run);
    const CommandLine &options = result.options;
    QCOMPARE(options.command, CommandLine::Command::Gui);
    QVERIFY(options.database.isEmpty());
    QVERIFY(!options.demo);
    QVERIFY(!options.resetDemo);
    QVERIFY(options.screenshot.isEmpty());
    QVERIFY(!options.view);
    QCOMPARE(options.size, QSize(1280, 800));
    QVERIFY(options.language.isEmpty());
}

void TestCommandLine::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<int>("view"); // -1: none
    QTest::addColumn<QSize>("size");

    const QSize standard(1280, 800);
    QTest::newRow("database") << words("--database /tmp/a.sqlite") << "/tmp/a.sqlite" << false << "" << -1
                              << standard;
    QTest::newRow("short database") << words("-d a.sqlite") << "a.sqlite" << false << "" << -1 << standard;
    QTest::newRow("equals") << words("--database=b.sqlite") << "b.sqlite" << false << "" << -1 << standard;
    QTest::newRow("demo") << words("--demo") << "" << true << "" << -1 << standard;
    QTest::newRow("reset demo") << words("--demo --reset-demo") << "" << true << "" << -1 << standard;
    QTest::newRow("view alone") << words("--view followups") << "" << false << "" << 2 << standard;
    QTest::newRow("screenshot") << words("--database x.sqlite --screenshot shot.png") << "x.sqlite" << false
                                << "shot.png" << -1 << standard;
    QTest::newRow("screenshot all") << words("--demo --screenshot s.PNG --view lost --size 800x600") << ""
                                    << true << "s.PNG" << 3 << QSize(800, 600);
    QTest::newRow("timeline") << words("--screenshot s.png --view timeline --size 1920X1080") << "" << false
                              << "s.png" << 1 << QSize(1920, 1080);
    QTest::newRow("deal opens the timeline")
        << words("--demo --deal 46") << "" << true << "" << 1 << standard;
    QTest::newRow("deal in another view")
        << words("--demo --deal 46 --view board") << "" << true << "" << 0 << standard;
    QTest::newRow("qt style option") << words("-style fusion --demo") << "" << true << "" << -1 << standard;
    QTest::newRow("qt reverse option") << words("-reverse") << "" << false << "" << -1 << standard;
}

void TestCommandLine::accepted()
{
    QFETCH(QStringList, arguments);
    const CommandLine::Result result = parse(arguments);
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.text));
    QFETCH(QString, database);
    QFETCH(bool, demo);
    QFETCH(QString, screenshot);
    QFETCH(int, view);
    QFETCH(QSize, size);
    QCOMPARE(result.options.command, CommandLine::Command::Gui);
    QCOMPARE(result.options.database, database);
    QCOMPARE(result.options.demo, demo);
    QCOMPARE(result.options.screenshot, screenshot);
    QCOMPARE(result.options.view.has_value(), view >= 0);
    if (view >= 0)
        QCOMPARE(*result.options.view, MainWindow::viewKeys().at(view));
    QCOMPARE(result.options.size, size);
}

void TestCommandLine::rejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Every message names what was wrong: the option and, where there is one, the bad value.
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("bad view") << words("--screenshot s.png --view kanban") << words("--view kanban board");
    QTest::newRow("bad size text") << words("--screenshot s.png --size big") << words("--size big");
    QTest::newRow("size half") << words("--screenshot s.png --size 1280x") << words("--size 1280x");
    QTest::newRow("size too small") << words("--screenshot s.png --size 10x10")
                                    << words("--size 10x10 320x240");
    QTest::newRow("size too large") << words("--screenshot s.png --size 99999x800")
                                    << words("--size 99999x800");
    QTest::newRow("size needs screenshot") << words("--size 800x600") << words("--size --screenshot");
    QTest::newRow("screenshot not png") << words("--screenshot shot.jpg") << words("PNG shot.jpg");
    QTest::newRow("screenshot without file") << words("--screenshot") << words("screenshot");
    QTest::newRow("deal not a number") << words("--demo --deal acme") << words("--deal acme");
    QTest::newRow("deal zero") << words("--demo --deal 0") << words("--deal 0");
    QTest::newRow("reset without demo") << words("--reset-demo") << words("--reset-demo --demo");
    QTest::newRow("demo and database") << words("--demo --database a.sqlite") << words("--database --demo");
    QTest::newRow("unknown option") << words("--frobnicate") << words("frobnicate");
    QTest::newRow("unknown command") << words("frobnicate") << words("frobnicate generate");
    QTest::newRow("extra argument") << words("--demo extra") << words("extra");
    QTest::newRow("generate without database")
        << words("generate --deals 10") << words("generate --database");
    QTest::newRow("generate bad deals")
        << words("generate --database g.sqlite --deals many") << words("--deals many");
    QTest::newRow("generate zero deals")
        << words("generate --database g.sqlite --deals 0") << words("--deals 0");
    QTest::newRow("generate negative seed")
        << words("generate --database g.sqlite --seed -3") << words("--seed -3");
    QTest::newRow("generate gui option") << words("generate --database g.sqlite --demo") << words("demo");
    QTest::newRow("generate extra argument") << words("generate --database g.sqlite more") << words("more");
    QTest::newRow("report without report") << words("report --database r.sqlite") << words("report lost");
    QTest::newRow("report unknown report") << words("report won --database r.sqlite") << words("won lost");
    QTest::newRow("report without database") << words("report lost") << words("report --database");
    QTest::newRow("report bad month")
        << words("report lost --database r.sqlite --to 2026-13") << words("--to 2026-13 YYYY-MM");
    QTest::newRow("report day for month")
        << words("report lost --database r.sqlite --to 2026-10-01") << words("--to 2026-10-01");
    QTest::newRow("report zero months")
        << words("report lost --database r.sqlite --months 0") << words("--months 0 120");
    QTest::newRow("report too many months")
        << words("report lost --database r.sqlite --months 121") << words("--months 121");
    QTest::newRow("report months not a number")
        << words("report lost --database r.sqlite --months a") << words("--months a");
    QTest::newRow("report unknown format")
        << words("report lost --database r.sqlite --format xml") << words("--format xml json csv text");
    QTest::newRow("report extra argument") << words("report lost more --database r.sqlite") << words("more");
    QTest::newRow("export without kind")
        << words("export --database r.sqlite") << words("export deals activities followups");
    QTest::newRow("export unknown kind")
        << words("export contacts --database r.sqlite") << words("contacts deals");
    QTest::newRow("export without database") << words("export deals") << words("export --database");
    QTest::newRow("export empty output")
        << words("export deals --database r.sqlite --output=") << words("--output");
    QTest::newRow("export extra argument") << words("export deals more --database r.sqlite") << words("more");
}

void TestCommandLine::rejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const CommandLine::Result result = parse(arguments);
    QCOMPARE(result.action, CommandLine::Action::Error);
    for (const QString &word : mentions)
        QVERIFY2(
            result.text.contains(word), qPrintable(QStringLiteral("“%1” not in: %2").arg(word, result.text)));
}

void TestCommandLine::reportOptions()
{
    CommandLine::Result result = parse(words("report lost --database r.sqlite"));
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.text));
    QCOMPARE(result.options.command, CommandLine::Command::Report);
    QCOMPARE(result.options.database, QStringLiteral("r.sqlite"));
    QCOMPARE(result.options.months, 12);
    QVERIFY(!result.options.lastMonth.isValid()); // the report takes the last full month
    QCOMPARE(result.options.format, CommandLine::ReportFormat::Text);
    result
        = parse(words("--lang de report lost --database r.sqlite --months 120 --to 2026-02 --format json"));
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.text));
    QCOMPARE(result.options.months, 120);
    QCOMPARE(result.options.lastMonth, QDate(2026, 2, 1));
    QCOMPARE(result.options.format, CommandLine::ReportFormat::Json);
    result = parse(words("report lost --format csv --months 1 --database r.sqlite"));
    QCOMPARE(result.options.format, CommandLine::ReportFormat::Csv);
    QCOMPARE(result.options.months, 1);
    result = parse(words("report --help"));
    QCOMPARE(result.action, CommandLine::Action::ShowHelp);
    QVERIFY(result.text.contains(QLatin1String("--months")));
    QVERIFY(result.text.contains(QLatin1String("--format")));
    QVERIFY(parse(words("--help")).text.contains(QLatin1String("report")));
}

void TestCommandLine::exportOptions()
{
    CommandLine::Result result = parse(words("export followups --database r.sqlite"));
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.text));
    QCOMPARE(result.options.command, CommandLine::Command::Export);
    QCOMPARE(result.options.exportKind, CsvExport::Kind::FollowUps);
    QCOMPARE(result.options.database, QStringLiteral("r.sqlite"));
    QVERIFY(result.options.output.isEmpty()); // standard output
    result = parse(words("--lang de export --output d.csv deals -d r.sqlite"));
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.text));
    QCOMPARE(result.options.exportKind, CsvExport::Kind::Deals);
    QCOMPARE(result.options.output, QStringLiteral("d.csv"));
    result = parse(words("export activities -d r.sqlite"));
    QCOMPARE(result.options.exportKind, CsvExport::Kind::Activities);
    result = parse(words("export --help"));
    QCOMPARE(result.action, CommandLine::Action::ShowHelp);
    QVERIFY(result.text.contains(QLatin1String("--output")));
    QVERIFY(result.text.contains(QLatin1String("deals|activities|followups")));
    QVERIFY(parse(words("--help")).text.contains(QLatin1String("ripen export --help")));
}

void TestCommandLine::helpAndVersion()
{
    CommandLine::Result result = parse(words("--help"));
    QCOMPARE(result.action, CommandLine::Action::ShowHelp);
    for (const char *option :
        { "--database", "--demo", "--reset-demo", "--screenshot", "--view", "--size", "--lang", "generate" })
        QVERIFY2(result.text.contains(QLatin1String(option)), option);
    QVERIFY(!result.text.contains(QLatin1String("-platform")));

    result = parse(words("generate --help"));
    QCOMPARE(result.action, CommandLine::Action::ShowHelp);
    QVERIFY(result.text.contains(QLatin1String("--deals")));
    QVERIFY(result.text.contains(QLatin1String("--seed")));

    result = parse(words("--version"));
    QCOMPARE(result.action, CommandLine::Action::ShowVersion);

    result = parse(words("generate --database g.sqlite --deals 2000 --seed 7 --lang de"));
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.text));
    QCOMPARE(result.options.command, CommandLine::Command::Generate);
    QCOMPARE(result.options.database, QStringLiteral("g.sqlite"));
    QCOMPARE(result.options.deals, 2000);
    QCOMPARE(result.options.seed, 7u);
    QCOMPARE(result.options.language, QStringLiteral("de"));

    // The language is known even when the rest is wrong, so the error can be shown in it.
    result = parse(words("--lang de --view nope"));
    QCOMPARE(result.action, CommandLine::Action::Error);
    QCOMPARE(result.options.language, QStringLiteral("de"));
}

void TestCommandLine::generateRefusesDatabaseWithData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        Pipeline pipeline(database, m_clock);
        Account account;
        account.name = QStringLiteral("Existing customer");
        QVERIFY(pipeline.createAccount(account));
    }
    CommandLine options;
    options.command = CommandLine::Command::Generate;
    options.database = path;
    options.deals = 5;
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(GenerateCommand::run(options, m_clock, outStream, errStream), 1);
    QVERIFY2(err.contains(QLatin1String("already holds data")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("full.sqlite")));
    QVERIFY(out.isEmpty());

    Database database;
    QVERIFY(database.open(path));
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 1);
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT count(*) FROM deals")).toInt(), 0);
}

void TestCommandLine::generateReportsUnopenableFile()
{
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a database at all, just some notes about prospects\n");
    text.close();
    CommandLine options;
    options.command = CommandLine::Command::Generate;
    options.database = text.fileName();
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(GenerateCommand::run(options, m_clock, outStream, errStream), 1);
    QVERIFY2(err.contains(QLatin1String("notes.txt")), qPrintable(err));
    QVERIFY(QFile::exists(text.fileName()));
}

void TestCommandLine::generateFillsNewDatabase()
{
    QTemporaryDir dir;
    CommandLine options;
    options.command = CommandLine::Command::Generate;
    options.database = dir.filePath(QStringLiteral("new.sqlite"));
    options.deals = 40;
    options.seed = 3;
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = GenerateCommand::run(options, m_clock, outStream, errStream);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("deals")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(" 40")), qPrintable(out));
    Database database;
    QVERIFY(database.open(options.database));
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT count(*) FROM deals")).toInt(), 40);
}

void TestCommandLine::generateShowsProgressWithPercentage()
{
    QTemporaryDir dir;
    CommandLine options;
    options.command = CommandLine::Command::Generate;
    options.database = dir.filePath(QStringLiteral("progress.sqlite"));
    options.deals = 2500;
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(GenerateCommand::run(options, m_clock, outStream, errStream, true), 0);
    // One line rewritten in place: from the start, every thousand deals, and the last one, which says
    // the file is being saved while the final commit runs.
    QCOMPARE(err.split(QLatin1Char('\r'), Qt::SkipEmptyParts),
        (QStringList { QStringLiteral("Writing deals: 0 of 2,500 (0%)"),
            QStringLiteral("Writing deals: 1,000 of 2,500 (40%)"),
            QStringLiteral("Writing deals: 2,000 of 2,500 (80%)"),
            QStringLiteral("Writing deals: 2,500 of 2,500 (100%), saving the file…\n") }));
    QVERIFY2(out.contains(QLatin1String("2,500")), qPrintable(out));
}

void TestCommandLine::demoDatabaseIsCreatedOnceAndReset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    qint64 deals = 0;
    {
        std::unique_ptr<Workspace> workspace = DemoDatabase::open(m_clock, false, &error, path);
        QVERIFY2(workspace, qPrintable(error));
        deals = scalar(workspace->pipeline().connection(), QStringLiteral("SELECT count(*) FROM deals"))
                    .toLongLong();
        QCOMPARE(deals, DemoDatabase::kDeals);
        // A change of the user's, to see whether the next start keeps it.
        Account mine;
        mine.name = QStringLiteral("Mine");
        QVERIFY(workspace->pipeline().createAccount(mine));
        // The demo keeps no backups: --reset-demo makes it anew from its seed.
        QVERIFY(!workspace->database().backupsEnabled());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    }
    const auto accounts = [&](Workspace &workspace) {
        return scalar(workspace.pipeline().connection(),
            QStringLiteral("SELECT count(*) FROM accounts WHERE name = 'Mine'"))
            .toInt();
    };
    {
        std::unique_ptr<Workspace> again = DemoDatabase::open(m_clock, false, &error, path);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(accounts(*again), 1);
    }
    std::unique_ptr<Workspace> reset = DemoDatabase::open(m_clock, true, &error, path);
    QVERIFY2(reset, qPrintable(error));
    QCOMPARE(accounts(*reset), 0);
    QCOMPARE(
        scalar(reset->pipeline().connection(), QStringLiteral("SELECT count(*) FROM deals")).toLongLong(),
        deals);
}

void TestCommandLine::resetDemoLeavesForeignFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("somebody else's file, not a database\n");
    file.close();
    QString error;
    QVERIFY(!DemoDatabase::open(m_clock, true, &error, path));
    QVERIFY2(error.contains(QLatin1String("demo.sqlite")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("somebody else's file, not a database\n"));
}

RIPEN_CORE_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
