// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <QCoreApplication>
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

SqlFailure sqlFailure(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return SqlFailure::Other;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return SqlFailure::Busy;
    case 13: // SQLITE_FULL
        return SqlFailure::Full;
    case 10: // SQLITE_IOERR
        return SqlFailure::IoError;
    case 11: // SQLITE_CORRUPT
        return SqlFailure::Corrupt;
    case 26: // SQLITE_NOTADB
        return SqlFailure::NotADatabase;
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
        return SqlFailure::ReadOnly;
    case 14: // SQLITE_CANTOPEN
        return SqlFailure::CannotOpen;
    default:
        return SqlFailure::Other;
    }
}

QString sqlErrorText(const QSqlError &error)
{
    const QString own = sqlOwnText(error);
    const auto said
        = [&own](const char *text) { return QCoreApplication::translate("Ripen::SqlError", text).arg(own); };
    switch (sqlFailure(error)) {
    case SqlFailure::Full:
        return said(QT_TRANSLATE_NOOP("Ripen::SqlError",
            "the disk is full (%1). Free some space and try again; nothing that was saved is lost"));
    case SqlFailure::IoError:
        return said(QT_TRANSLATE_NOOP("Ripen::SqlError",
            "the disk could not be read or written (%1). Check that the disk or network share is "
            "there and working, then try again"));
    case SqlFailure::Busy:
        return said(QT_TRANSLATE_NOOP("Ripen::SqlError",
            "another program is writing to the file (%1). Try again in a moment, or close that program"));
    case SqlFailure::Corrupt:
        return said(QT_TRANSLATE_NOOP("Ripen::SqlError",
            "the file is damaged (%1). Restore it from a backup (File > Restore Backup…)"));
    case SqlFailure::ReadOnly:
        return said(QT_TRANSLATE_NOOP(
            "Ripen::SqlError", "the file cannot be written (%1): it, its folder or its disk is read-only"));
    default:
        return own;
    }
}

QString sqlOwnText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString sqlErrorText(const QSqlQuery &query)
{
    return sqlErrorText(query.lastError());
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
