#include "periodrange.h"

#include <QRegularExpression>

namespace Broadsheet {

PeriodRange periodRange(const QString &period)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(period.trimmed());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    const QDate first(year, match.captured(2).toInt(), 1);
    if (!first.isValid())
        return {};
    if (match.captured(3).isEmpty())
        return {first, first.addDays(first.daysInMonth() - 1)};
    const QDate day(year, first.month(), match.captured(3).toInt());
    if (!day.isValid())
        return {};
    return {day, day};
}

} // namespace Broadsheet
