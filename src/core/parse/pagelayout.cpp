#include "pagelayout.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

PdfTextSource &installedSource()
{
    static PdfTextSource source;
    return source;
}

QJsonArray boxJson(const QRectF &box)
{
    return {box.left(), box.top(), box.right(), box.bottom()};
}

bool boxFromJson(const QJsonValue &value, QRectF *box)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 4)
        return false;
    for (const QJsonValue &v : array)
        if (!v.isDouble())
            return false;
    *box = QRectF(QPointF(array[0].toDouble(), array[1].toDouble()),
                  QPointF(array[2].toDouble(), array[3].toDouble()));
    return box->isValid();
}

// Two boxes of one column run: they share most of their width and stand less
// than two lines apart. A column's lines stack so; the next column, a picture's
// caption across the page or a headline above do not.
bool stacks(const QRectF &zone, const QRectF &line)
{
    const qreal overlap = std::min(zone.right(), line.right()) - std::max(zone.left(), line.left());
    const qreal narrower = std::min(zone.width(), line.width());
    if (narrower <= 0 || overlap < 0.5 * narrower)
        return false;
    const qreal gap = std::max(line.top() - zone.bottom(), zone.top() - line.bottom());
    return gap < 2.0 * line.height();
}

} // namespace

QList<PrintedLine> PageLayout::printedLines(const QList<int> &textLines) const
{
    QList<PrintedLine> found;
    for (const PrintedLine &printed : lines)
        if (textLines.contains(printed.line))
            found.append(printed);
    return found;
}

QList<Zone> PageLayout::zonesOf(const QList<int> &textLines) const
{
    QList<Zone> zones;
    for (const PrintedLine &printed : printedLines(textLines)) {
        auto joins = std::find_if(zones.begin(), zones.end(), [&](const Zone &zone) {
            return zone.page == printed.page && stacks(zone.box, printed.box);
        });
        if (joins != zones.end())
            joins->box = joins->box.united(printed.box);
        else
            zones.append({printed.page, printed.box});
    }
    // Joining may make two zones of one page overlap (a line that bridges them):
    // they are one run then.
    for (qsizetype i = 0; i < zones.size(); ++i) {
        for (qsizetype j = i + 1; j < zones.size();) {
            if (zones[i].page == zones[j].page && zones[i].box.intersects(zones[j].box)) {
                zones[i].box = zones[i].box.united(zones[j].box);
                zones.removeAt(j);
                j = i + 1;
            } else {
                ++j;
            }
        }
    }
    return zones;
}

int PageLayout::pageOf(int textLine) const
{
    for (const PrintedLine &printed : lines)
        if (printed.line == textLine)
            return printed.page;
    return 0;
}

QJsonObject PositionedText::toJson() const
{
    QJsonArray pages;
    for (const QSizeF &size : layout.pageSizes)
        pages.append(QJsonArray{size.width(), size.height()});
    QJsonArray printed;
    for (const PrintedLine &line : layout.lines)
        printed.append(QJsonObject{
            {u"line"_s, line.line}, {u"page"_s, line.page}, {u"box"_s, boxJson(line.box)}});
    QJsonArray scanned;
    for (int page : layout.scannedPages)
        scanned.append(page);
    return {{u"text"_s, text},
            {u"page_sizes"_s, pages},
            {u"lines"_s, printed},
            {u"scanned_pages"_s, scanned},
            {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
}

Result<PositionedText> PositionedText::fromJson(const QJsonObject &object)
{
    const Error malformed{Error::Code::InvalidInput,
                          tr("The PDF reader's answer could not be read.")};
    PositionedText read;
    if (!object.value(u"text"_s).isString())
        return malformed;
    read.text = object.value(u"text"_s).toString();
    for (const QJsonValue &size : object.value(u"page_sizes"_s).toArray()) {
        const QJsonArray pair = size.toArray();
        if (pair.size() != 2)
            return malformed;
        read.layout.pageSizes.append(QSizeF(pair[0].toDouble(), pair[1].toDouble()));
    }
    for (const QJsonValue &value : object.value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        PrintedLine printed;
        printed.line = line.value(u"line"_s).toInt();
        printed.page = line.value(u"page"_s).toInt();
        if (printed.line < 1 || printed.page < 1 || printed.page > read.layout.pageSizes.size() ||
            !boxFromJson(line.value(u"box"_s), &printed.box))
            return malformed;
        read.layout.lines.append(printed);
    }
    for (const QJsonValue &page : object.value(u"scanned_pages"_s).toArray())
        read.layout.scannedPages.append(page.toInt());
    for (const QJsonValue &warning : object.value(u"warnings"_s).toArray())
        read.warnings.append(warning.toString());
    return read;
}

void setPdfTextSource(PdfTextSource source)
{
    installedSource() = std::move(source);
}

bool hasPdfTextSource()
{
    return bool(installedSource());
}

Result<PositionedText> readPdfText(const QByteArray &bytes, const QString &path)
{
    if (!installedSource())
        return Error{Error::Code::InvalidInput,
                     PositionedText::tr("%1 is a PDF, and this program cannot read PDFs. Open it "
                                        "in Broadsheet or with broadsheet-cli.")
                         .arg(path.isEmpty() ? PositionedText::tr("The file") : path)};
    return installedSource()(bytes, path);
}

bool looksLikePdf(const QByteArray &bytes)
{
    // White space before the header is tolerated, as PDF readers do; a text file
    // that merely mentions "%PDF-" further on is not a PDF.
    qsizetype i = 0;
    while (i < bytes.size() && i < 1024 && std::isspace(static_cast<unsigned char>(bytes[i])))
        ++i;
    return QByteArrayView(bytes).sliced(i).startsWith("%PDF-");
}

} // namespace Broadsheet
