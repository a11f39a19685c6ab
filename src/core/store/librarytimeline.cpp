#include "library.h"

namespace Broadsheet {

// Placeholder until the timeline query lands: the declaration is shared by the
// store, the CLI and the chart.
Result<QList<TimelineBucket>> Library::timeline(const TimelineRequest &)
{
    return Error{Error::Code::Library, Library::tr("The timeline is not available yet.")};
}

} // namespace Broadsheet
