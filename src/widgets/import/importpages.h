// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importwizard.h"

#include <QTimer>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QStringListModel;
class QTableView;

namespace Ripen {

// The pages of the ImportWizard, in order. Their widgets carry object names, so tests and
// screenshots find them.

// The file, and what it holds: deals, or activities (touches and follow-ups) for deals.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)
public:
    ImportFilePage(ImportSession &session, Prompter &prompter, QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;
    // Reads the file; one that cannot be read, or is empty, keeps the user on the page, saying why.
    bool validatePage() override;

private:
    void browse();

    ImportSession &m_session;
    Prompter &m_prompter;
    QLineEdit *m_file;
    QComboBox *m_kind;
    QLabel *m_error;
};

// How the file is read: encoding, delimiter, header; each detected and changeable; a preview.
class ImportReadingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReadingPage)
public:
    static constexpr int kPreviewRows = 20;

    explicit ImportReadingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { } // going back keeps what the user chose
    bool isComplete() const override;
    // QWizard::next() asks only this: what keeps Next disabled keeps next() where it is too.
    bool validatePage() override { return isComplete(); }

private:
    // Reads the file again with what the controls say; detect: the controls follow what was found.
    void read(bool detect);
    void showTable();

    ImportSession &m_session;
    int m_readVersion = -1; // the bytes last read here
    bool m_headerChosen = false; // the user ticked or unticked the header: no longer detected
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QTableView *m_preview;
    QStandardItemModel *m_model;
    QLabel *m_rows;
    QLabel *m_footer;
    QLabel *m_problems;
};

// Which column of the file feeds each field: a preset, or guessed from the header, and changed field
// by field. One column may feed several fields.
class ImportColumnsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportColumnsPage)
public:
    explicit ImportColumnsPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

    // The field's name as the page shows it for a file of kind, with its mnemonic ("&Title").
    static QString fieldLabel(ImportMapping::Kind kind, const QString &field);
    // A column of the file as the pages name it: its header, else its number.
    static QString columnName(const CsvReader::Table &table, int column);
    QComboBox *columnCombo(const QString &field) const; // for tests

private:
    void rebuild();
    void applyPreset();
    void columnChosen();
    QString sample(int column) const;

    ImportSession &m_session;
    int m_builtVersion = -1;
    ImportMapping::Kind m_builtKind = ImportMapping::Kind::Deals;
    QComboBox *m_preset;
    QLabel *m_recognised;
    QScrollArea *m_scroll;
    QList<std::pair<QString, QComboBox *>> m_combos; // field, its column
    QList<QLabel *> m_samples;
    QLabel *m_unused;
    QLabel *m_error;
};

// Checks every row by a dry run: the date format (chosen by the user when the dates read two ways),
// and for deals the default currency and whether deals already present are updated; what would be
// imported, skipped and created, and each problem by line and column (with the activities whose deal
// is not there).
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCheckPage)
public:
    ImportCheckPage(ImportSession &session, Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

    // "month/day/year (United States): “03/04/2024” is Monday, March 4, 2024".
    static QString formatLabel(const QString &format);

private:
    void fillDateFormats();
    void check();
    QString sampleDate() const;

    ImportSession &m_session;
    Workspace &m_workspace;
    QStringList m_choices; // the formats every date fits, when more than one
    bool m_checked = false; // the dry run succeeded
    bool m_anythingToDo = false;
    int m_problemCount = 0; // problems listed (their rows are skipped): Import waits for the user's tick
    QTimer m_recheck; // after typing in the currency
    QComboBox *m_dateFormat;
    QLabel *m_dateNote;
    QLineEdit *m_currency;
    QLabel *m_currencyLabel;
    QCheckBox *m_update;
    QLabel *m_presentNote; // activities: what happens to those already there
    QFormLayout *m_form;
    QLabel *m_summary;
    QLabel *m_problemsLabel;
    QListView *m_problems;
    QStringListModel *m_problemsModel;
    QCheckBox *m_skipProblems;
    QLabel *m_advice;
    QLabel *m_error;
};

// The import itself: one transaction, a progress bar and a Cancel button; then what it did.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)
public:
    ImportRunPage(ImportSession &session, Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return m_finished; }
    bool isRunning() const { return m_running; }
    void requestCancel();

signals:
    void imported(const Ripen::ImportSummary &summary);

private:
    void run();

    ImportSession &m_session;
    Workspace &m_workspace;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
};

} // namespace Ripen
