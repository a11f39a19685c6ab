#pragma once

// The library as the commands that use it share it (librarycommands.cpp).

#include "library.h"

#include <QCommandLineParser>

#include <memory>

namespace Broadsheet::Cli {

// --library FILE; without it, the default library.
QCommandLineOption libraryOption();
// Opened with the search index's progress and warnings said on stderr.
Result<std::unique_ptr<Library>> openLibrary(const QCommandLineParser &parser,
                                             Library::Access access);
// Says why and gives the exit status: 1 for what is not found, else 3.
int libraryFailure(const Error &error);

} // namespace Broadsheet::Cli
