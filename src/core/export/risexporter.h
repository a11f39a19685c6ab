#pragma once

#include "deskexportitem.h"

#include <QByteArray>
#include <QList>

namespace Broadsheet {

// Articles as RIS, the tagged format reference managers (Zotero, EndNote,
// Mendeley, NoteExpress) import: per article a NEWS record with its title,
// authors (one AU each), paper (T2), date (DA YYYY/MM/DD/, PY), page (SP),
// section (SE), the desk note (N1), the tags (KW each) and LA zh. Lines are
// `XX  - value` ending in CRLF, as the format's specification has them; UTF-8.
class RisExporter
{
public:
    static QByteArray render(const QList<DeskExportItem> &items);
};

} // namespace Broadsheet
