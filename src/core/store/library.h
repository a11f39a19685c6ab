#pragma once

#include <QCoreApplication>

#include "libraryrecords.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace Broadsheet {

struct ParsedIssueFile;   // library.cpp
struct ImportCorrections; // librarycorrections.cpp
class SearchQuery;
struct SearchSql; // searchsql.h
struct DeskKey;   // librarydesk.cpp

// What an import tells as it goes, and how to stop it.
struct ImportListener
{
    std::function<void(int done, int total, const QString &path)> progress; // before each file
    std::function<void(const ImportResult &)> imported;                     // as each file is done
    std::function<void(const ImportFailure &)> failed;
    const std::atomic_bool *cancel = nullptr;
};

// The library: every issue the user has opened, in one SQLite file, through Qt
// Sql. All SQL of Broadsheet lives in Library and its helpers; callers get value
// structs. One Library per thread (each has its own connection).
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Library)

public:
    enum class Access { ReadWrite, ReadOnly };

    struct Options
    {
        Access access = Access::ReadWrite;
        int busyTimeoutMs = 3000; // how long to wait for another program's lock
        // Up to this many matches are ranked by bm25; beyond, the newest this many
        // are, and the rest follow newest first (see librarysearch.cpp).
        int rankedMatches = 3000;
        // Told as the search index is rebuilt on opening (a new tokenizer): the
        // articles indexed so far and how many there are.
        std::function<void(int done, int total)> indexProgress = {};
        // importPaths: threads that read and parse files while this one writes
        // (-1: one for each core; 0: none, every file is read, parsed and written
        // in turn on the calling thread).
        int importParsers = -1;
    };

    static constexpr int kSchemaVersion = 8;
    // Read-only access (which cannot upgrade) works from this format on. Format 5
    // added the archive's columns and tables (paper and date sources, pages), which
    // every listing reads: an older library must be opened for writing once.
    static constexpr int kOldestReadableVersion = 5;
    // "BSHT": marks a SQLite file as a Broadsheet library.
    static constexpr int kApplicationId = 0x42534854;

    static QString defaultPath(); // library.sqlite in the application data folder
    static Result<std::unique_ptr<Library>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Library>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Library();

    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_options.access == Access::ReadOnly; }
    int schemaVersion() const;
    // False when the search index was made by another tokenizer and the library
    // is read-only, so that it could not be rebuilt: search may miss articles.
    bool isSearchIndexCurrent() const { return m_searchIndexCurrent; }

    // --- Import -----------------------------------------------------------
    // One file: parsed and written in one transaction. A file whose bytes are
    // already in the library is not imported again; a changed file at the same
    // path replaces its issue.
    Result<ImportResult> importFile(const QString &path);
    // Files and folders (walked recursively for *.txt); goes on past bad files.
    ImportReport importPaths(const QStringList &paths,
                             const ImportListener &listener = ImportListener());
    static QStringList issueFilesIn(const QStringList &paths); // what importPaths would read
    Status removeIssue(qint64 issueId);
    // SQLite's and the search index's own consistency checks.
    Status checkIntegrity();
    // Merges the search index into one segment and returns free pages to the
    // file system: after a large import the library shrinks and searches faster.
    Status optimize();

    // --- Reading ----------------------------------------------------------
    Result<QList<IssueRecord>> issues();
    Result<IssueRecord> issue(qint64 issueId);
    Result<QList<SectionRecord>> sections(qint64 issueId);
    Result<QList<SectionEntry>> sectionEntries(qint64 sectionId);
    Result<QList<ArticleRecord>> articles(qint64 issueId); // in reading order
    Result<StoredArticle> article(qint64 articleId);
    Result<QList<StoredArticle>> storedArticles(const QList<qint64> &ids); // in the order given
    Result<Issue> loadIssue(qint64 issueId); // the issue as parsed, rebuilt from the library
    Result<std::optional<qint64>> issueIdForPath(const QString &path); // none if never imported

    // --- The archive (libraryarchive.cpp) ------------------------------------
    // Newspaper → year → month → issue → page. A newspaper issue is every file of
    // one paper on one date; an undated file is an issue of its own, in year 0.
    // An empty `paper` stands for the files whose paper is unknown. These read
    // the index issues_by_paper_date, never every file.
    Result<QList<NewspaperRecord>> newspapers(); // by paper, the unknown paper last
    // Its years in order, then year 0 (the undated files) if there are any.
    Result<QList<PeriodRecord>> years(const QString &paper);
    Result<QList<PeriodRecord>> months(const QString &paper, int year);
    // Its dated issues of that month in date order; year 0: its undated files,
    // one record each.
    Result<QList<ArchiveIssueRecord>> archiveIssues(const QString &paper, int year, int month);
    // The pages of the paper's issue on that date (an invalid date: of its
    // undated files), by page number (pageSortKey), then file, then position.
    Result<QList<PageRecord>> archivePages(const QString &paper, const QDate &date);
    Result<QList<PageRecord>> pagesOfFile(qint64 issueId);
    // The sections with articles that start on the page (a position of the file,
    // -1: the whole file), each counting those articles only; and their entries.
    Result<QList<SectionRecord>> sectionsOnPage(qint64 issueId, int page);
    Result<QList<SectionEntry>> sectionEntriesOnPage(qint64 sectionId, int page);
    // The days with issues from `from` to `to` (inclusive; an invalid date leaves
    // that end open), in order: of one paper, of the unknown paper (an empty, not
    // null, QString) or of all papers (a null QString).
    Result<QList<QDate>> issueDates(const QString &paper, const QDate &from, const QDate &to);
    // The paper's dated issue `step` issues after `date` (negative: before;
    // 0: on that date), if there is one.
    Result<std::optional<ArchiveIssueRecord>> adjacentIssue(const QString &paper, const QDate &date,
                                                            int step);
    // Paper, date, edition and pages as the library holds them, with their sources.
    Result<IssueMetadata> issueMetadata(qint64 issueId);
    // What the user sets, for every file at once (one transaction). Kept by the
    // files' contents: it survives removing a file and importing it again, and
    // moves with a file that changes at the same path. Page fields apply to files
    // of at most one page (a file naming none gets one); files of several pages
    // keep theirs.
    Status setUserMetadata(const QList<qint64> &issueIds, const MetadataEdit &edit);

    // --- The researcher's desk (librarydesk.cpp) ------------------------------
    // Collections, tags and notes, keyed by the article's content (the file's
    // sha256 and the article's first line): they outlive removing an issue and
    // come back with its file. Each call is one transaction.
    Result<QList<CollectionRecord>> collections(); // by name
    // The collection of that name (trimmed), created if there is none.
    Result<qint64> createCollection(const QString &name);
    Status renameCollection(qint64 id, const QString &name);
    Status removeCollection(qint64 id);
    // Appended in the order given; articles already in it stay where they are.
    Status addToCollection(qint64 collectionId, const QList<qint64> &articleIds);
    Status removeFromCollection(qint64 collectionId, const QList<qint64> &articleIds);
    // In the order they were added; only the articles in the library.
    Result<QList<ArticleRecord>> collectionArticles(qint64 collectionId);
    Result<std::optional<qint64>> collectionId(const QString &name); // none if there is none
    Result<QStringList> tags();                                      // every tag, sorted
    Status addTags(const QList<qint64> &articleIds, const QStringList &tags);
    Status removeTags(const QList<qint64> &articleIds, const QStringList &tags);
    Status setNote(qint64 articleId, const QString &text); // empty (or blank) removes it
    Result<ArticleDesk> desk(qint64 articleId);
    Result<QList<qint64>> articlesWithNotes(); // in the library, by id
    // Broadsheet's own desk file (JSON, "broadsheet-desk" version 1): the given
    // collections with the tags and notes of their articles; none given: all of
    // the desk. importDesk merges a file into the library, all or nothing; doing
    // it again changes nothing.
    Result<QByteArray> exportDesk(const QList<qint64> &collectionIds);
    Result<DeskImportReport> importDesk(const QByteArray &json);

    // --- Corrections (librarycorrections.cpp) ---------------------------------
    // A layer over the parse, kept by the file's content (sha256) and its line
    // numbers; the file itself is never rewritten. The library's articles are the
    // corrected ones: the tree, the reading pane and search show them, and search
    // also finds a headline the reader replaced by its parser's text.
    Result<IssueCorrections> corrections(qint64 issueId);
    // Replaces the issue's corrections with `corrections` (an empty set removes
    // them) and its articles with the corrected parse, in one transaction. Reads
    // the issue's file, which must still hold the bytes that were imported: the
    // parse is made again from it. Returns what could not be applied (then nothing
    // is changed unless `keepApplicable`).
    Result<CorrectionOutcome> setCorrections(qint64 issueId, const CorrectionSet &corrections,
                                             bool keepApplicable = false);
    // A corrections file (corrections-json format 1): applied to the issue its
    // source_sha256 names, replacing the corrections it has.
    Result<CorrectionImportReport> importCorrections(const QByteArray &json);
    // The issue file's lines as decoded, for the source view: read again from its
    // path, refused in words when the file is gone or no longer holds those bytes.
    Result<QStringList> sourceLines(qint64 issueId);
    // The issue file's path and bytes, read again and checked as sourceLines does:
    // what the page view opens when the issue came from an e-paper PDF.
    Result<std::pair<QString, QByteArray>> sourceFile(qint64 issueId);
    // The e-paper PDF that joined a text file's issue as its companion (the same
    // page), its path and bytes as sourceFile gives them; none when it has none.
    Result<std::optional<std::pair<QString, QByteArray>>> companionPdf(qint64 issueId);
    // Whether it has one, without reading it.
    bool hasCompanionPdf(qint64 issueId);
    // Where an issue's page is: its own file when it was read from a PDF, else its
    // companion PDF; none for a text issue without one.
    struct PageSource
    {
        QString path;
        QString sha256;
        bool companion = false; // the PDF joined a text file's issue
    };
    Result<std::optional<PageSource>> pageSource(qint64 issueId);
    // The page source read and parsed, refused in words when the file is gone or
    // changed. Touches no database: for a worker thread.
    static Result<Issue> readPage(const PageSource &source);
    // The parser's doubtful spots in the issue, in line order (Issue::doubts).
    Result<QList<Doubt>> doubts(qint64 issueId);

    // --- Search -----------------------------------------------------------
    Result<SearchResults> search(const SearchRequest &request);
    // Matching articles per year, month or day, in order of the periods.
    Result<QList<TimelineBucket>> timeline(const TimelineRequest &request);
    // Stops the statement this library's connection is running, from any
    // thread: a search that a newer one makes pointless fails with
    // Error::Code::Cancelled. Best effort: between two statements it is a no-op.
    void interrupt();

private:
    Library(QSqlDatabase database, QString path, Options options);

    Status prepareSchema();
    Status upgradeTo(int version);
    Status useWriteAheadLog();
    Status prepareSearchIndex();
    Result<QString> tokenizerVersion(); // of the index; empty when unknown
    // The SQL that finds a request's articles: search and timeline share it, so
    // that they agree. joinIssues: `i`, the article's issue, is joined.
    Result<SearchSql> searchSql(const SearchQuery &query, const SearchRequest &request,
                                bool joinIssues);
    // The exact check on the articles' texts: `matched` gets each article of
    // `ids` that matches the query, in the order of `ids`, with its index there.
    Status checkExactly(const SearchQuery &query, const QList<qint64> &ids,
                        const std::function<void(qsizetype, StoredArticle &&)> &matched);
    Status rebuildSearchIndex(const std::function<void(int, int)> &progress = {});
    // The issue already holding a file with these bytes, if any.
    // storedArticles; without the pages (the page columns) for the steps that
    // only need the articles' text and may run before format 5 (upgrades).
    Result<QList<StoredArticle>> readArticles(const QList<qint64> &ids, bool withPages);
    Result<std::optional<ImportResult>> issueWithDigest(const QString &sha256, const QString &path);
    // Import in two halves: reading and parsing a file needs no connection and
    // may run on other threads (library.cpp); writing it is this connection's.
    Result<ImportResult> writeParsed(ParsedIssueFile &file);
    void importSequentially(const QStringList &files, const ImportListener &listener,
                            ImportReport &report);
    void importInParallel(const QStringList &files, int parsers, const ImportListener &listener,
                          ImportReport &report);
    // `issue` as it is to be stored (corrected, where there are corrections);
    // `parsed`: the parser's output it was corrected from, none when it was not.
    Result<qint64> writeIssue(const Issue &issue, const QString &path,
                              const IssueMetadata &detected, const IssueMetadata &effective,
                              const Issue *parsed);
    // librarywriter.cpp: the issue's sections, groups, articles (with their parts
    // and search rows) and doubtful spots; import and corrections share it.
    // `parsed` as for writeIssue: the titles a correction replaced stay searchable.
    Status writeArticles(qint64 issueId, const Issue &issue, const QList<IssuePage> &pages,
                         const Issue *parsed);
    Status writeDoubts(qint64 issueId, const QList<Doubt> &doubts);
    // What writeArticles and writeDoubts wrote (and the unplaced lines), search
    // rows included; the issue's row, metadata, pages, credits and notes stay.
    Status deleteContent(qint64 issueId);
    // Takes the issue's articles out of the search index (before their rows go).
    Status unindexIssue(qint64 issueId, const QString &doing);
    // libraryarchive.cpp: the metadata an issue file is stored with.
    Result<IssueMetadata> withUserMetadata(const QString &sha256, const IssueMetadata &detected,
                                           int lineCount);
    Status carryUserMetadata(const QString &fromSha256, const QString &toSha256);
    Status updateMetadata(qint64 issueId, const QString &path, const QString &detectedJson,
                          const IssueMetadata &effective);
    Status writePages(qint64 issueId, const IssueMetadata &effective);
    Result<QString> samePageAs(qint64 issueId);
    Status backfillArchive(); // the upgrade to format 5
    // The issue as loadIssue gives it, without its metadata (issue.metadata empty).
    Result<Issue> loadIssueContent(qint64 issueId);
    Result<QList<ArchiveIssueRecord>>
    archiveIssuesWhere(const QString &where, const QVariantList &values, bool groupByDate);
    Result<QList<PageRecord>> pagesWhere(const QString &where, const QVariantList &values);
    Result<QList<SectionEntry>> sectionEntriesWhere(qint64 sectionId, std::optional<int> page);
    // librarycompanions.cpp
    bool hasCompanions() const; // format 8 on
    // The issue the file with these bytes joined as a companion, as an
    // already-present import result; none if it is not a companion.
    Result<std::optional<ImportResult>> companionWithDigest(const QString &sha256,
                                                            const QString &path);
    // The issue of the other kind (text for a PDF, a PDF for a text file) that
    // holds the same page as `issue`, by the headlines they share; none if none.
    Result<std::optional<qint64>> sameContentsAs(const Issue &issue);
    Status storeCompanion(const QString &sha256, qint64 issueId, const QString &path, bool isPdf);
    // The issue's text fingerprint (ArticleMatch::fingerprint), by which the other
    // kind of file of its page knows it when the two parses' headlines differ.
    Status writeFingerprint(qint64 issueId, const Issue &issue);
    // A changed file replaced its issue: its companions join the new contents.
    Status carryCompanions(const QString &fromSha256, const QString &toSha256);
    // librarycorrections.cpp
    bool hasCorrections() const; // format 7 on (a read-only library may be older)
    Result<std::optional<CorrectionSet>> storedCorrections(const QString &sha256);
    Status storeCorrections(const CorrectionSet &corrections); // none: removes them
    // The corrections to apply to a file being imported (its own, else those of
    // the contents it replaces), applied to `file`'s issue; see writeParsed.
    Result<ImportCorrections> correctionsForImport(const QString &path, const QString &sha256,
                                                   const Issue &parsed,
                                                   const QString &previousSha256);
    Result<std::pair<QString, QString>> issueSource(qint64 issueId); // source_path, sha256
    // Moves the desk's rows of the issue's articles to where `after` puts them.
    Status followDesk(const QString &sha256, const Issue &before, const Issue &after);
    // librarydesk.cpp
    bool hasDesk() const; // format 6 on (a read-only library may be older)
    // The desk's keys of the articles (all of them, or an error naming one that is missing).
    Result<QList<DeskKey>> deskKeys(const QList<qint64> &articleIds);
    // Runs `work` in one write transaction: all of it, or nothing.
    Status deskTransaction(const std::function<Status()> &work);
    Status backfillFirstLines(); // the upgrade to format 6
    // A changed file replaced its issue: the desk rows of the old contents whose
    // first line starts an article of the new issue now name that article.
    Status carryDesk(const QString &fromSha256, const QString &toSha256, qint64 toIssueId);
    // The exact check's view of the desk, for the articles of `ids`.
    Status deskOf(const QList<qint64> &ids, QHash<qint64, ArticleDesk> *desks);
    // libraryreader.cpp: article records in the order of `ids` (missing ones left out).
    Result<QList<ArticleRecord>> articleRecords(const QList<qint64> &ids);
    Status deleteIssueRows(qint64 issueId);
    // The article's search row: its head is StoredCorrections::searchHead.
    Status indexArticle(qint64 articleId, const Article &article, const QString &parserTitle,
                        bool remove);
    QString sqliteVersion() const; // as the Qt driver's SQLite reports it
    Error sqlError(const class QSqlQuery &query, const QString &what) const;
    Error sqlError(const class QSqlError &error, const QString &what) const;
    Status exec(const QString &sql);
    Status begin();
    Status commit();
    void rollback();

    QSqlDatabase m_db;
    std::atomic<sqlite3 *> m_handle = nullptr; // for interrupt(), from other threads
    QString m_path;
    QString m_connectionName;
    Options m_options;
    bool m_searchIndexCurrent = true;
    int m_openedVersion = -1; // the format once open() is done; -1 while it opens
    int formatVersion() const { return m_openedVersion >= 0 ? m_openedVersion : schemaVersion(); }
};

} // namespace Broadsheet
