// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "contact.h"
#include "deal.h"
#include "followup.h"
#include "lostreason.h"
#include "sqlutil.h"
#include "stage.h"
#include "touch.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>
#include <utility>

namespace Ripen {

// The columns each mapper below reads, in its order: "SELECT <columns> FROM <table> ...".
extern const QString kAccountColumns;
extern const QString kContactColumns;
// kDealColumns reads the deal's newest loss by its index, so it needs "FROM deals" without an alias.
extern const QString kDealColumns;
extern const QString kTouchColumns;
extern const QString kFollowUpColumns;
extern const QString kStageColumns;
extern const QString kReasonColumns;

// One row, selected with the matching column list, as a value. Unknown enum keys fall back to a
// harmless default rather than failing the whole read.
Account accountFromQuery(const QSqlQuery &q);
Contact contactFromQuery(const QSqlQuery &q);
Deal dealFromQuery(const QSqlQuery &q);
Touch touchFromQuery(const QSqlQuery &q);
FollowUp followUpFromQuery(const QSqlQuery &q);
Stage stageFromQuery(const QSqlQuery &q);
LostReason reasonFromQuery(const QSqlQuery &q);

// One row mapped to a value, or nothing; all rows mapped.
template<typename Map>
auto fetchOne(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, Map map)
    -> std::optional<decltype(map(std::declval<const QSqlQuery &>()))>
{
    QSqlQuery q = prepared(db, sql, values);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return map(q);
}

template<typename Map>
auto fetchAll(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, Map map)
    -> QList<decltype(map(std::declval<const QSqlQuery &>()))>
{
    QList<decltype(map(std::declval<const QSqlQuery &>()))> rows;
    QSqlQuery q = prepared(db, sql, values);
    if (q.exec()) {
        while (q.next())
            rows << map(q);
    }
    return rows;
}

} // namespace Ripen
