// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Ripen {

struct ImportSummary;

// What an import did, in the words `ripen import` prints and the import wizard shows: rows read,
// imported (or would be, for a dry run), already present, updated, skipped, what the file left out and
// what was created, a line each.
class ImportReport final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    // maxNames: how many created accounts, contacts, stages or lost reasons a line names before
    // "and 12 more" (-1: all of them, as the command line prints them).
    static QStringList lines(const ImportSummary &summary, bool dryRun, int maxNames = -1);
};

} // namespace Ripen
