#pragma once

#include <QString>
#include <QStringView>

namespace Broadsheet {

// Chinese punctuation for display. Extracted text often carries half-width
// , ; : ! ? ( ) between Chinese characters; forDisplay() shows those full width
// (，；：！？（）) where they stand in Chinese text, and leaves Latin text,
// numbers (6.5, 10:30, 1,000) and web addresses alone:
//   , ; : ! ?  after a CJK character, before a CJK character or the end;
//   (          after a CJK character or at the start, before a Han character;
//   )          after a CJK character, before a CJK character or the end;
// and a pair of brackets goes full width together when either end would (or is
// full width as written). A mark turned full width counts as CJK for its
// neighbours ("好!!" → "好！！"); “ ” ‘ ’ … — count as CJK where the text beyond
// them is, so that English quotes keep their marks.
// One UTF-16 unit in, one out: a position in the result is the same position in
// the text. The stored text never changes; search folds the widths anyway.
class CjkPunctuation
{
public:
    static QString forDisplay(QStringView text);

    // Han, kana, CJK marks and brackets, full-width forms, and the marks Chinese
    // text sets full width (“ ” ‘ ’ … —).
    static bool isCjk(char32_t c);
    // What may follow a full-width opening bracket: Han, 〇, or an opening mark.
    static bool isHanLike(char32_t c);
};

} // namespace Broadsheet
