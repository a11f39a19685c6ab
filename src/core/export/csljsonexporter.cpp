#include "csljsonexporter.h"

#include "exportfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Broadsheet {

QByteArray CslJsonExporter::render(const QList<DeskExportItem> &items)
{
    QJsonArray array;
    for (const DeskExportItem &item : items) {
        const StoredArticle &stored = item.article;
        QJsonObject object{
            {u"id"_s, u"broadsheet-%1"_s.arg(stored.record.id)},
            {u"type"_s, u"article-newspaper"_s},
            {u"language"_s, u"zh"_s},
        };
        const auto set = [&object](const QString &key, const QString &value) {
            if (!value.trimmed().isEmpty())
                object.insert(key, value.trimmed());
        };
        set(u"title"_s, stored.record.title);
        QJsonArray authors;
        for (const QString &author : stored.record.authors) {
            if (!author.trimmed().isEmpty())
                authors.append(QJsonObject{{u"literal"_s, author.trimmed()}});
        }
        if (!authors.isEmpty())
            object.insert(u"author"_s, authors);
        set(u"container-title"_s, stored.paper);
        if (stored.date.isValid())
            object.insert(u"issued"_s,
                          QJsonObject{{u"date-parts"_s, QJsonArray{QJsonArray{
                                                            stored.date.year(), stored.date.month(),
                                                            stored.date.day()}}}});
        set(u"page"_s, ExportFields::citedPage(stored.pageNumber));
        set(u"section"_s, ExportFields::section(stored));
        set(u"note"_s, item.note);
        if (!item.tags.isEmpty())
            object.insert(u"keyword"_s, item.tags.join(u", "_s));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Broadsheet
