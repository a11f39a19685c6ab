#include "pdftextreader.h"

#include "pagelayout.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>

namespace Broadsheet {

namespace {

// Poppler reports what it repairs or cannot read on stderr by default; route it
// to our category, where it belongs to the diagnosis and not to the user.
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

QString displayName(const QString &path)
{
    return path.isEmpty() ? PdfTextReader::tr("The file") : QFileInfo(path).fileName();
}

// A PDF starts with "%PDF-", which readers accept anywhere in the first kilobyte
// (some files have junk before it).
Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message};
}

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
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("%1 does not exist.").arg(path)};
    if (!info.isFile())
        return Error{Error::Code::InvalidInput, tr("%1 is not a file.").arg(path)};
    if (info.size() > kMaxFileBytes)
        return invalid(tr("%1 is too large to be an e-paper PDF (%2 MB).")
                           .arg(info.fileName())
                           .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString())};
    return readData(file.readAll(), path);
}

Result<PdfDocumentText> PdfTextReader::readData(const QByteArray &bytes, const QString &path)
{
    installPopplerLogging();
    const QString name = displayName(path);
    if (bytes.isEmpty())
        return invalid(tr("%1 is empty: it is not a PDF.").arg(name));
    if (!looksLikePdf(bytes))
        return invalid(tr("%1 is not a PDF.").arg(name));

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return invalid(tr("%1 is a damaged PDF: it cannot be opened.").arg(name));
    if (document->isLocked())
        return invalid(tr("%1 is locked with a password; Broadsheet cannot open it.").arg(name));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return invalid(tr("%1 is damaged or empty: it has no pages.").arg(name));

    PdfDocumentText text;
    text.path = path;
    for (int index = 0; index < pageCount; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            return invalid(tr("%1 is damaged: page %2 cannot be read.").arg(name).arg(index + 1));
        text.pages.append(readPage(*page, index + 1));
        if (!text.pages.constLast().hasText())
            text.warnings.append(scannedPageMessage(index + 1));
    }
    qCDebug(lcPdf) << "read" << pageCount << "pages of" << path;
    return text;
}

} // namespace Broadsheet
