#include "pdfissuetext.h"

#include <QFileInfo>

namespace Broadsheet {

Result<PdfIssueText> PdfIssueText::read(const QString &path)
{
    Result<PdfDocumentText> document = PdfTextReader::read(path);
    if (!document)
        return document.error();
    return fromDocument(std::move(document).value());
}

Result<PdfIssueText> PdfIssueText::fromDocument(PdfDocumentText document)
{
    const bool anyText = std::any_of(document.pages.cbegin(), document.pages.cend(),
                                     [](const PdfPageText &page) { return page.hasText(); });
    if (!anyText)
        return Error{Error::Code::InvalidInput,
                     tr("%1 has no text layer on any page (it is probably scanned): there is "
                        "no text to read, and Broadsheet does not recognise text in images.")
                         .arg(QFileInfo(document.path).fileName())};
    PdfIssueText issueText;
    issueText.layout = PdfLayout::build(document);
    issueText.document = std::move(document);
    return issueText;
}

} // namespace Broadsheet
