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

namespace {

// The cells of a table by field, and the file's name of a field's column for messages.
class Cells
{
public:
    Cells(const CsvReader::Table &table, const ImportMapping::Columns &columns)
        : m_table(table)
        , m_columns(columns)
    {
    }
    QString operator()(const CsvReader::Row &row, const QString &field) const
    {
        const int column = m_columns.value(field, -1);
        return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
    }
    QString columnName(const QString &field) const
    {
        const int column = m_columns.value(field, 0);
        return column < m_table.header.size() && !m_table.header.at(column).isEmpty()
            ? m_table.header.at(column)
            : ImportPlan::tr("column %1").arg(column + 1);
    }
    bool has(const QString &field) const { return m_columns.contains(field); }
    // A row with more or fewer fields than the table's.
    std::optional<ImportPlan::Problem> shape(const CsvReader::Row &row) const
    {
        if (m_table.columns > 0 && row.fields.size() != m_table.columns)
            return ImportPlan::Problem { row.line, {},
                ImportPlan::tr("%1 fields where the header has %2")
                    .arg(row.fields.size())
                    .arg(m_table.columns) };
        return std::nullopt;
    }

private:
    const CsvReader::Table &m_table;
    const ImportMapping::Columns &m_columns;
};

} // namespace

QString ImportPlan::dateFormatOf(const CsvReader::Table &table, const ImportMapping::Columns &columns,
    const QStringList &fields, const QString &given, QStringList *choices)
{
    // One date format for the whole file: the one given, else the one every date cell fits.
    if (!given.isEmpty())
        return given;
    const Cells cell(table, columns);
    QStringList cells;
    for (const CsvReader::Row &row : table.rows) {
        for (const QString &field : fields)
            cells << cell(row, field);
    }
    const QStringList fitting = ImportValues::fittingDateFormats(cells);
    if (fitting.size() > 1) {
        *choices = fitting;
        return {};
    }
    if (fitting.size() == 1)
        return fitting.first();
    // None fits every cell: the one that fits most, and the others are named as problems.
    QString format;
    int best = -1;
    for (const QString &candidate : ImportValues::dateFormats()) {
        const int fits = int(std::count_if(cells.cbegin(), cells.cend(), [&candidate](const QString &c) {
            return !c.isEmpty() && ImportValues::parseDate(c, candidate).isValid();
        }));
        if (fits > best) {
            best = fits;
            format = candidate;
        }
    }
    return format;
}

namespace {

// What a plan of either kind starts with: its rows counted, the file's own problems, and the date
// format of dateFields. False when the user must choose that format first.
template<typename Plan>
bool startPlan(Plan &plan, const CsvReader::Table &table, const ImportMapping::Columns &columns,
    const QStringList &dateFields, const ImportPlan::Options &options)
{
    plan.rows = int(table.rows.size());
    for (const CsvReader::Problem &problem : table.problems)
        plan.problems << ImportPlan::Problem { problem.line, {}, problem.message };
    plan.dateFormat
        = ImportPlan::dateFormatOf(table, columns, dateFields, options.dateFormat, &plan.dateFormatChoices);
    return plan.dateFormatChoices.isEmpty();
}

} // namespace

ImportPlan::Deals ImportPlan::deals(
    const CsvReader::Table &table, const ImportMapping::Columns &columns, const Options &options)
{
    Deals plan;
    if (!startPlan(plan, table, columns, dateFields(), options))
        return plan;
    const Cells cell(table, columns);

    for (const CsvReader::Row &row : table.rows) {
        QList<Problem> problems;
        if (const auto wrongShape = cell.shape(row))
            problems << *wrongShape;
        Deal deal;
        deal.line = row.line;
        deal.title = ImportValues::text(cell(row, QStringLiteral("title")));
        if (deal.title.isEmpty())
            problems << Problem { row.line, cell.columnName(QStringLiteral("title")),
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
            problems << Problem { row.line, cell.columnName(QStringLiteral("currency")),
                tr("“%1” is not a currency code such as EUR").arg(currency) };
        deal.value.currency
            = currency.isEmpty() || !code.match(currency).hasMatch() ? options.defaultCurrency : currency;
        if (!amount.isEmpty()) {
            if (const auto parsed = ImportValues::parseMoney(amount); parsed && parsed->minor >= 0) {
                deal.value.minor = parsed->minor;
                if (!parsed->currency.isEmpty() && currency.isEmpty())
                    deal.value.currency = parsed->currency;
            } else {
                problems << Problem { row.line, cell.columnName(QStringLiteral("value")),
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
                problems << Problem { row.line, cell.columnName(dateFields().at(i)),
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

ImportPlan::Activities ImportPlan::activities(
    const CsvReader::Table &table, const ImportMapping::Columns &columns, const Options &options)
{
    Activities plan;
    const QString occurredField = QStringLiteral("occurred");
    if (!startPlan(plan, table, columns, { occurredField }, options))
        return plan;
    const Cells cell(table, columns);

    for (const CsvReader::Row &row : table.rows) {
        QList<Problem> problems;
        if (const auto wrongShape = cell.shape(row))
            problems << *wrongShape;
        Activity activity;
        activity.line = row.line;
        // Free text as a CSV export (Ripen's own) wrote it: a formula's neutralising apostrophe goes.
        const auto text
            = [&](const char *field) { return ImportValues::text(cell(row, QString::fromLatin1(field))); };
        activity.deal = text("deal");
        activity.dealExternalId = text("deal_external_id");
        activity.account = text("account");
        activity.contact = text("contact");
        activity.note = text("note");
        activity.valueNote = text("value_note");
        activity.externalId = text("external_id");
        if (activity.deal.isEmpty() && activity.dealExternalId.isEmpty() && activity.account.isEmpty())
            problems << Problem { row.line, {}, tr("the activity names neither its deal nor its account") };

        const QString when = cell(row, occurredField);
        const QDateTime occurred = ImportValues::parseDate(when, plan.dateFormat);
        if (when.isEmpty())
            problems << Problem { row.line, cell.columnName(occurredField), tr("the activity has no date") };
        else if (!occurred.isValid())
            problems << Problem { row.line, cell.columnName(occurredField),
                tr("“%1” is not a date in the form %2").arg(when, plan.dateFormat) };
        // A day without a time: noon, so no time zone moves it to another day.
        const bool timed = occurred.isValid() && when.contains(QLatin1Char(':'));
        activity.occurred
            = timed || !occurred.isValid() ? occurred : QDateTime(occurred.date(), QTime(12, 0));

        const QString status = cell(row, QStringLiteral("status"));
        if (const auto done = ImportValues::parseDone(status))
            activity.planned = !*done;
        else if (!status.isEmpty())
            problems << Problem { row.line, cell.columnName(QStringLiteral("status")),
                tr("“%1” says neither done nor planned").arg(status) };
        else
            activity.planned = occurred.isValid() && occurred.date() > options.today;

        const QString channel = cell(row, QStringLiteral("channel"));
        if (const auto known = ImportValues::parseChannel(channel))
            activity.channel = *known;
        else if (cell.has(QStringLiteral("channel")))
            problems << Problem { row.line, cell.columnName(QStringLiteral("channel")),
                channel.isEmpty() ? tr("the activity has no type")
                                  : tr("“%1” is no channel Ripen knows (call, email, meeting, LinkedIn, "
                                       "visit, letter, package, referral, event…)")
                                        .arg(channel) };

        const QString outcome = cell(row, QStringLiteral("outcome"));
        if (const auto known = ImportValues::parseOutcome(outcome))
            activity.outcome = *known;
        else if (!outcome.isEmpty())
            problems << Problem { row.line, cell.columnName(QStringLiteral("outcome")),
                tr("“%1” is no outcome Ripen knows (no answer, conversation, no, not now, meeting "
                   "booked, yes)")
                    .arg(outcome) };
        else if (activity.channel == Channel::Meeting)
            activity.outcome = TouchOutcome::Conversation;

        const QString value = cell(row, QStringLiteral("value"));
        if (const auto known = ImportValues::parseValueKind(value))
            activity.valueKind = *known;
        else if (!value.isEmpty())
            problems << Problem { row.line, cell.columnName(QStringLiteral("value")),
                tr("“%1” is no value Ripen knows (none, insight, white paper, invitation, referral, "
                   "idea)")
                    .arg(value) };

        if (problems.isEmpty())
            plan.activities << activity;
        else
            plan.problems << problems;
    }
    return plan;
}

} // namespace Ripen
