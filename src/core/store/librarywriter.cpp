// Library: writing an issue's content (sections, groups, articles with their
// parts and search rows, doubtful spots). Import writes it once; a correction
// removes it and writes it again, keeping the issue's row, metadata and pages.
#include "library.h"

#include "storedcorrections.h"
#include "storedmetadata.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Broadsheet {

namespace {

QString joinLines(const QList<int> &lines)
{
    QStringList parts;
    parts.reserve(lines.size());
    for (int line : lines)
        parts << QString::number(line);
    return parts.join(u',');
}

} // namespace

Status Library::writeArticles(qint64 issueId, const Issue &issue, const QList<IssuePage> &pages,
                              const Issue *parsed)
{
    const QVariant noText(QMetaType::fromType<QString>());
    // Only a corrected issue has titles the reader replaced.
    const QHash<int, QString> parserTitles =
        parsed ? StoredCorrections::parserTitles(*parsed, issue) : QHash<int, QString>();
    QSqlQuery section(m_db);
    section.prepare(QStringLiteral(
        "INSERT INTO sections (issue_id, position, title, line) VALUES (?, ?, ?, ?)"));
    QSqlQuery group(m_db);
    group.prepare(
        QStringLiteral("INSERT INTO article_groups (section_id, title, line) VALUES (?, ?, ?)"));
    QSqlQuery article(m_db);
    article.prepare(QStringLiteral(
        "INSERT INTO articles (issue_id, section_id, group_id, number, position, kind, kicker, "
        "kicker_lines, title, title_lines, subtitle, subtitle_lines, byline, byline_lines, "
        "byline_inline, page, first_line, confidence, parser_title) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery author(m_db);
    author.prepare(QStringLiteral(
        "INSERT INTO article_authors (article_id, position, name) VALUES (?, ?, ?)"));
    QSqlQuery paragraph(m_db);
    paragraph.prepare(QStringLiteral(
        "INSERT INTO paragraphs (article_id, position, text, lines) VALUES (?, ?, ?, ?)"));
    QSqlQuery caption(m_db);
    caption.prepare(QStringLiteral(
        "INSERT INTO captions (article_id, position, text, lines, credit) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery note(m_db);
    note.prepare(QStringLiteral(
        "INSERT INTO notes (issue_id, article_id, position, text) VALUES (?, ?, ?, ?)"));

    auto bindPart = [&](const std::optional<HeadlinePart> &part) {
        article.addBindValue(part ? QVariant(part->text) : noText);
        article.addBindValue(part ? QVariant(joinLines(part->lines)) : noText);
    };

    int position = 0;
    for (int s = 0; s < issue.sections.size(); ++s) {
        const Section &sec = issue.sections[s];
        section.addBindValue(issueId);
        section.addBindValue(s);
        section.addBindValue(sec.title.isNull() ? QStringLiteral("") : sec.title);
        section.addBindValue(sec.line ? QVariant(*sec.line) : QVariant(QMetaType::fromType<int>()));
        if (!section.exec())
            return sqlError(section, Library::tr("store the issue"));
        const qint64 sectionId = section.lastInsertId().toLongLong();
        std::optional<int> groupLine;
        qint64 groupId = 0;

        for (const Article &a : sec.articles) {
            if (a.group && a.group->line != groupLine) {
                group.addBindValue(sectionId);
                group.addBindValue(a.group->title);
                group.addBindValue(a.group->line);
                if (!group.exec())
                    return sqlError(group, Library::tr("store the issue"));
                groupId = group.lastInsertId().toLongLong();
            }
            groupLine = a.group ? std::optional<int>(a.group->line) : std::nullopt;

            article.addBindValue(issueId);
            article.addBindValue(sectionId);
            article.addBindValue(a.group ? QVariant(groupId)
                                         : QVariant(QMetaType::fromType<qint64>()));
            article.addBindValue(a.id);
            article.addBindValue(position++);
            article.addBindValue(kindName(a.kind));
            bindPart(a.kicker);
            bindPart(a.title);
            bindPart(a.subtitle);
            article.addBindValue(a.byline ? QVariant(a.byline->text) : noText);
            article.addBindValue(a.byline ? QVariant(joinLines(a.byline->lines)) : noText);
            article.addBindValue(a.byline && a.byline->isInline ? 1 : 0);
            const int firstLine = a.firstLine();
            const int page = StoredMetadata::pageOfLine(pages, firstLine);
            article.addBindValue(page >= 0 ? QVariant(page) : QVariant(QMetaType::fromType<int>()));
            article.addBindValue(firstLine); // the desk's key (librarydesk.cpp)
            article.addBindValue(a.confidence);
            const auto replaced = parserTitles.constFind(a.id);
            article.addBindValue(replaced != parserTitles.cend() ? QVariant(*replaced) : noText);
            if (!article.exec())
                return sqlError(article, Library::tr("store the issue"));
            const qint64 articleId = article.lastInsertId().toLongLong();

            for (int i = 0; i < a.authors().size(); ++i) {
                author.addBindValue(articleId);
                author.addBindValue(i);
                author.addBindValue(a.authors()[i]);
                if (!author.exec())
                    return sqlError(author, Library::tr("store the issue"));
            }
            for (int i = 0; i < a.paragraphs.size(); ++i) {
                paragraph.addBindValue(articleId);
                paragraph.addBindValue(i);
                paragraph.addBindValue(a.paragraphs[i].text);
                paragraph.addBindValue(joinLines(a.paragraphs[i].lines));
                if (!paragraph.exec())
                    return sqlError(paragraph, Library::tr("store the issue"));
            }
            for (int i = 0; i < a.captions.size(); ++i) {
                caption.addBindValue(articleId);
                caption.addBindValue(i);
                caption.addBindValue(a.captions[i].text);
                caption.addBindValue(joinLines(a.captions[i].lines));
                caption.addBindValue(
                    a.captions[i].credit.isEmpty() ? noText : QVariant(a.captions[i].credit));
                if (!caption.exec())
                    return sqlError(caption, Library::tr("store the issue"));
            }
            for (int i = 0; i < a.notes.size(); ++i) {
                note.addBindValue(issueId);
                note.addBindValue(articleId);
                note.addBindValue(i);
                note.addBindValue(a.notes[i]);
                if (!note.exec())
                    return sqlError(note, Library::tr("store the issue"));
            }
            const QString parserTitle = parserTitles.value(a.id);
            if (auto indexed = indexArticle(articleId, a, parserTitle, false); !indexed)
                return indexed.error();
        }
    }
    return success();
}

Status Library::writeDoubts(qint64 issueId, const QList<Doubt> &doubts)
{
    QSqlQuery doubt(m_db);
    doubt.prepare(QStringLiteral("INSERT INTO issue_doubts (issue_id, position, line, kind, "
                                 "article_number, message) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < doubts.size(); ++i) {
        doubt.addBindValue(issueId);
        doubt.addBindValue(i);
        doubt.addBindValue(doubts[i].line);
        doubt.addBindValue(doubtKindName(doubts[i].kind));
        doubt.addBindValue(doubts[i].articleId);
        doubt.addBindValue(doubts[i].message);
        if (!doubt.exec())
            return sqlError(doubt, Library::tr("store the issue"));
    }
    return success();
}

Status Library::deleteContent(qint64 issueId)
{
    QSqlQuery ids(m_db);
    ids.prepare(QStringLiteral("SELECT id FROM articles WHERE issue_id = ?"));
    ids.addBindValue(issueId);
    if (!ids.exec())
        return sqlError(ids, Library::tr("store the issue"));
    QList<qint64> articleIds;
    while (ids.next())
        articleIds << ids.value(0).toLongLong();
    ids.finish();
    if (auto s = unindexArticles(articleIds); !s)
        return s;
    // Sections take their groups, articles and the articles' parts with them
    // (ON DELETE CASCADE); the issue's own notes and credits stay.
    for (const QString &sql : {QStringLiteral("DELETE FROM sections WHERE issue_id = ?"),
                               QStringLiteral("DELETE FROM unplaced_lines WHERE issue_id = ?"),
                               QStringLiteral("DELETE FROM issue_doubts WHERE issue_id = ?")}) {
        QSqlQuery remove(m_db);
        remove.prepare(sql);
        remove.addBindValue(issueId);
        if (!remove.exec())
            return sqlError(remove, Library::tr("store the issue"));
    }
    return success();
}

Status Library::unindexArticles(const QList<qint64> &articleIds)
{
    // The index is contentless: removing an entry takes the text it was made from.
    auto articles = readArticles(articleIds, false);
    if (!articles)
        return articles.error();
    for (const StoredArticle &stored : std::as_const(*articles)) {
        if (auto s = indexArticle(stored.record.id, stored.article, stored.parserTitle, true); !s)
            return s;
    }
    return success();
}

Status Library::indexArticle(qint64 articleId, const Article &article, const QString &parserTitle,
                             bool remove)
{
    QSqlQuery query(m_db);
    query.prepare(remove ? QStringLiteral("INSERT INTO article_search (article_search, rowid, "
                                          "head, body) VALUES ('delete', ?, ?, ?)")
                         : QStringLiteral("INSERT INTO article_search (rowid, head, body) "
                                          "VALUES (?, ?, ?)"));
    query.addBindValue(articleId);
    query.addBindValue(StoredCorrections::searchHead(article, parserTitle));
    query.addBindValue(article.bodyText());
    if (!query.exec())
        return sqlError(query, Library::tr("update the search index"));
    return success();
}

} // namespace Broadsheet
