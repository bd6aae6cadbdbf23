// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostreview.h"
#include "pipeline.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace Ripen;
using Ripen::Test::TestDatabase;

// A small history built by hand, its figures worked out here from the story, not by the same code.
class TestLostReview : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countsEachLossInItsMonth();
    void emptyDatabaseHasMonthsOfZeros();
    void defaultIsTheLastFullMonth();
    void refusesBadRanges();
    void queryUsesItsIndexes();
    void countsNosAndAttemptsBeforeEachWin();
    void winHistogramsRefuseBadRanges();
    void winHistogramsUseTheirIndexes();

private:
    void at(const QDate &day);
    qint64 dealWorth(const QString &title, qint64 minor, const QString &currency);
    void lose(qint64 dealId, const QDate &day, qint64 reasonId);
    void touch(qint64 dealId, const QDate &day, TouchOutcome outcome = TouchOutcome::Conversation,
        const QTime &time = QTime(11, 0));
    void win(qint64 dealId, const QDate &day);

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_timing = 0, m_competitor = 0;
    QString m_timingLabel, m_competitorLabel;
};

void TestLostReview::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_timing = m_t->reasonId(NoMeaning::Timing);
    m_competitor = m_t->reasonId(NoMeaning::Competitor);
    m_timingLabel = m_t->pipeline().lostReason(m_timing)->label;
    m_competitorLabel = m_t->pipeline().lostReason(m_competitor)->label;
}

void TestLostReview::cleanup()
{
    m_t.reset();
}

void TestLostReview::at(const QDate &day)
{
    m_t->clock().set(QDateTime(day, QTime(12, 0)));
}

qint64 TestLostReview::dealWorth(const QString &title, qint64 minor, const QString &currency)
{
    Deal deal;
    deal.title = title;
    deal.accountId = m_t->account(title + QStringLiteral(" Inc."));
    deal.stageId = m_t->stageId(QStringLiteral("Discovery"));
    deal.value = Money { minor, currency };
    const auto id = m_t->pipeline().createDeal(deal);
    if (!id)
        qFatal("deal: %s", qPrintable(id.error()));
    return *id;
}

void TestLostReview::lose(qint64 dealId, const QDate &day, qint64 reasonId)
{
    at(day);
    LostInfo lost;
    lost.lostOn = day;
    lost.reasonId = reasonId;
    lost.reengageOn = day.addDays(60);
    const auto marked = m_t->pipeline().markLost(dealId, lost);
    QVERIFY2(marked.ok(), qPrintable(marked.error()));
}

void TestLostReview::touch(qint64 dealId, const QDate &day, TouchOutcome outcome, const QTime &time)
{
    at(day);
    Touch t;
    t.dealId = dealId;
    t.occurredAt = QDateTime(day, time);
    t.channel = Channel::Call;
    t.outcome = outcome;
    const auto logged = m_t->pipeline().logTouch(t);
    QVERIFY2(logged.ok(), qPrintable(logged.error()));
}

void TestLostReview::win(qint64 dealId, const QDate &day)
{
    at(day);
    const auto won = m_t->pipeline().markWon(dealId, Money { 100000, QStringLiteral("EUR") }, day);
    QVERIFY2(won.ok(), qPrintable(won.error()));
}

void TestLostReview::countsEachLossInItsMonth()
{
    Pipeline &p = m_t->pipeline();
    at(QDate(2025, 9, 1));
    const qint64 twice = dealWorth(QStringLiteral("Twice"), 1000000, QStringLiteral("EUR"));
    const qint64 wonBack = dealWorth(QStringLiteral("Won back"), 500050, QStringLiteral("USD"));
    const qint64 late = dealWorth(QStringLiteral("Late in October"), 200000, QStringLiteral("EUR"));
    const qint64 november = dealWorth(QStringLiteral("This November"), 700000, QStringLiteral("EUR"));
    const qint64 before = dealWorth(QStringLiteral("Before the range"), 100000, QStringLiteral("EUR"));
    const qint64 first = dealWorth(QStringLiteral("First day"), 300000, QStringLiteral("EUR"));
    dealWorth(QStringLiteral("Never lost"), 900000, QStringLiteral("EUR"));

    lose(before, QDate(2025, 10, 31), m_timing); // the day before the range
    lose(first, QDate(2025, 11, 1), m_timing); // its first day
    // Lost in March, pursued in April, re-engaged in May, lost again in August, not touched since.
    lose(twice, QDate(2026, 3, 10), m_timing);
    touch(twice, QDate(2026, 4, 1));
    at(QDate(2026, 5, 1));
    QVERIFY(p.reopen(twice, m_t->stageId(QStringLiteral("Proposal"))).ok());
    lose(twice, QDate(2026, 8, 5), m_competitor);
    // Touched on the day of its loss only (not after it), re-engaged in April and won in June.
    touch(wonBack, QDate(2026, 3, 20));
    lose(wonBack, QDate(2026, 3, 20), m_competitor);
    at(QDate(2026, 4, 15));
    QVERIFY(p.reopen(wonBack, m_t->stageId(QStringLiteral("Proposal"))).ok());
    at(QDate(2026, 6, 30));
    QVERIFY(p.markWon(wonBack, Money { 500050, QStringLiteral("USD") }, QDate(2026, 6, 30)).ok());
    // The last day of the range, pursued after it.
    lose(late, QDate(2026, 10, 31), m_timing);
    touch(late, QDate(2026, 11, 2));
    lose(november, QDate(2026, 11, 5), m_timing); // after the range
    at(Test::fixedNow().date());

    const auto figures = LostReview(p).figures(QDate(2026, 10, 15), 12);
    QVERIFY2(figures.ok(), qPrintable(figures.error()));
    QCOMPARE(figures->from, QDate(2025, 11, 1));
    QCOMPARE(figures->to, QDate(2026, 10, 1));
    QCOMPARE(figures->months.size(), 12);

    struct Expected
    {
        QDate month;
        int lost;
        qint64 eur, usd;
        int timing, competitor, reengaged, wonBack;
    };
    // Every other month: zeros, in every currency and reason of the range.
    QList<Expected> expected;
    for (int i = 0; i < 12; ++i)
        expected << Expected { QDate(2025, 11, 1).addMonths(i), 0, 0, 0, 0, 0, 0, 0 };
    expected[0] = { QDate(2025, 11, 1), 1, 300000, 0, 1, 0, 0, 0 }; // "First day"
    // "Twice" (re-engaged in May) and "Won back" (re-engaged and won)
    expected[4] = { QDate(2026, 3, 1), 2, 1000000, 500050, 1, 1, 2, 1 };
    expected[9] = { QDate(2026, 8, 1), 1, 1000000, 0, 0, 1, 0, 0 }; // "Twice" again, still lost
    expected[11] = { QDate(2026, 10, 1), 1, 200000, 0, 1, 0, 0, 0 }; // "Late in October"
    for (int i = 0; i < 12; ++i) {
        const LostMonth &m = figures->months.at(i);
        const Expected &e = expected.at(i);
        QCOMPARE(m.month, e.month);
        QCOMPARE(m.lost, e.lost);
        const QMap<QString, qint64> values { { QStringLiteral("EUR"), e.eur },
            { QStringLiteral("USD"), e.usd } };
        QCOMPARE(m.lostValue, values);
        QMap<QString, int> byReason;
        for (const auto &[label, count] : m.byReason)
            byReason.insert(label, count);
        const QMap<QString, int> reasons { { m_timingLabel, e.timing }, { m_competitorLabel, e.competitor } };
        QCOMPARE(byReason, reasons);
        QCOMPARE(m.reengaged, e.reengaged);
        QCOMPARE(m.wonBack, e.wonBack);
        // Won back: "Won back" (USD) in March; every month names both currencies.
        const QMap<QString, qint64> wonBackValues { { QStringLiteral("EUR"), 0 },
            { QStringLiteral("USD"), e.wonBack ? 500050 : 0 } };
        QCOMPARE(m.wonBackValue, wonBackValues);
    }
    // Five losses of four deals; pursued after the loss: "Twice" in April (its first loss) and "Late in
    // October" in November.
    QCOMPARE(figures->totals.lost, 5);
    const QMap<QString, qint64> totalValues { { QStringLiteral("EUR"), 2500000 },
        { QStringLiteral("USD"), 500050 } };
    QCOMPARE(figures->totals.lostValue, totalValues);
    QCOMPARE(figures->totals.pursuedSinceLoss, 2);
    QCOMPARE(figures->totals.reengaged, 2);
    QCOMPARE(figures->totals.wonBack, 1);
    const QMap<QString, qint64> wonBackTotals { { QStringLiteral("EUR"), 0 },
        { QStringLiteral("USD"), 500050 } };
    QCOMPARE(figures->totals.wonBackValue, wonBackTotals);
    // The reasons in their settings order.
    const bool timingFirst = p.lostReason(m_timing)->position < p.lostReason(m_competitor)->position;
    QCOMPARE(figures->months.first().byReason.first().first, timingFirst ? m_timingLabel : m_competitorLabel);

    // Three months up to March: only March's losses.
    const auto spring = LostReview(p).figures(QDate(2026, 3, 1), 3);
    QCOMPARE(spring->from, QDate(2026, 1, 1));
    QCOMPARE(spring->totals.lost, 2);
    QCOMPARE(spring->totals.pursuedSinceLoss, 1);
}

void TestLostReview::emptyDatabaseHasMonthsOfZeros()
{
    const auto figures = LostReview(m_t->pipeline()).figures(QDate(2026, 10, 1), 3);
    QVERIFY(figures.ok());
    QCOMPARE(figures->months.size(), 3);
    for (const LostMonth &m : figures->months) {
        QCOMPARE(m.lost, 0);
        QVERIFY(m.lostValue.isEmpty());
        QVERIFY(m.byReason.isEmpty());
    }
    QCOMPARE(figures->months.first().month, QDate(2026, 8, 1));
    QCOMPARE(figures->totals.lost, 0);
}

void TestLostReview::defaultIsTheLastFullMonth()
{
    QCOMPARE(LostReview::defaultLastMonth(m_t->clock()), QDate(2026, 10, 1));
    FixedClock january(QDateTime(QDate(2027, 1, 1), QTime(0, 5)));
    QCOMPARE(LostReview::defaultLastMonth(january), QDate(2026, 12, 1));
}

void TestLostReview::refusesBadRanges()
{
    const LostReview review(m_t->pipeline());
    QVERIFY(!review.figures(QDate(2026, 10, 1), 0).ok());
    QVERIFY(!review.figures(QDate(2026, 10, 1), LostReview::kMaxMonths + 1).ok());
    QVERIFY(!review.figures(QDate(), 12).ok());
    QCOMPARE(
        review.figures(QDate(2026, 10, 1), LostReview::kMaxMonths)->months.size(), LostReview::kMaxMonths);
}

// Every table that grows is read by an index or its primary key: no scan grows with the data.
void TestLostReview::queryUsesItsIndexes()
{
    const QString text = Test::queryPlan(m_t->connection(), LostReview::selectSql(),
        { QStringLiteral("2025-11-01"), QStringLiteral("2026-11-01") });
    // Everything summed is kept on the loss and in the index: no deal, touch or move is read per loss.
    QVERIFY2(text.contains(QLatin1String("SEARCH l USING COVERING INDEX losses_review")), qPrintable(text));
    for (const char *table : { " d ", "touches", "stage_history", "follow_ups" })
        QVERIFY2(!text.contains(QLatin1String(table)), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("SCAN")), qPrintable(text));
}

void TestLostReview::countsNosAndAttemptsBeforeEachWin()
{
    at(QDate(2025, 9, 1));
    const qint64 persistent = dealWorth(QStringLiteral("Persistent"), 100000, QStringLiteral("EUR"));
    const qint64 quick = dealWorth(QStringLiteral("Quick"), 100000, QStringLiteral("EUR"));
    const qint64 stubborn = dealWorth(QStringLiteral("Stubborn"), 100000, QStringLiteral("EUR"));
    const qint64 old = dealWorth(QStringLiteral("Won before the range"), 100000, QStringLiteral("EUR"));
    const qint64 open = dealWorth(QStringLiteral("Still open"), 100000, QStringLiteral("EUR"));

    // "Persistent": nine touches, five of them a "no" or a "not now", then a tenth on the day it was won;
    // a "no" after the win does not count.
    const QList<TouchOutcome> outcomes { TouchOutcome::No, TouchOutcome::NoAnswer, TouchOutcome::NotNow,
        TouchOutcome::No, TouchOutcome::Conversation, TouchOutcome::No, TouchOutcome::NoAnswer,
        TouchOutcome::NotNow, TouchOutcome::MeetingBooked };
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        touch(persistent, QDate(2026, 1, 5).addDays(7 * i), outcomes.at(i));
    touch(persistent, QDate(2026, 6, 30), TouchOutcome::Yes, QTime(23, 59, 59));
    win(persistent, QDate(2026, 6, 30));
    touch(persistent, QDate(2026, 7, 2), TouchOutcome::No);
    // "Quick": won without a touch.
    win(quick, QDate(2026, 5, 10));
    // "Stubborn": eleven "no"s and a yes, twelve attempts: both in the last bucket ("10+").
    for (int i = 0; i < 11; ++i)
        touch(stubborn, QDate(2025, 12, 1).addDays(7 * i), TouchOutcome::No);
    touch(stubborn, QDate(2026, 3, 2), TouchOutcome::Yes);
    win(stubborn, QDate(2026, 3, 2));
    // Outside: won the day before the range; touched but never won.
    touch(old, QDate(2025, 10, 1), TouchOutcome::No);
    win(old, QDate(2025, 10, 31));
    touch(open, QDate(2026, 2, 1), TouchOutcome::No);
    at(Test::fixedNow().date());

    const auto histograms = LostReview(m_t->pipeline()).winHistograms(QDate(2025, 11, 1), QDate(2026, 11, 1));
    QVERIFY2(histograms.ok(), qPrintable(histograms.error()));
    QCOMPARE(histograms->wins, 3);
    QList<int> nos(WinHistograms::kHistogramBuckets, 0), attempts(WinHistograms::kHistogramBuckets, 0);
    nos[0] = 1; // Quick
    nos[5] = 1; // Persistent
    nos[10] = 1; // Stubborn
    attempts[0] = 1;
    attempts[10] = 2; // Persistent's ten, Stubborn's twelve
    QCOMPARE(histograms->nos, nos);
    QCOMPARE(histograms->attempts, attempts);

    // Up to June: Persistent (won on June 30) is out.
    const auto spring = LostReview(m_t->pipeline()).winHistograms(QDate(2025, 11, 1), QDate(2026, 6, 30));
    QCOMPARE(spring->wins, 2);
    QCOMPARE(spring->nos.at(5), 0);
    // A range without a win: zeros.
    const auto none = LostReview(m_t->pipeline()).winHistograms(QDate(2024, 1, 1), QDate(2025, 1, 1));
    QCOMPARE(none->wins, 0);
    QCOMPARE(none->nos, QList<int>(WinHistograms::kHistogramBuckets, 0));
}

void TestLostReview::winHistogramsRefuseBadRanges()
{
    const LostReview review(m_t->pipeline());
    QVERIFY(!review.winHistograms(QDate(), QDate(2026, 1, 1)).ok());
    QVERIFY(!review.winHistograms(QDate(2026, 2, 1), QDate(2026, 1, 1)).ok());
    QVERIFY(review.winHistograms(QDate(2026, 1, 1), QDate(2026, 1, 1)).ok());
}

// The won deals of the range from one partial index that holds their counts (migration 010): no touch
// is read per deal, and no deal row.
void TestLostReview::winHistogramsUseTheirIndexes()
{
    const QString text = Test::queryPlan(m_t->connection(), LostReview::winHistogramsSql(),
        { 10, 10, QStringLiteral("2025-11-01"), QStringLiteral("2026-11-01") });
    QVERIFY2(text.contains(QLatin1String("USING COVERING INDEX deals_won")), qPrintable(text));
    QVERIFY2(
        !text.contains(QLatin1String("touches")) && !text.contains(QLatin1String("SCAN")), qPrintable(text));
}

RIPEN_CORE_TEST_MAIN(TestLostReview)
#include "tst_lostreview.moc"
