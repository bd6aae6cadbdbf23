// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"

#include "clock.h"
#include "commandline.h"
#include "database.h"
#include "demodatabase.h"
#include "demogenerator.h"
#include "sqlutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace Ripen {

int GenerateCommand::run(
    const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err, bool showProgress)
{
    const QString path = options.database;
    const QString shown = QDir::toNativeSeparators(path);
    const bool existed = QFileInfo::exists(path);
    Database database;
    if (!database.open(path)) {
        err << QStringLiteral("ripen: ") << database.errorMessage() << Qt::endl;
        return 1;
    }

    // Demo data mixed into someone's real pipeline could never be told apart again.
    const qint64 accounts
        = scalar(database.connection(), QStringLiteral("SELECT count(*) FROM accounts")).toLongLong();
    const qint64 deals
        = scalar(database.connection(), QStringLiteral("SELECT count(*) FROM deals")).toLongLong();
    if (accounts > 0 || deals > 0) {
        const QLocale locale;
        err << QStringLiteral("ripen: ")
            << tr("“%1” already holds data (accounts: %2, deals: %3). generate only fills a new or empty "
                  "database, so nothing was changed. Give a new file name.")
                   .arg(shown, locale.toString(accounts), locale.toString(deals))
            << Qt::endl;
        return 1;
    }

    DemoGenerator::Options generatorOptions;
    generatorOptions.deals = options.deals;
    generatorOptions.seed = options.seed;
    generatorOptions.today = clock.today();
    const QLocale locale;
    if (showProgress) {
        generatorOptions.progress = [&err, &locale](int written, int total) {
            // "\r" rewrites the same line, so the terminal shows one counter rather than a scroll.
            const int percent = total > 0 ? int(qint64(written) * 100 / total) : 100;
            // The last step, saving the file, takes seconds for a large run: say so, not sit at 100%.
            const QString line = written < total
                ? tr("Writing deals: %1 of %2 (%3%)")
                      .arg(locale.toString(written), locale.toString(total), locale.toString(percent))
                : tr("Writing deals: %1 of %2 (%3%), saving the file…")
                      .arg(locale.toString(written), locale.toString(total), locale.toString(percent));
            err << QLatin1Char('\r') << line << Qt::flush;
        };
        // Accounts and contacts come first: the line is there from the start rather than after them.
        generatorOptions.progress(0, generatorOptions.deals);
    }
    QElapsedTimer timer;
    timer.start();
    const Result<DemoGenerator::Counts> generated = DemoGenerator::generate(database, generatorOptions);
    const qint64 elapsedMs = timer.elapsed();
    if (showProgress)
        err << Qt::endl;
    if (!generated) {
        database.close();
        // A file made only for this run goes again, so the same command can simply be repeated.
        if (!existed)
            DemoDatabase::removeFiles(path, nullptr);
        err << QStringLiteral("ripen: ")
            << tr("Cannot generate demo data in “%1”: %2").arg(shown, generated.error()) << Qt::endl;
        return 1;
    }

    const DemoGenerator::Counts &counts = *generated;
    const QList<std::pair<QString, qint64>> rows = {
        { tr("accounts"), counts.accounts },
        { tr("contacts"), counts.contacts },
        { tr("deals"), counts.deals },
        { tr("touches"), counts.touches },
        { tr("follow-ups"), counts.followUps },
        { tr("stage changes"), counts.stageChanges },
        { tr("losses"), counts.losses },
    };
    int labelWidth = 0, numberWidth = 0;
    for (const auto &[label, count] : rows) {
        labelWidth = std::max(labelWidth, int(label.size()));
        numberWidth = std::max(numberWidth, int(locale.toString(count).size()));
    }
    out << tr("Generated demo data in “%1” in %2 s (seed %3):")
               .arg(shown, locale.toString(elapsedMs / 1000.0, 'f', 2))
               .arg(options.seed)
        << Qt::endl;
    for (const auto &[label, count] : rows)
        out << QStringLiteral("  %1  %2").arg(label, -labelWidth).arg(locale.toString(count), numberWidth)
            << Qt::endl;
    return 0;
}

} // namespace Ripen
