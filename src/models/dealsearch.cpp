// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealsearch.h"

#include "pipeline.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace Ripen {

namespace {

// FTS5's trigram tokenizer needs three characters to use its index.
constexpr int kTrigram = 3;

} // namespace

DealSearch::DealSearch(Pipeline &pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_index(std::make_unique<DealIndex>(pipeline.connection()))
{
    static QAtomicInteger<int> counter;
    m_table = QStringLiteral("temp.ripen_search_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery create(m_pipeline.connection());
    create.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)")
                    .arg(m_table.mid(5))); // the name is ours, never user text
    // A renamed account or contact may change what many deals match: search again next time. A
    // changed deal is looked up alone, before the columns (connected after this) read it.
    const auto stale = [this] { m_fresh = false; };
    connect(&m_pipeline, &Pipeline::dealChanged, this, &DealSearch::recheck);
    connect(&m_pipeline, &Pipeline::accountChanged, this, stale);
    connect(&m_pipeline, &Pipeline::contactChanged, this, stale);

    // The index follows every change by what it changed, before the columns hear of it.
    DealIndex &index = *m_index;
    connect(&m_pipeline, &Pipeline::dealChanged, this, [&index](qint64 id) { index.rereadDeal(id); });
    connect(&m_pipeline, &Pipeline::dealMoved, this, [&index](qint64 id, qint64, qint64 to) {
        index.rereadDeal(id);
        if (to)
            index.checkPositionsAround(id);
    });
    // Won, lost and reopened deals change stage: Pipeline sends dealMoved for those too, just before
    // dealStatusChanged, so the deal is read again once, above.
    connect(&m_pipeline, &Pipeline::accountChanged, this, [&index](qint64 id) { index.rereadAccount(id); });
    connect(&m_pipeline, &Pipeline::contactChanged, this, [&index](qint64 id) { index.rereadContact(id); });
    // Removing a stage moves its deals in one statement, with no signal per deal.
    connect(&m_pipeline, &Pipeline::stagesChanged, this,
        [this] { m_index->rereadStagesNotIn(m_pipeline.openStageIds()); });

    // Loaded in the event loop's idle turns, a chunk at a time, once the board has been shown.
    m_loader.setSingleShot(true);
    m_loader.setInterval(0);
    connect(&m_loader, &QTimer::timeout, this, [this] {
        if (!loadMore() && !m_index->hasFailed())
            m_loader.start();
    });
    m_loader.start();
}

bool DealSearch::loadMore(int rows)
{
    return m_index->loadMore(rows);
}

bool DealSearch::usesIndex(const BoardFilter &filter) const
{
    return isReady() && !filter.needsAttention && !filter.text.trimmed().isEmpty();
}

const DealIndex &DealSearch::index(const QString &text)
{
    m_index->setText(text);
    return *m_index;
}

DealSearch::~DealSearch()
{
    if (!m_pipeline.connection().isOpen())
        return; // the temporary table went with the connection
    QSqlQuery drop(m_pipeline.connection());
    drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table));
    m_index.reset(); // its statements before the connection's owner goes
}

bool DealSearch::prepare(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_fresh && trimmed == m_text)
        return true;
    QSqlQuery clear(m_pipeline.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(m_table)))
        return false;
    m_text = trimmed;
    QSqlQuery fill(m_pipeline.connection());
    if (!trimmed.isEmpty()) {
        fill.prepare(QStringLiteral("INSERT INTO %1 (id) SELECT rowid FROM deal_search WHERE %2")
                         .arg(m_table, matchSql()));
        bindMatch(fill);
    }
    if (!trimmed.isEmpty() && !fill.exec()) {
        qWarning("Ripen: the board search failed: %s", qPrintable(sqlErrorText(fill)));
        m_text.clear();
        return false;
    }
    m_fresh = true;
    return true;
}

QString DealSearch::matchSql(const QString &text)
{
    // Three characters and more: the trigram index. Fewer: one pass over the indexed text.
    if (text.size() >= kTrigram)
        return QStringLiteral("deal_search MATCH ?");
    return QStringLiteral(
        "(title LIKE ? ESCAPE '\\' OR account LIKE ? ESCAPE '\\' OR contact LIKE ? ESCAPE '\\')");
}

QVariantList DealSearch::matchValues(const QString &text)
{
    // One quoted FTS5 phrase: the user's text is matched literally, quotes doubled.
    if (text.size() >= kTrigram)
        return { QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"') };
    const QString pattern = likePattern(text);
    return { pattern, pattern, pattern };
}

void DealSearch::bindMatch(QSqlQuery &query, const QString &text)
{
    for (const QVariant &value : matchValues(text))
        addBindValue(query, value);
}

void DealSearch::recheck(qint64 dealId)
{
    if (!m_fresh || m_text.isEmpty())
        return;
    QSqlQuery remove = prepared(
        m_pipeline.connection(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table), { dealId });
    QSqlQuery add(m_pipeline.connection());
    add.prepare(QStringLiteral("INSERT INTO %1 (id) SELECT rowid FROM deal_search WHERE rowid = ? AND %2")
                    .arg(m_table, matchSql()));
    addBindValue(add, dealId);
    bindMatch(add);
    if (!remove.exec() || !add.exec())
        m_fresh = false; // search again next time rather than show a stale answer
}

} // namespace Ripen
