// broadsheet-export: broadsheet-cli's helper for the commands that need Qt Gui,
// qpdf or libzip (exportroute.h). Not for users: broadsheet-cli runs it as
// `broadsheet-export ARGV0 COMMAND [options]`, ARGV0 being broadsheet-cli's own
// first argument, so that usage messages name the program the user ran.
#include "cli.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fputs("broadsheet-export is run by broadsheet-cli; use broadsheet-cli instead.\n",
                   stderr);
        return Broadsheet::Cli::ExitUsage;
    }
    int count = argc - 1;
    return Broadsheet::Cli::start(count, argv + 1);
}
