// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostreview.h"

#include "clock.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace Ripen {

namespace {

// One row per month, reason and currency of the losses from ? (a first day) to before ? (the first day
// after the range). Everything summed is kept on the loss (migration 010) and is in losses_review, so the
// losses are read from that index alone, and each one's reason by primary key. Grouped by ids; r.label
// and r.position are the same in every row of a group.
const QString kFiguresSql = QStringLiteral(
    "SELECT substr(l.lost_on, 1, 7), coalesce(l.reason_id, 0), l.currency, r.position, r.label, count(*), "
    "sum(l.value_minor), sum(l.reengaged), sum(l.won_on IS NOT NULL AND l.won_on >= l.lost_on), "
    "sum(l.touches_after > 0), "
    "sum(CASE WHEN l.won_on >= l.lost_on THEN l.value_minor ELSE 0 END) "
    "FROM losses l LEFT JOIN lost_reasons r ON r.id = l.reason_id "
    "WHERE l.lost_on >= ? AND l.lost_on < ? "
    "GROUP BY 1, 2, 3");

// The won deals of a range by their "no"s and their attempts (both kept on the deal by migration 010's
// triggers), capped at the last bucket and grouped by both: read from deals_won alone (named: without
// statistics SQLite prefers the status index, then reads every won deal's row), and a handful of rows
// whatever the range holds.
const QString kWinHistogramsSql
    = QStringLiteral("SELECT min(won_nos, ?), min(won_attempts, ?), count(*) FROM deals INDEXED BY deals_won "
                     "WHERE status = 'won' AND won_on >= ? AND won_on < ? GROUP BY 1, 2");

// The lost deals to re-engage, before their state is filtered and ordered: each deal's latest loss in
// the window, with what orders and counts it (its state in LostState's order, against today: the first
// value), all kept on the loss (migration 010) and read from losses_list. Its deal, account and reason
// are joined only as far as a filter needs them.
QString listCoreSql(const LostFilter &filter)
{
    QString sql = QStringLiteral(
        "SELECT l.deal_id, l.id AS loss_id, l.lost_on, l.reengage_on, l.touches_after, l.open_follow_ups, "
        "CASE WHEN l.deal_status = 'won' THEN 4 WHEN l.deal_status = 'open' THEN 3 "
        "WHEN l.touches_after > 0 OR l.open_follow_ups > 0 THEN 2 "
        "WHEN l.reengage_on IS NULL OR l.reengage_on <= ? THEN 0 ELSE 1 END AS state FROM losses l");
    // One deal (a change to place): by its own losses, never by the window.
    if (filter.dealId)
        sql += QStringLiteral(" INDEXED BY losses_deal");
    const bool text = !filter.text.trimmed().isEmpty();
    if (text || !filter.owner.isEmpty())
        sql += QStringLiteral(" JOIN deals d ON d.id = l.deal_id");
    if (text)
        sql += QStringLiteral(" JOIN accounts a ON a.id = d.account_id");
    if (filter.strategy)
        sql += QStringLiteral(" JOIN lost_reasons r ON r.id = l.reason_id");
    sql += QStringLiteral(" WHERE l.latest = 1 AND l.lost_on >= ?");
    if (filter.dealId)
        sql += QStringLiteral(" AND l.deal_id = ?");
    if (filter.reasonId)
        sql += QStringLiteral(" AND l.reason_id = ?");
    if (filter.strategy)
        sql += QStringLiteral(" AND r.meaning = ?");
    if (!filter.owner.isEmpty())
        sql += QStringLiteral(" AND d.owner = ?");
    if (text)
        sql += QStringLiteral(" AND (d.title LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\')");
    return sql;
}

QVariantList listCoreValues(const LostFilter &filter, const QDate &today)
{
    QVariantList values { isoDate(today), isoDate(today.addMonths(-filter.months)) };
    if (filter.dealId)
        values << filter.dealId;
    if (filter.reasonId)
        values << filter.reasonId;
    if (filter.strategy)
        values << enumKey(*filter.strategy);
    if (!filter.owner.isEmpty())
        values << filter.owner;
    if (const QString text = filter.text.trimmed(); !text.isEmpty())
        values << likePattern(text) << likePattern(text);
    return values;
}

} // namespace

QString LostReview::listSql(const LostFilter &filter)
{
    // Ordered and cut to the page first, on the losses alone; then the page's rows get their deal,
    // account and reason (the subquery's LIMIT keeps SQLite from joining every loss before sorting).
    return QStringLiteral(
        "SELECT k.deal_id, d.title, a.name, k.lost_on, l.value_minor, l.currency, l.failed_commitment, "
        "coalesce(r.label, ''), r.meaning, l.competitor, k.reengage_on, k.touches_after, k.open_follow_ups, "
        "k.state, coalesce(CAST(julianday(k.reengage_on) - julianday(?) AS INTEGER), 0) "
        "FROM (SELECT * FROM (%1)%2 ORDER BY state, reengage_on, lost_on DESC, deal_id LIMIT ?) k "
        "JOIN losses l ON l.id = k.loss_id JOIN deals d ON d.id = k.deal_id "
        "JOIN accounts a ON a.id = d.account_id LEFT JOIN lost_reasons r ON r.id = l.reason_id "
        "ORDER BY k.state, k.reengage_on, k.lost_on DESC, k.deal_id")
        .arg(listCoreSql(filter), filter.state ? QStringLiteral(" WHERE state = ?") : QString());
}

QVariantList LostReview::listValues(const LostFilter &filter, const QDate &today, int limit)
{
    QVariantList values { isoDate(today) };
    values << listCoreValues(filter, today);
    if (filter.state)
        values << static_cast<int>(*filter.state);
    values << limit;
    return values;
}

LostDealRow LostReview::listRow(const QSqlQuery &query)
{
    LostDealRow row;
    row.dealId = query.value(ListDealId).toLongLong();
    row.title = query.value(ListTitle).toString();
    row.account = query.value(ListAccount).toString();
    row.lostOn = QDate::fromString(query.value(ListLostOn).toString(), Qt::ISODate);
    row.value = Money { query.value(ListValueMinor).toLongLong(), query.value(ListCurrency).toString() };
    row.commitment = enumFromKey<FailedCommitment>(query.value(ListCommitment).toString())
                         .value_or(FailedCommitment::None);
    row.reason = query.value(ListReason).toString();
    row.meaning = enumFromKey<NoMeaning>(query.value(ListMeaning).toString());
    row.competitor = query.value(ListCompetitor).toString();
    row.reengageOn = QDate::fromString(query.value(ListReengageOn).toString(), Qt::ISODate);
    row.touchesSinceLoss = query.value(ListTouches).toInt();
    row.openFollowUps = query.value(ListOpenFollowUps).toInt();
    row.state = static_cast<LostState>(std::clamp(query.value(ListState).toInt(), 0, 4));
    row.daysToRipe = query.value(ListDaysToRipe).toInt();
    return row;
}

Result<QList<LostDealRow>> LostReview::deals(const LostFilter &filter, const QDate &today, int limit) const
{
    return deals(m_pipeline.connection(), filter, today, limit);
}

Result<QList<LostDealRow>> LostReview::deals(const QSqlDatabase &db, const LostFilter &filter,
    const QDate &today, int limit, const std::atomic_bool *cancel)
{
    QSqlQuery query = prepared(db, listSql(filter), listValues(filter, today, limit));
    query.setForwardOnly(true);
    if (!query.exec())
        return Error { tr("Could not read the lost deals: %1").arg(sqlErrorText(query)) };
    QList<LostDealRow> rows;
    while (query.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error { tr("Reading the lost deals was cancelled.") };
        rows << listRow(query);
    }
    return rows;
}

Result<QMap<LostState, int>> LostReview::countByState(const LostFilter &filter, const QDate &today) const
{
    QSqlQuery query = prepared(m_pipeline.connection(),
        QStringLiteral("SELECT state, count(*) FROM (%1) GROUP BY state").arg(listCoreSql(filter)),
        listCoreValues(filter, today));
    if (!query.exec())
        return Error { tr("Could not count the lost deals: %1").arg(sqlErrorText(query)) };
    QMap<LostState, int> counts;
    while (query.next())
        counts[static_cast<LostState>(std::clamp(query.value(0).toInt(), 0, 4))] = query.value(1).toInt();
    return counts;
}

LostReview::LostReview(const Pipeline &pipeline)
    : m_pipeline(pipeline)
{
}

QDate LostReview::defaultLastMonth(const Clock &clock)
{
    const QDate today = clock.today();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

QString LostReview::selectSql()
{
    return kFiguresSql;
}

QString LostReview::winHistogramsSql()
{
    return kWinHistogramsSql;
}

Result<WinHistograms> LostReview::winHistograms(const QDate &from, const QDate &toExclusive) const
{
    if (!from.isValid() || !toExclusive.isValid() || toExclusive < from)
        return Error { tr("The days of the won deals to count are not a valid range.") };
    constexpr int last = WinHistograms::kHistogramBuckets - 1;
    QSqlQuery query = prepared(
        m_pipeline.connection(), kWinHistogramsSql, { last, last, isoDate(from), isoDate(toExclusive) });
    if (!query.exec())
        return Error { tr("Could not read the won deals: %1").arg(sqlErrorText(query)) };
    WinHistograms histograms;
    histograms.from = from;
    histograms.toExclusive = toExclusive;
    while (query.next()) {
        const int count = query.value(2).toInt();
        histograms.nos[std::clamp(query.value(0).toInt(), 0, last)] += count;
        histograms.attempts[std::clamp(query.value(1).toInt(), 0, last)] += count;
        histograms.wins += count;
    }
    return histograms;
}

QString LostReview::unknownReasonLabel()
{
    return tr("Reason not recorded");
}

Result<LostReviewFigures> LostReview::figures(const QDate &lastMonth, int months) const
{
    if (!lastMonth.isValid() || months < 1 || months > kMaxMonths)
        return Error { tr("A review covers 1 to %1 months up to a valid month.").arg(kMaxMonths) };
    LostReviewFigures figures;
    figures.to = QDate(lastMonth.year(), lastMonth.month(), 1);
    figures.from = figures.to.addMonths(1 - months);
    for (QDate month = figures.from; month <= figures.to; month = month.addMonths(1))
        figures.months << LostMonth { month, 0, {}, {}, 0, 0, {} };

    QSqlQuery query = prepared(
        m_pipeline.connection(), kFiguresSql, { isoDate(figures.from), isoDate(figures.to.addMonths(1)) });
    if (!query.exec())
        return Error { tr("Could not read the lost deals: %1").arg(sqlErrorText(query)) };

    struct Group
    {
        int month;
        QString label;
        QString currency;
        int count;
    };
    QList<Group> groups;
    // Reasons in their settings order (position, id), the unknown one last; currencies by code.
    QMap<std::pair<qint64, qint64>, QString> reasons;
    QMap<QString, qint64> currencies;
    while (query.next()) {
        const QDate month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const int index = month.isValid()
            ? (month.year() - figures.from.year()) * 12 + month.month() - figures.from.month()
            : -1;
        if (index < 0 || index >= figures.months.size())
            continue; // a malformed day, which the range let through
        const qint64 reasonId = query.value(1).toLongLong();
        const QString label
            = reasonId && !query.value(4).isNull() ? query.value(4).toString() : unknownReasonLabel();
        // The unknown reason last.
        reasons.insert(
            { reasonId ? query.value(3).toLongLong() : std::numeric_limits<qint64>::max(), reasonId }, label);
        const QString currency = query.value(2).toString();
        const int count = query.value(5).toInt();
        const qint64 value = query.value(6).toLongLong();
        const qint64 wonBackValue = query.value(10).toLongLong();
        currencies[currency] += 0;
        LostMonth &m = figures.months[index];
        m.lost += count;
        m.lostValue[currency] += value;
        m.reengaged += query.value(7).toInt();
        m.wonBack += query.value(8).toInt();
        m.wonBackValue[currency] += wonBackValue;
        figures.totals.lost += count;
        figures.totals.lostValue[currency] += value;
        figures.totals.reengaged += query.value(7).toInt();
        figures.totals.wonBack += query.value(8).toInt();
        figures.totals.pursuedSinceLoss += query.value(9).toInt();
        figures.totals.wonBackValue[currency] += wonBackValue;
        groups << Group { index, label, currency, count };
    }
    // Every month names the same reasons and currencies (zeros where it had none), so the months of a
    // chart or a CSV line up. Two reasons may share a label: they are one entry.
    QStringList labels;
    for (const QString &label : std::as_const(reasons)) {
        if (!labels.contains(label))
            labels << label;
    }
    for (LostMonth &m : figures.months) {
        for (const QString &label : std::as_const(labels))
            m.byReason.append({ label, 0 });
        for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
            m.lostValue[it.key()] += 0;
            m.wonBackValue[it.key()] += 0;
        }
    }
    for (const Group &group : std::as_const(groups)) {
        auto &byReason = figures.months[group.month].byReason;
        byReason[labels.indexOf(group.label)].second += group.count;
    }
    return figures;
}

} // namespace Ripen
