// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lostreview.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;

namespace Ripen {

class Clock;
class Prompter;
class Workspace;

// The monthly review of the lost deals view (PERSISTENCE.md, 5): for the twelve months up to a month,
// the losses and their value, how many were pursued since, re-engaged and won back, and four charts:
// the losses per month by reason, re-engaged and won back per month, and how many "no"s and attempts the
// deals won in those months took (against the 4 "no"s and 9 attempts most sales need). Everything comes
// from LostReview, so the screen, the PDF and `ripen report lost` say the same. It reads again when the
// Pipeline reports a change (once per burst), and exports the month as a PDF report or the charts as PNG.
class LostReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostReviewPanel)
public:
    enum Chart { LostPerMonth, ReengagedPerMonth, NosBeforeWin, AttemptsBeforeWin, ChartCount };
    enum Card { LostCard, PursuedCard, ReengagedCard, WonBackCard, CardCount };
    // Where the reference lines stand on the histograms' category axis: at the left edge of the bucket of
    // 4 "no"s and of 9 attempts, so the deals to the right of a line needed that many or more.
    static constexpr qreal kNosLineX = 3.5;
    static constexpr qreal kAttemptsLineX = 8.5;

    LostReviewPanel(const Clock &clock, Prompter &prompter, QWidget *parent = nullptr);
    ~LostReviewPanel() override;

    // nullptr: no database (the panel says so). Reads at once.
    void setWorkspace(Workspace *workspace);

    // The last month of the review (its first day); the default is the last full month.
    QDate month() const { return m_month; }
    void setMonth(const QDate &month);

    // What the panel shows, read by the last refresh.
    const LostReviewFigures &figures() const { return m_figures; }
    const WinHistograms &histograms() const { return m_histograms; }
    // True when the twelve months hold no loss: the message replaces the charts.
    bool isEmptyState() const;
    QString emptyMessage() const;
    // A figure card's text as shown: its number, a line break and its detail.
    QString cardText(Card card) const;

    QList<QChartView *> chartViews() const { return m_views; }
    QComboBox *monthCombo() const { return m_monthCombo; }
    // Export review as PDF…, Export charts as PNG…: for the owning view's menus.
    QList<QAction *> actions() const { return { m_exportPdfAction, m_exportChartsAction }; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *exportChartsAction() const { return m_exportChartsAction; }

    // The month's review as a PDF: the title (month and database), the figures, the four charts and the
    // deals ripe to re-engage today, over as many pages as they need, numbered. Written whole or not at
    // all; false and a sentence naming the file and the reason when it fails. progress, when given, hears
    // (page done, pages) after each page.
    bool exportPdf(
        const QString &path, QString *error, const std::function<bool(int, int)> &progress = nullptr);
    // Pages the last exportPdf wrote.
    int lastPdfPageCount() const { return m_lastPdfPages; }
    // One chart as PNG, as it is shown (its view's size at the screen's pixel ratio).
    bool exportChartPng(Chart chart, const QString &path, QString *error);
    // The file names exportChartsInteractive gives the charts after the chosen prefix.
    static QString chartFileSuffix(Chart chart);

public slots:
    // Reads the figures and histograms again and rebuilds the charts.
    void refresh();
    // Ask for a file through the Prompter, export with a progress dialog, report a failure.
    void exportPdfInteractive();
    // Asks for a file name; the four charts are written beside it, each named after it and its chart
    // ("review.png": review-lost-per-month.png, review-reengaged-per-month.png...).
    void exportChartsInteractive();

signals:
    // After each refresh (tests wait for it).
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void fillMonths();
    void updateCards();
    void rebuildCharts();
    // A chart of the figures read, in the light or dark look (the PDF and a hidden panel build their own).
    QChart *buildChart(Chart chart, bool dark, bool interactive) const;
    void applyLook();
    bool isDark() const;
    QString databaseName() const;
    QString rangeText() const;

    const Clock &m_clock;
    Prompter &m_prompter;
    QPointer<Workspace> m_workspace;
    QDate m_month;
    LostReviewFigures m_figures;
    WinHistograms m_histograms;
    QString m_readError;
    QTimer m_refreshTimer;
    bool m_stale = false;
    int m_lastPdfPages = 0;

    QComboBox *m_monthCombo;
    QLabel *m_rangeLabel;
    QList<QLabel *> m_cardValues;
    QList<QLabel *> m_cardDetails;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QList<QChartView *> m_views;
    QAction *m_exportPdfAction;
    QAction *m_exportChartsAction;
};

} // namespace Ripen
