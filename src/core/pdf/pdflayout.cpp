#include "pdflayout.h"

#include "pdfreadingorder.h"

#include <QHash>

using namespace Qt::StringLiterals;

#include <algorithm>

namespace Broadsheet {

namespace {

// A paragraph's first line is indented (two characters in Chinese papers), and
// its last one usually ends short of the column's right edge. Where a block
// indents its paragraphs, the indent alone tells where one starts: a line also
// ends short where the number or Latin word that follows did not fit it.
constexpr qreal kIndent = 1.0;
constexpr qreal kShortLine = 1.5;
// Lines of one paragraph are set in one size, within what measuring allows.
constexpr qreal kSameSize = 1.15;

// A block's left edge, and its right one: where most of its lines end, not the
// farthest, as punctuation may hang past the column's edge.
struct Edges
{
    qreal left = 0;
    qreal right = 0;
};

Edges edgesOf(const QList<PdfLine> &block)
{
    QList<qreal> rights;
    Edges edges{block.constFirst().box.left(), block.constFirst().box.right()};
    for (const PdfLine &line : block) {
        edges.left = std::min(edges.left, line.box.left());
        rights.append(line.box.right());
    }
    // The last line of a block is often a paragraph's short end.
    if (rights.size() > 2)
        rights.removeLast();
    std::sort(rights.begin(), rights.end());
    edges.right = rights[rights.size() / 2];
    return edges;
}

} // namespace

PdfLayout PdfLayout::build(const PdfDocumentText &document)
{
    PdfLayout layout;
    for (const PdfPageText &page : document.pages) {
        if (!page.hasText())
            continue;
        if (!layout.text.isEmpty())
            layout.addParagraph(QString(), {}); // a second blank line between pages
        layout.addPage(PdfReadingOrder::order(PdfLineBuilder::build(page)));
    }
    return layout;
}

void PdfLayout::addPage(const QList<PdfLine> &pageLines)
{
    const qreal body = PdfLineBuilder::bodySize(pageLines);
    const int first = int(lines.size());
    lines.append(pageLines);

    QString paragraph;
    QList<int> members;
    const auto flush = [&] {
        if (!members.isEmpty())
            addParagraph(paragraph, members);
        paragraph.clear();
        members.clear();
    };
    // The block's left and right edges, against which indents and short lines
    // are told; and whether the last line ran to its block's right edge.
    qreal left = 0;
    qreal right = 0;
    bool indents = false; // the block opens its paragraphs with an indent
    bool lastFull = false;
    bool inHeadline = false; // the paragraph so far is a headline
    for (int i = 0; i < pageLines.size(); ++i) {
        const PdfLine &line = pageLines[i];
        const bool headline = line.size >= kHeadlineScale * body;
        if (line.startsBlock) {
            int end = i + 1;
            while (end < pageLines.size() && !pageLines[end].startsBlock)
                ++end;
            const Edges edges = edgesOf(pageLines.mid(i, end - i));
            left = edges.left;
            right = edges.right;
            indents = false;
            for (int j = i; j < end; ++j)
                indents = indents || pageLines[j].box.left() > left + kIndent * pageLines[j].size;
        }
        const bool indented = line.box.left() > left + kIndent * line.size;
        const bool headlineRunsOn = headline && !line.startsBlock && inHeadline &&
                                    continuesHeadline(pageLines[i - 1], line);
        const bool newParagraph =
            line.startsBlock ? !continuesParagraph(pageLines, i, members, lastFull, indented)
                             : indented || (!indents && !lastFull);
        if (!headlineRunsOn && (headline || inHeadline || newParagraph))
            flush();
        paragraph = PdfLineBuilder::joinedLines(paragraph, line.text);
        members.append(first + i);
        lastFull = line.box.right() >= right - kShortLine * line.size;
        inHeadline = headline;
    }
    flush();
}

// Whether `line` carries on the headline `before` (a headline set on two lines or
// more is one): in its type, aligned with it (on the left, or centred), and no
// wider, as a headline fills its first lines before it breaks. A kicker over its title, or a
// column's banner over the first piece's title, is a headline of its own, though in a size close to
// it.
bool PdfLayout::continuesHeadline(const PdfLine &before, const PdfLine &line)
{
    const qreal larger = std::max(before.size, line.size);
    const qreal near = 0.5 * line.size;
    const bool aligned = std::abs(line.box.left() - before.box.left()) <= near ||
                         std::abs(line.box.center().x() - before.box.center().x()) <= near;
    return larger <= kSameSize * std::min(before.size, line.size) && aligned &&
           line.box.width() <= before.box.width() + near;
}

// Whether the block that line `i` opens continues the paragraph so far: its
// first line is not indented and follows a paragraph cut mid-sentence at the
// full width of the column before, in the same type. The text alone leaves the
// parser to guess this; the page settles it.
bool PdfLayout::continuesParagraph(const QList<PdfLine> &pageLines, int i,
                                   const QList<int> &members, bool lastFull, bool indented) const
{
    if (members.isEmpty() || i == 0 || indented || !lastFull)
        return false;
    const PdfLine &before = pageLines[i - 1];
    const PdfLine &line = pageLines[i];
    const qreal larger = std::max(before.size, line.size);
    if (larger > kSameSize * std::min(before.size, line.size))
        return false;
    static const QString sentenceEnds = u"。！？!?…”\"」』"_s;
    return !before.text.isEmpty() && !sentenceEnds.contains(before.text.back());
}

void PdfLayout::addParagraph(const QString &paragraph, const QList<int> &lineIndices)
{
    if (!lineIndices.isEmpty()) {
        text += paragraph + u'\n';
        sources.append(lineIndices);
    }
    text += u'\n';
    sources.append(QList<int>());
}

QList<PdfLine> PdfLayout::linesOf(int textLine) const
{
    QList<PdfLine> out;
    if (textLine < 1 || textLine > sources.size())
        return out;
    for (int index : sources[textLine - 1])
        out.append(lines[index]);
    return out;
}

} // namespace Broadsheet
