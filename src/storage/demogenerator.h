#pragma once

#include <QDate>
#include <QString>

namespace Ripen {

class Database;

// Fills an empty Ripen database with a believable pipeline whose dates are relative to "today".
class DemoGenerator
{
public:
    struct Options
    {
        int deals = 150;
        quint32 seed = 1;
        QDate today;
    };
    struct Counts
    {
        qint64 accounts = 0, contacts = 0, deals = 0, touches = 0, followUps = 0, stageChanges = 0;
    };

    // One transaction; on failure nothing is written and errorMessage says why.
    static bool generate(Database &database, const Options &options, Counts *counts, QString *errorMessage);
};

} // namespace Ripen
