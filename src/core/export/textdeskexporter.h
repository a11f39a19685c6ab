#pragma once

#include "deskexportitem.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Broadsheet {

// The desk's text formats: RIS, CSL-JSON, CSV and Markdown. They need QtCore
// alone, so broadsheet-store holds them and broadsheet-cli writes them itself;
// EPUB (libzip) is DeskExporter's, in broadsheet-export, which chooses among all.
class TextDeskExporter
{
    // The messages are DeskExporter's, as they were before the formats were split.
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::DeskExporter)

public:
    static bool handles(DeskFormat format);
    static Result<QByteArray> render(DeskFormat format, const QList<DeskExportItem> &items);
    // Writes atomically: a file at `path` is only ever replaced by a complete export.
    static Status write(DeskFormat format, const QList<DeskExportItem> &items, const QString &path);
    static Status save(const QByteArray &bytes, const QString &path);
    static Error nothingToExport();
};

} // namespace Broadsheet
