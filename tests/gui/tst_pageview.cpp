#include "epaperlayouts.h"
#include "pagecanvas.h"
#include "pageview.h"
#include "pdftextreader.h"
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace EpaperTest;
using namespace Qt::StringLiterals;

namespace {

// Page 1 is 明川日报's front page (three columns of 400 × 420 points); page 2, a
// tall one, carries the lead story on at its top and a story of its own at its
// foot, out of sight until scrolled to.
QRectF mingchuanColumn(int first, int last, qreal top, qreal bottom)
{
    return columnRect(24, 376, 3, 12, first, last, top, bottom);
}

const QSizeF kSecondSize(400, 900);
const QRectF kContinued = columnRect(24, 376, 3, 12, 0, 0, 30, 120);
const QRectF kFootHead = columnRect(24, 376, 3, 12, 0, 2, 700, 724);
const QRectF kFootBody = columnRect(24, 376, 3, 12, 0, 2, 734, 860);

constexpr int kLead = 11;
constexpr int kPark = 12;
constexpr int kHeating = 21;
const QString kParkTitle = u"河滨公园 <改造> & 完工"_s; // escaped in the tooltip

QList<Page> pages()
{
    Page second;
    second.size = kSecondSize;
    second.flows = {
        Flow{u"lead-on"_s,
             {kContinued},
             9,
             Face::Body,
             {u"(上接第一版)新区教育局负责人表示,新建学校将全部按照省级标准化学校配置。"_s}},
        Flow{u"heating-head"_s,
             {kFootHead},
             16,
             Face::Head,
             {u"冬季供暖管网检修全部完成"_s},
             false,
             true},
        Flow{
            u"heating"_s,
            {kFootBody},
            9,
            Face::Body,
            {u"本报讯 记者昨日从市供热公司获悉,全市供暖管网检修已于十月底全部完成,共更换老旧管道十二公里。"_s}},
    };
    return {layouts().constFirst().pages.constFirst(), second};
}

QList<PageZone> zones()
{
    const QString lead = u"城东新区今年将建成十二所学校"_s;
    return {
        {kLead, lead, 1, mingchuanColumn(0, 1, 88, 112)},
        {kLead, lead, 1, mingchuanColumn(0, 0, 122, 230)},
        {kLead, lead, 1, mingchuanColumn(1, 1, 122, 410)},
        {kPark, kParkTitle, 1, mingchuanColumn(2, 2, 88, 400)},
        {kLead, lead, 2, kContinued},
        {kHeating, u"冬季供暖管网检修全部完成"_s, 2, kFootHead.united(kFootBody)},
    };
}

bool isWhite(QRgb pixel)
{
    return qRed(pixel) > 245 && qGreen(pixel) > 245 && qBlue(pixel) > 245;
}

} // namespace

// The page view on the offscreen platform: a real PDF rendered in the background,
// zones clicked and hovered with the mouse, articles shown, text searched, zoom.
class TestPageView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAtFirstPageFittingWidth();
    void clickOnZone_data();
    void clickOnZone();
    void hoverNamesArticle();
    void showArticleOnAnotherPage();
    void showArticleWithoutZones();
    void search_data();
    void search();
    void zoomResizesCanvas();
    void zoomWithKeysAndWheel();
    void fitWidthFollowsTheView();
    void staleRenderingIsDropped();
    void pageSwitching();
    void openFails_data();
    void openFails();
    void scannedPageRendersWithMessage();
    void screenshot_data();
    void screenshot();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A shown view with the test PDF open, its first picture drawn.
    void openView(PageView &view, const QString &file = u"issue.pdf"_s);
    // Makes sure a spot of the canvas is in the viewport, and returns it.
    QPoint visible(PageView &view, const QRectF &points);

    QTemporaryDir m_dir;
};

void TestPageView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(writePdf(path(u"issue.pdf"_s), pages()), QString());
    Page scan;
    scan.imageOnly = true;
    QCOMPARE(writePdf(path(u"scan.pdf"_s), {scan}), QString());
    QFile good(path(u"issue.pdf"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QFile truncated(path(u"truncated.pdf"_s));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(good.readAll().left(int(good.size() / 3)));
}

void TestPageView::openView(PageView &view, const QString &file)
{
    view.resize(720, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Status opened = view.open(path(file));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QTRY_VERIFY(!view.isRendering());
    QVERIFY(view.canvas()->hasImage());
}

QPoint TestPageView::visible(PageView &view, const QRectF &points)
{
    const QPointF centre = view.canvas()->toCanvas(points).center();
    view.scrollArea()->ensureVisible(int(centre.x()), int(centre.y()), 10, 10);
    return centre.toPoint();
}

void TestPageView::opensAtFirstPageFittingWidth()
{
    PageView view;
    QSignalSpy pages(&view, &PageView::pageChanged);
    openView(view);
    QCOMPARE(view.page(), 1);
    QCOMPARE(view.pageCount(), 2);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.constFirst().constFirst().toInt(), 1);
    QCOMPARE(view.zoomMode(), PageView::ZoomMode::FitWidth);
    // Fit width: the sheet and its margins fill the viewport's width, no wider.
    const int viewport = view.scrollArea()->viewport()->width();
    QVERIFY2(view.canvas()->width() <= viewport &&
                 view.canvas()->width() >= viewport - 2 * PageCanvas::kMargin,
             qPrintable(u"%1 in %2"_s.arg(view.canvas()->width()).arg(viewport)));
    QVERIFY(view.scrollArea()->horizontalScrollBar()->maximum() == 0);
    // The picture is the sheet at the screen's resolution.
    const QSizeF sheet = view.canvas()->sheetRect().size() * view.devicePixelRatioF();
    QVERIFY(std::abs(view.canvas()->imageSize().width() - sheet.width()) <= 1);
    QVERIFY(std::abs(view.canvas()->imageSize().height() - sheet.height()) <= 1);
}

void TestPageView::clickOnZone_data()
{
    QTest::addColumn<QRectF>("at"); // in points; the click is at its centre
    QTest::addColumn<int>("article");

    QTest::newRow("lead's headline") << mingchuanColumn(0, 1, 88, 112) << kLead;
    QTest::newRow("lead's second column") << mingchuanColumn(1, 1, 300, 320) << kLead;
    QTest::newRow("park's photo") << mingchuanColumn(2, 2, 268, 338) << kPark;
    QTest::newRow("masthead, no zone") << mingchuanColumn(0, 2, 18, 52) << 0;
    QTest::newRow("page margin") << QRectF(2, 300, 10, 10) << 0;
    QTest::newRow("gutter between zones") << QRectF(257, 300, 6, 10) << 0;
}

void TestPageView::clickOnZone()
{
    QFETCH(QRectF, at);
    QFETCH(int, article);

    PageView view;
    openView(view);
    view.setZones(zones());
    QSignalSpy activated(&view, &PageView::articleActivated);
    const QPoint point = visible(view, at);
    QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, point);
    if (article == 0) {
        QVERIFY(activated.isEmpty());
    } else {
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toInt(), article);
    }
    // Another button does nothing.
    activated.clear();
    QTest::mouseClick(view.canvas(), Qt::RightButton, {}, point);
    QVERIFY(activated.isEmpty());
}

void TestPageView::hoverNamesArticle()
{
    PageView view;
    openView(view);
    view.setZones(zones());
    QSignalSpy hovered(view.canvas(), &PageCanvas::hoveredArticleChanged);

    QTest::mouseMove(view.canvas(), QPoint(1, 1)); // outside the sheet
    QTest::mouseMove(view.canvas(), visible(view, mingchuanColumn(2, 2, 120, 130)));
    QTRY_COMPARE(view.hoveredArticle(), kPark);
    QVERIFY2(view.canvas()->toolTip().contains(kParkTitle.toHtmlEscaped()),
             qPrintable(view.canvas()->toolTip()));
    QCOMPARE(view.canvas()->cursor().shape(), Qt::PointingHandCursor);

    QTest::mouseMove(view.canvas(), visible(view, mingchuanColumn(0, 0, 150, 160)));
    QTRY_COMPARE(view.hoveredArticle(), kLead);
    QVERIFY(view.canvas()->toolTip().contains(u"城东新区"_s));

    QTest::mouseMove(view.canvas(), visible(view, mingchuanColumn(0, 2, 30, 40)));
    QTRY_COMPARE(view.hoveredArticle(), 0);
    QVERIFY(view.canvas()->toolTip().isEmpty());
    QCOMPARE(hovered.size(), 3);
}

void TestPageView::showArticleOnAnotherPage()
{
    PageView view;
    openView(view);
    view.setZones(zones());
    QSignalSpy pages(&view, &PageView::pageChanged);

    // At the top of page 2, the story at its foot is out of sight.
    QVERIFY(view.showArticle(kLead));
    QCOMPARE(view.page(), 1);
    QVERIFY(pages.isEmpty());
    const QRect viewport = view.scrollArea()->viewport()->rect();
    view.setPage(2);
    QVERIFY(!viewport.intersects(
        view.canvas()->articleRect(kHeating).translated(view.canvas()->pos()).toRect()));

    view.setPage(1);
    pages.clear();
    QVERIFY(view.showArticle(kHeating));
    QCOMPARE(view.page(), 2);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.constFirst().constFirst().toInt(), 2);
    QCOMPARE(view.highlightedArticle(), kHeating);
    const QRectF zone = view.canvas()->articleRect(kHeating);
    QVERIFY(!zone.isEmpty());
    const QRect inView = zone.translated(view.canvas()->pos()).toRect();
    QVERIFY2(viewport.contains(inView), qPrintable(u"%1,%2 %3×%4 in %5×%6"_s.arg(inView.x())
                                                       .arg(inView.y())
                                                       .arg(inView.width())
                                                       .arg(inView.height())
                                                       .arg(viewport.width())
                                                       .arg(viewport.height())));
    QTRY_VERIFY(!view.isRendering());

    // The lead story starts on page 1: showing it goes back there.
    QVERIFY(view.showArticle(kLead));
    QCOMPARE(view.page(), 1);
    QCOMPARE(view.highlightedArticle(), kLead);
}

void TestPageView::showArticleWithoutZones()
{
    PageView view;
    QVERIFY(!view.showArticle(kLead)); // nothing open
    openView(view);
    view.setZones(zones());
    view.setPage(2);
    QVERIFY(!view.showArticle(999));
    QCOMPARE(view.page(), 2);
    QCOMPARE(view.highlightedArticle(), 0);
}

void TestPageView::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("found");

    QTest::newRow("in the lead") << u"新区"_s << 1 << true;
    QTest::newRow("in the park story") << u"河滨公园"_s << 1 << true;
    QTest::newRow("on the other page only") << u"供暖管网"_s << 1 << false;
    QTest::newRow("on page 2") << u"供暖管网"_s << 2 << true;
    QTest::newRow("absent") << u"火车站"_s << 1 << false;
    QTest::newRow("empty") << QString() << 1 << false;
}

void TestPageView::search()
{
    QFETCH(QString, text);
    QFETCH(int, page);
    QFETCH(bool, found);

    PageView view;
    openView(view);
    view.setSearchText(text);
    view.setPage(page);
    QCOMPARE(view.searchText(), text);
    QCOMPARE(view.searchHitCount() > 0, found);
    if (!found)
        return;
    // Each hit is marked where the text stands: on the sheet, over the text.
    const QRectF sheet = view.canvas()->sheetRect();
    for (const QRectF &hit : view.canvas()->searchHits())
        QVERIFY(sheet.contains(view.canvas()->toCanvas(hit)));
    view.setSearchText(QString());
    QCOMPARE(view.searchHitCount(), 0);
}

void TestPageView::zoomResizesCanvas()
{
    PageView view;
    openView(view);
    QSignalSpy zoomed(&view, &PageView::zoomChanged);

    view.actualSize();
    QCOMPARE(view.zoom(), 1.0);
    QCOMPARE(view.zoomMode(), PageView::ZoomMode::Fixed);
    const qreal actual = 400 * view.logicalDpiX() / 72.0; // the page is 400 points wide
    QVERIFY(std::abs(view.canvas()->sheetRect().width() - actual) < 0.5);
    const QSize before = view.canvas()->size();

    view.zoomIn();
    view.zoomIn();
    QCOMPARE(zoomed.size(), 3);
    const qreal factor = PageView::kZoomStep * PageView::kZoomStep;
    QVERIFY(std::abs(view.canvas()->sheetRect().width() - actual * factor) < 0.5);
    const int margins = 2 * PageCanvas::kMargin;
    QVERIFY(std::abs((view.canvas()->width() - margins) - (before.width() - margins) * factor) <=
            1.5);
    QVERIFY(std::abs((view.canvas()->height() - margins) - (before.height() - margins) * factor) <=
            1.5);
    QTRY_VERIFY(!view.isRendering());
    QVERIFY(std::abs(view.canvas()->imageSize().width() -
                     view.canvas()->sheetRect().width() * view.devicePixelRatioF()) <= 1);

    view.zoomOut();
    QVERIFY(std::abs(view.zoom() - PageView::kZoomStep) < 1e-9);
    view.setZoom(100);
    QCOMPARE(view.zoom(), PageView::kMaxZoom);
    view.setZoom(0);
    QCOMPARE(view.zoom(), PageView::kMinZoom);
}

void TestPageView::zoomWithKeysAndWheel()
{
    PageView view;
    openView(view);
    view.actualSize();
    QApplication::setActiveWindow(&view);
    view.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&view));

    QTest::keyClick(view.scrollArea()->viewport(), Qt::Key_Equal, Qt::ControlModifier);
    QTRY_COMPARE(view.zoom(), PageView::kZoomStep);
    QTest::keyClick(view.scrollArea()->viewport(), Qt::Key_Minus, Qt::ControlModifier);
    QTRY_COMPARE(view.zoom(), 1.0);
    view.zoomIn();
    QTest::keyClick(view.scrollArea()->viewport(), Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(view.zoom(), 1.0);

    // Ctrl+wheel zooms about the mouse: the spot under it stays under it (with
    // the page wider than the view, so that it can scroll sideways).
    view.setZoom(2);
    QWidget *viewport = view.scrollArea()->viewport();
    const QPointF mouse(200, 150);
    const QPointF spot = view.canvas()->toPoints(view.canvas()->mapFrom(viewport, mouse));
    QWheelEvent up(mouse, viewport->mapToGlobal(mouse), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &up);
    QCOMPARE(view.zoom(), 2 * PageView::kZoomStep);
    const QPointF after = view.canvas()->toPoints(view.canvas()->mapFrom(viewport, mouse));
    QVERIFY2(
        (after - spot).manhattanLength() < 2,
        qPrintable(u"%1,%2 → %3,%4"_s.arg(spot.x()).arg(spot.y()).arg(after.x()).arg(after.y())));
    // Without Ctrl the wheel scrolls.
    const int scrolled = view.scrollArea()->verticalScrollBar()->value();
    QWheelEvent down(mouse, viewport->mapToGlobal(mouse), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &down);
    QCOMPARE(view.zoom(), 2 * PageView::kZoomStep);
    QVERIFY(view.scrollArea()->verticalScrollBar()->value() > scrolled);
}

void TestPageView::fitWidthFollowsTheView()
{
    PageView view;
    openView(view);
    const qreal narrow = view.zoom();
    view.resize(1000, 520);
    QTRY_VERIFY(view.zoom() > narrow * 1.3);
    QCOMPARE(view.zoomMode(), PageView::ZoomMode::FitWidth);

    // Once zoomed by hand, resizing leaves the zoom alone, until Fit Width.
    view.zoomOut();
    const qreal fixed = view.zoom();
    view.resize(700, 520);
    QTest::qWait(0);
    QCOMPARE(view.zoom(), fixed);
    view.fitWidth();
    QCOMPARE(view.zoomMode(), PageView::ZoomMode::FitWidth);
    QVERIFY(view.zoom() < fixed);
}

// A picture for a page or zoom left behind never shows, and the placeholder
// stands in until the right one comes.
void TestPageView::staleRenderingIsDropped()
{
    PageView view;
    view.resize(720, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy rendered(&view, &PageView::pageRendered);
    QVERIFY(view.open(path(u"issue.pdf"_s)).ok());
    view.zoomIn(); // page 1 is still being drawn at the first zoom
    view.zoomIn();
    view.setPage(2);
    QVERIFY(view.isRendering());
    QVERIFY(!view.canvas()->hasImage()); // the placeholder
    QTRY_VERIFY(!view.isRendering());
    QCOMPARE(rendered.size(), 1);
    QCOMPARE(rendered.constFirst().constFirst().toInt(), 2);
    const QSizeF sheet = view.canvas()->sheetRect().size() * view.devicePixelRatioF();
    QVERIFY(std::abs(view.canvas()->imageSize().height() - sheet.height()) <= 1);
}

void TestPageView::pageSwitching()
{
    PageView view;
    openView(view);
    QSignalSpy pages(&view, &PageView::pageChanged);
    view.nextPage();
    QCOMPARE(view.page(), 2);
    view.nextPage(); // no page 3
    view.setPage(0);
    view.setPage(7);
    QCOMPARE(view.page(), 2);
    view.previousPage();
    QCOMPARE(view.page(), 1);
    QCOMPARE(pages.size(), 2);
    // The page box in the tool bar goes there too.
    auto *box = view.findChild<QSpinBox *>();
    QVERIFY(box);
    QCOMPARE(box->value(), 1);
    box->setValue(2);
    QCOMPARE(view.page(), 2);
    // A page of another size gets a canvas of that shape.
    const QSizeF sheet = view.canvas()->sheetRect().size();
    QVERIFY(std::abs(sheet.height() / sheet.width() - kSecondSize.height() / kSecondSize.width()) <
            0.01);

    view.clear();
    QCOMPARE(view.page(), 0);
    QCOMPARE(view.pageCount(), 0);
    QCOMPARE(pages.constLast().constFirst().toInt(), 0);
    QVERIFY(!view.isRendering());
}

void TestPageView::openFails_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("damaged") << u"truncated.pdf"_s << u"damaged"_s;
    QTest::newRow("missing") << u"missing.pdf"_s << u"does not exist"_s;
}

void TestPageView::openFails()
{
    QFETCH(QString, file);
    QFETCH(QString, says);

    PageView view;
    openView(view);
    view.setZones(zones());
    const Status opened = view.open(path(file));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorMessage().contains(says), qPrintable(opened.errorMessage()));
    QVERIFY(opened.errorMessage().contains(file));
    // What was open is gone rather than left under a file that failed.
    QVERIFY(!view.isOpen());
    QCOMPARE(view.pageCount(), 0);
    QVERIFY(view.zones().isEmpty());
    QVERIFY(view.canvas()->size().isEmpty());
}

void TestPageView::scannedPageRendersWithMessage()
{
    PageView view;
    openView(view, u"scan.pdf"_s);
    auto *note = view.findChild<QLabel *>(u"pageMessage"_s);
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    view.setMessage(PdfTextReader::scannedPageMessage(1));
    QVERIFY(note->isVisible());
    QCOMPARE(view.message(), PdfTextReader::scannedPageMessage(1));
    QCOMPARE(note->text(), view.message());
    // The scan is drawn: the sheet is not blank.
    const QImage shot = view.canvas()->grab().toImage();
    const QPoint middle = (view.canvas()->sheetRect().center() * shot.devicePixelRatio()).toPoint();
    QVERIFY(!isWhite(shot.pixel(middle)));
    view.setMessage(QString());
    QVERIFY(!note->isVisible());
}

void TestPageView::screenshot_data()
{
    QTest::addColumn<Theme::Look>("look");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("light") << Theme::Look::Light << QString();
    QTest::newRow("dark") << Theme::Look::Dark << u"-dark"_s;
    QTest::newRow("sepia") << Theme::Look::Sepia << u"-sepia"_s;
}

// The view as a reader sees it, with zones, an article shown and a search:
// written to $BROADSHEET_PAGEVIEW_SHOT (with -dark, -sepia for the other looks)
// to look at. The article shown must stand out in every look.
void TestPageView::screenshot()
{
    QFETCH(Theme::Look, look);
    QFETCH(QString, suffix);
    Theme::apply(look);
    const auto restore = qScopeGuard([] { Theme::apply(Theme::Look::Light); });

    PageView view;
    openView(view);
    view.resize(860, 760);
    view.setZoom(1.2); // the whole width of the page and the view around it
    view.setZones(zones());
    view.setSearchText(u"新区"_s);
    QVERIFY(view.showArticle(kPark));
    // Qt drops a move to where the mouse already is (the previous row left it there).
    QTest::mouseMove(view.canvas(), QPoint(1, 1));
    QTest::mouseMove(view.canvas(), visible(view, mingchuanColumn(0, 0, 150, 160)));
    QTRY_COMPARE(view.hoveredArticle(), kLead);
    QTRY_VERIFY(!view.isRendering());

    const QImage shot = view.grab().toImage();
    QString target = qEnvironmentVariable("BROADSHEET_PAGEVIEW_SHOT");
    if (!target.isEmpty())
        QVERIFY(shot.save(target.replace(u".png"_s, suffix + u".png"_s)));

    // The shown article's outline is drawn in the highlight colour.
    const QColor accent = view.palette().color(QPalette::Highlight);
    const QRectF zone = view.canvas()->articleRect(kPark);
    const QPoint edge = view.canvas()->mapTo(&view, zone.topLeft().toPoint() + QPoint(-2, 40));
    const QColor drawn = shot.pixelColor(edge * shot.devicePixelRatio());
    QVERIFY2(std::abs(drawn.hue() - accent.hue()) < 12 && drawn.saturation() > 60,
             qPrintable(drawn.name() + u" for "_s + accent.name()));
}

QTEST_MAIN(TestPageView)
#include "tst_pageview.moc"
