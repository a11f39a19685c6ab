#include "textdeskexporter.h"

#include "csljsonexporter.h"
#include "csvexporter.h"
#include "markdownexporter.h"
#include "risexporter.h"

#include <QDir>
#include <QSaveFile>

namespace Broadsheet {

bool TextDeskExporter::handles(DeskFormat format)
{
    return format != DeskFormat::Epub;
}

Error TextDeskExporter::nothingToExport()
{
    return Error{Error::Code::InvalidInput,
                 tr("There is nothing to export: no article was chosen.")};
}

Result<QByteArray> TextDeskExporter::render(DeskFormat format, const QList<DeskExportItem> &items)
{
    if (items.isEmpty())
        return nothingToExport();
    switch (format) {
    case DeskFormat::Ris:
        return RisExporter::render(items);
    case DeskFormat::CslJson:
        return CslJsonExporter::render(items);
    case DeskFormat::Csv:
        return CsvExporter::render(items);
    case DeskFormat::Markdown:
        return MarkdownExporter::render(items);
    case DeskFormat::Epub:
        break; // DeskExporter's (libzip)
    }
    return Error{Error::Code::InvalidInput, tr("Unknown export format.")};
}

Status TextDeskExporter::write(DeskFormat format, const QList<DeskExportItem> &items,
                               const QString &path)
{
    const auto bytes = render(format, items);
    if (!bytes)
        return bytes.error();
    return save(*bytes, path);
}

Status TextDeskExporter::save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{
            Error::Code::Io,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed();
    }
    if (!file.commit())
        return failed();
    return success();
}

} // namespace Broadsheet
