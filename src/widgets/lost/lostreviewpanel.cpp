// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostreviewpanel.h"

#include "clock.h"
#include "money.h"
#include "prompter.h"
#include "workspace.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Ripen {

namespace {

constexpr int kMonths = LostReview::kDefaultMonths;
constexpr int kMonthChoices = 24;

// Okabe and Ito's palette: told apart with any colour vision, readable on light and dark backgrounds.
const QList<QColor> kReasonColors { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
    QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
    QColor(0xf0, 0xe4, 0x42) };
const QColor kUnknownReason(0x99, 0x99, 0x99);
const QColor kReengagedColor(0x56, 0xb4, 0xe9);
const QColor kWonColor(0x00, 0x9e, 0x73);
const QColor kLineColor(0xd5, 0x5e, 0x00);

// What a chart is drawn on: the widget's palette on screen, paper in the PDF.
struct Look
{
    bool dark = false;
    QColor background, text, grid;
};

Look paperLook()
{
    return Look { false, Qt::white, QColor(0x20, 0x20, 0x20), QColor(0xd0, 0xd0, 0xd0) };
}

// 0..top in steps of 1, 2 or 5 times a power of ten, five steps at most: whole numbers of deals.
std::pair<int, int> niceAxis(int maximum)
{
    maximum = std::max(maximum, 1);
    int step = 1;
    for (int power = 1;; power *= 10) {
        for (int factor : { 1, 2, 5 }) {
            step = factor * power;
            if ((maximum + step - 1) / step <= 5)
                return { (maximum + step - 1) / step * step, step };
        }
    }
}

QValueAxis *countAxis(int maximum, const Look &look, const QString &title)
{
    auto *axis = new QValueAxis;
    const auto [top, step] = niceAxis(maximum);
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsBrush(look.text);
    axis->setGridLineColor(look.grid);
    axis->setLinePenColor(look.grid);
    axis->setTitleText(title);
    axis->setTitleBrush(look.text);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const Look &look, const QString &title = {})
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsBrush(look.text);
    axis->setGridLineVisible(false);
    axis->setLinePenColor(look.grid);
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleBrush(look.text);
        QFont font = axis->titleFont();
        font.setBold(false);
        axis->setTitleFont(font);
    }
    return axis;
}

QString moneyText(const QMap<QString, qint64> &values, bool skipZeros, const QLocale &locale)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!skipZeros || it.value() != 0)
            parts << formatMoney(Money { it.value(), it.key() }, locale);
    }
    if (parts.isEmpty()) {
        const QString currency = values.isEmpty() ? QStringLiteral("EUR") : values.firstKey();
        return formatMoney(Money { 0, currency }, locale);
    }
    return parts.join(QStringLiteral(", "));
}

QString bucketLabel(int bucket)
{
    return bucket == WinHistograms::kHistogramBuckets - 1 ? QStringLiteral("%1+").arg(bucket)
                                                          : QString::number(bucket);
}

qreal mm(qreal millimetres, const QPaintDevice &device)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

} // namespace

LostReviewPanel::LostReviewPanel(const Clock &clock, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_month(LostReview::defaultLastMonth(clock))
    , m_monthCombo(new QComboBox(this))
    , m_rangeLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_exportPdfAction(new QAction(tr("Export Review as &PDF…"), this))
    , m_exportChartsAction(new QAction(tr("Export &Charts as PNG…"), this))
{
    setObjectName(QStringLiteral("lostReviewPanel"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });

    m_exportPdfAction->setStatusTip(tr("Write this month's review, its charts and the ripe deals as a PDF"));
    m_exportPdfAction->setToolTip(m_exportPdfAction->statusTip());
    m_exportChartsAction->setStatusTip(tr("Write the four charts as PNG images"));
    m_exportChartsAction->setToolTip(m_exportChartsAction->statusTip());
    connect(m_exportPdfAction, &QAction::triggered, this, &LostReviewPanel::exportPdfInteractive);
    connect(m_exportChartsAction, &QAction::triggered, this, &LostReviewPanel::exportChartsInteractive);

    // The month, what it covers, the exports.
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_monthCombo);
    m_monthCombo->setObjectName(QStringLiteral("reviewMonth"));
    m_monthCombo->setToolTip(tr("The last month of the twelve the review covers"));
    fillMonths();
    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QDate month = m_monthCombo->itemData(index).toDate();
        if (!month.isValid() || month == m_month)
            return;
        m_month = month;
        refresh();
    });
    m_rangeLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *pdfButton = new QToolButton(this);
    pdfButton->setDefaultAction(m_exportPdfAction);
    pdfButton->setText(tr("Export &PDF…"));
    pdfButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *pngButton = new QToolButton(this);
    pngButton->setDefaultAction(m_exportChartsAction);
    pngButton->setText(tr("Export C&harts…"));
    pngButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QToolButton *button : { pdfButton, pngButton })
        button->setFocusPolicy(Qt::StrongFocus);
    auto *header = new QHBoxLayout;
    header->addWidget(monthLabel);
    header->addWidget(m_monthCombo);
    header->addSpacing(8);
    header->addWidget(m_rangeLabel, 1);
    header->addWidget(pdfButton);
    header->addWidget(pngButton);

    // The figures, a card each.
    auto *cards = new QHBoxLayout;
    const QStringList captions { tr("Lost in 12 months"), tr("Pursued since the loss"), tr("Re-engaged"),
        tr("Won back") };
    for (int card = 0; card < CardCount; ++card) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->setSpacing(0);
        auto *caption = new QLabel(captions.at(card), frame);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(frame);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        value->setFont(big);
        auto *detail = new QLabel(frame);
        detail->setWordWrap(true);
        layout->addWidget(caption);
        layout->addWidget(value);
        layout->addWidget(detail);
        layout->addStretch(1);
        cards->addWidget(frame, 1);
        m_cardValues << value;
        m_cardDetails << detail;
    }

    // The charts, or a message when there is nothing to chart.
    auto *chartsHost = new QWidget;
    auto *grid = new QGridLayout(chartsHost);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int chart = 0; chart < ChartCount; ++chart) {
        auto *view = new QChartView(chartsHost);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 230);
        view->setFocusPolicy(Qt::NoFocus);
        view->setFrameShape(QFrame::NoFrame);
        // The two charts by month span the width (twelve month names and the reasons' legend need the
        // room); the histograms share the last row.
        if (chart == LostPerMonth || chart == ReengagedPerMonth)
            grid->addWidget(view, chart, 0, 1, 2);
        else
            grid->addWidget(view, 2, chart - NosBeforeWin);
        m_views << view;
    }
    static const char *const names[] { "lostPerMonthChart", "reengagedPerMonthChart", "nosBeforeWinChart",
        "attemptsBeforeWinChart" };
    for (int chart = 0; chart < ChartCount; ++chart)
        m_views[chart]->setObjectName(QString::fromLatin1(names[chart]));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(chartsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_emptyLabel->setObjectName(QStringLiteral("reviewEmptyState"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_emptyLabel->setFont(emptyFont);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(cards);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_monthCombo, pdfButton);
    setTabOrder(pdfButton, pngButton);
    setFocusProxy(m_monthCombo);
    refresh();
}

LostReviewPanel::~LostReviewPanel() = default;

void LostReviewPanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(&m_workspace->pipeline(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::closing, this, [this] { setWorkspace(nullptr); });
        const Pipeline *pipeline = &m_workspace->pipeline();
        // Whatever can change a loss, a win, a value, a reason's label or a touch before a win.
        connect(pipeline, &Pipeline::dealChanged, this, &LostReviewPanel::scheduleRefresh);
        connect(pipeline, &Pipeline::dealMoved, this, &LostReviewPanel::scheduleRefresh);
        connect(pipeline, &Pipeline::dealStatusChanged, this, &LostReviewPanel::scheduleRefresh);
        connect(pipeline, &Pipeline::touchLogged, this, &LostReviewPanel::scheduleRefresh);
        connect(pipeline, &Pipeline::touchChanged, this, &LostReviewPanel::scheduleRefresh);
        connect(pipeline, &Pipeline::stagesChanged, this, &LostReviewPanel::scheduleRefresh);
        connect(pipeline, &Pipeline::bulkChanged, this, &LostReviewPanel::scheduleRefresh);
        connect(pipeline, &Pipeline::lostReasonsChanged, this, &LostReviewPanel::scheduleRefresh);
    }
    // A hidden panel reads when it is shown: the window's start does not wait for the review.
    if (isVisible() || !m_workspace)
        refresh();
    else
        m_stale = true;
}

void LostReviewPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void LostReviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LostReviewPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuildCharts();
}

void LostReviewPanel::fillMonths()
{
    const QLocale locale;
    const QDate last = LostReview::defaultLastMonth(m_clock);
    QList<QDate> months;
    for (int i = 0; i < kMonthChoices; ++i)
        months << last.addMonths(-i);
    if (!months.contains(m_month))
        months << m_month;
    std::sort(months.begin(), months.end(), std::greater<>());
    const QSignalBlocker blocker(m_monthCombo);
    m_monthCombo->clear();
    for (const QDate &month : std::as_const(months))
        m_monthCombo->addItem(locale.toString(month, QStringLiteral("MMMM yyyy")), month);
    m_monthCombo->setCurrentIndex(m_monthCombo->findData(m_month));
}

void LostReviewPanel::setMonth(const QDate &month)
{
    if (!month.isValid())
        return;
    const QDate first(month.year(), month.month(), 1);
    if (first == m_month)
        return;
    m_month = first;
    if (m_monthCombo->findData(m_month) < 0)
        fillMonths();
    const QSignalBlocker blocker(m_monthCombo);
    m_monthCombo->setCurrentIndex(m_monthCombo->findData(m_month));
    refresh();
}

void LostReviewPanel::refresh()
{
    m_refreshTimer.stop();
    m_stale = false;
    m_readError.clear();
    m_figures = LostReviewFigures {};
    m_histograms = WinHistograms {};
    m_figures.to = m_month;
    m_figures.from = m_month.addMonths(1 - kMonths);
    if (m_workspace) {
        const LostReview review(m_workspace->pipeline());
        if (auto figures = review.figures(m_month, kMonths))
            m_figures = *figures;
        else
            m_readError = figures.error();
        if (auto histograms = review.winHistograms(m_figures.from, m_figures.to.addMonths(1)))
            m_histograms = *histograms;
        else if (m_readError.isEmpty())
            m_readError = histograms.error();
    }
    const QLocale locale;
    m_rangeLabel->setText(tr("12 months: %1 to %2")
                              .arg(locale.toString(m_figures.from, QStringLiteral("MMMM yyyy")),
                                  locale.toString(m_figures.to, QStringLiteral("MMMM yyyy"))));
    m_exportPdfAction->setEnabled(m_workspace);
    m_exportChartsAction->setEnabled(m_workspace && !isEmptyState() && m_readError.isEmpty());
    updateCards();
    rebuildCharts();
    emit refreshed();
}

bool LostReviewPanel::isEmptyState() const
{
    return !m_workspace || !m_readError.isEmpty() || m_figures.totals.lost == 0;
}

QString LostReviewPanel::emptyMessage() const
{
    if (!m_workspace)
        return tr("Open a database to see the review of its lost deals.");
    if (!m_readError.isEmpty())
        return m_readError;
    return tr("No deal lost in the 12 months up to %1. When a prospect says no, mark the deal lost with a "
              "reason and a date to come back: it will show here.")
        .arg(QLocale().toString(m_month, QStringLiteral("MMMM yyyy")));
}

QString LostReviewPanel::cardText(Card card) const
{
    return m_cardValues.at(card)->text() + QLatin1Char('\n') + m_cardDetails.at(card)->text();
}

void LostReviewPanel::updateCards()
{
    const QLocale locale;
    const LostTotals &t = m_figures.totals;
    m_cardValues[LostCard]->setText(locale.toString(t.lost));
    m_cardDetails[LostCard]->setText(moneyText(t.lostValue, false, locale));
    m_cardValues[PursuedCard]->setText(t.lost == 0
            ? tr("–", "no share: nothing was lost")
            : tr("%1%", "a share in percent")
                  .arg(locale.toString(std::lround(100.0 * t.pursuedSinceLoss / t.lost))));
    m_cardDetails[PursuedCard]->setText(
        tr("%1 of %2 losses touched since")
            .arg(locale.toString(t.pursuedSinceLoss), locale.toString(t.lost)));
    m_cardValues[ReengagedCard]->setText(locale.toString(t.reengaged));
    m_cardDetails[ReengagedCard]->setText(tr("reopened into the pipeline since the loss"));
    m_cardValues[WonBackCard]->setText(locale.toString(t.wonBack));
    m_cardDetails[WonBackCard]->setText(moneyText(t.wonBackValue, true, locale));
}

bool LostReviewPanel::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void LostReviewPanel::rebuildCharts()
{
    if (isEmptyState()) {
        m_emptyLabel->setText(emptyMessage());
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    for (int chart = 0; chart < ChartCount; ++chart) {
        QChart *old = m_views[chart]->chart();
        m_views[chart]->setChart(buildChart(Chart(chart), isDark(), true));
        delete old;
        m_views[chart]->setAccessibleName(m_views[chart]->chart()->title());
    }
    m_stack->setCurrentIndex(0);
}

QChart *LostReviewPanel::buildChart(Chart which, bool dark, bool interactive) const
{
    Look look = paperLook();
    if (interactive) {
        look.dark = dark;
        look.background = palette().color(QPalette::Base);
        look.text = palette().color(QPalette::Text);
        look.grid = palette().color(QPalette::Mid);
    }
    const QLocale locale;
    auto *chart = new QChart;
    chart->setTheme(look.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(look.background);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(look.text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(QFont().pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // a label cut short shows whole on hover
    chart->legend()->setLabelColor(look.text);

    QStringList months;
    for (const LostMonth &m : m_figures.months)
        months << locale.toString(m.month, QStringLiteral("MMM"));
    auto tip = [this, interactive](QBarSet *set, const std::function<QString(int)> &text) {
        if (!interactive)
            return;
        // The view is the tooltip's parent, so it goes when the view does.
        connect(set, &QBarSet::hovered, this, [text](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), text(index));
            else
                QToolTip::hideText();
        });
    };
    auto monthName = [this, locale](int index) {
        return index >= 0 && index < m_figures.months.size()
            ? locale.toString(m_figures.months.at(index).month, QStringLiteral("MMMM yyyy"))
            : QString();
    };

    switch (which) {
    case LostPerMonth: {
        chart->setTitle(tr("Deals lost per month, by reason"));
        // The reasons' labels are long: beside the bars they keep their words.
        chart->legend()->setAlignment(Qt::AlignRight);
        auto *series = new QStackedBarSeries;
        const auto &reasons = m_figures.months.isEmpty() ? QList<std::pair<QString, int>>()
                                                         : m_figures.months.first().byReason;
        int maximum = 0;
        for (const LostMonth &m : m_figures.months)
            maximum = std::max(maximum, m.lost);
        for (qsizetype r = 0; r < reasons.size(); ++r) {
            const QString label = reasons.at(r).first;
            auto *set = new QBarSet(label);
            for (const LostMonth &m : m_figures.months)
                set->append(r < m.byReason.size() ? m.byReason.at(r).second : 0);
            const QColor color = label == LostReview::unknownReasonLabel()
                ? kUnknownReason
                : kReasonColors.at(r % kReasonColors.size());
            set->setColor(color);
            set->setBorderColor(color);
            tip(set, [set, label, monthName](int index) {
                return tr("%1, %2: %3 lost").arg(monthName(index), label).arg(int(set->at(index)));
            });
            series->append(set);
        }
        series->setBarWidth(0.7);
        chart->addSeries(series);
        auto *x = categoryAxis(months, look);
        auto *y = countAxis(maximum, look, tr("Losses"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        break;
    }
    case ReengagedPerMonth: {
        chart->setTitle(tr("Re-engaged and won back, by month of the loss"));
        auto *series = new QBarSeries;
        auto *reengaged = new QBarSet(tr("Re-engaged"));
        auto *won = new QBarSet(tr("Won back"));
        int maximum = 0;
        for (const LostMonth &m : m_figures.months) {
            reengaged->append(m.reengaged);
            won->append(m.wonBack);
            maximum = std::max({ maximum, m.reengaged, m.wonBack });
        }
        reengaged->setColor(kReengagedColor);
        reengaged->setBorderColor(kReengagedColor);
        won->setColor(kWonColor);
        won->setBorderColor(kWonColor);
        tip(reengaged, [reengaged, monthName](int index) {
            return tr("Lost in %1: %2 re-engaged since").arg(monthName(index)).arg(int(reengaged->at(index)));
        });
        tip(won, [won, monthName](int index) {
            return tr("Lost in %1: %2 won back since").arg(monthName(index)).arg(int(won->at(index)));
        });
        series->append(reengaged);
        series->append(won);
        series->setBarWidth(0.8);
        chart->addSeries(series);
        auto *x = categoryAxis(months, look);
        auto *y = countAxis(maximum, look, tr("Losses"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        break;
    }
    case NosBeforeWin:
    case AttemptsBeforeWin: {
        const bool nos = which == NosBeforeWin;
        const QList<int> &buckets = nos ? m_histograms.nos : m_histograms.attempts;
        chart->setTitle(nos ? tr("“No”s heard before each win") : tr("Attempts before each win"));
        auto *series = new QBarSeries;
        auto *set = new QBarSet(tr("Deals won: %1").arg(locale.toString(m_histograms.wins)));
        QStringList categories;
        int maximum = 0;
        for (qsizetype b = 0; b < buckets.size(); ++b) {
            set->append(buckets.at(b));
            categories << bucketLabel(int(b));
            maximum = std::max(maximum, buckets.at(b));
        }
        set->setColor(kWonColor);
        set->setBorderColor(kWonColor);
        tip(set, [set, nos](int index) {
            return nos
                ? tr("%1 deals won after %2 “no”s").arg(int(set->at(index))).arg(bucketLabel(index))
                : tr("%1 deals won after %2 attempts").arg(int(set->at(index))).arg(bucketLabel(index));
        });
        series->append(set);
        series->setBarWidth(0.8);
        chart->addSeries(series);
        auto *x = categoryAxis(
            categories, look, nos ? tr("“No”s and “not now”s before the win") : tr("Touches up to the win"));
        auto *y = countAxis(maximum, look, tr("Deals won"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        // The line where the craft says most sales are decided (PERSISTENCE.md, 3).
        auto *line = new QLineSeries;
        line->setName(nos ? tr("4 “no”s: where most give up") : tr("9 attempts: where access usually comes"));
        const qreal at = nos ? kNosLineX : kAttemptsLineX;
        line->append(at, 0);
        line->append(at, y->max());
        QPen pen(kLineColor);
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        break;
    }
    case ChartCount:
        break;
    }
    return chart;
}

QString LostReviewPanel::databaseName() const
{
    return m_workspace ? QFileInfo(m_workspace->path()).fileName() : QString();
}

QString LostReviewPanel::rangeText() const
{
    const QLocale locale;
    return tr("12 months: %1 to %2")
        .arg(locale.toString(m_figures.from, QStringLiteral("MMMM yyyy")),
            locale.toString(m_figures.to, QStringLiteral("MMMM yyyy")));
}

QString LostReviewPanel::chartFileSuffix(Chart chart)
{
    switch (chart) {
    case LostPerMonth:
        return QStringLiteral("lost-per-month.png");
    case ReengagedPerMonth:
        return QStringLiteral("reengaged-per-month.png");
    case NosBeforeWin:
        return QStringLiteral("nos-before-win.png");
    case AttemptsBeforeWin:
        return QStringLiteral("attempts-before-win.png");
    case ChartCount:
        break;
    }
    return {};
}

bool LostReviewPanel::exportChartPng(Chart chart, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (m_stale)
        refresh();
    if (chart < 0 || chart >= ChartCount || isEmptyState()) {
        if (error)
            *error = tr("Could not write “%1”: there is no chart to export.").arg(shown);
        return false;
    }
    const QImage image = m_views.at(chart)->grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write “%1”: the image could not be encoded.").arg(shown);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

void LostReviewPanel::exportChartsInteractive()
{
    const QString suggested
        = QStringLiteral("lost-review-%1.png").arg(m_month.toString(QStringLiteral("yyyy-MM")));
    QString path = m_prompter.saveFileName(
        this, tr("Export Charts as PNG"), suggested, tr("PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty())
        return;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path.chop(4);
    for (int chart = 0; chart < ChartCount; ++chart) {
        QString error;
        if (!exportChartPng(Chart(chart), path + QLatin1Char('-') + chartFileSuffix(Chart(chart)), &error)) {
            m_prompter.error(this, tr("Export Charts"), error);
            return;
        }
    }
}

void LostReviewPanel::exportPdfInteractive()
{
    const QString suggested
        = QStringLiteral("lost-review-%1.pdf").arg(m_month.toString(QStringLiteral("yyyy-MM")));
    const QString path = m_prompter.saveFileName(
        this, tr("Export Review as PDF"), suggested, tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the review…"), tr("Cancel"), 0, 1, this);
    progress.setWindowTitle(tr("Export Review as PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QString error;
    const bool written = exportPdf(path, &error, [&progress](int done, int pages) {
        progress.setMaximum(pages);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written)
        m_prompter.error(this, tr("Export Review as PDF"), error);
}

// The PDF is laid out as a flow of blocks (title, figures, charts, the table's rows), each placed on
// the page where it fits; the table's header comes again at the top of every page it continues on.
namespace {

struct PdfBlock
{
    enum Kind { Title, Cards, ChartBlock, Message, Heading, TableHeader, Row, NoRow } kind;
    int index = 0;
    qreal height = 0;
    int page = 0;
    qreal y = 0;
};

} // namespace

bool LostReviewPanel::exportPdf(
    const QString &path, QString *error, const std::function<bool(int, int)> &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(shown, why);
        return false;
    };
    if (!m_workspace)
        return fail(tr("no database is open."));
    if (m_stale)
        refresh();
    LostFilter ripeFilter;
    ripeFilter.state = LostState::RipeNow;
    const auto ripe = LostReview(m_workspace->pipeline()).deals(ripeFilter, m_clock.today());
    if (!ripe)
        return fail(ripe.error());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(
            tr("Lost deals review, %1").arg(QLocale().toString(m_month, QStringLiteral("MMMM yyyy"))));
        writer.setCreator(QStringLiteral("Ripen"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(tr("the PDF could not be started."));
        }
        const QLocale locale;
        const qreal width = writer.width();
        const qreal footer = mm(10, writer);
        const qreal height = writer.height() - footer;
        QFont body = QFont();
        body.setPointSizeF(9);
        QFont titleFont = body;
        titleFont.setPointSizeF(18);
        titleFont.setBold(true);
        QFont headingFont = body;
        headingFont.setPointSizeF(12);
        headingFont.setBold(true);
        QFont bold = body;
        bold.setBold(true);
        QFont big = body;
        big.setPointSizeF(16);
        big.setBold(true);
        const qreal line = QFontMetricsF(body, &writer).lineSpacing();
        const qreal rowHeight = line * 1.5;
        const qreal chartHeight = width * 0.52;
        const QList<LostDealRow> &rows = *ripe;

        // The flow.
        QList<PdfBlock> flow;
        flow << PdfBlock { PdfBlock::Title, 0, QFontMetricsF(titleFont, &writer).lineSpacing() + line * 2.5 };
        flow << PdfBlock { PdfBlock::Cards, 0, line * 7 };
        if (isEmptyState()) {
            flow << PdfBlock { PdfBlock::Message, 0, line * 5 };
        } else {
            for (int chart = 0; chart < ChartCount; ++chart)
                flow << PdfBlock { PdfBlock::ChartBlock, chart, chartHeight + line };
        }
        flow << PdfBlock { PdfBlock::Heading, 0, QFontMetricsF(headingFont, &writer).lineSpacing() + line };
        if (rows.isEmpty())
            flow << PdfBlock { PdfBlock::NoRow, 0, rowHeight };
        else
            flow << PdfBlock { PdfBlock::TableHeader, 0, rowHeight };
        for (int r = 0; r < rows.size(); ++r)
            flow << PdfBlock { PdfBlock::Row, r, rowHeight };
        QList<PdfBlock> placed;
        int page = 0;
        qreal y = 0;
        for (qsizetype i = 0; i < flow.size(); ++i) {
            PdfBlock block = flow.at(i);
            // A heading and the table's header keep the next three rows with them.
            qreal keep = block.height;
            if (block.kind == PdfBlock::Heading || block.kind == PdfBlock::TableHeader) {
                for (qsizetype j = i + 1; j < flow.size() && j <= i + 3; ++j)
                    keep += flow.at(j).height;
            }
            if (y > 0 && y + keep > height) {
                ++page;
                y = 0;
                if (block.kind == PdfBlock::Row) {
                    placed << PdfBlock { PdfBlock::TableHeader, 0, rowHeight, page, y };
                    y += rowHeight;
                }
            }
            block.page = page;
            block.y = y;
            y += block.height;
            placed << block;
        }
        pages = page + 1;

        // The table's columns: share of the width, and alignment.
        struct Column
        {
            QString title;
            qreal share;
            Qt::Alignment align;
        };
        const QList<Column> columns { { tr("Deal"), 0.25, Qt::AlignLeft },
            { tr("Account"), 0.19, Qt::AlignLeft }, { tr("Lost on"), 0.13, Qt::AlignLeft },
            { tr("Value"), 0.11, Qt::AlignRight }, { tr("Reason"), 0.17, Qt::AlignLeft },
            { tr("Re-engage on"), 0.15, Qt::AlignLeft } };
        auto drawCells = [&](const QStringList &cells, qreal top, const QFont &font) {
            painter.setFont(font);
            const QFontMetricsF metrics(font, &writer);
            qreal x = 0;
            const qreal pad = mm(1, writer);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const qreal w = columns.at(c).share * width;
                const QRectF cell(x + pad, top, w - 2 * pad, rowHeight);
                painter.drawText(cell, int(columns.at(c).align | Qt::AlignVCenter),
                    metrics.elidedText(cells.value(c), Qt::ElideRight, cell.width()));
                x += w;
            }
        };
        const QColor ink(0x20, 0x20, 0x20), faint(0x70, 0x70, 0x70), rule(0xc8, 0xc8, 0xc8);
        const QString month = locale.toString(m_month, QStringLiteral("MMMM yyyy"));
        for (int p = 0; p < pages; ++p) {
            if (p > 0 && !writer.newPage()) {
                painter.end();
                file.cancelWriting();
                return fail(tr("a new page could not be started."));
            }
            for (const PdfBlock &block : std::as_const(placed)) {
                if (block.page != p)
                    continue;
                const QRectF area(0, block.y, width, block.height);
                painter.setPen(ink);
                switch (block.kind) {
                case PdfBlock::Title: {
                    painter.setFont(titleFont);
                    const qreal titleHeight = QFontMetricsF(titleFont, &writer).lineSpacing();
                    painter.drawText(QRectF(0, block.y, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                        tr("Lost deals review: %1").arg(month));
                    painter.setFont(body);
                    painter.setPen(faint);
                    painter.drawText(QRectF(0, block.y + titleHeight, width, line * 1.5),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        tr("%1 · %2 · written on %3")
                            .arg(databaseName(), rangeText(),
                                locale.toString(m_clock.today(), QStringLiteral("d MMMM yyyy"))));
                    break;
                }
                case PdfBlock::Cards: {
                    const QStringList captions { tr("Lost in 12 months"), tr("Pursued since the loss"),
                        tr("Re-engaged"), tr("Won back") };
                    const qreal gap = mm(3, writer);
                    const qreal w = (width - gap * (int(CardCount) - 1)) / int(CardCount);
                    for (int card = 0; card < CardCount; ++card) {
                        const QRectF box(card * (w + gap), block.y, w, block.height - line);
                        painter.setPen(rule);
                        painter.setBrush(Qt::NoBrush);
                        painter.drawRect(box);
                        const QRectF inner = box.adjusted(mm(2, writer), mm(1, writer), -mm(2, writer), 0);
                        painter.setPen(faint);
                        painter.setFont(body);
                        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                            Qt::AlignLeft | Qt::AlignVCenter, captions.at(card));
                        painter.setPen(ink);
                        painter.setFont(big);
                        const qreal bigLine = QFontMetricsF(big, &writer).lineSpacing();
                        painter.drawText(QRectF(inner.left(), inner.top() + line, inner.width(), bigLine),
                            Qt::AlignLeft | Qt::AlignVCenter, m_cardValues.at(card)->text());
                        painter.setFont(body);
                        painter.drawText(QRectF(inner.left(), inner.top() + line + bigLine, inner.width(),
                                             inner.bottom() - inner.top() - line - bigLine),
                            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_cardDetails.at(card)->text());
                    }
                    break;
                }
                case PdfBlock::ChartBlock: {
                    // Laid out at a screen size of the same shape, then scaled onto the page, so its text
                    // keeps the proportions it has on screen.
                    const QSizeF logical(720, 720 * chartHeight / width);
                    QGraphicsScene scene;
                    QChart *chart = buildChart(Chart(block.index), false, false);
                    scene.addItem(chart);
                    chart->setGeometry(QRectF(QPointF(0, 0), logical));
                    if (chart->layout())
                        chart->layout()->activate();
                    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
                    painter.setRenderHint(QPainter::Antialiasing);
                    scene.render(&painter, QRectF(0, block.y, width, chartHeight), scene.sceneRect());
                    break;
                }
                case PdfBlock::Message:
                    painter.setFont(body);
                    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, emptyMessage());
                    break;
                case PdfBlock::Heading:
                    painter.setFont(headingFont);
                    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom,
                        tr("Ripe to re-engage on %1 (%2)")
                            .arg(locale.toString(m_clock.today(), QStringLiteral("d MMMM yyyy")),
                                locale.toString(rows.size())));
                    break;
                case PdfBlock::TableHeader: {
                    QStringList titles;
                    for (const Column &column : columns)
                        titles << column.title;
                    drawCells(titles, block.y, bold);
                    painter.setPen(faint);
                    painter.drawLine(QPointF(0, block.y + rowHeight), QPointF(width, block.y + rowHeight));
                    break;
                }
                case PdfBlock::Row: {
                    const LostDealRow &row = rows.at(block.index);
                    drawCells(
                        { row.title, row.account, locale.toString(row.lostOn, QStringLiteral("d MMM yyyy")),
                            formatMoney(row.value, locale),
                            row.reason.isEmpty() ? LostReview::unknownReasonLabel() : row.reason,
                            row.reengageOn.isValid()
                                ? locale.toString(row.reengageOn, QStringLiteral("d MMM yyyy"))
                                : QString() },
                        block.y, body);
                    painter.setPen(rule);
                    painter.drawLine(QPointF(0, block.y + rowHeight), QPointF(width, block.y + rowHeight));
                    break;
                }
                case PdfBlock::NoRow:
                    painter.setFont(body);
                    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                        tr("No lost deal is ripe to re-engage today."));
                    break;
                }
            }
            // The footer.
            painter.setFont(body);
            painter.setPen(faint);
            const QRectF foot(0, writer.height() - line * 1.5, width, line * 1.5);
            painter.drawText(
                foot, Qt::AlignLeft | Qt::AlignVCenter, tr("Ripen · %1 · %2").arg(databaseName(), month));
            painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                tr("Page %1 of %2").arg(locale.toString(p + 1), locale.toString(pages)));
            if (progress && !progress(p + 1, pages)) {
                painter.end();
                file.cancelWriting();
                return fail(tr("cancelled."));
            }
        }
        if (!painter.end()) {
            file.cancelWriting();
            return fail(tr("the PDF could not be finished."));
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    m_lastPdfPages = pages;
    return true;
}

} // namespace Ripen
