#pragma once

#include "result.h"

#include <QString>

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
    // Raise it whenever the tokens made from a text change (folding, what is a
    // token): a library's index made by another version is rebuilt.
    static constexpr int kVersion = 1;

    // kVersion and the Unicode version of Qt's character tables, which the
    // folding depends on: "1/unicode-15.0". The library stores it with its index.
    static QString version();

    // Registers the tokenizer on an open connection (once per connection).
    static Status registerWith(sqlite3 *db);
};

} // namespace Broadsheet
