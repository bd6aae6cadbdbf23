// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendacolumnmodel.h"

#include "cadence.h"
#include "clock.h"
#include "dealsearch.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSqlError>

namespace Ripen {

namespace {

// Open-ended ranges as ISO texts that sort before and after every date, so one statement serves all.
const QString kFirstDay = QStringLiteral("0000-01-01");
const QString kLastDay = QStringLiteral("9999-12-31");

// The card columns (in the order of Column), then whether it belongs here, then the joins.
QString cardSelectSql(const QString &here)
{
    // A step's number and the size of its series are two probes of follow_ups_series, for the rows
    // read only.
    return QStringLiteral(
        "SELECT f.id, f.deal_id, d.title, a.name, c.name, c.id, f.channel, f.planned_value_kind, "
        "f.planned_value, f.due_on, s.name, d.status, f.cadence, f.series_id, "
        "CASE WHEN f.series_id IS NULL THEN 0 ELSE (SELECT count(*) FROM follow_ups g "
        "WHERE g.series_id = f.series_id AND (g.due_on < f.due_on OR (g.due_on = f.due_on AND g.id <= "
        "f.id))) END, "
        "CASE WHEN f.series_id IS NULL THEN 0 ELSE (SELECT count(*) FROM follow_ups g "
        "WHERE g.series_id = f.series_id) END, "
        "f.series_until, d.owner, d.account_id, d.reengage_on, %1 "
        "FROM follow_ups f JOIN deals d ON d.id = f.deal_id JOIN accounts a ON a.id = d.account_id "
        "JOIN stages s ON s.id = d.stage_id LEFT JOIN contacts c ON c.id = coalesce(f.contact_id, "
        "d.contact_id) ")
        .arg(here);
}

} // namespace

QString AgendaColumnModel::shortCadenceName(Cadence cadence)
{
    // A card has room for a word, not for the sentence the cadence's label is.
    switch (cadence) {
    case Cadence::ReEngage:
        return tr("Re-engage");
    case Cadence::Ghosted:
        return tr("Ghosted");
    case Cadence::LongGame:
        return tr("Long game");
    case Cadence::None:
        break;
    }
    return QString();
}

AgendaColumnModel::AgendaColumnModel(Pipeline &pipeline, const QDate &from, const QDate &to, QObject *parent)
    : QAbstractListModel(parent)
    , m_pipeline(pipeline)
    , m_from(from)
    , m_to(to)
{
    connect(&m_pipeline, &Pipeline::followUpRescheduled, this,
        [this](qint64 followUpId, const QDate &from) { m_rescheduledFrom.insert(followUpId, from); });
    connect(&m_pipeline, &Pipeline::followUpChanged, this,
        [this](qint64, qint64 followUpId) { reconcile(followUpId); });
    // What a card shows of its deal (title, stage, owner) and of its account and contact.
    const auto dealChanged = [this](qint64 dealId) {
        rereadWhere([dealId](const Card &card) { return card.fields[DealIdColumn].toLongLong() == dealId; });
    };
    connect(&m_pipeline, &Pipeline::dealChanged, this, dealChanged);
    connect(&m_pipeline, &Pipeline::bulkChanged, this, &AgendaColumnModel::refresh);
    connect(&m_pipeline, &Pipeline::dealMoved, this, dealChanged);
    connect(&m_pipeline, &Pipeline::accountChanged, this, [this](qint64 accountId) {
        rereadWhere(
            [accountId](const Card &card) { return card.fields[AccountIdColumn].toLongLong() == accountId; });
    });
    connect(&m_pipeline, &Pipeline::contactChanged, this, [this](qint64 contactId, qint64) {
        rereadWhere(
            [contactId](const Card &card) { return card.fields[ContactIdColumn].toLongLong() == contactId; });
    });
    refresh();
}

void AgendaColumnModel::setRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refresh();
}

void AgendaColumnModel::setFilter(const AgendaFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

bool AgendaColumnModel::inRange(const QDate &day) const
{
    return day.isValid() && (!m_from.isValid() || m_from <= day) && (!m_to.isValid() || day <= m_to);
}

QString AgendaColumnModel::filterSql(bool withRange) const
{
    QStringList parts { withRange ? QStringLiteral("f.done_on IS NULL AND f.due_on >= ? AND f.due_on <= ?")
                                  : QStringLiteral("f.done_on IS NULL") };
    if (!m_filter.owner.isEmpty())
        parts << QStringLiteral("d.owner = ?");
    if (m_filter.channel)
        parts << QStringLiteral("f.channel = ?");
    if (m_filter.valueLessOnly)
        parts << QStringLiteral("f.planned_value_kind = 'none'");
    if (!m_filter.text.trimmed().isEmpty())
        parts << QStringLiteral("d.id IN (SELECT rowid FROM deal_search WHERE %1)")
                     .arg(DealSearch::matchSql(m_filter.text.trimmed()));
    return parts.join(QStringLiteral(" AND "));
}

void AgendaColumnModel::bindRange(QSqlQuery &query) const
{
    addBindValue(query, m_from.isValid() ? isoDate(m_from) : kFirstDay);
    addBindValue(query, m_to.isValid() ? isoDate(m_to) : kLastDay);
    bindFilter(query);
}

void AgendaColumnModel::bindFilter(QSqlQuery &query) const
{
    if (!m_filter.owner.isEmpty())
        addBindValue(query, m_filter.owner);
    if (m_filter.channel)
        addBindValue(query, enumKey(*m_filter.channel));
    if (!m_filter.text.trimmed().isEmpty())
        DealSearch::bindMatch(query, m_filter.text.trimmed());
}

QString AgendaColumnModel::pageSql(bool afterCard) const
{
    // A page starts after the last card read: reading page 100 costs what page 1 does.
    return cardSelectSql(QStringLiteral("1"))
        + QStringLiteral("WHERE %1%2 ORDER BY f.due_on, f.id LIMIT ?")
              .arg(filterSql(), afterCard ? QStringLiteral(" AND (f.due_on, f.id) > (?, ?)") : QString());
}

QString AgendaColumnModel::countSql() const
{
    // Without a filter on the deal, the count is answered from the open-follow-ups index alone.
    const bool dealJoin = !m_filter.owner.isEmpty() || !m_filter.text.trimmed().isEmpty();
    return QStringLiteral("SELECT count(*) FROM follow_ups f %1 WHERE %2")
        .arg(dealJoin ? QStringLiteral("JOIN deals d ON d.id = f.deal_id") : QString(), filterSql());
}

std::optional<AgendaColumnModel::Card> AgendaColumnModel::readCard(qint64 followUpId) const
{
    QSqlQuery query(m_pipeline.connection());
    query.setForwardOnly(true);
    query.prepare(
        cardSelectSql(QStringLiteral("(%1)").arg(filterSql(false))) + QStringLiteral("WHERE f.id = ?"));
    bindFilter(query);
    query.addBindValue(followUpId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Card card;
    for (int column = 0; column < ColumnCount; ++column)
        card.fields[column] = query.value(column);
    card.matches = query.value(ColumnCount).toBool();
    card.here = card.matches && inRange(dateFromIso(card.fields[DueColumn].toString()));
    return card;
}

int AgendaColumnModel::fetchPage()
{
    QSqlQuery query(m_pipeline.connection());
    query.setForwardOnly(true);
    const bool after = !m_cards.isEmpty();
    query.prepare(pageSql(after));
    bindRange(query);
    if (after) {
        query.addBindValue(m_cards.last().fields[DueColumn]);
        query.addBindValue(m_cards.last().fields[IdColumn]);
    }
    query.addBindValue(kPageSize);
    QList<Card> page;
    if (query.exec()) {
        while (query.next()) {
            Card card;
            for (int column = 0; column < ColumnCount; ++column)
                card.fields[column] = query.value(column);
            card.matches = card.here = true;
            page << card;
        }
    } else {
        qWarning("Ripen: reading the agenda failed: %s", qPrintable(query.lastError().text()));
    }
    m_atEnd = page.size() < kPageSize;
    if (!page.isEmpty()) {
        const bool resetting = m_resetting;
        if (!resetting)
            beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + page.size() - 1));
        m_cards.append(page);
        if (!resetting)
            endInsertRows();
    }
    return int(page.size());
}

void AgendaColumnModel::readCount()
{
    QSqlQuery query(m_pipeline.connection());
    query.setForwardOnly(true);
    query.prepare(countSql());
    bindRange(query);
    m_count = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    emit countChanged();
}

void AgendaColumnModel::refresh()
{
    const qsizetype fetched = m_cards.size();
    beginResetModel();
    m_resetting = true;
    m_cards.clear();
    m_atEnd = false;
    // Keep what the view had scrolled into, so a refresh does not jump back to the top.
    while (fetchPage() > 0 && !m_atEnd && m_cards.size() < fetched) { }
    m_resetting = false;
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    if (m_atEnd) {
        m_count = m_cards.size(); // every card is read: no need to count them again
        emit countChanged();
    } else {
        readCount();
    }
}

int AgendaColumnModel::insertionRow(const Card &card) const
{
    const auto key = card.key();
    int low = 0, high = int(m_cards.size());
    while (low < high) {
        const int middle = (low + high) / 2;
        if (m_cards.at(middle).key() < key)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

std::optional<bool> AgendaColumnModel::countedBefore(
    qint64 followUpId, int row, const std::optional<Card> &card) const
{
    if (row >= 0)
        return true;
    if (m_atEnd)
        return false; // every card is read and it was not among them
    if (!card)
        return std::nullopt; // gone, and nothing says where it was
    // Its place before the change: the day it was moved from, else the day it has now.
    const QDate before = m_rescheduledFrom.value(followUpId, dateFromIso(card->fields[DueColumn].toString()));
    const std::pair<QString, qint64> key { isoDate(before), followUpId };
    // Up to the last card read, it would be among the rows had it been counted.
    if (m_cards.isEmpty() || !(m_cards.last().key() < key))
        return false;
    // Beyond them: a reschedule changes nothing but the day, so it matched then as it matches now.
    if (m_rescheduledFrom.contains(followUpId))
        return card->matches && inRange(before);
    return std::nullopt; // opened, closed or edited beyond the rows read: only a count knows
}

void AgendaColumnModel::reconcile(qint64 followUpId)
{
    const int row = rowOfFollowUp(followUpId);
    const QDate movedFrom = m_rescheduledFrom.value(followUpId);
    // Most changes concern one or two columns: a one-row probe spares the others reading the card.
    if (row < 0) {
        if (!m_probe.isActive() && m_probe.lastQuery().isEmpty()) {
            m_probe = QSqlQuery(m_pipeline.connection());
            m_probe.setForwardOnly(true);
            m_probe.prepare(QStringLiteral("SELECT due_on FROM follow_ups WHERE id = ?"));
        }
        m_probe.bindValue(0, followUpId);
        const bool found = m_probe.exec() && m_probe.next();
        const QDate due = found ? dateFromIso(m_probe.value(0).toString()) : QDate();
        m_probe.finish();
        // Its day now, and before a reschedule (without one the day did not change), both elsewhere: it
        // was not here and is not now. Gone, where every card was read: it was not here either.
        if ((found && !inRange(due) && !inRange(movedFrom)) || (!found && m_atEnd)) {
            m_rescheduledFrom.remove(followUpId);
            return;
        }
    }
    const std::optional<Card> card = readCard(followUpId);
    const bool here = card && card->here;
    const std::optional<bool> wasCounted = countedBefore(followUpId, row, card);
    m_rescheduledFrom.remove(followUpId);
    if (row >= 0) {
        if (here && m_cards.at(row).key() == card->key()) {
            m_cards[row] = *card;
            emit dataChanged(index(row, 0), index(row, 0));
        } else {
            beginRemoveRows({}, row, row);
            m_cards.removeAt(row);
            endRemoveRows();
        }
    }
    if (here && rowOfFollowUp(followUpId) < 0) {
        const int at = insertionRow(*card);
        // Past the last card read, while more are to come: it arrives with its page.
        if (at < m_cards.size() || m_atEnd) {
            beginInsertRows({}, at, at);
            m_cards.insert(at, *card);
            endInsertRows();
        }
    }
    if (!wasCounted) {
        readCount();
        return;
    }
    const qint64 before = m_count;
    m_count += (here ? 1 : 0) - (*wasCounted ? 1 : 0);
    if (m_count != before)
        emit countChanged();
}

void AgendaColumnModel::rereadWhere(const std::function<bool(const Card &)> &concerned)
{
    // A filter on the deal, account or contact may now let other cards in or out: read again.
    if (!m_filter.owner.isEmpty() || !m_filter.text.trimmed().isEmpty()) {
        bool any = false;
        for (const Card &card : std::as_const(m_cards))
            any = any || concerned(card);
        if (any || !m_atEnd) {
            refresh();
            return;
        }
    }
    for (int row = 0; row < m_cards.size(); ++row) {
        if (!concerned(m_cards.at(row)))
            continue;
        if (const auto fresh = readCard(m_cards.at(row).id()); fresh && fresh->here) {
            m_cards[row] = *fresh;
            emit dataChanged(index(row, 0), index(row, 0));
        }
    }
}

int AgendaColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

bool AgendaColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcingReset;
}

void AgendaColumnModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

int AgendaColumnModel::rowOfFollowUp(qint64 followUpId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).id() == followUpId)
            return row;
    }
    return -1;
}

qint64 AgendaColumnModel::followUpIdAt(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row).id() : 0;
}

QVariant AgendaColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const int row = index.row();
    const auto cadence = [&] { return cadenceFromStoredText(field(row, CadenceColumn).toString()); };
    const auto reEngage = [&] { return field(row, StatusColumn).toString() == enumKey(DealStatus::Lost); };
    const auto until = [&] {
        QDate date = dateFromIso(field(row, SeriesUntilColumn).toString());
        if (!date.isValid() && reEngage())
            date = dateFromIso(field(row, ReengageOnColumn).toString());
        return date;
    };
    switch (role) {
    case Qt::DisplayRole:
    case DealTitleRole:
        return field(row, TitleColumn);
    case Qt::ToolTipRole: {
        // What a narrow card cuts short, whole.
        QStringList lines { tr("%1 — %2").arg(
            field(row, TitleColumn).toString(), field(row, AccountColumn).toString()) };
        if (const QString value = field(row, PlannedValueColumn).toString(); !value.isEmpty())
            lines << value;
        if (const QString marker = data(index, CadenceMarkerRole).toString(); !marker.isEmpty())
            lines << marker;
        lines << field(row, StageColumn).toString();
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        const QString value = field(row, PlannedValueColumn).toString();
        return tr("%1, %2, %3: %4")
            .arg(field(row, TitleColumn).toString(), field(row, AccountColumn).toString(),
                enumLabel(
                    enumFromKey<Channel>(field(row, ChannelColumn).toString()).value_or(Channel::Email)),
                value.isEmpty() ? tr("no value planned") : value);
    }
    case FollowUpIdRole:
        return field(row, IdColumn);
    case DealIdRole:
        return field(row, DealIdColumn);
    case AccountRole:
        return field(row, AccountColumn);
    case ContactRole:
        return field(row, ContactColumn);
    case ContactIdRole:
        return field(row, ContactIdColumn).toLongLong();
    case ChannelRole:
        return int(enumFromKey<Channel>(field(row, ChannelColumn).toString()).value_or(Channel::Email));
    case ValueKindRole:
        return int(enumFromKey<ValueKind>(field(row, ValueKindColumn).toString()).value_or(ValueKind::None));
    case PlannedValueRole:
        return field(row, PlannedValueColumn);
    case DueOnRole:
        return dateFromIso(field(row, DueColumn).toString());
    case StageRole:
        return field(row, StageColumn);
    case DealStatusRole:
        return int(enumFromKey<DealStatus>(field(row, StatusColumn).toString()).value_or(DealStatus::Open));
    case CadenceRole:
        return int(cadence());
    case SeriesIdRole:
        return field(row, SeriesColumn).toLongLong();
    case StepRole:
        return field(row, StepColumn).toInt();
    case StepCountRole:
        return field(row, StepCountColumn).toInt();
    case SeriesUntilRole:
        return until();
    case OwnerRole:
        return field(row, OwnerColumn);
    case AccountIdRole:
        return field(row, AccountIdColumn).toLongLong();
    case ReEngageRole:
        return reEngage();
    case CadenceMarkerRole: {
        const int steps = field(row, StepCountColumn).toInt();
        const QDate end = until();
        const QString day = end.isValid() ? QLocale().toString(end, QStringLiteral("d MMM")) : QString();
        if (steps > 0)
            return end.isValid()
                ? tr("%1 of %2 before %3").arg(field(row, StepColumn).toInt()).arg(steps).arg(day)
                : tr("%1 of %2").arg(field(row, StepColumn).toInt()).arg(steps);
        if (cadence() == Cadence::None)
            return QString();
        return end.isValid() ? tr("%1 before %2").arg(shortCadenceName(cadence()), day)
                             : shortCadenceName(cadence());
    }
    default:
        return {};
    }
}

Qt::ItemFlags AgendaColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions AgendaColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgendaColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaColumnModel::mimeTypes() const
{
    return { QString::fromLatin1(kMimeType) };
}

QMimeData *AgendaColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = followUpIdAt(index.row());
        if (id && !ids.contains(id))
            ids << id;
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), encoded);
    return mime;
}

QList<qint64> AgendaColumnModel::followUpIdsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return ids;
    QDataStream stream(data->data(QString::fromLatin1(kMimeType)));
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

bool AgendaColumnModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    // Nothing is planned into the past: Overdue (no first day) takes no drops.
    return action == Qt::MoveAction && m_from.isValid() && !followUpIdsFromMime(data).isEmpty();
}

bool AgendaColumnModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = followUpIdsFromMime(data);
    if (ids.isEmpty())
        return false;
    if (acceptsDay())
        emit rescheduleRequested(ids, m_from);
    else
        emit pickDateRequested(ids);
    // The rows move when the Pipeline says so; the model removes no rows for the view.
    return true;
}

} // namespace Ripen
