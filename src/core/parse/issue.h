#pragma once

#include "issuemetadata.h"
#include "pagelayout.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Broadsheet {

// The value types of a parsed issue. Line numbers are 1-based lines of the
// source file as an editor shows them.

enum class ArticleKind { News, Commentary, Interview, VoxPop, Brief, Photo, Other };

QString kindName(ArticleKind kind); // "news", "voxpop", … as in the JSON format
std::optional<ArticleKind> kindFromName(QStringView name);

struct HeadlinePart
{
    QString text;
    QList<int> lines;
};

struct Byline
{
    QString text;
    QList<int> lines;
    QStringList authors;
    bool isInline = false; // opens the first paragraph rather than standing alone
};

struct Paragraph
{
    QString text;
    QList<int> lines;
};

struct Caption
{
    QString text;
    QList<int> lines;
    QString credit; // the photographer, empty when the caption names none
};

struct Credit
{
    QString role;
    QString name;
    int line = 0;
};

struct GroupHeading
{
    QString title;
    int line = 0;

    friend bool operator==(const GroupHeading &, const GroupHeading &) = default;
};

// The headline parts there are, each followed by a line feed: "kicker\ntitle\n".
QString headlineLines(const std::optional<HeadlinePart> &kicker,
                      const std::optional<HeadlinePart> &title,
                      const std::optional<HeadlinePart> &subtitle);

// A place where the parser guessed, and may be wrong: the reader's first stop
// when checking a parse (the source view's list of doubtful spots, Go ▸ Next
// Doubtful Spot). Issue::doubts holds them in line order.
struct Doubt
{
    enum class Kind {
        CutParagraph,       // a paragraph ends mid-sentence and no continuation was found
        LeadBeforeHeadline, // a lead printed before its headline was moved under it
        CaptionByContent,   // a caption placed with an article by its words alone
        RoleAgainstShape,   // a line's role goes against its shape (a long "headline")
        Encoding,           // the file's encoding was a close call, or bytes were damaged
    };
    Kind kind = Kind::CutParagraph;
    int line = 0;      // the line it is about (1-based); 0 for the whole file
    int articleId = 0; // the article it touches, 0 if none
    QString message;   // in words a reader understands, translated
};

QString doubtKindName(Doubt::Kind kind); // "cut_paragraph", … as in the JSON
std::optional<Doubt::Kind> doubtKindFromName(QStringView name);

struct Article
{
    int id = 0;
    ArticleKind kind = ArticleKind::Other;
    std::optional<GroupHeading> group;
    std::optional<HeadlinePart> kicker;
    std::optional<HeadlinePart> title;
    std::optional<HeadlinePart> subtitle;
    std::optional<Byline> byline;
    QList<Paragraph> paragraphs;
    QList<Caption> captions;
    QStringList notes;
    // How sure the parser is of this article, from 0 to 1: 1 with no doubt about
    // it, less for each doubtful spot in it (Issue::doubts). Search sorts and
    // filters on it.
    double confidence = 1.0;

    QString displayTitle() const; // the title, or a stand-in for an untitled piece
    // The first source line it stands on (its group heading's when it has no
    // line of its own): what the store keys the desk by and finds its page with.
    int firstLine() const;
    // Every line it holds (headline parts, byline, paragraphs, captions),
    // ascending, each once; not its group's heading, which the group shares.
    QList<int> lines() const;
    QStringList authors() const { return byline ? byline->authors : QStringList(); }
    // Everything a reader sees, in order, one part per line: the headline parts
    // (kicker, title, subtitle), then the body (a standalone byline, paragraphs,
    // captions). Search indexes exactly these two texts.
    QString headText() const;
    QString bodyText() const;
    QString plainText() const;
};

struct Section
{
    QString title;           // empty when the file does not name the section
    std::optional<int> line; // the line that opens it, if any
    QList<Article> articles;
};

struct UnplacedLine
{
    int line = 0;
    QString text;
};

struct SourceInfo
{
    QString path;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030", "Big5", …
    bool byteOrderMark = false;
    QString sha256; // hex digest of the file's bytes
    int lines = 0;
    qint64 bytes = 0;
};

struct Issue
{
    SourceInfo source;
    QString paper;        // the newspaper's name, when the text gives it
    QDate date;           // the issue date, when the text gives it
    int mastheadLine = 0; // the line that gives them, 0 if none
    QList<Credit> credits;
    QList<Section> sections;
    QList<UnplacedLine> unplaced;
    QStringList notes; // about the issue as a whole
    QString edition;   // the edition the masthead prints (第1234期), when it does
    // Paper, date, edition and pages, each with where it came from (text, path,
    // user or a guess): IssueMetadata::detect.
    IssueMetadata metadata;
    // Every line of the masthead, which may be printed on several (paper, date
    // line, lunar date, edition) and again on each page of a file; mastheadLine
    // is the one among them that gives the date.
    QList<int> mastheadLines;
    QList<Doubt> doubts; // in line order
    // Where each line stands on the page, for an issue read from a PDF; empty
    // for a text file. An article's zones are layout.zonesOf(article.lines()).
    PageLayout layout;

    int articleCount() const;
    QString displayTitle() const; // paper and date when known, else the file name
    const Article *findArticle(int id) const;
};

} // namespace Broadsheet
