#pragma once

#include "pdflinebuilder.h"
#include "pdftextreader.h"

#include <QList>
#include <QString>

namespace Broadsheet {

// A PDF's lines in reading order, and the text the issue parser reads from them,
// shaped like an issue file: one paragraph a line (a column's lines joined, CJK
// without spaces), a blank line after each, headlines (set clearly larger than
// the page's body text) one line each, every block (a column's run, a caption)
// starting a paragraph of its own, except where the page shows that it carries
// on a paragraph cut at the foot of the column before (see continuesParagraph).
class PdfLayout
{
public:
    QList<PdfLine> lines; // every page's, in reading order
    QString text;
    // For each line of `text` (index 0 is line 1), the indices into `lines` it
    // was made of; empty for blank lines.
    QList<QList<int>> sources;

    static PdfLayout build(const PdfDocumentText &document);

    // The PdfLines of a 1-based line of `text`; empty for a blank line or one
    // out of range.
    QList<PdfLine> linesOf(int textLine) const;

    // Whether `line` carries on the headline line `before` (see the .cpp).
    static bool continuesHeadline(const PdfLine &before, const PdfLine &line);

    // A headline is set this much larger than the page's body text.
    static constexpr qreal kHeadlineScale = 1.3;

private:
    void addPage(const QList<PdfLine> &pageLines);
    void addParagraph(const QString &paragraph, const QList<int> &lineIndices);
    bool continuesParagraph(const QList<PdfLine> &pageLines, int i, const QList<int> &members,
                            bool lastFull, bool indented) const;
};

} // namespace Broadsheet
