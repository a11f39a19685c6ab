#include "markdownexporter.h"

#include "exportfields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

QString escapedLine(QString line)
{
    // Leading blanks are layout, and four of them would make a code block.
    qsizetype start = 0;
    while (start < line.size() && (line[start] == u' ' || line[start] == u'\t'))
        ++start;
    line = line.mid(start);

    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : std::as_const(line)) {
        if (QStringView(u"\\`*_[]<>~|").contains(c))
            out += u'\\';
        out += c;
    }
    // A line that would open a heading, a quote, a list or a rule (or its underline).
    if (!out.isEmpty() && QStringView(u"#+-=").contains(out[0]))
        out.prepend(u'\\');
    static const QRegularExpression orderedList(u"^(\\d{1,9})([.)])"_s);
    if (const auto match = orderedList.match(out); match.hasMatch())
        out.insert(match.capturedEnd(1), u'\\');
    return out;
}

void appendParagraph(QString &out, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    out += MarkdownExporter::escaped(text) + u"\n\n"_s;
}

} // namespace

QString MarkdownExporter::escaped(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        line = escapedLine(line);
    }
    // Within a paragraph a line break stays a break, not a joined line.
    return lines.join(u"\\\n"_s);
}

QByteArray MarkdownExporter::render(const QList<DeskExportItem> &items)
{
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const StoredArticle &stored = items[i].article;
        const Article &article = stored.article;
        if (i > 0)
            out += u"---\n\n"_s;
        out += u"# "_s + escaped(stored.record.displayTitle()) + u"\n\n"_s;
        if (!stored.record.kicker.isEmpty())
            out += u'*' + escaped(stored.record.kicker) + u"*\n\n"_s;
        if (!stored.record.subtitle.isEmpty())
            out += u'*' + escaped(stored.record.subtitle) + u"*\n\n"_s;
        appendParagraph(out, ExportFields::where(stored).join(u" · "_s));
        if (article.byline && !article.byline->isInline)
            appendParagraph(out, article.byline->text);
        else if (!article.byline && !stored.record.authors.isEmpty())
            appendParagraph(out, stored.record.authors.join(u' '));
        for (const Paragraph &paragraph : article.paragraphs)
            appendParagraph(out, paragraph.text);
        for (const Caption &caption : article.captions) {
            if (!caption.text.trimmed().isEmpty())
                out += u'*' + escaped(caption.text) + u"*\n\n"_s;
        }
        if (!items[i].note.trimmed().isEmpty()) {
            QStringList lines = escaped(items[i].note.trimmed()).split(u'\n');
            for (QString &line : lines)
                line.prepend(line.isEmpty() ? u">"_s : u"> "_s);
            out += lines.join(u'\n') + u"\n\n"_s;
        }
        if (!items[i].tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : items[i].tags)
                tags << escaped(tag);
            out += tr("Tags: %1").arg(tags.join(u", "_s)) + u"\n\n"_s;
        }
    }
    return out.toUtf8();
}

} // namespace Broadsheet
