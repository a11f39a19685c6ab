#include "articlepart.h"
#include "articleview.h"
#include "doubtlist.h"
#include "guitestsupport.h"
#include "library.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "sourcecontroller.h"
#include "sourcepane.h"
#include "sourceview.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTreeView>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The source view in the main window, driven through its actions: View ▸
// Source, the reading pane and the source following each other, Go ▸ Next and
// Previous Doubtful Spot, and a file that is gone.
class TestSourceWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sourceActionShowsTheIssueFile();
    void aLineSelectsItsArticleAndParagraph();
    void aParagraphTintsItsLines();
    void articleChosenInTheTreeIsShownInTheSource();
    void nextDoubtfulSpotWalksTheDoubts();
    void treeTellsTheDoubts();
    void removedFileIsSaidInWords();

private:
    void open(const QString &path);
    QAction *action(const QString &name) const;
    SourcePane *pane() const { return m_window->sourceController()->pane(); }
    SourceView *source() const { return pane()->view(); }
    // The library id of the current issue's article with that number.
    qint64 articleWithNumber(int number) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
QString issuePath(const QString &name)
{
    return QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues/") + name + u".txt"_s;
}
} // namespace

void TestSourceWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GuiTest::isolateSettings(*m_dir);
    Settings().setLibraryView(Settings::LibraryView::ByFile);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(m_dir->filePath(u"library.sqlite"_s), false));
    m_window->resize(1300, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestSourceWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestSourceWindow::open(const QString &path)
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openFiles({path});
    QVERIFY(finished.wait(30000));
    QVERIFY(m_window->currentArticle().has_value());
}

QAction *TestSourceWindow::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

qint64 TestSourceWindow::articleWithNumber(int number) const
{
    const auto records = m_window->library()->articles(*m_window->currentIssue());
    for (const ArticleRecord &record : *records) {
        if (record.number == number)
            return record.id;
    }
    return 0;
}

void TestSourceWindow::sourceActionShowsTheIssueFile()
{
    open(issuePath(u"t01_spring_farming"_s));
    QAction *show = action(u"actionSource"_s);
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
    QVERIFY(!pane()->isVisible());
    QVERIFY(!m_window->sourceController()->loadedIssue()); // nothing read until shown
    show->trigger();
    QVERIFY(show->isChecked());
    QVERIFY(pane()->isVisible());
    QVERIFY(pane()->isShowingSource());
    QCOMPARE(m_window->sourceController()->loadedIssue(), m_window->currentIssue());
    // The file's lines as they are.
    QFile file(issuePath(u"t01_spring_farming"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(source()->lineCount(), lines.size() - (lines.last().isEmpty() ? 1 : 0));
    QCOMPARE(source()->document()->findBlockByNumber(9).text(), lines[9]);
    // At the article read.
    const int number = m_window->articleView()->article()->record.number;
    QCOMPARE(source()->lineInfo(source()->currentLine()).articleId, number);
    // Again: hidden, the reading pane alone.
    show->trigger();
    QVERIFY(!pane()->isVisible());
    QVERIFY(m_window->articleView()->isVisible());
}

void TestSourceWindow::aLineSelectsItsArticleAndParagraph()
{
    open(issuePath(u"t01_spring_farming"_s));
    action(u"actionSource"_s)->trigger();
    // The second paragraph of the third article, clicked in the source.
    int number = 0;
    int line = 0;
    for (int n = 1; n <= source()->lineCount() && line == 0; ++n) {
        const SourceLineInfo info = source()->lineInfo(n);
        if (info.role == SourceLineInfo::Role::Body && info.part == 1 && info.articleId >= 3) {
            number = info.articleId;
            line = n;
        }
    }
    QVERIFY(line > 0);
    const qint64 id = articleWithNumber(number);
    QVERIFY(id != 0);
    QVERIFY(m_window->currentArticle() != id);
    QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
    // Scrolled to (the cursor stays), then clicked as a reader does.
    QScrollBar *bar = source()->verticalScrollBar();
    for (int value = 0; value <= bar->maximum() &&
                        !source()->viewport()->rect().contains(source()->lineRect(line).topLeft());
         ++value)
        bar->setValue(value);
    QVERIFY(source()->currentLine() != line);
    const QRect box = source()->lineRect(line);
    QVERIFY(source()->viewport()->rect().contains(box.topLeft()));
    QTest::mouseClick(source()->viewport(), Qt::LeftButton, {}, QPoint(30, box.top() + 4));
    QCOMPARE(source()->currentLine(), line);
    QCOMPARE(m_window->currentArticle(), id);
    QVERIFY(!shown.isEmpty());
    // The tree follows.
    const QModelIndex current = m_window->tree()->currentIndex();
    QCOMPARE(current.data(LibraryModel::IdRole).toLongLong(), id);
    // The paragraph is tinted in the reading pane, its lines in the source.
    QCOMPARE(m_window->articleView()->highlightedPart(),
             std::optional(ArticlePart{ArticlePart::Kind::Paragraph, 1}));
    const QList<int> lines = m_window->articleView()->article()->article.paragraphs[1].lines;
    QCOMPARE(source()->highlightedLines(), lines);
    QVERIFY(lines.contains(line));
    // The source's cursor stayed where the reader put it.
    QCOMPARE(source()->currentLine(), line);
}

void TestSourceWindow::aParagraphTintsItsLines()
{
    open(issuePath(u"t01_spring_farming"_s));
    action(u"actionSource"_s)->trigger();
    ArticleView *view = m_window->articleView();
    const Article article = view->article()->article;
    QVERIFY(!article.paragraphs.isEmpty());
    const int last = int(article.paragraphs.size()) - 1;
    QTextBlock target;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (view->partAt(block.position()) == ArticlePart{ArticlePart::Kind::Paragraph, last})
            target = block;
    }
    QVERIFY(target.isValid());
    // The reader clicks into the paragraph (the cursor goes there).
    QTextCursor cursor(target);
    cursor.movePosition(QTextCursor::NextCharacter);
    view->setTextCursor(cursor);
    QCOMPARE(source()->highlightedLines(), article.paragraphs[last].lines);
    QCOMPARE(source()->currentLine(), article.paragraphs[last].lines.first());
    QCOMPARE(view->highlightedPart(),
             std::optional(ArticlePart{ArticlePart::Kind::Paragraph, last}));
    // The same article stays, and the reader's cursor with it.
    QCOMPARE(view->textCursor().position(), cursor.position());
}

void TestSourceWindow::articleChosenInTheTreeIsShownInTheSource()
{
    open(issuePath(u"t01_spring_farming"_s));
    action(u"actionSource"_s)->trigger();
    const qint64 other = articleWithNumber(4);
    QVERIFY(other != 0);
    QVERIFY(m_window->showArticle(other));
    QCOMPARE(source()->lineInfo(source()->currentLine()).articleId, 4);
    QCOMPARE(source()->currentLine(), source()->firstLineOf(4));
    QCOMPARE(m_window->currentArticle(), other); // the source did not lead elsewhere
}

void TestSourceWindow::nextDoubtfulSpotWalksTheDoubts()
{
    open(issuePath(u"t01_spring_farming"_s));
    const auto doubts = m_window->library()->doubts(*m_window->currentIssue());
    QVERIFY(doubts);
    QVERIFY2(doubts->size() >= 2, "t01 has a lead before its headline and a cut paragraph");
    QAction *next = action(u"actionNextDoubt"_s);
    QAction *previous = action(u"actionPreviousDoubt"_s);
    QVERIFY(next && previous);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
    QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QVERIFY(next->isEnabled());
    QVERIFY(!pane()->isVisible());
    // The doubts after the article read: F8 shows the source and goes to the first.
    QVERIFY(m_window->showArticle(articleWithNumber(1)));
    next->trigger();
    QVERIFY(pane()->isVisible());
    QCOMPARE(pane()->doubtList()->doubts().size(), doubts->size());
    const auto check = [&](int index) {
        const Doubt &doubt = doubts->at(index);
        QCOMPARE(source()->currentLine(), std::max(1, doubt.line));
        QCOMPARE(pane()->doubtList()->currentDoubt(), index);
        const int number = source()->lineInfo(source()->currentLine()).articleId;
        const int expected = number != 0 ? number : doubt.articleId;
        if (expected != 0)
            QCOMPARE(m_window->currentArticle(), articleWithNumber(expected));
    };
    // The first doubt past the first line of article 1, where the source opened.
    const int opened = source()->firstLineOf(1);
    int start = 0;
    while (start < doubts->size() && doubts->at(start).line <= opened)
        ++start;
    if (start == doubts->size())
        start = 0;
    check(start);
    next->trigger();
    check((start + 1) % int(doubts->size()));
    previous->trigger();
    check(start);
    // Round past the end to the first.
    for (int i = start; i < doubts->size(); ++i)
        next->trigger();
    check(0);
}

void TestSourceWindow::treeTellsTheDoubts()
{
    open(issuePath(u"t01_spring_farming"_s));
    const auto record = m_window->library()->issue(*m_window->currentIssue());
    QVERIFY(record);
    QVERIFY(record->doubtCount > 0);
    const QModelIndex issue = m_window->tree()->model()->index(0, 0);
    const QString tip = issue.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(LibraryModel::tr("%n doubtful spot(s)", nullptr, record->doubtCount)),
             qPrintable(tip));
}

void TestSourceWindow::removedFileIsSaidInWords()
{
    const QString path = m_dir->filePath(u"issue.txt"_s);
    QVERIFY(QFile::copy(issuePath(u"t02_courts_law"_s), path));
    open(path);
    QVERIFY(QFile::remove(path));
    action(u"actionSource"_s)->trigger();
    QVERIFY(pane()->isVisible());
    QVERIFY(!pane()->isShowingSource());
    const auto refused = m_window->library()->sourceLines(*m_window->currentIssue());
    QVERIFY(!refused);
    QVERIFY(pane()->message().contains(refused.errorMessage().toHtmlEscaped()));
    QCOMPARE(source()->lineCount(), 0);
    // The article itself still reads.
    QVERIFY(m_window->articleView()->article());
}

QTEST_MAIN(TestSourceWindow)
#include "tst_sourcewindow.moc"
