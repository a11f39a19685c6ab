#include "risexporter.h"

#include "exportfields.h"

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// A value is one line: RIS has no escape for a line break, and a continuation
// line that looks like a tag would start a field of its own.
QString oneLine(const QString &value)
{
    return value.split(u'\n').join(u' ').remove(u'\r').simplified();
}

void field(QString &out, QStringView tag, const QString &value)
{
    const QString line = oneLine(value);
    if (!line.isEmpty())
        out += tag.toString() + u"  - "_s + line + u"\r\n"_s;
}

} // namespace

QByteArray RisExporter::render(const QList<DeskExportItem> &items)
{
    QString out;
    for (const DeskExportItem &item : items) {
        const StoredArticle &stored = item.article;
        out += u"TY  - NEWS\r\n"_s;
        field(out, u"ID", QString::number(stored.record.id));
        field(out, u"TI", stored.record.title);
        for (const QString &author : stored.record.authors)
            field(out, u"AU", author);
        field(out, u"T2", stored.paper);
        if (stored.date.isValid()) {
            field(out, u"DA", stored.date.toString(u"yyyy/MM/dd/"_s));
            field(out, u"PY", stored.date.toString(u"yyyy"_s));
        }
        field(out, u"SP", ExportFields::citedPage(stored.pageNumber));
        field(out, u"SE", ExportFields::section(stored));
        field(out, u"N1", item.note);
        for (const QString &tag : item.tags)
            field(out, u"KW", tag);
        out += u"LA  - zh\r\nER  - \r\n\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace Broadsheet
