#pragma once

#include "pagezone.h"
#include "result.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QScrollArea;
class QSpinBox;
class QToolBar;

namespace Broadsheet {

class PageCanvas;
class PdfPageRenderer;

// One page of an e-paper PDF as printed, beside the reading pane: rendered by
// Poppler at the screen's resolution times the zoom, in a worker thread (a
// placeholder shows meanwhile, and a picture for a page or zoom left behind is
// dropped), with the articles' zones drawn lightly over it. Hovering a zone names
// the article, clicking it emits articleActivated; showArticle() goes to an
// article's zones; search text is marked on the page.
//
// Zoom is relative to the page's actual size (1 = printed size on this screen);
// the view fits the page's width until zoomed.
class PageView : public QWidget
{
    Q_OBJECT

public:
    enum class ZoomMode { FitWidth, Fixed };

    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 8;
    static constexpr qreal kZoomStep = 1.25;

    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // Opens a PDF at its first page, in fit-width zoom; zones, highlight, search
    // and message are cleared. On failure the view is empty and the error says why.
    Status open(const QString &pdfPath);
    void clear();
    bool isOpen() const { return m_renderer != nullptr; }
    QString path() const;

    // A note over the page ("this page has no text layer"); empty hides it.
    void setMessage(const QString &message);
    QString message() const;

    void setZones(QList<PageZone> zones);
    QList<PageZone> zones() const { return m_zones; }
    // Goes to the page of the article's first zone, highlights its zones there
    // and scrolls them into view. False (and nothing changes) for an article
    // without zones.
    bool showArticle(int articleId);
    int highlightedArticle() const;
    int hoveredArticle() const;

    // Marks where the text stands on the shown page (and on each page shown
    // after), case ignored; empty clears.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    int searchHitCount() const;

    int page() const { return m_page; } // 1-based; 0 when nothing is open
    int pageCount() const;
    qreal zoom() const { return m_zoom; }
    ZoomMode zoomMode() const { return m_zoomMode; }
    // Whether the shown page's picture is still being drawn.
    bool isRendering() const;

    PageCanvas *canvas() const { return m_canvas; }
    QScrollArea *scrollArea() const { return m_scrollArea; }

public slots:
    void setPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom); // fixed zoom, clamped to kMinZoom…kMaxZoom
    void fitWidth();
    void actualSize();

signals:
    void pageChanged(int page);
    void articleActivated(int articleId);
    void zoomChanged(qreal zoom);
    // The shown page's picture is drawn at the current zoom.
    void pageRendered(int page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct RenderKey
    {
        quint64 document = 0;
        int page = 0;
        qreal scale = 0; // device pixels per point

        bool operator==(const RenderKey &other) const;
    };

    void buildToolBar();
    void updateIcons();
    void updateBackground();
    void updateControls();
    // Sizes the canvas for the page and zoom, keeping `anchor` (a point in the
    // viewport) over the same spot of the page, and asks for a new picture.
    void layoutPage(const QPoint &anchor = QPoint(-1, -1));
    void applyZoom(qreal zoom, ZoomMode mode, const QPoint &anchor = QPoint(-1, -1));
    qreal fitWidthZoom() const;
    qreal pointsToPixels() const; // logical pixels per point at zoom 1
    RenderKey wantedKey() const;
    void requestRender();
    void startRender(const RenderKey &key);
    void renderFinished();
    void updateSearchHits();
    void scrollIntoView(const QRectF &canvasRect);

    std::unique_ptr<PdfPageRenderer> m_renderer; // the GUI thread's: sizes, search
    std::shared_ptr<PdfPageRenderer> m_worker;   // the render thread's
    quint64 m_document = 0;                      // tells a new file's pictures from the old
    QList<PageZone> m_zones;
    QString m_searchText;
    int m_page = 0;
    qreal m_zoom = 1;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;

    QFutureWatcher<QImage> m_watcher;
    RenderKey m_rendering; // what the watcher's future draws
    RenderKey m_shown;     // what the canvas's picture is
    bool m_renderPending = false;

    QToolBar *m_toolBar = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    PageCanvas *m_canvas = nullptr;
};

} // namespace Broadsheet
