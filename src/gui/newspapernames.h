#pragma once

#include "result.h"

#include <QStringList>

namespace Broadsheet {

class Library;

// The newspapers of the library's issues, each once, in the order of the
// user's language.
Result<QStringList> newspaperNames(Library &library);

} // namespace Broadsheet
