#pragma once

#include <QDate>
#include <QString>

namespace Broadsheet {

// The days of a timeline period, both ends included.
struct PeriodRange
{
    QDate from = {};
    QDate to = {};

    bool isValid() const { return from.isValid() && to.isValid(); }
};

// "2019" → the whole year, "2019-02" → that month, "2019-02-20" → that day, as
// TimelineBucket::period names them; anything else → an invalid range.
PeriodRange periodRange(const QString &period);

} // namespace Broadsheet
