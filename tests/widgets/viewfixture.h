// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealactions.h"
#include "prompter.h"
#include "testsupport.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <memory>

namespace Ripen::Test {

// Keeps the errors a view would have shown in a message box.
class RecordingPrompter final : public Prompter
{
public:
    QStringList errors;
    QStringList questions; // what confirm() asked
    QList<bool> answers; // what it answers, in turn; yes when none is left
    std::optional<QString> textAnswer; // what askText() answers
    QDate dateAnswer; // what askDate() answers
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    bool confirm(
        QWidget *, const QString &title, const QString &text, const QString &, const QString &) override
    {
        questions << title + QStringLiteral(": ") + text;
        return answers.isEmpty() ? true : answers.takeFirst();
    }
    std::optional<QString> askText(QWidget *, const QString &, const QString &, const QStringList &) override
    {
        return textAnswer;
    }
    QDate askDate(QWidget *, const QString &, const QDate &, const QDate &) override { return dateAnswer; }
};

// What a view under test stands on: a workspace on a fresh file, the deal flows every view shares,
// a prompter that records, and a fixed "today".
struct ViewFixture
{
    QTemporaryDir dir;
    FixedClock clock { fixedNow() };
    std::unique_ptr<Workspace> workspace;
    RecordingPrompter prompter;
    DealActions dealActions { prompter };

    explicit ViewFixture(const QString &fileName)
    {
        QString error;
        workspace = Workspace::open(dir.filePath(fileName), clock, &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
        dealActions.setWorkspace(workspace.get());
    }
    ViewContext context() { return ViewContext { clock, prompter, dealActions }; }
};

} // namespace Ripen::Test
