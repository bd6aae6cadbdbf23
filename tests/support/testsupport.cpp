// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Ripen::Test {

void initTestEnvironment()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RipenTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ripen-tests"));
}

TestDatabase::TestDatabase()
{
    if (!m_database.open(path()))
        qFatal("cannot open test database: %s", qPrintable(m_database.errorMessage()));
    m_pipeline = std::make_unique<Pipeline>(m_database, m_clock);
}

qint64 TestDatabase::account(const QString &name)
{
    Account a;
    a.name = name;
    const auto id = m_pipeline->createAccount(a);
    if (!id)
        qFatal("account: %s", qPrintable(id.error()));
    return *id;
}

qint64 TestDatabase::contact(qint64 accountId, const QString &name, ContactRole role)
{
    Contact c;
    c.accountId = accountId;
    c.name = name;
    c.role = role;
    const auto id = m_pipeline->createContact(c);
    if (!id)
        qFatal("contact: %s", qPrintable(id.error()));
    return *id;
}

qint64 TestDatabase::deal(const QString &title, qint64 stageId, qint64 accountId, qint64 valueMinor)
{
    Deal d;
    d.title = title;
    d.accountId = accountId ? accountId : account(title + QStringLiteral(" Inc."));
    d.stageId = stageId ? stageId : this->stageId(QStringLiteral("Lead in"));
    d.value = Money { valueMinor, QStringLiteral("EUR") };
    const auto id = m_pipeline->createDeal(d);
    if (!id)
        qFatal("deal: %s", qPrintable(id.error()));
    return *id;
}

qint64 TestDatabase::stageId(const QString &name) const
{
    return scalar(connection(), QStringLiteral("SELECT id FROM stages WHERE name = ?"), { name })
        .toLongLong();
}

qint64 TestDatabase::reasonId(NoMeaning meaning) const
{
    return scalar(connection(),
        QStringLiteral("SELECT id FROM lost_reasons WHERE meaning = ? ORDER BY position LIMIT 1"),
        { enumKey(meaning) })
        .toLongLong();
}

qint64 TestDatabase::countRows(const QString &table) const
{
    // Table names come from the tests themselves, never from user input.
    return scalar(connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

ProgramRun runProgram(
    const QString &program, const QStringList &arguments, const QString &homeDir, const QStringList &unset)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE" })
        environment.remove(QString::fromLatin1(name));
    for (const QString &name : unset)
        environment.remove(name);
    const QDir home(homeDir);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("%1 did not finish within 120 s").arg(program);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 damageMiddlePage(const QString &path, const QString &table, int minLeaves)
{
    qint64 page = 0, pageSize = 0;
    const QString name = QStringLiteral("ripen-test-damage");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            pageSize = scalar(raw, QStringLiteral("PRAGMA page_size")).toLongLong();
            const qint64 leaves = scalar(raw,
                QStringLiteral("SELECT count(*) FROM dbstat WHERE name = ? AND pagetype = 'leaf'"), { table })
                                      .toLongLong();
            if (leaves >= minLeaves)
                page = scalar(raw,
                    QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY "
                                   "pageno LIMIT 1 OFFSET ?"),
                    { table, leaves / 2 })
                           .toLongLong();
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (page <= 1)
        return 0;
    QFile file(path);
    QRandomGenerator random(20261207);
    QByteArray noise(int(pageSize), Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize)
        || file.write(noise) != pageSize)
        return 0;
    return page;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

ImportPlan::Deals dealsPlanOf(const QByteArray &csv, const QDate &today)
{
    const CsvReader::Table table = CsvReader::read(csv);
    const ImportMapping::Preset *preset
        = ImportMapping::detectPreset(table.header, ImportMapping::Kind::Deals);
    ImportPlan::Options options;
    options.today = today;
    return ImportPlan::deals(
        table, ImportMapping::guess(table.header, ImportMapping::Kind::Deals, preset), options);
}

QString queryPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery plan(db);
    if (!plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("cannot prepare: ") + sql;
    for (const QVariant &value : values)
        plan.addBindValue(value);
    if (!plan.exec())
        return QStringLiteral("cannot run: ") + sql;
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + QLatin1Char('\n');
    return details;
}

} // namespace Ripen::Test
