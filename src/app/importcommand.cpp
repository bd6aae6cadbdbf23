// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "clock.h"
#include "commandline.h"
#include "database.h"
#include "importreport.h"
#include "io/csvreader.h"
#include "io/importmapping.h"
#include "io/importplan.h"
#include "pipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Ripen {

QString ImportCommand::summaryText(const ImportSummary &summary, bool dryRun)
{
    QStringList lines = ImportReport::lines(summary, dryRun);
    if (dryRun)
        lines.prepend(tr("Dry run: nothing was written."));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int ImportCommand::run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](const QString &message) {
        err << QStringLiteral("ripen: ") << message << Qt::endl;
        return 1;
    };
    const QString shown = QDir::toNativeSeparators(options.importFile);
    QFile file(options.importFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read “%1”: %2").arg(shown, file.errorString()));
    const CsvReader::Table table = CsvReader::read(file.readAll());
    if (table.rows.isEmpty())
        return fail(tr("“%1” holds no rows to import.").arg(shown));

    const ImportMapping::Kind kind
        = options.importActivities ? ImportMapping::Kind::Activities : ImportMapping::Kind::Deals;
    ImportMapping::Columns columns;
    if (!options.map.isEmpty()) {
        const auto parsed = ImportMapping::parse(options.map, table.header, kind);
        if (!parsed)
            return fail(parsed.error());
        columns = *parsed;
    } else {
        const ImportMapping::Preset *preset = options.preset.isEmpty()
            ? ImportMapping::detectPreset(table.header, kind)
            : ImportMapping::preset(options.preset);
        columns = ImportMapping::guess(table.header, kind, preset);
    }
    if (kind == ImportMapping::Kind::Deals && !columns.contains(QStringLiteral("title")))
        return fail(
            tr("No column of “%1” gives the deals' titles: name it with --map title=COLUMN.").arg(shown));
    if (kind == ImportMapping::Kind::Activities && !columns.contains(QStringLiteral("occurred")))
        return fail(tr("No column of “%1” gives the activities' dates: name it with --map occurred=COLUMN.")
                        .arg(shown));
    if (kind == ImportMapping::Kind::Activities && !columns.contains(QStringLiteral("deal"))
        && !columns.contains(QStringLiteral("deal_external_id"))
        && !columns.contains(QStringLiteral("account")))
        return fail(tr("No column of “%1” names the activities' deals or accounts: name one with --map "
                       "deal=COLUMN or --map account=COLUMN.")
                        .arg(shown));

    ImportPlan::Options planOptions;
    planOptions.dateFormat = options.dateFormat;
    planOptions.defaultCurrency = options.currency;
    planOptions.today = clock.today();
    const auto check = [&](const QStringList &choices, const QList<ImportPlan::Problem> &problems) {
        if (!choices.isEmpty())
            return fail(tr("Every date in “%1” reads in more than one way (%2): choose with --date-format.")
                            .arg(shown, choices.join(QStringLiteral(" or "))));
        for (const ImportPlan::Problem &problem : problems)
            err << tr("skipped: %1").arg(ImportPlan::describe(problem)) << Qt::endl;
        return 0;
    };
    ImportPlan::Deals deals;
    ImportPlan::Activities activities;
    if (kind == ImportMapping::Kind::Deals) {
        deals = ImportPlan::deals(table, columns, planOptions);
        if (const int failed = check(deals.dateFormatChoices, deals.problems))
            return failed;
    } else {
        activities = ImportPlan::activities(table, columns, planOptions);
        if (const int failed = check(activities.dateFormatChoices, activities.problems))
            return failed;
    }

    // A new user starts from an export: a database that does not exist yet is created.
    Database database;
    Database::Options open;
    open.clock = &clock;
    if (!database.open(options.database, open))
        return fail(database.errorMessage());
    Pipeline pipeline(database, clock);
    // The copy before the import (in "backups" beside the database) is quiet when it works; when it
    // cannot be made the import goes ahead, and says so.
    QObject::connect(&pipeline, &Pipeline::backupFailed, &pipeline,
        [&err](const QString &message) { err << QStringLiteral("ripen: ") << message << Qt::endl; });
    const QString name = QFileInfo(options.importFile).fileName();
    const auto summary = kind == ImportMapping::Kind::Deals
        ? pipeline.importDeals(deals, name, options.dryRun, options.update)
        : pipeline.importActivities(activities, name, options.dryRun, options.update);
    if (!summary)
        return fail(summary.error());
    for (const QString &skipped : summary->skippedRows)
        err << tr("skipped: %1").arg(skipped) << Qt::endl;
    out << summaryText(*summary, options.dryRun);
    return summary->imported > 0 || summary->present > 0 ? 0 : 1;
}

} // namespace Ripen
