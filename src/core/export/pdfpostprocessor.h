#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Broadsheet {

struct PdfDocumentInfo
{
    QString title;
    QStringList authors;
    QString creator;
};

struct PdfOutlineEntry
{
    QString title;
    int page = 0; // 0-based
};

// Adds to a PDF what Qt 6.4's QPdfWriter cannot write: the Author entry of the
// document information and an outline (bookmarks). Done with qpdf's object API
// (libqpdf), so that no PDF syntax is written by hand; the pages, fonts and streams
// are kept as they are.
class PdfPostProcessor
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PdfPostProcessor)

public:
    static Result<QByteArray> process(const QByteArray &pdf, const PdfDocumentInfo &info,
                                      const QList<PdfOutlineEntry> &outline);
};

} // namespace Broadsheet
