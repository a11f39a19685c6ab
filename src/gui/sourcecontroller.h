#pragma once

#include "articlepart.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QSplitter;

namespace Broadsheet {

class ArticleView;
class Library;
class SourcePane;

// The source view beside the reading pane, and the doubtful spots: View ▸ Source
// shows the file of the article read, loaded only when first shown; a paragraph
// clicked in the article tints its lines, a line clicked in the source selects
// its article (articleRequested) and tints its paragraph; Go ▸ Next/Previous
// Doubtful Spot walk the parser's guesses. Kept out of MainWindow, which only
// hands it the reading pane and forwards articles shown.
class SourceController : public QObject
{
    Q_OBJECT

public:
    // Puts a splitter in the reading pane's place: the pane, then the source.
    SourceController(ArticleView *articleView, std::function<Library *()> library, QObject *parent);

    QAction *sourceAction() const { return m_sourceAction; }
    QAction *nextDoubtAction() const { return m_nextDoubt; }
    QAction *previousDoubtAction() const { return m_previousDoubt; }
    SourcePane *pane() const { return m_pane; }
    // The reading pane and the source side by side; more panes may join them.
    QSplitter *splitter() const { return m_splitter; }
    bool isSourceShown() const;
    // The issue whose source the pane holds, if any.
    std::optional<qint64> loadedIssue() const { return m_loadedIssue; }

    // The window showed this article (the tree, search, or articleRequested).
    void articleShown();
    // The library closed or changed: nothing loaded holds any more.
    void reset();

signals:
    void articleRequested(qint64 articleId);

private:
    void setSourceShown(bool on);
    void ensureLoaded();
    void sourceLinesChanged();
    void partActivated(ArticlePart part);
    void stepDoubt(int direction);
    void goToDoubt(int index);
    // Selects the article with that number in the loaded issue, if it is not read.
    void requestArticle(int number);
    std::optional<qint64> shownIssue() const;
    void updateActions();

    ArticleView *m_articleView;
    std::function<Library *()> m_library;
    QSplitter *m_splitter;
    SourcePane *m_pane;
    QAction *m_sourceAction;
    QAction *m_nextDoubt;
    QAction *m_previousDoubt;
    std::optional<qint64> m_loadedIssue;
    QHash<int, qint64> m_articleIds; // the loaded issue's article numbers → library ids
    std::optional<qint64> m_countedIssue;
    int m_doubtCount = 0;   // of the issue shown (IssueRecord::doubtCount)
    bool m_syncing = false; // one view follows the other: it does not lead back
};

} // namespace Broadsheet
