#include "articlelines.h"

#include "articleview.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Broadsheet::ArticleLines {

namespace {

QList<int> sorted(QList<int> lines)
{
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    lines.removeAll(0);
    return lines;
}

} // namespace

QList<int> of(const Article &article)
{
    QList<int> lines;
    for (const auto *head : {&article.kicker, &article.title, &article.subtitle}) {
        if (*head)
            lines << (*head)->lines;
    }
    if (article.byline)
        lines << article.byline->lines;
    for (const Paragraph &paragraph : article.paragraphs)
        lines << paragraph.lines;
    for (const Caption &caption : article.captions)
        lines << caption.lines;
    return sorted(lines);
}

QList<int> selectedIn(const ArticleView &view)
{
    const StoredArticle *shown = view.article();
    if (!shown)
        return {};
    const QTextCursor cursor = view.textCursor();
    if (!cursor.hasSelection())
        return of(shown->article);
    // Each block of the pane knows the part of the article it sets.
    QList<int> lines;
    const QTextDocument *document = view.document();
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    for (QTextBlock block = document->findBlock(cursor.selectionStart()); block.isValid();
         block = block.next()) {
        if (const auto part = view.partAt(block.position()))
            lines << part->lines(shown->article);
        if (block == last)
            break;
    }
    return sorted(lines);
}

} // namespace Broadsheet::ArticleLines
