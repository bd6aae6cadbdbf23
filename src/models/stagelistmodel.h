// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQueryModel>

namespace Ripen {

class Pipeline;

// The pipeline's stages in board order with how many deals each holds (from the stage_totals
// aggregate: a few rows, whatever the database holds), kept current on moves and stage edits.
class StageListModel final : public QSqlQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageListModel)
public:
    enum Column { Name, Kind, RotDays, DealCount, ColumnCount };
    enum Role { StageIdRole = Qt::UserRole + 1, KindRole };

    explicit StageListModel(Pipeline &pipeline, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void refresh();

private:
    Pipeline &m_pipeline;
};

} // namespace Ripen
