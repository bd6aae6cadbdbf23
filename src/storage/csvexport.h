// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace Ripen {

// The deals, the touches and the open follow-ups of a database as CSV files (CsvWriter) that Ripen's
// own import reads back with no mapping: the deals' header is the import's field names, the stage of a
// won or lost deal is the open stage it was won or lost from, amounts are plain numbers ("1234.50"),
// days ISO. Each row names its file id: the one an import kept (external_ids), else
// ripen-deal-<id>, ripen-touch-<id> or ripen-follow-up-<id>, so importing the file again, into this
// database or a new one, finds the rows already there.
//
// Each export is one statement, so one consistent snapshot of the file, and streams: a row is read
// and written at a time, whatever the size of the database. Rows come in a stable order: deals by
// id, touches by moment and id, follow-ups by due day and id.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    enum class Kind {
        Deals,
        Activities, // the touches, done
        FollowUps, // the open follow-ups, planned
    };

    static QStringList header(Kind kind);
    // What the command line calls them: deals, activities, followups.
    static QString key(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QStringList keys();

    // Write the header and the rows to device; return how many rows.
    static Result<qint64> deals(const QSqlDatabase &db, QIODevice &device);
    static Result<qint64> activities(const QSqlDatabase &db, QIODevice &device);
    static Result<qint64> followUps(const QSqlDatabase &db, QIODevice &device);
    static Result<qint64> write(const QSqlDatabase &db, Kind kind, QIODevice &device);
    // Writes path whole or not at all (QSaveFile); an error names the file.
    static Result<qint64> exportTo(const QSqlDatabase &db, Kind kind, const QString &path);
    // "Exported 12 deals to “file”." for a status bar or a terminal.
    static QString summary(Kind kind, qint64 rows, const QString &shownPath);

    // The deal id in a file id this export made up for a deal no import gave one (ripen-deal-<id>),
    // 0 for any other.
    static qint64 ownDealId(const QString &externalId);
    // The statement of an export, for EXPLAIN QUERY PLAN checks.
    static QString selectSql(Kind kind);
};

} // namespace Ripen
