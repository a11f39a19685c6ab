// Library: a query's use over time, per year, month or day.
#include "library.h"

#include "logging.h"
#include "searchquery.h"
#include "searchsql.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace Broadsheet {

namespace {

// The period of an ISO day (2019-02-20): its first 4, 7 or 10 characters.
int periodLength(TimelineUnit unit)
{
    switch (unit) {
    case TimelineUnit::Year:
        return 4;
    case TimelineUnit::Month:
        return 7;
    case TimelineUnit::Day:
        break;
    }
    return 10;
}

} // namespace

Result<QList<TimelineBucket>> Library::timeline(const TimelineRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const SearchQuery query(request.text, request.exactScript ? SearchQuery::Script::Exact
                                                              : SearchQuery::Script::Fold);
    if (query.isEmpty())
        return Error{Error::Code::InvalidInput,
                     Library::tr("Type what to find: the timeline counts the articles that "
                                 "match it.")};
    // One snapshot for both counts: an import meanwhile cannot make them disagree.
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), Library::tr("timeline"));
    struct Commit
    {
        QSqlDatabase &db;
        ~Commit() { db.commit(); }
    } commit{m_db};

    const int length = periodLength(request.by);
    QMap<QString, TimelineBucket> buckets;

    // Every article of each period, of the paper if one is given.
    {
        QSqlQuery all(m_db);
        // From the count each issue keeps (format 5): the issues alone, not their
        // million articles.
        all.prepare(QStringLiteral("SELECT substr(i.issue_date, 1, ?) AS period, "
                                   "sum(i.article_count) FROM issues i WHERE "
                                   "i.issue_date IS NOT NULL AND i.article_count > 0") +
                    (request.paper.isEmpty() ? QString() : QStringLiteral(" AND i.paper = ?")) +
                    QStringLiteral(" GROUP BY period"));
        all.addBindValue(length);
        if (!request.paper.isEmpty())
            all.addBindValue(request.paper);
        if (!all.exec())
            return sqlError(all, Library::tr("timeline"));
        while (all.next()) {
            TimelineBucket &bucket = buckets[all.value(0).toString()];
            bucket.period = all.value(0).toString();
            bucket.articles = all.value(1).toInt();
        }
    }

    // The matches: the search's own SQL (the same articles as search finds),
    // grouped by period in one statement.
    SearchRequest search;
    search.text = request.text;
    search.paper = request.paper;
    search.exactScript = request.exactScript;
    auto built = searchSql(query, search, true);
    if (!built)
        return built.error();
    const SearchSql &sql = *built;
    if (!sql.nothing) {
        QSqlQuery matches(m_db);
        const QString dated = QStringLiteral(" AND i.issue_date IS NOT NULL");
        if (!sql.checkText) {
            matches.prepare(QStringLiteral("SELECT substr(i.issue_date, 1, %1) AS period, count(*)")
                                .arg(length) +
                            sql.from + dated + QStringLiteral(" GROUP BY period"));
        } else {
            matches.prepare(QStringLiteral("SELECT substr(i.issue_date, 1, %1), %2")
                                .arg(QString::number(length), sql.idColumn) +
                            sql.from + dated);
        }
        for (const QVariant &value : sql.values)
            matches.addBindValue(value);
        if (!matches.exec())
            return sqlError(matches, Library::tr("timeline"));
        if (!sql.checkText) {
            while (matches.next())
                buckets[matches.value(0).toString()].matches = matches.value(1).toInt();
        } else {
            // Candidates: the exact check on their texts decides.
            QStringList periods;
            QList<qint64> ids;
            while (matches.next()) {
                periods << matches.value(0).toString();
                ids << matches.value(1).toLongLong();
            }
            matches.finish();
            const Status checked = checkExactly(query, ids, [&](qsizetype i, StoredArticle &&) {
                ++buckets[periods.at(i)].matches;
            });
            if (!checked)
                return checked.error();
        }
    }

    QList<TimelineBucket> list;
    list.reserve(buckets.size());
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        it->period = it.key();
        list << *it;
    }
    qCDebug(lcSearch) << "timeline" << request.text.left(40) << list.size() << "periods in"
                      << timer.elapsed() << "ms";
    return list;
}

} // namespace Broadsheet
