// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardfilter.h"
#include "dealindex.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QSqlQuery;

namespace Ripen {

class Pipeline;

// The deals whose title, account or primary contact contain a text, found once per change and
// shared by every column of the board, instead of each column searching all its deals again for
// its rows and its totals. The ids live in a temporary table of the connection: scratch space
// that is never part of the user's database file.
//
// That SQL path needs a pass over every deal for one or two characters, so the search also keeps
// the open deals in memory (DealIndex), read a chunk at a time in the event loop's idle turns
// after the board is shown. Once it is ready, a text filter is a scan of memory: the columns get
// their pages' ids and their totals from it and read only their cards from the database. Until
// then, and for the needs-attention filter, they use the SQL path, so results are always right.
class DealSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealSearch)
public:
    // The condition on deal_search (rowid = deal id) that finds text in a title, account or primary
    // contact, and its values: the trigram index from three characters, one pass over the indexed
    // text below. Shared with the deal picker, so both find the same deals.
    static QString matchSql(const QString &text);
    static QVariantList matchValues(const QString &text);
    static void bindMatch(QSqlQuery &query, const QString &text);

    explicit DealSearch(Pipeline &pipeline, QObject *parent = nullptr);
    ~DealSearch() override;

    // "temp.ripen_search_N": select its id column to get the matching deals.
    QString table() const { return m_table; }
    // Fills the table for text unless it already holds that search and no deal, account or
    // contact changed since. Three characters and more use the trigram index.
    bool prepare(const QString &text);

    // Whether every open deal is in memory.
    bool isReady() const { return m_index->isReady(); }
    // Reads the next chunk of the index now (the idle-time loading calls it); true when ready.
    bool loadMore(int rows = kChunkRows);
    // Whether a column filtered so reads through the index: it is ready, there is a text, and
    // nothing needs SQL (the needs-attention filter).
    bool usesIndex(const BoardFilter &filter) const;
    // The index, set to match text (see DealIndex for the case folding).
    const DealIndex &index(const QString &text);

    // Deals read into memory per idle turn: a few milliseconds at a time.
    static constexpr int kChunkRows = 500;

private:
    // Brings one deal's row of the table up to date after the deal changed: one lookup, where
    // searching all deals again would cost what the database holds.
    void recheck(qint64 dealId);
    QString matchSql() const { return matchSql(m_text); }
    void bindMatch(QSqlQuery &query) const { bindMatch(query, m_text); }

    Pipeline &m_pipeline;
    std::unique_ptr<DealIndex> m_index;
    QTimer m_loader;
    QString m_table;
    QString m_text;
    bool m_fresh = false;
};

} // namespace Ripen
