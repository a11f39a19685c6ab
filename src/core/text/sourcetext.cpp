#include "sourcetext.h"

#include "conventions.h"

namespace Broadsheet {

SourceText::SourceText(QString text)
    : m_text(std::move(text))
{
    const QStringView all(m_text);
    m_lines.reserve(all.count(u'\n') / 2 + all.count(u'\r') / 2 + 16);
    int number = 0;
    int blanks = 0;
    int indentedLong = 0;
    int long_ = 0;
    int blankSeparated = 0;
    int short_ = 0;
    int indentedShort = 0;
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = start;
        while (end < all.size() && all[end] != u'\n' && all[end] != u'\r')
            ++end;
        ++number;
        const QStringView raw = all.sliced(start, end - start);
        const QStringView content = Conventions::trimmed(raw);
        if (content.isEmpty()) {
            ++blanks;
        } else {
            const bool indented = content.data() != raw.data();
            m_lines.append(SourceLine{number, content, blanks, indented});
            if (content.size() >= 40) {
                ++long_;
                indentedLong += indented ? 1 : 0;
                blankSeparated += blanks > 0 ? 1 : 0;
            } else {
                ++short_;
                indentedShort += indented ? 1 : 0;
            }
            blanks = 0;
        }
        if (end < all.size() && all[end] == u'\r' && end + 1 < all.size() && all[end + 1] == u'\n')
            ++end;
        start = end + 1;
    }
    m_lineCount = number;
    // Indentation tells paragraphs from headlines only when headlines are not
    // indented too.
    const bool everythingIndented = short_ > 0 && indentedShort * 10 >= short_ * 9;
    m_indentedLayout =
        long_ > 0 && indentedLong * 2 > long_ && blankSeparated * 4 < long_ && !everythingIndented;
}

} // namespace Broadsheet
