#pragma once

#include "libraryrecords.h"
#include "settings.h"
#include "theme.h"

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QProgressDialog;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace Broadsheet {

class ArchiveModel;
class ArticleView;
class CorrectionController;
class FindBar;
class ImportController;
class IssueCalendar;
class Library;
class LibraryFilterModel;
class LibraryModel;
class SearchPanel;
class PageController;
class SourceController;
class TimelineDialog;

// The window a reader lives in: the library tree and the library search on the
// left, the article on the right with its find bar. The tree talks to the
// reading pane through signals; all data comes from the library.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the library file. On failure, offers another library;
    // returns false when the user gave up.
    bool openLibrary(const QString &path, bool askOnFailure = true);
    Library *library() const { return m_library.get(); }

    // Imports the files (in the background) and shows the last one opened.
    void openFiles(const QStringList &paths);
    // Shows the last article read, as the previous session left it.
    void restoreSession();
    bool showArticle(qint64 articleId);
    std::optional<qint64> currentArticle() const;
    std::optional<qint64> currentIssue() const { return m_currentIssue; }

    // For tests and start-up timing.
    SourceController *sourceController() const { return m_source; }
    PageController *pageController() const { return m_page; }
    ArticleView *articleView() const;
    FindBar *findBar() const;
    SearchPanel *searchPanel() const;
    QTreeView *tree() const;
    LibraryModel *libraryModel() const { return m_model; }
    ArchiveModel *archiveModel() const { return m_archive; }
    IssueCalendar *calendar() const { return m_calendar; }
    QDockWidget *calendarDock() const { return m_calendarDock; }
    // The tree: the archive (by newspaper) or the files (LibraryModel).
    bool showsArchive() const;
    void setLibraryView(Settings::LibraryView view);
    ImportController *importer() const { return m_importer; }
    QString lastMessage() const { return m_lastMessage; }

    // The researcher's desk: what Article ▸ Add to Collection…, Tags… and Edit
    // Note… act on (the search results selected, when the search is shown; the
    // articles selected in the tree; else the article read).
    QList<qint64> deskTargets() const;
    // The collection the tree is in (its row or one of its articles), or 0.
    qint64 currentCollection() const;
    // File ▸ Export Articles…, opened on the collection when one is given.
    void exportArticles(qint64 collectionId = 0);

signals:
    void articleShown(qint64 articleId);
    void importFinished();
    // An export run in the background is done: `error` empty when it worked.
    void exportFinished(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void setUpTree();
    void setUpStatusBar();
    void setUpTimeline();
    void setUpDesk();
    void setUpCorrections();
    void setUpSource();
    void showTreeMenu(const QPoint &position);
    void addToCollection();
    void removeFromCollection();
    void editTags();
    void editNote();
    void renameCollection(qint64 collectionId);
    void removeCollection(qint64 collectionId);
    void copyCitation(bool chicago);
    // The desk changed: the trees, and the reading pane's head, read again.
    void deskChanged(const QString &message);
    void updateDeskActions();
    void showTimeline(const QString &query);
    void applyTheme(Settings::Theme choice);
    void rebuildRecentMenu();
    void chooseFiles();
    void chooseLibrary();
    void importStarted(const QStringList &paths);
    void importProgress(int done, int total, const QString &path);
    void importDone(const ImportReport &report, const QStringList &paths);
    static QString importSummary(const ImportReport &report);
    void present(const StoredArticle &stored);
    void treeCurrentChanged(const QModelIndex &current);
    void stepArticle(int direction);
    void showContents(const QModelIndex &index);
    void removeSelectedIssue();
    void searchResultActivated(qint64 articleId, const QString &query);
    void updateStatus();
    void updateActions();
    void showAbout();
    void showError(const QString &title, const QString &text);
    QList<qint64> selectedArticles() const;
    QList<qint64> articlesUnder(const QModelIndex &sourceIndex) const;

    // The archive: where the reader is (a day of a paper, maybe a page of it),
    // as rows of the archive model; stepping through days and pages.
    struct Place
    {
        QString paper = {};
        QDate date = {};
        QPersistentModelIndex day = {};
        QPersistentModelIndex page = {};
    };
    Place currentPlace() const;
    void openInArchive(const QModelIndex &archiveIndex);
    void stepIssue(int step);
    void stepPage(int step);
    void updateNavigation();
    void setUpCalendar();
    void calendarMonthShown(int year, int month);
    void calendarDateActivated(QDate date);
    QList<qint64> selectedFiles() const;
    void editIssueProperties();
    // Both trees read again; the archive opens again where it was open.
    void refreshTrees();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings m_settings;
    std::unique_ptr<Library> m_library;
    LibraryModel *m_model;
    ArchiveModel *m_archive;
    LibraryFilterModel *m_filter;
    IssueCalendar *m_calendar;
    QDockWidget *m_calendarDock;
    ImportController *m_importer;
    QPointer<QProgressDialog> m_progress; // its event loop may outlive the import
    SourceController *m_source = nullptr;
    PageController *m_page = nullptr;
    QLabel *m_issueLabel;
    QLabel *m_countLabel;
    QLabel *m_charsLabel;
    QLabel *m_readOnlyLabel;
    std::optional<qint64> m_currentIssue;
    QList<qint64> m_issueArticles; // the current issue's articles, in reading order
    QString m_lastMessage;
    bool m_selectingInTree = false;
    bool m_flatTreePending = false; // the by-file tree is read when first shown
    Theme::Look m_look = Theme::Look::Light;
    QAction *m_chartAction = nullptr;
    QMenu *m_articleMenu = nullptr;
    QAction *m_addToCollectionAction = nullptr;
    QAction *m_removeFromCollectionAction = nullptr;
    QAction *m_tagsAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_copyCitationAction = nullptr;
    QAction *m_copyChicagoAction = nullptr;
    QAction *m_exportArticlesAction = nullptr;
    bool m_exporting = false;            // one export at a time
    QPointer<TimelineDialog> m_timeline; // non-modal; one for the library open
    CorrectionController *m_corrections = nullptr;
};

} // namespace Broadsheet
