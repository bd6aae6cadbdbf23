// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "io/csvwriter.h"
#include "money.h"
#include "sqlutil.h"

#include <QDir>
#include <QIODevice>
#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Ripen {

namespace {

const auto kOwnDealPrefix = QStringLiteral("ripen-deal-");

// How a column is written: free text is neutralised, Ripen's own keys, days and numbers are not.
enum class Cell {
    Text,
    Value,
    Amount, // minor units, written as a plain number
};

struct Layout
{
    QStringList header;
    QList<Cell> cells; // one per column of the header and of the statement
    QString sql;
};

// The file id of a row (of alias.id): the one an import kept, else prefix and id. A database that
// imported one of Ripen's files may hold prefix-and-id as another row's file id; then the row gets
// none, and an import matches it by its other fields instead of taking it for that other row.
// Made of this file's constants alone, once (layoutOf): no value ever goes into the statement's text.
QString externalIdSql(const QString &kind, const QString &prefix, const QString &id)
{
    return QStringLiteral(
        "coalesce((SELECT x.external_id FROM external_ids x WHERE x.kind = '%1' AND x.row_id = %3 "
        "ORDER BY x.external_id LIMIT 1), CASE WHEN EXISTS (SELECT 1 FROM external_ids y WHERE "
        "y.kind = '%1' AND y.external_id = '%2' || %3) THEN '' ELSE '%2' || %3 END)")
        .arg(kind, prefix, id);
}

QString dealExternalIdSql()
{
    return externalIdSql(QStringLiteral("deal"), kOwnDealPrefix, QStringLiteral("d.id"));
}

const QStringList &activityHeader()
{
    static const QStringList header { QStringLiteral("external_id"), QStringLiteral("deal"),
        QStringLiteral("deal_external_id"), QStringLiteral("account"), QStringLiteral("contact"),
        QStringLiteral("channel"), QStringLiteral("occurred"), QStringLiteral("status"),
        QStringLiteral("outcome"), QStringLiteral("value"), QStringLiteral("value_note"),
        QStringLiteral("note") };
    return header;
}

const QList<Cell> &activityCells()
{
    static const QList<Cell> cells { Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Value,
        Cell::Value, Cell::Value, Cell::Value, Cell::Value, Cell::Text, Cell::Text };
    return cells;
}

Layout dealsLayout()
{
    return {
        { QStringLiteral("external_id"), QStringLiteral("title"), QStringLiteral("account"),
            QStringLiteral("contact"), QStringLiteral("stage"), QStringLiteral("status"),
            QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("owner"),
            QStringLiteral("created"), QStringLiteral("won_on"), QStringLiteral("lost_on"),
            QStringLiteral("lost_reason"), QStringLiteral("competitor"), QStringLiteral("next_followup"),
            QStringLiteral("note") },
        { Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Value, Cell::Amount, Cell::Value,
            Cell::Text, Cell::Value, Cell::Value, Cell::Value, Cell::Text, Cell::Text, Cell::Value,
            Cell::Text },
        // A won or lost deal's stage is the open one it left for Won or Lost. Its loss is its newest
        // (the greatest id). The note is what the import writes it back to: a lost deal's loss note,
        // an open deal's next follow-up's note.
        QStringLiteral(
            "SELECT %1, d.title, a.name, coalesce(c.name, ''), "
            "CASE WHEN d.status = 'open' THEN s.name ELSE coalesce((SELECT o.name FROM stage_history h "
            "JOIN stages o ON o.id = h.from_stage_id WHERE h.deal_id = d.id AND h.to_stage_id = d.stage_id "
            "AND o.kind = 'open' ORDER BY h.changed_at DESC, h.id DESC LIMIT 1), '') END, "
            "d.status, d.value_minor, d.currency, d.owner, substr(d.created_at, 1, 10), "
            "CASE WHEN d.status = 'won' THEN coalesce(d.won_on, '') ELSE '' END, "
            "coalesce(l.lost_on, ''), coalesce(r.label, ''), coalesce(l.competitor, ''), "
            "coalesce(n.due_on, ''), "
            "CASE d.status WHEN 'lost' THEN coalesce(l.note, '') WHEN 'open' THEN coalesce(n.note, '') "
            "ELSE '' END "
            "FROM deals d JOIN accounts a ON a.id = d.account_id JOIN stages s ON s.id = d.stage_id "
            "LEFT JOIN contacts c ON c.id = d.contact_id "
            "LEFT JOIN losses l ON d.status = 'lost' "
            "AND l.id = (SELECT max(x.id) FROM losses x WHERE x.deal_id = d.id) "
            "LEFT JOIN lost_reasons r ON r.id = l.reason_id "
            "LEFT JOIN follow_ups n ON n.id = (SELECT f.id FROM follow_ups f WHERE f.deal_id = d.id "
            "AND f.done_on IS NULL ORDER BY f.due_on, f.id LIMIT 1) "
            "ORDER BY d.id")
            .arg(dealExternalIdSql()),
    };
}

Layout activitiesLayout()
{
    return { activityHeader(), activityCells(),
        QStringLiteral(
            "SELECT %1, d.title, %2, a.name, coalesce(c.name, ''), t.channel, t.occurred_at, "
            "'done', t.outcome, t.value_kind, t.value_text, t.note "
            "FROM touches t JOIN deals d ON d.id = t.deal_id JOIN accounts a ON a.id = d.account_id "
            "LEFT JOIN contacts c ON c.id = t.contact_id ORDER BY t.occurred_at, t.id")
            .arg(externalIdSql(
                     QStringLiteral("touch"), QStringLiteral("ripen-touch-"), QStringLiteral("t.id")),
                dealExternalIdSql()) };
}

Layout followUpsLayout()
{
    return { activityHeader(), activityCells(),
        QStringLiteral(
            "SELECT %1, d.title, %2, a.name, coalesce(c.name, ''), f.channel, f.due_on, 'planned', '', "
            "f.planned_value_kind, f.planned_value, f.note "
            "FROM follow_ups f JOIN deals d ON d.id = f.deal_id JOIN accounts a ON a.id = d.account_id "
            "LEFT JOIN contacts c ON c.id = f.contact_id WHERE f.done_on IS NULL ORDER BY f.due_on, f.id")
            .arg(externalIdSql(
                     QStringLiteral("follow_up"), QStringLiteral("ripen-follow-up-"), QStringLiteral("f.id")),
                dealExternalIdSql()) };
}

const Layout &layoutOf(CsvExport::Kind kind)
{
    static const Layout deals = dealsLayout();
    static const Layout activities = activitiesLayout();
    static const Layout followUps = followUpsLayout();
    switch (kind) {
    case CsvExport::Kind::Deals:
        return deals;
    case CsvExport::Kind::Activities:
        return activities;
    case CsvExport::Kind::FollowUps:
        break;
    }
    return followUps;
}

} // namespace

QStringList CsvExport::header(Kind kind)
{
    return layoutOf(kind).header;
}

QString CsvExport::selectSql(Kind kind)
{
    return layoutOf(kind).sql;
}

QStringList CsvExport::keys()
{
    return { QStringLiteral("deals"), QStringLiteral("activities"), QStringLiteral("followups") };
}

QString CsvExport::key(Kind kind)
{
    return keys().at(int(kind));
}

std::optional<CsvExport::Kind> CsvExport::kindFromKey(const QString &key)
{
    const qsizetype index = keys().indexOf(key);
    if (index < 0)
        return std::nullopt;
    return Kind(int(index));
}

qint64 CsvExport::ownDealId(const QString &externalId)
{
    static const QRegularExpression own(
        QStringLiteral("^%1(\\d{1,18})$").arg(QRegularExpression::escape(kOwnDealPrefix)));
    const QRegularExpressionMatch match = own.match(externalId);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

Result<qint64> CsvExport::deals(const QSqlDatabase &db, QIODevice &device)
{
    return write(db, Kind::Deals, device);
}

Result<qint64> CsvExport::activities(const QSqlDatabase &db, QIODevice &device)
{
    return write(db, Kind::Activities, device);
}

Result<qint64> CsvExport::followUps(const QSqlDatabase &db, QIODevice &device)
{
    return write(db, Kind::FollowUps, device);
}

Result<qint64> CsvExport::write(const QSqlDatabase &db, Kind kind, QIODevice &device)
{
    const Layout &layout = layoutOf(kind);
    QSqlQuery q = prepared(db, layout.sql);
    if (!q.exec())
        return Error { tr("Could not read the database: %1").arg(sqlErrorText(q)) };
    CsvWriter writer(device);
    writer.writeHeader(layout.header);
    qint64 rows = 0;
    const int columns = int(layout.cells.size());
    while (writer.ok() && q.next()) {
        for (int column = 0; column < columns; ++column) {
            const QVariant value = q.value(column);
            switch (layout.cells.at(column)) {
            case Cell::Text:
                writer.addText(value.toString());
                break;
            case Cell::Value:
                writer.addValue(value.toString());
                break;
            case Cell::Amount:
                writer.addValue(plainAmount(value.toLongLong()));
                break;
            }
        }
        writer.endRow();
        ++rows;
    }
    if (!writer.ok())
        return Error { tr("Could not write the CSV: %1").arg(device.errorString()) };
    // A step that failed ends the rows early: no file that looks whole but is not.
    if (q.lastError().type() != QSqlError::NoError)
        return Error { tr("Could not read the database: %1").arg(sqlErrorText(q)) };
    return rows;
}

Result<qint64> CsvExport::exportTo(const QSqlDatabase &db, Kind kind, const QString &path)
{
    const auto failed = [&path](const QString &why) {
        return Error { tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), why) };
    };
    // QSaveFile replaces the file only once everything is on disk: never a half-written export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const auto rows = write(db, kind, file);
    if (!rows) // the file stays as it was: file goes without a commit
        return Error { tr("Cannot export to “%1”: %2").arg(QDir::toNativeSeparators(path), rows.error()) };
    if (!file.commit())
        return failed(file.errorString());
    return rows;
}

QString CsvExport::summary(Kind kind, qint64 rows, const QString &shownPath)
{
    const QString count = QLocale().toString(rows);
    switch (kind) {
    case Kind::Deals:
        return tr("Exported %1 deals to “%2”.").arg(count, shownPath);
    case Kind::Activities:
        return tr("Exported %1 activities to “%2”.").arg(count, shownPath);
    case Kind::FollowUps:
        break;
    }
    return tr("Exported %1 follow-ups to “%2”.").arg(count, shownPath);
}

} // namespace Ripen
