#include "pdfreadingorder.h"

#include "pdflayout.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Broadsheet {

namespace {

// A line continues the block above it when it follows at most about a line's
// height below (leading), overlaps it for at least half the narrower width, and
// is set in the same size (a headline, a kicker and the body are blocks of
// their own).
constexpr qreal kMaxLeading = 1.0;
constexpr qreal kMinHorizontalOverlap = 0.5;
constexpr qreal kSameSize = 1.15;
constexpr qreal kHeadlineScale = PdfLayout::kHeadlineScale;

struct Block
{
    QRectF box;
    QList<int> lines; // top to bottom
};

qreal horizontalOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.right(), b.right()) - std::max(a.left(), b.left());
}

bool sameSize(qreal a, qreal b)
{
    return std::max(a, b) <= kSameSize * std::min(a, b);
}

QList<Block> blocksOf(const QList<PdfLine> &lines)
{
    QList<int> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return lines[a].box.top() < lines[b].box.top(); });

    QList<Block> blocks;
    for (int index : std::as_const(order)) {
        const PdfLine &line = lines[index];
        int best = -1;
        qreal bestGap = 0;
        for (int b = 0; b < blocks.size(); ++b) {
            // Against the block's width, not its last line's: an indented first
            // line may not overlap the short last line of the paragraph before.
            const PdfLine &last = lines[blocks[b].lines.constLast()];
            const QRectF &box = blocks[b].box;
            const qreal gap = line.box.top() - last.box.bottom();
            const qreal narrower = std::min(line.box.width(), box.width());
            if (!sameSize(line.size, last.size) || gap > kMaxLeading * line.size ||
                gap < -0.5 * line.size ||
                horizontalOverlap(line.box, box) < kMinHorizontalOverlap * narrower)
                continue;
            // A line over two lines of its size standing side by side is a
            // banner over their stories' headlines: neither continues it.
            const bool banner =
                std::any_of(lines.cbegin(), lines.cend(), [&](const PdfLine &other) {
                    return &other != &line && sameSize(other.size, line.size) &&
                           std::abs(other.box.top() - line.box.top()) <= 0.5 * line.size &&
                           horizontalOverlap(other.box, line.box) < 0 &&
                           horizontalOverlap(other.box, last.box) > 0.5 * line.size;
                });
            if (banner)
                continue;
            if (best < 0 || gap < bestGap) {
                best = b;
                bestGap = gap;
            }
        }
        if (best < 0) {
            blocks.append({line.box, {index}});
        } else {
            blocks[best].box = blocks[best].box.united(line.box);
            blocks[best].lines.append(index);
        }
    }
    return blocks;
}

// Whether, somewhere between `top` and `bottom`, a band of white at least
// `height` high runs across the whole page: between stacked stories, or under
// the page's header, but not between the lines of a column.
bool whiteBand(const QList<Block> &blocks, qreal top, qreal bottom, qreal height)
{
    QList<std::pair<qreal, qreal>> spans;
    for (const Block &block : blocks) {
        if (block.box.bottom() > top && block.box.top() < bottom)
            spans.append({block.box.top(), block.box.bottom()});
    }
    std::sort(spans.begin(), spans.end());
    qreal reached = top;
    for (const auto &[from, to] : std::as_const(spans)) {
        if (from - reached >= height)
            return true;
        reached = std::max(reached, to);
    }
    return bottom - reached >= height;
}

// Whether the nearest block above `a`, in its column, stands beside `b`.
bool columnBeside(const QList<Block> &blocks, int a, int b, qreal tolerance)
{
    const QRectF &boxA = blocks[a].box;
    const QRectF &boxB = blocks[b].box;
    int nearest = -1;
    for (int c = 0; c < blocks.size(); ++c) {
        const QRectF &boxC = blocks[c].box;
        if (c != a && c != b && horizontalOverlap(boxC, boxA) > tolerance &&
            boxC.bottom() <= boxA.top() + tolerance &&
            (nearest < 0 || boxC.bottom() > blocks[nearest].box.bottom()))
            nearest = c;
    }
    if (nearest < 0)
        return false;
    const QRectF &boxC = blocks[nearest].box;
    return boxC.top() < boxB.bottom() && boxC.bottom() > boxB.top();
}

// Whether `a` is read before `b` by the two rules above.
bool readBefore(const QList<Block> &blocks, int a, int b, qreal tolerance, qreal bandHeight)
{
    const QRectF &boxA = blocks[a].box;
    const QRectF &boxB = blocks[b].box;
    if (horizontalOverlap(boxA, boxB) > tolerance)
        return boxA.center().y() < boxB.center().y();
    if (boxA.right() > boxB.left() + tolerance)
        return false; // not entirely to the left
    // A block wholly below one to its right comes first only where the page is
    // in columns there: where the block just above it in its column stands
    // beside that one (the headline over a story's columns beside the next
    // column's headline), and no band of white across the page parts them. A
    // date line under the masthead does not come before the masthead, nor a
    // story under its headline before the page's header.
    if (boxA.top() >= boxB.bottom() - tolerance &&
        (!columnBeside(blocks, a, b, tolerance) ||
         whiteBand(blocks, boxB.bottom(), boxA.top(), bandHeight)))
        return false;
    const QRectF &upper = boxA.top() <= boxB.top() ? boxA : boxB;
    const QRectF &lower = boxA.top() <= boxB.top() ? boxB : boxA;
    for (int c = 0; c < blocks.size(); ++c) {
        const QRectF &boxC = blocks[c].box;
        if (c == a || c == b)
            continue;
        const bool between =
            boxC.top() >= upper.bottom() - tolerance && boxC.bottom() <= lower.top() + tolerance;
        if (between && horizontalOverlap(boxC, boxA) > tolerance &&
            horizontalOverlap(boxC, boxB) > tolerance)
            return false;
    }
    return true;
}

// Kahn's topological sort, taking the topmost (then leftmost) of the blocks
// that are free; should the geometry contradict itself (a cycle), the topmost of
// what remains goes next.
QList<int> sortBlocks(const QList<Block> &blocks, qreal tolerance, qreal bandHeight)
{
    const int n = int(blocks.size());
    QList<QList<int>> after(n);
    QList<int> before(n, 0);
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            if (a != b && readBefore(blocks, a, b, tolerance, bandHeight)) {
                after[a].append(b);
                ++before[b];
            }
        }
    }
    const auto earlier = [&](int x, int y) {
        const QRectF &bx = blocks[x].box;
        const QRectF &by = blocks[y].box;
        return bx.top() != by.top() ? bx.top() < by.top() : bx.left() < by.left();
    };
    QList<int> order;
    QList<bool> done(n, false);
    while (order.size() < n) {
        int next = -1;
        for (int i = 0; i < n; ++i) {
            if (!done[i] && before[i] == 0 && (next < 0 || earlier(i, next)))
                next = i;
        }
        if (next < 0) {
            for (int i = 0; i < n; ++i) {
                if (!done[i] && (next < 0 || earlier(i, next)))
                    next = i;
            }
        }
        done[next] = true;
        order.append(next);
        for (int b : std::as_const(after[next]))
            --before[b];
    }
    return order;
}

// The page's blocks gathered into stories: a headline (with the kicker above it
// and the subtitle below, stacked close) and every block it stands over, i.e.
// whose nearest headline above, across the same columns, it is. Blocks under no
// headline (the page's header) are stories of their own.
QList<QList<int>> storiesOf(const QList<Block> &blocks, const QList<PdfLine> &lines,
                            qreal tolerance)
{
    const qreal body = PdfLineBuilder::bodySize(lines);
    const int n = int(blocks.size());
    QList<bool> headline(n);
    for (int b = 0; b < n; ++b)
        headline[b] = lines[blocks[b].lines.constFirst()].size >= kHeadlineScale * body;
    // Nearest block above b overlapping it, among those `wanted`.
    const auto nearestAbove = [&](int b, const auto &wanted) {
        int best = -1;
        for (int c = 0; c < n; ++c) {
            if (c == b || !wanted(c) || blocks[c].box.bottom() > blocks[b].box.top() + tolerance ||
                horizontalOverlap(blocks[c].box, blocks[b].box) <= tolerance)
                continue;
            if (best < 0 || blocks[c].box.bottom() > blocks[best].box.bottom())
                best = c;
        }
        return best;
    };
    QList<int> story(n, -1);
    int stories = 0;
    QList<int> byTop(n);
    std::iota(byTop.begin(), byTop.end(), 0);
    std::stable_sort(byTop.begin(), byTop.end(),
                     [&](int a, int b) { return blocks[a].box.top() < blocks[b].box.top(); });
    // A banner over the headlines of two or more stories side by side names
    // their group, and is no story's kicker.
    QList<int> headlinesUnder(n, 0);
    for (int b = 0; b < n; ++b) {
        const int above = headline[b] ? nearestAbove(b, [](int) { return true; }) : -1;
        if (above >= 0 && headline[above])
            ++headlinesUnder[above];
    }
    // Headlines first, top down: one stacked close under another joins its story.
    for (int b : std::as_const(byTop)) {
        if (!headline[b])
            continue;
        const int above = nearestAbove(b, [](int) { return true; });
        const qreal size = lines[blocks[b].lines.constFirst()].size;
        if (above >= 0 && headline[above] && headlinesUnder[above] < 2 &&
            blocks[b].box.top() - blocks[above].box.bottom() <= kMaxLeading * size)
            story[b] = story[above];
        else
            story[b] = stories++;
    }
    for (int b : std::as_const(byTop)) {
        if (headline[b])
            continue;
        const int head = nearestAbove(b, [&](int c) { return headline[c]; });
        story[b] = head >= 0 ? story[head] : stories++;
    }
    // A story's columns start level under its headline, which may be narrower
    // than they are: a column that starts level with the first column of the
    // story to its left, in white below the story standing over it, belongs to
    // the one to its left, not to the headline above that white.
    QList<int> byLeft = byTop;
    std::stable_sort(byLeft.begin(), byLeft.end(),
                     [&](int a, int b) { return blocks[a].box.left() < blocks[b].box.left(); });
    for (int b : std::as_const(byLeft)) {
        const int above = nearestAbove(b, [](int) { return true; });
        if (headline[b] || above < 0 || headline[above])
            continue;
        const QRectF &box = blocks[b].box;
        const qreal size = lines[blocks[b].lines.constFirst()].size;
        for (int c = 0; c < n; ++c) {
            const QRectF &left = blocks[c].box;
            if (headline[c] || story[c] == story[b] || std::abs(left.top() - box.top()) > size ||
                left.right() > box.left() + tolerance || box.left() - left.right() > 3 * size)
                continue;
            const int head = nearestAbove(c, [&](int h) { return headline[h]; });
            if (head < 0 || story[head] != story[c] ||
                nearestAbove(c, [](int) { return true; }) != head ||
                blocks[head].box.bottom() <= blocks[above].box.bottom())
                continue;
            story[b] = story[c];
            break;
        }
    }
    QList<QList<int>> out(stories);
    for (int b = 0; b < n; ++b)
        out[story[b]].append(b);
    // A headline over nothing but single lines is the page's masthead over its
    // date and page lines, not a story: those read as they stand.
    QList<QList<int>> loose;
    for (QList<int> &members : out) {
        const bool masthead = std::all_of(members.cbegin(), members.cend(), [&](int b) {
            return headline[b] || blocks[b].lines.size() == 1;
        });
        if (!masthead)
            continue;
        for (qsizetype i = members.size() - 1; i >= 0; --i) {
            if (!headline[members[i]])
                loose.append(QList<int>{members.takeAt(i)});
        }
    }
    out += loose;
    out.removeIf([](const QList<int> &members) { return members.isEmpty(); });
    return out;
}

} // namespace

QList<PdfLine> PdfReadingOrder::order(QList<PdfLine> lines)
{
    if (lines.isEmpty())
        return lines;
    const QList<Block> blocks = blocksOf(lines);
    // Boxes of neighbouring columns may touch by a hair; a quarter of the
    // smallest type on the page tells touching from overlapping.
    qreal smallest = lines.constFirst().size;
    for (const PdfLine &line : std::as_const(lines))
        smallest = std::min(smallest, line.size);
    const qreal tolerance = std::max<qreal>(0.25 * smallest, 0.5);

    QList<PdfLine> ordered;
    ordered.reserve(lines.size());
    // Stories in the order of their boxes, each story's blocks in theirs.
    const QList<QList<int>> stories = storiesOf(blocks, lines, tolerance);
    QList<Block> storyBoxes;
    for (const QList<int> &story : stories) {
        Block box{blocks[story.constFirst()].box, {}};
        for (int b : story)
            box.box = box.box.united(blocks[b].box);
        storyBoxes.append(box);
    }
    for (int s : sortBlocks(storyBoxes, tolerance, smallest)) {
        QList<Block> members;
        for (int b : stories[s])
            members.append(blocks[b]);
        for (int m : sortBlocks(members, tolerance, smallest)) {
            for (int i = 0; i < members[m].lines.size(); ++i) {
                PdfLine line = lines[members[m].lines[i]];
                line.startsBlock = i == 0;
                ordered.append(line);
            }
        }
    }
    return ordered;
}

} // namespace Broadsheet
