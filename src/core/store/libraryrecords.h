#pragma once

#include "issue.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Broadsheet {

// Value types the library returns to its callers (models, widgets, the CLI).

struct IssueRecord
{
    qint64 id = 0;
    QString sourcePath;
    QString sha256;
    QString encoding;
    QString title;
    QString paper;
    QDate date;
    QDateTime importedAt;
    int articleCount = 0;
};

struct SectionRecord
{
    qint64 id = 0;
    qint64 issueId = 0;
    int position = 0;
    QString title; // empty for a section the file does not name
    int articleCount = 0;
};

struct ArticleRecord
{
    qint64 id = 0;
    qint64 issueId = 0;
    qint64 sectionId = 0;
    std::optional<qint64> groupId;
    int number = 0; // the article's id within its issue, as in `parse` output
    ArticleKind kind = ArticleKind::Other;
    QString kicker;
    QString title;
    QString subtitle;
    QStringList authors;

    QString displayTitle() const;
};

struct GroupRecord
{
    qint64 id = 0;
    qint64 sectionId = 0;
    QString title;
    QList<ArticleRecord> articles;
};

// A section's children in reading order: groups of short pieces and articles.
struct SectionEntry
{
    std::optional<GroupRecord> group; // set for a group, else `article` is the entry
    ArticleRecord article;
};

// A whole article as the reading pane and export need it.
struct StoredArticle
{
    ArticleRecord record;
    Article article;
    QString issueTitle;
    QString sectionTitle;
    QString encoding;
    QString paper; // the issue's newspaper and date, where known
    QDate date;
};

struct ImportResult
{
    enum class Outcome { Imported, AlreadyPresent, Replaced };
    Outcome outcome = Outcome::Imported;
    QString path;
    qint64 issueId = 0;
    QString title;
    int articleCount = 0;
};

struct ImportFailure
{
    QString path;
    QString reason;
    Error::Code code = Error::Code::InvalidInput;
};

struct ImportReport
{
    QList<ImportResult> results;
    QList<ImportFailure> failures;
    bool cancelled = false;
};

// How a term's use over time is counted (Library::timeline).
enum class TimelineUnit { Year, Month, Day };

struct TimelineRequest
{
    QString text; // a query, as for search
    TimelineUnit by = TimelineUnit::Month;
    QString paper = {}; // empty: every paper
    bool exactScript = false;
};

// One period of a timeline: "2019", "2019-02" or "2019-02-20". Periods with
// articles and no match are there too (matches 0), so that the share of
// matching articles can be compared across periods; undated issues are left out.
struct TimelineBucket
{
    QString period;
    int matches = 0;  // articles of the period that match the query
    int articles = 0; // all articles of the period (of the paper, if one is given)

    double share() const { return articles > 0 ? double(matches) / articles : 0.0; }
    friend bool operator==(const TimelineBucket &, const TimelineBucket &) = default;
};

struct SearchRequest
{
    QString text; // the query (SearchQuery: terms, "phrases", -term, OR, title:, …)
    std::optional<qint64> issueId;
    std::optional<qint64> sectionId;
    QString author;
    std::optional<ArticleKind> kind;
    // "Match script exactly": traditional and simplified characters do not fold
    // together (发展 does not find 發展).
    bool exactScript = false;
    // The archive's filters: the newspaper (as stored), the days (inclusive; an
    // invalid date leaves that end open), the page as printed ("3" finds 03 and
    // 第3版; "A2" finds A02) and the section's title. Empty: no filter.
    QString paper = {};
    QDate from = {};
    QDate to = {};
    QString page = {};
    QString section = {};
    enum class Sort { Relevance, Newest, Oldest };
    Sort sort = Sort::Relevance;
    int limit = 50;
    int offset = 0;
};

struct SearchHit
{
    ArticleRecord article;
    QString issueTitle;
    QString sectionTitle;
    QString paper = {}; // the issue's newspaper and day, where known
    QDate date = {};
    QString pageNumber = {}; // the page the article starts on, as printed
    QString pageName = {};
    // Plain text around the first hit of each term in the body (windows joined with
    // " … "); with no term in the body, the headline where a term occurs only in
    // its kicker or subtitle, else the start of the body, nothing marked.
    QString snippet;
    QList<std::pair<int, int>> highlights;      // (start, length) of each hit in the snippet
    QList<std::pair<int, int>> titleHighlights; // (start, length) of each hit in article.title
    bool inHeadline = false; // a term occurs in the headline (kicker, title, subtitle)
    bool inBody = false;     // a term occurs in the body (byline, paragraphs, captions)
    double score = 0;        // lower is better (bm25)
};

struct SearchResults
{
    int total = 0; // matching articles, not only those on this page
    QList<SearchHit> hits;
    QStringList terms;
};

} // namespace Broadsheet
