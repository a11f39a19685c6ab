#pragma once

#include "result.h"

struct sqlite3;

namespace Broadsheet {

// The FTS5 tokenizer "broadsheet": every character is a token, and so is every
// pair of neighbouring characters. Chinese has no spaces between words, so a
// query of any length matches as a contiguous string: one character through its
// single-character token, longer strings as a phrase of overlapping pairs.
// Text is folded first (TextFold), so width and case do not matter.
class SearchTokenizer
{
public:
    static constexpr const char *kName = "broadsheet";

    // Registers the tokenizer on an open connection (once per connection).
    static Status registerWith(sqlite3 *db);
};

} // namespace Broadsheet
