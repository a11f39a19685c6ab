#include "settings.h"

#include "library.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Broadsheet {

namespace {
const QString kLibrary = QStringLiteral("library/path");
const QString kRecent = QStringLiteral("files/recent");
const QString kExportFolder = QStringLiteral("files/exportFolder");
const QString kFullWidthPunctuation = QStringLiteral("view/fullWidthPunctuation");
const QString kZoom = QStringLiteral("reading/zoom");
const QString kTheme = QStringLiteral("reading/theme");
const QString kLanguage = QStringLiteral("interface/language");
const QString kMatchCase = QStringLiteral("find/matchCase");
const QString kMatchScriptExactly = QStringLiteral("search/matchScriptExactly");
const QString kSearchPaper = QStringLiteral("search/paper");
const QString kSearchFrom = QStringLiteral("search/from");
const QString kSearchTo = QStringLiteral("search/to");
const QString kSearchPage = QStringLiteral("search/page");
const QString kSearchSection = QStringLiteral("search/section");
const QString kSearchDoubtful = QStringLiteral("search/doubtfulOnly");
const QString kSearchSort = QStringLiteral("search/sort");
const QString kSearchFiltersShown = QStringLiteral("search/filtersShown");
const QString kLibraryView = QStringLiteral("view/libraryTree");
const QString kLastArticle = QStringLiteral("session/lastArticle");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
} // namespace

Settings::Settings() = default;

QString Settings::libraryPath() const
{
    const QString path = m_settings.value(kLibrary).toString();
    return path.isEmpty() ? Library::defaultPath() : path;
}

void Settings::setLibraryPath(const QString &path)
{
    if (path == Library::defaultPath())
        m_settings.remove(kLibrary);
    else
        m_settings.setValue(kLibrary, path);
}

QString Settings::existingFolder(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return candidate;
    }
    return QDir::homePath();
}

QString Settings::openFolder() const
{
    const QStringList recent = recentFiles();
    return existingFolder({recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath(),
                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)});
}

QString Settings::exportFolder() const
{
    return existingFolder({m_settings.value(kExportFolder).toString(),
                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)});
}

void Settings::setExportFolder(const QString &folder)
{
    m_settings.setValue(kExportFolder, folder);
}

bool Settings::fullWidthPunctuation() const
{
    return m_settings.value(kFullWidthPunctuation, true).toBool();
}

void Settings::setFullWidthPunctuation(bool on)
{
    m_settings.setValue(kFullWidthPunctuation, on);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecent, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(kRecent);
}

int Settings::zoomPercent() const
{
    return std::clamp(m_settings.value(kZoom, 100).toInt(), 50, 300);
}

void Settings::setZoomPercent(int percent)
{
    m_settings.setValue(kZoom, percent);
}

Settings::Theme Settings::theme() const
{
    const int value = m_settings.value(kTheme, int(Theme::System)).toInt();
    return value >= 0 && value <= int(Theme::Sepia) ? Theme(value) : Theme::System;
}

void Settings::setTheme(Theme theme)
{
    m_settings.setValue(kTheme, int(theme));
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

bool Settings::matchCase() const
{
    return m_settings.value(kMatchCase, false).toBool();
}

void Settings::setMatchCase(bool matchCase)
{
    m_settings.setValue(kMatchCase, matchCase);
}

bool Settings::matchScriptExactly() const
{
    return m_settings.value(kMatchScriptExactly, false).toBool();
}

void Settings::setMatchScriptExactly(bool exactly)
{
    m_settings.setValue(kMatchScriptExactly, exactly);
}

SearchFilterSettings Settings::searchFilters() const
{
    SearchFilterSettings filters;
    filters.paper = m_settings.value(kSearchPaper).toString();
    filters.from = QDate::fromString(m_settings.value(kSearchFrom).toString(), Qt::ISODate);
    filters.to = QDate::fromString(m_settings.value(kSearchTo).toString(), Qt::ISODate);
    filters.page = m_settings.value(kSearchPage).toString();
    filters.section = m_settings.value(kSearchSection).toString();
    filters.doubtfulOnly = m_settings.value(kSearchDoubtful, false).toBool();
    const int sort = m_settings.value(kSearchSort, int(SearchRequest::Sort::Relevance)).toInt();
    if (sort >= 0 && sort <= int(SearchRequest::Sort::LeastConfident))
        filters.sort = SearchRequest::Sort(sort);
    filters.shown = m_settings.value(kSearchFiltersShown, false).toBool();
    return filters;
}

void Settings::setSearchFilters(const SearchFilterSettings &filters)
{
    // Days as ISO text: readable in the settings file, and the same in every locale.
    m_settings.setValue(kSearchPaper, filters.paper);
    m_settings.setValue(kSearchFrom, filters.from.toString(Qt::ISODate));
    m_settings.setValue(kSearchTo, filters.to.toString(Qt::ISODate));
    m_settings.setValue(kSearchPage, filters.page);
    m_settings.setValue(kSearchSection, filters.section);
    m_settings.setValue(kSearchDoubtful, filters.doubtfulOnly);
    m_settings.setValue(kSearchSort, int(filters.sort));
    m_settings.setValue(kSearchFiltersShown, filters.shown);
}

Settings::LibraryView Settings::libraryView() const
{
    return m_settings.value(kLibraryView).toString() == QLatin1String("file")
               ? LibraryView::ByFile
               : LibraryView::ByNewspaper;
}

void Settings::setLibraryView(LibraryView view)
{
    m_settings.setValue(kLibraryView, view == LibraryView::ByFile ? QStringLiteral("file")
                                                                  : QStringLiteral("newspaper"));
}

std::optional<qint64> Settings::lastArticle() const
{
    bool ok = false;
    const qint64 id = m_settings.value(kLastArticle).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void Settings::setLastArticle(std::optional<qint64> articleId)
{
    if (articleId)
        m_settings.setValue(kLastArticle, *articleId);
    else
        m_settings.remove(kLastArticle);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitter, state);
}

} // namespace Broadsheet
