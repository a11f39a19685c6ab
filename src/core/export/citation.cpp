#include "citation.h"

#include "exportfields.h"
#include "markdownexporter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// GB/T 7714 8.1.2: up to three responsible persons, then 等 (et al.).
QString gbtAuthors(const QStringList &authors)
{
    constexpr qsizetype kNamed = 3;
    QStringList named = authors.mid(0, kNamed);
    if (authors.size() > kNamed)
        named << u"等"_s;
    return named.join(u", "_s);
}

// Chicago notes: one, two (and), three (serial comma), four or more (et al.).
QString chicagoAuthors(const QStringList &authors)
{
    switch (authors.size()) {
    case 0:
        return {};
    case 1:
        return authors.first();
    case 2:
        return authors[0] + u" and "_s + authors[1];
    case 3:
        return authors[0] + u", "_s + authors[1] + u", and "_s + authors[2];
    default:
        return authors.first() + u" et al."_s;
    }
}

QStringList knownAuthors(const StoredArticle &article)
{
    QStringList authors;
    for (const QString &author : article.record.authors) {
        if (!author.trimmed().isEmpty())
            authors << author.trimmed();
    }
    return authors;
}

} // namespace

QString Citation::gbt7714(const StoredArticle &article)
{
    QStringList parts;
    if (const QString authors = gbtAuthors(knownAuthors(article)); !authors.isEmpty())
        parts << authors;
    // Other title information follows the title after a colon (GB/T 7714 8.1.4).
    QString title = article.record.title.trimmed();
    if (const QString subtitle = ExportFields::subtitle(article); !subtitle.isEmpty())
        title += (title.isEmpty() ? QString() : u":"_s) + subtitle;
    parts << title + u"[N]"_s;
    QString published = article.paper.trimmed();
    if (article.date.isValid())
        published +=
            (published.isEmpty() ? QString() : u","_s) + article.date.toString(Qt::ISODate);
    if (const QString page = ExportFields::citedPage(article.pageNumber); !page.isEmpty())
        published += u'(' + page + u')';
    // With neither paper nor day, the page follows the title as it would the day.
    if (published.startsWith(u'('))
        parts.last() += published;
    else if (!published.isEmpty())
        parts << published;
    return parts.join(u'.') + u'.';
}

QString Citation::chicago(const StoredArticle &article, Markup markup)
{
    const auto text = [markup](const QString &value) {
        switch (markup) {
        case Markup::Html:
            return value.toHtmlEscaped();
        case Markup::Markdown:
            return MarkdownExporter::escaped(value);
        case Markup::Plain:
            break;
        }
        return value;
    };
    const auto italic = [&](const QString &value) {
        switch (markup) {
        case Markup::Html:
            return u"<i>"_s + text(value) + u"</i>"_s;
        case Markup::Markdown:
            return u'*' + text(value) + u'*';
        case Markup::Plain:
            break;
        }
        return value;
    };

    struct Segment
    {
        QString text;
        bool quoted = false; // the title: its comma or full stop goes inside the quotes
    };
    QList<Segment> segments;
    if (const QString authors = chicagoAuthors(knownAuthors(article)); !authors.isEmpty())
        segments.append({text(authors)});
    QString title = article.record.title.trimmed();
    if (const QString subtitle = ExportFields::subtitle(article); !subtitle.isEmpty())
        title += (title.isEmpty() ? QString() : u": "_s) + subtitle;
    if (!title.isEmpty())
        segments.append({text(title), true});
    if (!article.paper.trimmed().isEmpty())
        segments.append({italic(article.paper.trimmed())});
    if (article.date.isValid())
        segments.append({QLocale(QLocale::English, QLocale::UnitedStates)
                             .toString(article.date, u"MMMM d, yyyy"_s)});
    if (const QString page = ExportFields::citedPage(article.pageNumber); !page.isEmpty())
        segments.append({text(page)});

    QString note;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool last = i == segments.size() - 1;
        const QChar stop = last ? u'.' : u',';
        if (segments[i].quoted) {
            note += u"“"_s + segments[i].text + stop + u"”"_s;
        } else {
            note += segments[i].text;
            // "et al." needs no second full stop.
            if (!(last && note.endsWith(u'.')))
                note += stop;
        }
        if (!last)
            note += u' ';
    }
    return note;
}

} // namespace Broadsheet
