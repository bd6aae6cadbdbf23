// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "dialogsupport.h"
#include "prompter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ripen {

namespace {

enum Column { TakenOn, Reason, Deals, Size, State };

// When a copy was taken, in the locale's words, with the full year and the minute.
QString moment(const QDateTime &takenAt)
{
    const QLocale locale;
    return locale.toString(
        takenAt, fullYearDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_prompter(prompter)
{
    setWindowTitle(tr("Restore Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ripen keeps a copy of “%1” on each day you change it, and before every "
                                "upgrade, import and restore, in “%2”. Restoring one replaces the database; "
                                "the database as it is now is kept as a copy first.")
                                 .arg(QFileInfo(databasePath).fileName(),
                                     QDir::toNativeSeparators(Backups::folderOf(databasePath))),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Taken on"), tr("Reason"), tr("Deals"), tr("Size"), tr("State") });
    m_list->setAccessibleName(tr("Backups"));
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("There are no backups of this database yet: Ripen takes the first one before "
                            "the first change of the day."),
        this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("backupProblem"));
    setUpErrorLabel(m_problem);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    // Enter in the list restores (after asking); Escape closes.
    m_restore->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButtons);

    m_entries = Backups::list(databasePath);
    for (int row = 0; row < m_entries.size(); ++row) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setTextAlignment(Deals, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        showEntry(row, m_entries.at(row));
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_empty->setVisible(m_entries.isEmpty());
    m_list->setVisible(!m_entries.isEmpty());
    if (!m_entries.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    updateButtons();
    resize(720, 380);
    startChecks();
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    if (m_checker) {
        // The check under way stops at once (SQLite asks m_cancel as it reads).
        m_cancel = true;
        m_checker->wait();
        delete m_checker;
    }
}

void RestoreBackupDialog::startChecks()
{
    if (m_entries.isEmpty())
        return;
    m_checker = QThread::create([this, entries = m_entries]() mutable {
        for (int row = 0; row < entries.size() && !m_cancel; ++row) {
            Backups::inspect(entries[row], &m_cancel);
            // Queued to the dialog: dropped if it is gone by then.
            QMetaObject::invokeMethod(
                this, [this, row, entry = entries.at(row)] { showEntry(row, entry); }, Qt::QueuedConnection);
        }
    });
    m_checker->setObjectName(QStringLiteral("Ripen backup check"));
    m_checker->start(QThread::LowPriority);
}

void RestoreBackupDialog::showEntry(int row, const Backups::Entry &entry)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item)
        return;
    if (entry.state != Backups::Entry::State::Unchecked) {
        m_entries[row] = entry;
        ++m_checked;
    }
    const QLocale locale;
    item->setText(TakenOn, moment(entry.takenAt));
    item->setText(Reason, Backups::reasonLabel(entry.reason));
    item->setText(Size, locale.formattedDataSize(entry.bytes));
    switch (entry.state) {
    case Backups::Entry::State::Unchecked:
        item->setText(Deals, QString());
        item->setText(State, tr("Checking…"));
        break;
    case Backups::Entry::State::Good:
        item->setText(Deals, locale.toString(entry.deals));
        item->setText(State, tr("Good"));
        break;
    case Backups::Entry::State::Damaged:
        item->setText(Deals, QString());
        item->setText(State, tr("Damaged"));
        break;
    case Backups::Entry::State::Newer:
        item->setText(Deals, QString());
        item->setText(State, tr("From a newer Ripen"));
        break;
    }
    if (entry.state != Backups::Entry::State::Unchecked) {
        m_list->resizeColumnToContents(Deals);
        m_list->resizeColumnToContents(State);
    }
    const QString file = QDir::toNativeSeparators(entry.path);
    for (int column = 0; column < m_list->columnCount(); ++column)
        item->setToolTip(column, entry.problem.isEmpty() ? file : entry.problem + QLatin1Char('\n') + file);
    if (item == m_list->currentItem())
        updateButtons();
}

void RestoreBackupDialog::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const bool known = row >= 0 && row < m_entries.size();
    m_restore->setEnabled(known && m_entries.at(row).state == Backups::Entry::State::Good);
    const QString problem = known ? m_entries.at(row).problem : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void RestoreBackupDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).state != Backups::Entry::State::Good)
        return;
    const Backups::Entry entry = m_entries.at(row);
    // "1 deal", "3 deals": English needs no translation file for its plurals this way.
    const QString deals = entry.deals == 1 ? tr("1 deal") : tr("%n deals", nullptr, int(entry.deals));
    const QString text = tr("Replace “%1” with the backup of %2 (%3), which holds %4?")
                             .arg(QFileInfo(m_databasePath).fileName(), moment(entry.takenAt),
                                 Backups::reasonLabel(entry.reason), deals)
        + QStringLiteral("\n\n")
        + tr("The database as it is now is kept as a backup first, so you can go back to it the same way. "
             "Edit > Undo starts afresh with the restored file.");
    if (!m_prompter.confirm(this, tr("Restore the Backup?"), text, tr("&Restore"), tr("&Cancel")))
        return;
    // Closed first: the window replaces the file it has open, and shows what happened.
    accept();
    emit restoreRequested(entry.path);
}

} // namespace Ripen
