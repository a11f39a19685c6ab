#include "articlelines.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Broadsheet::ArticleLines {

namespace {

// The reading pane sets punctuation full width and spaces the text as printed:
// a part is recognised by its letters and digits alone.
QString letters(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            kept += c;
    }
    return kept;
}

struct Part
{
    QString letters;
    QList<int> lines;
};

QList<Part> partsOf(const Article &article)
{
    QList<Part> parts;
    for (const auto *head : {&article.kicker, &article.title, &article.subtitle}) {
        if (*head)
            parts << Part{letters((*head)->text), (*head)->lines};
    }
    if (article.byline && !article.byline->isInline)
        parts << Part{letters(article.byline->text), article.byline->lines};
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        QList<int> lines = article.paragraphs[i].lines;
        // A dateline byline opens the first paragraph: the two are one block.
        if (i == 0 && article.byline && article.byline->isInline)
            lines << article.byline->lines;
        parts << Part{letters(article.paragraphs[i].text), lines};
    }
    for (const Caption &caption : article.captions)
        parts << Part{letters(caption.text), caption.lines};
    return parts;
}

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
    for (const Part &part : partsOf(article))
        lines << part.lines;
    if (article.byline && article.byline->isInline)
        lines << article.byline->lines;
    return sorted(lines);
}

QList<int> atCursor(const Article &article, const QTextCursor &cursor)
{
    const QTextDocument *document = cursor.document();
    if (!document)
        return {};
    const QList<Part> parts = partsOf(article);
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    QList<int> lines;
    for (; block.isValid(); block = block.next()) {
        const QString text = letters(block.text());
        if (!text.isEmpty()) {
            // The first part whose letters are the block's (a title repeated in
            // the body is rare; the head comes first, as on the page).
            const auto found = std::find_if(parts.cbegin(), parts.cend(),
                                            [&](const Part &part) { return part.letters == text; });
            if (found != parts.cend())
                lines << found->lines;
        }
        if (block == last)
            break;
    }
    return sorted(lines);
}

} // namespace Broadsheet::ArticleLines
