#pragma once

#include "timelinedialog.h"

namespace Broadsheet {

// The TimelineDialog's numbers from the library file at `libraryPath`. Each
// call opens a read-only Library of its own: the provider runs on a worker
// thread, and a Library serves only the thread that opened it.
TimelineProvider libraryTimelineProvider(const QString &libraryPath);

} // namespace Broadsheet
