#include "pdflinebuilder.h"

#include "cjkpunctuation.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Broadsheet {

namespace {

// A word joins a line when it stands on the same baseline (most of its height
// overlaps the line's) and follows it closely: the space between words of Latin
// text is about a third of the type size, a gutter between columns a whole
// character or more.
constexpr qreal kMinVerticalOverlap = 0.5;
constexpr qreal kMaxWordGap = 0.6;
constexpr qreal kMaxCjkWordGap = 1.2;
// Chinese headlines part their phrases with a space of a quarter to a third of a
// character; a wider white before a column's edge is the gutter between two
// headlines standing side by side on one baseline.
constexpr qreal kMaxCjkPhraseGap = 0.4;
constexpr qreal kMaxOverlapBack = 0.5; // poppler's boxes of one line may touch or overlap a little
// A gap this wide between two boxes is a space even where the PDF puts none;
// between Chinese characters, only one about as wide as a space (a Ming face's
// space is a third of a character; justification spreads characters less).
constexpr qreal kSpaceGap = 0.15;
constexpr qreal kCjkSpaceGap = 0.25;
// Where this many words start at one x (within kEdgeTolerance points), a column
// starts there (or its paragraphs' indent).
constexpr int kEdgeWords = 3;
constexpr qreal kEdgeTolerance = 0.5;

struct Building
{
    QRectF box;
    qreal size = 0;
    QList<int> boxes;
};

qreal verticalOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

char32_t firstChar(const QString &text)
{
    return text.isEmpty() ? 0 : QStringView(text).toUcs4().constFirst();
}

char32_t lastChar(const QString &text)
{
    return text.isEmpty() ? 0 : QStringView(text).toUcs4().constLast();
}

// The x positions where columns (and their indents) start: where several words
// of the page start.
QList<qreal> columnEdges(const PdfPageText &page)
{
    QList<qreal> lefts;
    for (const PdfTextBox &box : page.boxes)
        lefts.append(box.box.left());
    std::sort(lefts.begin(), lefts.end());
    QList<qreal> edges;
    for (qsizetype i = 0; i + kEdgeWords - 1 < lefts.size(); ++i) {
        if (lefts[i + kEdgeWords - 1] - lefts[i] <= kEdgeTolerance &&
            (edges.isEmpty() || lefts[i] - edges.constLast() > kEdgeTolerance))
            edges.append(lefts[i]);
    }
    return edges;
}

bool atEdge(const QList<qreal> &edges, qreal x)
{
    return std::any_of(edges.cbegin(), edges.cend(),
                       [x](qreal edge) { return std::abs(edge - x) <= kEdgeTolerance; });
}

// The line among `lines` that `box` continues, or -1. A box standing where a
// column starts, after white, does not continue a line that ends in punctuation:
// that punctuation hangs past the column before into its gutter (Chinese papers
// set closing punctuation there rather than open a line with it), and the gutter
// left is narrower than any gap between words.
int lineFor(const QList<Building> &lines, const PdfPageText &page, int index,
            const QList<qreal> &edges)
{
    const QRectF &box = page.boxes[index].box;
    int best = -1;
    qreal bestGap = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const Building &line = lines[i];
        const qreal height = std::min(box.height(), line.size);
        if (height <= 0 || verticalOverlap(line.box, box) < kMinVerticalOverlap * height)
            continue;
        const qreal gap = box.left() - line.box.right();
        const QString &before = page.boxes[line.boxes.constLast()].text;
        // Chinese text may hold a full-width space (本报讯　日前): a gap as wide as a
        // character, as narrow as a gutter, so only a column's edge tells them.
        const bool ideographicSpace =
            gap <= kMaxCjkWordGap * height && PdfLineBuilder::isCjk(lastChar(before)) &&
            PdfLineBuilder::isCjk(firstChar(page.boxes[index].text)) && !atEdge(edges, box.left());
        if ((gap > kMaxWordGap * height && !ideographicSpace) || gap < -kMaxOverlapBack * height)
            continue;
        if (gap > kMaxCjkPhraseGap * height && atEdge(edges, box.left()) &&
            PdfLineBuilder::isCjk(lastChar(before)) &&
            PdfLineBuilder::isCjk(firstChar(page.boxes[index].text)))
            continue;
        if (gap > 0 && atEdge(edges, box.left()) && PdfLineBuilder::hangsInGutter(lastChar(before)))
            continue;
        if (best < 0 || std::abs(gap) < std::abs(bestGap)) {
            best = i;
            bestGap = gap;
        }
    }
    return best;
}

} // namespace

bool PdfLineBuilder::isCjk(char32_t c)
{
    // The project's CJK characters (CjkPunctuation), and two more that a line of
    // an East Asian page runs on without a space: Hangul and the middle dot of
    // foreign names (·).
    return CjkPunctuation::isCjk(c) || (c >= 0xAC00 && c <= 0xD7AF) || c == 0x00B7;
}

bool PdfLineBuilder::hangsInGutter(char32_t c)
{
    static const QString closing = QStringLiteral("，。、；：？！）》」』”’,.;:?!)");
    return c > 0 && c <= 0xFFFF && closing.contains(QChar(char16_t(c)));
}

QString PdfLineBuilder::joinedWords(const QString &left, const QString &right, qreal gap,
                                    bool spaceAfter)
{
    if (left.isEmpty() || right.isEmpty())
        return left + right;
    const bool cjk = isCjk(lastChar(left)) && isCjk(firstChar(right));
    const bool space = cjk ? gap >= kCjkSpaceGap : spaceAfter || gap >= kSpaceGap;
    return space ? left + u' ' + right : left + right;
}

QString PdfLineBuilder::joinedLines(const QString &left, const QString &right)
{
    if (left.isEmpty() || right.isEmpty())
        return left + right;
    if (isCjk(lastChar(left)) || isCjk(firstChar(right)))
        return left + right;
    return left + u' ' + right;
}

QList<PdfLine> PdfLineBuilder::build(const PdfPageText &page)
{
    // Left to right, so that each line grows at its right end.
    QList<int> order(page.boxes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return page.boxes[a].box.left() < page.boxes[b].box.left();
    });

    const QList<qreal> edges = columnEdges(page);
    QList<Building> building;
    for (int index : std::as_const(order)) {
        const QRectF &box = page.boxes[index].box;
        const int line = lineFor(building, page, index, edges);
        if (line < 0) {
            building.append({box, box.height(), {index}});
            continue;
        }
        Building &target = building[line];
        target.box = target.box.united(box);
        target.size = std::max(target.size, box.height());
        target.boxes.append(index);
    }

    QList<PdfLine> lines;
    lines.reserve(building.size());
    for (const Building &line : std::as_const(building)) {
        PdfLine out;
        out.page = page.number;
        out.box = line.box;
        out.size = line.size;
        for (int i = 0; i < line.boxes.size(); ++i) {
            const PdfTextBox &box = page.boxes[line.boxes[i]];
            if (i == 0) {
                out.text = box.text;
                continue;
            }
            const PdfTextBox &previous = page.boxes[line.boxes[i - 1]];
            const qreal gap = (box.box.left() - previous.box.right()) / line.size;
            out.text = joinedWords(out.text, box.text, gap, previous.spaceAfter);
        }
        lines.append(out);
    }
    return lines;
}

qreal PdfLineBuilder::bodySize(const QList<PdfLine> &lines)
{
    QHash<int, qsizetype> characters; // by size in tenths of a point
    for (const PdfLine &line : lines)
        characters[qRound(line.size * 10)] += line.text.size();
    int best = 0;
    qsizetype most = -1;
    for (auto it = characters.cbegin(); it != characters.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best / 10.0;
}

} // namespace Broadsheet
