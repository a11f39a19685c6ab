#include "linepieces.h"

namespace Broadsheet::LinePieces {

QStringList ofRunOn(QStringView text, const QStringList &lineTexts)
{
    QStringList pieces;
    qsizetype at = 0;
    for (qsizetype i = 0; i < lineTexts.size(); ++i) {
        const QStringView rest = text.sliced(at);
        if (i + 1 == lineTexts.size()) {
            pieces << rest.toString();
            break;
        }
        // A line's share is where it and the text still agree: a dropped repeat
        // only ever shortens a line's end.
        const QStringView line = lineTexts[i];
        qsizetype n = 0;
        while (n < rest.size() && n < line.size() && rest[n] == line[n])
            ++n;
        pieces << rest.first(n).toString();
        at += n;
    }
    return pieces;
}

QStringList ofSpaced(QStringView text, const QStringList &lineTexts)
{
    if (lineTexts.size() <= 1)
        return lineTexts.isEmpty() ? QStringList() : QStringList{text.toString()};
    QStringList pieces(lineTexts.size());
    QStringView rest = text;
    for (qsizetype i = lineTexts.size() - 1; i > 0; --i) {
        const QString tail = u' ' + lineTexts[i];
        if (!rest.endsWith(tail))
            return lineTexts;
        pieces[i] = lineTexts[i];
        rest.chop(tail.size());
    }
    pieces[0] = rest.toString();
    return pieces;
}

} // namespace Broadsheet::LinePieces
