#include "demogenerator.h"

#include "clock.h"
#include "database.h"
#include "enums.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <numeric>

namespace Ripen {

namespace {

// ---------------------------------------------------------------------------------------------------
// Pools. Demo content is data, not user interface text, so it is not translated.

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

enum Region { Germany, Austria, Netherlands, France, Finland, UnitedKingdom, UnitedStates, RegionCount };
enum Language { German, Dutch, French, Finnish, English, LanguageCount };

Language languageOf(Region region)
{
    switch (region) {
    case Germany:
    case Austria:
        return German;
    case Netherlands:
        return Dutch;
    case France:
        return French;
    case Finland:
        return Finnish;
    case UnitedKingdom:
    case UnitedStates:
    case RegionCount:
        break;
    }
    return English;
}

struct City
{
    QString name;
    Region region;
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
    int industry;
    QString city;
};

// The same piece of value as a plan ("Send ...") and as a logged touch ("Sent ...").
struct ValueText
{
    QString planned, done;
};

struct Pools
{
    QList<City> cities;
    QList<int> citiesOf[RegionCount];
    QString currencyOf[RegionCount];
    QStringList legalForms[RegionCount];
    QList<Industry> industries;
    QList<CuratedAccount> curated;
    QStringList firstNames[LanguageCount], lastNames[LanguageCount], prefixes[LanguageCount];
    QStringList jobTitles[enumCount<ContactRole>()];
    QStringList siteManagerTitles;
    QStringList contactNotes[enumCount<ContactRole>()];
    QStringList accountNotes;
    QStringList siteNote;
    QStringList dealTitles;
    QStringList owners;
    QStringList competitors;
    QList<ValueText> values[enumCount<ValueKind>()];
    QList<ValueText> afterWin;
    QStringList bareNotes[enumCount<Channel>()];
    // What came of a touch, said on the phone or face to face, or written back.
    QStringList spokenNotes[enumCount<TouchOutcome>()], writtenNotes[enumCount<TouchOutcome>()];
    QStringList lostNotes[enumCount<NoMeaning>()];
    QStringList anchorTexts[4]; // first conversation, meeting booked, discovery done, proposal presented
    QStringList firstReplyTexts; // the first conversation, when it began in writing
    QStringList wonTexts, reopenTexts, lostTexts, ghostedTexts, competitorTexts, timingTexts;
    QStringList followUpNotes;
    QStringList legalSuffixes; // stripped for short names and domains

    Pools();
};

Pools::Pools()
{
    struct CitySeed
    {
        const char *name;
        Region region;
        const char *phone;
    };
    const CitySeed citySeeds[] = {
        { "Hamburg", Germany, "+49 40" },
        { "Bremen", Germany, "+49 421" },
        { "Munich", Germany, "+49 89" },
        { "Stuttgart", Germany, "+49 711" },
        { "Cologne", Germany, "+49 221" },
        { "Düsseldorf", Germany, "+49 211" },
        { "Leipzig", Germany, "+49 341" },
        { "Hanover", Germany, "+49 511" },
        { "Nuremberg", Germany, "+49 911" },
        { "Frankfurt", Germany, "+49 69" },
        { "Berlin", Germany, "+49 30" },
        { "Dresden", Germany, "+49 351" },
        { "Kiel", Germany, "+49 431" },
        { "Mannheim", Germany, "+49 621" },
        { "Bielefeld", Germany, "+49 521" },
        { "Vienna", Austria, "+43 1" },
        { "Graz", Austria, "+43 316" },
        { "Linz", Austria, "+43 732" },
        { "Salzburg", Austria, "+43 662" },
        { "Rotterdam", Netherlands, "+31 10" },
        { "Utrecht", Netherlands, "+31 30" },
        { "Eindhoven", Netherlands, "+31 40" },
        { "Amsterdam", Netherlands, "+31 20" },
        { "Groningen", Netherlands, "+31 50" },
        { "Lyon", France, "+33 4" },
        { "Lille", France, "+33 3" },
        { "Bordeaux", France, "+33 5" },
        { "Nantes", France, "+33 2" },
        { "Strasbourg", France, "+33 3" },
        { "Helsinki", Finland, "+358 9" },
        { "Tampere", Finland, "+358 3" },
        { "Manchester", UnitedKingdom, "+44 1632" },
        { "Leeds", UnitedKingdom, "+44 1632" },
        { "Bristol", UnitedKingdom, "+44 1632" },
        { "Birmingham", UnitedKingdom, "+44 1632" },
        { "Glasgow", UnitedKingdom, "+44 1632" },
        { "Nottingham", UnitedKingdom, "+44 1632" },
        { "Sheffield", UnitedKingdom, "+44 1632" },
        { "Boston", UnitedStates, "+1 617" },
        { "Chicago", UnitedStates, "+1 312" },
        { "Denver", UnitedStates, "+1 303" },
        { "Austin", UnitedStates, "+1 512" },
        { "Columbus", UnitedStates, "+1 614" },
        { "Portland", UnitedStates, "+1 503" },
        { "Raleigh", UnitedStates, "+1 919" },
        { "Milwaukee", UnitedStates, "+1 414" },
    };
    for (const CitySeed &seed : citySeeds) {
        citiesOf[seed.region] << int(cities.size());
        cities << City { QString::fromUtf8(seed.name), seed.region, QString::fromLatin1(seed.phone) };
    }
    for (int r = 0; r < RegionCount; ++r)
        currencyOf[r] = QStringLiteral("EUR");
    currencyOf[UnitedKingdom] = QStringLiteral("GBP");
    currencyOf[UnitedStates] = QStringLiteral("USD");
    legalForms[Germany] = utf8List({ "GmbH", "GmbH & Co. KG", "AG", "KG" });
    legalForms[Austria] = utf8List({ "GmbH", "GmbH", "KG" });
    legalForms[Netherlands] = utf8List({ "B.V.", "B.V." });
    legalForms[France] = utf8List({ "SAS", "SARL" });
    legalForms[Finland] = utf8List({ "Oy" });
    legalForms[UnitedKingdom] = utf8List({ "Ltd", "Ltd", "plc" });
    legalForms[UnitedStates] = utf8List({ "Inc.", "LLC", "Co." });
    legalSuffixes = utf8List({ "GmbH & Co. KG", "GmbH", "AG", "KG", "eG", "B.V.", "SAS", "SARL", "Oy", "Ltd",
        "plc", "Inc.", "LLC", "Co." });

    struct IndustrySeed
    {
        const char *name, *peer, *topic, *site;
        std::initializer_list<const char *> german, english, titles;
    };
    const IndustrySeed industrySeeds[] = {
        { "Logistics", "logistics company", "logistics cost", "hub",
            { "Logistik", "Spedition", "Transporte" }, { "Logistics", "Freight", "Transport" },
            { "Fleet telematics rollout", "Route planning pilot", "Proof-of-delivery app",
                "Yard management pilot", "Dock scheduling", "Digital delivery notes",
                "Driver app for subcontractors", "Cold-chain temperature monitoring" } },
        { "Mechanical engineering", "machine builder", "machine uptime", "plant",
            { "Maschinenbau", "Anlagenbau" }, { "Engineering", "Machinery" },
            { "Predictive maintenance pilot", "Spare parts e-shop", "Tablets for service technicians",
                "Machine uptime dashboard", "Field service app – phase 2" } },
        { "Dental care", "dental group", "practice efficiency", "practice", { "Zahnärzte", "Dentalzentrum" },
            { "Dental Group", "Dental Partners" },
            { "Appointment scheduling rollout", "Patient reminder service", "Practice management integration",
                "Online booking for all practices" } },
        { "Food production", "food producer", "food safety", "plant",
            { "Feinkost", "Lebensmittel", "Backwaren" }, { "Foods", "Fresh Foods", "Bakeries" },
            { "Cold-chain temperature monitoring", "Quality inspection app", "Recall management module",
                "HACCP checklists on tablets" } },
        { "Construction", "construction company", "site productivity", "regional office",
            { "Bau", "Hochbau" }, { "Construction", "Builders" },
            { "Time tracking for crews", "Safety checklist app", "Asset tracking for tools",
                "Digital site diary" } },
        { "Healthcare", "care provider", "patient scheduling", "care centre", { "Pflegedienste", "Kliniken" },
            { "Home Health", "Care Partners" },
            { "Appointment scheduling rollout", "Patient reminder service", "Shift planning module",
                "Route planning for home visits" } },
        { "Facility services", "facility services firm", "service-level", "branch",
            { "Gebäudeservice", "Facility Services" }, { "Facilities", "Facility Services" },
            { "Field service app – phase 2", "Shift planning module", "Asset tracking for tools",
                "Cleaning checklist app" } },
        { "Printing", "print shop", "print cost", "print centre", { "Druck", "Druck & Medien" },
            { "Print Solutions", "Printing" },
            { "Job scheduling upgrade", "Customer portal for print orders", "Digital proofing workflow" } },
        { "Packaging", "packaging maker", "packaging waste", "plant",
            { "Verpackungen", "Verpackungstechnik" }, { "Packaging", "Containers" },
            { "Quality inspection app", "Energy monitoring pilot", "Warehouse scanner refresh" } },
        { "Automotive supply", "automotive supplier", "supplier quality", "plant",
            { "Automotive", "Fahrzeugteile" }, { "Automotive Supply", "Components" },
            { "Quality inspection app", "Supplier portal", "Warehouse scanner refresh",
                "Recall management module" } },
        { "Veterinary care", "veterinary group", "clinic utilisation", "clinic",
            { "Tierärzte", "Tierklinik" }, { "Veterinary Partners", "Animal Hospitals" },
            { "Appointment scheduling rollout", "Patient reminder service",
                "Online booking for the clinics" } },
        { "IT services", "IT service provider", "service desk", "office", { "Systemhaus", "IT-Service" },
            { "IT Solutions", "Managed IT" },
            { "Service desk dashboard", "Helpdesk integration", "Field service app – phase 2" } },
        { "Energy and utilities", "utility", "field maintenance", "service centre",
            { "Energie", "Netzservice" }, { "Utility Services", "Energy Services" },
            { "Field service app – phase 2", "Asset tracking for meters", "Tablets for service technicians",
                "Outage dispatch board" } },
        { "Electrical engineering", "electrical contractor", "field service", "branch",
            { "Elektrotechnik", "Elektro" }, { "Electrical", "Electric Services" },
            { "Field service app – phase 2", "Time tracking for crews", "Tablets for service technicians",
                "Dispatch board upgrade" } },
        { "Plastics", "plastics processor", "scrap rate", "plant", { "Kunststofftechnik", "Kunststoffwerk" },
            { "Plastics", "Molding" },
            { "Energy monitoring pilot", "Quality inspection app", "Predictive maintenance pilot" } },
    };
    for (const IndustrySeed &seed : industrySeeds) {
        industries << Industry { QString::fromUtf8(seed.name), QString::fromUtf8(seed.peer),
            QString::fromUtf8(seed.topic), QString::fromUtf8(seed.site), utf8List(seed.german),
            utf8List(seed.english), utf8List(seed.titles) };
    }

    // Hand-written names for the demo's accounts; the first three are always in it.
    const struct
    {
        const char *name;
        int industry;
        const char *city;
    } curatedSeeds[] = {
        { "Nordwind Logistics GmbH", 0, "Hamburg" },
        { "Keller & Söhne Maschinenbau", 1, "Stuttgart" },
        { "Bayside Dental Group Ltd", 2, "Bristol" },
        { "Hansa Kühltransporte GmbH", 0, "Bremen" },
        { "Alpenblick Molkerei eG", 3, "Munich" },
        { "Brückner Elektrotechnik GmbH & Co. KG", 13, "Nuremberg" },
        { "Rheinland Dental Zentrum", 2, "Cologne" },
        { "Elbtal Bau AG", 4, "Dresden" },
        { "Vogt Kunststofftechnik GmbH", 14, "Bielefeld" },
        { "Sonnenberg Kliniken", 5, "Hanover" },
        { "Hartmann Facility Services GmbH", 6, "Düsseldorf" },
        { "Isar Druck & Medien GmbH", 7, "Munich" },
        { "Weser Spedition Janssen KG", 0, "Bremen" },
        { "Kranich Verpackungen GmbH", 8, "Leipzig" },
        { "Falkenstein Automotive Components AG", 9, "Nuremberg" },
        { "Lindenhof Tierärzte", 10, "Kiel" },
        { "Quadrat Energie Service GmbH", 12, "Mannheim" },
        { "Ostsee Frischfisch GmbH", 3, "Kiel" },
        { "Seidel Systemhaus GmbH", 11, "Frankfurt" },
        { "Spreewald Feinkost GmbH", 3, "Berlin" },
        { "Donau Fleet Services GmbH", 0, "Vienna" },
        { "Steirische Landtechnik GmbH", 1, "Graz" },
        { "Hofer & Partner Zahnärzte", 2, "Linz" },
        { "Van Dijk Koeltransport B.V.", 0, "Rotterdam" },
        { "Oranje Installatietechniek B.V.", 13, "Utrecht" },
        { "Brabant Precision Parts B.V.", 9, "Eindhoven" },
        { "De Kroon Bakkerijen B.V.", 3, "Groningen" },
        { "Transports Moreau SAS", 0, "Lyon" },
        { "Groupe Dentaire Atlantique", 2, "Nantes" },
        { "Emballages du Nord SARL", 8, "Lille" },
        { "Pohjola Freight Oy", 0, "Helsinki" },
        { "Pennine Freight Ltd", 0, "Leeds" },
        { "Clyde Marine Engineering Ltd", 1, "Glasgow" },
        { "Ashford Facilities Management Ltd", 6, "Birmingham" },
        { "Trent Valley Foods Ltd", 3, "Nottingham" },
        { "Northgate Veterinary Partners", 10, "Manchester" },
        { "Redwood Home Health Inc.", 5, "Portland" },
        { "Lakeshore Cold Storage LLC", 0, "Chicago" },
        { "Summit Ridge Construction Inc.", 4, "Denver" },
        { "Beacon Print Solutions LLC", 7, "Boston" },
        { "Lone Star Dental Partners", 2, "Austin" },
        { "Buckeye Packaging Co.", 8, "Columbus" },
        { "Triangle Field Services Inc.", 6, "Raleigh" },
        { "Granite Peak Automotive Supply Inc.", 9, "Milwaukee" },
        { "Blue Harbor Seafood Co.", 3, "Boston" },
        { "Cascade Utility Services", 12, "Portland" },
        { "Elbe Energie Service GmbH", 12, "Hamburg" },
        { "Sheffield Steel Fabrications Ltd", 1, "Sheffield" },
    };
    for (const auto &seed : curatedSeeds)
        curated << CuratedAccount { QString::fromUtf8(seed.name), seed.industry,
            QString::fromUtf8(seed.city) };

    firstNames[German] = utf8List({ "Anna", "Katrin", "Sabine", "Julia", "Laura", "Miriam", "Petra",
        "Stefanie", "Claudia", "Nicole", "Lea", "Sandra", "Heike", "Birgit", "Jana", "Nina", "Thomas",
        "Michael", "Stefan", "Andreas", "Markus", "Jan", "Tobias", "Florian", "Matthias", "Christian", "Jörg",
        "Frank", "Dirk", "Lukas", "Felix", "Sven", "Uwe", "Carsten", "Oliver", "Martin" });
    lastNames[German] = utf8List({ "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
        "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler",
        "Brandt", "Vogel", "Kramer", "Jansen", "Lorenz", "Seidel", "Engel", "Kühn", "Voigt", "Albrecht",
        "Franke", "Graf", "Böhm", "Winkler" });
    prefixes[German] = utf8List({ "Nordwind", "Hansa", "Elbtal", "Rheinblick", "Alpenland", "Weserland",
        "Sonnenberg", "Lindenhof", "Falkenstein", "Kranich", "Ostwind", "Isartal", "Mainfranken", "Spreetal",
        "Harzer", "Eifel", "Allgäuer", "Bodensee", "Ostfriesen", "Schwarzwald", "Lausitzer", "Taunus",
        "Havelland", "Emsland", "Donautal", "Tiroler" });
    firstNames[Dutch] = utf8List({ "Sanne", "Eva", "Lotte", "Femke", "Anouk", "Ilse", "Marloes", "Daan",
        "Bram", "Sem", "Thijs", "Ruben", "Joost", "Maarten", "Pieter", "Wouter" });
    lastNames[Dutch] = utf8List({ "de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker" });
    prefixes[Dutch] = utf8List({ "Oranje", "Noorderlicht", "Polder", "Zeeland", "Delta", "Kroon", "Brabant",
        "Veluwe", "Maasland", "IJssel", "Waddenzee", "Kempen" });
    firstNames[French] = utf8List({ "Camille", "Claire", "Julie", "Sophie", "Élodie", "Manon", "Céline",
        "Nicolas", "Julien", "Thomas", "Pierre", "Antoine", "Mathieu", "Laurent", "Hugo" });
    lastNames[French]
        = utf8List({ "Martin", "Bernard", "Dubois", "Durand", "Leroy", "Moreau", "Laurent", "Lefebvre",
            "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Chevalier", "Garnier" });
    prefixes[French] = utf8List({ "Atlantique", "Alpine", "Provence", "Loire", "Rhône", "Mistral", "Lumière",
        "Armor", "Vosges", "Garonne" });
    firstNames[Finnish] = utf8List(
        { "Aino", "Emilia", "Sanna", "Laura", "Heidi", "Mikko", "Juha", "Antti", "Timo", "Jukka" });
    lastNames[Finnish] = utf8List({ "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine",
        "Heikkinen", "Koskinen", "Järvinen", "Lehtonen" });
    prefixes[Finnish] = utf8List({ "Pohjola", "Aurora", "Saimaa", "Kaleva", "Tapio", "Revontuli" });
    firstNames[English] = utf8List(
        { "Emma", "Olivia", "Sarah", "Rachel", "Hannah", "Grace", "Chloe", "Megan", "Laura", "Priya", "Aisha",
            "Maria", "Jessica", "Amanda", "James", "Daniel", "Michael", "David", "Chris", "Ben", "Tom",
            "Ryan", "Kevin", "Mark", "Sam", "Alex", "Nathan", "Omar", "Raj", "Luis", "Tyler", "Marcus" });
    lastNames[English] = utf8List({ "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans",
        "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
        "Green", "Hall", "Wood", "Harris", "Clarke", "Patel", "Khan", "Lewis", "Young", "King", "Turner",
        "Baker", "Carter", "Morgan", "Cooper", "Reed", "Garcia", "Martinez", "Nguyen", "Kim", "Murphy",
        "Sullivan", "Brooks", "Bennett" });
    prefixes[English] = utf8List({ "Bayside", "Redwood", "Harbor", "Summit", "Northgate", "Riverside",
        "Oakridge", "Clearwater", "Granite", "Beacon", "Lakeshore", "Westfield", "Kingsley", "Ashford",
        "Pinecrest", "Ironbridge", "Silver Creek", "Blue Ridge", "Meadowbrook", "Highland", "Evergreen",
        "Stonebridge", "Fairview", "Crescent", "Pennine", "Severn" });

    jobTitles[int(ContactRole::DecisionMaker)] = utf8List({ "CEO", "Managing Director", "VP Operations",
        "COO", "Owner", "Head of Operations", "CFO", "General Manager" });
    jobTitles[int(ContactRole::Champion)]
        = utf8List({ "Operations Manager", "Fleet Manager", "Head of Dispatch", "Service Manager",
            "Project Lead Digitalisation", "Warehouse Manager", "Plant Manager" });
    jobTitles[int(ContactRole::Influencer)] = utf8List({ "Head of IT", "Procurement Lead", "Controller",
        "IT Manager", "Head of Finance", "Quality Manager", "Works Council Chair" });
    jobTitles[int(ContactRole::Gatekeeper)] = utf8List({ "Executive Assistant", "Office Manager",
        "Assistant to the Managing Director", "Receptionist", "Team Assistant" });
    jobTitles[int(ContactRole::User)] = utf8List({ "Dispatcher", "Warehouse Supervisor", "Field Technician",
        "Shift Lead", "Planner", "Service Coordinator" });
    jobTitles[int(ContactRole::Other)] = utf8List({ "HR Manager", "Marketing Manager", "Facility Coordinator",
        "Sustainability Officer", "Legal Counsel" });
    siteManagerTitles = utf8List({ "Site Manager", "Branch Manager", "Regional Director" });

    contactNotes[int(ContactRole::DecisionMaker)] = utf8List(
        { "Reads everything on paper: send printed summaries.", "Decides fast once the numbers are clear.",
            "Busy until the end of the quarter; short emails only.",
            "Wants a reference from their own industry.", "Former customer of ours at a previous company." });
    contactNotes[int(ContactRole::Gatekeeper)]
        = utf8List({ "Decides who gets time with the MD. Be friendly, be brief.", "Best reached before 9:00.",
            "Prefers email; ask how their week is going.",
            "Remembers every caller: never pitch, ask for advice.",
            "Keeps the MD's calendar; ask for the best time, not for the MD." });
    contactNotes[int(ContactRole::Champion)]
        = utf8List({ "Pushes for the project internally; send numbers worth forwarding.",
            "Lost a similar project last year; wants a safe pilot.",
            "Our best door into the buying committee." });
    contactNotes[int(ContactRole::Influencer)]
        = utf8List({ "Sceptical of cloud tools; bring the security sheet.",
            "Signs off anything above the budget line.", "Cares about integration with the ERP." });
    contactNotes[int(ContactRole::User)] = utf8List(
        { "Would use it daily; invite to the pilot.", "Frustrated with the current spreadsheets." });
    contactNotes[int(ContactRole::Other)]
        = utf8List({ "Met at the trade fair.", "Knows everyone in the company." });

    accountNotes = utf8List({ "Family-owned, second generation. Decisions take time but stick.",
        "Three sites; HQ decides, the sites run their own budgets.",
        "Met at the trade fair; they came to our stand twice.", "Referral from an existing customer.",
        "Switched ERP last year and is wary of new projects.", "Growing fast: two new sites planned.",
        "Works with a competitor; contract runs until next summer.",
        "Buying committee of four; procurement has the last word." });
    siteNote = utf8List({ "Runs its own budget; the parent's framework agreement applies.",
        "Separate decision maker from HQ: a second door into the account." });

    dealTitles = utf8List({ "Annual support renewal", "Multi-site licence expansion",
        "Reporting dashboard add-on", "ERP integration", "Customer portal launch", "Service contract {year}",
        "Training programme {year}", "Data migration from the legacy system", "Framework agreement {year}",
        "Second site onboarding", "Managed service upgrade", "Upgrade to the Enterprise plan",
        "API access for the BI team", "Compliance audit trail", "Mobile inspections app",
        "Helpdesk integration" });
    owners = utf8List({ "Mara Lindqvist", "Jonas Weber", "Priya Nair" });
    competitors = utf8List({ "Fleetcore", "RouteMaster Pro", "Trackwise", "OpsBase", "Servicely",
        "Dispatchly", "ProTrak", "their in-house IT team" });

    const auto pairs = [](std::initializer_list<std::pair<const char *, const char *>> items) {
        QList<ValueText> list;
        for (const auto &item : items)
            list << ValueText { QString::fromUtf8(item.first), QString::fromUtf8(item.second) };
        return list;
    };
    values[int(ValueKind::Insight)] = pairs({
        { "Send the {year} {topic} benchmark", "Sent the {year} {topic} benchmark" },
        { "Share how a similar {peer} cut overtime by 12%",
            "Shared how a similar {peer} cut overtime by 12%" },
        { "Send notes from the {city} user group on {topic}",
            "Sent notes from the {city} user group on {topic}" },
        { "Point out the new rules on digital records and what they mean for them",
            "Pointed out the new rules on digital records and what they mean for them" },
        { "Share three numbers from their annual report worth a second look",
            "Shared three numbers from their annual report worth a second look" },
        { "Send a one-page teardown of their {topic} with two quick wins",
            "Sent a one-page teardown of their {topic} with two quick wins" },
    });
    values[int(ValueKind::WhitePaper)] = pairs({
        { "Send the white paper “{topic} in {year}: what changed”",
            "Sent the white paper “{topic} in {year}: what changed”" },
        { "Send the case study of a {peer} in {city}", "Sent the case study of a {peer} in {city}" },
        { "Mail the printed ROI guide", "Mailed the printed ROI guide" },
        { "Send the checklist for switching systems mid-year",
            "Sent the checklist for switching systems mid-year" },
    });
    values[int(ValueKind::Invitation)] = pairs({
        { "Invite them to the webinar “Better {topic} without new headcount”",
            "Invited them to the webinar “Better {topic} without new headcount”" },
        { "Invite them to the customer day in {city}", "Invited them to the customer day in {city}" },
        { "Invite them to a site visit at a reference customer",
            "Invited them to a site visit at a reference customer" },
        { "Invite them to the {year} {topic} round table", "Invited them to the {year} {topic} round table" },
    });
    values[int(ValueKind::Referral)] = pairs({
        { "Introduce them to {ref}, who solved the same problem",
            "Introduced them to {ref}, who solved the same problem" },
        { "Connect them with a recruiter for their open dispatcher roles",
            "Connected them with a recruiter for their open dispatcher roles" },
        { "Pass on a lead for their own sales team", "Passed on a lead for their own sales team" },
    });
    values[int(ValueKind::Idea)] = pairs({
        { "Suggest piloting on one site before the full rollout",
            "Suggested piloting on one site before the full rollout" },
        { "Propose bundling their sites into one contract",
            "Proposed bundling their sites into one contract" },
        { "Sketch how moving paperwork to tablets would improve their {topic}",
            "Sketched how moving paperwork to tablets would improve their {topic}" },
        { "Suggest starting with the night shift, where the pain is biggest",
            "Suggested starting with the night shift, where the pain is biggest" },
        { "Offer a free process review with their operations lead",
            "Offered a free process review with their operations lead" },
    });
    afterWin = pairs({
        { "Ask for an introduction to another {peer}", "Asked for an introduction to another {peer}" },
        { "Quarterly review: usage numbers and one new idea",
            "Quarterly review: usage numbers and one new idea" },
        { "Check how the rollout went at the first site", "Checked how the rollout went at the first site" },
    });

    bareNotes[int(Channel::Call)] = utf8List({ "Just checking in", "Called to check in, no answer",
        "Checking whether they had a chance to look" });
    bareNotes[int(Channel::Voicemail)] = utf8List({ "Left a voicemail: just following up",
        "Left another voicemail", "Voicemail: “call me back when you can”" });
    bareNotes[int(Channel::Email)]
        = utf8List({ "Just following up on my last email", "Any update on your side?",
            "Bumping this to the top of your inbox", "Haven't heard back, still interested?" });
    bareNotes[int(Channel::LinkedIn)] = utf8List({ "Bumped my last message", "Checked in on LinkedIn" });
    bareNotes[int(Channel::DropIn)] = utf8List({ "Dropped by on the way; left my card" });

    spokenNotes[int(TouchOutcome::NoAnswer)]
        = utf8List({ "Rang out", "Reception: in a meeting", "Not in today", "Out of office until Monday" });
    spokenNotes[int(TouchOutcome::Conversation)]
        = utf8List({ "Good chat, 15 minutes", "Interested in the pilot numbers",
            "Asked for pricing for two sites", "Champion is pushing internally" });
    spokenNotes[int(TouchOutcome::No)] = utf8List(
        { "“Not interested.”", "Happy with the current setup", "No, asked us to send information instead" });
    spokenNotes[int(TouchOutcome::NotNow)] = utf8List({ "Call me back after Q1",
        "Busy with the audit; try again in six weeks", "Not before the new budget" });
    spokenNotes[int(TouchOutcome::MeetingBooked)]
        = utf8List({ "Meeting booked for next week", "Demo booked with the operations team" });
    spokenNotes[int(TouchOutcome::Yes)] = utf8List({ "Verbal yes, paperwork follows" });
    writtenNotes[int(TouchOutcome::NoAnswer)]
        = utf8List({ "No reply yet", "Out-of-office reply until Monday", "Opened twice, no reply" });
    writtenNotes[int(TouchOutcome::Conversation)] = utf8List({ "Replied: interested in the pilot numbers",
        "Replied and forwarded it to their IT lead", "Short reply: asked for pricing for two sites" });
    writtenNotes[int(TouchOutcome::No)]
        = utf8List({ "Replied: not interested", "Replied: happy with the current setup" });
    writtenNotes[int(TouchOutcome::NotNow)]
        = utf8List({ "Replied: not before the new budget", "Replied: try again after the audit" });
    writtenNotes[int(TouchOutcome::MeetingBooked)] = utf8List(
        { "Replied and booked a slot for next week", "Accepted; demo booked with the operations team" });
    writtenNotes[int(TouchOutcome::Yes)] = utf8List({ "Replied: yes, send the contract" });

    lostNotes[int(NoMeaning::Approach)]
        = utf8List({ "Felt our first demo was too pushy. Start again with their numbers, not our features.",
            "Too many calls in one week, my mistake. Rebuild with value touches only.",
            "Wanted a partner and got a pitch. Next time bring the operations lead along." });
    lostNotes[int(NoMeaning::Value)]
        = utf8List({ "Could not see the return over their spreadsheets. Need a sharper business case.",
            "Said the pilot numbers did not justify the switch.",
            "Saw it as nice to have. Come back with a {topic} case from a {peer}." });
    lostNotes[int(NoMeaning::Timing)] = utf8List({ "Mid-ERP migration; revisit after go-live.",
        "New managing director starts in spring; let them settle.", "Busy season until after Christmas.",
        "Budget frozen until the next fiscal year.", "Money went into the new hall this year." });
    lostNotes[int(NoMeaning::Competitor)]
        = utf8List({ "Went with {rival} on price; their contract runs twelve months.",
            "Chose {rival}: their IT already used it. Ask how it is going before the renewal.",
            "Lost to {rival} after a long trial. Stay close and wait for the renewal." });
    lostNotes[int(NoMeaning::Ghosted)]
        = utf8List({ "No reply after the proposal; six attempts over five weeks.",
            "Went silent after discovery. Did our champion leave?",
            "Stopped answering after the pricing call." });
    lostNotes[int(NoMeaning::Reflex)] = utf8List(
        { "“Not interested” at the first call, before I finished my sentence. Sent one professional reply.",
            "Reception: “We don't take sales calls.”",
            "Reflex no on LinkedIn; replied once with a concrete reason to meet." });

    anchorTexts[0] = utf8List({ "Got through: talked about their {topic} and shared the {year} benchmark",
        "First real conversation; they asked for the case study" });
    firstReplyTexts = utf8List({ "They replied to the {topic} benchmark; short intro call agreed",
        "First reply: they want the case study of a {peer}" });
    anchorTexts[1] = utf8List({ "Booked discovery with a one-page idea for their {topic}",
        "Agreed on a discovery workshop with the operations team" });
    anchorTexts[2] = utf8List({ "Discovery workshop: mapped their process and found two quick wins",
        "Walked the site with their operations lead" });
    anchorTexts[3] = utf8List(
        { "Presented the proposal with a phased rollout", "Went through pricing; offered a one-site pilot" });
    wonTexts
        = utf8List({ "Signed: pilot site and start date agreed", "Contract signed after the reference visit",
            "Verbal yes from the managing director; order confirmation followed" });
    reopenTexts = utf8List({ "They came back after the {topic} webinar: new budget, new meeting",
        "Ripe again: they replied to the benchmark and asked for a call" });
    lostTexts = utf8List({ "Took the no; asked what would have to change and sent a short summary",
        "Heard them out and left the {year} {topic} benchmark for later" });
    ghostedTexts = utf8List({ "Last email for now, with the {year} {topic} benchmark attached" });
    competitorTexts = utf8List({ "They chose {rival}; asked what tipped it and left our comparison sheet" });
    timingTexts = utf8List({ "Not now: agreed to send the {topic} benchmark in the meantime" });
    followUpNotes = utf8List({ "Ask about their priorities for next quarter", "Mention the reference visit",
        "Bring the pilot numbers", "Ask who else should be in the room",
        "Keep it short: one idea, one question" });
}

const Pools &pools()
{
    static const Pools instance;
    return instance;
}

// Latin letters without accents, so names make believable e-mail addresses and domains.
QString ascii(const QString &text)
{
    QString replaced;
    replaced.reserve(text.size() + 4);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00E4:
            replaced += QLatin1String("ae");
            break; // ä
        case 0x00F6:
            replaced += QLatin1String("oe");
            break; // ö
        case 0x00FC:
            replaced += QLatin1String("ue");
            break; // ü
        case 0x00C4:
            replaced += QLatin1String("Ae");
            break;
        case 0x00D6:
            replaced += QLatin1String("Oe");
            break;
        case 0x00DC:
            replaced += QLatin1String("Ue");
            break;
        case 0x00DF:
            replaced += QLatin1String("ss");
            break;
        default:
            replaced += c;
        }
    }
    const QString decomposed = replaced.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() < 128)
            out += c;
    }
    return out;
}

QString slug(const QString &text)
{
    const QString plain = ascii(text).toLower();
    QString out;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString withoutLegalForm(const QString &name)
{
    for (const QString &suffix : pools().legalSuffixes) {
        if (name.endsWith(QLatin1Char(' ') + suffix))
            return name.left(name.size() - suffix.size() - 1);
    }
    return name;
}

// ---------------------------------------------------------------------------------------------------
// The plan of one deal, made before anything is written so that positions can be ordered per column.

// Days are offsets from today (negative = past); minutes count from midnight in steps of five.
struct Moment
{
    int day = 0;
    int minute = 0;
    friend bool operator<(const Moment &a, const Moment &b)
    {
        return a.day != b.day ? a.day < b.day : a.minute < b.minute;
    }
};

enum class Fate { Open, Won, LostRecent, LostOld, Reopened };
enum class NextStep { None, Overdue, Today, Ahead };
enum class Phase { Prospecting, Active, LostPeriod };

constexpr int kOldestDay = -548; // the demo's touches cover eighteen months
constexpr int kFirstCachedDay = -1400;
constexpr int kLastCachedDay = 400;
constexpr int kLostStep = -2;
constexpr int kWonStep = -1;

struct Step
{
    qint64 stageId = 0;
    int openIndex = 0; // among the open stages; kWonStep / kLostStep for the closed ones
    Moment at; // when the deal entered the stage
    int touchMinute = 0; // the touch that moved it, a little earlier the same day
};

struct ContactInfo
{
    qint64 id = 0;
    ContactRole role = ContactRole::Other;
};

struct AccountInfo
{
    qint64 id = 0;
    Region region = Germany;
    int city = 0;
    int industry = 0;
    int owner = 0;
    QString shortName;
    QList<ContactInfo> contacts; // [0] is the decision maker
    int gatekeeper = -1;
    int champion = -1;
    QStringList dealTitles;
};

struct DealPlan
{
    int order = 0; // index before sorting by creation: the tie-breaker
    Fate fate = Fate::Open;
    int account = 0;
    int contact = 0; // index into the account's contacts
    QString title;
    qint64 valueMinor = 0;
    int owner = 0;
    QList<Step> steps; // steps[0] is the creation
    int activeEnd = -1;
    NextStep next = NextStep::None;
    int dueDay = 0;
    bool nuisance = false;
    QList<int> tailDays;
    bool longGame = false;
    int reason = -1;
    int lostDay = 0, reengageDay = 0;
    FailedCommitment failed = FailedCommitment::None;
    QString competitor, lostNote;
    bool pursued = false;
    qint64 position = 0;
};

struct TouchRow
{
    Moment at;
    enum Kind { Free, Anchor, Tail, AfterLoss } kind = Free;
    int step = 0;
    Phase phase = Phase::Prospecting;
    Channel channel = Channel::Call;
    TouchOutcome outcome = TouchOutcome::NoAnswer;
    ValueKind valueKind = ValueKind::None;
    QString valueText, plannedText, note;
    int contact = -1;
    qint64 id = 0;
};

struct LostReasonInfo
{
    qint64 id = 0;
    NoMeaning meaning = NoMeaning::Timing;
    int days = 0;
};

// Placeholders in the pools, filled per touch.
struct TextContext
{
    QString year, topic, peer, city, ref, rival;
};

QString expand(const QString &pattern, const TextContext &ctx)
{
    if (!pattern.contains(QLatin1Char('{')))
        return pattern;
    QString out;
    out.reserve(pattern.size() + 32);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), from);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += QStringView(pattern).mid(from);
            return out;
        }
        out += QStringView(pattern).mid(from, open - from);
        const QStringView key = QStringView(pattern).mid(open + 1, close - open - 1);
        if (key == u"year")
            out += ctx.year;
        else if (key == u"topic")
            out += ctx.topic;
        else if (key == u"peer")
            out += ctx.peer;
        else if (key == u"city")
            out += ctx.city;
        else if (key == u"ref")
            out += ctx.ref;
        else if (key == u"rival")
            out += ctx.rival;
        from = close + 1;
    }
}

// ---------------------------------------------------------------------------------------------------

class Generator
{
public:
    Generator(QSqlDatabase db, const DemoGenerator::Options &options);
    Result<DemoGenerator::Counts> run();

private:
    // Randomness: everything comes from m_rng in a fixed order, so a seed gives one database.
    int between(int lo, int hi) { return lo >= hi ? lo : m_rng.bounded(lo, hi + 1); }
    bool chance(int percent) { return m_rng.bounded(100) < percent; }
    int weighted(std::initializer_list<int> weights);
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(m_rng.bounded(int(list.size())));
    }
    QList<int> quota(const QList<int> &weights, int n);
    QList<int> distinctDays(int lo, int hi, int count);

    QString dayText(int day) const;
    QString momentText(const Moment &m) const;
    QString yearText(int day) const;
    int weekdayNear(int day, int lo, int hi) const;
    int randomMinute() { return 480 + 5 * m_rng.bounded(120); } // 08:00 to 17:55

    bool fail(const QString &what);
    bool exec(QSqlQuery &query);
    bool loadPipeline();
    bool writeAccounts();
    bool writeAccount(AccountInfo &account, const QString &name, const QString &industry,
        const QString &domain, qint64 parentId, bool site);
    QString generatedAccountName(Region region, int industry);
    void planDeals();
    void planOpen(DealPlan &plan, int stage);
    void planWon(DealPlan &plan);
    void planLost(DealPlan &plan, bool recent, bool ripe);
    void planReopened(DealPlan &plan);
    void chooseNextStep(DealPlan &plan, NextStep next);
    void addPath(DealPlan &plan, int created, int first, int last, int changesFrom, int changesTo);
    int createdBefore(int lastChange, int span, int changes);
    Step makeStep(int openIndex, int day);
    int lostStageFor(NoMeaning meaning);
    void assignPositions();
    bool writeDeal(const DealPlan &plan);
    void planTouches(const DealPlan &plan);
    Phase phaseAt(const DealPlan &plan, const Moment &at) const;
    void fillFree(TouchRow &touch, const DealPlan &plan, bool requireValue);
    void fillAnchor(TouchRow &touch, const DealPlan &plan);
    void fillTail(TouchRow &touch);
    int chooseContact(const DealPlan &plan, Phase phase, Channel channel);
    ValueKind valueKindFor(Channel channel);
    Channel channelFor(Phase phase);
    Channel channelToBring(ValueKind kind, Phase phase);
    TouchOutcome outcomeFor(Channel channel, Phase phase);
    TextContext context(const DealPlan &plan, int day);
    bool writeFollowUps(const DealPlan &plan);
    bool insertFollowUp(const DealPlan &plan, int due, Channel channel, ValueKind kind,
        const QString &planned, const QString &cadence, const QString &note, int contact, qint64 doneTouchId,
        int doneDay);

    QSqlDatabase m_db;
    DemoGenerator::Options m_options;
    QDate m_today;
    QRandomGenerator m_rng;
    QString m_error;
    DemoGenerator::Counts m_counts;

    QList<qint64> m_openStages;
    qint64 m_wonStage = 0;
    qint64 m_lostStage = 0;
    QList<LostReasonInfo> m_reasons;

    QList<AccountInfo> m_accounts;
    QList<DealPlan> m_plans;
    QList<TouchRow> m_touches; // scratch for the deal being written
    qint64 m_dealId = 0; // the deal being written

    QStringList m_dayTexts;
    QStringList m_timeTexts;
    QVariant m_channelKeys[enumCount<Channel>()];
    QVariant m_outcomeKeys[enumCount<TouchOutcome>()];
    QVariant m_valueKeys[enumCount<ValueKind>()];
    QVariant m_roleKeys[enumCount<ContactRole>()];
    QVariant m_failedKeys[enumCount<FailedCommitment>()];
    QVariant m_nullId { QMetaType(QMetaType::LongLong) };
    QVariant m_nullText { QMetaType(QMetaType::QString) };
    QString m_empty = QStringLiteral("");

    QSqlQuery m_insertAccount, m_insertContact, m_insertDeal, m_insertHistory, m_insertTouch,
        m_insertFollowUp;
};

Generator::Generator(QSqlDatabase db, const DemoGenerator::Options &options)
    : m_db(db)
    , m_options(options)
    , m_today(options.today.isValid() ? options.today : QDate::currentDate())
    , m_rng(options.seed)
    , m_insertAccount(db)
    , m_insertContact(db)
    , m_insertDeal(db)
    , m_insertHistory(db)
    , m_insertTouch(db)
    , m_insertFollowUp(db)
{
    // ISO texts are built once per day and per five minutes: formatting a date per row would cost
    // more than writing it.
    m_dayTexts.reserve(kLastCachedDay - kFirstCachedDay + 1);
    for (int day = kFirstCachedDay; day <= kLastCachedDay; ++day)
        m_dayTexts << isoDate(m_today.addDays(day));
    for (int slot = 0; slot < 24 * 12; ++slot)
        m_timeTexts << QStringLiteral("T%1:%2:00")
                           .arg(slot / 12, 2, 10, QLatin1Char('0'))
                           .arg(slot % 12 * 5, 2, 10, QLatin1Char('0'));
    for (int i = 0; i < enumCount<Channel>(); ++i)
        m_channelKeys[i] = enumKey(enumAt<Channel>(i));
    for (int i = 0; i < enumCount<TouchOutcome>(); ++i)
        m_outcomeKeys[i] = enumKey(enumAt<TouchOutcome>(i));
    for (int i = 0; i < enumCount<ValueKind>(); ++i)
        m_valueKeys[i] = enumKey(enumAt<ValueKind>(i));
    for (int i = 0; i < enumCount<ContactRole>(); ++i)
        m_roleKeys[i] = enumKey(enumAt<ContactRole>(i));
    for (int i = 0; i < enumCount<FailedCommitment>(); ++i)
        m_failedKeys[i] = enumKey(enumAt<FailedCommitment>(i));
}

int Generator::weighted(std::initializer_list<int> weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    int roll = m_rng.bounded(total);
    int index = 0;
    for (int weight : weights) {
        if (roll < weight)
            return index;
        roll -= weight;
        ++index;
    }
    return index - 1;
}

// Exactly n values, value i appearing in proportion to weights[i], shuffled: the demo's shape (so many
// lost, so many overdue) must not depend on luck.
QList<int> Generator::quota(const QList<int> &weights, int n)
{
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    QList<int> counts(weights.size(), 0);
    QList<std::pair<qint64, int>> remainders;
    int assigned = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const qint64 exact = qint64(n) * weights.at(i);
        counts[i] = int(exact / total);
        assigned += counts.at(i);
        remainders.append({ exact % total, i });
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; assigned < n; ++k, ++assigned)
        ++counts[remainders.at(k % remainders.size()).second];
    QList<int> values;
    values.reserve(n);
    for (int i = 0; i < counts.size(); ++i)
        values.insert(values.size(), counts.at(i), i);
    for (int i = int(values.size()) - 1; i > 0; --i)
        std::swap(values[i], values[m_rng.bounded(i + 1)]);
    return values;
}

// count distinct days in [lo, hi], ascending; the caller makes sure the range is wide enough.
QList<int> Generator::distinctDays(int lo, int hi, int count)
{
    QList<int> days;
    if (count <= 0)
        return days;
    const int range = hi - lo + 1;
    if (range <= count * 3) {
        QList<int> all(range);
        std::iota(all.begin(), all.end(), lo);
        for (int i = 0; i < count && i < range; ++i) {
            std::swap(all[i], all[i + m_rng.bounded(range - i)]);
            days << all.at(i);
        }
    } else {
        while (days.size() < count) {
            const int day = between(lo, hi);
            if (!days.contains(day))
                days << day;
        }
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString Generator::dayText(int day) const
{
    if (day >= kFirstCachedDay && day <= kLastCachedDay)
        return m_dayTexts.at(day - kFirstCachedDay);
    return isoDate(m_today.addDays(day));
}

QString Generator::momentText(const Moment &m) const
{
    return dayText(m.day) + m_timeTexts.at(std::clamp(m.minute / 5, 0, 24 * 12 - 1));
}

QString Generator::yearText(int day) const
{
    return dayText(day).left(4);
}

// Salespeople rarely call on weekends: a Saturday touch moves to Friday, a Sunday one to Monday,
// as long as that stays inside [lo, hi].
int Generator::weekdayNear(int day, int lo, int hi) const
{
    const int weekday = m_today.addDays(day).dayOfWeek();
    int moved = day;
    if (weekday == Qt::Saturday)
        moved = day - 1;
    else if (weekday == Qt::Sunday)
        moved = day + 1 <= hi ? day + 1 : day - 2;
    return moved >= lo && moved <= hi ? moved : day;
}

bool Generator::fail(const QString &what)
{
    m_error = what;
    return false;
}

bool Generator::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return fail(sqlErrorText(query));
}

// ---------------------------------------------------------------------------------------------------

Result<DemoGenerator::Counts> Generator::run()
{
    const auto finish = [&](bool ok) -> Result<DemoGenerator::Counts> {
        if (!ok)
            return Error { m_error };
        return m_counts;
    };
    if (m_options.deals < 1)
        return finish(
            fail(QCoreApplication::translate("DemoGenerator", "Choose at least one deal to generate.")));

    // A larger page cache keeps the index pages of a million-row transaction in memory; it is a
    // setting of this connection only and is put back afterwards.
    const QVariant oldCacheSize = scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    const auto restoreCache = qScopeGuard([&] {
        if (oldCacheSize.isValid())
            pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(oldCacheSize.toLongLong()));
    });

    Transaction tx(m_db);
    if (!tx.begin())
        return finish(fail(QCoreApplication::translate("DemoGenerator",
            "The database is busy: %1. Close other programs using it "
            "and try again.")
                               .arg(tx.errorText())));
    {
        const qint64 existing = scalar(m_db, QStringLiteral("SELECT count(*) FROM deals")).toLongLong();
        if (existing > 0)
            return finish(fail(QCoreApplication::translate("DemoGenerator",
                "This database already holds deals (%1). Demo data is "
                "only generated into an empty database: choose a new "
                "file.")
                                   .arg(existing)));
    }
    if (!loadPipeline())
        return finish(false);

    m_insertAccount.prepare(
        QStringLiteral("INSERT INTO accounts (name, industry, website, city, parent_id, notes, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_insertContact.prepare(
        QStringLiteral("INSERT INTO contacts (account_id, name, job_title, role, email, phone, "
                       "notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertDeal.prepare(
        QStringLiteral("INSERT INTO deals (title, account_id, contact_id, value_minor, currency, "
                       "stage_id, position, owner, created_at, status, won_on, lost_on, "
                       "lost_reason_id, failed_commitment, competitor, lost_note, reengage_on) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertHistory.prepare(QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, "
                                           "changed_at) VALUES (?, ?, ?, ?)"));
    m_insertTouch.prepare(
        QStringLiteral("INSERT INTO touches (deal_id, contact_id, channel, occurred_at, outcome, "
                       "value_kind, value_text, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertFollowUp.prepare(
        QStringLiteral("INSERT INTO follow_ups (deal_id, contact_id, due_on, channel, "
                       "planned_value_kind, planned_value, cadence, note, done_touch_id, "
                       "done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    const auto releaseStatements = [&](bool ok) {
        // The statements hold no locks once finished, so the rollback or commit below is clean.
        for (QSqlQuery *q : { &m_insertAccount, &m_insertContact, &m_insertDeal, &m_insertHistory,
                 &m_insertTouch, &m_insertFollowUp })
            q->finish();
        return ok;
    };
    if (!releaseStatements(writeAccounts()))
        return finish(fail(QCoreApplication::translate(
            "DemoGenerator", "Generating the demo data failed: %1. Nothing was written.")
                               .arg(m_error)));
    planDeals();
    assignPositions();
    bool ok = true;
    for (int i = 0; ok && i < m_plans.size(); ++i) {
        ok = writeDeal(m_plans.at(i));
        if (ok && m_options.progress && ((i + 1) % 1000 == 0 || i + 1 == m_plans.size()))
            m_options.progress(i + 1, int(m_plans.size()));
    }
    if (!releaseStatements(ok))
        return finish(fail(QCoreApplication::translate(
            "DemoGenerator", "Generating the demo data failed: %1. Nothing was written.")
                               .arg(m_error)));
    if (!tx.commit())
        return finish(fail(QCoreApplication::translate(
            "DemoGenerator", "Saving the generated data failed: %1. Nothing was written.")
                               .arg(tx.errorText())));
    return finish(true);
}

bool Generator::loadPipeline()
{
    QSqlQuery stages = prepared(m_db, QStringLiteral("SELECT id, kind FROM stages ORDER BY position, id"));
    if (!exec(stages))
        return false;
    while (stages.next()) {
        const qint64 id = stages.value(0).toLongLong();
        const auto kind = enumFromKey<StageKind>(stages.value(1).toString());
        if (kind == StageKind::Open)
            m_openStages << id;
        else if (kind == StageKind::Won && !m_wonStage)
            m_wonStage = id;
        else if (kind == StageKind::Lost && !m_lostStage)
            m_lostStage = id;
    }
    if (m_openStages.isEmpty() || !m_wonStage || !m_lostStage)
        return fail(QCoreApplication::translate("DemoGenerator",
            "The pipeline needs at least one open stage, a Won stage and a Lost stage. "
            "Check Settings > Pipeline."));
    QSqlQuery reasons = prepared(
        m_db, QStringLiteral("SELECT id, meaning, reengage_days FROM lost_reasons ORDER BY position, id"));
    if (!exec(reasons))
        return false;
    while (reasons.next()) {
        m_reasons << LostReasonInfo { reasons.value(0).toLongLong(),
            enumFromKey<NoMeaning>(reasons.value(1).toString()).value_or(NoMeaning::Timing),
            std::max(0, reasons.value(2).toInt()) };
    }
    if (m_reasons.isEmpty())
        return fail(QCoreApplication::translate("DemoGenerator",
            "The database has no lost reasons to give the lost deals. Add some in "
            "Settings > Lost reasons."));
    return true;
}

// ---------------------------------------------------------------------------------------------------
// Accounts and contacts

QString Generator::generatedAccountName(Region region, int industry)
{
    const Pools &p = pools();
    const Language language = languageOf(region);
    const QStringList &cores
        = language == German ? p.industries.at(industry).coresGerman : p.industries.at(industry).coresEnglish;
    // One draw per statement: the order of draws inside one expression is up to the compiler.
    const int form = weighted({ 45, 40, 15 });
    const QString head = form == 0 ? pick(p.prefixes[language]) : pick(p.lastNames[language]);
    const QString core = pick(cores);
    QString name;
    if (form != 2)
        name = head + QLatin1Char(' ') + core;
    else if (language == German)
        name = head + QStringLiteral(" & Söhne ") + core;
    else if (language == English)
        name = head + QStringLiteral(" & Sons ") + core;
    else
        name = head + QStringLiteral(" & Partners ") + core;
    if (form != 2 && chance(75))
        name += QLatin1Char(' ') + pick(p.legalForms[region]);
    // "van den Berg Logistics" reads wrong: a Dutch surname starts the name with a capital.
    name[0] = name.at(0).toUpper();
    return name;
}

bool Generator::writeAccounts()
{
    const Pools &p = pools();
    const int total = m_options.accounts > 0 ? m_options.accounts : std::max(40, m_options.deals / 4);
    // One in ten accounts is a site or department of a larger one: another door into the account.
    const int sites = total >= 10 ? total / 10 : 0;
    const int topLevel = total - sites;
    const QList<int> owners = quota({ 60, 25, 15 }, total);

    QList<int> curatedOrder(p.curated.size());
    std::iota(curatedOrder.begin(), curatedOrder.end(), 0);
    for (int i = int(curatedOrder.size()) - 1; i > 3; --i)
        std::swap(curatedOrder[i], curatedOrder[3 + m_rng.bounded(i - 2)]);

    QSet<QString> names;
    m_accounts.reserve(total);
    for (int i = 0; i < topLevel; ++i) {
        AccountInfo account;
        account.owner = owners.at(i);
        QString name;
        if (i < curatedOrder.size()) {
            const CuratedAccount &curated = p.curated.at(curatedOrder.at(i));
            name = curated.name;
            account.industry = curated.industry;
            account.city = 0;
            for (int c = 0; c < p.cities.size(); ++c) {
                if (p.cities.at(c).name == curated.city)
                    account.city = c;
            }
            account.region = p.cities.at(account.city).region;
        } else {
            account.region = Region(weighted({ 45, 8, 10, 7, 3, 13, 14 }));
            account.city = pick(p.citiesOf[account.region]);
            account.industry = m_rng.bounded(int(p.industries.size()));
            for (int attempt = 0; attempt < 8 && (name.isEmpty() || names.contains(name)); ++attempt)
                name = generatedAccountName(account.region, account.industry);
            if (names.contains(name))
                name += QStringLiteral(" (%1)").arg(p.cities.at(account.city).name);
            for (int n = 2; names.contains(name); ++n)
                name = generatedAccountName(account.region, account.industry) + QStringLiteral(" %1").arg(n);
        }
        names.insert(name);
        account.shortName = withoutLegalForm(name);
        const QString domain = slug(account.shortName) + QStringLiteral(".example");
        if (!writeAccount(account, name, p.industries.at(account.industry).name, domain, 0, false))
            return false;
        m_accounts << account;
    }
    for (int i = 0; i < sites; ++i) {
        const int parentIndex = std::min(m_rng.bounded(topLevel), m_rng.bounded(topLevel));
        const AccountInfo &parent = m_accounts.at(parentIndex);
        AccountInfo account;
        account.owner = owners.at(topLevel + i);
        account.region = parent.region;
        account.industry = parent.industry;
        account.city = pick(p.citiesOf[account.region]);
        if (account.city == parent.city)
            account.city = pick(p.citiesOf[account.region]);
        QString name = parent.shortName + QStringLiteral(" – ") + p.cities.at(account.city).name
            + QLatin1Char(' ') + p.industries.at(account.industry).site;
        const QString base = name;
        for (int n = 2; names.contains(name); ++n)
            name = base + QStringLiteral(" %1").arg(n);
        names.insert(name);
        account.shortName = name;
        const QString domain = slug(parent.shortName) + QStringLiteral(".example");
        if (!writeAccount(account, name, p.industries.at(account.industry).name, domain, parent.id, true))
            return false;
        m_accounts << account;
    }
    return true;
}

bool Generator::writeAccount(AccountInfo &account, const QString &name, const QString &industry,
    const QString &domain, qint64 parentId, bool site)
{
    const Pools &p = pools();
    const Moment created { -between(560, 1300), randomMinute() };
    QString notes = m_empty;
    if (site)
        notes = pick(p.siteNote);
    else if (chance(30))
        notes = pick(p.accountNotes);
    m_insertAccount.bindValue(0, name);
    m_insertAccount.bindValue(1, industry);
    m_insertAccount.bindValue(2, QStringLiteral("https://www.") + domain);
    m_insertAccount.bindValue(3, p.cities.at(account.city).name);
    m_insertAccount.bindValue(4, parentId ? QVariant(parentId) : m_nullId);
    m_insertAccount.bindValue(5, notes);
    m_insertAccount.bindValue(6, momentText(created));
    if (!exec(m_insertAccount))
        return false;
    account.id = m_insertAccount.lastInsertId().toLongLong();
    ++m_counts.accounts;

    // A decision maker always; a gatekeeper in front of most; then whoever else they brought along.
    const int count = site ? between(1, 3) : between(2, 6);
    const Language language = languageOf(account.region);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        ContactRole role = ContactRole::DecisionMaker;
        if (i == 1 && chance(site ? 40 : 75))
            role = ContactRole::Gatekeeper;
        else if (i >= 1)
            role = std::array { ContactRole::Champion, ContactRole::Influencer, ContactRole::User,
                ContactRole::Other }[weighted({ 40, 25, 20, 15 })];
        QString first, last, name;
        for (int attempt = 0; attempt < 5 && (name.isEmpty() || used.contains(name)); ++attempt) {
            first = pick(p.firstNames[language]);
            last = pick(p.lastNames[language]);
            name = first + QLatin1Char(' ') + last;
        }
        if (used.contains(name))
            continue;
        used.insert(name);
        const QString title = role == ContactRole::DecisionMaker && site ? pick(p.siteManagerTitles)
                                                                         : pick(p.jobTitles[int(role)]);
        const QString email = (chance(90) ? slug(first).remove(QLatin1Char('-')) + QLatin1Char('.') : m_empty)
            + slug(last).remove(QLatin1Char('-')) + QLatin1Char('@') + domain;
        QString phone = m_empty;
        if (chance(75)) {
            // Numbers from ranges kept free for fiction where there are such ranges.
            const City &city = p.cities.at(account.city);
            if (city.region == UnitedKingdom)
                phone
                    = city.phone + QStringLiteral(" 960%1").arg(m_rng.bounded(1000), 3, 10, QLatin1Char('0'));
            else if (city.region == UnitedStates)
                phone = city.phone
                    + QStringLiteral(" 555 01%1").arg(m_rng.bounded(100), 2, 10, QLatin1Char('0'));
            else
                phone = city.phone
                    + QStringLiteral(" 555 %1").arg(m_rng.bounded(10000), 4, 10, QLatin1Char('0'));
        }
        const int noteChance = role == ContactRole::Gatekeeper ? 60
            : role == ContactRole::DecisionMaker               ? 30
                                                               : 10;
        const QString notes = chance(noteChance) ? pick(p.contactNotes[int(role)]) : m_empty;
        const int joined = -between(560, 1300);
        const Moment created { std::min(-549, joined + between(0, 200)), randomMinute() };
        m_insertContact.bindValue(0, account.id);
        m_insertContact.bindValue(1, name);
        m_insertContact.bindValue(2, title);
        m_insertContact.bindValue(3, m_roleKeys[int(role)]);
        m_insertContact.bindValue(4, email);
        m_insertContact.bindValue(5, phone);
        m_insertContact.bindValue(6, notes);
        m_insertContact.bindValue(7, momentText(created));
        if (!exec(m_insertContact))
            return false;
        ++m_counts.contacts;
        if (role == ContactRole::Gatekeeper && account.gatekeeper < 0)
            account.gatekeeper = int(account.contacts.size());
        if (role == ContactRole::Champion && account.champion < 0)
            account.champion = int(account.contacts.size());
        account.contacts << ContactInfo { m_insertContact.lastInsertId().toLongLong(), role };
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// Deal plans

Step Generator::makeStep(int openIndex, int day)
{
    Step step;
    step.openIndex = openIndex;
    step.stageId = openIndex == kWonStep ? m_wonStage
        : openIndex == kLostStep         ? m_lostStage
                                         : m_openStages.at(openIndex);
    step.touchMinute = randomMinute();
    step.at = Moment { day, step.touchMinute + 5 * between(1, 12) };
    return step;
}

// Created on `created` in open stage `first`, then one change per stage up to `last` on distinct days
// in [changesFrom, changesTo].
void Generator::addPath(DealPlan &plan, int created, int first, int last, int changesFrom, int changesTo)
{
    Step creation;
    creation.openIndex = first;
    creation.stageId = m_openStages.at(first);
    creation.at = Moment { created, 480 + 5 * m_rng.bounded(108) };
    plan.steps = { creation };
    const QList<int> days = distinctDays(changesFrom, changesTo, last - first);
    for (int i = 0; i < days.size(); ++i)
        plan.steps << makeStep(first + 1 + i, days.at(i));
}

// The creation day of a deal whose stage changes end on lastChange after about span days, with room
// for `changes` changes on distinct days. A span reaching past eighteen months is cut short at a
// random day rather than at the limit, so deals do not pile up on one day.
int Generator::createdBefore(int lastChange, int span, int changes)
{
    const int latest = lastChange - changes - 1;
    int created = lastChange - span;
    if (created < kOldestDay)
        created = latest > kOldestDay ? between(kOldestDay, latest) : latest;
    return std::min(created, latest);
}

int Generator::lostStageFor(NoMeaning meaning)
{
    int stage = 0;
    switch (meaning) {
    case NoMeaning::Reflex:
        stage = chance(70) ? 0 : 1;
        break;
    case NoMeaning::Ghosted:
        stage = between(0, 4);
        break;
    case NoMeaning::Approach:
        stage = between(1, 2);
        break;
    case NoMeaning::Value:
        stage = between(2, 3);
        break;
    case NoMeaning::Timing:
        stage = between(1, 4);
        break;
    case NoMeaning::Competitor:
        stage = between(3, 4);
        break;
    }
    return std::min(stage, int(m_openStages.size()) - 1);
}

void Generator::chooseNextStep(DealPlan &plan, NextStep next)
{
    plan.next = next;
    switch (next) {
    case NextStep::Overdue:
        plan.dueDay = -between(1, 21);
        plan.activeEnd = plan.dueDay - between(1, 10);
        break;
    case NextStep::Today:
        plan.dueDay = 0;
        plan.activeEnd = -between(1, 14);
        break;
    case NextStep::Ahead:
        plan.dueDay = between(1, 30);
        plan.activeEnd = -between(1, 20);
        break;
    case NextStep::None:
        plan.activeEnd = -between(1, 90);
        break;
    }
}

void Generator::planOpen(DealPlan &plan, int stage)
{
    int pathEnd = plan.activeEnd;
    if (plan.nuisance) {
        // Two or three bare check-ins a few days apart at the very end: the pattern to rethink.
        plan.tailDays = { plan.activeEnd };
        const int length = chance(40) ? 3 : 2;
        while (plan.tailDays.size() < length)
            plan.tailDays.prepend(plan.tailDays.first() - between(2, 6));
        pathEnd = plan.tailDays.first() - 1 - m_rng.bounded(5);
    }
    const int first = stage >= 1 && chance(15) ? 1 : 0; // an inbound lead starts at "Contact made"
    plan.longGame = stage <= 1 && chance(12);
    int span = (stage + 1) * between(7, 46);
    span += m_rng.bounded(30);
    if (plan.longGame)
        span += between(150, 350);
    const int created = createdBefore(pathEnd, span, stage - first);
    addPath(plan, created, first, stage, created + 1, pathEnd);
}

void Generator::planWon(DealPlan &plan)
{
    const int wonDay = -between(1, 540);
    const int nOpen = int(m_openStages.size());
    const int last = std::max(0, chance(70) ? nOpen - 1 : nOpen - 2);
    const int first = last >= 1 && chance(15) ? 1 : 0;
    int span = (last + 1) * between(7, 40);
    span += m_rng.bounded(20);
    const int created = createdBefore(wonDay - 1, span, last - first);
    addPath(plan, created, first, last, created + 1, wonDay - 1);
    plan.steps << makeStep(kWonStep, wonDay);
    plan.activeEnd = wonDay;
}

void Generator::planLost(DealPlan &plan, bool recent, bool ripe)
{
    const Pools &p = pools();
    const LostReasonInfo &reason = m_reasons.at(plan.reason);
    const int jitter = m_rng.bounded(11);
    const int delay = reason.days + jitter;
    int lostDay = 0;
    if (!recent) {
        lostDay = -between(366, 540);
    } else {
        // Ripe: the re-engage date has passed; ahead: it is still to come.
        const int ripeHi = -1 - delay;
        const int aheadLo = std::max(-365, 1 - delay);
        if (ripe && ripeHi < -365)
            ripe = false;
        lostDay = ripe ? between(-365, ripeHi) : between(aheadLo, -1);
    }
    const int stage = lostStageFor(reason.meaning);
    const int first = stage >= 1 && chance(15) ? 1 : 0;
    int span = (stage + 1) * between(7, 40);
    span += m_rng.bounded(20);
    const int created = createdBefore(lostDay - 1, span, stage - first);
    addPath(plan, created, first, stage, created + 1, lostDay - 1);
    plan.steps << makeStep(kLostStep, lostDay);
    plan.lostDay = lostDay;
    plan.reengageDay = lostDay + delay;
    plan.activeEnd = lostDay;
    plan.failed = stage <= 1 ? FailedCommitment::FirstMeeting
        : stage == 2         ? FailedCommitment::Discovery
                             : FailedCommitment::Proposal;
    if (reason.meaning == NoMeaning::Competitor || (reason.meaning == NoMeaning::Ghosted && chance(10)))
        plan.competitor = pick(p.competitors);
    TextContext ctx;
    ctx.topic = p.industries.at(m_accounts.at(plan.account).industry).topic;
    ctx.peer = p.industries.at(m_accounts.at(plan.account).industry).peer;
    ctx.rival = plan.competitor.isEmpty() ? pick(p.competitors) : plan.competitor;
    plan.lostNote = expand(pick(p.lostNotes[int(reason.meaning)]), ctx);
    if (reason.meaning == NoMeaning::Ghosted && !plan.competitor.isEmpty())
        plan.lostNote += QStringLiteral(" Heard later they went with %1.").arg(plan.competitor);
}

void Generator::planReopened(DealPlan &plan)
{
    // Lost within the year, ripe again, and back in the pipeline: the review's success story.
    const Pools &p = pools();
    const LostReasonInfo &reason = m_reasons.at(plan.reason);
    const int delay = reason.days + m_rng.bounded(11);
    const int gap = std::max(delay, 7);
    const int latestLoss = plan.activeEnd - gap - 1;
    const int lostDay = latestLoss > -365 ? between(-365, latestLoss) : latestLoss;
    const int reopenDay = between(lostDay + gap, plan.activeEnd);
    const int stage = lostStageFor(reason.meaning);
    const int first = stage >= 1 && chance(15) ? 1 : 0;
    int span = (stage + 1) * between(7, 40);
    span += m_rng.bounded(20);
    const int created = createdBefore(lostDay - 1, span, stage - first);
    addPath(plan, created, first, stage, created + 1, lostDay - 1);
    plan.steps << makeStep(kLostStep, lostDay);
    plan.steps << makeStep(std::min(between(1, 2), int(m_openStages.size()) - 1), reopenDay);
    plan.lostDay = lostDay;
    plan.reengageDay = lostDay + delay;
    plan.failed = stage <= 1 ? FailedCommitment::FirstMeeting
        : stage == 2         ? FailedCommitment::Discovery
                             : FailedCommitment::Proposal;
    if (reason.meaning == NoMeaning::Competitor)
        plan.competitor = pick(p.competitors);
    TextContext ctx;
    ctx.topic = p.industries.at(m_accounts.at(plan.account).industry).topic;
    ctx.peer = p.industries.at(m_accounts.at(plan.account).industry).peer;
    ctx.rival = plan.competitor.isEmpty() ? pick(p.competitors) : plan.competitor;
    plan.lostNote = expand(pick(p.lostNotes[int(reason.meaning)]), ctx);
}

void Generator::planDeals()
{
    const Pools &p = pools();
    const int n = m_options.deals;
    const int nOpen = int(m_openStages.size());
    // Out of 150 deals: 79 open (fewer in each later stage), 4 lost and reopened, 20 won, 38 lost in
    // the last twelve months and 9 lost twelve to eighteen months ago.
    QList<int> weights;
    int stageWeightSum = 0;
    for (int j = 0; j < nOpen; ++j)
        stageWeightSum += 2 * nOpen - j;
    for (int j = 0; j < nOpen; ++j)
        weights << int(std::lround(790.0 * (2 * nOpen - j) / stageWeightSum));
    // Fates 0 .. nOpen - 1 are "open in that stage"; the closed ones follow.
    const int reopened = nOpen, won = nOpen + 1, lostRecent = nOpen + 2, lostOld = nOpen + 3;
    weights << 40 << 200 << 380 << 90;
    const QList<int> fates = quota(weights, n);
    int openCount = 0, lostCount = 0, lostRecentCount = 0;
    for (int fate : fates) {
        if (fate <= reopened)
            ++openCount;
        if (fate == reopened || fate == lostRecent || fate == lostOld)
            ++lostCount;
        if (fate == lostRecent)
            ++lostRecentCount;
    }
    const QList<int> nextSteps = quota({ 12, 18, 8, 45 }, openCount);
    const QList<int> nuisance = quota({ 73, 10 }, openCount);
    const QList<int> ripeness = quota({ 21, 17 }, lostRecentCount);
    const QList<int> pursued = quota({ 65, 35 }, lostCount);
    QList<int> reasonWeights;
    for (const LostReasonInfo &reason : m_reasons) {
        switch (reason.meaning) {
        case NoMeaning::Approach:
            reasonWeights << 4;
            break;
        case NoMeaning::Value:
            reasonWeights << 6;
            break;
        case NoMeaning::Timing:
            reasonWeights << 6;
            break;
        case NoMeaning::Competitor:
            reasonWeights << 7;
            break;
        case NoMeaning::Ghosted:
            reasonWeights << 8;
            break;
        case NoMeaning::Reflex:
            reasonWeights << 3;
            break;
        }
    }
    const QList<int> reasons = quota(reasonWeights, lostCount);

    const int accounts = int(m_accounts.size());
    QList<int> accountOrder(accounts);
    std::iota(accountOrder.begin(), accountOrder.end(), 0);
    for (int i = accounts - 1; i > 0; --i)
        std::swap(accountOrder[i], accountOrder[m_rng.bounded(i + 1)]);

    m_plans.reserve(n);
    int openIndex = 0, lostIndex = 0, recentIndex = 0;
    for (int i = 0; i < n; ++i) {
        DealPlan plan;
        plan.order = i;
        // Every account gets a deal first; after that the bigger (earlier) accounts get more of them.
        plan.account
            = i < accounts ? accountOrder.at(i) : std::min(m_rng.bounded(accounts), m_rng.bounded(accounts));
        AccountInfo &account = m_accounts[plan.account];
        plan.contact = account.champion >= 0 && chance(30) ? account.champion : 0;
        plan.owner = chance(90) ? account.owner : m_rng.bounded(int(p.owners.size()));

        const int fate = fates.at(i);
        if (fate <= reopened) {
            plan.fate = fate == reopened ? Fate::Reopened : Fate::Open;
            plan.nuisance = plan.fate == Fate::Open && nuisance.at(openIndex) == 1;
            chooseNextStep(plan, NextStep(nextSteps.at(openIndex)));
            ++openIndex;
        } else if (fate == won) {
            plan.fate = Fate::Won;
        } else {
            plan.fate = fate == lostRecent ? Fate::LostRecent : Fate::LostOld;
        }
        if (plan.fate != Fate::Open && plan.fate != Fate::Won) {
            plan.reason = reasons.at(lostIndex);
            plan.pursued = pursued.at(lostIndex) == 1;
            ++lostIndex;
        }
        switch (plan.fate) {
        case Fate::Open:
            planOpen(plan, fate);
            break;
        case Fate::Won:
            planWon(plan);
            break;
        case Fate::LostRecent:
            planLost(plan, true, ripeness.at(recentIndex++) == 0);
            break;
        case Fate::LostOld:
            planLost(plan, false, true);
            break;
        case Fate::Reopened:
            planReopened(plan);
            break;
        }
        if (plan.fate == Fate::LostRecent || plan.fate == Fate::LostOld)
            plan.pursued = plan.pursued && plan.lostDay + 7 <= -1;

        // A title the account does not have yet, valued like a real deal: mostly small, a few large.
        const QStringList &ownTitles = p.industries.at(account.industry).dealTitles;
        QString title;
        for (int attempt = 0; attempt < 4 && (title.isEmpty() || account.dealTitles.contains(title));
             ++attempt)
            title = chance(55) ? pick(ownTitles) : pick(p.dealTitles);
        account.dealTitles << title;
        TextContext ctx;
        ctx.year = yearText(plan.steps.first().at.day + 60);
        plan.title = expand(title, ctx);
        const double value = 2000.0 * std::pow(125.0, std::pow(m_rng.generateDouble(), 1.2));
        const double step = value < 10000 ? 250 : value < 50000 ? 1000 : value < 100000 ? 2500 : 5000;
        plan.valueMinor = qint64(std::clamp(std::round(value / step) * step, 2000.0, 250000.0)) * 100;
        m_plans << plan;
    }
    // Deal ids grow with their creation, as in a database that grew by hand.
    std::sort(m_plans.begin(), m_plans.end(), [](const DealPlan &a, const DealPlan &b) {
        const Moment &ma = a.steps.first().at, &mb = b.steps.first().at;
        if (ma < mb || mb < ma)
            return ma < mb;
        return a.order < b.order;
    });
}

// Each column in the order the deals arrived in it, as Pipeline would have appended them.
void Generator::assignPositions()
{
    std::map<qint64, QList<std::pair<Moment, int>>> columns;
    for (int i = 0; i < m_plans.size(); ++i)
        columns[m_plans.at(i).steps.last().stageId].append({ m_plans.at(i).steps.last().at, i });
    for (auto &[stage, deals] : columns) {
        std::sort(deals.begin(), deals.end(), [](const auto &a, const auto &b) {
            if (a.first < b.first || b.first < a.first)
                return a.first < b.first;
            return a.second < b.second;
        });
        for (int rank = 0; rank < deals.size(); ++rank)
            m_plans[deals.at(rank).second].position = rank * Pipeline::kPositionGap;
    }
}

// ---------------------------------------------------------------------------------------------------
// Writing one deal with its history, touches and follow-ups

bool Generator::writeDeal(const DealPlan &plan)
{
    const Pools &p = pools();
    const AccountInfo &account = m_accounts.at(plan.account);
    const Step &current = plan.steps.last();
    const bool lostOnce = plan.reason >= 0;
    const QString status = plan.fate == Fate::Won                     ? QStringLiteral("won")
        : plan.fate == Fate::LostRecent || plan.fate == Fate::LostOld ? QStringLiteral("lost")
                                                                      : QStringLiteral("open");
    m_insertDeal.bindValue(0, plan.title);
    m_insertDeal.bindValue(1, account.id);
    m_insertDeal.bindValue(
        2, account.contacts.isEmpty() ? m_nullId : QVariant(account.contacts.at(plan.contact).id));
    m_insertDeal.bindValue(3, plan.valueMinor);
    m_insertDeal.bindValue(4, p.currencyOf[account.region]);
    m_insertDeal.bindValue(5, current.stageId);
    m_insertDeal.bindValue(6, plan.position);
    m_insertDeal.bindValue(7, p.owners.at(plan.owner));
    m_insertDeal.bindValue(8, momentText(plan.steps.first().at));
    m_insertDeal.bindValue(9, status);
    m_insertDeal.bindValue(10, plan.fate == Fate::Won ? QVariant(dayText(current.at.day)) : m_nullText);
    m_insertDeal.bindValue(11, lostOnce ? QVariant(dayText(plan.lostDay)) : m_nullText);
    m_insertDeal.bindValue(12, lostOnce ? QVariant(m_reasons.at(plan.reason).id) : m_nullId);
    m_insertDeal.bindValue(13, m_failedKeys[int(plan.failed)]);
    m_insertDeal.bindValue(14, plan.competitor.isNull() ? m_empty : plan.competitor);
    m_insertDeal.bindValue(15, plan.lostNote.isNull() ? m_empty : plan.lostNote);
    m_insertDeal.bindValue(16, lostOnce ? QVariant(dayText(plan.reengageDay)) : m_nullText);
    if (!exec(m_insertDeal))
        return false;
    const qint64 dealId = m_insertDeal.lastInsertId().toLongLong();
    m_dealId = dealId;
    ++m_counts.deals;

    for (int i = 0; i < plan.steps.size(); ++i) {
        m_insertHistory.bindValue(0, dealId);
        m_insertHistory.bindValue(1, i == 0 ? m_nullId : QVariant(plan.steps.at(i - 1).stageId));
        m_insertHistory.bindValue(2, plan.steps.at(i).stageId);
        m_insertHistory.bindValue(3, momentText(plan.steps.at(i).at));
        if (!exec(m_insertHistory))
            return false;
        ++m_counts.stageChanges;
    }

    planTouches(plan);
    for (TouchRow &touch : m_touches) {
        m_insertTouch.bindValue(0, dealId);
        m_insertTouch.bindValue(
            1, touch.contact >= 0 ? QVariant(account.contacts.at(touch.contact).id) : m_nullId);
        m_insertTouch.bindValue(2, m_channelKeys[int(touch.channel)]);
        m_insertTouch.bindValue(3, momentText(touch.at));
        m_insertTouch.bindValue(4, m_outcomeKeys[int(touch.outcome)]);
        m_insertTouch.bindValue(5, m_valueKeys[int(touch.valueKind)]);
        m_insertTouch.bindValue(6, touch.valueText.isNull() ? m_empty : touch.valueText);
        m_insertTouch.bindValue(7, touch.note.isNull() ? m_empty : touch.note);
        if (!exec(m_insertTouch))
            return false;
        touch.id = m_insertTouch.lastInsertId().toLongLong();
        ++m_counts.touches;
    }
    return writeFollowUps(plan);
}

Phase Generator::phaseAt(const DealPlan &plan, const Moment &at) const
{
    int current = 0;
    for (int i = 1; i < plan.steps.size() && !(at < plan.steps.at(i).at); ++i)
        current = i;
    const int index = plan.steps.at(current).openIndex;
    if (index == kLostStep)
        return Phase::LostPeriod;
    return index <= 0 ? Phase::Prospecting : Phase::Active;
}

void Generator::planTouches(const DealPlan &plan)
{
    m_touches.clear();
    const Moment created = plan.steps.first().at;
    // Every stage change was caused by a touch on that day.
    for (int i = 1; i < plan.steps.size(); ++i) {
        TouchRow anchor;
        anchor.kind = TouchRow::Anchor;
        anchor.step = i;
        anchor.at = Moment { plan.steps.at(i).at.day, plan.steps.at(i).touchMinute };
        if (anchor.at.day == created.day && anchor.at.minute <= created.minute)
            anchor.at.minute = created.minute + 5;
        m_touches << anchor;
    }
    for (int day : plan.tailDays) {
        TouchRow tail;
        tail.kind = TouchRow::Tail;
        tail.at = Moment { day, randomMinute() };
        m_touches << tail;
    }
    const bool closed = plan.fate == Fate::Won || plan.fate == Fate::LostRecent || plan.fate == Fate::LostOld;
    if (closed && plan.pursued) {
        // "No" means "not now": value touches after the loss, the first one planned when it was lost.
        const int count = between(1, 3);
        for (int i = 0; i < count; ++i) {
            TouchRow after;
            after.kind = TouchRow::AfterLoss;
            const int day = between(plan.lostDay + 7, -1);
            after.at = Moment { weekdayNear(day, plan.lostDay + 7, -1), randomMinute() };
            m_touches << after;
        }
    }

    int total = between(3, 16);
    if (plan.longGame)
        total += between(6, 16);
    const int freeCount = std::max(1, total - int(m_touches.size()));
    const int freeFrom = created.day;
    int freeTo = closed ? plan.steps.last().at.day - 1 : plan.activeEnd;
    if (!plan.tailDays.isEmpty())
        freeTo = plan.tailDays.first() - 1;
    freeTo = std::max(freeTo, freeFrom);
    for (int i = 0; i < freeCount; ++i) {
        TouchRow touch;
        const int day = weekdayNear(between(freeFrom, freeTo), freeFrom, freeTo);
        touch.at = Moment { day, randomMinute() };
        if (day == created.day && touch.at.minute <= created.minute)
            touch.at.minute = created.minute + 5 * between(1, 24);
        m_touches << touch;
    }
    std::stable_sort(
        m_touches.begin(), m_touches.end(), [](const TouchRow &a, const TouchRow &b) { return a.at < b.at; });

    // The last touch carries value unless this deal is one of the nuisance examples, whose bare tail
    // follows a touch that did.
    const int last = int(m_touches.size()) - 1;
    const int beforeTail = last - int(plan.tailDays.size());
    for (int i = 0; i <= last; ++i) {
        TouchRow &touch = m_touches[i];
        touch.phase = phaseAt(plan, touch.at);
        switch (touch.kind) {
        case TouchRow::Anchor:
            fillAnchor(touch, plan);
            break;
        case TouchRow::Tail:
            fillTail(touch);
            touch.contact = chooseContact(plan, touch.phase, touch.channel);
            break;
        case TouchRow::AfterLoss:
            touch.phase = Phase::LostPeriod;
            fillFree(touch, plan, true);
            break;
        case TouchRow::Free:
            fillFree(touch, plan, i == beforeTail);
            break;
        }
    }
}

Channel Generator::channelFor(Phase phase)
{
    static constexpr Channel channels[]
        = { Channel::Call, Channel::Voicemail, Channel::Email, Channel::LinkedIn, Channel::HandwrittenNote,
              Channel::Package, Channel::DropIn, Channel::Referral, Channel::Meeting, Channel::EventInvite };
    switch (phase) {
    case Phase::Prospecting:
        return channels[weighted({ 26, 16, 22, 14, 4, 3, 4, 3, 0, 8 })];
    case Phase::Active:
        return channels[weighted({ 20, 6, 28, 6, 4, 3, 4, 3, 18, 8 })];
    case Phase::LostPeriod:
        break;
    }
    return channels[weighted({ 8, 2, 34, 14, 10, 8, 2, 8, 2, 12 })];
}

// The way a planned piece of value travels: a white paper by mail, an idea in a conversation.
Channel Generator::channelToBring(ValueKind kind, Phase phase)
{
    using C = Channel;
    switch (kind) {
    case ValueKind::WhitePaper:
        return std::array { C::Email, C::Package, C::LinkedIn }[weighted({ 60, 25, 15 })];
    case ValueKind::Invitation:
        return std::array { C::EventInvite, C::Email, C::Call }[weighted({ 50, 40, 10 })];
    case ValueKind::Referral:
        return std::array { C::Email, C::Call, C::Referral }[weighted({ 50, 35, 15 })];
    case ValueKind::Insight:
        return std::array { C::Email, C::Call, C::LinkedIn,
            C::HandwrittenNote }[weighted({ 40, 25, 20, 15 })];
    case ValueKind::Idea:
        // A meeting is only on the cards once they talk to us.
        return std::array { C::Call, C::Meeting, C::Email,
            C::DropIn }[weighted({ 35, phase == Phase::Active ? 35 : 5, 20, 10 })];
    case ValueKind::None:
        break;
    }
    return chance(50) ? C::Call : C::Email;
}

ValueKind Generator::valueKindFor(Channel channel)
{
    switch (channel) {
    case Channel::Call:
    case Channel::Voicemail:
    case Channel::DropIn:
        return chance(60) ? ValueKind::Idea : ValueKind::Insight;
    case Channel::Email:
        return std::array { ValueKind::Insight, ValueKind::WhitePaper, ValueKind::Idea,
            ValueKind::Invitation }[weighted({ 35, 30, 20, 15 })];
    case Channel::LinkedIn:
        return std::array { ValueKind::Insight, ValueKind::WhitePaper,
            ValueKind::Invitation }[weighted({ 45, 30, 25 })];
    case Channel::HandwrittenNote:
        return chance(50) ? ValueKind::Insight : ValueKind::Idea;
    case Channel::Package:
        return chance(70) ? ValueKind::WhitePaper : ValueKind::Idea;
    case Channel::Referral:
        return ValueKind::Referral;
    case Channel::Meeting:
        return chance(60) ? ValueKind::Idea : ValueKind::Insight;
    case Channel::EventInvite:
        return ValueKind::Invitation;
    }
    return ValueKind::Insight;
}

TouchOutcome Generator::outcomeFor(Channel channel, Phase phase)
{
    using O = TouchOutcome;
    switch (channel) {
    case Channel::Voicemail:
        return O::NoAnswer;
    case Channel::HandwrittenNote:
    case Channel::Package:
        return chance(75) ? O::NoAnswer : O::Conversation;
    case Channel::Meeting:
        return std::array { O::Conversation, O::NotNow, O::No }[weighted({ 85, 10, 5 })];
    case Channel::Referral:
        return std::array { O::Conversation, O::MeetingBooked, O::NoAnswer }[weighted({ 60, 25, 15 })];
    case Channel::EventInvite:
        return std::array { O::NoAnswer, O::Conversation, O::NotNow,
            O::MeetingBooked }[weighted({ 50, 30, 10, 10 })];
    case Channel::Call:
    case Channel::Email:
    case Channel::LinkedIn:
    case Channel::DropIn:
        break;
    }
    static constexpr O outcomes[] = { O::NoAnswer, O::Conversation, O::NotNow, O::No, O::MeetingBooked };
    switch (phase) {
    case Phase::Prospecting:
        return outcomes[weighted({ 52, 18, 13, 12, 5 })];
    case Phase::Active:
        return outcomes[weighted({ 32, 45, 12, 5, 6 })];
    case Phase::LostPeriod:
        break;
    }
    return outcomes[weighted({ 55, 25, 15, 5, 0 })];
}

int Generator::chooseContact(const DealPlan &plan, Phase phase, Channel channel)
{
    const AccountInfo &account = m_accounts.at(plan.account);
    if (account.contacts.isEmpty() || chance(2))
        return -1;
    // The gatekeeper picks up most early calls: a person to befriend, not an obstacle.
    if (phase == Phase::Prospecting && account.gatekeeper >= 0
        && (channel == Channel::Call || channel == Channel::Voicemail || channel == Channel::DropIn)
        && chance(45))
        return account.gatekeeper;
    if (chance(75) || account.contacts.size() == 1)
        return plan.contact;
    return m_rng.bounded(int(account.contacts.size()));
}

TextContext Generator::context(const DealPlan &plan, int day)
{
    const Pools &p = pools();
    const AccountInfo &account = m_accounts.at(plan.account);
    const Industry &industry = p.industries.at(account.industry);
    TextContext ctx;
    ctx.year = yearText(day);
    ctx.topic = industry.topic;
    ctx.peer = industry.peer;
    ctx.city = p.cities.at(account.city).name;
    ctx.ref = m_accounts.at(m_rng.bounded(int(m_accounts.size()))).shortName;
    ctx.rival = plan.competitor;
    return ctx;
}

void Generator::fillFree(TouchRow &touch, const DealPlan &plan, bool requireValue)
{
    const Pools &p = pools();
    touch.channel = channelFor(touch.phase);
    int bareChance = 0;
    switch (touch.channel) {
    case Channel::Call:
        bareChance = 45;
        break;
    case Channel::Voicemail:
        bareChance = 55;
        break;
    case Channel::Email:
    case Channel::LinkedIn:
        bareChance = 30;
        break;
    case Channel::DropIn:
        bareChance = 40;
        break;
    default:
        break;
    }
    // After a "no" every touch brings something new; a bare check-in there is exactly the mistake.
    if (requireValue || touch.phase == Phase::LostPeriod)
        bareChance = 0;
    if (chance(bareChance)) {
        touch.valueKind = ValueKind::None;
        touch.note = pick(p.bareNotes[int(touch.channel)]);
        touch.outcome = touch.channel == Channel::Voicemail
            ? TouchOutcome::NoAnswer
            : std::array { TouchOutcome::NoAnswer, TouchOutcome::Conversation, TouchOutcome::NotNow,
                  TouchOutcome::No }[weighted({ 70, 15, 10, 5 })];
    } else {
        touch.valueKind = valueKindFor(touch.channel);
        const ValueText &text = pick(p.values[int(touch.valueKind)]);
        const TextContext ctx = context(plan, touch.at.day);
        touch.valueText = expand(text.done, ctx);
        touch.plannedText = expand(text.planned, ctx);
        touch.outcome = outcomeFor(touch.channel, touch.phase);
        const bool spoken = touch.channel == Channel::Call || touch.channel == Channel::DropIn
            || touch.channel == Channel::Meeting;
        // A voicemail's outcome is the voicemail itself: nothing to add.
        if (touch.channel != Channel::Voicemail && chance(45))
            touch.note
                = pick(spoken ? p.spokenNotes[int(touch.outcome)] : p.writtenNotes[int(touch.outcome)]);
    }
    touch.contact = chooseContact(plan, touch.phase, touch.channel);
}

void Generator::fillTail(TouchRow &touch)
{
    const Pools &p = pools();
    touch.channel
        = std::array { Channel::Call, Channel::Voicemail, Channel::Email }[weighted({ 35, 30, 35 })];
    touch.valueKind = ValueKind::None;
    touch.outcome = TouchOutcome::NoAnswer;
    touch.note = pick(p.bareNotes[int(touch.channel)]);
}

void Generator::fillAnchor(TouchRow &touch, const DealPlan &plan)
{
    const Pools &p = pools();
    const Step &step = plan.steps.at(touch.step);
    const Step &previous = plan.steps.at(touch.step - 1);
    TextContext ctx = context(plan, touch.at.day);
    ctx.rival = plan.competitor.isEmpty() ? pick(p.competitors) : plan.competitor;
    QString pattern;
    if (step.openIndex == kWonStep) {
        touch.channel
            = std::array { Channel::Meeting, Channel::Call, Channel::Email }[weighted({ 50, 30, 20 })];
        touch.outcome = TouchOutcome::Yes;
        touch.valueKind = ValueKind::Idea;
        pattern = pick(p.wonTexts);
    } else if (step.openIndex == kLostStep) {
        const NoMeaning meaning = m_reasons.at(plan.reason).meaning;
        touch.valueKind = ValueKind::Insight;
        if (meaning == NoMeaning::Ghosted) {
            touch.channel = Channel::Email;
            touch.outcome = TouchOutcome::NoAnswer;
            pattern = pick(p.ghostedTexts);
        } else if (meaning == NoMeaning::Timing) {
            touch.channel = chance(60) ? Channel::Call : Channel::Email;
            touch.outcome = TouchOutcome::NotNow;
            pattern = pick(p.timingTexts);
        } else if (meaning == NoMeaning::Competitor) {
            touch.channel = Channel::Call;
            touch.outcome = TouchOutcome::No;
            pattern = pick(p.competitorTexts);
        } else {
            touch.channel
                = std::array { Channel::Call, Channel::Email, Channel::Meeting }[weighted({ 50, 30, 20 })];
            touch.outcome = TouchOutcome::No;
            pattern = pick(p.lostTexts);
        }
    } else if (previous.openIndex == kLostStep) {
        touch.channel = chance(60) ? Channel::Call : Channel::Meeting;
        touch.outcome
            = touch.channel == Channel::Call ? TouchOutcome::MeetingBooked : TouchOutcome::Conversation;
        touch.valueKind = ValueKind::Insight;
        pattern = pick(p.reopenTexts);
    } else {
        const int kind = std::clamp(step.openIndex, 1, 4) - 1;
        touch.valueKind = kind == 0 ? ValueKind::Insight : ValueKind::Idea;
        switch (kind) {
        case 0:
            touch.channel = std::array { Channel::Call, Channel::DropIn, Channel::LinkedIn,
                Channel::Email }[weighted({ 50, 15, 15, 20 })];
            touch.outcome = TouchOutcome::Conversation;
            break;
        case 1:
            touch.channel = std::array { Channel::Call, Channel::Email }[weighted({ 60, 40 })];
            touch.outcome = TouchOutcome::MeetingBooked;
            break;
        default:
            touch.channel = chance(75) ? Channel::Meeting : Channel::Call;
            touch.outcome = TouchOutcome::Conversation;
            break;
        }
        const bool written = touch.channel == Channel::Email || touch.channel == Channel::LinkedIn;
        pattern = pick(kind == 0 && written ? p.firstReplyTexts : p.anchorTexts[kind]);
    }
    touch.valueText = expand(pattern, ctx);
    touch.plannedText = expand(pick(p.values[int(touch.valueKind)]).planned, ctx);
    touch.contact = m_accounts.at(plan.account).contacts.isEmpty() ? -1 : plan.contact;
}

bool Generator::insertFollowUp(const DealPlan &plan, int due, Channel channel, ValueKind kind,
    const QString &planned, const QString &cadence, const QString &note, int contact, qint64 doneTouchId,
    int doneDay)
{
    const AccountInfo &account = m_accounts.at(plan.account);
    // A planned voicemail is just a call nobody picked up.
    if (channel == Channel::Voicemail)
        channel = Channel::Call;
    m_insertFollowUp.bindValue(0, m_dealId);
    m_insertFollowUp.bindValue(1, contact >= 0 ? QVariant(account.contacts.at(contact).id) : m_nullId);
    m_insertFollowUp.bindValue(2, dayText(due));
    m_insertFollowUp.bindValue(3, m_channelKeys[int(channel)]);
    m_insertFollowUp.bindValue(4, m_valueKeys[int(kind)]);
    m_insertFollowUp.bindValue(5, kind == ValueKind::None || planned.isNull() ? m_empty : planned);
    m_insertFollowUp.bindValue(6, cadence.isNull() ? m_empty : cadence);
    m_insertFollowUp.bindValue(7, note.isNull() ? m_empty : note);
    m_insertFollowUp.bindValue(8, doneTouchId ? QVariant(doneTouchId) : m_nullId);
    m_insertFollowUp.bindValue(9, doneTouchId ? QVariant(dayText(doneDay)) : m_nullText);
    if (!exec(m_insertFollowUp))
        return false;
    ++m_counts.followUps;
    return true;
}

bool Generator::writeFollowUps(const DealPlan &plan)
{
    const Pools &p = pools();
    const QString ghostedCadence = QStringLiteral("Ghosted: a value touch every two weeks");
    const QString notNowCadence = QStringLiteral("Not now: value touches until re-engaging");
    const QString longGameCadence = QStringLiteral("Long game: a value touch every month");
    const bool lost = plan.fate == Fate::LostRecent || plan.fate == Fate::LostOld;
    const bool ghosted = plan.reason >= 0 && m_reasons.at(plan.reason).meaning == NoMeaning::Ghosted;
    const Moment created = plan.steps.first().at;

    // Done: steps that were planned and then happened, linked to the touch that did them. The nuisance
    // tail was never planned: that is the point of it.
    QList<int> candidates;
    int firstAfterLoss = -1;
    for (int i = 0; i < m_touches.size(); ++i) {
        if (m_touches.at(i).kind == TouchRow::AfterLoss && firstAfterLoss < 0)
            firstAfterLoss = i;
        if (m_touches.at(i).kind != TouchRow::Tail && m_touches.at(i).kind != TouchRow::AfterLoss)
            candidates << i;
    }
    QList<int> chosen;
    if (firstAfterLoss >= 0)
        chosen << firstAfterLoss;
    const int wanted = chance(35) ? 2 : 1;
    for (int attempt = 0; attempt < 6 && chosen.size() < wanted && !candidates.isEmpty(); ++attempt) {
        const int index = pick(candidates);
        if (!chosen.contains(index))
            chosen << index;
    }
    std::sort(chosen.begin(), chosen.end());
    for (int index : chosen) {
        const TouchRow &touch = m_touches.at(index);
        const int due = std::max(created.day, touch.at.day + between(-3, 2));
        const bool sameChannel = chance(80);
        const Channel channel = sameChannel ? touch.channel : Channel::Email;
        const QString cadence = touch.kind == TouchRow::AfterLoss ? (ghosted ? ghostedCadence : notNowCadence)
            : plan.longGame                                       ? longGameCadence
                                                                  : m_empty;
        if (!insertFollowUp(plan, due, channel, touch.valueKind, touch.plannedText, cadence, m_empty,
                touch.contact, touch.id, touch.at.day))
            return false;
    }

    // Open: the next step, where there is one.
    const TextContext ctxToday = context(plan, 0);
    const auto plannedValue = [&](int day, ValueKind *kind) {
        *kind = std::array { ValueKind::Insight, ValueKind::WhitePaper, ValueKind::Invitation,
            ValueKind::Referral, ValueKind::Idea }[weighted({ 30, 20, 15, 10, 25 })];
        return expand(pick(p.values[int(*kind)]).planned, context(plan, day));
    };
    const auto note = [&]() { return chance(30) ? pick(p.followUpNotes) : m_empty; };
    ValueKind kind = ValueKind::None;
    switch (plan.fate) {
    case Fate::Open:
    case Fate::Reopened: {
        if (plan.next == NextStep::None)
            return true;
        const Phase phase = phaseAt(plan, Moment { plan.activeEnd, 24 * 60 - 5 });
        Channel channel = Channel::Call;
        QString planned;
        // A nuisance deal tends to plan yet another "just checking in".
        if (chance(plan.nuisance ? 60 : 12)) {
            kind = ValueKind::None;
            channel = chance(50) ? Channel::Call : Channel::Email;
        } else {
            planned = plannedValue(plan.dueDay, &kind);
            channel = channelToBring(kind, phase);
        }
        const QString remark = note();
        return insertFollowUp(plan, plan.dueDay, channel, kind, planned,
            plan.longGame ? longGameCadence : m_empty, remark, plan.contact, 0, 0);
    }
    case Fate::Won: {
        if (!chance(30))
            return true;
        const ValueText &text = pick(p.afterWin);
        const int due = between(3, 60);
        const Channel channel = chance(50) ? Channel::Meeting : Channel::Call;
        const QString remark = note();
        return insertFollowUp(plan, due, channel, ValueKind::Idea, expand(text.planned, ctxToday), m_empty,
            remark, plan.contact, 0, 0);
    }
    case Fate::LostRecent:
    case Fate::LostOld:
        break;
    }
    if (!lost || plan.fate == Fate::LostOld)
        return true;
    const QString cadence = ghosted ? ghostedCadence : notNowCadence;
    if (plan.reengageDay >= 1) {
        // "Call me back in six months" is two or three value touches inside those months.
        if (!chance(60))
            return true;
        const int due = between(1, std::min(plan.reengageDay, 45));
        const QString planned = plannedValue(due, &kind);
        const Channel channel = channelToBring(kind, Phase::LostPeriod);
        const QString remark = note();
        return insertFollowUp(plan, due, channel, kind, planned, cadence, remark, plan.contact, 0, 0);
    }
    if (plan.pursued) {
        if (!chance(50))
            return true;
        const int due = between(1, 30);
        const QString planned = plannedValue(due, &kind);
        const Channel channel = channelToBring(kind, Phase::LostPeriod);
        const QString remark = note();
        return insertFollowUp(plan, due, channel, kind, planned, cadence, remark, plan.contact, 0, 0);
    }
    if (!chance(40))
        return true;
    // Ripe and planned, but nobody got to it yet.
    const int due = std::max(plan.reengageDay, -60);
    const QString planned = plannedValue(due, &kind);
    const Channel channel = channelToBring(kind, Phase::LostPeriod);
    const QString remark = note();
    return insertFollowUp(plan, due, channel, kind, planned, cadence, remark, plan.contact, 0, 0);
}

} // namespace

Result<DemoGenerator::Counts> DemoGenerator::generate(Database &database, const Options &options)
{
    if (!database.isOpen())
        return Error { QCoreApplication::translate("DemoGenerator", "The database is not open.") };
    Generator generator(database.connection(), options);
    return generator.run();
}

} // namespace Ripen
