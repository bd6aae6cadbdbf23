// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmapping.h"

#include <QRegularExpression>
#include <algorithm>

namespace Ripen {

namespace {

using Names = QList<std::pair<QString, QStringList>>;

QStringList just(const char *field)
{
    return { QString::fromLatin1(field) };
}

// The field names themselves and what spreadsheets commonly call them.
const QList<std::pair<QString, QStringList>> &synonyms()
{
    static const QList<std::pair<QString, QStringList>> list {
        { QStringLiteral("title"),
            { QStringLiteral("title"), QStringLiteral("deal"), QStringLiteral("deal name"),
                QStringLiteral("name"), QStringLiteral("opportunity"), QStringLiteral("opportunity name"),
                QStringLiteral("subject") } },
        { QStringLiteral("account"),
            { QStringLiteral("account"), QStringLiteral("account name"), QStringLiteral("company"),
                QStringLiteral("company name"), QStringLiteral("organization"),
                QStringLiteral("organisation"), QStringLiteral("customer") } },
        { QStringLiteral("contact"),
            { QStringLiteral("contact"), QStringLiteral("contact name"), QStringLiteral("contact person"),
                QStringLiteral("person") } },
        { QStringLiteral("stage"),
            { QStringLiteral("stage"), QStringLiteral("deal stage"), QStringLiteral("phase") } },
        { QStringLiteral("status"),
            { QStringLiteral("status"), QStringLiteral("deal status"), QStringLiteral("state") } },
        { QStringLiteral("value"),
            { QStringLiteral("value"), QStringLiteral("amount"), QStringLiteral("deal value"),
                QStringLiteral("price") } },
        { QStringLiteral("currency"), { QStringLiteral("currency"), QStringLiteral("currency code") } },
        { QStringLiteral("owner"),
            { QStringLiteral("owner"), QStringLiteral("deal owner"), QStringLiteral("sales rep"),
                QStringLiteral("salesperson"), QStringLiteral("assigned to") } },
        { QStringLiteral("created"),
            { QStringLiteral("created"), QStringLiteral("created at"), QStringLiteral("created date"),
                QStringLiteral("create date"), QStringLiteral("date created") } },
        { QStringLiteral("closed"),
            { QStringLiteral("closed"), QStringLiteral("close date"), QStringLiteral("closed date"),
                QStringLiteral("closed at") } },
        { QStringLiteral("won_on"),
            { QStringLiteral("won on"), QStringLiteral("won time"), QStringLiteral("won date") } },
        { QStringLiteral("lost_on"),
            { QStringLiteral("lost on"), QStringLiteral("lost time"), QStringLiteral("lost date") } },
        { QStringLiteral("lost_reason"),
            { QStringLiteral("lost reason"), QStringLiteral("reason lost"), QStringLiteral("loss reason"),
                QStringLiteral("closed lost reason") } },
        { QStringLiteral("competitor"), { QStringLiteral("competitor"), QStringLiteral("competition") } },
        { QStringLiteral("next_followup"),
            { QStringLiteral("next followup"), QStringLiteral("next follow up"),
                QStringLiteral("next activity date"), QStringLiteral("next step date") } },
        // Before external_id: in a file of activities "Deal ID" names the activity's deal.
        { QStringLiteral("deal_external_id"),
            { QStringLiteral("deal external id"), QStringLiteral("deal id"),
                QStringLiteral("deal record id") } },
        { QStringLiteral("external_id"),
            { QStringLiteral("external id"), QStringLiteral("id"), QStringLiteral("record id"),
                QStringLiteral("deal id") } },
        { QStringLiteral("note"),
            { QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("description"),
                QStringLiteral("comment"), QStringLiteral("comments") } },
        // Activities.
        { QStringLiteral("deal"),
            { QStringLiteral("deal"), QStringLiteral("deal title"), QStringLiteral("deal name") } },
        { QStringLiteral("channel"),
            { QStringLiteral("channel"), QStringLiteral("type"), QStringLiteral("activity type") } },
        { QStringLiteral("occurred"),
            { QStringLiteral("occurred"), QStringLiteral("date"), QStringLiteral("due date"),
                QStringLiteral("activity date"), QStringLiteral("when") } },
        { QStringLiteral("outcome"), { QStringLiteral("outcome"), QStringLiteral("result") } },
        { QStringLiteral("value_note"),
            { QStringLiteral("value note"), QStringLiteral("value text"),
                QStringLiteral("value description") } },
    };
    return list;
}

} // namespace

QString ImportMapping::normalised(const QString &name)
{
    // "Deal - Title", "deal_title", " Deal  title " all read "deal title".
    QString text = name.toCaseFolded();
    text.replace(QRegularExpression(QStringLiteral("[\\s_\\-:.]+")), QStringLiteral(" "));
    return text.trimmed();
}

QStringList ImportMapping::fields(Kind kind)
{
    if (kind == Kind::Deals)
        return { QStringLiteral("title"), QStringLiteral("account"), QStringLiteral("contact"),
            QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("value"),
            QStringLiteral("currency"), QStringLiteral("owner"), QStringLiteral("created"),
            QStringLiteral("closed"), QStringLiteral("won_on"), QStringLiteral("lost_on"),
            QStringLiteral("lost_reason"), QStringLiteral("competitor"), QStringLiteral("next_followup"),
            QStringLiteral("external_id"), QStringLiteral("note") };
    return { QStringLiteral("deal"), QStringLiteral("deal_external_id"), QStringLiteral("account"),
        QStringLiteral("contact"), QStringLiteral("channel"), QStringLiteral("occurred"),
        QStringLiteral("status"), QStringLiteral("outcome"), QStringLiteral("value"),
        QStringLiteral("value_note"), QStringLiteral("note"), QStringLiteral("external_id") };
}

const QList<ImportMapping::Preset> &ImportMapping::presets()
{
    static const QList<Preset> list {
        { QStringLiteral("pipedrive"), tr("Pipedrive deals export"), Kind::Deals,
            Names {
                { QStringLiteral("Deal - ID"), just("external_id") },
                { QStringLiteral("Deal - Title"), just("title") },
                { QStringLiteral("Deal - Value"), just("value") },
                { QStringLiteral("Deal - Currency"), just("currency") },
                { QStringLiteral("Deal - Organization"), just("account") },
                { QStringLiteral("Deal - Contact person"), just("contact") },
                { QStringLiteral("Deal - Stage"), just("stage") },
                { QStringLiteral("Deal - Status"), just("status") },
                { QStringLiteral("Deal - Owner"), just("owner") },
                { QStringLiteral("Deal - Deal created"), just("created") },
                { QStringLiteral("Deal - Won time"), just("won_on") },
                { QStringLiteral("Deal - Lost time"), just("lost_on") },
                { QStringLiteral("Deal - Lost reason"), just("lost_reason") },
                { QStringLiteral("Deal - Next activity date"), just("next_followup") },
            } },
        { QStringLiteral("hubspot"), tr("HubSpot deals export"), Kind::Deals,
            Names {
                { QStringLiteral("Record ID"), just("external_id") },
                { QStringLiteral("Deal Name"), just("title") },
                // One column, two fields: "Closed Won" is a status, "Appointment Scheduled" a stage.
                { QStringLiteral("Deal Stage"), { QStringLiteral("stage"), QStringLiteral("status") } },
                { QStringLiteral("Amount"), just("value") },
                { QStringLiteral("Currency"), just("currency") },
                { QStringLiteral("Associated Company"), just("account") },
                { QStringLiteral("Associated Contact"), just("contact") },
                { QStringLiteral("Deal owner"), just("owner") },
                { QStringLiteral("Create Date"), just("created") },
                { QStringLiteral("Close Date"), just("closed") },
                { QStringLiteral("Closed Lost Reason"), just("lost_reason") },
                { QStringLiteral("Deal Description"), just("note") },
            } },
        { QStringLiteral("salesforce"), tr("Salesforce opportunity report"), Kind::Deals,
            Names {
                { QStringLiteral("Opportunity ID"), just("external_id") },
                { QStringLiteral("Opportunity Name"), just("title") },
                { QStringLiteral("Account Name"), just("account") },
                { QStringLiteral("Primary Contact"), just("contact") },
                { QStringLiteral("Stage"), { QStringLiteral("stage"), QStringLiteral("status") } },
                { QStringLiteral("Amount"), just("value") },
                { QStringLiteral("Opportunity Currency"), just("currency") },
                { QStringLiteral("Opportunity Owner"), just("owner") },
                { QStringLiteral("Created Date"), just("created") },
                { QStringLiteral("Close Date"), just("closed") },
                { QStringLiteral("Loss Reason"), just("lost_reason") },
                { QStringLiteral("Description"), just("note") },
            } },
        { QStringLiteral("spreadsheet"), tr("Spreadsheet (or Ripen's own export)"), Kind::Deals, Names {} },
        { QStringLiteral("pipedrive-activities"), tr("Pipedrive activities export"), Kind::Activities,
            Names {
                { QStringLiteral("Activity - ID"), just("external_id") },
                { QStringLiteral("Activity - Type"), just("channel") },
                { QStringLiteral("Activity - Due date"), just("occurred") },
                { QStringLiteral("Activity - Done"), just("status") },
                { QStringLiteral("Activity - Deal"), just("deal") },
                { QStringLiteral("Activity - Deal ID"), just("deal_external_id") },
                { QStringLiteral("Activity - Organization"), just("account") },
                { QStringLiteral("Activity - Contact person"), just("contact") },
                { QStringLiteral("Activity - Note"), just("note") },
            } },
        { QStringLiteral("spreadsheet-activities"), tr("Spreadsheet of activities (or Ripen's own export)"),
            Kind::Activities, Names {} },
    };
    return list;
}

const ImportMapping::Preset *ImportMapping::preset(const QString &key)
{
    const QList<Preset> &list = presets();
    const auto it
        = std::find_if(list.cbegin(), list.cend(), [&key](const Preset &p) { return p.key == key; });
    return it == list.cend() ? nullptr : &*it;
}

const ImportMapping::Preset *ImportMapping::detectPreset(const QStringList &header, Kind kind)
{
    QStringList names;
    for (const QString &name : header)
        names << normalised(name);
    const Preset *best = nullptr;
    int bestHits = 0;
    for (const Preset &candidate : presets()) {
        if (candidate.kind != kind || candidate.columns.isEmpty())
            continue;
        int hits = 0;
        for (const auto &[name, fields] : candidate.columns)
            hits += names.contains(normalised(name)) ? 1 : 0;
        if (hits >= 2 && hits * 2 >= int(candidate.columns.size()) && hits > bestHits) {
            best = &candidate;
            bestHits = hits;
        }
    }
    return best;
}

ImportMapping::Columns ImportMapping::guess(const QStringList &header, Kind kind, const Preset *chosen)
{
    Columns columns;
    const QStringList wanted = fields(kind);
    QStringList names;
    for (const QString &name : header)
        names << normalised(name);
    if (chosen) {
        for (const auto &[name, feeds] : chosen->columns) {
            const int column = int(names.indexOf(normalised(name)));
            if (column < 0)
                continue;
            for (const QString &field : feeds) {
                if (wanted.contains(field) && !columns.contains(field))
                    columns.insert(field, column);
            }
        }
    }
    for (const auto &[field, words] : synonyms()) {
        if (!wanted.contains(field) || columns.contains(field))
            continue;
        for (const QString &word : words) {
            const int column = int(names.indexOf(normalised(word)));
            // A column a preset already gave to another field is not guessed again.
            if (column >= 0 && !std::count(columns.cbegin(), columns.cend(), column)) {
                columns.insert(field, column);
                break;
            }
        }
    }
    return columns;
}

Result<ImportMapping::Columns> ImportMapping::parse(const QString &map, const QStringList &header, Kind kind)
{
    Columns columns;
    const QStringList wanted = fields(kind);
    for (const QString &pair : map.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error { tr("“%1” in --map is not field=column.").arg(pair.trimmed()) };
        const QString field = pair.left(equals).trimmed();
        const QString column = pair.mid(equals + 1).trimmed();
        if (!wanted.contains(field))
            return Error { tr("--map names the field “%1”, which is not one of: %2.")
                               .arg(field, wanted.join(QStringLiteral(", "))) };
        bool number = false;
        const int index = column.toInt(&number);
        if (number && index >= 1 && index <= header.size()) {
            columns.insert(field, index - 1);
            continue;
        }
        const int named = int(header.indexOf(column));
        if (named < 0)
            return Error {
                tr("--map gives “%1” the column “%2”, which the file does not have.").arg(field, column)
            };
        columns.insert(field, named);
    }
    return columns;
}

} // namespace Ripen
