// SPDX-License-Identifier: GPL-3.0-or-later
// Agenda benchmark: what the user waits for in the real main window's follow-ups agenda, next to a floor
// of the bare SQL that does the same reads (and writes), on the same connection, in the same run: the
// agenda's first screen, a card dragged to another day (committed, both columns right, painted), 50
// selected cards dropped on a day, and the calendar export of every open follow-up. Prints figures;
// never fails on time.
//
//   bench_agenda [--deals 100000] [--dir DIR] [--database FILE] [--runs N]
//
// The measured file is a fresh copy of the generated one (agenda-deals-N.sqlite in --dir), made every
// run, so bench_board's databases stay as `ripen generate` made them.

#include "agenda/agendacolumnmodel.h"
#include "agenda/agendaview.h"
#include "benchsupport.h"
#include "board/boardview.h"
#include "clock.h"
#include "dealsearch.h"
#include "io/followupcalendar.h"
#include "mainwindow.h"
#include "prompter.h"
#include "sqlutil.h"
#include "transaction.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QTemporaryDir>

using namespace Ripen;
using namespace Ripen::Bench;

namespace {

// Answers every question at once, as a user who always goes on would; never blocks on a dialog.
class GoOnPrompter final : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &, const QString &) override
    {
        return true; // the later cadence steps follow, and a spacing warning is overruled: the most work
    }
    void error(QWidget *, const QString &, const QString &text) override
    {
        out() << "error: " << text << Qt::endl;
    }
};

void dropOn(QWidget *target, const QMimeData *mime)
{
    const QPoint pos(target->width() / 2, target->height() - 10);
    QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

// The bare reads of the first screen: each column's first page and its count.
void bareFirstScreen(Pipeline &pipeline, const AgendaView &view)
{
    for (AgendaColumn *column : view.columns()) {
        const AgendaColumnModel *model = column->model();
        QSqlQuery page(pipeline.connection());
        page.setForwardOnly(true);
        page.prepare(model->pageSql());
        model->bindRange(page);
        page.addBindValue(AgendaColumnModel::kPageSize);
        page.exec();
        drain(page);
        QSqlQuery count(pipeline.connection());
        count.setForwardOnly(true);
        count.prepare(model->countSql());
        model->bindRange(count);
        count.exec();
        drain(count);
    }
}

struct Figures
{
    QString name;
    qint64 deals = 0, open = 0, laterCount = 0;
    double first = 0, firstFloor = 0;
    double drag = 0, dragSlowest = 0, dragFloor = 0;
    double fifty = 0, fiftyFloor = 0;
    double exportAll = 0, exportFloor = 0;
    int exported = 0;
};

Figures measure(const QString &path, int runs)
{
    Figures f;
    f.name = QFileInfo(path).fileName();
    const FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    GoOnPrompter prompter;
    QString error;
    auto workspace = Workspace::open(path, clock, &error, openOptions());
    if (!workspace) {
        out() << error << Qt::endl;
        return f;
    }
    MainWindow window(clock, &prompter);
    window.resize(1280, 800);
    window.setWorkspace(std::move(workspace));
    window.setCurrentView(QStringLiteral("followups"));
    window.show();
    QApplication::processEvents();
    // The board's search index loads in idle turns after the window is shown; a user at work has it
    // loaded long before, so the agenda is measured after it.
    auto *board = static_cast<BoardView *>(window.view(QStringLiteral("board")));
    QElapsedTimer loading;
    loading.start();
    while (board->search() && !board->search()->isReady() && loading.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    Workspace &ws = *window.workspace();
    Pipeline &pipeline = ws.pipeline();
    const QSqlDatabase db = pipeline.connection();
    auto *view = static_cast<AgendaView *>(window.view(QStringLiteral("followups")));
    view->setDays(7);
    view->setShowWeekends(false);
    f.deals = scalar(db, QStringLiteral("SELECT sum(deal_count) FROM stage_totals")).toLongLong();
    f.open = scalar(db, QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_on IS NULL")).toLongLong();
    QElapsedTimer timer;

    // 1. The first screen: the agenda built on the database and painted.
    QList<double> times, floors;
    for (int run = 0; run < runs; ++run) {
        view->setWorkspace(nullptr);
        QApplication::processEvents();
        timer.start();
        view->setWorkspace(&ws);
        QApplication::processEvents();
        view->repaint();
        times << ms(timer);
        timer.restart();
        bareFirstScreen(pipeline, *view);
        floors << ms(timer);
    }
    f.first = median(times);
    f.firstFloor = median(floors);
    f.laterCount = view->columns().last()->model()->count();

    // 2. One card dragged from tomorrow's column to the day after and back, alternately.
    const QList<AgendaColumn *> columns = view->columns();
    AgendaColumn *a = columns.at(2), *b = columns.at(3);
    times.clear();
    floors.clear();
    int warned = 0;
    for (int run = 0; run < runs; ++run) {
        AgendaColumn *from = run % 2 ? b : a, *to = run % 2 ? a : b;
        if (from->model()->rowCount() == 0)
            std::swap(from, to);
        const qint64 id = from->model()->followUpIdAt(0);
        const qint64 before = to->model()->count();
        std::unique_ptr<QMimeData> mime(from->model()->mimeData({ from->model()->index(0) }));
        timer.start();
        dropOn(to->list()->viewport(), mime.get());
        QApplication::processEvents(); // the queued reschedule
        view->repaint();
        times << ms(timer);
        if (to->model()->count() != before + 1 || to->model()->rowOfFollowUp(id) < 0)
            ++warned; // a spacing warning cancelled it
    }
    f.drag = median(times);
    f.dragSlowest = slowest(times);
    for (int run = 0; run < runs; ++run) {
        const qint64 id = a->model()->rowCount() ? a->model()->followUpIdAt(0) : b->model()->followUpIdAt(0);
        timer.start();
        Transaction tx(db);
        tx.begin();
        QSqlQuery update
            = prepared(db, QStringLiteral("UPDATE follow_ups SET due_on = due_on WHERE id = ?"), { id });
        update.exec();
        tx.commit();
        QSqlQuery back = prepared(db, QStringLiteral("SELECT * FROM follow_ups WHERE id = ?"), { id });
        drain(back);
        floors << ms(timer);
    }
    f.dragFloor = median(floors);
    if (warned)
        out() << "  (" << warned << " of " << runs << " drags were cancelled by a spacing warning)"
              << Qt::endl;

    // 3. Fifty cards of Later selected and dropped on a day; undone between runs (not timed).
    AgendaColumn *later = view->columns().last();
    times.clear();
    floors.clear();
    for (int run = 0; run < std::min(runs, 5); ++run) {
        while (later->model()->rowCount() < 50 && later->model()->canFetchMore())
            later->model()->fetchMore();
        QModelIndexList rows;
        QList<qint64> ids;
        for (int row = 0; row < 50 && row < later->model()->rowCount(); ++row) {
            rows << later->model()->index(row);
            ids << later->model()->followUpIdAt(row);
        }
        std::unique_ptr<QMimeData> mime(later->model()->mimeData(rows));
        const int undoBefore = ws.undoStack().index();
        timer.start();
        dropOn(b->list()->viewport(), mime.get());
        QApplication::processEvents();
        view->repaint();
        times << ms(timer);
        if (ws.undoStack().index() == undoBefore)
            out() << "  (the 50-card drop was cancelled)" << Qt::endl;
        else
            ws.undoStack().undo();
        QApplication::processEvents();
        // Floor: the same 50 updates in one transaction.
        timer.start();
        Transaction tx(db);
        tx.begin();
        for (qint64 id : std::as_const(ids)) {
            QSqlQuery update
                = prepared(db, QStringLiteral("UPDATE follow_ups SET due_on = due_on WHERE id = ?"), { id });
            update.exec();
        }
        tx.commit();
        floors << ms(timer);
    }
    f.fifty = median(times);
    f.fiftyFloor = median(floors);

    // 4. Every open follow-up to a calendar file.
    times.clear();
    floors.clear();
    QTemporaryDir dir;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        const auto written
            = FollowUpCalendar::exportTo(pipeline, dir.filePath(QStringLiteral("all.ics")), clock.now());
        times << ms(timer);
        f.exported = written ? *written : -1;
        timer.restart();
        QSqlQuery all = prepared(db, FollowUpCalendar::selectSql(),
            { QStringLiteral("0000-01-01"), QStringLiteral("9999-12-31") });
        all.exec();
        drain(all);
        floors << ms(timer);
    }
    f.exportAll = median(times);
    f.exportFloor = median(floors);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    offscreenUnlessTold();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ripen-bench"));
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("database"),
        QStringLiteral("A database to measure (a copy is changed)."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("deals"), QStringLiteral("Size to generate and measure."),
        QStringLiteral("n"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where generated databases are kept."),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("n"),
        QStringLiteral("11") });
    parser.process(app);

    QTemporaryDir scratch;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : scratch.path();
    QString source = parser.value(QStringLiteral("database"));
    if (source.isEmpty())
        source = ensureDatabase(dir, parser.value(QStringLiteral("deals")).toInt());
    if (source.isEmpty())
        return 1;
    const QString path = QDir(dir).filePath(QStringLiteral("agenda-") + QFileInfo(source).fileName());
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    if (!QFile::copy(source, path)) {
        out() << "cannot copy " << source << " to " << path << Qt::endl;
        return 1;
    }
    const Figures f = measure(path, std::max(1, parser.value(QStringLiteral("runs")).toInt()));
    out() << "\n"
          << f.name << ": " << f.deals << " deals, " << f.open << " open follow-ups (" << f.laterCount
          << " in Later)" << Qt::endl;
    out() << "  first screen, built and painted: median " << fixed(f.first) << " ms (target 50); floor "
          << fixed(f.firstFloor) << " ms; ratio " << fixed(f.first / f.firstFloor, 2) << Qt::endl;
    out() << "  drag one card to another day, committed, both columns right, painted: median "
          << fixed(f.drag, 2) << " ms, slowest " << fixed(f.dragSlowest, 2) << " ms (target 16); floor "
          << fixed(f.dragFloor, 2) << " ms" << Qt::endl;
    out() << "  50 selected cards dropped on a day: median " << fixed(f.fifty) << " ms (target 100); floor "
          << fixed(f.fiftyFloor) << " ms" << Qt::endl;
    out() << "  export " << f.exported << " open follow-ups to .ics: median " << fixed(f.exportAll)
          << " ms (target 1000); floor (the query alone) " << fixed(f.exportFloor) << " ms" << Qt::endl;
    return 0;
}
