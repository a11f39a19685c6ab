#include "pdfpostprocessor.h"

#include "logging.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace Broadsheet {

namespace {

QPDFObjectHandle text(const QString &value)
{
    // PDF text strings: qpdf picks PDFDocEncoding or UTF-16BE as the text needs.
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

void setInfo(QPDF &pdf, const PdfDocumentInfo &info)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle dictionary = trailer.getKey("/Info");
    if (!dictionary.isDictionary()) {
        dictionary = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", dictionary);
    }
    if (!info.title.isEmpty())
        dictionary.replaceKey("/Title", text(info.title));
    if (!info.authors.isEmpty())
        dictionary.replaceKey("/Author", text(info.authors.join(QStringLiteral("、"))));
    if (!info.creator.isEmpty())
        dictionary.replaceKey("/Creator", text(info.creator));
}

// A flat outline, one item per entry, each going to the top of its page.
void setOutline(QPDF &pdf, const QList<PdfOutlineEntry> &entries)
{
    const std::vector<QPDFObjectHandle> &pages = pdf.getAllPages();
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    std::vector<QPDFObjectHandle> items;
    for (const PdfOutlineEntry &entry : entries) {
        if (entry.page < 0 || size_t(entry.page) >= pages.size())
            continue;
        QPDFObjectHandle page = pages[size_t(entry.page)];
        const QPDFObjectHandle::Rectangle box = page.getKey("/MediaBox").getArrayAsRectangle();
        QPDFObjectHandle destination = QPDFObjectHandle::newArray();
        destination.appendItem(page);
        destination.appendItem(QPDFObjectHandle::newName("/XYZ"));
        destination.appendItem(QPDFObjectHandle::newReal(box.llx, 2));
        destination.appendItem(QPDFObjectHandle::newReal(box.ury, 2));
        destination.appendItem(QPDFObjectHandle::newNull()); // keep the zoom

        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", text(entry.title));
        item.replaceKey("/Parent", outlines);
        item.replaceKey("/Dest", destination);
        if (!items.empty()) {
            item.replaceKey("/Prev", items.back());
            items.back().replaceKey("/Next", item);
        }
        items.push_back(item);
    }
    if (items.empty())
        return;
    outlines.replaceKey("/First", items.front());
    outlines.replaceKey("/Last", items.back());
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(qint64(items.size())));
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    // Several articles: open with the outline showing, a table of contents.
    if (items.size() > 1)
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

} // namespace

Result<QByteArray> PdfPostProcessor::process(const QByteArray &pdf, const PdfDocumentInfo &info,
                                             const QList<PdfOutlineEntry> &outline)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("export.pdf", pdf.constData(), size_t(pdf.size()));
        setInfo(document, info);
        setOutline(document, outline);

        QPDFWriter writer(document);
        writer.setOutputMemory();
        // Object streams pack the many small objects of the fonts and the outline.
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &exception) {
        qCWarning(lcExport) << "qpdf:" << exception.what();
        return Error{Error::Code::Io, PdfPostProcessor::tr("The PDF could not be completed: %1")
                                          .arg(QString::fromLocal8Bit(exception.what()))};
    }
}

} // namespace Broadsheet
