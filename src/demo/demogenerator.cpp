// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "clock.h"
#include "database.h"
#include "demodata.h"
#include "enums.h"
#include "pipeline.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QStringList>
#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <numeric>
#include <sqlite3.h>
#include <vector>

namespace Ripen {

namespace {

// ---------------------------------------------------------------------------------------------------
// The names and texts are data (resources/demo/demo-data.json, read by DemoData); this file decides how
// they are used.

using Region = DemoData::Region;
using Language = DemoData::Language;
using City = DemoData::City;
using Industry = DemoData::Industry;
using CuratedAccount = DemoData::CuratedAccount;
using ValueText = DemoData::ValueText;

Language languageOf(Region region)
{
    switch (region) {
    case DemoData::Germany:
    case DemoData::Austria:
        return DemoData::German;
    case DemoData::Netherlands:
        return DemoData::Dutch;
    case DemoData::France:
        return DemoData::French;
    case DemoData::Finland:
        return DemoData::Finnish;
    case DemoData::UnitedKingdom:
    case DemoData::UnitedStates:
    case DemoData::RegionCount:
        break;
    }
    return DemoData::English;
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

QString withoutLegalForm(const QString &name, const QStringList &legalSuffixes)
{
    for (const QString &suffix : legalSuffixes) {
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
    Region region = DemoData::Germany;
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
    bool wonBack = false; // won after a "no" and a re-engagement
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
    QString year, topic, peer, city, rival;
    // Another account, drawn for every touch but read only by the few texts that name one: a copy
    // would touch a random account's memory each time (4 % of a large run, in cache misses).
    const QString *ref = nullptr;
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
        else if (key == u"ref" && ctx.ref)
            out += *ctx.ref;
        else if (key == u"rival")
            out += ctx.rival;
        from = close + 1;
    }
}

// ---------------------------------------------------------------------------------------------------
// Rows of one table, written many to a statement: INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...
//
// Many rows to a statement pay once per statement what SQLite does per statement (for deals, the
// stage totals' upsert plan; the statement itself). The rows are bound through SQLite's C API on the
// handle of the Qt connection, in the same transaction: QSqlQuery keeps bound values in a hash by
// placeholder name and hands text to SQLite as UTF-16, which it converts to the file's UTF-8 again;
// for the 17 million values of 100,000 deals that was about half of the run (17.6 s, now 9.3 s).
// Here a value is bound by its position, text as UTF-8 from one buffer per flush.

class RowBatch
{
public:
    // Statements for kMaxRows, kMaxRows / 2, ..., 1 rows, each prepared when first needed: any number of
    // pending rows is written by full statements and at most one of each smaller size. Preparing grows
    // faster than the rows (a 1,000-row deals statement takes most of a second), so the largest is modest.
    static constexpr int kMaxRows = 128;

    RowBatch(const char *table, std::initializer_list<const char *> columns)
        : m_columns(int(columns.size()))
    {
        QByteArrayList names;
        for (const char *column : columns)
            names << QByteArray(column);
        // OR ROLLBACK: a failing row ends the whole run, which is one transaction anyway, so SQLite
        // need not keep a statement journal to undo a half-written statement of many rows.
        m_head = "INSERT OR ROLLBACK INTO " + QByteArray(table) + " (" + names.join(", ") + ") VALUES ";
        m_row = '(' + QByteArrayList(m_columns, "?").join(", ") + ')';
        for (int rows = kMaxRows; rows >= 1; rows /= 2)
            m_statements.push_back({ rows, nullptr });
    }
    ~RowBatch() { finalize(); }
    Q_DISABLE_COPY_MOVE(RowBatch)

    // The connection to write through; the batch may not outlive it.
    void setConnection(sqlite3 *db) { m_db = db; }

    // One row, its values in the order of the columns: text, integers, or null.
    void add(std::initializer_list<QVariant> values)
    {
        Q_ASSERT(int(values.size()) == m_columns);
        for (const QVariant &value : values) {
            Value &pending = m_pending.emplace_back();
            if (value.isNull()) {
                pending.kind = Value::Null;
            } else if (value.userType() == QMetaType::QString) {
                const QString *text = static_cast<const QString *>(value.constData());
                pending.kind = Value::Text;
                pending.offset = m_text.size();
                // Encoded straight into the buffer: no QByteArray per value.
                m_text.resize(m_text.size() + m_encoder.requiredSpace(text->size()));
                char *end = m_encoder.appendToBuffer(m_text.data() + pending.offset, *text);
                pending.length = int(end - (m_text.constData() + pending.offset));
                m_text.truncate(pending.offset + pending.length);
            } else {
                pending.kind = Value::Integer;
                pending.number = value.toLongLong();
            }
        }
    }

    // Writes every pending row. Foreign keys are checked at the end of each statement, so the caller
    // flushes a table before the tables whose rows refer to it.
    bool flush()
    {
        const qsizetype rows = qsizetype(m_pending.size()) / m_columns;
        qsizetype done = 0;
        for (Statement &statement : m_statements) {
            if (rows - done < statement.rows)
                continue;
            if (!statement.handle && !prepare(statement))
                return false;
            for (; rows - done >= statement.rows; done += statement.rows) {
                if (!write(statement, done * m_columns))
                    return false;
            }
        }
        m_pending.clear();
        m_text.clear();
        return true;
    }

    // Done with the statements: a rollback or commit afterwards is clean, and pragmas that want the
    // connection to themselves (journal_mode) find none of them left.
    void finish() { finalize(); }

    QString errorText() const { return m_error; }

private:
    struct Value
    {
        enum Kind : quint8 { Null, Integer, Text } kind = Null;
        int length = 0;
        qint64 number = 0;
        qsizetype offset = 0; // where the text starts in m_text
    };
    struct Statement
    {
        int rows;
        sqlite3_stmt *handle;
    };

    bool prepare(Statement &statement)
    {
        const QByteArray sql = m_head + QByteArrayList(statement.rows, m_row).join(", ");
        if (sqlite3_prepare_v3(
                m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement.handle, nullptr)
            != SQLITE_OK)
            return fail();
        return true;
    }

    bool write(const Statement &statement, qsizetype first)
    {
        sqlite3_stmt *handle = statement.handle;
        const int count = statement.rows * m_columns;
        for (int i = 0; i < count; ++i) {
            const Value &value = m_pending.at(first + i);
            int result = SQLITE_OK;
            switch (value.kind) {
            case Value::Null:
                result = sqlite3_bind_null(handle, i + 1);
                break;
            case Value::Integer:
                result = sqlite3_bind_int64(handle, i + 1, value.number);
                break;
            case Value::Text:
                // SQLITE_STATIC: the buffer stays as it is until the statement has run.
                result = sqlite3_bind_text(
                    handle, i + 1, m_text.constData() + value.offset, value.length, SQLITE_STATIC);
                break;
            }
            if (result != SQLITE_OK)
                return fail();
        }
        const int stepped = sqlite3_step(handle);
        // The error of a failed step is the connection's until the reset, so it is read first.
        const bool ok = stepped == SQLITE_DONE || fail();
        sqlite3_reset(handle);
        return ok;
    }

    bool fail()
    {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    void finalize()
    {
        for (Statement &statement : m_statements) {
            sqlite3_finalize(statement.handle);
            statement.handle = nullptr;
        }
    }

    int m_columns;
    sqlite3 *m_db = nullptr;
    QByteArray m_head, m_row;
    std::vector<Statement> m_statements;
    std::vector<Value> m_pending;
    QByteArray m_text;
    // Stateless: a text ending in half a surrogate pair must not carry it into the next value.
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringEncoder::Flag::Stateless };
    QString m_error;
};

// The SQLite connection under a Qt one, when Qt's driver uses the very SQLite library Ripen links
// (Debian's does); otherwise null, as the handle would belong to another copy of SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    const QString driverSource = scalar(db, QStringLiteral("SELECT sqlite_source_id()")).toString();
    if (driverSource != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// ---------------------------------------------------------------------------------------------------

class Generator
{
public:
    Generator(QSqlDatabase db, const DemoGenerator::Options &options, const DemoData &data);
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
    bool flush(std::initializer_list<RowBatch *> batches);
    bool loadPipeline();
    bool checkForeignKeys();
    bool pauseDerivedTables();
    bool fillDerivedTables();
    bool fillLosses();
    bool writeAccounts();
    void writeAccount(AccountInfo &account, const QString &name, const QString &industry,
        const QString &domain, qint64 parentId, bool site);
    QString generatedAccountName(Region region, int industry);
    void planDeals();
    void planOpen(DealPlan &plan, int stage);
    void planWon(DealPlan &plan);
    void planLost(DealPlan &plan, bool recent, bool ripe);
    void planReopened(DealPlan &plan);
    void planWonBack(DealPlan &plan);
    void chooseNextStep(DealPlan &plan, NextStep next);
    void addPath(DealPlan &plan, int created, int first, int last, int changesFrom, int changesTo);
    int createdBefore(int lastChange, int span, int changes);
    Step makeStep(int openIndex, int day);
    int lostStageFor(NoMeaning meaning);
    void assignPositions();
    void writeDeal(const DealPlan &plan);
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
    void writeFollowUps(const DealPlan &plan);
    void insertFollowUp(const DealPlan &plan, int due, Channel channel, ValueKind kind,
        const QString &planned, Cadence cadence, const QString &note, int contact, qint64 doneTouchId,
        int doneDay);

    QSqlDatabase m_db;
    DemoGenerator::Options m_options;
    const DemoData &m_data;
    QDate m_today;
    QRandomGenerator m_rng;
    QString m_error;
    DemoGenerator::Counts m_counts;

    QList<qint64> m_openStages;
    qint64 m_wonStage = 0;
    qint64 m_lostStage = 0;
    QList<LostReasonInfo> m_reasons;
    QList<int> m_comebackReasons; // the reasons a won-back deal was lost for: timing, value

    QList<AccountInfo> m_accounts;
    QList<DealPlan> m_plans;
    QList<TouchRow> m_touches; // scratch for the deal being written
    qint64 m_dealId = 0; // the deal being written

    QStringList m_dayTexts;
    QStringList m_timeTexts;
    QVariant m_channelKeys[enumCount<Channel>()];
    QVariant m_outcomeKeys[enumCount<TouchOutcome>()];
    QVariant m_valueKeys[enumCount<ValueKind>()];
    QVariant m_cadenceKeys[enumCount<Cadence>()];
    QVariant m_roleKeys[enumCount<ContactRole>()];
    QVariant m_failedKeys[enumCount<FailedCommitment>()];
    QVariant m_nullId { QMetaType(QMetaType::LongLong) };
    QVariant m_nullText { QMetaType(QMetaType::QString) };
    QString m_empty = QStringLiteral("");

    // Ids are given out here rather than read back after each insert, so rows can wait in a batch;
    // they are the ids SQLite would have chosen (one more than the largest), as nobody else writes.
    qint64 m_nextAccountId = 1, m_nextContactId = 1, m_nextDealId = 1, m_nextTouchId = 1;
    qint64 m_notNowTouchId = 0; // the deal's "not now" that its re-engage steps answer
    QStringList m_pausedTriggers; // kPausedTriggers as the database defines them, while paused ("": none)
    RowBatch m_accountRows, m_contactRows, m_dealRows, m_historyRows, m_touchRows, m_followUpRows;
};

Generator::Generator(QSqlDatabase db, const DemoGenerator::Options &options, const DemoData &data)
    : m_db(db)
    , m_options(options)
    , m_data(data)
    , m_today(options.today.isValid() ? options.today : QDate::currentDate())
    , m_rng(options.seed)
    , m_accountRows(
          "accounts", { "id", "name", "industry", "website", "city", "parent_id", "notes", "created_at" })
    , m_contactRows("contacts",
          { "id", "account_id", "name", "job_title", "role", "email", "phone", "notes", "created_at" })
    , m_dealRows("deals",
          { "id", "title", "account_id", "contact_id", "value_minor", "currency", "stage_id", "position",
              "owner", "created_at", "status", "won_on", "lost_on", "lost_reason_id", "failed_commitment",
              "competitor", "lost_note", "reengage_on" })
    , m_historyRows("stage_history", { "deal_id", "from_stage_id", "to_stage_id", "changed_at" })
    , m_touchRows("touches",
          { "id", "deal_id", "contact_id", "channel", "occurred_at", "outcome", "value_kind", "value_text",
              "note" })
    , m_followUpRows("follow_ups",
          { "deal_id", "contact_id", "due_on", "channel", "planned_value_kind", "planned_value", "cadence",
              "note", "done_touch_id", "done_on", "series_id", "series_until" })
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
    for (int i = 0; i < enumCount<Cadence>(); ++i)
        m_cadenceKeys[i] = enumKey(enumAt<Cadence>(i));
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

bool Generator::flush(std::initializer_list<RowBatch *> batches)
{
    for (RowBatch *batch : batches) {
        if (!batch->flush())
            return fail(batch->errorText());
    }
    return true;
}

bool Generator::checkForeignKeys()
{
    QSqlQuery check = prepared(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!exec(check))
        return false;
    if (!check.next())
        return true;
    // Columns: the table, the row id, the table it refers to.
    return fail(
        QCoreApplication::translate("DemoGenerator", "row %1 of %2 refers to a row of %3 that does not exist")
            .arg(check.value(1).toString(), check.value(0).toString(), check.value(2).toString()));
}

// Two derived tables are kept by insert triggers a row at a time: the search index (deal_search,
// migration 002; FTS5 also writes out what it gathered at the end of every statement, about 2 s of
// 100,000 deals) and the open follow-ups by day (migration 008). The run drops those triggers, fills
// each table once at the end with its migration's own statement, and puts the triggers back as the
// database held them. All of it happens inside the run's transaction, so a failed run leaves triggers
// and tables as they were. (FTS5's 'rebuild' command would not do: it only rebuilds from an external
// content table, and deal_search holds its own.)
struct PausedTrigger
{
    const char *name;
    int migration;
    const char *fill; // how the migration's statement that fills the table starts
};
constexpr PausedTrigger kPausedTriggers[] {
    { "deal_search_insert", 2, "INSERT INTO deal_search" },
    { "open_follow_ups_insert", 8, "INSERT INTO open_follow_ups_by_day" },
    // The losses are written at the end (fillLosses), each counted by losses_insert; until then these
    // would look for losses on every touch, move and follow-up, and find none.
    { "losses_touch_insert", 10, "UPDATE losses SET touches_after" },
    { "losses_reengaged_insert", 10, "UPDATE losses SET reengaged" },
    { "losses_follow_up_insert", 10, "UPDATE losses SET latest" },
    // Won deals are written before their touches: counted once at the end.
    { "deals_won_touch_insert", 10, "UPDATE deals SET" },
};

bool Generator::pauseDerivedTables()
{
    for (const PausedTrigger &paused : kPausedTriggers) {
        const QString name = QString::fromLatin1(paused.name);
        QSqlQuery trigger = prepared(m_db,
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), { name });
        if (!exec(trigger))
            return false;
        if (!trigger.next()) {
            m_pausedTriggers << QString(); // nothing keeps that table in step, so there is nothing to pause
            continue;
        }
        m_pausedTriggers << trigger.value(0).toString();
        trigger.finish();
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP TRIGGER %1").arg(name)))
            return fail(sqlErrorText(drop));
    }
    return true;
}

bool Generator::fillDerivedTables()
{
    for (qsizetype i = 0; i < m_pausedTriggers.size(); ++i) {
        if (m_pausedTriggers.at(i).isEmpty())
            continue;
        // The database held no deals when the run began (it refuses otherwise), so each table is filled
        // from every row, exactly as its migration filled it from the rows of its day.
        const PausedTrigger &paused = kPausedTriggers[i];
        const QStringList statements = Database::migrationStatements(paused.migration);
        const auto fill = std::find_if(statements.cbegin(), statements.cend(),
            [&paused](const QString &statement) { return statement.startsWith(QLatin1String(paused.fill)); });
        if (fill == statements.cend())
            return fail(
                QCoreApplication::translate("DemoGenerator", "This build of Ripen lacks migration %1.")
                    .arg(paused.migration));
        QSqlQuery query(m_db);
        if (!query.exec(*fill) || !query.exec(m_pausedTriggers.at(i)))
            return fail(sqlErrorText(query));
    }
    return true;
}

// Every loss of a generated deal (migration 009's losses) comes from its deal row and its moves into the
// Lost stage, written once at the end with the migration's own statement, as the migration fills them
// in an older database: one statement rather than a row per loss, and one rule for both.
constexpr int kLossesMigration = 9;

bool Generator::fillLosses()
{
    const QStringList statements = Database::migrationStatements(kLossesMigration);
    const auto fill = std::find_if(statements.cbegin(), statements.cend(),
        [](const QString &statement) { return statement.startsWith(QLatin1String("INSERT INTO losses")); });
    if (fill == statements.cend())
        return fail(QCoreApplication::translate("DemoGenerator", "This build of Ripen lacks migration %1.")
                        .arg(kLossesMigration));
    QSqlQuery query(m_db);
    if (!query.exec(*fill))
        return fail(sqlErrorText(query));
    m_counts.losses = query.numRowsAffected();
    return true;
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
    // A statement of many rows keeps a statement journal (a failing foreign key must undo it alone),
    // and in a transaction this large nearly every page it touches goes in there: to a file in /var/tmp
    // that is a write system call per page, in memory a copy. temp_store takes effect at BEGIN, and
    // changing it drops the connection's temporary tables, so only a connection without any is switched.
    const int oldTempStore = scalar(m_db, QStringLiteral("PRAGMA temp_store")).toInt();
    const bool switchTempStore = oldTempStore != 2
        && scalar(m_db, QStringLiteral("SELECT count(*) FROM temp.sqlite_master")).toInt() == 0;
    if (switchTempStore)
        pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    const auto restoreTempStore = qScopeGuard([&] {
        if (switchTempStore)
            pragma.exec(QStringLiteral("PRAGMA temp_store = %1").arg(oldTempStore));
    });

    // Foreign keys checked row by row are costly here: in a statement of many rows SQLite looks up, for
    // every parent row it writes, the child rows that might refer to it (copying a 100,000-deal file
    // in SQLite's own shell took 11.8 s with them on, 6.3 s with them off). The generator checks them
    // all once instead, with foreign_key_check before COMMIT, so a broken reference still fails the run
    // and nothing is written. Both pragmas only take effect outside a transaction.
    const bool foreignKeysWereOn = scalar(m_db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1;
    if (foreignKeysWereOn)
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (foreignKeysWereOn)
            pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    // In WAL mode every page is written twice, to the log and then into the file. The database is
    // empty, so a rollback journal holds almost nothing and each page is written once. Switching needs
    // the file to itself; when another program has it open, the run simply stays in WAL mode.
    const QString oldJournalMode = scalar(m_db, QStringLiteral("PRAGMA journal_mode")).toString();
    const bool switchJournal = oldJournalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
        && scalar(m_db, QStringLiteral("PRAGMA journal_mode = DELETE")).toString() == QLatin1String("delete");
    const auto restoreJournal = qScopeGuard([&] {
        if (switchJournal)
            pragma.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(oldJournalMode));
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
    if (!loadPipeline() || !pauseDerivedTables())
        return finish(false);

    // New rows get the ids SQLite would give them: one more than the largest so far.
    QSqlQuery lastIds = prepared(m_db,
        QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM accounts), (SELECT coalesce(max(id), 0) "
                       "FROM contacts), (SELECT coalesce(max(id), 0) FROM touches)"));
    if (!exec(lastIds) || !lastIds.next())
        return finish(false);
    m_nextAccountId = lastIds.value(0).toLongLong() + 1;
    m_nextContactId = lastIds.value(1).toLongLong() + 1;
    m_nextTouchId = lastIds.value(2).toLongLong() + 1;
    m_nextDealId = 1; // the database holds no deals, checked above
    lastIds.finish();
    RowBatch *const batches[]
        = { &m_accountRows, &m_contactRows, &m_dealRows, &m_historyRows, &m_touchRows, &m_followUpRows };
    sqlite3 *const handle = sqliteHandle(m_db);
    if (!handle)
        return finish(fail(QCoreApplication::translate(
            "DemoGenerator", "Qt's SQLite driver does not use the SQLite library Ripen was built with (%1).")
                               .arg(QString::fromLatin1(sqlite3_libversion()))));
    for (RowBatch *batch : batches)
        batch->setConnection(handle);
    const auto failed = [&](const QString &error) {
        for (RowBatch *batch : batches)
            batch->finish();
        return finish(fail(QCoreApplication::translate(
            "DemoGenerator", "Generating the demo data failed: %1. Nothing was written.")
                               .arg(error)));
    };
    if (!writeAccounts())
        return failed(m_error);
    planDeals();
    assignPositions();
    for (int i = 0; i < m_plans.size(); ++i) {
        writeDeal(m_plans.at(i));
        // Every thousand deals the batches go to the database, parents first; then they count as written.
        if ((i + 1) % 1000 == 0 || i + 1 == m_plans.size()) {
            if (!flush({ &m_dealRows, &m_historyRows, &m_touchRows, &m_followUpRows }))
                return failed(m_error);
            if (m_options.progress)
                m_options.progress(i + 1, int(m_plans.size()));
        }
    }
    for (RowBatch *batch : batches)
        batch->finish();
    if (!fillDerivedTables() || !fillLosses())
        return failed(m_error);
    if (foreignKeysWereOn && !checkForeignKeys())
        return failed(m_error);
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
        const NoMeaning meaning = m_reasons.last().meaning;
        if (meaning == NoMeaning::Timing || meaning == NoMeaning::Value)
            m_comebackReasons << int(m_reasons.size() - 1);
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
    const DemoData &p = m_data;
    const Language language = languageOf(region);
    const QStringList &cores = language == DemoData::German ? p.industries.at(industry).coresGerman
                                                            : p.industries.at(industry).coresEnglish;
    // One draw per statement: the order of draws inside one expression is up to the compiler.
    const int form = weighted({ 45, 40, 15 });
    const QString head = form == 0 ? pick(p.prefixes[language]) : pick(p.lastNames[language]);
    const QString core = pick(cores);
    QString name;
    if (form != 2)
        name = head + QLatin1Char(' ') + core;
    else if (language == DemoData::German)
        name = head + QStringLiteral(" & Söhne ") + core;
    else if (language == DemoData::English)
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
    const DemoData &p = m_data;
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
        account.shortName = withoutLegalForm(name, p.legalSuffixes);
        const QString domain = slug(account.shortName) + QStringLiteral(".example");
        writeAccount(account, name, p.industries.at(account.industry).name, domain, 0, false);
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
        writeAccount(account, name, p.industries.at(account.industry).name, domain, parent.id, true);
        m_accounts << account;
    }
    return flush({ &m_accountRows, &m_contactRows });
}

void Generator::writeAccount(AccountInfo &account, const QString &name, const QString &industry,
    const QString &domain, qint64 parentId, bool site)
{
    const DemoData &p = m_data;
    const Moment created { -between(560, 1300), randomMinute() };
    QString notes = m_empty;
    if (site)
        notes = pick(p.siteNotes);
    else if (chance(30))
        notes = pick(p.accountNotes);
    account.id = m_nextAccountId++;
    m_accountRows.add({ account.id, name, industry, QString(QStringLiteral("https://www.") + domain),
        p.cities.at(account.city).name, parentId ? QVariant(parentId) : m_nullId, notes,
        momentText(created) });
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
            if (city.region == DemoData::UnitedKingdom)
                phone
                    = city.phone + QStringLiteral(" 960%1").arg(m_rng.bounded(1000), 3, 10, QLatin1Char('0'));
            else if (city.region == DemoData::UnitedStates)
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
        const qint64 contactId = m_nextContactId++;
        m_contactRows.add({ contactId, account.id, name, title, m_roleKeys[int(role)], email, phone, notes,
            momentText(created) });
        ++m_counts.contacts;
        if (role == ContactRole::Gatekeeper && account.gatekeeper < 0)
            account.gatekeeper = int(account.contacts.size());
        if (role == ContactRole::Champion && account.champion < 0)
            account.champion = int(account.contacts.size());
        account.contacts << ContactInfo { contactId, role };
    }
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
    const DemoData &p = m_data;
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

void Generator::planWonBack(DealPlan &plan)
{
    // Lost within the year, re-engaged once ripe, and won since: what persistence pays, for the review.
    const LostReasonInfo &reason = m_reasons.at(plan.reason);
    const int nOpen = int(m_openStages.size());
    const int wonDay = -between(1, 240);
    const int reopenDay = wonDay - between(14, 60);
    const int lostDay = reopenDay - std::max(reason.days, 7) - m_rng.bounded(30);
    const int stage = lostStageFor(reason.meaning);
    const int first = stage >= 1 && chance(15) ? 1 : 0;
    const int span = (stage + 1) * between(7, 40) + m_rng.bounded(20);
    const int created = createdBefore(lostDay - 1, span, stage - first);
    addPath(plan, created, first, stage, created + 1, lostDay - 1);
    plan.steps << makeStep(kLostStep, lostDay);
    const int back = std::min(between(1, 2), nOpen - 1);
    plan.steps << makeStep(back, reopenDay);
    const QList<int> days = distinctDays(reopenDay + 1, wonDay - 1, nOpen - 1 - back);
    for (int i = 0; i < days.size(); ++i)
        plan.steps << makeStep(back + 1 + i, days.at(i));
    plan.steps << makeStep(kWonStep, wonDay);
    plan.activeEnd = wonDay;
    plan.lostDay = lostDay;
    plan.reengageDay = lostDay + reason.days;
    plan.failed = stage <= 1 ? FailedCommitment::FirstMeeting
        : stage == 2         ? FailedCommitment::Discovery
                             : FailedCommitment::Proposal;
    TextContext ctx;
    ctx.topic = m_data.industries.at(m_accounts.at(plan.account).industry).topic;
    ctx.peer = m_data.industries.at(m_accounts.at(plan.account).industry).peer;
    ctx.rival = pick(m_data.competitors);
    plan.lostNote = expand(pick(m_data.lostNotes[int(reason.meaning)]), ctx);
}

void Generator::planReopened(DealPlan &plan)
{
    // Lost within the year, ripe again, and back in the pipeline: the review's success story.
    const DemoData &p = m_data;
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
    const DemoData &p = m_data;
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
            // About one win in eight came after a "not now" on timing or value, and a re-engagement.
            if (!m_comebackReasons.isEmpty() && chance(12)) {
                plan.wonBack = true;
                plan.reason = m_comebackReasons.at(m_rng.bounded(int(m_comebackReasons.size())));
            }
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
            if (plan.wonBack)
                planWonBack(plan);
            else
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

void Generator::writeDeal(const DealPlan &plan)
{
    const DemoData &p = m_data;
    const AccountInfo &account = m_accounts.at(plan.account);
    const Step &current = plan.steps.last();
    const bool lostOnce = plan.reason >= 0;
    const QString status = plan.fate == Fate::Won                     ? QStringLiteral("won")
        : plan.fate == Fate::LostRecent || plan.fate == Fate::LostOld ? QStringLiteral("lost")
                                                                      : QStringLiteral("open");
    const qint64 dealId = m_nextDealId++;
    m_dealId = dealId;
    m_dealRows.add({ dealId, plan.title, account.id,
        account.contacts.isEmpty() ? m_nullId : QVariant(account.contacts.at(plan.contact).id),
        plan.valueMinor, p.currencyOf[account.region], current.stageId, plan.position,
        p.owners.at(plan.owner), momentText(plan.steps.first().at), status,
        plan.fate == Fate::Won ? QVariant(dayText(current.at.day)) : m_nullText,
        lostOnce ? QVariant(dayText(plan.lostDay)) : m_nullText,
        lostOnce ? QVariant(m_reasons.at(plan.reason).id) : m_nullId, m_failedKeys[int(plan.failed)],
        plan.competitor.isNull() ? m_empty : plan.competitor,
        plan.lostNote.isNull() ? m_empty : plan.lostNote,
        lostOnce ? QVariant(dayText(plan.reengageDay)) : m_nullText });
    ++m_counts.deals;

    for (int i = 0; i < plan.steps.size(); ++i) {
        m_historyRows.add({ dealId, i == 0 ? m_nullId : QVariant(plan.steps.at(i - 1).stageId),
            plan.steps.at(i).stageId, momentText(plan.steps.at(i).at) });
        ++m_counts.stageChanges;
    }

    planTouches(plan);
    for (TouchRow &touch : m_touches) {
        touch.id = m_nextTouchId++;
        m_touchRows.add({ touch.id, dealId,
            touch.contact >= 0 ? QVariant(account.contacts.at(touch.contact).id) : m_nullId,
            m_channelKeys[int(touch.channel)], momentText(touch.at), m_outcomeKeys[int(touch.outcome)],
            m_valueKeys[int(touch.valueKind)], touch.valueText.isNull() ? m_empty : touch.valueText,
            touch.note.isNull() ? m_empty : touch.note });
        ++m_counts.touches;
    }
    writeFollowUps(plan);
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
    const DemoData &p = m_data;
    const AccountInfo &account = m_accounts.at(plan.account);
    const Industry &industry = p.industries.at(account.industry);
    TextContext ctx;
    ctx.year = yearText(day);
    ctx.topic = industry.topic;
    ctx.peer = industry.peer;
    ctx.city = p.cities.at(account.city).name;
    ctx.ref = &m_accounts.at(m_rng.bounded(int(m_accounts.size()))).shortName;
    ctx.rival = plan.competitor;
    return ctx;
}

void Generator::fillFree(TouchRow &touch, const DealPlan &plan, bool requireValue)
{
    const DemoData &p = m_data;
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
    const DemoData &p = m_data;
    touch.channel
        = std::array { Channel::Call, Channel::Voicemail, Channel::Email }[weighted({ 35, 30, 35 })];
    touch.valueKind = ValueKind::None;
    touch.outcome = TouchOutcome::NoAnswer;
    touch.note = pick(p.bareNotes[int(touch.channel)]);
}

void Generator::fillAnchor(TouchRow &touch, const DealPlan &plan)
{
    const DemoData &p = m_data;
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

void Generator::insertFollowUp(const DealPlan &plan, int due, Channel channel, ValueKind kind,
    const QString &planned, Cadence cadence, const QString &note, int contact, qint64 doneTouchId,
    int doneDay)
{
    const AccountInfo &account = m_accounts.at(plan.account);
    const bool series = cadence == Cadence::ReEngage && m_notNowTouchId;
    // A planned voicemail is just a call nobody picked up.
    if (channel == Channel::Voicemail)
        channel = Channel::Call;
    m_followUpRows.add({ m_dealId, contact >= 0 ? QVariant(account.contacts.at(contact).id) : m_nullId,
        dayText(due), m_channelKeys[int(channel)], m_valueKeys[int(kind)],
        kind == ValueKind::None || planned.isNull() ? m_empty : planned, m_cadenceKeys[int(cadence)],
        note.isNull() ? m_empty : note, doneTouchId ? QVariant(doneTouchId) : m_nullId,
        doneTouchId ? QVariant(dayText(doneDay)) : m_nullText, series ? QVariant(m_notNowTouchId) : m_nullId,
        // The series leads up to the deal's re-engage date, as the Lost dialog files it.
        series ? QVariant(dayText(plan.reengageDay)) : m_nullText });
    ++m_counts.followUps;
}

void Generator::writeFollowUps(const DealPlan &plan)
{
    const DemoData &p = m_data;
    const bool lost = plan.fate == Fate::LostRecent || plan.fate == Fate::LostOld;
    const bool ghosted = plan.reason >= 0 && m_reasons.at(plan.reason).meaning == NoMeaning::Ghosted;
    const Moment created = plan.steps.first().at;

    // Done: steps that were planned and then happened, linked to the touch that did them. The nuisance
    // tail was never planned: that is the point of it.
    QList<int> candidates;
    int firstAfterLoss = -1;
    // The re-engage steps after a "not now" are the series that answers it, as the Log Touch dialog
    // files them.
    m_notNowTouchId = 0;
    for (const TouchRow &touch : std::as_const(m_touches)) {
        if (touch.kind == TouchRow::Anchor && plan.steps.at(touch.step).openIndex == kLostStep
            && touch.outcome == TouchOutcome::NotNow)
            m_notNowTouchId = touch.id;
    }
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
        const Cadence cadence = touch.kind == TouchRow::AfterLoss
            ? (ghosted ? Cadence::Ghosted : Cadence::ReEngage)
            : (plan.longGame ? Cadence::LongGame : Cadence::None);
        insertFollowUp(plan, due, channel, touch.valueKind, touch.plannedText, cadence, m_empty,
            touch.contact, touch.id, touch.at.day);
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
            return;
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
        insertFollowUp(plan, plan.dueDay, channel, kind, planned,
            plan.longGame ? Cadence::LongGame : Cadence::None, remark, plan.contact, 0, 0);
        return;
    }
    case Fate::Won: {
        if (!chance(30))
            return;
        const ValueText &text = pick(p.afterWin);
        const int due = between(3, 60);
        const Channel channel = chance(50) ? Channel::Meeting : Channel::Call;
        const QString remark = note();
        insertFollowUp(plan, due, channel, ValueKind::Idea, expand(text.planned, ctxToday), Cadence::None,
            remark, plan.contact, 0, 0);
        return;
    }
    case Fate::LostRecent:
    case Fate::LostOld:
        break;
    }
    if (!lost || plan.fate == Fate::LostOld)
        return;
    const Cadence cadence = ghosted ? Cadence::Ghosted : Cadence::ReEngage;
    if (plan.reengageDay >= 1) {
        // "Call me back in six months" is two or three value touches inside those months.
        if (!chance(60))
            return;
        const int due = between(1, std::min(plan.reengageDay, 45));
        const QString planned = plannedValue(due, &kind);
        const Channel channel = channelToBring(kind, Phase::LostPeriod);
        const QString remark = note();
        insertFollowUp(plan, due, channel, kind, planned, cadence, remark, plan.contact, 0, 0);
        return;
    }
    if (plan.pursued) {
        if (!chance(50))
            return;
        const int due = between(1, 30);
        const QString planned = plannedValue(due, &kind);
        const Channel channel = channelToBring(kind, Phase::LostPeriod);
        const QString remark = note();
        insertFollowUp(plan, due, channel, kind, planned, cadence, remark, plan.contact, 0, 0);
        return;
    }
    if (!chance(40))
        return;
    // Ripe and planned, but nobody got to it yet.
    const int due = std::max(plan.reengageDay, -60);
    const QString planned = plannedValue(due, &kind);
    const Channel channel = channelToBring(kind, Phase::LostPeriod);
    const QString remark = note();
    insertFollowUp(plan, due, channel, kind, planned, cadence, remark, plan.contact, 0, 0);
}

} // namespace

Result<DemoGenerator::Counts> DemoGenerator::generate(Database &database, const Options &options)
{
    if (!database.isOpen())
        return Error { QCoreApplication::translate("DemoGenerator", "The database is not open.") };
    const Result<DemoData> &data = DemoData::builtIn();
    if (!data)
        return Error { data.error() };
    Generator generator(database.connection(), options, *data);
    return generator.run();
}

} // namespace Ripen
