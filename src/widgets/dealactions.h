// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deal.h"
#include "dialogs/logtouchdialog.h"
#include "touch.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;

namespace Ripen {

class Prompter;
class Workspace;

// The deal flows every view offers: new, edit, won and lost. Each asks with its dialog, runs the
// undoable command (DealCommands) when the user confirms, and reports a refusal through the
// Prompter. Views call these instead of opening dialogs themselves, so the board, the timeline, the
// agenda and the lost-deals view behave alike. Dialogs are window-modal to the widget that asked.
class DealActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealActions)
public:
    explicit DealActions(Prompter &prompter, QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const;

    // stageId preselects the stage, owner the owner; 0 and empty leave the choice to the form.
    void newDeal(QWidget *asker, qint64 stageId = 0, const QString &owner = {});
    void editDeal(QWidget *asker, qint64 dealId);
    void markWon(QWidget *asker, qint64 dealId);
    void markLost(QWidget *asker, qint64 dealId);
    // Log touch: a new touch on the deal; completing a planned follow-up prefills it from the plan.
    void logTouch(QWidget *asker, qint64 dealId, qint64 completesFollowUpId = 0);
    // The timeline's quick-entry line: logs the touch at once, unless the nuisance guard has a warning;
    // then the Log Touch dialog opens with it, so the user sees why and can change it or go on.
    void quickLog(QWidget *asker, const Touch &touch);
    void editTouch(QWidget *asker, qint64 touchId);
    // Undoable, so it does not ask first.
    void deleteTouch(QWidget *asker, qint64 touchId);

signals:
    void dealCreated(qint64 dealId);
    void dealEdited(qint64 dealId);

private:
    // Opens the dialog window-modal, deleted on close; onAccept(workspace, dialog) runs when the user
    // confirms.
    template<typename Dialog, typename OnAccept> void ask(Dialog *dialog, OnAccept onAccept);
    void report(QWidget *asker, const QString &title, const QString &message);
    LogTouchDialog *touchDialog(
        QWidget *asker, const Deal &deal, const Touch &touch, LogTouchDialog::Guard guard) const;
    // Opens the Log Touch dialog and logs what the user confirms, with its plan, as one undo step.
    void askToLog(QWidget *asker, const Deal &deal, const Touch &touch, qint64 completesFollowUpId,
        LogTouchDialog::Guard guard);
    // The deal a flow is about, or nothing when no database is open or the deal is gone.
    std::optional<Deal> dealToAskAbout(qint64 dealId) const;

    Prompter &m_prompter;
    QPointer<Workspace> m_workspace;
};

} // namespace Ripen
