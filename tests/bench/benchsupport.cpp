// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "database.h"
#include "demogenerator.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

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

QString ensureDatabase(const QString &dir, int deals)
{
    const QString path = QDir(dir).filePath(QStringLiteral("deals-%1.sqlite").arg(deals));
    if (QFileInfo::exists(path))
        return path;
    Database db;
    if (!db.open(path)) {
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

} // namespace Ripen::Bench
