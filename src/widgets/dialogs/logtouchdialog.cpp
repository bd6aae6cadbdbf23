// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtouchdialog.h"

#include "cadence.h"
#include "enums.h"
#include "ui_logtouchdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace Ripen {

namespace {

template<typename E> void fillCombo(QComboBox *combo, E selected)
{
    for (int i = 0; i < enumCount<E>(); ++i)
        combo->addItem(enumLabel(enumAt<E>(i)), i);
    combo->setCurrentIndex(int(selected));
}

template<typename E> E chosen(const QComboBox *combo)
{
    return enumAt<E>(combo->currentData().toInt());
}

const QColor kWarning(0xc2, 0x6a, 0x00);
const QColor kError(0xd6, 0x3a, 0x3a);

void colour(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

LogTouchDialog::LogTouchDialog(const QString &dealTitle, const QList<Contact> &contacts, const Touch &touch,
    const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LogTouchDialog>())
    , m_touch(touch)
    , m_today(today)
{
    m_ui->setupUi(this);
    setWindowTitle(touch.id ? tr("Edit Touch") : tr("Log Touch"));
    m_ui->dealLabel->setText(tr("On “%1”").arg(dealTitle));
    fillCombo(m_ui->channelCombo, touch.channel);
    fillCombo(m_ui->outcomeCombo, touch.outcome);
    fillCombo(m_ui->valueKindCombo, touch.valueKind);
    fillCombo(m_ui->nextChannelCombo, Channel::Email);
    fillCombo(m_ui->nextValueKindCombo, ValueKind::Insight);
    m_ui->contactCombo->addItem(tr("Nobody in particular"), qint64(0));
    for (const Contact &contact : contacts) {
        const QString text = contact.role == ContactRole::Other
            ? contact.name
            : tr("%1 (%2)", "contact (role)").arg(contact.name, enumLabel(contact.role));
        m_ui->contactCombo->addItem(text, contact.id);
    }
    m_ui->contactCombo->setCurrentIndex(std::max(0, m_ui->contactCombo->findData(touch.contactId)));
    m_ui->whenEdit->setDateTime(touch.occurredAt);
    m_ui->valueTextEdit->setText(touch.valueText);
    m_ui->noteEdit->setPlainText(touch.note);
    m_ui->nextDueEdit->setDate(today.addDays(7));
    m_ui->nextDueEdit->setMinimumDate(today);
    colour(m_ui->warningLabel, kWarning);
    colour(m_ui->errorLabel, kError);
    m_ui->warningLabel->hide();
    m_ui->errorLabel->hide();
    // Editing a touch plans nothing: the next step belongs to logging one.
    m_ui->nextGroup->setVisible(touch.id == 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LogTouchDialog::accept);

    connect(m_ui->valueKindCombo, &QComboBox::currentIndexChanged, this, &LogTouchDialog::updateValueField);
    for (QComboBox *combo :
        { m_ui->channelCombo, m_ui->contactCombo, m_ui->outcomeCombo, m_ui->valueKindCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &LogTouchDialog::updateWarnings);
    connect(m_ui->whenEdit, &QDateTimeEdit::dateTimeChanged, this, &LogTouchDialog::updateWarnings);
    connect(m_ui->valueTextEdit, &QLineEdit::textChanged, this, [this] { m_ui->errorLabel->hide(); });
    updateValueField();

    // "Not now": when to come back, and two or three value touches before then.
    m_ui->cadenceTable->setColumnCount(4);
    m_ui->cadenceTable->setHorizontalHeaderLabels(
        { tr("Due"), tr("Channel"), tr("Bring"), tr("What exactly") });
    m_ui->cadenceTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->cadenceTable->verticalHeader()->hide();
    m_ui->cadenceTable->setAccessibleName(tr("Value touches planned before coming back"));
    m_ui->comeBackEdit->setMinimumDate(today.addDays(1));
    m_ui->comeBackEdit->setDate(today.addMonths(3));
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &LogTouchDialog::updateNotNow);
    connect(m_ui->comeBackEdit, &QDateEdit::dateChanged, this, &LogTouchDialog::proposeCadence);
    connect(m_ui->cadenceCheck, &QCheckBox::toggled, m_ui->cadenceTable, &QWidget::setEnabled);
    updateNotNow();
    m_ui->channelCombo->setFocus();
}

LogTouchDialog::~LogTouchDialog() = default;

void LogTouchDialog::setGuard(Guard guard)
{
    m_guard = std::move(guard);
    updateWarnings();
}

void LogTouchDialog::planNext(const FollowUp &next)
{
    m_ui->nextGroup->setChecked(true);
    if (next.dueOn.isValid())
        m_ui->nextDueEdit->setDate(next.dueOn);
    m_ui->nextChannelCombo->setCurrentIndex(int(next.channel));
    m_ui->nextValueKindCombo->setCurrentIndex(int(next.plannedValueKind));
    m_ui->nextValueEdit->setText(next.plannedValue);
}

Touch LogTouchDialog::touch() const
{
    Touch t = m_touch;
    t.channel = chosen<Channel>(m_ui->channelCombo);
    t.contactId = m_ui->contactCombo->currentData().toLongLong();
    t.occurredAt = m_ui->whenEdit->dateTime();
    t.outcome = chosen<TouchOutcome>(m_ui->outcomeCombo);
    t.valueKind = chosen<ValueKind>(m_ui->valueKindCombo);
    t.valueText = t.valueKind == ValueKind::None ? QString() : m_ui->valueTextEdit->text().trimmed();
    t.note = m_ui->noteEdit->toPlainText().trimmed();
    return t;
}

std::optional<FollowUp> LogTouchDialog::nextFollowUp() const
{
    if (m_touch.id || !m_ui->nextGroup->isChecked())
        return std::nullopt;
    FollowUp next;
    next.dealId = m_touch.dealId;
    next.contactId = m_ui->contactCombo->currentData().toLongLong();
    next.dueOn = m_ui->nextDueEdit->date();
    next.channel = chosen<Channel>(m_ui->nextChannelCombo);
    next.plannedValueKind = chosen<ValueKind>(m_ui->nextValueKindCombo);
    next.plannedValue = m_ui->nextValueEdit->text().trimmed();
    return next;
}

void LogTouchDialog::updateNotNow()
{
    const bool notNow = m_touch.id == 0 && chosen<TouchOutcome>(m_ui->outcomeCombo) == TouchOutcome::NotNow;
    m_ui->notNowGroup->setVisible(notNow);
    if (notNow && m_ui->cadenceTable->rowCount() == 0)
        proposeCadence();
    // Room for the steps when they appear, back to the form's size when they go.
    if (notNow)
        resize(std::max(width(), 760), std::max(height(), sizeHint().height()));
    else
        adjustSize();
}

// Proposes the steps anew for the come-back date; the user may change each before saving.
void LogTouchDialog::proposeCadence()
{
    const QList<Rules::ProposedStep> steps = Rules::proposeNotNowCadence(
        m_today, m_ui->comeBackEdit->date(), chosen<Channel>(m_ui->channelCombo));
    QTableWidget *table = m_ui->cadenceTable;
    table->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const Rules::ProposedStep &step = steps.at(row);
        auto *due = new QDateEdit(step.dueOn, table);
        due->setCalendarPopup(true);
        due->setMinimumDate(m_today);
        auto *channel = new QComboBox(table);
        fillCombo(channel, step.channel);
        auto *kind = new QComboBox(table);
        fillCombo(kind, step.valueKind);
        auto *what = new QLineEdit(step.suggestion, table);
        table->setCellWidget(row, 0, due);
        table->setCellWidget(row, 1, channel);
        table->setCellWidget(row, 2, kind);
        table->setCellWidget(row, 3, what);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    // Every step in view without scrolling: the table is as tall as its rows.
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth() + 2;
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->cadenceNote->setText(steps.isEmpty()
            ? tr("The date is too close for value touches in between: it is itself the next step.")
            : tr("“No” means “not now”: each step brings something on another channel, none is a bare "
                 "check-in."));
    m_ui->cadenceCheck->setEnabled(!steps.isEmpty());
}

QList<FollowUp> LogTouchDialog::cadenceSteps() const
{
    QList<FollowUp> steps;
    if (m_touch.id || chosen<TouchOutcome>(m_ui->outcomeCombo) != TouchOutcome::NotNow)
        return steps;
    if (!m_ui->cadenceCheck->isChecked())
        return steps;
    const QTableWidget *table = m_ui->cadenceTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        FollowUp step;
        step.dealId = m_touch.dealId;
        step.contactId = m_ui->contactCombo->currentData().toLongLong();
        step.dueOn = qobject_cast<QDateEdit *>(table->cellWidget(row, 0))->date();
        step.channel = chosen<Channel>(qobject_cast<QComboBox *>(table->cellWidget(row, 1)));
        step.plannedValueKind = chosen<ValueKind>(qobject_cast<QComboBox *>(table->cellWidget(row, 2)));
        step.plannedValue = qobject_cast<QLineEdit *>(table->cellWidget(row, 3))->text().trimmed();
        step.cadence = Cadence::ReEngage;
        step.seriesUntil = m_ui->comeBackEdit->date();
        steps << step;
    }
    return steps;
}

TouchPlan LogTouchDialog::plan(qint64 completesFollowUpId) const
{
    TouchPlan plan;
    plan.completesFollowUpId = completesFollowUpId;
    plan.followUps = cadenceSteps();
    plan.series = !plan.followUps.isEmpty();
    if (const auto next = nextFollowUp())
        plan.followUps << *next;
    return plan;
}

QString LogTouchDialog::errorText() const
{
    const Touch t = touch();
    if (t.valueKind != ValueKind::None && t.valueText.isEmpty())
        return tr("Say in “What exactly” which %1 this touch brought, or choose “%2” under “Value carried”.")
            .arg(enumLabel(t.valueKind).toLower(), enumLabel(ValueKind::None));
    if (!t.occurredAt.isValid())
        return tr("“When” needs a date and time.");
    return {};
}

void LogTouchDialog::accept()
{
    const QString error = errorText();
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        if (touch().valueKind != ValueKind::None)
            m_ui->valueTextEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void LogTouchDialog::updateValueField()
{
    const bool carries = chosen<ValueKind>(m_ui->valueKindCombo) != ValueKind::None;
    m_ui->valueTextEdit->setEnabled(carries);
    m_ui->valueTextLabel->setEnabled(carries);
}

void LogTouchDialog::updateWarnings()
{
    m_warnings = m_guard ? m_guard(touch()) : QStringList();
    QPushButton *ok = okButton();
    if (m_warnings.isEmpty()) {
        m_ui->warningLabel->hide();
        ok->setText(m_touch.id ? tr("&Save") : tr("&Log Touch"));
        return;
    }
    m_ui->warningLabel->setText(QStringLiteral("⚠ ") + m_warnings.join(QStringLiteral("\n⚠ ")));
    m_ui->warningLabel->show();
    ok->setText(m_touch.id ? tr("&Save Anyway") : tr("&Log Anyway"));
}

QComboBox *LogTouchDialog::channelCombo() const
{
    return m_ui->channelCombo;
}
QComboBox *LogTouchDialog::contactCombo() const
{
    return m_ui->contactCombo;
}
QDateTimeEdit *LogTouchDialog::whenEdit() const
{
    return m_ui->whenEdit;
}
QComboBox *LogTouchDialog::outcomeCombo() const
{
    return m_ui->outcomeCombo;
}
QComboBox *LogTouchDialog::valueKindCombo() const
{
    return m_ui->valueKindCombo;
}
QLineEdit *LogTouchDialog::valueTextEdit() const
{
    return m_ui->valueTextEdit;
}
QPlainTextEdit *LogTouchDialog::noteEdit() const
{
    return m_ui->noteEdit;
}
QGroupBox *LogTouchDialog::nextGroup() const
{
    return m_ui->nextGroup;
}
QGroupBox *LogTouchDialog::notNowGroup() const
{
    return m_ui->notNowGroup;
}
QDateEdit *LogTouchDialog::comeBackEdit() const
{
    return m_ui->comeBackEdit;
}
QCheckBox *LogTouchDialog::cadenceCheck() const
{
    return m_ui->cadenceCheck;
}
QTableWidget *LogTouchDialog::cadenceTable() const
{
    return m_ui->cadenceTable;
}
QDateEdit *LogTouchDialog::nextDueEdit() const
{
    return m_ui->nextDueEdit;
}
QComboBox *LogTouchDialog::nextChannelCombo() const
{
    return m_ui->nextChannelCombo;
}
QComboBox *LogTouchDialog::nextValueKindCombo() const
{
    return m_ui->nextValueKindCombo;
}
QLineEdit *LogTouchDialog::nextValueEdit() const
{
    return m_ui->nextValueEdit;
}
QLabel *LogTouchDialog::warningLabel() const
{
    return m_ui->warningLabel;
}
QLabel *LogTouchDialog::errorLabel() const
{
    return m_ui->errorLabel;
}
QPushButton *LogTouchDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

} // namespace Ripen
