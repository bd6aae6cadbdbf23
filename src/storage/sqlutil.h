// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <map>

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
// What an SQLite error means for the user, from its result code (QSQLITE's nativeErrorCode(); the
// primary code, whatever the extended one).
enum class SqlFailure {
    Other,
    Busy, // SQLITE_BUSY, SQLITE_LOCKED: another connection holds the file
    Full, // SQLITE_FULL: the disk (or the file's size limit) is full
    IoError, // SQLITE_IOERR: the operating system failed a read or write
    Corrupt, // SQLITE_CORRUPT: the file is damaged
    NotADatabase, // SQLITE_NOTADB
    ReadOnly, // SQLITE_READONLY, SQLITE_PERM
    CannotOpen, // SQLITE_CANTOPEN
};
SqlFailure sqlFailure(const QSqlError &error);
// The error in a user's words: for a cause the user can act on (full disk, I/O error, a lock, damage,
// read-only) what happened and what to do; else SQLite's own words, without Qt's suffix ("Unable to
// fetch row"). "Restore it from a backup" is said for damage only.
QString sqlErrorText(const QSqlError &error);
QString sqlErrorText(const QSqlQuery &query);
// SQLite's own words for the error (the driver's when SQLite gave none), nothing added.
QString sqlOwnText(const QSqlError &error);
// Runs a prepared statement; a failure carries the database's reason.
Result<void> execute(QSqlQuery &query);
// Runs a prepared INSERT and returns the id of the row it created.
Result<qint64> executeInsert(QSqlQuery &query);
// A LIKE pattern (with ESCAPE '\\') that matches text anywhere, its own % and _ taken literally.
QString likePattern(const QString &text);

// The statements of a writer, each prepared the first time it is asked for and then run again with
// other values. SQLite compiles a statement, and every trigger it fires, each time it is prepared:
// for a write on deals that costs more than running it, so an import that prepared its statements
// for every row spent most of its time compiling them. Hands out the one QSqlQuery of a text: a
// caller uses it before asking for the same text again. Lives as long as its writer: for one
// command, inside its transaction.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase db);

    // prepared(), for a statement prepared once: forward-only, values bound in order.
    QSqlQuery &prepared(const QString &sql, std::initializer_list<QVariant> values = {});
    // scalar(), on the cached statement, which is reset after its first row is read.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

private:
    struct Statement
    {
        QSqlQuery query;
        bool ready = false; // prepared; one that failed is prepared again next time, and fails as it did
    };
    QSqlDatabase m_db;
    std::map<QString, Statement> m_statements; // a map: a query stays where it is as others are added
};

} // namespace Ripen
