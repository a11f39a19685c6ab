#pragma once

#include "epubdocuments.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Broadsheet {

// Articles as an EPUB 3 book, for reading on an e-reader: the OCF container
// written with libzip, `mimetype` first and stored uncompressed as the format
// requires, the rest deflated. See EpubDocuments for what the book holds.
class EpubExporter
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::EpubExporter)

public:
    static Result<QByteArray> render(const QList<DeskExportItem> &items,
                                     const EpubOptions &options = {});
};

} // namespace Broadsheet
