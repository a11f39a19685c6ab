#pragma once

#include "corrector.h"
#include "issue.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Broadsheet {

// Value types the library returns to its callers (models, widgets, the CLI).

// One issue file (a row of `issues`): one or more pages of a newspaper issue.
// Paper, date and edition are the library's values (detected, or what the user
// set), each with where it came from; no source where there is no value.
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
    std::optional<MetadataSource> paperSource = {};
    std::optional<MetadataSource> dateSource = {};
    QString edition = {};
    std::optional<MetadataSource> editionSource = {};
    int pageCount = 0;       // the pages the file is known to hold; 0 when it names none
    int doubtCount = 0;      // the parser's doubtful spots in it (Library::doubts)
    int correctionCount = 0; // the reader's corrections applied to it
};

// --- The archive: newspaper → year → month → issue → page ------------------
// A newspaper issue is every file of one paper on one date; a file without a
// date is an issue of its own.

struct NewspaperRecord
{
    QString paper;      // empty: the files whose paper is unknown
    int issueCount = 0; // its dated issues (distinct dates), plus each undated file
    int articleCount = 0;

    friend bool operator==(const NewspaperRecord &, const NewspaperRecord &) = default;
};

// A year (month 0) or a month of one paper; year 0 holds the undated files.
struct PeriodRecord
{
    int year = 0;
    int month = 0;
    int issueCount = 0;
    int articleCount = 0;

    friend bool operator==(const PeriodRecord &, const PeriodRecord &) = default;
};

struct ArchiveIssueRecord
{
    QString paper;         // empty when unknown
    QDate date;            // invalid for an undated file
    QString edition;       // as printed (第1234期), empty when unknown
    QList<qint64> fileIds; // its issue files (rows of `issues`), oldest first
    int pageCount = 0;     // pages of all its files; a file naming none counts as one
    int articleCount = 0;
    int doubtCount = 0;      // the parser's doubtful spots in its files
    int correctionCount = 0; // the reader's corrections applied to its files
    // The most trusted source among its files (none where there is no value).
    std::optional<MetadataSource> paperSource = {};
    std::optional<MetadataSource> dateSource = {};
    std::optional<MetadataSource> editionSource = {};
};

// One page of an issue file. A file that names no page is one page of its own:
// position -1, no number, covering the whole file.
struct PageRecord
{
    qint64 issueId = 0; // the file
    int position = -1;  // pages.position within the file; -1: the whole file
    QString number;     // as printed: 03, A2, 三
    std::optional<MetadataSource> numberSource = {};
    QString name; // 要闻
    std::optional<MetadataSource> nameSource = {};
    int firstLine = 0; // the file's lines it covers; 0 when unknown
    int lastLine = 0;
    int articleCount = 0; // articles that start on it
    QString sourcePath;   // the file's path
    int doubtCount = 0;   // the parser's doubtful spots on its lines (the whole file's: all)
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
    int number = 0;          // the article's id within its issue, as in `parse` output
    double confidence = 1.0; // Article::confidence
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
    QString paper; // the issue's newspaper and date, where known (a guessed date is not)
    QDate date;
    QString pageNumber = {}; // the page the article starts on, as printed, where known
    QString pageName = {};
    // The parser's titles a correction replaced, one per line (searchable); empty
    // where the reader changed no headline of it.
    QString parserTitle = {};
};

// --- The researcher's desk: collections, tags and notes ---------------------
// Kept by the article's content (its file's sha256 and its first line), so that
// they survive re-importing a file, a changed file and upgrades of the library.

struct CollectionRecord
{
    qint64 id = 0;
    QString name;
    int articleCount = 0; // its articles that are in the library
    QDateTime created;
    int absentCount = 0; // its articles whose files are not in the library (kept for them)
};

// What the desk holds for one article.
struct ArticleDesk
{
    QStringList collections; // by name
    QStringList tags;        // sorted
    QString note;            // empty: none
};

// What Library::importDesk read (counts of the file, whether new or already there).
struct DeskImportReport
{
    int collections = 0;
    int articles = 0; // entries of collections
    int tags = 0;     // (article, tag) pairs
    int notes = 0;
    // Distinct articles the file names that are not in this library: stored all
    // the same, they come back when their files are imported.
    int missing = 0;
    QStringList missingTitles = {}; // what the file calls them, where it does
};

struct ImportResult
{
    // Joined: the file holds a page the library has from the other kind of file
    // (its e-paper PDF, or its text), and joined that issue as its companion.
    enum class Outcome { Imported, AlreadyPresent, Replaced, Joined };
    Outcome outcome = Outcome::Imported;
    QString path;
    qint64 issueId = 0;
    QString title;
    int articleCount = 0;
    // Imported, but another file already holds the same page (by number) of the
    // same paper and date: that file's path. Empty otherwise.
    QString samePageAs = {};
    // The file changed since the corrections the library holds for its path were
    // made: those that no longer hold (their lines' text changed) and why. They
    // stay in the library under the old file's hash; the others were kept.
    QList<RefusedCorrection> correctionsNotKept = {};
};

// --- Corrections -------------------------------------------------------------

// An issue's corrections as the library holds them.
struct IssueCorrections
{
    CorrectionSet corrections; // the issue's sha256 and its operations (none: empty)
    QDateTime updated = {};    // UTC; invalid when there are none
};

// What `corrections import` did with one file.
struct CorrectionImportReport
{
    qint64 issueId = 0; // the issue the file's source_sha256 names
    int applied = 0;
    QList<RefusedCorrection> refused;
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
    // Only articles the parser is at most this sure of (Article::confidence): a
    // reader checking a parse looks at the doubtful ones. Empty: no filter.
    std::optional<double> maxConfidence = {};
    enum class Sort { Relevance, Newest, Oldest, LeastConfident };
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
