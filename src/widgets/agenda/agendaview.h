// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendafilter.h"
#include "pipeline.h"
#include "workspaceview.h"

#include <QDate>
#include <QFrame>
#include <QListView>
#include <QPointer>
#include <QTimer>

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;

namespace Ripen {

class AgendaCardDelegate;
class AgendaColumnModel;
class DealActions;
class DropTarget;
class OwnerListModel;
class Prompter;
class Workspace;

// The cards of one agenda column: several can be selected and dragged together.
class AgendaCardList final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaCardList)
public:
    explicit AgendaCardList(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

// One column of the agenda: its day (or Overdue, a folded weekend, Later) and how many it holds, over
// its cards.
class AgendaColumn final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaColumn)
public:
    // folded: a weekend day or two of a folded weekend, a narrow column.
    AgendaColumn(AgendaColumnModel *model, const QDate &today, bool folded, AgendaCardDelegate *delegate,
        QWidget *parent);

    AgendaColumnModel *model() const { return m_model; }
    AgendaCardList *list() const { return m_list; }
    // "Today\nMon 23 Nov\n3": what the header says, for tests and the screenshot check.
    QString headerText() const;

private:
    void updateHeader();

    AgendaColumnModel *m_model;
    QDate m_today;
    QLabel *m_title;
    QLabel *m_date;
    QLabel *m_count;
    AgendaCardList *m_list;
};

// The follow-ups agenda: Overdue, Today, one column per day (7 or 14, weekends shown or folded into one
// column) and Later, with the planned touches as cards. A card dragged to another day, or moved with
// Ctrl+Left/Right (a day) and Ctrl+Shift+Left/Right (a week), is rescheduled as one undo step; the later
// steps of its cadence can follow it, and a touch planned too close to another one to the same contact
// asks first. Cards are marked done (the Log Touch dialog, prefilled), skipped with a reason, or opened
// in the timeline.
class AgendaView final : public WorkspaceView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaView)
public:
    explicit AgendaView(const ViewContext &context, QWidget *parent = nullptr);
    ~AgendaView() override;

    QString title() const override;
    QString statusTip() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace) override;
    void showDeal(qint64 dealId) override;
    qint64 shownDeal() const override;
    QList<QAction *> dealMenuActions() const override;
    QString badge() const override;

    // Days shown after Overdue, today included: 7 or 14. Saved in the user's settings.
    int days() const { return m_days; }
    void setDays(int days);
    bool showsWeekends() const { return m_weekends; }
    void setShowWeekends(bool shown);

    // Open follow-ups due today or earlier.
    qint64 dueCount() const;

    // For tests and the screenshot.
    QList<AgendaColumn *> columns() const { return m_columns; }
    AgendaColumn *columnOf(const QDate &day) const; // the column holding that day
    DropTarget *pickDateTarget() const { return m_pickDate; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *ownerCombo() const { return m_ownerCombo; }
    QComboBox *channelCombo() const { return m_channelCombo; }
    QCheckBox *valueLessCheck() const { return m_valueLess; }
    QAction *sevenDaysAction() const { return m_sevenDays; }
    QAction *fourteenDaysAction() const { return m_fourteenDays; }
    QAction *weekendsAction() const { return m_weekendsAction; }
    QAction *markDoneAction() const { return m_markDone; }
    QAction *skipAction() const { return m_skip; }
    QAction *openTimelineAction() const { return m_openTimeline; }
    QAction *dayLaterAction() const { return m_dayLater; }
    QAction *dayEarlierAction() const { return m_dayEarlier; }
    QAction *weekLaterAction() const { return m_weekLater; }
    QAction *weekEarlierAction() const { return m_weekEarlier; }
    QAction *pickDateAction() const { return m_pickDateAction; }

    QList<qint64> selectedFollowUps() const;
    // Selects these cards in the first column that shows one of them; false when none is shown.
    bool selectFollowUps(const QList<qint64> &followUpIds);

public slots:
    // Moves the follow-ups to the day: asks whether the later steps of their cadences follow, warns
    // when a touch comes too close to another one to the same contact, then one undo step.
    void reschedule(const QList<qint64> &followUpIds, const QDate &to);
    // Asks for a day on a calendar, then reschedules.
    void pickDate(const QList<qint64> &followUpIds);
    // The selection, days later (negative: earlier); never before today, over folded weekends.
    void moveSelection(int days);
    void markDone();
    void skipSelection();
    void applyFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Plan
    {
        QList<FollowUpMove> moves; // what the user moved, to where
        QList<FollowUpMove> steps; // later cadence steps that follow
    };
    void rebuildColumns();
    void refreshOwners();
    void updateActions();
    void run(const Plan &plan, const QString &dayName);
    // The later cadence steps that would follow the moves, for the user to confirm.
    QList<FollowUpMove> cadenceSteps(const QList<FollowUpMove> &moves) const;
    // The spacing warnings the moves would raise, one sentence each.
    QStringList spacingWarnings(const QList<FollowUpMove> &moves) const;
    QDate stepDays(const QDate &from, int days) const;
    AgendaColumn *focusedColumn() const;
    int columnIndexOf(QObject *object) const;
    void checkDay();
    void updateLayoutButton();

    const Clock &m_clock;
    Prompter &m_prompter;
    DealActions &m_dealActions;
    QPointer<Workspace> m_workspace;
    OwnerListModel *m_owners = nullptr;
    AgendaFilter m_filter;
    QTimer m_filterDelay;
    QTimer m_dayCheck;
    QDate m_builtFor;
    bool m_columnsStale = false; // hidden when they were due: built when the view is shown
    bool m_ownersStale = false; // likewise the owner filter's list
    int m_days = 7;
    bool m_weekends = false;
    AgendaCardDelegate *m_delegate;

    QLineEdit *m_filterEdit;
    QComboBox *m_ownerCombo;
    QComboBox *m_channelCombo;
    QCheckBox *m_valueLess;
    QToolButton *m_layoutButton;
    QScrollArea *m_scroll;
    QWidget *m_columnsHost;
    QHBoxLayout *m_columnsLayout;
    QList<AgendaColumn *> m_columns;
    DropTarget *m_pickDate;

    QAction *m_markDone;
    QAction *m_skip;
    QAction *m_openTimeline;
    QAction *m_dayLater;
    QAction *m_dayEarlier;
    QAction *m_weekLater;
    QAction *m_weekEarlier;
    QAction *m_pickDateAction;
    QAction *m_find;
    QAction *m_sevenDays;
    QAction *m_fourteenDays;
    QAction *m_weekendsAction;
};

} // namespace Ripen
