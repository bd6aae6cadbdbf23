// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
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
// CPU time this process has used so far (user and system), in ms: unlike wall time, not stretched by
// other work on a shared machine.
double cpuMs();
QString fixed(double value, int decimals = 1);
// Reads every row of a prepared query, as a view would.
int drain(QSqlQuery &query);
// Writes over 64 MB, twice the largest CPU cache here, so what is timed next starts with the caches
// of a process that was just doing something else: a timed action and its floor each start so, and
// neither is measured warm from a run of itself just before.
void evictCaches();
// Benchmarks draw offscreen unless QT_QPA_PLATFORM says otherwise (xcb under Xvfb, to compare).
void offscreenUnlessTold();
// A `ripen generate` database of that many deals in dir (deals-N.sqlite), made once and reused.
QString ensureDatabase(const QString &dir, int deals);
// How benchmarks open a database: as Ripen does, but without its backups, so a figure is the command's
// own and not, on the first write of the day, also a copy of the whole file, and the databases in
// --dir get no "backups" folder of gigabytes. bench_backup measures the copies.
Database::Options openOptions();

// A child forked from a benchmark would report the benchmark's pages as its own peak: Linux keeps the
// forked copy's high-water mark through exec. So a benchmark starts itself afresh as a small launcher
// (its main() first hands `--launch COMMAND...` to launch()), which forks the command from its own
// small image, waits for it and prints, as the last line of its output, the command's wall time in
// ms and its peak memory in KB.
constexpr char kLaunch[] = "--launch";
int launch(char *argv[]);

struct ChildRun
{
    bool ok = false; // ran and exited with 0
    double wallMs = 0; // process start to exit
    double paintedMs = -1; // process start to `ripen --screenshot`'s painted window (-1: not told)
    long peakMb = -1; // its VmHWM
    QByteArray output; // what it printed to stdout
};

// Runs program with arguments through this benchmark's launcher (see kLaunch).
ChildRun runMeasured(const QString &program, const QStringList &arguments, int timeoutMs = 600000);

} // namespace Ripen::Bench
