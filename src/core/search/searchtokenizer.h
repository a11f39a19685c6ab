#pragma once

#include "result.h"

#include <QString>

struct sqlite3;

namespace Broadsheet {

// The FTS5 tokenizer "broadsheet": every character is a token, and so is every
// pair of neighbouring characters. Chinese has no spaces between words, so a
// query of any length matches as a contiguous string: one character through its
// single-character token, longer strings as a phrase of overlapping pairs.
// Text is folded first (TextFold), so width, case and script (traditional or
// simplified characters) do not matter.
class SearchTokenizer
{
public:
    static constexpr const char *kName = "broadsheet";
    // Raise it whenever the tokens made from a text change (folding, what is a
    // token): a library's index made by another version is rebuilt.
    // 2: traditional characters fold to simplified ones (ScriptFold).
    static constexpr int kVersion = 2;

    // kVersion, the Unicode version of Qt's character tables and the script
    // fold's table (OpenCC's data, read at run time), which the folding depends
    // on: "2/unicode-24/opencc-84a9f5bffae0". The library stores it with its index.
    static QString version();

    // Registers the tokenizer on an open connection (once per connection).
    static Status registerWith(sqlite3 *db);
};

} // namespace Broadsheet
