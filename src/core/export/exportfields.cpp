#include "exportfields.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Broadsheet::ExportFields {

QString citedPage(const QString &printed)
{
    const QString page = printed.trimmed();
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (!digits.match(page).hasMatch())
        return page;
    qsizetype first = 0;
    while (first < page.size() - 1 && page[first] == u'0')
        ++first;
    return page.mid(first);
}

QString section(const StoredArticle &stored)
{
    return stored.sectionTitle.isEmpty() ? stored.pageName : stored.sectionTitle;
}

QStringList bodyParagraphs(const Article &article)
{
    QStringList parts;
    for (const Paragraph &paragraph : article.paragraphs)
        parts << paragraph.text;
    for (const Caption &caption : article.captions)
        parts << caption.text;
    return parts;
}

QStringList where(const StoredArticle &stored)
{
    QStringList where;
    if (!stored.paper.isEmpty())
        where << stored.paper;
    if (stored.date.isValid())
        where << stored.date.toString(Qt::ISODate);
    if (!stored.pageNumber.isEmpty())
        where << QCoreApplication::translate("Broadsheet::ExportFields", "page %1")
                     .arg(citedPage(stored.pageNumber));
    if (const QString name = section(stored); !name.isEmpty())
        where << name;
    if (where.isEmpty() && !stored.issueTitle.isEmpty())
        where << stored.issueTitle;
    return where;
}

QString subtitle(const StoredArticle &stored)
{
    QString text = stored.record.subtitle.trimmed();
    static const QRegularExpression dash(u"^[—\\-－―─]+\\s*"_s);
    return text.remove(dash).trimmed();
}

} // namespace Broadsheet::ExportFields
