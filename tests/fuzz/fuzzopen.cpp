// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz target of the database opener: mutated database files given to Ripen's Database::open, the
// way `ripen --database FILE` opens them.
//
//   ripen_fuzz_open [--seconds N | --runs N] [--seed S] [--findings DIR] [--write-seeds DIR]
//                   [--without-whole-file-check]
//
// Each file must keep three promises:
//  - no crash: in the sanitizer builds (scripts/test-asan.sh, scripts/fuzz.sh) a memory error or
//    undefined behaviour is a crash;
//  - never accepted when SQLite's own PRAGMA quick_check of the same bytes, on a read-only connection
//    of its own, does not say "ok". Accepted means open() succeeded and wholeFileChecked() passed: the
//    window would go on writing to the file, a command would print it and exit 0;
//  - never changed when refused: the same bytes, and no -wal, -shm, -journal or .lock beside it.
// Qt's "connection ... still in use" warning counts as a finding too (it once came with every refusal).
//
// Two ways to run it:
//  - alone (any compiler; ctest fuzz_open_short, scripts/fuzz.sh --loop): seeded mutations of a few
//    Ripen files made at start (a demo pipeline in write-ahead logging, the same in rollback-journal
//    mode, an empty pipeline), aimed at what SQLite reads: header fields, b-tree page headers, cell
//    pointers, whole pages, the file's length;
//  - under libFuzzer (clang, -DRIPEN_LIBFUZZER=ON, scripts/fuzz.sh): LLVMFuzzerTestOneInput, guided by
//    coverage, starting from the seeds --write-seeds writes.
// A finding is printed as a line starting "FINDING:", and its file kept in --findings (default: the
// current folder). --without-whole-file-check opens as if the check of the whole file were off: the
// run must then report accepted damaged files (ctest fuzz_open_catches_an_unchecked_open), which shows
// the comparison can see one.

#include "clock.h"
#include "database.h"
#include "demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sqlite3.h>

using namespace Ripen;

namespace {

const QStringList kSideFiles { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
    QStringLiteral(".lock") };

QString problemName(Database::Problem problem)
{
    switch (problem) {
    case Database::Problem::None:
        return QStringLiteral("none");
    case Database::Problem::NotADatabase:
        return QStringLiteral("not a database");
    case Database::Problem::NotRipen:
        return QStringLiteral("not Ripen's");
    case Database::Problem::Damaged:
        return QStringLiteral("damaged");
    case Database::Problem::ReadOnly:
        return QStringLiteral("read-only");
    case Database::Problem::Locked:
        return QStringLiteral("locked");
    case Database::Problem::NewerSchema:
        return QStringLiteral("newer");
    case Database::Problem::CannotCreate:
        return QStringLiteral("cannot create");
    case Database::Problem::MigrationFailed:
        return QStringLiteral("migration failed");
    case Database::Problem::DiskFull:
        return QStringLiteral("disk full");
    case Database::Problem::IoError:
        return QStringLiteral("I/O error");
    }
    return QStringLiteral("?");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size()
        && file.flush();
}

// SQLite's verdict on the bytes, on a copy of its own and a plain read-only connection: "ok", or what it
// said instead.
QString referenceCheck(const QByteArray &bytes, const QString &folder)
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/reference.sqlite");
    if (!writeFile(path, bytes))
        return QStringLiteral("(the copy could not be written)");
    sqlite3 *db = nullptr;
    QString verdict;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        verdict = QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open");
    } else {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK) {
            verdict = QString::fromUtf8(sqlite3_errmsg(db));
        } else {
            const int step = sqlite3_step(statement);
            if (step == SQLITE_ROW)
                verdict
                    = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            else
                verdict = QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    QDir(folder).removeRecursively();
    return verdict;
}

// What Qt said while Ripen had the file: a connection still in use when it was removed is a finding.
QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

struct Outcome
{
    bool accepted = false;
    bool referenceOk = false;
    Database::Problem problem = Database::Problem::None;
    QString finding; // "" when every promise was kept
};

// One file through Ripen's opener, and the promises checked.
Outcome tryOne(const QByteArray &bytes, const QString &folder, bool wholeFileCheck)
{
    static const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    Outcome outcome;
    const QString verdict = referenceCheck(bytes, folder + QStringLiteral("/reference"));
    outcome.referenceOk = verdict == QLatin1String("ok");

    const QString files = folder + QStringLiteral("/open");
    QDir(files).removeRecursively();
    QDir().mkpath(files);
    const QString path = files + QStringLiteral("/fuzz.sqlite");
    if (!writeFile(path, bytes)) {
        outcome.finding = QStringLiteral("the input could not be written to %1").arg(path);
        return outcome;
    }
    g_warnings.clear();
    {
        Database database;
        Database::Options options;
        options.create = false;
        options.clock = &clock;
        options.checkWholeFile = wholeFileCheck;
        if (database.open(path, options)) {
            // As in the application: the event loop turns (the check begins), then the first write waits.
            QCoreApplication::processEvents();
            outcome.accepted = database.wholeFileChecked().ok();
        }
        outcome.problem = database.problem();
    }
    for (const QString &warning : std::as_const(g_warnings)) {
        if (warning.contains(QLatin1String("still in use")))
            outcome.finding = QStringLiteral("Qt warned: %1").arg(warning);
    }
    if (outcome.accepted && !outcome.referenceOk) {
        outcome.finding = QStringLiteral("accepted a file that fails quick_check (SQLite says: %1)")
                              .arg(verdict.left(200));
    } else if (!outcome.accepted) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
            outcome.finding
                = QStringLiteral("refused (%1) but changed the file").arg(problemName(outcome.problem));
        for (const QString &side : kSideFiles) {
            if (QFile::exists(path + side))
                outcome.finding = QStringLiteral("refused (%1) but left %2 beside the file")
                                      .arg(problemName(outcome.problem), side);
        }
    }
    return outcome;
}

// The seeds: small Ripen files of the shapes users have.
QList<std::pair<QString, QByteArray>> makeSeeds(const QString &folder)
{
    QList<std::pair<QString, QByteArray>> seeds;
    QDir().mkpath(folder);
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    Database::Options options;
    options.backups = false;
    options.checkWholeFile = false;
    const QString demo = folder + QStringLiteral("/demo.sqlite");
    {
        Database database;
        if (!database.open(demo, options))
            return {};
        DemoGenerator::Options demoOptions;
        demoOptions.deals = 12;
        demoOptions.accounts = 4;
        demoOptions.today = QDate(2026, 6, 1);
        if (!DemoGenerator::generate(database, demoOptions))
            return {};
    }
    seeds.append({ QStringLiteral("demo-wal"), read(demo) });
    {
        Database database;
        if (!database.open(demo, options))
            return {};
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    seeds.append({ QStringLiteral("demo-rollback"), read(demo) });
    const QString empty = folder + QStringLiteral("/empty.sqlite");
    {
        Database database;
        if (!database.open(empty, options))
            return {};
    }
    seeds.append({ QStringLiteral("empty-pipeline"), read(empty) });
    QDir(folder).removeRecursively();
    for (const auto &seed : seeds) {
        if (seed.second.isEmpty())
            return {};
    }
    return seeds;
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 0; i < 4 && at + i < bytes.size(); ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

void setBigEndian(QByteArray &bytes, qsizetype at, quint32 value, int width)
{
    for (int i = 0; i < width; ++i) {
        if (at + i < bytes.size())
            bytes[at + i] = char((value >> (8 * (width - 1 - i))) & 0xff);
    }
}

// A few changes of the kinds SQLite meets on a damaged disk or in a file somebody edited.
QByteArray mutate(QByteArray bytes, std::mt19937 &random)
{
    const auto below
        = [&random](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(random() % quint64(n)); };
    const quint32 headerPageSize = bigEndian32(bytes, 16) >> 16;
    const qsizetype pageSize = headerPageSize == 1           ? 65536
        : (headerPageSize >= 512 && headerPageSize <= 32768) ? qsizetype(headerPageSize)
                                                             : 4096;
    const qsizetype pages = std::max<qsizetype>(1, bytes.size() / pageSize);
    // Where page n (from 1) begins, and where its b-tree header does (after the file header on page 1).
    const auto pageStart = [&](qsizetype page) { return (page - 1) * pageSize; };
    const auto btreeHeader = [&](qsizetype page) { return pageStart(page) + (page == 1 ? 100 : 0); };
    const quint32 interesting[]
        = { 0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 12, 13,
              14, quint32(Database::kApplicationId), quint32(pages), quint32(pages + 1) };
    const auto someValue
        = [&]() { return random() % 2 ? interesting[below(std::size(interesting))] : quint32(random()); };

    const int changes = 1 + int(below(4));
    for (int change = 0; change < changes && !bytes.isEmpty(); ++change) {
        switch (below(9)) {
        case 0: // bits flipped anywhere
            for (qsizetype i = 0, n = 1 + below(8); i < n; ++i)
                bytes[below(bytes.size())] ^= char(1 << below(8));
            break;
        case 1: { // a run of random bytes
            const qsizetype at = below(bytes.size());
            for (qsizetype i = at, end = std::min(bytes.size(), at + 1 + below(64)); i < end; ++i)
                bytes[i] = char(random());
            break;
        }
        case 2: { // a whole page: random, zeros, or another page's bytes
            const qsizetype page = 1 + below(pages);
            const qsizetype start = pageStart(page);
            const qsizetype end = std::min(bytes.size(), start + pageSize);
            const int how = int(below(3));
            const qsizetype from = pageStart(1 + below(pages));
            for (qsizetype i = start; i < end; ++i) {
                if (how == 0)
                    bytes[i] = char(random());
                else if (how == 1)
                    bytes[i] = 0;
                else if (from + (i - start) < bytes.size())
                    bytes[i] = bytes.at(from + (i - start));
            }
            break;
        }
        case 3: { // a field of the file header
            const std::pair<int, int> fields[] = { { 16, 2 }, { 18, 1 }, { 19, 1 }, { 20, 1 }, { 21, 1 },
                { 22, 1 }, { 23, 1 }, { 24, 4 }, { 28, 4 }, { 32, 4 }, { 36, 4 }, { 40, 4 }, { 44, 4 },
                { 48, 4 }, { 52, 4 }, { 56, 4 }, { 60, 4 }, { 64, 4 }, { 68, 4 }, { 92, 4 }, { 96, 4 } };
            const auto [at, width] = fields[below(std::size(fields))];
            setBigEndian(bytes, at, someValue(), width);
            break;
        }
        case 4: { // a b-tree page header: its type, free block, cell count, content start, right child
            const qsizetype at = btreeHeader(1 + below(pages));
            const std::pair<int, int> fields[]
                = { { 0, 1 }, { 1, 2 }, { 3, 2 }, { 5, 2 }, { 7, 1 }, { 8, 4 } };
            const auto [offset, width] = fields[below(std::size(fields))];
            const quint32 types[] = { 2, 5, 10, 13 };
            setBigEndian(
                bytes, at + offset, offset == 0 && random() % 2 ? types[below(4)] : someValue(), width);
            break;
        }
        case 5: { // one cell pointer of a page
            const qsizetype page = 1 + below(pages);
            const qsizetype header = btreeHeader(page);
            if (header >= bytes.size())
                break;
            const bool interior = (quint8(bytes.at(header)) == 2 || quint8(bytes.at(header)) == 5);
            const quint32 cells = bigEndian32(bytes, header + 3) >> 16;
            const qsizetype pointer = header + (interior ? 12 : 8) + 2 * below(std::max<quint32>(1, cells));
            setBigEndian(bytes, pointer, random() % 2 ? someValue() : quint32(below(pageSize)), 2);
            break;
        }
        case 6: // cut short: at a page's end, or anywhere, or inside the header
            bytes.truncate(random() % 3 == 0 ? below(100)
                    : random() % 2           ? pageStart(1 + below(pages))
                                             : below(bytes.size()));
            break;
        case 7: // more after the end
            for (qsizetype i = 0, n = 1 + below(random() % 2 ? pageSize : 64); i < n; ++i)
                bytes.append(char(random()));
            break;
        default: { // a varint or key inside a cell: a few bytes near a cell's start
            const qsizetype page = 1 + below(pages);
            const qsizetype header = btreeHeader(page);
            const quint32 cells = header + 5 < bytes.size() ? bigEndian32(bytes, header + 3) >> 16 : 0;
            if (cells == 0)
                break;
            const bool interior = (quint8(bytes.at(header)) == 2 || quint8(bytes.at(header)) == 5);
            const qsizetype cell = pageStart(page)
                + (bigEndian32(bytes, header + (interior ? 12 : 8) + 2 * below(cells)) >> 16);
            if (cell >= 0 && cell < bytes.size())
                setBigEndian(bytes, cell + below(6), someValue(), 1 + int(below(2)));
            break;
        }
        }
    }
    return bytes;
}

struct Tally
{
    qint64 files = 0;
    qint64 accepted = 0;
    qint64 damagedByReference = 0;
    qint64 damagedRefusedAtOpen = 0;
    qint64 damagedRefusedByCheck = 0;
    QMap<QString, qint64> refusals;
    qint64 findings = 0;
};

QString g_findings;
QString g_work;
bool g_wholeFileCheck = true;

void reportFinding(const QByteArray &bytes, const QString &finding, qint64 number, QTextStream &out)
{
    const QString kept = QDir(g_findings).filePath(QStringLiteral("fuzz-open-finding-%1.sqlite").arg(number));
    QDir().mkpath(g_findings);
    writeFile(kept, bytes);
    out << "FINDING: " << finding << " (the file is kept as " << QDir::toNativeSeparators(kept) << ")"
        << Qt::endl;
}

// The seeds as files, libFuzzer's first corpus.
bool writeSeeds(const QList<std::pair<QString, QByteArray>> &seeds, const QString &folder, QTextStream &out)
{
    const QDir dir(folder);
    QDir().mkpath(dir.path());
    for (const auto &[name, bytes] : seeds) {
        if (!writeFile(dir.filePath(name + QStringLiteral(".sqlite")), bytes))
            return false;
        out << name << ": " << bytes.size() << " bytes" << Qt::endl;
    }
    return !seeds.isEmpty();
}

} // namespace

#ifdef RIPEN_LIBFUZZER

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "ripen_fuzz_open";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static QTemporaryDir work;
    // RIPEN_FUZZ_WRITE_SEEDS=DIR: write the seed files there and stop (scripts/fuzz.sh).
    if (const QString seeds = qEnvironmentVariable("RIPEN_FUZZ_WRITE_SEEDS"); !seeds.isEmpty()) {
        QTextStream out(stdout);
        std::exit(writeSeeds(makeSeeds(work.filePath(QStringLiteral("seeds"))), seeds, out) ? 0 : 2);
    }
    g_work = work.path();
    g_findings = QDir::currentPath();
    g_wholeFileCheck = qEnvironmentVariableIsEmpty("RIPEN_FUZZ_WITHOUT_WHOLE_FILE_CHECK");
    qInstallMessageHandler(collectWarnings);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static qint64 number = 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome outcome = tryOne(bytes, g_work, g_wholeFileCheck);
    if (!outcome.finding.isEmpty()) {
        QTextStream out(stderr);
        reportFinding(bytes, outcome.finding, ++number, out);
        std::abort(); // libFuzzer keeps the input as a crash
    }
    return 0;
}

#else

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("Gives mutated database files to Ripen's opener and checks that it never accepts one "
                       "SQLite's quick_check fails, never changes one it refuses, and never crashes."));
    args.addHelpOption();
    args.addOptions({
        { QStringLiteral("seconds"), QStringLiteral("Run this long."), QStringLiteral("n"),
            QStringLiteral("0") },
        { QStringLiteral("runs"), QStringLiteral("Or this many files (default 1000 when neither is given)."),
            QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("seed"), QStringLiteral("Seed of the mutations (default: random)."),
            QStringLiteral("s") },
        { QStringLiteral("findings"), QStringLiteral("Where to keep the files of findings (default: here)."),
            QStringLiteral("dir") },
        { QStringLiteral("write-seeds"),
            QStringLiteral("Write the seed files here (libFuzzer's corpus) and stop."),
            QStringLiteral("dir") },
        { QStringLiteral("without-whole-file-check"),
            QStringLiteral("To test the comparison: open as if the whole-file check were off.") },
    });
    args.process(app);
    QTextStream out(stdout);
    QTemporaryDir work;
    if (!work.isValid()) {
        out << "ripen_fuzz_open: cannot make a temporary folder" << Qt::endl;
        return 2;
    }
    const auto seeds = makeSeeds(work.filePath(QStringLiteral("seeds")));
    if (seeds.isEmpty()) {
        out << "ripen_fuzz_open: cannot make the seed files" << Qt::endl;
        return 2;
    }
    if (args.isSet(QStringLiteral("write-seeds")))
        return writeSeeds(seeds, args.value(QStringLiteral("write-seeds")), out) ? 0 : 2;
    g_work = work.path();
    g_findings = args.isSet(QStringLiteral("findings")) ? args.value(QStringLiteral("findings"))
                                                        : QDir::currentPath();
    g_wholeFileCheck = !args.isSet(QStringLiteral("without-whole-file-check"));
    const quint32 seed = args.isSet(QStringLiteral("seed")) ? args.value(QStringLiteral("seed")).toUInt()
                                                            : std::random_device()();
    const qint64 seconds = args.value(QStringLiteral("seconds")).toLongLong();
    qint64 runs = args.value(QStringLiteral("runs")).toLongLong();
    if (seconds <= 0 && runs <= 0)
        runs = 1000;
    out << "ripen_fuzz_open: seed " << seed << ", "
        << (seconds > 0 ? QString::number(seconds) + QStringLiteral(" s")
                        : QString::number(runs) + QStringLiteral(" files"))
        << ", seeds " << seeds.size() << Qt::endl;
    qInstallMessageHandler(collectWarnings);

    std::mt19937 random(seed);
    Tally tally;
    QElapsedTimer timer;
    timer.start();
    while ((runs > 0 && tally.files < runs) || (seconds > 0 && timer.elapsed() < seconds * 1000)) {
        const auto &[name, original] = seeds.at(qsizetype(random() % quint32(seeds.size())));
        // Now and then the seed itself, so the healthy files' way through is tried too.
        const QByteArray bytes = random() % 50 == 0 ? original : mutate(original, random);
        const Outcome outcome = tryOne(bytes, g_work, g_wholeFileCheck);
        ++tally.files;
        if (outcome.accepted)
            ++tally.accepted;
        else
            ++tally.refusals[problemName(outcome.problem)];
        if (!outcome.referenceOk) {
            ++tally.damagedByReference;
            if (!outcome.accepted && outcome.problem != Database::Problem::None)
                ++tally.damagedRefusedAtOpen;
            else if (!outcome.accepted)
                ++tally.damagedRefusedByCheck;
        }
        if (!outcome.finding.isEmpty())
            reportFinding(bytes,
                outcome.finding + QStringLiteral(" [seed file %1, file %2]").arg(name).arg(tally.files),
                ++tally.findings, out);
        if (tally.findings >= 10)
            break;
    }
    const double elapsed = double(timer.elapsed()) / 1000.0;
    out << "ripen_fuzz_open: " << tally.files << " files in " << QString::number(elapsed, 'f', 1) << " s ("
        << QString::number(double(tally.files) / std::max(elapsed, 0.001), 'f', 0) << " a second); "
        << tally.accepted << " accepted; " << tally.damagedByReference
        << " failed SQLite's quick_check, of which " << tally.damagedRefusedAtOpen
        << " were refused on opening and " << tally.damagedRefusedByCheck << " by the whole-file check"
        << Qt::endl;
    out << "refused:";
    for (auto it = tally.refusals.cbegin(); it != tally.refusals.cend(); ++it)
        out << ' ' << it.key() << ' ' << it.value() << ';';
    out << Qt::endl;
    out << (tally.findings == 0 ? "ripen_fuzz_open: no finding" : "ripen_fuzz_open: FAILED") << Qt::endl;
    return tally.findings == 0 ? 0 : 1;
}

#endif
