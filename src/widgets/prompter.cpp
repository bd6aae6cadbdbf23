// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ripen {

Prompter::~Prompter() = default;

QString Prompter::openFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Prompter::saveFileName(QWidget *parent, const QString &caption, const QString &directory,
    const QString &filter, const QString &defaultSuffix)
{
    // An instance rather than the static helper: only it can add the default suffix.
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void Prompter::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool Prompter::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &yesText, const QString &noText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(noText, QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> Prompter::askText(
    QWidget *parent, const QString &title, const QString &label, const QStringList &suggestions)
{
    bool ok = false;
    const QString text = QInputDialog::getItem(parent, title, label, suggestions, 0, true, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

QDate Prompter::askDate(QWidget *parent, const QString &title, const QDate &initial, const QDate &minimum)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setMinimumDate(minimum);
    calendar->setSelectedDate(initial);
    calendar->setGridVisible(true);
    layout->addWidget(calendar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    calendar->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return calendar->selectedDate();
}

void Prompter::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

void Prompter::aboutQt(QWidget *parent)
{
    QMessageBox::aboutQt(parent);
}

} // namespace Ripen
