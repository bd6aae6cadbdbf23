// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include "importvalues.h"

#include <QRegularExpression>
#include <algorithm>

namespace Ripen {

namespace {

const QStringList &dateFields()
{
    static const QStringList fields { QStringLiteral("created"), QStringLiteral("closed"),
        QStringLiteral("won_on"), QStringLiteral("lost_on"), QStringLiteral("next_followup") };
    return fields;
}

bool isStatusWord(const QString &cell)
{
    const QString word = cell.simplified().toCaseFolded();
    return word == QLatin1String("won") || word == QLatin1String("lost")
        || word == QLatin1String("closed won") || word == QLatin1String("closed lost");
}

} // namespace

QString ImportPlan::describe(const Problem &problem)
{
    if (problem.column.isEmpty())
        return tr("line %1: %2").arg(problem.line).arg(problem.message);
    return tr("line %1, column “%2”: %3").arg(problem.line).arg(problem.column, problem.message);
}

ImportPlan::Deals ImportPlan::deals(
    const CsvReader::Table &table, const ImportMapping::Columns &columns, const Options &options)
{
    Deals plan;
    plan.rows = int(table.rows.size());
    for (const CsvReader::Problem &problem : table.problems)
        plan.problems << Problem { problem.line, {}, problem.message };
    const auto columnName = [&](int column) {
        return column < table.header.size() && !table.header.at(column).isEmpty()
            ? table.header.at(column)
            : tr("column %1").arg(column + 1);
    };
    const auto cell = [&](const CsvReader::Row &row, const QString &field) {
        const int column = columns.value(field, -1);
        return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
    };

    // One date format for the whole file: the one given, else the one every date cell fits.
    plan.dateFormat = options.dateFormat;
    if (plan.dateFormat.isEmpty()) {
        QStringList cells;
        for (const CsvReader::Row &row : table.rows) {
            for (const QString &field : dateFields())
                cells << cell(row, field);
        }
        const QStringList fitting = ImportValues::fittingDateFormats(cells);
        if (fitting.size() > 1) {
            plan.dateFormatChoices = fitting;
            return plan;
        }
        if (fitting.size() == 1) {
            plan.dateFormat = fitting.first();
        } else {
            // None fits every cell: the one that fits most, and the others are named below.
            int best = -1;
            for (const QString &format : ImportValues::dateFormats()) {
                const int fits = int(std::count_if(cells.cbegin(), cells.cend(), [&format](const QString &c) {
                    return !c.isEmpty() && ImportValues::parseDate(c, format).isValid();
                }));
                if (fits > best) {
                    best = fits;
                    plan.dateFormat = format;
                }
            }
        }
    }

    for (const CsvReader::Row &row : table.rows) {
        QList<Problem> problems;
        if (table.columns > 0 && row.fields.size() != table.columns)
            problems << Problem { row.line, {},
                tr("%1 fields where the header has %2").arg(row.fields.size()).arg(table.columns) };
        Deal deal;
        deal.line = row.line;
        deal.title = ImportValues::text(cell(row, QStringLiteral("title")));
        if (deal.title.isEmpty())
            problems << Problem { row.line, columnName(columns.value(QStringLiteral("title"), 0)),
                tr("the deal has no title") };
        deal.account = ImportValues::text(cell(row, QStringLiteral("account")));
        deal.contact = ImportValues::text(cell(row, QStringLiteral("contact")));
        deal.owner = ImportValues::text(cell(row, QStringLiteral("owner")));
        deal.lostReason = ImportValues::text(cell(row, QStringLiteral("lost_reason")));
        deal.competitor = ImportValues::text(cell(row, QStringLiteral("competitor")));
        deal.note = ImportValues::text(cell(row, QStringLiteral("note")));
        deal.externalId = ImportValues::text(cell(row, QStringLiteral("external_id")));

        // Status: its own column, or a status word where the stage should be.
        const QString stage = ImportValues::text(cell(row, QStringLiteral("stage")));
        const QString status = cell(row, QStringLiteral("status"));
        if (columns.contains(QStringLiteral("status")))
            deal.status = ImportValues::parseStatus(status);
        else if (isStatusWord(stage))
            deal.status = ImportValues::parseStatus(stage);
        // A status word is no stage; a won or lost deal keeps the open stage it was won or lost from.
        deal.stage = isStatusWord(stage) ? QString() : stage;

        const QString amount = cell(row, QStringLiteral("value"));
        const QString currency = cell(row, QStringLiteral("currency")).toUpper();
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!currency.isEmpty() && !code.match(currency).hasMatch())
            problems << Problem { row.line, columnName(columns.value(QStringLiteral("currency"))),
                tr("“%1” is not a currency code such as EUR").arg(currency) };
        deal.value.currency
            = currency.isEmpty() || !code.match(currency).hasMatch() ? options.defaultCurrency : currency;
        if (!amount.isEmpty()) {
            if (const auto parsed = ImportValues::parseMoney(amount); parsed && parsed->minor >= 0) {
                deal.value.minor = parsed->minor;
                if (!parsed->currency.isEmpty() && currency.isEmpty())
                    deal.value.currency = parsed->currency;
            } else {
                problems << Problem { row.line, columnName(columns.value(QStringLiteral("value"))),
                    parsed ? tr("“%1” is below zero").arg(amount) : tr("“%1” is not an amount").arg(amount) };
            }
        }

        QDate dates[5];
        for (int i = 0; i < dateFields().size(); ++i) {
            const QString text = cell(row, dateFields().at(i));
            if (text.isEmpty())
                continue;
            dates[i] = ImportValues::parseDate(text, plan.dateFormat).date();
            if (!dates[i].isValid())
                problems << Problem { row.line, columnName(columns.value(dateFields().at(i))),
                    tr("“%1” is not a date in the form %2").arg(text, plan.dateFormat) };
        }
        deal.created = dates[0];
        deal.wonOn = dates[2];
        deal.lostOn = dates[3];
        deal.nextFollowUp = dates[4];
        // One close date serves as won-on or lost-on, by the status.
        if (deal.status == DealStatus::Won && !deal.wonOn.isValid())
            deal.wonOn = dates[1];
        if (deal.status == DealStatus::Lost && !deal.lostOn.isValid())
            deal.lostOn = dates[1];
        if (deal.status == DealStatus::Won && !deal.wonOn.isValid())
            problems << Problem { row.line, {},
                tr("a won deal needs the day it was won (a won-on or close date)") };
        if (deal.status == DealStatus::Lost && !deal.lostOn.isValid())
            problems << Problem { row.line, {},
                tr("a lost deal needs the day it was lost (a lost-on or close date)") };
        if (!deal.created.isValid()) {
            // An open deal starts today (counted in the summary); a closed one on the day it closed.
            deal.createdToday = deal.status == DealStatus::Open;
            deal.created = deal.status == DealStatus::Won ? deal.wonOn
                : deal.status == DealStatus::Lost         ? deal.lostOn
                                                          : options.today;
        }
        if (problems.isEmpty())
            plan.deals << deal;
        else
            plan.problems << problems;
    }
    return plan;
}

} // namespace Ripen
