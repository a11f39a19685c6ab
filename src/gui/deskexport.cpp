#include "deskexport.h"

#include "deskexporter.h"
#include "library.h"

using namespace Qt::StringLiterals;

namespace Broadsheet {

QList<DeskFormat> DeskExport::formats()
{
    return {DeskFormat::Ris, DeskFormat::CslJson, DeskFormat::Csv, DeskFormat::Markdown,
            DeskFormat::Epub};
}

QString DeskExport::label(DeskFormat format)
{
    switch (format) {
    case DeskFormat::Ris:
        return tr("RIS (EndNote, Zotero, NoteExpress)");
    case DeskFormat::CslJson:
        return tr("CSL-JSON (Zotero, Pandoc)");
    case DeskFormat::Csv:
        return tr("CSV (spreadsheets)");
    case DeskFormat::Markdown:
        return tr("Markdown (text, with notes)");
    case DeskFormat::Epub:
        return tr("EPUB (e-book readers)");
    }
    return {};
}

QString DeskExport::suffix(DeskFormat format)
{
    switch (format) {
    case DeskFormat::Ris:
        return u"ris"_s;
    case DeskFormat::CslJson:
        return u"json"_s;
    case DeskFormat::Csv:
        return u"csv"_s;
    case DeskFormat::Markdown:
        return u"md"_s;
    case DeskFormat::Epub:
        return u"epub"_s;
    }
    return {};
}

QString DeskExport::run(const Job &job)
{
    auto library =
        Library::open(job.libraryPath, Library::Options{.access = Library::Access::ReadOnly});
    if (!library)
        return library.errorMessage();
    QList<qint64> ids = job.ids;
    if (job.search) {
        const auto results = (*library)->search(*job.search);
        if (!results)
            return results.errorMessage();
        ids.clear();
        for (const SearchHit &hit : results->hits)
            ids << hit.article.id;
    }
    if (ids.isEmpty())
        return tr("There are no articles to export.");
    const auto articles = (*library)->storedArticles(ids);
    if (!articles)
        return articles.errorMessage();
    QList<DeskExportItem> items;
    items.reserve(articles->size());
    for (const StoredArticle &article : *articles) {
        DeskExportItem item{article};
        const auto desk = (*library)->desk(article.record.id);
        if (!desk)
            return desk.errorMessage();
        item.note = desk->note;
        item.tags = desk->tags;
        items << item;
    }
    EpubOptions epub;
    epub.title = job.title;
    if (const auto written = DeskExporter::write(job.format, items, job.path, epub); !written)
        return written.errorMessage();
    return {};
}

} // namespace Broadsheet
