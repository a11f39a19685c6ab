#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Broadsheet {

// What the index may be asked: at most this many strings, each at most this
// long (-1: no limit); beyond, an exact check on the text decides.
struct SearchLimits
{
    qsizetype maxTerms = -1;
    qsizetype maxTermLength = -1;
};

// What the user typed into a search field, read as a query: one language for the
// app's search box and `broadsheet-cli search` (which joins its arguments with
// spaces). Terms separated by white space must all match:
//
//   发展 规划           both words, anywhere in the article
//   "规划引领 项目"     a phrase: its spaces are part of it
//   -发展               no article containing it (-"a phrase" too)
//   发展 OR 发达, a|b   either: OR in capitals, or |, between two terms
//   title:发展          in the headline (kicker, title or subtitle)
//   author:王           in the name of one of the article's authors
//   section:要闻        in the title of the article's section
//   page:2              on that page, as its section's page marker names it
//                       (第02版, A2版: page:2, page:02, page:a2, page:第2版)
//   "项目 发展"~10      each word at most 10 characters from the others, in the
//                       headline or in the body (a line break counts as one)
//   collection:读书     in the user's collection of that name (the whole name,
//                       folded: collection:"my list" for one with spaces)
//   tag:待读            tagged so by the user (the whole tag, folded)
//   has:note            with a note of the user's (has: anything else is a word)
//
// Everything else is text, never syntax, and no query is an error: an unclosed
// quote runs to the end of its line, OR and | with no term on one side are
// words, a field name with nothing after its colon is a word, a lone - is a
// word; operators and fields combine (-title:x, title:"a b", author:王 OR
// author:李). Field names and OR fold like any text (TITLE:, ｔｉｔｌｅ：, ＯＲ).
// A query of excluded terms only finds every article without them; one of
// desk fields only (collection:, tag:, has:note) lists those articles.
//
// Terms are folded (TextFold: width, Latin case and, unless the script must match
// exactly, traditional characters to simplified ones) and quoted for FTS5, so no
// input is ever FTS5 or SQL syntax.
class SearchQuery
{
public:
    // Collection, Tag, Note: the researcher's desk (Library::collections and on).
    enum class Field { Text, Title, Author, Section, Page, Collection, Tag, Note };
    enum class Script { Fold, Exact }; // Exact: "Match script exactly"

    struct Term
    {
        Field field = Field::Text;
        bool excluded = false;
        QStringList words; // folded: one string to find, or several for proximity
        QStringList typed; // the same, as typed
        int distance = -1; // proximity: the words at most this many characters apart
        bool operator==(const Term &) const = default;
    };
    using Group = QList<Term>; // any one of its terms (OR)

    // What an article offers a query: its text as stored, not folded.
    struct Subject
    {
        QString head; // kicker, title and subtitle, a line each
        QString body; // byline, paragraphs and captions, a line each
        QStringList authors;
        QString section; // the title of its section, page marker included
        // The desk's: read only for a query that names them (usesDesk).
        QStringList collections = {}; // names
        QStringList tags = {};
        bool hasNote = false;
    };

    using Limits = SearchLimits;

    // How the index answers the query (see Library::search).
    struct IndexPlan
    {
        // FTS5: every result matches it (groups of text and headline terms, and
        // the exclusions of text and headline terms). Empty: nothing for it.
        QString match;
        // Groups (indexes into groups()) the match does not take: the library
        // narrows the results by them with SQL (termExpression, matchesValue).
        QList<qsizetype> otherGroups;
        // The match and those filters find exactly the matching articles; when
        // false, they find more, and matches() decides on each article's text.
        bool exact = true;
    };

    explicit SearchQuery(QStringView text, Script script = Script::Fold);

    const QList<Group> &groups() const { return m_groups; }
    bool isEmpty() const { return m_groups.isEmpty(); }
    Script script() const { return m_script; }
    // Folded as this query's words are (the script fold unless Script::Exact).
    QString fold(QStringView text) const;

    // Whether a term is of the desk (collection:, tag:, has:note): the exact
    // check then needs the articles' collections, tags and notes.
    bool usesDesk() const;
    static bool isDeskField(Field field);

    // The words a hit marks: of the text and headline terms not excluded;
    // folded, distinct.
    const QStringList &terms() const { return m_terms; }
    const QStringList &typedTerms() const { return m_typed; } // the same, as typed

    IndexPlan indexPlan(Limits limits = {}) const;
    // One text or headline term for FTS5; when !isIndexExact, it matches more.
    QString termExpression(const Term &term, Limits limits = {}) const;
    bool isIndexExact(const Term &term, Limits limits = {}) const;
    // indexPlan's match, and whether it leaves work for an exact check.
    QString matchExpression(qsizetype maxTerms = -1, qsizetype maxTermLength = -1) const;
    bool needsExactCheck(qsizetype maxTerms, qsizetype maxTermLength) const;

    // Whether an article matches the whole query: the exact check.
    bool matches(const Subject &subject) const;
    // Whether one value matches an author, section, page, collection or tag
    // term as such (not excluded): an author's name, a section's title, a
    // collection's name, a tag.
    bool matchesValue(const Term &term, QStringView value) const;
    // page: a page as typed (2, 02, A2, 第2版, 二) against a section title whose
    // page marker names it (第02版:要闻). False for a title without a marker.
    static bool pageMatches(QStringView page, QStringView sectionTitle);
    // A page number as typed or printed, comparable: 第02版, 02, 2 → "2";
    // A2, a02 → "a2"; 第二版, 二 → "2".
    static QString normalizedPage(QStringView page);

private:
    bool termMatches(const Term &term, const QString &head, const QString &body,
                     const Subject &subject) const;
    bool containsScriptFolded(QStringView word) const;

    Script m_script;
    QList<Group> m_groups;
    QStringList m_terms;
    QStringList m_typed;
};

} // namespace Broadsheet
