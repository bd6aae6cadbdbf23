// SPDX-License-Identifier: GPL-3.0-or-later
// Proof under crashes: acknowledged commands survive a SIGKILL at any moment.
//
//   ripen_crashtest [--rounds 100] [--seed S] [--database PATH] [--keep] [--deals 1000]
//                   [--max-wait-ms 400]
//
// The driver generates a fresh database (the demo generator, --deals deals), then, round after round
// on the same file, starts this program again as a writer, lets it run for a random time and kills it
// with SIGKILL. The writer opens the file with Ripen's own Database and writes through Pipeline, the
// code the application's user commands run: moving a deal to another stage (at the end of the column
// or before another deal), logging a touch (sometimes carrying out one of the deal's planned
// follow-ups, sometimes planning the next one, all in the command's one transaction) and rescheduling
// a follow-up. It prints a line when a command begins, when its BEGIN and its COMMIT start (an SQLite
// statement trace), and an acknowledgement once the Pipeline call has returned: the moment the
// application would tell the user it is done. Each line is one write(2) to a pipe, so the driver has it
// whatever moment the kill comes.
//
// After each kill the driver copies the database and its -wal and -shm as the kill left them and
// checks the copy: PRAGMA integrity_check says ok, foreign_key_check finds nothing, and the whole
// state is the one the acknowledged commands make, in order: every deal in the stage of its last
// acknowledged move, every acknowledged move one stage_history row, every acknowledged touch one row,
// the follow-ups it carried out done by it and the one it planned there, every follow-up on the day of
// its last reschedule, and nothing else. The command that was under way when the kill came may be
// there or not, but whole or not at all, and certainly not if the kill came before its COMMIT began.
// The real file is left as the kill left it, so the next writer's Database::open recovers the killed
// WAL; after the last round Ripen opens it and the same checks run on the file itself.
//
// --drop-every N makes the writers acknowledge one move in N without making it: the run must then fail,
// naming the move (ctest crashtest_catches_a_lost_command), which shows the checks can see a loss.
//
// Figures are printed; the exit code is 0 only when every round passed. The seed fixes the data, the
// commands and the kill times; where a kill lands in the writer's work depends on the machine.

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>
#include <random>
#include <sqlite3.h>
#include <unistd.h>

using namespace Ripen;

namespace {

// ---------------------------------------------------------------------------------------------------
// The writer

// Writes one line to stdout in one write(2): in the pipe as soon as it returns, whatever comes next.
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            _exit(4); // the driver is gone
        data += written;
        left -= written;
    }
}

// The command under way (0 = none), for the statement trace.
qint64 g_command = 0;

// Says when the command's transaction begins and when its COMMIT starts to run: a kill after "tx" and
// before "commit" leaves an open transaction, one after "commit" may come before or after it is durable.
int traceStatement(unsigned type, void *, void *, void *text)
{
    if (type != SQLITE_TRACE_STMT || g_command == 0 || !text)
        return 0;
    const char *sql = static_cast<const char *>(text);
    if (std::strncmp(sql, "BEGIN", 5) == 0)
        say(QStringLiteral("tx %1").arg(g_command));
    else if (std::strncmp(sql, "COMMIT", 6) == 0)
        say(QStringLiteral("commit %1").arg(g_command));
    return 0;
}

// The SQLite handle of a Qt connection when Qt's driver uses this same library (Debian's does).
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (scalar(db, QStringLiteral("SELECT sqlite_source_id()")).toString()
        != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A note that names the command, so the driver can tell the crash test's rows from the demo data.
QString commandTag(int round, qint64 n)
{
    return QStringLiteral("crashtest round %1 command %2").arg(round).arg(n);
}

// dropEvery: every so many moves are acknowledged without being run, so a check that still passes is
// shown to look (crashtest_catches_a_lost_command); 0 in a real run.
int runWriter(const QString &path, quint64 seed, int round, qint64 dropEvery)
{
    QTextStream err(stderr);
    Database database;
    Database::Options options;
    options.create = false;
    if (!database.open(path, options)) {
        err << "writer: " << database.errorMessage() << Qt::endl;
        return 2;
    }
    sqlite3 *handle = sqliteHandle(database.connection());
    if (!handle) {
        err << "writer: Qt's SQLite driver does not use the system SQLite library" << Qt::endl;
        return 2;
    }
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, nullptr);

    SystemClock clock;
    Pipeline pipeline(database, clock);
    struct OpenDeal
    {
        qint64 id, stageId, contactId;
    };
    struct OpenFollowUp
    {
        qint64 id, dealId;
        QDate dueOn;
    };
    const QList<qint64> stages = pipeline.openStageIds();
    std::vector<OpenDeal> deals;
    QHash<qint64, size_t> dealIndex;
    for (qint64 stageId : stages) {
        for (const Deal &deal : pipeline.dealsInStage(stageId)) {
            if (deal.status != DealStatus::Open)
                continue;
            dealIndex.insert(deal.id, deals.size());
            deals.push_back({ deal.id, deal.stageId, deal.contactId });
        }
    }
    std::vector<OpenFollowUp> followUps;
    for (const OpenDeal &deal : deals) {
        for (const FollowUp &followUp : pipeline.openFollowUpsOfDeal(deal.id))
            followUps.push_back({ followUp.id, followUp.dealId, followUp.dueOn });
    }
    if (stages.size() < 2 || deals.empty()) {
        err << "writer: the database needs two open stages and an open deal" << Qt::endl;
        return 2;
    }
    say(QStringLiteral("ready %1 %2").arg(deals.size()).arg(followUps.size()));

    std::seed_seq seeds { quint32(seed), quint32(seed >> 32), quint32(round) };
    std::mt19937_64 random(seeds);
    const auto pick = [&random](qint64 from, qint64 to) {
        return std::uniform_int_distribution<qint64>(from, to)(random);
    };
    const auto failed = [&err](qint64 n, const QString &why) {
        err << "writer: command " << n << " failed: " << why << Qt::endl;
        return 3;
    };
    const Channel channels[] = { Channel::Call, Channel::Email, Channel::LinkedIn, Channel::Meeting };
    const TouchOutcome outcomes[]
        = { TouchOutcome::NoAnswer, TouchOutcome::Conversation, TouchOutcome::MeetingBooked };

    // A follow-up is rescheduled once per writer at most, so the driver sees every acknowledged day
    // itself rather than through a later one.
    QSet<qint64> rescheduled;
    qint64 moves = 0;
    for (qint64 n = 1;; ++n) {
        qint64 kind = pick(0, 99);
        size_t toReschedule = 0;
        if (kind >= 75) {
            kind = 40; // a touch, unless a follow-up is found that was not rescheduled yet
            for (int tries = 0; tries < 8 && !followUps.empty(); ++tries) {
                toReschedule = size_t(pick(0, qint64(followUps.size()) - 1));
                if (!rescheduled.contains(followUps[toReschedule].id)) {
                    kind = 75;
                    break;
                }
            }
        }
        if (kind < 40) {
            OpenDeal &deal = deals[size_t(pick(0, qint64(deals.size()) - 1))];
            qint64 toStage = deal.stageId;
            while (toStage == deal.stageId)
                toStage = stages[pick(0, stages.size() - 1)];
            // Half the moves go before a deal of the target column, the rest to its end.
            qint64 before = 0;
            for (int tries = pick(0, 1) * 8; tries > 0 && !before; --tries) {
                const OpenDeal &other = deals[size_t(pick(0, qint64(deals.size()) - 1))];
                if (other.stageId == toStage)
                    before = other.id;
            }
            say(QStringLiteral("begin %1 move %2 %3 %4 %5")
                    .arg(n)
                    .arg(deal.id)
                    .arg(deal.stageId)
                    .arg(toStage)
                    .arg(before));
            if (dropEvery && ++moves % dropEvery == 0) {
                say(QStringLiteral("tx %1").arg(n));
                say(QStringLiteral("commit %1").arg(n));
                say(QStringLiteral("ack %1 move %2 %3").arg(n).arg(deal.id).arg(toStage));
                continue;
            }
            g_command = n;
            const Result<void> moved = pipeline.moveDeal(deal.id, toStage, before);
            g_command = 0;
            if (!moved)
                return failed(n, moved.error());
            deal.stageId = toStage;
            say(QStringLiteral("ack %1 move %2 %3").arg(n).arg(deal.id).arg(toStage));
        } else if (kind < 75) {
            // A third of the touches carry out a planned follow-up of their deal; half plan the next one.
            qint64 completes = 0;
            size_t completedIndex = 0;
            const OpenDeal *deal = &deals[size_t(pick(0, qint64(deals.size()) - 1))];
            if (!followUps.empty() && pick(0, 2) == 0) {
                completedIndex = size_t(pick(0, qint64(followUps.size()) - 1));
                completes = followUps[completedIndex].id;
                deal = &deals[dealIndex.value(followUps[completedIndex].dealId)];
            }
            Touch touch;
            touch.dealId = deal->id;
            touch.contactId = deal->contactId;
            touch.channel = channels[pick(0, std::size(channels) - 1)];
            touch.outcome = outcomes[pick(0, std::size(outcomes) - 1)];
            touch.occurredAt = clock.now();
            touch.note = commandTag(round, n);
            TouchPlan plan;
            plan.completesFollowUpId = completes;
            QDate plannedDue;
            if (pick(0, 1) == 0) {
                plannedDue = clock.today().addDays(pick(1, 30));
                FollowUp next;
                next.dealId = deal->id;
                next.contactId = deal->contactId;
                next.dueOn = plannedDue;
                next.channel = channels[pick(0, std::size(channels) - 1)];
                next.note = commandTag(round, n);
                plan.followUps << next;
            }
            say(QStringLiteral("begin %1 touch %2 %3 %4")
                    .arg(n)
                    .arg(deal->id)
                    .arg(completes)
                    .arg(plannedDue.isValid() ? isoDate(plannedDue) : QStringLiteral("-")));
            QList<qint64> planned;
            g_command = n;
            const Result<qint64> logged = pipeline.logTouch(touch, plan, &planned);
            g_command = 0;
            if (!logged)
                return failed(n, logged.error());
            const qint64 plannedId = planned.isEmpty() ? 0 : planned.first();
            say(QStringLiteral("ack %1 touch %2 %3 %4").arg(n).arg(deal->id).arg(*logged).arg(plannedId));
            const qint64 dealId = deal->id;
            if (completes) {
                followUps[completedIndex] = followUps.back();
                followUps.pop_back();
            }
            if (plannedId)
                followUps.push_back({ plannedId, dealId, plannedDue });
        } else {
            OpenFollowUp &followUp = followUps[toReschedule];
            rescheduled.insert(followUp.id);
            QDate dueOn = clock.today().addDays(pick(-14, 60));
            if (dueOn == followUp.dueOn)
                dueOn = dueOn.addDays(1);
            say(QStringLiteral("begin %1 reschedule %2 %3 %4")
                    .arg(n)
                    .arg(followUp.id)
                    .arg(isoDate(followUp.dueOn), isoDate(dueOn)));
            g_command = n;
            const Result<void> moved = pipeline.rescheduleFollowUp(followUp.id, dueOn);
            g_command = 0;
            if (!moved)
                return failed(n, moved.error());
            followUp.dueOn = dueOn;
            say(QStringLiteral("ack %1 reschedule %2 %3").arg(n).arg(followUp.id).arg(isoDate(dueOn)));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// The driver: what the acknowledged commands say the file holds

struct Command
{
    enum Kind { Move, Touch, Reschedule };
    Kind kind = Move;
    int round = 0;
    qint64 n = 0;
    qint64 dealId = 0; // move, touch
    qint64 fromStage = 0, toStage = 0; // move
    qint64 completes = 0, touchId = 0, plannedId = 0; // touch
    QDate plannedDue; // touch
    qint64 followUpId = 0; // reschedule
    QDate oldDue, newDue; // reschedule

    QString describe() const
    {
        QString what;
        switch (kind) {
        case Move:
            what = QStringLiteral("move deal %1 from stage %2 to stage %3")
                       .arg(dealId)
                       .arg(fromStage)
                       .arg(toStage);
            break;
        case Touch:
            what = QStringLiteral("touch %1 on deal %2")
                       .arg(touchId ? QString::number(touchId) : QStringLiteral("?"))
                       .arg(dealId);
            if (completes)
                what += QStringLiteral(", carrying out follow-up %1").arg(completes);
            if (plannedDue.isValid())
                what += QStringLiteral(", planning follow-up %1 on %2")
                            .arg(plannedId ? QString::number(plannedId) : QStringLiteral("?"),
                                isoDate(plannedDue));
            break;
        case Reschedule:
            what = QStringLiteral("reschedule follow-up %1 from %2 to %3")
                       .arg(followUpId)
                       .arg(isoDate(oldDue), isoDate(newDue));
            break;
        }
        return QStringLiteral("round %1, command %2 (%3)").arg(round).arg(n).arg(what);
    }
};

struct FollowUpState
{
    qint64 dealId = 0;
    QDate dueOn;
    qint64 doneTouchId = 0;
    QString note;
};

struct TouchRow
{
    qint64 id = 0, dealId = 0;
    QString note;
};

struct HistoryRow
{
    qint64 dealId = 0, fromStage = 0, toStage = 0;
};

// What a database holds of what the crash test looks at.
struct Snapshot
{
    QString integrity; // "ok", or what integrity_check found
    qint64 foreignKeyProblems = 0;
    QHash<qint64, qint64> stageOf; // every deal
    QList<HistoryRow> history; // after the generated rows, in id order
    QList<TouchRow> touches; // after the generated rows, in id order
    QHash<qint64, FollowUpState> followUps; // every follow-up
    QString error; // a query that failed
};

Snapshot readSnapshot(const QSqlDatabase &db, qint64 baseHistoryId, qint64 baseTouchId)
{
    Snapshot s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&](const QString &what) {
        s.error = QStringLiteral("%1: %2").arg(what, q.lastError().text());
        return s;
    };
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return failed(QStringLiteral("integrity_check"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    s.integrity = lines.mid(0, 5).join(QStringLiteral("; "));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failed(QStringLiteral("foreign_key_check"));
    while (q.next())
        ++s.foreignKeyProblems;
    if (!q.exec(QStringLiteral("SELECT id, stage_id FROM deals")))
        return failed(QStringLiteral("deals"));
    while (q.next())
        s.stageOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q = prepared(db,
        QStringLiteral(
            "SELECT deal_id, from_stage_id, to_stage_id FROM stage_history WHERE id > ? ORDER BY id"),
        { baseHistoryId });
    if (!q.exec())
        return failed(QStringLiteral("stage_history"));
    while (q.next())
        s.history.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() });
    q = prepared(db, QStringLiteral("SELECT id, deal_id, note FROM touches WHERE id > ? ORDER BY id"),
        { baseTouchId });
    if (!q.exec())
        return failed(QStringLiteral("touches"));
    while (q.next())
        s.touches.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString() });
    q = prepared(db, QStringLiteral("SELECT id, deal_id, due_on, done_touch_id, note FROM follow_ups"));
    if (!q.exec())
        return failed(QStringLiteral("follow_ups"));
    while (q.next()) {
        s.followUps.insert(q.value(0).toLongLong(),
            { q.value(1).toLongLong(), dateFromIso(q.value(2).toString()), q.value(3).toLongLong(),
                q.value(4).toString() });
    }
    return s;
}

// The state the acknowledged commands make, and which command last wrote each thing.
class Model
{
public:
    qint64 baseHistoryId = 0, baseTouchId = 0;
    QHash<qint64, qint64> stageOf;
    QHash<qint64, FollowUpState> followUps;
    QList<Command> moves; // each one stage_history row, in order
    QList<Command> touches; // each one touch row, in order
    QHash<qint64, Command> lastMove; // by deal
    QHash<qint64, Command> lastFollowUpWrite; // by follow-up

    void apply(const Command &c)
    {
        switch (c.kind) {
        case Command::Move:
            stageOf[c.dealId] = c.toStage;
            moves << c;
            lastMove.insert(c.dealId, c);
            break;
        case Command::Touch:
            touches << c;
            if (c.completes) {
                followUps[c.completes].doneTouchId = c.touchId;
                lastFollowUpWrite.insert(c.completes, c);
            }
            if (c.plannedId) {
                followUps.insert(c.plannedId, { c.dealId, c.plannedDue, 0, commandTag(c.round, c.n) });
                lastFollowUpWrite.insert(c.plannedId, c);
            }
            break;
        case Command::Reschedule:
            followUps[c.followUpId].dueOn = c.newDue;
            lastFollowUpWrite.insert(c.followUpId, c);
            break;
        }
    }
};

// Where the writer was when the kill came: the last line it wrote.
enum class Phase { Opening, Idle, Begun, InTransaction, Committing };

struct RoundOutput
{
    Phase phase = Phase::Opening;
    QList<Command> acknowledged;
    std::optional<Command> inFlight;
    QString error; // a line the driver did not understand
};

RoundOutput parseWriter(const QByteArray &output, int round)
{
    RoundOutput r;
    const QList<QByteArray> lines = output.split('\n');
    // The last piece is empty when the output ends with a line's end; otherwise it is half a line.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> t = lines.at(i).split(' ');
        const QByteArray &word = t.value(0);
        const qint64 n = t.value(1).toLongLong();
        const auto id = [&t](int index) { return t.value(index).toLongLong(); };
        const auto date = [&t](int index) { return dateFromIso(QString::fromLatin1(t.value(index))); };
        const bool inFlightIs = r.inFlight && r.inFlight->n == n;
        if (word == "ready" && r.phase == Phase::Opening) {
            r.phase = Phase::Idle;
        } else if (word == "begin" && r.phase == Phase::Idle && t.size() >= 5) {
            Command c;
            c.round = round;
            c.n = n;
            if (t.at(2) == "move" && t.size() == 7) {
                c.kind = Command::Move;
                c.dealId = id(3);
                c.fromStage = id(4);
                c.toStage = id(5);
            } else if (t.at(2) == "touch" && t.size() == 6) {
                c.kind = Command::Touch;
                c.dealId = id(3);
                c.completes = id(4);
                c.plannedDue = date(5);
            } else if (t.at(2) == "reschedule" && t.size() == 6) {
                c.kind = Command::Reschedule;
                c.followUpId = id(3);
                c.oldDue = date(4);
                c.newDue = date(5);
            } else {
                r.error = QString::fromUtf8(lines.at(i));
                return r;
            }
            r.inFlight = c;
            r.phase = Phase::Begun;
        } else if (word == "tx" && inFlightIs && r.phase == Phase::Begun) {
            r.phase = Phase::InTransaction;
        } else if (word == "commit" && inFlightIs && r.phase == Phase::InTransaction) {
            r.phase = Phase::Committing;
        } else if (word == "ack" && inFlightIs && r.phase == Phase::Committing) {
            Command c = *r.inFlight;
            if (c.kind == Command::Touch) {
                c.touchId = id(4);
                c.plannedId = id(5);
            }
            r.acknowledged << c;
            r.inFlight.reset();
            r.phase = Phase::Idle;
        } else {
            r.error = QString::fromUtf8(lines.at(i));
            return r;
        }
    }
    return r;
}

// Settles the command under way at the kill from what the file holds (the model holds the acknowledged
// ones), then compares the whole state. Returns what is wrong, at most a dozen lines.
QStringList check(Model &model, const Snapshot &s, const RoundOutput &r, bool *inFlightCommitted)
{
    QStringList problems;
    if (!s.error.isEmpty())
        return { QStringLiteral("reading the database failed: %1").arg(s.error) };
    if (s.integrity != QLatin1String("ok"))
        problems << QStringLiteral("integrity_check: %1").arg(s.integrity);
    if (s.foreignKeyProblems)
        problems
            << QStringLiteral("foreign_key_check: %1 rows refer to missing rows").arg(s.foreignKeyProblems);

    *inFlightCommitted = false;
    if (r.inFlight) {
        Command c = *r.inFlight;
        bool committed = false;
        switch (c.kind) {
        case Command::Move:
            committed = s.stageOf.value(c.dealId) == c.toStage;
            break;
        case Command::Touch:
            committed = s.touches.size() > model.touches.size();
            if (committed) {
                c.touchId = s.touches.at(model.touches.size()).id;
                // The follow-up it planned is the one the model does not know; any other new one is
                // reported by the comparison below.
                for (auto it = s.followUps.cbegin(); it != s.followUps.cend() && c.plannedDue.isValid();
                     ++it) {
                    if (!model.followUps.contains(it.key()))
                        c.plannedId = it.key();
                }
            }
            break;
        case Command::Reschedule:
            committed = s.followUps.value(c.followUpId).dueOn == c.newDue;
            break;
        }
        if (committed && (r.phase == Phase::Begun || r.phase == Phase::InTransaction))
            problems << QStringLiteral("%1 was killed before its COMMIT began, yet it is in the file")
                            .arg(c.describe());
        if (committed)
            model.apply(c);
        *inFlightCommitted = committed;
    }

    // Differences found by walking a hash come out in command order (those no command explains last).
    QList<std::pair<qint64, QString>> found;
    const auto order = [](const Command &c) { return qint64(c.round) * 1'000'000'000 + c.n; };
    const qint64 unexplained = std::numeric_limits<qint64>::max();
    if (s.stageOf.size() != model.stageOf.size())
        found.append({ 0,
            QStringLiteral("%1 deals, where there were %2")
                .arg(s.stageOf.size())
                .arg(model.stageOf.size()) });
    for (auto it = model.stageOf.cbegin(); it != model.stageOf.cend(); ++it) {
        const qint64 stage = s.stageOf.value(it.key());
        if (stage == it.value())
            continue;
        if (model.lastMove.contains(it.key())) {
            const Command &c = model.lastMove.value(it.key());
            found.append({ order(c),
                QStringLiteral("acknowledged %1 is missing: deal %2 is in stage %3")
                    .arg(c.describe())
                    .arg(it.key())
                    .arg(stage) });
        } else {
            found.append({ unexplained,
                QStringLiteral("deal %1 is in stage %2, where no acknowledged command put it (expected %3)")
                    .arg(it.key())
                    .arg(stage)
                    .arg(it.value()) });
        }
    }
    // The moves' history rows and the touches come in command order: the first difference is reported,
    // as every row after it is out of step.
    for (qsizetype i = 0; i < std::max(model.moves.size(), s.history.size()); ++i) {
        const HistoryRow row = s.history.value(i, HistoryRow {});
        const QString rowText = QStringLiteral("deal %1 from stage %2 to %3")
                                    .arg(row.dealId)
                                    .arg(row.fromStage)
                                    .arg(row.toStage);
        if (i >= model.moves.size()) {
            found.append({ unexplained,
                QStringLiteral("a stage_history row no acknowledged command wrote: %1").arg(rowText) });
            break;
        }
        const Command &c = model.moves.at(i);
        if (row.dealId != c.dealId || row.fromStage != c.fromStage || row.toStage != c.toStage) {
            found.append({ order(c),
                QStringLiteral("acknowledged %1: its stage_history row is missing (in its place: %2)")
                    .arg(c.describe(), i < s.history.size() ? rowText : QStringLiteral("nothing")) });
            break;
        }
    }
    for (qsizetype i = 0; i < std::max(model.touches.size(), s.touches.size()); ++i) {
        const TouchRow row = s.touches.value(i, TouchRow {});
        const QString rowText
            = QStringLiteral("touch %1 on deal %2, “%3”").arg(row.id).arg(row.dealId).arg(row.note);
        if (i >= model.touches.size()) {
            found.append(
                { unexplained, QStringLiteral("%1, which no acknowledged command logged").arg(rowText) });
            break;
        }
        const Command &c = model.touches.at(i);
        if (row.id != c.touchId || row.dealId != c.dealId || row.note != commandTag(c.round, c.n)) {
            found.append({ order(c),
                QStringLiteral("acknowledged %1 is missing (in its place: %2)")
                    .arg(c.describe(), i < s.touches.size() ? rowText : QStringLiteral("nothing")) });
            break;
        }
    }
    if (s.followUps.size() != model.followUps.size())
        found.append({ 0,
            QStringLiteral("%1 follow-ups, where the acknowledged commands leave %2")
                .arg(s.followUps.size())
                .arg(model.followUps.size()) });
    for (auto it = model.followUps.cbegin(); it != model.followUps.cend(); ++it) {
        const FollowUpState &want = it.value();
        const auto row = s.followUps.constFind(it.key());
        if (row != s.followUps.cend() && row->dealId == want.dealId && row->dueOn == want.dueOn
            && row->doneTouchId == want.doneTouchId && row->note == want.note)
            continue;
        const QString what = row == s.followUps.cend()
            ? QStringLiteral("follow-up %1 is not there").arg(it.key())
            : QStringLiteral("follow-up %1 is on deal %2, due %3, done by touch %4")
                  .arg(it.key())
                  .arg(row->dealId)
                  .arg(isoDate(row->dueOn))
                  .arg(row->doneTouchId);
        if (model.lastFollowUpWrite.contains(it.key())) {
            const Command &c = model.lastFollowUpWrite.value(it.key());
            found.append(
                { order(c), QStringLiteral("acknowledged %1 is missing: %2").arg(c.describe(), what) });
        } else {
            found.append(
                { unexplained, QStringLiteral("%1, though no acknowledged command changed it").arg(what) });
        }
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, problem] : std::as_const(found)) {
        if (problems.size() >= 12)
            break;
        problems << problem;
    }
    return problems;
}

// Copies the database and its side files as the kill left them.
bool copyAsLeft(const QString &path, const QString &copy)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(copy + suffix);
        if (QFile::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix))
            return false;
    }
    return true;
}

// Reads a snapshot through a plain connection of its own, as any SQLite program would open the file.
Snapshot readFile(const QString &path, const Model &model)
{
    static int connections = 0;
    const QString name = QStringLiteral("crashtest-check-%1").arg(++connections);
    Snapshot s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            s.error = db.lastError().text();
        else
            s = readSnapshot(db, model.baseHistoryId, model.baseTouchId);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}

int runDriver(const QCommandLineParser &args, QTextStream &out, QTextStream &err)
{
    bool ok = true;
    const int rounds = args.value(QStringLiteral("rounds")).toInt(&ok);
    if (!ok || rounds < 1) {
        err << "--rounds needs a number of at least 1" << Qt::endl;
        return 2;
    }
    const int dealCount = args.value(QStringLiteral("deals")).toInt(&ok);
    if (!ok || dealCount < 10) {
        err << "--deals needs a number of at least 10" << Qt::endl;
        return 2;
    }
    const int maxWaitMs = args.value(QStringLiteral("max-wait-ms")).toInt(&ok);
    if (!ok || maxWaitMs < 1) {
        err << "--max-wait-ms needs a number of milliseconds" << Qt::endl;
        return 2;
    }
    const qint64 dropEvery = args.value(QStringLiteral("drop-every")).toLongLong(&ok);
    if (!ok || dropEvery < 0) {
        err << "--drop-every needs a number" << Qt::endl;
        return 2;
    }
    quint64 seed = std::random_device {}();
    if (args.isSet(QStringLiteral("seed"))) {
        seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << "--seed needs a number" << Qt::endl;
            return 2;
        }
    }

    QTemporaryDir scratch; // the copies each round checks
    std::optional<QTemporaryDir> home;
    QString path = args.value(QStringLiteral("database"));
    if (path.isEmpty()) {
        home.emplace();
        home->setAutoRemove(!args.isSet(QStringLiteral("keep")));
        path = home->filePath(QStringLiteral("crashtest.sqlite"));
    } else if (QFileInfo::exists(path)) {
        err << "“" << path << "” exists; the crash test makes a new database. Give another path." << Qt::endl;
        return 2;
    }
    if (!scratch.isValid() || (home && !home->isValid())) {
        err << "cannot make a temporary folder" << Qt::endl;
        return 2;
    }

    QElapsedTimer total;
    total.start();
    Model model;
    {
        Database database;
        if (!database.open(path)) {
            err << database.errorMessage() << Qt::endl;
            return 2;
        }
        DemoGenerator::Options options;
        options.deals = dealCount;
        options.seed = quint32(seed);
        options.today = SystemClock().today();
        if (const auto generated = DemoGenerator::generate(database, options); !generated) {
            err << "generating the database failed: " << generated.error() << Qt::endl;
            return 2;
        }
        const QSqlDatabase db = database.connection();
        model.baseHistoryId
            = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM stage_history")).toLongLong();
        model.baseTouchId
            = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM touches")).toLongLong();
        const Snapshot start = readSnapshot(db, model.baseHistoryId, model.baseTouchId);
        if (!start.error.isEmpty() || start.integrity != QLatin1String("ok") || start.foreignKeyProblems) {
            err << "the generated database does not pass the checks: " << start.error << start.integrity
                << Qt::endl;
            return 2;
        }
        model.stageOf = start.stageOf;
        model.followUps = start.followUps;
    }
    const qint64 setupMs = total.elapsed();
    out << "Crash test: " << rounds << " rounds on " << QDir::toNativeSeparators(path) << " (" << dealCount
        << " deals generated, seed " << seed << ", kills within " << maxWaitMs << " ms of a writer's start)"
        << Qt::endl;
    if (dropEvery)
        out << "Testing the checks: writers acknowledge one move in " << dropEvery
            << " without making it, so this run must fail" << Qt::endl;

    std::mt19937_64 random(seed);
    const QString copy = scratch.filePath(QStringLiteral("as-killed.sqlite"));
    qint64 kills = 0, acknowledged = 0, present = 0, superseded = 0, integrityOk = 0, writersMs = 0,
           checksMs = 0;
    qint64 byKind[3] = {};
    qint64 landed[5] = {}; // by Phase
    qint64 committingCommitted = 0;
    QStringList failures;
    for (int round = 1; round <= rounds && failures.isEmpty(); ++round) {
        const qint64 waitMs = std::uniform_int_distribution<qint64>(0, maxWaitMs - 1)(random);
        QElapsedTimer timer;
        timer.start();
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({ QStringLiteral("--writer"), QStringLiteral("--database"), path,
            QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--round"),
            QString::number(round), QStringLiteral("--drop-every"), QString::number(dropEvery) });
        writer.start();
        if (!writer.waitForStarted()) {
            failures << QStringLiteral("round %1: the writer did not start: %2")
                            .arg(round)
                            .arg(writer.errorString());
            break;
        }
        QElapsedTimer alive;
        alive.start();
        QByteArray output;
        while (alive.elapsed() < waitMs && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(int(waitMs - alive.elapsed()));
            output += writer.readAllStandardOutput();
        }
        const bool stoppedByItself = writer.state() != QProcess::Running;
        writer.kill();
        writer.waitForFinished(-1);
        output += writer.readAllStandardOutput();
        writersMs += timer.elapsed();
        if (stoppedByItself || writer.exitStatus() != QProcess::CrashExit) {
            failures << QStringLiteral("round %1: the writer stopped before it was killed (exit code %2): %3")
                            .arg(round)
                            .arg(writer.exitCode())
                            .arg(QString::fromLocal8Bit(writer.readAllStandardError()).trimmed());
            break;
        }
        ++kills;

        timer.restart();
        const RoundOutput r = parseWriter(output, round);
        if (!r.error.isEmpty()) {
            failures << QStringLiteral("round %1: the writer wrote “%2”, which makes no sense there")
                            .arg(round)
                            .arg(r.error);
            break;
        }
        QHash<qint64, qint64> rescheduledInRound;
        for (const Command &c : r.acknowledged) {
            model.apply(c);
            ++byKind[c.kind];
            if (c.kind == Command::Reschedule && rescheduledInRound[c.followUpId]++)
                ++superseded; // its day was overwritten by this later one before the driver could look
        }
        acknowledged += r.acknowledged.size();
        landed[int(r.phase)]++;

        if (!copyAsLeft(path, copy)) {
            failures << QStringLiteral("round %1: cannot copy the database as the kill left it").arg(round);
            break;
        }
        const Snapshot s = readFile(copy, model);
        if (s.error.isEmpty() && s.integrity == QLatin1String("ok"))
            ++integrityOk;
        bool inFlightCommitted = false;
        const QStringList problems = check(model, s, r, &inFlightCommitted);
        if (r.phase == Phase::Committing && inFlightCommitted)
            ++committingCommitted;
        checksMs += timer.elapsed();
        static const char *const where[] = { "while opening", "between commands",
            "in a command, before BEGIN", "inside a transaction", "during COMMIT" };
        out << QStringLiteral("round %1: killed after %2 ms %3, %4 acknowledged%5: %6")
                   .arg(round, 3)
                   .arg(waitMs, 3)
                   .arg(QLatin1String(where[int(r.phase)]))
                   .arg(r.acknowledged.size())
                   .arg(r.phase == Phase::Committing
                           ? (inFlightCommitted ? QStringLiteral(" + 1 committed unacknowledged")
                                                : QStringLiteral(" + 1 rolled back"))
                           : QString())
                   .arg(problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("FAILED"))
            << Qt::endl;
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                failures << QStringLiteral("round %1: %2").arg(round).arg(problem);
            break;
        }
        present += r.acknowledged.size();
    }

    // The file itself, recovered by Ripen's own open after the last kill.
    bool finalOk = false;
    if (failures.isEmpty()) {
        Database database;
        if (!database.open(path)) {
            failures << QStringLiteral("after the last kill Ripen does not open the file: %1")
                            .arg(database.errorMessage());
        } else {
            const Snapshot s = readSnapshot(database.connection(), model.baseHistoryId, model.baseTouchId);
            bool unused = false;
            const QStringList problems = check(model, s, RoundOutput {}, &unused);
            for (const QString &problem : problems)
                failures << QStringLiteral("the file opened by Ripen after the last kill: %1").arg(problem);
            finalOk = problems.isEmpty();
        }
    }

    const qint64 elapsed = total.elapsed();
    out << Qt::endl;
    out << "rounds                         " << rounds << Qt::endl;
    out << "kills (SIGKILL)                " << kills << Qt::endl;
    out << "  while opening the database   " << landed[int(Phase::Opening)] << Qt::endl;
    out << "  between commands             " << landed[int(Phase::Idle)] << Qt::endl;
    out << "  in a command, before BEGIN   " << landed[int(Phase::Begun)] << Qt::endl;
    out << "  inside a transaction         " << landed[int(Phase::InTransaction)] << Qt::endl;
    out << "  during COMMIT                " << landed[int(Phase::Committing)] << " (" << committingCommitted
        << " committed, not acknowledged; " << landed[int(Phase::Committing)] - committingCommitted
        << " rolled back)" << Qt::endl;
    out << "commands acknowledged          " << acknowledged << " (moves " << byKind[Command::Move]
        << ", touches " << byKind[Command::Touch] << ", reschedules " << byKind[Command::Reschedule] << ")"
        << Qt::endl;
    out << "acknowledged and present       " << present << " of " << acknowledged;
    if (superseded)
        out << " (" << superseded
            << " reschedules seen through a later acknowledged one of the same follow-up)";
    out << Qt::endl;
    out << "integrity_check ok             " << integrityOk << " of " << kills
        << (finalOk ? ", and on the file Ripen opened after the last kill" : "") << Qt::endl;
    out << "time                           " << seconds(elapsed) << " (generating " << seconds(setupMs)
        << ", writers " << seconds(writersMs) << ", checks " << seconds(checksMs) << ")" << Qt::endl;
    if (home && args.isSet(QStringLiteral("keep")))
        out << "kept                           " << QDir::toNativeSeparators(path) << Qt::endl;
    if (!failures.isEmpty()) {
        out << Qt::endl << "FAILED" << Qt::endl;
        for (const QString &failure : std::as_const(failures))
            out << "  " << failure << Qt::endl;
        return 1;
    }
    out << Qt::endl
        << "PASSED: every acknowledged command survived " << kills
        << " kills, and every check found the file whole" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Kills a writer of acknowledged Ripen commands with SIGKILL, round after round, and checks after "
        "each kill that the file is whole and every acknowledged command is in it."));
    args.addHelpOption();
    args.addOptions({
        { QStringLiteral("rounds"), QStringLiteral("How many writers to kill (default 100)."),
            QStringLiteral("n"), QStringLiteral("100") },
        { QStringLiteral("seed"),
            QStringLiteral("Seed of the data, the commands and the kill times (default: random)."),
            QStringLiteral("s") },
        { QStringLiteral("database"),
            QStringLiteral("Where to make the database (default: a temporary folder)."),
            QStringLiteral("path") },
        { QStringLiteral("keep"), QStringLiteral("Keep the temporary folder and say where it is.") },
        { QStringLiteral("deals"), QStringLiteral("How many deals to generate (default 1000)."),
            QStringLiteral("n"), QStringLiteral("1000") },
        { QStringLiteral("max-wait-ms"),
            QStringLiteral("Kill each writer within this many ms of its start (default 400)."),
            QStringLiteral("ms"), QStringLiteral("400") },
        { QStringLiteral("writer"), QStringLiteral("Internal: be the writer that is killed.") },
        { QStringLiteral("round"), QStringLiteral("Internal: the writer's round."), QStringLiteral("n") },
        { QStringLiteral("drop-every"),
            QStringLiteral("To test the checks: writers acknowledge every n-th move without making it."),
            QStringLiteral("n"), QStringLiteral("0") },
    });
    args.process(app);
    if (args.isSet(QStringLiteral("writer")))
        return runWriter(args.value(QStringLiteral("database")),
            args.value(QStringLiteral("seed")).toULongLong(), args.value(QStringLiteral("round")).toInt(),
            args.value(QStringLiteral("drop-every")).toLongLong());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runDriver(args, out, err);
}
