#include "articlehtml.h"
#include "articleview.h"
#include "cjkpunctuation.h"
#include "datetext.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The reading pane on its own: how an article is set, zoomed and paged through.
class TestArticleView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyLevelZoomsTogether_data();
    void everyLevelZoomsTogether();
    void pagingPastTheEndGoesOn_data();
    void pagingPastTheEndGoesOn();
    void latinTextIsSetInALatinFace();
    void headSaysWherePrintedNeverTheFileName();
    void chinesePunctuationIsShownFullWidth();
    void fullWidthPunctuationCanBeTurnedOff();

private:
    std::unique_ptr<ArticleView> m_view;
};

namespace {

StoredArticle sampleArticle(int paragraphs)
{
    StoredArticle stored;
    stored.record.id = 1;
    stored.record.title = u"全市春耕备耕工作有序推进"_s;
    stored.issueTitle = u"青溪日报 2021-03-05"_s;
    stored.sectionTitle = u"要闻"_s;
    Article &article = stored.article;
    article.kicker = HeadlinePart{u"抓早 抓实 抓细"_s, {3}};
    article.title = HeadlinePart{stored.record.title, {4}};
    article.subtitle = HeadlinePart{u"——全市农业农村工作会议侧记"_s, {5}};
    article.byline = Byline{u"本报记者 周明远"_s, {7}, {u"周明远"_s}, false};
    for (int i = 0; i < paragraphs; ++i)
        article.paragraphs << Paragraph{
            u"各乡镇抓住有利时机,组织农户开展春耕生产,全市已备足种子化肥,农机检修率达到百分之九十以上。"_s,
            {9 + i}};
    article.captions << Caption{u"图为农民在田间劳作。本报记者 李华 摄"_s, {40}, u"李华"_s};
    return stored;
}

// The pixel size of the first character of the first block whose text starts so
// (as shown: with Chinese punctuation full width).
int pixelSizeOf(const QTextDocument *document, const QString &start)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(CjkPunctuation::forDisplay(start))) {
            // What is drawn, whatever property set it.
            return QFontInfo(block.begin().fragment().charFormat().font()).pixelSize();
        }
    }
    return -1;
}

} // namespace

void TestArticleView::init()
{
    m_view = std::make_unique<ArticleView>();
    m_view->resize(800, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestArticleView::cleanup()
{
    m_view.reset();
}

void TestArticleView::everyLevelZoomsTogether_data()
{
    QTest::addColumn<int>("zoom");
    for (int zoom : {50, 80, 100, 130, 160, 200, 300})
        QTest::newRow(qPrintable(u"%1 %"_s.arg(QString::number(zoom)))) << zoom;
}

void TestArticleView::everyLevelZoomsTogether()
{
    QFETCH(int, zoom);
    const StoredArticle article = sampleArticle(3);
    m_view->showArticle(article);
    const QTextDocument *document = m_view->document();
    const QStringList levels{article.article.kicker->text,
                             article.article.title->text,
                             article.article.subtitle->text,
                             article.article.byline->text,
                             article.article.paragraphs.first().text,
                             article.article.captions.first().text};
    QList<int> before;
    for (const QString &level : levels) {
        before << pixelSizeOf(document, level);
        QVERIFY2(before.last() > 0, qPrintable(level));
    }
    // The headline is the largest, the body larger than the kicker.
    QVERIFY(before[1] > before[4] && before[4] > before[0]);

    m_view->setZoomPercent(zoom);
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const int now = pixelSizeOf(document, levels[i]);
        const double expected = before[i] * zoom / 100.0;
        // Sizes are whole pixels, rounded at each step.
        QVERIFY2(std::abs(now - expected) <= std::max(1.0, expected * 0.04),
                 qPrintable(u"%1: %2 px at %3 %, expected %4"_s.arg(levels[i], QString::number(now),
                                                                    QString::number(zoom),
                                                                    QString::number(expected))));
    }
}

void TestArticleView::pagingPastTheEndGoesOn_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::newRow("fits on the screen") << 1;
    QTest::newRow("needs scrolling") << 60;
}

void TestArticleView::pagingPastTheEndGoesOn()
{
    QFETCH(int, paragraphs);
    m_view->showArticle(sampleArticle(paragraphs));
    m_view->setFocus();
    QSignalSpy next(m_view.get(), &ArticleView::nextArticleRequested);
    QSignalSpy previous(m_view.get(), &ArticleView::previousArticleRequested);
    QScrollBar *bar = m_view->verticalScrollBar();

    // Paging down through the article stays in it until its end is shown.
    int presses = 0;
    while (bar->value() < bar->maximum() && presses < 200) {
        QTest::keyClick(m_view.get(), Qt::Key_PageDown);
        ++presses;
    }
    QCOMPARE(next.count(), 0);
    QCOMPARE(bar->value(), bar->maximum());
    QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    QCOMPARE(next.count(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(next.count(), 2);

    // After Ctrl+End too (the text cursor at the end of the document).
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    QCOMPARE(next.count(), 3);

    // Back up: Page Up stays in the article until its top, then goes back.
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(bar->value(), bar->minimum());
    QTest::keyClick(m_view.get(), Qt::Key_PageUp);
    QCOMPARE(previous.count(), 1);
    if (paragraphs > 1) {
        QTest::keyClick(m_view.get(), Qt::Key_PageDown);
        QVERIFY(bar->value() > bar->minimum());
        QTest::keyClick(m_view.get(), Qt::Key_PageUp);
        QCOMPARE(previous.count(), 1); // scrolled back to the top, no further
        QCOMPARE(bar->value(), bar->minimum());
    }
}

void TestArticleView::latinTextIsSetInALatinFace()
{
    // AR PL UMing's Latin letters read as a typewriter and mistake l for 1.
    const QString serif = ArticleHtml::serifFamilies();
    const QString sans = ArticleHtml::sansFamilies();
    QVERIFY2(serif.startsWith(u"'DejaVu Serif'"_s), qPrintable(serif));
    QVERIFY2(sans.startsWith(u"'DejaVu Sans'"_s), qPrintable(sans));
    QVERIFY(serif.contains(u"AR PL UMing"_s));
    QVERIFY(sans.contains(u"WenQuanYi"_s));

    StoredArticle article = sampleArticle(1);
    article.article.paragraphs.first().text = u"file l1 Ctrl+0 及中文"_s;
    m_view->showArticle(article);
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(u"file"_s))
            continue;
        const QFont font = block.begin().fragment().charFormat().font();
        QCOMPARE(font.families().value(0), u"DejaVu Serif"_s);
        // Qt picks a face by script: the Latin face has no Han, so Han falls to UMing.
        QVERIFY(QFontInfo(font).family().contains(u"DejaVu"_s));
        return;
    }
    QFAIL("the paragraph is not shown");
}

void TestArticleView::headSaysWherePrintedNeverTheFileName()
{
    StoredArticle article = sampleArticle(1);
    article.issueTitle = u"000_36b5ccdd5e2fe302"_s; // the file's stem: nothing better known
    article.sectionTitle.clear();
    m_view->showArticle(article);
    QString text = m_view->document()->toPlainText();
    QVERIFY2(!text.contains(u"000_36b5"_s), qPrintable(text));
    QVERIFY(!text.contains(u"ntitled"_s));

    article.paper = u"青溪日报"_s;
    article.date = QDate(2021, 3, 5);
    article.sectionTitle = u"要闻"_s;
    m_view->showArticle(article);
    text = m_view->document()->toPlainText();
    QVERIFY(text.contains(u"青溪日报"_s));
    QVERIFY(text.contains(DateText::full(article.date)));
    QVERIFY(text.contains(u"要闻"_s));
    QVERIFY(!text.contains(u"000_36b5"_s));
}

void TestArticleView::chinesePunctuationIsShownFullWidth()
{
    StoredArticle article = sampleArticle(1);
    article.record.title = u"好消息!全市春耕(备耕)有序推进"_s;
    article.article.title->text = article.record.title;
    article.article.kicker->text = u"抓早;抓实"_s;
    article.article.subtitle->text = u"——会议侧记:农业"_s;
    article.article.byline = Byline{u"本报讯(记者 林一)"_s, {7}, {u"林一"_s}, true};
    article.article.paragraphs = {
        Paragraph{u"本报讯(记者 林一)2019年10月,市图书馆开放,藏书120万册。"_s, {9}},
        Paragraph{u"增长6.5%,上午10:30开始,共1,000人;详见http://example.com/a?b=1,c"_s, {10}},
        Paragraph{u"He said: \"Yes, (really)!\" 他说Hello, world!"_s, {11}}};
    article.article.captions = {Caption{u"图为农民(左)在田间劳作,本报记者 李华 摄"_s, {40}, {}}};
    article.sectionTitle = u"第01版:要闻"_s;
    const StoredArticle stored = article;
    m_view->showArticle(article);
    const QString text = m_view->document()->toPlainText();
    for (const QString &shown :
         {u"抓早；抓实"_s, u"好消息！全市春耕（备耕）有序推进"_s, u"——会议侧记：农业"_s,
          u"第01版：要闻"_s, u"本报讯（记者 林一）2019年10月，市图书馆开放，藏书"_s,
          u"图为农民（左）在田间劳作，本报记者"_s})
        QVERIFY2(text.contains(shown), qPrintable(shown + u"\n"_s + text));
    // Numbers, addresses and Latin text keep their marks.
    for (const QString &kept :
         {u"增长6.5%,上午10:30开始"_s, u"共1,000人；详见http://example.com/a?b=1,c"_s,
          u"He said: \"Yes, (really)!\" 他说Hello, world!"_s})
        QVERIFY2(text.contains(kept), qPrintable(kept + u"\n"_s + text));
    // The dateline is still set apart, and what was stored is as it was.
    bool bold = false;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(u"本报讯（记者 林一）"_s)) {
            const QTextFragment first = block.begin().fragment();
            bold =
                first.text() == u"本报讯（记者 林一）"_s && first.charFormat().fontWeight() >= 700;
        }
    }
    QVERIFY(bold);
    QCOMPARE(m_view->article()->article.paragraphs.first().text,
             stored.article.paragraphs.first().text);
    QCOMPARE(m_view->article()->record.title, stored.record.title);
}

void TestArticleView::fullWidthPunctuationCanBeTurnedOff()
{
    QVERIFY(m_view->fullWidthPunctuation()); // on by default
    StoredArticle article = sampleArticle(40);
    m_view->showArticle(article);
    const QString paragraph = article.article.paragraphs.first().text;
    QVERIFY(paragraph.contains(u','));
    QVERIFY(!m_view->document()->toPlainText().contains(paragraph));
    QVERIFY(m_view->document()->toPlainText().contains(CjkPunctuation::forDisplay(paragraph)));
    const int length = m_view->document()->characterCount();
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum() / 2);
    const int position = m_view->verticalScrollBar()->value();
    QVERIFY(position > 0);

    QSignalSpy restyled(m_view.get(), &ArticleView::documentRestyled);
    QSignalSpy replaced(m_view.get(), &ArticleView::documentReplaced);
    m_view->setFullWidthPunctuation(false);
    QVERIFY(!m_view->fullWidthPunctuation());
    QVERIFY(m_view->document()->toPlainText().contains(paragraph));
    QCOMPARE(m_view->document()->characterCount(), length); // one for one: positions hold
    QCOMPARE(restyled.count(), 1);
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(m_view->verticalScrollBar()->value(), position);
    m_view->setFullWidthPunctuation(false); // no change, no redraw
    QCOMPARE(restyled.count(), 1);

    // It stays off for the next article, and the style says so.
    m_view->showArticle(sampleArticle(1));
    QVERIFY(m_view->document()->toPlainText().contains(paragraph));
    ArticleHtml::Style style;
    QVERIFY(style.fullWidthPunctuation);
    style.fullWidthPunctuation = false;
    QVERIFY(ArticleHtml::render(article, style, false).contains(paragraph));
    m_view->setFullWidthPunctuation(true);
    QVERIFY(!m_view->document()->toPlainText().contains(paragraph));
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
