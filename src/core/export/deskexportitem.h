#pragma once

#include "libraryrecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Broadsheet {

// One article for the researcher's exports, with what the user wrote about it on
// the desk (a note, tags). Plain data: the desk store fills it in where it can.
struct DeskExportItem
{
    StoredArticle article;
    QString note = {};
    QStringList tags = {};
};

// The formats of DeskExporter, named on the command line as ris, csl-json, csv,
// markdown, epub.
enum class DeskFormat { Ris, CslJson, Csv, Markdown, Epub };

QString deskFormatName(DeskFormat format);
std::optional<DeskFormat> deskFormatFromName(QStringView name);
QStringList deskFormatNames();

} // namespace Broadsheet
