#include "pdftextreader.h"

#include "pdffile.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>

namespace Broadsheet {

namespace {

PdfPageText readPage(const Poppler::Page &page, int number)
{
    PdfPageText text;
    text.number = number;
    text.size = page.pageSizeF();
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        const QString word = box->text();
        if (word.trimmed().isEmpty())
            continue;
        text.boxes.append({word, box->boundingBox(), box->hasSpaceAfter()});
    }
    return text;
}

} // namespace

QString PdfTextReader::scannedPageMessage(int page)
{
    return tr("Page %1 has no text layer (it is probably a scanned image): there is no text "
              "to read on it.")
        .arg(page);
}

Result<PdfDocumentText> PdfTextReader::read(const QString &path)
{
    Result<QByteArray> bytes = PdfFile::read(path);
    if (!bytes)
        return bytes.error();
    return readData(*bytes, path);
}

Result<PdfDocumentText> PdfTextReader::readData(const QByteArray &bytes, const QString &path)
{
    Result<std::unique_ptr<Poppler::Document>> loaded = PdfFile::load(bytes, path);
    if (!loaded)
        return loaded.error();
    const std::unique_ptr<Poppler::Document> &document = *loaded;
    const int pageCount = document->numPages();
    PdfDocumentText text;
    text.path = path;
    for (int index = 0; index < pageCount; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            return PdfFile::invalid(tr("%1 is damaged: page %2 cannot be read.")
                                        .arg(PdfFile::displayName(path))
                                        .arg(index + 1));
        text.pages.append(readPage(*page, index + 1));
        if (!text.pages.constLast().hasText())
            text.warnings.append(scannedPageMessage(index + 1));
    }
    qCDebug(lcPdf) << "read" << pageCount << "pages of" << path;
    return text;
}

} // namespace Broadsheet
