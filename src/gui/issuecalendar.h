#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QHash>
#include <QList>

namespace Broadsheet {

// A date navigator for the archive: the days that have issues stand out (bold,
// on a tint of the palette's highlight) with a tooltip telling how many, and
// only those days open: clicking one, or pressing Enter on it, emits
// issueDateActivated. The owner loads the days lazily, a month at a time: it
// answers monthShown with setIssueDates for that month.
class IssueCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit IssueCalendar(QWidget *parent = nullptr);

    // The days with issues, one entry per issue (a day listed twice has two
    // issues). Replaces the marks set before.
    void setIssueDates(const QList<QDate> &dates);
    // The same, with the number of issues of each day.
    void setIssueCounts(const QHash<QDate, int> &counts);
    int issueCount(QDate date) const { return m_counts.value(date); }

signals:
    // The month on show changed (paging, the keyboard, or setSelectedDate).
    void monthShown(int year, int month);
    // A day with issues was clicked, or activated with Enter or a double click.
    void issueDateActivated(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyMarks();
    void dateChosen(QDate date);

    QHash<QDate, int> m_counts;
    // A double click sends both clicked and activated: one day, one signal.
    QDate m_lastEmitted;
    qint64 m_lastEmittedAt = 0;
};

} // namespace Broadsheet
