// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>
#include <atomic>
#include <optional>
#include <utility>

class QSqlDatabase;
class QSqlQuery;

namespace Ripen {

class Clock;
class Pipeline;

// The figures of one month of the lost-deal review. Every count is of losses (rows of the losses
// table, migration 009), so a deal lost twice counts once in each month it was lost.
struct LostMonth
{
    QDate month; // its first day
    int lost = 0;
    QMap<QString, qint64> lostValue; // minor units by currency, the deals' values as they are now
    QList<std::pair<QString, int>> byReason; // reason label and count, in the reasons' order
    // Of this month's losses: reopened into an open stage afterwards, won afterwards (see LostReview).
    int reengaged = 0;
    int wonBack = 0;
    // The value of those won back, minor units by currency (the same currencies as lostValue).
    QMap<QString, qint64> wonBackValue;
};

struct LostTotals
{
    int lost = 0;
    QMap<QString, qint64> lostValue;
    int pursuedSinceLoss = 0;
    int reengaged = 0;
    int wonBack = 0;
    QMap<QString, qint64> wonBackValue;
};

struct LostReviewFigures
{
    QDate from, to; // first days of the first and the last month
    QList<LostMonth> months; // every month from..to, oldest first, those without a loss with zeros
    LostTotals totals;
};

// How much persistence the deals won in a range of days took: for each won deal, the "no"s it heard
// (its touches with the outcome No or Not now) and its attempts (all its touches), each up to the end of
// the day it was won. Bucket i counts the deals with i of them, the last bucket those with
// kHistogramBuckets - 1 or more.
struct WinHistograms
{
    static constexpr int kHistogramBuckets = 11; // 0..9 and "10+"
    QDate from, toExclusive;
    int wins = 0;
    QList<int> nos = QList<int>(kHistogramBuckets, 0);
    QList<int> attempts = QList<int>(kHistogramBuckets, 0);
};

// Where a lost deal stands on the road back, in the order the dashboard lists them: ripe first.
enum class LostState {
    RipeNow, // its re-engage date has come; nobody touched it since the "no" and nothing is planned
    RipeLater, // the same, with its re-engage date ahead
    Pursued, // still lost, but touched since the loss or with a touch planned
    Reengaged, // reopened into an open stage since
    WonBack, // won since
};

// Which lost deals the dashboard lists: those whose latest loss falls in the last `months` months.
struct LostFilter
{
    int months = 12; // 1..LostReview::kMaxMonths
    qint64 reasonId = 0; // 0: any reason
    std::optional<NoMeaning> strategy; // the meaning of its reason, which names the strategy
    std::optional<LostState> state;
    QString owner; // empty: everyone
    QString text; // in the deal's title or its account's name
    qint64 dealId = 0; // only this deal (a list model reading one changed row); 0: every deal

    friend bool operator==(const LostFilter &, const LostFilter &) = default;
};

// One lost deal as the dashboard and the PDF's list of ripe deals show it: its latest loss.
struct LostDealRow
{
    qint64 dealId = 0;
    QString title;
    QString account;
    QDate lostOn;
    Money value;
    FailedCommitment commitment = FailedCommitment::None;
    QString reason; // empty when the loss has no reason recorded
    std::optional<NoMeaning> meaning;
    QString competitor;
    QDate reengageOn; // invalid when the loss has none (losses known only from the stage history)
    int touchesSinceLoss = 0; // logged on a day after the loss
    int openFollowUps = 0;
    LostState state = LostState::RipeLater;
    int daysToRipe = 0; // until the re-engage date: 0 or less when it has come
};

// The one query layer of the lost-deal review: the report (ripen report lost) reads it, and so will the
// dashboard's table and charts, so they cannot disagree. Pure reads on the Pipeline's connection, each
// backed by an index (tst_lostreview checks the plans).
//
// For each loss in the months asked for (its lost_on, the day the user said the deal was lost):
// - re-engaged: the stage history moves the deal from a Lost stage into an open stage after that loss
//   (after the loss's own move into Lost, or after its day when the history lacks the move). A reopen
//   before the loss belongs to an earlier loss.
// - won back: the deal is won now, on or after the day of that loss.
// - pursued since the loss: a touch is logged on the deal on a day after the day of that loss.
class LostReview final
{
    Q_DECLARE_TR_FUNCTIONS(LostReview)
public:
    static constexpr int kDefaultMonths = 12;
    static constexpr int kMaxMonths = 120;

    explicit LostReview(const Pipeline &pipeline);

    // The last full month before today: the default month a review ends with (its first day).
    static QDate defaultLastMonth(const Clock &clock);
    // The label of losses that have no reason (earlier losses known only from the stage history).
    static QString unknownReasonLabel();

    // The months months..lastMonth (any day of it), 1 to kMaxMonths of them.
    Result<LostReviewFigures> figures(const QDate &lastMonth, int months = kDefaultMonths) const;

    // Its one query (values: the first day of the first month, the first day after the last), for
    // EXPLAIN QUERY PLAN checks and the benchmark's floor.
    static QString selectSql();

    // The deals won from `from` to the day before `toExclusive` (their won_on), by the "no"s and the
    // attempts each took: one query, grouped by both buckets (at most 121 rows whatever the range holds).
    Result<WinHistograms> winHistograms(const QDate &from, const QDate &toExclusive) const;
    // Its query (values: the last bucket, twice; from; toExclusive), for EXPLAIN QUERY PLAN checks.
    static QString winHistogramsSql();

    // The lost deals to re-engage: each deal whose latest loss is in the filter's window, ripe first
    // (by state, then re-engage date). listSql's columns are ListColumn; the dashboard's model runs it.
    enum ListColumn {
        ListDealId,
        ListTitle,
        ListAccount,
        ListLostOn,
        ListValueMinor,
        ListCurrency,
        ListCommitment,
        ListReason,
        ListMeaning,
        ListCompetitor,
        ListReengageOn,
        ListTouches,
        ListOpenFollowUps,
        ListState,
        ListDaysToRipe,
        ListColumnCount
    };
    // At most limit rows of the list (all of them for a negative limit).
    static QString listSql(const LostFilter &filter);
    static QVariantList listValues(const LostFilter &filter, const QDate &today, int limit = -1);
    // The row listSql gives at the query's current position.
    static LostDealRow listRow(const QSqlQuery &query);
    // At most `limit` rows of the list (all of them for a negative limit).
    Result<QList<LostDealRow>> deals(const LostFilter &filter, const QDate &today, int limit = -1) const;
    // The same through another connection to the file (a thread of its own reads the whole list); it
    // stops, with an error, once cancel (when given) turns true.
    static Result<QList<LostDealRow>> deals(const QSqlDatabase &db, const LostFilter &filter,
        const QDate &today, int limit = -1, const std::atomic_bool *cancel = nullptr);
    // How many deals the filter lists, by state (the state filter aside): the dashboard's badge and
    // counts.
    Result<QMap<LostState, int>> countByState(const LostFilter &filter, const QDate &today) const;

private:
    const Pipeline &m_pipeline;
};

} // namespace Ripen
