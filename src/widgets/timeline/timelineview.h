// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspaceview.h"

#include <QPointer>

class QAction;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace Ripen {

class DealListModel;
class TimelineDelegate;
class TimelineModel;
class Workspace;

// The prospect timeline: one deal's story, or its whole account's, as a vertical line of entries
// with "Today" between what happened and what is planned. Above it the deal (title, account, stage,
// value, owner, next step) and a picker to find any deal; beside it the persistence meters, the
// account's people and its other deals. Touches are logged from here (the dialog and a quick-entry
// line), edited and deleted, each one undo step.
class TimelineView final : public WorkspaceView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    explicit TimelineView(const ViewContext &context, QWidget *parent = nullptr);
    ~TimelineView() override;

    QString title() const override;
    QString statusTip() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace) override;
    void showDeal(qint64 dealId) override;
    qint64 shownDeal() const override { return m_dealId; }
    QList<QAction *> dealMenuActions() const override;

    // For tests and screenshots.
    TimelineModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    TimelineDelegate *delegate() const { return m_delegate; }
    QLineEdit *picker() const { return m_picker; }
    QToolButton *accountToggle() const { return m_accountToggle; }
    QComboBox *showCombo() const { return m_showCombo; }
    QComboBox *contactCombo() const { return m_contactCombo; }
    QComboBox *channelCombo() const { return m_channelCombo; }
    QLabel *headerTitle() const { return m_headerTitle; }
    QLabel *headerDetails() const { return m_headerDetails; }
    QLabel *nextStepLabel() const { return m_nextStep; }
    QListWidget *peopleList() const { return m_people; }
    QListWidget *otherDealsList() const { return m_otherDeals; }
    QLabel *threadWarning() const { return m_threadWarning; }
    QAction *logTouchAction() const { return m_logTouch; }
    // The quick-entry line under the timeline: channel, outcome, note, Enter.
    QComboBox *quickChannel() const { return m_quickChannel; }
    QComboBox *quickOutcome() const { return m_quickOutcome; }
    QLineEdit *quickNote() const { return m_quickNote; }
    QAction *editTouchAction() const { return m_editTouch; }
    QAction *deleteTouchAction() const { return m_deleteTouch; }
    QAction *completeAction() const { return m_complete; }
    // The menu an entry's context menu shows.
    QMenu *entryMenu(QWidget *parent) const;

private:
    void buildHeader(QVBoxLayout *layout);
    QWidget *buildSidePanel();
    void refreshHeader();
    void refreshContacts();
    void refreshSidePanel();
    void applyFilter();
    void scrollToToday();
    void fetchOlderIfAtTop();
    void pickDeal(const QModelIndex &index);
    void updateActions();
    void quickLog();
    void activate(const QModelIndex &index);
    // The current entry's kind and id; Today when nothing is chosen.
    std::pair<int, qint64> currentEntry() const;

    ViewContext m_context;
    QPointer<Workspace> m_workspace;
    qint64 m_dealId = 0;
    TimelineModel *m_model = nullptr;
    DealListModel *m_deals = nullptr;
    TimelineDelegate *m_delegate;
    QLineEdit *m_picker;
    QCompleter *m_completer;
    QToolButton *m_accountToggle;
    QLabel *m_headerTitle;
    QLabel *m_headerDetails;
    QLabel *m_nextStep;
    QComboBox *m_showCombo;
    QComboBox *m_contactCombo;
    QComboBox *m_channelCombo;
    QListView *m_list;
    QLabel *m_empty;
    QWidget *m_side;
    static constexpr int kMeters = 5;
    QLabel *m_meters[kMeters] = {};
    QListWidget *m_people;
    QLabel *m_threadWarning;
    QListWidget *m_otherDeals;
    QLabel *m_peopleHeading;
    QLabel *m_otherDealsHeading;
    QAction *m_logTouch;
    QTimer *m_sideTimer = nullptr; // owned by the model: one refresh of the side panel per turn
    QComboBox *m_quickChannel;
    QComboBox *m_quickOutcome;
    QLineEdit *m_quickNote;
    QWidget *m_quickRow;
    QWidget *m_filterRow;
    QAction *m_editTouch;
    QAction *m_deleteTouch;
    QAction *m_complete;
};

} // namespace Ripen
