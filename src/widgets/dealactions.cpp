// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealactions.h"

#include "dealcommands.h"
#include "dialogs/dealdialog.h"
#include "dialogs/lostdialog.h"
#include "dialogs/wondialog.h"
#include "prompter.h"
#include "workspace.h"

namespace Ripen {

DealActions::DealActions(Prompter &prompter, QObject *parent)
    : QObject(parent)
    , m_prompter(prompter)
{
}

Workspace *DealActions::workspace() const
{
    return m_workspace;
}

void DealActions::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, &Workspace::closing, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::closing, this, [this] { setWorkspace(nullptr); });
}

template<typename Dialog, typename OnAccept> void DealActions::ask(Dialog *dialog, OnAccept onAccept)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Only for the workspace it was opened on: a File > Open in between makes the answer moot.
    const QPointer<Workspace> askedFor = m_workspace;
    connect(dialog, &QDialog::accepted, this, [this, dialog, askedFor, onAccept] {
        if (m_workspace && m_workspace == askedFor)
            onAccept(*m_workspace, dialog);
    });
    dialog->open();
}

void DealActions::report(QWidget *asker, const QString &title, const QString &message)
{
    m_prompter.error(asker, title, message);
}

void DealActions::newDeal(QWidget *asker, qint64 stageId, const QString &owner)
{
    if (!m_workspace)
        return;
    Deal deal;
    deal.stageId = stageId;
    deal.owner = owner;
    ask(new DealDialog(m_workspace->pipeline(), deal, asker),
        [this, asker](Workspace &workspace, DealDialog *dialog) {
            const auto created = DealCommands::create(workspace, dialog->deal(), dialog->newParties());
            if (!created)
                return report(asker, tr("Could not create the deal"), created.error());
            emit dealCreated(*created);
        });
}

std::optional<Deal> DealActions::dealToAskAbout(qint64 dealId) const
{
    return m_workspace ? m_workspace->pipeline().deal(dealId) : std::nullopt;
}

void DealActions::editDeal(QWidget *asker, qint64 dealId)
{
    const auto deal = dealToAskAbout(dealId);
    if (!deal)
        return;
    ask(new DealDialog(m_workspace->pipeline(), *deal, asker),
        [this, asker](Workspace &workspace, DealDialog *dialog) {
            const Deal edited = dialog->deal();
            if (auto saved = DealCommands::edit(workspace, edited, dialog->newParties()); !saved)
                return report(asker, tr("Could not save the deal"), saved.error());
            emit dealEdited(edited.id);
        });
}

void DealActions::markWon(QWidget *asker, qint64 dealId)
{
    const auto deal = dealToAskAbout(dealId);
    if (!deal)
        return;
    ask(new WonDialog(deal->title, deal->value, m_workspace->clock().today(), asker),
        [this, asker, dealId](Workspace &workspace, WonDialog *dialog) {
            if (auto won = DealCommands::markWon(workspace, dealId, dialog->value(), dialog->wonOn()); !won)
                report(asker, tr("Could not mark the deal as won"), won.error());
        });
}

void DealActions::markLost(QWidget *asker, qint64 dealId)
{
    const auto deal = dealToAskAbout(dealId);
    if (!deal)
        return;
    ask(new LostDialog(
            deal->title, m_workspace->pipeline().lostReasons(), m_workspace->clock().today(), asker),
        [this, asker, deal = *deal](Workspace &workspace, LostDialog *dialog) {
            auto firstTouch = dialog->firstTouch();
            if (firstTouch) {
                firstTouch->dealId = deal.id;
                firstTouch->contactId = deal.contactId;
            }
            if (auto lost = DealCommands::markLost(workspace, deal.id, dialog->lostInfo(), firstTouch); !lost)
                report(asker, tr("Could not mark the deal as lost"), lost.error());
        });
}

} // namespace Ripen
