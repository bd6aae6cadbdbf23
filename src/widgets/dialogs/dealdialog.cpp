// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealdialog.h"

#include "dialogsupport.h"
#include "lookups/lookupmodel.h"
#include "ui_dealdialog.h"

#include <QCompleter>
#include <QLocale>
#include <QPushButton>

namespace Ripen {

DealDialog::DealDialog(Pipeline &pipeline, const Deal &deal, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_deal(deal)
    , m_ui(new Ui::DealDialog)
    , m_accounts(new AccountListModel(pipeline, this))
    , m_contacts(new ContactListModel(pipeline, this))
    , m_owners(new OwnerListModel(pipeline, this))
{
    m_ui->setupUi(this);
    const bool isNew = deal.id == 0;
    setWindowTitle(isNew ? tr("New deal") : tr("Edit “%1”").arg(deal.title));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(isNew ? tr("&Create deal") : tr("&Save"));
    setUpErrorLabel(m_ui->errorLabel);

    // Accounts by name; the list is what the user picks from or completes against.
    m_ui->accountCombo->setModel(m_accounts);
    m_ui->accountCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->accountCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->accountCombo->setCurrentIndex(m_accounts->rowOf(deal.accountId));
    if (isNew && !deal.accountId)
        m_ui->accountCombo->setEditText(QString());

    for (int i = 0; i < enumCount<ContactRole>(); ++i)
        m_ui->roleCombo->addItem(enumLabel(enumAt<ContactRole>(i)), i);
    fillContacts();
    m_ui->contactCombo->setCurrentIndex(m_contacts->rowOf(deal.contactId));
    if (!deal.contactId)
        m_ui->contactCombo->setEditText(QString());
    connect(m_ui->accountCombo, &QComboBox::currentTextChanged, this, &DealDialog::fillContacts);

    m_ui->titleEdit->setText(deal.title);
    if (!isNew || deal.value.minor > 0)
        m_ui->valueEdit->setText(
            QLocale().toString(double(deal.value.minor) / 100.0, 'f', deal.value.minor % 100 ? 2 : 0));
    for (const char *code : { "EUR", "USD", "GBP", "CHF" })
        m_ui->currencyCombo->addItem(QString::fromLatin1(code));
    m_ui->currencyCombo->setCurrentText(deal.value.currency);

    for (const Stage &stage : m_pipeline.stages()) {
        if (stage.kind == StageKind::Open)
            m_ui->stageCombo->addItem(stage.name, stage.id);
    }
    m_ui->stageCombo->setCurrentIndex(qMax(0, m_ui->stageCombo->findData(deal.stageId)));
    // Stage changes of an existing deal go through the board, where they are recorded and undoable.
    m_ui->stageCombo->setEnabled(isNew);

    m_ui->ownerCombo->setModel(m_owners);
    m_ui->ownerCombo->setCurrentIndex(-1);
    m_ui->ownerCombo->setCurrentText(deal.owner);
    m_ui->titleEdit->setFocus();
}

DealDialog::~DealDialog()
{
    delete m_ui;
}

qint64 DealDialog::chosenAccountId() const
{
    return m_accounts->idOf(m_ui->accountCombo->currentText());
}

qint64 DealDialog::chosenContactId() const
{
    return m_contacts->idOf(m_ui->contactCombo->currentText());
}

void DealDialog::fillContacts()
{
    const QString typed = m_ui->contactCombo->currentText();
    const qint64 accountId = chosenAccountId();
    if (accountId != m_contacts->accountId() || m_ui->contactCombo->model() != m_contacts) {
        m_contacts->setAccount(accountId);
        if (m_ui->contactCombo->model() != m_contacts)
            m_ui->contactCombo->setModel(m_contacts);
    }
    m_ui->contactCombo->setEditText(typed);
}

Deal DealDialog::deal() const
{
    Deal deal = m_deal;
    deal.title = m_ui->titleEdit->text().trimmed();
    deal.accountId = chosenAccountId();
    deal.contactId = m_ui->contactCombo->currentText().trimmed().isEmpty() ? 0 : chosenContactId();
    const QString value = m_ui->valueEdit->text().trimmed();
    deal.value = Money { value.isEmpty() ? 0 : parseMoneyMinor(value),
        m_ui->currencyCombo->currentText().trimmed().toUpper() };
    if (deal.id == 0)
        deal.stageId = m_ui->stageCombo->currentData().toLongLong();
    deal.owner = m_ui->ownerCombo->currentText().trimmed();
    return deal;
}

NewParties DealDialog::newParties() const
{
    NewParties parties;
    const QString account = m_ui->accountCombo->currentText().trimmed();
    if (!account.isEmpty() && !chosenAccountId())
        parties.accountName = account;
    const QString contact = m_ui->contactCombo->currentText().trimmed();
    if (!contact.isEmpty() && (!chosenContactId() || !parties.accountName.isEmpty()))
        parties.contactName = contact;
    parties.contactRole = ContactRole(m_ui->roleCombo->currentData().toInt());
    return parties;
}

QString DealDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void DealDialog::showError(const QString &text, QWidget *field)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    field->setFocus();
}

void DealDialog::accept()
{
    const Deal d = deal();
    if (d.title.isEmpty())
        return showError(tr("Title: a deal needs a title."), m_ui->titleEdit);
    if (m_ui->accountCombo->currentText().trimmed().isEmpty())
        return showError(tr("Account: choose an account or type the name of a new one."), m_ui->accountCombo);
    if (d.value.minor < 0)
        return showError(tr("Value: “%1” is not an amount. Type a number such as 12500 or 12,500.50.")
                             .arg(m_ui->valueEdit->text()),
            m_ui->valueEdit);
    if (!isValidCurrencyCode(d.value.currency))
        return showError(tr("Currency: “%1” is not a currency code; use three letters such as EUR.")
                             .arg(m_ui->currencyCombo->currentText()),
            m_ui->currencyCombo);
    if (d.id == 0 && !d.stageId)
        return showError(
            tr("Stage: the pipeline has no open stage. Add one in Settings > Pipeline."), m_ui->stageCombo);
    QDialog::accept();
}

} // namespace Ripen
