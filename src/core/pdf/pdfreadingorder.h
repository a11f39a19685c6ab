#pragma once

#include "pdflinebuilder.h"

#include <QList>

namespace Broadsheet {

// A page's lines in the order a Chinese newspaper page is read: lines are
// gathered into blocks (a column's run of text between headlines and pictures,
// a headline, a caption), and blocks read top to bottom within a column,
// columns left to right, with a block that spans columns (a headline across an
// article's columns) read where it stands: after what is above it, before what
// is below it.
//
// The order is Breuel's for text lines ("High performance document layout
// analysis", 2003), on blocks: a block comes before another that it overlaps
// horizontally and stands above, and before one entirely to its right unless a
// block between them in height spans both (a headline over both columns, which
// then comes between them). A block wholly below one to its right comes first
// only where its column has a block beside that one and no band of white across
// the page parts them: the page's header, and a story stacked above another,
// are read before what is below them.
class PdfReadingOrder
{
public:
    // The lines of one page in reading order, each block's first line marked.
    static QList<PdfLine> order(QList<PdfLine> lines);
};

} // namespace Broadsheet
