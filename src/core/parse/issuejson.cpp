#include "issuejson.h"

#include <QIODevice>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

QJsonArray linesArray(const QList<int> &lines)
{
    QJsonArray array;
    for (int line : lines)
        array.append(line);
    return array;
}

QJsonValue headline(const std::optional<HeadlinePart> &part)
{
    if (!part)
        return QJsonValue::Null;
    return QJsonObject{{u"text"_s, part->text}, {u"lines"_s, linesArray(part->lines)}};
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// {"value": …, "source": "text|path|user|guess"}, or null.
QJsonValue sourced(const std::optional<Sourced<QString>> &value)
{
    if (!value)
        return QJsonValue::Null;
    return QJsonObject{{u"value"_s, value->value},
                       {u"source"_s, metadataSourceName(value->source)}};
}

QJsonValue sourced(const std::optional<Sourced<QDate>> &value)
{
    if (!value)
        return QJsonValue::Null;
    return QJsonObject{{u"value"_s, value->value.toString(Qt::ISODate)},
                       {u"source"_s, metadataSourceName(value->source)}};
}

// The "issue" object: what the issue knows about itself, each value with its source.
QJsonArray boxJson(const QRectF &box)
{
    // Hundredths of a point: finer than any printer, and the JSON stays readable.
    const auto round = [](qreal v) { return std::round(v * 100) / 100; };
    return {round(box.left()), round(box.top()), round(box.right()), round(box.bottom())};
}

QJsonObject metadataJson(const IssueMetadata &metadata, const PageLayout &layout)
{
    QJsonArray pages;
    for (const IssuePage &page : metadata.pages) {
        const bool lines = page.firstLine > 0 && page.lastLine >= page.firstLine;
        QJsonObject object{
            {u"number"_s, sourced(page.number)},
            {u"name"_s, sourced(page.name)},
            {u"lines"_s, lines ? QJsonValue(QJsonArray{page.firstLine, page.lastLine})
                               : QJsonValue(QJsonValue::Null)},
        };
        // A PDF's page: its place in the file and its size in points.
        if (page.pdfPage > 0 && page.pdfPage <= layout.pageSizes.size()) {
            const QSizeF size = layout.pageSizes[page.pdfPage - 1];
            object[u"pdf_page"_s] = page.pdfPage;
            object[u"size"_s] = QJsonArray{size.width(), size.height()};
            object[u"scanned"_s] = layout.scannedPages.contains(page.pdfPage);
        }
        pages.append(object);
    }
    return QJsonObject{
        {u"newspaper"_s, sourced(metadata.newspaper)},
        {u"date"_s, sourced(metadata.date)},
        {u"edition"_s, sourced(metadata.edition)},
        {u"pages"_s, pages},
    };
}

} // namespace

QJsonObject IssueJson::toJson(const Article &article, const PageLayout &layout)
{
    QJsonObject object;
    object[u"id"_s] = article.id;
    object[u"kind"_s] = kindName(article.kind);
    object[u"group"_s] = article.group ? QJsonValue(QJsonObject{{u"title"_s, article.group->title},
                                                                {u"line"_s, article.group->line}})
                                       : QJsonValue(QJsonValue::Null);
    object[u"kicker"_s] = headline(article.kicker);
    object[u"title"_s] = headline(article.title);
    object[u"subtitle"_s] = headline(article.subtitle);
    if (article.byline) {
        object[u"byline"_s] = QJsonObject{
            {u"text"_s, article.byline->text},
            {u"lines"_s, linesArray(article.byline->lines)},
            {u"authors"_s, QJsonArray::fromStringList(article.byline->authors)},
            {u"inline"_s, article.byline->isInline},
        };
    } else {
        object[u"byline"_s] = QJsonValue::Null;
    }
    QJsonArray paragraphs;
    for (const Paragraph &paragraph : article.paragraphs)
        paragraphs.append(
            QJsonObject{{u"text"_s, paragraph.text}, {u"lines"_s, linesArray(paragraph.lines)}});
    object[u"paragraphs"_s] = paragraphs;
    QJsonArray captions;
    for (const Caption &caption : article.captions)
        captions.append(QJsonObject{{u"text"_s, caption.text},
                                    {u"lines"_s, linesArray(caption.lines)},
                                    {u"credit"_s, nullable(caption.credit)}});
    object[u"captions"_s] = captions;
    object[u"notes"_s] = QJsonArray::fromStringList(article.notes);
    // Two decimals: the weights are hundredths, and 0.85 should read as 0.85.
    object[u"confidence"_s] = std::round(article.confidence * 100) / 100;
    if (!layout.isEmpty()) {
        QJsonArray zones;
        for (const Zone &zone : layout.zonesOf(article.lines()))
            zones.append(QJsonObject{{u"page"_s, zone.page}, {u"box"_s, boxJson(zone.box)}});
        object[u"zones"_s] = zones;
    }
    return object;
}

namespace {

// Stands in for an array that is written piece by piece.
const QString kPlaceholder = u"\u0001streamed\u0001"_s;

// Indents every line but the first (callers pass text without a final line feed).
// JSON strings never hold a raw line feed, so each one is a line break.
QByteArray indented(QByteArray json, int levels)
{
    if (levels > 0)
        json.replace("\n", '\n' + QByteArray(levels * 4, ' '));
    return json;
}

// Splits a serialized object at the placeholder: what comes before and after it.
std::pair<QByteArray, QByteArray> around(const QJsonObject &object,
                                         QJsonDocument::JsonFormat format)
{
    static const QByteArray marker =
        QJsonDocument(QJsonArray{kPlaceholder}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    const QByteArray text = QJsonDocument(object).toJson(format);
    const qsizetype at = text.indexOf(marker);
    return {text.left(at), text.mid(at + marker.size())};
}

} // namespace

bool IssueJson::write(const Issue &issue, QIODevice *device, QJsonDocument::JsonFormat format)
{
    const bool pretty = format == QJsonDocument::Indented;
    // Everything but the sections, which are written one by one below.
    Issue withoutSections = issue;
    withoutSections.sections.clear();
    QJsonObject top = toJson(withoutSections);
    top[u"sections"_s] = kPlaceholder;
    const auto [head, tail] = around(top, format);
    bool ok = device->write(head) >= 0;
    ok = ok && device->write(pretty ? "[\n" : "[") >= 0;
    for (qsizetype s = 0; s < issue.sections.size() && ok; ++s) {
        const Section &section = issue.sections[s];
        QJsonObject object{
            {u"title"_s, section.title},
            {u"line"_s, section.line ? QJsonValue(*section.line) : QJsonValue(QJsonValue::Null)},
            {u"articles"_s, kPlaceholder},
        };
        auto [sectionHead, sectionTail] = around(object, format);
        if (pretty)
            sectionHead = QByteArray(8, ' ') + indented(sectionHead, 2);
        ok = device->write(sectionHead) >= 0 && device->write(pretty ? "[\n" : "[") >= 0;
        for (qsizetype a = 0; a < section.articles.size() && ok; ++a) {
            QByteArray article =
                QJsonDocument(toJson(section.articles[a], issue.layout)).toJson(format);
            if (pretty)
                article = QByteArray(16, ' ') + indented(article.trimmed(), 4);
            if (a + 1 < section.articles.size())
                article += pretty ? ",\n" : ",";
            else if (pretty)
                article += '\n';
            ok = device->write(article) >= 0;
        }
        ok = ok && device->write(pretty ? QByteArray(12, ' ') + ']' : QByteArray("]")) >= 0;
        QByteArray end = pretty ? sectionTail.trimmed() : sectionTail;
        if (pretty)
            end = indented(end, 2);
        if (s + 1 < issue.sections.size())
            end += pretty ? ",\n" : ",";
        else if (pretty)
            end += '\n';
        ok = ok && device->write(end) >= 0;
    }
    ok = ok && device->write(pretty ? QByteArray(4, ' ') + ']' : QByteArray("]")) >= 0;
    ok = ok && device->write(tail) >= 0;
    return ok;
}

QJsonObject IssueJson::toJson(const Issue &issue)
{
    QJsonObject root;
    root[u"format"_s] = kFormat;
    root[u"source"_s] = QJsonObject{
        {u"path"_s, issue.source.path},         {u"encoding"_s, issue.source.encoding},
        {u"bom"_s, issue.source.byteOrderMark}, {u"sha256"_s, issue.source.sha256},
        {u"lines"_s, issue.source.lines},       {u"bytes"_s, double(issue.source.bytes)},
    };
    root[u"paper"_s] = nullable(issue.paper);
    root[u"date"_s] = issue.date.isValid() ? QJsonValue(issue.date.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null);
    if (issue.mastheadLine > 0)
        root[u"masthead_line"_s] = issue.mastheadLine;
    // Every line of the masthead (it may stand on several lines, and on each page).
    if (!issue.mastheadLines.isEmpty()) {
        QJsonArray mastheadLines;
        for (const int line : issue.mastheadLines)
            mastheadLines.append(line);
        root[u"masthead_lines"_s] = mastheadLines;
    }
    root[u"issue"_s] = metadataJson(issue.metadata, issue.layout);

    QJsonArray credits;
    for (const Credit &credit : issue.credits)
        credits.append(QJsonObject{
            {u"role"_s, credit.role}, {u"name"_s, credit.name}, {u"line"_s, credit.line}});
    root[u"credits"_s] = credits;

    QJsonArray sections;
    for (const Section &section : issue.sections) {
        QJsonArray articles;
        for (const Article &article : section.articles)
            articles.append(toJson(article, issue.layout));
        sections.append(QJsonObject{
            {u"title"_s, section.title},
            {u"line"_s, section.line ? QJsonValue(*section.line) : QJsonValue(QJsonValue::Null)},
            {u"articles"_s, articles},
        });
    }
    root[u"sections"_s] = sections;

    QJsonArray unplaced;
    for (const UnplacedLine &line : issue.unplaced)
        unplaced.append(QJsonObject{{u"line"_s, line.line}, {u"text"_s, line.text}});
    root[u"unplaced"_s] = unplaced;
    root[u"notes"_s] = QJsonArray::fromStringList(issue.notes);
    // An issue read from a PDF: each printed line, with the text line it went into.
    if (!issue.layout.isEmpty()) {
        QJsonArray printed;
        for (const PrintedLine &line : issue.layout.lines)
            printed.append(QJsonObject{{u"line"_s, line.line},
                                       {u"page"_s, line.page},
                                       {u"block"_s, line.block},
                                       {u"box"_s, boxJson(line.box)}});
        root[u"lines"_s] = printed;
    }

    QJsonArray doubts;
    for (const Doubt &doubt : issue.doubts)
        doubts.append(QJsonObject{
            {u"kind"_s, doubtKindName(doubt.kind)},
            {u"line"_s, doubt.line},
            {u"article"_s,
             doubt.articleId > 0 ? QJsonValue(doubt.articleId) : QJsonValue(QJsonValue::Null)},
            {u"message"_s, doubt.message},
        });
    root[u"doubts"_s] = doubts;
    return root;
}

} // namespace Broadsheet
