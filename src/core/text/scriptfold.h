#pragma once

#include <QString>
#include <QStringView>

#include <span>

namespace Broadsheet {

// Traditional → simplified, one character for one: OpenCC's character table
// (TSCharacters; never its phrase table, which turns two characters into one or
// three), read once from libopencc-data. A character keeps its length in UTF-16
// units, so a position in the folded text is the same position in the original:
// what is shown and stored is never rewritten, only matched through the fold.
//
// Where OpenCC offers several simplified forms, the first is taken; where it
// would change the length (a BMP character whose simplified form lies outside the
// BMP, or the reverse), the character keeps its form. Without the table (the
// data package missing) the fold is the identity.
class ScriptFold
{
public:
    enum class Table {
        // OpenCC's table as it is, BMP characters only: how the parser's
        // conventions recognise their cues in traditional script (本報訊, 記者).
        Conventions,
        // For search, on the index and on queries alike: the same, characters
        // outside the BMP too, without the exclusions and with the variants
        // below. Every character folds to one that folds no further.
        Search,
    };

    // A variant form that OpenCC leaves alone (or sends elsewhere), and the
    // simplified character it is searched as.
    struct Variant
    {
        char32_t from;
        char32_t to;
    };

    static char32_t fold(char32_t c, Table table = Table::Search);
    static QString fold(QStringView text, Table table = Table::Search);

    // Whether OpenCC's character table could be read.
    static bool isAvailable();
    // Whether the search fold changes `c`, or makes another character into `c`: a
    // text without such characters matches a query the same with or without it.
    static bool isAffected(char32_t c);
    // What the search table is, for the search index's version: "none" without
    // OpenCC's table, else a digest of every pair in it.
    static QString signature();

    // The reviewed lists (scriptfold.cpp says why each is there).
    static std::span<const Variant> variants();
    static std::span<const char32_t> exclusions();
};

} // namespace Broadsheet
