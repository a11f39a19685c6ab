#pragma once

#include <QString>
#include <QStringView>

namespace Broadsheet {

// Folding for matching: full-width ASCII forms to their half-width forms, every
// kind of white space to a plain space (line feeds stay: they separate
// paragraphs), case folding, and traditional characters to simplified ones
// (ScriptFold's search table: 發展 and 发展 are one). One UTF-16 unit in, one
// out, so a position in the folded text is the same position in the original.
// Search, the find bar and the tree filter all match through this.
class TextFold
{
public:
    enum class Case { Fold, Keep };
    enum class Script { Fold, Keep }; // Keep: "Match script exactly"

    static char32_t fold(char32_t c, Case letterCase = Case::Fold, Script script = Script::Fold);
    static QString fold(QStringView text, Case letterCase = Case::Fold,
                        Script script = Script::Fold);
};

} // namespace Broadsheet
