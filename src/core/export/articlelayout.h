#pragma once

#include <QCoreApplication>

#include "exportfonts.h"
#include "pdfexporter.h"

#include <QList>
#include <QMarginsF>
#include <QRawFont>
#include <QRectF>
#include <QSizeF>

#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace Broadsheet {

// Where every line of exported articles goes on which page. Device independent:
// positions are in layout units of a tenth of a point, the origin at the top-left
// corner of the page, and fonts are sized in those units, so that a PDF and a
// printer get the same line breaks and the same pages.
//
// Each article starts on a new page. Lines sit on a fixed pitch per kind of text;
// a paragraph never leaves its first line alone at the foot of a page nor its last
// line alone at the top of the next, and a caption stays in one piece. A caption
// that does not fit under the text takes the paragraph's last two lines with it
// to the next page, rather than stand there alone.
class ArticleLayout
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::ArticleLayout)

public:
    static constexpr qreal kUnitsPerPoint = 10;

    // `pageSize` and `margins` in points.
    ArticleLayout(const QList<ExportArticle> &articles, const ExportFonts &fonts, QSizeF pageSize,
                  QMarginsF margins);
    ~ArticleLayout();
    ArticleLayout(const ArticleLayout &) = delete;
    ArticleLayout &operator=(const ArticleLayout &) = delete;

    // What a line belongs to.
    enum class Part { Head, Rule, Paragraph, Caption };
    struct LineInfo
    {
        int article = 0;
        int block = 0; // the block's index among every article's blocks, in order
        Part part = Part::Paragraph;
        int line = 0;  // 0-based within the block
        int lines = 0; // the block's line count
    };

    int pageCount() const { return int(m_pages.size()); }
    int firstPage(int article) const { return m_firstPages.value(article, -1); }
    // The lines on a page, top to bottom (for tests and diagnostics).
    QList<LineInfo> pageLines(int page) const;
    // Paints one page, running header and footer included. The painter must map
    // layout units to the device, with the page's top-left corner at the origin.
    void paintPage(QPainter &painter, int page) const;

private:
    struct Style;
    struct Block;
    struct PlacedLine
    {
        const Block *block = nullptr;
        int line = 0;
        qreal top = 0;
    };
    struct Page
    {
        int article = 0;
        QList<PlacedLine> lines;
    };

    void addArticle(int index, const Article &article);
    void addBlock(int article, const QString &text, const Style &style, Part part,
                  const QList<std::pair<int, int>> &headRanges = {});
    void addRule(int article);
    void addCaption(int article, const Caption &caption);
    void paginate();
    void paintHeaderAndFooter(QPainter &painter, int page) const;
    void warnAboutMissingGlyphs(const QString &text) const;

    QList<ExportArticle> m_articles;
    ExportFonts m_fonts;
    QSizeF m_pageSize;
    QRawFont m_bodyFace; // the faces alone, without fallbacks, to check coverage
    QRawFont m_headFace;
    QRawFont m_latinFace;
    QRectF m_content; // the text area, inside the margins
    std::vector<std::unique_ptr<Block>> m_blocks;
    QList<Page> m_pages;
    QList<int> m_firstPages;
};

} // namespace Broadsheet
