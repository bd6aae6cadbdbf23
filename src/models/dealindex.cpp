// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealindex.h"

#include "sqlutil.h"

#include <QSet>
#include <QSqlError>
#include <algorithm>
#include <cstring>
#include <limits>
#include <system_error>
#include <thread>
#include <utility>

namespace Ripen {

namespace {

// Separates a deal's title, account and contact in its text: a search never spans two of them,
// as it never spanned two columns of the full-text table.
constexpr char kSeparator = '\0';

// One row per deal: what the index keeps, and whether its stage is an open one. The texts come
// from the full-text table, which holds each deal's title, account and contact names side by side
// (kept by triggers): reading them there is one pass in deal order, where the names' own tables
// would cost a lookup each. CROSS JOIN keeps the deal the outer loop, so one deal or a chunk of
// deals costs what it reads.
const QString kColumnsSql
    = QStringLiteral("SELECT d.id, d.stage_id, d.position, d.value_minor, d.currency, d.owner, d.account_id, "
                     "coalesce(d.contact_id, 0), f.title, f.account, f.contact, s.kind = 'open' ");
const QString kRowSql = kColumnsSql
    + QStringLiteral("FROM deals d CROSS JOIN stages s ON s.id = d.stage_id "
                     "CROSS JOIN deal_search f ON f.rowid = d.id ");
// Every open deal at once: the full-text table is the outer loop (a third of the time of the
// above for a whole file).
const QString kAllOpenSql = kColumnsSql
    + QStringLiteral("FROM deal_search f CROSS JOIN deals d ON d.id = f.rowid "
                     "CROSS JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'open'");

enum RowColumn {
    IdColumn,
    StageColumn,
    PositionColumn,
    ValueColumn,
    CurrencyColumn,
    OwnerColumn,
    AccountColumn,
    ContactColumn,
    TitleColumn,
    AccountNameColumn,
    ContactNameColumn,
    OpenColumn,
};

using Key = std::pair<qint64, qint64>; // (position, id): the order of a column

} // namespace

DealIndex::DealIndex(const QSqlDatabase &db)
    : m_db(db)
{
}

void DealIndex::loadAll(const std::atomic_bool &cancel)
{
    m_load = QSqlQuery();
    QSqlQuery all(m_db);
    all.setForwardOnly(true);
    if (!all.exec(kAllOpenSql)) {
        qWarning("Ripen: reading the search index failed: %s", qPrintable(all.lastError().text()));
        m_failed = true;
        return;
    }
    m_loadedUpTo = std::numeric_limits<qint64>::max(); // every row is stored as it comes
    while (all.next()) {
        if (cancel.load(std::memory_order_relaxed))
            return; // not ready: thrown away
        store(all);
    }
    m_ready = !all.lastError().isValid();
    m_failed = !m_ready;
}

std::string DealIndex::fold(const QString &text)
{
    QString folded = text.toCaseFolded();
    folded.replace(QChar(0x1E9E), QStringLiteral("ss")); // capital sharp s, should folding keep it
    folded.replace(QChar(0x00DF), QStringLiteral("ss"));
    return folded.toStdString();
}

bool DealIndex::loadMore(int rows)
{
    if (m_ready || m_failed)
        return m_ready;
    // Prepared when first used: most indexes are read whole on a thread (loadAll) and never need it.
    if (m_load.lastQuery().isEmpty()) {
        m_load = QSqlQuery(m_db);
        m_load.setForwardOnly(true);
        m_load.prepare(kRowSql + QStringLiteral("WHERE d.id > ? AND s.kind = 'open' ORDER BY d.id LIMIT ?"));
    }
    m_load.bindValue(0, m_loadedUpTo);
    m_load.bindValue(1, rows);
    if (!m_load.exec()) {
        qWarning("Ripen: reading the search index failed: %s", qPrintable(m_load.lastError().text()));
        m_failed = true;
        return false;
    }
    int read = 0;
    while (m_load.next()) {
        m_loadedUpTo = m_load.value(IdColumn).toLongLong();
        store(m_load);
        ++read;
    }
    m_load.finish();
    if (read < rows) {
        m_ready = true;
        m_load = QSqlQuery(); // nothing of ours keeps the connection busy
    }
    return m_ready;
}

std::string_view DealIndex::textOf(const Entry &entry) const
{
    return std::string_view(m_text).substr(entry.textOffset, entry.textLength);
}

bool DealIndex::computeMatch(const Entry &entry) const
{
    return m_needle.empty() || textOf(entry).find(m_needle) != std::string_view::npos;
}

void DealIndex::setText(const QString &text)
{
    std::string needle = fold(text.trimmed());
    if (needle.find(kSeparator) != std::string::npos)
        needle = std::string(1, kSeparator) + needle + kSeparator; // matches nothing
    if (needle == m_needle && m_match.size() == m_entries.size())
        return;
    m_needle = std::move(needle);
    m_match.assign(m_entries.size(), 0);
    if (m_needle.empty()) {
        for (std::size_t i = 0; i < m_entries.size(); ++i)
            m_match[i] = m_entries[i].stageId != 0;
        return;
    }
    // One search through the whole block of texts (memmem skips what cannot match far faster than a
    // search per deal), walking the deals in the order of their texts alongside. A large block is
    // searched in two halves at once, split where a text starts, so no match spans the two: a
    // one- or two-letter filter at 300,000 deals is a pass over megabytes with a hit every few bytes.
    if (m_text.size() < m_twoThreadsFrom || m_order.size() < 2) {
        matchRange(0, m_order.size());
        return;
    }
    const std::size_t half = m_order.size() / 2;
    std::thread second;
    try {
        second = std::thread([this, half] { matchRange(half, m_order.size()); });
    } catch (const std::system_error &) {
        matchRange(0, m_order.size()); // no thread to be had (a process at its limit): one pass
        return;
    }
    matchRange(0, half);
    second.join();
}

void DealIndex::matchRange(std::size_t firstPair, std::size_t endPair)
{
    // The pairs [firstPair, endPair) of m_order, and the texts they start: up to where the next pair's
    // text starts. A hit belongs to the text it starts in, if that text is a live one and holds all
    // of it; the rest of a matched text is skipped. Each live slot has one pair, so two ranges
    // write different bytes of m_match.
    if (firstPair >= endPair)
        return;
    const char *const block = m_text.data();
    const std::size_t size = endPair < m_order.size() ? m_order[endPair].first : m_text.size();
    std::size_t at = m_order[firstPair].first;
    std::size_t next = firstPair;
    while (at < size) {
        const void *found = memmem(block + at, size - at, m_needle.data(), m_needle.size());
        if (!found)
            break;
        const std::size_t hit = std::size_t(static_cast<const char *>(found) - block);
        while (next + 1 < endPair && m_order[next + 1].first <= hit)
            ++next;
        at = hit + 1;
        if (m_order[next].first > hit)
            continue;
        const auto [offset, slot] = m_order[next];
        const Entry &entry = m_entries[std::size_t(slot)];
        if (!entry.stageId || entry.textOffset != offset || hit + m_needle.size() > offset + entry.textLength)
            continue; // garbage, or a hit running into the next text
        m_match[std::size_t(slot)] = 1;
        at = std::max(at, std::size_t(offset) + entry.textLength);
    }
}

qint32 DealIndex::intern(QList<QString> &names, QHash<QString, qint32> &ids, const QString &name)
{
    const auto it = ids.constFind(name);
    if (it != ids.constEnd())
        return *it;
    names << name;
    return ids[name] = qint32(names.size() - 1);
}

qint32 DealIndex::ownerId(const QString &owner) const
{
    if (owner.isEmpty())
        return -2;
    return m_ownerIds.value(owner, -1);
}

void DealIndex::store(const QSqlQuery &row)
{
    const qint64 id = row.value(IdColumn).toLongLong();
    if (!m_ready && id > m_loadedUpTo)
        return; // its chunk reads it as it is then
    if (!row.value(OpenColumn).toBool()) {
        remove(id);
        return;
    }
    qint32 slot = m_byId.value(id, -1);
    if (slot < 0) {
        if (!m_free.empty()) {
            slot = m_free.back();
            m_free.pop_back();
        } else {
            slot = qint32(m_entries.size());
            m_entries.emplace_back();
            m_match.push_back(0);
        }
        m_byId.insert(id, slot);
    } else {
        m_garbage += m_entries[slot].textLength;
    }
    Entry &entry = m_entries[slot];
    entry.id = id;
    moveToStage(slot, row.value(StageColumn).toLongLong());
    entry.position = row.value(PositionColumn).toLongLong();
    entry.valueMinor = row.value(ValueColumn).toLongLong();
    entry.accountId = row.value(AccountColumn).toLongLong();
    entry.contactId = row.value(ContactColumn).toLongLong();
    entry.currency = intern(m_currencies, m_currencyIds, row.value(CurrencyColumn).toString());
    entry.owner = intern(m_owners, m_ownerIds, row.value(OwnerColumn).toString());
    entry.textOffset = quint32(m_text.size());
    // Folded in one piece: one conversion per deal, not three (the separators fold to themselves).
    m_text += fold(row.value(TitleColumn).toString() + QChar(QLatin1Char(kSeparator))
        + row.value(AccountNameColumn).toString() + QChar(QLatin1Char(kSeparator))
        + row.value(ContactNameColumn).toString());
    entry.textLength = quint32(m_text.size() - entry.textOffset);
    m_order.emplace_back(entry.textOffset, slot);
    if (m_match.size() == m_entries.size())
        m_match[slot] = computeMatch(entry);
    compact();
}

void DealIndex::moveToStage(qint32 slot, qint64 stageId)
{
    Entry &entry = m_entries[std::size_t(slot)];
    if (entry.stageId == stageId)
        return;
    if (entry.stageId) {
        std::vector<qint32> &old = m_byStage[entry.stageId];
        const auto it = std::find(old.begin(), old.end(), slot);
        if (it != old.end()) {
            *it = old.back();
            old.pop_back();
        }
    }
    entry.stageId = stageId;
    if (stageId)
        m_byStage[stageId].push_back(slot);
}

void DealIndex::remove(qint64 dealId)
{
    const qint32 slot = m_byId.value(dealId, -1);
    if (slot < 0)
        return;
    m_byId.remove(dealId);
    moveToStage(slot, 0);
    m_garbage += m_entries[slot].textLength;
    m_entries[slot] = Entry {};
    m_match[slot] = 0;
    m_free.push_back(slot);
}

void DealIndex::compact()
{
    // Edits leave their old text behind; once that is most of the block, copy the live texts.
    if (m_garbage < (std::size_t(1) << 20) || m_garbage * 2 < m_text.size())
        return;
    std::string packed;
    packed.reserve(m_text.size() - m_garbage);
    m_order.clear();
    for (std::size_t slot = 0; slot < m_entries.size(); ++slot) {
        Entry &entry = m_entries[slot];
        if (!entry.stageId)
            continue;
        const std::string_view text = textOf(entry);
        entry.textOffset = quint32(packed.size());
        packed.append(text);
        m_order.emplace_back(entry.textOffset, qint32(slot));
    }
    m_text = std::move(packed);
    m_garbage = 0;
}

bool DealIndex::matches(qint64 dealId, const QString &owner) const
{
    const qint32 slot = m_byId.value(dealId, -1);
    return slot >= 0 && m_match[slot] && ownerPasses(m_entries[slot], ownerId(owner));
}

QList<qint64> DealIndex::page(qint64 stageId, const QString &owner, qint64 afterId, int limit) const
{
    const qint32 own = ownerId(owner);
    if (own == -1 || limit <= 0)
        return {};
    Key after { std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min() };
    if (afterId) {
        const qint32 slot = m_byId.value(afterId, -1);
        if (slot < 0)
            return {};
        after = { m_entries[slot].position, afterId };
    }
    // The first limit keys after `after`, kept in a max-heap of that size: one pass over the
    // stage's deals, no sort of a column of 30,000 matches.
    std::vector<Key> keys;
    keys.reserve(std::size_t(limit));
    const auto bucket = m_byStage.find(stageId);
    if (bucket != m_byStage.end()) {
        for (const qint32 i : bucket->second) {
            const Entry &entry = m_entries[std::size_t(i)];
            if (!m_match[std::size_t(i)] || !ownerPasses(entry, own))
                continue;
            const Key key { entry.position, entry.id };
            if (key <= after)
                continue;
            if (keys.size() < std::size_t(limit)) {
                keys.push_back(key);
                std::push_heap(keys.begin(), keys.end());
            } else if (key < keys.front()) {
                std::pop_heap(keys.begin(), keys.end());
                keys.back() = key;
                std::push_heap(keys.begin(), keys.end());
            }
        }
    }
    std::sort_heap(keys.begin(), keys.end());
    QList<qint64> ids;
    ids.reserve(qsizetype(keys.size()));
    for (const Key &key : keys)
        ids << key.second;
    return ids;
}

QList<DealIndex::Total> DealIndex::totals(qint64 stageId, const QString &owner) const
{
    const qint32 own = ownerId(owner);
    if (own == -1)
        return {};
    std::vector<Total> sums(m_currencies.size());
    const auto bucket = m_byStage.find(stageId);
    if (bucket != m_byStage.end()) {
        for (const qint32 i : bucket->second) {
            const Entry &entry = m_entries[std::size_t(i)];
            if (m_match[std::size_t(i)] && ownerPasses(entry, own)) {
                Total &sum = sums[entry.currency];
                ++sum.count;
                sum.minor += entry.valueMinor;
            }
        }
    }
    QList<Total> totals;
    for (std::size_t currency = 0; currency < sums.size(); ++currency) {
        if (sums[currency].count > 0) {
            sums[currency].currency = m_currencies.at(qsizetype(currency));
            totals << sums[currency];
        }
    }
    // In the order SQL's GROUP BY gives, so equal sums show in the same order on either path.
    std::sort(
        totals.begin(), totals.end(), [](const Total &a, const Total &b) { return a.currency < b.currency; });
    return totals;
}

void DealIndex::rereadDeal(qint64 dealId)
{
    if (!m_ready && dealId > m_loadedUpTo)
        return;
    QSqlQuery query = prepared(m_db, kRowSql + QStringLiteral("WHERE d.id = ?"), { dealId });
    if (query.exec() && query.next())
        store(query);
    else
        remove(dealId); // deleted
}

void DealIndex::rereadWhere(const QString &where, qint64 value)
{
    QSqlQuery query = prepared(m_db, kRowSql + where, { value });
    if (!query.exec()) {
        qWarning("Ripen: updating the search index failed: %s", qPrintable(query.lastError().text()));
        return;
    }
    while (query.next())
        store(query);
}

void DealIndex::rereadAccount(qint64 accountId)
{
    rereadWhere(QStringLiteral("WHERE d.account_id = ?"), accountId);
}

void DealIndex::rereadContact(qint64 contactId)
{
    rereadWhere(QStringLiteral("WHERE d.contact_id = ?"), contactId);
}

void DealIndex::checkPositionsAround(qint64 dealId)
{
    const qint32 slot = m_byId.value(dealId, -1);
    if (slot < 0)
        return;
    const Entry &moved = m_entries[slot];
    const qint64 stageId = moved.stageId;
    bool stale = false;
    for (const QString &neighbour :
        { QStringLiteral("SELECT id, position FROM deals WHERE stage_id = ? AND (position, id) < (?, ?) "
                         "ORDER BY position DESC, id DESC LIMIT 1"),
            QStringLiteral("SELECT id, position FROM deals WHERE stage_id = ? AND (position, id) > (?, ?) "
                           "ORDER BY position, id LIMIT 1") }) {
        QSqlQuery query = prepared(m_db, neighbour, { stageId, moved.position, moved.id });
        if (!query.exec() || !query.next())
            continue;
        const qint64 id = query.value(0).toLongLong();
        if (!m_ready && id > m_loadedUpTo)
            continue;
        const qint32 other = m_byId.value(id, -1);
        stale = stale || other < 0 || m_entries[other].stageId != stageId
            || m_entries[other].position != query.value(1).toLongLong();
    }
    if (stale)
        reloadPositions(stageId);
}

void DealIndex::reloadPositions(qint64 stageId)
{
    // What a renumbering changed: every position of the stage, from its index.
    QSqlQuery query
        = prepared(m_db, QStringLiteral("SELECT id, position FROM deals WHERE stage_id = ?"), { stageId });
    if (!query.exec())
        return;
    while (query.next()) {
        const qint32 slot = m_byId.value(query.value(0).toLongLong(), -1);
        if (slot >= 0) {
            moveToStage(slot, stageId);
            m_entries[slot].position = query.value(1).toLongLong();
        }
    }
}

void DealIndex::rereadStagesNotIn(const QList<qint64> &activeOpenStages)
{
    const QSet<qint64> active(activeOpenStages.begin(), activeOpenStages.end());
    QList<qint64> stray;
    for (const Entry &entry : m_entries) {
        if (entry.stageId && !active.contains(entry.stageId))
            stray << entry.id;
    }
    for (qint64 id : std::as_const(stray))
        rereadDeal(id);
}

} // namespace Ripen
