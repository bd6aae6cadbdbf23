// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
    virtual void about(QWidget *parent, const QString &title, const QString &text);
    virtual void aboutQt(QWidget *parent);
};

} // namespace Ripen
