#include "articleview.h"
#include "findbar.h"
#include "guitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The find bar over a real reading pane: counting, stepping, wrapping, folding
// and clearing, driven by keys as a user does.
class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsAndSteps();
    void foldsWidthAndCase();
    void noMatches();
    void escapeClosesAndClears();
    void followsTheArticle();
    void opensOnASearchTermAsWritten();
    void wrapNoticeGoesWithItsMatches();

private:
    QLineEdit *field() const { return m_bar->findChild<QLineEdit *>(u"field"_s); }
    QLabel *notice() const { return m_bar->findChild<QLabel *>(u"notice"_s); }
    int highlighted() const { return int(m_view->extraSelections().size()); }

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    ArticleView *m_view = nullptr;
    FindBar *m_bar = nullptr;
};

namespace {

StoredArticle article(const QStringList &paragraphs, const QString &title = u"标题"_s,
                      qint64 id = 1)
{
    StoredArticle stored;
    stored.record.id = id;
    stored.record.title = title;
    stored.article.title = HeadlinePart{title, {1}};
    for (const QString &text : paragraphs)
        stored.article.paragraphs << Paragraph{text, {2}};
    return stored;
}

} // namespace

void TestFindBar::init()
{
    GuiTest::isolateSettings(m_dir);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_view = new ArticleView(m_window.get());
    m_bar = new FindBar(m_window.get());
    layout->addWidget(m_view);
    layout->addWidget(m_bar);
    m_bar->setTextEdit(m_view);
    QObject::connect(m_view, &ArticleView::documentReplaced, m_bar, &FindBar::documentReplaced);
    QObject::connect(m_view, &ArticleView::documentRestyled, m_bar, &FindBar::documentRestyled);
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFindBar::cleanup()
{
    m_window.reset();
}

void TestFindBar::countsAndSteps()
{
    m_view->showArticle(article(
        {u"市委书记柴伟、市长孙弘率队深入城区检查。"_s, u"每到一处,柴伟都与随行人员沟通交流。"_s,
         u"柴伟在充分听取意见后指出,规划要先行。"_s, u"柴伟强调,要发挥社区功能。"_s}));
    m_bar->open();
    QVERIFY(m_bar->isVisible());
    QVERIFY(field()->hasFocus());
    GuiTest::typeText(field(), u"柴伟"_s);
    QCOMPARE(m_bar->matchCount(), 4);
    QCOMPARE(m_bar->statusText(), u"1 / 4"_s);
    QCOMPARE(highlighted(), 4);

    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(m_bar->statusText(), u"2 / 4"_s);
    QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_bar->statusText(), u"1 / 4"_s);
    QVERIFY(notice()->text().isEmpty());
    // Before the first: wraps to the last, and says so.
    QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_bar->statusText(), u"4 / 4"_s);
    QVERIFY(!notice()->text().isEmpty());
    m_bar->findNext();
    QCOMPARE(m_bar->statusText(), u"1 / 4"_s);

    // The current match is the one the view's cursor stands on, in its own colour.
    const auto selections = m_view->extraSelections();
    QCOMPARE(m_view->textCursor().position(), selections.first().cursor.selectionStart());
    QVERIFY(selections[0].format.background() != selections[1].format.background());
    QCOMPARE(selections[0].cursor.selectedText(), u"柴伟"_s);
}

void TestFindBar::foldsWidthAndCase()
{
    m_view->showArticle(
        article({u"ＡＩ识别病虫害,准确率达到95%。"_s, u"今年全县试点ai识别和Ai监测。"_s,
                 u"２０１９年起步,2019年推广。"_s}));
    m_bar->open(u"ai"_s);
    QCOMPARE(m_bar->matchCount(), 3);
    m_bar->open(u"2019"_s);
    QCOMPARE(m_bar->matchCount(), 2);
    m_bar->open(u"AI"_s);
    m_bar->setMatchCase(true);
    // Width still folds (ＡＩ is AI); case no longer does (ai, Ai are not).
    QCOMPARE(m_bar->matchCount(), 1);
    m_bar->setMatchCase(false);
    QCOMPARE(m_bar->matchCount(), 3);
}

void TestFindBar::noMatches()
{
    m_view->showArticle(article({u"河畔步道全线贯通。"_s}));
    m_bar->open();
    GuiTest::typeText(field(), u"火星"_s);
    QCOMPARE(m_bar->matchCount(), 0);
    QCOMPARE(m_bar->statusText(), u"No matches"_s);
    QCOMPARE(highlighted(), 0);
    m_bar->findNext(); // nothing to go to: no crash, no change
    QCOMPARE(m_bar->currentMatch(), -1);
}

void TestFindBar::escapeClosesAndClears()
{
    m_view->showArticle(article({u"步道,步道,步道。"_s}));
    m_bar->open(u"步道"_s);
    QCOMPARE(highlighted(), 3);
    QTest::keyClick(field(), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QCOMPARE(highlighted(), 0);
}

void TestFindBar::followsTheArticle()
{
    m_view->showArticle(article({u"步道,步道。"_s}));
    m_bar->open(u"步道"_s);
    QCOMPARE(m_bar->matchCount(), 2);
    m_bar->findNext();
    QCOMPARE(m_bar->currentMatch(), 1);
    m_view->setZoomPercent(150); // the same text drawn again: the reader keeps their place
    QCOMPARE(m_bar->matchCount(), 2);
    QCOMPARE(m_bar->currentMatch(), 1);
    QCOMPARE(highlighted(), 2);
    m_view->showArticle(article({u"步道,步道,步道,步道。"_s}, u"另一篇"_s, 2));
    QCOMPARE(m_bar->matchCount(), 4);
    QCOMPARE(m_bar->currentMatch(), 0); // a new article starts at its first match
}

void TestFindBar::opensOnASearchTermAsWritten()
{
    const QString text = u"市民打开城市App即可办理。这款APP已覆盖全部街道。"_s;
    m_view->showArticle(article({text}));
    m_bar->setMatchCase(true);
    m_bar->openOnSearchTerm(u"app"_s, text); // as library search, ignoring case, found it
    QCOMPARE(m_bar->text(), u"App"_s);
    QCOMPARE(m_bar->matchCount(), 1);
    m_bar->setMatchCase(false);
    m_bar->openOnSearchTerm(u"app"_s, text);
    QCOMPARE(m_bar->text(), u"app"_s);
    QCOMPARE(m_bar->matchCount(), 2);
}

void TestFindBar::wrapNoticeGoesWithItsMatches()
{
    m_view->showArticle(article({u"步道,步道。"_s}));
    m_bar->open();
    GuiTest::typeText(field(), u"步道"_s);
    const auto wrapBack = [this] {
        QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier); // before the first
        QCOMPARE(m_bar->currentMatch(), m_bar->matchCount() - 1);
        QVERIFY(!notice()->text().isEmpty());
    };

    // New text with no matches: "No matches", and no word of wrapping.
    wrapBack();
    GuiTest::typeText(field(), u"火星"_s);
    QCOMPARE(m_bar->statusText(), u"No matches"_s);
    QVERIFY2(notice()->text().isEmpty(), qPrintable(notice()->text()));
    QCOMPARE(m_bar->noticeText(), QString());

    // Other text that matches: its own count, from its first match.
    field()->setText(u"步道"_s);
    wrapBack();
    field()->setText(u"步"_s);
    QCOMPARE(m_bar->statusText(), u"1 / 2"_s);
    QVERIFY2(notice()->text().isEmpty(), qPrintable(notice()->text()));

    // A new document without the text.
    field()->setText(u"步道"_s);
    wrapBack();
    m_view->showArticle(article({u"河畔全线贯通。"_s}, u"另一篇"_s, 2));
    QCOMPARE(m_bar->statusText(), u"No matches"_s);
    QVERIFY2(notice()->text().isEmpty(), qPrintable(notice()->text()));

    // A new document with it: the notice was about the old one's matches.
    m_view->showArticle(article({u"步道,步道。"_s}, u"标题"_s, 1));
    wrapBack();
    m_view->showArticle(article({u"步道,步道,步道。"_s}, u"第三篇"_s, 3));
    QCOMPARE(m_bar->statusText(), u"1 / 3"_s);
    QVERIFY2(notice()->text().isEmpty(), qPrintable(notice()->text()));

    // The same text drawn again keeps it: the reader is where it said.
    wrapBack();
    m_view->setZoomPercent(150);
    QCOMPARE(m_bar->statusText(), u"3 / 3"_s);
    QVERIFY(!notice()->text().isEmpty());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
