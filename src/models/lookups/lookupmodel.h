// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQueryModel>

namespace Ripen {

class Pipeline;

// A small read-only list for combo boxes and completers: column 0 is the text shown, Qt::UserRole
// the row's id (or its text when the list has no ids). The rows are read whole, because a combo box
// finds typed names only among the rows it has; these lists are names (owners, accounts, an
// account's contacts), not the deal table.
class LookupModel : public QSqlQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupModel)
public:
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The id of the row whose text is name (case-insensitive, trimmed); 0 when none is.
    qint64 idOf(const QString &name) const;
    // The row with that id, or -1.
    int rowOf(qint64 id) const;

protected:
    LookupModel(Pipeline &pipeline, QObject *parent);
    // Runs sql (prepared, with values) and reads every row.
    void load(const QString &sql, const QVariantList &values = {});
    Pipeline &pipeline() const { return m_pipeline; }

private:
    Pipeline &m_pipeline;
};

// Everyone who owns a deal, for the board's owner filter and the deal form.
class OwnerListModel final : public LookupModel
{
    Q_OBJECT
public:
    explicit OwnerListModel(Pipeline &pipeline, QObject *parent = nullptr);
    void refresh();
    static QString selectSql(); // for EXPLAIN QUERY PLAN checks
};

// Every account by name.
class AccountListModel final : public LookupModel
{
    Q_OBJECT
public:
    explicit AccountListModel(Pipeline &pipeline, QObject *parent = nullptr);
    void refresh();
};

// The contacts of one account by name; the tooltip is their job title and role.
class ContactListModel final : public LookupModel
{
    Q_OBJECT
public:
    explicit ContactListModel(Pipeline &pipeline, QObject *parent = nullptr);
    void setAccount(qint64 accountId); // 0: no contacts
    qint64 accountId() const { return m_accountId; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    qint64 m_accountId = 0;
};

// Deals whose title, account or primary contact holds the typed text (the board's search), at most
// kLimit of them, open ones first: the timeline's deal picker, so it works on 300,000 deals. Column 0
// is "title — account", Qt::UserRole the deal's id.
class DealListModel final : public LookupModel
{
    Q_OBJECT
public:
    static constexpr int kLimit = 50;
    explicit DealListModel(Pipeline &pipeline, QObject *parent = nullptr);
    // Empty text: the newest deals.
    void search(const QString &text);
};

} // namespace Ripen
