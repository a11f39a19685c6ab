#include "pdfpagerenderer.h"

#include "logging.h"
#include "pdffile.h"
#include "pdftextreader.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <poppler-qt6.h>

#include <cmath>

namespace Broadsheet {

namespace {

// Drawn as a page is printed: smooth type and lines on white paper.
void prepareForRendering(Poppler::Document &document)
{
    document.setRenderBackend(Poppler::Document::SplashBackend);
    document.setRenderHint(Poppler::Document::Antialiasing);
    document.setRenderHint(Poppler::Document::TextAntialiasing);
    document.setRenderHint(Poppler::Document::TextSlightHinting);
    document.setRenderHint(Poppler::Document::ThinLineShape);
    document.setPaperColor(Qt::white);
}

} // namespace

PdfPageRenderer::PdfPageRenderer(QByteArray bytes, QString path,
                                 std::unique_ptr<Poppler::Document> document)
    : m_bytes(std::move(bytes))
    , m_path(std::move(path))
    , m_document(std::move(document))
{
    for (int index = 0; index < m_document->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        m_pageSizes.append(page ? page->pageSizeF() : QSizeF());
    }
}

PdfPageRenderer::~PdfPageRenderer() = default;

Result<std::unique_ptr<PdfPageRenderer>> PdfPageRenderer::open(const QString &path)
{
    Result<QByteArray> bytes = PdfFile::read(path);
    if (!bytes)
        return bytes.error();
    return openData(*bytes, path);
}

Result<std::unique_ptr<PdfPageRenderer>> PdfPageRenderer::openData(const QByteArray &bytes,
                                                                   const QString &path)
{
    Result<std::unique_ptr<Poppler::Document>> document = PdfFile::load(bytes, path);
    if (!document)
        return document.error();
    prepareForRendering(**document);
    std::unique_ptr<PdfPageRenderer> renderer(
        new PdfPageRenderer(bytes, path, std::move(document).value()));
    for (int page = 1; page <= renderer->pageCount(); ++page) {
        if (renderer->pageSize(page).isEmpty())
            return PdfFile::invalid(tr("%1 is damaged: page %2 cannot be read.")
                                        .arg(PdfFile::displayName(path))
                                        .arg(page));
    }
    return renderer;
}

std::unique_ptr<PdfPageRenderer> PdfPageRenderer::reopened() const
{
    // The bytes opened once, so they open again, short of memory.
    Result<std::unique_ptr<Poppler::Document>> document = PdfFile::load(m_bytes, m_path);
    if (!document)
        return nullptr;
    prepareForRendering(**document);
    return std::unique_ptr<PdfPageRenderer>(
        new PdfPageRenderer(m_bytes, m_path, std::move(document).value()));
}

QImage PdfPageRenderer::render(int page, qreal scale) const
{
    const QSizeF size = pageSize(page);
    if (size.isEmpty() || !(scale > 0))
        return {};
    const qreal pixels = size.width() * size.height() * scale * scale;
    if (pixels > qreal(kMaxPixels))
        scale *= std::sqrt(qreal(kMaxPixels) / pixels) * 0.99; // Poppler rounds up

    const QMutexLocker lock(&m_mutex);
    const std::unique_ptr<Poppler::Page> poppler = m_document->page(page - 1);
    if (!poppler)
        return {};
    const qreal dpi = 72 * scale;
    QImage image = poppler->renderToImage(dpi, dpi);
    if (image.isNull())
        qCWarning(lcPdf) << "page" << page << "of" << m_path << "could not be rendered";
    return image;
}

QList<QRectF> PdfPageRenderer::find(int page, const QString &text) const
{
    if (text.trimmed().isEmpty() || pageSize(page).isEmpty())
        return {};
    const QMutexLocker lock(&m_mutex);
    const std::unique_ptr<Poppler::Page> poppler = m_document->page(page - 1);
    if (!poppler)
        return {};
    // Across lines: a Chinese paragraph breaks its lines anywhere, even inside a word.
    return poppler->search(text, Poppler::Page::IgnoreCase | Poppler::Page::AcrossLines);
}

} // namespace Broadsheet
