// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deal.h"
#include "pipeline.h"

#include <QDialog>

namespace Ui {
class DealDialog;
}

namespace Ripen {

class AccountListModel;
class ContactListModel;
class OwnerListModel;

// New deal and edit deal, from ui/dealdialog.ui. The account and the primary contact are chosen
// from the database or typed in: a name that does not exist yet is created with the deal.
class DealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDialog)
public:
    // deal.id == 0 for a new deal (its stageId preselects the stage).
    DealDialog(Pipeline &pipeline, const Deal &deal, QWidget *parent = nullptr);
    ~DealDialog() override;

    Deal deal() const;
    NewParties newParties() const;
    QString errorText() const;
    Ui::DealDialog *ui() const { return m_ui; }

    void accept() override;

private:
    void fillContacts();
    qint64 chosenAccountId() const;
    qint64 chosenContactId() const;
    void showError(const QString &text, QWidget *field);

    Pipeline &m_pipeline;
    Deal m_deal;
    Ui::DealDialog *m_ui;
    AccountListModel *m_accounts;
    ContactListModel *m_contacts;
    OwnerListModel *m_owners;
};

} // namespace Ripen
