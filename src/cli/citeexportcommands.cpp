// broadsheet-cli export and cite: library articles for a researcher's desk, as
// references (RIS, CSL-JSON), a table (CSV), notes (Markdown) or a book (EPUB),
// and as citations.
#include "cli.h"

#include "citation.h"
#include "exportroute.h"
#include "libraryaccess.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

namespace {

// Library article ids, as `search --json` gives them ("article").
std::optional<QList<qint64>> articleIds(const QStringList &values)
{
    QList<qint64> ids;
    for (const QString &value : values) {
        bool ok = false;
        const qint64 id = value.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// Every article a query finds, oldest issue first: the count first, then all of them.
Result<QList<qint64>> queryIds(Library &library, const QString &query)
{
    SearchRequest request;
    request.text = query;
    request.sort = SearchRequest::Sort::Oldest;
    request.limit = 0;
    const auto counted = library.search(request);
    if (!counted)
        return counted.error();
    request.limit = counted->total;
    const auto found = library.search(request);
    if (!found)
        return found.error();
    QList<qint64> ids;
    for (const SearchHit &hit : found->hits)
        ids << hit.article.id;
    return ids;
}

// The articles by id, in the order given; an id the library does not hold is
// said, not skipped.
Result<QList<StoredArticle>> articlesById(Library &library, const QList<qint64> &ids)
{
    auto stored = library.storedArticles(ids);
    if (!stored)
        return stored.error();
    if (stored->size() != ids.size()) {
        QSet<qint64> present;
        for (const StoredArticle &article : std::as_const(*stored))
            present.insert(article.record.id);
        for (const qint64 id : ids) {
            if (!present.contains(id))
                return Error{Error::Code::NotFound,
                             tr("The library has no article %1 (see `search --json`).").arg(id)};
        }
    }
    return stored;
}

} // namespace

int deskExportCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption query(
        u"query"_s,
        tr("Export every article this query finds, as in `search` (oldest first); "
           "repeatable."),
        tr("query"));
    const QCommandLineOption article(
        u"article"_s, tr("Export this article, by its library id (`search --json`); repeatable."),
        tr("ID"));
    const QCommandLineOption collection(
        u"collection"_s, tr("Export the articles of this desk collection."), tr("name"));
    const QCommandLineOption format(
        u"format"_s, tr("The format: %1.").arg(deskFormatNames().join(u", "_s)), tr("format"));
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s},
                                    tr("The file to write (an earlier file there is replaced)."),
                                    tr("file"));
    parser.addOptions({libraryOption(), query, article, collection, format, output});
    if (const auto done = processArguments(parser, arguments))
        return *done;

    const auto usage = [&](const QString &message) {
        err(message + u"\n\n"_s + parser.helpText());
        return int(ExitUsage);
    };
    if (parser.positionalArguments().size() > 1)
        return usage(tr("export takes no file names; choose the articles with --query, "
                        "--article or --collection."));
    const int sources =
        int(parser.isSet(query)) + int(parser.isSet(article)) + int(parser.isSet(collection));
    if (sources != 1)
        return usage(tr(
            "Choose the articles with one of --query QUERY, --article ID or --collection NAME."));
    if (!parser.isSet(format))
        return usage(
            tr("Name the format with --format (%1).").arg(deskFormatNames().join(u", "_s)));
    const auto chosen = deskFormatFromName(parser.value(format).trimmed());
    if (!chosen)
        return usage(tr("Unknown format \"%1\"; use %2.")
                         .arg(parser.value(format), deskFormatNames().join(u", "_s)));
    if (parser.value(output).isEmpty())
        return usage(tr("Name the file to write with -o FILE."));
    if (*chosen == DeskFormat::Epub) {
        if (const auto status = runInExportHelper(arguments)) // libzip's
            return *status;
    }
    std::optional<QList<qint64>> ids;
    if (parser.isSet(article)) {
        ids = articleIds(parser.values(article));
        if (!ids)
            return usage(tr("--article takes a library article id, as `search --json` shows."));
    }

    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return libraryFailure(library.error());
    const QString path = parser.value(output);
    if (QFileInfo(path).canonicalFilePath() == QFileInfo((*library)->path()).canonicalFilePath()) {
        err(tr("%1 is the library; it was not replaced.").arg(path));
        return ExitFailed;
    }
    if (parser.isSet(collection)) {
        const QString name = parser.value(collection).trimmed();
        const auto id = (*library)->collectionId(name);
        if (!id)
            return libraryFailure(id.error());
        if (!*id) {
            err(tr("The library has no collection \"%1\" (see `collections`).").arg(name));
            return ExitFailed;
        }
        const auto records = (*library)->collectionArticles(**id);
        if (!records)
            return libraryFailure(records.error());
        ids.emplace();
        for (const ArticleRecord &record : *records)
            ids->append(record.id);
        if (ids->isEmpty()) {
            err(tr("The collection \"%1\" has no articles; nothing was written.").arg(name));
            return ExitFailed;
        }
    }
    if (!ids) {
        ids.emplace();
        for (const QString &text : parser.values(query)) {
            const auto found = queryIds(**library, text);
            if (!found) {
                if (found.error().code == Error::Code::InvalidInput)
                    return usage(found.errorMessage());
                return libraryFailure(found.error());
            }
            for (const qint64 id : *found) {
                if (!ids->contains(id))
                    ids->append(id);
            }
        }
        if (ids->isEmpty()) {
            err(tr("No article matches; nothing was written."));
            return ExitFailed;
        }
    }
    const auto stored = articlesById(**library, *ids);
    if (!stored)
        return libraryFailure(stored.error());
    QList<DeskExportItem> items;
    // Each with what the desk holds about it: its note and its tags.
    for (const StoredArticle &entry : *stored) {
        const auto desk = (*library)->desk(entry.record.id);
        if (!desk)
            return libraryFailure(desk.error());
        items.append({entry, desk->note, desk->tags});
    }
    if (const Status written = writeDeskExport(*chosen, items, path); !written) {
        err(written.errorMessage());
        return ExitFailed;
    }
    out(tr("Wrote %n article(s) to %1", nullptr, int(items.size()))
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return ExitOk;
}

int citeCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(u"articles"_s,
                                 tr("Library article ids, as `search --json` shows them."),
                                 tr("ARTICLE-ID..."));
    const QCommandLineOption style(
        u"style"_s, tr("The style: gbt7714 (GB/T 7714-2015, the default) or chicago."), tr("style"),
        u"gbt7714"_s);
    parser.addOptions({libraryOption(), style});
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const auto usage = [&](const QString &message) {
        err(message + u"\n\n"_s + parser.helpText());
        return int(ExitUsage);
    };
    const QStringList values = parser.positionalArguments().mid(1);
    if (values.isEmpty())
        return usage(tr("cite needs an article id."));
    const auto ids = articleIds(values);
    if (!ids)
        return usage(tr("cite takes library article ids, as `search --json` shows them."));
    const QString name = parser.value(style).trimmed().toLower();
    if (name != u"gbt7714"_s && name != u"chicago"_s)
        return usage(tr("Unknown style \"%1\"; use gbt7714 or chicago.").arg(parser.value(style)));

    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return libraryFailure(library.error());
    const auto stored = articlesById(**library, *ids);
    if (!stored)
        return libraryFailure(stored.error());
    for (const StoredArticle &entry : *stored)
        out(name == u"chicago"_s ? Citation::chicago(entry) : Citation::gbt7714(entry));
    return ExitOk;
}

} // namespace Broadsheet::Cli
