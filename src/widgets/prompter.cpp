// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QFileDialog>
#include <QMessageBox>

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

void Prompter::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

void Prompter::aboutQt(QWidget *parent)
{
    QMessageBox::aboutQt(parent);
}

} // namespace Ripen
