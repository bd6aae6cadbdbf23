// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/followupcalendar.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace Ripen;
using namespace Ripen::Test;

class TestFollowUpCalendar : public QObject
{
    Q_OBJECT

private slots:
    void exportsOpenFollowUpsOnly();
    void queryUsesTheOpenFollowUpsIndex();
};

void TestFollowUpCalendar::exportsOpenFollowUpsOnly()
{
    TestDatabase db;
    const qint64 acme = db.account(QStringLiteral("Acme, Inc."));
    const qint64 jane = db.contact(acme, QStringLiteral("Jane Doe"));
    const qint64 deal = db.deal(QStringLiteral("Renewal; phase 2"), 0, acme);
    Pipeline &p = db.pipeline();
    FollowUp planned;
    planned.dealId = deal;
    planned.contactId = jane;
    planned.dueOn = fixedNow().date().addDays(3);
    planned.channel = Channel::HandwrittenNote;
    planned.plannedValueKind = ValueKind::Insight;
    planned.plannedValue = QStringLiteral("Their market, in three numbers");
    const qint64 valueStep = *p.scheduleFollowUp(planned);
    planned.contactId = 0;
    planned.dueOn = fixedNow().date().addDays(10);
    planned.plannedValueKind = ValueKind::None;
    planned.plannedValue.clear();
    const qint64 bareStep = *p.scheduleFollowUp(planned);
    planned.dueOn = fixedNow().date();
    const qint64 doneStep = *p.scheduleFollowUp(planned);
    Touch touch;
    touch.dealId = deal;
    touch.occurredAt = fixedNow();
    QVERIFY(p.logTouch(touch, doneStep).ok());

    const auto events = FollowUpCalendar::openFollowUps(p);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), 2); // the done one is not a plan any more
    const ICalendarWriter::Event &first = events->at(0);
    QCOMPARE(first.uid, FollowUpCalendar::uidOf(valueStep));
    QCOMPARE(first.day, fixedNow().date().addDays(3));
    QCOMPARE(first.summary, QStringLiteral("Handwritten note Jane Doe: Renewal; phase 2 (Acme, Inc.)"));
    QVERIFY2(first.description.contains(QLatin1String("Their market, in three numbers")),
        qPrintable(first.description));
    QCOMPARE(events->at(1).uid, FollowUpCalendar::uidOf(bareStep));
    QVERIFY(events->at(1).description.startsWith(QLatin1String("No value planned yet")));

    // A window of days: only what falls inside it.
    const auto window
        = FollowUpCalendar::openFollowUps(p, fixedNow().date().addDays(5), fixedNow().date().addDays(30));
    QCOMPARE(window->size(), 1);
    QCOMPARE(window->first().uid, FollowUpCalendar::uidOf(bareStep));
}

void TestFollowUpCalendar::queryUsesTheOpenFollowUpsIndex()
{
    TestDatabase db;
    QSqlQuery plan(db.connection());
    QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + FollowUpCalendar::selectSql()));
    plan.addBindValue(QStringLiteral("0000-01-01"));
    plan.addBindValue(QStringLiteral("9999-12-31"));
    QVERIFY(plan.exec());
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY2(steps.join(QLatin1Char('\n')).contains(QLatin1String("follow_ups_open_due")),
        qPrintable(steps.join(QLatin1Char('\n'))));
}

RIPEN_CORE_TEST_MAIN(TestFollowUpCalendar)
#include "tst_followupcalendar.moc"
