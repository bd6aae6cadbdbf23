// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "database.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Ripen::Bench {

void offscreenUnlessTold()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double slowest(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

// This process's resident memory now, in MB (VmRSS).
long residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto msOf = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return msOf(usage.ru_utime) + msOf(usage.ru_stime);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// Reads every row of a prepared query, as a view would.
int drain(QSqlQuery &query)
{
    int rows = 0;
    if (query.exec()) {
        while (query.next())
            ++rows;
    }
    return rows;
}

void evictCaches()
{
    // Allocated and freed each time (a block this large is mapped and unmapped), so the process's
    // memory figures do not carry it.
    std::vector<char> block(std::size_t(64) << 20);
    for (std::size_t i = 0; i < block.size(); i += 64)
        block[i] = char(i >> 6);
    // Read back one byte so the writes are not dropped as unused.
    volatile char kept = block[block.size() / 2];
    (void)kept;
}

Database::Options openOptions()
{
    Database::Options options;
    options.backups = false;
    return options;
}

QString ensureDatabase(const QString &dir, int deals)
{
    const QString path = QDir(dir).filePath(QStringLiteral("deals-%1.sqlite").arg(deals));
    if (QFileInfo::exists(path))
        return path;
    Database db;
    if (!db.open(path, openOptions())) {
        out() << db.errorMessage() << Qt::endl;
        return {};
    }
    DemoGenerator::Options options;
    options.deals = deals;
    options.today = QDate::currentDate();
    QElapsedTimer timer;
    timer.start();
    const auto generated = DemoGenerator::generate(db, options);
    if (!generated) {
        out() << generated.error() << Qt::endl;
        return {};
    }
    out() << "generated " << deals << " deals in " << timer.elapsed() << " ms: " << path << Qt::endl;
    return path;
}

int launch(char *argv[])
{
    timespec start {}, end {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return 1;
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double wallMs = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    // After whatever the command printed (it shares this stdout).
    std::fflush(stdout);
    const double startMs = double(start.tv_sec) * 1e3 + double(start.tv_nsec) / 1e6;
    std::printf("\n%.1f %ld %.1f\n", wallMs, usage.ru_maxrss, startMs);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

ChildRun runMeasured(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ChildRun run;
    QProcess launcher;
    launcher.setProcessChannelMode(QProcess::SeparateChannels);
    // ripen says when it has painted its window (see Application::saveScreenshot).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ripen.startup.info=true"));
    launcher.setProcessEnvironment(environment);
    launcher.start(QCoreApplication::applicationFilePath(),
        QStringList { QString::fromLatin1(kLaunch), program } + arguments);
    if (!launcher.waitForFinished(timeoutMs))
        return run;
    QByteArray output = launcher.readAllStandardOutput().trimmed();
    const qsizetype lastLine = output.lastIndexOf('\n');
    const QList<QByteArray> figures = output.mid(lastLine + 1).split(' ');
    if (figures.size() != 3)
        return run;
    run.wallMs = figures.at(0).toDouble();
    run.peakMb = figures.at(1).toLong() / 1024;
    const QRegularExpressionMatch painted = QRegularExpression(QStringLiteral("painted at (\\d+) ms"))
                                                .match(QString::fromUtf8(launcher.readAllStandardError()));
    if (painted.hasMatch())
        run.paintedMs = painted.captured(1).toDouble() - figures.at(2).toDouble();
    run.output = lastLine < 0 ? QByteArray() : output.left(lastLine).trimmed();
    run.ok = launcher.exitStatus() == QProcess::NormalExit && launcher.exitCode() == 0;
    return run;
}

} // namespace Ripen::Bench
