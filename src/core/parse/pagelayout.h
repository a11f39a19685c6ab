#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

namespace Broadsheet {

// Where an issue's text stands on its pages, when it was read from an e-paper PDF
// rather than a text file. Boxes are [x0, y0, x1, y1] in PDF points from the
// page's top-left corner, as Poppler gives them; pages are 1-based.

// One printed line of a page and the line of the text it went into (a
// paragraph set over several printed lines is one text line, so one text line
// may have many printed lines, on more than one page).
struct PrintedLine
{
    int line = 0; // 1-based line of the text
    int page = 0;
    QRectF box;
    // The block of the page it was set in (a column's run, a headline, a
    // caption), numbered through the document in reading order: an article's
    // zone never spans two blocks side by side.
    int block = 0;

    friend bool operator==(const PrintedLine &, const PrintedLine &) = default;
};

// Part of an article on a page: the union of its printed lines there, one
// rectangle per column run it fills.
struct Zone
{
    int page = 0;
    QRectF box;

    friend bool operator==(const Zone &, const Zone &) = default;
};

struct PageLayout
{
    QList<QSizeF> pageSizes;  // index 0 is page 1; every page of the PDF, text or not
    QList<PrintedLine> lines; // in reading order
    QList<int> scannedPages;  // pages without a text layer

    bool isEmpty() const { return pageSizes.isEmpty(); }
    // The printed lines of the given text lines (1-based), in reading order.
    QList<PrintedLine> printedLines(const QList<int> &textLines) const;
    // The zones of the given text lines: their printed lines' boxes joined where
    // they stack in one column on one page, in reading order.
    QList<Zone> zonesOf(const QList<int> &textLines) const;
    // The page (1-based) a text line starts on; 0 if it has no printed line.
    int pageOf(int textLine) const;

    friend bool operator==(const PageLayout &, const PageLayout &) = default;
};

// A PDF read for the issue parser: its text, shaped like an issue file, with
// where each line stands.
struct PositionedText
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PositionedText)

public:
    QString text;
    PageLayout layout;
    QStringList warnings; // pages without text, in words a reader understands

    // What broadsheet-cli's helper prints for a PDF and broadsheet-cli reads back.
    QJsonObject toJson() const;
    static Result<PositionedText> fromJson(const QJsonObject &object);
};

// Reading PDFs needs Poppler and Qt Gui, which the core does not link: the
// programs that can read them install a reader at start-up (the app and
// broadsheet-cli's helper read in-process, broadsheet-cli asks its helper).
// Until one is installed, a PDF is refused with a message that says so.
using PdfTextSource =
    std::function<Result<PositionedText>(const QByteArray &bytes, const QString &path)>;

void setPdfTextSource(PdfTextSource source);
bool hasPdfTextSource();
// The installed reader's result, or the error saying none is installed.
Result<PositionedText> readPdfText(const QByteArray &bytes, const QString &path);
// Whether the bytes are a PDF: "%PDF-" within the first kilobyte, after nothing
// but white space, a byte order mark or binary junk, as PDF readers allow. (A
// text file that mentions "%PDF-" is text.) One rule for every reader of PDFs.
bool looksLikePdf(const QByteArray &bytes);

} // namespace Broadsheet
