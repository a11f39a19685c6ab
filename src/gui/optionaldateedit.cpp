#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>

namespace Broadsheet {

namespace {
// Below any day an issue can carry (the parser takes 1900 on): "Any".
const QDate kAny(1799, 12, 31);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    // Unambiguous in every language, and as the timeline names its periods.
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(kAny);
    setSpecialValueText(tr("Any"));
    setDate(kAny);
    calendarWidget()->installEventFilter(this);
    connect(this, &QDateEdit::dateChanged, this,
            [this](QDate date) { emit optionalDateChanged(date == kAny ? QDate() : date); });
}

QDate OptionalDateEdit::optionalDate() const
{
    return isAny() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(QDate date)
{
    setDate(date.isValid() && date > kAny ? date : kAny);
}

bool OptionalDateEdit::isAny() const
{
    return date() == kAny;
}

void OptionalDateEdit::setFallbackDate(QDate date)
{
    m_fallback = date;
}

void OptionalDateEdit::stepBy(int steps)
{
    // From "Any" the arrows go to a day near the others, not to 1800.
    if (isAny())
        setDate(startDate());
    else
        QDateEdit::stepBy(steps);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete) {
        setOptionalDate({});
        selectAll();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // The popup selects the edit's day as it opens; on "Any" that is the month
    // of 1799, so it turns to the month to start from.
    if (watched == calendarWidget() && event->type() == QEvent::Show && isAny()) {
        const QDate start = startDate();
        calendarWidget()->setCurrentPage(start.year(), start.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

QDate OptionalDateEdit::startDate() const
{
    return m_fallback.isValid() ? m_fallback : QDate::currentDate();
}

} // namespace Broadsheet
