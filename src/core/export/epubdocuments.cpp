#include "epubdocuments.h"

#include "exportfields.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

const QString kXhtml = u"http://www.w3.org/1999/xhtml"_s;
const QString kOps = u"http://www.idpf.org/2007/ops"_s;

// An XHTML document's opening: the XML declaration, the HTML doctype, <html>
// in Chinese, and a <head> with the title and the style sheet.
void openXhtml(QXmlStreamWriter &xml, const QString &title)
{
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE html>"_s);
    xml.writeStartElement(u"html"_s);
    xml.writeAttribute(u"xmlns"_s, kXhtml);
    xml.writeAttribute(u"xmlns:epub"_s, kOps);
    xml.writeAttribute(u"xml:lang"_s, u"zh"_s);
    xml.writeAttribute(u"lang"_s, u"zh"_s);
    xml.writeStartElement(u"head"_s);
    xml.writeEmptyElement(u"meta"_s);
    xml.writeAttribute(u"charset"_s, u"utf-8"_s);
    xml.writeTextElement(u"title"_s, EpubDocuments::xmlSafe(title));
    xml.writeEmptyElement(u"link"_s);
    xml.writeAttribute(u"rel"_s, u"stylesheet"_s);
    xml.writeAttribute(u"type"_s, u"text/css"_s);
    xml.writeAttribute(u"href"_s, u"style.css"_s);
    xml.writeEndElement(); // head
}

void textElement(QXmlStreamWriter &xml, const QString &name, const QString &cssClass,
                 const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    xml.writeStartElement(name);
    if (!cssClass.isEmpty())
        xml.writeAttribute(u"class"_s, cssClass);
    xml.writeCharacters(EpubDocuments::xmlSafe(text));
    xml.writeEndElement();
}

QString groupLabel(const StoredArticle &stored)
{
    if (!stored.paper.trimmed().isEmpty())
        return stored.paper.trimmed();
    if (!stored.issueTitle.trimmed().isEmpty())
        return stored.issueTitle.trimmed();
    return EpubDocuments::tr("Unknown newspaper");
}

// The book's title: one article's own; else the papers and the days they span;
// else the issues' titles, the first few named.
QString bookTitle(const QList<DeskExportItem> &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first().article.record.displayTitle();
    QStringList papers;
    QStringList issues;
    QDate first;
    QDate last;
    for (const DeskExportItem &item : items) {
        const StoredArticle &stored = item.article;
        if (!stored.paper.isEmpty() && !papers.contains(stored.paper))
            papers << stored.paper;
        if (!stored.issueTitle.isEmpty() && !issues.contains(stored.issueTitle))
            issues << stored.issueTitle;
        if (stored.date.isValid()) {
            first = first.isValid() ? std::min(first, stored.date) : stored.date;
            last = last.isValid() ? std::max(last, stored.date) : stored.date;
        }
    }
    constexpr qsizetype kNamed = 3;
    const auto named = [](const QStringList &names, const QString &separator) {
        return names.mid(0, kNamed).join(separator) +
               (names.size() > kNamed ? separator + u"…"_s : QString());
    };
    if (papers.isEmpty())
        return issues.isEmpty() ? items.first().article.record.displayTitle()
                                : named(issues, u"; "_s);
    QString title = named(papers, u"、"_s);
    if (first.isValid())
        title += u' ' + first.toString(Qt::ISODate);
    if (last.isValid() && last != first)
        title += u" – "_s + last.toString(Qt::ISODate);
    return title;
}

} // namespace

EpubDocuments::EpubDocuments(const QList<DeskExportItem> &items, const EpubOptions &options)
    : m_items(items)
    , m_title(options.title.isEmpty() ? bookTitle(items) : options.title)
    , m_identifier(options.identifier.isNull() ? QUuid::createUuid() : options.identifier)
    , m_modified(options.modified.isValid() ? options.modified : QDateTime::currentDateTimeUtc())
{
    // Grouped in the order each paper, and each day of it, first occurs.
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const StoredArticle &stored = m_items[i].article;
        const QString label = groupLabel(stored);
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&](const Group &g) { return g.label == label; });
        if (group == m_groups.end()) {
            m_groups.append({label, {}});
            group = m_groups.end() - 1;
        }
        auto day = std::find_if(group->days.begin(), group->days.end(),
                                [&](const Group::Day &d) { return d.date == stored.date; });
        if (day == group->days.end()) {
            group->days.append({stored.date, {}});
            day = group->days.end() - 1;
        }
        day->items << i;
    }
    for (const Group &group : std::as_const(m_groups)) {
        for (const Group::Day &day : group.days)
            m_order << day.items;
    }
}

QString EpubDocuments::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            safe += c;
            safe += text[++i];
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        safe += c;
    }
    return safe;
}

QString EpubDocuments::chapterPath(qsizetype position)
{
    return u"article-%1.xhtml"_s.arg(qlonglong(position + 1), 4, 10, QChar(u'0'));
}

QByteArray EpubDocuments::containerXml()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
)";
}

QByteArray EpubDocuments::chapter(const DeskExportItem &item) const
{
    const StoredArticle &stored = item.article;
    const Article &article = stored.article;
    QByteArray data;
    QXmlStreamWriter xml(&data);
    openXhtml(xml, stored.record.displayTitle());
    xml.writeStartElement(u"body"_s);
    xml.writeStartElement(u"article"_s);
    textElement(xml, u"p"_s, u"kicker"_s, stored.record.kicker);
    textElement(xml, u"h1"_s, {}, stored.record.displayTitle());
    textElement(xml, u"p"_s, u"subtitle"_s, stored.record.subtitle);
    if (article.byline && !article.byline->isInline)
        textElement(xml, u"p"_s, u"byline"_s, article.byline->text);
    else if (!article.byline)
        textElement(xml, u"p"_s, u"byline"_s, stored.record.authors.join(u' '));
    textElement(xml, u"p"_s, u"meta"_s, ExportFields::where(stored).join(u"  ·  "_s));
    for (const Paragraph &paragraph : article.paragraphs)
        textElement(xml, u"p"_s, {}, paragraph.text);
    for (const Caption &caption : article.captions)
        textElement(xml, u"p"_s, u"caption"_s, caption.text);
    if (!item.note.trimmed().isEmpty()) {
        xml.writeStartElement(u"aside"_s);
        xml.writeAttribute(u"class"_s, u"note"_s);
        for (const QString &line : item.note.split(u'\n'))
            textElement(xml, u"p"_s, {}, line);
        xml.writeEndElement();
    }
    if (!item.tags.isEmpty())
        textElement(xml, u"p"_s, u"tags"_s, tr("Tags: %1").arg(item.tags.join(u", "_s)));
    xml.writeEndElement(); // article
    xml.writeEndElement(); // body
    xml.writeEndDocument();
    return data;
}

QByteArray EpubDocuments::navigation() const
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    openXhtml(xml, m_title);
    xml.writeStartElement(u"body"_s);
    xml.writeStartElement(u"nav"_s);
    xml.writeAttribute(u"epub:type"_s, u"toc"_s);
    xml.writeAttribute(u"id"_s, u"toc"_s);
    textElement(xml, u"h1"_s, {}, m_title);
    xml.writeStartElement(u"ol"_s);
    qsizetype position = 0;
    const auto articles = [&](const QList<qsizetype> &items) {
        xml.writeStartElement(u"ol"_s);
        for (const qsizetype index : items) {
            xml.writeStartElement(u"li"_s);
            xml.writeStartElement(u"a"_s);
            xml.writeAttribute(u"href"_s, chapterPath(position++));
            xml.writeCharacters(xmlSafe(m_items[index].article.record.displayTitle()));
            xml.writeEndElement(); // a
            xml.writeEndElement(); // li
        }
        xml.writeEndElement(); // ol
    };
    for (const Group &group : m_groups) {
        xml.writeStartElement(u"li"_s);
        xml.writeTextElement(u"span"_s, xmlSafe(group.label));
        // A paper's days each have their articles; a paper with no day at all
        // has its articles right under it.
        bool anyDay = false;
        for (const Group::Day &day : group.days)
            anyDay = anyDay || day.date.isValid();
        if (anyDay) {
            xml.writeStartElement(u"ol"_s);
            for (const Group::Day &day : group.days) {
                xml.writeStartElement(u"li"_s);
                xml.writeTextElement(u"span"_s, day.date.isValid() ? day.date.toString(Qt::ISODate)
                                                                   : tr("Undated"));
                articles(day.items);
                xml.writeEndElement(); // li
            }
            xml.writeEndElement(); // ol
        } else {
            articles(group.days.value(0).items);
        }
        xml.writeEndElement(); // li
    }
    xml.writeEndElement(); // ol
    xml.writeEndElement(); // nav
    xml.writeEndElement(); // body
    xml.writeEndDocument();
    return data;
}

QByteArray EpubDocuments::package() const
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"package"_s);
    xml.writeAttribute(u"xmlns"_s, u"http://www.idpf.org/2007/opf"_s);
    xml.writeAttribute(u"version"_s, u"3.0"_s);
    xml.writeAttribute(u"unique-identifier"_s, u"book-id"_s);
    xml.writeAttribute(u"xml:lang"_s, u"zh"_s);

    xml.writeStartElement(u"metadata"_s);
    xml.writeAttribute(u"xmlns:dc"_s, u"http://purl.org/dc/elements/1.1/"_s);
    xml.writeStartElement(u"dc:identifier"_s);
    xml.writeAttribute(u"id"_s, u"book-id"_s);
    xml.writeCharacters(u"urn:uuid:"_s + m_identifier.toString(QUuid::WithoutBraces));
    xml.writeEndElement();
    xml.writeTextElement(u"dc:title"_s, xmlSafe(m_title));
    xml.writeTextElement(u"dc:language"_s, u"zh"_s);
    QStringList authors;
    for (const DeskExportItem &item : m_items) {
        for (const QString &author : item.article.record.authors) {
            if (!author.trimmed().isEmpty() && !authors.contains(author.trimmed()))
                authors << author.trimmed();
        }
    }
    for (const QString &author : std::as_const(authors))
        xml.writeTextElement(u"dc:creator"_s, xmlSafe(author));
    xml.writeStartElement(u"meta"_s);
    xml.writeAttribute(u"property"_s, u"dcterms:modified"_s);
    xml.writeCharacters(m_modified.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
    xml.writeEndElement();
    xml.writeEndElement(); // metadata

    xml.writeStartElement(u"manifest"_s);
    const auto item = [&xml](const QString &id, const QString &href, const QString &type,
                             const QString &properties) {
        xml.writeEmptyElement(u"item"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"href"_s, href);
        xml.writeAttribute(u"media-type"_s, type);
        if (!properties.isEmpty())
            xml.writeAttribute(u"properties"_s, properties);
    };
    item(u"nav"_s, u"nav.xhtml"_s, u"application/xhtml+xml"_s, u"nav"_s);
    item(u"style"_s, u"style.css"_s, u"text/css"_s, {});
    for (qsizetype position = 0; position < m_order.size(); ++position)
        item(u"article-%1"_s.arg(position + 1), chapterPath(position), u"application/xhtml+xml"_s,
             {});
    xml.writeEndElement(); // manifest

    xml.writeStartElement(u"spine"_s);
    for (qsizetype position = 0; position < m_order.size(); ++position) {
        xml.writeEmptyElement(u"itemref"_s);
        xml.writeAttribute(u"idref"_s, u"article-%1"_s.arg(position + 1));
    }
    xml.writeEndElement(); // spine
    xml.writeEndElement(); // package
    xml.writeEndDocument();
    return data;
}

// The reading pane's look (src/gui/articlehtml.cpp): a Song/Ming face for the
// body with a two-character first-line indent and generous leading, a Hei face
// for the head; whatever the reader has of each, else its own serif and sans.
QByteArray EpubDocuments::styleSheet()
{
    return R"(@charset "utf-8";
body {
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun,
               "AR PL UMing CN", serif;
  line-height: 1.75;
  margin: 0 4%;
}
h1, nav, p.kicker, p.subtitle, p.byline, p.meta {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Heiti SC",
               "Microsoft YaHei", SimHei, "WenQuanYi Zen Hei", sans-serif;
}
h1 { font-size: 1.6em; font-weight: bold; line-height: 1.35; margin: 0.2em 0 0.5em; }
p { text-indent: 2em; margin: 0 0 0.6em; }
p.kicker, p.subtitle, p.byline, p.meta, p.caption, p.tags, aside.note p { text-indent: 0; }
p.kicker { color: #555; margin-bottom: 0.3em; }
p.subtitle { font-size: 1.1em; color: #555; line-height: 1.5; }
p.byline, p.meta { font-size: 0.9em; color: #555; }
p.meta { margin-bottom: 1.2em; }
p.caption { font-size: 0.9em; color: #555; background-color: #f3f0e8; padding: 0.3em 0.5em; }
aside.note { border-left: 3px solid #bbb; padding-left: 1em; color: #444; margin-top: 1.5em; }
p.tags { font-size: 0.9em; color: #555; }
nav ol { list-style: none; }
)";
}

QList<EpubDocuments::File> EpubDocuments::files() const
{
    QList<File> files;
    for (qsizetype position = 0; position < m_order.size(); ++position)
        files.append({u"OEBPS/"_s + chapterPath(position), chapter(m_items[m_order[position]])});
    files.append({u"OEBPS/nav.xhtml"_s, navigation()});
    files.append({u"OEBPS/style.css"_s, styleSheet()});
    files.append({kPackagePath.toString(), package()});
    return files;
}

} // namespace Broadsheet
