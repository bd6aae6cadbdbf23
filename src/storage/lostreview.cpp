// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostreview.h"

#include "clock.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <limits>

namespace Ripen {

namespace {

// One row per month, reason and currency of the losses from ? (a first day) to before ? (the first day
// after the range). The losses come by losses_lost_on, each one's deal and reason by primary key; the
// move that re-engaged it on stage_history_deal (the deal's later rows, by id: the history is written in
// the order things happen, so no lookup of the loss's own move is needed) against the Lost and open
// stages, listed once per statement; the touch after it on touches_deal_time. A touch "on a later day"
// compares text: 'YYYY-MM-DDTHH:MM:SS' > 'YYYY-MM-DDU' exactly for the days after (cheaper than date()).
// Grouped by ids; r.label and r.position are the same in every row of a group.
const QString kFiguresSql = QStringLiteral(
    "SELECT substr(l.lost_on, 1, 7), coalesce(l.reason_id, 0), d.currency, r.position, r.label, count(*), "
    "sum(d.value_minor), "
    "sum(EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = l.deal_id "
    "AND (CASE WHEN l.history_id IS NULL THEN h.changed_at > l.lost_on ELSE h.id > l.history_id END) "
    "AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost') "
    "AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open'))), "
    "sum(d.status = 'won' AND d.won_on >= l.lost_on), "
    "sum(EXISTS (SELECT 1 FROM touches p WHERE p.deal_id = l.deal_id AND p.occurred_at > l.lost_on || 'U')) "
    "FROM losses l JOIN deals d ON d.id = l.deal_id "
    "LEFT JOIN lost_reasons r ON r.id = l.reason_id "
    "WHERE l.lost_on >= ? AND l.lost_on < ? "
    "GROUP BY 1, 2, 3");

} // namespace

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
        figures.months << LostMonth { month, 0, {}, {}, 0, 0 };

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
        currencies[currency] += 0;
        LostMonth &m = figures.months[index];
        m.lost += count;
        m.lostValue[currency] += value;
        m.reengaged += query.value(7).toInt();
        m.wonBack += query.value(8).toInt();
        figures.totals.lost += count;
        figures.totals.lostValue[currency] += value;
        figures.totals.reengaged += query.value(7).toInt();
        figures.totals.wonBack += query.value(8).toInt();
        figures.totals.pursuedSinceLoss += query.value(9).toInt();
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
        for (auto it = currencies.cbegin(); it != currencies.cend(); ++it)
            m.lostValue[it.key()] += 0;
    }
    for (const Group &group : std::as_const(groups)) {
        auto &byReason = figures.months[group.month].byReason;
        byReason[labels.indexOf(group.label)].second += group.count;
    }
    return figures;
}

} // namespace Ripen
