#include "pagecanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Broadsheet {

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

qreal area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

} // namespace

PageCanvas::PageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    // The view behind shows through around the sheet.
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Page"));
}

void PageCanvas::setPage(int page, const QSizeF &points, qreal pixelsPerPoint)
{
    if (page != m_page) {
        m_image = QImage();
        m_zones.clear();
        m_hits.clear();
        setHovered(0);
    }
    m_page = page;
    m_points = points;
    m_scale = pixelsPerPoint;
    resize(sizeHint());
    update();
}

void PageCanvas::clearPage()
{
    setPage(0, QSizeF(), 1);
    m_highlighted = 0;
}

void PageCanvas::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void PageCanvas::setZones(const QList<PageZone> &zones)
{
    m_zones.clear();
    for (const PageZone &zone : zones) {
        if (zone.page == m_page && zone.box.isValid())
            m_zones.append(zone);
    }
    setHovered(underMouse() ? articleAt(mapFromGlobal(QCursor::pos())) : 0);
    update();
}

void PageCanvas::setHighlightedArticle(int articleId)
{
    m_highlighted = articleId;
    update();
}

void PageCanvas::setSearchHits(const QList<QRectF> &hits)
{
    m_hits = hits;
    update();
}

QRectF PageCanvas::sheetRect() const
{
    return QRectF(QPointF(kMargin, kMargin), m_points * m_scale);
}

QRectF PageCanvas::toCanvas(const QRectF &points) const
{
    return QRectF(sheetRect().topLeft() + points.topLeft() * m_scale, points.size() * m_scale);
}

QPointF PageCanvas::toPoints(const QPointF &canvas) const
{
    return (canvas - sheetRect().topLeft()) / m_scale;
}

int PageCanvas::articleAt(const QPointF &canvas) const
{
    const QPointF point = toPoints(canvas);
    const PageZone *best = nullptr;
    for (const PageZone &zone : m_zones) {
        if (zone.box.contains(point) && (!best || area(zone.box) < area(best->box)))
            best = &zone;
    }
    return best ? best->articleId : 0;
}

QRectF PageCanvas::articleRect(int articleId) const
{
    QRectF rect;
    for (const PageZone &zone : m_zones) {
        if (zone.articleId == articleId)
            rect = rect.united(toCanvas(zone.box));
    }
    return rect;
}

QSize PageCanvas::sizeHint() const
{
    if (m_points.isEmpty())
        return QSize(0, 0);
    return sheetRect().adjusted(-kMargin, -kMargin, kMargin, kMargin).toAlignedRect().size();
}

QString PageCanvas::titleOf(int articleId) const
{
    for (const PageZone &zone : m_zones) {
        if (zone.articleId == articleId && !zone.title.isEmpty())
            return zone.title;
    }
    return tr("Untitled article");
}

void PageCanvas::setHovered(int articleId)
{
    if (articleId == m_hovered)
        return;
    m_hovered = articleId;
    if (articleId) {
        // Rich text, escaped: a headline may hold "<" or "&".
        setToolTip(
            tr("<b>%1</b><br>Click to read the article.").arg(titleOf(articleId).toHtmlEscaped()));
        setCursor(Qt::PointingHandCursor);
    } else {
        setToolTip(QString());
        unsetCursor();
    }
    update();
    emit hoveredArticleChanged(articleId);
}

void PageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(articleAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void PageCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? articleAt(event->position()) : 0;
    event->setAccepted(m_pressed != 0);
}

// A click opens the article only when pressed and released on the same one:
// a press dragged off the zone is let go.
void PageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const int pressed = std::exchange(m_pressed, 0);
    if (event->button() == Qt::LeftButton && pressed && articleAt(event->position()) == pressed) {
        emit articleClicked(pressed);
        event->accept();
        return;
    }
    event->ignore();
}

void PageCanvas::leaveEvent(QEvent *event)
{
    setHovered(0);
    QWidget::leaveEvent(event);
}

void PageCanvas::paintEvent(QPaintEvent *)
{
    if (m_points.isEmpty())
        return;
    QPainter painter(this);
    const QRectF sheet = sheetRect();
    paintSheet(painter, sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    paintHits(painter);
    paintZones(painter);
}

void PageCanvas::paintSheet(QPainter &painter, const QRectF &sheet) const
{
    // A soft shadow: a few widening, fading outlines, offset downwards.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int step = 1; step <= 6; ++step) {
        painter.setBrush(QColor(0, 0, 0, 9 - step));
        painter.drawRoundedRect(sheet.adjusted(-step, -step + 2, step, step + 2), step, step);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(sheet, Qt::white);
    if (m_image.isNull()) {
        painter.setPen(QColor(0, 0, 0, 120));
        painter.drawText(sheet, Qt::AlignCenter, tr("Rendering page %1…").arg(m_page));
    } else {
        // A picture of another scale stands in, smoothed, until its successor comes.
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(sheet, m_image);
    }
    painter.setPen(QPen(QColor(0, 0, 0, 70), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(sheet.adjusted(-0.5, -0.5, 0.5, 0.5));
}

// Zones in the palette's highlight colour: faint enough to read the page
// through, stronger for the article under the mouse and the one asked for.
void PageCanvas::paintZones(QPainter &painter) const
{
    const QColor accent = palette().color(QPalette::Highlight);
    for (const PageZone &zone : m_zones) {
        const QRectF rect = toCanvas(zone.box).adjusted(-2, -2, 2, 2);
        const bool highlighted = zone.articleId == m_highlighted;
        const bool hovered = zone.articleId == m_hovered;
        // The article asked for outweighs the one under the mouse, which
        // outweighs the rest.
        int fill = 14;
        int line = 90;
        qreal width = 1;
        if (highlighted) {
            fill = 60;
            line = 255;
            width = 3;
        } else if (hovered) {
            fill = 30;
            line = 210;
            width = 1.5;
        }
        painter.setBrush(withAlpha(accent, fill));
        painter.setPen(QPen(withAlpha(accent, line), width));
        painter.drawRoundedRect(rect, 3, 3);
    }
}

// Search hits as a marker pen would: multiplied into the page, so the type stays
// black on yellow.
void PageCanvas::paintHits(QPainter &painter) const
{
    if (m_hits.isEmpty())
        return;
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 214, 40));
    for (const QRectF &hit : m_hits)
        painter.drawRoundedRect(toCanvas(hit).adjusted(-1, -1, 1, 1), 2, 2);
    painter.restore();
}

} // namespace Broadsheet
