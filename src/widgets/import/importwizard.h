// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importwriter.h"
#include "io/csvreader.h"
#include "io/importmapping.h"
#include "io/importplan.h"

#include <QWizard>
#include <variant>

namespace Ripen {

class ImportRunPage;
class Prompter;
class Workspace;

// What the pages of the import wizard hand on to each other: the file, how it was read, which
// column feeds which field, and the plan the check made. A page that changes something bumps its
// version, so a later page knows to start again from it and keeps the user's choices otherwise.
struct ImportSession
{
    QString path;
    QByteArray bytes;
    int bytesVersion = 0; // another file, or the same file read again
    ImportMapping::Kind kind = ImportMapping::Kind::Deals;
    CsvReader::Table table;
    int tableVersion = 0; // read again with other options
    ImportMapping::Columns columns;
    // What the Check page planned and tried, of the session's kind; the Import page writes it.
    std::variant<ImportPlan::Deals, ImportPlan::Activities> plan;
    bool update = false; // deals already present take the file's value, currency and owner
    QString currency; // for amounts that name none

    // Of the plan, whichever its kind: the rows it would write, and the rows it skips, with why.
    int plannedRows() const;
    const QList<ImportPlan::Problem> &problems() const;
};

// File > Import…: what `ripen import` does, for people. A page a step: the file and what it holds;
// how it is read (encoding, delimiter, header) with a preview; which column feeds which field
// (a preset of the tool it came from, or guessed from the header); a check of every row by a dry
// run, where the date format is chosen when the file's dates read two ways and rows with problems
// are skipped only when the user says so; and the import itself, in one transaction, with a
// progress bar and a Cancel button that leaves the database as it was.
//
// The file holds deals or activities, chosen on the first page: every later page follows that choice
// (the fields, presets and required columns of the kind; ImportPlan::deals or ::activities; and
// Pipeline::importDeals or ::importActivities, which puts each activity on its deal).
//
// A finished import is pushed on the workspace's undo stack (ImportStep): Edit > Undo takes it back as
// a whole, from the rows import_rows lists; File > Import History does so later.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId {
        FilePageId,
        ReadingPageId,
        ColumnsPageId,
        CheckPageId,
        ImportPageId,
    };

    // path: the file to start from (the user may still choose another); empty: the user chooses.
    ImportWizard(
        Workspace &workspace, Prompter &prompter, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The settings key of the currency last used for amounts that name none (EUR before the first import).
    static QString currencySettingsKey();

    const ImportSession &session() const { return m_session; }
    bool isImporting() const;

    // While the import runs, Cancel, Escape and closing the window stop it instead of closing.
    void reject() override;

signals:
    // The import was written; the views have been told about every deal, touch and follow-up it
    // wrote. session().kind says what the file held.
    void imported(const Ripen::ImportSummary &summary);

private:
    ImportSession m_session;
    ImportRunPage *m_runPage;
};

} // namespace Ripen
