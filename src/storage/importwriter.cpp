// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "clock.h"
#include "csvexport.h"
#include "dealwriter.h"
#include "followupwriter.h"
#include "partywriter.h"
#include "settingswriter.h"
#include "sqlutil.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

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

// Whether the row read holds these values already, column by column as text: nothing to update.
bool holds(const QSqlQuery &row, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (row.value(i).toString() != values.at(i).toString())
            return false;
    }
    return true;
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_statements(m_db)
    , m_parties(m_db)
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
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("INSERT INTO import_rows (import_id, kind, row_id) VALUES (?, ?, ?)"),
        { m_importId, QString::fromLatin1(kind), rowId });
    return execute(q);
}

Result<qint64> ImportWriter::accountFor(const QString &name, ImportSummary &summary)
{
    const QString shown = name.simplified().isEmpty() ? noAccountName() : name.simplified();
    if (const auto it = m_accounts.constFind(key(shown)); it != m_accounts.cend())
        return *it;
    const QVariant found = m_statements.scalar(
        QStringLiteral("SELECT id FROM accounts WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
        { shown });
    qint64 id = found.toLongLong();
    if (!id) {
        Account account;
        account.name = shown;
        account.createdAt = m_clock.now();
        const auto inserted = m_parties.insertAccount(account);
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
    const QVariant found = m_statements.scalar(
        QStringLiteral(
            "SELECT id FROM contacts WHERE account_id = ? AND name = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
        { accountId, shown });
    if (found.toLongLong())
        return found.toLongLong();
    Contact contact;
    contact.accountId = accountId;
    contact.name = shown;
    contact.createdAt = m_clock.now();
    const auto inserted = m_parties.insertContact(contact);
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
        const qint64 known
            = m_statements
                  .scalar(QStringLiteral(
                              "SELECT row_id FROM external_ids WHERE kind = 'deal' AND external_id = ?"),
                      { deal.externalId })
                  .toLongLong();
        // The id Ripen's export gives a deal no import named: that deal, when this database is the
        // one the file came from (its account by name: two accounts may share one).
        const qint64 own = CsvExport::ownDealId(deal.externalId);
        if (known || !own)
            return known;
        return m_statements
            .scalar(QStringLiteral(
                        "SELECT d.id FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id = ? "
                        "AND d.title = ? AND a.name = ? AND substr(d.created_at, 1, 10) = ?"),
                { own, deal.title, deal.account, isoDate(deal.created) })
            .toLongLong();
    }
    return m_statements
        .scalar(
            QStringLiteral(
                "SELECT id FROM deals WHERE account_id = ? AND title = ? AND substr(created_at, 1, 10) = ? "
                "ORDER BY id LIMIT 1"),
            { accountId, deal.title, isoDate(deal.created) })
        .toLongLong();
}

Result<qint64> ImportWriter::startImport(const char *kind, const QString &file, int rows)
{
    QSqlQuery batch = prepared(m_db,
        QStringLiteral("INSERT INTO imports (file, kind, imported_at, rows_read) VALUES (?, ?, ?, ?)"),
        { file, QString::fromLatin1(kind), isoDateTime(m_clock.now()), rows });
    const auto importId = executeInsert(batch);
    if (importId)
        m_importId = *importId;
    return importId;
}

Result<void> ImportWriter::finishImport(const ImportSummary &summary)
{
    QSqlQuery counts = prepared(m_db,
        QStringLiteral("UPDATE imports SET imported = ?, present = ?, skipped = ? WHERE id = ?"),
        { summary.imported, summary.present, summary.skipped, m_importId });
    return execute(counts);
}

Result<void> ImportWriter::keepExternalId(const char *kind, const QString &externalId, qint64 rowId)
{
    if (externalId.isEmpty())
        return {};
    QSqlQuery &id = m_statements.prepared(
        QStringLiteral("INSERT OR REPLACE INTO external_ids (kind, external_id, row_id) VALUES (?, ?, ?)"),
        { QString::fromLatin1(kind), externalId, rowId });
    return execute(id);
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
    const auto importId = startImport("deals", file, plan.rows);
    if (!importId)
        return Error { importId.error() };
    summary.importId = *importId;

    const QVariant wonStage
        = scalar(m_db, QStringLiteral("SELECT id FROM stages WHERE kind = 'won' ORDER BY id LIMIT 1"));
    const QVariant lostStage
        = scalar(m_db, QStringLiteral("SELECT id FROM stages WHERE kind = 'lost' ORDER BY id LIMIT 1"));
    // One writer of each for every row: their statements are prepared once per import, not per row.
    FixedClock at(m_clock.now()); // set to each deal's own days as it is written
    DealWriter writer(m_db, at);
    FollowUpWriter followUps(m_db);
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
                // Only a deal whose value, currency or owner the file changes is updated (and counted):
                // the same file again updates nothing. Compared as the UPDATE would store them.
                QSqlQuery &differs = m_statements.prepared(
                    QStringLiteral(
                        "SELECT 1 FROM deals WHERE id = ? AND (value_minor IS NOT ? OR currency IS NOT ? "
                        "OR owner IS NOT ?)"),
                    { *existing, planned.value.minor, planned.value.currency, planned.owner });
                if (auto read = execute(differs); !read)
                    return failed(read.error());
                const bool changes = differs.next();
                differs.finish();
                if (!changes)
                    continue;
                // What it held before, for taking the import back (the first import to change it keeps it).
                QSqlQuery &before = m_statements.prepared(
                    QStringLiteral("INSERT OR IGNORE INTO import_updates (import_id, deal_id, value_minor, "
                                   "currency, owner) SELECT ?, id, value_minor, currency, owner FROM deals "
                                   "WHERE id = ?"),
                    { m_importId, *existing });
                if (auto kept = execute(before); !kept)
                    return failed(kept.error());
                QSqlQuery &q = m_statements.prepared(
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
        at.set(noonOf(planned.created));
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
            const auto followUp = followUps.insertFollowUp(next);
            if (!followUp)
                return failed(followUp.error());
            if (auto recorded = record("follow_up", *followUp); !recorded)
                return failed(recorded.error());
        }
        if (auto kept = keepExternalId("deal", planned.externalId, deal.id); !kept)
            return failed(kept.error());
        if (auto recorded = record("deal", deal.id); !recorded)
            return failed(recorded.error());
        ++summary.imported;
        summary.dealIds << deal.id;
        if (planned.createdToday)
            ++summary.createdToday;
    }
    if (!goOn(total))
        return cancelled();
    if (auto finished = finishImport(summary); !finished)
        return Error { finished.error() };
    return summary;
}

Result<qint64> ImportWriter::dealFor(
    const ImportPlan::Activity &activity, const QDate &firstDay, ImportSummary &summary)
{
    if (!activity.dealExternalId.isEmpty()) {
        const qint64 byId
            = m_statements
                  .scalar(QStringLiteral(
                              "SELECT row_id FROM external_ids WHERE kind = 'deal' AND external_id = ?"),
                      { activity.dealExternalId })
                  .toLongLong();
        if (byId)
            return byId;
    }
    // Among deals that fit: open ones first, then the most recently touched, then the newest.
    const QString best = QStringLiteral(
        " ORDER BY d.status = 'open' DESC, (SELECT max(t.occurred_at) FROM touches t WHERE t.deal_id = d.id) "
        "DESC NULLS LAST, d.created_at DESC, d.id DESC LIMIT 1");
    qint64 accountId = 0;
    if (!activity.account.isEmpty()) {
        accountId
            = m_statements
                  .scalar(QStringLiteral(
                              "SELECT id FROM accounts WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
                      { activity.account.simplified() })
                  .toLongLong();
    }
    if (!activity.deal.isEmpty()) {
        const qint64 byTitle = accountId || activity.account.isEmpty()
            ? m_statements
                  .scalar(QStringLiteral(
                              "SELECT d.id FROM deals d WHERE d.title = ? COLLATE NOCASE AND (? = 0 OR "
                              "d.account_id = ?)")
                          + best,
                      { activity.deal.simplified(), accountId, accountId })
                  .toLongLong()
            : 0;
        if (byTitle)
            return byTitle;
    }
    if (activity.account.isEmpty())
        return qint64(0);

    const auto account = accountFor(activity.account, summary);
    if (!account)
        return account;
    if (const auto it = m_activityDeals.constFind(*account); it != m_activityDeals.cend())
        return *it;
    qint64 dealId
        = m_statements
              .scalar(QStringLiteral("SELECT d.id FROM deals d WHERE d.account_id = ?") + best, { *account })
              .toLongLong();
    if (!dealId) {
        // Nothing to hold them yet: an open deal, in the first open stage, from the first activity's day.
        const auto stageId = openStageFor(QString(), summary);
        if (!stageId)
            return stageId;
        FixedClock at(noonOf(firstDay));
        DealWriter writer(m_db, at);
        Deal deal;
        deal.title = tr("%1: imported activities", "account name").arg(activity.account.simplified());
        deal.accountId = *account;
        deal.stageId = *stageId;
        deal.createdAt = noonOf(firstDay);
        const auto position = writer.topOf(*stageId);
        if (!position)
            return position;
        deal.position = *position;
        const auto inserted = writer.insert(deal);
        if (!inserted)
            return inserted;
        dealId = *inserted;
        summary.deals << deal.title;
        summary.createdDealIds << dealId;
        if (auto recorded = record("deal", dealId); !recorded)
            return Error { recorded.error() };
    }
    m_activityDeals.insert(*account, dealId);
    return dealId;
}

Result<ImportWriter::PresentActivity> ImportWriter::activityPresent(
    const ImportPlan::Activity &activity, qint64 dealId)
{
    const auto found = [](QSqlQuery &q) -> Result<PresentActivity> {
        if (!q.exec())
            return Error { sqlErrorText(q) };
        PresentActivity present;
        if (q.next())
            present = { q.value(0).toString() == QLatin1String("touch"), q.value(1).toLongLong(),
                q.value(2).toLongLong() };
        q.finish(); // no read left open between rows
        return present;
    };
    // By its file id: the touch first, as a follow-up done by a later import of the file keeps its id.
    if (!activity.externalId.isEmpty()) {
        const auto byId = found(m_statements.prepared(
            QStringLiteral(
                "SELECT x.kind, x.row_id, coalesce(t.deal_id, f.deal_id) FROM external_ids x "
                "LEFT JOIN touches t ON x.kind = 'touch' AND t.id = x.row_id LEFT JOIN follow_ups f "
                "ON x.kind = 'follow_up' AND f.id = x.row_id WHERE (x.kind = 'touch' OR x.kind = "
                "'follow_up') AND x.external_id = ? ORDER BY x.kind = 'follow_up' LIMIT 1"),
            { activity.externalId }));
        if (!byId || byId->id)
            return byId;
    }
    // Else the same deal, channel and moment (a follow-up: day), whatever became of it since.
    if (activity.planned)
        return found(m_statements.prepared(
            QStringLiteral("SELECT 'follow_up', id, deal_id FROM follow_ups WHERE "
                           "deal_id = ? AND due_on = ? AND channel = ? ORDER BY id LIMIT 1"),
            { dealId, isoDate(activity.occurred.date()), enumKey(activity.channel) }));
    return found(m_statements.prepared(
        QStringLiteral("SELECT 'touch', id, deal_id FROM touches WHERE deal_id = ? AND occurred_at = ? "
                       "AND channel = ? ORDER BY id LIMIT 1"),
        { dealId, isoDateTime(activity.occurred), enumKey(activity.channel) }));
}

Result<bool> ImportWriter::updateActivity(const ImportPlan::Activity &activity,
    const PresentActivity &present, FollowUpWriter &writer, ImportSummary &summary)
{
    // What it held, for taking the import back (the first import to change it keeps it).
    const auto keep = [this, &present](const QString &select) {
        QSqlQuery q = prepared(m_db,
            QStringLiteral("INSERT OR IGNORE INTO import_activity_updates (import_id, kind, row_id, moment, "
                           "outcome, value_kind, value_text, note) %1")
                .arg(select),
            { m_importId, present.id });
        return execute(q);
    };
    if (present.touch) {
        if (activity.planned)
            return false; // it happened: a file that still plans it does not take it back
        const QVariantList now { isoDateTime(activity.occurred), enumKey(activity.outcome),
            enumKey(activity.valueKind), activity.valueNote, activity.note };
        QSqlQuery held = prepared(m_db,
            QStringLiteral(
                "SELECT occurred_at, outcome, value_kind, value_text, note FROM touches WHERE id = ?"),
            { present.id });
        if (!held.exec())
            return Error { sqlErrorText(held) };
        if (!held.next())
            return false;
        if (holds(held, now))
            return false;
        if (auto kept
            = keep(QStringLiteral("SELECT ?, 'touch', id, occurred_at, outcome, value_kind, value_text, "
                                  "note FROM touches WHERE id = ?"));
            !kept)
            return Error { kept.error() };
        QSqlQuery q = prepared(m_db,
            QStringLiteral("UPDATE touches SET occurred_at = ?, outcome = ?, value_kind = ?, value_text = ?, "
                           "note = ? WHERE id = ?"),
            now + QVariantList { present.id });
        if (auto done = execute(q); !done)
            return Error { done.error() };
        summary.updatedTouches << std::pair { present.dealId, present.id };
        return true;
    }
    QSqlQuery held = prepared(m_db,
        QStringLiteral(
            "SELECT due_on, planned_value_kind, planned_value, note, contact_id FROM follow_ups WHERE "
            "id = ? AND done_on IS NULL"),
        { present.id });
    if (!held.exec())
        return Error { sqlErrorText(held) };
    if (!held.next())
        return false; // done or skipped: what became of it stays
    if (!activity.planned) {
        // The file says it was done: done with a touch of that moment, as if logged by hand.
        const auto touchId
            = writeTouch(activity, present.dealId, held.value(4).toLongLong(), writer, summary);
        if (!touchId)
            return Error { touchId.error() };
        if (auto done = writer.complete(present.id, *touchId, activity.occurred.date()); !done)
            return Error { done.error() };
        summary.updatedFollowUps << std::pair { present.dealId, present.id };
        return true;
    }
    const QVariantList now { isoDate(activity.occurred.date()), enumKey(activity.valueKind),
        activity.valueNote, activity.note };
    if (holds(held, now))
        return false;
    if (auto kept = keep(QStringLiteral("SELECT ?, 'follow_up', id, due_on, NULL, planned_value_kind, "
                                        "planned_value, note FROM follow_ups WHERE id = ?"));
        !kept)
        return Error { kept.error() };
    QSqlQuery q = prepared(m_db,
        QStringLiteral(
            "UPDATE follow_ups SET due_on = ?, planned_value_kind = ?, planned_value = ?, note = ? "
            "WHERE id = ?"),
        now + QVariantList { present.id });
    if (auto done = execute(q); !done)
        return Error { done.error() };
    summary.updatedFollowUps << std::pair { present.dealId, present.id };
    return true;
}

Result<qint64> ImportWriter::writeTouch(const ImportPlan::Activity &activity, qint64 dealId, qint64 contactId,
    FollowUpWriter &writer, ImportSummary &summary)
{
    Touch touch;
    touch.dealId = dealId;
    touch.contactId = contactId;
    touch.channel = activity.channel;
    touch.occurredAt = activity.occurred;
    touch.outcome = activity.outcome;
    touch.valueKind = activity.valueKind;
    touch.valueText = activity.valueNote;
    touch.note = activity.note;
    const auto id = writer.insertTouch(touch);
    if (!id)
        return id;
    if (auto recorded = record("touch", *id); !recorded)
        return Error { recorded.error() };
    if (auto kept = keepExternalId("touch", activity.externalId, *id); !kept)
        return Error { kept.error() };
    ++summary.touches;
    summary.touchRows << std::pair { dealId, *id };
    return id;
}

Result<ImportSummary> ImportWriter::writeActivities(
    const ImportPlan::Activities &plan, const QString &file, bool update, const ImportProgress &progress)
{
    const int total = int(plan.activities.size());
    int done = 0;
    const auto goOn = [&progress, total](int rows) { return !progress || progress(rows, total); };
    const auto cancelled = [] { return Error { tr("Import cancelled: nothing was written.") }; };
    ImportSummary summary;
    summary.rowsRead = plan.rows;
    summary.skipped = plan.rows - int(plan.activities.size());
    const auto importId = startImport("activities", file, plan.rows);
    if (!importId)
        return Error { importId.error() };
    summary.importId = *importId;

    // A deal made for an account's activities starts on the day of its first one.
    QHash<QString, QDate> firstDays;
    for (const ImportPlan::Activity &activity : plan.activities) {
        QDate &first = firstDays[key(activity.account)];
        const QDate day = activity.occurred.date();
        if (!first.isValid() || day < first)
            first = day;
    }
    FollowUpWriter writer(m_db);
    QSet<qint64> touched;
    for (const ImportPlan::Activity &planned : plan.activities) {
        if (done % kProgressEvery == 0 && !goOn(done))
            return cancelled();
        ++done;
        const auto failed = [&planned](const QString &why) {
            return Error { tr("Line %1 could not be imported: %2").arg(planned.line).arg(why) };
        };
        const auto dealId = dealFor(planned, firstDays.value(key(planned.account)), summary);
        if (!dealId)
            return failed(dealId.error());
        if (!*dealId) {
            ++summary.skipped;
            summary.skippedLines << planned.line;
            summary.skippedRows << tr("line %1: there is no deal “%2”; name its account too, or import the "
                                      "deals first")
                                       .arg(planned.line)
                                       .arg(planned.deal.isEmpty() ? planned.dealExternalId : planned.deal);
            continue;
        }
        const auto present = activityPresent(planned, *dealId);
        if (!present)
            return failed(present.error());
        if (present->id) {
            ++summary.present;
            if (update) {
                const auto updated = updateActivity(planned, *present, writer, summary);
                if (!updated)
                    return failed(updated.error());
                if (*updated) {
                    ++summary.updated;
                    if (!touched.contains(present->dealId)) {
                        touched.insert(present->dealId);
                        summary.dealIds << present->dealId;
                    }
                }
            }
            continue;
        }
        qint64 contactId = 0;
        if (!planned.contact.simplified().isEmpty()) {
            const qint64 accountId
                = m_statements
                      .scalar(QStringLiteral("SELECT account_id FROM deals WHERE id = ?"), { *dealId })
                      .toLongLong();
            const auto contact = contactFor(accountId, planned.contact, summary);
            if (!contact)
                return failed(contact.error());
            contactId = *contact;
        }
        if (planned.planned) {
            FollowUp followUp;
            followUp.dealId = *dealId;
            followUp.contactId = contactId;
            followUp.dueOn = planned.occurred.date();
            followUp.channel = planned.channel;
            followUp.plannedValueKind = planned.valueKind;
            followUp.plannedValue = planned.valueNote;
            followUp.note = planned.note;
            const auto id = writer.insertFollowUp(followUp);
            if (!id)
                return failed(id.error());
            if (auto recorded = record("follow_up", *id); !recorded)
                return failed(recorded.error());
            if (auto kept = keepExternalId("follow_up", planned.externalId, *id); !kept)
                return failed(kept.error());
            ++summary.followUps;
            summary.followUpRows << std::pair { *dealId, *id };
        } else if (const auto id = writeTouch(planned, *dealId, contactId, writer, summary); !id) {
            return failed(id.error());
        }
        ++summary.imported;
        if (!touched.contains(*dealId)) {
            touched.insert(*dealId);
            summary.dealIds << *dealId;
        }
    }
    if (!goOn(total))
        return cancelled();
    if (auto finished = finishImport(summary); !finished)
        return Error { finished.error() };
    return summary;
}

Result<QList<ImportRecord>> ImportWriter::imports(const QSqlDatabase &db)
{
    QSqlQuery q = prepared(db,
        QStringLiteral("SELECT id, file, kind, imported_at, undone_at, rows_read, imported, present, skipped "
                       "FROM imports ORDER BY id DESC"));
    if (!q.exec())
        return Error { sqlErrorText(q) };
    QList<ImportRecord> records;
    while (q.next()) {
        ImportRecord record;
        record.id = q.value(0).toLongLong();
        record.file = q.value(1).toString();
        record.kind = q.value(2).toString();
        record.importedAt = dateTimeFromIso(q.value(3).toString());
        if (!q.value(4).isNull())
            record.undoneAt = dateTimeFromIso(q.value(4).toString());
        record.rowsRead = q.value(5).toInt();
        record.imported = q.value(6).toInt();
        record.present = q.value(7).toInt();
        record.skipped = q.value(8).toInt();
        records << record;
    }
    return records;
}

Result<ImportUndo> ImportWriter::undo(qint64 importId)
{
    QSqlQuery state
        = prepared(m_db, QStringLiteral("SELECT file, undone_at FROM imports WHERE id = ?"), { importId });
    if (!state.exec())
        return Error { sqlErrorText(state) };
    if (!state.next())
        return Error { tr("That import is not in this database.") };
    if (!state.value(1).isNull())
        return Error { tr("The import of “%1” was taken back already.").arg(state.value(0).toString()) };
    const auto rowsOf = [&](const char *kind) -> Result<QList<qint64>> {
        QSqlQuery q = prepared(m_db,
            QStringLiteral("SELECT row_id FROM import_rows WHERE import_id = ? AND kind = ? ORDER BY row_id"),
            { importId, QString::fromLatin1(kind) });
        if (!q.exec())
            return Error { sqlErrorText(q) };
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    };
    ImportUndo undo;
    const auto deals = rowsOf("deal");
    if (!deals)
        return Error { deals.error() };
    const QSet<qint64> removedDeals(deals->cbegin(), deals->cend());

    // Touches and follow-ups first: those of deals that stay are named for the views.
    FollowUpWriter followUps(m_db);
    for (const auto &[kind, list] :
        { std::pair { "touch", &undo.removedTouches }, std::pair { "follow_up", &undo.removedFollowUps } }) {
        const auto ids = rowsOf(kind);
        if (!ids)
            return Error { ids.error() };
        const bool touch = QLatin1String(kind) == QLatin1String("touch");
        for (qint64 id : *ids) {
            const qint64 dealId
                = m_statements
                      .scalar(touch ? QStringLiteral("SELECT deal_id FROM touches WHERE id = ?")
                                    : QStringLiteral("SELECT deal_id FROM follow_ups WHERE id = ?"),
                          { id })
                      .toLongLong();
            if (!dealId)
                continue; // deleted by hand since
            // A follow-up the import did with this touch (--update) is open again once it goes.
            const qint64 reopened = touch
                ? scalar(m_db, QStringLiteral("SELECT id FROM follow_ups WHERE done_touch_id = ?"), { id })
                      .toLongLong()
                : 0;
            if (reopened && !removedDeals.contains(dealId))
                undo.restoredFollowUps.append({ dealId, reopened });
            if (auto done = touch ? followUps.removeTouch(id) : followUps.remove(id); !done)
                return Error { done.error() };
            ++(touch ? undo.touches : undo.followUps);
            if (!removedDeals.contains(dealId))
                list->append({ dealId, id });
        }
    }
    // Then its deals, with what was logged on them since.
    FixedClock now(m_clock.now());
    DealWriter dealWriter(m_db, now);
    for (qint64 id : *deals) {
        QSqlQuery &q = m_statements.prepared(
            QStringLiteral("SELECT stage_id, (SELECT count(*) FROM touches WHERE deal_id = d.id) + (SELECT "
                           "count(*) FROM follow_ups WHERE deal_id = d.id) FROM deals d WHERE id = ?"),
            { id });
        if (!q.exec())
            return Error { sqlErrorText(q) };
        if (!q.next())
            continue;
        undo.addedSince += q.value(1).toInt();
        undo.removedDeals.append({ id, q.value(0).toLongLong() });
        if (auto done = dealWriter.remove(id); !done)
            return Error { done.error() };
        ++undo.deals;
    }
    // Deals it updated get back what they held.
    QSqlQuery restore = prepared(m_db,
        QStringLiteral("SELECT deal_id FROM import_updates WHERE import_id = ? ORDER BY deal_id"),
        { importId });
    if (!restore.exec())
        return Error { sqlErrorText(restore) };
    while (restore.next())
        undo.restoredDeals << restore.value(0).toLongLong();
    QSqlQuery restored = prepared(m_db,
        QStringLiteral(
            "UPDATE deals SET (value_minor, currency, owner) = (SELECT u.value_minor, u.currency, u.owner "
            "FROM import_updates u WHERE u.import_id = ? AND u.deal_id = deals.id) WHERE id IN (SELECT "
            "deal_id FROM import_updates WHERE import_id = ?)"),
        { importId, importId });
    if (auto done = execute(restored); !done)
        return Error { done.error() };
    undo.restored = int(undo.restoredDeals.size());
    // Touches and follow-ups it updated too (those of removed deals went with them).
    for (const auto &[kind, list] : { std::pair { "touch", &undo.restoredTouches },
             std::pair { "follow_up", &undo.restoredFollowUps } }) {
        const bool touch = QLatin1String(kind) == QLatin1String("touch");
        QSqlQuery which = prepared(m_db,
            touch ? QStringLiteral(
                "SELECT t.deal_id, t.id FROM import_activity_updates u JOIN touches t ON t.id = "
                "u.row_id WHERE u.import_id = ? AND u.kind = 'touch' ORDER BY t.id")
                  : QStringLiteral(
                      "SELECT f.deal_id, f.id FROM import_activity_updates u JOIN follow_ups f ON f.id "
                      "= u.row_id WHERE u.import_id = ? AND u.kind = 'follow_up' ORDER BY f.id"),
            { importId });
        if (!which.exec())
            return Error { sqlErrorText(which) };
        while (which.next())
            list->append({ which.value(0).toLongLong(), which.value(1).toLongLong() });
        QSqlQuery back = prepared(m_db,
            touch ? QStringLiteral(
                "UPDATE touches SET (occurred_at, outcome, value_kind, value_text, note) = "
                "(SELECT u.moment, u.outcome, u.value_kind, u.value_text, u.note FROM "
                "import_activity_updates u WHERE u.import_id = ? AND u.kind = 'touch' AND "
                "u.row_id = touches.id) WHERE id IN (SELECT row_id FROM import_activity_updates "
                "WHERE import_id = ? AND kind = 'touch')")
                  : QStringLiteral(
                      "UPDATE follow_ups SET (due_on, planned_value_kind, planned_value, note) = "
                      "(SELECT u.moment, u.value_kind, u.value_text, u.note FROM "
                      "import_activity_updates u WHERE u.import_id = ? AND u.kind = 'follow_up' AND "
                      "u.row_id = follow_ups.id) WHERE id IN (SELECT row_id FROM "
                      "import_activity_updates WHERE import_id = ? AND kind = 'follow_up')"),
            { importId, importId });
        if (auto done = execute(back); !done)
            return Error { done.error() };
    }
    // (A follow-up reopened above may have been given back its day here too: counted once.)
    std::sort(undo.restoredFollowUps.begin(), undo.restoredFollowUps.end());
    undo.restoredFollowUps.erase(std::unique(undo.restoredFollowUps.begin(), undo.restoredFollowUps.end()),
        undo.restoredFollowUps.end());
    undo.restoredActivities = int(undo.restoredTouches.size() + undo.restoredFollowUps.size());

    // What it created and nothing uses any more.
    PartyWriter parties(m_db);
    const auto removeUnused = [&](const char *kind, const QString &table, auto remove, int &count,
                                  QList<qint64> *ids) -> Result<void> {
        const auto created = rowsOf(kind);
        if (!created)
            return Error { created.error() };
        for (qint64 id : *created) {
            if (auto done = remove(id); !done)
                return done;
            if (!m_statements
                     .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), { id })
                     .toLongLong()) {
                ++count;
                if (ids)
                    ids->append(id);
            }
        }
        return {};
    };
    if (auto done = removeUnused(
            "contact", QStringLiteral("contacts"),
            [&](qint64 id) { return parties.removeContactIfUnused(id); }, undo.contacts, &undo.contactIds);
        !done)
        return Error { done.error() };
    if (auto done = removeUnused(
            "account", QStringLiteral("accounts"),
            [&](qint64 id) { return parties.removeAccountIfUnused(id); }, undo.accounts, &undo.accountIds);
        !done)
        return Error { done.error() };
    const auto removeStage = [&](qint64 id) {
        QSqlQuery q = prepared(m_db,
            QStringLiteral(
                "DELETE FROM stages WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deals WHERE stage_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM stage_history WHERE from_stage_id = ? OR to_stage_id = ?)"),
            { id, id, id, id });
        return execute(q);
    };
    if (auto done = removeUnused("stage", QStringLiteral("stages"), removeStage, undo.stages, nullptr); !done)
        return Error { done.error() };
    if (undo.stages > 0) {
        QList<qint64> order;
        QSqlQuery open = prepared(
            m_db, QStringLiteral("SELECT id FROM stages WHERE kind = 'open' ORDER BY position, id"));
        if (!open.exec())
            return Error { sqlErrorText(open) };
        while (open.next())
            order << open.value(0).toLongLong();
        if (auto renumbered = SettingsWriter(m_db).renumberStages(order); !renumbered)
            return Error { renumbered.error() };
    }
    const auto removeReason = [&](qint64 id) {
        QSqlQuery q = prepared(m_db,
            QStringLiteral("DELETE FROM lost_reasons WHERE id = ? AND NOT EXISTS (SELECT 1 FROM losses WHERE "
                           "reason_id = ?) AND NOT EXISTS (SELECT 1 FROM deals WHERE lost_reason_id = ?)"),
            { id, id, id });
        return execute(q);
    };
    if (auto done = removeUnused(
            "lost_reason", QStringLiteral("lost_reasons"), removeReason, undo.lostReasons, nullptr);
        !done)
        return Error { done.error() };

    QSqlQuery mark = prepared(m_db, QStringLiteral("UPDATE imports SET undone_at = ? WHERE id = ?"),
        { isoDateTime(m_clock.now()), importId });
    if (auto done = execute(mark); !done)
        return Error { done.error() };
    return undo;
}

} // namespace Ripen
