#include "articlelayout.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

#include <cmath>

namespace Broadsheet {

namespace {

constexpr qreal pt(qreal points)
{
    return points * ArticleLayout::kUnitsPerPoint;
}

int pixelSize(qreal points)
{
    return int(std::lround(pt(points)));
}

// Absorbs the rounding of line positions when deciding what fits on a page.
constexpr qreal kEpsilon = 0.01;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kHeadInk(0x11, 0x11, 0x11);
const QColor kSoftInk(0x44, 0x44, 0x44);
const QColor kGreyInk(0x5c, 0x5c, 0x5c);
const QColor kRuleGrey(0xa0, 0xa0, 0xa0);
const QColor kBarGrey(0xbb, 0xbb, 0xbb);

// Text from the issue file is data: characters that would act as layout controls
// in QTextLayout become plain spaces or line separators.
QString layoutText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QChar::LineSeparator);
    text.replace(u'\r', u' ');
    text.replace(u'\t', u' ');
    return text;
}

// Ideographs, kana, hangul, CJK marks and full-width forms, and the marks Chinese
// fonts set full width (“ ” — …): the characters of the CJK grid, after which
// justification may add space.
bool isCjk(const QString &text, qsizetype at)
{
    if (at >= text.size())
        return false;
    char32_t c = text.at(at).unicode();
    if (text.at(at).isHighSurrogate() && at + 1 < text.size())
        c = QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE6F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF) ||
           (c >= 0x2014 && c <= 0x2026) || c == 0x00B7;
}

} // namespace

struct ArticleLayout::Style
{
    bool head = false; // the Hei face, else the Ming face
    qreal points = 11;
    qreal lineFactor = 1.5; // line pitch over the font size
    QColor color = kInk;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal spaceBefore = 0; // points, dropped at the top of a page
    qreal firstIndent = 0; // in characters (ems)
    qreal leftIndent = 0;  // points
    bool bold = false;
    bool keepTogether = false;
    bool captionBar = false;
};

struct ArticleLayout::Block
{
    int article = 0;
    Part part = Part::Rule;
    std::vector<std::unique_ptr<QTextLayout>> lines; // one layout a line; none for a rule
    QColor color;
    qreal advance = 0; // line pitch
    qreal spaceBefore = 0;
    bool pageBreak = false;
    bool keepTogether = false;
    bool captionBar = false;
    bool keepWithNext = false; // kept on the page of the next block (a caption with its credit)

    bool isRule() const { return lines.empty(); }
    int lineCount() const { return isRule() ? 1 : int(lines.size()); }
};

ArticleLayout::ArticleLayout(const QList<ExportArticle> &articles, const ExportFonts &fonts,
                             QSizeF pageSize, QMarginsF margins)
    : m_articles(articles)
    , m_fonts(fonts)
    , m_pageSize(pageSize * kUnitsPerPoint)
    , m_bodyFace(QRawFont::fromFont(ExportFonts{fonts.body, fonts.body}.bodyFont(pixelSize(10))))
    , m_headFace(QRawFont::fromFont(ExportFonts{fonts.head, fonts.head}.headFont(pixelSize(10))))
    , m_latinFace(
          QRawFont::fromFont(ExportFonts{fonts.bodyLatin, fonts.bodyLatin}.bodyFont(pixelSize(10))))
{
    m_content = QRectF(QPointF(0, 0), m_pageSize)
                    .marginsRemoved(QMarginsF(pt(margins.left()), pt(margins.top()),
                                              pt(margins.right()), pt(margins.bottom())));
    for (int i = 0; i < m_articles.size(); ++i)
        addArticle(i, m_articles.at(i).article);
    paginate();
}

ArticleLayout::~ArticleLayout() = default;

void ArticleLayout::addArticle(int index, const Article &article)
{
    const qsizetype first = qsizetype(m_blocks.size());

    static const Style kicker{.head = true, .points = 11, .color = kSoftInk};
    static const Style title{.head = true,
                             .points = 22,
                             .lineFactor = 1.32,
                             .color = kHeadInk,
                             .spaceBefore = 4,
                             .bold = true};
    static const Style subtitle{
        .head = true, .points = 13, .lineFactor = 1.45, .color = kSoftInk, .spaceBefore = 5};
    static const Style byline{.head = true, .points = 9.5, .color = kGreyInk, .spaceBefore = 10};
    static const Style body{
        .points = 11.5, .lineFactor = 1.7, .alignment = Qt::AlignJustify, .firstIndent = 2};

    if (article.kicker && !article.kicker->text.isEmpty())
        addBlock(index, article.kicker->text, kicker, Part::Head);
    if (article.title && !article.title->text.isEmpty())
        addBlock(index, article.title->text, title, Part::Head);
    if (article.subtitle && !article.subtitle->text.isEmpty())
        addBlock(index, article.subtitle->text, subtitle, Part::Head);
    if (article.byline && !article.byline->isInline && !article.byline->text.isEmpty())
        addBlock(index, article.byline->text, byline, Part::Head);

    if (qsizetype(m_blocks.size()) > first)
        addRule(index);

    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const QString &text = article.paragraphs.at(i).text;
        QList<std::pair<int, int>> lead;
        // An inline byline ("本报讯(记者 …)") opens the first paragraph: set it in the
        // head face, as papers set it in bold.
        if (i == 0 && article.byline && article.byline->isInline &&
            text.startsWith(article.byline->text))
            lead.append({0, int(article.byline->text.size())});
        addBlock(index, text, body, Part::Paragraph, lead);
    }

    for (const Caption &caption : article.captions)
        addCaption(index, caption);

    if (qsizetype(m_blocks.size()) == first) // nothing to show: still give the article a page
        addRule(index);
    m_blocks.at(size_t(first))->pageBreak = true;
}

void ArticleLayout::addBlock(int article, const QString &text, const Style &style, Part part,
                             const QList<std::pair<int, int>> &headRanges)
{
    const QString shown = layoutText(text);
    warnAboutMissingGlyphs(shown);
    const int size = pixelSize(style.points);
    QFont font = style.head ? m_fonts.headFont(size) : m_fonts.bodyFont(size);
    font.setBold(style.bold);
    QTextCharFormat headFormat;
    headFormat.setFont(m_fonts.headFont(size));
    headFormat.setForeground(kHeadInk);
    const auto inHead = [&](qsizetype at) {
        for (const auto &[start, length] : headRanges) {
            if (at >= start && at < start + length)
                return true;
        }
        return false;
    };

    auto block = std::make_unique<Block>();
    block->article = article;
    block->color = style.color;
    block->advance = pt(style.points * style.lineFactor);
    block->spaceBefore = pt(style.spaceBefore);
    block->part = part;
    block->keepTogether = style.keepTogether;
    block->captionBar = style.captionBar;

    QTextOption option(Qt::AlignLeft);
    option.setUseDesignMetrics(true);

    // First the line breaks, ragged.
    struct Break
    {
        int start;
        int length;
        qreal x;
        qreal width;
        qreal natural;
    };
    QList<Break> breaks;
    {
        QTextLayout breaker(shown, font);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        breaker.setTextOption(option);
        QList<QTextLayout::FormatRange> formats;
        for (const auto &[start, length] : headRanges)
            formats.append({start, length, headFormat});
        breaker.setFormats(formats);
        const qreal indent = style.firstIndent * size;
        const qreal left = pt(style.leftIndent);
        breaker.beginLayout();
        for (QTextLine line = breaker.createLine(); line.isValid(); line = breaker.createLine()) {
            const qreal x = left + (line.lineNumber() == 0 ? indent : 0);
            line.setLineWidth(m_content.width() - x);
            breaks.append({line.textStart(), line.textLength(), x, m_content.width() - x,
                           line.naturalTextWidth()});
        }
        breaker.endLayout();
    }

    // Then each line on its own, justified the CJK way: the slack is shared out
    // between the characters (after each ideograph or CJK mark, and at spaces), not
    // dumped into the spaces as Qt's justification does, which opens holes in a
    // Chinese line with one space and tears lines of Latin words apart. A line that
    // would need more than half a character per gap is left ragged.
    option.setWrapMode(QTextOption::NoWrap);
    for (qsizetype i = 0; i < breaks.size(); ++i) {
        const Break &at = breaks.at(i);
        const QString line = shown.mid(at.start, at.length);
        qsizetype visible = line.size();
        while (visible > 0 && line.at(visible - 1).isSpace())
            --visible;
        const bool last = i + 1 == breaks.size() || line.endsWith(QChar::LineSeparator);
        QList<bool> stretch(line.size(), false);
        int gaps = 0;
        for (qsizetype c = 0; c + 1 < visible; ++c) {
            if (line.at(c).isHighSurrogate())
                continue;
            stretch[c] = line.at(c).isSpace() || isCjk(line, c) || isCjk(line, c + 1);
            gaps += stretch[c] ? 1 : 0;
        }
        qreal spacing = 0;
        if (style.alignment == Qt::AlignJustify && !last && gaps > 0) {
            spacing = std::max<qreal>(0, at.width - at.natural) / gaps;
            if (spacing > 0.5 * size)
                spacing = 0;
        }

        QList<QTextLayout::FormatRange> formats;
        for (qsizetype c = 0; c < line.size(); ++c) {
            QTextCharFormat format = inHead(at.start + c) ? headFormat : QTextCharFormat();
            if (spacing > 0 && stretch[c]) {
                format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
                format.setFontLetterSpacing(spacing);
            }
            if (!formats.isEmpty() && formats.last().format == format &&
                formats.last().start + formats.last().length == c)
                ++formats.last().length;
            else
                formats.append({int(c), 1, format});
        }
        auto layout = std::make_unique<QTextLayout>(line, font);
        layout->setTextOption(option);
        layout->setFormats(formats);
        layout->beginLayout();
        QTextLine textLine = layout->createLine();
        textLine.setLineWidth(at.width);
        qreal x = at.x;
        if (style.alignment == Qt::AlignRight)
            x += at.width - at.natural;
        else if (style.alignment == Qt::AlignHCenter)
            x += (at.width - at.natural) / 2;
        // Only x matters here: the page position is chosen when paginating.
        textLine.setPosition(QPointF(x, 0));
        layout->endLayout();
        block->lines.push_back(std::move(layout));
    }
    m_blocks.push_back(std::move(block));
}

void ArticleLayout::addRule(int article)
{
    auto block = std::make_unique<Block>();
    block->article = article;
    block->color = kRuleGrey;
    block->advance = pt(22);
    m_blocks.push_back(std::move(block));
}

void ArticleLayout::addCaption(int article, const Caption &caption)
{
    Style style{.head = true,
                .points = 9,
                .lineFactor = 1.6,
                .color = kGreyInk,
                .alignment = Qt::AlignJustify,
                .leftIndent = 8,
                .keepTogether = true,
                .captionBar = true};

    // The photographer's credit ("本报记者 张建树 摄") closes the caption text; it goes
    // on a line of its own, to the right, as under a picture in the paper.
    QString text = caption.text;
    QString credit;
    if (!caption.credit.isEmpty()) {
        const qsizetype at = text.lastIndexOf(caption.credit);
        if (at > 0 && text.size() - (at + caption.credit.size()) <= 3) {
            qsizetype start = at;
            // Back to the end of the sentence before it (not at "." : 3.5 is a number).
            while (start > 0 && !QStringLiteral("。！？!?").contains(text.at(start - 1)))
                --start;
            if (start > 0) {
                credit = text.mid(start);
                text.truncate(start);
            }
        }
    }
    style.spaceBefore = 16;
    addBlock(article, text, style, Part::Caption);
    if (!credit.isEmpty()) {
        style.spaceBefore = 0;
        style.alignment = Qt::AlignRight;
        addBlock(article, credit, style, Part::Caption);
        m_blocks.at(m_blocks.size() - 2)->keepWithNext = true;
    }
}

void ArticleLayout::paginate()
{
    const qreal top = m_content.top();
    const qreal bottom = m_content.bottom();
    qreal y = top;
    const auto newPage = [&](int article) {
        m_pages.append(Page{article, {}});
        y = top;
    };
    const auto place = [&](const Block &block, int line) {
        m_pages.last().lines.append(PlacedLine{&block, line, y});
        y += block.advance;
    };

    // A caption (`lines` of `block`, its credit included) that must go to the next
    // page takes the captions before it and the last two lines of the paragraph
    // before them along, so that it does not stand alone at the top of a page
    // while the text it belongs to ends on the one before. False, and nothing
    // moved, where that cannot be done: no paragraph before it on this page, or
    // it would empty the page, or what moves would not fit on one.
    const auto carryOver = [&](const Block &block, int lines) {
        const QList<PlacedLine> &placed = m_pages.last().lines;
        qsizetype start = placed.size();
        while (start > 0 && placed[start - 1].block->part == Part::Caption)
            --start;
        if (start == 0 || placed[start - 1].block->part != Part::Paragraph)
            return false;
        const Block *paragraph = placed[start - 1].block;
        qsizetype first = start; // the paragraph's first line on this page
        while (first > 0 && placed[first - 1].block == paragraph)
            --first;
        start -= std::min<qsizetype>(2, start - first);
        // Not its first line left alone at the foot: the whole paragraph goes.
        if (start - first == 1 && placed[first].line == 0)
            start = first;
        if (start == 0)
            return false;
        qreal height = 0;
        for (qsizetype i = start; i < placed.size(); ++i) {
            if (i > start && placed[i].block != placed[i - 1].block)
                height += placed[i].block->spaceBefore;
            height += placed[i].block->advance;
        }
        height += block.spaceBefore + lines * block.advance;
        if (top + height > bottom + kEpsilon)
            return false;
        const QList<PlacedLine> moving = placed.mid(start);
        m_pages.last().lines.resize(start);
        newPage(block.article);
        for (qsizetype i = 0; i < moving.size(); ++i) {
            if (i > 0 && moving[i].block != moving[i - 1].block)
                y += moving[i].block->spaceBefore;
            place(*moving[i].block, moving[i].line);
        }
        y += block.spaceBefore;
        return true;
    };

    for (size_t b = 0; b < m_blocks.size(); ++b) {
        const Block &block = *m_blocks[b];
        if (block.pageBreak || m_pages.isEmpty()) {
            newPage(block.article);
            m_firstPages.append(int(m_pages.size()) - 1);
        }
        if (y > top + kEpsilon)
            y += block.spaceBefore;
        int keptLines = block.lineCount();
        if (block.keepWithNext && b + 1 < m_blocks.size())
            keptLines += m_blocks[b + 1]->lineCount();

        const int count = block.lineCount();
        int next = 0;
        while (next < count) {
            const bool atTop = y <= top + kEpsilon;
            const int remaining = count - next;
            int fit =
                std::clamp(int(std::floor((bottom - y + kEpsilon) / block.advance)), 0, remaining);
            if (!atTop) {
                if (block.keepTogether && next == 0 &&
                    y + keptLines * block.advance > bottom + kEpsilon)
                    fit = 0;
                if (fit < remaining) {
                    if (remaining - fit == 1 && fit >= 2)
                        --fit; // no widow: the last line not alone at the top of a page
                    if (next == 0 && fit == 1)
                        fit = 0; // no orphan: the first line not alone at the foot
                }
                if (fit == 0 && next == 0 && block.part == Part::Caption &&
                    carryOver(block, keptLines))
                    continue; // on the next page now, after the lines it took along
            } else if (fit < remaining && remaining - fit == 1 && fit >= 3) {
                --fit; // a paragraph longer than a page: no widow after it either
            }
            if (fit == 0 && atTop)
                fit = 1; // a line taller than the page: place it anyway
            for (int i = 0; i < fit; ++i)
                place(block, next + i);
            next += fit;
            if (next < count)
                newPage(block.article);
        }
    }
}

QList<ArticleLayout::LineInfo> ArticleLayout::pageLines(int page) const
{
    QList<LineInfo> lines;
    if (page < 0 || page >= m_pages.size())
        return lines;
    QHash<const Block *, int> indexes;
    for (size_t i = 0; i < m_blocks.size(); ++i)
        indexes.insert(m_blocks[i].get(), int(i));
    for (const PlacedLine &placed : m_pages.at(page).lines)
        lines.append(LineInfo{placed.block->article, indexes.value(placed.block),
                              placed.block->part, placed.line, placed.block->lineCount()});
    return lines;
}

void ArticleLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const PlacedLine &placed : m_pages.at(index).lines) {
        const Block &block = *placed.block;
        if (block.isRule()) {
            const qreal y = placed.top + block.advance / 2;
            painter.setPen(QPen(block.color, pt(0.6)));
            painter.drawLine(QPointF(m_content.left(), y), QPointF(m_content.right(), y));
            continue;
        }
        if (block.captionBar)
            painter.fillRect(QRectF(m_content.left(), placed.top, pt(1.6), block.advance),
                             kBarGrey);
        const QTextLine line = block.lines.at(size_t(placed.line))->lineAt(0);
        painter.setPen(block.color);
        line.draw(&painter, QPointF(m_content.left(),
                                    placed.top + (block.advance - line.height()) / 2 - line.y()));
    }
    paintHeaderAndFooter(painter, index);
    painter.restore();
}

void ArticleLayout::paintHeaderAndFooter(QPainter &painter, int index) const
{
    const ExportArticle &article = m_articles.at(m_pages.at(index).article);
    const QFont font = m_fonts.headFont(pixelSize(8));
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(kGreyInk);

    // The header sits in the top margin, a hairline under it; the footer in the bottom one.
    const qreal headerBaseline = m_content.top() * 0.58;
    const qreal gap = pt(12);
    QStringList where;
    if (!article.sectionTitle.isEmpty())
        where << article.sectionTitle;
    if (article.article.group && !article.article.group->title.isEmpty())
        where << article.article.group->title;
    const QString left = metrics.elidedText(article.issueTitle, Qt::ElideRight,
                                            m_content.width() * (where.isEmpty() ? 1 : 0.45));
    const QString right =
        metrics.elidedText(where.join(QStringLiteral(" · ")), Qt::ElideLeft,
                           m_content.width() - metrics.horizontalAdvance(left) - gap);
    painter.drawText(QPointF(m_content.left(), headerBaseline), left);
    painter.drawText(QPointF(m_content.right() - metrics.horizontalAdvance(right), headerBaseline),
                     right);
    const qreal ruleY = m_content.top() * 0.68;
    painter.setPen(QPen(kRuleGrey, pt(0.4)));
    painter.drawLine(QPointF(m_content.left(), ruleY), QPointF(m_content.right(), ruleY));

    const QString footer = ArticleLayout::tr("Page %1 / %2")
                               .arg(QString::number(index + 1), QString::number(pageCount()));
    const qreal footerBaseline =
        m_pageSize.height() - (m_pageSize.height() - m_content.bottom()) * 0.45;
    painter.setPen(kGreyInk);
    painter.drawText(
        QPointF(m_content.center().x() - metrics.horizontalAdvance(footer) / 2, footerBaseline),
        footer);
}

void ArticleLayout::warnAboutMissingGlyphs(const QString &text) const
{
    QString missing;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (QChar::isSpace(c) || m_bodyFace.supportsCharacter(c) ||
            m_headFace.supportsCharacter(c) ||
            (m_latinFace.isValid() && m_latinFace.supportsCharacter(c)))
            continue;
        missing += QString::fromUcs4(&c, 1);
    }
    if (!missing.isEmpty())
        qCWarning(lcExport) << "neither" << m_fonts.body << "nor" << m_fonts.head << "has"
                            << missing << "; a fallback font sets it, and copied text may differ";
}

} // namespace Broadsheet
