// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostdealsmodel.h"

#include "clock.h"
#include "pipeline.h"

#include <QFont>
#include <QLocale>
#include <QSqlDatabase>
#include <algorithm>
#include <utility>

namespace Ripen {

namespace {

// The list query's order: state, re-engage date (none first), latest loss first, id.
bool listedBefore(const LostDealRow &a, const LostDealRow &b)
{
    if (a.state != b.state)
        return a.state < b.state;
    if (a.reengageOn != b.reengageOn)
        return a.reengageOn < b.reengageOn;
    if (a.lostOn != b.lostOn)
        return a.lostOn > b.lostOn;
    return a.dealId < b.dealId;
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

LostDealsModel::LostDealsModel(Pipeline &pipeline, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pipeline(pipeline)
    , m_clock(clock)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &LostDealsModel::recheckNoted);
    const auto noteDeal = [this](qint64 dealId) { note(dealId); };
    const auto noteAll = [this] {
        m_reloadNoted = true;
        m_soon.start();
    };
    connect(&m_pipeline, &Pipeline::dealChanged, this, noteDeal);
    connect(&m_pipeline, &Pipeline::dealMoved, this, noteDeal);
    connect(&m_pipeline, &Pipeline::dealStatusChanged, this, noteDeal);
    connect(&m_pipeline, &Pipeline::touchLogged, this, noteDeal);
    connect(&m_pipeline, &Pipeline::touchChanged, this, noteDeal);
    connect(&m_pipeline, &Pipeline::followUpChanged, this, noteDeal);
    connect(&m_pipeline, &Pipeline::accountChanged, this, noteAll);
    connect(&m_pipeline, &Pipeline::stagesChanged, this, noteAll);
    connect(&m_pipeline, &Pipeline::bulkChanged, this, noteAll);
    connect(&m_pipeline, &Pipeline::lostReasonsChanged, this, noteAll);
    reload();
}

void LostDealsModel::setFilter(const LostFilter &filter)
{
    LostFilter kept = filter;
    kept.state.reset();
    kept.dealId = 0;
    kept.months = std::clamp(kept.months, 1, LostReview::kMaxMonths);
    if (kept == m_filter)
        return;
    m_filter = kept;
    reload();
}

void LostDealsModel::refresh()
{
    reload();
}

void LostDealsModel::reload()
{
    m_soon.stop();
    m_noted.clear();
    m_reloadNoted = false;
    m_read.cancel();
    const LostReview review(m_pipeline);
    const QDate today = m_clock.today();
    const auto first = review.deals(m_filter, today, kFirstRows);
    const bool more = first && first->size() == kFirstRows;
    // A database that no other connection can open: the whole list here and now.
    const bool here = more && !BackgroundRead::canRead(m_pipeline.connection().databaseName());
    const auto rows = here ? review.deals(m_filter, today) : first;
    const Result<QMap<LostState, int>> counts = more && !here
        ? review.countByState(m_filter, today)
        : Result<QMap<LostState, int>>(QMap<LostState, int>());
    beginResetModel();
    m_rows.clear();
    m_counts.clear();
    m_error.clear();
    if (rows)
        m_rows = *rows;
    else
        m_error = rows.error();
    m_complete = !more || here;
    if (m_complete) {
        for (const LostDealRow &row : std::as_const(m_rows))
            countRow(row, 1);
    } else if (counts) {
        m_counts = *counts;
    } else {
        m_error = counts.error();
    }
    endResetModel();
    if (!m_complete)
        readRest(today);
    emit countsChanged();
}

void LostDealsModel::readRest(const QDate &today)
{
    m_rest.clear();
    m_restError.clear();
    m_read.start(
        m_pipeline.connection().databaseName(), this,
        [this, filter = m_filter, today](const QSqlDatabase &db, const std::atomic_bool &cancel) {
            if (const auto rows = LostReview::deals(db, filter, today, -1, &cancel))
                m_rest = *rows;
            else
                m_restError = rows.error();
        },
        [this] { adoptRest(); });
}

void LostDealsModel::adoptRest()
{
    QList<LostDealRow> rest = std::exchange(m_rest, {});
    const QString error = std::exchange(m_restError, {});
    m_complete = true;
    if (!error.isEmpty() || rest.isEmpty()) {
        // Nothing read: what is shown stays, and the next change or refresh reads it all again.
        m_error = error.isEmpty() ? tr("Could not read the rest of the lost deals.") : error;
        m_reloadNoted = true;
        m_soon.start();
        emit completed();
        return;
    }
    // The first rows again, at the head of the rest, unless a change came between the two reads.
    bool head = rest.size() >= m_rows.size();
    for (qsizetype row = 0; head && row < m_rows.size(); ++row)
        head = rest.at(row).dealId == m_rows.at(row).dealId;
    if (head) {
        const qsizetype shown = m_rows.size();
        if (rest.size() > shown)
            beginInsertRows({}, int(shown), int(rest.size() - 1));
        m_rows = std::move(rest);
        if (m_rows.size() > shown)
            endInsertRows();
        if (shown > 0)
            emit dataChanged(index(0, 0), index(int(shown - 1), ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rest);
        endResetModel();
    }
    m_counts.clear();
    for (const LostDealRow &row : std::as_const(m_rows))
        countRow(row, 1);
    if (m_reloadNoted || !m_noted.isEmpty())
        m_soon.start(); // what changed while it was read
    emit countsChanged();
    emit completed();
}

void LostDealsModel::note(qint64 dealId)
{
    m_noted.insert(dealId);
    if (m_noted.size() > kMaxRechecks)
        m_reloadNoted = true;
    m_soon.start();
}

void LostDealsModel::recheckNoted()
{
    if (!m_complete)
        return; // placed once the rest of the list is here (adoptRest)
    if (m_reloadNoted) {
        reload();
        return;
    }
    const QSet<qint64> noted = std::exchange(m_noted, {});
    const LostReview review(m_pipeline);
    const QDate today = m_clock.today();
    for (qint64 dealId : noted) {
        LostFilter one = m_filter;
        one.dealId = dealId;
        const auto rows = review.deals(one, today);
        if (!rows) {
            m_error = rows.error();
            continue;
        }
        const int at = rowOfDeal(dealId);
        if (at >= 0 && !rows->isEmpty() && staysAt(at, rows->first())) {
            countRow(m_rows.at(at), -1);
            m_rows[at] = rows->first();
            countRow(m_rows.at(at), 1);
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            continue;
        }
        if (at >= 0)
            removeAt(at);
        if (!rows->isEmpty())
            place(rows->first());
    }
    emit countsChanged();
}

bool LostDealsModel::staysAt(int at, const LostDealRow &row) const
{
    return (at == 0 || !listedBefore(row, m_rows.at(at - 1)))
        && (at + 1 == m_rows.size() || !listedBefore(m_rows.at(at + 1), row));
}

void LostDealsModel::place(const LostDealRow &row)
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, listedBefore) - m_rows.cbegin();
    beginInsertRows({}, int(at), int(at));
    m_rows.insert(at, row);
    countRow(row, 1);
    endInsertRows();
}

void LostDealsModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    countRow(m_rows.at(row), -1);
    m_rows.removeAt(row);
    endRemoveRows();
}

void LostDealsModel::countRow(const LostDealRow &row, int delta)
{
    m_counts[row.state] += delta;
}

int LostDealsModel::rowOfDeal(qint64 dealId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).dealId == dealId)
            return row;
    }
    return -1;
}

QList<qint64> LostDealsModel::ripeUntouched() const
{
    QList<qint64> ids;
    if (!m_complete) {
        LostFilter ripe = m_filter;
        ripe.state = LostState::RipeNow;
        const auto rows = LostReview(m_pipeline).deals(ripe, m_clock.today());
        for (const LostDealRow &row : rows ? *rows : QList<LostDealRow>())
            ids << row.dealId;
        return ids;
    }
    for (const LostDealRow &row : m_rows) {
        if (row.state != LostState::RipeNow)
            break; // ripe ones come first
        ids << row.dealId;
    }
    return ids;
}

QString LostDealsModel::stateText(LostState state, int daysToRipe)
{
    switch (state) {
    case LostState::RipeNow:
        return tr("Ripe now");
    case LostState::RipeLater:
        return daysToRipe <= 1 ? tr("Ripe tomorrow") : tr("Ripe in %1 days").arg(daysToRipe);
    case LostState::Pursued:
        return tr("Being pursued");
    case LostState::Reengaged:
        return tr("Re-engaged");
    case LostState::WonBack:
        return tr("Won back");
    }
    return {};
}

int LostDealsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LostDealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LostDealsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LostDealRow &row = m_rows.at(index.row());
    switch (role) {
    case DealIdRole:
        return row.dealId;
    case StateRole:
        return int(row.state);
    case DaysToRipeRole:
        return row.daysToRipe;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == TouchesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == StateColumn && row.state == LostState::RipeNow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == StrategyColumn)
            return row.meaning ? tr("%1: %2").arg(enumLabel(*row.meaning), strategyFor(*row.meaning))
                               : QVariant();
        if (index.column() == TouchesColumn)
            return tr("Touches logged since the “no”: %1; planned: %2")
                .arg(row.touchesSinceLoss)
                .arg(row.openFollowUps);
        return {};
    case SortRole:
        switch (index.column()) {
        case LostOnColumn:
            return row.lostOn;
        case ValueColumn:
            return row.value.minor;
        case ReengageColumn:
            return row.reengageOn;
        case TouchesColumn:
            return row.touchesSinceLoss;
        case StateColumn:
            return int(row.state) * 100000 + row.daysToRipe;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DealColumn:
        return row.title;
    case AccountColumn:
        return row.account;
    case LostOnColumn:
        return shortDate(row.lostOn);
    case ValueColumn:
        return formatMoney(row.value);
    case CommitmentColumn:
        return row.commitment == FailedCommitment::None ? QString() : enumLabel(row.commitment);
    case ReasonColumn:
        return row.reason.isEmpty() ? LostReview::unknownReasonLabel() : row.reason;
    case StrategyColumn:
        return row.meaning ? strategyFor(*row.meaning) : QString();
    case CompetitorColumn:
        return row.competitor;
    case ReengageColumn:
        return shortDate(row.reengageOn);
    case TouchesColumn:
        return row.touchesSinceLoss;
    case StateColumn:
        return stateText(row.state, row.daysToRipe);
    default:
        return {};
    }
}

QVariant LostDealsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DealColumn:
        return tr("Deal");
    case AccountColumn:
        return tr("Account");
    case LostOnColumn:
        return tr("Lost on");
    case ValueColumn:
        return tr("Value");
    case CommitmentColumn:
        return tr("Commitment that failed");
    case ReasonColumn:
        return tr("Reason");
    case StrategyColumn:
        return tr("Strategy");
    case CompetitorColumn:
        return tr("Competitor");
    case ReengageColumn:
        return tr("Re-engage on");
    case TouchesColumn:
        return tr("Touches since");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Ripen
