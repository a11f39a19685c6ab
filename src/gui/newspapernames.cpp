#include "newspapernames.h"

#include "library.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace Broadsheet {

Result<QStringList> newspaperNames(Library &library)
{
    const auto issues = library.issues();
    if (!issues)
        return issues.error();
    QSet<QString> seen;
    QStringList names;
    for (const IssueRecord &issue : *issues) {
        if (!issue.paper.isEmpty() && !seen.contains(issue.paper)) {
            seen.insert(issue.paper);
            names << issue.paper;
        }
    }
    const QCollator collator;
    std::sort(names.begin(), names.end(), collator);
    return names;
}

} // namespace Broadsheet
