#pragma once

#include "pagezone.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QWidget>

namespace Broadsheet {

// One PDF page as the page view shows it: the rendered picture (or a placeholder
// while it renders) on a white sheet with a shadow, the articles' zones drawn
// lightly over it, the zone under the mouse and the article asked for drawn
// stronger, and search hits marked. Knows nothing of PDFs: the page view hands
// it the page's size, its scale and the picture.
class PageCanvas : public QWidget
{
    Q_OBJECT

public:
    // Room around the sheet for its shadow and the neutral background.
    static constexpr int kMargin = 18;

    explicit PageCanvas(QWidget *parent = nullptr);

    // The page's size in points and logical pixels per point: sets the canvas's
    // size. The picture is kept, drawn scaled, until a new one comes.
    void setPage(int page, const QSizeF &points, qreal pixelsPerPoint);
    void clearPage();
    int page() const { return m_page; }
    QSizeF pagePoints() const { return m_points; }
    qreal pixelsPerPoint() const { return m_scale; }

    // The rendered page; a null image shows the placeholder.
    void setImage(const QImage &image);
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }

    // The zones on the shown page (others are ignored).
    void setZones(const QList<PageZone> &zones);
    void setHighlightedArticle(int articleId); // 0 for none
    int highlightedArticle() const { return m_highlighted; }
    int hoveredArticle() const { return m_hovered; }
    void setSearchHits(const QList<QRectF> &hits); // in points
    QList<QRectF> searchHits() const { return m_hits; }

    // The sheet, and boxes in points, in the canvas's coordinates, and back.
    QRectF sheetRect() const;
    QRectF toCanvas(const QRectF &points) const;
    QPointF toPoints(const QPointF &canvas) const;
    // The article whose zone is under `canvas` (the smallest where zones
    // overlap); 0 for none.
    int articleAt(const QPointF &canvas) const;
    // Every zone of an article on the shown page, joined, in canvas coordinates.
    QRectF articleRect(int articleId) const;

    QSize sizeHint() const override;

signals:
    void articleClicked(int articleId);
    void hoveredArticleChanged(int articleId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void setHovered(int articleId);
    void paintSheet(QPainter &painter, const QRectF &sheet) const;
    void paintZones(QPainter &painter) const;
    void paintHits(QPainter &painter) const;
    QString titleOf(int articleId) const;

    int m_page = 0;
    QSizeF m_points;
    qreal m_scale = 1;
    QImage m_image;
    QList<PageZone> m_zones;
    QList<QRectF> m_hits;
    int m_highlighted = 0;
    int m_hovered = 0;
    int m_pressed = 0;
};

} // namespace Broadsheet
