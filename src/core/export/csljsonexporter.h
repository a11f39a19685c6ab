#pragma once

#include "deskexportitem.h"

#include <QByteArray>
#include <QList>

namespace Broadsheet {

// Articles as CSL-JSON (the Citation Style Language's data, which Zotero and
// pandoc's citeproc read): an array of article-newspaper items with id, title,
// author (each a literal name: Chinese names are not split into given and family
// parts), container-title, issued date-parts, page, section, note and language.
// Unknown fields are left out.
class CslJsonExporter
{
public:
    static QByteArray render(const QList<DeskExportItem> &items);
};

} // namespace Broadsheet
