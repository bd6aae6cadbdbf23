// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorydialog.h"

#include "pipeline.h"
#include "prompter.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ripen {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kUndoneRole = Qt::UserRole + 1;

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Workspace &workspace, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_prompter(prompter)
{
    setWindowTitle(tr("Import History"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every import of this database. Taking one back removes what it brought in "
                                "and gives deals it updated their values back."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({ tr("Imported on"), tr("File"), tr("Kind"), tr("Imported"), tr("Present"),
        tr("Skipped"), tr("State") });
    m_list->setAccessibleName(tr("Imports"));
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("Nothing was imported into this database yet: File > Import… brings in a CSV "
                            "file."),
        this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_takeBack = buttons->addButton(tr("&Take Back…"), QDialogButtonBox::ActionRole);
    m_takeBack->setObjectName(QStringLiteral("takeBackButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_takeBack, &QPushButton::clicked, this, &ImportHistoryDialog::takeBackSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ImportHistoryDialog::updateButtons);
    reload();
    resize(760, 360);
}

void ImportHistoryDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const ImportRecord &record : m_workspace.pipeline().imports()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, record.id);
        item->setData(0, kUndoneRole, record.undoneAt.isValid());
        item->setText(0, locale.toString(record.importedAt, QLocale::ShortFormat));
        item->setText(1, record.file);
        item->setText(2, record.kind == QLatin1String("activities") ? tr("Activities") : tr("Deals"));
        item->setText(3, locale.toString(record.imported));
        item->setText(4, locale.toString(record.present));
        item->setText(5, locale.toString(record.skipped));
        item->setText(6,
            record.undoneAt.isValid()
                ? tr("Taken back on %1").arg(locale.toString(record.undoneAt.date(), QLocale::ShortFormat))
                : tr("In place"));
        for (int column = 3; column <= 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const QTreeWidgetItem *current = m_list->currentItem();
    m_takeBack->setEnabled(current && !current->data(0, kUndoneRole).toBool());
}

void ImportHistoryDialog::takeBackSelected()
{
    const QTreeWidgetItem *current = m_list->currentItem();
    if (!current || current->data(0, kUndoneRole).toBool())
        return;
    const qint64 id = current->data(0, kIdRole).toLongLong();
    const QString file = current->text(1);
    Pipeline &pipeline = m_workspace.pipeline();
    // What it would remove, counted by doing it and rolling back.
    const auto would = pipeline.undoImport(id, true);
    if (!would) {
        m_prompter.error(this, tr("Cannot Take the Import Back"), would.error());
        return;
    }
    QStringList parts;
    // "1 deal", "3 deals": English needs no translation file for its plurals this way.
    const auto part = [&parts](int count, const QString &one, const QString &many) {
        if (count > 0)
            parts << (count == 1 ? one : many);
    };
    part(would->deals, tr("1 deal"), tr("%n deals", nullptr, would->deals));
    part(would->touches, tr("1 touch"), tr("%n touches", nullptr, would->touches));
    part(would->followUps, tr("1 follow-up"), tr("%n follow-ups", nullptr, would->followUps));
    part(would->accounts, tr("1 account"), tr("%n accounts", nullptr, would->accounts));
    part(would->contacts, tr("1 contact"), tr("%n contacts", nullptr, would->contacts));
    part(would->stages, tr("1 stage"), tr("%n stages", nullptr, would->stages));
    part(would->lostReasons, tr("1 lost reason"), tr("%n lost reasons", nullptr, would->lostReasons));
    QString text = parts.isEmpty()
        ? tr("The import of “%1” left nothing that is still there to remove.").arg(file)
        : tr("Taking back the import of “%1” removes %2.").arg(file, QLocale().createSeparatedList(parts));
    if (would->restored > 0)
        text += QLatin1Char(' ')
            + (would->restored == 1 ? tr("1 deal it updated gets its value, currency and owner back.")
                                    : tr("%n deals it updated get their value, currency and owner back.",
                                        nullptr, would->restored));
    if (would->restoredActivities > 0)
        text += QLatin1Char(' ')
            + (would->restoredActivities == 1
                    ? tr("1 touch or follow-up it updated gets back what it held.")
                    : tr("%n touches and follow-ups it updated get back what they held.", nullptr,
                        would->restoredActivities));
    if (would->addedSince > 0)
        text += QStringLiteral("\n\n")
            + (would->addedSince == 1
                    ? tr("1 touch or follow-up logged on its deals since the import goes with them.")
                    : tr("%n touches and follow-ups logged on its deals since the import go with them.",
                        nullptr, would->addedSince));
    if (!m_prompter.confirm(this, tr("Take Back the Import?"), text, tr("&Take Back"), tr("&Keep")))
        return;
    if (const auto undone = pipeline.undoImport(id); !undone)
        m_prompter.error(this, tr("Cannot Take the Import Back"), undone.error());
    reload();
}

} // namespace Ripen
