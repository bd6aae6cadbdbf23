// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup.h"
#include "workspaceview.h"

#include <QDate>
#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Ripen {

class LostDealsModel;
class LostReviewPanel;
class OwnerListModel;

// What the re-engage and plan-a-value-touch dialog asks: the stage (re-engage only) and the touch.
struct ValueTouchAnswer
{
    qint64 stageId = 0;
    FollowUp touch;
};

// The fourth view (Ctrl+4, --view lost): the lost deals to re-engage, ripe first, with re-engage, plan a
// value touch, snooze and first move, and the monthly lost-deal review (LostReviewPanel) on a second tab.
class LostDealsView final : public WorkspaceView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostDealsView)
public:
    explicit LostDealsView(const ViewContext &context, QWidget *parent = nullptr);
    ~LostDealsView() override;

    QString title() const override;
    QString statusTip() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace) override;
    void showDeal(qint64 dealId) override;
    qint64 shownDeal() const override;
    QList<QAction *> dealMenuActions() const override;
    QString badge() const override;
    void prepareScreenshot() override;

    // For tests and the screenshot.
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table() const { return m_table; }
    LostDealsModel *model() const { return m_model; }
    // The monthly review, built on first use (its tab opened).
    LostReviewPanel *review();
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *reasonCombo() const { return m_reason; }
    QComboBox *strategyCombo() const { return m_strategy; }
    QComboBox *stateCombo() const { return m_state; }
    QComboBox *ownerCombo() const { return m_owner; }
    QSpinBox *monthsSpin() const { return m_months; }
    QAction *reengageAction() const { return m_reengage; }
    QAction *planTouchAction() const { return m_planTouch; }
    QAction *snoozeAction() const { return m_snooze; }
    QAction *firstMoveAction() const { return m_firstMove; }
    // The rows shown, in order, as deal ids.
    QList<qint64> shownDeals() const;

    // Asks for the stage and first touch of a re-engagement, or the touch alone (stageId 0); nothing
    // when cancelled. Tests replace it.
    std::function<std::optional<ValueTouchAnswer>(qint64 dealId, bool withStage)> askValueTouch;

public slots:
    void reengageSelected();
    void planTouchForSelected();
    void snoozeSelected();
    void firstMove();
    void applyFilter();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the list when the view is first shown (or asked to show a deal): a window that opens on the
    // board does not wait for every deal lost in the last months.
    void loadList();
    std::optional<ValueTouchAnswer> askWithDialog(qint64 dealId, bool withStage);
    void refreshChoices();
    void updateActions();

    const ViewContext m_context;
    Workspace *m_workspace = nullptr;
    LostDealsModel *m_model = nullptr;
    OwnerListModel *m_owners = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    LostReviewPanel *m_review = nullptr;
    QScrollArea *m_reviewScroll = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_strategy = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_owner = nullptr;
    QSpinBox *m_months = nullptr;
    QPushButton *m_firstMoveButton = nullptr;
    QAction *m_reengage = nullptr;
    QAction *m_planTouch = nullptr;
    QAction *m_snooze = nullptr;
    QAction *m_firstMove = nullptr;
    QAction *m_openTimeline = nullptr;
    QAction *m_find = nullptr;
};

} // namespace Ripen
