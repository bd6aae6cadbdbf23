// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QIcon>
#include <QList>
#include <QWidget>

namespace Ripen {

class Clock;
class DealActions;
class Prompter;
class Workspace;

// Marks action as one that writes to the file. A view enables it only while Workspace::isWritable();
// the window's test of a damaged file finds every one by this mark and expects it disabled.
inline QAction *writing(QAction *action)
{
    action->setProperty("ripenWrites", true);
    return action;
}

// What the window hands every view: the clock, the seam for message boxes and file dialogs, and
// the deal flows (new, edit, won, lost) that all views share.
struct ViewContext
{
    const Clock &clock;
    Prompter &prompter;
    DealActions &dealActions;
};

// What every sidebar view implements, so that MainWindow lists, switches and wires them all alike
// and special-cases none. Adding a view: a folder under src/widgets/ with a WorkspaceView, and one
// line in MainWindow's table of views (docs/architecture.md).
class WorkspaceView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceView)
public:
    using QWidget::QWidget;

    // For the sidebar and the View menu: the name with its mnemonic ("&Board"), what it shows,
    // and its coloured icon.
    virtual QString title() const = 0;
    virtual QString statusTip() const = 0;
    virtual QIcon icon() const = 0;
    // The database to show; nullptr when none is open. Called again when another one is opened.
    virtual void setWorkspace(Workspace *workspace) = 0;
    // Show this deal (select its card, open its timeline...); the view keeps it as its own.
    virtual void showDeal(qint64 dealId) = 0;
    // The deal the view shows or has selected; 0 for none.
    virtual qint64 shownDeal() const = 0;
    // The view's commands for the Deal menu, with their shortcuts; nullptr stands for a separator.
    virtual QList<QAction *> dealMenuActions() const { return {}; }
    // A number the sidebar and the window title show next to the view's name ("3" follow-ups due),
    // empty for none; badgeChanged() says when it changes.
    virtual QString badge() const { return {}; }
    // Before `ripen --screenshot` pictures the view: what it should show (the lost deals view its
    // monthly review, the page a sales manager prints).
    virtual void prepareScreenshot() { }

signals:
    void badgeChanged();
    // The user asked to see dealId in another view, named by its key (Enter on a card: "timeline").
    void showDealRequested(qint64 dealId, const QString &viewKey);
};

} // namespace Ripen
