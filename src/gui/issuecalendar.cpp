#include "issuecalendar.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QStyleHints>
#include <QTextCharFormat>

namespace Broadsheet {

IssueCalendar::IssueCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    // Month and weekday names in the interface's language (the default locale the
    // app sets from it), not the system's: QCalendarWidget otherwise keeps the
    // locale it found when the widget was made.
    setLocale(QLocale());
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setAccessibleName(tr("Issues by date"));
    connect(this, &QCalendarWidget::currentPageChanged, this, &IssueCalendar::monthShown);
    connect(this, &QCalendarWidget::clicked, this, &IssueCalendar::dateChosen);
    connect(this, &QCalendarWidget::activated, this, &IssueCalendar::dateChosen);
}

void IssueCalendar::setIssueDates(const QList<QDate> &dates)
{
    QHash<QDate, int> counts;
    for (const QDate &date : dates) {
        if (date.isValid())
            ++counts[date];
    }
    setIssueCounts(counts);
}

void IssueCalendar::setIssueCounts(const QHash<QDate, int> &counts)
{
    // Only our own marks go: the weekday colours are the base class's.
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        setDateTextFormat(it.key(), QTextCharFormat());
    m_counts.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key().isValid() && it.value() > 0)
            m_counts.insert(it.key(), it.value());
    }
    applyMarks();
}

void IssueCalendar::changeEvent(QEvent *event)
{
    QCalendarWidget::changeEvent(event);
    // The tint is mixed from the palette: a new theme needs it mixed again.
    if (event->type() == QEvent::PaletteChange)
        applyMarks();
}

void IssueCalendar::applyMarks()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    // A quarter of the highlight over the base: visible on light and dark
    // bases alike, and the text keeps its own colour and contrast.
    const qreal amount = 0.28;
    const QColor tint =
        QColor::fromRgbF(float(base.redF() * (1 - amount) + highlight.redF() * amount),
                         float(base.greenF() * (1 - amount) + highlight.greenF() * amount),
                         float(base.blueF() * (1 - amount) + highlight.blueF() * amount));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setBackground(tint);
        format.setForeground(pal.color(QPalette::Text));
        format.setToolTip(tr("%n issue(s)", "", it.value()));
        setDateTextFormat(it.key(), format);
    }
}

void IssueCalendar::dateChosen(QDate date)
{
    if (!m_counts.contains(date))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (date == m_lastEmitted &&
        now - m_lastEmittedAt < QApplication::styleHints()->mouseDoubleClickInterval())
        return;
    m_lastEmitted = date;
    m_lastEmittedAt = now;
    emit issueDateActivated(date);
}

} // namespace Broadsheet
