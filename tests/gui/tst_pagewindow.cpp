#include "articleview.h"
#include "epaperlayouts.h"
#include "guitestsupport.h"
#include "library.h"
#include "mainwindow.h"
#include "pagecanvas.h"
#include "pagecontroller.h"
#include "pageview.h"
#include "pdfissuetext.h"
#include "pdftextsource.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSignalSpy>

using namespace Broadsheet;
using namespace EpaperTest;
using namespace Qt::StringLiterals;

// The page view in the main window: an e-paper PDF opened with File ▸ Open,
// View ▸ Page showing the article's page with its zone outlined, a zone clicked
// opening its article in the reading pane, the search's words marked, and an
// issue read from a text file saying it has no page.
class TestPageWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pageShowsTheArticlesZone();
    void clickingAZoneOpensItsArticle();
    void showOnPageFollowsTheArticle();
    void searchWordsAreMarked();
    void textIssueHasNoPage();
    void textIssueShowsItsCompanionsPage();

private:
    void open(const QString &path);
    void showPage();
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    PageController *page() const { return m_window->pageController(); }
    int shownNumber() const
    {
        return m_window->findChild<ArticleView *>()->article()->record.number;
    }

    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestPageWindow::initTestCase()
{
    PdfTextSourceInProcess::install();
    QVERIFY(m_files.isValid());
    for (const Layout &layout : layouts())
        QCOMPARE(writePdf(m_files.filePath(layout.name + u".pdf"_s), layout.pages), QString());
    // One page also as the text an extractor left of it.
    const Result<PdfIssueText> read = PdfIssueText::read(m_files.filePath(u"qinghe.pdf"_s));
    QVERIFY(read.ok());
    QFile text(m_files.filePath(u"qinghe.txt"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(read->layout.text.toUtf8());
}

void TestPageWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GuiTest::isolateSettings(*m_dir);
    Settings().setLibraryView(Settings::LibraryView::ByFile);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(m_dir->filePath(u"library.sqlite"_s), false));
    m_window->resize(1400, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestPageWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestPageWindow::open(const QString &path)
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openFiles({path});
    QVERIFY(finished.wait(30000));
    QVERIFY(m_window->currentArticle().has_value());
}

void TestPageWindow::showPage()
{
    QSignalSpy loaded(page(), &PageController::pageLoaded);
    action(u"actionPage"_s)->trigger();
    QVERIFY(page()->view()->isVisible());
    if (!page()->isLoaded())
        QVERIFY(loaded.wait(20000));
    QTRY_VERIFY(!page()->view()->isRendering());
}

void TestPageWindow::pageShowsTheArticlesZone()
{
    open(m_files.filePath(u"qinghe.pdf"_s));
    QVERIFY(!page()->view()->isVisible()); // nothing read until shown
    QCOMPARE(action(u"actionPage"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    showPage();
    QVERIFY(page()->view()->isOpen());
    QCOMPARE(page()->view()->message(), QString());
    QVERIFY(page()->view()->zones().size() >= 2);
    QCOMPARE(page()->view()->highlightedArticle(), shownNumber());
    const QRectF zone = page()->view()->canvas()->articleRect(shownNumber());
    QVERIFY(!zone.isEmpty());
}

void TestPageWindow::clickingAZoneOpensItsArticle()
{
    open(m_files.filePath(u"mingchuan.pdf"_s));
    showPage();
    const int first = shownNumber();
    // Another article's zone, clicked on the page, opens it in the reading pane.
    PageZone other;
    for (const PageZone &zone : page()->view()->zones())
        if (zone.articleId != first && zone.page == page()->view()->page())
            other = zone;
    QVERIFY(other.articleId > 0);
    PageCanvas *canvas = page()->view()->canvas();
    const QPoint inside = canvas->toCanvas(other.box).center().toPoint();
    QCOMPARE(canvas->articleAt(inside), other.articleId);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, inside);
    QTRY_COMPARE(shownNumber(), other.articleId);
    QCOMPARE(page()->view()->highlightedArticle(), other.articleId);
}

void TestPageWindow::showOnPageFollowsTheArticle()
{
    open(m_files.filePath(u"yunling.pdf"_s));
    QAction *showOnPage = action(u"actionShowOnPage"_s);
    QVERIFY(showOnPage && showOnPage->isEnabled());
    QSignalSpy loaded(page(), &PageController::pageLoaded);
    showOnPage->trigger();
    QVERIFY(action(u"actionPage"_s)->isChecked());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page()->view()->highlightedArticle(), shownNumber());
    // Next article (the tree's Go ▸ Next): the outline follows.
    const int before = shownNumber();
    action(u"actionNextArticle"_s)->trigger();
    QTRY_VERIFY(shownNumber() != before);
    QCOMPARE(page()->view()->highlightedArticle(), shownNumber());
}

void TestPageWindow::searchWordsAreMarked()
{
    open(m_files.filePath(u"qinghe.pdf"_s));
    showPage();
    page()->setSearchText(u"社区食堂"_s);
    QTRY_VERIFY(page()->view()->searchHitCount() > 0);
    page()->setSearchText(u"不在这一版上的词"_s);
    QCOMPARE(page()->view()->searchHitCount(), 0);
}

void TestPageWindow::textIssueHasNoPage()
{
    open(QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues/t01_spring_farming.txt"));
    QVERIFY(!action(u"actionShowOnPage"_s)->isEnabled());
    showPage();
    QVERIFY(!page()->view()->isOpen());
    QVERIFY2(page()->view()->message().contains(u"text file"_s),
             qPrintable(page()->view()->message()));
}

void TestPageWindow::textIssueShowsItsCompanionsPage()
{
    // The text first, then its PDF, which joins the text's issue: the text's
    // articles are shown on the PDF's page.
    open(m_files.filePath(u"qinghe.txt"_s));
    QVERIFY(!action(u"actionShowOnPage"_s)->isEnabled());
    const auto textIssue = m_window->currentIssue();
    open(m_files.filePath(u"qinghe.pdf"_s));
    QCOMPARE(m_window->library()->issues()->size(), 1);
    QCOMPARE(m_window->currentIssue(), textIssue);
    QVERIFY(m_window->findChild<ArticleView *>()->article()->encoding != u"PDF"_s);
    QTRY_VERIFY(action(u"actionShowOnPage"_s)->isEnabled());
    QSignalSpy loaded(page(), &PageController::pageLoaded);
    action(u"actionShowOnPage"_s)->trigger();
    QVERIFY(loaded.wait(20000));
    QVERIFY(page()->view()->isOpen());
    QCOMPARE(page()->view()->message(), QString());
    QCOMPARE(page()->view()->highlightedArticle(), shownNumber());
    QVERIFY(page()->view()->zones().size() >= 2);
}

QTEST_MAIN(TestPageWindow)
#include "tst_pagewindow.moc"
