// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSqlQuery;

namespace Ripen {

class Pipeline;

// The deals whose title, account or primary contact contain a text, found once per change and
// shared by every column of the board, instead of each column searching all its deals again for
// its rows and its totals. The ids live in a temporary table of the connection: scratch space
// that is never part of the user's database file.
class DealSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealSearch)
public:
    explicit DealSearch(Pipeline &pipeline, QObject *parent = nullptr);
    ~DealSearch() override;

    // "temp.ripen_search_N": select its id column to get the matching deals.
    QString table() const { return m_table; }
    // Fills the table for text unless it already holds that search and no deal, account or
    // contact changed since. Three characters and more use the trigram index.
    bool prepare(const QString &text);
    // Whether the current search matches the deal (true without a search text).
    bool matches(qint64 dealId) const;

private:
    // Brings one deal's row of the table up to date after the deal changed: one lookup, where
    // searching all deals again would cost what the database holds.
    void recheck(qint64 dealId);
    QString matchSql() const;
    void bindMatch(QSqlQuery &query) const;

    Pipeline &m_pipeline;
    QString m_table;
    QString m_text;
    bool m_fresh = false;
};

} // namespace Ripen
