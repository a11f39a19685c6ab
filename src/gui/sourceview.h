#pragma once

#include "sourcemap.h"
#include "theme.h"

#include <QHash>
#include <QPlainTextEdit>

namespace Broadsheet {

class SourceGutter;
class SourceHighlighter;

// An issue file as it stands, line by line and numbered, each line coloured by
// the role the parse gave it: what the reader checks a parse against. Article
// boundaries are ruled and numbered in the gutter, and a paragraph rejoined
// across a column break is marked where it goes on. Read-only: corrections act
// on selectedLines() through the actions given to setContextActions().
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    // The file's lines, and what each became (SourceMap::build: one entry a line);
    // `titles`: the articles' titles by their number, for the gutter's tips.
    void setSource(const QStringList &lines, const QList<SourceLineInfo> &map,
                   const QHash<int, QString> &titles = {});
    void clearSource();
    int lineCount() const { return int(m_map.size()); }
    // What line `line` (1-based) became; a blank line's info outside the file.
    SourceLineInfo lineInfo(int line) const;
    // The first line of the article with that number, 0 if it has none here.
    int firstLineOf(int articleId) const;
    QString articleTitle(int articleId) const { return m_titles.value(articleId); }

    // The 1-based lines of the selection, or the cursor's line without one.
    QList<int> selectedLines() const;
    int currentLine() const;
    // Puts the cursor at the start of the line and brings it to the middle.
    void showLine(int line);
    // Where the line stands in the viewport (all its rows when it wraps).
    QRect lineRect(int line) const;
    // Tints lines linked to the reading pane (a paragraph's); none: no tint.
    void highlightLines(const QList<int> &lines);
    QList<int> highlightedLines() const { return m_highlighted; }

    void setLook(Theme::Look look);
    Theme::Look look() const { return m_look; }
    // Offered on the context menu, over Copy and Select All.
    void setContextActions(const QList<QAction *> &actions);

    // A line's role, article and join, in words: the tool tips of text and gutter.
    QString lineToolTip(int line) const;
    static QString roleLabel(SourceLineInfo::Role role);

    // For the gutter.
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event, QWidget *gutter);

signals:
    // The cursor went to another line, or the selection covers other lines.
    void selectedLinesChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateLinkedSelection();
    void noteSelection();
    // The line (1-based) under a point of the viewport, 0 if none.
    int lineAt(const QPoint &viewportPoint) const;

    SourceGutter *m_gutter;
    SourceHighlighter *m_highlighter;
    QList<SourceLineInfo> m_map;
    QHash<int, QString> m_titles;
    QHash<int, int> m_firstLines; // article number → its first line
    QList<int> m_highlighted;
    QList<int> m_lastSelected;
    QList<QAction *> m_contextActions;
    Theme::Look m_look = Theme::Look::Light;
};

} // namespace Broadsheet
