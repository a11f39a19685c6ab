// broadsheet-cli collection, collections, tag and note: the researcher's desk
// (collections, tags and notes) from the command line.
#include "cli.h"

#include "library.h"
#include "libraryaccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

namespace {

// What the user gave that cannot be used is a failure of the input (1); a
// library that cannot be used is 3.
int failure(const Error &error)
{
    err(error.message);
    switch (error.code) {
    case Error::Code::NotFound:
    case Error::Code::InvalidInput:
    case Error::Code::Io:
        return ExitFailed;
    default:
        return ExitLibrary;
    }
}

int usage(const QString &message, const QCommandLineParser &parser)
{
    err(message + u"\n\n"_s + parser.helpText());
    return ExitUsage;
}

// Article ids as `search` prints them; nullopt (and a message) for anything else.
std::optional<QList<qint64>> articleIds(const QStringList &values)
{
    QList<qint64> ids;
    for (const QString &value : values) {
        bool ok = false;
        const qint64 id = value.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            err(tr("\"%1\" is not an article id (a number, as search prints it).").arg(value));
            return std::nullopt;
        }
        ids << id;
    }
    return ids;
}

// Every article a query finds, in the search's order.
Result<QList<qint64>> articlesFound(Library &library, const QString &text)
{
    QList<qint64> ids;
    SearchRequest request;
    request.text = text;
    request.limit = 1000;
    for (;;) {
        const auto results = library.search(request);
        if (!results)
            return results.error();
        for (const SearchHit &hit : results->hits)
            ids << hit.article.id;
        request.offset += request.limit;
        if (results->hits.isEmpty() || request.offset >= results->total)
            break;
    }
    return ids;
}

Result<qint64> existingCollection(Library &library, const QString &name)
{
    const auto id = library.collectionId(name);
    if (!id)
        return id.error();
    if (!*id)
        return Error{Error::Code::NotFound, tr("There is no collection named “%1”.").arg(name)};
    return **id;
}

int collectionAdd(QCommandLineParser &parser, const QStringList &names)
{
    const QStringList queries = parser.values(u"query"_s);
    const QStringList articles = parser.values(u"article"_s);
    if (names.size() != 1)
        return usage(tr("collection add needs the collection's name."), parser);
    if (names.first().trimmed().isEmpty())
        return usage(tr("A collection needs a name."), parser);
    if (queries.isEmpty() == articles.isEmpty())
        return usage(tr("collection add needs --query or --article (one of them)."), parser);
    const auto ids = articleIds(articles);
    if (!ids)
        return ExitUsage;
    auto library = openLibrary(parser, Library::Access::ReadWrite);
    if (!library)
        return failure(library.error());
    QList<qint64> adding = *ids;
    if (!queries.isEmpty()) {
        auto found = articlesFound(**library, queries.join(u' '));
        if (!found)
            return failure(found.error());
        adding = *found;
    }
    const auto id = (*library)->createCollection(names.first());
    if (!id)
        return failure(id.error());
    if (auto s = (*library)->addToCollection(*id, adding); !s)
        return failure(s.error());
    out(tr("%n article(s) added to “%1”.", nullptr, int(adding.size()))
            .arg(names.first().trimmed()));
    return ExitOk;
}

int collectionList(QCommandLineParser &parser, bool json)
{
    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return failure(library.error());
    const auto collections = (*library)->collections();
    if (!collections)
        return failure(collections.error());
    if (json) {
        QJsonArray array;
        for (const CollectionRecord &collection : *collections)
            array << QJsonObject{{u"id"_s, collection.id},
                                 {u"name"_s, collection.name},
                                 {u"articles"_s, collection.articleCount},
                                 {u"absent"_s, collection.absentCount},
                                 {u"created"_s, collection.created.toString(Qt::ISODateWithMs)}};
        outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (collections->isEmpty()) {
        out(tr("The library %1 has no collections yet.").arg((*library)->path()));
        return ExitOk;
    }
    for (const CollectionRecord &collection : *collections) {
        QString line =
            u"%1  %2"_s.arg(tr("%n article(s)", nullptr, collection.articleCount).leftJustified(14),
                            collection.name);
        if (collection.absentCount > 0)
            line += u"  "_s + tr("(%n more whose files are not in the library)", nullptr,
                                 collection.absentCount);
        out(line);
    }
    return ExitOk;
}

int collectionShow(QCommandLineParser &parser, const QStringList &names)
{
    if (names.size() != 1)
        return usage(tr("collection show needs the collection's name."), parser);
    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return failure(library.error());
    const auto id = existingCollection(**library, names.first());
    if (!id)
        return failure(id.error());
    const auto articles = (*library)->collectionArticles(*id);
    if (!articles)
        return failure(articles.error());
    for (const ArticleRecord &article : *articles)
        out(u"%1  %2"_s.arg(QString::number(article.id).rightJustified(6), article.displayTitle()));
    return ExitOk;
}

int collectionRemove(QCommandLineParser &parser, const QStringList &names)
{
    if (names.size() != 1)
        return usage(tr("collection remove needs the collection's name."), parser);
    auto library = openLibrary(parser, Library::Access::ReadWrite);
    if (!library)
        return failure(library.error());
    const auto id = existingCollection(**library, names.first());
    if (!id)
        return failure(id.error());
    const QStringList articles = parser.values(u"article"_s);
    if (!articles.isEmpty()) {
        // Only these articles leave it.
        const auto ids = articleIds(articles);
        if (!ids)
            return ExitUsage;
        if (auto s = (*library)->removeFromCollection(*id, *ids); !s)
            return failure(s.error());
        out(tr("%n article(s) removed from “%1”.", nullptr, int(ids->size()))
                .arg(names.first().trimmed()));
        return ExitOk;
    }
    if (auto s = (*library)->removeCollection(*id); !s)
        return failure(s.error());
    out(tr("The collection “%1” was removed.").arg(names.first().trimmed()));
    return ExitOk;
}

} // namespace

int collectionCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(
        u"action"_s,
        tr("add NAME (--query QUERY | --article ID...): add articles, making the collection if "
           "there is none; list; show NAME: its articles; remove NAME: the collection (with "
           "--article: only those articles)."),
        u"add|list|show|remove"_s);
    const QCommandLineOption query(
        u"query"_s, tr("Add every article this query finds (as for search)."), tr("query"));
    const QCommandLineOption article(u"article"_s, tr("An article id (as search prints it)."),
                                     tr("id"));
    const QCommandLineOption json(u"json"_s, tr("list: print the collections as JSON."));
    parser.addOptions({libraryOption(), query, article, json});
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const QStringList rest = positional.mid(1);
    if (action == u"add"_s)
        return collectionAdd(parser, rest);
    if (action == u"list"_s) {
        if (!rest.isEmpty())
            return usage(tr("collection list takes no names."), parser);
        return collectionList(parser, parser.isSet(json));
    }
    if (action == u"show"_s)
        return collectionShow(parser, rest);
    if (action == u"remove"_s)
        return collectionRemove(parser, rest);
    return usage(action.isEmpty() ? tr("collection needs an action: add, list, show or remove.")
                                  : tr("Unknown action \"%1\" of collection.").arg(action),
                 parser);
}

int collectionsCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(
        u"action"_s,
        tr("export: write collections, tags and notes to a desk file (JSON); import FILE: merge "
           "one into the library."),
        u"export|import"_s);
    const QCommandLineOption collection(
        u"collection"_s, tr("export: only this collection, with its articles' tags and notes."),
        tr("name"));
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s},
                                    tr("export: the file to write (default: standard output)."),
                                    tr("file"));
    parser.addOptions({libraryOption(), collection, output});
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action == u"export"_s) {
        if (positional.size() != 1)
            return usage(tr("collections export takes no file names; use -o FILE."), parser);
        auto library = openLibrary(parser, Library::Access::ReadOnly);
        if (!library)
            return failure(library.error());
        QList<qint64> ids;
        for (const QString &name : parser.values(collection)) {
            const auto id = existingCollection(**library, name);
            if (!id)
                return failure(id.error());
            ids << *id;
        }
        const auto json = (*library)->exportDesk(ids);
        if (!json)
            return failure(json.error());
        if (!parser.isSet(output)) {
            outBytes(*json);
            return ExitOk;
        }
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() ||
            !file.commit()) {
            err(tr("%1 cannot be written: %2").arg(parser.value(output), file.errorString()));
            return ExitFailed;
        }
        return ExitOk;
    }
    if (action == u"import"_s) {
        if (positional.size() != 2)
            return usage(tr("collections import needs one desk file."), parser);
        QFile file(positional.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("%1 cannot be read: %2").arg(positional.at(1), file.errorString()));
            return ExitFailed;
        }
        const QByteArray bytes = file.readAll();
        auto library = openLibrary(parser, Library::Access::ReadWrite);
        if (!library)
            return failure(library.error());
        const auto report = (*library)->importDesk(bytes);
        if (!report)
            return failure(report.error());
        out(tr("%n collection(s)", nullptr, report->collections) + u", "_s +
            tr("%n article(s) in them", nullptr, report->articles) + u", "_s +
            tr("%n tag(s)", nullptr, report->tags) + u", "_s +
            tr("%n note(s)", nullptr, report->notes) + u"."_s);
        if (report->missing > 0) {
            out(tr("%n article(s) are not in this library; they are kept and come back when "
                   "their files are imported.",
                   nullptr, report->missing));
            for (const QString &title : report->missingTitles)
                out(u"  "_s + title);
        }
        return ExitOk;
    }
    return usage(action.isEmpty() ? tr("collections needs an action: export or import.")
                                  : tr("Unknown action \"%1\" of collections.").arg(action),
                 parser);
}

int tagCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(u"action"_s,
                                 tr("add TAG... or remove TAG... (of the articles given with "
                                    "--article); list: every tag."),
                                 u"add|remove|list"_s);
    const QCommandLineOption article(u"article"_s, tr("An article id (as search prints it)."),
                                     tr("id"));
    parser.addOptions({libraryOption(), article});
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const QStringList tags = positional.mid(1);
    if (action == u"list"_s) {
        auto library = openLibrary(parser, Library::Access::ReadOnly);
        if (!library)
            return failure(library.error());
        const auto all = (*library)->tags();
        if (!all)
            return failure(all.error());
        for (const QString &tag : *all)
            out(tag);
        return ExitOk;
    }
    if (action != u"add"_s && action != u"remove"_s)
        return usage(action.isEmpty() ? tr("tag needs an action: add, remove or list.")
                                      : tr("Unknown action \"%1\" of tag.").arg(action),
                     parser);
    if (tags.isEmpty())
        return usage(tr("tag %1 needs at least one tag.").arg(action), parser);
    if (!parser.isSet(article))
        return usage(tr("tag %1 needs the articles: --article ID.").arg(action), parser);
    const auto ids = articleIds(parser.values(article));
    if (!ids)
        return ExitUsage;
    auto library = openLibrary(parser, Library::Access::ReadWrite);
    if (!library)
        return failure(library.error());
    const Status done =
        action == u"add"_s ? (*library)->addTags(*ids, tags) : (*library)->removeTags(*ids, tags);
    if (!done)
        return failure(done.error());
    return ExitOk;
}

int noteCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(u"action"_s,
                                 tr("set ARTICLE-ID TEXT: the article's note (empty text removes "
                                    "it); show ARTICLE-ID: its note, collections and tags."),
                                 u"set|show"_s);
    parser.addOption(libraryOption());
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action == u"set"_s) {
        if (positional.size() != 3)
            return usage(tr("note set needs an article id and the text (quoted)."), parser);
        const auto ids = articleIds({positional.at(1)});
        if (!ids)
            return ExitUsage;
        auto library = openLibrary(parser, Library::Access::ReadWrite);
        if (!library)
            return failure(library.error());
        if (auto s = (*library)->setNote(ids->first(), positional.at(2)); !s)
            return failure(s.error());
        return ExitOk;
    }
    if (action == u"show"_s) {
        if (positional.size() != 2)
            return usage(tr("note show needs an article id."), parser);
        const auto ids = articleIds({positional.at(1)});
        if (!ids)
            return ExitUsage;
        auto library = openLibrary(parser, Library::Access::ReadOnly);
        if (!library)
            return failure(library.error());
        const auto desk = (*library)->desk(ids->first());
        if (!desk)
            return failure(desk.error());
        // The note as written; what else the desk holds, after it, for the terminal.
        if (!desk->note.isEmpty())
            out(desk->note);
        if (!desk->collections.isEmpty())
            err(tr("Collections: %1").arg(desk->collections.join(u", "_s)));
        if (!desk->tags.isEmpty())
            err(tr("Tags: %1").arg(desk->tags.join(u", "_s)));
        return ExitOk;
    }
    return usage(action.isEmpty() ? tr("note needs an action: set or show.")
                                  : tr("Unknown action \"%1\" of note.").arg(action),
                 parser);
}

} // namespace Broadsheet::Cli
