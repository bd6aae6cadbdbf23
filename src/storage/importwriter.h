// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importplan.h"
#include "partywriter.h"
#include "result.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace Ripen {

class Clock;
class FollowUpWriter;

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
    // Of those, changed to what the file says (--update): a deal's value, currency and owner; a touch's
    // moment, outcome, value and note; an open follow-up's day, planned value and note, or the follow-up
    // done with a touch when the file says the activity was done.
    int updated = 0;
    int skipped = 0; // rows with problems (ImportPlan::problems say why)
    int createdToday = 0; // open deals the file gave no created date
    int withoutAccount = 0; // deals put under "No account"
    int lostWithoutReason = 0; // lost deals given "Not recorded"
    QStringList accounts, contacts, stages, lostReasons; // created by the import
    QStringList deals; // created to hold an account's activities ("<account>: imported activities")
    int touches = 0, followUps = 0; // activities: of imported, what they became
    QStringList skippedRows; // rows skipped while writing, each "line N: why"
    QList<int> skippedLines; // their lines, in the same order: to list them among the plan's problems
    QList<qint64> dealIds; // the deals written (activities: the deals given touches or follow-ups)
    QList<qint64> createdDealIds; // activities: the deals made to hold them
    QList<std::pair<qint64, qint64>> touchRows, followUpRows; // activities: (deal, row) written
    QList<qint64> updatedIds;
    QList<std::pair<qint64, qint64>> updatedTouches, updatedFollowUps; // activities: (deal, row) changed
};

// One import, as File > Import history lists it.
struct ImportRecord
{
    qint64 id = 0;
    QString file, kind; // kind: "deals" or "activities"
    QDateTime importedAt, undoneAt; // undoneAt invalid while it stands
    int rowsRead = 0, imported = 0, present = 0, skipped = 0;
};

// What taking an import back removed (or, on a dry run, would remove).
struct ImportUndo
{
    int deals = 0, touches = 0, followUps = 0, accounts = 0, contacts = 0, stages = 0, lostReasons = 0;
    int restored = 0; // deals matched with --update, given back their value, currency and owner
    int restoredActivities = 0; // touches and follow-ups matched with --update, given back what they held
    // Touches and follow-ups logged on the import's deals after it, which go with those deals.
    int addedSince = 0;
    // For the signals: (deal, stage it was in) of deals removed; (deal, row) of touches and follow-ups
    // removed from deals that stay; deals given back their values.
    QList<std::pair<qint64, qint64>> removedDeals, removedTouches, removedFollowUps;
    QList<qint64> restoredDeals, accountIds, contactIds;
    QList<std::pair<qint64, qint64>> restoredTouches, restoredFollowUps; // (deal, row)
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
    // Each activity goes to its deal: the deal with its file id, else the deal of its title (within its
    // account when it names one), else its account's open deal most recently touched, else the
    // account's latest deal, else a new open deal "<account>: imported activities". Done activities
    // become touches, planned ones follow-ups. One already there (by its file id, else the same deal,
    // channel and moment) is counted as present; with update it takes what the file says: a touch its
    // moment, outcome, value and note, an open follow-up its day, planned value and note, and an open
    // follow-up the file says was done is done with a touch (what it held is kept for undo). A done
    // follow-up, or a touch the file says is planned, is left as it is. progress as for deals.
    Result<ImportSummary> writeActivities(const ImportPlan::Activities &plan, const QString &file,
        bool update = false, const ImportProgress &progress = {});
    // Takes an import back as a whole: its touches, follow-ups and deals (with whatever was logged on
    // those deals since), then the contacts, accounts, stages and lost reasons it created that nothing
    // uses any more; deals it updated get their value, currency and owner back. Marks it undone.
    Result<ImportUndo> undo(qint64 importId);
    static Result<QList<ImportRecord>> imports(const QSqlDatabase &db);

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
    Result<qint64> startImport(const char *kind, const QString &file, int rows);
    Result<void> finishImport(const ImportSummary &summary);
    Result<void> keepExternalId(const char *kind, const QString &externalId, qint64 rowId);
    // The deal an activity belongs to; 0 when it names a deal that is not there and no account.
    Result<qint64> dealFor(
        const ImportPlan::Activity &activity, const QDate &firstDay, ImportSummary &summary);
    // An activity already in Ripen: a touch or a follow-up (id 0: none), on its deal.
    struct PresentActivity
    {
        bool touch = false;
        qint64 id = 0, dealId = 0;
    };
    Result<PresentActivity> activityPresent(const ImportPlan::Activity &activity, qint64 dealId);
    // --update: gives it what the file says, keeping what it held; false when there was nothing to change.
    Result<bool> updateActivity(const ImportPlan::Activity &activity, const PresentActivity &present,
        FollowUpWriter &writer, ImportSummary &summary);
    // A done activity as a touch on its deal, listed in the import and under its file id.
    Result<qint64> writeTouch(const ImportPlan::Activity &activity, qint64 dealId, qint64 contactId,
        FollowUpWriter &writer, ImportSummary &summary);

    QSqlDatabase m_db;
    const Clock &m_clock;
    // What it runs for every row, its statements prepared once per import: its own, and those of the
    // accounts and contacts it creates.
    StatementCache m_statements;
    PartyWriter m_parties;
    qint64 m_importId = 0;
    QHash<QString, qint64> m_accounts, m_stages; // by folded name
    QHash<qint64, qint64> m_activityDeals; // account -> the deal its activities go to
    QHash<QString, std::pair<qint64, int>> m_reasons; // by folded label: id, re-engage days
};

} // namespace Ripen
