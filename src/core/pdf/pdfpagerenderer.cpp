#include "pdfpagerenderer.h"

#include "logging.h"
#include "pagelayout.h"
#include "pdftextreader.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <poppler-qt6.h>

#include <cmath>

namespace Broadsheet {

namespace {

// Poppler tells what it repairs or cannot read on stderr by default; that belongs
// to our category, not to the user's terminal.
void logPopplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << "poppler:" << message;
}

void installPopplerLogging()
{
    static const bool installed = [] {
        Poppler::setDebugErrorFunction(logPopplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(installed);
}

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message};
}

std::unique_ptr<Poppler::Document> load(const QByteArray &bytes)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (document && !document->isLocked()) {
        document->setRenderBackend(Poppler::Document::SplashBackend);
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        document->setRenderHint(Poppler::Document::TextSlightHinting);
        document->setRenderHint(Poppler::Document::ThinLineShape);
        document->setPaperColor(Qt::white);
    }
    return document;
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
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("%1 does not exist.").arg(path)};
    if (!info.isFile())
        return invalid(tr("%1 is not a file.").arg(path));
    if (info.size() > PdfTextReader::kMaxFileBytes)
        return invalid(tr("%1 is too large to be an e-paper PDF (%2 MB).")
                           .arg(info.fileName())
                           .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString())};
    return openData(file.readAll(), path);
}

Result<std::unique_ptr<PdfPageRenderer>> PdfPageRenderer::openData(const QByteArray &bytes,
                                                                   const QString &path)
{
    installPopplerLogging();
    const QString name = path.isEmpty() ? tr("The file") : QFileInfo(path).fileName();
    if (bytes.isEmpty())
        return invalid(tr("%1 is empty: it is not a PDF.").arg(name));
    if (!looksLikePdf(bytes))
        return invalid(tr("%1 is not a PDF.").arg(name));
    std::unique_ptr<Poppler::Document> document = load(bytes);
    if (!document)
        return invalid(tr("%1 is a damaged PDF: it cannot be opened.").arg(name));
    if (document->isLocked())
        return invalid(tr("%1 is locked with a password; Broadsheet cannot open it.").arg(name));
    if (document->numPages() <= 0)
        return invalid(tr("%1 is damaged or empty: it has no pages.").arg(name));
    std::unique_ptr<PdfPageRenderer> renderer(
        new PdfPageRenderer(bytes, path, std::move(document)));
    for (int page = 1; page <= renderer->pageCount(); ++page) {
        if (renderer->pageSize(page).isEmpty())
            return invalid(tr("%1 is damaged: page %2 cannot be read.").arg(name).arg(page));
    }
    return renderer;
}

std::unique_ptr<PdfPageRenderer> PdfPageRenderer::reopened() const
{
    // The bytes opened once, so they open again, short of memory.
    std::unique_ptr<Poppler::Document> document = load(m_bytes);
    if (!document)
        return nullptr;
    return std::unique_ptr<PdfPageRenderer>(
        new PdfPageRenderer(m_bytes, m_path, std::move(document)));
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
