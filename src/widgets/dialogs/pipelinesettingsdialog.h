// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace Ripen {

class Pipeline;
class Workspace;

// Settings > Pipeline: the stages (add, rename, reorder, remove, rot days) and the lost reasons
// (what each "no" meant and its default re-engage delay). Every edit is saved at once, one transaction
// and one undo step each (SettingsCommands); a refused edit is explained and the table shows what is stored.
class PipelineSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineSettingsDialog)
public:
    // Persistence: the nuisance guard's minimum days between touches to one contact.
    QSpinBox *contactGapSpin() const { return m_contactGap; }
    enum StageColumn { StageName, StageRotDays, StageDeals, StageColumnCount };
    enum ReasonColumn { ReasonLabel, ReasonMeaning, ReasonDays, ReasonColumnCount };

    explicit PipelineSettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTableWidget *stageTable() const { return m_stages; }
    QTableWidget *reasonTable() const { return m_reasons; }
    QPushButton *addStageButton() const { return m_addStage; }
    QPushButton *removeStageButton() const { return m_removeStage; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }
    QPushButton *addReasonButton() const { return m_addReason; }
    QPushButton *removeReasonButton() const { return m_removeReason; }
    // Shown when the stage to remove holds deals: where they go, and the button that does it.
    QFrame *relocationPanel() const { return m_relocation; }
    QComboBox *relocationCombo() const { return m_relocationTarget; }
    QPushButton *relocateButton() const { return m_relocate; }
    QString errorText() const;

private:
    void loadStages();
    void loadReasons();
    void stageEdited(QTableWidgetItem *item);
    void reasonEdited(QTableWidgetItem *item);
    void addStage();
    void removeStage();
    void relocateAndRemove();
    void moveStage(int delta);
    void addReason();
    void removeReason();
    void saveReasonRow(int row);
    qint64 selectedStageId() const;
    void showError(const QString &text);

    Workspace &m_workspace;
    Pipeline &m_pipeline; // reads
    bool m_loading = false;
    QTableWidget *m_stages;
    QTableWidget *m_reasons;
    QPushButton *m_addStage;
    QPushButton *m_removeStage;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPushButton *m_addReason;
    QPushButton *m_removeReason;
    QFrame *m_relocation;
    QLabel *m_relocationText;
    QComboBox *m_relocationTarget;
    QPushButton *m_relocate;
    QLabel *m_error;
    QSpinBox *m_contactGap = nullptr;
};

} // namespace Ripen
