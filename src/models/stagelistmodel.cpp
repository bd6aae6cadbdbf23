// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagelistmodel.h"

#include "enums.h"
#include "pipeline.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Ripen {

StageListModel::StageListModel(Pipeline &pipeline, QObject *parent)
    : QSqlQueryModel(parent)
    , m_pipeline(pipeline)
{
    // Each refresh reads a few rows of stage_totals, so following every move costs nothing that
    // grows with the database.
    connect(&m_pipeline, &Pipeline::dealMoved, this, [this](qint64, qint64 from, qint64 to) {
        if (from != to)
            refresh();
    });
    connect(&m_pipeline, &Pipeline::stagesChanged, this, &StageListModel::refresh);
    connect(&m_pipeline, &Pipeline::bulkChanged, this, &StageListModel::refresh);
    refresh();
}

void StageListModel::refresh()
{
    QSqlQuery query(m_pipeline.connection());
    query.prepare(QStringLiteral(
        "SELECT s.name, s.kind, s.rot_days, "
        "(SELECT coalesce(sum(t.deal_count), 0) FROM stage_totals t WHERE t.stage_id = s.id), s.id "
        "FROM stages s ORDER BY s.position, s.id"));
    query.exec();
    setQuery(std::move(query));
}

int StageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    // The id rides along as a hidden last column of the query.
    if (role == StageIdRole)
        return record(index.row()).value(ColumnCount);
    if (role == KindRole)
        return record(index.row()).value(Kind);
    if (role == Qt::DisplayRole && index.column() == Kind) {
        const auto kind = enumFromKey<StageKind>(QSqlQueryModel::data(index, role).toString());
        return kind ? enumLabel(*kind) : QVariant();
    }
    return QSqlQueryModel::data(index, role);
}

QVariant StageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Stage");
    case Kind:
        return tr("Kind", "stage kind: open, won or lost");
    case RotDays:
        return tr("Rots after (days)");
    case DealCount:
        return tr("Deals");
    default:
        return {};
    }
}

} // namespace Ripen
