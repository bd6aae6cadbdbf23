// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"

#include "backups.h"
#include "database.h"
#include "dealwriter.h"
#include "followupwriter.h"
#include "nuisanceguard.h"
#include "partywriter.h"
#include "rowmappers.h"
#include "settingswriter.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace Ripen {

namespace {

// The result as it is, or its failure worded by failed.
template<typename T, typename Failed> Result<T> worded(Result<T> result, const Failed &failed)
{
    if (!result)
        return failed(result.error());
    return result;
}

} // namespace

Pipeline::Pipeline(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

QSqlDatabase Pipeline::connection() const
{
    return m_database.connection();
}

void Pipeline::backUpBeforeWrite(bool import)
{
    if (!m_database.backupsEnabled())
        return;
    const QDate today = m_clock.today();
    const bool daily = m_backedUpOn != today && !Backups::dailyTakenOn(m_database.realPath(), today);
    m_backedUpOn = today;
    QList<Backups::Reason> reasons;
    if (daily)
        reasons << Backups::Reason::Daily;
    if (import)
        reasons << Backups::Reason::BeforeImport;
    if (reasons.isEmpty())
        return;
    const auto taken = Backups::take(m_database.realPath(), reasons, m_clock.now());
    if (!taken) {
        qWarning("Ripen: %s", qPrintable(taken.error()));
        emit backupFailed(taken.error());
        return;
    }
    emit backupTaken(taken->last());
}

template<typename Body> auto Pipeline::command(const Failure &failed, Body body) -> decltype(body())
{
    if (auto writable = m_database.mayWrite(); !writable)
        return Error { writable.error() };
    backUpBeforeWrite(false);
    Transaction tx(connection());
    if (!tx.begin())
        return Error { tr("Nothing was changed: %1.").arg(tx.errorText()) };
    auto result = body();
    if (result && !tx.commit())
        return failed(tx.errorText());
    return result; // a failure rolls back as tx goes out of scope
}

Pipeline::Failure Pipeline::failedAs(const QString &what)
{
    return [what](const QString &why) { return Error { tr("%1: %2", "what failed: why").arg(what, why) }; };
}

// Writers are made per command: the connection is the one open now.
DealWriter Pipeline::dealWriter() const
{
    return DealWriter(connection(), m_clock);
}

FollowUpWriter Pipeline::followUpWriter() const
{
    return FollowUpWriter(connection());
}

PartyWriter Pipeline::partyWriter() const
{
    return PartyWriter(connection());
}

SettingsWriter Pipeline::settingsWriter() const
{
    return SettingsWriter(connection());
}

// ---------------------------------------------------------------------------------------------------
// Accounts and contacts

Result<qint64> Pipeline::createAccount(const Account &account)
{
    if (account.name.trimmed().isEmpty())
        return Error { tr("An account needs a name.") };
    if (account.parentId && !this->account(account.parentId))
        return Error { tr("The parent account of “%1” no longer exists.").arg(account.name) };
    Account row = account;
    row.id = 0;
    row.name = account.name.trimmed();
    row.createdAt = account.createdAt.isValid() ? account.createdAt : m_clock.now();
    const Failure failed = failedAs(tr("Could not save the account “%1”").arg(account.name));
    const auto id = command(failed, [&] { return worded(partyWriter().insertAccount(row), failed); });
    if (!id)
        return id;
    emit accountChanged(*id);
    return id;
}

Result<void> Pipeline::updateAccount(const Account &account)
{
    if (account.name.trimmed().isEmpty())
        return Error { tr("An account needs a name.") };
    if (account.parentId == account.id && account.id)
        return Error { tr("An account cannot be its own parent.") };
    if (!this->account(account.id))
        return Error { tr("The account “%1” no longer exists.").arg(account.name) };
    Account row = account;
    row.name = account.name.trimmed();
    const Failure failed = failedAs(tr("Could not save the account “%1”").arg(account.name));
    if (auto written = command(failed, [&] { return worded(partyWriter().updateAccount(row), failed); });
        !written)
        return written;
    emit accountChanged(account.id);
    return {};
}

Result<qint64> Pipeline::createContact(const Contact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return Error { tr("A contact needs a name.") };
    if (!account(contact.accountId))
        return Error { tr("The contact “%1” needs an existing account.").arg(contact.name) };
    Contact row = contact;
    row.id = 0;
    row.name = contact.name.trimmed();
    row.createdAt = contact.createdAt.isValid() ? contact.createdAt : m_clock.now();
    const Failure failed = failedAs(tr("Could not save the contact “%1”").arg(contact.name));
    const auto id = command(failed, [&] { return worded(partyWriter().insertContact(row), failed); });
    if (!id)
        return id;
    emit contactChanged(*id, contact.accountId);
    return id;
}

Result<void> Pipeline::updateContact(const Contact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return Error { tr("A contact needs a name.") };
    if (!this->contact(contact.id))
        return Error { tr("The contact “%1” no longer exists.").arg(contact.name) };
    if (!account(contact.accountId))
        return Error { tr("The contact “%1” needs an existing account.").arg(contact.name) };
    Contact row = contact;
    row.name = contact.name.trimmed();
    const Failure failed = failedAs(tr("Could not save the contact “%1”").arg(contact.name));
    if (auto written = command(failed, [&] { return worded(partyWriter().updateContact(row), failed); });
        !written)
        return written;
    emit contactChanged(contact.id, contact.accountId);
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Deals

Result<void> Pipeline::validateDeal(const Deal &deal, const NewParties &parties) const
{
    if (deal.title.trimmed().isEmpty())
        return Error { tr("A deal needs a title.") };
    const bool newAccount = !parties.accountName.trimmed().isEmpty();
    if (!newAccount && !account(deal.accountId))
        return Error { tr("The deal “%1” needs an account: choose one or type a new name.").arg(deal.title) };
    if (parties.contactName.trimmed().isEmpty() && deal.contactId) {
        const auto c = contact(deal.contactId);
        if (!c || newAccount || c->accountId != deal.accountId)
            return Error { tr("The primary contact of “%1” must belong to its account.").arg(deal.title) };
    }
    if (deal.value.minor < 0)
        return Error { tr("The value of “%1” cannot be negative.").arg(deal.title) };
    if (!isValidCurrencyCode(deal.value.currency))
        return Error {
            tr("“%1” is not a currency code (three capital letters such as EUR).").arg(deal.value.currency)
        };
    return {};
}

Result<std::pair<qint64, qint64>> Pipeline::insertParties(const Deal &deal, const NewParties &parties)
{
    qint64 accountId = deal.accountId;
    qint64 contactId = deal.contactId;
    const QDateTime now = m_clock.now();
    PartyWriter writer = partyWriter();
    if (!parties.accountName.trimmed().isEmpty()) {
        Account account;
        account.name = parties.accountName.trimmed();
        account.createdAt = now;
        const auto id = writer.insertAccount(account);
        if (!id)
            return Error { tr("Could not create the account “%1”: %2").arg(parties.accountName, id.error()) };
        accountId = *id;
    }
    if (!parties.contactName.trimmed().isEmpty()) {
        Contact contact;
        contact.accountId = accountId;
        contact.name = parties.contactName.trimmed();
        contact.role = parties.contactRole;
        contact.createdAt = now;
        const auto id = writer.insertContact(contact);
        if (!id)
            return Error { tr("Could not create the contact “%1”: %2").arg(parties.contactName, id.error()) };
        contactId = *id;
    }
    return std::make_pair(accountId, contactId);
}

Result<qint64> Pipeline::createDeal(const Deal &deal, const NewParties &parties)
{
    if (auto valid = validateDeal(deal, parties); !valid)
        return Error { valid.error() };
    const auto target = stage(deal.stageId);
    if (!target || target->kind != StageKind::Open || target->archived)
        return Error { tr("A new deal must start in an open stage.") };

    const Failure failed = [&deal](const QString &why) {
        return Error { tr("Could not save the deal “%1”: %2").arg(deal.title, why) };
    };
    Deal row = deal;
    const auto created = command(failed, [&]() -> Result<qint64> {
        const auto ids = insertParties(deal, parties);
        if (!ids)
            return Error { ids.error() };
        DealWriter writer = dealWriter();
        // A new deal goes to the top of its column, where the user sees it arrive.
        const auto position = writer.topOf(deal.stageId);
        if (!position)
            return Error { position.error() };
        row.id = 0;
        row.title = deal.title.trimmed();
        std::tie(row.accountId, row.contactId) = *ids;
        row.position = *position;
        row.owner = deal.owner.trimmed();
        row.createdAt = deal.createdAt.isValid() ? deal.createdAt : m_clock.now();
        return worded(writer.insert(row), failed);
    });
    if (!created)
        return created;
    const qint64 id = *created;
    if (row.accountId != deal.accountId)
        emit accountChanged(row.accountId);
    if (row.contactId != deal.contactId)
        emit contactChanged(row.contactId, row.accountId);
    emit dealChanged(id);
    emit dealMoved(id, 0, deal.stageId);
    return id;
}

Result<void> Pipeline::updateDeal(const Deal &deal, const NewParties &parties)
{
    if (auto valid = validateDeal(deal, parties); !valid)
        return valid;
    if (!this->deal(deal.id))
        return Error { tr("The deal “%1” no longer exists.").arg(deal.title) };
    const Failure failed = [&deal](const QString &why) {
        return Error { tr("Could not save the deal “%1”: %2").arg(deal.title, why) };
    };
    Deal row = deal;
    const auto updated = command(failed, [&]() -> Result<void> {
        const auto ids = insertParties(deal, parties);
        if (!ids)
            return Error { ids.error() };
        row.title = deal.title.trimmed();
        std::tie(row.accountId, row.contactId) = *ids;
        row.owner = deal.owner.trimmed();
        return worded(dealWriter().update(row), failed);
    });
    if (!updated)
        return updated;
    if (row.accountId != deal.accountId)
        emit accountChanged(row.accountId);
    if (row.contactId != deal.contactId)
        emit contactChanged(row.contactId, row.accountId);
    emit dealChanged(deal.id);
    return {};
}

Result<void> Pipeline::moveDeal(qint64 dealId, qint64 toStageId, qint64 beforeDealId)
{
    const auto current = deal(dealId);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    if (current->status != DealStatus::Open)
        return Error { tr("“%1” is closed; reopen it before moving it.").arg(current->title) };
    const auto target = stage(toStageId);
    if (!target || target->archived)
        return Error { tr("That stage no longer exists.") };
    if (target->kind != StageKind::Open)
        return Error {
            tr("Mark “%1” as won or lost instead of moving it to “%2”.").arg(current->title, target->name)
        };
    if (beforeDealId == dealId)
        return {};
    const Failure failed = failedAs(tr("Could not move “%1”").arg(current->title));
    if (auto moved = command(
            failed, [&] { return worded(dealWriter().move(*current, toStageId, beforeDealId), failed); });
        !moved)
        return moved;
    emit dealMoved(dealId, current->stageId, toStageId);
    return {};
}

Result<void> Pipeline::markWon(
    qint64 dealId, const Money &value, const QDate &wonOn, const QList<qint64> &skipFollowUps)
{
    const auto current = deal(dealId);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    if (current->status != DealStatus::Open)
        return Error { tr("“%1” is already closed.").arg(current->title) };
    if (!wonOn.isValid() || wonOn > m_clock.today())
        return Error {
            tr("The won date of “%1” must be a valid date no later than today.").arg(current->title)
        };
    if (value.minor < 0 || !isValidCurrencyCode(value.currency))
        return Error {
            tr("The won value of “%1” must be zero or more, in a valid currency.").arg(current->title)
        };
    const auto won = firstStageOfKind(StageKind::Won);
    if (!won)
        return Error { tr("The pipeline has no Won stage. Add one in Settings > Pipeline.") };
    const auto skipped = openFollowUps(skipFollowUps, dealId);
    if (!skipped)
        return Error { skipped.error() };
    const Failure failed = failedAs(tr("Could not mark “%1” as won").arg(current->title));
    if (auto marked = command(failed,
            [&]() -> Result<void> {
                if (auto done = dealWriter().markWon(*current, won->id, value, wonOn); !done)
                    return failed(done.error());
                return worded(writeSkips(skipFollowUps, skipReasonFor(DealStatus::Won), {}), failed);
            });
        !marked)
        return marked;
    emit dealMoved(dealId, current->stageId, won->id);
    emit dealStatusChanged(dealId, DealStatus::Won);
    for (qint64 id : skipFollowUps)
        emit followUpChanged(dealId, id);
    return {};
}

Result<qint64> Pipeline::markLost(qint64 dealId, const LostInfo &lost,
    const std::optional<FollowUp> &firstTouch, const QList<qint64> &skipFollowUps)
{
    const auto current = deal(dealId);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    if (current->status != DealStatus::Open)
        return Error { tr("“%1” is already closed.").arg(current->title) };
    if (!lostReason(lost.reasonId))
        return Error { tr("Choose why “%1” was lost: every “no” needs a reason.").arg(current->title) };
    if (!lost.lostOn.isValid() || lost.lostOn > m_clock.today())
        return Error {
            tr("The lost date of “%1” must be a valid date no later than today.").arg(current->title)
        };
    if (!lost.reengageOn.isValid() || lost.reengageOn < lost.lostOn)
        return Error { tr("“No” means “not now”: give “%1” a re-engage date on or after the day it was lost.")
                           .arg(current->title) };
    if (firstTouch) {
        if (auto valid = validateFollowUp(*firstTouch); !valid)
            return Error { valid.error() };
    }
    const auto lostStage = firstStageOfKind(StageKind::Lost);
    if (!lostStage)
        return Error { tr("The pipeline has no Lost stage. Add one in Settings > Pipeline.") };
    if (auto skipped = openFollowUps(skipFollowUps, dealId); !skipped)
        return Error { skipped.error() };
    LostInfo row = lost;
    row.competitor = lost.competitor.trimmed();
    const Failure failed = failedAs(tr("Could not mark “%1” as lost").arg(current->title));
    const auto planned = command(failed, [&]() -> Result<qint64> {
        if (auto marked = dealWriter().markLost(*current, lostStage->id, row); !marked)
            return failed(marked.error());
        if (auto skipped = writeSkips(skipFollowUps, skipReasonFor(DealStatus::Lost), {}); !skipped)
            return failed(skipped.error());
        if (!firstTouch)
            return qint64(0);
        FollowUp first = *firstTouch;
        first.dealId = dealId;
        // The re-engagement leads up to the come-back date: the agenda shifts it no further.
        if (!first.seriesUntil.isValid())
            first.seriesUntil = lost.reengageOn;
        const auto id = followUpWriter().insertFollowUp(first);
        if (!id)
            return failed(tr("Could not plan the first value touch: %1").arg(id.error()));
        return id;
    });
    if (!planned)
        return planned;
    emit dealMoved(dealId, current->stageId, lostStage->id);
    emit dealStatusChanged(dealId, DealStatus::Lost);
    for (qint64 id : skipFollowUps)
        emit followUpChanged(dealId, id);
    if (*planned)
        emit followUpChanged(dealId, *planned);
    return planned;
}

Result<void> Pipeline::reopen(qint64 dealId, qint64 toStageId, qint64 beforeDealId)
{
    const auto current = deal(dealId);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    if (current->status == DealStatus::Open)
        return Error { tr("“%1” is already open.").arg(current->title) };
    const auto target = stage(toStageId);
    if (!target || target->kind != StageKind::Open || target->archived)
        return Error { tr("Reopen “%1” into an open stage.").arg(current->title) };
    const Failure failed = failedAs(tr("Could not reopen “%1”").arg(current->title));
    if (auto reopened = command(
            failed, [&] { return worded(dealWriter().reopen(*current, toStageId, beforeDealId), failed); });
        !reopened)
        return reopened;
    emit dealMoved(dealId, current->stageId, toStageId);
    emit dealStatusChanged(dealId, DealStatus::Open);
    return {};
}

Result<qint64> Pipeline::reengage(qint64 dealId, qint64 toStageId, const FollowUp &firstTouch)
{
    const auto current = deal(dealId);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    if (current->status != DealStatus::Lost)
        return Error { tr("Only a lost deal can be re-engaged; “%1” is not lost.").arg(current->title) };
    const auto target = stage(toStageId);
    if (!target || target->kind != StageKind::Open || target->archived)
        return Error { tr("Re-engage “%1” into an open stage.").arg(current->title) };
    FollowUp first = firstTouch;
    first.dealId = dealId;
    if (auto valid = validateFollowUp(first); !valid)
        return Error { valid.error() };
    const Failure failed = failedAs(tr("Could not re-engage “%1”").arg(current->title));
    const auto planned = command(failed, [&]() -> Result<qint64> {
        // At the top of the column, where the user looks first, as a new deal arrives.
        const qint64 top = scalar(connection(),
            QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY position, id LIMIT 1"),
            { toStageId })
                               .toLongLong();
        if (auto reopened = dealWriter().reopen(*current, toStageId, top); !reopened)
            return failed(reopened.error());
        const auto id = followUpWriter().insertFollowUp(first);
        if (!id)
            return failed(tr("Could not plan the first value touch: %1").arg(id.error()));
        return id;
    });
    if (!planned)
        return planned;
    emit dealMoved(dealId, current->stageId, toStageId);
    emit dealStatusChanged(dealId, DealStatus::Open);
    emit followUpChanged(dealId, *planned);
    return planned;
}

Result<void> Pipeline::setReengageDate(qint64 dealId, const QDate &reengageOn)
{
    const auto current = deal(dealId);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    if (current->status != DealStatus::Lost)
        return Error { tr("Only a lost deal has a re-engage date; “%1” is not lost.").arg(current->title) };
    if (!reengageOn.isValid() || reengageOn < current->lost.lostOn)
        return Error { tr("Give “%1” a re-engage date on or after the day it was lost (%2).")
                           .arg(current->title,
                               QLocale().toString(current->lost.lostOn, QLocale::ShortFormat)) };
    const Failure failed = failedAs(tr("Could not change when to re-engage “%1”").arg(current->title));
    if (auto done = command(failed,
            [&]() -> Result<void> { return worded(dealWriter().setReengageOn(dealId, reengageOn), failed); });
        !done)
        return done;
    emit dealChanged(dealId);
    return {};
}

Result<void> Pipeline::restoreDeal(
    const Deal &snapshot, const QList<qint64> &reopenFollowUps, const QList<qint64> &skipFollowUps)
{
    const auto current = deal(snapshot.id);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    const auto target = stage(snapshot.stageId);
    if (!target)
        return Error { tr("The stage “%1” was in no longer exists.").arg(snapshot.title) };
    // An open deal in a removed stage would be on no column: lost to the user although it is there.
    if (target->archived)
        return Error { tr("“%1” cannot go back to “%2”: that stage has been removed in Settings > Pipeline.")
                           .arg(snapshot.title, target->name) };
    const Failure failed = [&snapshot](const QString &why) {
        return Error { tr("Could not restore “%1”: %2").arg(snapshot.title, why) };
    };
    if (auto skipped = openFollowUps(skipFollowUps, snapshot.id); !skipped)
        return Error { skipped.error() };
    if (auto restored = command(failed,
            [&]() -> Result<void> {
                if (auto done = dealWriter().restore(snapshot, current->stageId); !done)
                    return failed(done.error());
                return worded(
                    writeSkips(skipFollowUps, skipReasonFor(snapshot.status), reopenFollowUps), failed);
            });
        !restored)
        return restored;
    emit dealChanged(snapshot.id);
    emit dealMoved(snapshot.id, current->stageId, snapshot.stageId);
    if (current->status != snapshot.status)
        emit dealStatusChanged(snapshot.id, snapshot.status);
    for (qint64 id : reopenFollowUps + skipFollowUps)
        emit followUpChanged(snapshot.id, id);
    return {};
}

Result<void> Pipeline::removeNewDeal(qint64 dealId, qint64 createdAccountId, qint64 createdContactId)
{
    const auto current = deal(dealId);
    if (!current)
        return Error { tr("That deal no longer exists.") };
    const qint64 history = scalar(connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM touches WHERE deal_id = ?) + "
                       "(SELECT count(*) FROM follow_ups WHERE deal_id = ?)"),
        { dealId, dealId })
                               .toLongLong();
    if (history > 0)
        return Error { tr("“%1” has touches or follow-ups since it was created; undoing its creation would "
                          "throw them away.")
                           .arg(current->title) };
    const Failure failed = [&current](const QString &why) {
        return Error { tr("Could not take back the new deal “%1”: %2").arg(current->title, why) };
    };
    const auto removed = command(failed, [&]() -> Result<void> {
        if (auto done = dealWriter().remove(dealId); !done)
            return failed(done.error());
        // The account and contact typed into the form go too, unless something else uses them by now.
        PartyWriter parties = partyWriter();
        if (createdContactId) {
            if (auto done = parties.removeContactIfUnused(createdContactId); !done)
                return failed(done.error());
        }
        if (createdAccountId) {
            if (auto done = parties.removeAccountIfUnused(createdAccountId); !done)
                return failed(done.error());
        }
        return {};
    });
    if (!removed)
        return removed;
    emit dealMoved(dealId, current->stageId, 0);
    emit dealChanged(dealId);
    if (createdAccountId)
        emit accountChanged(createdAccountId);
    if (createdContactId)
        emit contactChanged(createdContactId, current->accountId);
    return {};
}

Result<void> Pipeline::recreateDeal(const Deal &deal, const std::optional<Account> &createdAccount,
    const std::optional<Contact> &createdContact)
{
    if (this->deal(deal.id))
        return Error { tr("The deal “%1” exists already.").arg(deal.title) };
    const auto target = stage(deal.stageId);
    if (!target || target->archived)
        return Error {
            tr("“%1” cannot come back: its stage has been removed in Settings > Pipeline.").arg(deal.title)
        };
    const Failure failed = [&deal](const QString &why) {
        return Error { tr("Could not bring back the deal “%1”: %2").arg(deal.title, why) };
    };
    const auto recreated = command(failed, [&]() -> Result<void> {
        PartyWriter parties = partyWriter();
        if (createdAccount && !account(createdAccount->id)) {
            if (auto done = parties.insertAccount(*createdAccount); !done)
                return failed(done.error());
        }
        if (createdContact && !contact(createdContact->id)) {
            if (auto done = parties.insertContact(*createdContact); !done)
                return failed(done.error());
        }
        if (auto done = dealWriter().insert(deal); !done)
            return failed(done.error());
        return {};
    });
    if (!recreated)
        return recreated;
    if (createdAccount)
        emit accountChanged(createdAccount->id);
    if (createdContact)
        emit contactChanged(createdContact->id, createdContact->accountId);
    emit dealChanged(deal.id);
    emit dealMoved(deal.id, 0, deal.stageId);
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Touches and follow-ups

Result<qint64> Pipeline::logTouch(const Touch &touch, qint64 completesFollowUpId)
{
    return logTouch(touch, TouchPlan { completesFollowUpId, {}, false });
}

Result<qint64> Pipeline::logTouch(const Touch &touch, const TouchPlan &plan, QList<qint64> *plannedIds)
{
    const auto target = deal(touch.dealId);
    if (!target)
        return Error { tr("A touch needs an existing deal.") };
    if (auto valid = validateTouch(touch); !valid)
        return Error { valid.error() };
    std::optional<FollowUp> completed;
    if (plan.completesFollowUpId) {
        completed = followUp(plan.completesFollowUpId);
        if (!completed || completed->dealId != touch.dealId)
            return Error { tr("The follow-up this touch completes belongs to another deal.") };
        if (completed->isDone())
            return Error { tr("That follow-up is already done.") };
    }
    for (const FollowUp &next : plan.followUps) {
        if (auto valid = validateFollowUp(next); !valid)
            return Error { valid.error() };
    }
    Touch row = touch;
    row.valueText = touch.valueText.trimmed();
    const Failure failed = [&target](const QString &why) {
        return Error { tr("Could not log the touch on “%1”: %2").arg(target->title, why) };
    };
    QList<qint64> planned;
    const auto logged = command(failed, [&]() -> Result<qint64> {
        FollowUpWriter writer = followUpWriter();
        const auto id = writer.insertTouch(row);
        if (!id)
            return failed(id.error());
        if (completed) {
            if (auto done = writer.complete(completed->id, *id, touch.occurredAt.date()); !done)
                return Error { tr("Could not complete the follow-up: %1").arg(done.error()) };
        }
        for (FollowUp next : plan.followUps) {
            next.id = 0;
            next.dealId = touch.dealId;
            next.seriesId = plan.series ? *id : 0;
            const auto scheduled = writer.insertFollowUp(next);
            if (!scheduled)
                return failed(scheduled.error());
            planned << *scheduled;
        }
        return id;
    });
    if (!logged)
        return logged;
    if (plannedIds)
        *plannedIds = planned;
    emit touchLogged(touch.dealId, *logged);
    if (completed)
        emit followUpChanged(touch.dealId, completed->id);
    for (qint64 id : std::as_const(planned))
        emit followUpChanged(touch.dealId, id);
    return logged;
}

Result<void> Pipeline::validateTouch(const Touch &touch) const
{
    if (touch.contactId && !contact(touch.contactId))
        return Error { tr("The contact of this touch no longer exists.") };
    if (!touch.occurredAt.isValid())
        return Error { tr("A touch needs the date and time it happened.") };
    if (touch.carriesValue() && touch.valueText.trimmed().isEmpty())
        return Error { tr(
            "Say what value this touch carried (the insight, paper, invite…), or mark it as a bare "
            "check-in.") };
    return {};
}

Result<void> Pipeline::updateTouch(const Touch &touch)
{
    const auto current = this->touch(touch.id);
    if (!current)
        return Error { tr("That touch no longer exists.") };
    if (auto valid = validateTouch(touch); !valid)
        return valid;
    Touch row = touch;
    row.dealId = current->dealId;
    row.valueText = touch.valueText.trimmed();
    const Failure failed = failedAs(tr("Could not change the touch"));
    if (auto changed = command(failed, [&] { return worded(followUpWriter().updateTouch(row), failed); });
        !changed)
        return changed;
    emit touchChanged(row.dealId, row.id);
    return {};
}

Result<void> Pipeline::removeTouch(qint64 touchId, const QList<qint64> &cancelFollowUpIds)
{
    const auto current = touch(touchId);
    if (!current)
        return Error { tr("That touch no longer exists.") };
    for (qint64 cancelFollowUpId : cancelFollowUpIds) {
        const auto planned = followUp(cancelFollowUpId);
        if (!planned || planned->dealId != current->dealId || planned->isDone())
            return Error { tr("The follow-up planned with this touch has changed since.") };
    }
    const qint64 completed = followUpCompletedBy(touchId);
    const Failure failed = failedAs(tr("Could not delete the touch"));
    const auto removed = command(failed, [&]() -> Result<void> {
        FollowUpWriter writer = followUpWriter();
        if (auto gone = writer.removeTouch(touchId); !gone)
            return failed(gone.error());
        for (qint64 cancelFollowUpId : cancelFollowUpIds) {
            if (auto cancelled = writer.remove(cancelFollowUpId); !cancelled)
                return failed(cancelled.error());
        }
        return {};
    });
    if (!removed)
        return removed;
    emit touchChanged(current->dealId, touchId);
    if (completed)
        emit followUpChanged(current->dealId, completed);
    for (qint64 cancelFollowUpId : cancelFollowUpIds)
        emit followUpChanged(current->dealId, cancelFollowUpId);
    return {};
}

Result<void> Pipeline::restoreTouch(
    const Touch &touch, qint64 completedFollowUpId, const QList<FollowUp> &planned)
{
    if (!touch.id)
        return Error { tr("Only a touch that was logged before can be written back.") };
    if (!deal(touch.dealId))
        return Error { tr("The deal of this touch no longer exists.") };
    if (auto valid = validateTouch(touch); !valid)
        return valid;
    std::optional<FollowUp> completed;
    if (completedFollowUpId) {
        completed = followUp(completedFollowUpId);
        if (!completed || completed->dealId != touch.dealId || completed->isDone())
            return Error { tr("The follow-up this touch completed has changed since.") };
    }
    const Failure failed = failedAs(tr("Could not write the touch back"));
    const auto restored = command(failed, [&]() -> Result<void> {
        FollowUpWriter writer = followUpWriter();
        if (auto id = writer.insertTouch(touch); !id)
            return failed(id.error());
        if (completed) {
            if (auto done = writer.complete(completed->id, touch.id, touch.occurredAt.date()); !done)
                return failed(done.error());
        }
        for (const FollowUp &step : planned) {
            if (auto back = writer.insertFollowUp(step); !back)
                return failed(back.error());
        }
        return {};
    });
    if (!restored)
        return restored;
    emit touchChanged(touch.dealId, touch.id);
    if (completed)
        emit followUpChanged(touch.dealId, completed->id);
    for (const FollowUp &step : planned)
        emit followUpChanged(touch.dealId, step.id);
    return {};
}

Result<void> Pipeline::validateFollowUp(const FollowUp &followUp) const
{
    if (!followUp.dueOn.isValid())
        return Error { tr("A follow-up needs a due date.") };
    if (followUp.contactId && !contact(followUp.contactId))
        return Error { tr("The contact of this follow-up no longer exists.") };
    return {};
}

Result<qint64> Pipeline::scheduleFollowUp(const FollowUp &followUp)
{
    const auto target = deal(followUp.dealId);
    if (!target)
        return Error { tr("A follow-up needs an existing deal.") };
    if (auto valid = validateFollowUp(followUp); !valid)
        return Error { valid.error() };
    const Failure failed = failedAs(tr("Could not plan the follow-up on “%1”").arg(target->title));
    const auto id
        = command(failed, [&] { return worded(followUpWriter().insertFollowUp(followUp), failed); });
    if (!id)
        return id;
    emit followUpChanged(followUp.dealId, *id);
    return id;
}

Result<QList<qint64>> Pipeline::scheduleFollowUps(const QList<FollowUp> &followUps)
{
    for (const FollowUp &followUp : followUps) {
        if (!deal(followUp.dealId))
            return Error { tr("A follow-up needs an existing deal.") };
        if (auto valid = validateFollowUp(followUp); !valid)
            return Error { valid.error() };
    }
    const Failure failed = failedAs(tr("Could not plan the follow-ups"));
    const auto ids = command(failed, [&]() -> Result<QList<qint64>> {
        FollowUpWriter writer = followUpWriter();
        QList<qint64> written;
        for (const FollowUp &followUp : followUps) {
            const auto id = writer.insertFollowUp(followUp);
            if (!id)
                return failed(id.error());
            written << *id;
        }
        return written;
    });
    if (!ids)
        return ids;
    for (int i = 0; i < followUps.size(); ++i)
        emit followUpChanged(followUps.at(i).dealId, ids->at(i));
    return ids;
}

Result<void> Pipeline::cancelFollowUps(const QList<qint64> &followUpIds)
{
    QList<FollowUp> current;
    for (qint64 id : followUpIds) {
        const auto followUp = this->followUp(id);
        if (!followUp || followUp->isDone())
            return Error { tr("A planned follow-up has been done or removed since.") };
        current << *followUp;
    }
    const Failure failed = failedAs(tr("Could not cancel the follow-ups"));
    const auto cancelled = command(failed, [&]() -> Result<void> {
        FollowUpWriter writer = followUpWriter();
        for (qint64 id : followUpIds) {
            if (auto gone = writer.remove(id); !gone)
                return failed(gone.error());
        }
        return {};
    });
    if (!cancelled)
        return cancelled;
    for (const FollowUp &followUp : current)
        emit followUpChanged(followUp.dealId, followUp.id);
    return {};
}

Result<void> Pipeline::rescheduleFollowUp(qint64 followUpId, const QDate &dueOn)
{
    const auto current = followUp(followUpId);
    if (!current)
        return Error { tr("That follow-up no longer exists.") };
    if (current->isDone())
        return Error { tr("That follow-up is already done and cannot be moved.") };
    if (!dueOn.isValid())
        return Error { tr("A follow-up needs a valid due date.") };
    const Failure failed = failedAs(tr("Could not move the follow-up"));
    if (auto moved
        = command(failed, [&] { return worded(followUpWriter().reschedule(followUpId, dueOn), failed); });
        !moved)
        return moved;
    emit followUpRescheduled(followUpId, current->dueOn);
    emit followUpChanged(current->dealId, followUpId);
    return {};
}

Result<QList<FollowUp>> Pipeline::openFollowUps(const QList<qint64> &followUpIds, qint64 dealId) const
{
    QList<FollowUp> current;
    for (qint64 id : followUpIds) {
        const auto followUp = this->followUp(id);
        if (!followUp)
            return Error { tr("That follow-up no longer exists.") };
        if (followUp->isDone())
            return Error { tr("A follow-up due on %1 has been done or skipped since.")
                               .arg(QLocale().toString(followUp->dueOn, QLocale::ShortFormat)) };
        if (dealId && followUp->dealId != dealId)
            return Error { tr("A follow-up due on %1 belongs to another deal.")
                               .arg(QLocale().toString(followUp->dueOn, QLocale::ShortFormat)) };
        current << *followUp;
    }
    return current;
}

Result<void> Pipeline::writeSkips(
    const QList<qint64> &skip, const QString &reason, const QList<qint64> &reopen)
{
    FollowUpWriter writer = followUpWriter();
    for (qint64 id : reopen) {
        if (auto back = writer.unskip(id); !back)
            return back;
    }
    for (qint64 id : skip) {
        if (auto skipped = writer.skip(id, reason, m_clock.today()); !skipped)
            return skipped;
    }
    return {};
}

QString Pipeline::skipReasonFor(DealStatus status)
{
    switch (status) {
    case DealStatus::Won:
        return tr("The deal was won.");
    case DealStatus::Lost:
        return tr("The deal was lost.");
    case DealStatus::Open:
        break;
    }
    return tr("Skipped.");
}

Result<void> Pipeline::rescheduleFollowUps(const QList<FollowUpMove> &moves)
{
    QList<qint64> ids;
    for (const FollowUpMove &move : moves) {
        if (!move.dueOn.isValid())
            return Error { tr("A follow-up needs a valid due date.") };
        ids << move.followUpId;
    }
    const auto current = openFollowUps(ids);
    if (!current)
        return Error { current.error() };
    const Failure failed = failedAs(tr("Could not move the follow-ups"));
    if (auto moved = command(failed,
            [&]() -> Result<void> {
                FollowUpWriter writer = followUpWriter();
                for (const FollowUpMove &move : moves) {
                    if (auto done = writer.reschedule(move.followUpId, move.dueOn); !done)
                        return failed(done.error());
                }
                return {};
            });
        !moved)
        return moved;
    for (const FollowUp &followUp : *current) {
        emit followUpRescheduled(followUp.id, followUp.dueOn);
        emit followUpChanged(followUp.dealId, followUp.id);
    }
    return {};
}

Result<void> Pipeline::skipFollowUps(const QList<qint64> &followUpIds, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error { tr("Say why the follow-up is skipped: the reason stays with it.") };
    const auto current = openFollowUps(followUpIds);
    if (!current)
        return Error { current.error() };
    const Failure failed = failedAs(tr("Could not skip the follow-ups"));
    if (auto skipped = command(failed, [&] { return worded(writeSkips(followUpIds, why, {}), failed); });
        !skipped)
        return skipped;
    for (const FollowUp &followUp : *current)
        emit followUpChanged(followUp.dealId, followUp.id);
    return {};
}

Result<void> Pipeline::reopenFollowUps(const QList<qint64> &followUpIds)
{
    QList<FollowUp> current;
    for (qint64 id : followUpIds) {
        const auto followUp = this->followUp(id);
        if (!followUp || !followUp->isSkipped())
            return Error { tr("A skipped follow-up has been removed or opened again since.") };
        current << *followUp;
    }
    const Failure failed = failedAs(tr("Could not open the follow-ups again"));
    if (auto reopened = command(failed, [&] { return worded(writeSkips({}, {}, followUpIds), failed); });
        !reopened)
        return reopened;
    for (const FollowUp &followUp : current)
        emit followUpChanged(followUp.dealId, followUp.id);
    return {};
}

Result<void> Pipeline::cancelFollowUp(qint64 followUpId)
{
    const auto current = followUp(followUpId);
    if (!current)
        return Error { tr("That follow-up no longer exists.") };
    if (current->isDone())
        return Error { tr("That follow-up is already done; its touch stays in the timeline.") };
    const Failure failed = failedAs(tr("Could not cancel the follow-up"));
    if (auto cancelled = command(failed, [&] { return worded(followUpWriter().remove(followUpId), failed); });
        !cancelled)
        return cancelled;
    emit followUpChanged(current->dealId, followUpId);
    return {};
}

Result<void> Pipeline::completeFollowUp(qint64 followUpId, qint64 touchId)
{
    const auto current = followUp(followUpId);
    if (!current)
        return Error { tr("That follow-up no longer exists.") };
    if (current->isDone())
        return Error { tr("That follow-up is already done.") };
    const auto done = touch(touchId);
    if (!done || done->dealId != current->dealId)
        return Error { tr("A follow-up is completed by a touch on the same deal.") };
    const Failure failed = failedAs(tr("Could not complete the follow-up"));
    if (auto completed = command(failed,
            [&] {
                return worded(
                    followUpWriter().complete(followUpId, touchId, done->occurredAt.date()), failed);
            });
        !completed)
        return completed;
    emit followUpChanged(current->dealId, followUpId);
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Settings > Pipeline

Result<ImportSummary> Pipeline::writeImport(
    const QString &file, bool dryRun, const std::function<Result<ImportSummary>(ImportWriter &)> &write)
{
    if (auto writable = m_database.mayWrite(); !writable)
        return Error { writable.error() };
    // A dry run writes nothing that stays: it needs no copy.
    if (!dryRun)
        backUpBeforeWrite(true);
    Transaction tx(m_database.connection());
    if (!tx.begin())
        return Error { tr("Nothing was imported: %1.").arg(tx.errorText()) };
    ImportWriter writer(m_database.connection(), m_clock);
    const auto summary = write(writer);
    if (!summary || dryRun) {
        tx.rollback();
        if (!summary)
            return summary;
        ImportSummary dry = *summary;
        dry.importId = 0;
        dry.dealIds.clear();
        dry.updatedIds.clear();
        dry.updatedTouches.clear();
        dry.updatedFollowUps.clear();
        dry.createdDealIds.clear();
        dry.touchRows.clear();
        dry.followUpRows.clear();
        return dry;
    }
    if (!tx.commit())
        return Error { tr("Could not import “%1”: %2. Nothing was imported.").arg(file, tx.errorText()) };
    return summary;
}

Result<ImportSummary> Pipeline::importDeals(const ImportPlan::Deals &plan, const QString &file, bool dryRun,
    bool update, const ImportProgress &progress)
{
    const auto summary = writeImport(
        file, dryRun, [&](ImportWriter &writer) { return writer.writeDeals(plan, file, update, progress); });
    if (!summary || dryRun)
        return summary;
    if (!summary->stages.isEmpty())
        emit stagesChanged();
    if (!summary->lostReasons.isEmpty())
        emit lostReasonsChanged();
    if (summary->updatedIds.size() + summary->dealIds.size() > kBulkRows) {
        emit bulkChanged();
        return summary;
    }
    for (qint64 dealId : std::as_const(summary->updatedIds))
        emit dealChanged(dealId);
    for (qint64 dealId : std::as_const(summary->dealIds)) {
        emit dealChanged(dealId);
        const auto written = deal(dealId);
        emit dealMoved(dealId, 0, written ? written->stageId : 0);
    }
    return summary;
}

Result<ImportSummary> Pipeline::importActivities(const ImportPlan::Activities &plan, const QString &file,
    bool dryRun, bool update, const ImportProgress &progress)
{
    const auto summary = writeImport(file, dryRun,
        [&](ImportWriter &writer) { return writer.writeActivities(plan, file, update, progress); });
    if (!summary || dryRun)
        return summary;
    if (summary->createdDealIds.size() + summary->touchRows.size() + summary->followUpRows.size()
            + summary->updatedTouches.size() + summary->updatedFollowUps.size()
        > kBulkRows) {
        emit bulkChanged();
        return summary;
    }
    for (qint64 dealId : std::as_const(summary->createdDealIds)) {
        emit dealChanged(dealId);
        const auto written = deal(dealId);
        emit dealMoved(dealId, 0, written ? written->stageId : 0);
    }
    // Each touch and follow-up as if logged or planned by hand: cards, timelines and the agenda follow.
    for (const auto &[dealId, touchId] : std::as_const(summary->touchRows))
        emit touchLogged(dealId, touchId);
    for (const auto &[dealId, followUpId] : std::as_const(summary->followUpRows))
        emit followUpChanged(dealId, followUpId);
    for (const auto &[dealId, touchId] : std::as_const(summary->updatedTouches))
        emit touchChanged(dealId, touchId);
    for (const auto &[dealId, followUpId] : std::as_const(summary->updatedFollowUps))
        emit followUpChanged(dealId, followUpId);
    return summary;
}

Result<ImportUndo> Pipeline::undoImport(qint64 importId, bool dryRun)
{
    if (auto writable = m_database.mayWrite(); !writable)
        return Error { writable.error() };
    if (!dryRun)
        backUpBeforeWrite(false);
    Transaction tx(m_database.connection());
    if (!tx.begin())
        return Error { tr("Nothing was changed: %1.").arg(tx.errorText()) };
    const auto undone = ImportWriter(m_database.connection(), m_clock).undo(importId);
    if (!undone || dryRun) {
        tx.rollback();
        return undone;
    }
    if (!tx.commit())
        return Error { tr("Could not take the import back: %1. Nothing was changed.").arg(tx.errorText()) };
    if (undone->removedTouches.size() + undone->removedFollowUps.size() + undone->removedDeals.size()
            + undone->restoredDeals.size() + undone->restoredTouches.size() + undone->restoredFollowUps.size()
        > kBulkRows) {
        if (undone->stages > 0)
            emit stagesChanged();
        if (undone->lostReasons > 0)
            emit lostReasonsChanged();
        emit bulkChanged();
        return undone;
    }
    // Each change as if made by hand, so every view follows it.
    for (const auto &[dealId, touchId] : std::as_const(undone->removedTouches))
        emit touchChanged(dealId, touchId);
    for (const auto &[dealId, followUpId] : std::as_const(undone->removedFollowUps))
        emit followUpChanged(dealId, followUpId);
    for (const auto &[dealId, stageId] : std::as_const(undone->removedDeals)) {
        emit dealMoved(dealId, stageId, 0);
        emit dealChanged(dealId);
    }
    for (qint64 dealId : std::as_const(undone->restoredDeals))
        emit dealChanged(dealId);
    for (const auto &[dealId, touchId] : std::as_const(undone->restoredTouches))
        emit touchChanged(dealId, touchId);
    for (const auto &[dealId, followUpId] : std::as_const(undone->restoredFollowUps))
        emit followUpChanged(dealId, followUpId);
    for (qint64 accountId : std::as_const(undone->accountIds))
        emit accountChanged(accountId);
    if (undone->stages > 0)
        emit stagesChanged();
    if (undone->lostReasons > 0)
        emit lostReasonsChanged();
    return undone;
}

QList<ImportRecord> Pipeline::imports() const
{
    const auto records = ImportWriter::imports(m_database.connection());
    if (!records)
        qWarning("Ripen: reading the imports failed: %s", qPrintable(records.error()));
    return records ? *records : QList<ImportRecord>();
}

Result<qint64> Pipeline::addStage(const QString &name, int rotDays)
{
    if (name.trimmed().isEmpty())
        return Error { tr("A stage needs a name.") };
    if (rotDays < 0)
        return Error { tr("The rot days of “%1” cannot be negative.").arg(name) };
    QList<qint64> openIds = openStageIds();
    const Failure failed = [&name](const QString &why) {
        return Error { tr("Could not add the stage “%1”: %2").arg(name, why) };
    };
    const auto added = command(failed, [&]() -> Result<qint64> {
        SettingsWriter writer = settingsWriter();
        const auto id = writer.insertStage(name.trimmed(), rotDays);
        if (!id)
            return failed(id.error());
        if (!writer.renumberStages(openIds << *id))
            return Error { tr("Could not add the stage “%1”.").arg(name) };
        return id;
    });
    if (!added)
        return added;
    emit stagesChanged();
    return added;
}

Result<void> Pipeline::updateStage(const Stage &stage)
{
    if (stage.name.trimmed().isEmpty())
        return Error { tr("A stage needs a name.") };
    if (stage.rotDays < 0)
        return Error { tr("The rot days of “%1” cannot be negative.").arg(stage.name) };
    if (!this->stage(stage.id))
        return Error { tr("The stage “%1” no longer exists.").arg(stage.name) };
    Stage row = stage;
    row.name = stage.name.trimmed();
    const Failure failed = failedAs(tr("Could not save the stage “%1”").arg(stage.name));
    if (auto written = command(failed, [&] { return worded(settingsWriter().updateStage(row), failed); });
        !written)
        return written;
    emit stagesChanged();
    return {};
}

Result<void> Pipeline::reorderStages(const QList<qint64> &openStageIds)
{
    QList<qint64> sortedNew = openStageIds, sortedCurrent = this->openStageIds();
    std::sort(sortedNew.begin(), sortedNew.end());
    std::sort(sortedCurrent.begin(), sortedCurrent.end());
    if (sortedNew != sortedCurrent)
        return Error { tr("The new order must name every open stage exactly once.") };
    const Failure failed
        = [](const QString &why) { return Error { tr("Could not reorder the stages: %1").arg(why) }; };
    const auto reordered = command(failed, [&]() -> Result<void> {
        if (!settingsWriter().renumberStages(openStageIds))
            return Error { tr("Could not reorder the stages.") };
        return {};
    });
    if (!reordered)
        return reordered;
    emit stagesChanged();
    return {};
}

Result<void> Pipeline::removeStage(qint64 stageId, qint64 moveDealsTo)
{
    const auto removed = stage(stageId);
    if (!removed)
        return Error { tr("That stage no longer exists.") };
    if (removed->kind != StageKind::Open)
        return Error { tr("“%1” is where won or lost deals go; it cannot be removed.").arg(removed->name) };
    int openStages = 0;
    for (const Stage &s : stages())
        openStages += s.kind == StageKind::Open ? 1 : 0;
    if (openStages <= 1)
        return Error { tr("“%1” is the last open stage; a pipeline needs at least one.").arg(removed->name) };
    const qint64 holding = dealCountInStage(stageId);
    std::optional<Stage> target;
    if (holding > 0) {
        target = stage(moveDealsTo);
        if (!target || target->kind != StageKind::Open || target->archived || target->id == stageId)
            return Error { tr("“%1” still holds deals (%2): choose another open stage to move them to.")
                               .arg(removed->name)
                               .arg(holding) };
    }
    const Failure failed = [&removed](const QString &why) {
        return Error { tr("Could not remove the stage “%1”: %2").arg(removed->name, why) };
    };
    const auto archived = command(failed, [&]() -> Result<void> {
        if (target) {
            // The moved deals go below the target's own, in the order they had.
            if (auto moved = dealWriter().moveAll(stageId, target->id); !moved)
                return Error {
                    tr("Could not move the deals out of “%1”: %2").arg(removed->name, moved.error())
                };
        }
        return worded(settingsWriter().setStageArchived(stageId, true), failed);
    });
    if (!archived)
        return archived;
    emit stagesChanged();
    return {};
}

Result<void> Pipeline::restoreStage(
    qint64 stageId, const QList<qint64> &openStageIds, const QList<Deal> &dealsBack)
{
    const auto restored = stage(stageId);
    if (!restored)
        return Error { tr("That stage no longer exists.") };
    QList<qint64> sortedNew = openStageIds, sortedExpected = this->openStageIds();
    if (restored->archived)
        sortedExpected << stageId;
    std::sort(sortedNew.begin(), sortedNew.end());
    std::sort(sortedExpected.begin(), sortedExpected.end());
    if (sortedNew != sortedExpected)
        return Error { tr("The stages have changed since “%1” was removed.").arg(restored->name) };
    const Failure failed = [&restored](const QString &why) {
        return Error { tr("Could not restore the stage “%1”: %2").arg(restored->name, why) };
    };
    QList<std::pair<qint64, qint64>> moved; // deal, from stage
    const auto back = command(failed, [&]() -> Result<void> {
        SettingsWriter settings = settingsWriter();
        if (auto done = settings.setStageArchived(stageId, false); !done)
            return failed(done.error());
        if (!settings.renumberStages(openStageIds))
            return Error { tr("Could not restore the stage “%1”.").arg(restored->name) };
        DealWriter deals = dealWriter();
        for (const Deal &snapshot : dealsBack) {
            const auto current = deal(snapshot.id);
            if (!current)
                continue; // gone since: nothing to bring back
            if (auto written = deals.restore(snapshot, current->stageId); !written)
                return Error { tr("Could not move “%1” back to “%2”: %3")
                                   .arg(snapshot.title, restored->name, written.error()) };
            moved.append({ snapshot.id, current->stageId });
        }
        return {};
    });
    if (!back)
        return back;
    emit stagesChanged();
    for (const auto &[dealId, from] : std::as_const(moved))
        emit dealMoved(dealId, from, stageId);
    return {};
}

Result<void> Pipeline::validateLostReason(const LostReason &reason) const
{
    if (reason.label.trimmed().isEmpty())
        return Error { tr("A lost reason needs a label.") };
    if (reason.reengageDays < 0 || reason.reengageDays > 3650)
        return Error { tr("The re-engage delay of “%1” must be between 0 and 3650 days.").arg(reason.label) };
    return {};
}

Result<qint64> Pipeline::addLostReason(const LostReason &reason)
{
    if (auto valid = validateLostReason(reason); !valid)
        return Error { valid.error() };
    LostReason row = reason;
    row.label = reason.label.trimmed();
    const Failure failed = failedAs(tr("Could not add the lost reason “%1”").arg(reason.label));
    const auto id = command(failed, [&] { return worded(settingsWriter().insertLostReason(row), failed); });
    if (!id)
        return id;
    emit lostReasonsChanged();
    return id;
}

Result<void> Pipeline::updateLostReason(const LostReason &reason)
{
    if (auto valid = validateLostReason(reason); !valid)
        return valid;
    if (!lostReason(reason.id))
        return Error { tr("The lost reason “%1” no longer exists.").arg(reason.label) };
    LostReason row = reason;
    row.label = reason.label.trimmed();
    const Failure failed = failedAs(tr("Could not save the lost reason “%1”").arg(reason.label));
    if (auto written
        = command(failed, [&] { return worded(settingsWriter().updateLostReason(row), failed); });
        !written)
        return written;
    emit lostReasonsChanged();
    return {};
}

Result<void> Pipeline::removeLostReason(qint64 reasonId)
{
    const auto reason = lostReason(reasonId);
    if (!reason)
        return Error { tr("That lost reason no longer exists.") };
    if (lostReasons().size() <= 1)
        return Error {
            tr("“%1” is the last lost reason; every “no” needs one to choose from.").arg(reason->label)
        };
    const Failure failed = failedAs(tr("Could not remove the lost reason “%1”").arg(reason->label));
    if (auto removed = command(
            failed, [&] { return worded(settingsWriter().setLostReasonArchived(reasonId, true), failed); });
        !removed)
        return removed;
    emit lostReasonsChanged();
    return {};
}

Result<void> Pipeline::restoreLostReason(qint64 reasonId)
{
    const auto reason = lostReason(reasonId);
    if (!reason)
        return Error { tr("That lost reason no longer exists.") };
    const Failure failed = failedAs(tr("Could not restore the lost reason “%1”").arg(reason->label));
    if (auto restored = command(
            failed, [&] { return worded(settingsWriter().setLostReasonArchived(reasonId, false), failed); });
        !restored)
        return restored;
    emit lostReasonsChanged();
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Reads

qint64 Pipeline::dealCountInStage(qint64 stageId) const
{
    return scalar(connection(), QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"), { stageId })
        .toLongLong();
}

QList<Deal> Pipeline::dealsInStage(qint64 stageId) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM deals WHERE stage_id = ? ORDER BY position, id").arg(kDealColumns),
        { stageId }, dealFromQuery);
}

std::optional<Account> Pipeline::account(qint64 id) const
{
    return fetchOne(connection(), QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kAccountColumns),
        { id }, accountFromQuery);
}

std::optional<Contact> Pipeline::contact(qint64 id) const
{
    return fetchOne(connection(), QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(kContactColumns),
        { id }, contactFromQuery);
}

QList<Contact> Pipeline::contactsOf(qint64 accountId) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM contacts WHERE account_id = ? ORDER BY name").arg(kContactColumns),
        { accountId }, contactFromQuery);
}

std::optional<Deal> Pipeline::deal(qint64 id) const
{
    return fetchOne(connection(), QStringLiteral("SELECT %1 FROM deals WHERE id = ?").arg(kDealColumns),
        { id }, dealFromQuery);
}

std::optional<Touch> Pipeline::touch(qint64 id) const
{
    return fetchOne(connection(), QStringLiteral("SELECT %1 FROM touches WHERE id = ?").arg(kTouchColumns),
        { id }, touchFromQuery);
}

std::optional<FollowUp> Pipeline::followUp(qint64 id) const
{
    return fetchOne(connection(),
        QStringLiteral("SELECT %1 FROM follow_ups WHERE id = ?").arg(kFollowUpColumns), { id },
        followUpFromQuery);
}

int Pipeline::minContactGapDays() const
{
    const QVariant stored = scalar(
        connection(), QStringLiteral("SELECT value FROM preferences WHERE key = 'min_contact_gap_days'"));
    bool ok = false;
    const int days = stored.toString().toInt(&ok);
    return ok && days >= 0 && days <= kMaxContactGapDays ? days : Rules::kMinContactGapDays;
}

Result<void> Pipeline::setMinContactGapDays(int days)
{
    if (days < 0 || days > kMaxContactGapDays)
        return Error { tr("The days between touches to one contact must be between 0 and %1, not %2.")
                           .arg(kMaxContactGapDays)
                           .arg(days) };
    const Failure failed = failedAs(tr("Could not save the days between touches"));
    const auto saved = command(failed, [&] {
        return worded(
            settingsWriter().setPreference(QStringLiteral("min_contact_gap_days"), QString::number(days)),
            failed);
    });
    if (!saved)
        return saved;
    emit preferencesChanged();
    return {};
}

QList<Touch> Pipeline::touchesOfDeal(qint64 dealId) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM touches WHERE deal_id = ? ORDER BY occurred_at, id")
            .arg(kTouchColumns),
        { dealId }, touchFromQuery);
}

QList<Touch> Pipeline::touchesOfAccount(qint64 accountId) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM touches WHERE deal_id IN (SELECT id FROM deals WHERE account_id = ?) "
                       "ORDER BY occurred_at, id")
            .arg(kTouchColumns),
        { accountId }, touchFromQuery);
}

std::optional<FollowUp> Pipeline::nextFollowUp(qint64 dealId) const
{
    return fetchOne(connection(),
        QStringLiteral(
            "SELECT %1 FROM follow_ups WHERE deal_id = ? AND done_on IS NULL ORDER BY due_on, id LIMIT 1")
            .arg(kFollowUpColumns),
        { dealId }, followUpFromQuery);
}

QList<FollowUp> Pipeline::followUpsWhere(const QString &where, const QVariant &value) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM follow_ups WHERE %2 AND done_on IS NULL ORDER BY due_on, id")
            .arg(kFollowUpColumns, where),
        { value }, followUpFromQuery);
}

QList<FollowUp> Pipeline::openFollowUpsOfDeal(qint64 dealId) const
{
    return followUpsWhere(QStringLiteral("deal_id = ?"), dealId);
}

QList<FollowUp> Pipeline::openFollowUpsOfAccount(qint64 accountId) const
{
    return followUpsWhere(
        QStringLiteral("deal_id IN (SELECT id FROM deals WHERE account_id = ?)"), accountId);
}

QList<Rules::PlannedTouch> Pipeline::plannedTouchesBetween(
    const QDate &from, const QDate &to, const QList<qint64> &contactIds) const
{
    // From each contact, on the contact's indexes: its own follow-ups, and those without a contact on
    // the deals it is the contact of. A window of days read first would hold thousands around today.
    QList<Rules::PlannedTouch> planned;
    const QString first = isoDate(from), last = isoDate(to);
    for (qint64 contactId : contactIds) {
        planned << fetchAll(connection(),
            QStringLiteral(
                "SELECT id, due_on FROM follow_ups WHERE contact_id = ? AND done_on IS NULL "
                "AND due_on >= ? AND due_on <= ? "
                "UNION ALL SELECT f.id, f.due_on FROM deals d JOIN follow_ups f ON f.deal_id = d.id "
                "WHERE d.contact_id = ? AND f.contact_id IS NULL AND f.done_on IS NULL "
                "AND f.due_on >= ? AND f.due_on <= ?"),
            { contactId, first, last, contactId, first, last }, [contactId](const QSqlQuery &q) {
                return Rules::PlannedTouch { q.value(0).toLongLong(), contactId,
                    dateFromIso(q.value(1).toString()) };
            });
    }
    return planned;
}

QList<Touch> Pipeline::touchesOfContactBetween(qint64 contactId, const QDate &from, const QDate &to) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM touches WHERE contact_id = ? AND occurred_at >= ? AND occurred_at < ? "
                       "ORDER BY occurred_at, id")
            .arg(kTouchColumns),
        { contactId, isoDate(from), isoDate(to.addDays(1)) }, touchFromQuery);
}

QList<std::pair<FollowUp, QString>> Pipeline::openFollowUpsDueOn(const QDate &day) const
{
    const int titleColumn = int(kFollowUpColumns.count(QLatin1Char(','))) + 1;
    return fetchAll(connection(),
        QStringLiteral("SELECT %1, (SELECT title FROM deals WHERE deals.id = follow_ups.deal_id) "
                       "FROM follow_ups WHERE due_on = ? AND done_on IS NULL ORDER BY due_on, id")
            .arg(kFollowUpColumns),
        { isoDate(day) }, [titleColumn](const QSqlQuery &q) {
            return std::pair { followUpFromQuery(q), q.value(titleColumn).toString() };
        });
}

qint64 Pipeline::openFollowUpsDueBy(const QDate &day) const
{
    return scalar(connection(),
        QStringLiteral("SELECT coalesce(sum(open_count), 0) FROM open_follow_ups_by_day WHERE due_on <= ?"),
        { isoDate(day) })
        .toLongLong();
}

QList<FollowUp> Pipeline::openSeriesSteps(qint64 seriesId) const
{
    return followUpsWhere(QStringLiteral("series_id = ?"), seriesId);
}

QList<ContactTouches> Pipeline::touchesByContact(qint64 accountId) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT contact_id, count(*), max(occurred_at) FROM touches "
                       "WHERE deal_id IN (SELECT id FROM deals WHERE account_id = ?) GROUP BY contact_id"),
        { accountId }, [](const QSqlQuery &q) {
            return ContactTouches { q.value(0).toLongLong(), q.value(1).toInt(),
                dateTimeFromIso(q.value(2).toString()) };
        });
}

qint64 Pipeline::followUpCompletedBy(qint64 touchId) const
{
    return scalar(
        connection(), QStringLiteral("SELECT id FROM follow_ups WHERE done_touch_id = ?"), { touchId })
        .toLongLong();
}

QList<Deal> Pipeline::dealsOfAccount(qint64 accountId) const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM deals WHERE account_id = ? "
                       "ORDER BY status <> 'open', created_at DESC, id DESC")
            .arg(kDealColumns),
        { accountId }, dealFromQuery);
}

QList<Stage> Pipeline::allStages() const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM stages ORDER BY archived, position, id").arg(kStageColumns), {},
        stageFromQuery);
}

QList<Stage> Pipeline::stages() const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM stages WHERE archived = 0 ORDER BY position, id").arg(kStageColumns),
        {}, stageFromQuery);
}

QList<qint64> Pipeline::openStageIds() const
{
    QList<qint64> ids;
    for (const Stage &s : stages()) {
        if (s.kind == StageKind::Open)
            ids << s.id;
    }
    return ids;
}

std::optional<Stage> Pipeline::stage(qint64 id) const
{
    return fetchOne(connection(), QStringLiteral("SELECT %1 FROM stages WHERE id = ?").arg(kStageColumns),
        { id }, stageFromQuery);
}

std::optional<Stage> Pipeline::firstStageOfKind(StageKind kind) const
{
    return fetchOne(connection(),
        QStringLiteral("SELECT %1 FROM stages WHERE kind = ? AND archived = 0 ORDER BY position, id LIMIT 1")
            .arg(kStageColumns),
        { enumKey(kind) }, stageFromQuery);
}

QList<LostReason> Pipeline::lostReasons() const
{
    return fetchAll(connection(),
        QStringLiteral("SELECT %1 FROM lost_reasons WHERE archived = 0 ORDER BY position, id")
            .arg(kReasonColumns),
        {}, reasonFromQuery);
}

std::optional<LostReason> Pipeline::lostReason(qint64 id) const
{
    return fetchOne(connection(),
        QStringLiteral("SELECT %1 FROM lost_reasons WHERE id = ?").arg(kReasonColumns), { id },
        reasonFromQuery);
}

qint64 Pipeline::dealAfter(qint64 dealId) const
{
    const auto current = deal(dealId);
    if (!current)
        return 0;
    return scalar(connection(),
        QStringLiteral(
            "SELECT id FROM deals WHERE stage_id = ? AND (position > ? OR (position = ? AND id > ?)) "
            "ORDER BY position, id LIMIT 1"),
        { current->stageId, current->position, current->position, dealId })
        .toLongLong();
}

} // namespace Ripen
