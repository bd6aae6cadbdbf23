// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "enums.h"
#include "importmapping.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
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

    static Deals deals(
        const CsvReader::Table &table, const ImportMapping::Columns &columns, const Options &options);

    // "line 12, column “Amount”: “abc” is not an amount" for one problem.
    static QString describe(const Problem &problem);
};

} // namespace Ripen
