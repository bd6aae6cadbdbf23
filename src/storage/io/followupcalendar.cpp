// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/followupcalendar.h"

#include "cadence.h"
#include "clock.h"
#include "enums.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Ripen {

QString FollowUpCalendar::selectSql()
{
    return QStringLiteral(
        "SELECT f.id, f.due_on, f.channel, f.planned_value_kind, f.planned_value, f.cadence, "
        "f.note, d.title, a.name, coalesce(c.name, ''), d.status "
        "FROM follow_ups f JOIN deals d ON d.id = f.deal_id JOIN accounts a ON a.id = d.account_id "
        "LEFT JOIN contacts c ON c.id = f.contact_id "
        "WHERE f.done_on IS NULL AND f.due_on >= ? AND f.due_on <= ? ORDER BY f.due_on, f.id");
}

Result<QByteArray> FollowUpCalendar::calendar(
    const Pipeline &pipeline, const QDateTime &stamp, const QDate &from, const QDate &to)
{
    const auto events = openFollowUps(pipeline, from, to);
    if (!events)
        return Error { events.error() };
    return ICalendarWriter::calendar(*events, stamp);
}

Result<int> FollowUpCalendar::exportTo(
    const Pipeline &pipeline, const QString &path, const QDateTime &stamp, const QDate &from, const QDate &to)
{
    const auto events = openFollowUps(pipeline, from, to);
    if (!events)
        return Error { events.error() };
    const QByteArray calendar = ICalendarWriter::calendar(*events, stamp);
    // QSaveFile replaces the file only once everything is on disk: never a half-written calendar.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size() || !file.commit())
        return Error { QCoreApplication::translate("FollowUpCalendar", "Cannot write “%1”: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    return int(events->size());
}

QString FollowUpCalendar::uidOf(qint64 followUpId)
{
    return QStringLiteral("follow-up-%1@ripen").arg(followUpId);
}

Result<QList<ICalendarWriter::Event>> FollowUpCalendar::openFollowUps(
    const Pipeline &pipeline, const QDate &from, const QDate &to)
{
    // Served by the partial index follow_ups_open_due (due_on of the open ones).
    QSqlQuery q = prepared(pipeline.connection(), selectSql(),
        { from.isValid() ? isoDate(from) : QStringLiteral("0000-01-01"),
            to.isValid() ? isoDate(to) : QStringLiteral("9999-12-31") });
    if (!q.exec())
        return Error { sqlErrorText(q) };
    QList<ICalendarWriter::Event> events;
    while (q.next()) {
        ICalendarWriter::Event event;
        event.uid = uidOf(q.value(0).toLongLong());
        event.day = dateFromIso(q.value(1).toString());
        const QString channel
            = enumLabel(enumFromKey<Channel>(q.value(2).toString()).value_or(Channel::Email));
        const QString contact = q.value(9).toString();
        const QString deal = q.value(7).toString();
        const QString account = q.value(8).toString();
        event.summary = contact.isEmpty()
            ? QCoreApplication::translate("FollowUpCalendar", "%1: %2 (%3)").arg(channel, deal, account)
            : QCoreApplication::translate("FollowUpCalendar", "%1 %2: %3 (%4)")
                  .arg(channel, contact, deal, account);
        QStringList description;
        const auto kind = enumFromKey<ValueKind>(q.value(3).toString()).value_or(ValueKind::None);
        if (kind == ValueKind::None)
            description << QCoreApplication::translate(
                "FollowUpCalendar", "No value planned yet: bring something, not a bare check-in.");
        else
            description << QCoreApplication::translate("FollowUpCalendar", "Bring %1: %2")
                               .arg(enumLabel(kind), q.value(4).toString());
        const Cadence cadence = cadenceFromStoredText(q.value(5).toString());
        if (cadence != Cadence::None)
            description << enumLabel(cadence);
        if (q.value(10).toString() == QLatin1String("lost"))
            description << QCoreApplication::translate("FollowUpCalendar", "Re-engaging a lost deal.");
        if (const QString note = q.value(6).toString(); !note.isEmpty())
            description << note;
        event.description = description.join(QLatin1Char('\n'));
        events << event;
    }
    return events;
}

} // namespace Ripen
