// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"
#include "csvexport.h"
#include "database.h"
#include "io/csvreader.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

// Runs the real ripen executable the way a user or a script would, without a display.
class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void screenshotWritesPngOfRequestedSize_data();
    void screenshotWritesPngOfRequestedSize();
    void missingDealFailsClearly();
    void badScreenshotArgumentsFailClearly_data();
    void badScreenshotArgumentsFailClearly();
    void unwritableScreenshotFails();
    void badDatabaseFailsClearly();
    void generateWithoutDatabaseFails();
    void exportIcsWritesTheOpenFollowUps();
    void exportIcsFailsClearly();
    void exportIcsReadsBackWithARealParser();
    void reportLostPrintsTheReview();
    void reportLostFailsClearly();
    void importBringsDealsInOnce();
    void importKeepsABackupAndWarnsWithoutOne();
    void exportedDealsImportIntoANewDatabase();
    void exportFailsClearly();
    void readCommandsRefuseADamagedFile();
    void helpAndVersionNeedNoDisplay();
    void languageOption();
    void generateFillsDatabase();

private:
    using Run = Ripen::Test::ProgramRun;
    Run ripen(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestApplication::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestApplication::Run TestApplication::ripen(const QStringList &arguments)
{
    // No display at all: --screenshot must choose the offscreen platform by itself, and the
    // subcommands, --help and errors must not need one.
    return Ripen::Test::runProgram(QStringLiteral(RIPEN_EXECUTABLE), arguments, m_dir->path());
}

void TestApplication::screenshotWritesPngOfRequestedSize_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::newRow("board default size") << QString() << QSize(1280, 800);
    QTest::newRow("timeline") << QStringLiteral("timeline") << QSize(1024, 640);
    QTest::newRow("followups") << QStringLiteral("followups") << QSize(800, 600);
    QTest::newRow("lost") << QStringLiteral("lost") << QSize(1920, 1080);
}

void TestApplication::screenshotWritesPngOfRequestedSize()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    const QString shot = path(QStringLiteral("shot.png"));
    QStringList arguments { QStringLiteral("--database"), path(QStringLiteral("x.sqlite")),
        QStringLiteral("--screenshot"), shot };
    if (!view.isEmpty())
        arguments << QStringLiteral("--view") << view;
    if (size != QSize(1280, 800))
        arguments << QStringLiteral("--size") << QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    const Run run = ripen(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(shot).size() > 0);
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    // Something was drawn: a blank image would have a single colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    // A screenshot leaves the user's settings alone.
    QVERIFY(!QFile::exists(path(QStringLiteral("config/Ripen/Ripen.conf"))));
}

void TestApplication::badScreenshotArgumentsFailClearly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    QTest::newRow("view") << QStringList { QStringLiteral("--view"), QStringLiteral("kanban") }
                          << QStringLiteral("kanban");
    QTest::newRow("size") << QStringList { QStringLiteral("--size"), QStringLiteral("wide") }
                          << QStringLiteral("--size");
    QTest::newRow("option") << QStringList { QStringLiteral("--sise"), QStringLiteral("800x600") }
                            << QStringLiteral("sise");
}

void TestApplication::badScreenshotArgumentsFailClearly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    const QString shot = path(QStringLiteral("shot.png"));
    const Run run = ripen(QStringList { QStringLiteral("--database"), path(QStringLiteral("x.sqlite")),
                              QStringLiteral("--screenshot"), shot }
        + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    QVERIFY(!QFile::exists(shot));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.sqlite"))));
}

void TestApplication::missingDealFailsClearly()
{
    const QString shot = path(QStringLiteral("shot.png"));
    const Run run = ripen({ QStringLiteral("--database"), path(QStringLiteral("x.sqlite")),
        QStringLiteral("--screenshot"), shot, QStringLiteral("--deal"), QStringLiteral("77") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("77")) && run.err.contains(QLatin1String("x.sqlite")),
        qPrintable(run.err));
    QVERIFY(!QFile::exists(shot));
}

void TestApplication::unwritableScreenshotFails()
{
    const QString shot = path(QStringLiteral("no-such-folder/shot.png"));
    const Run run = ripen({ QStringLiteral("--database"), path(QStringLiteral("x.sqlite")),
        QStringLiteral("--screenshot"), shot });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(shot)), qPrintable(run.err));
}

void TestApplication::badDatabaseFailsClearly()
{
    QFile text(path(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("just notes\n");
    text.close();
    const Run run = ripen({ QStringLiteral("--database"), text.fileName(), QStringLiteral("--screenshot"),
        path(QStringLiteral("shot.png")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("notes.txt")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("shot.png"))));
}

void TestApplication::exportIcsWritesTheOpenFollowUps()
{
    const QString db = path(QStringLiteral("e.sqlite"));
    QCOMPARE(ripen({ QStringLiteral("generate"), QStringLiteral("--database"), db, QStringLiteral("--deals"),
                       QStringLiteral("30") })
                 .exitCode,
        0);
    const QString ics = path(QStringLiteral("follow-ups.ics"));
    Run run = ripen(
        { QStringLiteral("export-ics"), QStringLiteral("--database"), db, QStringLiteral("--output"), ics });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("follow-ups.ics")), qPrintable(run.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(written.endsWith("END:VCALENDAR\r\n"));
    const int events = int(written.count("BEGIN:VEVENT"));
    QVERIFY(events > 0);
    // The same on standard output, and a window of days holds fewer.
    run = ripen({ QStringLiteral("export-ics"), QStringLiteral("--database"), db });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(int(run.out.count(QLatin1String("BEGIN:VEVENT"))), events);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    run = ripen({ QStringLiteral("export-ics"), QStringLiteral("--database"), db, QStringLiteral("--from"),
        today, QStringLiteral("--to"), today });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.count(QLatin1String("BEGIN:VEVENT")) < events);
}

void TestApplication::reportLostPrintsTheReview()
{
    const QString db = path(QStringLiteral("r.sqlite"));
    QCOMPARE(ripen({ QStringLiteral("generate"), QStringLiteral("--database"), db, QStringLiteral("--deals"),
                       QStringLiteral("150") })
                 .exitCode,
        0);
    // The generator dates its deals from today: the twelve months up to the last full one hold losses.
    const QDate last = QDate::currentDate().addMonths(-1);
    const QString to = last.toString(QStringLiteral("yyyy-MM"));
    const QString from = last.addMonths(-11).toString(QStringLiteral("yyyy-MM"));
    Run run = ripen({ QStringLiteral("report"), QStringLiteral("lost"), QStringLiteral("--database"), db,
        QStringLiteral("--to"), to, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The keys in the issue's order.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\{"from":"[0-9-]+","to":"[0-9-]+","months":\[\{"month":"[0-9-]+","lost":\d+,"lost_value":\{.*\},)"
        R"("by_reason":\{.*\},"reengaged":\d+,"won_back":\d+,"won_back_value":\{.*\}\}.*\],"totals":\{"lost":\d+,)"
        R"("lost_value":\{.*\},"pursued_since_loss":\d+,"reengaged":\d+,"won_back":\d+,"won_back_value":\{.*\}\}\}\n$)"));
    QVERIFY2(shape.match(run.out).hasMatch(), qPrintable(run.out));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("from")).toString(), from);
    QCOMPARE(report.value(QLatin1String("to")).toString(), to);
    const QJsonArray months = report.value(QLatin1String("months")).toArray();
    QCOMPARE(months.size(), 12);
    int lost = 0;
    for (const QJsonValue &month : months)
        lost += month.toObject().value(QLatin1String("lost")).toInt();
    const QJsonObject totals = report.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("lost")).toInt(), lost);
    // Counted apart from the report: the losses dated in those months.
    qint64 counted = 0;
    {
        Ripen::Database database;
        QVERIFY(database.open(db));
        counted = Ripen::scalar(database.connection(),
            QStringLiteral("SELECT count(*) FROM losses WHERE substr(lost_on, 1, 7) BETWEEN ? AND ?"),
            { from, to })
                      .toLongLong();
    }
    QVERIFY(counted > 0);
    QCOMPARE(qint64(lost), counted);
    // Won back, in major units per currency: the values of the deals won on or after each loss.
    {
        Ripen::Database database;
        QVERIFY(database.open(db));
        QSqlQuery wonBack(database.connection());
        QVERIFY(wonBack.prepare(QStringLiteral(
            "SELECT d.currency, sum(d.value_minor) FROM losses l JOIN deals d ON d.id = l.deal_id "
            "WHERE substr(l.lost_on, 1, 7) BETWEEN ? AND ? AND d.status = 'won' AND d.won_on >= l.lost_on "
            "GROUP BY d.currency")));
        wonBack.addBindValue(from);
        wonBack.addBindValue(to);
        QVERIFY(wonBack.exec());
        const QJsonObject values = totals.value(QLatin1String("won_back_value")).toObject();
        QCOMPARE(values.keys(), totals.value(QLatin1String("lost_value")).toObject().keys());
        double sum = 0;
        while (wonBack.next()) {
            QCOMPARE(values.value(wonBack.value(0).toString()).toDouble(), wonBack.value(1).toDouble() / 100);
            sum += wonBack.value(1).toDouble();
        }
        double reported = 0;
        for (const QJsonValue &value : values)
            reported += value.toDouble() * 100;
        QCOMPARE(qRound64(reported), qRound64(sum));
    }

    // CSV: a header, a line per month and the totals; text in words.
    run = ripen({ QStringLiteral("report"), QStringLiteral("lost"), QStringLiteral("--database"), db,
        QStringLiteral("--to"), to, QStringLiteral("--months"), QStringLiteral("3"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.first().startsWith(QLatin1String("month,lost,lost_value_")), qPrintable(lines.first()));
    QVERIFY(lines.at(3).startsWith(to + QLatin1Char(',')));
    QVERIFY(lines.last().startsWith(QLatin1String("total,")));
    QVERIFY2(lines.first().contains(QLatin1String(",won_back,won_back_value_")), qPrintable(lines.first()));
    // As many fields in every line (commas inside a quoted reason do not count).
    const auto fields = [](const QString &line) {
        int count = 1;
        bool quoted = false;
        for (QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted)
                ++count;
        }
        return count;
    };
    QCOMPARE(fields(lines.last()), fields(lines.first()));
    QCOMPARE(fields(lines.at(1)), fields(lines.first()));
    run = ripen({ QStringLiteral("report"), QStringLiteral("lost"), QStringLiteral("--database"), db,
        QStringLiteral("--to"), to });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("r.sqlite")) && run.out.contains(QLatin1String("Won back")),
        qPrintable(run.out));
}

void TestApplication::reportLostFailsClearly()
{
    // A database that does not exist is reported, and not created.
    const QString missing = path(QStringLiteral("missing.sqlite"));
    Run run
        = ripen({ QStringLiteral("report"), QStringLiteral("lost"), QStringLiteral("--database"), missing });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("missing.sqlite")), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
    // Bad arguments name the bad value.
    const QList<std::pair<QStringList, QString>> bad {
        { { QStringLiteral("--to"), QStringLiteral("10/2026") }, QStringLiteral("10/2026") },
        { { QStringLiteral("--months"), QStringLiteral("0") }, QStringLiteral("--months") },
        { { QStringLiteral("--months"), QStringLiteral("500") }, QStringLiteral("500") },
        { { QStringLiteral("--format"), QStringLiteral("pdf") }, QStringLiteral("pdf") },
    };
    for (const auto &[arguments, named] : bad) {
        run = ripen(QStringList { QStringLiteral("report"), QStringLiteral("lost"),
                        QStringLiteral("--database"), missing }
            + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("ripen report --help")), qPrintable(run.err));
    }
    QVERIFY(!QFile::exists(missing));
}

void TestApplication::exportIcsFailsClearly()
{
    // A database that does not exist is reported, and not created.
    const QString missing = path(QStringLiteral("missing.sqlite"));
    Run run = ripen({ QStringLiteral("export-ics"), QStringLiteral("--database"), missing });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("missing.sqlite")), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
    // Bad arguments name what was wrong.
    run = ripen({ QStringLiteral("export-ics"), QStringLiteral("--database"), missing,
        QStringLiteral("--from"), QStringLiteral("31.12.2026") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--from")) && run.err.contains(QLatin1String("31.12.2026")),
        qPrintable(run.err));
    run = ripen(
        { QStringLiteral("export-ics"), QStringLiteral("--database"), missing, QStringLiteral("--from"),
            QStringLiteral("2026-12-31"), QStringLiteral("--to"), QStringLiteral("2026-01-01") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("2026-12-31")), qPrintable(run.err));
    run = ripen({ QStringLiteral("export-ics") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--database")), qPrintable(run.err));
    // A folder that cannot be written: nothing half-written is left behind.
    const QString db = path(QStringLiteral("e2.sqlite"));
    QCOMPARE(ripen({ QStringLiteral("generate"), QStringLiteral("--database"), db, QStringLiteral("--deals"),
                       QStringLiteral("10") })
                 .exitCode,
        0);
    run = ripen({ QStringLiteral("export-ics"), QStringLiteral("--database"), db, QStringLiteral("--output"),
        path(QStringLiteral("no-such-folder/f.ics")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("f.ics")), qPrintable(run.err));
}

// Debian's python3-icalendar (a test package in scripts/deps.sh) reads the file back: the texts come
// out as they went in, commas, semicolons, backslashes, line breaks and non-Latin letters included.
void TestApplication::exportIcsReadsBackWithARealParser()
{
    const QString db = path(QStringLiteral("tricky.sqlite"));
    const QString title = QStringLiteral("Rollout; phase 2, Berlin\\Köln — 東京 🍓");
    const QString planned = QStringLiteral("Line one, with a comma;\nline two: “quoted” \\ done");
    qint64 followUpId = 0;
    {
        Ripen::Database database;
        QVERIFY(database.open(db));
        Ripen::FixedClock clock(Ripen::Test::fixedNow());
        Ripen::Pipeline pipeline(database, clock);
        Ripen::Deal deal;
        deal.title = title;
        deal.stageId = pipeline.stages().first().id;
        const auto dealId
            = pipeline.createDeal(deal, Ripen::NewParties { QStringLiteral("Ünïcode GmbH"), {} });
        QVERIFY(dealId.ok());
        Ripen::FollowUp step;
        step.dealId = *dealId;
        step.dueOn = QDate(2026, 12, 31);
        step.plannedValueKind = Ripen::ValueKind::Idea;
        step.plannedValue = planned;
        const auto id = pipeline.scheduleFollowUp(step);
        QVERIFY(id.ok());
        followUpId = *id;
    }
    const QString ics = path(QStringLiteral("tricky.ics"));
    QCOMPARE(ripen({ QStringLiteral("export-ics"), QStringLiteral("--database"), db,
                       QStringLiteral("--output"), ics })
                 .exitCode,
        0);

    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(
        "import json, sys, icalendar\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "print(json.dumps([{'uid': str(e['UID']), 'start': e.decoded('DTSTART').isoformat(),\n"
        "                   'end': e.decoded('DTEND').isoformat(), 'summary': str(e['SUMMARY']),\n"
        "                   'description': str(e['DESCRIPTION'])} for e in cal.walk('VEVENT')]))\n");
    QProcess parser;
    parser.start(python, { QStringLiteral("-c"), script, ics });
    QVERIFY2(parser.waitForFinished(30000), "the iCalendar parser did not finish");
    QVERIFY2(parser.exitCode() == 0,
        qPrintable(
            QStringLiteral("python3-icalendar could not read the file (install it with scripts/deps.sh "
                           "--test): %1")
                .arg(QString::fromUtf8(parser.readAllStandardError()))));
    const QJsonArray events = QJsonDocument::fromJson(parser.readAllStandardOutput()).array();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(
        event.value(QStringLiteral("uid")).toString(), QStringLiteral("follow-up-%1@ripen").arg(followUpId));
    QCOMPARE(event.value(QStringLiteral("start")).toString(), QStringLiteral("2026-12-31"));
    QCOMPARE(event.value(QStringLiteral("end")).toString(), QStringLiteral("2027-01-01"));
    const QString summary = event.value(QStringLiteral("summary")).toString();
    QVERIFY2(
        summary.contains(title) && summary.contains(QStringLiteral("Ünïcode GmbH")), qPrintable(summary));
    const QString description = event.value(QStringLiteral("description")).toString();
    QVERIFY2(description.contains(planned), qPrintable(description));
}

void TestApplication::generateWithoutDatabaseFails()
{
    Run run = ripen({ QStringLiteral("generate"), QStringLiteral("--deals"), QStringLiteral("10") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--database")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    run = ripen({ QStringLiteral("generate"), QStringLiteral("--database"), path(QStringLiteral("g.sqlite")),
        QStringLiteral("--deals"), QStringLiteral("lots") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("lots")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("g.sqlite"))));
}

void TestApplication::helpAndVersionNeedNoDisplay()
{
    Run run = ripen({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("Ripen " RIPEN_VERSION));

    run = ripen({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("--screenshot")));
    QVERIFY(run.out.contains(QLatin1String("generate")));

    run = ripen({ QStringLiteral("generate"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("--deals")));
}

void TestApplication::languageOption()
{
    Run run = ripen({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Datenbank")), qPrintable(run.out));

    // Errors come in the chosen language as well.
    run = ripen({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--reset-demo") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--demo")) && !run.err.contains(QLatin1String("only works")),
        qPrintable(run.err));

    // Refused before any window is made: no display is needed to say so.
    run = ripen({ QStringLiteral("--lang"), QStringLiteral("xx") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("xx")), qPrintable(run.err));
}

void TestApplication::generateFillsDatabase()
{
    const QString database = path(QStringLiteral("big.sqlite"));
    Run run = ripen({ QStringLiteral("generate"), QStringLiteral("--database"), database,
        QStringLiteral("--deals"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("2") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("deals")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String(" s ")), qPrintable(run.out)); // the elapsed time

    // A second run would mix demo data into the first: refused.
    run = ripen({ QStringLiteral("generate"), QStringLiteral("--database"), database });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("big.sqlite")), qPrintable(run.err));
}

// `ripen import`: a HubSpot export into a new database; every bad row named on stderr by line and
// column; a dry run writes nothing; the same file again adds nothing; bad arguments exit 2.
void TestApplication::importKeepsABackupAndWarnsWithoutOne()
{
    const QString db = path(QStringLiteral("kept.sqlite"));
    {
        Ripen::Database database;
        QVERIFY(database.open(db));
    }
    const QString csv = path(QStringLiteral("deals.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Deal Name,Deal Stage,Amount,Associated Company\r\n"
                   "Fleet renewal,Appointment Scheduled,12500,Acme\r\n");
    }
    Run run = ripen({ QStringLiteral("import"), csv, QStringLiteral("--database"), db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QList<Ripen::Backups::Entry> entries = Ripen::Backups::listInspected(db);
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const Ripen::Backups::Entry &entry) {
        return entry.reason == Ripen::Backups::Reason::BeforeImport && entry.deals == 0
            && entry.state == Ripen::Backups::Entry::State::Good;
    }));

    // No copy possible (a file where the folder should be): the import goes ahead and says so.
    QVERIFY(QDir(Ripen::Backups::folderOf(db)).removeRecursively());
    {
        QFile blocker(Ripen::Backups::folderOf(db));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    const QString more = path(QStringLiteral("more.csv"));
    {
        QFile file(more);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Deal Name,Deal Stage,Amount,Associated Company\r\n"
                   "Dock doors,Appointment Scheduled,1200,Globex\r\n");
    }
    Run warned = ripen({ QStringLiteral("import"), more, QStringLiteral("--database"), db });
    QVERIFY2(warned.exitCode == 0, qPrintable(warned.err));
    QVERIFY2(warned.out.contains(QLatin1String("Imported: 1")), qPrintable(warned.out));
    QVERIFY2(warned.err.contains(QLatin1String("Could not back up")), qPrintable(warned.err));
    QVERIFY2(warned.err.contains(QLatin1String("kept.sqlite")), qPrintable(warned.err));
}

void TestApplication::importBringsDealsInOnce()
{
    const QString db = path(QStringLiteral("import.sqlite"));
    {
        Ripen::Database database;
        QVERIFY(database.open(db)); // a new, empty database
    }
    const QString csv = path(QStringLiteral("hubspot.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company\r\n"
                   "101,Fleet renewal,Closed Won,\"$12,500.00\",2026-10-03,2026-06-01,Acme\r\n"
                   "102,Scanners,closed lost,900,2026-11-20,2026-09-01,Globex\r\n"
                   "103,Dock doors,Appointment Scheduled,abc,,,\r\n"
                   "104,Ramp,Qualified,50,,2026-10-01,Acme\r\n");
    }
    const auto deals = [&db] {
        Ripen::Database database;
        Ripen::Database::Options options;
        options.create = false;
        return database.open(db, options)
            ? Ripen::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM deals")).toInt()
            : -1;
    };
    Run dry = ripen(
        { QStringLiteral("import"), csv, QStringLiteral("--database"), db, QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QLatin1String("Would be imported: 3")), qPrintable(dry.out));
    QCOMPARE(deals(), 0);

    Run run = ripen({ QStringLiteral("import"), csv, QStringLiteral("--database"), db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Rows read: 4")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Imported: 3")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Skipped: 1")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Accounts created (2): Acme, Globex")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Stages created (1): Qualified")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QString::fromUtf8("line 4, column “Amount”: “abc” is not an amount")),
        qPrintable(run.err));
    QCOMPARE(deals(), 3);

    Run again = ripen({ QStringLiteral("import"), csv, QStringLiteral("--database"), db });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QLatin1String("Already present: 3")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QLatin1String("Imported: 0")), qPrintable(again.out));
    QCOMPARE(deals(), 3);

    QCOMPARE(ripen({ QStringLiteral("import"), csv }).exitCode, 2); // no --database
    QCOMPARE(ripen({ QStringLiteral("import"), QStringLiteral("--database"), db }).exitCode, 2); // no file
    Run badPreset = ripen({ QStringLiteral("import"), csv, QStringLiteral("--database"), db,
        QStringLiteral("--preset"), QStringLiteral("zoho") });
    QCOMPARE(badPreset.exitCode, 2);
    QVERIFY2(badPreset.err.contains(QLatin1String("zoho")), qPrintable(badPreset.err));
    Run missing = ripen(
        { QStringLiteral("import"), path(QStringLiteral("none.csv")), QStringLiteral("--database"), db });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("none.csv")), qPrintable(missing.err));

    // Then the activities of those deals: by the deals' file ids, or by account.
    const QString activities = path(QStringLiteral("activities.csv"));
    {
        QFile file(activities);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Activity - ID;Activity - Type;Activity - Due date;Activity - Done;Activity - Deal ID;"
                   "Activity - Organization\r\n"
                   "a1;Call;2026-10-05 09:30;Done;101;\r\n"
                   "a2;Meeting;2027-01-12;To do;;Globex\r\n"
                   "a3;Fax;2026-10-06;Done;101;\r\n");
    }
    const auto count = [&db](const char *table) {
        Ripen::Database database;
        return database.open(db) ? Ripen::scalar(
                   database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                                       .toInt()
                                 : -1;
    };
    const QStringList importActivities { QStringLiteral("import"), activities, QStringLiteral("--database"),
        db, QStringLiteral("--kind"), QStringLiteral("activities") };
    Run touches = ripen(importActivities);
    QVERIFY2(touches.exitCode == 0, qPrintable(touches.err));
    QVERIFY2(touches.out.contains(QLatin1String("Imported: 2")), qPrintable(touches.out));
    QVERIFY2(touches.out.contains(QLatin1String("Touches: 1")), qPrintable(touches.out));
    QVERIFY2(touches.out.contains(QLatin1String("Follow-ups: 1")), qPrintable(touches.out));
    QVERIFY2(touches.err.contains(QString::fromUtf8("line 4, column “Activity - Type”: “Fax”")),
        qPrintable(touches.err));
    QCOMPARE(count("touches"), 1);
    QCOMPARE(count("follow_ups"), 1);
    Run twice = ripen(importActivities);
    QVERIFY2(twice.out.contains(QLatin1String("Already present: 2")), qPrintable(twice.out));
    QCOMPARE(count("touches"), 1);
    // --update: the meeting moved a week in the other tool moves here too.
    {
        QFile file(activities);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Activity - ID;Activity - Type;Activity - Due date;Activity - Done;Activity - Deal ID;"
                   "Activity - Organization\r\n"
                   "a1;Call;2026-10-05 09:30;Done;101;\r\n"
                   "a2;Meeting;2027-01-19;To do;;Globex\r\n");
    }
    Run update = ripen(QStringList(importActivities) << QStringLiteral("--update"));
    QVERIFY2(update.exitCode == 0, qPrintable(update.err));
    QVERIFY2(update.out.contains(QLatin1String("Already present: 2")), qPrintable(update.out));
    QVERIFY2(update.out.contains(QLatin1String("Updated: 1")), qPrintable(update.out));
    {
        Ripen::Database database;
        QVERIFY(database.open(db));
        QCOMPARE(
            Ripen::scalar(database.connection(), QStringLiteral("SELECT due_on FROM follow_ups")).toString(),
            QStringLiteral("2027-01-19"));
    }
    Run wrongPreset
        = ripen(QStringList(importActivities) << QStringLiteral("--preset") << QStringLiteral("hubspot"));
    QCOMPARE(wrongPreset.exitCode, 2);
    QVERIFY2(wrongPreset.err.contains(QLatin1String("--kind deals")), qPrintable(wrongPreset.err));
}

// `ripen export deals` writes a file `ripen import` takes into a new database with no mapping, once;
// the same CSV on standard output, with nothing else there.
void TestApplication::exportedDealsImportIntoANewDatabase()
{
    const QString db = path(QStringLiteral("source.sqlite"));
    QCOMPARE(ripen({ QStringLiteral("generate"), QStringLiteral("--database"), db, QStringLiteral("--deals"),
                       QStringLiteral("40") })
                 .exitCode,
        0);
    const auto count = [](const QString &file, const char *table) {
        Ripen::Database database;
        Ripen::Database::Options options;
        options.create = false;
        return database.open(file, options) ? Ripen::scalar(
                   database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                                                  .toInt()
                                            : -1;
    };
    const int deals = count(db, "deals");
    QVERIFY(deals >= 40);

    const QString csv = path(QStringLiteral("deals.csv"));
    Run run = ripen({ QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--database"), db,
        QStringLiteral("--output"), csv });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("Exported %1 deals").arg(deals))
            && run.err.contains(QLatin1String("deals.csv")),
        qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const Ripen::CsvReader::Table table = Ripen::CsvReader::read(written);
    QCOMPARE(table.header, Ripen::CsvExport::header(Ripen::CsvExport::Kind::Deals));
    QCOMPARE(int(table.rows.size()), deals);

    // Standard output: the same bytes, byte order mark and CRLF included, and nothing else.
    run = ripen({ QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--database"), db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.outBytes, written);
    for (const char *kind : { "activities", "followups" }) {
        run = ripen(
            { QStringLiteral("export"), QString::fromLatin1(kind), QStringLiteral("--database"), db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.outBytes.startsWith("\xEF\xBB\xBF"
                                        "external_id,deal,deal_external_id,account,contact,channel,occurred,"
                                        "status,outcome,value,value_note,note\r\n"));
        QVERIFY2(Ripen::CsvReader::read(run.outBytes).rows.size() > 0, kind);
    }

    const QString target = path(QStringLiteral("target.sqlite"));
    run = ripen({ QStringLiteral("import"), csv, QStringLiteral("--database"), target });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Imported: %1\n").arg(deals)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Skipped: 0")), qPrintable(run.out + run.err));
    QCOMPARE(count(target, "deals"), deals);
    run = ripen({ QStringLiteral("import"), csv, QStringLiteral("--database"), target });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Already present: %1").arg(deals)), qPrintable(run.out));
    QCOMPARE(count(target, "deals"), deals);
    // Into the database it came from: every deal is there already.
    run = ripen({ QStringLiteral("import"), csv, QStringLiteral("--database"), db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Already present: %1").arg(deals)), qPrintable(run.out));
    QCOMPARE(count(db, "deals"), deals);

    // What the new database exports is what the old one did, field by field; only a won or lost deal's
    // next follow-up stays behind (the deals import plans follow-ups for open deals alone).
    run = ripen({ QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--database"), target });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Ripen::CsvReader::Table back = Ripen::CsvReader::read(run.outBytes);
    QCOMPARE(back.rows.size(), table.rows.size());
    const int status = int(table.header.indexOf(QStringLiteral("status")));
    const int next = int(table.header.indexOf(QStringLiteral("next_followup")));
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &was = table.rows.at(r).fields;
        const QStringList &is = back.rows.at(r).fields;
        for (int column = 0; column < was.size(); ++column) {
            if (column == next && was.at(status) != QLatin1String("open"))
                continue;
            QVERIFY2(is.at(column) == was.at(column),
                qPrintable(QStringLiteral("line %1, %2: “%3” came back as “%4”")
                               .arg(table.rows.at(r).line)
                               .arg(table.header.at(column), was.at(column), is.at(column))));
        }
    }
}

void TestApplication::exportFailsClearly()
{
    // A database that does not exist is reported, and not created.
    const QString missing = path(QStringLiteral("missing.sqlite"));
    Run run
        = ripen({ QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--database"), missing });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("missing.sqlite")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(missing));
    // A file that cannot be written: named, and nothing half-written left behind.
    const QString db = path(QStringLiteral("e.sqlite"));
    {
        Ripen::Database database;
        QVERIFY(database.open(db));
    }
    const QString unwritable = path(QStringLiteral("no-such-folder/deals.csv"));
    run = ripen({ QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--database"), db,
        QStringLiteral("--output"), unwritable });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("deals.csv")), qPrintable(run.err));
    QVERIFY(!QFile::exists(unwritable));
    // Bad arguments: exit 2, naming what was wrong.
    const QList<std::pair<QStringList, QString>> bad {
        { { QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--database"), db },
            QStringLiteral("contacts") },
        { { QStringLiteral("export"), QStringLiteral("--database"), db },
            QStringLiteral("deals, activities, followups") },
        { { QStringLiteral("export"), QStringLiteral("deals") }, QStringLiteral("--database") },
        { { QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--database"), db,
              QStringLiteral("--output") },
            QStringLiteral("output") },
        { { QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("more"),
              QStringLiteral("--database"), db },
            QStringLiteral("more") },
    };
    for (const auto &[arguments, named] : bad) {
        run = ripen(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("ripen export --help")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    run = ripen({ QStringLiteral("--help") });
    QVERIFY2(run.out.contains(QLatin1String("ripen export --help")), qPrintable(run.out));
    run = ripen({ QStringLiteral("export"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("--output")) && run.out.contains(QLatin1String("followups")),
        qPrintable(run.out));
}

// The commands that print what they read never print a damaged file's rows as if they were whole:
// SQLite's check of the whole file runs first, and a file it finds damaged is refused, unchanged,
// with exit 1.
void TestApplication::readCommandsRefuseADamagedFile()
{
    const QString database = path(QStringLiteral("damaged.sqlite"));
    Run run = ripen({ QStringLiteral("generate"), QStringLiteral("--database"), database,
        QStringLiteral("--deals"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("4") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Sound, each command prints.
    const QList<QStringList> commands {
        { QStringLiteral("report"), QStringLiteral("lost") },
        { QStringLiteral("export"), QStringLiteral("deals") },
        { QStringLiteral("export-ics") },
    };
    for (const QStringList &command : commands) {
        run = ripen(command + QStringList { QStringLiteral("--database"), database });
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + run.err));
        QVERIFY(!run.out.isEmpty());
    }
    // Reading keeps no copy: there is nothing it could lose.
    QVERIFY(Ripen::Backups::list(database).isEmpty());
    QVERIFY(Ripen::Test::damageMiddlePage(database, QStringLiteral("deals")) > 1);
    const QByteArray before = Ripen::Test::fileHash(database);
    for (const QStringList &command : commands) {
        run = ripen(command + QStringList { QStringLiteral("--database"), database });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out.left(300)));
        QVERIFY2(run.err.contains(QLatin1String("damaged.sqlite"))
                && run.err.contains(QLatin1String("damaged:")) && run.err.contains(QLatin1String("backup")),
            qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("read-only")), qPrintable(run.err)); // nothing is shown
    }
    QCOMPARE(Ripen::Test::fileHash(database), before);
}

RIPEN_CORE_TEST_MAIN(TestApplication)
#include "tst_application.moc"
