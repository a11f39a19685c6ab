// Library: full-text search over every article.
#include "library.h"

#include "logging.h"
#include "searchquery.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace Broadsheet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Library", text);
}

// FTS5 looks up at most this many terms, each at most this long; anything beyond
// (a pasted page of text) is checked exactly on the few articles that remain.
constexpr qsizetype kMaxIndexTerms = 8;
constexpr qsizetype kMaxIndexTermLength = 48;
// Headline hits rank far above body hits.
constexpr double kHeadWeight = 20.0;
constexpr double kBodyWeight = 1.0;
// Snippet: characters of context before and after the first hit.
constexpr qsizetype kSnippetBefore = 30;
constexpr qsizetype kSnippetAfter = 90;

struct Filter
{
    QString sql;
    QVariantList values;
};

Filter filterFor(const SearchRequest &request)
{
    Filter filter;
    if (request.issueId) {
        filter.sql += QStringLiteral(" AND a.issue_id = ?");
        filter.values << *request.issueId;
    }
    if (request.sectionId) {
        filter.sql += QStringLiteral(" AND a.section_id = ?");
        filter.values << *request.sectionId;
    }
    if (request.kind) {
        filter.sql += QStringLiteral(" AND a.kind = ?");
        filter.values << kindName(*request.kind);
    }
    if (!request.author.isEmpty()) {
        filter.sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM article_authors au WHERE au.article_id = a.id AND au.name = ?)");
        filter.values << request.author;
    }
    return filter;
}

void snippetFor(const QString &text, const SearchQuery &query, SearchHit *hit)
{
    const QString folded = TextFold::fold(text);
    qsizetype first = -1;
    for (const QString &term : query.terms()) {
        const qsizetype at = folded.indexOf(term);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first < 0)
        first = 0;
    qsizetype start = std::max<qsizetype>(0, first - kSnippetBefore);
    qsizetype end = std::min<qsizetype>(text.size(), first + kSnippetAfter);
    // Do not start or end in the middle of a surrogate pair.
    if (start > 0 && text[start].isLowSurrogate())
        --start;
    if (end < text.size() && text[end].isLowSurrogate())
        ++end;
    QString snippet = text.mid(start, end - start);
    snippet.replace(u'\n', u' ');
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    hit->snippet = prefix + snippet + (end < text.size() ? QStringLiteral("…") : QString());
    const QStringView window = QStringView(folded).sliced(start, end - start);
    for (const QString &term : query.terms()) {
        for (qsizetype at = window.indexOf(term); at >= 0;
             at = window.indexOf(term, at + term.size()))
            hit->highlights << std::pair<int, int>(int(at + prefix.size()), int(term.size()));
    }
    std::sort(hit->highlights.begin(), hit->highlights.end());
}

} // namespace

Result<SearchResults> Library::search(const SearchRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const SearchQuery query(request.text);
    SearchResults results;
    results.terms = query.terms();
    if (query.isEmpty())
        return results;

    const bool exact = query.needsExactCheck(kMaxIndexTerms, kMaxIndexTermLength);
    const QString match = query.matchExpression(kMaxIndexTerms, kMaxIndexTermLength);
    const Filter filter = filterFor(request);
    const QString from = QStringLiteral(" FROM article_search JOIN articles a ON a.id = "
                                        "article_search.rowid WHERE article_search MATCH ?") +
                         filter.sql;
    auto bindAll = [&](QSqlQuery &q) {
        q.addBindValue(match);
        for (const QVariant &value : filter.values)
            q.addBindValue(value);
    };

    // Ids of the matching articles on the requested page, best first.
    QList<std::pair<qint64, double>> page;
    if (!exact) {
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT count(*)") + from);
        bindAll(count);
        if (!count.exec() || !count.next())
            return sqlError(count, tr("search"));
        results.total = count.value(0).toInt();
        QSqlQuery ranked(m_db);
        ranked.prepare(QStringLiteral("SELECT a.id, bm25(article_search, %1, %2) AS score")
                           .arg(kHeadWeight)
                           .arg(kBodyWeight) +
                       from + QStringLiteral(" ORDER BY score, a.id LIMIT ? OFFSET ?"));
        bindAll(ranked);
        ranked.addBindValue(std::max(0, request.limit));
        ranked.addBindValue(std::max(0, request.offset));
        if (!ranked.exec())
            return sqlError(ranked, tr("search"));
        while (ranked.next())
            page << std::pair(ranked.value(0).toLongLong(), ranked.value(1).toDouble());
    } else {
        QSqlQuery candidates(m_db);
        candidates.prepare(QStringLiteral("SELECT a.id, bm25(article_search, %1, %2) AS score")
                               .arg(kHeadWeight)
                               .arg(kBodyWeight) +
                           from + QStringLiteral(" ORDER BY score, a.id"));
        bindAll(candidates);
        if (!candidates.exec())
            return sqlError(candidates, tr("search"));
        QList<std::pair<qint64, double>> all;
        while (candidates.next())
            all << std::pair(candidates.value(0).toLongLong(), candidates.value(1).toDouble());
        candidates.finish();
        QList<std::pair<qint64, double>> matching;
        for (const auto &candidate : std::as_const(all)) {
            auto article = readArticle(candidate.first, nullptr);
            if (article && query.matches(TextFold::fold(article->plainText())))
                matching << candidate;
        }
        results.total = int(matching.size());
        page = matching.mid(std::max(0, request.offset), std::max(0, request.limit));
    }

    for (const auto &[id, score] : std::as_const(page)) {
        auto stored = article(id);
        if (!stored)
            return stored.error();
        SearchHit hit;
        hit.article = stored->record;
        hit.issueTitle = stored->issueTitle;
        hit.sectionTitle = stored->sectionTitle;
        hit.score = score;
        snippetFor(stored->article.plainText(), query, &hit);
        results.hits << hit;
    }
    qCDebug(lcSearch) << "search" << request.text.left(40) << results.total << "hits in"
                      << timer.elapsed() << "ms";
    return results;
}

} // namespace Broadsheet
