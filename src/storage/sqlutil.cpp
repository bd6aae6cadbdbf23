// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <QSqlError>

namespace Ripen {

void addBindValue(QSqlQuery &query, const QVariant &value)
{
    // A null QString would be stored as NULL; text columns want "" unless NULL was meant
    // (a QVariant that is itself null, as idOrNull and textOrNull make).
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else
        query.addBindValue(value);
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return prepared(db, sql, QVariantList(values));
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        addBindValue(query, value);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepared(db, sql, values);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString sqlErrorText(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

Result<void> execute(QSqlQuery &query)
{
    if (!query.exec())
        return Error { sqlErrorText(query) };
    return {};
}

Result<qint64> executeInsert(QSqlQuery &query)
{
    if (!query.exec())
        return Error { sqlErrorText(query) };
    return query.lastInsertId().toLongLong();
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QSqlQuery &StatementCache::prepared(const QString &sql, std::initializer_list<QVariant> values)
{
    Statement &statement = m_statements[sql];
    if (!statement.ready) {
        statement.query = QSqlQuery(m_db);
        statement.query.setForwardOnly(true);
        statement.ready = statement.query.prepare(sql);
    }
    // QSqlQuery::exec() starts the values of a prepared statement again from the first.
    for (const QVariant &value : values)
        addBindValue(statement.query, value);
    return statement.query;
}

QVariant StatementCache::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = prepared(sql, values);
    QVariant value;
    if (query.exec() && query.next())
        value = query.value(0);
    query.finish(); // no read left open on the connection between two calls
    return value;
}

} // namespace Ripen
