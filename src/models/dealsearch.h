// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "boardfilter.h"
#include "dealindex.h"

#include <QObject>
#include <QSet>
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
// the open deals in memory (DealIndex). For a database file it is read on a thread of its own,
// through a read-only connection of its own, while the board is built and shown; the changes made
// meanwhile are noted and re-read once it arrives. Otherwise (an in-memory database, a background
// read that failed, or Loading::IdleTime) it is read a chunk at a time in the event loop's idle
// turns. Once it is ready, a text filter is a scan of memory: the columns get their pages' ids and
// their totals from it and read only their cards from the database. Until then, and for the
// needs-attention filter, they use the SQL path, so results are always right.
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

    enum class Loading {
        Background, // a thread of its own for a database file; idle time otherwise
        IdleTime, // chunks in the event loop's idle turns (loadMore), for tests that drive it
    };

    explicit DealSearch(Pipeline &pipeline, Loading loading = Loading::Background, QObject *parent = nullptr);
    ~DealSearch() override;

    // "temp.ripen_search_N": select its id column to get the matching deals. It exists once prepare() has
    // been called for a text.
    QString table() const { return m_table; }
    // Fills the table for text unless it already holds that search and no deal, account or
    // contact changed since. Three characters and more use the trigram index.
    bool prepare(const QString &text);

    // Whether every open deal is in memory.
    bool isReady() const { return m_index->isReady(); }
    // Whether the index is being read on its thread: it will be ready without the event loop's
    // idle turns, and a text filter is better held until then than run on SQL.
    bool isLoadingInBackground() const { return m_inBackground; }
    // Starts that thread now rather than at the first turn of the event loop (tests).
    void startBackgroundLoad();
    // Reads the whole index again (Pipeline::bulkChanged): until it is here, filters use SQL.
    void reloadAll();
    // Stops reading the index, for a search being let go: it will not become ready, and changes are
    // no longer followed.
    void stopLoading();
    // Whether that thread is done and its index waits for the event loop to be taken over (tests).
    bool backgroundReadFinished() const;
    // Reads the next chunk of the index now (the idle-time loading calls it); true when ready. While
    // it is read in the background: waits for that instead.
    bool loadMore(int rows = kChunkRows);
    // Whether a column filtered so reads through the index: it is ready, there is a text, and
    // nothing needs SQL (the needs-attention filter).
    bool usesIndex(const BoardFilter &filter) const;
    // The index, set to match text (see DealIndex for the case folding).
    const DealIndex &index(const QString &text);

    // Deals read into memory per idle turn: a few milliseconds at a time.
    static constexpr int kChunkRows = 500;

signals:
    // The index is ready: text filters now read it.
    void ready();

private:
    // What changed while the index was read in the background, to read again once it is here.
    struct Pending
    {
        QSet<qint64> deals, moved, accounts, contacts;
        bool stages = false;
    };

    // The background read is over (the thread has finished): take its index, or fall back to
    // idle-time loading when it failed.
    void adoptBackgroundIndex();
    void onDealChanged(qint64 dealId);
    void onDealMoved(qint64 dealId, qint64 to);

    // Brings one deal's row of the table up to date after the deal changed: one lookup, where
    // searching all deals again would cost what the database holds.
    void recheck(qint64 dealId);
    QString matchSql() const { return matchSql(m_text); }
    void bindMatch(QSqlQuery &query) const { bindMatch(query, m_text); }

    Pipeline &m_pipeline;
    std::unique_ptr<DealIndex> m_index;
    QTimer m_loader;
    bool m_inBackground = false; // until its index is taken over, or its read failed
    bool m_stopped = false; // stopLoading()
    Loading m_loading;
    BackgroundRead m_read; // from the first turn of the event loop
    std::unique_ptr<DealIndex> m_loaded; // written by m_read's thread, read once it has finished
    Pending m_pending;
    QString m_table;
    QString m_text;
    bool m_fresh = false;
    bool m_tableCreated = false;
};

} // namespace Ripen
