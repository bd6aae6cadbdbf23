// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealsearch.h"

#include "pipeline.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <utility>

namespace Ripen {

namespace {

// FTS5's trigram tokenizer needs three characters to use its index.
constexpr int kTrigram = 3;

} // namespace

DealSearch::DealSearch(Pipeline &pipeline, Loading loading, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_index(std::make_unique<DealIndex>(pipeline.connection()))
    , m_loading(loading)
{
    static QAtomicInteger<int> counter;
    m_table = QStringLiteral("temp.ripen_search_%1").arg(counter.fetchAndAddRelaxed(1));
    // The table is created by the first search for a text: until then it holds the search for no text.
    m_fresh = true;
    // A renamed account or contact may change what many deals match: search again next time. A
    // changed deal is looked up alone, before the columns (connected after this) read it.
    const auto stale = [this] { m_fresh = false; };
    connect(&m_pipeline, &Pipeline::dealChanged, this, &DealSearch::recheck);
    connect(&m_pipeline, &Pipeline::accountChanged, this, stale);
    connect(&m_pipeline, &Pipeline::contactChanged, this, stale);

    // The index follows every change by what it changed, before the columns hear of it. Won, lost
    // and reopened deals change stage: Pipeline sends dealMoved for those too, just before
    // dealStatusChanged, so the deal is read again once.
    connect(&m_pipeline, &Pipeline::dealChanged, this, &DealSearch::onDealChanged);
    connect(&m_pipeline, &Pipeline::dealMoved, this,
        [this](qint64 id, qint64, qint64 to) { onDealMoved(id, to); });
    connect(&m_pipeline, &Pipeline::accountChanged, this, [this](qint64 id) {
        if (m_inBackground)
            m_pending.accounts.insert(id);
        else
            m_index->rereadAccount(id);
    });
    connect(&m_pipeline, &Pipeline::contactChanged, this, [this](qint64 id) {
        if (m_inBackground)
            m_pending.contacts.insert(id);
        else
            m_index->rereadContact(id);
    });
    connect(&m_pipeline, &Pipeline::bulkChanged, this, &DealSearch::reloadAll);
    // Removing a stage moves its deals in one statement, with no signal per deal.
    connect(&m_pipeline, &Pipeline::stagesChanged, this, [this] {
        if (m_inBackground)
            m_pending.stages = true;
        else
            m_index->rereadStagesNotIn(m_pipeline.openStageIds());
    });

    // Idle-time loading: a chunk per turn of the event loop.
    m_loader.setSingleShot(true);
    m_loader.setInterval(0);
    connect(&m_loader, &QTimer::timeout, this, [this] {
        if (loadMore())
            emit ready();
        else if (!m_index->hasFailed())
            m_loader.start();
    });
    const QString path = m_pipeline.connection().databaseName();
    m_inBackground = loading == Loading::Background && !path.isEmpty() && path != QLatin1String(":memory:");
    if (m_inBackground) {
        // Started once the board is painted (timers come after the posted paint): the thread's
        // SQLite work would otherwise compete with the board's first reads.
        QTimer::singleShot(0, this, &DealSearch::startBackgroundLoad);
    } else {
        m_loader.start();
    }
}

void DealSearch::startBackgroundLoad()
{
    if (m_read.isRunning() || !m_inBackground || m_stopped)
        return;
    m_read.start(
        m_pipeline.connection().databaseName(), this,
        [this](const QSqlDatabase &db, const std::atomic_bool &cancel) {
            auto index = std::make_unique<DealIndex>(db);
            index->loadAll(cancel);
            index->attach(QSqlDatabase()); // this connection closes with the thread
            if (index->isReady())
                m_loaded = std::move(index);
        },
        [this] { adoptBackgroundIndex(); });
}

void DealSearch::reloadAll()
{
    if (m_stopped)
        return;
    m_read.cancel();
    m_loader.stop();
    m_loaded.reset();
    m_pending = {};
    m_fresh = false;
    m_index = std::make_unique<DealIndex>(m_pipeline.connection());
    const QString path = m_pipeline.connection().databaseName();
    m_inBackground = m_loading == Loading::Background && !path.isEmpty() && path != QLatin1String(":memory:");
    if (m_inBackground)
        startBackgroundLoad();
    else
        m_loader.start();
}

void DealSearch::stopLoading()
{
    m_stopped = true;
    m_read.cancel();
    m_loader.stop();
    disconnect(&m_pipeline, nullptr, this, nullptr);
}

bool DealSearch::backgroundReadFinished() const
{
    return m_read.hasFinished();
}

void DealSearch::adoptBackgroundIndex()
{
    m_inBackground = false;
    const Pending pending = std::exchange(m_pending, Pending {});
    if (!m_loaded) {
        // Read again here, in idle time: changes reach that index as they happen.
        m_loader.start();
        return;
    }
    m_index = std::move(m_loaded);
    m_index->attach(m_pipeline.connection());
    // Its snapshot was taken after these were noted; reading them again now brings it up to date.
    if (pending.stages)
        m_index->rereadStagesNotIn(m_pipeline.openStageIds());
    for (qint64 id : pending.accounts)
        m_index->rereadAccount(id);
    for (qint64 id : pending.contacts)
        m_index->rereadContact(id);
    for (qint64 id : pending.deals)
        m_index->rereadDeal(id);
    for (qint64 id : pending.moved)
        m_index->checkPositionsAround(id);
    emit ready();
}

void DealSearch::onDealChanged(qint64 dealId)
{
    if (m_inBackground)
        m_pending.deals.insert(dealId);
    else
        m_index->rereadDeal(dealId);
}

void DealSearch::onDealMoved(qint64 dealId, qint64 to)
{
    if (m_inBackground) {
        m_pending.deals.insert(dealId);
        if (to)
            m_pending.moved.insert(dealId);
        return;
    }
    m_index->rereadDeal(dealId);
    if (to)
        m_index->checkPositionsAround(dealId);
}

bool DealSearch::loadMore(int rows)
{
    if (m_inBackground) {
        startBackgroundLoad(); // unless it has started
        m_read.finish();
        if (m_index->isReady())
            return true;
    }
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
    m_read.cancel(); // its work writes m_loaded
    m_loaded.reset();
    if (!m_pipeline.connection().isOpen())
        return; // the temporary table went with the connection
    if (m_tableCreated) {
        QSqlQuery drop(m_pipeline.connection());
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table));
    }
    m_index.reset(); // its statements before the connection's owner goes
}

bool DealSearch::prepare(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_fresh && trimmed == m_text)
        return true;
    if (!m_tableCreated) {
        QSqlQuery create(m_pipeline.connection());
        // The name is ours, never user text.
        if (!create.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)")
                             .arg(m_table.mid(5)))) {
            qWarning("Ripen: the board search has no table: %s", qPrintable(sqlErrorText(create)));
            return false;
        }
        m_tableCreated = true;
    }
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
