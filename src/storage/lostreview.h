// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <utility>

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
};

struct LostTotals
{
    int lost = 0;
    QMap<QString, qint64> lostValue;
    int pursuedSinceLoss = 0;
    int reengaged = 0;
    int wonBack = 0;
};

struct LostReviewFigures
{
    QDate from, to; // first days of the first and the last month
    QList<LostMonth> months; // every month from..to, oldest first, those without a loss with zeros
    LostTotals totals;
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

private:
    const Pipeline &m_pipeline;
};

} // namespace Ripen
