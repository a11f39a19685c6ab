#pragma once

// Where export-pdf and `export --format epub` run. They need Qt Gui, qpdf or
// libzip, which doubled broadsheet-cli's start-up for every other command, so
// broadsheet-cli runs them in a helper program, broadsheet-export: these same
// commands built with those libraries (installed in libexec/broadsheet). Each
// program links one of two definitions of what follows: exporthelper.cpp in
// broadsheet-cli, exportinprocess.cpp in broadsheet-export.

#include "deskexportitem.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Broadsheet::Cli {

// broadsheet-cli: runs the command line in broadsheet-export and gives its exit
// status (its output goes straight to this program's). broadsheet-export:
// nothing, the command runs where it is.
std::optional<int> runInExportHelper(const QStringList &arguments);

// Makes PDFs readable to the parser (setPdfTextSource). broadsheet-cli: each PDF
// is read by broadsheet-export's `pdf-text` (the bytes on its stdin, the
// positioned text as JSON on its stdout). broadsheet-export: in-process, with
// Poppler.
void installPdfReader();
// broadsheet-export: runs `pdf-text` and gives its exit status; nothing for any
// other command line, and nothing in broadsheet-cli.
std::optional<int> runInternalCommand(const QStringList &arguments);

// Writes the desk export: the text formats in broadsheet-cli, every format in
// broadsheet-export.
Status writeDeskExport(DeskFormat format, const QList<DeskExportItem> &items, const QString &path);

} // namespace Broadsheet::Cli
