#pragma once

#include "deskexportitem.h"
#include "epubdocuments.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Broadsheet {

// The researcher's exports in one place: articles (with their desk notes and
// tags) as RIS, CSL-JSON, CSV, Markdown or EPUB. Each format is a class of its
// own (RisExporter, CslJsonExporter, CsvExporter, MarkdownExporter,
// EpubExporter); this chooses one and writes its bytes. The text formats are
// TextDeskExporter's, which broadsheet-cli uses without Qt Gui or libzip.
class DeskExporter
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::DeskExporter)

public:
    static Result<QByteArray> render(DeskFormat format, const QList<DeskExportItem> &items,
                                     const EpubOptions &epub = {});
    // Writes atomically: a file at `path` is only ever replaced by a complete export.
    static Status write(DeskFormat format, const QList<DeskExportItem> &items, const QString &path,
                        const EpubOptions &epub = {});
};

} // namespace Broadsheet
