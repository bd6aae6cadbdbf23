// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "enums.h"
#include "importmapping.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Ripen {

// What an imported file's deal rows say, read and checked before anything is written: every row is
// either a deal to write, typed, or one or more problems naming its line, its column and what was
// expected. Reading only: the writer (next) takes the plan in one transaction.
//
// The rules (README, "Importing"): status words whatever their case (won, lost, open, closed won,
// closed lost; any other word means open); a status word in the stage column is a status, and a won
// or lost deal keeps its stage column as the open stage it was won or lost from; a single close date
// is the won-on or lost-on date by the status; an open deal with no created date gets today (counted);
// amounts with or without grouping and symbols, in the row's currency, the symbol's, or the default.
class ImportPlan final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    struct Options
    {
        QString dateFormat; // Qt notation; empty: found from the file's dates
        QString defaultCurrency = QStringLiteral("EUR");
        QDate today;
    };

    struct Deal
    {
        int line = 0;
        QString title, account, contact, stage, owner, lostReason, competitor, note, externalId;
        DealStatus status = DealStatus::Open;
        Money value { 0, QStringLiteral("EUR") };
        QDate created, wonOn, lostOn, nextFollowUp;
        bool createdToday = false; // an open deal the file gave no created date
    };

    struct Problem
    {
        int line = 0;
        QString column; // the file's column name, empty for the whole row
        QString message;
    };

    struct Deals
    {
        QList<Deal> deals;
        QList<Problem> problems;
        QString dateFormat; // the one used
        // More than one: every date of the file fits each of them, and the user must choose (nothing
        // is planned until then).
        QStringList dateFormatChoices;
        int rows = 0; // rows read (footers aside)
    };

    // An activity of the file: a touch when it happened, a follow-up when it is planned.
    struct Activity
    {
        int line = 0;
        // Its deal: by the deal's id in the file it came from, else by title (within the account when
        // one is given), else the account's deal (ImportWriter says which).
        QString deal, dealExternalId, account, contact, note, valueNote, externalId;
        bool planned = false;
        Channel channel = Channel::Call;
        TouchOutcome outcome = TouchOutcome::NoAnswer;
        ValueKind valueKind = ValueKind::None;
        QDateTime occurred; // a follow-up's due day; noon when the file gives no time
    };

    struct Activities
    {
        QList<Activity> activities;
        QList<Problem> problems;
        QString dateFormat;
        QStringList dateFormatChoices; // as for deals
        int rows = 0;
    };

    static Deals deals(
        const CsvReader::Table &table, const ImportMapping::Columns &columns, const Options &options);
    // Rules: done, completed and the like are touches, planned or scheduled ones follow-ups; without a
    // status, a day after today is planned. Channel words of other tools (ImportValues::parseChannel),
    // Call when the file has no channel column; an outcome left empty is "no answer" (a meeting's
    // "conversation"); value "none" unless a column gives it.
    static Activities activities(
        const CsvReader::Table &table, const ImportMapping::Columns &columns, const Options &options);
    // The date format of the cells of fields: given, else the one every cell fits; with several,
    // none (choices lists them); with none fitting every cell, the one that fits most.
    static QString dateFormatOf(const CsvReader::Table &table, const ImportMapping::Columns &columns,
        const QStringList &fields, const QString &given, QStringList *choices);

    // "line 12, column “Amount”: “abc” is not an amount" for one problem.
    static QString describe(const Problem &problem);
};

} // namespace Ripen
