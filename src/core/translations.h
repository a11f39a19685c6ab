#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Broadsheet {

// Broadsheet speaks English (the source language) and Simplified Chinese. The
// system locale decides, unless the user chose a language.
class Translations
{
public:
    // Installs Broadsheet's and Qt's own translations on the application for
    // `language` ("zh_CN", "en"), or for the system's languages when empty.
    // Returns the locale chosen: the app makes it the default, so that dates,
    // months and weekdays (the calendar, the tree) speak the interface's language.
    static QLocale install(const QString &language = {});
    // The languages there are translations for, as locale names.
    static QStringList languages();
    // The language's own name for itself: "English", "简体中文".
    static QString nativeName(const QString &language);
};

} // namespace Broadsheet
