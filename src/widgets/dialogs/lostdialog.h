// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cadence.h"
#include "deal.h"
#include "followup.h"
#include "lostreason.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Ripen {

class OpenFollowUpsBox;

// "No" means "not now": asks why the deal was lost, which commitment failed, who won it, and when
// to come back, pre-filled from the reason's default delay, with the first value touch planned
// right away if the user wants; and which of the deal's open follow-ups to keep (only its planned
// re-engagement, unless the user ticks others).
class LostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostDialog)
public:
    LostDialog(const QString &dealTitle, const QList<LostReason> &reasons, const QDate &today,
        const QList<FollowUp> &openFollowUps = {}, QWidget *parent = nullptr);

    LostInfo lostInfo() const;
    std::optional<FollowUp> firstTouch() const; // dealId left 0 for the caller
    // The open follow-ups the user left unticked: skipped with the deal.
    QList<qint64> followUpsToSkip() const;
    QString errorText() const;

    // For keyboard users and tests: the fields by name.
    QComboBox *reasonCombo() const { return m_reason; }
    QComboBox *commitmentCombo() const { return m_commitment; }
    QLineEdit *competitorEdit() const { return m_competitor; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateEdit *lostOnEdit() const { return m_lostOn; }
    QDateEdit *reengageEdit() const { return m_reengage; }
    QGroupBox *firstTouchBox() const { return m_planBox; }
    QDateEdit *firstTouchDateEdit() const { return m_planDate; }
    QComboBox *firstTouchChannelCombo() const { return m_planChannel; }
    QComboBox *firstTouchValueKindCombo() const { return m_planKind; }
    QLineEdit *firstTouchValueEdit() const { return m_planValue; }
    QListWidget *followUpsList() const;

    void accept() override;

private:
    void reasonChanged();
    void showPlan(const Rules::FirstTouchPlan &plan);
    void showError(const QString &text, QWidget *field);

    QList<LostReason> m_reasons;
    QDate m_today;
    bool m_reengageEdited = false;
    bool m_settingDate = false;
    bool m_planChannelEdited = false;
    bool m_planKindEdited = false;
    Cadence m_planCadence = Cadence::ReEngage;
    QComboBox *m_reason;
    QLabel *m_strategy;
    QComboBox *m_commitment;
    QLineEdit *m_competitor;
    QPlainTextEdit *m_note;
    QDateEdit *m_lostOn;
    QDateEdit *m_reengage;
    QGroupBox *m_planBox;
    QDateEdit *m_planDate;
    QComboBox *m_planChannel;
    QComboBox *m_planKind;
    QLineEdit *m_planValue;
    OpenFollowUpsBox *m_followUps;
    QLabel *m_error;
};

} // namespace Ripen
