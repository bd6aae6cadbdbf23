// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lostreason.h"
#include "result.h"
#include "stage.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Ripen {

// Settings > Pipeline: stages and lost reasons. Runs inside a transaction the caller (Pipeline)
// opened, stores what it is given (the caller validates and trims), and gives a failure as the
// database's reason.
class SettingsWriter final
{
public:
    explicit SettingsWriter(QSqlDatabase db);

    // A new open stage; renumberStages() gives it its place.
    // One preference of the pipeline (the preferences table), inserted or replaced.
    Result<void> setPreference(const QString &key, const QString &value);
    Result<qint64> insertStage(const QString &name, int rotDays);
    Result<void> updateStage(const Stage &stage); // name and rot days
    // Open stages in the given order, then Won and Lost (and any other closed stage) after them.
    Result<void> renumberStages(const QList<qint64> &openStageIds);
    // Archived, not deleted: the stage history still names the stage.
    Result<void> setStageArchived(qint64 stageId, bool archived);

    // A new lost reason, last in the list.
    Result<qint64> insertLostReason(const LostReason &reason);
    Result<void> updateLostReason(const LostReason &reason); // label, meaning and re-engage days
    // Archived, not deleted: lost deals keep the reason they were given.
    Result<void> setLostReasonArchived(qint64 reasonId, bool archived);

private:
    QSqlDatabase m_db;
};

} // namespace Ripen
