#include "newspapernames.h"

#include "library.h"

#include <QCollator>

#include <algorithm>

namespace Broadsheet {

Result<QStringList> newspaperNames(Library &library)
{
    // Library::newspapers() reads its per-paper counts, not every issue file.
    const auto papers = library.newspapers();
    if (!papers)
        return papers.error();
    QStringList names;
    for (const NewspaperRecord &paper : *papers) {
        if (!paper.paper.isEmpty())
            names << paper.paper;
    }
    const QCollator collator;
    std::sort(names.begin(), names.end(), collator);
    return names;
}

} // namespace Broadsheet
