// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "clock.h"
#include "contact.h"
#include "deal.h"
#include "followup.h"
#include "importwriter.h"
#include "lostreason.h"
#include "nuisanceguard.h"
#include "result.h"
#include "stage.h"
#include "touch.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace Ripen {

class Database;
class DealWriter;
class FollowUpWriter;
class ImportWriter;
class PartyWriter;
class SettingsWriter;

// An account and/or contact typed into the deal form that do not exist yet: created in the same
// transaction as the deal, so a failure leaves neither behind.
struct NewParties
{
    QString accountName;
    QString contactName;
    ContactRole contactRole = ContactRole::DecisionMaker;
};

// How often and how lately one contact of an account was touched (contactId 0: nobody in particular).
struct ContactTouches
{
    qint64 contactId = 0;
    int touches = 0;
    QDateTime last;
};

// What a logged touch brings along (Pipeline::logTouch).
struct TouchPlan
{
    qint64 completesFollowUpId = 0; // the planned follow-up this touch carries out, 0 = none
    QList<FollowUp> followUps; // planned in the same step (their dealId is the touch's)
    bool series = false; // the follow-ups are the cadence answering this touch's "not now"
};

// One follow-up to a new day (Pipeline::rescheduleFollowUps).
struct FollowUpMove
{
    qint64 followUpId = 0;
    QDate dueOn;
    friend bool operator==(const FollowUpMove &, const FollowUpMove &) = default;
};

// The one place that writes. Every command validates its input, runs in one transaction, and emits
// a change signal after the commit; a failure rolls back and says what went wrong. The SQL of the
// writes lives in one writer per aggregate (DealWriter, FollowUpWriter, PartyWriter,
// SettingsWriter), which run inside the transaction a command opened and emit nothing.
class Pipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)
public:
    // Gap between neighbouring deals in a column, so a move rarely renumbers the column.
    static constexpr qint64 kPositionGap = qint64(1) << 20;

    Pipeline(Database &database, const Clock &clock, QObject *parent = nullptr);

    QSqlDatabase connection() const;
    const Clock &clock() const { return m_clock; }

    // Accounts and contacts
    Result<qint64> createAccount(const Account &account);
    Result<void> updateAccount(const Account &account);
    Result<qint64> createContact(const Contact &contact);
    Result<void> updateContact(const Contact &contact);

    // Deals
    // The new deal goes to the top of its stage's column.
    Result<qint64> createDeal(const Deal &deal, const NewParties &parties = {});
    // Title, account, contact, value, currency and owner; stage and status change through the moves.
    Result<void> updateDeal(const Deal &deal, const NewParties &parties = {});
    // Moves an open deal to an open stage, before beforeDealId (0 = at the end of the column).
    Result<void> moveDeal(qint64 dealId, qint64 toStageId, qint64 beforeDealId = 0);
    // skipFollowUps: open follow-ups of the deal it no longer needs, skipped in the same transaction
    // ("The deal was won."). Likewise for markLost.
    Result<void> markWon(
        qint64 dealId, const Money &value, const QDate &wonOn, const QList<qint64> &skipFollowUps = {});
    // Moves the deal to the Lost stage with why and when to come back; optionally plans the first
    // value touch of the re-engagement in the same transaction. Returns that follow-up's id (0 = none).
    Result<qint64> markLost(qint64 dealId, const LostInfo &lost,
        const std::optional<FollowUp> &firstTouch = {}, const QList<qint64> &skipFollowUps = {});
    Result<void> reopen(qint64 dealId, qint64 toStageId, qint64 beforeDealId = 0);
    // Re-engages a lost deal: reopens it at the top of an open stage (its history keeps the loss; the
    // stage clock starts again) and plans its first value touch, in one transaction. Returns the
    // follow-up's id.
    Result<qint64> reengage(qint64 dealId, qint64 toStageId, const FollowUp &firstTouch);
    // Snooze: a lost deal comes back on another day (the deal's and its latest loss's re-engage date),
    // on or after the day it was lost.
    Result<void> setReengageDate(qint64 dealId, const QDate &reengageOn);
    // Writes a deal's placement and outcome back as captured (value, stage, position, status, won and
    // lost fields): the inverse used by undo. A stage change is recorded in the history like any other.
    // Refused for a stage that has been removed, where no column would show the deal.
    // In the same transaction, the follow-ups in reopenFollowUps (skipped) are open again and those in
    // skipFollowUps are skipped for the snapshot's outcome: undo and redo of a won or lost.
    Result<void> restoreDeal(const Deal &snapshot, const QList<qint64> &reopenFollowUps = {},
        const QList<qint64> &skipFollowUps = {});
    // Undo of createDeal: deletes a deal that has no touches and no follow-ups, its stage history, and
    // the account and contact created with it (ids, 0 = none) when nothing else refers to them.
    Result<void> removeNewDeal(qint64 dealId, qint64 createdAccountId = 0, qint64 createdContactId = 0);
    // Redo of createDeal: writes the deal back under its id, with the account and contact that were
    // created with it (under theirs), and its first stage-history row.
    Result<void> recreateDeal(const Deal &deal, const std::optional<Account> &createdAccount = {},
        const std::optional<Contact> &createdContact = {});

    // Touches and follow-ups
    Result<qint64> logTouch(const Touch &touch, qint64 completesFollowUpId = 0);
    // Logs a touch with what goes with it, in one transaction: the planned follow-up it carries out,
    // and the follow-ups it plans (the next step, or the steps of a "not now" cadence, which then
    // share the touch as their series). *plannedIds gets their ids in order. Returns the touch's id.
    Result<qint64> logTouch(const Touch &touch, const TouchPlan &plan, QList<qint64> *plannedIds = nullptr);
    // Channel, contact, moment, outcome, value and note of a logged touch (its deal stays).
    Result<void> updateTouch(const Touch &touch);
    // Deletes a touch; a follow-up it completed is open again. Undo of logTouch also cancels the
    // follow-ups planned with it, in the same transaction.
    Result<void> removeTouch(qint64 touchId, const QList<qint64> &cancelFollowUpIds = {});
    // Undo of removeTouch and redo of logTouch: writes the touch back under its id, completes the
    // follow-up it completed (0 = none) again, and writes back those planned with it (under theirs).
    Result<void> restoreTouch(
        const Touch &touch, qint64 completedFollowUpId = 0, const QList<FollowUp> &planned = {});
    Result<qint64> scheduleFollowUp(const FollowUp &followUp);
    // Several follow-ups in one transaction (the steps of a cadence); an id other than 0 writes a
    // step back under its own (redo). Returns their ids in order.
    Result<QList<qint64>> scheduleFollowUps(const QList<FollowUp> &followUps);
    Result<void> rescheduleFollowUp(qint64 followUpId, const QDate &dueOn);
    // Several open follow-ups to their new days in one transaction (a drag of several cards, a cadence
    // shifted with its step); all or none.
    Result<void> rescheduleFollowUps(const QList<FollowUpMove> &moves);
    // Closes open follow-ups without a touch, with the reason the user gave (not empty), on today.
    Result<void> skipFollowUps(const QList<qint64> &followUpIds, const QString &reason);
    // Undo of skipFollowUps: they are open again, on their old days.
    Result<void> reopenFollowUps(const QList<qint64> &followUpIds);
    Result<void> completeFollowUp(qint64 followUpId, qint64 touchId);
    // Removes a follow-up that has not happened yet (undo of planning it).
    Result<void> cancelFollowUp(qint64 followUpId);
    // Several open follow-ups in one transaction (undo of scheduleFollowUps).
    Result<void> cancelFollowUps(const QList<qint64> &followUpIds);

    // The deals of an import plan, in one transaction (ImportWriter says how); a dry run writes them
    // and rolls back, so its summary is exact and the file unchanged. update: deals already there take the
    // file's value, currency and owner. progress is told how far it is and may cancel (nothing written).
    Result<ImportSummary> importDeals(const ImportPlan::Deals &plan, const QString &file, bool dryRun = false,
        bool update = false, const ImportProgress &progress = {});
    // The activities of an import plan as touches and follow-ups of their deals, in one transaction
    // (ImportWriter::writeActivities says which deal each goes to); a dry run rolls back. update:
    // activities already there take what the file says.
    Result<ImportSummary> importActivities(const ImportPlan::Activities &plan, const QString &file,
        bool dryRun = false, bool update = false, const ImportProgress &progress = {});
    // Takes an import back as a whole (ImportWriter::undo), in one transaction; a dry run says what it
    // would remove and changes nothing.
    Result<ImportUndo> undoImport(qint64 importId, bool dryRun = false);
    // Above this many changed rows, an import and its undo send bulkChanged() alone: reading the views
    // again once costs what they show, where a signal per row costs what the import holds, each.
    static constexpr int kBulkRows = 100;
    // Every import of this database, the newest first.
    QList<ImportRecord> imports() const;

    // Settings > Pipeline: stages and lost reasons
    // A new open stage, after the other open stages (Won and Lost stay last).
    Result<qint64> addStage(const QString &name, int rotDays);
    Result<void> updateStage(const Stage &stage); // name and rot days
    // The open stages in their new order; Won and Lost keep their place at the end.
    Result<void> reorderStages(const QList<qint64> &openStageIds);
    // Archives an open stage (its history still names it) and moves its deals to moveDealsTo,
    // which is required when the stage holds any.
    Result<void> removeStage(qint64 stageId, qint64 moveDealsTo = 0);
    // Undo of removeStage and redo of addStage: the archived stage is active again, the open stages
    // take the order openStageIds, and dealsBack (snapshots taken before the removal) return to it.
    Result<void> restoreStage(
        qint64 stageId, const QList<qint64> &openStageIds, const QList<Deal> &dealsBack = {});
    Result<qint64> addLostReason(const LostReason &reason);
    Result<void> updateLostReason(const LostReason &reason);
    // Archived: lost deals keep the reason they were given, new ones can no longer pick it.
    Result<void> removeLostReason(qint64 reasonId);
    // Undo of removeLostReason and redo of addLostReason.
    Result<void> restoreLostReason(qint64 reasonId);

    // Settings > Pipeline > Persistence: the nuisance guard warns about a touch to a contact sooner than
    // this many days after the last one (0 = never). kMaxContactGapDays at most.
    static constexpr int kMaxContactGapDays = 90;
    int minContactGapDays() const;
    Result<void> setMinContactGapDays(int days);

    // Reads
    qint64 dealCountInStage(qint64 stageId) const;
    QList<Deal> dealsInStage(qint64 stageId) const; // in column order
    std::optional<Account> account(qint64 id) const;
    std::optional<Contact> contact(qint64 id) const;
    QList<Contact> contactsOf(qint64 accountId) const;
    std::optional<Deal> deal(qint64 id) const;
    std::optional<Touch> touch(qint64 id) const;
    // Oldest first.
    QList<Touch> touchesOfDeal(qint64 dealId) const;
    QList<Touch> touchesOfAccount(qint64 accountId) const;
    // Per contact, over every deal of the account: one row per contact touched.
    QList<ContactTouches> touchesByContact(qint64 accountId) const;
    // The earliest open follow-up of a deal: its next step.
    std::optional<FollowUp> nextFollowUp(qint64 dealId) const;
    // The open follow-ups of a deal, by due day.
    QList<FollowUp> openFollowUpsOfDeal(qint64 dealId) const;
    // The open follow-ups of every deal of an account, by due day: the planned touches the agenda keeps
    // apart.
    QList<FollowUp> openFollowUpsOfAccount(qint64 accountId) const;
    // The open follow-ups due from..to for these contacts (a follow-up's own, else its deal's): what
    // the agenda's spacing check looks at around a day, on the open-follow-ups index.
    QList<Rules::PlannedTouch> plannedTouchesBetween(
        const QDate &from, const QDate &to, const QList<qint64> &contactIds) const;
    // The touches to one contact from..to (calendar days, both included), on the contact's index.
    QList<Touch> touchesOfContactBetween(qint64 contactId, const QDate &from, const QDate &to) const;
    // The open follow-ups due on a day, each with its deal's title (one query, however many are due),
    // and how many are due on it or before: what reminders and the agenda's badge read.
    QList<std::pair<FollowUp, QString>> openFollowUpsDueOn(const QDate &day) const;
    qint64 openFollowUpsDueBy(const QDate &day) const;
    // The open steps of a cadence (seriesId: the touch whose "not now" it answers), by due day.
    QList<FollowUp> openSeriesSteps(qint64 seriesId) const;
    // The follow-up a touch completed, 0 = none.
    qint64 followUpCompletedBy(qint64 touchId) const;
    // Open deals first, then won and lost, each newest first.
    QList<Deal> dealsOfAccount(qint64 accountId) const;
    std::optional<FollowUp> followUp(qint64 id) const;
    QList<Stage> stages() const; // the active ones, in board order
    QList<Stage> allStages() const; // archived ones too, which the history still names
    std::optional<Stage> stage(qint64 id) const; // archived ones too
    QList<qint64> openStageIds() const; // the active open stages, in board order
    std::optional<Stage> firstStageOfKind(StageKind kind) const;
    QList<LostReason> lostReasons() const; // the active ones
    std::optional<LostReason> lostReason(qint64 id) const;
    // The deal that follows dealId in its column (0 = it is the last): where undo puts it back.
    qint64 dealAfter(qint64 dealId) const;

signals:
    void accountChanged(qint64 accountId);
    void contactChanged(qint64 contactId, qint64 accountId);
    void dealChanged(qint64 dealId);
    void dealMoved(qint64 dealId, qint64 fromStageId, qint64 toStageId);
    void dealStatusChanged(qint64 dealId, Ripen::DealStatus status);
    void touchLogged(qint64 dealId, qint64 touchId);
    // A touch was edited, deleted or written back (read it to know which).
    void touchChanged(qint64 dealId, qint64 touchId);
    void followUpChanged(qint64 dealId, qint64 followUpId);
    // Sent just before followUpChanged when only the due day changed: what it was, so a view of a range
    // of days knows whether the follow-up was there before.
    void followUpRescheduled(qint64 followUpId, const QDate &from);
    void stagesChanged();
    void lostReasonsChanged();
    // Many rows changed at once (an import, or taking one back): every view reads again what it shows,
    // once, instead of hearing of each row. Sent instead of the per-row signals above when more than
    // kBulkRows deals, touches or follow-ups changed.
    void bulkChanged();
    void preferencesChanged();
    // A backup before a write (the day's first, an import's) was taken, or could not be: the write went
    // ahead all the same, and message says why there is no copy (see backUpBeforeWrite).
    void backupTaken(const QString &path);
    void backupFailed(const QString &message);

private:
    // Before every write, ahead of its transaction: the first write of a calendar day (by the clock)
    // keeps the file as it was in a daily backup, unless one was taken that day already (also by an
    // earlier run: the folder says); an import keeps one before it whatever the day (both at once: one
    // copy under two names). Off when the database's backups are (the demo, ":memory:").
    //
    // A copy that fails does not stop the write: what the user typed or chose would be lost, to keep a
    // copy of what is safe in the file already. backupFailed() says why instead, and the window shows it
    // until a later copy succeeds. A failed daily copy is tried again on the next day or the next start,
    // not before every command: on a full disk each try would cost the seconds of a whole copy.
    void backUpBeforeWrite(bool import);
    // An import's one transaction: write runs inside it; a dry run (or a failure) rolls back, and a dry
    // run's summary keeps its counts and names but no ids to signal.
    Result<ImportSummary> writeImport(
        const QString &file, bool dryRun, const std::function<Result<ImportSummary>(ImportWriter &)> &write);
    // Words why a command failed, given the reason (the database's, or a step's own sentence).
    using Failure = std::function<Error(const QString &why)>;
    // One command, one transaction: begins it (a busy database is refused here, in one wording for
    // every command), runs body and commits. body's errors come back as they are, and the
    // transaction rolls back; a failed commit is worded by failed.
    template<typename Body> auto command(const Failure &failed, Body body) -> decltype(body());
    // "what: why", the wording most commands use for every failure.
    static Failure failedAs(const QString &what);
    DealWriter dealWriter() const;
    FollowUpWriter followUpWriter() const;
    Result<void> validateTouch(const Touch &touch) const;
    PartyWriter partyWriter() const;
    SettingsWriter settingsWriter() const;
    Result<void> validateDeal(const Deal &deal, const NewParties &parties) const;
    // Inserts the new account and contact (inside the caller's transaction) and returns the deal's
    // account and contact ids.
    Result<std::pair<qint64, qint64>> insertParties(const Deal &deal, const NewParties &parties);
    Result<void> validateFollowUp(const FollowUp &followUp) const;
    // The follow-ups as they are now, each open and of dealId when it is not 0; else why not.
    Result<QList<FollowUp>> openFollowUps(const QList<qint64> &followUpIds, qint64 dealId = 0) const;
    // Skips and reopens inside the caller's transaction.
    Result<void> writeSkips(const QList<qint64> &skip, const QString &reason, const QList<qint64> &reopen);
    // What a follow-up skipped because its deal closed says: "The deal was won."
    static QString skipReasonFor(DealStatus status);
    QList<FollowUp> followUpsWhere(const QString &where, const QVariant &value) const;
    Result<void> validateLostReason(const LostReason &reason) const;

    Database &m_database;
    const Clock &m_clock;
    QDate m_backedUpOn; // the day a copy was taken or tried; none needed again that day
};

} // namespace Ripen
