#include "deskexporter.h"

#include "epubexporter.h"
#include "textdeskexporter.h"

namespace Broadsheet {

Result<QByteArray> DeskExporter::render(DeskFormat format, const QList<DeskExportItem> &items,
                                        const EpubOptions &epub)
{
    if (items.isEmpty())
        return TextDeskExporter::nothingToExport();
    if (format == DeskFormat::Epub)
        return EpubExporter::render(items, epub);
    return TextDeskExporter::render(format, items);
}

Status DeskExporter::write(DeskFormat format, const QList<DeskExportItem> &items,
                           const QString &path, const EpubOptions &epub)
{
    const auto bytes = render(format, items, epub);
    if (!bytes)
        return bytes.error();
    return TextDeskExporter::save(*bytes, path);
}

} // namespace Broadsheet
