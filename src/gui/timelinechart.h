#pragma once

#include "libraryrecords.h"

#include <QList>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace Broadsheet {

// How often one query appears, period by period.
struct TimelineSeries
{
    QString query;
    QList<TimelineBucket> buckets;

    friend bool operator==(const TimelineSeries &, const TimelineSeries &) = default;
};

// A bar chart of one or more queries over time: a bar set per query, the
// periods of every query along the bottom, in order. It shows the number of
// matching articles, or their share of all the articles of the period (in
// percent), which compares periods with more and fewer issues fairly.
class TimelineChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    void setSeries(const QList<TimelineSeries> &series);
    QList<TimelineSeries> series() const { return m_series; }
    void setShowShare(bool share);
    bool showsShare() const { return m_share; }
    // Shown instead of the chart while there are no series.
    void setPlaceholderText(const QString &text);

    QChart *chart() const;
    QStringList periods() const { return m_periods; } // the categories, in order

signals:
    void periodClicked(const QString &query, const QString &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void barClicked(int setIndex, int periodIndex);
    void barHovered(bool over, int setIndex, int periodIndex);

    QList<TimelineSeries> m_series;
    QStringList m_periods;
    bool m_share = false;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QChartView *m_view;
};

} // namespace Broadsheet
