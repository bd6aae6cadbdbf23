// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Ripen;

namespace {

const QString kBuiltIn = QStringLiteral(":/ripen/demo/demo-data.json");

QJsonObject builtInJson()
{
    QFile file(kBuiltIn);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// value with the element at path ("industries/2/topic") replaced, or removed when replacement is
// undefined.
QJsonValue changed(const QJsonValue &value, QStringList path, const QJsonValue &replacement)
{
    const QString key = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = key.toInt();
        if (!path.isEmpty())
            array[index] = changed(array.at(index), path, replacement);
        else if (replacement.isUndefined())
            array.removeAt(index);
        else
            array[index] = replacement;
        return array;
    }
    QJsonObject object = value.toObject();
    if (!path.isEmpty())
        object[key] = changed(object.value(key), path, replacement);
    else if (replacement.isUndefined())
        object.remove(key);
    else
        object[key] = replacement;
    return object;
}

QJsonArray texts(std::initializer_list<const char *> items)
{
    QJsonArray array;
    for (const char *item : items)
        array.append(QString::fromUtf8(item));
    return array;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void builtInTablesAreComplete();
    void unchangedCopyLoads();
    void brokenTableNamesFileAndKey_data();
    void brokenTableNamesFileAndKey();
    void missingFileIsAnError();
    void invalidJsonIsAnError();

private:
    QTemporaryDir m_dir;
};

void TestDemoData::builtInTablesAreComplete()
{
    const Result<DemoData> &data = DemoData::builtIn();
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(&DemoData::builtIn(), &data); // read once
    QCOMPARE(data->cities.size(), 46);
    QCOMPARE(data->industries.size(), 15);
    QCOMPARE(data->curated.size(), 48);
    QCOMPARE(data->curated.first().name, QStringLiteral("Nordwind Logistics GmbH"));
    QCOMPARE(data->industries.at(data->curated.first().industry).name, QStringLiteral("Logistics"));
    QCOMPARE(data->curated.at(1).name, QString::fromUtf8("Keller & Söhne Maschinenbau"));
    QCOMPARE(data->owners.size(), 3);
    QCOMPARE(data->currencyOf[DemoData::UnitedKingdom], QStringLiteral("GBP"));
    QCOMPARE(data->cities.at(data->citiesOf[DemoData::Finland].first()).name, QStringLiteral("Helsinki"));
    for (int region = 0; region < DemoData::RegionCount; ++region)
        QVERIFY(!data->citiesOf[region].isEmpty());
    QVERIFY(data->bareNotes[int(Channel::Package)].isEmpty()); // optional, and not given
    QCOMPARE(data->values[int(ValueKind::Idea)].size(), 5);
    QCOMPARE(data->values[int(ValueKind::Idea)].first().done,
        QStringLiteral("Suggested piloting on one site before the full rollout"));
}

void TestDemoData::unchangedCopyLoads()
{
    const QString path = m_dir.filePath(QStringLiteral("copy.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(builtInJson()).toJson());
    file.close();
    const Result<DemoData> data = DemoData::load(path);
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data->lostNotes[int(NoMeaning::Reflex)], DemoData::builtIn()->lostNotes[int(NoMeaning::Reflex)]);
}

void TestDemoData::brokenTableNamesFileAndKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("replacement");
    QTest::addColumn<QString>("key");
    const auto row = [](const char *name, const char *path, const QJsonValue &replacement, const char *key) {
        QTest::newRow(name) << QString::fromLatin1(path) << replacement << QString::fromLatin1(key);
    };
    const QJsonValue removed(QJsonValue::Undefined);
    row("table missing", "owners", removed, "owners");
    row("too few owners", "owners", texts({ "Mara", "Jonas" }), "owners");
    row("number for a text", "industries/2/topic", 5, "industries[2].topic");
    row("empty list", "jobTitles/champion", QJsonArray(), "jobTitles.champion");
    row("number in a list", "languages/fi/lastNames", QJsonArray { QStringLiteral("Virtanen"), 3 },
        "languages.fi.lastNames");
    row("list for an object", "languages", QJsonArray(), "languages");
    row("region missing", "regions/FI", removed, "regions.FI");
    row("unknown region", "cities/0/region", QStringLiteral("XX"), "cities[0].region");
    row("unknown industry", "curatedAccounts/0/industry", QStringLiteral("Fishing"),
        "curatedAccounts[0].industry");
    row("unknown city", "curatedAccounts/1/city", QStringLiteral("Atlantis"), "curatedAccounts[1].city");
    row("misspelt channel", "bareNotes/linkedIn", texts({ "Pinged" }), "bareNotes");
    row("channel missing", "bareNotes/call", removed, "bareNotes.call");
    row("half a value text", "values/idea/0/done", removed, "values.idea[0].done");
    row("no cities", "cities", QJsonArray(), "cities");
}

void TestDemoData::brokenTableNamesFileAndKey()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, replacement);
    QFETCH(QString, key);
    const QString fileName = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        QJsonDocument(changed(builtInJson(), path.split(QLatin1Char('/')), replacement).toObject()).toJson());
    file.close();
    const Result<DemoData> data = DemoData::load(fileName);
    QVERIFY(!data);
    QVERIFY2(data.error().contains(QStringLiteral("“%1”").arg(fileName)), qPrintable(data.error()));
    QVERIFY2(data.error().contains(QStringLiteral("“%1”").arg(key)), qPrintable(data.error()));
}

void TestDemoData::missingFileIsAnError()
{
    const QString fileName = m_dir.filePath(QStringLiteral("nowhere.json"));
    const Result<DemoData> data = DemoData::load(fileName);
    QVERIFY(!data);
    QVERIFY2(data.error().contains(fileName), qPrintable(data.error()));
}

void TestDemoData::invalidJsonIsAnError()
{
    const Result<DemoData> truncated = DemoData::parse("{ \"owners\": [", QStringLiteral("cut.json"));
    QVERIFY(!truncated);
    QVERIFY2(truncated.error().contains(QStringLiteral("“cut.json”")), qPrintable(truncated.error()));
    const Result<DemoData> list = DemoData::parse("[]", QStringLiteral("list.json"));
    QVERIFY(!list);
    QVERIFY2(list.error().contains(QStringLiteral("“list.json”")), qPrintable(list.error()));
}

RIPEN_CORE_TEST_MAIN(TestDemoData)
#include "tst_demodata.moc"
