#pragma once

#include <QDateEdit>

namespace Broadsheet {

// A day with a calendar, or "Any": no day at all. "Any" is the lowest day the
// edit takes, shown as its special value; Delete or Backspace goes back to it.
// The calendar opened on "Any" shows the fallback day's month (the other end
// of a range, say), not the distant past the lowest day is in.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate optionalDate() const;       // invalid for "Any"
    void setOptionalDate(QDate date); // an invalid date: "Any"
    bool isAny() const;
    void setFallbackDate(QDate date); // where the calendar and the arrows start from "Any"

    void stepBy(int steps) override;

signals:
    void optionalDateChanged(QDate date); // invalid for "Any"

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate startDate() const;

    QDate m_fallback;
};

} // namespace Broadsheet
