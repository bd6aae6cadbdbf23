// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ripen {

// The names and texts the demo data is made of: companies, people, cities, notes and what a touch
// said. They live in resources/demo/demo-data.json so they can be read and changed as data; what is
// done with them (chances, dates, the shape of a deal) stays in DemoGenerator. Every table is checked
// when it is read, so the generator may pick from any of them without looking.
struct DemoData
{
    // The generator weighs the regions and knows which of them have phone numbers kept free for
    // fiction, so the set is fixed here; the file names them by country code (DE, AT...).
    enum Region { Germany, Austria, Netherlands, France, Finland, UnitedKingdom, UnitedStates, RegionCount };
    // The file names them by language code (de, nl...).
    enum Language { German, Dutch, French, Finnish, English, LanguageCount };

    struct City
    {
        QString name;
        Region region = Germany;
        QString phone; // country and area code
    };

    struct Industry
    {
        QString name; // accounts.industry
        QString peer; // "a similar logistics company"
        QString topic; // "the 2026 logistics cost benchmark"
        QString site; // "Bremen hub"
        QStringList coresGerman, coresEnglish;
        QStringList dealTitles; // what this kind of business buys, besides the generic titles
    };

    struct CuratedAccount
    {
        QString name;
        int industry = 0; // index into industries
        QString city; // the name of one of the cities
    };

    // The same piece of value as a plan ("Send ...") and as a logged touch ("Sent ...").
    struct ValueText
    {
        QString planned, done;
    };

    QList<City> cities;
    QList<int> citiesOf[RegionCount]; // indexes into cities, none empty
    QString currencyOf[RegionCount];
    QStringList legalForms[RegionCount];
    QList<Industry> industries;
    QList<CuratedAccount> curated;
    QStringList firstNames[LanguageCount], lastNames[LanguageCount], prefixes[LanguageCount];
    QStringList jobTitles[enumCount<ContactRole>()];
    QStringList siteManagerTitles;
    QStringList contactNotes[enumCount<ContactRole>()];
    QStringList accountNotes;
    QStringList siteNotes;
    QStringList dealTitles;
    QStringList owners; // at least three: the generator shares the accounts out among three owners
    QStringList competitors;
    QList<ValueText> values[enumCount<ValueKind>()]; // every kind but None
    QList<ValueText> afterWin;
    QStringList bareNotes[enumCount<Channel>()]; // the channels a bare check-in uses
    // What came of a touch, said on the phone or face to face, or written back.
    QStringList spokenNotes[enumCount<TouchOutcome>()], writtenNotes[enumCount<TouchOutcome>()];
    QStringList lostNotes[enumCount<NoMeaning>()];
    QStringList anchorTexts[4]; // first conversation, meeting booked, discovery done, proposal presented
    QStringList firstReplyTexts; // the first conversation, when it began in writing
    QStringList wonTexts, reopenTexts, lostTexts, ghostedTexts, competitorTexts, timingTexts;
    QStringList followUpNotes;
    QStringList legalSuffixes; // stripped for short names and domains

    // The tables built into the library (:/ripen/demo/demo-data.json), read and checked on first use.
    static const Result<DemoData> &builtIn();
    // A file that cannot be read, is not JSON or lacks a table or has one of the wrong shape is an
    // error naming the file and the key, e.g. "industries[3].topic".
    static Result<DemoData> load(const QString &fileName);
    static Result<DemoData> parse(const QByteArray &json, const QString &fileName);
};

} // namespace Ripen
