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

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

DealSearch::DealSearch(Pipeline &pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
{
    static QAtomicInteger<int> counter;
    m_table = QStringLiteral("temp.ripen_search_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery create(m_pipeline.connection());
    create.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)")
                    .arg(m_table.mid(5))); // the name is ours, never user text
    // Any change to what the search looks at makes the stored result stale.
    const auto stale = [this] { m_fresh = false; };
    connect(&m_pipeline, &Pipeline::dealChanged, this, stale);
    connect(&m_pipeline, &Pipeline::accountChanged, this, stale);
    connect(&m_pipeline, &Pipeline::contactChanged, this, stale);
}

DealSearch::~DealSearch()
{
    if (!m_pipeline.connection().isOpen())
        return; // the temporary table went with the connection
    QSqlQuery drop(m_pipeline.connection());
    drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table));
}

bool DealSearch::prepare(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_fresh && trimmed == m_text)
        return true;
    QSqlQuery clear(m_pipeline.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(m_table)))
        return false;
    QSqlQuery fill(m_pipeline.connection());
    if (trimmed.size() >= kTrigram) {
        fill.prepare(
            QStringLiteral("INSERT INTO %1 (id) SELECT rowid FROM deal_search WHERE deal_search MATCH ?")
                .arg(m_table));
        // One quoted FTS5 phrase: the user's text is matched literally, quotes doubled.
        addBindValue(fill,
            QLatin1Char('"') + QString(trimmed).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"'));
    } else if (!trimmed.isEmpty()) {
        // Too short for trigrams: one pass over the indexed text, shared by all columns.
        fill.prepare(QStringLiteral("INSERT INTO %1 (id) SELECT rowid FROM deal_search WHERE title LIKE ? "
                                    "ESCAPE '\\' OR account LIKE ? ESCAPE '\\' OR contact LIKE ? ESCAPE '\\'")
                         .arg(m_table));
        for (int i = 0; i < 3; ++i)
            addBindValue(fill, likePattern(trimmed));
    }
    if (!trimmed.isEmpty() && !fill.exec()) {
        qWarning("Ripen: the board search failed: %s", qPrintable(sqlErrorText(fill)));
        return false;
    }
    m_text = trimmed;
    m_fresh = true;
    return true;
}

} // namespace Ripen
