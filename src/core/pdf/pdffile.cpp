#include "pdffile.h"

#include "logging.h"
#include "pagelayout.h"

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

} // namespace

QString PdfFile::displayName(const QString &path)
{
    return path.isEmpty() ? tr("The file") : QFileInfo(path).fileName();
}

Error PdfFile::invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message};
}

Result<QByteArray> PdfFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("%1 does not exist.").arg(path)};
    if (!info.isFile())
        return invalid(tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxFileBytes)
        return invalid(tr("%1 is too large to be an e-paper PDF (%2 MB).")
                           .arg(info.fileName())
                           .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString())};
    return file.readAll();
}

Result<std::unique_ptr<Poppler::Document>> PdfFile::load(const QByteArray &bytes,
                                                         const QString &path)
{
    installPopplerLogging();
    const QString name = displayName(path);
    if (bytes.isEmpty())
        return invalid(tr("%1 is empty: it is not a PDF.").arg(name));
    if (!looksLikePdf(bytes))
        return invalid(tr("%1 is not a PDF.").arg(name));
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return invalid(tr("%1 is a damaged PDF: it cannot be opened.").arg(name));
    if (document->isLocked())
        return invalid(tr("%1 is locked with a password; Broadsheet cannot open it.").arg(name));
    if (document->numPages() <= 0)
        return invalid(tr("%1 is damaged or empty: it has no pages.").arg(name));
    return document;
}

} // namespace Broadsheet
