#pragma once

#include "issue.h"
#include "result.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QSplitter;

namespace Broadsheet {

class ArticleView;
class Library;
class PageView;

// The page view beside the reading pane (View ▸ Page): for an issue read from an
// e-paper PDF, the page the article stands on, with every article's zone; a zone
// clicked opens its article (articleRequested), the article read is outlined,
// and the search's words are marked. The PDF is read again from its file (as
// the source view reads its text), in a worker thread, when the view first
// needs it. Kept out of MainWindow, which hands it the reading pane's splitter
// and forwards the articles shown.
class PageController : public QObject
{
    Q_OBJECT

public:
    PageController(ArticleView *articleView, QSplitter *splitter,
                   std::function<Library *()> library, QObject *parent);

    QAction *pageAction() const { return m_pageAction; }
    QAction *showOnPageAction() const { return m_showOnPage; }
    PageView *view() const { return m_view; }
    bool isPageShown() const;
    // Whether the zones of the issue shown are known (read, or failed to read).
    bool isLoaded() const { return m_loadedIssue.has_value() && m_reading == 0; }

    // The window showed this article (the tree, search, or articleRequested).
    void articleShown();
    // Words to mark on the page (the search that led to the article).
    void setSearchText(const QString &text);
    // The library closed or changed: nothing loaded holds any more.
    void reset();

signals:
    void articleRequested(qint64 articleId);
    // The issue's zones were read (or could not be): for tests and the status bar.
    void pageLoaded();

private:
    void setPageShown(bool on);
    void ensureLoaded();
    void layoutRead();
    void zoneActivated(int number);
    void pageChanged(int page);
    void highlightShown();
    void updateActions();
    std::optional<qint64> shownIssue() const;
    int shownNumber() const;

    ArticleView *m_articleView;
    QSplitter *m_splitter;
    std::function<Library *()> m_library;
    PageView *m_view;
    QAction *m_pageAction;
    QAction *m_showOnPage;
    std::optional<qint64> m_loadedIssue;
    QHash<int, qint64> m_articleIds; // the loaded issue's article numbers → library ids
    QList<int> m_scannedPages;
    bool m_fromCompanion = false; // the page is a text issue's companion PDF
    QString m_pdfPath;            // of the page being read
    QString m_searchText;         // marked on the page, across issues
    // The issue each read is for: a read finishing for an issue no longer shown is
    // dropped.
    qint64 m_reading = 0;
    QFutureWatcher<Result<Issue>> m_watcher;
};

} // namespace Broadsheet
