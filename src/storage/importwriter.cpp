// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "clock.h"
#include "dealwriter.h"
#include "followupwriter.h"
#include "partywriter.h"
#include "settingswriter.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace Ripen {

namespace {

QString key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// A day of the file as a moment: noon, so no time zone moves it to another day.
QDateTime noonOf(const QDate &day)
{
    return QDateTime(day, QTime(12, 0));
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString ImportWriter::noAccountName()
{
    return tr("No account");
}

QString ImportWriter::notRecordedReason()
{
    return tr("Not recorded");
}

Result<void> ImportWriter::record(const char *kind, qint64 rowId)
{
    QSqlQuery q
        = prepared(m_db, QStringLiteral("INSERT INTO import_rows (import_id, kind, row_id) VALUES (?, ?, ?)"),
            { m_importId, QString::fromLatin1(kind), rowId });
    return execute(q);
}

Result<qint64> ImportWriter::accountFor(const QString &name, ImportSummary &summary)
{
    const QString shown = name.simplified().isEmpty() ? noAccountName() : name.simplified();
    if (const auto it = m_accounts.constFind(key(shown)); it != m_accounts.cend())
        return *it;
    const QVariant found = scalar(m_db,
        QStringLiteral("SELECT id FROM accounts WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
        { shown });
    qint64 id = found.toLongLong();
    if (!id) {
        Account account;
        account.name = shown;
        account.createdAt = m_clock.now();
        const auto inserted = PartyWriter(m_db).insertAccount(account);
        if (!inserted)
            return inserted;
        id = *inserted;
        summary.accounts << shown;
        if (auto recorded = record("account", id); !recorded)
            return Error { recorded.error() };
    }
    m_accounts.insert(key(shown), id);
    return id;
}

Result<qint64> ImportWriter::contactFor(qint64 accountId, const QString &name, ImportSummary &summary)
{
    const QString shown = name.simplified();
    const QVariant found = scalar(m_db,
        QStringLiteral(
            "SELECT id FROM contacts WHERE account_id = ? AND name = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
        { accountId, shown });
    if (found.toLongLong())
        return found.toLongLong();
    Contact contact;
    contact.accountId = accountId;
    contact.name = shown;
    contact.createdAt = m_clock.now();
    const auto inserted = PartyWriter(m_db).insertContact(contact);
    if (!inserted)
        return inserted;
    summary.contacts << shown;
    if (auto recorded = record("contact", *inserted); !recorded)
        return Error { recorded.error() };
    return inserted;
}

Result<qint64> ImportWriter::openStageFor(const QString &name, ImportSummary &summary)
{
    if (m_stages.isEmpty()) {
        QSqlQuery open = prepared(m_db,
            QStringLiteral(
                "SELECT id, name FROM stages WHERE kind = 'open' AND archived = 0 ORDER BY position, id"));
        if (!open.exec())
            return Error { sqlErrorText(open) };
        while (open.next()) {
            m_stages.insert(key(open.value(1).toString()), open.value(0).toLongLong());
            if (!m_stages.contains(QString()))
                m_stages.insert(QString(), open.value(0).toLongLong()); // no name: the first open stage
        }
        if (m_stages.isEmpty())
            return Error { tr("The pipeline has no open stage to import deals into.") };
    }
    if (const auto it = m_stages.constFind(key(name)); it != m_stages.cend())
        return *it;
    // A stage the pipeline does not have yet: added after the open ones.
    SettingsWriter settings(m_db);
    const auto id = settings.insertStage(name.simplified(), 14);
    if (!id)
        return id;
    QList<qint64> order;
    QSqlQuery open = prepared(m_db,
        QStringLiteral("SELECT id FROM stages WHERE kind = 'open' AND id <> ? ORDER BY position, id"),
        { *id });
    if (!open.exec())
        return Error { sqlErrorText(open) };
    while (open.next())
        order << open.value(0).toLongLong();
    if (auto renumbered = settings.renumberStages(order << *id); !renumbered)
        return Error { renumbered.error() };
    summary.stages << name.simplified();
    if (auto recorded = record("stage", *id); !recorded)
        return Error { recorded.error() };
    m_stages.insert(key(name), *id);
    return id;
}

Result<std::pair<qint64, int>> ImportWriter::lostReasonFor(const QString &label, ImportSummary &summary)
{
    const QString shown = label.simplified().isEmpty() ? notRecordedReason() : label.simplified();
    if (const auto it = m_reasons.constFind(key(shown)); it != m_reasons.cend())
        return *it;
    QSqlQuery found = prepared(m_db,
        QStringLiteral(
            "SELECT id, reengage_days FROM lost_reasons WHERE label = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
        { shown });
    if (!found.exec())
        return Error { sqlErrorText(found) };
    std::pair<qint64, int> reason;
    if (found.next()) {
        reason = { found.value(0).toLongLong(), found.value(1).toInt() };
    } else {
        // Unknown to Ripen: a reflex "no" until the user says more in Settings > Lost reasons.
        LostReason created;
        created.label = shown;
        created.meaning = NoMeaning::Reflex;
        created.reengageDays = 90;
        const auto id = SettingsWriter(m_db).insertLostReason(created);
        if (!id)
            return Error { id.error() };
        reason = { *id, created.reengageDays };
        summary.lostReasons << shown;
        if (auto recorded = record("lost_reason", *id); !recorded)
            return Error { recorded.error() };
    }
    m_reasons.insert(key(shown), reason);
    return reason;
}

Result<qint64> ImportWriter::existingDeal(const ImportPlan::Deal &deal, qint64 accountId)
{
    if (!deal.externalId.isEmpty()) {
        return scalar(m_db,
            QStringLiteral("SELECT row_id FROM external_ids WHERE kind = 'deal' AND external_id = ?"),
            { deal.externalId })
            .toLongLong();
    }
    return scalar(m_db,
        QStringLiteral(
            "SELECT id FROM deals WHERE account_id = ? AND title = ? AND substr(created_at, 1, 10) = ? "
            "ORDER BY id LIMIT 1"),
        { accountId, deal.title, isoDate(deal.created) })
        .toLongLong();
}

Result<ImportSummary> ImportWriter::writeDeals(
    const ImportPlan::Deals &plan, const QString &file, bool update, const ImportProgress &progress)
{
    const int total = int(plan.deals.size());
    int done = 0;
    const auto goOn = [&progress, total](int rows) { return !progress || progress(rows, total); };
    const auto cancelled = [] { return Error { tr("Import cancelled: nothing was written.") }; };
    ImportSummary summary;
    summary.rowsRead = plan.rows;
    summary.skipped = plan.rows - int(plan.deals.size());
    QSqlQuery batch = prepared(m_db,
        QStringLiteral("INSERT INTO imports (file, kind, imported_at, rows_read) VALUES (?, 'deals', ?, ?)"),
        { file, isoDateTime(m_clock.now()), plan.rows });
    const auto importId = executeInsert(batch);
    if (!importId)
        return Error { importId.error() };
    m_importId = summary.importId = *importId;

    const QVariant wonStage
        = scalar(m_db, QStringLiteral("SELECT id FROM stages WHERE kind = 'won' ORDER BY id LIMIT 1"));
    const QVariant lostStage
        = scalar(m_db, QStringLiteral("SELECT id FROM stages WHERE kind = 'lost' ORDER BY id LIMIT 1"));
    for (const ImportPlan::Deal &planned : plan.deals) {
        if (done % kProgressEvery == 0 && !goOn(done))
            return cancelled();
        ++done;
        const auto failed = [&planned](const QString &why) {
            return Error {
                tr("Line %1 (“%2”) could not be imported: %3").arg(planned.line).arg(planned.title, why)
            };
        };
        if (planned.account.simplified().isEmpty())
            ++summary.withoutAccount;
        const auto accountId = accountFor(planned.account, summary);
        if (!accountId)
            return failed(accountId.error());
        const auto existing = existingDeal(planned, *accountId);
        if (!existing)
            return failed(existing.error());
        if (*existing) {
            ++summary.present;
            if (update) {
                QSqlQuery q = prepared(m_db,
                    QStringLiteral("UPDATE deals SET value_minor = ?, currency = ?, owner = ? WHERE id = ?"),
                    { planned.value.minor, planned.value.currency, planned.owner, *existing });
                if (auto done = execute(q); !done)
                    return failed(done.error());
                ++summary.updated;
                summary.updatedIds << *existing;
            }
            continue;
        }
        qint64 contactId = 0;
        if (!planned.contact.simplified().isEmpty()) {
            const auto contact = contactFor(*accountId, planned.contact, summary);
            if (!contact)
                return failed(contact.error());
            contactId = *contact;
        }
        const auto stageId = openStageFor(planned.stage, summary);
        if (!stageId)
            return failed(stageId.error());

        // Written as it happened: created on its day in its open stage, then won or lost on that day.
        FixedClock at(noonOf(planned.created));
        DealWriter writer(m_db, at);
        Deal deal;
        deal.title = planned.title;
        deal.accountId = *accountId;
        deal.contactId = contactId;
        deal.value = planned.value;
        deal.stageId = *stageId;
        deal.owner = planned.owner;
        deal.createdAt = noonOf(planned.created);
        const auto position = writer.topOf(*stageId);
        if (!position)
            return failed(position.error());
        deal.position = *position;
        const auto dealId = writer.insert(deal);
        if (!dealId)
            return failed(dealId.error());
        deal.id = *dealId;
        if (planned.status == DealStatus::Won) {
            at.set(noonOf(planned.wonOn));
            if (auto won = writer.markWon(deal, wonStage.toLongLong(), planned.value, planned.wonOn); !won)
                return failed(won.error());
        } else if (planned.status == DealStatus::Lost) {
            const auto reason = lostReasonFor(planned.lostReason, summary);
            if (!reason)
                return failed(reason.error());
            if (planned.lostReason.simplified().isEmpty())
                ++summary.lostWithoutReason;
            LostInfo lost;
            lost.lostOn = planned.lostOn;
            lost.reasonId = reason->first;
            lost.competitor = planned.competitor;
            lost.note = planned.note;
            lost.reengageOn = planned.lostOn.addDays(reason->second);
            at.set(noonOf(planned.lostOn));
            if (auto marked = writer.markLost(deal, lostStage.toLongLong(), lost); !marked)
                return failed(marked.error());
        } else if (planned.nextFollowUp.isValid()) {
            FollowUp next;
            next.dealId = deal.id;
            next.contactId = contactId;
            next.dueOn = planned.nextFollowUp;
            next.channel = Channel::Call;
            next.note = planned.note;
            const auto followUp = FollowUpWriter(m_db).insertFollowUp(next);
            if (!followUp)
                return failed(followUp.error());
            if (auto recorded = record("follow_up", *followUp); !recorded)
                return failed(recorded.error());
        }
        if (!planned.externalId.isEmpty()) {
            QSqlQuery id = prepared(m_db,
                QStringLiteral("INSERT INTO external_ids (kind, external_id, row_id) VALUES ('deal', ?, ?)"),
                { planned.externalId, deal.id });
            if (auto done = execute(id); !done)
                return failed(done.error());
        }
        if (auto recorded = record("deal", deal.id); !recorded)
            return failed(recorded.error());
        ++summary.imported;
        summary.dealIds << deal.id;
        if (planned.createdToday)
            ++summary.createdToday;
    }
    if (!goOn(total))
        return cancelled();
    QSqlQuery counts = prepared(m_db,
        QStringLiteral("UPDATE imports SET imported = ?, present = ?, skipped = ? WHERE id = ?"),
        { summary.imported, summary.present, summary.skipped, m_importId });
    if (auto done = execute(counts); !done)
        return Error { done.error() };
    return summary;
}

} // namespace Ripen
