// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTextStream>

class QElapsedTimer;

namespace Ripen::Bench {

// What every benchmark prints to.
QTextStream &out();
double median(QList<double> values);
double slowest(const QList<double> &values);
// This process's resident memory now, in MB (VmRSS).
long residentMb();
double ms(const QElapsedTimer &timer);
QString fixed(double value, int decimals = 1);
// Reads every row of a prepared query, as a view would.
int drain(QSqlQuery &query);
// Benchmarks draw offscreen unless QT_QPA_PLATFORM says otherwise (xcb under Xvfb, to compare).
void offscreenUnlessTold();
// A `ripen generate` database of that many deals in dir (deals-N.sqlite), made once and reused.
QString ensureDatabase(const QString &dir, int deals);

} // namespace Ripen::Bench
