#include "pageview.h"

#include "guilogging.h"
#include "icons.h"
#include "pagecanvas.h"
#include "pdfpagerenderer.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// Room kept around an article scrolled into view.
constexpr int kScrollPadding = 24;

} // namespace

bool PageView::RenderKey::operator==(const RenderKey &other) const
{
    return document == other.document && page == other.page && qFuzzyCompare(scale, other.scale);
}

PageView::PageView(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_scrollArea(new QScrollArea(this))
    , m_canvas(new PageCanvas)
{
    setAccessibleName(tr("Page view"));
    buildToolBar();

    m_message->setObjectName(u"pageMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::ToolTipBase);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->setAccessibleName(tr("Note on the page"));
    m_message->hide();

    m_scrollArea->setObjectName(u"pageScrollArea"_s);
    m_scrollArea->setAccessibleName(tr("Printed page"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setAlignment(Qt::AlignCenter);
    m_scrollArea->setWidgetResizable(false);
    m_scrollArea->setWidget(m_canvas);
    m_scrollArea->viewport()->installEventFilter(this);
    updateBackground();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_scrollArea, 1);
    setFocusProxy(m_scrollArea);

    connect(m_canvas, &PageCanvas::articleClicked, this, &PageView::articleActivated);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &PageView::renderFinished);
    updateControls();
}

PageView::~PageView() = default;

void PageView::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setAccessibleName(tr("Page tools"));
    m_toolBar->setIconSize(QSize(16, 16));

    const auto action = [this](const QString &icon, const QString &text,
                               const QList<QKeySequence> &keys, void (PageView::*slot)()) {
        auto *added = new QAction(text, this);
        added->setData(icon);
        added->setShortcuts(keys);
        // Only while the page view has the focus: the reading pane zooms with the
        // same keys.
        added->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(added, &QAction::triggered, this, slot);
        addAction(added);
        return added;
    };
    m_previousAction = action(u"previous"_s, tr("Previous Page"), {}, &PageView::previousPage);
    m_nextAction = action(u"next"_s, tr("Next Page"), {}, &PageView::nextPage);
    m_zoomOutAction =
        action(u"zoom-out"_s, tr("Zoom Out"), {QKeySequence::ZoomOut}, &PageView::zoomOut);
    m_zoomInAction =
        action(u"zoom-in"_s, tr("Zoom In"),
               {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &PageView::zoomIn);
    m_fitWidthAction = action(QString(), tr("Fit Width"), {}, &PageView::fitWidth);
    m_fitWidthAction->setCheckable(true);
    m_actualSizeAction = action(QString(), tr("Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                                &PageView::actualSize);

    m_pageBox = new QSpinBox(m_toolBar);
    m_pageBox->setAccessibleName(tr("Page number"));
    m_pageBox->setKeyboardTracking(false); // typing "12" does not stop at page 1
    connect(m_pageBox, &QSpinBox::valueChanged, this, &PageView::setPage);
    m_pageCountLabel = new QLabel(m_toolBar);
    m_pageCountLabel->setContentsMargins(4, 0, 4, 0);
    m_zoomLabel = new QLabel(m_toolBar);
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(u"0000%"_s));

    updateIcons();
    m_toolBar->addAction(m_previousAction);
    m_toolBar->addWidget(m_pageBox);
    m_toolBar->addWidget(m_pageCountLabel);
    m_toolBar->addAction(m_nextAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_fitWidthAction);
    m_toolBar->addAction(m_actualSizeAction);
}

// Icons are drawn for the background: again when the theme turns light or dark.
void PageView::updateIcons()
{
    for (QAction *action : actions()) {
        const QString icon = action->data().toString();
        if (!icon.isEmpty())
            action->setIcon(Icons::get(icon));
    }
}

QString PageView::path() const
{
    return m_renderer ? m_renderer->path() : QString();
}

Status PageView::open(const QString &pdfPath)
{
    Result<std::unique_ptr<PdfPageRenderer>> opened = PdfPageRenderer::open(pdfPath);
    if (!opened) {
        clear();
        return opened.error();
    }
    std::unique_ptr<PdfPageRenderer> worker = opened.value()->reopened();
    if (!worker) {
        clear();
        return Error{Error::Code::Io, tr("There is not enough memory to show %1.").arg(pdfPath)};
    }
    clear();
    m_renderer = std::move(opened.value());
    m_worker = std::move(worker);
    ++m_document;
    m_zoomMode = ZoomMode::FitWidth;
    setPage(1);
    return success();
}

void PageView::clear()
{
    const bool hadPage = m_page != 0;
    m_renderer.reset();
    m_worker.reset(); // a render under way keeps its own reference
    m_zones.clear();
    m_searchText.clear();
    m_page = 0;
    m_shown = {};
    m_renderPending = false;
    m_canvas->clearPage();
    setMessage(QString());
    updateControls();
    if (hadPage)
        emit pageChanged(0);
}

void PageView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString PageView::message() const
{
    return m_message->text();
}

void PageView::setZones(QList<PageZone> zones)
{
    m_zones = std::move(zones);
    m_canvas->setZones(m_zones);
}

bool PageView::showArticle(int articleId)
{
    const auto first = std::find_if(m_zones.cbegin(), m_zones.cend(), [articleId](const auto &z) {
        return z.articleId == articleId;
    });
    if (!m_renderer || first == m_zones.cend())
        return false;
    setPage(first->page);
    m_canvas->setHighlightedArticle(articleId);
    scrollIntoView(m_canvas->articleRect(articleId));
    return true;
}

int PageView::highlightedArticle() const
{
    return m_canvas->highlightedArticle();
}

int PageView::hoveredArticle() const
{
    return m_canvas->hoveredArticle();
}

void PageView::setSearchText(const QString &text)
{
    m_searchText = text;
    updateSearchHits();
}

int PageView::searchHitCount() const
{
    return int(m_canvas->searchHits().size());
}

void PageView::updateSearchHits()
{
    m_canvas->setSearchHits(m_renderer ? m_renderer->find(m_page, m_searchText) : QList<QRectF>());
}

int PageView::pageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

bool PageView::isRendering() const
{
    return m_renderer && (m_watcher.isRunning() || !(m_shown == wantedKey()));
}

void PageView::setPage(int page)
{
    if (!m_renderer || page < 1 || page > pageCount() || page == m_page)
        return;
    m_page = page;
    m_canvas->setPage(page, m_renderer->pageSize(page), pointsToPixels() * m_zoom);
    m_canvas->setZones(m_zones);
    if (m_zoomMode == ZoomMode::FitWidth)
        m_zoom = fitWidthZoom(); // pages may differ in width
    layoutPage();
    m_scrollArea->verticalScrollBar()->setValue(0);
    updateSearchHits();
    updateControls();
    emit pageChanged(page);
}

void PageView::nextPage()
{
    setPage(m_page + 1);
}

void PageView::previousPage()
{
    setPage(m_page - 1);
}

void PageView::zoomIn()
{
    applyZoom(m_zoom * kZoomStep, ZoomMode::Fixed);
}

void PageView::zoomOut()
{
    applyZoom(m_zoom / kZoomStep, ZoomMode::Fixed);
}

void PageView::setZoom(qreal zoom)
{
    applyZoom(zoom, ZoomMode::Fixed);
}

void PageView::fitWidth()
{
    applyZoom(fitWidthZoom(), ZoomMode::FitWidth);
}

void PageView::actualSize()
{
    applyZoom(1, ZoomMode::Fixed);
}

qreal PageView::pointsToPixels() const
{
    return logicalDpiX() / 72.0;
}

qreal PageView::fitWidthZoom() const
{
    if (!m_renderer || m_page < 1)
        return m_zoom;
    // Leave room for the vertical scroll bar whether or not it shows yet, or
    // fitting would show it, narrow the view, and fit again.
    // Rounding may add a pixel: two spare keep the horizontal one away.
    const int width = m_scrollArea->maximumViewportSize().width() -
                      m_scrollArea->verticalScrollBar()->sizeHint().width() -
                      2 * PageCanvas::kMargin - 2;
    const qreal pageWidth = m_renderer->pageSize(m_page).width() * pointsToPixels();
    return std::clamp(width / pageWidth, kMinZoom, kMaxZoom);
}

void PageView::applyZoom(qreal zoom, ZoomMode mode, const QPoint &anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoomMode = mode;
    m_zoom = zoom;
    if (changed)
        layoutPage(anchor);
    updateControls();
    if (changed)
        emit zoomChanged(zoom);
}

void PageView::layoutPage(const QPoint &anchor)
{
    if (!m_renderer || m_page < 1)
        return;
    QWidget *viewport = m_scrollArea->viewport();
    const QPoint at = anchor.x() >= 0 ? anchor : viewport->rect().center();
    const QPointF spot = m_canvas->toPoints(m_canvas->mapFrom(viewport, at));

    m_canvas->setPage(m_page, m_renderer->pageSize(m_page), pointsToPixels() * m_zoom);

    // The spot of the page that was under the mouse (or the view's centre) stays there.
    const QPoint now =
        m_canvas->mapTo(viewport, m_canvas->toCanvas(QRectF(spot, QSizeF())).topLeft().toPoint());
    QScrollBar *horizontal = m_scrollArea->horizontalScrollBar();
    QScrollBar *vertical = m_scrollArea->verticalScrollBar();
    horizontal->setValue(horizontal->value() + now.x() - at.x());
    vertical->setValue(vertical->value() + now.y() - at.y());
    requestRender();
}

void PageView::scrollIntoView(const QRectF &canvasRect)
{
    if (canvasRect.isEmpty())
        return;
    const QSize view = m_scrollArea->viewport()->size();
    const QPointF centre = canvasRect.center();
    const int xMargin = std::min(int(canvasRect.width() / 2) + kScrollPadding, view.width() / 2);
    if (canvasRect.height() + 2 * kScrollPadding <= view.height()) {
        m_scrollArea->ensureVisible(int(centre.x()), int(centre.y()), xMargin,
                                    int(canvasRect.height() / 2) + kScrollPadding);
    } else {
        // Taller than the view: its top, where the article starts.
        const int y = int(canvasRect.top()) - kScrollPadding + view.height() / 2;
        m_scrollArea->ensureVisible(int(centre.x()), y, xMargin, view.height() / 2);
    }
}

PageView::RenderKey PageView::wantedKey() const
{
    return RenderKey{m_document, m_page, pointsToPixels() * m_zoom * devicePixelRatioF()};
}

// One picture at a time is drawn: a request while one is under way waits, and
// only the latest waiting request is drawn after it (zooming with the wheel asks
// for many).
void PageView::requestRender()
{
    if (!m_worker || m_page < 1 || wantedKey() == m_shown)
        return;
    if (m_watcher.isRunning()) {
        m_renderPending = true;
        return;
    }
    startRender(wantedKey());
}

void PageView::startRender(const RenderKey &key)
{
    m_rendering = key;
    const std::shared_ptr<PdfPageRenderer> worker = m_worker;
    m_watcher.setFuture(
        QtConcurrent::run([worker, key] { return worker->render(key.page, key.scale); }));
}

void PageView::renderFinished()
{
    const QImage image = m_watcher.result();
    if (m_rendering == wantedKey()) {
        if (image.isNull())
            qCWarning(lcGui) << "page" << m_page << "of" << path() << "could not be drawn";
        m_shown = m_rendering;
        m_canvas->setImage(image);
        emit pageRendered(m_page);
    }
    // Otherwise the page or zoom changed meanwhile: the picture is dropped.
    if (std::exchange(m_renderPending, false))
        requestRender();
}

void PageView::updateControls()
{
    const bool open = m_renderer != nullptr;
    const int count = pageCount();
    m_previousAction->setEnabled(open && m_page > 1);
    m_nextAction->setEnabled(open && m_page < count);
    for (QAction *zoom : {m_zoomInAction, m_zoomOutAction, m_fitWidthAction, m_actualSizeAction})
        zoom->setEnabled(open);
    m_zoomInAction->setEnabled(open && m_zoom < kMaxZoom);
    m_zoomOutAction->setEnabled(open && m_zoom > kMinZoom);
    m_fitWidthAction->setChecked(open && m_zoomMode == ZoomMode::FitWidth);

    const QSignalBlocker blocker(m_pageBox);
    m_pageBox->setEnabled(count > 1);
    m_pageBox->setRange(open ? 1 : 0, std::max(count, 1));
    m_pageBox->setValue(m_page);
    m_pageCountLabel->setText(open ? tr("of %1").arg(count) : QString());
    m_zoomLabel->setText(open ? tr("%1%").arg(qRound(m_zoom * 100)) : QString());
    m_canvas->setAccessibleDescription(open ? tr("Page %1 of %2").arg(m_page).arg(count)
                                            : QString());
}

void PageView::updateBackground()
{
    // Neutral grey around the white sheet, a shade off the window's own colour.
    const QColor window = palette().color(QPalette::Window);
    const QColor around = window.lightness() > 128 ? window.darker(118) : window.darker(135);
    QWidget *viewport = m_scrollArea->viewport();
    QPalette palette = viewport->palette();
    palette.setColor(QPalette::Window, around);
    viewport->setPalette(palette);
    viewport->setBackgroundRole(QPalette::Window);
    viewport->setAutoFillBackground(true);
}

void PageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateBackground();
        updateIcons();
        m_canvas->update();
    }
    QWidget::changeEvent(event);
}

bool PageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea->viewport()) {
        if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                const qreal steps = wheel->angleDelta().y() / 120.0;
                if (m_renderer && steps != 0)
                    applyZoom(m_zoom * std::pow(kZoomStep, steps), ZoomMode::Fixed,
                              wheel->position().toPoint());
                return true;
            }
        } else if (event->type() == QEvent::Resize && m_zoomMode == ZoomMode::FitWidth) {
            applyZoom(fitWidthZoom(), ZoomMode::FitWidth);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Broadsheet
