// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <algorithm>

namespace Ripen {

namespace {

const char *const kRegionCodes[DemoData::RegionCount] = { "DE", "AT", "NL", "FR", "FI", "GB", "US" };
const char *const kLanguageCodes[DemoData::LanguageCount] = { "de", "nl", "fr", "fi", "en" };

template<std::size_t N> int indexOf(const char *const (&codes)[N], const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return int(i);
    }
    return -1;
}

template<std::size_t N> QString joined(const char *const (&codes)[N])
{
    QStringList list;
    for (const char *code : codes)
        list << QLatin1String(code);
    return list.join(QLatin1String(", "));
}

// One object of the file and where it is, e.g. "industries[3]", for the error messages.
struct Node
{
    QJsonObject object;
    QString path;
};

// Reads the tables of one file. The first problem is kept and every later read returns an empty
// value, so the caller checks once, at the end, and never picks from a table that is not there.
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (failed())
            return;
        m_error = QCoreApplication::translate("DemoData", "The demo data “%1” is broken at “%2”: %3.")
                      .arg(m_fileName, path, problem);
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

    Node object(const Node &parent, const char *key)
    {
        Node node { {}, join(parent.path, key) };
        const QJsonValue value = member(parent, key);
        if (value.isObject())
            node.object = value.toObject();
        else if (!value.isUndefined())
            fail(node.path, QCoreApplication::translate("DemoData", "expected an object"));
        return node;
    }

    // A list of at least one object.
    QList<Node> objects(const Node &parent, const char *key)
    {
        const QString path = join(parent.path, key);
        const QJsonValue value = member(parent, key);
        if (value.isUndefined())
            return {};
        const QJsonArray array = value.toArray();
        bool valid = value.isArray() && !array.isEmpty();
        for (const QJsonValue &item : array)
            valid = valid && item.isObject();
        if (!valid) {
            fail(path, QCoreApplication::translate("DemoData", "expected a list of objects (at least one)"));
            return {};
        }
        QList<Node> nodes;
        for (qsizetype i = 0; i < array.size(); ++i)
            nodes << Node { array.at(i).toObject(), path + QStringLiteral("[%1]").arg(i) };
        return nodes;
    }

    QString text(const Node &parent, const char *key)
    {
        const QJsonValue value = member(parent, key);
        if (value.isString())
            return value.toString();
        if (!value.isUndefined())
            fail(join(parent.path, key), QCoreApplication::translate("DemoData", "expected a text"));
        return {};
    }

    // The generator picks from every list, so none may be empty.
    QStringList texts(const Node &parent, const char *key, int atLeast = 1)
    {
        const QJsonValue value = member(parent, key);
        if (value.isUndefined())
            return {};
        const QJsonArray array = value.toArray();
        bool valid = value.isArray() && array.size() >= atLeast;
        QStringList list;
        list.reserve(array.size());
        for (const QJsonValue &item : array) {
            valid = valid && item.isString();
            list << item.toString();
        }
        if (!valid) {
            fail(join(parent.path, key),
                QCoreApplication::translate("DemoData", "expected a list of texts (at least %1)")
                    .arg(atLeast));
            return {};
        }
        return list;
    }

    QList<DemoData::ValueText> valueTexts(const Node &parent, const char *key)
    {
        QList<DemoData::ValueText> list;
        for (const Node &node : objects(parent, key))
            list << DemoData::ValueText { text(node, "planned"), text(node, "done") };
        return list;
    }

    // A table per value of E, keyed as in the database ("decision_maker", "drop_in"...). A key that
    // is no value of E is a mistake worth reporting: its entries would never be used.
    template<typename E, typename T, std::size_t N, typename Read>
    void byEnum(
        const Node &parent, const char *key, T (&tables)[N], Read read, const QList<E> &required = all<E>())
    {
        static_assert(N == std::size_t(enumCount<E>()));
        const Node node = object(parent, key);
        QStringList known;
        for (const char *name : EnumInfo<E>::keys)
            known << QLatin1String(name);
        const QStringList keys = node.object.keys();
        for (const QString &name : keys) {
            if (!known.contains(name))
                fail(node.path,
                    QCoreApplication::translate("DemoData", "“%1” is not one of: %2")
                        .arg(name, known.join(QLatin1String(", "))));
        }
        for (std::size_t i = 0; i < N; ++i) {
            const char *name = EnumInfo<E>::keys.at(i);
            if (node.object.contains(QLatin1String(name)) || required.contains(enumAt<E>(int(i))))
                tables[i] = read(node, name);
        }
    }

private:
    template<typename E> static QList<E> all()
    {
        QList<E> values;
        for (int i = 0; i < enumCount<E>(); ++i)
            values << enumAt<E>(i);
        return values;
    }

    // The value at key, or Undefined after failing with "it is missing".
    QJsonValue member(const Node &parent, const char *key)
    {
        if (failed())
            return QJsonValue(QJsonValue::Undefined);
        const auto it = parent.object.constFind(QLatin1String(key));
        if (it == parent.object.constEnd()) {
            fail(join(parent.path, key), QCoreApplication::translate("DemoData", "it is missing"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return it.value();
    }

    QString m_fileName;
    QString m_error;
};

} // namespace

const Result<DemoData> &DemoData::builtIn()
{
    // Built into the library by src/demo/CMakeLists.txt; read once, whoever asks first.
    static const Result<DemoData> data = load(QStringLiteral(":/ripen/demo/demo-data.json"));
    return data;
}

Result<DemoData> DemoData::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate("DemoData", "Cannot read the demo data “%1”: %2.")
                           .arg(fileName, file.errorString()) };
    return parse(file.readAll(), fileName);
}

Result<DemoData> DemoData::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { QCoreApplication::translate(
            "DemoData", "The demo data “%1” is not valid JSON: %2 at character %3.")
                           .arg(fileName, parseError.errorString())
                           .arg(parseError.offset) };
    if (!document.isObject())
        return Error { QCoreApplication::translate(
            "DemoData", "The demo data “%1” does not hold a JSON object.")
                           .arg(fileName) };

    Reader r(fileName);
    DemoData d;
    const Node root { document.object(), QString() };
    const auto list = [&r](const Node &node, const char *key) { return r.texts(node, key); };

    const Node regions = r.object(root, "regions");
    for (int i = 0; i < RegionCount; ++i) {
        const Node region = r.object(regions, kRegionCodes[i]);
        d.currencyOf[i] = r.text(region, "currency");
        d.legalForms[i] = r.texts(region, "legalForms");
    }
    for (const Node &node : r.objects(root, "cities")) {
        City city;
        city.name = r.text(node, "name");
        const QString region = r.text(node, "region");
        city.phone = r.text(node, "phone");
        const int index = indexOf(kRegionCodes, region);
        if (index < 0) {
            r.fail(Reader::join(node.path, "region"),
                QCoreApplication::translate("DemoData", "“%1” is not one of: %2")
                    .arg(region, joined(kRegionCodes)));
            break;
        }
        city.region = Region(index);
        d.citiesOf[index] << int(d.cities.size());
        d.cities << city;
    }
    for (int i = 0; i < RegionCount && !r.failed(); ++i) {
        if (d.citiesOf[i].isEmpty())
            r.fail(QStringLiteral("cities"),
                QCoreApplication::translate("DemoData", "no city is in region “%1”")
                    .arg(QLatin1String(kRegionCodes[i])));
    }
    const Node languages = r.object(root, "languages");
    for (int i = 0; i < LanguageCount; ++i) {
        const Node language = r.object(languages, kLanguageCodes[i]);
        d.firstNames[i] = r.texts(language, "firstNames");
        d.lastNames[i] = r.texts(language, "lastNames");
        d.prefixes[i] = r.texts(language, "companyPrefixes");
    }
    d.legalSuffixes = r.texts(root, "legalSuffixes");

    for (const Node &node : r.objects(root, "industries")) {
        d.industries << Industry { r.text(node, "name"), r.text(node, "peer"), r.text(node, "topic"),
            r.text(node, "site"), r.texts(node, "coresGerman"), r.texts(node, "coresEnglish"),
            r.texts(node, "dealTitles") };
    }
    for (const Node &node : r.objects(root, "curatedAccounts")) {
        CuratedAccount account { r.text(node, "name"), -1, QString() };
        const QString industry = r.text(node, "industry");
        account.city = r.text(node, "city");
        for (int i = 0; i < d.industries.size() && account.industry < 0; ++i) {
            if (d.industries.at(i).name == industry)
                account.industry = i;
        }
        const bool cityKnown = std::any_of(
            d.cities.cbegin(), d.cities.cend(), [&](const City &city) { return city.name == account.city; });
        if (account.industry < 0)
            r.fail(Reader::join(node.path, "industry"),
                QCoreApplication::translate("DemoData", "no entry of “%1” is named “%2”")
                    .arg(QStringLiteral("industries"), industry));
        else if (!cityKnown)
            r.fail(Reader::join(node.path, "city"),
                QCoreApplication::translate("DemoData", "no entry of “%1” is named “%2”")
                    .arg(QStringLiteral("cities"), account.city));
        d.curated << account;
    }
    // The generator shares the accounts out among three owners.
    d.owners = r.texts(root, "owners", 3);

    r.byEnum<ContactRole>(root, "jobTitles", d.jobTitles, list);
    d.siteManagerTitles = r.texts(root, "siteManagerTitles");
    r.byEnum<ContactRole>(root, "contactNotes", d.contactNotes, list);
    d.accountNotes = r.texts(root, "accountNotes");
    d.siteNotes = r.texts(root, "siteNotes");
    d.dealTitles = r.texts(root, "dealTitles");
    d.competitors = r.texts(root, "competitors");

    // A bare check-in carries no value, so it has no value text.
    r.byEnum<ValueKind>(root, "values", d.values,
        [&r](const Node &node, const char *key) { return r.valueTexts(node, key); },
        { ValueKind::Insight, ValueKind::WhitePaper, ValueKind::Invitation, ValueKind::Referral,
            ValueKind::Idea });
    d.afterWin = r.valueTexts(root, "afterWin");
    // Only calls, voicemails, e-mails, LinkedIn messages and drop-ins are ever bare check-ins.
    r.byEnum<Channel>(root, "bareNotes", d.bareNotes, list,
        { Channel::Call, Channel::Voicemail, Channel::Email, Channel::LinkedIn, Channel::DropIn });
    r.byEnum<TouchOutcome>(root, "spokenNotes", d.spokenNotes, list);
    r.byEnum<TouchOutcome>(root, "writtenNotes", d.writtenNotes, list);

    d.anchorTexts[0] = r.texts(root, "firstConversationTexts");
    d.firstReplyTexts = r.texts(root, "firstReplyTexts");
    d.anchorTexts[1] = r.texts(root, "meetingBookedTexts");
    d.anchorTexts[2] = r.texts(root, "discoveryDoneTexts");
    d.anchorTexts[3] = r.texts(root, "proposalPresentedTexts");
    d.wonTexts = r.texts(root, "wonTexts");
    d.reopenTexts = r.texts(root, "reopenTexts");
    d.lostTexts = r.texts(root, "lostTexts");
    d.ghostedTexts = r.texts(root, "ghostedTexts");
    d.competitorTexts = r.texts(root, "competitorTexts");
    d.timingTexts = r.texts(root, "timingTexts");
    r.byEnum<NoMeaning>(root, "lostNotes", d.lostNotes, list);
    d.followUpNotes = r.texts(root, "followUpNotes");

    if (r.failed())
        return Error { r.error() };
    return d;
}

} // namespace Ripen
