#pragma once

#include "pdftextreader.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace Broadsheet {

// A line of text on a PDF page: the words on one baseline, close enough to read
// as one line (a column's gutter ends it). Boxes are in points from the page's
// top-left corner; `size` is the line's height, Poppler giving no font size.
struct PdfLine
{
    int page = 0; // 1-based
    QRectF box;
    qreal size = 0;
    QString text;
    bool startsBlock = false; // the first line of a block (a column's run, a headline)
};

// A page's text boxes → its lines, in no particular order (PdfReadingOrder
// orders them).
class PdfLineBuilder
{
public:
    static QList<PdfLine> build(const PdfPageText &page);
    // The size most of the lines' characters are set in: the page's body text.
    static qreal bodySize(const QList<PdfLine> &lines);

    // Chinese, Japanese and Korean characters and their punctuation: text set
    // without spaces, so two pieces of it join without one.
    static bool isCjk(char32_t c);
    // Closing punctuation, which Chinese papers never open a line with: it hangs
    // at the end of the line before, past the column's edge if need be.
    static bool hangsInGutter(char32_t c);
    // Two words of a line, `gap` (in type sizes) apart, with a space between
    // them where the PDF has one. Between Chinese characters only a gap as wide as
    // a space counts: justified Chinese text spreads its characters a little, and
    // Poppler may call that a space.
    static QString joinedWords(const QString &left, const QString &right, qreal gap,
                               bool spaceAfter);
    // Two lines of a paragraph: Chinese text runs on without a space at a line
    // break, Latin words get one.
    static QString joinedLines(const QString &left, const QString &right);
};

} // namespace Broadsheet
