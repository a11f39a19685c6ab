#pragma once

#include "correction.h"
#include "issue.h"
#include "libraryrecords.h"

#include <QHash>
#include <QKeySequence>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace Broadsheet {

class Library;

// Correct ▸ …: the reader's fixes to the parse of the issue being read (move
// lines between articles, split, merge, a line's role, the headline), each an
// undoable step that rewrites the issue's articles through
// Library::setCorrections. The window tells it what is read and selected, adds
// its actions to its menus, and shows the issue again on issueCorrected().
//
// Each issue has its own undo history, kept while the library is open (a
// QUndoGroup whose active stack is the issue read): Undo undoes a step in the
// issue in front of the reader, never one in an issue out of sight, and going
// back to an issue brings its history back.
class CorrectionController : public QObject
{
    Q_OBJECT

public:
    // The article read, if any; the source lines the reader points at (the
    // source view's selection, or the reading pane's paragraph); the articles
    // selected in the tree.
    using ArticleProvider = std::function<std::optional<qint64>()>;
    using LineProvider = std::function<QList<int>()>;
    using SelectionProvider = std::function<QList<qint64>()>;

    explicit CorrectionController(QWidget *window);
    ~CorrectionController() override;

    void setLibrary(Library *library); // not owned; forgets every issue's history
    void setArticleProvider(ArticleProvider provider) { m_article = std::move(provider); }
    void setLineProvider(LineProvider provider) { m_lines = std::move(provider); }
    void setSelectionProvider(SelectionProvider provider) { m_selection = std::move(provider); }

    QMenu *menu() const { return m_menu; }
    QList<QAction *> lineActions() const;    // for the source view's context menu
    QList<QAction *> articleActions() const; // for the tree's menu on an article
    QList<QAction *> fileActions() const;    // File: the reference parse, corrections files
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoGroup *undoGroup() const { return m_group; }
    std::optional<qint64> issueId() const;
    QString lastError() const { return m_lastError; }

public slots:
    // The article read, the selection or the library changed.
    void updateActions();

signals:
    // The issue's articles were made again (their ids changed): `articleId`
    // holds `line`, the line the reader acted on.
    void issueCorrected(qint64 issueId, qint64 articleId, int line);
    void statusMessage(const QString &text);

private:
    // The issue read, as the library holds it now.
    struct Current
    {
        qint64 issueId = 0;
        Issue issue;
        QList<ArticleRecord> records; // reading order
        QList<QList<int>> lines;      // each record's lines, ascending
        CorrectionSet corrections;
        int article = -1; // the record read
    };

    QAction *makeAction(const QString &text, const char *name, const QString &tip,
                        const QKeySequence &keys = {});
    void setUpActions();
    const Current *current();
    int articleOfLine(const Current &current, int line) const;
    QList<int> pointedLines(const Current &current) const; // held by an article
    QList<int> mergeLines(const Current &current) const;   // the tree's selection, 2 or more
    int firstLineOf(const Current &current, int article) const;

    void moveLines(int step);
    void moveLinesToArticle();
    void moveLinesToNewArticle();
    void split();
    void merge(int step);
    void mergeSelected();
    void setRole(const QString &role);
    void editHeadline();
    void revertAll();
    void exportReference();
    void exportCorrections();
    void importCorrections();

    // Pushes a step that replaces the issue's corrections with `after`, once it
    // worked; `line`: where the reader acted.
    void perform(const QString &text, const CorrectionSet &after, int line);
    void addOperation(const CorrectionOperation &operation, int line);
    bool apply(qint64 issueId, const CorrectionSet &corrections, int line);
    void fail(const QString &title, const QString &text);
    QUndoStack *stackFor(qint64 issueId);

    QWidget *m_window;
    Library *m_library = nullptr;
    ArticleProvider m_article;
    LineProvider m_lines;
    SelectionProvider m_selection;
    std::optional<Current> m_current;
    QUndoGroup *m_group;
    QHash<qint64, QUndoStack *> m_stacks;
    QString m_lastError;

    QMenu *m_menu;
    QMenu *m_roleMenu;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_movePrevious;
    QAction *m_moveNext;
    QAction *m_moveTo;
    QAction *m_moveNew;
    QAction *m_split;
    QAction *m_mergePrevious;
    QAction *m_mergeNext;
    QAction *m_mergeSelected;
    QList<QAction *> m_roles;
    QAction *m_headline;
    QAction *m_revert;
    QAction *m_exportReference;
    QAction *m_exportCorrections;
    QAction *m_importCorrections;
};

} // namespace Broadsheet
