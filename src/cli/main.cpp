#include "cli.h"

int main(int argc, char *argv[])
{
    return Broadsheet::Cli::start(argc, argv);
}
