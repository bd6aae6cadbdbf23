// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "database.h"
#include "io/importplan.h"
#include "pipeline.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace Ripen::Test {

// Every test runs "on" this moment, so dates in assertions never drift.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0));
}

// Fixed locale and no user settings leaking into tests.
void initTestEnvironment();

// A fresh database in a temporary folder with its pipeline on a fixed clock.
class TestDatabase
{
public:
    TestDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    Database &database() { return m_database; }
    Pipeline &pipeline() { return *m_pipeline; }
    FixedClock &clock() { return m_clock; }
    QSqlDatabase connection() const { return m_database.connection(); }

    // Fluent helpers that create rows through the Pipeline and fail the test when it refuses.
    qint64 account(const QString &name = QStringLiteral("Acme GmbH"));
    qint64 contact(qint64 accountId, const QString &name = QStringLiteral("Jane Doe"),
        ContactRole role = ContactRole::DecisionMaker);
    qint64 deal(const QString &title, qint64 stageId = 0, qint64 accountId = 0, qint64 valueMinor = 1000000);
    qint64 stageId(const QString &name) const;
    qint64 reasonId(NoMeaning meaning) const;
    qint64 countRows(const QString &table) const;

private:
    QTemporaryDir m_dir;
    FixedClock m_clock { fixedNow() };
    Database m_database;
    std::unique_ptr<Pipeline> m_pipeline;
};

// EXPLAIN QUERY PLAN of a statement with its values bound: the plan's details, a line each (or why
// there is none), for a test to look for an index search in.
QString queryPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The SHA-256 of a file's bytes (empty when it cannot be read): "the file was not changed".
QByteArray fileHash(const QString &path);

// Damage in the middle of a file: the middle leaf page of table (found through SQLite's dbstat)
// overwritten with seeded random bytes, its first and last pages left readable. Returns the page's
// number; 0 when the table has fewer than minLeaves leaf pages or the file cannot be written.
qint64 damageMiddlePage(const QString &path, const QString &table, int minLeaves = 3);

// The deals of a CSV file as `ripen import` plans them: its preset recognised from the header, its
// columns guessed, today as given.
ImportPlan::Deals dealsPlanOf(const QByteArray &csv, const QDate &today);

// Written-out text for a comparison (the build forbids implicit conversions from char *).
inline QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// What a program run by runProgram() did.
struct ProgramRun
{
    int exitCode = -1; // -2: it crashed; -1: it did not finish in time
    QString out;
    QString err;
    QByteArray outBytes; // out as written (QString::fromUtf8 drops a byte order mark)
};

// Runs a program the way a user or a script would, without a display: DISPLAY, WAYLAND_DISPLAY,
// QT_QPA_PLATFORM, LANGUAGE and the variables in unset are removed, LANG and LC_ALL are C.UTF-8, and
// HOME and the XDG folders point into homeDir so that nothing lands in the real home folder.
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QString &homeDir,
    const QStringList &unset = {});

} // namespace Ripen::Test

// QTEST_MAIN with the fixed test environment in place before the test object exists; Application is
// QApplication for widget tests, QGuiApplication for models, QCoreApplication for the rest.
#define RIPEN_TEST_MAIN_WITH(Application, TestObject)                                                        \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        Application app(argc, argv);                                                                         \
        Ripen::Test::initTestEnvironment();                                                                  \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

#define RIPEN_TEST_MAIN(TestObject) RIPEN_TEST_MAIN_WITH(QApplication, TestObject)
#define RIPEN_GUI_TEST_MAIN(TestObject) RIPEN_TEST_MAIN_WITH(QGuiApplication, TestObject)
#define RIPEN_CORE_TEST_MAIN(TestObject) RIPEN_TEST_MAIN_WITH(QCoreApplication, TestObject)
