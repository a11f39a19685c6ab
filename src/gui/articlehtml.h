#pragma once

#include <QCoreApplication>

#include "libraryrecords.h"
#include "theme.h"

#include <QString>

namespace Broadsheet {

// An article set like a page, as the rich text the reading pane shows. Article
// text is data: every piece is escaped before it becomes markup.
class ArticleHtml
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::ArticleHtml)

public:
    // The link that folds the parser's notes in and out.
    static constexpr const char *kNotesLink = "broadsheet-notes:toggle";

    struct Style
    {
        Theme::ReadingColors colors;
        int fontPixels = 18;
        QString bodyFamilies;     // CSS font-family list: a Song/Ming serif
        QString headlineFamilies; // a Hei face
        // Half-width , ; : ! ? ( ) between Chinese characters shown full width
        // (CjkPunctuation::forDisplay); the article's text itself is unchanged.
        bool fullWidthPunctuation = true;
    };

    // The reader's desk on the article, under its head: its tags as chips, the
    // collections holding it, and its note (a little Markdown, never raw HTML).
    static QString render(const StoredArticle &article, const Style &style, bool notesOpen,
                          const ArticleDesk &desk = {});
    // A note as rich text: paragraphs, **bold**, *italic*, lists. HTML in the
    // note is shown as typed.
    static QString noteHtml(const QString &note);
    static QString message(const QString &title, const QString &text, const Style &style);
    // The paper and the date an article appeared in, as far as they are known
    // (empty when neither is): the reading pane's head and contents pages.
    static QStringList issueKnown(const StoredArticle &article);
    // The style sheet of the reading pane, for other pages set like it.
    static QString styleSheet(const Style &style);
    // Text for a tool tip, shown as written: Qt guesses whether a tip is rich
    // text, and "<b>" or "&amp;" in an article must not change that guess.
    static QString toolTip(const QString &plainText);
    // CSS font-family lists of the CJK faces installed, best first.
    static QString serifFamilies();
    static QString sansFamilies();
};

} // namespace Broadsheet
