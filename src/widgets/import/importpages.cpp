// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpages.h"

#include "dialogs/dialogsupport.h"
#include "importreport.h"
#include "importstep.h"
#include "io/importvalues.h"
#include "prompter.h"
#include "textsupport.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace Ripen {

namespace {

using Kind = ImportMapping::Kind;

// How many names of created accounts, contacts, stages or reasons a summary line shows.
constexpr int kNamesShown = 8;

QString fileNameOf(const ImportSession &session)
{
    return QFileInfo(session.path).fileName();
}

// What the columns chosen leave out that no row can be imported without, a sentence each (as `ripen
// import` checks it): a deal needs its title; an activity its date, and its deal (by title or by the
// deal's ID in the other tool) or its account. Empty when nothing is missing.
QStringList missingColumns(Kind kind, const ImportMapping::Columns &columns)
{
    QStringList missing;
    const auto has = [&columns](const char *field) { return columns.contains(QString::fromLatin1(field)); };
    if (kind == Kind::Deals) {
        if (!has("title"))
            missing << ImportColumnsPage::tr(
                "Choose the column that holds the deals' titles: a deal cannot be imported without one.");
        return missing;
    }
    if (!has("occurred"))
        missing << ImportColumnsPage::tr("Choose the column that holds the activities' dates (When): an "
                                         "activity cannot be imported without one.");
    if (!has("deal") && !has("deal_external_id") && !has("account"))
        missing << ImportColumnsPage::tr(
            "Choose the column that names each activity's deal (its title, or its ID in the other tool) or "
            "its account: every activity goes onto a deal.");
    return missing;
}

// A cell on one line, cut to a length that fits a label.
QString shortCell(const QString &cell, int length = 40)
{
    const QString line = cell.simplified();
    return line.size() > length ? line.left(length - 1) + QChar(0x2026) : line;
}

// A quieter line under a control: what it means, what was found.
void setUpNoteLabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
}

// A plain-text label whose lines are the summary's.
QLabel *newSummaryLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The date fields of either kind, for a sample of the file's dates.
const QStringList &dateFields()
{
    static const QStringList fields { QStringLiteral("created"), QStringLiteral("closed"),
        QStringLiteral("won_on"), QStringLiteral("lost_on"), QStringLiteral("next_followup"),
        QStringLiteral("occurred") };
    return fields;
}

// The wait cursor while the check writes and rolls back the whole file.
class WaitCursor final
{
    Q_DISABLE_COPY_MOVE(WaitCursor)
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
};

// The session's file planned as its kind says.
decltype(ImportSession::plan) planOf(const ImportSession &session, const ImportPlan::Options &options)
{
    if (session.kind == Kind::Deals)
        return ImportPlan::deals(session.table, session.columns, options);
    return ImportPlan::activities(session.table, session.columns, options);
}

// The session's plan written by the Pipeline import of its kind, as from file; a dry run rolls back.
Result<ImportSummary> importPlan(Pipeline &pipeline, const ImportSession &session, const QString &file,
    bool dryRun, const ImportProgress &progress = {})
{
    if (const auto *deals = std::get_if<ImportPlan::Deals>(&session.plan))
        return pipeline.importDeals(*deals, file, dryRun, session.update, progress);
    return pipeline.importActivities(
        std::get<ImportPlan::Activities>(session.plan), file, dryRun, session.update, progress);
}

// What the Import page says once every row is written, and once they are saved.
QString savingText(Kind kind)
{
    return kind == Kind::Deals ? ImportRunPage::tr("Saving, and putting the deals on the board…")
                               : ImportRunPage::tr("Saving, and putting the touches and follow-ups on their "
                                                   "deals…");
}

QString doneText(Kind kind)
{
    return kind == Kind::Deals
        ? ImportRunPage::tr("The import is done: the deals are on the board.")
        : ImportRunPage::tr("The import is done: the touches and follow-ups are on their deals.");
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// File

ImportFilePage::ImportFilePage(ImportSession &session, Prompter &prompter, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_file(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("filePage"));
    setTitle(tr("Choose the File"));
    setSubTitle(tr("Bring your deals, and then their calls, emails and meetings, over from Pipedrive, "
                   "HubSpot, Salesforce or a spreadsheet: choose the CSV file you exported from it. Nothing "
                   "is written until the last step."));

    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setClearButtonEnabled(true);
    m_file->setPlaceholderText(tr("The path of a .csv file"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Deals"), int(Kind::Deals));
    m_kind->addItem(tr("Activities (calls, emails, meetings)"), int(Kind::Activities));

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("The file &holds:"), m_kind);

    m_error->setObjectName(QStringLiteral("fileError"));
    setUpErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setTabOrder(m_file, browse);
    setTabOrder(browse, m_kind);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_session.kind = Kind(m_kind->currentData().toInt()); });
}

void ImportFilePage::setPath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::browse()
{
    const QString typed = QDir::fromNativeSeparators(m_file->text().trimmed());
    // Exports land in Downloads; a second look starts where the first file was.
    const QString directory = typed.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : QFileInfo(typed).absolutePath();
    const QString path = m_prompter.openFileName(
        this, tr("Choose a CSV File"), directory, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_file->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    if (!isComplete())
        return false;
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString shown = QDir::toNativeSeparators(path);
    const auto refuse = [this](const QString &why) {
        m_error->setText(why);
        m_error->show();
        m_file->setFocus();
        return false;
    };
    if (!QFileInfo(path).isFile())
        return refuse(tr("There is no file “%1”.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Cannot read “%1”: %2").arg(shown, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return refuse(tr("“%1” is empty.").arg(shown));
    if (path != m_session.path || bytes != m_session.bytes) {
        m_session.path = path;
        m_session.bytes = bytes;
        ++m_session.bytesVersion;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// Reading

ImportReadingPage::ImportReadingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("First row is a &header (the columns' names)"), this))
    , m_preview(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_rows(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("readingPage"));
    setTitle(tr("Reading the File"));
    setSubTitle(tr("Ripen found how the file is written. If the preview looks wrong (everything in one "
                   "column, odd characters instead of accents), change how it is read."));

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(QString(), int(CsvReader::Encoding::Utf8));
    m_encoding->addItem(QString(), int(CsvReader::Encoding::Windows1252));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(QString(), QStringLiteral(","));
    m_delimiter->addItem(QString(), QStringLiteral(";"));
    m_delimiter->addItem(QString(), QStringLiteral("\t"));
    m_header->setObjectName(QStringLiteral("headerCheck"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);

    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() * 3 / 2);
    m_preview->horizontalHeader()->setHighlightSections(false);
    auto *previewLabel = new QLabel(tr("&Preview (the numbers are the file's lines):"), this);
    previewLabel->setBuddy(m_preview);

    m_rows->setObjectName(QStringLiteral("rowsNote"));
    setUpNoteLabel(m_rows);
    m_footer->setObjectName(QStringLiteral("footerNote"));
    setUpNoteLabel(m_footer);
    m_problems->setObjectName(QStringLiteral("readingProblems"));
    setUpErrorLabel(m_problems);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_rows);
    layout->addWidget(m_footer);
    layout->addWidget(m_problems);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { read(false); });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] { read(false); });
    connect(m_header, &QCheckBox::toggled, this, [this] {
        m_headerChosen = true;
        read(false);
    });
}

void ImportReadingPage::initializePage()
{
    if (m_readVersion == m_session.bytesVersion)
        return; // the same file: as the user left it
    m_headerChosen = false;
    read(true);
}

void ImportReadingPage::read(bool detect)
{
    CsvReader::Options options;
    if (!detect) {
        options.encoding = CsvReader::Encoding(m_encoding->currentData().toInt());
        options.delimiter = m_delimiter->currentData().toString().at(0);
        if (m_headerChosen)
            options.header = m_header->isChecked();
    }
    m_session.table = CsvReader::read(m_session.bytes, options);
    ++m_session.tableVersion;
    m_readVersion = m_session.bytesVersion;
    const CsvReader::Table &table = m_session.table;

    if (detect) {
        // What was found is selected and marked, so a user who changes it can find it again.
        const QSignalBlocker encodingBlocker(m_encoding);
        const QSignalBlocker delimiterBlocker(m_delimiter);
        const QStringList encodings { CsvReader::encodingName(CsvReader::Encoding::Utf8),
            tr("Windows-1252 (Western European, Latin-1)") };
        const QStringList delimiters { tr("Comma ( , )"), tr("Semicolon ( ; )"), tr("Tab") };
        const int encoding = m_encoding->findData(int(table.encoding));
        const int delimiter = std::max(0, m_delimiter->findData(QString(table.delimiter)));
        for (int i = 0; i < encodings.size(); ++i)
            m_encoding->setItemText(
                i, i == encoding ? tr("%1 (detected)").arg(encodings.at(i)) : encodings.at(i));
        for (int i = 0; i < delimiters.size(); ++i)
            m_delimiter->setItemText(
                i, i == delimiter ? tr("%1 (detected)").arg(delimiters.at(i)) : delimiters.at(i));
        m_encoding->setCurrentIndex(encoding);
        m_delimiter->setCurrentIndex(delimiter);
    }
    {
        const QSignalBlocker blocker(m_header);
        m_header->setChecked(table.hasHeader);
    }
    showTable();
    emit completeChanged();
}

void ImportReadingPage::showTable()
{
    const CsvReader::Table &table = m_session.table;
    const int shown = int(std::min<qsizetype>(kPreviewRows, table.rows.size()));
    int columns = std::max(1, table.columns);
    for (int row = 0; row < shown; ++row)
        columns = std::max(columns, int(table.rows.at(row).fields.size()));
    m_model->clear();
    m_model->setColumnCount(columns);
    m_model->setRowCount(shown);
    QStringList headers;
    for (int column = 0; column < columns; ++column)
        headers << ImportColumnsPage::columnName(table, column);
    m_model->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (int row = 0; row < shown; ++row) {
        const CsvReader::Row &read = table.rows.at(row);
        lines << QString::number(read.line);
        for (int column = 0; column < read.fields.size(); ++column) {
            const QString cell = read.fields.at(column);
            auto *item = new QStandardItem(cell.simplified());
            if (cell.size() > 40 || cell.contains(QLatin1Char('\n')))
                item->setToolTip(cell);
            m_model->setItem(row, column, item);
        }
    }
    m_model->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    // A long note or description must not push every other column out of sight.
    const int widest = m_preview->fontMetrics().averageCharWidth() * 28;
    for (int column = 0; column < columns; ++column) {
        if (m_preview->columnWidth(column) > widest)
            m_preview->setColumnWidth(column, widest);
    }

    const QLocale locale;
    const int rows = int(table.rows.size());
    // English loads no translator: one text for one, another for more; %n lets other languages choose.
    if (rows > shown)
        m_rows->setText(tr("The first %1 of %2 rows.").arg(locale.toString(shown), locale.toString(rows)));
    else
        m_rows->setText(rows == 1 ? tr("1 row.") : tr("%n rows.", nullptr, rows));
    QStringList footers;
    for (const CsvReader::Row &row : table.footer) {
        for (const QString &cell : row.fields) {
            if (!cell.trimmed().isEmpty()) {
                footers << QStringLiteral("“%1”").arg(shortCell(cell, 30));
                break;
            }
        }
    }
    const int footerLines = int(table.footer.size());
    m_footer->setVisible(footerLines > 0);
    const QString named = footers.mid(0, 3).join(QStringLiteral(", "));
    if (footers.isEmpty())
        m_footer->setText(footerLines == 1
                ? tr("1 empty line below the table will be skipped.")
                : tr("%n empty lines below the table will be skipped.", nullptr, footerLines));
    else
        m_footer->setText(footerLines == 1
                ? tr("1 line below the table (totals, notes) will be skipped: %1.").arg(named)
                : tr("%n lines below the table (totals, notes) will be skipped: %1.", nullptr, footerLines)
                      .arg(named));

    QStringList problems;
    for (const CsvReader::Problem &problem : table.problems)
        problems << problem.message;
    if (table.rows.isEmpty())
        problems << tr("Read this way, the file holds no rows to import.");
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

bool ImportReadingPage::isComplete() const
{
    return !m_session.table.rows.isEmpty();
}

// ---------------------------------------------------------------------------------------------------
// Columns

ImportColumnsPage::ImportColumnsPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_preset(new QComboBox(this))
    , m_recognised(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_unused(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("columnsPage"));
    setTitle(tr("Columns"));

    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_recognised->setObjectName(QStringLiteral("presetNote"));
    setUpNoteLabel(m_recognised);
    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(QString(), m_recognised);

    m_scroll->setObjectName(QStringLiteral("fieldsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_unused->setObjectName(QStringLiteral("unusedNote"));
    setUpNoteLabel(m_unused);
    m_error->setObjectName(QStringLiteral("columnsError"));
    setUpErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_unused);
    layout->addWidget(m_error);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportColumnsPage::applyPreset);
}

QString ImportColumnsPage::fieldLabel(Kind kind, const QString &field)
{
    // Mnemonics that the wizard's own buttons (Back, Next) and the preset leave free, each unique
    // within its kind. Fields both kinds have, but which mean something else in a file of activities.
    static const QList<std::pair<QString, const char *>> activityLabels {
        { QStringLiteral("deal"), QT_TR_NOOP("&Deal (its title)") },
        { QStringLiteral("deal_external_id"), QT_TR_NOOP("Deal's &ID in the other tool") },
        { QStringLiteral("status"), QT_TR_NOOP("Stat&us (done or planned)") },
        { QStringLiteral("occurred"), QT_TR_NOOP("&When (required)") },
        { QStringLiteral("outcome"), QT_TR_NOOP("Ou&tcome") },
        { QStringLiteral("value"), QT_TR_NOOP("&Value given (insight, idea…)") },
        { QStringLiteral("value_note"), QT_TR_NOOP("Value not&e") },
        { QStringLiteral("external_id"), QT_TR_NOOP("Activit&y's ID in the other tool") },
    };
    if (kind == Kind::Activities) {
        for (const auto &[name, label] : activityLabels) {
            if (name == field)
                return tr(label);
        }
    }
    static const QList<std::pair<QString, const char *>> labels {
        { QStringLiteral("title"), QT_TR_NOOP("&Title (required)") },
        { QStringLiteral("account"), QT_TR_NOOP("&Account") },
        { QStringLiteral("contact"), QT_TR_NOOP("C&ontact") },
        { QStringLiteral("stage"), QT_TR_NOOP("&Stage") },
        { QStringLiteral("status"), QT_TR_NOOP("Stat&us (open, won, lost)") },
        { QStringLiteral("value"), QT_TR_NOOP("&Value") },
        { QStringLiteral("currency"), QT_TR_NOOP("&Currency") },
        { QStringLiteral("owner"), QT_TR_NOOP("O&wner") },
        { QStringLiteral("created"), QT_TR_NOOP("Cr&eated on") },
        { QStringLiteral("closed"), QT_TR_NOOP("Close &date (won or lost)") },
        { QStringLiteral("won_on"), QT_TR_NOOP("Won on") },
        { QStringLiteral("lost_on"), QT_TR_NOOP("&Lost on") },
        { QStringLiteral("lost_reason"), QT_TR_NOOP("Lost &reason") },
        { QStringLiteral("competitor"), QT_TR_NOOP("Co&mpetitor") },
        { QStringLiteral("next_followup"), QT_TR_NOOP("Ne&xt follow-up") },
        { QStringLiteral("external_id"), QT_TR_NOOP("&ID in the other tool") },
        { QStringLiteral("note"), QT_TR_NOOP("Note") },
        { QStringLiteral("channel"), QT_TR_NOOP("C&hannel") },
    };
    for (const auto &[name, label] : labels) {
        if (name == field)
            return tr(label);
    }
    return field;
}

QString ImportColumnsPage::columnName(const CsvReader::Table &table, int column)
{
    const QString name = table.header.value(column).simplified();
    return name.isEmpty() ? tr("Column %1").arg(column + 1) : name;
}

QComboBox *ImportColumnsPage::columnCombo(const QString &field) const
{
    for (const auto &[name, combo] : m_combos) {
        if (name == field)
            return combo;
    }
    return nullptr;
}

void ImportColumnsPage::initializePage()
{
    if (m_builtVersion != m_session.tableVersion || m_builtKind != m_session.kind)
        rebuild();
}

void ImportColumnsPage::rebuild()
{
    m_builtVersion = m_session.tableVersion;
    m_builtKind = m_session.kind;
    const CsvReader::Table &table = m_session.table;
    const Kind kind = m_session.kind;
    setSubTitle(kind == Kind::Deals
            ? tr("Which column of the file each field of a deal comes from. One column may feed two "
                 "fields: HubSpot's “Deal Stage” gives both the stage and whether the deal was won.")
            : tr("Which column of the file each field of an activity comes from. Each activity goes onto "
                 "its deal: the one with its deal's ID, else its deal's title, else its account's deal."));

    // A table of fields made afresh: the old one goes with the scroll area's widget.
    auto *host = new QWidget;
    host->setObjectName(QStringLiteral("fieldsHost"));
    auto *grid = new QGridLayout(host);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    m_combos.clear();
    m_samples.clear();
    const auto heading = [host](const QString &text) {
        auto *label = new QLabel(text, host);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    grid->addWidget(heading(tr("Field")), 0, 0);
    grid->addWidget(heading(tr("Column of the file")), 0, 1);
    grid->addWidget(heading(tr("First value")), 0, 2);
    int columns = std::max(table.columns, int(table.header.size()));
    for (const CsvReader::Row &row : table.rows.mid(0, 50))
        columns = std::max(columns, int(row.fields.size()));
    for (const QString &field : ImportMapping::fields(kind)) {
        const int row = grid->rowCount();
        auto *label = new QLabel(fieldLabel(kind, field), host);
        auto *combo = new QComboBox(host);
        combo->setObjectName(QStringLiteral("column_") + field);
        combo->setAccessibleName(withoutMnemonic(label->text()));
        combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < columns; ++column)
            combo->addItem(columnName(table, column), column);
        label->setBuddy(combo);
        auto *sample = new QLabel(host);
        sample->setObjectName(QStringLiteral("sample_") + field);
        sample->setTextFormat(Qt::PlainText);
        sample->setEnabled(false); // greyed: an example, not a setting
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(sample, row, 2);
        m_combos << std::pair { field, combo };
        m_samples << sample;
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportColumnsPage::columnChosen);
    }
    grid->setRowStretch(grid->rowCount(), 1);
    m_scroll->setWidget(host); // the old table goes
    // In the page's order, after the preset, however late they were made.
    QWidget *previous = m_preset;
    for (const auto &[field, combo] : std::as_const(m_combos)) {
        setTabOrder(previous, combo);
        previous = combo;
    }

    const ImportMapping::Preset *detected = ImportMapping::detectPreset(table.header, kind);
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("None (guess from the header)"), QString());
    for (const ImportMapping::Preset &preset : ImportMapping::presets()) {
        if (preset.kind == kind)
            m_preset->addItem(preset.name, preset.key);
    }
    m_preset->setCurrentIndex(detected ? std::max(0, m_preset->findData(detected->key)) : 0);
    m_recognised->setText(detected
            ? tr("Ripen recognised a %1 from its header.").arg(detected->name)
            : tr("No preset matches the header: the columns were guessed from their names."));
    applyPreset();
}

void ImportColumnsPage::applyPreset()
{
    const ImportMapping::Preset *preset = ImportMapping::preset(m_preset->currentData().toString());
    const ImportMapping::Columns guessed
        = ImportMapping::guess(m_session.table.header, m_session.kind, preset);
    for (const auto &[field, combo] : std::as_const(m_combos)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(guessed.value(field, -1))));
    }
    columnChosen();
}

void ImportColumnsPage::columnChosen()
{
    ImportMapping::Columns columns;
    QSet<int> used;
    for (int i = 0; i < m_combos.size(); ++i) {
        const auto &[field, combo] = m_combos.at(i);
        const int column = combo->currentData().toInt();
        const QString value = column >= 0 ? sample(column) : QString();
        m_samples.at(i)->setText(value);
        m_samples.at(i)->setToolTip(value);
        if (column >= 0) {
            columns.insert(field, column);
            used.insert(column);
        }
    }
    m_session.columns = columns;

    QStringList unused;
    const CsvReader::Table &table = m_session.table;
    for (int column = 0; column < std::max(table.columns, int(table.header.size())); ++column) {
        if (!used.contains(column))
            unused << columnName(table, column);
    }
    m_unused->setText(unused.isEmpty() ? tr("Every column of the file is imported.")
                                       : tr("Not imported: %1.").arg(unused.join(QStringLiteral(", "))));
    const QStringList missing = missingColumns(m_session.kind, columns);
    m_error->setText(missing.join(QLatin1Char('\n')));
    m_error->setVisible(!missing.isEmpty());
    emit completeChanged();
}

QString ImportColumnsPage::sample(int column) const
{
    for (const CsvReader::Row &row : m_session.table.rows.mid(0, 50)) {
        const QString cell = row.fields.value(column).trimmed();
        if (!cell.isEmpty())
            return shortCell(cell);
    }
    return {};
}

bool ImportColumnsPage::isComplete() const
{
    return missingColumns(m_session.kind, m_session.columns).isEmpty();
}

// ---------------------------------------------------------------------------------------------------
// Check

ImportCheckPage::ImportCheckPage(ImportSession &session, Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_workspace(workspace)
    , m_dateFormat(new QComboBox(this))
    , m_dateNote(new QLabel(this))
    , m_currency(new QLineEdit(this))
    , m_currencyLabel(new QLabel(tr("Default &currency:"), this))
    , m_update(new QCheckBox(this))
    , m_presentNote(new QLabel(tr("Activities already in Ripen (the same ID, or the same deal, type and "
                                  "time) are not imported twice."),
          this))
    , m_form(new QFormLayout)
    , m_summary(newSummaryLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_problems(new QListView(this))
    , m_problemsModel(new QStringListModel(this))
    , m_skipProblems(new QCheckBox(this))
    , m_advice(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("checkPage"));
    setTitle(tr("Check"));
    setSubTitle(
        tr("Ripen reads and tries every row without writing anything, and shows what the import will do."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_dateFormat->setObjectName(QStringLiteral("dateFormatCombo"));
    m_dateFormat->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dateNote->setObjectName(QStringLiteral("dateNote"));
    setUpNoteLabel(m_dateNote);
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")));
    m_currency->setText(m_session.currency);
    auto *currencyNote = new QLabel(tr("for amounts that name no currency"), this);
    currencyNote->setEnabled(false);
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(m_currency);
    currencyRow->addWidget(currencyNote, 1);
    m_update->setObjectName(QStringLiteral("updateCheck"));
    m_presentNote->setObjectName(QStringLiteral("presentNote"));
    setUpNoteLabel(m_presentNote);

    // The rows of either kind; initializePage shows those of the file's.
    m_form->addRow(tr("Date &format:"), m_dateFormat);
    m_form->addRow(QString(), m_dateNote);
    m_currencyLabel->setBuddy(m_currency);
    m_form->addRow(m_currencyLabel, currencyRow);
    m_form->addRow(QString(), m_update);
    m_form->addRow(QString(), m_presentNote);

    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setBuddy(m_problems);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setModel(m_problemsModel);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->setUniformItemSizes(false);
    m_skipProblems->setObjectName(QStringLiteral("skipProblemsCheck"));
    m_advice->setObjectName(QStringLiteral("checkAdvice"));
    setUpNoteLabel(m_advice);
    m_advice->setText(tr("Or go Back to change how the file is read or its columns, or Cancel and fix the "
                         "file first: nothing has been written yet."));
    m_error->setObjectName(QStringLiteral("checkError"));
    setUpErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_summary);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skipProblems);
    layout->addWidget(m_advice);
    layout->addWidget(m_error);
    layout->addStretch(0);

    m_recheck.setSingleShot(true);
    m_recheck.setInterval(300);
    connect(&m_recheck, &QTimer::timeout, this, &ImportCheckPage::check);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportCheckPage::check);
    connect(m_currency, &QLineEdit::textEdited, this, [this] { m_recheck.start(); });
    connect(m_update, &QCheckBox::toggled, this, &ImportCheckPage::check);
    connect(m_skipProblems, &QCheckBox::toggled, this, &ImportCheckPage::completeChanged);
}

QString ImportCheckPage::formatLabel(const QString &format)
{
    if (format == QLatin1String("yyyy-MM-dd"))
        return tr("year-month-day");
    if (format == QLatin1String("M/d/yyyy"))
        return tr("month/day/year (United States)");
    if (format == QLatin1String("d.M.yyyy"))
        return tr("day.month.year (Germany, Switzerland…)");
    if (format == QLatin1String("d/M/yyyy"))
        return tr("day/month/year (United Kingdom, France…)");
    return format;
}

QString ImportCheckPage::sampleDate() const
{
    const CsvReader::Table &table = m_session.table;
    for (const CsvReader::Row &row : table.rows) {
        for (const QString &field : dateFields()) {
            const int column = m_session.columns.value(field, -1);
            if (column >= 0 && !row.fields.value(column).trimmed().isEmpty())
                return row.fields.value(column).trimmed();
        }
    }
    return {};
}

void ImportCheckPage::fillDateFormats()
{
    ImportPlan::Options options;
    options.defaultCurrency = m_session.currency;
    options.today = m_workspace.clock().today();
    const auto found = planOf(m_session, options);
    const QString foundFormat = std::visit([](const auto &plan) { return plan.dateFormat; }, found);
    const QString chosen = m_dateFormat->currentData().toString();
    m_choices = std::visit([](const auto &plan) { return plan.dateFormatChoices; }, found);

    const QSignalBlocker blocker(m_dateFormat);
    m_dateFormat->clear();
    const QString sample = sampleDate();
    const auto add = [this, &sample](const QString &format) {
        const QDate day = ImportValues::parseDate(sample, format).date();
        m_dateFormat->addItem(day.isValid()
                ? tr("%1: “%2” is %3", "format: sample date is the day it means")
                      .arg(formatLabel(format), sample, QLocale().toString(day, QLocale::LongFormat))
                : formatLabel(format),
            format);
    };
    if (!m_choices.isEmpty()) {
        // Nothing is chosen for the user: the one they pick decides which day every date is.
        m_dateFormat->addItem(tr("Choose the format the file was written in…"), QString());
        for (const QString &format : std::as_const(m_choices))
            add(format);
        m_dateFormat->setCurrentIndex(std::max(0, m_dateFormat->findData(chosen)));
    } else {
        for (const QString &format : ImportValues::dateFormats())
            add(format);
        m_dateFormat->setCurrentIndex(std::max(0, m_dateFormat->findData(foundFormat)));
    }
    m_dateFormat->setEnabled(!sample.isEmpty());
}

void ImportCheckPage::initializePage()
{
    // Activities carry no amounts.
    const bool deals = m_session.kind == Kind::Deals;
    m_form->setRowVisible(m_currencyLabel, deals);
    m_update->setText(deals ? tr("&Update deals already present (value, currency, owner)")
                            : tr("&Update activities already present (time, outcome, value, note)"));
    m_form->setRowVisible(m_presentNote, !deals);
    fillDateFormats();
    check();
}

void ImportCheckPage::cleanupPage()
{
    m_recheck.stop();
}

void ImportCheckPage::check()
{
    m_recheck.stop();
    m_checked = false;
    m_anythingToDo = false;
    m_problemCount = 0;
    m_summary->clear();
    m_problemsModel->setStringList({});
    m_problemsLabel->hide();
    m_problems->hide();
    m_skipProblems->hide();
    m_advice->hide();
    m_error->hide();
    const auto stop = [this](const QString &why) {
        if (!why.isEmpty()) {
            m_error->setText(why);
            m_error->show();
        }
        emit completeChanged();
    };

    const QString format = m_dateFormat->currentData().toString();
    const QString sample = sampleDate();
    if (!m_choices.isEmpty()) {
        m_dateNote->setText(
            tr("Every date in the file fits more than one format: “%1” could be either day. The one you "
               "choose decides which day each date is.")
                .arg(sample));
        m_dateNote->show();
        // Said plainly until the user has chosen: it decides every date written.
        QFont font = m_dateNote->font();
        font.setBold(format.isEmpty());
        m_dateNote->setFont(font);
        if (format.isEmpty())
            return stop(tr("Choose the date format before going on."));
    } else {
        m_dateNote->setText(
            sample.isEmpty() ? tr("The columns chosen hold no dates.") : tr("Found from the file's dates."));
        m_dateNote->setFont(font());
        m_dateNote->show();
    }

    const bool deals = m_session.kind == Kind::Deals;
    if (deals) {
        const QString currency = m_currency->text().trimmed().toUpper();
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(currency).hasMatch())
            return stop(tr("Default currency: type a three-letter code such as EUR or USD."));
        m_session.currency = currency;
    }
    m_session.update = m_update->isChecked();

    ImportPlan::Options options;
    options.dateFormat = format;
    options.defaultCurrency = m_session.currency;
    options.today = m_workspace.clock().today();
    m_session.plan = planOf(m_session, options);
    Result<ImportSummary> dry = Error {};
    {
        const WaitCursor wait;
        dry = importPlan(m_workspace.pipeline(), m_session, fileNameOf(m_session), true);
    }
    if (!dry)
        return stop(tr("The check failed: %1").arg(dry.error()));
    m_summary->setText(ImportReport::lines(*dry, true, kNamesShown).join(QLatin1Char('\n')));

    // The plan's problems and the rows the writer would skip (an activity whose deal is not there),
    // by line: both lists are in the file's order.
    QList<std::pair<int, QString>> byLine;
    for (const ImportPlan::Problem &problem : m_session.problems())
        byLine.append({ problem.line, ImportPlan::describe(problem) });
    for (int i = 0; i < dry->skippedRows.size(); ++i)
        byLine.append({ dry->skippedLines.value(i), dry->skippedRows.at(i) });
    std::stable_sort(
        byLine.begin(), byLine.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList problems;
    for (const auto &[line, text] : std::as_const(byLine))
        problems << text;
    m_problemCount = int(problems.size());
    const int valid = m_session.plannedRows() - int(dry->skippedRows.size());
    if (!problems.isEmpty()) {
        m_problemsModel->setStringList(problems);
        m_problemsLabel->setText(
            tr("&Problems (%1): these rows are skipped").arg(QLocale().toString(problems.size())));
        m_problemsLabel->show();
        m_problems->show();
        if (valid > 0) {
            m_skipProblems->setText(valid == 1
                    ? tr("Import the 1 &valid row and skip the rest")
                    : tr("Import the %n &valid rows and skip the rest", nullptr, valid));
            m_skipProblems->show();
            m_advice->show();
        }
    }
    m_anythingToDo = dry->imported > 0 || dry->updated > 0;
    m_checked = true;
    if (valid == 0)
        return stop(tr("No row of the file can be imported. Go Back to change how the file is read or its "
                       "columns, or Cancel and fix the file."));
    if (!m_anythingToDo)
        return stop(deals
                ? tr("Every deal of the file is in Ripen already. Tick “Update deals already "
                     "present” to bring their value, currency and owner up to date.")
                : tr("Every activity of the file is in Ripen already: there is nothing to import."));
    stop({});
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && m_anythingToDo && (m_problemCount == 0 || m_skipProblems->isChecked());
}

// ---------------------------------------------------------------------------------------------------
// Import

ImportRunPage::ImportRunPage(ImportSession &session, Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_workspace(workspace)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_result(newSummaryLabel(this))
{
    setObjectName(QStringLiteral("importPage"));
    setTitle(tr("Import"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    setUpNoteLabel(m_status);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_result->setObjectName(QStringLiteral("importResult"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::requestCancel);
}

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_cancelRequested = false;
    m_result->clear();
    const int rows = m_session.plannedRows();
    m_progress->show();
    m_progress->setRange(0, std::max(1, rows));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    // English loads no translator: one text for one, another for more; %n lets other languages choose.
    if (m_session.kind == Kind::Deals) {
        setSubTitle(tr("The deals are written in one step: a cancelled or failed import leaves the database "
                       "as it was."));
        m_status->setText((rows == 1 ? tr("Importing 1 deal from “%1”…")
                                     : tr("Importing %n deals from “%1”…", nullptr, rows))
                              .arg(fileNameOf(m_session)));
    } else {
        setSubTitle(tr("The activities are written in one step: a cancelled or failed import leaves the "
                       "database as it was."));
        m_status->setText((rows == 1 ? tr("Importing 1 activity from “%1”…")
                                     : tr("Importing %n activities from “%1”…", nullptr, rows))
                              .arg(fileNameOf(m_session)));
    }
    // Started once the page is on screen.
    QTimer::singleShot(0, this, &ImportRunPage::run);
}

void ImportRunPage::requestCancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::run()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_cancel->setFocus();
    std::optional<WaitCursor> saving;
    // The same rows again, for Edit > Redo after an undo: the plan is kept, not the file.
    ImportSession kept;
    kept.kind = m_session.kind;
    kept.plan = m_session.plan;
    kept.update = m_session.update;
    const ImportStep::Again again
        = [&pipeline = m_workspace.pipeline(), kept = std::move(kept), file = fileNameOf(m_session)] {
              return importPlan(pipeline, kept, file, false);
          };
    const auto result = importPlan(
        m_workspace.pipeline(), m_session, fileNameOf(m_session), false, [&](int done, int total) {
            m_progress->setMaximum(std::max(1, total));
            m_progress->setValue(done);
            // The bar moves and Cancel can be clicked; the rest of the wizard is disabled meanwhile
            // (Back by the commit, Finish until done) and the window it belongs to is blocked.
            QCoreApplication::processEvents();
            if (m_cancelRequested)
                return false;
            if (done == total) {
                // What follows cannot be cancelled: the commit, then every view reading its new
                // deals, which takes a while for thousands of them.
                m_cancel->setEnabled(false);
                m_status->setText(savingText(m_session.kind));
                saving.emplace();
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            }
            return true;
        });
    saving.reset();
    m_running = false;
    m_cancel->hide();
    if (result) {
        // Edit > Undo takes it back as a whole, until the file is closed; File > Import History later.
        m_workspace.undoStack().push(
            ImportStep::make(m_workspace, fileNameOf(m_session), result->importId, again));
        m_progress->setValue(m_progress->maximum());
        m_status->setText(doneText(m_session.kind));
        m_result->setText(ImportReport::lines(*result, false, kNamesShown).join(QLatin1Char('\n')));
        QSettings().setValue(ImportWizard::currencySettingsKey(), m_session.currency);
    } else {
        // Nothing was written: no bar half full to suggest otherwise, and nothing to finish.
        m_progress->hide();
        wizard()->setButtonText(QWizard::FinishButton, tr("&Close"));
        if (m_cancelRequested) {
            m_status->setText(tr("The import was cancelled."));
            m_result->setText(tr("%1 The database was left as it was.").arg(result.error()));
        } else {
            m_status->setText(tr("The import failed."));
            m_result->setText(
                tr("%1\nThe database was left as it was: nothing was written.").arg(result.error()));
        }
    }
    m_finished = true;
    emit completeChanged();
    if (result)
        emit imported(*result);
}

} // namespace Ripen
