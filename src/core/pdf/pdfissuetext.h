#pragma once

#include <QCoreApplication>

#include "pdflayout.h"
#include "pdftextreader.h"
#include "result.h"

namespace Broadsheet {

// An e-paper PDF as the issue parser reads it: the text of its pages in reading
// order (IssueParser::parseText), with each text line's PDF lines (page and
// box), the pages' sizes, and warnings about pages without text.
class PdfIssueText
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PdfIssueText)

public:
    PdfDocumentText document;
    PdfLayout layout;

    // A PDF without any text layer (a scan) is an error: there is nothing to parse.
    static Result<PdfIssueText> read(const QString &path);
    static Result<PdfIssueText> fromDocument(PdfDocumentText document);
};

} // namespace Broadsheet
