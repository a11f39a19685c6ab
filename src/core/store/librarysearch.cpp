// Library: full-text search over every article.
#include "library.h"

#include "logging.h"
#include "searchquery.h"

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

    // The index takes what it can (plan.match); groups it cannot take (fields
    // other than the headline, exclusions alone) are SQL filters below; what
    // neither decides exactly, the exact check on the text does.
    const SearchQuery::Limits limits{kMaxIndexTerms, kMaxIndexTermLength};
    const SearchQuery::IndexPlan plan = query.indexPlan(limits);
    const bool hasMatch = !plan.match.isEmpty();
    const QString idColumn =
        hasMatch ? QStringLiteral("article_search.rowid") : QStringLiteral("a.id");

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
        if (range.value(0).isNull())
            return results; // no such issue or section: nothing to find
        filter.indexSql += QStringLiteral(" AND %1 BETWEEN ? AND ?").arg(idColumn);
        filter.indexValues << range.value(0) << range.value(1);
    }
    if (request.kind) {
        filter.joinSql += QStringLiteral(" AND a.kind = ?");
        filter.joinValues << kindName(*request.kind);
    }
    if (!request.author.isEmpty()) {
        filter.joinSql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM article_authors au WHERE au.article_id = a.id AND au.name = ?)");
        filter.joinValues << request.author;
    }

    // The query's other groups. Names and section titles are matched here, folded
    // as the query is, and handed to SQL as bound values (a JSON array).
    std::optional<QStringList> authorNames;
    std::optional<QStringList> sectionTitles;
    auto distinctValues = [&](std::optional<QStringList> &cache,
                              const QString &sql) -> Result<QStringList> {
        if (!cache) {
            QSqlQuery values(m_db);
            if (!values.exec(sql))
                return sqlError(values, Library::tr("search"));
            QStringList list;
            while (values.next())
                list << values.value(0).toString();
            cache = std::move(list);
        }
        return *cache;
    };
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
                           : distinctValues(sectionTitles,
                                            QStringLiteral("SELECT DISTINCT title FROM sections"));
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
            condition.values << QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(matching)).toJson(QJsonDocument::Compact));
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
    bool checkText = !plan.exact;
    qsizetype filterGroups = 0;
    for (const qsizetype g : plan.otherGroups) {
        if (filterGroups >= kMaxFilterGroups || query.groups().at(g).size() > kMaxFilterTerms) {
            checkText = true;
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

    // Exact bm25 ranking of every match costs about a microsecond a match. Up to
    // this many matches all are ranked; beyond it (a single common character in a
    // large archive) the newest this many are ranked and the rest follow, newest
    // first, so that a search stays instant however common its words. Without
    // anything for the index to find (only exclusions and fields), newest first.
    const int kRankedMatches = std::max(1, m_options.rankedMatches);
    const QString score = hasMatch
                              ? QStringLiteral("bm25(article_search, %1, %2)")
                                    .arg(QString::number(kHeadWeight), QString::number(kBodyWeight))
                              : QStringLiteral("0");
    QString from;
    if (!hasMatch)
        from = QStringLiteral(" FROM articles a WHERE 1 = 1") + filter.indexSql + filter.joinSql;
    else if (filter.needsJoin())
        from = QStringLiteral(" FROM article_search JOIN articles a ON a.id = article_search.rowid "
                              "WHERE article_search MATCH ?") +
               filter.indexSql + filter.joinSql;
    else
        from =
            QStringLiteral(" FROM article_search WHERE article_search MATCH ?") + filter.indexSql;
    const QString newestFirst = QStringLiteral(" ORDER BY %1 DESC").arg(idColumn);
    auto bindFilters = [&](QSqlQuery &q) {
        if (hasMatch)
            q.addBindValue(plan.match);
        for (const QVariant &value : filter.indexValues)
            q.addBindValue(value);
        for (const QVariant &value : filter.joinValues)
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
    if (!checkText) {
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT count(*)") + from);
        bindFilters(count);
        if (!count.exec() || !count.next())
            return sqlError(count, Library::tr("search"));
        results.total = count.value(0).toInt();
        count.finish();
        if (limit > 0 && offset < results.total) {
            QSqlQuery ranked(m_db);
            if (!hasMatch) {
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
            if (hasMatch && results.total > kRankedMatches && offset < kRankedMatches &&
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
        // on the text itself, a batch of articles at a time. The articles it read
        // for the page are the page's.
        QSqlQuery candidates(m_db);
        candidates.prepare(
            QStringLiteral("SELECT %1, %2 AS score").arg(idColumn, score) + from +
            (hasMatch ? QStringLiteral(" ORDER BY score, article_search.rowid") : newestFirst));
        bindFilters(candidates);
        if (!candidates.exec())
            return sqlError(candidates, Library::tr("search"));
        QList<std::pair<qint64, double>> all;
        collect(candidates, all);
        candidates.finish();
        constexpr qsizetype kBatch = 500;
        QList<StoredArticle> onPage;
        for (qsizetype at = 0; at < all.size(); at += kBatch) {
            QList<qint64> ids;
            for (const auto &candidate : all.mid(at, kBatch))
                ids << candidate.first;
            auto texts = storedArticles(ids);
            if (!texts)
                return texts.error();
            QHash<qint64, qsizetype> byId;
            for (qsizetype i = 0; i < texts->size(); ++i)
                byId.insert(texts->at(i).record.id, i);
            for (qsizetype i = at; i < std::min(at + kBatch, all.size()); ++i) {
                const auto found = byId.constFind(all[i].first);
                if (found == byId.cend())
                    continue;
                StoredArticle &stored = (*texts)[*found];
                const SearchQuery::Subject subject{stored.article.headText(),
                                                   stored.article.bodyText(), stored.record.authors,
                                                   stored.sectionTitle};
                if (!query.matches(subject))
                    continue;
                if (results.total >= offset && results.total - offset < limit) {
                    page << all[i];
                    onPage << std::move(stored);
                }
                ++results.total;
            }
        }
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
    for (qsizetype i = 0; i < pageArticles->size(); ++i) {
        const StoredArticle &article = pageArticles->at(i);
        SearchHit hit;
        hit.article = article.record;
        hit.issueTitle = article.issueTitle;
        hit.sectionTitle = article.sectionTitle;
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
        const QString head = article.article.headText();
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
