#include "textfold.h"

#include "scriptfold.h"

#include <QChar>

namespace Broadsheet {

char32_t TextFold::fold(char32_t c, Case letterCase, Script script)
{
    if (c < 0x80) {
        if (c >= u'A' && c <= u'Z' && letterCase == Case::Fold)
            return c + (u'a' - u'A');
        if (c == u'\t' || c == u'\r' || c == u'\v' || c == u'\f')
            return u' ';
        return c;
    }
    if (c >= 0x3400 && c < 0xA000) // Han: the common case
        return script == Script::Fold ? ScriptFold::fold(c) : c;
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII
        return fold(c - 0xFEE0, letterCase, script);
    if (c == 0x3000 || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F)
        return u' ';
    char32_t folded = c;
    if (letterCase == Case::Fold) {
        folded = QChar::toCaseFolded(c);
        // Keep the length in UTF-16 units: a fold may not cross the BMP boundary.
        if ((folded > 0xFFFF) != (c > 0xFFFF))
            folded = c;
    }
    // Han beyond the BMP (the script fold keeps the length itself).
    if (script == Script::Fold && folded >= 0x20000)
        folded = ScriptFold::fold(folded);
    return folded;
}

QString TextFold::fold(QStringView text, Case letterCase, Script script)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t f = fold(QChar::surrogateToUcs4(c, text[i + 1]), letterCase, script);
            out[i] = QChar::highSurrogate(f);
            out[i + 1] = QChar::lowSurrogate(f);
            ++i;
        } else {
            out[i] = QChar(char16_t(fold(c.unicode(), letterCase, script)));
        }
    }
    return folded;
}

} // namespace Broadsheet
