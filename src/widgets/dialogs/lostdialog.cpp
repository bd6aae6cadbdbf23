// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostdialog.h"

#include "dialogsupport.h"
#include "openfollowupsbox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ripen {

namespace {

QDateEdit *makeDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat());
    return edit;
}

} // namespace

LostDialog::LostDialog(const QString &dealTitle, const QList<LostReason> &reasons, const QDate &today,
    const QList<FollowUp> &openFollowUps, QWidget *parent)
    : QDialog(parent)
    , m_reasons(reasons)
    , m_today(today)
    , m_reason(new QComboBox(this))
    , m_strategy(new QLabel(this))
    , m_commitment(new QComboBox(this))
    , m_competitor(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_lostOn(makeDateEdit(today, this))
    , m_reengage(makeDateEdit(today, this))
    , m_planBox(new QGroupBox(tr("&Plan the first value touch now"), this))
    , m_planDate(makeDateEdit(today, this))
    , m_planChannel(new QComboBox(this))
    , m_planKind(new QComboBox(this))
    , m_planValue(new QLineEdit(this))
    , m_followUps(new OpenFollowUpsBox(openFollowUps, DealStatus::Lost, today, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Mark “%1” as lost").arg(dealTitle));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A “no” means “not now”. Record what it meant and when to come back to “%1”.")
                                 .arg(dealTitle.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const LostReason &reason : m_reasons)
        m_reason->addItem(reason.label, reason.id);
    form->addRow(tr("&Reason:"), m_reason);
    m_strategy->setWordWrap(true);
    m_strategy->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_strategy);
    for (int i = 0; i < enumCount<FailedCommitment>(); ++i)
        m_commitment->addItem(enumLabel(enumAt<FailedCommitment>(i)), i);
    form->addRow(tr("Commitment that &failed:"), m_commitment);
    m_competitor->setPlaceholderText(tr("Who they chose instead, if anyone"));
    form->addRow(tr("&Competitor:"), m_competitor);
    m_note->setPlaceholderText(tr("What they said, in their words"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);
    form->addRow(tr("&Note:"), m_note);
    m_lostOn->setMaximumDate(today);
    form->addRow(tr("Lost &on:"), m_lostOn);
    form->addRow(tr("Re-&engage on:"), m_reengage);
    layout->addLayout(form);

    auto *planForm = new QFormLayout(m_planBox);
    m_planBox->setCheckable(true);
    m_planBox->setChecked(true);
    planForm->addRow(tr("&Due on:"), m_planDate);
    for (int i = 0; i < enumCount<Channel>(); ++i)
        m_planChannel->addItem(enumLabel(enumAt<Channel>(i)), i);
    planForm->addRow(tr("C&hannel:"), m_planChannel);
    for (int i = 1; i < enumCount<ValueKind>(); ++i) // a planned touch carries value
        m_planKind->addItem(enumLabel(enumAt<ValueKind>(i)), i);
    planForm->addRow(tr("&Value it brings:"), m_planKind);
    m_planValue->setPlaceholderText(tr("e.g. the 2027 cost benchmark for their industry"));
    planForm->addRow(tr("&What exactly:"), m_planValue);
    layout->addWidget(m_planBox);
    layout->addWidget(m_followUps);

    setUpErrorLabel(m_error);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as &lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LostDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LostDialog::reject);
    layout->addWidget(buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &LostDialog::reasonChanged);
    connect(m_lostOn, &QDateEdit::dateChanged, this, &LostDialog::reasonChanged);
    connect(m_reengage, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingDate)
            m_reengageEdited = true;
    });
    connect(m_planChannel, &QComboBox::activated, this, [this] { m_planChannelEdited = true; });
    connect(m_planKind, &QComboBox::activated, this, [this] { m_planKindEdited = true; });
    showPlan(Rules::FirstTouchPlan {}); // channel and value kind even when there is no reason to choose
    reasonChanged();
}

void LostDialog::reasonChanged()
{
    const int index = m_reason->currentIndex();
    if (index < 0 || index >= m_reasons.size())
        return;
    const LostReason &reason = m_reasons.at(index);
    m_strategy->setText(tr("Strategy: %1").arg(strategyFor(reason.meaning)));
    // The date follows the reason until the user picks one of their own.
    if (!m_reengageEdited) {
        m_settingDate = true;
        m_reengage->setDate(m_lostOn->date().addDays(reason.reengageDays));
        m_settingDate = false;
    }
    showPlan(Rules::firstTouchAfterLoss(reason.meaning, m_lostOn->date(), m_reengage->date()));
}

void LostDialog::showPlan(const Rules::FirstTouchPlan &plan)
{
    if (plan.dueOn.isValid())
        m_planDate->setDate(plan.dueOn);
    m_planCadence = plan.cadence;
    // Unlike the date, channel and value kind follow the rule only until the user picks their own.
    if (!m_planChannelEdited)
        m_planChannel->setCurrentIndex(m_planChannel->findData(int(plan.channel)));
    if (!m_planKindEdited)
        m_planKind->setCurrentIndex(m_planKind->findData(int(plan.valueKind)));
}

LostInfo LostDialog::lostInfo() const
{
    LostInfo info;
    const int index = m_reason->currentIndex();
    info.reasonId = index >= 0 && index < m_reasons.size() ? m_reasons.at(index).id : 0;
    info.failedCommitment = FailedCommitment(m_commitment->currentData().toInt());
    info.competitor = m_competitor->text().trimmed();
    info.note = m_note->toPlainText().trimmed();
    info.lostOn = m_lostOn->date();
    info.reengageOn = m_reengage->date();
    return info;
}

std::optional<FollowUp> LostDialog::firstTouch() const
{
    if (!m_planBox->isChecked())
        return std::nullopt;
    FollowUp followUp;
    followUp.dueOn = m_planDate->date();
    followUp.channel = Channel(m_planChannel->currentData().toInt());
    followUp.plannedValueKind = ValueKind(m_planKind->currentData().toInt());
    followUp.plannedValue = m_planValue->text().trimmed();
    followUp.cadence = m_planCadence;
    return followUp;
}

QList<qint64> LostDialog::followUpsToSkip() const
{
    return m_followUps->followUpsToSkip();
}

QListWidget *LostDialog::followUpsList() const
{
    return m_followUps->list();
}

QString LostDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LostDialog::showError(const QString &text, QWidget *field)
{
    m_error->setText(text);
    m_error->show();
    field->setFocus();
}

void LostDialog::accept()
{
    const LostInfo info = lostInfo();
    if (!info.reasonId)
        return showError(
            tr("Reason: choose what the “no” meant. Add reasons in Settings > Pipeline."), m_reason);
    if (info.reengageOn < info.lostOn)
        return showError(
            tr("Re-engage on: the date to come back must be on or after the day the deal was lost."),
            m_reengage);
    if (const auto touch = firstTouch()) {
        if (touch->plannedValue.isEmpty())
            return showError(
                tr("What exactly: say what the first touch will bring, or untick “Plan the first "
                   "value touch now”."),
                m_planValue);
        if (touch->dueOn < info.lostOn)
            return showError(tr("Due on: the first touch comes after the deal was lost."), m_planDate);
    }
    QDialog::accept();
}

} // namespace Ripen
