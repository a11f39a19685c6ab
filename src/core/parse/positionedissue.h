#pragma once

#include <QCoreApplication>

#include "issue.h"
#include "pagelayout.h"

namespace Broadsheet {

// An issue read from an e-paper PDF: its text (as the installed PDF reader shaped
// it) parsed as any issue file is, with where every line stands on its pages.
class PositionedIssue
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PositionedIssue)

public:
    static Issue parse(PositionedText positioned, const QString &path);

    // One page of the metadata per page of the PDF, in order: its number and
    // name as a `detected` page (from its page marker, or from the file's name for
    // a one-page file) gives them, else its place in the PDF, marked as a guess.
    static QList<IssuePage> pages(const PageLayout &layout, const QList<IssuePage> &detected);
};

} // namespace Broadsheet
