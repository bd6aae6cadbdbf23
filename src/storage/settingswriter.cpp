// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingswriter.h"

#include "enums.h"
#include "sqlutil.h"

namespace Ripen {

SettingsWriter::SettingsWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> SettingsWriter::insertStage(const QString &name, int rotDays)
{
    QSqlQuery q = prepared(m_db,
        QStringLiteral("INSERT INTO stages (name, position, kind, rot_days) VALUES (?, 0, 'open', ?)"),
        { name, rotDays });
    return executeInsert(q);
}

Result<void> SettingsWriter::updateStage(const Stage &stage)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("UPDATE stages SET name = ?, rot_days = ? WHERE id = ?"),
        { stage.name, stage.rotDays, stage.id });
    return execute(q);
}

Result<void> SettingsWriter::renumberStages(const QList<qint64> &openStageIds)
{
    QList<qint64> order = openStageIds;
    QSqlQuery closed
        = prepared(m_db, QStringLiteral("SELECT id FROM stages WHERE kind <> 'open' ORDER BY position, id"));
    if (!closed.exec())
        return Error { sqlErrorText(closed) };
    while (closed.next())
        order << closed.value(0).toLongLong();
    QSqlQuery update = prepared(m_db, QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"));
    for (int i = 0; i < order.size(); ++i) {
        update.bindValue(0, i);
        update.bindValue(1, order.at(i));
        if (auto done = execute(update); !done)
            return done;
    }
    return {};
}

Result<void> SettingsWriter::setStageArchived(qint64 stageId, bool archived)
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral("UPDATE stages SET archived = ? WHERE id = ?"), { archived ? 1 : 0, stageId });
    return execute(q);
}

Result<qint64> SettingsWriter::insertLostReason(const LostReason &reason)
{
    QSqlQuery q = prepared(m_db,
        QStringLiteral("INSERT INTO lost_reasons (label, meaning, reengage_days, position) VALUES "
                       "(?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM lost_reasons))"),
        { reason.label, enumKey(reason.meaning), reason.reengageDays });
    return executeInsert(q);
}

Result<void> SettingsWriter::updateLostReason(const LostReason &reason)
{
    QSqlQuery q = prepared(m_db,
        QStringLiteral("UPDATE lost_reasons SET label = ?, meaning = ?, reengage_days = ? WHERE id = ?"),
        { reason.label, enumKey(reason.meaning), reason.reengageDays, reason.id });
    return execute(q);
}

Result<void> SettingsWriter::setLostReasonArchived(qint64 reasonId, bool archived)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("UPDATE lost_reasons SET archived = ? WHERE id = ?"),
        { archived ? 1 : 0, reasonId });
    return execute(q);
}

Result<void> SettingsWriter::setPreference(const QString &key, const QString &value)
{
    QSqlQuery q = prepared(m_db,
        QStringLiteral("INSERT INTO preferences (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
    return execute(q);
}

} // namespace Ripen
