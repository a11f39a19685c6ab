// Library: reading issues, sections and articles back as value structs.
#include "library.h"

#include "issuemetadata.h"
#include "storedmetadata.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Broadsheet {

namespace {

QList<int> splitLines(const QString &text)
{
    QList<int> lines;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        lines << part.toInt();
    return lines;
}

std::optional<HeadlinePart> partFrom(const QVariant &text, const QVariant &lines)
{
    if (text.isNull())
        return std::nullopt;
    return HeadlinePart{text.toString(), splitLines(lines.toString())};
}

// Columns of an article record, in the order recordFrom() reads them. Before
// format 7 (a read-only library may be older) no article had a doubt recorded.
QString articleColumns(bool withConfidence)
{
    return QStringLiteral("a.id, a.issue_id, a.section_id, a.group_id, a.number, a.kind, "
                          "a.kicker, a.title, a.subtitle, ") +
           (withConfidence ? QStringLiteral("a.confidence") : QStringLiteral("1.0"));
}

ArticleRecord recordFrom(const QSqlQuery &query)
{
    ArticleRecord record;
    record.id = query.value(0).toLongLong();
    record.issueId = query.value(1).toLongLong();
    record.sectionId = query.value(2).toLongLong();
    if (!query.value(3).isNull())
        record.groupId = query.value(3).toLongLong();
    record.number = query.value(4).toInt();
    record.kind = kindFromName(query.value(5).toString()).value_or(ArticleKind::Other);
    record.kicker = query.value(6).toString();
    record.title = query.value(7).toString();
    record.subtitle = query.value(8).toString();
    record.confidence = query.value(9).toDouble();
    return record;
}

std::optional<MetadataSource> sourceFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : metadataSourceFromName(value.toString());
}

IssueRecord issueFrom(const QSqlQuery &query)
{
    IssueRecord record;
    record.id = query.value(0).toLongLong();
    record.sourcePath = query.value(1).toString();
    record.sha256 = query.value(2).toString();
    record.encoding = query.value(3).toString();
    record.title = query.value(4).toString();
    record.paper = query.value(5).toString();
    record.date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    record.importedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    record.articleCount = query.value(8).toInt();
    record.paperSource = sourceFrom(query.value(9));
    record.dateSource = sourceFrom(query.value(10));
    record.edition = query.value(11).toString();
    record.editionSource = sourceFrom(query.value(12));
    record.pageCount = query.value(13).toInt();
    record.doubtCount = query.value(14).toInt();
    record.correctionCount = query.value(15).toInt();
    return record;
}

// Cheap for any number of issues: every value is a column of the row, or a
// lookup by key (the doubts by issue, the corrections by sha256). Before format 7
// (a read-only library may be older) there are neither.
QString issueQuery(bool withCorrections)
{
    return QStringLiteral(
               "SELECT i.id, i.source_path, i.sha256, i.encoding, i.title, i.paper, i.issue_date, "
               "i.imported_at, i.article_count, i.paper_source, i.date_source, i.edition, "
               "i.edition_source, i.page_count, ") +
           (withCorrections
                ? QStringLiteral("(SELECT count(*) FROM issue_doubts d WHERE d.issue_id = i.id), "
                                 "coalesce((SELECT c.operation_count FROM corrections c WHERE "
                                 "c.sha256 = i.sha256), 0)")
                : QStringLiteral("0, 0")) +
           QStringLiteral(" FROM issues i ");
}

} // namespace

QString ArticleRecord::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    return QCoreApplication::translate("Broadsheet::Article", "(untitled)");
}

Result<QList<IssueRecord>> Library::issues()
{
    QSqlQuery query(m_db);
    if (!query.exec(issueQuery(hasCorrections()) +
                    QStringLiteral("ORDER BY i.issue_date IS NULL, i.issue_date DESC, "
                                   "i.title, i.id")))
        return sqlError(query, Library::tr("list its issues"));
    QList<IssueRecord> issues;
    while (query.next())
        issues << issueFrom(query);
    return issues;
}

Result<IssueRecord> Library::issue(qint64 issueId)
{
    QSqlQuery query(m_db);
    query.prepare(issueQuery(hasCorrections()) + QStringLiteral("WHERE i.id = ?"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    if (!query.next())
        return Error{Error::Code::NotFound, Library::tr("The issue is no longer in the library.")};
    return issueFrom(query);
}

Result<QList<SectionRecord>> Library::sections(qint64 issueId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT s.id, s.position, s.title, (SELECT count(*) FROM articles a WHERE a.section_id = "
        "s.id) FROM sections s WHERE s.issue_id = ? ORDER BY s.position"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    QList<SectionRecord> sections;
    while (query.next())
        sections << SectionRecord{query.value(0).toLongLong(), issueId, query.value(1).toInt(),
                                  query.value(2).toString(), query.value(3).toInt()};
    return sections;
}

namespace {

// Authors of the articles a query selects, by article id.
// Returns the error of the query, invalid when there was none.
QSqlError loadAuthors(QSqlDatabase &db, const QString &articleFilter, const QVariantList &values,
                      QHash<qint64, QStringList> *authors)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT au.article_id, au.name FROM article_authors au JOIN "
                                 "articles a ON a.id = au.article_id WHERE ") +
                  articleFilter + QStringLiteral(" ORDER BY au.article_id, au.position"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError();
    while (query.next())
        (*authors)[query.value(0).toLongLong()] << query.value(1).toString();
    return query.lastError();
}

} // namespace

Result<QList<SectionEntry>> Library::sectionEntries(qint64 sectionId)
{
    return sectionEntriesWhere(sectionId, std::nullopt);
}

// The entries of a section; with a page, only its articles that start on it.
Result<QList<SectionEntry>> Library::sectionEntriesWhere(qint64 sectionId, std::optional<int> page)
{
    QString filter = QStringLiteral("a.section_id = ?");
    QVariantList values{sectionId};
    if (page) {
        filter += QStringLiteral(" AND a.page = ?");
        values << *page;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + articleColumns(hasCorrections()) +
                  QStringLiteral(", g.title FROM articles a LEFT JOIN article_groups g ON g.id = "
                                 "a.group_id WHERE ") +
                  filter + QStringLiteral(" ORDER BY a.position"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, Library::tr("read a section"));
    QHash<qint64, QStringList> authors;
    QList<SectionEntry> entries;
    while (query.next()) {
        ArticleRecord record = recordFrom(query);
        if (record.groupId) {
            if (entries.isEmpty() || !entries.last().group ||
                entries.last().group->id != *record.groupId)
                entries << SectionEntry{
                    GroupRecord{*record.groupId, sectionId, query.value(10).toString(), {}}, {}};
            entries.last().group->articles << record;
        } else {
            entries << SectionEntry{std::nullopt, record};
        }
    }
    if (const QSqlError error = loadAuthors(m_db, filter, values, &authors); error.isValid())
        return sqlError(error, Library::tr("read a section"));
    for (SectionEntry &entry : entries) {
        if (entry.group) {
            for (ArticleRecord &record : entry.group->articles)
                record.authors = authors.value(record.id);
        } else {
            entry.article.authors = authors.value(entry.article.id);
        }
    }
    return entries;
}

Result<QList<ArticleRecord>> Library::articles(qint64 issueId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + articleColumns(hasCorrections()) +
                  QStringLiteral(" FROM articles a WHERE a.issue_id = ? ORDER BY a.position"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    QList<ArticleRecord> records;
    while (query.next())
        records << recordFrom(query);
    QHash<qint64, QStringList> authors;
    if (const QSqlError error =
            loadAuthors(m_db, QStringLiteral("a.issue_id = ?"), {issueId}, &authors);
        error.isValid())
        return sqlError(error, Library::tr("read an issue"));
    for (ArticleRecord &record : records)
        record.authors = authors.value(record.id);
    return records;
}

namespace {

// "?, ?, ?" for binding a list of ids.
QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

void bindIds(QSqlQuery &query, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        query.addBindValue(id);
}

// Bound parameters per statement stay well under SQLite's limit.
constexpr qsizetype kIdsPerQuery = 500;

} // namespace

Result<QList<ArticleRecord>> Library::articleRecords(const QList<qint64> &ids)
{
    QHash<qint64, ArticleRecord> byId;
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerQuery) {
        const QList<qint64> chunk = ids.mid(from, kIdsPerQuery);
        const QString filter = QStringLiteral("a.id IN (%1)").arg(placeholders(chunk.size()));
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT ") + articleColumns(hasCorrections()) +
                      QStringLiteral(" FROM articles a WHERE ") + filter);
        bindIds(query, chunk);
        if (!query.exec())
            return sqlError(query, Library::tr("read articles"));
        while (query.next()) {
            ArticleRecord record = recordFrom(query);
            byId.insert(record.id, std::move(record));
        }
        QHash<qint64, QStringList> authors;
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        if (const QSqlError error = loadAuthors(m_db, filter, values, &authors); error.isValid())
            return sqlError(error, Library::tr("read articles"));
        for (auto it = authors.cbegin(); it != authors.cend(); ++it) {
            if (auto found = byId.find(it.key()); found != byId.end())
                found->authors = it.value();
        }
    }
    QList<ArticleRecord> records;
    records.reserve(ids.size());
    for (qint64 id : ids) {
        if (const auto found = byId.constFind(id); found != byId.cend())
            records << *found;
    }
    return records;
}

Result<QList<StoredArticle>> Library::storedArticles(const QList<qint64> &ids)
{
    return readArticles(ids, true);
}

Result<QList<StoredArticle>> Library::readArticles(const QList<qint64> &ids, bool withPages)
{
    const bool withCorrections = hasCorrections();
    QHash<qint64, qsizetype> index;
    QList<StoredArticle> stored;
    stored.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerQuery) {
        const QList<qint64> chunk = ids.mid(from, kIdsPerQuery);
        const QString in = placeholders(chunk.size());

        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT ") + articleColumns(withCorrections) +
            QStringLiteral(", a.kicker_lines, a.title_lines, a.subtitle_lines, a.byline, "
                           "a.byline_lines, a.byline_inline, g.title, g.line, i.title, "
                           "s.title, i.encoding, i.paper, ") +
            // A date guessed from the file's modification time is for the tree
            // (shown as a guess), never for an article's head or a citation:
            // there it is unknown. (The sources came with the pages, format 5.)
            (withPages ? QStringLiteral("CASE WHEN i.date_source = 'guess' THEN NULL ELSE "
                                        "i.issue_date END")
                       : QStringLiteral("i.issue_date")) +
            (withPages ? QStringLiteral(", p.number, p.name") : QStringLiteral(", NULL, NULL")) +
            (withCorrections ? QStringLiteral(", a.parser_title") : QStringLiteral(", NULL")) +
            QStringLiteral(" FROM articles a JOIN issues i ON i.id = a.issue_id JOIN sections s "
                           "ON s.id = a.section_id LEFT JOIN article_groups g ON g.id = "
                           "a.group_id ") +
            (withPages ? QStringLiteral("LEFT JOIN pages p ON p.issue_id = a.issue_id AND "
                                        "p.position = a.page ")
                       : QString()) +
            QStringLiteral("WHERE a.id IN (") + in + u')');
        bindIds(query, chunk);
        if (!query.exec())
            return sqlError(query, Library::tr("read an article"));
        while (query.next()) {
            StoredArticle entry;
            entry.record = recordFrom(query);
            Article &article = entry.article;
            article.id = entry.record.number;
            article.kind = entry.record.kind;
            article.kicker = partFrom(query.value(6), query.value(10));
            article.title = partFrom(query.value(7), query.value(11));
            article.subtitle = partFrom(query.value(8), query.value(12));
            if (!query.value(13).isNull())
                article.byline = Byline{query.value(13).toString(),
                                        splitLines(query.value(14).toString()),
                                        {},
                                        query.value(15).toInt() != 0};
            if (!query.value(16).isNull())
                article.group = GroupHeading{query.value(16).toString(), query.value(17).toInt()};
            entry.issueTitle = query.value(18).toString();
            entry.sectionTitle = query.value(19).toString();
            entry.encoding = query.value(20).toString();
            entry.paper = query.value(21).toString();
            entry.date = QDate::fromString(query.value(22).toString(), Qt::ISODate);
            entry.pageNumber = query.value(23).toString();
            entry.pageName = query.value(24).toString();
            entry.parserTitle = query.value(25).toString();
            article.confidence = entry.record.confidence;
            index.insert(entry.record.id, stored.size());
            stored << std::move(entry);
        }

        auto each = [&](const QString &sql, const auto &take) -> Status {
            QSqlQuery rows(m_db);
            rows.prepare(sql.arg(in));
            bindIds(rows, chunk);
            if (!rows.exec())
                return sqlError(rows, Library::tr("read an article"));
            while (rows.next()) {
                const auto at = index.constFind(rows.value(0).toLongLong());
                if (at != index.constEnd())
                    take(stored[*at], rows);
            }
            return success();
        };
        Status read =
            each(QStringLiteral("SELECT article_id, name FROM article_authors WHERE article_id "
                                "IN (%1) ORDER BY article_id, position"),
                 [](StoredArticle &entry, const QSqlQuery &row) {
                     entry.record.authors << row.value(1).toString();
                 });
        if (read)
            read = each(
                QStringLiteral("SELECT article_id, text, lines FROM paragraphs WHERE article_id IN "
                               "(%1) ORDER BY article_id, position"),
                [](StoredArticle &entry, const QSqlQuery &row) {
                    entry.article.paragraphs
                        << Paragraph{row.value(1).toString(), splitLines(row.value(2).toString())};
                });
        if (read)
            read = each(QStringLiteral("SELECT article_id, text, lines, credit FROM captions WHERE "
                                       "article_id IN (%1) ORDER BY article_id, position"),
                        [](StoredArticle &entry, const QSqlQuery &row) {
                            entry.article.captions << Caption{row.value(1).toString(),
                                                              splitLines(row.value(2).toString()),
                                                              row.value(3).toString()};
                        });
        if (read)
            read =
                each(QStringLiteral("SELECT article_id, text FROM notes WHERE article_id IN (%1) "
                                    "ORDER BY article_id, position"),
                     [](StoredArticle &entry, const QSqlQuery &row) {
                         entry.article.notes << row.value(1).toString();
                     });
        if (!read)
            return read.error();
    }
    for (StoredArticle &entry : stored) {
        if (entry.article.byline)
            entry.article.byline->authors = entry.record.authors;
    }
    // In the order asked for.
    QList<StoredArticle> ordered;
    ordered.reserve(stored.size());
    for (qint64 id : ids) {
        const auto at = index.constFind(id);
        if (at != index.constEnd())
            ordered << stored[*at];
    }
    return ordered;
}

Result<StoredArticle> Library::article(qint64 articleId)
{
    auto stored = storedArticles({articleId});
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return Error{Error::Code::NotFound,
                     Library::tr("The article is no longer in the library.")};
    return stored->first();
}

Result<Issue> Library::loadIssue(qint64 issueId)
{
    auto issue = loadIssueContent(issueId);
    if (!issue)
        return issue;
    // Paper, date and pages as the library holds them: detected at import (text,
    // path, the file's date), with what the user set on top.
    auto metadata = issueMetadata(issueId);
    if (!metadata)
        return metadata.error();
    issue->metadata = std::move(metadata).value();
    return issue;
}

Result<Issue> Library::loadIssueContent(qint64 issueId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT source_path, sha256, encoding, bom, paper, issue_date, masthead_line, "
        "line_count, byte_count, paper_source, date_source, edition, edition_source, detected "
        "FROM issues WHERE id = ?"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    if (!query.next())
        return Error{Error::Code::NotFound, Library::tr("The issue is no longer in the library.")};
    Issue issue;
    issue.source.path = query.value(0).toString();
    issue.source.sha256 = query.value(1).toString();
    issue.source.encoding = query.value(2).toString();
    issue.source.byteOrderMark = query.value(3).toInt() != 0;
    issue.mastheadLine = query.value(6).toInt();
    issue.source.lines = query.value(7).toInt();
    issue.source.bytes = query.value(8).toLongLong();
    // What the text itself says of paper, date and edition: as detected at import
    // (the columns may hold the path's or the user's values instead).
    if (const auto detected = StoredMetadata::fromJson(query.value(13).toString())) {
        issue.paper = detected->paper;
        issue.date = detected->date;
        issue.edition = detected->edition;
    } else {
        // Nothing detected yet (upgrading to format 5): the columns hold the text's.
        const auto fromText = [&query](int column) {
            const QVariant source = query.value(column);
            return source.isNull() || source.toString() == metadataSourceName(MetadataSource::Text);
        };
        if (fromText(9))
            issue.paper = query.value(4).toString();
        if (fromText(10))
            issue.date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        if (!query.value(12).isNull() && fromText(12))
            issue.edition = query.value(11).toString();
    }

    query.prepare(QStringLiteral(
        "SELECT role, name, line FROM credits WHERE issue_id = ? ORDER BY position"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    while (query.next())
        issue.credits << Credit{query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toInt()};

    query.prepare(QStringLiteral(
        "SELECT text FROM notes WHERE issue_id = ? AND article_id IS NULL ORDER BY position"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    while (query.next())
        issue.notes << query.value(0).toString();

    query.prepare(
        QStringLiteral("SELECT line, text FROM unplaced_lines WHERE issue_id = ? ORDER BY line"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    while (query.next())
        issue.unplaced << UnplacedLine{query.value(0).toInt(), query.value(1).toString()};

    auto doubts = this->doubts(issueId);
    if (!doubts)
        return doubts.error();
    issue.doubts = std::move(doubts).value();

    query.prepare(QStringLiteral(
        "SELECT id, title, line FROM sections WHERE issue_id = ? ORDER BY position"));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    QList<qint64> sectionIds;
    while (query.next()) {
        sectionIds << query.value(0).toLongLong();
        issue.sections << Section{
            query.value(1).toString(),
            query.value(2).isNull() ? std::nullopt : std::optional<int>(query.value(2).toInt()),
            {}};
    }
    query.finish();
    QSqlQuery ids(m_db);
    ids.prepare(QStringLiteral("SELECT id FROM articles WHERE issue_id = ? ORDER BY position"));
    ids.addBindValue(issueId);
    if (!ids.exec())
        return sqlError(ids, Library::tr("read an issue"));
    QList<qint64> articleIds;
    while (ids.next())
        articleIds << ids.value(0).toLongLong();
    QHash<qint64, qsizetype> sectionOf;
    for (qsizetype s = 0; s < sectionIds.size(); ++s)
        sectionOf.insert(sectionIds[s], s);
    auto articles = readArticles(articleIds, false);
    if (!articles)
        return articles.error();
    for (StoredArticle &stored : *articles)
        issue.sections[sectionOf.value(stored.record.sectionId)].articles
            << std::move(stored.article);
    return issue;
}

} // namespace Broadsheet
