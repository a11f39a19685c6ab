#include "deskexporter.h"

#include "csljsonexporter.h"
#include "csvexporter.h"
#include "epubexporter.h"
#include "markdownexporter.h"
#include "risexporter.h"

#include <QDir>
#include <QSaveFile>

namespace Broadsheet {

Result<QByteArray> DeskExporter::render(DeskFormat format, const QList<DeskExportItem> &items,
                                        const EpubOptions &epub)
{
    if (items.isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("There is nothing to export: no article was chosen.")};
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
        return EpubExporter::render(items, epub);
    }
    return Error{Error::Code::InvalidInput, tr("Unknown export format.")};
}

Status DeskExporter::write(DeskFormat format, const QList<DeskExportItem> &items,
                           const QString &path, const EpubOptions &epub)
{
    const auto bytes = render(format, items, epub);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{
            Error::Code::Io,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(*bytes) != bytes->size()) {
        file.cancelWriting();
        return failed();
    }
    if (!file.commit())
        return failed();
    return success();
}

} // namespace Broadsheet
