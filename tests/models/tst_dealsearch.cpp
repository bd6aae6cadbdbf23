// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealindex.h"
#include "dealsearch.h"
#include "sqlutil.h"
#include "stagecolumnmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

using namespace Ripen;
using Ripen::Test::TestDatabase;

namespace {

// What a column shows for a filter read to its end: cards in order, count and totals.
struct Answer
{
    QList<qint64> ids;
    qint64 count = 0;
    QList<Money> totals;
    bool indexed = false;
    bool sameAs(const Answer &other) const
    {
        return ids == other.ids && count == other.count && totals == other.totals;
    }
};

Answer answer(Pipeline &pipeline, DealSearch &search, qint64 stageId, const BoardFilter &filter)
{
    StageColumnModel model(pipeline, search, stageId, 14);
    model.setFilter(filter);
    while (model.canFetchMore())
        model.fetchMore();
    Answer a;
    for (int row = 0; row < model.rowCount(); ++row)
        a.ids << model.dealIdAt(row);
    a.count = model.dealCount();
    a.totals = model.totals();
    a.indexed = model.usesIndex();
    return a;
}

QString describe(const BoardFilter &filter, qint64 stageId)
{
    return QStringLiteral("text \"%1\" owner \"%2\" stage %3").arg(filter.text, filter.owner).arg(stageId);
}

// The index's answer must be the SQL path's: for every open stage, the same cards in the same
// order, count and totals. sql is a search that never loads its index.
bool sameAnswers(Pipeline &pipeline, DealSearch &sql, DealSearch &indexed, const BoardFilter &filter)
{
    for (qint64 stageId : pipeline.openStageIds()) {
        const Answer expected = answer(pipeline, sql, stageId, filter);
        const Answer got = answer(pipeline, indexed, stageId, filter);
        if (expected.indexed || !got.indexed) {
            qWarning() << "wrong paths" << describe(filter, stageId);
            return false;
        }
        if (!got.sameAs(expected)) {
            qWarning() << describe(filter, stageId) << "\n  index" << got.ids << got.count << "\n  sql  "
                       << expected.ids << expected.count;
            return false;
        }
    }
    return true;
}

// Deals straight into a stage at packed positions, two to a position (ties ordered by id): a
// move into this stage renumbers it.
void packedDeals(TestDatabase &t, qint64 stageId, qint64 accountId, int count)
{
    QSqlQuery insert = prepared(t.connection(),
        QStringLiteral("INSERT INTO deals (title, account_id, stage_id, position, owner, value_minor, "
                       "currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T09:00:00')"));
    for (int i = 0; i < count; ++i) {
        insert.bindValue(0, QStringLiteral("Packed no. %1").arg(i));
        insert.bindValue(1, accountId);
        insert.bindValue(2, stageId);
        insert.bindValue(3, i / 2);
        insert.bindValue(4, i % 3 ? QStringLiteral("Sam") : QString(QLatin1String("")));
        insert.bindValue(5, 1000 * (i % 7));
        insert.bindValue(6, i % 4 ? QStringLiteral("EUR") : QStringLiteral("USD"));
        if (!insert.exec())
            qFatal("packedDeals: %s", qPrintable(insert.lastQuery()));
    }
}

// Titles, accounts and contacts with what the filter must take literally or fold.
struct Seed
{
    QList<qint64> deals;
    QList<qint64> accounts;
    QList<qint64> contacts;
};

Seed seed(TestDatabase &t)
{
    Seed s;
    const QStringList accounts = { QStringLiteral("Acme Corp"), QStringLiteral("Globex Nordic"),
        QString::fromUtf8("Ölwerk AG"), QStringLiteral("Initech"), QStringLiteral("100% Fun_Ltd") };
    for (const QString &name : accounts)
        s.accounts << t.account(name);
    s.contacts << t.contact(s.accounts.at(1), QStringLiteral("Jane Ortega"))
               << t.contact(s.accounts.at(2), QString::fromUtf8("Jürgen Köhler"))
               << t.contact(s.accounts.at(3), QStringLiteral("Peter \"Pete\" Gibbons"));
    const QStringList titles = { QStringLiteral("Fleet 100% rollout"), QStringLiteral("Support renewal"),
        QString::fromUtf8("Köln logistics hub"), QStringLiteral("1_0 plan"),
        QStringLiteral("Quote \"big\" deal"), QStringLiteral("RENEWAL Nord"),
        QString::fromUtf8("Hauptstraße 5"), QStringLiteral("MAIN STRASSE"),
        QStringLiteral("Logistics upgrade"), QStringLiteral("x") };
    const QStringList owners = { QStringLiteral("Sam"), QStringLiteral("Alex"), QString() };
    const QList<qint64> stages = t.pipeline().openStageIds();
    for (int i = 0; i < 230; ++i) {
        Deal d;
        d.title = titles.at(i % titles.size()) + (i % 3 ? QStringLiteral(" %1").arg(i) : QString());
        d.accountId = s.accounts.at(i % s.accounts.size());
        if (i % 2)
            d.contactId = s.contacts.at(i % s.contacts.size());
        if (d.contactId) {
            // The contact must belong to the deal's account.
            d.accountId = t.pipeline().contact(d.contactId)->accountId;
        }
        d.stageId = stages.at(i % 3 == 0 ? 0 : i % stages.size());
        d.owner = owners.at(i % owners.size());
        d.value = Money { 1000 * (i % 5), i % 4 ? QStringLiteral("EUR") : QStringLiteral("USD") };
        const auto id = t.pipeline().createDeal(d);
        if (!id)
            qFatal("seed: %s", qPrintable(id.error()));
        s.deals << *id;
    }
    packedDeals(t, stages.at(3), s.accounts.at(0), 150);
    return s;
}

// Changes the search must follow: an account renamed (its deals' text), a new deal's removal, a new
// deal in the lead stage.
bool renameRemoveCreate(Pipeline &p, const Seed &s)
{
    Account account = *p.account(s.accounts.at(2));
    account.name = QStringLiteral("Oil Nordic");
    Deal fresh;
    fresh.title = QStringLiteral("Brand new nordic");
    fresh.accountId = s.accounts.at(0);
    fresh.stageId = p.openStageIds().first();
    return p.updateAccount(account).ok() && p.removeNewDeal(s.deals.at(1)).ok() && p.createDeal(fresh).ok();
}

void loadAll(DealSearch &search)
{
    while (!search.loadMore()) { }
}

const QStringList kTexts = { QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("no"),
    QStringLiteral("Gl"), QStringLiteral("x"), QStringLiteral("100%"), QStringLiteral("%"),
    QStringLiteral("_"), QStringLiteral("1_0"), QStringLiteral("\""), QStringLiteral("\"P"),
    QStringLiteral("rollout\" OR x"), QStringLiteral("renewal"), QStringLiteral("nord"),
    QStringLiteral("zzz-none"), QStringLiteral("logistics"), QString::fromUtf8("KÖLN"),
    QString::fromUtf8("köhler"), QStringLiteral("  Nord  "), QStringLiteral("packed no. 1") };

// Every row of a column as its card shows it: the roles the delegate reads.
QList<QVariantList> cardsShown(const StageColumnModel &model)
{
    QList<QVariantList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantList roles { model.index(row).data(Qt::DisplayRole) };
        for (int role = StageColumnModel::DealIdRole; role <= StageColumnModel::NeedsAttentionRole; ++role)
            roles << model.index(row).data(role);
        rows << roles;
    }
    return rows;
}

} // namespace

class TestDealSearch : public QObject
{
    Q_OBJECT
private slots:
    void indexAnswersLikeSql();
    void foldsCaseBeyondAscii();
    void indexFollowsChanges();
    void rightWhileLoading();
    void loadsInIdleTime();
    void loadsInTheBackgroundAndCatchesUp();
    void aMatchNeverSpansTwoDeals();
    void twoThreadsFindWhatOneFinds();
    void aNewFilterReadsOnlyTheCardsItDidNotShow();
    void costsNothingUntilUsedAndStopsWhenLetGo();
};

void TestDealSearch::indexAnswersLikeSql()
{
    TestDatabase t;
    seed(t);
    DealSearch sql(t.pipeline(), DealSearch::Loading::IdleTime);
    DealSearch indexed(t.pipeline());
    loadAll(indexed);
    QVERIFY(indexed.isReady());
    QVERIFY(!sql.isReady());
    for (const QString &text : kTexts) {
        for (const QString &owner : { QString(), QStringLiteral("Sam"), QStringLiteral("Nobody") })
            QVERIFY2(sameAnswers(t.pipeline(), sql, indexed, BoardFilter { text, owner, false }),
                qPrintable(text));
    }
    // Needs attention is SQL's: the index leaves it alone, and the answer is the same.
    const qint64 lead = t.pipeline().openStageIds().first();
    const BoardFilter attention { QStringLiteral("e"), {}, true };
    const Answer a = answer(t.pipeline(), indexed, lead, attention);
    QVERIFY(!a.indexed);
    QVERIFY(a.sameAs(answer(t.pipeline(), sql, lead, attention)));
    QVERIFY(!a.ids.isEmpty());
}

void TestDealSearch::foldsCaseBeyondAscii()
{
    TestDatabase t;
    const qint64 lead = t.stageId(QStringLiteral("Lead in"));
    const qint64 koeln = t.deal(QString::fromUtf8("Köln hub"), lead);
    const qint64 oel = t.deal(QStringLiteral("Engine oil"), lead, t.account(QString::fromUtf8("ÖLWERK")));
    const qint64 haupt = t.deal(QString::fromUtf8("Hauptstraße 5"), lead);
    const qint64 main = t.deal(QStringLiteral("MAIN STRASSE"), lead);
    const qint64 capital = t.deal(QString::fromUtf8("GROẞE Halle"), lead); // capital sharp s
    DealSearch sql(t.pipeline(), DealSearch::Loading::IdleTime);
    DealSearch indexed(t.pipeline());
    loadAll(indexed);
    const auto ids = [&](DealSearch &search, const char *text) {
        const QList<qint64> found
            = answer(t.pipeline(), search, lead, BoardFilter { QString::fromUtf8(text), {}, false }).ids;
        return QSet<qint64>(found.begin(), found.end());
    };
    // The index folds beyond ASCII for every length; ß and ẞ read as "ss".
    QCOMPARE(ids(indexed, "ö"), (QSet<qint64> { koeln, oel }));
    QCOMPARE(ids(indexed, "Ö"), (QSet<qint64> { koeln, oel }));
    QCOMPARE(ids(indexed, "STRASSE"), (QSet<qint64> { haupt, main }));
    QCOMPARE(ids(indexed, "Straße"), (QSet<qint64> { haupt, main }));
    QCOMPARE(ids(indexed, "ss"), (QSet<qint64> { haupt, main, capital }));
    QCOMPARE(ids(indexed, "große"), QSet<qint64> { capital });
    // The SQL path, used while the index loads: LIKE folds ASCII only (one or two characters), the
    // trigram index folds letters but knows no "ss". The index finds more, never less.
    QCOMPARE(ids(sql, "ö"), QSet<qint64> { koeln });
    QCOMPARE(ids(sql, "Ö"), QSet<qint64> { oel });
    QCOMPARE(ids(sql, "STRASSE"), QSet<qint64> { main });
    QCOMPARE(ids(sql, "Straße"), QSet<qint64> { haupt });
}

void TestDealSearch::indexFollowsChanges()
{
    TestDatabase t;
    const Seed s = seed(t);
    Pipeline &p = t.pipeline();
    DealSearch sql(p, DealSearch::Loading::IdleTime);
    DealSearch indexed(p);
    loadAll(indexed);
    const QList<BoardFilter> filters
        = { BoardFilter { QStringLiteral("e"), {}, false }, BoardFilter { QStringLiteral("nord"), {}, false },
              BoardFilter { QStringLiteral("a"), QStringLiteral("Sam"), false },
              BoardFilter { QStringLiteral("packed"), {}, false } };
    // Columns kept up to date by the changes, on the index, two pages read.
    std::vector<std::unique_ptr<StageColumnModel>> live;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    const auto openLive = [&] {
        live.clear();
        testers.clear();
        for (const BoardFilter &filter : filters) {
            for (qint64 stageId : p.openStageIds()) {
                live.push_back(std::make_unique<StageColumnModel>(p, indexed, stageId, 14));
                live.back()->setFilter(filter);
                if (live.back()->canFetchMore())
                    live.back()->fetchMore();
                testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    live.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
            }
        }
    };
    openLive();
    const auto check = [&](const char *what) {
        for (const BoardFilter &filter : filters) {
            if (!sameAnswers(p, sql, indexed, filter)) {
                qWarning("after %s", what);
                return false;
            }
        }
        for (const auto &model : live) {
            if (!model->usesIndex())
                return false;
            const Answer expected = answer(p, sql, model->stageId(), model->filter());
            QList<qint64> shown;
            for (int row = 0; row < model->rowCount(); ++row)
                shown << model->dealIdAt(row);
            if (shown != expected.ids.mid(0, shown.size()) || model->dealCount() != expected.count
                || model->totals() != expected.totals) {
                qWarning() << "after" << what << describe(model->filter(), model->stageId()) << shown
                           << expected.ids.mid(0, shown.size()) << model->dealCount() << expected.count;
                return false;
            }
        }
        return true;
    };
    QVERIFY(check("loading"));
    const QList<qint64> stages = p.openStageIds();
    const qint64 packedStage = stages.at(3);
    QList<qint64> packed;
    for (const Deal &d : p.dealsInStage(packedStage))
        packed << d.id;

    // Moves: between stages, within a stage, to the end, into a full gap (renumbers the stage).
    QVERIFY(p.moveDeal(s.deals.at(0), stages.at(1), p.dealsInStage(stages.at(1)).at(2).id).ok());
    QVERIFY(check("a move between stages"));
    QVERIFY(p.moveDeal(s.deals.at(3), stages.at(0), p.dealsInStage(stages.at(0)).at(10).id).ok());
    QVERIFY(check("a move within a stage"));
    QVERIFY(p.moveDeal(s.deals.at(4), stages.at(2)).ok());
    QVERIFY(check("a move to the end"));
    const qint64 positionBefore
        = scalar(t.connection(), QStringLiteral("SELECT position FROM deals WHERE id = ?"), { packed.at(40) })
              .toLongLong();
    QVERIFY(p.moveDeal(s.deals.at(5), packedStage, packed.at(41)).ok());
    QVERIFY(
        scalar(t.connection(), QStringLiteral("SELECT position FROM deals WHERE id = ?"), { packed.at(40) })
            .toLongLong()
        != positionBefore);
    QVERIFY(check("a move that renumbered a stage"));
    QVERIFY(p.moveDeal(s.deals.at(8), packedStage, packed.at(3)).ok());
    QVERIFY(check("a move after the renumbering"));

    // Edits: a title that starts and stops matching, a value, an owner.
    Deal edited = *p.deal(s.deals.at(9));
    edited.title = QStringLiteral("Nordic expansion");
    edited.value = Money { 777000, QStringLiteral("CHF") };
    edited.owner = QStringLiteral("Sam");
    QVERIFY(p.updateDeal(edited).ok());
    QVERIFY(check("an edit"));
    edited.title = QStringLiteral("Quiet");
    QVERIFY(p.updateDeal(edited).ok());
    QVERIFY(check("a second edit"));

    // Renamed accounts and contacts reach every deal of theirs.
    Account account = *p.account(s.accounts.at(1));
    account.name = QStringLiteral("Globex Eastern");
    QVERIFY(p.updateAccount(account).ok());
    QVERIFY(check("a renamed account"));
    Contact contact = *p.contact(s.contacts.at(0));
    contact.name = QStringLiteral("Jane Nordstrom");
    QVERIFY(p.updateContact(contact).ok());
    QVERIFY(check("a renamed contact"));

    // New and deleted deals.
    Deal fresh;
    fresh.title = QStringLiteral("Nordic fresh deal");
    fresh.accountId = s.accounts.at(0);
    fresh.stageId = stages.at(1);
    fresh.owner = QStringLiteral("Sam");
    const qint64 created = *p.createDeal(fresh);
    QVERIFY(check("a new deal"));
    QVERIFY(p.removeNewDeal(created).ok());
    QVERIFY(check("a deleted deal"));

    // Won, lost and reopened.
    QVERIFY(p.markWon(s.deals.at(10), Money { 5000, QStringLiteral("EUR") }, QDate(2026, 11, 23)).ok());
    QVERIFY(check("a won deal"));
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = p.lostReasons().first().id;
    lost.reengageOn = QDate(2027, 2, 21);
    QVERIFY(p.markLost(s.deals.at(11), lost).ok());
    QVERIFY(check("a lost deal"));
    QVERIFY(p.reopen(s.deals.at(11), stages.at(2), p.dealsInStage(stages.at(2)).at(1).id).ok());
    QVERIFY(check("a reopened deal"));

    // A removed stage's deals move in one statement.
    QVERIFY(p.removeStage(stages.at(4), stages.at(1)).ok());
    openLive();
    QVERIFY(check("a removed stage"));
}

void TestDealSearch::rightWhileLoading()
{
    TestDatabase t;
    const Seed s = seed(t);
    Pipeline &p = t.pipeline();
    DealSearch sql(p, DealSearch::Loading::IdleTime);
    DealSearch loading(p, DealSearch::Loading::IdleTime);
    QVERIFY(!loading.loadMore(60)); // part of the deals only
    QVERIFY(!loading.isReady());
    const qint64 lead = p.openStageIds().first();
    const BoardFilter filter { QStringLiteral("no"), {}, false };
    const Answer early = answer(p, loading, lead, filter);
    QVERIFY(!early.indexed);
    QVERIFY(early.sameAs(answer(p, sql, lead, filter)));

    // Changes to deals read already and to deals not read yet.
    for (qint64 id : { s.deals.at(2), s.deals.at(200) }) {
        Deal edited = *p.deal(id);
        edited.title = QStringLiteral("Nordic %1").arg(id);
        QVERIFY(p.updateDeal(edited).ok());
        QVERIFY(
            p.moveDeal(id, p.openStageIds().at(2), p.dealsInStage(p.openStageIds().at(2)).first().id).ok());
    }
    QVERIFY(renameRemoveCreate(p, s));
    QVERIFY(p.removeNewDeal(s.deals.at(220)).ok());
    QVERIFY(!loading.loadMore(60));
    QVERIFY(
        p.moveDeal(s.deals.at(7), p.openStageIds().at(3), p.dealsInStage(p.openStageIds().at(3)).at(20).id)
            .ok());
    QVERIFY(answer(p, loading, lead, filter).sameAs(answer(p, sql, lead, filter)));

    loadAll(loading);
    for (const QString &text : kTexts)
        QVERIFY2(sameAnswers(p, sql, loading, BoardFilter { text, {}, false }), qPrintable(text));
}

void TestDealSearch::loadsInIdleTime()
{
    TestDatabase t;
    seed(t);
    DealSearch search(t.pipeline(), DealSearch::Loading::IdleTime);
    QVERIFY(!search.isReady()); // nothing read before the event loop turns
    QTRY_VERIFY(search.isReady());
    const qint64 lead = t.pipeline().openStageIds().first();
    QVERIFY(answer(t.pipeline(), search, lead, BoardFilter { QStringLiteral("a"), {}, false }).indexed);
}

void TestDealSearch::loadsInTheBackgroundAndCatchesUp()
{
    TestDatabase t;
    const Seed s = seed(t);
    Pipeline &p = t.pipeline();
    DealSearch search(p);
    QSignalSpy ready(&search, &DealSearch::ready);
    // Taken over only in the event loop, so the thread is still its own until then.
    QVERIFY(search.isLoadingInBackground());
    QVERIFY(!search.isReady());
    const qint64 lead = p.openStageIds().first();
    QVERIFY(!answer(p, search, lead, BoardFilter { QStringLiteral("no"), {}, false }).indexed);

    // Changes while it reads, whether its snapshot was taken before or after them: renamed and
    // moved deals, a renamed account, a removed deal, a new one, a lost one and a removed stage.
    const QList<qint64> stages = p.openStageIds();
    for (qint64 id : { s.deals.at(2), s.deals.at(200) }) {
        Deal edited = *p.deal(id);
        edited.title = QStringLiteral("Nordic %1").arg(id);
        QVERIFY(p.updateDeal(edited).ok());
        QVERIFY(p.moveDeal(id, stages.at(2), p.dealsInStage(stages.at(2)).first().id).ok());
    }
    // The rest once its snapshot has certainly been read: only noting them makes it right.
    search.startBackgroundLoad();
    while (!search.backgroundReadFinished())
        QThread::yieldCurrentThread();
    QVERIFY(!search.isReady());
    QVERIFY(renameRemoveCreate(p, s));
    QVERIFY(p.moveDeal(s.deals.at(7), stages.at(3), p.dealsInStage(stages.at(3)).at(20).id).ok());
    LostInfo lost;
    lost.lostOn = QDate(2026, 11, 23);
    lost.reasonId = p.lostReasons().first().id;
    lost.reengageOn = QDate(2027, 2, 21);
    QVERIFY(p.markLost(s.deals.at(11), lost).ok());
    QVERIFY(p.removeStage(stages.at(4), stages.at(1)).ok());

    QTRY_VERIFY(search.isReady());
    QCOMPARE(ready.count(), 1);
    QVERIFY(!search.isLoadingInBackground());
    DealSearch sql(p, DealSearch::Loading::IdleTime); // from here on without an event loop: never loads
    for (const QString &text : kTexts) {
        for (const QString &owner : { QString(), QStringLiteral("Sam") })
            QVERIFY2(sameAnswers(p, sql, search, BoardFilter { text, owner, false }), qPrintable(text));
    }
    // And it follows changes as they happen from then on.
    Deal renamed = *p.deal(s.deals.at(3));
    renamed.title = QStringLiteral("Nordic after");
    QVERIFY(p.updateDeal(renamed).ok());
    QVERIFY(sameAnswers(p, sql, search, BoardFilter { QStringLiteral("nordic"), {}, false }));
}

// The index keeps every deal's text end to end in one block and searches the block at once: a text
// running from one deal's last name into the next deal's title is no match for either.
void TestDealSearch::aMatchNeverSpansTwoDeals()
{
    TestDatabase t;
    Pipeline &p = t.pipeline();
    Deal first;
    first.title = QStringLiteral("Pilot");
    first.stageId = p.openStageIds().first();
    const qint64 a = *p.createDeal(first, NewParties { QStringLiteral("Acme"), QStringLiteral("Jo Ma") });
    Deal second;
    second.title = QStringLiteral("Rtin fleet");
    second.stageId = first.stageId;
    const qint64 b = *p.createDeal(second, NewParties { QStringLiteral("Globex"), {} });
    DealSearch search(p, DealSearch::Loading::IdleTime);
    loadAll(search);
    QVERIFY(!search.index(QStringLiteral("martin")).matches(a, {}));
    QVERIFY(!search.index(QStringLiteral("martin")).matches(b, {}));
    QVERIFY(search.index(QStringLiteral("jo ma")).matches(a, {}));
    QVERIFY(!search.index(QStringLiteral("jo ma")).matches(b, {}));
    QVERIFY(search.index(QStringLiteral("rtin")).matches(b, {}));
    // Edited, the first deal's old text stays in the block as garbage and is not matched.
    Deal renamed = *p.deal(a);
    renamed.title = QStringLiteral("Scanner");
    QVERIFY(p.updateDeal(renamed).ok());
    QVERIFY(!search.index(QStringLiteral("pilot")).matches(a, {}));
    QVERIFY(search.index(QStringLiteral("scanner")).matches(a, {}));
}

void TestDealSearch::twoThreadsFindWhatOneFinds()
{
    // A large index is searched in two halves at once: split where a deal's text starts, with edited
    // deals' old texts (garbage) on either side of the split, it matches exactly what one pass does.
    TestDatabase t;
    const Seed s = seed(t);
    Pipeline &p = t.pipeline();
    DealIndex one(t.connection()), two(t.connection());
    const std::atomic_bool cancel { false };
    one.loadAll(cancel);
    two.loadAll(cancel);
    QVERIFY(one.isReady() && two.isReady());
    // Edits scattered over the block leave stale pairs in both halves.
    for (int i = 0; i < s.deals.size(); i += 7) {
        Deal deal = *p.deal(s.deals.at(i));
        deal.title = QStringLiteral("Edited nord %1").arg(i);
        QVERIFY(p.updateDeal(deal).ok());
        one.rereadDeal(deal.id);
        two.rereadDeal(deal.id);
    }
    one.setTwoThreadsFrom(std::numeric_limits<std::size_t>::max());
    two.setTwoThreadsFrom(0);
    QList<qint64> everyDeal;
    QSqlQuery ids(t.connection());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM deals")));
    while (ids.next())
        everyDeal << ids.value(0).toLongLong();
    int found = 0;
    for (const QString &text : kTexts + QStringList { QStringLiteral("edited"), QStringLiteral("1") }) {
        one.setText(text);
        two.setText(text);
        for (qint64 id : std::as_const(everyDeal)) {
            QVERIFY2(one.matches(id, {}) == two.matches(id, {}),
                qPrintable(QStringLiteral("%1 deal %2").arg(text).arg(id)));
            found += one.matches(id, {}) ? 1 : 0;
        }
    }
    QVERIFY(found > 500);
}

RIPEN_CORE_TEST_MAIN(TestDealSearch)

void TestDealSearch::aNewFilterReadsOnlyTheCardsItDidNotShow()
{
    // A new filter on the index takes the cards it shows from those shown before, reading only the
    // others from the database, and every card is as it is now: changes made in between reach it.
    TestDatabase t;
    const Seed s = seed(t);
    Pipeline &p = t.pipeline();
    DealSearch indexed(p);
    loadAll(indexed);
    const qint64 stageId = p.openStageIds().first();
    StageColumnModel model(p, indexed, stageId, 14);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto readToTheEnd = [](StageColumnModel &m) {
        while (m.canFetchMore())
            m.fetchMore();
    };
    const auto fresh = [&](const BoardFilter &filter) {
        auto m = std::make_unique<StageColumnModel>(p, indexed, stageId, 14);
        m->setFilter(filter);
        readToTheEnd(*m);
        return m;
    };
    const BoardFilter e { QStringLiteral("e"), {}, false };
    const BoardFilter renewal { QStringLiteral("renewal"), {}, false };
    model.setFilter(e);
    readToTheEnd(model);
    QVERIFY(model.usesIndex());
    QVERIFY(model.rowCount() > StageColumnModel::kPageSize); // more than one page, all shown

    // Narrowed: every "renewal" deal contains an "e", so all its cards were shown.
    qint64 before = model.cardsRead();
    model.setFilter(renewal);
    readToTheEnd(model);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.cardsRead() - before, 0);
    QCOMPARE(cardsShown(model), cardsShown(*fresh(renewal)));

    // Changes to cards shown under "renewal", each reaching them while that filter holds.
    const qint64 touched = model.dealIdAt(0);
    const qint64 edited = model.dealIdAt(1);
    Touch touch;
    touch.dealId = touched;
    touch.channel = Channel::Email;
    touch.occurredAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0));
    touch.outcome = TouchOutcome::Conversation;
    touch.valueKind = ValueKind::Insight;
    touch.valueText = QStringLiteral("Benchmarks of their fleet");
    QVERIFY(p.logTouch(touch).ok());
    FollowUp next;
    next.dealId = touched;
    next.dueOn = QDate(2026, 12, 9);
    QVERIFY(p.scheduleFollowUp(next).ok());
    Deal deal = *p.deal(edited);
    deal.title = QStringLiteral("Support renewal, second year");
    deal.value = Money { 123400, QStringLiteral("EUR") };
    QVERIFY(p.updateDeal(deal).ok());
    Account account = *p.account(p.deal(touched)->accountId);
    account.name = QStringLiteral("Renamed Holdings");
    QVERIFY(p.updateAccount(account).ok());
    QVERIFY(model.rowOfDeal(touched) >= 0);

    // Widened again: its first page takes the "renewal" cards from what was shown and reads the
    // rest from the database; read to its end, the column is what a column opened now shows, card
    // for card, role for role.
    QSet<qint64> shownBefore;
    for (int row = 0; row < model.rowCount(); ++row)
        shownBefore << model.dealIdAt(row);
    before = model.cardsRead();
    model.setFilter(e);
    QCOMPARE(model.rowCount(), StageColumnModel::kPageSize);
    int reused = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        reused += shownBefore.contains(model.dealIdAt(row)) ? 1 : 0;
    QVERIFY(reused > 0);
    QCOMPARE(model.cardsRead() - before, qint64(model.rowCount() - reused));
    readToTheEnd(model);
    const auto now = fresh(e);
    QCOMPARE(cardsShown(model), cardsShown(*now));
    const int row = model.rowOfDeal(touched);
    QVERIFY(row >= 0);
    QCOMPARE(
        model.index(row).data(StageColumnModel::AccountRole).toString(), QStringLiteral("Renamed Holdings"));
    QCOMPARE(model.index(row).data(StageColumnModel::NextDueRole).toDate(), QDate(2026, 12, 9));
    QCOMPARE(model.index(model.rowOfDeal(edited)).data(StageColumnModel::TitleRole).toString(),
        QStringLiteral("Support renewal, second year"));
    Q_UNUSED(s);
}

// Opening a file builds a search per board: it writes nothing to the new connection until a text is
// searched on SQL (the temporary table), and one let go while its thread reads stops at once, never
// becoming ready nor following changes.
void TestDealSearch::costsNothingUntilUsedAndStopsWhenLetGo()
{
    TestDatabase t;
    seed(t);
    Pipeline &p = t.pipeline();
    const auto tempTables = [&] {
        QSqlQuery query(t.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'"))
                && query.next()
            ? query.value(0).toInt()
            : -1;
    };
    const qint64 lead = p.openStageIds().first();
    {
        DealSearch search(p, DealSearch::Loading::IdleTime);
        QCOMPARE(tempTables(), 0);
        QVERIFY(search.prepare(QString()));
        QCOMPARE(tempTables(), 0);
        // Not loaded: a text is answered on SQL, through its table.
        QVERIFY(!answer(p, search, lead, BoardFilter { QStringLiteral("no"), {}, false }).indexed);
        QCOMPARE(tempTables(), 1);
    }
    QCOMPARE(tempTables(), 0); // dropped with the search

    DealSearch search(p);
    QSignalSpy ready(&search, &DealSearch::ready);
    search.startBackgroundLoad();
    search.stopLoading();
    QVERIFY(!search.isReady());
    search.startBackgroundLoad(); // as its first turn of the event loop would: stays stopped
    QVERIFY(!search.backgroundReadFinished());
    Deal renamed = *p.deal(p.dealsInStage(lead).first().id);
    renamed.title = QStringLiteral("Nordic after");
    QVERIFY(p.updateDeal(renamed).ok());
    QCoreApplication::processEvents();
    QVERIFY(!search.isReady());
    QCOMPARE(ready.count(), 0);
}

#include "tst_dealsearch.moc"
