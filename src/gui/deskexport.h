#pragma once

#include "deskexportitem.h"
#include "libraryrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Broadsheet {

// File ▸ Export Articles…: the articles of a collection, a search or a
// selection, with their notes and tags, written by DeskExporter. run() reads
// the library on a connection of its own, so that it can run off the GUI thread.
class DeskExport
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::DeskExport)

public:
    struct Job
    {
        QString libraryPath;
        QList<qint64> ids;                   // the articles, in this order
        std::optional<SearchRequest> search; // or every result of a search
        DeskFormat format = DeskFormat::Ris;
        QString path;
        QString title; // an EPUB's
    };

    static QList<DeskFormat> formats();
    static QString label(DeskFormat format);  // "RIS (reference managers)"
    static QString suffix(DeskFormat format); // without the dot
    // An error in words, or an empty string when the file was written.
    static QString run(const Job &job);
};

} // namespace Broadsheet
