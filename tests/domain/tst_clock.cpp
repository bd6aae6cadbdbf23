// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QtTest>

using namespace Ripen;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void readsStoredDates_data();
    void readsStoredDates();
    void roundTrips();
};

void TestClock::readsStoredDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a stored moment

    QTest::newRow("moment") << "2026-11-23T10:05:09" << QDateTime(QDate(2026, 11, 23), QTime(10, 5, 9));
    QTest::newRow("day alone") << "2026-02-28" << QDateTime(QDate(2026, 2, 28), QTime(0, 0));
    QTest::newRow("longer text") << "2026-11-23T10:05:09.123"
                                 << QDateTime(QDate(2026, 11, 23), QTime(10, 5, 9));
    QTest::newRow("leap day") << "2028-02-29T23:59:59" << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59));
    QTest::newRow("no such day") << "2026-02-30T10:00:00" << QDateTime();
    QTest::newRow("month 13") << "2026-13-01" << QDateTime();
    QTest::newRow("hour 24") << "2026-11-23T24:00:00" << QDateTime();
    QTest::newRow("letters") << "2026-1a-23T10:00:00" << QDateTime();
    QTest::newRow("slashes") << "2026/11/23" << QDateTime();
    QTest::newRow("space for T") << "2026-11-23 10:00:00" << QDateTime();
    QTest::newRow("cut short") << "2026-11-23T10:00" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestClock::readsStoredDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime read = dateTimeFromIso(text);
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(read, expected);
    // The day alone reads wherever the moment does, and only then.
    QCOMPARE(
        dateFromIso(text), expected.isValid() || text.size() >= 10 ? dateFromIso(text.left(10)) : QDate());
    if (expected.isValid())
        QCOMPARE(dateFromIso(text), expected.date());
}

void TestClock::roundTrips()
{
    const QDateTime moment(QDate(2026, 3, 2), QTime(8, 30, 15));
    QCOMPARE(dateTimeFromIso(isoDateTime(moment)), moment);
    QCOMPARE(dateFromIso(isoDate(moment.date())), moment.date());
}

QTEST_APPLESS_MAIN(TestClock)
#include "tst_clock.moc"
