// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealactions.h"

#include "dealcommands.h"
#include "dialogs/dealdialog.h"
#include "dialogs/logtouchdialog.h"
#include "dialogs/lostdialog.h"
#include "dialogs/wondialog.h"
#include "nuisanceguard.h"
#include "prompter.h"
#include "touchcommands.h"
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
    ask(new WonDialog(deal->title, deal->value, m_workspace->clock().today(),
            m_workspace->pipeline().openFollowUpsOfDeal(dealId), asker),
        [this, asker, dealId](Workspace &workspace, WonDialog *dialog) {
            if (auto won = DealCommands::markWon(
                    workspace, dealId, dialog->value(), dialog->wonOn(), dialog->followUpsToSkip());
                !won)
                report(asker, tr("Could not mark the deal as won"), won.error());
        });
}

void DealActions::markLost(QWidget *asker, qint64 dealId)
{
    const auto deal = dealToAskAbout(dealId);
    if (!deal)
        return;
    ask(new LostDialog(deal->title, m_workspace->pipeline().lostReasons(), m_workspace->clock().today(),
            m_workspace->pipeline().openFollowUpsOfDeal(dealId), asker),
        [this, asker, deal = *deal](Workspace &workspace, LostDialog *dialog) {
            auto firstTouch = dialog->firstTouch();
            if (firstTouch) {
                firstTouch->dealId = deal.id;
                firstTouch->contactId = deal.contactId;
            }
            if (auto lost = DealCommands::markLost(
                    workspace, deal.id, dialog->lostInfo(), firstTouch, dialog->followUpsToSkip());
                !lost)
                report(asker, tr("Could not mark the deal as lost"), lost.error());
        });
}

namespace {

// The nuisance guard over the deal's touches as they are now, for the dialog to ask as it changes.
LogTouchDialog::Guard guardFor(Pipeline &pipeline, qint64 dealId)
{
    return
        [history = pipeline.touchesOfDeal(dealId), gap = pipeline.minContactGapDays()](const Touch &touch) {
            QStringList texts;
            for (const Rules::NuisanceWarning &warning : Rules::nuisanceWarnings(touch, history, gap))
                texts << warning.explanation;
            return texts;
        };
}

} // namespace

// The Log Touch dialog for a touch on deal, with the nuisance guard over the deal's touches.
LogTouchDialog *DealActions::touchDialog(
    QWidget *asker, const Deal &deal, const Touch &touch, LogTouchDialog::Guard guard) const
{
    auto *dialog = new LogTouchDialog(deal.title, m_workspace->pipeline().contactsOf(deal.accountId), touch,
        m_workspace->clock().today(), asker);
    dialog->setGuard(std::move(guard));
    return dialog;
}

void DealActions::askToLog(QWidget *asker, const Deal &deal, const Touch &touch, qint64 completesFollowUpId,
    LogTouchDialog::Guard guard)
{
    ask(touchDialog(asker, deal, touch, std::move(guard)),
        [this, asker, completesFollowUpId](Workspace &workspace, LogTouchDialog *dialog) {
            if (auto logged
                = TouchCommands::log(workspace, dialog->touch(), dialog->plan(completesFollowUpId));
                !logged)
                report(asker, tr("Could not log the touch"), logged.error());
        });
}

void DealActions::logTouch(QWidget *asker, qint64 dealId, qint64 completesFollowUpId)
{
    const auto deal = dealToAskAbout(dealId);
    if (!deal)
        return;
    Pipeline &pipeline = m_workspace->pipeline();
    Touch touch;
    touch.dealId = deal->id;
    touch.contactId = deal->contactId;
    touch.occurredAt = m_workspace->clock().now();
    std::optional<FollowUp> planned;
    if (completesFollowUpId) {
        planned = pipeline.followUp(completesFollowUpId);
        if (planned && planned->dealId == deal->id && !planned->isDone()) {
            touch.channel = planned->channel;
            touch.contactId = planned->contactId ? planned->contactId : deal->contactId;
            touch.valueKind = planned->plannedValueKind;
            touch.valueText = planned->plannedValue;
            touch.note = planned->note;
        } else {
            planned.reset();
        }
    }
    askToLog(asker, *deal, touch, planned ? planned->id : 0, guardFor(pipeline, deal->id));
}

void DealActions::quickLog(QWidget *asker, const Touch &touch)
{
    const auto deal = dealToAskAbout(touch.dealId);
    if (!deal)
        return;
    LogTouchDialog::Guard guard = guardFor(m_workspace->pipeline(), deal->id);
    if (guard(touch).isEmpty()) {
        if (auto logged = TouchCommands::log(*m_workspace, touch); !logged)
            report(asker, tr("Could not log the touch"), logged.error());
        return;
    }
    askToLog(asker, *deal, touch, 0, std::move(guard));
}

void DealActions::editTouch(QWidget *asker, qint64 touchId)
{
    if (!m_workspace)
        return;
    const std::optional<Touch> touch = m_workspace->pipeline().touch(touchId);
    if (!touch)
        return;
    const auto deal = dealToAskAbout(touch->dealId);
    if (!deal)
        return;
    ask(touchDialog(asker, *deal, *touch, guardFor(m_workspace->pipeline(), deal->id)),
        [this, asker](Workspace &workspace, LogTouchDialog *dialog) {
            if (auto edited = TouchCommands::edit(workspace, dialog->touch()); !edited)
                report(asker, tr("Could not change the touch"), edited.error());
        });
}

void DealActions::deleteTouch(QWidget *asker, qint64 touchId)
{
    if (!m_workspace)
        return;
    if (auto removed = TouchCommands::remove(*m_workspace, touchId); !removed)
        report(asker, tr("Could not delete the touch"), removed.error());
}

} // namespace Ripen
