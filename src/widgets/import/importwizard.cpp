// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importpages.h"
#include "workspace.h"

#include <QSettings>

namespace Ripen {

ImportWizard::ImportWizard(Workspace &workspace, Prompter &prompter, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_runPage(new ImportRunPage(m_session, workspace, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the Import page has its own, while it runs
    m_session.currency = QSettings().value(currencySettingsKey(), QStringLiteral("EUR")).toString();

    auto *filePage = new ImportFilePage(m_session, prompter, this);
    setPage(FilePageId, filePage);
    setPage(ReadingPageId, new ImportReadingPage(m_session, this));
    setPage(ColumnsPageId, new ImportColumnsPage(m_session, this));
    setPage(CheckPageId, new ImportCheckPage(m_session, workspace, this));
    setPage(ImportPageId, m_runPage);
    connect(m_runPage, &ImportRunPage::imported, this, &ImportWizard::imported);
    // The pages read and write this workspace: they go when it does.
    connect(&workspace, &Workspace::closing, this, [this] { QWizard::reject(); });
    if (!path.isEmpty())
        filePage->setPath(path);

    const QFontMetrics metrics = fontMetrics();
    // Room for the Columns page's fields and the preview's first rows without scrolling much.
    resize(metrics.averageCharWidth() * 120, metrics.height() * 44);
}

ImportWizard::~ImportWizard() = default;

int ImportSession::plannedRows() const
{
    if (const auto *deals = std::get_if<ImportPlan::Deals>(&plan))
        return int(deals->deals.size());
    return int(std::get<ImportPlan::Activities>(plan).activities.size());
}

const QList<ImportPlan::Problem> &ImportSession::problems() const
{
    return std::visit(
        [](const auto &planned) -> const QList<ImportPlan::Problem> & { return planned.problems; }, plan);
}

QString ImportWizard::currencySettingsKey()
{
    return QStringLiteral("Import/defaultCurrency");
}

bool ImportWizard::isImporting() const
{
    return m_runPage->isRunning();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace Ripen
