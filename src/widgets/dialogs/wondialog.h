// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup.h"
#include "money.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Ripen {

class OpenFollowUpsBox;

// Asks for what a won deal was finally worth and when it was won, and which of its open follow-ups
// to keep (all, unless the user unticks some).
class WonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WonDialog)
public:
    WonDialog(const QString &dealTitle, const Money &value, const QDate &today,
        const QList<FollowUp> &openFollowUps = {}, QWidget *parent = nullptr);

    Money value() const;
    QDate wonOn() const;
    QLineEdit *valueEdit() const { return m_value; }
    QDateEdit *dateEdit() const { return m_date; }
    // The open follow-ups the user unticked: skipped with the deal.
    QList<qint64> followUpsToSkip() const;
    QListWidget *followUpsList() const;
    QString errorText() const;

    void accept() override;

private:
    QString m_currency;
    QLineEdit *m_value;
    QDateEdit *m_date;
    OpenFollowUpsBox *m_followUps;
    QLabel *m_error;
};

} // namespace Ripen
