#pragma once

#include <QString>
#include <QStringView>

namespace Broadsheet {

// Shortens text for display (tree labels, file names, outlines) without cutting
// a character in two: a cut between the halves of a surrogate pair, or between
// a letter and its combining mark, shows up as "?" or a stray accent.
class TextCut
{
public:
    // The longest prefix of whole characters (grapheme clusters) of at most
    // `maxUnits` UTF-16 code units.
    static QString left(QStringView text, qsizetype maxUnits);
};

} // namespace Broadsheet
