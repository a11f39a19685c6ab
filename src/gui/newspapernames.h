#pragma once

#include "result.h"

#include <QStringList>

namespace Broadsheet {

class Library;

// The newspapers of the library's issues, each once, in the order of the
// user's language. One function, so that it can ask Library::newspapers()
// instead of reading every issue once the library offers it.
Result<QStringList> newspaperNames(Library &library);

} // namespace Broadsheet
