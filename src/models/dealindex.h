// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <atomic>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Ripen {

// The deals of the open stages in memory: per deal its stage, place, value, owner and its
// searchable text (title, account name, primary contact name) case-folded, so the board's text
// filter scans memory instead of the database. One text is searched once and remembered per deal;
// a change re-reads what it changed (a deal, the deals of an account or contact, a renumbered
// stage). DealSearch owns it and tells it about changes; it never listens to anything itself.
//
// Case folding: Unicode simple case folding (QString::toCaseFolded) with ß and ẞ read as "ss", so
// "ö" finds "Ö", "STRASSE" finds "Straße" and "straße" finds "STRASSE". The SQL path it replaces
// folds ASCII only for one and two characters (LIKE) and has no "ss" rule; the index finds a
// superset of what it found, and exactly the same for ASCII text. Wildcards and quotes are text.
class DealIndex final
{
public:
    struct Total
    {
        QString currency;
        qint64 count = 0;
        qint64 minor = 0;
    };

    explicit DealIndex(const QSqlDatabase &db);

    // Reads every open deal in one statement (one snapshot of the file), stopping early (and staying
    // not ready) when cancel becomes true: for a connection of a thread other than the board's
    // (BackgroundRead), after which the index is attach()ed to the board's connection.
    void loadAll(const std::atomic_bool &cancel);
    // The connection later re-reads go through.
    void attach(const QSqlDatabase &db) { m_db = db; }

    // Whether every open deal has been read.
    bool isReady() const { return m_ready; }
    // Whether reading it failed (it then stays not ready, and the board keeps using SQL).
    bool hasFailed() const { return m_failed; }
    // Reads up to rows more deals (in id order); true once all are read.
    bool loadMore(int rows);
    // Deals read so far (for benchmarks and tests).
    qsizetype size() const { return m_byId.size(); }

    // The text matched from now on; empty matches every deal.
    void setText(const QString &text);
    // From how many bytes of text on setText searches on two threads (2 MB: about 40,000 deals; a
    // thread costs more than it saves below). Tests lower it to run both ways on a small index.
    void setTwoThreadsFrom(std::size_t bytes) { m_twoThreadsFrom = bytes; }
    bool matches(qint64 dealId, const QString &owner) const;
    // The ids of up to limit matching deals of a stage in (position, id) order, after afterId
    // (0 = from the top); owner empty = anyone.
    QList<qint64> page(qint64 stageId, const QString &owner, qint64 afterId, int limit) const;
    // The count and value per currency of the matching deals of a stage.
    QList<Total> totals(qint64 stageId, const QString &owner) const;

    // Changes. Each re-reads what it names and nothing else.
    void rereadDeal(qint64 dealId);
    void rereadAccount(qint64 accountId);
    void rereadContact(qint64 contactId);
    // After a deal landed in a stage: a move into a full gap renumbers the whole stage, which no
    // signal says. Its two new neighbours then no longer have the positions read before (they
    // were at most 1 apart, and are a whole gap apart after), so two lookups tell.
    void checkPositionsAround(qint64 dealId);
    // The deals whose stage is no longer an open, active one (a removed stage's deals were moved
    // in one statement): read again.
    void rereadStagesNotIn(const QList<qint64> &activeOpenStages);

    // The case folding used for deals and search text alike.
    static std::string fold(const QString &text);

private:
    struct Entry
    {
        qint64 id = 0;
        qint64 stageId = 0; // 0 = a free slot
        qint64 position = 0;
        qint64 valueMinor = 0;
        qint64 accountId = 0;
        qint64 contactId = 0;
        quint32 textOffset = 0;
        quint32 textLength = 0;
        qint32 currency = 0;
        qint32 owner = 0;
    };

    // Stores one row of rowSql()'s columns.
    void store(const QSqlQuery &row);
    void remove(qint64 dealId);
    // Sets an entry's stage (0 = none) and keeps m_byStage in step.
    void moveToStage(qint32 slot, qint64 stageId);
    void rereadWhere(const QString &where, qint64 value);
    void reloadPositions(qint64 stageId);
    bool computeMatch(const Entry &entry) const;
    // Sets m_match for the slots of m_order's pairs [firstPair, endPair) (setText).
    void matchRange(std::size_t firstPair, std::size_t endPair);
    std::string_view textOf(const Entry &entry) const;
    qint32 intern(QList<QString> &names, QHash<QString, qint32> &ids, const QString &name);
    qint32 ownerId(const QString &owner) const; // -1 = nobody has it, -2 = anyone
    void compact();
    bool ownerPasses(const Entry &entry, qint32 owner) const { return owner == -2 || entry.owner == owner; }

    QSqlDatabase m_db;
    QSqlQuery m_load;
    qint64 m_loadedUpTo = 0; // every deal with an id up to this one has been read
    bool m_ready = false;
    bool m_failed = false;

    std::vector<Entry> m_entries;
    std::vector<quint8> m_match; // per entry, for m_needle
    std::vector<qint32> m_free;
    QHash<qint64, qint32> m_byId;
    // Per stage, its entries' slots in no order: a column's page and totals read only its deals.
    std::unordered_map<qint64, std::vector<qint32>> m_byStage;
    // All texts end to end, so a search reads one block of memory; an edit appends its new text
    // and the old one is garbage until compact().
    std::string m_text;
    std::size_t m_garbage = 0;
    // (text offset, slot) in the order the texts lie in m_text, stale pairs included (a slot whose
    // offset is no longer its own): setText walks it beside one search through the block.
    std::vector<std::pair<quint32, qint32>> m_order;
    QList<QString> m_currencies, m_owners;
    QHash<QString, qint32> m_currencyIds, m_ownerIds;
    std::string m_needle;
    std::size_t m_twoThreadsFrom = std::size_t(2) << 20;
};

} // namespace Ripen
