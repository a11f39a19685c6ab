#pragma once

#include <QCoreApplication>

#include "issue.h"
#include "lineclassifier.h"

#include <deque>

namespace Broadsheet {

// An article while the assembler still moves lines between articles. Body and
// caption entries are indices into the classified lines, in file order.
struct ArticleDraft
{
    int section = 0;
    std::optional<GroupHeading> group;
    bool briefGroup = false;
    std::optional<HeadlinePart> kicker;
    std::optional<HeadlinePart> title;
    std::optional<HeadlinePart> subtitle;
    std::optional<Byline> byline;
    qsizetype headlineEnd = -1; // last headline or byline line of this article
    QList<qsizetype> heads;     // its headline and byline lines
    QList<qsizetype> body;
    QList<qsizetype> captions;
    bool awaitingTitle = false; // a vox-pop piece whose title follows its first paragraphs
    qsizetype openBefore = -1;  // the article that was open when this one began
    QStringList notes;
    QList<Doubt> doubts; // the assembler's guesses about it (DoubtRules)
};

struct SectionDraft
{
    QString title;
    std::optional<int> line;
};

// Groups classified lines into sections and articles: headline blocks, bylines,
// leads printed before their headline, vox-pop pieces and captions.
class ArticleAssembler
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::ArticleAssembler)

public:
    explicit ArticleAssembler(QList<ClassifiedLine> &lines);

    void run();

    QList<SectionDraft> sections;
    // A deque: references stay valid as articles are added, and no doubling slack.
    std::deque<ArticleDraft> articles;
    QList<Credit> credits;
    QList<UnplacedLine> unplaced;
    std::optional<Conventions::Masthead> masthead;
    std::optional<int> mastheadLine;
    QList<int> mastheadLines; // every masthead line: that one, its other lines, repeats

private:
    bool repeatsMasthead(const Conventions::Masthead &other) const;

    struct Block
    {
        QList<qsizetype> lines; // headline parts only, in order
        qsizetype end = 0;      // first line after the block
    };

    Block collectBlock(qsizetype from);
    void takeBlock(const Block &block);
    void takeHeadline(const QList<qsizetype> &parts, qsizetype blockEnd);
    void takeByline(qsizetype index);
    void takeBody(qsizetype index);
    void assignCaptions();

    ArticleDraft &startArticle();
    // The article that text goes to: the last one begun, or the one a photo item
    // interrupted once its text resumes after the photo item.
    ArticleDraft *current() { return articles.empty() ? nullptr : &articles[m_open]; }
    void openSection(const QString &title, int line);
    void place(qsizetype index, const QString &why);
    qsizetype firstBodyAfter(qsizetype index) const;
    qsizetype leadStart(const ArticleDraft &article, qsizetype nextBody,
                        const QString &newHeadline) const;
    bool continues(qsizetype previous, qsizetype next) const;
    bool separated(qsizetype previous, qsizetype next) const;
    bool hasVoxPopPerson(const ArticleDraft &article) const;
    bool isPhotoItem(const ArticleDraft &article, qsizetype before) const;
    bool captionedWithoutByline(qsizetype blockEnd, qsizetype nextBody) const;
    QString photoItemText(const ArticleDraft &photo, qsizetype before) const;
    QString articleText(const ArticleDraft &article) const;
    QString textFrom(qsizetype index) const;
    bool resumeInterrupted(qsizetype index);
    qsizetype photoItemLeadStart(const ArticleDraft &photo, qsizetype blockEnd,
                                 const QString &newHeadline) const;

    QList<ClassifiedLine> &m_lines;
    std::optional<GroupHeading> m_group;
    bool m_groupIsBrief = false;
    QList<qsizetype> m_pendingCaptions;
    std::optional<qsizetype> m_pendingByline;
    qsizetype m_open = -1; // index in `articles` of current()
};

} // namespace Broadsheet
