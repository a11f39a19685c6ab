#include "epapertypesetter.h"

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace EpaperTest {

namespace {

constexpr int kBody = 9;        // body text, points
constexpr int kSecondary = 12;  // kicker and subtitle: headline-sized, smaller than titles
constexpr qreal kMargin = 28;   // page margins
constexpr qreal kBodyTop = 52;  // below the page marker
constexpr qreal kSpacing = 14;  // between one article and the next
constexpr qreal kHuge = 100000; // a frame's bottom when measuring

// xorshift64*: the same layouts from the same seed on every platform, which the
// standard library's distributions do not promise.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_state(0x9E3779B97F4A7C15ull * (seed + 1))
    {}
    int below(int n)
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return int(((m_state * 0x2545F4914F6CDD1Dull) >> 33) % quint64(n));
    }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct Grid
{
    int columns = 3;
    QSizeF size;
    qreal gutter = 12;
    QRectF span(int first, int last, qreal top, qreal bottom) const
    {
        return columnRect(kMargin, size.width() - kMargin, columns, gutter, first, last, top,
                          bottom);
    }
    qreal bottom() const { return size.height() - kMargin; }
};

// What an article (or a group) puts on the page, not yet committed.
struct Block
{
    QList<Flow> flows;
    QList<QRectF> photos;
    qreal bottom = 0;
    QList<QStringList> flowsByArticle; // names, per article of the unit
    QList<qreal> bodyTops;             // where an article's text starts, per column
};

struct Continuation
{
    int article = -1; // index into TypesetIssue::articles
    QString title;
    QStringList paragraphs;
};

qsizetype length(const SourceUnit &unit)
{
    qsizetype chars = 0;
    for (const SourceArticle &article : unit.articles)
        for (const QString &paragraph : article.paragraphs)
            chars += paragraph.size();
    return chars;
}

qreal pitch(int size)
{
    return 1.5 * size;
}

class Typesetter
{
public:
    Typesetter(const FlowMeter &meter, quint32 seed)
        : m_meter(meter)
        , m_dice(seed)
    {}
    TypesetIssue run(QList<SourceUnit> units, int pageCount);

private:
    QString name(const QString &part) { return u"f%1.%2"_s.arg(++m_flows).arg(part); }
    Flow sized(const QString &part, const QString &text, int size, Face face, QRectF across,
               bool centred);
    void head(Block &block, const SourceArticle &article, const QRectF &across, int titleSize,
              qreal &y);
    bool body(Block &block, const Grid &grid, int first, int last, const QList<qreal> &tops,
              const QStringList &paragraphs, qreal limit);
    Block article(const SourceArticle &article, const Grid &grid, int first, int last, qreal y);
    Block group(const SourceUnit &unit, const Grid &grid, int first, int last, qreal y);
    std::optional<Block> cut(const SourceArticle &article, const Grid &grid, int first, int last,
                             qreal y, int page, Continuation &rest);
    Block continuation(const Continuation &rest, const Grid &grid, int first, int last, qreal y);
    int spanFor(const SourceUnit &unit, int columns);
    QList<int> spans(const SourceUnit &unit, int columns);
    Grid grid();
    void commit(Page &page, const Block &block, int pageNumber, const SourceUnit *unit);

    const FlowMeter &m_meter;
    Dice m_dice;
    TypesetIssue m_issue;
    int m_flows = 0;
};

Flow Typesetter::sized(const QString &part, const QString &text, int size, Face face, QRectF across,
                       bool centred)
{
    across.setHeight(kHuge);
    Flow flow{name(part), {across}, size, face, {text}, false, centred};
    const auto lines = std::max<qsizetype>(1, m_meter.set(flow).lines.size());
    flow.frames[0].setHeight(lines * pitch(size));
    return flow;
}

void Typesetter::head(Block &block, const SourceArticle &article, const QRectF &across,
                      int titleSize, qreal &y)
{
    const bool centred = across.width() > 200 && m_dice.chance(50);
    const auto add = [&](const QString &part, const QString &text, int size, Face face,
                         qreal after) {
        if (text.isEmpty())
            return;
        block.flows.append(
            sized(part, text, size, face, across.translated(0, y - across.top()), centred));
        y = block.flows.last().frames[0].bottom() + after;
    };
    add(u"kicker"_s, article.kicker, kSecondary, Face::Head, 2);
    add(u"title"_s, article.title, titleSize, Face::Head, 4);
    add(u"subtitle"_s, article.subtitle, kSecondary, Face::Head, 4);
    add(u"byline"_s, article.byline, kBody, Face::Body, 4);
}

// The body through columns first..last, each from its top to a common foot, the
// lowest that holds the text (so the columns come out balanced). False when
// that foot would pass `limit`.
bool Typesetter::body(Block &block, const Grid &grid, int first, int last, const QList<qreal> &tops,
                      const QStringList &paragraphs, qreal limit)
{
    Flow flow{name(u"body"_s), {}, kBody, Face::Body, paragraphs, true, false};
    const auto framesTo = [&](qreal foot) {
        flow.frames.clear();
        for (int c = first; c <= last; ++c)
            flow.frames.append(grid.span(c, c, tops[c - first], std::max(foot, tops[c - first])));
    };
    qreal low = *std::min_element(tops.begin(), tops.end());
    qreal high = limit;
    framesTo(high);
    if (!m_meter.set(flow).complete)
        return false;
    while (high - low > 0.5) {
        const qreal middle = (low + high) / 2;
        framesTo(middle);
        (m_meter.set(flow).complete ? high : low) = middle;
    }
    framesTo(high);
    block.flows.append(flow);
    block.bottom = std::max(block.bottom, high);
    return true;
}

Block Typesetter::article(const SourceArticle &article, const Grid &grid, int first, int last,
                          qreal y)
{
    Block block;
    const int span = last - first + 1;
    const int titleSize = span == 1   ? 13 + m_dice.below(3)
                          : span == 2 ? 16 + m_dice.below(4)
                                      : 20 + m_dice.below(5);
    head(block, article, grid.span(first, last, y, y), titleSize, y);
    QList<qreal> tops(span, y);
    if (!article.captions.isEmpty()) {
        // Photos stand in the article's first or last column (two of them when the
        // article is wide), each with its caption below.
        const int photoLast = span >= 2 && m_dice.chance(50) ? first : last;
        const int photoFirst = span >= 3 && photoLast == last ? last - 1 : photoLast;
        qreal top = y;
        for (const QString &caption : article.captions) {
            const QRectF photo = grid.span(photoFirst, photoLast, top, top + 50 + m_dice.below(50));
            block.photos.append(photo);
            block.flows.append(sized(u"caption"_s, caption, 8, Face::Head,
                                     grid.span(photoFirst, photoLast, photo.bottom() + 4, 0),
                                     false));
            top = block.flows.last().frames[0].bottom() + 8;
        }
        for (int c = photoFirst; c <= photoLast; ++c)
            tops[c - first] = top;
        block.bottom = top;
    }
    block.bodyTops = tops;
    body(block, grid, first, last, tops, article.paragraphs, kHuge);
    block.flowsByArticle = {{}};
    for (const Flow &flow : std::as_const(block.flows))
        block.flowsByArticle[0].append(flow.name);
    return block;
}

// A column banner across the group's columns, its pieces one column wide below it.
Block Typesetter::group(const SourceUnit &unit, const Grid &grid, int first, int last, qreal y)
{
    Block block;
    const Flow banner = sized(u"banner"_s, unit.banner, 14, Face::Head,
                              grid.span(first, last, y, y), m_dice.chance(50));
    block.flows.append(banner);
    QList<qreal> sky(last - first + 1, banner.frames[0].bottom() + 6);
    for (const SourceArticle &piece : unit.articles) {
        const auto lowest = std::min_element(sky.begin(), sky.end());
        const int column = first + int(lowest - sky.begin());
        const Block placed = article(piece, grid, column, column, *lowest);
        block.flows += placed.flows;
        block.photos += placed.photos;
        block.flowsByArticle += placed.flowsByArticle;
        *lowest = placed.bottom + kSpacing;
    }
    block.bottom = *std::max_element(sky.begin(), sky.end()) - kSpacing;
    return block;
}

// The start of an article at the foot of a page, cut where the page ends with
// （下转第N版）; `rest` gets what the next page carries on.
std::optional<Block> Typesetter::cut(const SourceArticle &source, const Grid &grid, int first,
                                     int last, qreal y, int page, Continuation &rest)
{
    SourceArticle start = source;
    start.paragraphs = {};
    Block block = article(start, grid, first, last, y);
    block.flows.removeLast(); // the empty body
    if (block.bottom > grid.bottom())
        return std::nullopt;
    const QList<qreal> tops = block.bodyTops;
    // Where the text stops one line short of the foot: room for the marker.
    Flow probe{u"probe"_s, {}, kBody, Face::Body, source.paragraphs, true, false};
    for (int c = first; c <= last; ++c)
        probe.frames.append(grid.span(c, c, tops[c - first],
                                      std::max(tops[c - first], grid.bottom() - pitch(kBody))));
    const FlowSetting setting = m_meter.set(probe);
    if (setting.complete || setting.lines.size() < 2)
        return std::nullopt;
    const qsizetype k = setting.lines.last().paragraph;
    const qsizetype end = setting.lines.last().end;
    QStringList here = source.paragraphs.mid(0, k + 1);
    const QString tail = here[k].mid(end).trimmed();
    here[k] = here[k].left(end) + u"（下转第%1版）"_s.arg(page + 1);
    rest.title = source.title;
    rest.paragraphs = source.paragraphs.mid(k + 1);
    if (!tail.isEmpty())
        rest.paragraphs.prepend(tail);
    if (rest.paragraphs.isEmpty())
        return std::nullopt;
    rest.paragraphs[0].prepend(u"（上接第%1版）"_s.arg(page));
    if (!body(block, grid, first, last, tops, here, grid.bottom()))
        return std::nullopt;
    block.flowsByArticle = {{}};
    for (const Flow &flow : std::as_const(block.flows))
        block.flowsByArticle[0].append(flow.name);
    return block;
}

// The rest of a jumped article: its title again, then the text with （上接第N版）.
Block Typesetter::continuation(const Continuation &rest, const Grid &grid, int first, int last,
                               qreal y)
{
    SourceArticle again;
    again.title = rest.title;
    again.paragraphs = rest.paragraphs;
    return article(again, grid, first, last, y);
}

int Typesetter::spanFor(const SourceUnit &unit, int columns)
{
    if (!unit.banner.isEmpty())
        return std::min<int>({columns, int(unit.articles.size()), 2 + m_dice.below(2)});
    const qsizetype chars = length(unit);
    const int span = chars < 250   ? 1 + int(m_dice.chance(25))
                     : chars < 600 ? 2 + m_dice.below(2)
                                   : 2 + m_dice.below(3);
    return std::min(span, columns);
}

// The widths to try a unit at: the seed's choice first, then narrower, then wider.
QList<int> Typesetter::spans(const SourceUnit &unit, int columns)
{
    const int preferred = spanFor(unit, columns);
    const int widest = unit.banner.isEmpty() ? std::min(columns, 4)
                                             : std::min<int>(columns, int(unit.articles.size()));
    QList<int> out = {preferred};
    for (int span = preferred - 1; span >= 1; --span)
        out.append(span);
    for (int span = preferred + 1; span <= widest; ++span)
        out.append(span);
    return out;
}

Grid Typesetter::grid()
{
    Grid grid;
    grid.columns = 3 + m_dice.below(4);
    grid.gutter = 10 + m_dice.below(5);
    const qreal column = 92 + m_dice.below(30);
    const qreal width = 2 * kMargin + grid.columns * column + (grid.columns - 1) * grid.gutter;
    grid.size = QSizeF(width, std::max(720.0, std::round(width * 1.4)));
    return grid;
}

void Typesetter::commit(Page &page, const Block &block, int pageNumber, const SourceUnit *unit)
{
    page.flows += block.flows;
    page.photos += block.photos;
    for (const Flow &flow : block.flows)
        m_issue.flowPage.insert(flow.name, pageNumber);
    if (!unit)
        return;
    for (qsizetype i = 0; i < unit->articles.size(); ++i) {
        ReferenceArticle article;
        article.id = int(m_issue.articles.size()) + 1;
        article.text = unit->articles[i];
        article.flows = block.flowsByArticle.value(i);
        m_issue.articles.append(article);
    }
}

TypesetIssue Typesetter::run(QList<SourceUnit> units, int pageCount)
{
    static const QStringList desks = {u"要闻"_s, u"经济"_s, u"社会"_s, u"文化"_s,
                                      u"民生"_s, u"法治"_s, u"科技"_s, u"体育"_s};
    std::optional<Continuation> pending;
    for (int number = 1; number <= pageCount; ++number) {
        const Grid grid = this->grid();
        Page page;
        page.size = grid.size;
        const QString desk = desks[m_dice.below(int(desks.size()))];
        Block header;
        header.flows = {
            sized(u"marker"_s, u"第%1版：%2"_s.arg(number, 2, 10, QChar(u'0')).arg(desk), 10,
                  Face::Head, grid.span(0, 0, 18, 18), false),
            sized(u"date"_s, u"2024年5月%1日 星期四"_s.arg(2 + 7 * m_dice.below(4)), 9, Face::Head,
                  grid.span(grid.columns - 1, grid.columns - 1, 19, 19), false)};
        commit(page, header, number, nullptr);
        QList<qreal> sky(grid.columns, kBodyTop);
        const auto place = [&](int span) {
            int best = 0;
            qreal bestTop = kHuge;
            for (int c = 0; c + span <= grid.columns; ++c) {
                const qreal top = *std::max_element(sky.begin() + c, sky.begin() + c + span);
                if (top < bestTop - 0.01) {
                    best = c;
                    bestTop = top;
                }
            }
            return std::pair{best, bestTop};
        };
        const auto raise = [&](int first, int span, qreal bottom) {
            for (int c = first; c < first + span; ++c)
                sky[c] = bottom + kSpacing;
        };
        if (pending) {
            // As narrow as the rest fits, the page being empty but for it.
            int span = std::min(grid.columns, 2 + m_dice.below(2));
            Block block = continuation(*pending, grid, 0, span - 1, kBodyTop);
            while (block.bottom > grid.bottom() && span < grid.columns)
                block = continuation(*pending, grid, 0, ++span - 1, kBodyTop);
            const int first = 0;
            commit(page, block, number, nullptr);
            m_issue.articles[pending->article].flows += block.flowsByArticle.value(0);
            raise(first, span, block.bottom);
            pending.reset();
        }
        // Units in turn, each at the highest place for its width, another width
        // when that one does not fit; one that fits nowhere waits for the next page
        // (the first such, on a page before the last, is cut and jumped instead),
        // and the page is done when none of the next few fits.
        bool jumped = number == pageCount;
        const auto jump = [&](int index, int span) {
            const auto [first, top] = place(span);
            Continuation rest;
            const std::optional<Block> start =
                cut(units[index].articles[0], grid, first, first + span - 1, top, number, rest);
            if (!start)
                return false;
            commit(page, *start, number, &units[index]);
            rest.article = int(m_issue.articles.size()) - 1;
            m_issue.jumps.append({m_issue.articles.last().id, number, number + 1});
            pending = rest;
            raise(first, span, start->bottom);
            units.removeAt(index);
            jumped = true;
            return true;
        };
        while (!units.isEmpty()) {
            bool placed = false;
            const int candidates = std::min<int>(8, int(units.size()));
            // Low on the page, the longest article waiting is cut there, before
            // short pieces fill the gaps and leave no room for a jump.
            if (!jumped && *std::min_element(sky.begin(), sky.end()) > 0.5 * grid.size.height()) {
                int longest = -1;
                for (int index = 0; index < int(units.size()); ++index)
                    if (units[index].banner.isEmpty() &&
                        (longest < 0 || length(units[index]) > length(units[longest])))
                        longest = index;
                for (int span = 1; longest >= 0 && span <= std::min(grid.columns, 3) && !placed;
                     ++span)
                    placed = jump(longest, span);
                if (placed)
                    continue;
            }
            for (int index = 0; index < candidates && !placed; ++index) {
                const SourceUnit &unit = units[index];
                for (const int span : spans(unit, grid.columns)) {
                    const auto [first, top] = place(span);
                    const int last = first + span - 1;
                    const Block block = unit.banner.isEmpty()
                                            ? article(unit.articles[0], grid, first, last, top)
                                            : group(unit, grid, first, last, top);
                    if (block.bottom <= grid.bottom()) {
                        commit(page, block, number, &unit);
                        raise(first, span, block.bottom);
                        units.removeAt(index);
                        placed = true;
                        break;
                    }
                    if (!jumped && unit.banner.isEmpty() && jump(index, span)) {
                        placed = true;
                        break;
                    }
                }
            }
            // A page full before any article was cut: cut one where there is
            // room left, so that every page but the last jumps an article.
            for (int index = 0; index < int(units.size()) && !placed && !jumped; ++index)
                for (int span = 1; span <= grid.columns && !placed; ++span)
                    placed = units[index].banner.isEmpty() && jump(index, span);
            if (!placed)
                break;
        }
        m_issue.pages.append(page);
        m_issue.columns.append(grid.columns);
    }
    return m_issue;
}

// The units in a seeded order, with a group, a kicker, a subtitle and a photo
// among the first few, so that every issue shows them.
QList<SourceUnit> shuffled(QList<SourceUnit> units, quint32 seed)
{
    Dice dice(seed ^ 0x5eedu);
    for (qsizetype i = units.size() - 1; i > 0; --i)
        units.swapItemsAt(i, dice.below(int(i + 1)));
    const QList<std::function<bool(const SourceUnit &)>> wanted = {
        [](const SourceUnit &u) { return !u.banner.isEmpty(); },
        [](const SourceUnit &u) { return u.banner.isEmpty() && !u.articles[0].kicker.isEmpty(); },
        [](const SourceUnit &u) { return u.banner.isEmpty() && !u.articles[0].subtitle.isEmpty(); },
        [](const SourceUnit &u) { return u.banner.isEmpty() && !u.articles[0].captions.isEmpty(); },
    };
    for (qsizetype w = 0; w < wanted.size(); ++w) {
        const auto found = std::find_if(units.begin() + w, units.end(), wanted[w]);
        if (found != units.end())
            units.move(found - units.begin(), w);
    }
    for (qsizetype i = std::min<qsizetype>(4, units.size()) - 1; i > 0; --i)
        units.swapItemsAt(i, dice.below(int(i + 1)));
    return units;
}

} // namespace

void TypesetIssue::zonesFrom(const QHash<QString, Placed> &placed)
{
    for (ReferenceArticle &article : articles) {
        article.zones.clear();
        for (const QString &flow : std::as_const(article.flows)) {
            for (const QList<QRectF> &frame : placed.value(flow).boxes) {
                QRectF box;
                for (const QRectF &line : frame)
                    box = box.isNull() ? line : box.united(line);
                if (!box.isNull())
                    article.zones.append(Zone{flowPage.value(flow), box});
            }
        }
    }
}

TypesetIssue typesetIssue(const FlowMeter &meter, const QList<SourceUnit> &units, quint32 seed,
                          int pageCount)
{
    return Typesetter(meter, seed).run(shuffled(units, seed), pageCount);
}

} // namespace EpaperTest
