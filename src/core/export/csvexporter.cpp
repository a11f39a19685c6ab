#include "csvexporter.h"

#include "exportfields.h"

using namespace Qt::StringLiterals;

namespace Broadsheet {

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray CsvExporter::render(const QList<DeskExportItem> &items)
{
    // The column names are fixed (not translated), for scripts.
    QString out = u"id,title,authors,newspaper,date,page,section,tags,note,text\r\n"_s;
    for (const DeskExportItem &item : items) {
        const StoredArticle &stored = item.article;
        const QStringList row{
            QString::number(stored.record.id),
            stored.record.title,
            stored.record.authors.join(u"; "_s),
            stored.paper,
            stored.date.isValid() ? stored.date.toString(Qt::ISODate) : QString(),
            stored.pageNumber,
            ExportFields::section(stored),
            item.tags.join(u"; "_s),
            item.note,
            ExportFields::bodyParagraphs(stored.article).join(u'\n'),
        };
        QStringList fields;
        for (const QString &value : row)
            fields << field(value);
        out += fields.join(u',') + u"\r\n"_s;
    }
    // A byte order mark: Excel reads a CSV file without one in the system's
    // ANSI code page (GBK on a Chinese Windows, cp1252 elsewhere) and garbles
    // every Chinese character; with it, Excel, LibreOffice and Python's
    // utf-8-sig all read UTF-8.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace Broadsheet
