// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include "importwriter.h"

namespace Ripen {

QStringList ImportReport::lines(const ImportSummary &summary, bool dryRun, int maxNames)
{
    QStringList lines;
    lines << tr("Rows read: %1").arg(summary.rowsRead);
    lines << (dryRun ? tr("Would be imported: %1") : tr("Imported: %1")).arg(summary.imported);
    lines << tr("Already present: %1").arg(summary.present);
    if (summary.updated > 0)
        lines << tr("Updated: %1").arg(summary.updated);
    lines << tr("Skipped: %1").arg(summary.skipped);
    if (summary.touches > 0)
        lines << tr("Touches: %1").arg(summary.touches);
    if (summary.followUps > 0)
        lines << tr("Follow-ups: %1").arg(summary.followUps);
    if (summary.createdToday > 0)
        lines << tr("Open deals without a created date, given today: %1").arg(summary.createdToday);
    if (summary.withoutAccount > 0)
        lines << tr("Deals without an account, under “%1”: %2")
                     .arg(ImportWriter::noAccountName())
                     .arg(summary.withoutAccount);
    if (summary.lostWithoutReason > 0)
        lines << tr("Lost deals without a reason, given “%1”: %2")
                     .arg(ImportWriter::notRecordedReason())
                     .arg(summary.lostWithoutReason);
    const auto created = [&lines, maxNames](const QString &what, const QStringList &names) {
        if (names.isEmpty())
            return;
        QString named = names.join(QStringLiteral(", "));
        if (maxNames >= 0 && names.size() > maxNames) {
            const int more = int(names.size()) - maxNames;
            named = tr("%1 and %n more", "names, then how many are not named", more)
                        .arg(names.first(maxNames).join(QStringLiteral(", ")));
        }
        lines << QStringLiteral("%1 (%2): %3").arg(what).arg(names.size()).arg(named);
    };
    created(tr("Accounts created"), summary.accounts);
    created(tr("Contacts created"), summary.contacts);
    created(tr("Stages created"), summary.stages);
    created(tr("Lost reasons created"), summary.lostReasons);
    created(tr("Deals created to hold activities"), summary.deals);
    return lines;
}

} // namespace Ripen
