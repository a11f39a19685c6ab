// Library: the researcher's desk. Collections, tags and a note per article.
//
// Desk rows name an article by its content, the issue file's sha256 and the
// article's first line in it (articles.first_line), never by articles.id: a file
// removed and imported again gets new ids, and the user's work must find its
// articles again. Rows whose file is not in the library are kept for it.
#include "library.h"

#include "logging.h"
#include "storedmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Broadsheet {

// An article as the desk names it.
struct DeskKey
{
    QString sha256;
    int firstLine = 0;
    QString title; // for people reading an export; may be empty

    friend bool operator==(const DeskKey &a, const DeskKey &b)
    {
        return a.sha256 == b.sha256 && a.firstLine == b.firstLine;
    }
};

namespace {

constexpr auto kDeskFormat = "broadsheet-desk";
constexpr int kDeskVersion = 1;

Error readOnly(const QString &path)
{
    return Error{
        Error::Code::LibraryReadOnly,
        Library::tr("The library %1 is read-only: it can be read but not changed.").arg(path)};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Timestamps are stored as UTC with milliseconds, so that they compare as text
// and a desk file read and written again says the same.
std::optional<QString> normalizedTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The title an entry is remembered by: the headline, or what stands for it.
QString titleOf(const ArticleRecord &record)
{
    for (const QString *part : {&record.title, &record.kicker, &record.subtitle}) {
        if (!part->isEmpty())
            return *part;
    }
    return {};
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array << id;
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Names and tags as they are kept: without the spaces around them.
Result<QString> cleanName(const QString &name, const QString &what)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Code::InvalidInput, what};
    return trimmed;
}

Result<QStringList> cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        auto name = cleanName(tag, Library::tr("A tag cannot be empty."));
        if (!name)
            return name.error();
        if (!clean.contains(*name))
            clean << *name;
    }
    return clean;
}

} // namespace

bool Library::hasDesk() const
{
    return formatVersion() >= 6;
}

Status Library::deskTransaction(const std::function<Status()> &work)
{
    if (isReadOnly())
        return readOnly(m_path);
    if (auto s = begin(); !s)
        return s;
    if (auto s = work(); !s) {
        rollback();
        return s;
    }
    if (auto s = commit(); !s) {
        rollback();
        return s;
    }
    return success();
}

Result<QList<DeskKey>> Library::deskKeys(const QList<qint64> &articleIds)
{
    QHash<qint64, DeskKey> byId;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.id, i.sha256, a.first_line, a.title, a.kicker, a.subtitle FROM "
                  "articles a JOIN issues i ON i.id = a.issue_id WHERE a.id IN (SELECT value "
                  "FROM json_each(?))"_s);
    query.addBindValue(jsonIds(articleIds));
    if (!query.exec())
        return sqlError(query, Library::tr("read articles"));
    while (query.next()) {
        ArticleRecord record;
        record.title = query.value(3).toString();
        record.kicker = query.value(4).toString();
        record.subtitle = query.value(5).toString();
        byId.insert(query.value(0).toLongLong(),
                    DeskKey{query.value(1).toString(), query.value(2).toInt(), titleOf(record)});
    }
    QList<DeskKey> keys;
    for (qint64 id : articleIds) {
        const auto found = byId.constFind(id);
        if (found == byId.cend())
            return Error{Error::Code::NotFound,
                         Library::tr("There is no article %1 in the library.").arg(id)};
        if (!keys.contains(*found))
            keys << *found;
    }
    return keys;
}

Status Library::backfillFirstLines()
{
    QSqlQuery ids(m_db);
    if (!ids.exec(u"SELECT id FROM articles ORDER BY id"_s))
        return sqlError(ids, Library::tr("upgrade the library"));
    QList<qint64> articleIds;
    while (ids.next())
        articleIds << ids.value(0).toLongLong();
    ids.finish();
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE articles SET first_line = ? WHERE id = ?"_s);
    for (qsizetype from = 0; from < articleIds.size(); from += 500) {
        // The lines as the parser gave them, read back: the same first line as
        // an import of the file computes (Article::firstLine).
        auto articles = readArticles(articleIds.mid(from, 500), false);
        if (!articles)
            return articles.error();
        for (const StoredArticle &stored : std::as_const(*articles)) {
            update.addBindValue(stored.article.firstLine());
            update.addBindValue(stored.record.id);
            if (!update.exec())
                return sqlError(update, Library::tr("upgrade the library"));
        }
    }
    return success();
}

Status Library::carryDesk(const QString &fromSha256, const QString &toSha256, qint64 toIssueId)
{
    if (fromSha256.isEmpty() || fromSha256 == toSha256)
        return success();
    // Rows already kept for the new contents win (OR IGNORE): they are the newer work.
    struct Table
    {
        const char *name;
        const char *columns; // besides sha256 and first_line
    };
    for (const Table &table :
         {Table{"collection_items", "collection_id, position, added, title"},
          Table{"article_tags", "tag"}, Table{"article_notes", "text, updated"}}) {
        const QString name = QString::fromLatin1(table.name);
        const QString columns = QString::fromLatin1(table.columns);
        const QString held = u" WHERE sha256 = ? AND first_line IN (SELECT first_line FROM "
                             "articles WHERE issue_id = ?)"_s;
        QSqlQuery copy(m_db);
        copy.prepare(u"INSERT OR IGNORE INTO %1 (sha256, first_line, %2) SELECT ?, first_line, "
                     "%2 FROM %1"_s.arg(name, columns) +
                     held);
        copy.addBindValue(toSha256);
        copy.addBindValue(fromSha256);
        copy.addBindValue(toIssueId);
        if (!copy.exec())
            return sqlError(copy, Library::tr("store the issue"));
        QSqlQuery remove(m_db);
        remove.prepare(u"DELETE FROM %1"_s.arg(name) + held);
        remove.addBindValue(fromSha256);
        remove.addBindValue(toIssueId);
        if (!remove.exec())
            return sqlError(remove, Library::tr("store the issue"));
    }
    return success();
}

// --- Collections ---------------------------------------------------------------

Result<QList<CollectionRecord>> Library::collections()
{
    QList<CollectionRecord> list;
    if (!hasDesk())
        return list;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT c.id, c.name, c.created, (SELECT count(*) FROM collection_items ci "
                    "WHERE ci.collection_id = c.id AND EXISTS (SELECT 1 FROM issues i JOIN "
                    "articles a ON a.issue_id = i.id WHERE i.sha256 = ci.sha256 AND a.first_line "
                    "= ci.first_line)), (SELECT count(*) FROM collection_items ci WHERE "
                    "ci.collection_id = c.id) FROM collections c ORDER BY c.name"_s))
        return sqlError(query, Library::tr("read its collections"));
    while (query.next()) {
        CollectionRecord record;
        record.id = query.value(0).toLongLong();
        record.name = query.value(1).toString();
        record.created = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        record.articleCount = query.value(3).toInt();
        record.absentCount = query.value(4).toInt() - record.articleCount;
        list << record;
    }
    return list;
}

Result<std::optional<qint64>> Library::collectionId(const QString &name)
{
    if (!hasDesk())
        return std::optional<qint64>();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM collections WHERE name = ?"_s);
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return sqlError(query, Library::tr("read its collections"));
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<qint64> Library::createCollection(const QString &name)
{
    auto clean = cleanName(name, Library::tr("A collection needs a name."));
    if (!clean)
        return clean.error();
    qint64 id = 0;
    const Status done = deskTransaction([&]() -> Status {
        auto existing = collectionId(*clean);
        if (!existing)
            return existing.error();
        if (*existing) {
            id = **existing;
            return success();
        }
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO collections (name, created) VALUES (?, ?)"_s);
        insert.addBindValue(*clean);
        insert.addBindValue(now());
        if (!insert.exec())
            return sqlError(insert, Library::tr("create a collection"));
        id = insert.lastInsertId().toLongLong();
        return success();
    });
    if (!done)
        return done.error();
    return id;
}

namespace {

Error noCollection()
{
    return Error{Error::Code::NotFound, Library::tr("The collection is no longer in the library.")};
}

} // namespace

Status Library::renameCollection(qint64 id, const QString &name)
{
    auto clean = cleanName(name, Library::tr("A collection needs a name."));
    if (!clean)
        return clean.error();
    return deskTransaction([&]() -> Status {
        auto existing = collectionId(*clean);
        if (!existing)
            return existing.error();
        if (*existing && **existing != id)
            return Error{Error::Code::InvalidInput,
                         Library::tr("There is already a collection named “%1”.").arg(*clean)};
        QSqlQuery update(m_db);
        update.prepare(u"UPDATE collections SET name = ? WHERE id = ?"_s);
        update.addBindValue(*clean);
        update.addBindValue(id);
        if (!update.exec())
            return sqlError(update, Library::tr("rename a collection"));
        if (update.numRowsAffected() == 0)
            return noCollection();
        return success();
    });
}

Status Library::removeCollection(qint64 id)
{
    return deskTransaction([&]() -> Status {
        QSqlQuery remove(m_db);
        remove.prepare(u"DELETE FROM collections WHERE id = ?"_s);
        remove.addBindValue(id);
        if (!remove.exec())
            return sqlError(remove, Library::tr("remove a collection"));
        if (remove.numRowsAffected() == 0)
            return noCollection();
        return success();
    });
}

namespace {

// Items added to a collection go after its last one.
std::optional<int> nextPosition(QSqlDatabase &db, qint64 collectionId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT coalesce(max(position) + 1, 0) FROM collection_items WHERE "
                  "collection_id = ?"_s);
    query.addBindValue(collectionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool collectionExists(QSqlDatabase &db, qint64 id, bool *ok)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM collections WHERE id = ?"_s);
    query.addBindValue(id);
    *ok = query.exec();
    return *ok && query.next();
}

} // namespace

Status Library::addToCollection(qint64 collectionId, const QList<qint64> &articleIds)
{
    return deskTransaction([&]() -> Status {
        bool ok = false;
        if (!collectionExists(m_db, collectionId, &ok))
            return ok ? Status(noCollection())
                      : Status(Error{Error::Code::Library,
                                     Library::tr("The library %1 could not read its collections.")
                                         .arg(m_path)});
        auto keys = deskKeys(articleIds);
        if (!keys)
            return keys.error();
        auto position = nextPosition(m_db, collectionId);
        if (!position)
            return Error{Error::Code::Library,
                         Library::tr("The library %1 could not read its collections.").arg(m_path)};
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT OR IGNORE INTO collection_items (collection_id, sha256, "
                       "first_line, position, added, title) VALUES (?, ?, ?, ?, ?, ?)"_s);
        const QString added = now();
        for (const DeskKey &key : std::as_const(*keys)) {
            insert.addBindValue(collectionId);
            insert.addBindValue(key.sha256);
            insert.addBindValue(key.firstLine);
            insert.addBindValue(*position);
            insert.addBindValue(added);
            insert.addBindValue(key.title);
            if (!insert.exec())
                return sqlError(insert, Library::tr("add to a collection"));
            if (insert.numRowsAffected() > 0)
                ++*position;
        }
        return success();
    });
}

Status Library::removeFromCollection(qint64 collectionId, const QList<qint64> &articleIds)
{
    return deskTransaction([&]() -> Status {
        bool ok = false;
        if (!collectionExists(m_db, collectionId, &ok))
            return ok ? Status(noCollection())
                      : Status(Error{Error::Code::Library,
                                     Library::tr("The library %1 could not read its collections.")
                                         .arg(m_path)});
        auto keys = deskKeys(articleIds);
        if (!keys)
            return keys.error();
        QSqlQuery remove(m_db);
        remove.prepare(u"DELETE FROM collection_items WHERE collection_id = ? AND sha256 = ? AND "
                       "first_line = ?"_s);
        for (const DeskKey &key : std::as_const(*keys)) {
            remove.addBindValue(collectionId);
            remove.addBindValue(key.sha256);
            remove.addBindValue(key.firstLine);
            if (!remove.exec())
                return sqlError(remove, Library::tr("remove from a collection"));
        }
        return success();
    });
}

Result<QList<ArticleRecord>> Library::collectionArticles(qint64 collectionId)
{
    if (!hasDesk())
        return noCollection();
    bool ok = false;
    if (!collectionExists(m_db, collectionId, &ok))
        return ok ? noCollection()
                  : Error{
                        Error::Code::Library,
                        Library::tr("The library %1 could not read its collections.").arg(m_path)};
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.id FROM collection_items ci JOIN issues i ON i.sha256 = ci.sha256 "
                  "JOIN articles a ON a.issue_id = i.id AND a.first_line = ci.first_line WHERE "
                  "ci.collection_id = ? ORDER BY ci.position, a.position"_s);
    query.addBindValue(collectionId);
    if (!query.exec())
        return sqlError(query, Library::tr("read a collection"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return articleRecords(ids);
}

// --- Tags and notes --------------------------------------------------------------

Result<QStringList> Library::tags()
{
    QStringList list;
    if (!hasDesk())
        return list;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT DISTINCT tag FROM article_tags ORDER BY tag"_s))
        return sqlError(query, Library::tr("read its tags"));
    while (query.next())
        list << query.value(0).toString();
    return list;
}

Status Library::addTags(const QList<qint64> &articleIds, const QStringList &tags)
{
    auto clean = cleanTags(tags);
    if (!clean)
        return clean.error();
    return deskTransaction([&]() -> Status {
        auto keys = deskKeys(articleIds);
        if (!keys)
            return keys.error();
        QSqlQuery insert(m_db);
        insert.prepare(
            u"INSERT OR IGNORE INTO article_tags (sha256, first_line, tag) VALUES (?, ?, ?)"_s);
        for (const DeskKey &key : std::as_const(*keys)) {
            for (const QString &tag : std::as_const(*clean)) {
                insert.addBindValue(key.sha256);
                insert.addBindValue(key.firstLine);
                insert.addBindValue(tag);
                if (!insert.exec())
                    return sqlError(insert, Library::tr("tag articles"));
            }
        }
        return success();
    });
}

Status Library::removeTags(const QList<qint64> &articleIds, const QStringList &tags)
{
    auto clean = cleanTags(tags);
    if (!clean)
        return clean.error();
    return deskTransaction([&]() -> Status {
        auto keys = deskKeys(articleIds);
        if (!keys)
            return keys.error();
        QSqlQuery remove(m_db);
        remove.prepare(
            u"DELETE FROM article_tags WHERE sha256 = ? AND first_line = ? AND tag = ?"_s);
        for (const DeskKey &key : std::as_const(*keys)) {
            for (const QString &tag : std::as_const(*clean)) {
                remove.addBindValue(key.sha256);
                remove.addBindValue(key.firstLine);
                remove.addBindValue(tag);
                if (!remove.exec())
                    return sqlError(remove, Library::tr("remove tags"));
            }
        }
        return success();
    });
}

Status Library::setNote(qint64 articleId, const QString &text)
{
    return deskTransaction([&]() -> Status {
        auto keys = deskKeys({articleId});
        if (!keys)
            return keys.error();
        const DeskKey &key = keys->first();
        QSqlQuery query(m_db);
        if (text.trimmed().isEmpty()) {
            query.prepare(u"DELETE FROM article_notes WHERE sha256 = ? AND first_line = ?"_s);
            query.addBindValue(key.sha256);
            query.addBindValue(key.firstLine);
        } else {
            query.prepare(u"INSERT OR REPLACE INTO article_notes (sha256, first_line, text, "
                          "updated) VALUES (?, ?, ?, ?)"_s);
            query.addBindValue(key.sha256);
            query.addBindValue(key.firstLine);
            query.addBindValue(text);
            query.addBindValue(now());
        }
        if (!query.exec())
            return sqlError(query, Library::tr("store a note"));
        return success();
    });
}

Result<ArticleDesk> Library::desk(qint64 articleId)
{
    ArticleDesk desk;
    if (!hasDesk())
        return desk;
    auto keys = deskKeys({articleId});
    if (!keys)
        return keys.error();
    const DeskKey &key = keys->first();
    const auto read = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &row) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(key.sha256);
        query.addBindValue(key.firstLine);
        if (!query.exec())
            return false;
        while (query.next())
            row(query);
        return true;
    };
    if (!read(u"SELECT c.name FROM collection_items ci JOIN collections c ON c.id = "
              "ci.collection_id WHERE ci.sha256 = ? AND ci.first_line = ? ORDER BY c.name"_s,
              [&](const QSqlQuery &q) { desk.collections << q.value(0).toString(); }) ||
        !read(u"SELECT tag FROM article_tags WHERE sha256 = ? AND first_line = ? ORDER BY tag"_s,
              [&](const QSqlQuery &q) { desk.tags << q.value(0).toString(); }) ||
        !read(u"SELECT text FROM article_notes WHERE sha256 = ? AND first_line = ?"_s,
              [&](const QSqlQuery &q) { desk.note = q.value(0).toString(); }))
        return Error{Error::Code::Library,
                     Library::tr("The library %1 could not read the article's collections, tags "
                                 "and note.")
                         .arg(m_path)};
    return desk;
}

Result<QList<qint64>> Library::articlesWithNotes()
{
    QList<qint64> ids;
    if (!hasDesk())
        return ids;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT a.id FROM article_notes n JOIN issues i ON i.sha256 = n.sha256 JOIN "
                    "articles a ON a.issue_id = i.id AND a.first_line = n.first_line ORDER BY "
                    "a.id"_s))
        return sqlError(query, Library::tr("read its notes"));
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Status Library::deskOf(const QList<qint64> &ids, QHash<qint64, ArticleDesk> *desks)
{
    if (!hasDesk() || ids.isEmpty())
        return success();
    const QString of = u" JOIN issues i ON i.sha256 = d.sha256 JOIN articles a ON a.issue_id = "
                       "i.id AND a.first_line = d.first_line WHERE a.id IN (SELECT value FROM "
                       "json_each(?))"_s;
    const QString json = jsonIds(ids);
    const auto read = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &row) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(json);
        if (!query.exec())
            return false;
        while (query.next())
            row(query);
        return true;
    };
    if (!read(u"SELECT a.id, c.name FROM collection_items d JOIN collections c ON c.id = "
              "d.collection_id"_s +
                  of,
              [&](const QSqlQuery &q) {
                  (*desks)[q.value(0).toLongLong()].collections << q.value(1).toString();
              }) ||
        !read(u"SELECT a.id, d.tag FROM article_tags d"_s + of,
              [&](const QSqlQuery &q) {
                  (*desks)[q.value(0).toLongLong()].tags << q.value(1).toString();
              }) ||
        !read(u"SELECT a.id, d.text FROM article_notes d"_s + of, [&](const QSqlQuery &q) {
            (*desks)[q.value(0).toLongLong()].note = q.value(1).toString();
        }))
        return Error{Error::Code::Library,
                     Library::tr("The library %1 could not read the articles' collections, tags "
                                 "and notes.")
                         .arg(m_path)};
    return success();
}

// --- The desk file ---------------------------------------------------------------

namespace {

struct KeyHash
{
    QString sha256;
    int firstLine = 0;
    bool operator<(const KeyHash &o) const
    {
        return sha256 != o.sha256 ? sha256 < o.sha256 : firstLine < o.firstLine;
    }
    bool operator==(const KeyHash &) const = default;
};

size_t qHash(const KeyHash &key, size_t seed = 0)
{
    return qHashMulti(seed, key.sha256, key.firstLine);
}

} // namespace

Result<QByteArray> Library::exportDesk(const QList<qint64> &collectionIds)
{
    QJsonObject root;
    root[u"format"_s] = QString::fromLatin1(kDeskFormat);
    root[u"version"_s] = kDeskVersion;
    QJsonArray collectionsJson;
    QJsonArray tagsJson;
    QJsonArray notesJson;
    if (!hasDesk()) {
        if (!collectionIds.isEmpty())
            return noCollection();
    } else {
        // One snapshot for all of it.
        const bool transaction = m_db.transaction();
        const auto finish = qScopeGuard([&] {
            if (transaction)
                m_db.commit();
        });
        const bool all = collectionIds.isEmpty();
        QSqlQuery query(m_db);
        query.prepare(all ? u"SELECT id, name, created FROM collections ORDER BY name"_s
                          : u"SELECT id, name, created FROM collections WHERE id IN (SELECT "
                            "value FROM json_each(?)) ORDER BY name"_s);
        if (!all)
            query.addBindValue(jsonIds(collectionIds));
        if (!query.exec())
            return sqlError(query, Library::tr("export its collections"));
        struct Collection
        {
            qint64 id;
            QString name;
            QString created;
        };
        QList<Collection> chosen;
        while (query.next())
            chosen << Collection{query.value(0).toLongLong(), query.value(1).toString(),
                                 query.value(2).toString()};
        query.finish();
        if (!all &&
            chosen.size() != QSet<qint64>(collectionIds.begin(), collectionIds.end()).size())
            return noCollection();

        // The entries with the current title of their article where it is in
        // the library, else the title remembered with them.
        QSqlQuery items(m_db);
        items.prepare(u"SELECT ci.sha256, ci.first_line, ci.added, ci.title, (SELECT "
                      "coalesce(nullif(a.title, ''), nullif(a.kicker, ''), nullif(a.subtitle, "
                      "'')) FROM issues i JOIN articles a ON a.issue_id = i.id WHERE i.sha256 = "
                      "ci.sha256 AND a.first_line = ci.first_line ORDER BY a.position LIMIT 1) "
                      "FROM collection_items ci WHERE ci.collection_id = ? ORDER BY "
                      "ci.position"_s);
        QSet<KeyHash> inChosen;
        for (const Collection &collection : std::as_const(chosen)) {
            items.addBindValue(collection.id);
            if (!items.exec())
                return sqlError(items, Library::tr("export its collections"));
            QJsonArray articles;
            while (items.next()) {
                const QString title =
                    items.value(4).isNull() ? items.value(3).toString() : items.value(4).toString();
                articles << QJsonObject{{u"sha256"_s, items.value(0).toString()},
                                        {u"first_line"_s, items.value(1).toInt()},
                                        {u"added"_s, items.value(2).toString()},
                                        {u"title"_s, title}};
                inChosen.insert(KeyHash{items.value(0).toString(), items.value(1).toInt()});
            }
            collectionsJson << QJsonObject{{u"name"_s, collection.name},
                                           {u"created"_s, collection.created},
                                           {u"articles"_s, articles}};
        }

        // Tags and notes: all of them, or those of the chosen collections' articles.
        if (!query.exec(
                u"SELECT sha256, first_line, tag FROM article_tags ORDER BY sha256, first_line, tag"_s))
            return sqlError(query, Library::tr("export its tags"));
        std::optional<KeyHash> last;
        QJsonArray current;
        const auto flush = [&] {
            if (last && !current.isEmpty())
                tagsJson << QJsonObject{{u"sha256"_s, last->sha256},
                                        {u"first_line"_s, last->firstLine},
                                        {u"tags"_s, current}};
            current = QJsonArray();
        };
        while (query.next()) {
            const KeyHash key{query.value(0).toString(), query.value(1).toInt()};
            if (!all && !inChosen.contains(key))
                continue;
            if (!last || !(*last == key)) {
                flush();
                last = key;
            }
            current << query.value(2).toString();
        }
        flush();
        if (!query.exec(u"SELECT sha256, first_line, text, updated FROM article_notes ORDER BY "
                        "sha256, first_line"_s))
            return sqlError(query, Library::tr("export its notes"));
        while (query.next()) {
            const KeyHash key{query.value(0).toString(), query.value(1).toInt()};
            if (!all && !inChosen.contains(key))
                continue;
            notesJson << QJsonObject{{u"sha256"_s, key.sha256},
                                     {u"first_line"_s, key.firstLine},
                                     {u"text"_s, query.value(2).toString()},
                                     {u"updated"_s, query.value(3).toString()}};
        }
    }
    root[u"collections"_s] = collectionsJson;
    root[u"tags"_s] = tagsJson;
    root[u"notes"_s] = notesJson;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// A desk file as read, every value checked before anything is written.
struct DeskFile
{
    struct Item
    {
        KeyHash key;
        QString title;
        QString added;
    };
    struct Collection
    {
        QString name;
        QString created;
        QList<Item> items;
    };
    struct Note
    {
        KeyHash key;
        QString text;
        QString updated;
    };
    QList<Collection> collections;
    QList<std::pair<KeyHash, QStringList>> tags;
    QList<Note> notes;
};

Error badDesk(const QString &where, const QString &what)
{
    return Error{
        Error::Code::InvalidInput,
        Library::tr("The desk file cannot be read: %1 %2. Nothing was imported.").arg(where, what)};
}

Result<KeyHash> keyFrom(const QJsonObject &object, const QString &where)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    const QString sha256 = object.value(u"sha256"_s).toString();
    if (!hex.match(sha256).hasMatch())
        return badDesk(where,
                       Library::tr("does not name its file (sha256: 64 hexadecimal digits)"));
    const QJsonValue line = object.value(u"first_line"_s);
    const double number = line.toDouble(-1);
    if (!line.isDouble() || number < 0 || number > 1e9 || std::floor(number) != number)
        return badDesk(where, Library::tr("has no first_line (a whole number)"));
    return KeyHash{sha256.toLower(), int(number)};
}

Result<QString> timeFrom(const QJsonObject &object, const QString &name, const QString &where)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return now();
    const auto time = normalizedTime(value.toString());
    if (!value.isString() || !time)
        return badDesk(where, Library::tr("has a %1 that is not a date and time").arg(name));
    return *time;
}

Result<QJsonArray> arrayFrom(const QJsonObject &object, const QString &name, const QString &where)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return badDesk(where, Library::tr("has a %1 that is not a list").arg(name));
    return value.toArray();
}

Result<DeskFile> readDeskFile(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{Error::Code::InvalidInput,
                     Library::tr("The desk file is not JSON (%1 at character %2). Nothing was "
                                 "imported.")
                         .arg(error.errorString(), QString::number(error.offset))};
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(u"format"_s).toString() != QLatin1StringView(kDeskFormat))
        return Error{Error::Code::InvalidInput,
                     Library::tr("This is not a Broadsheet desk file (its \"format\" is not "
                                 "\"broadsheet-desk\"). Nothing was imported.")};
    const int version = root.value(u"version"_s).toInt(-1);
    if (version > kDeskVersion)
        return Error{Error::Code::InvalidInput,
                     Library::tr("The desk file was written by a newer version of Broadsheet "
                                 "(desk format %1; this version reads %2). Nothing was imported.")
                         .arg(QString::number(version), QString::number(kDeskVersion))};
    if (version < 1)
        return badDesk(Library::tr("its"), Library::tr("\"version\" is missing"));

    DeskFile file;
    auto collections = arrayFrom(root, u"collections"_s, Library::tr("the file"));
    if (!collections)
        return collections.error();
    for (qsizetype c = 0; c < collections->size(); ++c) {
        const QJsonObject object = collections->at(c).toObject();
        const QString where = Library::tr("collection %1").arg(c + 1);
        DeskFile::Collection collection;
        collection.name = object.value(u"name"_s).toString().trimmed();
        if (collection.name.isEmpty())
            return badDesk(where, Library::tr("has no name"));
        auto created = timeFrom(object, u"created"_s, where);
        if (!created)
            return created.error();
        collection.created = *created;
        auto articles = arrayFrom(object, u"articles"_s, where);
        if (!articles)
            return articles.error();
        for (qsizetype a = 0; a < articles->size(); ++a) {
            const QJsonObject item = articles->at(a).toObject();
            const QString itemWhere =
                Library::tr("article %1 of the collection “%2”").arg(a + 1).arg(collection.name);
            auto key = keyFrom(item, itemWhere);
            if (!key)
                return key.error();
            auto added = timeFrom(item, u"added"_s, itemWhere);
            if (!added)
                return added.error();
            collection.items << DeskFile::Item{*key, item.value(u"title"_s).toString(), *added};
        }
        file.collections << collection;
    }
    auto tags = arrayFrom(root, u"tags"_s, Library::tr("the file"));
    if (!tags)
        return tags.error();
    for (qsizetype t = 0; t < tags->size(); ++t) {
        const QJsonObject object = tags->at(t).toObject();
        const QString where = Library::tr("tag entry %1").arg(t + 1);
        auto key = keyFrom(object, where);
        if (!key)
            return key.error();
        auto names = arrayFrom(object, u"tags"_s, where);
        if (!names)
            return names.error();
        QStringList list;
        for (const QJsonValue &name : std::as_const(*names)) {
            if (!name.isString() || name.toString().trimmed().isEmpty())
                return badDesk(where, Library::tr("has a tag that is not a name"));
            list << name.toString().trimmed();
        }
        file.tags << std::pair(*key, list);
    }
    auto notes = arrayFrom(root, u"notes"_s, Library::tr("the file"));
    if (!notes)
        return notes.error();
    for (qsizetype n = 0; n < notes->size(); ++n) {
        const QJsonObject object = notes->at(n).toObject();
        const QString where = Library::tr("note %1").arg(n + 1);
        auto key = keyFrom(object, where);
        if (!key)
            return key.error();
        if (!object.value(u"text"_s).isString())
            return badDesk(where, Library::tr("has no text"));
        auto updated = timeFrom(object, u"updated"_s, where);
        if (!updated)
            return updated.error();
        file.notes << DeskFile::Note{*key, object.value(u"text"_s).toString(), *updated};
    }
    return file;
}

} // namespace

Result<DeskImportReport> Library::importDesk(const QByteArray &json)
{
    if (isReadOnly())
        return readOnly(m_path);
    auto file = readDeskFile(json);
    if (!file)
        return file.error();
    DeskImportReport report;
    QSet<KeyHash> named;
    QHash<KeyHash, QString> titles;
    const Status done = deskTransaction([&]() -> Status {
        QSqlQuery insertItem(m_db);
        insertItem.prepare(u"INSERT OR IGNORE INTO collection_items (collection_id, sha256, "
                           "first_line, position, added, title) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const DeskFile::Collection &collection : std::as_const(file->collections)) {
            ++report.collections;
            auto existing = collectionId(collection.name);
            if (!existing)
                return existing.error();
            qint64 id = existing->value_or(0);
            if (!*existing) {
                // A new collection keeps the day it was made, wherever that was.
                QSqlQuery insert(m_db);
                insert.prepare(u"INSERT INTO collections (name, created) VALUES (?, ?)"_s);
                insert.addBindValue(collection.name);
                insert.addBindValue(collection.created);
                if (!insert.exec())
                    return sqlError(insert, Library::tr("import a collection"));
                id = insert.lastInsertId().toLongLong();
            }
            auto position = nextPosition(m_db, id);
            if (!position)
                return Error{
                    Error::Code::Library,
                    Library::tr("The library %1 could not read its collections.").arg(m_path)};
            for (const DeskFile::Item &item : collection.items) {
                ++report.articles;
                named.insert(item.key);
                if (!item.title.isEmpty())
                    titles.insert(item.key, item.title);
                insertItem.addBindValue(id);
                insertItem.addBindValue(item.key.sha256);
                insertItem.addBindValue(item.key.firstLine);
                insertItem.addBindValue(*position);
                insertItem.addBindValue(item.added);
                insertItem.addBindValue(item.title);
                if (!insertItem.exec())
                    return sqlError(insertItem, Library::tr("import a collection"));
                if (insertItem.numRowsAffected() > 0)
                    ++*position;
            }
        }
        QSqlQuery insertTag(m_db);
        insertTag.prepare(
            u"INSERT OR IGNORE INTO article_tags (sha256, first_line, tag) VALUES (?, ?, ?)"_s);
        for (const auto &[key, tags] : std::as_const(file->tags)) {
            named.insert(key);
            for (const QString &tag : tags) {
                ++report.tags;
                insertTag.addBindValue(key.sha256);
                insertTag.addBindValue(key.firstLine);
                insertTag.addBindValue(tag);
                if (!insertTag.exec())
                    return sqlError(insertTag, Library::tr("import tags"));
            }
        }
        // A note the library has too: the later one stays (the same: nothing changes).
        QSqlQuery insertNote(m_db);
        insertNote.prepare(u"INSERT INTO article_notes (sha256, first_line, text, updated) VALUES "
                           "(?, ?, ?, ?) ON CONFLICT (sha256, first_line) DO UPDATE SET text = "
                           "excluded.text, updated = excluded.updated WHERE excluded.updated > "
                           "article_notes.updated"_s);
        for (const DeskFile::Note &note : std::as_const(file->notes)) {
            ++report.notes;
            named.insert(note.key);
            insertNote.addBindValue(note.key.sha256);
            insertNote.addBindValue(note.key.firstLine);
            insertNote.addBindValue(note.text);
            insertNote.addBindValue(note.updated);
            if (!insertNote.exec())
                return sqlError(insertNote, Library::tr("import notes"));
        }
        // What the file names that this library does not hold.
        QSqlQuery present(m_db);
        present.prepare(u"SELECT 1 FROM issues i JOIN articles a ON a.issue_id = i.id WHERE "
                        "i.sha256 = ? AND a.first_line = ?"_s);
        QList<KeyHash> sorted(named.begin(), named.end());
        std::sort(sorted.begin(), sorted.end());
        for (const KeyHash &key : std::as_const(sorted)) {
            present.addBindValue(key.sha256);
            present.addBindValue(key.firstLine);
            if (!present.exec())
                return sqlError(present, Library::tr("import the desk"));
            if (!present.next()) {
                ++report.missing;
                if (titles.contains(key))
                    report.missingTitles << titles.value(key);
            }
        }
        return success();
    });
    if (!done)
        return done.error();
    qCDebug(lcStore) << "imported a desk file:" << report.collections << "collections,"
                     << report.missing << "articles not in" << m_path;
    return report;
}

} // namespace Broadsheet
