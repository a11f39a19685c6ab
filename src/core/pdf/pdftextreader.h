#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Broadsheet {

// One word (or run of characters) as Poppler found it on a page: its text and
// where it stands, in PDF points from the page's top-left corner.
struct PdfTextBox
{
    QString text;
    QRectF box;
    bool spaceAfter = false; // the PDF puts a space after it
};

struct PdfPageText
{
    int number = 0; // 1-based
    QSizeF size;    // in points
    QList<PdfTextBox> boxes;

    // A page without a text layer is a scan: there is nothing to read on it
    // without OCR, which Broadsheet does not do.
    bool hasText() const { return !boxes.isEmpty(); }
};

struct PdfDocumentText
{
    QString path;
    QList<PdfPageText> pages;
    // What the reader should know though the file opened: pages without text,
    // in words a user understands.
    QStringList warnings;
};

// Opens a PDF with Poppler and reads every page's size and text boxes. A file
// that is not a PDF, is locked with a password, damaged or without pages is an
// error; a page without text is a warning, so that the other pages still read.
class PdfTextReader
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PdfTextReader)

public:
    static Result<PdfDocumentText> read(const QString &path);
    static Result<PdfDocumentText> readData(const QByteArray &bytes, const QString &path = {});

    // The warning for a page without a text layer.
    static QString scannedPageMessage(int page);
};

} // namespace Broadsheet
