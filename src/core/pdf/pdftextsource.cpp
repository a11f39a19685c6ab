#include "pdftextsource.h"

namespace Broadsheet {

Result<PositionedText> PdfTextSourceInProcess::read(const QByteArray &bytes, const QString &path)
{
    Result<PdfDocumentText> document = PdfTextReader::readData(bytes, path);
    if (!document)
        return document.error();
    Result<PdfIssueText> issueText = PdfIssueText::fromDocument(std::move(document).value());
    if (!issueText)
        return issueText.error();
    return positioned(*issueText);
}

PositionedText PdfTextSourceInProcess::positioned(const PdfIssueText &issueText)
{
    PositionedText positioned;
    positioned.text = issueText.layout.text;
    positioned.warnings = issueText.document.warnings;
    for (const PdfPageText &page : issueText.document.pages) {
        positioned.layout.pageSizes.append(page.size);
        if (!page.hasText())
            positioned.layout.scannedPages.append(page.number);
    }
    const PdfLayout &layout = issueText.layout;
    // Blocks numbered in reading order through the document.
    QList<int> blocks(layout.lines.size(), 0);
    int block = 0;
    for (qsizetype i = 0; i < layout.lines.size(); ++i) {
        if (layout.lines[i].startsBlock ||
            (i > 0 && layout.lines[i].page != layout.lines[i - 1].page))
            ++block;
        blocks[i] = block;
    }
    for (qsizetype i = 0; i < layout.sources.size(); ++i)
        for (const int source : layout.sources[i]) {
            const PdfLine &line = layout.lines[source];
            positioned.layout.lines.append({int(i) + 1, line.page, line.box, blocks[source]});
        }
    return positioned;
}

void PdfTextSourceInProcess::install()
{
    setPdfTextSource(&PdfTextSourceInProcess::read);
}

} // namespace Broadsheet
