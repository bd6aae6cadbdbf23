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
    if (options.importActivities)
        return fail(tr("Importing activities is not built yet: only --kind deals for now."));
    QFile file(options.importFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read “%1”: %2").arg(shown, file.errorString()));
    const CsvReader::Table table = CsvReader::read(file.readAll());
    if (table.rows.isEmpty())
        return fail(tr("“%1” holds no rows to import.").arg(shown));

    const ImportMapping::Kind kind = ImportMapping::Kind::Deals;
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
    if (!columns.contains(QStringLiteral("title")))
        return fail(
            tr("No column of “%1” gives the deals' titles: name it with --map title=COLUMN.").arg(shown));

    ImportPlan::Options planOptions;
    planOptions.dateFormat = options.dateFormat;
    planOptions.defaultCurrency = options.currency;
    planOptions.today = clock.today();
    const ImportPlan::Deals plan = ImportPlan::deals(table, columns, planOptions);
    if (!plan.dateFormatChoices.isEmpty())
        return fail(tr("Every date in “%1” reads in more than one way (%2): choose with --date-format.")
                        .arg(shown, plan.dateFormatChoices.join(QStringLiteral(" or "))));
    for (const ImportPlan::Problem &problem : plan.problems)
        err << tr("skipped: %1").arg(ImportPlan::describe(problem)) << Qt::endl;

    // A new user starts from an export: a database that does not exist yet is created.
    Database database;
    if (!database.open(options.database))
        return fail(database.errorMessage());
    Pipeline pipeline(database, clock);
    const auto summary = pipeline.importDeals(
        plan, QFileInfo(options.importFile).fileName(), options.dryRun, options.update);
    if (!summary)
        return fail(summary.error());
    out << summaryText(*summary, options.dryRun);
    return summary->imported > 0 || summary->present > 0 ? 0 : 1;
}

} // namespace Ripen
