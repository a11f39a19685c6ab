#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Broadsheet {

// Dates as the archive writes them, in the language of the interface: 2019年2月
// and 2月20日 星期三 in Chinese, February 2019 and Wed 20 Feb in English. The
// interface's language is the setting's (Translations::install), not always the
// system's: QLocale() alone would name English months in a Chinese interface.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::DateText)

public:
    static QLocale locale(); // of the interface
    static QString year(int year, const QLocale &ui = locale());
    static QString month(int year, int month, const QLocale &ui = locale());
    static QString day(const QDate &date,
                       const QLocale &ui = locale()); // in a month: the day and its weekday
    static QString full(const QDate &date,
                        const QLocale &ui = locale()); // 2019年2月20日, 20 February 2019
    // A page as printed: 第3版 (03 loses its zeros), A2版; "Page 3" in English.
    static QString page(const QString &number, const QLocale &ui = locale());
};

} // namespace Broadsheet
