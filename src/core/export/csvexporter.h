#pragma once

#include "deskexportitem.h"

#include <QByteArray>
#include <QList>

namespace Broadsheet {

// Articles as CSV (RFC 4180), one row each with its whole text, for a
// spreadsheet or a script: id,title,authors,newspaper,date,page,section,tags,
// note,text. Several authors or tags are joined with "; ", the text's
// paragraphs with line feeds; a field with a comma, a quote or a line break is
// quoted. Rows end in CRLF.
class CsvExporter
{
public:
    static QByteArray render(const QList<DeskExportItem> &items);
    static QString field(const QString &value); // quoted where RFC 4180 needs it
};

} // namespace Broadsheet
