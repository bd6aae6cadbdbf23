// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupmodel.h"

#include "dealsearch.h"
#include "enums.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QSqlError>

namespace Ripen {

LookupModel::LookupModel(Pipeline &pipeline, QObject *parent)
    : QSqlQueryModel(parent)
    , m_pipeline(pipeline)
{
}

void LookupModel::load(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_pipeline.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        addBindValue(query, value);
    query.exec();
    setQuery(std::move(query));
    while (canFetchMore())
        fetchMore();
}

QVariant LookupModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::UserRole) // the id, in column 1 when the query has one
        return QSqlQueryModel::data(this->index(index.row(), columnCount() > 1 ? 1 : 0), Qt::DisplayRole);
    return QSqlQueryModel::data(index, role);
}

qint64 LookupModel::idOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data().toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return index(row, 0).data(Qt::UserRole).toLongLong();
    }
    return 0;
}

int LookupModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(Qt::UserRole).toLongLong() == id)
            return row;
    }
    return -1;
}

OwnerListModel::OwnerListModel(Pipeline &pipeline, QObject *parent)
    : LookupModel(pipeline, parent)
{
    refresh();
}

QString OwnerListModel::selectSql()
{
    // A skip scan of the deals_owner index: one probe per distinct owner, where DISTINCT would read
    // every deal. The board reads this after each edit.
    return QStringLiteral(
        "WITH RECURSIVE owners(name) AS (SELECT min(owner) FROM deals WHERE owner > '' UNION ALL "
        "SELECT (SELECT min(owner) FROM deals WHERE owner > owners.name) FROM owners "
        "WHERE owners.name IS NOT NULL) "
        "SELECT name FROM owners WHERE name IS NOT NULL");
}

void OwnerListModel::refresh()
{
    load(selectSql());
}

AccountListModel::AccountListModel(Pipeline &pipeline, QObject *parent)
    : LookupModel(pipeline, parent)
{
    refresh();
}

void AccountListModel::refresh()
{
    load(QStringLiteral("SELECT name, id FROM accounts ORDER BY name COLLATE NOCASE, id"));
}

ContactListModel::ContactListModel(Pipeline &pipeline, QObject *parent)
    : LookupModel(pipeline, parent)
{
    setAccount(0);
}

void ContactListModel::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    load(QStringLiteral("SELECT name, id, job_title, role FROM contacts WHERE account_id = ? "
                        "ORDER BY name COLLATE NOCASE, id"),
        { accountId });
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole) {
        const QString jobTitle = QSqlQueryModel::data(this->index(index.row(), 2)).toString();
        const auto contactRole
            = enumFromKey<ContactRole>(QSqlQueryModel::data(this->index(index.row(), 3)).toString());
        const QString roleLabel = enumLabel(contactRole.value_or(ContactRole::Other));
        return jobTitle.isEmpty() ? roleLabel : jobTitle + QStringLiteral(" · ") + roleLabel;
    }
    return LookupModel::data(index, role);
}

DealListModel::DealListModel(Pipeline &pipeline, QObject *parent)
    : LookupModel(pipeline, parent)
{
    search({});
}

void DealListModel::search(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString shown = QStringLiteral("d.title || ' — ' || a.name, d.id");
    if (trimmed.isEmpty()) {
        load(QStringLiteral("SELECT %1 FROM deals d JOIN accounts a ON a.id = d.account_id "
                            "ORDER BY d.id DESC LIMIT %2")
                 .arg(shown)
                 .arg(kLimit));
        return;
    }
    // A few hundred candidates at most: the picker lists fifty, and a common trigram matches
    // a third of a large database.
    load(QStringLiteral("SELECT %1 FROM deals d JOIN accounts a ON a.id = d.account_id "
                        "WHERE d.id IN (SELECT rowid FROM deal_search WHERE %2 LIMIT 500) "
                        "ORDER BY d.status <> 'open', d.id DESC LIMIT %3")
             .arg(shown, DealSearch::matchSql(trimmed))
             .arg(kLimit),
        DealSearch::matchValues(trimmed));
}

} // namespace Ripen
