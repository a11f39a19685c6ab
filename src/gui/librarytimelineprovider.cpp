#include "librarytimelineprovider.h"

#include "library.h"

namespace Broadsheet {

TimelineProvider libraryTimelineProvider(const QString &libraryPath)
{
    return [libraryPath](const TimelineRequest &request) -> Result<QList<TimelineBucket>> {
        // Read-only: counting changes nothing, and works on a library the
        // user may not write (and while this program imports into it).
        auto library =
            Library::open(libraryPath, Library::Options{.access = Library::Access::ReadOnly});
        if (!library)
            return library.error();
        return (*library)->timeline(request);
    };
}

} // namespace Broadsheet
