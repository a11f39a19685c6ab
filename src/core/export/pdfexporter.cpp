#include "pdfexporter.h"

#include "articlelayout.h"
#include "exportfonts.h"
#include "logging.h"
#include "pdfpostprocessor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace Broadsheet {

namespace {

const QString kCreator = QStringLiteral("Broadsheet");

Error nothingToExport()
{
    return Error{Error::Code::InvalidInput,
                 PdfExporter::tr("There is nothing to export: no article was chosen.")};
}

// The document's title: one article's own; for several, the issue they come
// from (a whole issue exported is that issue, not its first article), or the
// issues, the first few named.
QString documentTitle(const QList<ExportArticle> &articles)
{
    if (articles.size() == 1)
        return articles.first().article.displayTitle();
    QStringList issues;
    for (const ExportArticle &article : articles) {
        if (!article.issueTitle.isEmpty() && !issues.contains(article.issueTitle))
            issues << article.issueTitle;
    }
    if (issues.isEmpty())
        return articles.first().article.displayTitle();
    constexpr qsizetype kNamed = 3;
    QString title = issues.mid(0, kNamed).join(QStringLiteral("; "));
    if (issues.size() > kNamed)
        title += QStringLiteral("; …");
    return title;
}

// The metadata a reader's document properties show: the title, and the authors
// of all the articles, each once, in order.
PdfDocumentInfo documentInfo(const QList<ExportArticle> &articles)
{
    PdfDocumentInfo info;
    info.title = documentTitle(articles);
    for (const ExportArticle &article : articles) {
        for (const QString &author : article.article.authors()) {
            if (!info.authors.contains(author))
                info.authors << author;
        }
    }
    info.creator = kCreator;
    return info;
}

// XMP for QPdfWriter, which has no author of its own: Dublin Core title and creators
// (one per author), and the creator tool. The document information dictionary gets
// the same through PdfPostProcessor.
QByteArray xmpMetadata(const PdfDocumentInfo &info)
{
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeProcessingInstruction(
        QStringLiteral("xpacket"),
        QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeNamespace(rdf, QStringLiteral("rdf"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(xmp, QStringLiteral("xmp"));
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    xml.writeStartElement(rdf, QStringLiteral("RDF"));
    xml.writeStartElement(rdf, QStringLiteral("Description"));
    xml.writeAttribute(rdf, QStringLiteral("about"), QString());
    xml.writeTextElement(dc, QStringLiteral("format"), QStringLiteral("application/pdf"));
    xml.writeStartElement(dc, QStringLiteral("title"));
    xml.writeStartElement(rdf, QStringLiteral("Alt"));
    xml.writeStartElement(rdf, QStringLiteral("li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(info.title);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    if (!info.authors.isEmpty()) {
        xml.writeStartElement(dc, QStringLiteral("creator"));
        xml.writeStartElement(rdf, QStringLiteral("Seq"));
        for (const QString &author : info.authors)
            xml.writeTextElement(rdf, QStringLiteral("li"), author);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeTextElement(xmp, QStringLiteral("CreatorTool"), info.creator);
    xml.writeEndElement(); // Description
    xml.writeEndElement(); // RDF
    xml.writeEndElement(); // xmpmeta
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return bytes;
}

// Lays out and paints every page; returns the first page of each article.
Result<QList<int>> paint(const QList<ExportArticle> &articles, QPagedPaintDevice *device,
                         const ExportOptions &options)
{
    if (articles.isEmpty())
        return nothingToExport();
    const auto fonts = ExportFonts::installed();
    if (!fonts)
        return fonts.error();

    QElapsedTimer timer;
    timer.start();
    if (options.pageSize)
        device->setPageSize(*options.pageSize);
    // The header and footer live in the layout's margins, so the device gets none
    // (a printer keeps the least it can print with).
    device->setPageMargins(QMarginsF(), QPageLayout::Millimeter);
    const QPageLayout page = device->pageLayout();
    const QRectF full = page.fullRect(QPageLayout::Point);
    const QRectF printable = page.paintRect(QPageLayout::Point);
    const QMarginsF margins(options.margins.left() * 72 / 25.4, options.margins.top() * 72 / 25.4,
                            options.margins.right() * 72 / 25.4,
                            options.margins.bottom() * 72 / 25.4);
    const ArticleLayout layout(articles, *fonts, full.size(), margins);
    qCDebug(lcExport) << "laid out" << articles.size() << "article(s) on" << layout.pageCount()
                      << "page(s) in" << timer.elapsed() << "ms";

    QPainter painter;
    if (!painter.begin(device))
        return Error{Error::Code::Io,
                     PdfExporter::tr("The pages could not be drawn on the output device.")};
    // Device pixels → points → the page's top-left corner → layout units.
    const qreal dpi = device->logicalDpiY();
    painter.scale(dpi / 72, dpi / 72);
    painter.translate(-printable.topLeft());
    painter.scale(1 / ArticleLayout::kUnitsPerPoint, 1 / ArticleLayout::kUnitsPerPoint);
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error{Error::Code::Io,
                         PdfExporter::tr("A new page could not be started on the output device.")};
        }
        layout.paintPage(painter, i);
    }
    if (!painter.end())
        return Error{Error::Code::Io,
                     PdfExporter::tr("The pages could not be drawn on the output device.")};
    qCDebug(lcExport) << "painted in" << timer.elapsed() << "ms";

    QList<int> firstPages;
    for (int i = 0; i < articles.size(); ++i)
        firstPages << layout.firstPage(i);
    return firstPages;
}

} // namespace

Status PdfExporter::render(const QList<ExportArticle> &articles, QPagedPaintDevice *device,
                           const ExportOptions &options)
{
    if (!device)
        return Error{Error::Code::Io, PdfExporter::tr("There is no output device to draw on.")};
    const auto pages = paint(articles, device, options);
    if (!pages)
        return pages.error();
    return success();
}

Status PdfExporter::exportPdf(const QList<ExportArticle> &articles, const QString &path,
                              const ExportOptions &options)
{
    if (articles.isEmpty())
        return nothingToExport();
    // Opened first, so that an unwritable path fails before any work. QSaveFile
    // writes to a temporary file beside the target and renames it over the target
    // only on commit(); on any failure the temporary file is removed. A target that
    // exists and is not a regular file (/dev/null, a FIFO, a terminal) is written
    // directly: renaming over it would replace the device with a file.
    const QFileInfo target(path);
    const bool direct = target.exists() && !target.isFile() && !target.isDir();
    QSaveFile saveFile(path);
    QFile directFile(path);
    QFileDevice &file = direct ? static_cast<QFileDevice &>(directFile) : saveFile;
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{Error::Code::Io,
                     PdfExporter::tr("%1 cannot be written: %2").arg(path, file.errorString())};
    }

    const PdfDocumentInfo info = documentInfo(articles);
    QByteArray pdf;
    QList<PdfOutlineEntry> outline;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        writer.setDocumentXmpMetadata(xmpMetadata(info));
        ExportOptions pdfOptions = options;
        if (!pdfOptions.pageSize)
            pdfOptions.pageSize = defaultPageSize();
        writer.setPageLayout(QPageLayout(*pdfOptions.pageSize, QPageLayout::Portrait, QMarginsF()));
        const auto firstPages = paint(articles, &writer, pdfOptions);
        if (!firstPages)
            return firstPages.error();
        for (int i = 0; i < articles.size(); ++i)
            outline.append({articles.at(i).article.displayTitle(), firstPages->at(i)});
    }

    const auto finished = PdfPostProcessor::process(pdf, info, outline);
    if (!finished)
        return finished.error();
    const bool written = file.write(*finished) == finished->size();
    if (!written || !(direct ? directFile.flush() : saveFile.commit())) {
        return Error{Error::Code::Io,
                     PdfExporter::tr("%1 cannot be written: %2").arg(path, file.errorString())};
    }
    qCDebug(lcExport) << "wrote" << path << finished->size() << "bytes";
    return success();
}

QPageSize PdfExporter::defaultPageSize(const QLocale &locale)
{
    // Where US Letter is the usual paper (CLDR's paperSize data); A4 everywhere else.
    static const QList<QLocale::Territory> letter = {
        QLocale::UnitedStates, QLocale::Canada,   QLocale::Mexico,     QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia, QLocale::CostaRica,  QLocale::Guatemala,
        QLocale::Nicaragua,    QLocale::Panama,   QLocale::PuertoRico, QLocale::ElSalvador,
        QLocale::Venezuela,    QLocale::Belize,
    };
    return QPageSize(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

} // namespace Broadsheet
