#include "pagelayout.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>
#include <cmath>

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
    const qreal x0 = array[0].toDouble(), y0 = array[1].toDouble();
    const qreal x1 = array[2].toDouble(), y1 = array[3].toDouble();
    // A line may be as thin as a rule (a glyph of no height): empty, not invalid.
    if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1) ||
        x1 < x0 || y1 < y0)
        return false;
    *box = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    return true;
}

// A zone being built: its box, and the height of the lines in it.
struct Run
{
    int page = 0;
    int block = 0;
    QRectF box;
    qreal lineHeight = 0;
};

// A line that carries on a column run: it shares most of the narrower one's width,
// stands less than two lines from it, and is set in about the same size. A
// column's lines stack so; the next column, a caption across the page or a
// headline above do not.
bool carriesOn(const Run &run, int page, const QRectF &box)
{
    if (run.page != page)
        return false;
    // A column's run cut by a caption or a picture carries on below it in the same
    // column, the same width; short lines (a paragraph's last) stand within it.
    const qreal overlap =
        std::min(run.box.right(), box.right()) - std::max(run.box.left(), box.left());
    const qreal narrower = std::min(run.box.width(), box.width());
    if (narrower <= 0 || overlap < 0.5 * narrower)
        return false;
    const qreal height = std::max(box.height(), run.lineHeight);
    const qreal shorter = std::min(box.height(), run.lineHeight);
    if (shorter <= 0 || height > 1.4 * shorter)
        return false;
    const qreal gap = std::max(box.top() - run.box.bottom(), run.box.top() - box.bottom());
    return gap < 2.0 * height;
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
    QList<Run> runs;
    for (const PrintedLine &printed : printedLines(textLines)) {
        auto joins = std::find_if(runs.begin(), runs.end(), [&](const Run &run) {
            return run.block == printed.block && carriesOn(run, printed.page, printed.box);
        });
        if (joins != runs.end())
            joins->box = joins->box.united(printed.box);
        else
            runs.append({printed.page, printed.block, printed.box, printed.box.height()});
    }
    // Runs of one column, one above the other (a column's text cut by a caption
    // of the same article, or a line that bridges two runs): one zone.
    const auto sameColumn = [](const Run &a, const Run &b) {
        const qreal tolerance = 0.1 * std::max(a.box.width(), b.box.width());
        return std::abs(a.box.left() - b.box.left()) <= tolerance &&
               std::abs(a.box.right() - b.box.right()) <= tolerance && carriesOn(a, b.page, b.box);
    };
    for (qsizetype i = 0; i < runs.size(); ++i) {
        for (qsizetype j = i + 1; j < runs.size();) {
            if (sameColumn(runs[i], runs[j])) {
                runs[i].box = runs[i].box.united(runs[j].box);
                runs.removeAt(j);
                j = i + 1;
            } else {
                ++j;
            }
        }
    }
    QList<Zone> zones;
    zones.reserve(runs.size());
    for (const Run &run : std::as_const(runs))
        zones.append({run.page, run.box});
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
        printed.append(QJsonObject{{u"line"_s, line.line},
                                   {u"page"_s, line.page},
                                   {u"block"_s, line.block},
                                   {u"box"_s, boxJson(line.box)}});
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
        printed.block = line.value(u"block"_s).toInt();
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
    // PDF readers find the header within the first kilobyte. What stands before
    // it may be white space, a byte order mark or binary junk (a mail gateway's,
    // a MacBinary header); text before it is a text file that mentions "%PDF-".
    const qsizetype at =
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1024)).indexOf("%PDF-");
    if (at < 0)
        return false;
    QByteArrayView before = QByteArrayView(bytes).first(at);
    if (before.startsWith("\xEF\xBB\xBF"))
        before = before.sliced(3);
    bool binary = false, text = false;
    for (const char c : before) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isspace(u))
            continue;
        if (u < 0x20 || u == 0x7f)
            binary = true;
        else
            text = true;
    }
    return binary || !text;
}

} // namespace Broadsheet
