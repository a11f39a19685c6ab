#pragma once

#include "pagelayout.h"
#include "pdfissuetext.h"

namespace Broadsheet {

// The issue parser's PDF reader, in-process: Poppler's text boxes in reading
// order (PdfIssueText) as the positioned text the parser reads.
class PdfTextSourceInProcess
{
public:
    static Result<PositionedText> read(const QByteArray &bytes, const QString &path);
    static PositionedText positioned(const PdfIssueText &issueText);
    // Makes this the reader of every PDF the parser meets (setPdfTextSource).
    static void install();
};

} // namespace Broadsheet
