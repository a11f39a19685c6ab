#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace Broadsheet {

// A PDF's pages as pictures, and where a text stands on them: what the page view
// draws. Sizes and boxes are in PDF points from the page's top-left corner, pages
// are 1-based, as in PageLayout.
//
// Threads: a Poppler document must not be used from two threads at once. Every
// call locks the renderer's own mutex, so one renderer may be handed to a worker
// (QtConcurrent) and used from the GUI thread as well, but the calls then wait
// for each other: a search waits for a page being rendered. Where that matters,
// give each thread its own renderer with reopened(), which shares the file's
// bytes and opens a document of its own; the page view renders in a worker with
// one and searches on the GUI thread with another.
class PdfPageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PdfPageRenderer)

public:
    // A rendered page is at most this many pixels: a huge zoom of a large page is
    // drawn at a lower resolution rather than exhausting memory.
    static constexpr qint64 kMaxPixels = qint64(12000) * 12000;

    // A missing file, one that is not a PDF, is damaged, is locked with a
    // password or has no pages is an error, in words a reader understands.
    static Result<std::unique_ptr<PdfPageRenderer>> open(const QString &path);
    static Result<std::unique_ptr<PdfPageRenderer>> openData(const QByteArray &bytes,
                                                             const QString &path = {});
    ~PdfPageRenderer();

    // Another renderer of the same file, for another thread; null only when
    // memory runs out.
    std::unique_ptr<PdfPageRenderer> reopened() const;

    QString path() const { return m_path; }
    int pageCount() const { return int(m_pageSizes.size()); }
    // A page's size in points; empty for a page out of range.
    QSizeF pageSize(int page) const { return m_pageSizes.value(page - 1); }

    // The page at `scale` device pixels per point (72 × scale dots per inch),
    // antialiased, on white; a null image for a page out of range or one Poppler
    // cannot draw. Scaled down to kMaxPixels where needed.
    QImage render(int page, qreal scale) const;

    // Where `text` stands on the page, case ignored, one box per match (a match
    // broken across two lines gives a box on each).
    QList<QRectF> find(int page, const QString &text) const;

private:
    PdfPageRenderer(QByteArray bytes, QString path, std::unique_ptr<Poppler::Document> document);

    QByteArray m_bytes; // Poppler reads the document from these, for as long as it lives
    QString m_path;
    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_pageSizes;
    mutable QMutex m_mutex;
};

} // namespace Broadsheet
