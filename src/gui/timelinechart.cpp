#include "timelinechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Broadsheet {

namespace {

// The periods are ISO dates cut to the unit: their length tells the unit.
QString periodTitle(const QStringList &periods)
{
    const qsizetype length = periods.isEmpty() ? 7 : periods.first().size();
    if (length <= 4)
        return TimelineChart::tr("Year");
    if (length <= 7)
        return TimelineChart::tr("Month");
    return TimelineChart::tr("Day");
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_view(new QChartView(this))
{
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Add a word or phrase to see how often it appears over time."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    applyPalette();
    rebuild();
}

TimelineChart::~TimelineChart() = default;

QChart *TimelineChart::chart() const
{
    return m_view->chart();
}

void TimelineChart::setSeries(const QList<TimelineSeries> &series)
{
    m_series = series;
    rebuild();
}

void TimelineChart::setShowShare(bool share)
{
    if (share == m_share)
        return;
    m_share = share;
    rebuild();
}

void TimelineChart::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

void TimelineChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TimelineChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    // The union of every query's periods: ISO periods sort as text.
    QStringList periods;
    for (const TimelineSeries &one : std::as_const(m_series)) {
        for (const TimelineBucket &bucket : one.buckets)
            periods << bucket.period;
    }
    periods.sort();
    periods.removeDuplicates();
    m_periods = periods;
    m_stack->setCurrentWidget(m_series.isEmpty() ? static_cast<QWidget *>(m_placeholder)
                                                 : static_cast<QWidget *>(m_view));
    if (m_series.isEmpty())
        return;

    auto *bars = new QBarSeries;
    double top = 0;
    for (int s = 0; s < m_series.size(); ++s) {
        const TimelineSeries &one = m_series.at(s);
        QHash<QString, TimelineBucket> byPeriod;
        for (const TimelineBucket &bucket : one.buckets)
            byPeriod.insert(bucket.period, bucket);
        auto *set = new QBarSet(one.query);
        for (const QString &period : std::as_const(periods)) {
            const TimelineBucket bucket = byPeriod.value(period);
            const double value = m_share ? bucket.share() * 100.0 : double(bucket.matches);
            set->append(value);
            top = std::max(top, value);
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) { barClicked(s, index); });
        connect(set, &QBarSet::hovered, this,
                [this, s](bool over, int index) { barHovered(over, s, index); });
        bars->append(set);
    }
    chart->addSeries(bars);

    auto *x = new QBarCategoryAxis;
    x->append(periods);
    x->setTitleText(periodTitle(periods));
    // Many days or months do not fit side by side: upright labels then.
    x->setLabelsAngle(periods.size() > 12 ? -90 : 0);
    // What the bars measure goes in the chart's title, not the vertical axis's:
    // Qt Charts cuts a rotated title in a CJK face down to "…" (measured in the
    // Latin face), so the Chinese window would not say what it counts.
    auto *y = new QValueAxis;
    if (m_share) {
        chart->setTitle(tr("Share of articles (%)"));
        y->setLabelFormat(QStringLiteral("%.1f"));
        y->setRange(0, top > 0 ? top : 1);
        y->applyNiceNumbers();
    } else {
        chart->setTitle(tr("Matching articles"));
        y->setLabelFormat(QStringLiteral("%d"));
        // Whole articles: few of them get a tick each, never a tick between two.
        const int most = int(std::ceil(top));
        if (most <= 8) {
            y->setRange(0, std::max(most, 1));
            y->setTickCount(std::max(most, 1) + 1);
        } else {
            y->setRange(0, most);
            y->applyNiceNumbers();
        }
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->setVisible(true);
    applyPalette();
}

void TimelineChart::applyPalette()
{
    // The chart follows the window's palette rather than a chart theme of its
    // own, so that it sits in light, dark and sepia windows alike.
    const QPalette pal = palette();
    QChart *chart = m_view->chart();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->setTitleBrush(pal.color(QPalette::Text));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void TimelineChart::barClicked(int setIndex, int periodIndex)
{
    if (setIndex < 0 || setIndex >= m_series.size() || periodIndex < 0 ||
        periodIndex >= m_periods.size())
        return;
    emit periodClicked(m_series.at(setIndex).query, m_periods.at(periodIndex));
}

void TimelineChart::barHovered(bool over, int setIndex, int periodIndex)
{
    if (!over || setIndex >= m_series.size() || periodIndex >= m_periods.size()) {
        QToolTip::hideText();
        return;
    }
    const TimelineSeries &one = m_series.at(setIndex);
    const QString &period = m_periods.at(periodIndex);
    TimelineBucket bucket;
    for (const TimelineBucket &b : one.buckets) {
        if (b.period == period)
            bucket = b;
    }
    // The query is the user's text: the tooltip is plain text (no tags in it).
    const QString text = tr("%1, %2: %3 of %n article(s) (%4%)", "", bucket.articles)
                             .arg(one.query, period, QLocale().toString(bucket.matches),
                                  QLocale().toString(bucket.share() * 100.0, 'f', 1));
    QToolTip::showText(QCursor::pos(), text.toHtmlEscaped(), m_view);
}

} // namespace Broadsheet
