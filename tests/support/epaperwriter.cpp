#include "epaperwriter.h"

#include "exportfonts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Broadsheet;

using namespace Qt::StringLiterals;

namespace EpaperTest {

namespace {

constexpr qreal kLeading = 1.5;    // line pitch, in type sizes
constexpr qreal kLineHeight = 1.2; // what a line needs of its frame

bool isLatin(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// The longest start of `text` that fits `width`, not cutting a Latin word or
// number; at least one character.
qsizetype fitting(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    qsizetype count = 0;
    while (count < text.size() && metrics.horizontalAdvance(text.left(count + 1)) <= width)
        ++count;
    if (count < text.size()) {
        qsizetype back = count;
        while (back > 0 && isLatin(text[back]) && isLatin(text[back - 1]))
            --back;
        if (back > 0)
            count = back;
    }
    count = std::max<qsizetype>(count, 1);
    // No line starts with closing punctuation: it hangs at the end of the line
    // before, as Chinese papers set it.
    while (count < text.size() && u"，。、；：？！）”,.;:?!)"_s.contains(text[count]))
        ++count;
    return count;
}

QFont fontFor(const ExportFonts &fonts, const Flow &flow)
{
    return flow.face == Face::Head ? fonts.headFont(flow.size) : fonts.bodyFont(flow.size);
}

// Breaks a flow into lines frame by frame, as the writer sets it.
FlowSetting setLines(const Flow &flow, const QFontMetricsF &metrics)
{
    FlowSetting setting;
    const qreal pitch = kLeading * flow.size;
    const QString indent(2, QChar(0x3000)); // two ideographic spaces

    int frame = 0;
    qreal y = flow.frames.value(0).top();
    for (qsizetype p = 0; p < flow.paragraphs.size(); ++p) {
        const QString text = flow.paragraphs[p].trimmed();
        qsizetype pos = 0;
        while (pos < text.size()) {
            if (frame >= flow.frames.size()) {
                setting.complete = false;
                return setting;
            }
            const QRectF &box = flow.frames[frame];
            if (y + kLineHeight * flow.size > box.bottom() + 0.01) {
                ++frame;
                if (frame < flow.frames.size())
                    y = flow.frames[frame].top();
                continue;
            }
            const qreal indentWidth =
                pos == 0 && flow.indent ? metrics.horizontalAdvance(indent) : 0;
            const qsizetype count = fitting(text.mid(pos), metrics, box.width() - indentWidth);
            const QString line = text.mid(pos, count).trimmed();
            pos += count;
            while (pos < text.size() && text[pos].isSpace())
                ++pos;
            const qreal width = metrics.horizontalAdvance(line);
            qreal x = box.left() + indentWidth;
            if (flow.centred)
                x = box.center().x() - width / 2;
            const QPointF baseline(x, y + metrics.ascent());
            const QRectF lineBox(QPointF(x, baseline.y() - metrics.ascent()),
                                 QPointF(x + width, baseline.y() + metrics.descent()));
            setting.lines.append(SetLine{frame, line, baseline, lineBox, p, pos});
            y += pitch;
        }
    }
    return setting;
}

// Sets one flow; returns an error when its text does not fit its frames.
QString setFlow(QPainter &painter, const ExportFonts &fonts, const Flow &flow, Placed &placed)
{
    const QFont font = fontFor(fonts, flow);
    painter.setFont(font);
    const FlowSetting setting = setLines(flow, QFontMetricsF(font, painter.device()));
    if (!setting.complete)
        return u"flow %1 does not fit its frames"_s.arg(flow.name);
    placed.frames = {QStringList()};
    placed.boxes = {QList<QRectF>()};
    for (const SetLine &line : setting.lines) {
        while (placed.frames.size() <= line.frame) {
            placed.frames.append(QStringList());
            placed.boxes.append(QList<QRectF>());
        }
        painter.drawText(line.baseline, line.text);
        placed.frames.last().append(line.text);
        placed.boxes.last().append(line.box);
    }
    return {};
}

} // namespace

QStringList Placed::lines() const
{
    QStringList all;
    for (const QStringList &frame : frames)
        all += frame;
    return all;
}

// The meter measures on a PDF writer of its own, at the resolution writePdf uses,
// so that its lines break exactly where the written ones do.
struct FlowMeter::Device
{
    ExportFonts fonts;
    QBuffer sink;
    QPdfWriter writer{&sink};
};

FlowMeter::FlowMeter()
{
    const Result<ExportFonts> fonts = ExportFonts::installed();
    if (!fonts) {
        m_error = fonts.errorMessage();
        return;
    }
    m_device = std::make_unique<Device>();
    m_device->fonts = *fonts;
    m_device->writer.setResolution(72);
}

FlowMeter::~FlowMeter() = default;

FlowSetting FlowMeter::set(const Flow &flow) const
{
    if (!m_device)
        return FlowSetting{{}, false};
    return setLines(flow, QFontMetricsF(fontFor(m_device->fonts, flow), &m_device->writer));
}

qreal FlowMeter::advance(const Flow &flow, const QString &text) const
{
    if (!m_device)
        return 0;
    return QFontMetricsF(fontFor(m_device->fonts, flow), &m_device->writer).horizontalAdvance(text);
}

QRectF columnRect(qreal left, qreal right, int columns, qreal gutter, int first, int last,
                  qreal top, qreal bottom)
{
    const qreal width = (right - left - (columns - 1) * gutter) / columns;
    const qreal x0 = left + first * (width + gutter);
    const qreal x1 = left + last * (width + gutter) + width;
    return QRectF(QPointF(x0, top), QPointF(x1, bottom));
}

QString writePdf(const QString &path, const QList<Page> &pages, QHash<QString, Placed> *placed)
{
    const Result<ExportFonts> fonts = ExportFonts::installed();
    if (!fonts)
        return fonts.errorMessage();
    QPdfWriter writer(path);
    writer.setResolution(72); // painter units are points
    writer.setPageMargins(QMarginsF());
    writer.setCreator(u"Broadsheet tests"_s);
    QPainter painter;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const Page &page = pages[p];
        writer.setPageSize(QPageSize(page.size, QPageSize::Point));
        if (p == 0 ? !painter.begin(&writer) : !writer.newPage())
            return u"cannot write %1"_s.arg(path);
        if (page.imageOnly) {
            QImage scan(200, 280, QImage::Format_Grayscale8);
            for (int y = 0; y < scan.height(); ++y)
                for (int x = 0; x < scan.width(); ++x)
                    scan.setPixel(x, y, qRgb((x * 7 + y * 3) % 256, 0, 0));
            painter.drawImage(QRectF(QPointF(0, 0), page.size), scan);
            continue;
        }
        for (const QRectF &photo : page.photos)
            painter.fillRect(photo, QColor(190, 190, 190));
        painter.setPen(Qt::black);
        for (const Flow &flow : page.flows) {
            Placed where;
            const QString error = setFlow(painter, *fonts, flow, where);
            if (!error.isEmpty())
                return error;
            if (placed)
                placed->insert(flow.name, where);
        }
    }
    return painter.end() ? QString() : u"cannot finish %1"_s.arg(path);
}

QString encryptPdf(const QString &input, const QString &output, const QByteArray &userPassword)
{
    try {
        // qpdf keeps the names' pointers (the writer hashes its file name into the
        // document's ID as it encrypts): they must outlive the writer.
        const QByteArray inputName = input.toLocal8Bit();
        const QByteArray outputName = output.toLocal8Bit();
        QPDF pdf;
        pdf.processFile(inputName.constData());
        QPDFWriter writer(pdf, outputName.constData());
        writer.setR6EncryptionParameters(userPassword.constData(), "owner-secret", true, true, true,
                                         true, true, true, qpdf_r3p_full, true);
        writer.write();
    } catch (const std::exception &error) {
        return QString::fromLocal8Bit(error.what());
    }
    return {};
}

} // namespace EpaperTest
