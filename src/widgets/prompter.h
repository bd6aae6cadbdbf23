// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace Ripen {

// Every file dialog and message box the main window shows goes through here, so a test can preset
// the answers and read what would have been shown instead of blocking on a modal dialog.
class Prompter
{
public:
    virtual ~Prompter();

    // An existing file to open; empty when the user cancels.
    virtual QString openFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    // A file name to create; empty when the user cancels. Does not ask about overwriting: the
    // caller decides what an existing file means.
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
        const QString &filter, const QString &defaultSuffix);
    virtual void error(QWidget *parent, const QString &title, const QString &text);
    // A warning or a choice the user decides: true for yesText, false for noText (or Escape).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
        const QString &noText);
    // A line of text, with suggestions to pick from or edit; nothing when the user cancels.
    virtual std::optional<QString> askText(
        QWidget *parent, const QString &title, const QString &label, const QStringList &suggestions);
    // A day on a calendar, from minimum on; an invalid date when the user cancels.
    virtual QDate askDate(QWidget *parent, const QString &title, const QDate &initial, const QDate &minimum);
    virtual void about(QWidget *parent, const QString &title, const QString &text);
    virtual void aboutQt(QWidget *parent);
};

} // namespace Ripen
