#include "datetext.h"

#include "settings.h"

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

bool chinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

} // namespace

QLocale DateText::locale()
{
    // As Translations::install chooses it.
    const QString language = Settings().language();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString DateText::year(int year, const QLocale &ui)
{
    return chinese(ui) ? QString::number(year) + u'年' : QString::number(year);
}

QString DateText::month(int year, int month, const QLocale &ui)
{
    const QDate first(year, month, 1);
    return chinese(ui) ? u"%1年%2月"_s.arg(year).arg(month) : ui.toString(first, u"MMMM yyyy"_s);
}

QString DateText::day(const QDate &date, const QLocale &ui)
{
    return ui.toString(date, chinese(ui) ? u"M月d日 dddd"_s : u"ddd d MMM"_s);
}

QString DateText::full(const QDate &date, const QLocale &ui)
{
    return ui.toString(date, chinese(ui) ? u"yyyy年M月d日"_s : u"d MMMM yyyy"_s);
}

QString DateText::page(const QString &number, const QLocale &ui)
{
    QString shown = number;
    bool numeric = false;
    const int value = number.toInt(&numeric);
    if (numeric && value > 0)
        shown = QString::number(value);
    return chinese(ui) ? u"第%1版"_s.arg(shown) : tr("Page %1").arg(shown);
}

} // namespace Broadsheet
