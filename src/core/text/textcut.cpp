#include "textcut.h"

#include <QTextBoundaryFinder>

namespace Broadsheet {

QString TextCut::left(QStringView text, qsizetype maxUnits)
{
    if (maxUnits <= 0)
        return {};
    if (text.size() <= maxUnits)
        return text.toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.constData(), text.size());
    finder.setPosition(maxUnits);
    if (!finder.isAtBoundary())
        finder.toPreviousBoundary();
    return text.first(std::max<qsizetype>(0, finder.position())).toString();
}

} // namespace Broadsheet
