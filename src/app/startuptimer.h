#pragma once

#include <QString>

namespace Broadsheet {

// How long start-up took: since main() began, and since the process started
// (from the kernel's record, to 10 ms), for `broadsheet --timing`.
class StartupTimer
{
public:
    static void start();
    static QString report();
};

} // namespace Broadsheet
