// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace Ripen {

class Clock;

// Told how far an import is, every ImportWriter::kProgressEvery rows and once at the end: done of
// total planned rows. Returning false cancels the import: the caller's transaction rolls back.
using ImportProgress = std::function<bool(int done, int total)>;

// What an import did, for its summary.
struct ImportSummary
{
    qint64 importId = 0; // 0 for a dry run
    int rowsRead = 0;
    int imported = 0;
    int present = 0; // matched a deal already there (by its file id, else title, account and created day)
    int updated = 0; // of those, given the file's value, currency and owner (--update)
    int skipped = 0; // rows with problems (ImportPlan::problems say why)
    int createdToday = 0; // open deals the file gave no created date
    int withoutAccount = 0; // deals put under "No account"
    int lostWithoutReason = 0; // lost deals given "Not recorded"
    QStringList accounts, contacts, stages, lostReasons; // created by the import
    QList<qint64> dealIds; // the deals written
    QList<qint64> updatedIds;
};

// Writes an ImportPlan's deals inside the transaction the caller (Pipeline) opened: accounts,
// contacts, open stages and lost reasons that do not exist yet are created and named in the summary;
// a deal without an account goes under one account "No account"; a won or lost deal is written into
// its open stage on its created day and then won or lost on its day, so its stage history says where
// it was won or lost from; a lost deal without a reason gets "Not recorded" (meaning: reflex) and comes
// back after that reason's days. Every row it creates is listed in import_rows under one import, so
// the import can be taken back as a whole.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)
public:
    ImportWriter(QSqlDatabase db, const Clock &clock);

    static constexpr int kProgressEvery = 200;

    // update: a deal already there takes the file's value, currency and owner (else it is left as it is).
    // progress (optional) may cancel: the result is then the error "Import cancelled: nothing was
    // written." and the caller rolls back.
    Result<ImportSummary> writeDeals(const ImportPlan::Deals &plan, const QString &file, bool update = false,
        const ImportProgress &progress = {});

    // The names the import gives what the file leaves out.
    static QString noAccountName();
    static QString notRecordedReason();

private:
    Result<qint64> accountFor(const QString &name, ImportSummary &summary);
    Result<qint64> contactFor(qint64 accountId, const QString &name, ImportSummary &summary);
    Result<qint64> openStageFor(const QString &name, ImportSummary &summary);
    Result<std::pair<qint64, int>> lostReasonFor(const QString &label, ImportSummary &summary);
    Result<qint64> existingDeal(const ImportPlan::Deal &deal, qint64 accountId);
    Result<void> record(const char *kind, qint64 rowId);

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_importId = 0;
    QHash<QString, qint64> m_accounts, m_stages; // by folded name
    QHash<QString, std::pair<qint64, int>> m_reasons; // by folded label: id, re-engage days
};

} // namespace Ripen
