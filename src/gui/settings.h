#pragma once

#include "libraryrecords.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace Broadsheet {

// The search panel's filters and order (as SearchRequest has them), and
// whether the filters are shown: as the user left them.
struct SearchFilterSettings
{
    QString paper = {};
    QDate from = {};
    QDate to = {};
    QString page = {};
    QString section = {};
    bool doubtfulOnly = false; // only the articles the parser is not sure of
    SearchRequest::Sort sort = SearchRequest::Sort::Relevance;
    bool shown = false;

    friend bool operator==(const SearchFilterSettings &, const SearchFilterSettings &) = default;
};

// The user's settings, typed. Everything the app remembers goes through here.
class Settings
{
public:
    enum class Theme { System, Light, Dark, Sepia };
    // The library tree: the archive (newspaper, year, month, day, page) or the
    // files one by one.
    enum class LibraryView { ByNewspaper, ByFile };
    static constexpr int kMaxRecentFiles = 10;

    Settings();

    QString libraryPath() const; // the library in use; the default one if unset
    void setLibraryPath(const QString &path);

    // The first of these folders that exists, else the home folder: a file
    // dialog given a folder that is not there types its name into the file box.
    static QString existingFolder(const QStringList &candidates);
    QString openFolder() const;   // where File ▸ Open starts
    QString exportFolder() const; // where Export to PDF starts: the last export's folder
    void setExportFolder(const QString &folder);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    int zoomPercent() const;
    void setZoomPercent(int percent);

    Theme theme() const;
    void setTheme(Theme theme);

    QString language() const; // "" follows the system
    void setLanguage(const QString &language);

    bool fullWidthPunctuation() const; // on by default
    void setFullWidthPunctuation(bool on);

    bool matchCase() const;
    void setMatchCase(bool matchCase);
    bool matchScriptExactly() const; // library search: traditional and simplified apart
    void setMatchScriptExactly(bool exactly);
    SearchFilterSettings searchFilters() const;
    void setSearchFilters(const SearchFilterSettings &filters);

    LibraryView libraryView() const; // by newspaper unless the user chose by file
    void setLibraryView(LibraryView view);

    std::optional<qint64> lastArticle() const;
    void setLastArticle(std::optional<qint64> articleId);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void setWindowGeometry(const QByteArray &geometry);
    void setWindowState(const QByteArray &state);
    void setSplitterState(const QByteArray &state);

private:
    mutable QSettings m_settings;
};

} // namespace Broadsheet
