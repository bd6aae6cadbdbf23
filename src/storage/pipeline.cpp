#include "pipeline.h"

#include "database.h"
#include "rowmappers.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>
#include <algorithm>

namespace Ripen {

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

template<typename Body> auto Pipeline::command(const Failure &failed, Body body) -> decltype(body())
{
    Transaction tx(connection());
    if (!tx.begin())
        return Error { tr("The database is busy: %1").arg(tx.errorText()) };
    auto result = body();
    if (result && !tx.commit())
        return failed(tx.errorText());
    return result; // a failure rolls back as tx goes out of scope
}

Pipeline::Failure Pipeline::failedAs(const QString &what)
{
    return [what](const QString &why) { return Error { tr("%1: %2", "what failed: why").arg(what, why) }; };
}

Result<qint64> Pipeline::runCommand(QSqlQuery &query, const QString &what)
{
    const Failure failed = failedAs(what);
    return command(failed, [&]() -> Result<qint64> {
        const auto id = executeInsert(query);
        if (!id)
            return failed(id.error());
        return id;
    });
}

// ---------------------------------------------------------------------------------------------------
// Accounts and contacts

Result<qint64> Pipeline::createAccount(const Account &account)
{
    if (account.name.trimmed().isEmpty())
        return Error { tr("An account needs a name.") };
    if (account.parentId && !this->account(account.parentId))
        return Error { tr("The parent account of “%1” no longer exists.").arg(account.name) };
    QSqlQuery q = prepared(connection(),
        QStringLiteral("INSERT INTO accounts (name, industry, website, city, parent_id, notes, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { account.name.trimmed(), account.industry, account.website, account.city, idOrNull(account.parentId),
            account.notes, isoDateTime(account.createdAt.isValid() ? account.createdAt : m_clock.now()) });
    const auto written = runCommand(q, tr("Could not save the account “%1”").arg(account.name));
    if (!written)
        return Error { written.error() };
    const qint64 id = *written;
    emit accountChanged(id);
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
    QSqlQuery q = prepared(connection(),
        QStringLiteral("UPDATE accounts SET name = ?, industry = ?, website = ?, city = ?, "
                       "parent_id = ?, notes = ? WHERE id = ?"),
        { account.name.trimmed(), account.industry, account.website, account.city, idOrNull(account.parentId),
            account.notes, account.id });
    const auto written = runCommand(q, tr("Could not save the account “%1”").arg(account.name));
    if (!written)
        return Error { written.error() };
    emit accountChanged(account.id);
    return {};
}

Result<qint64> Pipeline::createContact(const Contact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return Error { tr("A contact needs a name.") };
    if (!account(contact.accountId))
        return Error { tr("The contact “%1” needs an existing account.").arg(contact.name) };
    QSqlQuery q = prepared(connection(),
        QStringLiteral("INSERT INTO contacts (account_id, name, job_title, role, email, phone, "
                       "notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { contact.accountId, contact.name.trimmed(), contact.jobTitle, enumKey(contact.role), contact.email,
            contact.phone, contact.notes,
            isoDateTime(contact.createdAt.isValid() ? contact.createdAt : m_clock.now()) });
    const auto written = runCommand(q, tr("Could not save the contact “%1”").arg(contact.name));
    if (!written)
        return Error { written.error() };
    const qint64 id = *written;
    emit contactChanged(id, contact.accountId);
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
    QSqlQuery q = prepared(connection(),
        QStringLiteral("UPDATE contacts SET account_id = ?, name = ?, job_title = ?, role = ?, "
                       "email = ?, phone = ?, notes = ? WHERE id = ?"),
        { contact.accountId, contact.name.trimmed(), contact.jobTitle, enumKey(contact.role), contact.email,
            contact.phone, contact.notes, contact.id });
    const auto written = runCommand(q, tr("Could not save the contact “%1”").arg(contact.name));
    if (!written)
        return Error { written.error() };
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
    const QString now = isoDateTime(m_clock.now());
    if (!parties.accountName.trimmed().isEmpty()) {
        QSqlQuery q
            = prepared(connection(), QStringLiteral("INSERT INTO accounts (name, created_at) VALUES (?, ?)"),
                { parties.accountName.trimmed(), now });
        if (!q.exec())
            return Error {
                tr("Could not create the account “%1”: %2").arg(parties.accountName, sqlErrorText(q))
            };
        accountId = q.lastInsertId().toLongLong();
    }
    if (!parties.contactName.trimmed().isEmpty()) {
        QSqlQuery q = prepared(connection(),
            QStringLiteral("INSERT INTO contacts (account_id, name, role, created_at) VALUES (?, ?, ?, ?)"),
            { accountId, parties.contactName.trimmed(), enumKey(parties.contactRole), now });
        if (!q.exec())
            return Error {
                tr("Could not create the contact “%1”: %2").arg(parties.contactName, sqlErrorText(q))
            };
        contactId = q.lastInsertId().toLongLong();
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
    std::pair<qint64, qint64> ids; // the deal's account and contact
    const auto created = command(failed, [&]() -> Result<qint64> {
        const auto inserted = insertParties(deal, parties);
        if (!inserted)
            return Error { inserted.error() };
        ids = *inserted;
        // A new deal goes to the top of its column, where the user sees it arrive.
        const qint64 first = scalar(connection(),
            QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY position, id LIMIT 1"),
            { deal.stageId })
                                 .toLongLong();
        const auto position = placeInStage(0, deal.stageId, first);
        if (!position)
            return Error { position.error() };
        const QString now = isoDateTime(deal.createdAt.isValid() ? deal.createdAt : m_clock.now());
        QSqlQuery q = prepared(connection(),
            QStringLiteral("INSERT INTO deals (title, account_id, contact_id, value_minor, currency, "
                           "stage_id, position, owner, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { deal.title.trimmed(), ids.first, idOrNull(ids.second), deal.value.minor, deal.value.currency,
                deal.stageId, *position, deal.owner.trimmed(), now });
        const auto id = executeInsert(q);
        if (!id)
            return failed(id.error());
        QSqlQuery h = prepared(connection(),
            QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, changed_at) "
                           "VALUES (?, NULL, ?, ?)"),
            { *id, deal.stageId, now });
        if (auto history = execute(h); !history)
            return failed(history.error());
        return id;
    });
    if (!created)
        return created;
    const qint64 id = *created;
    if (ids.first != deal.accountId)
        emit accountChanged(ids.first);
    if (ids.second != deal.contactId)
        emit contactChanged(ids.second, ids.first);
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
    std::pair<qint64, qint64> ids; // the deal's account and contact
    const auto updated = command(failed, [&]() -> Result<void> {
        const auto inserted = insertParties(deal, parties);
        if (!inserted)
            return Error { inserted.error() };
        ids = *inserted;
        QSqlQuery q = prepared(connection(),
            QStringLiteral("UPDATE deals SET title = ?, account_id = ?, contact_id = ?, value_minor = ?, "
                           "currency = ?, owner = ? WHERE id = ?"),
            { deal.title.trimmed(), ids.first, idOrNull(ids.second), deal.value.minor, deal.value.currency,
                deal.owner.trimmed(), deal.id });
        if (auto written = execute(q); !written)
            return failed(written.error());
        return {};
    });
    if (!updated)
        return updated;
    if (ids.first != deal.accountId)
        emit accountChanged(ids.first);
    if (ids.second != deal.contactId)
        emit contactChanged(ids.second, ids.first);
    emit dealChanged(deal.id);
    return {};
}

Result<qint64> Pipeline::placeInStage(qint64 dealId, qint64 stageId, qint64 beforeDealId)
{
    const QSqlDatabase db = connection();
    if (!beforeDealId) {
        const QVariant last
            = scalar(db, QStringLiteral("SELECT max(position) FROM deals WHERE stage_id = ? AND id <> ?"),
                { stageId, dealId });
        return last.isNull() ? qint64(0) : last.toLongLong() + kPositionGap;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery before = prepared(
            db, QStringLiteral("SELECT position, stage_id FROM deals WHERE id = ?"), { beforeDealId });
        if (!before.exec() || !before.next() || before.value(1).toLongLong() != stageId)
            return Error { tr("The deal to insert before is no longer in that stage.") };
        const qint64 next = before.value(0).toLongLong();
        const QVariant prev = scalar(db,
            QStringLiteral("SELECT max(position) FROM deals WHERE stage_id = ? AND "
                           "position < ? AND id <> ?"),
            { stageId, next, dealId });
        if (prev.isNull())
            return next - kPositionGap;
        if (next - prev.toLongLong() >= 2)
            return prev.toLongLong() + (next - prev.toLongLong()) / 2;
        // No room left between the neighbours: spread the column out again, keeping its order.
        QSqlQuery renumber = prepared(db,
            QStringLiteral("UPDATE deals SET position = r.rank * ? FROM (SELECT id, "
                           "row_number() OVER (ORDER BY position, id) AS rank FROM deals "
                           "WHERE stage_id = ?) AS r WHERE deals.id = r.id"),
            { kPositionGap, stageId });
        if (!renumber.exec())
            return Error { tr("Could not reorder the stage: %1").arg(sqlErrorText(renumber)) };
    }
    return Error { tr("Could not find a place for the deal in its stage.") };
}

Result<void> Pipeline::writeStageChange(qint64 dealId, qint64 fromStageId, qint64 toStageId)
{
    if (fromStageId == toStageId)
        return {};
    QSqlQuery h = prepared(connection(),
        QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, changed_at) "
                       "VALUES (?, ?, ?, ?)"),
        { dealId, idOrNull(fromStageId), toStageId, isoDateTime(m_clock.now()) });
    if (!h.exec())
        return Error { tr("Could not record the stage change: %1").arg(sqlErrorText(h)) };
    return {};
}

Result<void> Pipeline::relocate(const Deal &current, qint64 toStageId, qint64 beforeDealId,
    const QString &what, const QString &alsoSet, const QVariantList &alsoValues,
    const std::function<Result<void>()> &alsoDo)
{
    const Failure failed = failedAs(what);
    return command(failed, [&]() -> Result<void> {
        const auto position = placeInStage(current.id, toStageId, beforeDealId);
        if (!position)
            return failed(position.error());
        // alsoSet is one of the fixed column lists of the commands above, never user text.
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("UPDATE deals SET %1stage_id = ?, position = ? WHERE id = ?")
                      .arg(alsoSet.isEmpty() ? QString() : alsoSet + QStringLiteral(", ")));
        for (const QVariant &value : alsoValues + QVariantList { toStageId, *position, current.id })
            addBindValue(q, value);
        if (!q.exec())
            return failed(sqlErrorText(q));
        if (auto history = writeStageChange(current.id, current.stageId, toStageId); !history)
            return failed(history.error());
        if (alsoDo) {
            if (auto done = alsoDo(); !done)
                return failed(done.error());
        }
        return {};
    });
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
    if (auto moved
        = relocate(*current, toStageId, beforeDealId, tr("Could not move “%1”").arg(current->title));
        !moved)
        return moved;
    emit dealMoved(dealId, current->stageId, toStageId);
    return {};
}

Result<void> Pipeline::markWon(qint64 dealId, const Money &value, const QDate &wonOn)
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
    if (auto marked = relocate(*current, won->id, 0, tr("Could not mark “%1” as won").arg(current->title),
            QStringLiteral("status = 'won', won_on = ?, value_minor = ?, currency = ?"),
            { isoDate(wonOn), value.minor, value.currency });
        !marked)
        return marked;
    emit dealMoved(dealId, current->stageId, won->id);
    emit dealStatusChanged(dealId, DealStatus::Won);
    return {};
}

Result<qint64> Pipeline::markLost(
    qint64 dealId, const LostInfo &lost, const std::optional<FollowUp> &firstTouch)
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
    qint64 followUpId = 0;
    const auto planFirstTouch = [&]() -> Result<void> {
        if (!firstTouch)
            return {};
        FollowUp planned = *firstTouch;
        planned.dealId = dealId;
        QSqlQuery f = followUpInsert(planned);
        if (!f.exec())
            return Error { tr("Could not plan the first value touch: %1").arg(sqlErrorText(f)) };
        followUpId = f.lastInsertId().toLongLong();
        return {};
    };
    if (auto marked
        = relocate(*current, lostStage->id, 0, tr("Could not mark “%1” as lost").arg(current->title),
            QStringLiteral("status = 'lost', lost_on = ?, lost_reason_id = ?, failed_commitment = ?, "
                           "competitor = ?, lost_note = ?, reengage_on = ?"),
            { isoDate(lost.lostOn), lost.reasonId, enumKey(lost.failedCommitment), lost.competitor.trimmed(),
                lost.note, isoDate(lost.reengageOn) },
            planFirstTouch);
        !marked)
        return Error { marked.error() };
    emit dealMoved(dealId, current->stageId, lostStage->id);
    emit dealStatusChanged(dealId, DealStatus::Lost);
    if (followUpId)
        emit followUpChanged(dealId, followUpId);
    return followUpId;
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
    // The last "no" (reason, dates) stays on the deal: the lost-deal review counts re-engaged deals.
    if (auto reopened
        = relocate(*current, toStageId, beforeDealId, tr("Could not reopen “%1”").arg(current->title),
            QStringLiteral("status = 'open', won_on = NULL"), {});
        !reopened)
        return reopened;
    emit dealMoved(dealId, current->stageId, toStageId);
    emit dealStatusChanged(dealId, DealStatus::Open);
    return {};
}

Result<void> Pipeline::writeSnapshot(const Deal &snapshot, qint64 fromStageId)
{
    QSqlQuery q = prepared(connection(),
        QStringLiteral(
            "UPDATE deals SET value_minor = ?, currency = ?, stage_id = ?, position = ?, status = ?, "
            "won_on = ?, lost_on = ?, lost_reason_id = ?, failed_commitment = ?, competitor = ?, "
            "lost_note = ?, reengage_on = ? WHERE id = ?"),
        { snapshot.value.minor, snapshot.value.currency, snapshot.stageId, snapshot.position,
            enumKey(snapshot.status), textOrNull(isoDate(snapshot.wonOn)),
            textOrNull(isoDate(snapshot.lost.lostOn)), idOrNull(snapshot.lost.reasonId),
            enumKey(snapshot.lost.failedCommitment), snapshot.lost.competitor, snapshot.lost.note,
            textOrNull(isoDate(snapshot.lost.reengageOn)), snapshot.id });
    if (!q.exec())
        return Error { sqlErrorText(q) };
    return writeStageChange(snapshot.id, fromStageId, snapshot.stageId);
}

Result<void> Pipeline::restoreDeal(const Deal &snapshot)
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
    const auto restored = command(failed, [&]() -> Result<void> {
        if (auto written = writeSnapshot(snapshot, current->stageId); !written)
            return failed(written.error());
        return {};
    });
    if (!restored)
        return restored;
    emit dealChanged(snapshot.id);
    emit dealMoved(snapshot.id, current->stageId, snapshot.stageId);
    if (current->status != snapshot.status)
        emit dealStatusChanged(snapshot.id, snapshot.status);
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
        // The stage history goes with the deal (ON DELETE CASCADE).
        QSqlQuery d = prepared(connection(), QStringLiteral("DELETE FROM deals WHERE id = ?"), { dealId });
        if (auto done = execute(d); !done)
            return failed(done.error());
        // The account and contact typed into the form go too, unless something else uses them by now.
        if (createdContactId) {
            QSqlQuery c = prepared(connection(),
                QStringLiteral("DELETE FROM contacts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deals WHERE "
                               "contact_id = ?) AND NOT EXISTS (SELECT 1 FROM touches WHERE contact_id = ?) "
                               "AND NOT EXISTS (SELECT 1 FROM follow_ups WHERE contact_id = ?)"),
                { createdContactId, createdContactId, createdContactId, createdContactId });
            if (auto done = execute(c); !done)
                return failed(done.error());
        }
        if (createdAccountId) {
            QSqlQuery a = prepared(connection(),
                QStringLiteral("DELETE FROM accounts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deals WHERE "
                               "account_id = ?) AND NOT EXISTS (SELECT 1 FROM contacts WHERE account_id = ?) "
                               "AND NOT EXISTS (SELECT 1 FROM accounts WHERE parent_id = ?)"),
                { createdAccountId, createdAccountId, createdAccountId, createdAccountId });
            if (auto done = execute(a); !done)
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
        if (createdAccount && !account(createdAccount->id)) {
            QSqlQuery a = prepared(connection(),
                QStringLiteral("INSERT INTO accounts (id, name, industry, website, city, parent_id, notes, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                { createdAccount->id, createdAccount->name, createdAccount->industry, createdAccount->website,
                    createdAccount->city, idOrNull(createdAccount->parentId), createdAccount->notes,
                    isoDateTime(createdAccount->createdAt) });
            if (auto done = execute(a); !done)
                return failed(done.error());
        }
        if (createdContact && !contact(createdContact->id)) {
            QSqlQuery c = prepared(connection(),
                QStringLiteral(
                    "INSERT INTO contacts (id, account_id, name, job_title, role, email, phone, notes, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { createdContact->id, createdContact->accountId, createdContact->name,
                    createdContact->jobTitle, enumKey(createdContact->role), createdContact->email,
                    createdContact->phone, createdContact->notes, isoDateTime(createdContact->createdAt) });
            if (auto done = execute(c); !done)
                return failed(done.error());
        }
        QSqlQuery q = prepared(connection(),
            QStringLiteral("INSERT INTO deals (id, title, account_id, contact_id, value_minor, currency, "
                           "stage_id, position, owner, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { deal.id, deal.title, deal.accountId, idOrNull(deal.contactId), deal.value.minor,
                deal.value.currency, deal.stageId, deal.position, deal.owner, isoDateTime(deal.createdAt) });
        if (auto done = execute(q); !done)
            return failed(done.error());
        QSqlQuery h = prepared(connection(),
            QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, changed_at) "
                           "VALUES (?, NULL, ?, ?)"),
            { deal.id, deal.stageId, isoDateTime(deal.createdAt) });
        if (auto done = execute(h); !done)
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
    const auto target = deal(touch.dealId);
    if (!target)
        return Error { tr("A touch needs an existing deal.") };
    if (touch.contactId && !contact(touch.contactId))
        return Error { tr("The contact of this touch no longer exists.") };
    if (!touch.occurredAt.isValid())
        return Error { tr("A touch needs the date and time it happened.") };
    if (touch.carriesValue() && touch.valueText.trimmed().isEmpty())
        return Error { tr(
            "Say what value this touch carried (the insight, paper, invite…), or mark it as a bare "
            "check-in.") };
    std::optional<FollowUp> planned;
    if (completesFollowUpId) {
        planned = followUp(completesFollowUpId);
        if (!planned || planned->dealId != touch.dealId)
            return Error { tr("The follow-up this touch completes belongs to another deal.") };
        if (planned->isDone())
            return Error { tr("That follow-up is already done.") };
    }
    const Failure failed = [&target](const QString &why) {
        return Error { tr("Could not log the touch on “%1”: %2").arg(target->title, why) };
    };
    const auto logged = command(failed, [&]() -> Result<qint64> {
        QSqlQuery q = prepared(connection(),
            QStringLiteral("INSERT INTO touches (deal_id, contact_id, channel, occurred_at, outcome, "
                           "value_kind, value_text, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { touch.dealId, idOrNull(touch.contactId), enumKey(touch.channel), isoDateTime(touch.occurredAt),
                enumKey(touch.outcome), enumKey(touch.valueKind), touch.valueText.trimmed(), touch.note });
        const auto id = executeInsert(q);
        if (!id)
            return failed(id.error());
        if (planned) {
            QSqlQuery done = prepared(connection(),
                QStringLiteral("UPDATE follow_ups SET done_touch_id = ?, done_on = ? WHERE id = ?"),
                { *id, isoDate(touch.occurredAt.date()), planned->id });
            if (auto completed = execute(done); !completed)
                return Error { tr("Could not complete the follow-up: %1").arg(completed.error()) };
        }
        return id;
    });
    if (!logged)
        return logged;
    const qint64 id = *logged;
    emit touchLogged(touch.dealId, id);
    if (planned)
        emit followUpChanged(touch.dealId, planned->id);
    return id;
}

Result<void> Pipeline::validateFollowUp(const FollowUp &followUp) const
{
    if (!followUp.dueOn.isValid())
        return Error { tr("A follow-up needs a due date.") };
    if (followUp.contactId && !contact(followUp.contactId))
        return Error { tr("The contact of this follow-up no longer exists.") };
    return {};
}

QSqlQuery Pipeline::followUpInsert(const FollowUp &followUp) const
{
    return prepared(connection(),
        QStringLiteral("INSERT INTO follow_ups (deal_id, contact_id, due_on, channel, "
                       "planned_value_kind, planned_value, cadence, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { followUp.dealId, idOrNull(followUp.contactId), isoDate(followUp.dueOn), enumKey(followUp.channel),
            enumKey(followUp.plannedValueKind), followUp.plannedValue, followUp.cadence, followUp.note });
}

Result<qint64> Pipeline::scheduleFollowUp(const FollowUp &followUp)
{
    const auto target = deal(followUp.dealId);
    if (!target)
        return Error { tr("A follow-up needs an existing deal.") };
    if (auto valid = validateFollowUp(followUp); !valid)
        return Error { valid.error() };
    QSqlQuery q = followUpInsert(followUp);
    const auto written = runCommand(q, tr("Could not plan the follow-up on “%1”").arg(target->title));
    if (!written)
        return Error { written.error() };
    const qint64 id = *written;
    emit followUpChanged(followUp.dealId, id);
    return id;
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
    QSqlQuery q = prepared(connection(), QStringLiteral("UPDATE follow_ups SET due_on = ? WHERE id = ?"),
        { isoDate(dueOn), followUpId });
    const auto written = runCommand(q, tr("Could not move the follow-up"));
    if (!written)
        return Error { written.error() };
    emit followUpChanged(current->dealId, followUpId);
    return {};
}

Result<void> Pipeline::cancelFollowUp(qint64 followUpId)
{
    const auto current = followUp(followUpId);
    if (!current)
        return Error { tr("That follow-up no longer exists.") };
    if (current->isDone())
        return Error { tr("That follow-up is already done; its touch stays in the timeline.") };
    QSqlQuery q
        = prepared(connection(), QStringLiteral("DELETE FROM follow_ups WHERE id = ?"), { followUpId });
    const auto written = runCommand(q, tr("Could not cancel the follow-up"));
    if (!written)
        return Error { written.error() };
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
    QSqlQuery q = prepared(connection(),
        QStringLiteral("UPDATE follow_ups SET done_touch_id = ?, done_on = ? WHERE id = ?"),
        { touchId, isoDate(done->occurredAt.date()), followUpId });
    const auto written = runCommand(q, tr("Could not complete the follow-up"));
    if (!written)
        return Error { written.error() };
    emit followUpChanged(current->dealId, followUpId);
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Settings > Pipeline

bool Pipeline::renumberStages(const QList<qint64> &openStageIds)
{
    // Open stages in the given order, then Won and Lost (and any other closed stage) after them.
    QList<qint64> order = openStageIds;
    QSqlQuery closed = prepared(
        connection(), QStringLiteral("SELECT id FROM stages WHERE kind <> 'open' ORDER BY position, id"));
    if (!closed.exec())
        return false;
    while (closed.next())
        order << closed.value(0).toLongLong();
    QSqlQuery update = prepared(connection(), QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"));
    for (int i = 0; i < order.size(); ++i) {
        update.bindValue(0, i);
        update.bindValue(1, order.at(i));
        if (!update.exec())
            return false;
    }
    return true;
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
        QSqlQuery q = prepared(connection(),
            QStringLiteral("INSERT INTO stages (name, position, kind, rot_days) VALUES (?, 0, 'open', ?)"),
            { name.trimmed(), rotDays });
        const auto id = executeInsert(q);
        if (!id)
            return failed(id.error());
        if (!renumberStages(openIds << *id))
            return Error { tr("Could not add the stage “%1”.").arg(name) };
        return id;
    });
    if (!added)
        return added;
    emit stagesChanged();
    return *added;
}

Result<void> Pipeline::updateStage(const Stage &stage)
{
    if (stage.name.trimmed().isEmpty())
        return Error { tr("A stage needs a name.") };
    if (stage.rotDays < 0)
        return Error { tr("The rot days of “%1” cannot be negative.").arg(stage.name) };
    if (!this->stage(stage.id))
        return Error { tr("The stage “%1” no longer exists.").arg(stage.name) };
    QSqlQuery q
        = prepared(connection(), QStringLiteral("UPDATE stages SET name = ?, rot_days = ? WHERE id = ?"),
            { stage.name.trimmed(), stage.rotDays, stage.id });
    const auto written = runCommand(q, tr("Could not save the stage “%1”").arg(stage.name));
    if (!written)
        return Error { written.error() };
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
        if (!renumberStages(openStageIds))
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
            QSqlQuery history = prepared(connection(),
                QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, "
                               "changed_at) SELECT id, stage_id, ?, ? FROM deals WHERE stage_id = ?"),
                { target->id, isoDateTime(m_clock.now()), stageId });
            const QVariant base = scalar(connection(),
                QStringLiteral("SELECT max(position) FROM deals WHERE stage_id = ?"), { target->id });
            // The moved deals go below the target's own, in the order they had.
            QSqlQuery move = prepared(connection(),
                QStringLiteral("UPDATE deals SET stage_id = ?, position = ? + r.rank * ? FROM (SELECT id, "
                               "row_number() OVER (ORDER BY position, id) AS rank FROM deals WHERE "
                               "stage_id = ?) AS r WHERE deals.id = r.id"),
                { target->id, base.isNull() ? qint64(0) : base.toLongLong(), kPositionGap, stageId });
            if (!history.exec())
                return Error {
                    tr("Could not move the deals out of “%1”: %2").arg(removed->name, sqlErrorText(history))
                };
            if (!move.exec())
                return Error {
                    tr("Could not move the deals out of “%1”: %2").arg(removed->name, sqlErrorText(move))
                };
        }
        QSqlQuery archive = prepared(
            connection(), QStringLiteral("UPDATE stages SET archived = 1 WHERE id = ?"), { stageId });
        if (auto done = execute(archive); !done)
            return failed(done.error());
        return {};
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
        QSqlQuery q = prepared(
            connection(), QStringLiteral("UPDATE stages SET archived = 0 WHERE id = ?"), { stageId });
        if (auto done = execute(q); !done)
            return failed(done.error());
        if (!renumberStages(openStageIds))
            return Error { tr("Could not restore the stage “%1”.").arg(restored->name) };
        for (const Deal &snapshot : dealsBack) {
            const auto current = deal(snapshot.id);
            if (!current)
                continue; // gone since: nothing to bring back
            if (auto written = writeSnapshot(snapshot, current->stageId); !written)
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
    QSqlQuery q = prepared(connection(),
        QStringLiteral("INSERT INTO lost_reasons (label, meaning, reengage_days, position) VALUES "
                       "(?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM lost_reasons))"),
        { reason.label.trimmed(), enumKey(reason.meaning), reason.reengageDays });
    const auto written = runCommand(q, tr("Could not add the lost reason “%1”").arg(reason.label));
    if (!written)
        return Error { written.error() };
    const qint64 id = *written;
    emit lostReasonsChanged();
    return id;
}

Result<void> Pipeline::updateLostReason(const LostReason &reason)
{
    if (auto valid = validateLostReason(reason); !valid)
        return valid;
    if (!lostReason(reason.id))
        return Error { tr("The lost reason “%1” no longer exists.").arg(reason.label) };
    QSqlQuery q = prepared(connection(),
        QStringLiteral("UPDATE lost_reasons SET label = ?, meaning = ?, reengage_days = ? WHERE id = ?"),
        { reason.label.trimmed(), enumKey(reason.meaning), reason.reengageDays, reason.id });
    const auto written = runCommand(q, tr("Could not save the lost reason “%1”").arg(reason.label));
    if (!written)
        return Error { written.error() };
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
    QSqlQuery q = prepared(
        connection(), QStringLiteral("UPDATE lost_reasons SET archived = 1 WHERE id = ?"), { reasonId });
    const auto written = runCommand(q, tr("Could not remove the lost reason “%1”").arg(reason->label));
    if (!written)
        return Error { written.error() };
    emit lostReasonsChanged();
    return {};
}

Result<void> Pipeline::restoreLostReason(qint64 reasonId)
{
    const auto reason = lostReason(reasonId);
    if (!reason)
        return Error { tr("That lost reason no longer exists.") };
    QSqlQuery q = prepared(
        connection(), QStringLiteral("UPDATE lost_reasons SET archived = 0 WHERE id = ?"), { reasonId });
    const auto written = runCommand(q, tr("Could not restore the lost reason “%1”").arg(reason->label));
    if (!written)
        return Error { written.error() };
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
