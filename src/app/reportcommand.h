// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Ripen {

class Clock;
struct CommandLine;
struct LostReviewFigures;

// "ripen report lost": the lost-deal review (LostReview) as text, JSON or CSV, headless.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    // The process exit code: 0 on success, 1 with a message on err naming the file when the database
    // cannot be read. A missing database is an error and is not created.
    static int run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err);

    // The three formats, apart so tests can read them without a process.
    // {"from":…,"to":…,"months":[…],"totals":{…}}: keys in this order, values in major units.
    static QString json(const LostReviewFigures &figures);
    // A header, one line per month and a "total" line; pursued_since_loss is only in the total.
    static QString csv(const LostReviewFigures &figures);
    static QString text(const LostReviewFigures &figures, const QString &database);
};

} // namespace Ripen
