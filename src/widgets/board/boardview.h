// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardfilter.h"
#include "workspaceview.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QScrollArea;

namespace Ripen {

class CardListView;
class DealActions;
class DealSearch;
class OwnerListModel;
class DropTarget;
class Prompter;
class StageColumnModel;
class StageColumnView;
class Workspace;

// The pipeline board: one column per open stage with deal cards, dragged between stages (and onto
// Won and Lost), filtered by text, owner and "needs attention", and driven by keyboard as well.
// Every change goes through DealCommands, so it is one transaction and one undo step; new, edit, won
// and lost ask through the DealActions every view shares.
class BoardView final : public WorkspaceView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardView)
public:
    explicit BoardView(const ViewContext &context, QWidget *parent = nullptr);
    ~BoardView() override;

    QString title() const override;
    QString statusTip() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace) override;
    void showDeal(qint64 dealId) override { selectDeal(dealId); }
    qint64 shownDeal() const override { return currentDealId(); }
    QList<QAction *> dealMenuActions() const override;

    // Actions for the menus; their shortcuts work while the board has focus.
    QAction *newDealAction() const { return m_newDeal; }
    QAction *editDealAction() const { return m_editDeal; }
    QAction *moveBackAction() const { return m_moveBack; }
    QAction *moveForwardAction() const { return m_moveForward; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *markWonAction() const { return m_markWon; }
    QAction *markLostAction() const { return m_markLost; }
    QAction *openTimelineAction() const { return m_openTimeline; }
    QAction *logTouchAction() const { return m_logTouch; }
    // The menu a card's context menu shows (right click, or the Menu key): the deal's commands.
    QMenu *cardMenu(QWidget *parent) const;
    QAction *findAction() const { return m_find; }

    // For tests and the screenshot: the parts of the board.
    QList<qint64> stageIds() const;
    StageColumnView *column(qint64 stageId) const;
    StageColumnModel *columnModel(qint64 stageId) const;
    CardListView *columnList(qint64 stageId) const;
    DropTarget *wonTarget() const { return m_wonTarget; }
    DropTarget *lostTarget() const { return m_lostTarget; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // "Preparing the search…": visible while a text filter waits for the search's index.
    QLabel *searchNote() const { return m_searchNote; }
    QComboBox *ownerCombo() const { return m_ownerCombo; }
    QCheckBox *attentionCheck() const { return m_attention; }
    BoardFilter filter() const { return m_filter; }
    // The board's search, whose in-memory index loads on a thread of its own (nullptr without a workspace).
    DealSearch *search() const { return m_search.get(); }

    qint64 currentDealId() const;
    bool selectDeal(qint64 dealId);

public slots:
    void newDeal();
    void editCurrentDeal();
    void moveCurrent(int direction); // -1 previous stage, +1 next stage
    void reorderCurrent(int direction); // -1 one card up, +1 one card down
    void askWon(qint64 dealId);
    void askLost(qint64 dealId);
    void requestMove(qint64 dealId, qint64 toStageId, qint64 beforeDealId);
    // Applies the filter bar now, without waiting for typing to pause.
    void applyFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildColumns();
    StageColumnView *newColumn(const QString &stageName, StageColumnModel *model);
    void refreshOwners();
    void updateActions();
    int columnIndexOf(QObject *object) const;
    void focusColumn(int index, int row);
    void report(const QString &title, const QString &message);

    Prompter &m_prompter;
    DealActions &m_dealActions;
    QPointer<Workspace> m_workspace;
    OwnerListModel *m_owners = nullptr;
    std::unique_ptr<DealSearch> m_search;
    BoardFilter m_filter;
    QTimer m_filterDelay;
    bool m_filterHeld = false; // a text filter waits for the search's index
    int m_cursorRow = 0;

    QLineEdit *m_filterEdit;
    QLabel *m_searchNote;
    QComboBox *m_ownerCombo;
    QCheckBox *m_attention;
    QPushButton *m_newDealButton;
    QScrollArea *m_scroll;
    QWidget *m_columnsHost;
    QHBoxLayout *m_columnsLayout;
    QList<StageColumnView *> m_columns;
    DropTarget *m_wonTarget;
    DropTarget *m_lostTarget;

    QAction *m_newDeal;
    QAction *m_editDeal;
    QAction *m_moveBack;
    QAction *m_moveForward;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_markWon;
    QAction *m_markLost;
    QAction *m_openTimeline;
    QAction *m_logTouch;
    QAction *m_find;
};

} // namespace Ripen
