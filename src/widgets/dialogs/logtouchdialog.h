// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "followup.h"
#include "pipeline.h"
#include "touch.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QTableWidget;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class LogTouchDialog;
}

namespace Ripen {

// Log touch and edit touch, from ui/logtouchdialog.ui: channel, contact, when, outcome, the value the
// touch carried (and what exactly), a note, and optionally the next follow-up in the same step. The
// nuisance guard's warnings show as the touch takes shape; the user may change the touch or log it
// anyway (the button then says so). Nothing is blocked silently.
class LogTouchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTouchDialog)
public:
    // The warnings for a touch as it would be saved; empty when all is well.
    using Guard = std::function<QStringList(const Touch &touch)>;

    // touch.id 0 logs a new touch (its other fields prefill the form); else edits that touch.
    LogTouchDialog(const QString &dealTitle, const QList<Contact> &contacts, const Touch &touch,
        const QDate &today, QWidget *parent = nullptr);
    ~LogTouchDialog() override;

    void setGuard(Guard guard);
    // Preplans the next follow-up (checked) from these values.
    void planNext(const FollowUp &next);

    Touch touch() const;
    // The follow-up to plan with the touch, when the user asked for one (dealId left as given).
    std::optional<FollowUp> nextFollowUp() const;
    // The value touches planned before the come-back date of a "not now", as the user left them.
    QList<FollowUp> cadenceSteps() const;
    // Everything to save with the touch: the follow-up it carries out, the cadence, the next step.
    TouchPlan plan(qint64 completesFollowUpId) const;
    // What is wrong with the form, naming the field; empty when it can be saved.
    QString errorText() const;
    QStringList warnings() const { return m_warnings; }

    void accept() override;

    // For keyboard users and tests: the fields by name.
    QComboBox *channelCombo() const;
    QComboBox *contactCombo() const;
    QDateTimeEdit *whenEdit() const;
    QComboBox *outcomeCombo() const;
    QComboBox *valueKindCombo() const;
    QLineEdit *valueTextEdit() const;
    QPlainTextEdit *noteEdit() const;
    QGroupBox *nextGroup() const;
    QGroupBox *notNowGroup() const;
    QDateEdit *comeBackEdit() const;
    QCheckBox *cadenceCheck() const;
    QTableWidget *cadenceTable() const;
    QDateEdit *nextDueEdit() const;
    QComboBox *nextChannelCombo() const;
    QComboBox *nextValueKindCombo() const;
    QLineEdit *nextValueEdit() const;
    QLabel *warningLabel() const;
    QLabel *errorLabel() const;
    QPushButton *okButton() const;

private:
    void updateWarnings();
    void updateNotNow();
    void proposeCadence();
    void updateValueField();

    std::unique_ptr<Ui::LogTouchDialog> m_ui;
    Touch m_touch;
    Guard m_guard;
    QDate m_today;
    QStringList m_warnings;
};

} // namespace Ripen
