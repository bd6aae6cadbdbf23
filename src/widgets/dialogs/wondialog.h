// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace Ripen {

// Asks for what a won deal was finally worth and when it was won.
class WonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WonDialog)
public:
    WonDialog(const QString &dealTitle, const Money &value, const QDate &today, QWidget *parent = nullptr);

    Money value() const;
    QDate wonOn() const;
    QLineEdit *valueEdit() const { return m_value; }
    QDateEdit *dateEdit() const { return m_date; }
    QString errorText() const;

    void accept() override;

private:
    QString m_currency;
    QLineEdit *m_value;
    QDateEdit *m_date;
    QLabel *m_error;
};

} // namespace Ripen
