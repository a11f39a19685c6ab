#include "positionedissue.h"

#include "issueparser.h"
#include "jumpjoiner.h"

namespace Broadsheet {

Issue PositionedIssue::parse(PositionedText positioned, const QString &path)
{
    Issue issue = IssueParser::parseText(std::move(positioned.text), path);
    issue.source.encoding = QStringLiteral("PDF");
    issue.layout = std::move(positioned.layout);
    issue.notes << positioned.warnings;
    issue.metadata.pages = pages(issue.layout, issue.metadata.pages);
    JumpJoiner::join(issue);
    return issue;
}

QList<IssuePage> PositionedIssue::pages(const PageLayout &layout, const QList<IssuePage> &detected)
{
    QList<IssuePage> pages(layout.pageSizes.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        pages[i].pdfPage = int(i) + 1;
    for (const PrintedLine &printed : layout.lines) {
        IssuePage &page = pages[printed.page - 1];
        page.firstLine = page.firstLine ? std::min(page.firstLine, printed.line) : printed.line;
        page.lastLine = std::max(page.lastLine, printed.line);
    }
    // What the text's page markers or the file's name said: a page of the PDF takes
    // the number and name of the detected page its first line falls in.
    for (IssuePage &page : pages) {
        for (const IssuePage &found : detected) {
            const bool wholeFile = found.firstLine == 0;
            const bool within = page.firstLine > 0 && found.firstLine <= page.lastLine &&
                                found.lastLine >= page.firstLine;
            if ((wholeFile && pages.size() == 1) || (!wholeFile && within)) {
                page.number = found.number;
                page.name = found.name;
                break;
            }
        }
        if (!page.number)
            page.number = Sourced<QString>{QString::number(page.pdfPage), MetadataSource::Guess};
    }
    return pages;
}

} // namespace Broadsheet
