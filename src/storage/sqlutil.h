// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace Ripen {

// Binds the next value; a null QString goes in as "" (NULL only when the QVariant itself is null).
void addBindValue(QSqlQuery &query, const QVariant &value);
// A forward-only prepared statement with its values bound in order.
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Runs a prepared statement and returns its first column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
// NULL for 0 ids and invalid dates, so foreign keys and "not set" stay honest.
QVariant idOrNull(qint64 id);
QVariant textOrNull(const QString &text);
QString sqlErrorText(const QSqlQuery &query);
// Runs a prepared statement; a failure carries the database's reason.
Result<void> execute(QSqlQuery &query);
// Runs a prepared INSERT and returns the id of the row it created.
Result<qint64> executeInsert(QSqlQuery &query);
// A LIKE pattern (with ESCAPE '\\') that matches text anywhere, its own % and _ taken literally.
QString likePattern(const QString &text);

} // namespace Ripen
