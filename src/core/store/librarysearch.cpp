// Library: full-text search over every article.
#include "library.h"

#include "logging.h"
#include "searchquery.h"
#include "searchsql.h"
#include "storedcorrections.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Broadsheet {

namespace {

// FTS5 looks up at most this many terms, each at most this long; anything beyond
// (a pasted page of text) is checked exactly on the few articles that remain.
constexpr qsizetype kMaxIndexTerms = 8;
constexpr qsizetype kMaxIndexTermLength = 48;
// The query's groups the index cannot take become SQL conditions, at most this
// many, each of at most this many terms (SQLite limits how deep an expression
// may be); any beyond are left to the exact check.
constexpr qsizetype kMaxFilterGroups = 16;
constexpr qsizetype kMaxFilterTerms = 32;
// Headline hits rank far above body hits.
constexpr double kHeadWeight = 20.0;
constexpr double kBodyWeight = 1.0;
// Snippet: characters of context before and after the first hit of one term;
// with several terms the windows around each term's first hit share a larger
// budget, and the snippet never holds more than kSnippetMax characters of text.
constexpr qsizetype kSnippetBefore = 30;
constexpr qsizetype kSnippetAfter = 90;
constexpr qsizetype kSnippetShared = 200;
constexpr qsizetype kSnippetMax = 240;
// Windows closer than this are one: a " … " would hide no more than it takes.
constexpr qsizetype kSnippetJoin = 4;

// Filters that are ranges of article ids (an issue's or a section's articles
// are numbered consecutively), checked inside the index; others need a join.
struct Filter
{
    QString indexSql; // on article_search.rowid (a.id when nothing is MATCHed)
    QString joinSql;  // on articles a
    QVariantList indexValues;
    QVariantList joinValues;
    bool needsJoin() const { return !joinSql.isEmpty(); }
};

// One snapshot for the count, the page and the texts: an import committing
// meanwhile (from another connection) cannot make them disagree.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {}
    ~ReadTransaction()
    {
        if (m_open)
            m_db.commit();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_open;
};

using Ranges = QList<std::pair<int, int>>; // (start, length)

// Overlapping ranges (one term inside another) become one.
Ranges merged(Ranges ranges)
{
    std::sort(ranges.begin(), ranges.end());
    Ranges out;
    for (const auto &[start, length] : std::as_const(ranges)) {
        if (!out.isEmpty() && start <= out.last().first + out.last().second) {
            out.last().second =
                std::max(out.last().first + out.last().second, start + length) - out.last().first;
        } else {
            out.append({start, length});
        }
    }
    return out;
}

// Every hit of every term in `folded`, at `offset`.
Ranges hitsIn(QStringView folded, const SearchQuery &query, int offset = 0)
{
    Ranges hits;
    for (const QString &term : query.terms()) {
        for (qsizetype at = folded.indexOf(term); at >= 0;
             at = folded.indexOf(term, at + term.size()))
            hits << std::pair<int, int>(int(at + offset), int(term.size()));
    }
    return hits;
}

// The snippet: the text around the first hit of each term, windows that overlap
// merged, the rest joined with " … ", every hit marked. `folded` is
// query.fold(text), which the caller has at hand. Without a hit, the start
// of the text, nothing marked.
void snippetFor(const QString &text, const QString &folded, const SearchQuery &query,
                SearchHit *hit)
{
    QList<std::pair<qsizetype, qsizetype>> firsts; // (position, length) of each term's first hit
    for (const QString &term : query.terms()) {
        const qsizetype at = folded.indexOf(term);
        if (at >= 0)
            firsts.append({at, term.size()});
    }
    std::sort(firsts.begin(), firsts.end());
    QList<std::pair<qsizetype, qsizetype>> windows; // [start, end)
    if (firsts.isEmpty()) {
        windows.append({0, std::min<qsizetype>(text.size(), kSnippetBefore + kSnippetAfter)});
    } else {
        const qsizetype count = firsts.size();
        const qsizetype size = count == 1 ? kSnippetBefore + kSnippetAfter : kSnippetShared / count;
        const qsizetype before = count == 1 ? kSnippetBefore : size / 4;
        for (const auto &[at, length] : std::as_const(firsts)) {
            const qsizetype start = std::max<qsizetype>(0, at - before);
            const qsizetype end =
                std::min<qsizetype>(text.size(), at + std::max(length, size - before));
            if (!windows.isEmpty() && start <= windows.last().second + kSnippetJoin)
                windows.last().second = std::max(windows.last().second, end);
            else
                windows.append({start, end});
        }
        // Bounded, whatever was pasted into the search field.
        qsizetype total = 0;
        for (qsizetype i = 0; i < windows.size(); ++i) {
            auto &[start, end] = windows[i];
            end = std::min(end, start + (kSnippetMax - total));
            total += end - start;
            if (total >= kSnippetMax) {
                windows.resize(i + 1);
                break;
            }
        }
    }

    const QString gap = QStringLiteral(" … ");
    QString snippet;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        auto [start, end] = windows.at(i);
        // Do not start or end in the middle of a surrogate pair.
        if (start > 0 && text[start].isLowSurrogate())
            --start;
        if (end < text.size() && text[end].isLowSurrogate())
            ++end;
        if (i > 0)
            snippet += gap;
        else if (start > 0)
            snippet += QStringLiteral("…");
        const int offset = int(snippet.size());
        snippet += QStringView(text).sliced(start, end - start);
        if (!firsts.isEmpty())
            hit->highlights << hitsIn(QStringView(folded).sliced(start, end - start), query,
                                      offset);
        if (i + 1 == windows.size() && end < text.size())
            snippet += QStringLiteral("…");
    }
    snippet.replace(u'\n', u' ');
    hit->snippet = snippet;
    hit->highlights = merged(hit->highlights);
}

} // namespace

Result<SearchSql> Library::searchSql(const SearchQuery &query, const SearchRequest &request,
                                     bool joinIssues)
{
    SearchSql sql;
    // The index takes what it can (plan.match); groups it cannot take (fields
    // other than the headline, exclusions alone) are SQL filters below; what
    // neither decides exactly, the exact check on the text does.
    const SearchQuery::Limits limits{kMaxIndexTerms, kMaxIndexTermLength};
    const SearchQuery::IndexPlan plan = query.indexPlan(limits);
    sql.hasMatch = !plan.match.isEmpty();
    sql.idColumn = sql.hasMatch ? QStringLiteral("article_search.rowid") : QStringLiteral("a.id");
    sql.score = sql.hasMatch ? QStringLiteral("bm25(article_search, %1, %2)")
                                   .arg(QString::number(kHeadWeight), QString::number(kBodyWeight))
                             : QStringLiteral("0");

    // Filters.
    Filter filter;
    for (const auto &[column, id] : {std::pair(QStringLiteral("issue_id"), request.issueId),
                                     std::pair(QStringLiteral("section_id"), request.sectionId)}) {
        if (!id)
            continue;
        QSqlQuery range(m_db);
        range.prepare(
            QStringLiteral("SELECT min(id), max(id) FROM articles WHERE %1 = ?").arg(column));
        range.addBindValue(*id);
        if (!range.exec() || !range.next())
            return sqlError(range, Library::tr("search"));
        if (range.value(0).isNull()) {
            sql.nothing = true; // no such issue or section: nothing to find
            return sql;
        }
        filter.indexSql += QStringLiteral(" AND %1 BETWEEN ? AND ?").arg(sql.idColumn);
        filter.indexValues << range.value(0) << range.value(1);
    }
    if (request.kind) {
        filter.joinSql += QStringLiteral(" AND a.kind = ?");
        filter.joinValues << kindName(*request.kind);
    }
    // Before format 7 (a read-only library may be older) every article counts as sure.
    if (request.maxConfidence) {
        filter.joinSql += hasCorrections() ? QStringLiteral(" AND a.confidence <= ?")
                                           : QStringLiteral(" AND 1.0 <= ?");
        filter.joinValues << *request.maxConfidence;
    }
    if (!request.author.isEmpty()) {
        filter.joinSql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM article_authors au WHERE au.article_id = a.id AND au.name = ?)");
        filter.joinValues << request.author;
    }
    // The archive's filters. Paper and days are the issue's columns (indexed:
    // issues_by_paper_date, issues_by_date); the days are ISO text, so they
    // compare as text.
    joinIssues = joinIssues || !request.paper.isEmpty() || request.from.isValid() ||
                 request.to.isValid() || request.sort != SearchRequest::Sort::Relevance;
    QString issueSql;
    QVariantList issueValues;
    if (!request.paper.isEmpty()) {
        issueSql += QStringLiteral(" AND i.paper = ?");
        issueValues << request.paper;
    }
    if (request.from.isValid()) {
        issueSql += QStringLiteral(" AND i.issue_date >= ?");
        issueValues << request.from.toString(Qt::ISODate);
    }
    if (request.to.isValid()) {
        issueSql += QStringLiteral(" AND i.issue_date <= ?");
        issueValues << request.to.toString(Qt::ISODate);
    }
    // The articles of a span of days lie between two ids: the index reads only
    // those. An archive imported in order of its days has a narrow span (a
    // month of 100,000 files is a small part); in any order it costs two index
    // lookups per issue of those days, and the join decides. Not for a paper
    // or one open end alone: their span is most of the library.
    if (request.from.isValid() && request.to.isValid()) {
        QSqlQuery span(m_db);
        span.prepare(QStringLiteral("SELECT min((SELECT min(id) FROM articles WHERE issue_id = "
                                    "i.id)), max((SELECT max(id) FROM articles WHERE issue_id = "
                                    "i.id)) FROM issues i WHERE 1 = 1") +
                     issueSql);
        for (const QVariant &value : std::as_const(issueValues))
            span.addBindValue(value);
        if (!span.exec() || !span.next())
            return sqlError(span, Library::tr("search"));
        if (span.value(0).isNull()) {
            sql.nothing = true; // no issue of that paper or those days
            return sql;
        }
        filter.indexSql += QStringLiteral(" AND %1 BETWEEN ? AND ?").arg(sql.idColumn);
        filter.indexValues << span.value(0) << span.value(1);
    }
    filter.joinSql += issueSql;
    filter.joinValues << issueValues;

    // The query's other groups. Names and section titles are matched here, folded
    // as the query is, and handed to SQL as bound values (a JSON array).
    std::optional<QStringList> authorNames;
    std::optional<QStringList> sectionTitles;
    std::optional<QStringList> pageNumbers;
    std::optional<QStringList> collectionNames;
    std::optional<QStringList> tagNames;
    auto distinctValues = [&](std::optional<QStringList> &cache,
                              const QString &sqlText) -> Result<QStringList> {
        if (!cache) {
            QSqlQuery values(m_db);
            if (!values.exec(sqlText))
                return sqlError(values, Library::tr("search"));
            QStringList list;
            while (values.next())
                list << values.value(0).toString();
            cache = std::move(list);
        }
        return *cache;
    };
    const auto jsonList = [](const QStringList &list) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    const QString kSectionTitlesSql = QStringLiteral("SELECT DISTINCT title FROM sections");

    // The page as printed: the page the article starts on where the file's pages
    // are known, else the page marker of its section's title (第02版:要闻).
    // Numbers and titles are few; they are compared here (03 = 3 = 第3版, A02 =
    // a2) and the matching ones bound.
    if (!request.page.trimmed().isEmpty()) {
        const QString wanted = SearchQuery::normalizedPage(request.page);
        auto numbers = distinctValues(
            pageNumbers,
            QStringLiteral("SELECT DISTINCT number FROM pages WHERE number IS NOT NULL"));
        if (!numbers)
            return numbers.error();
        QStringList matching;
        for (const QString &number : std::as_const(*numbers)) {
            if (!wanted.isEmpty() && SearchQuery::normalizedPage(number) == wanted)
                matching << number;
        }
        auto titles = distinctValues(sectionTitles, kSectionTitlesSql);
        if (!titles)
            return titles.error();
        QStringList matchingTitles;
        for (const QString &title : std::as_const(*titles)) {
            if (SearchQuery::pageMatches(request.page, title))
                matchingTitles << title;
        }
        filter.joinSql += QStringLiteral(
            " AND (EXISTS (SELECT 1 FROM pages p WHERE p.issue_id = a.issue_id AND p.position = "
            "a.page AND p.number IN (SELECT value FROM json_each(?))) OR (a.page IS NULL AND "
            "EXISTS (SELECT 1 FROM sections s WHERE s.id = a.section_id AND s.title IN (SELECT "
            "value FROM json_each(?)))))");
        filter.joinValues << jsonList(matching) << jsonList(matchingTitles);
    }
    // The section's title contains the text, folded as the query folds.
    if (!request.section.isEmpty()) {
        const QString wanted = query.fold(request.section);
        auto titles = distinctValues(sectionTitles, kSectionTitlesSql);
        if (!titles)
            return titles.error();
        QStringList matching;
        for (const QString &title : std::as_const(*titles)) {
            if (query.fold(title).contains(wanted))
                matching << title;
        }
        filter.joinSql += QStringLiteral(" AND EXISTS (SELECT 1 FROM sections s WHERE s.id = "
                                         "a.section_id AND s.title IN (SELECT value FROM "
                                         "json_each(?)))");
        filter.joinValues << jsonList(matching);
    }

    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    // One term's condition on `a`; none when SQL cannot decide it (a term the
    // index finds too much for, left out: the exact check does it).
    auto termCondition = [&](const SearchQuery::Term &term) -> Result<std::optional<Condition>> {
        Condition condition;
        bool exact = true;
        switch (term.field) {
        case SearchQuery::Field::Text:
        case SearchQuery::Field::Title:
            condition.sql = QStringLiteral(
                "a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)");
            condition.values << query.termExpression(term, limits);
            exact = query.isIndexExact(term, limits);
            break;
        case SearchQuery::Field::Author:
        case SearchQuery::Field::Section:
        case SearchQuery::Field::Page: {
            const bool author = term.field == SearchQuery::Field::Author;
            auto all = author
                           ? distinctValues(authorNames, QStringLiteral("SELECT DISTINCT name FROM "
                                                                        "article_authors"))
                           : distinctValues(sectionTitles, kSectionTitlesSql);
            if (!all)
                return all.error();
            QStringList matching;
            for (const QString &value : std::as_const(*all)) {
                if (query.matchesValue(term, value))
                    matching << value;
            }
            condition.sql = author ? QStringLiteral("a.id IN (SELECT article_id FROM "
                                                    "article_authors WHERE name IN (SELECT value "
                                                    "FROM json_each(?)))")
                                   : QStringLiteral("a.section_id IN (SELECT id FROM sections "
                                                    "WHERE title IN (SELECT value FROM "
                                                    "json_each(?)))");
            condition.values << jsonList(matching);
            break;
        }
        case SearchQuery::Field::Collection:
        case SearchQuery::Field::Tag:
        case SearchQuery::Field::Note: {
            // A read-only library of an older format has no desk: nothing is on it.
            if (!hasDesk()) {
                condition.sql = QStringLiteral("0");
                break;
            }
            // The desk names articles by content (file digest, first line): the
            // articles it names, found through articles_by_first_line.
            const QString articlesOf = QStringLiteral(
                "a.id IN (SELECT da.id FROM %1 JOIN issues di ON di.sha256 = d.sha256 JOIN "
                "articles da ON da.issue_id = di.id AND da.first_line = d.first_line%2)");
            if (term.field == SearchQuery::Field::Note) {
                condition.sql = articlesOf.arg(QStringLiteral("article_notes d"), QString());
                break;
            }
            const bool collection = term.field == SearchQuery::Field::Collection;
            auto all = collection
                           ? distinctValues(collectionNames,
                                            QStringLiteral("SELECT name FROM collections"))
                           : distinctValues(
                                 tagNames, QStringLiteral("SELECT DISTINCT tag FROM article_tags"));
            if (!all)
                return all.error();
            QStringList matching;
            for (const QString &value : std::as_const(*all)) {
                if (query.matchesValue(term, value))
                    matching << value;
            }
            condition.sql =
                collection
                    ? articlesOf.arg(QStringLiteral("collection_items d JOIN collections dc ON "
                                                    "dc.id = d.collection_id"),
                                     QStringLiteral(" WHERE dc.name IN (SELECT value FROM "
                                                    "json_each(?))"))
                    : articlesOf.arg(QStringLiteral("article_tags d"),
                                     QStringLiteral(" WHERE d.tag IN (SELECT value FROM "
                                                    "json_each(?))"));
            condition.values << jsonList(matching);
            break;
        }
        }
        if (term.excluded) {
            if (!exact)
                return std::optional<Condition>(); // leaving out more would be wrong
            condition.sql = QStringLiteral("NOT (%1)").arg(condition.sql);
        }
        return std::optional<Condition>(std::move(condition));
    };
    sql.checkText = !plan.exact;
    qsizetype filterGroups = 0;
    for (const qsizetype g : plan.otherGroups) {
        if (filterGroups >= kMaxFilterGroups || query.groups().at(g).size() > kMaxFilterTerms) {
            sql.checkText = true;
            continue;
        }
        QStringList alternatives;
        QVariantList values;
        bool decided = true;
        for (const SearchQuery::Term &term : query.groups().at(g)) {
            auto condition = termCondition(term);
            if (!condition)
                return condition.error();
            if (!*condition) {
                decided = false;
                break;
            }
            alternatives << (*condition)->sql;
            values << (*condition)->values;
        }
        if (!decided)
            continue; // the plan is not exact: the check decides
        ++filterGroups;
        filter.joinSql +=
            QStringLiteral(" AND (%1)").arg(alternatives.join(QStringLiteral(" OR ")));
        filter.joinValues << values;
    }

    // Tables: the index, when it has something to find, drives; the article
    // and its issue are joined only when a filter or the order needs them.
    sql.joinsIssues = joinIssues;
    sql.joinsArticles = !sql.hasMatch || joinIssues || filter.needsJoin();
    const QString issues =
        joinIssues ? QStringLiteral(" JOIN issues i ON i.id = a.issue_id") : QString();
    if (!sql.hasMatch)
        sql.from = QStringLiteral(" FROM articles a") + issues + QStringLiteral(" WHERE 1 = 1") +
                   filter.indexSql + filter.joinSql;
    else if (sql.joinsArticles)
        sql.from = QStringLiteral(" FROM article_search JOIN articles a ON a.id = "
                                  "article_search.rowid") +
                   issues + QStringLiteral(" WHERE article_search MATCH ?") + filter.indexSql +
                   filter.joinSql;
    else
        sql.from =
            QStringLiteral(" FROM article_search WHERE article_search MATCH ?") + filter.indexSql;
    if (sql.hasMatch)
        sql.values << plan.match;
    sql.values << filter.indexValues << filter.joinValues;
    return sql;
}

Status Library::checkExactly(const SearchQuery &query, const QList<qint64> &ids,
                             const std::function<void(qsizetype, StoredArticle &&)> &matched)
{
    // A batch of articles at a time: their texts are read, checked and let go.
    constexpr qsizetype kBatch = 500;
    for (qsizetype at = 0; at < ids.size(); at += kBatch) {
        auto texts = storedArticles(ids.mid(at, kBatch));
        if (!texts)
            return texts.error();
        QHash<qint64, ArticleDesk> desks;
        if (query.usesDesk()) {
            if (auto s = deskOf(ids.mid(at, kBatch), &desks); !s)
                return s;
        }
        QHash<qint64, qsizetype> byId;
        for (qsizetype i = 0; i < texts->size(); ++i)
            byId.insert(texts->at(i).record.id, i);
        for (qsizetype i = at; i < std::min(at + kBatch, ids.size()); ++i) {
            const auto found = byId.constFind(ids[i]);
            if (found == byId.cend())
                continue;
            StoredArticle &stored = (*texts)[*found];
            SearchQuery::Subject subject{
                StoredCorrections::searchHead(stored.article, stored.parserTitle),
                stored.article.bodyText(), stored.record.authors, stored.sectionTitle};
            if (const auto desk = desks.constFind(ids[i]); desk != desks.cend()) {
                subject.collections = desk->collections;
                subject.tags = desk->tags;
                subject.hasNote = !desk->note.isEmpty();
            }
            if (query.matches(subject))
                matched(i, std::move(stored));
        }
    }
    return Done{};
}

Result<SearchResults> Library::search(const SearchRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const SearchQuery query(request.text, request.exactScript ? SearchQuery::Script::Exact
                                                              : SearchQuery::Script::Fold);
    SearchResults results;
    results.terms = query.terms();
    if (query.isEmpty())
        return results;
    // First of the locals, so that every query is done before it ends.
    const ReadTransaction snapshot(m_db);

    auto built = searchSql(query, request, false);
    if (!built)
        return built.error();
    const SearchSql &sql = *built;
    if (sql.nothing)
        return results;
    const bool hasMatch = sql.hasMatch;
    const QString &idColumn = sql.idColumn;
    const QString &from = sql.from;
    const QString &score = sql.score;

    // Exact bm25 ranking of every match costs about a microsecond a match. Up to
    // this many matches all are ranked; beyond it (a single common character in a
    // large archive) the newest this many are ranked and the rest follow, newest
    // first, so that a search stays instant however common its words. Without
    // anything for the index to find (only exclusions and fields), newest first.
    const int kRankedMatches = std::max(1, m_options.rankedMatches);
    const QString newestFirst = QStringLiteral(" ORDER BY %1 DESC").arg(idColumn);
    // By the day of the issue, undated last; on one day, paper by paper, in
    // reading order: the files of the issue by their first page, then the
    // article's place in its file (which keeps a file's own order of pages).
    const bool byDate = request.sort != SearchRequest::Sort::Relevance;
    // The least sure first (a reader checking parses), then newest first.
    const bool leastConfident = request.sort == SearchRequest::Sort::LeastConfident;
    const QString byConfidence =
        leastConfident && hasCorrections() ? QStringLiteral(" a.confidence,") : QString();
    const QString byDateOrder =
        QStringLiteral(" ORDER BY%2 i.issue_date IS NULL, i.issue_date %1, i.paper, (SELECT "
                       "min(p.sort_key) FROM pages p WHERE p.issue_id = a.issue_id), "
                       "a.issue_id, a.position")
            .arg(request.sort == SearchRequest::Sort::Oldest ? QStringLiteral("ASC")
                                                             : QStringLiteral("DESC"),
                 byConfidence);
    auto bindFilters = [&](QSqlQuery &q) {
        for (const QVariant &value : sql.values)
            q.addBindValue(value);
    };
    auto collect = [&](QSqlQuery &q, QList<std::pair<qint64, double>> &into) {
        while (q.next())
            into << std::pair(q.value(0).toLongLong(), q.value(1).toDouble());
    };

    // Ids of the matching articles on the requested page, best first.
    QList<std::pair<qint64, double>> page;
    std::optional<QList<StoredArticle>> pageArticles;
    const int limit = std::max(0, request.limit);
    const int offset = std::max(0, request.offset);
    if (!sql.checkText) {
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT count(*)") + from);
        bindFilters(count);
        if (!count.exec() || !count.next())
            return sqlError(count, Library::tr("search"));
        results.total = count.value(0).toInt();
        count.finish();
        if (limit > 0 && offset < results.total) {
            QSqlQuery ranked(m_db);
            if (byDate) {
                ranked.prepare(QStringLiteral("SELECT %1, %2").arg(idColumn, score) + from +
                               byDateOrder + QStringLiteral(" LIMIT ? OFFSET ?"));
                bindFilters(ranked);
                ranked.addBindValue(limit);
                ranked.addBindValue(offset);
            } else if (!hasMatch) {
                ranked.prepare(QStringLiteral("SELECT a.id, 0") + from + newestFirst +
                               QStringLiteral(" LIMIT ? OFFSET ?"));
                bindFilters(ranked);
                ranked.addBindValue(limit);
                ranked.addBindValue(offset);
            } else if (results.total <= kRankedMatches) {
                ranked.prepare(
                    QStringLiteral("SELECT article_search.rowid, %1 AS score").arg(score) + from +
                    QStringLiteral(" ORDER BY score, article_search.rowid LIMIT ? OFFSET ?"));
                bindFilters(ranked);
                ranked.addBindValue(limit);
                ranked.addBindValue(offset);
            } else if (offset < kRankedMatches) {
                ranked.prepare(
                    QStringLiteral("SELECT id, score FROM (SELECT article_search.rowid AS id, %1 "
                                   "AS score")
                        .arg(score) +
                    from +
                    QStringLiteral(" ORDER BY article_search.rowid DESC LIMIT ?) ORDER BY score, "
                                   "id LIMIT ? OFFSET ?"));
                bindFilters(ranked);
                ranked.addBindValue(kRankedMatches);
                ranked.addBindValue(std::min(limit, kRankedMatches - offset));
                ranked.addBindValue(offset);
            } else {
                ranked.prepare(QStringLiteral("SELECT article_search.rowid, 0") + from +
                               newestFirst + QStringLiteral(" LIMIT ? OFFSET ?"));
                bindFilters(ranked);
                ranked.addBindValue(limit);
                ranked.addBindValue(offset);
            }
            if (!ranked.exec())
                return sqlError(ranked, Library::tr("search"));
            collect(ranked, page);
            // A page that straddles the end of the ranked window continues, newest first.
            if (!byDate && hasMatch && results.total > kRankedMatches && offset < kRankedMatches &&
                offset + limit > kRankedMatches) {
                QSqlQuery rest(m_db);
                rest.prepare(QStringLiteral("SELECT article_search.rowid, 0") + from + newestFirst +
                             QStringLiteral(" LIMIT ? OFFSET ?"));
                bindFilters(rest);
                rest.addBindValue(offset + limit - kRankedMatches);
                rest.addBindValue(kRankedMatches);
                if (!rest.exec())
                    return sqlError(rest, Library::tr("search"));
                collect(rest, page);
            }
        }
        qCDebug(lcSearch) << "counted and ranked in" << timer.elapsed() << "ms";
    } else {
        // The index and the filters narrowed the search; the exact check decides,
        // on the text itself. The articles it read for the page are the page's.
        QSqlQuery candidates(m_db);
        candidates.prepare(QStringLiteral("SELECT %1, %2 AS score").arg(idColumn, score) + from +
                           (byDate     ? byDateOrder
                            : hasMatch ? QStringLiteral(" ORDER BY score, article_search.rowid")
                                       : newestFirst));
        bindFilters(candidates);
        if (!candidates.exec())
            return sqlError(candidates, Library::tr("search"));
        QList<std::pair<qint64, double>> all;
        collect(candidates, all);
        candidates.finish();
        QList<qint64> ids;
        ids.reserve(all.size());
        for (const auto &candidate : std::as_const(all))
            ids << candidate.first;
        QList<StoredArticle> onPage;
        const Status checked = checkExactly(query, ids, [&](qsizetype i, StoredArticle &&stored) {
            if (results.total >= offset && results.total - offset < limit) {
                page << all[i];
                onPage << std::move(stored);
            }
            ++results.total;
        });
        if (!checked)
            return checked.error();
        pageArticles = std::move(onPage);
        qCDebug(lcSearch) << "checked" << all.size() << "candidates in" << timer.elapsed() << "ms";
    }

    if (!pageArticles) {
        QList<qint64> ids;
        for (const auto &entry : std::as_const(page))
            ids << entry.first;
        auto stored = storedArticles(ids);
        if (!stored)
            return stored.error();
        pageArticles = std::move(stored).value();
    }
    // The page each article starts on, where the file's pages are known.
    QHash<qint64, std::pair<QString, QString>> pages;
    if (!pageArticles->isEmpty()) {
        QStringList ids;
        for (const StoredArticle &article : std::as_const(*pageArticles))
            ids << QString::number(article.record.id);
        QSqlQuery pagesOf(m_db);
        pagesOf.prepare(QStringLiteral(
            "SELECT a.id, p.number, p.name FROM articles a JOIN pages p ON p.issue_id = "
            "a.issue_id AND p.position = a.page WHERE a.id IN (SELECT value FROM json_each(?))"));
        pagesOf.addBindValue(u'[' + ids.join(u',') + u']');
        if (!pagesOf.exec())
            return sqlError(pagesOf, Library::tr("search"));
        while (pagesOf.next())
            pages.insert(pagesOf.value(0).toLongLong(),
                         {pagesOf.value(1).toString(), pagesOf.value(2).toString()});
    }
    for (qsizetype i = 0; i < pageArticles->size(); ++i) {
        const StoredArticle &article = pageArticles->at(i);
        SearchHit hit;
        hit.article = article.record;
        hit.issueTitle = article.issueTitle;
        hit.sectionTitle = article.sectionTitle;
        hit.paper = article.paper;
        hit.date = article.date;
        const auto onPage = pages.constFind(article.record.id);
        if (onPage != pages.cend()) {
            hit.pageNumber = onPage->first;
            hit.pageName = onPage->second;
        }
        hit.score = page.value(i).second;
        // Why it matched: the hits in the title as the list shows it, and a snippet
        // of the body where the words occur there.
        const QString foldedTitle = query.fold(hit.article.title);
        if (!foldedTitle.isEmpty())
            hit.titleHighlights = merged(hitsIn(foldedTitle, query));
        const auto hasTerm = [&](const QString &folded, const QString &besides = {}) {
            return std::any_of(query.terms().begin(), query.terms().end(),
                               [&](const QString &term) {
                                   return folded.contains(term) && !besides.contains(term);
                               });
        };
        const QString body = article.article.bodyText();
        const QString foldedBody = query.fold(body);
        const QString head = StoredCorrections::searchHead(article.article, article.parserTitle);
        const QString foldedHead = query.fold(head);
        hit.inBody = hasTerm(foldedBody);
        hit.inHeadline = hasTerm(foldedHead);
        if (hit.inBody) {
            snippetFor(body, foldedBody, query, &hit);
        } else if (hasTerm(foldedHead, foldedTitle)) {
            // In the kicker or subtitle, which the list does not show: the headline.
            snippetFor(head, foldedHead, query, &hit);
        } else {
            // The title says it all; the snippet tells what the article is about.
            const QString &text = body.isEmpty() ? head : body;
            snippetFor(text, text, SearchQuery(QString()), &hit);
        }
        results.hits << hit;
    }
    qCDebug(lcSearch) << "search" << request.text.left(40) << results.total << "hits in"
                      << timer.elapsed() << "ms";
    return results;
}

} // namespace Broadsheet
