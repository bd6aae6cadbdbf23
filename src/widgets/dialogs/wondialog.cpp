// SPDX-License-Identifier: GPL-3.0-or-later
#include "wondialog.h"

#include "dialogsupport.h"
#include "openfollowupsbox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ripen {

WonDialog::WonDialog(const QString &dealTitle, const Money &value, const QDate &today,
    const QList<FollowUp> &openFollowUps, QWidget *parent)
    : QDialog(parent)
    , m_currency(value.currency)
    , m_value(new QLineEdit(this))
    , m_date(new QDateEdit(today, this))
    , m_followUps(new OpenFollowUpsBox(openFollowUps, DealStatus::Won, today, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Mark “%1” as won").arg(dealTitle));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Congratulations! Record what “%1” was finally worth.").arg(dealTitle.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_value->setText(QLocale().toString(double(value.minor) / 100.0, 'f', value.minor % 100 ? 2 : 0));
    m_value->setAccessibleName(tr("Won value"));
    form->addRow(tr("&Value (%1):").arg(value.currency), m_value);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(fullYearDateFormat());
    form->addRow(tr("Won &on:"), m_date);
    layout->addLayout(form);
    layout->addWidget(m_followUps);
    setUpErrorLabel(m_error);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as &won"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WonDialog::reject);
    layout->addWidget(buttons);
    m_value->selectAll();
}

Money WonDialog::value() const
{
    return Money { parseMoneyMinor(m_value->text()), m_currency };
}

QDate WonDialog::wonOn() const
{
    return m_date->date();
}

QList<qint64> WonDialog::followUpsToSkip() const
{
    return m_followUps->followUpsToSkip();
}

QListWidget *WonDialog::followUpsList() const
{
    return m_followUps->list();
}

QString WonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WonDialog::accept()
{
    if (value().minor < 0) {
        m_error->setText(tr("Value: “%1” is not an amount. Type a number such as 12500 or 12,500.50.")
                             .arg(m_value->text()));
        m_error->show();
        m_value->setFocus();
        m_value->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace Ripen
