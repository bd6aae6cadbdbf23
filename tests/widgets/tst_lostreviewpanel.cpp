// SPDX-License-Identifier: GPL-3.0-or-later
#include "lost/lostreviewpanel.h"
#include "lostreview.h"
#include "prompter.h"
#include "reportcommand.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolButton>

using namespace Ripen;

namespace {

// Answers the file questions as preset and keeps the errors a message box would have shown.
class PresetPrompter final : public Prompter
{
public:
    QString saveAnswer;
    QStringList asked; // the suggested names
    QStringList errors;
    QString saveFileName(
        QWidget *, const QString &, const QString &directory, const QString &, const QString &) override
    {
        asked << directory;
        return saveAnswer;
    }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
};

// Counts the page objects of a PDF (not the /Pages tree): Qt writes object dictionaries uncompressed.
int pdfPages(const QByteArray &pdf)
{
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++pages;
    }
    return pages;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list << set->at(i);
    return list;
}

// 12 zeros with the given months (index: months after November 2025) set.
QList<qreal> monthly(std::initializer_list<std::pair<int, qreal>> set, int size = 12)
{
    QList<qreal> list(size, 0);
    for (const auto &[index, value] : set)
        list[index] = value;
    return list;
}

// A panel on a file with a small history, "today" being Monday 23 November 2026 (the review ends in
// October 2026 and starts in November 2025):
// - "Acme renewal" (EUR 10,000): lost to timing on 10 March, touched on 1 April, re-engaged on 1 May and
//   won on 15 June (one touch before its win: no "no");
// - "Globex pilot" (EUR 5,000): lost to a competitor on 20 March, never touched since: ripe now;
// - "Initech" (USD 3,000.50): lost to a competitor on 5 August, touched on 1 September;
// - "Hooli" (EUR 2,000): lost on 31 October 2025, the day before the review;
// - "Persistent" (EUR 8,000): ten touches, five of them a "no" or a "not now", the tenth on the day it was
//   won, 20 July.
struct Review
{
    QTemporaryDir dir;
    FixedClock clock { Test::fixedNow() };
    std::unique_ptr<Workspace> workspace;
    PresetPrompter prompter;
    std::unique_ptr<LostReviewPanel> panel;
    qint64 timing = 0, competitor = 0;
    qint64 acme = 0, globex = 0, initech = 0, hooli = 0, persistent = 0;

    explicit Review(bool history = true)
    {
        QString error;
        workspace = Workspace::open(dir.filePath(QStringLiteral("review.sqlite")), clock, &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
        for (const LostReason &reason : workspace->pipeline().lostReasons()) {
            if (reason.meaning == NoMeaning::Timing && !timing)
                timing = reason.id;
            if (reason.meaning == NoMeaning::Competitor && !competitor)
                competitor = reason.id;
        }
        if (history)
            write();
        clock.set(Test::fixedNow());
        panel = std::make_unique<LostReviewPanel>(clock, prompter);
        panel->setWorkspace(workspace.get());
        panel->resize(1400, 900);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qFatal("the panel was not shown");
    }
    Pipeline &p() { return workspace->pipeline(); }
    void at(const QDate &day) { clock.set(QDateTime(day, QTime(12, 0))); }
    qint64 deal(const QString &title, qint64 minor, const QString &currency = QStringLiteral("EUR"))
    {
        Account account;
        account.name = title + QStringLiteral(" Inc.");
        Deal d;
        d.title = title;
        d.accountId = *p().createAccount(account);
        d.stageId = p().stages().first().id;
        d.value = Money { minor, currency };
        return *p().createDeal(d);
    }
    void lose(qint64 dealId, const QDate &day, qint64 reasonId)
    {
        at(day);
        LostInfo lost;
        lost.lostOn = day;
        lost.reasonId = reasonId;
        lost.reengageOn = day.addDays(60);
        if (const auto marked = p().markLost(dealId, lost); !marked)
            qFatal("lose: %s", qPrintable(marked.error()));
    }
    void touch(qint64 dealId, const QDate &day, TouchOutcome outcome = TouchOutcome::Conversation)
    {
        at(day);
        Touch t;
        t.dealId = dealId;
        t.occurredAt = QDateTime(day, QTime(11, 0));
        t.channel = Channel::Call;
        t.outcome = outcome;
        if (const auto logged = p().logTouch(t); !logged)
            qFatal("touch: %s", qPrintable(logged.error()));
    }
    void win(qint64 dealId, const QDate &day, const Money &value)
    {
        at(day);
        if (const auto won = p().markWon(dealId, value, day); !won)
            qFatal("win: %s", qPrintable(won.error()));
    }
    void write()
    {
        at(QDate(2025, 9, 1));
        acme = deal(QStringLiteral("Acme renewal"), 1000000);
        globex = deal(QStringLiteral("Globex pilot"), 500000);
        initech = deal(QStringLiteral("Initech"), 300050, QStringLiteral("USD"));
        hooli = deal(QStringLiteral("Hooli"), 200000);
        persistent = deal(QStringLiteral("Persistent"), 800000);
        lose(hooli, QDate(2025, 10, 31), timing);
        lose(acme, QDate(2026, 3, 10), timing);
        touch(acme, QDate(2026, 4, 1));
        at(QDate(2026, 5, 1));
        if (!p().reopen(acme, p().stages().first().id))
            qFatal("reopen");
        win(acme, QDate(2026, 6, 15), Money { 1000000, QStringLiteral("EUR") });
        lose(globex, QDate(2026, 3, 20), competitor);
        lose(initech, QDate(2026, 8, 5), competitor);
        touch(initech, QDate(2026, 9, 1));
        const QList<TouchOutcome> outcomes { TouchOutcome::No, TouchOutcome::NoAnswer, TouchOutcome::NotNow,
            TouchOutcome::No, TouchOutcome::Conversation, TouchOutcome::No, TouchOutcome::NoAnswer,
            TouchOutcome::NotNow, TouchOutcome::MeetingBooked };
        for (qsizetype i = 0; i < outcomes.size(); ++i)
            touch(persistent, QDate(2026, 2, 2).addDays(7 * i), outcomes.at(i));
        touch(persistent, QDate(2026, 7, 20), TouchOutcome::Yes);
        win(persistent, QDate(2026, 7, 20), Money { 800000, QStringLiteral("EUR") });
    }
    QChart *chart(LostReviewPanel::Chart which) const { return panel->chartViews().at(which)->chart(); }
    template<typename Series> Series *series(LostReviewPanel::Chart which) const
    {
        for (QAbstractSeries *s : chart(which)->series()) {
            if (auto *typed = qobject_cast<Series *>(s))
                return typed;
        }
        return nullptr;
    }
};

} // namespace

class TestLostReviewPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsTheFiguresOfTheReport();
    void chartsFollowTheFigures();
    void emptyDatabaseSaysWhatToDo();
    void monthPickerChangesTheReview();
    void followsTheDatabase();
    void exportsPdf();
    void pdfContinuesOnMorePages();
    void pdfIntoAnUnwritablePlaceFailsAndLeavesNothing();
    void exportsChartsAsPng();
    void followsTheDarkPalette();
    void keyboardAndActions();
    void renderForALook();
};

void TestLostReviewPanel::showsTheFiguresOfTheReport()
{
    Review r;
    QCOMPARE(r.panel->month(), QDate(2026, 10, 1));
    const LostReviewFigures &f = r.panel->figures();
    QCOMPARE(f.from, QDate(2025, 11, 1));
    QCOMPARE(f.totals.lost, 3); // Acme and Globex in March, Initech in August; Hooli is before the range
    QCOMPARE(f.totals.pursuedSinceLoss, 2); // Acme, Initech
    QCOMPARE(f.totals.reengaged, 1);
    QCOMPARE(f.totals.wonBack, 1);
    QCOMPARE(r.panel->cardText(LostReviewPanel::LostCard), QStringLiteral("3\n€15,000, $3,000.50"));
    QCOMPARE(
        r.panel->cardText(LostReviewPanel::PursuedCard), QStringLiteral("67%\n2 of 3 losses touched since"));
    QCOMPARE(r.panel->cardText(LostReviewPanel::ReengagedCard).section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("1"));
    QCOMPARE(r.panel->cardText(LostReviewPanel::WonBackCard), QStringLiteral("1\n€10,000"));

    // The report says the same.
    const auto figures = LostReview(r.p()).figures(QDate(2026, 10, 1));
    const QJsonObject totals = QJsonDocument::fromJson(ReportCommand::json(*figures).toUtf8())
                                   .object()
                                   .value(QLatin1String("totals"))
                                   .toObject();
    QCOMPARE(totals.value(QLatin1String("lost")).toInt(), f.totals.lost);
    QCOMPARE(totals.value(QLatin1String("pursued_since_loss")).toInt(), f.totals.pursuedSinceLoss);
    QCOMPARE(totals.value(QLatin1String("reengaged")).toInt(), f.totals.reengaged);
    QCOMPARE(totals.value(QLatin1String("won_back")).toInt(), f.totals.wonBack);
    const QJsonObject wonBack = totals.value(QLatin1String("won_back_value")).toObject();
    QCOMPARE(wonBack.value(QLatin1String("EUR")).toDouble(), 10000.0);
    QCOMPARE(wonBack.value(QLatin1String("USD")).toDouble(), 0.0);
    const QJsonObject lost = totals.value(QLatin1String("lost_value")).toObject();
    QCOMPARE(lost.value(QLatin1String("EUR")).toDouble(), 15000.0);
    QCOMPARE(lost.value(QLatin1String("USD")).toDouble(), 3000.5);
}

void TestLostReviewPanel::chartsFollowTheFigures()
{
    Review r;
    QVERIFY(!r.panel->isEmptyState());
    QCOMPARE(r.panel->chartViews().size(), int(LostReviewPanel::ChartCount));

    // Lost per month, stacked by reason, in the reasons' order; March is index 4, August 9.
    auto *stacked = r.series<QStackedBarSeries>(LostReviewPanel::LostPerMonth);
    QVERIFY(stacked);
    QCOMPARE(stacked->count(), 2);
    const QString timingLabel = r.p().lostReason(r.timing)->label;
    const QString competitorLabel = r.p().lostReason(r.competitor)->label;
    QMap<QString, QList<qreal>> byReason;
    for (QBarSet *set : stacked->barSets())
        byReason.insert(set->label(), values(set));
    QCOMPARE(byReason.value(timingLabel), monthly({ { 4, 1 } }));
    QCOMPARE(byReason.value(competitorLabel), monthly({ { 4, 1 }, { 9, 1 } }));
    auto *months = qobject_cast<QBarCategoryAxis *>(
        r.chart(LostReviewPanel::LostPerMonth)->axes(Qt::Horizontal).first());
    QVERIFY(months);
    QCOMPARE(months->categories().first(), QStringLiteral("Nov"));
    QCOMPARE(months->categories().last(), QStringLiteral("Oct"));
    QCOMPARE(months->count(), 12);

    // Re-engaged and won back, by the month of the loss.
    auto *back = r.series<QBarSeries>(LostReviewPanel::ReengagedPerMonth);
    QVERIFY(back);
    QCOMPARE(back->count(), 2);
    QCOMPARE(back->barSets().at(0)->label(), QStringLiteral("Re-engaged"));
    QCOMPARE(values(back->barSets().at(0)), monthly({ { 4, 1 } }));
    QCOMPARE(back->barSets().at(1)->label(), QStringLiteral("Won back"));
    QCOMPARE(values(back->barSets().at(1)), monthly({ { 4, 1 } }));

    // The histograms of the two wins (Acme in June, Persistent in July): "no"s 0 and 5; attempts 1 and 10.
    QCOMPARE(r.panel->histograms().wins, 2);
    auto *nos = r.series<QBarSeries>(LostReviewPanel::NosBeforeWin);
    QVERIFY(nos);
    QCOMPARE(values(nos->barSets().first()), monthly({ { 0, 1 }, { 5, 1 } }, 11));
    auto *attempts = r.series<QBarSeries>(LostReviewPanel::AttemptsBeforeWin);
    QCOMPARE(values(attempts->barSets().first()), monthly({ { 1, 1 }, { 10, 1 } }, 11));
    auto *buckets = qobject_cast<QBarCategoryAxis *>(
        r.chart(LostReviewPanel::NosBeforeWin)->axes(Qt::Horizontal).first());
    QCOMPARE(buckets->categories().last(), QStringLiteral("10+"));

    // The reference lines: vertical, at the edge of the 4 "no"s and 9 attempts buckets, named in the legend.
    for (const auto &[which, x, name] : { std::tuple { LostReviewPanel::NosBeforeWin, 3.5, "4 “no”s" },
             std::tuple { LostReviewPanel::AttemptsBeforeWin, 8.5, "9 attempts" } }) {
        auto *line = r.series<QLineSeries>(which);
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0), QPointF(x, 0));
        QCOMPARE(line->at(1).x(), x);
        QVERIFY(line->at(1).y() >= 1);
        QVERIFY2(line->name().startsWith(QString::fromUtf8(name)), qPrintable(line->name()));
        QVERIFY(r.chart(which)->legend()->isVisible());
    }
}

void TestLostReviewPanel::emptyDatabaseSaysWhatToDo()
{
    Review r(false);
    QVERIFY(r.panel->isEmptyState());
    auto *message = r.panel->findChild<QLabel *>(QStringLiteral("reviewEmptyState"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!r.panel->chartViews().first()->isVisible());
    QCOMPARE(message->text(),
        QStringLiteral(
            "No deal lost in the 12 months up to October 2026. When a prospect says no, mark the deal "
            "lost with a reason and a date to come back: it will show here."));
    QVERIFY(!r.panel->exportChartsAction()->isEnabled());
    QCOMPARE(r.panel->cardText(LostReviewPanel::LostCard), QStringLiteral("0\n€0"));

    // Without a database.
    r.panel->setWorkspace(nullptr);
    QVERIFY(r.panel->isEmptyState());
    QVERIFY(!r.panel->exportPdfAction()->isEnabled());
}

void TestLostReviewPanel::monthPickerChangesTheReview()
{
    Review r;
    QComboBox *combo = r.panel->monthCombo();
    QCOMPARE(combo->currentText(), QStringLiteral("October 2026"));
    QCOMPARE(combo->count(), 24);
    // March 2026: April 2025 to March 2026, Hooli's loss in, Initech's out.
    combo->setCurrentIndex(combo->findData(QDate(2026, 3, 1)));
    QCOMPARE(r.panel->month(), QDate(2026, 3, 1));
    QCOMPARE(r.panel->figures().from, QDate(2025, 4, 1));
    QCOMPARE(r.panel->figures().totals.lost, 3);
    QCOMPARE(r.panel->cardText(LostReviewPanel::LostCard), QStringLiteral("3\n€17,000"));
    // Persistent was won after March: only... no win in April 2025 to March 2026.
    QCOMPARE(r.panel->histograms().wins, 0);
    auto *stacked = r.series<QStackedBarSeries>(LostReviewPanel::LostPerMonth);
    int total = 0;
    for (QBarSet *set : stacked->barSets())
        total += int(set->sum());
    QCOMPARE(total, 3);
    // setMonth on a day of a month moves the picker.
    r.panel->setMonth(QDate(2026, 8, 17));
    QCOMPARE(combo->currentData().toDate(), QDate(2026, 8, 1));
    QCOMPARE(r.panel->figures().totals.lost, 4); // September 2025 to August 2026: Hooli too
    // A month older than the picker lists is added to it.
    r.panel->setMonth(QDate(2023, 1, 1));
    QCOMPARE(combo->currentText(), QStringLiteral("January 2023"));
    QVERIFY(r.panel->isEmptyState());
}

void TestLostReviewPanel::followsTheDatabase()
{
    Review r;
    QSignalSpy refreshed(r.panel.get(), &LostReviewPanel::refreshed);
    // A burst of changes: a new deal, lost in October, then touched. One read.
    r.at(QDate(2026, 10, 1));
    const qint64 umbrella = r.deal(QStringLiteral("Umbrella"), 100000);
    LostInfo lost;
    lost.lostOn = QDate(2026, 10, 12);
    lost.reasonId = r.timing;
    lost.reengageOn = QDate(2026, 11, 1);
    r.clock.set(Test::fixedNow());
    QVERIFY(r.p().markLost(umbrella, lost).ok());
    r.touch(umbrella, QDate(2026, 11, 20));
    r.clock.set(Test::fixedNow());
    QCOMPARE(refreshed.count(), 0);
    QTRY_COMPARE(r.panel->figures().totals.lost, 4);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(r.panel->figures().totals.pursuedSinceLoss, 3);
    auto *stacked = r.series<QStackedBarSeries>(LostReviewPanel::LostPerMonth);
    for (QBarSet *set : stacked->barSets()) {
        if (set->label() == r.p().lostReason(r.timing)->label)
            QCOMPARE(values(set), monthly({ { 4, 1 }, { 11, 1 } }));
    }
    QCOMPARE(r.panel->cardText(LostReviewPanel::PursuedCard).section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("75%"));

    // A hidden panel reads when it is shown again.
    r.panel->hide();
    QVERIFY(r.p().reopen(r.globex, r.p().stages().first().id).ok());
    r.win(r.globex, QDate(2026, 11, 23), Money { 500000, QStringLiteral("EUR") });
    QCoreApplication::processEvents();
    QCOMPARE(r.panel->figures().totals.wonBack, 1);
    r.panel->show();
    QCOMPARE(r.panel->figures().totals.wonBack, 2);
}

void TestLostReviewPanel::exportsPdf()
{
    Review r;
    const QString path = r.dir.filePath(QStringLiteral("review.pdf"));
    QString error;
    QVERIFY2(r.panel->exportPdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    // The title, figures and two charts; two charts and the one ripe deal (Globex).
    QCOMPARE(pdfPages(pdf), 2);
    QCOMPARE(r.panel->lastPdfPageCount(), 2);

    // Through the menu's action: the file name asked through the Prompter, the progress shown.
    const QString asked = r.dir.filePath(QStringLiteral("asked.pdf"));
    r.prompter.saveAnswer = asked;
    r.panel->exportPdfAction()->trigger();
    QVERIFY2(r.prompter.errors.isEmpty(), qPrintable(r.prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.prompter.asked, QStringList { QStringLiteral("lost-review-2026-10.pdf") });
    QVERIFY(QFileInfo(asked).size() > 1000);
    // Cancelled: nothing written, nothing said.
    r.prompter.saveAnswer.clear();
    r.panel->exportPdfAction()->trigger();
    QVERIFY(r.prompter.errors.isEmpty());
}

void TestLostReviewPanel::pdfContinuesOnMorePages()
{
    Review r;
    // 80 more deals lost in September, untouched, their re-engage date passed: all ripe now.
    r.at(QDate(2026, 9, 1));
    QList<qint64> deals;
    for (int i = 0; i < 80; ++i)
        deals << r.deal(QStringLiteral("Ripe deal %1").arg(i + 1), 100000 + i);
    for (qint64 id : std::as_const(deals))
        r.lose(id, QDate(2026, 9, 10), r.timing);
    r.clock.set(Test::fixedNow());
    LostFilter ripe;
    ripe.state = LostState::RipeNow;
    QCOMPARE(LostReview(r.p()).deals(ripe, r.clock.today())->size(), 81);
    const QString path = r.dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(r.panel->exportPdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int pages = pdfPages(file.readAll());
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    QCOMPARE(pages, r.panel->lastPdfPageCount());
}

void TestLostReviewPanel::pdfIntoAnUnwritablePlaceFailsAndLeavesNothing()
{
    Review r;
    // A folder that is a file: no user, root included, can write under it.
    QFile blocker(r.dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = r.dir.filePath(QStringLiteral("not-a-folder/review.pdf"));
    QString error;
    QVERIFY(!r.panel->exportPdf(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    const QStringList left = QDir(r.dir.path()).entryList(QDir::Files);
    for (const QString &name : left)
        QVERIFY2(!name.contains(QLatin1String("review.pdf")), qPrintable(name));

    // The same through the action: the error is shown, naming the file.
    r.prompter.saveAnswer = path;
    r.panel->exportPdfAction()->trigger();
    QCOMPARE(r.prompter.errors.size(), 1);
    QVERIFY(r.prompter.errors.first().contains(QDir::toNativeSeparators(path)));
}

void TestLostReviewPanel::exportsChartsAsPng()
{
    Review r;
    const QString path = r.dir.filePath(QStringLiteral("lost-per-month.png"));
    QString error;
    QVERIFY2(r.panel->exportChartPng(LostReviewPanel::LostPerMonth, path, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    const QChartView *view = r.panel->chartViews().first();
    QCOMPARE(image.size(), view->size() * view->devicePixelRatio());

    // All four through the action, named after the file the user chose.
    r.prompter.saveAnswer = r.dir.filePath(QStringLiteral("october.png"));
    r.panel->exportChartsAction()->trigger();
    QVERIFY(r.prompter.errors.isEmpty());
    for (const char *name : { "october-lost-per-month.png", "october-reengaged-per-month.png",
             "october-nos-before-win.png", "october-attempts-before-win.png" })
        QVERIFY2(!QImage(r.dir.filePath(QString::fromLatin1(name))).isNull(), name);
    // Into a place that cannot be written: the first failure is shown.
    r.prompter.saveAnswer = r.dir.filePath(QStringLiteral("missing-folder/x.png"));
    r.panel->exportChartsAction()->trigger();
    QCOMPARE(r.prompter.errors.size(), 1);
    QVERIFY(r.prompter.errors.first().contains(QLatin1String("x-lost-per-month.png")));
}

void TestLostReviewPanel::followsTheDarkPalette()
{
    Review r;
    QCOMPARE(r.chart(LostReviewPanel::LostPerMonth)->theme(), QChart::ChartThemeLight);
    QPalette dark = r.panel->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    r.panel->setPalette(dark);
    for (QChartView *view : r.panel->chartViews()) {
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    }
    // The reasons keep their colours whatever the theme says.
    auto *stacked = r.series<QStackedBarSeries>(LostReviewPanel::LostPerMonth);
    QCOMPARE(stacked->barSets().first()->color(), QColor(0x00, 0x72, 0xb2));
    r.panel->setPalette(QPalette());
    QCOMPARE(r.chart(LostReviewPanel::LostPerMonth)->theme(), QChart::ChartThemeLight);
}

void TestLostReviewPanel::keyboardAndActions()
{
    Review r;
    QLabel *buddyLabel = nullptr;
    for (QLabel *label : r.panel->findChildren<QLabel *>()) {
        if (label->buddy() == r.panel->monthCombo())
            buddyLabel = label;
    }
    QVERIFY(buddyLabel);
    QCOMPARE(buddyLabel->text(), QStringLiteral("&Month:"));
    QCOMPARE(r.panel->actions().size(), 2);
    QCOMPARE(r.panel->actions().at(0)->text(), QStringLiteral("Export Review as &PDF…"));
    QCOMPARE(r.panel->actions().at(1)->text(), QStringLiteral("Export &Charts as PNG…"));
    // The month moves with the keyboard (Down: a month earlier), Tab goes on to the two exports.
    r.panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(r.panel.get()));
    r.panel->monthCombo()->setFocus();
    QTRY_VERIFY(r.panel->monthCombo()->hasFocus());
    QTest::keyClick(r.panel->monthCombo(), Qt::Key_Down);
    QCOMPARE(r.panel->month(), QDate(2026, 9, 1));
    QCOMPARE(r.panel->figures().to, QDate(2026, 9, 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *button = qobject_cast<QToolButton *>(QApplication::focusWidget());
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), r.panel->exportPdfAction());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    button = qobject_cast<QToolButton *>(QApplication::focusWidget());
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), r.panel->exportChartsAction());
}

// Not a check: with RIPEN_LOOK_DIR set, renders the panel on RIPEN_LOOK_DATABASE (e.g. the demo) in the
// light and the dark palette, and its PDF, for a person to look at.
void TestLostReviewPanel::renderForALook()
{
    const QString out = qEnvironmentVariable("RIPEN_LOOK_DIR");
    const QString database = qEnvironmentVariable("RIPEN_LOOK_DATABASE");
    if (out.isEmpty() || database.isEmpty())
        QSKIP("set RIPEN_LOOK_DIR and RIPEN_LOOK_DATABASE to render the panel");
    SystemClock clock;
    QString error;
    auto workspace = Workspace::open(database, clock, &error);
    QVERIFY2(workspace, qPrintable(error));
    PresetPrompter prompter;
    LostReviewPanel panel(clock, prompter);
    panel.setWorkspace(workspace.get());
    panel.resize(1280, 860);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.grab().save(out + QStringLiteral("/review-light.png")));
    // What a change costs the user once the panel is up: the reads and the charts, median of 5.
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        panel.refresh();
        panel.repaint();
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    qInfo("refresh and paint: %lld ms (median of 5)", times.at(2));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    panel.setPalette(dark);
    QVERIFY(panel.grab().save(out + QStringLiteral("/review-dark.png")));
    QElapsedTimer pdfTimer;
    pdfTimer.start();
    QVERIFY2(panel.exportPdf(out + QStringLiteral("/review.pdf"), &error), qPrintable(error));
    qInfo("PDF: %lld ms, %d pages", pdfTimer.elapsed(), panel.lastPdfPageCount());
}

RIPEN_TEST_MAIN(TestLostReviewPanel)
#include "tst_lostreviewpanel.moc"
