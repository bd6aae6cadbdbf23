// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Ripen;

class TestStatementCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void preparesEachTextOnce();
    void bindsTheNewValuesEachTime();
    void scalarLeavesNoReadOpen();
    void aStatementThatFailedIsPreparedAgain();

private:
    QSqlDatabase m_db;
};

void TestStatementCache::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statementcache"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery create(m_db);
    QVERIFY2(
        create.exec(QStringLiteral("CREATE TABLE t (n INTEGER, s TEXT)")), qPrintable(sqlErrorText(create)));
}

void TestStatementCache::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("statementcache"));
}

void TestStatementCache::preparesEachTextOnce()
{
    StatementCache cache(m_db);
    const QString insert = QStringLiteral("INSERT INTO t (n, s) VALUES (?, ?)");
    QSqlQuery *first = &cache.prepared(insert, { 1, QStringLiteral("a") });
    QVERIFY(first != &cache.prepared(QStringLiteral("SELECT n FROM t")));
    // Many other statements later, the first is still where it was, and still the one of its text.
    for (int i = 0; i < 100; ++i)
        cache.prepared(QStringLiteral("SELECT n + %1 FROM t").arg(i));
    QCOMPARE(&cache.prepared(insert, { 2, QStringLiteral("b") }), first);
    QVERIFY(first->isForwardOnly());
}

void TestStatementCache::bindsTheNewValuesEachTime()
{
    StatementCache cache(m_db);
    const QString insert = QStringLiteral("INSERT INTO t (n, s) VALUES (?, ?)");
    for (const auto &[n, s] : { std::pair { 1, QStringLiteral("one") }, std::pair { 2, QString() },
             std::pair { 3, QStringLiteral("three") } }) {
        QSqlQuery &q = cache.prepared(insert, { n, s });
        QVERIFY2(q.exec(), qPrintable(sqlErrorText(q)));
        QCOMPARE(q.lastInsertId().toLongLong(), qint64(n));
    }
    // A null QString goes in as "", as prepared() binds it.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT group_concat(n || '=' || quote(s), ' ') FROM t")).toString(),
        QStringLiteral("1='one' 2='' 3='three'"));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT s FROM t WHERE n = ?"), { 3 }).toString(),
        QStringLiteral("three"));
    QCOMPARE(
        cache.scalar(QStringLiteral("SELECT s FROM t WHERE n = ?"), { 1 }).toString(), QStringLiteral("one"));
    QVERIFY(!cache.scalar(QStringLiteral("SELECT s FROM t WHERE n = ?"), { 9 }).isValid());
}

void TestStatementCache::scalarLeavesNoReadOpen()
{
    StatementCache cache(m_db);
    QSqlQuery insert(m_db);
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO t (n) VALUES (1), (2), (3)")));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT n FROM t ORDER BY n")).toInt(), 1);
    // A statement still reading t (two rows to go) would lock it: "database table is locked".
    QSqlQuery drop(m_db);
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE t")), qPrintable(sqlErrorText(drop)));
    QVERIFY(!cache.scalar(QStringLiteral("SELECT n FROM t ORDER BY n")).isValid());
}

void TestStatementCache::aStatementThatFailedIsPreparedAgain()
{
    StatementCache cache(m_db);
    const QString count = QStringLiteral("SELECT count(*) FROM later");
    QVERIFY(!cache.scalar(count).isValid());
    QSqlQuery create(m_db);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE later (n INTEGER)")));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO later (n) VALUES (1), (2)")));
    QCOMPARE(cache.scalar(count).toInt(), 2);
}

RIPEN_CORE_TEST_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
