#include "articleview.h"
#include "contentshtml.h"
#include "findbar.h"
#include "guitestsupport.h"
#include "importcontroller.h"
#include "library.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "readonlyfile.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "settings.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The main window, driven as a user drives it: open, read, find, search.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensAFileAndShowsItsFirstArticle();
    void selectingAnArticleShowsIt();
    void doubleClickTogglesAnIssue();
    void findBarStepsThroughAWord();
    void librarySearchOpensTheArticleAtTheHit();
    void librarySearchHitWithMatchCase();
    void nonTextFileShowsWhy();
    void articleHtmlIsShownLiterally();
    void previousAndNext();
    void zoomIsRemembered();
    void recentFiles();
    void recentFilesAreThoseThatOpened();
    void reopeningSaysAlreadyThere();
    void fileDialogsStartInFoldersThatExist();
    void toolbarIconsAreDistinct();
    void issueSectionAndGroupShowTheirContents();
    void keyboardShortcutsListsEveryKey();
    void chinesePunctuationIsASettingThatLasts();
    void removingAnIssue();
    void themes();
    void unusableLibraryIsReported();
    void exportsTheSelectedArticles();
    void opensAFolderOfIssues();
    void closingDuringAnImportKeepsTheLibrary();
    void readOnlyLibraryCanBeReadButNotChanged();

private:
    void open(const QStringList &paths);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GuiTest::isolateSettings(*m_dir);
    // These tests drive the tree of files; tst_archivewindow drives the archive.
    Settings().setLibraryView(Settings::LibraryView::ByFile);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(m_dir->filePath(u"library.sqlite"_s), false));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::open(const QStringList &paths)
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openFiles(paths);
    QVERIFY(finished.wait(30000));
}

QString TestMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestMainWindow::opensAFileAndShowsItsFirstArticle()
{
    open({GuiTest::seedPath()});
    QVERIFY(m_window->currentArticle().has_value());
    const QString text = m_window->articleView()->toPlainText();
    QVERIFY(text.contains(u"规划引领 项目支撑 科学布局 统筹推进"_s));
    QVERIFY(text.contains(u"市领导检查城市基础设施建设管理工作时强调"_s));
    QVERIFY(m_window->windowTitle().contains(u"规划引领"_s));
    // The tree shows the article selected, inside its expanded issue and section.
    const QModelIndex current = m_window->tree()->currentIndex();
    QCOMPARE(current.data().toString(), u"规划引领 项目支撑 科学布局 统筹推进"_s);
    QVERIFY(m_window->tree()->isExpanded(current.parent()));
}

void TestMainWindow::selectingAnArticleShowsIt()
{
    open({GuiTest::seedPath()});
    QTreeView *tree = m_window->tree();
    const QModelIndex section = tree->currentIndex().parent();
    const QModelIndex third = tree->model()->index(2, 0, section);
    QCOMPARE(third.data().toString(), u"我市6个特色产业小镇列入省第一批创建名单"_s);
    QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(shown.size(), 2);
    QCOMPARE(tree->currentIndex(), third);
    QVERIFY(m_window->articleView()->toPlainText().contains(
        u"我市6个特色产业小镇列入省第一批创建名单"_s));
    QVERIFY(m_window->articleView()->toPlainText().contains(u"田蓓蕾"_s));
}

void TestMainWindow::doubleClickTogglesAnIssue()
{
    open({GuiTest::seedPath()});
    QTreeView *tree = m_window->tree();
    const QModelIndex issue = tree->model()->index(0, 0);
    QVERIFY(tree->isExpanded(issue));
    const QPoint at = tree->visualRect(issue).center();
    // As a hand does it: press and release, press again (the double-click), release;
    // well apart from the double-click before.
    const auto doubleClick = [&] {
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at,
                          QApplication::doubleClickInterval() * 2);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
    };
    doubleClick();
    QVERIFY(!tree->isExpanded(issue));
    doubleClick();
    QVERIFY(tree->isExpanded(issue));
}

void TestMainWindow::findBarStepsThroughAWord()
{
    open({GuiTest::seedPath()});
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    auto *field = bar->findChild<QLineEdit *>(u"field"_s);
    QVERIFY(field->hasFocus());
    GuiTest::typeText(field, u"柴伟"_s); // four times in the first article
    QCOMPARE(bar->statusText(), u"1 / 4"_s);
    QCOMPARE(m_window->articleView()->extraSelections().size(), 4);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(bar->statusText(), u"2 / 4"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(bar->statusText(), u"3 / 4"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), u"2 / 4"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_window->articleView()->extraSelections().size(), 0);
}

void TestMainWindow::librarySearchOpensTheArticleAtTheHit()
{
    open({GuiTest::seedPath(), QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt")});
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SearchPanel *panel = m_window->searchPanel();
    QVERIFY(panel->isVisible());
    auto *field = panel->findChild<QLineEdit *>(u"field"_s);
    QVERIFY(field->hasFocus());
    GuiTest::typeText(field, u"医务工作者"_s); // in one article only: 心中有信仰 脚下有力量
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->total(), 1);
    QCOMPARE(panel->model()->index(0).data().toString(), u"心中有信仰 脚下有力量"_s);

    auto *results = panel->findChild<QListView *>(u"results"_s);
    // A row holds what is drawn in it: title, place, two lines of Chinese snippet
    // (taller than the Latin font's metrics), with padding around them.
    QTextDocument twoLines;
    twoLines.setDefaultFont(results->font());
    twoLines.setDocumentMargin(0);
    twoLines.setPlainText(u"中文\n中文"_s);
    QFont small = results->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const int padding = 6;
    const int gaps = 2 + 4; // under the title, under the place
    QVERIFY(results->visualRect(panel->model()->index(0)).height() >=
            2 * padding + QFontMetrics(results->font()).height() + gaps +
                QFontMetrics(small).height() + int(twoLines.size().height()));
    QTest::keyClick(field, Qt::Key_Return); // to the results
    QVERIFY(results->hasFocus());
    QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(shown.size(), 1);
    ArticleView *view = m_window->articleView();
    QVERIFY(view->toPlainText().contains(u"心中有信仰 脚下有力量"_s));
    // The find bar holds the query; the first hit is selected and in view.
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), u"医务工作者"_s);
    QCOMPARE(bar->statusText(), u"1 / 1"_s);
    const QRect hit = view->cursorRect(view->extraSelections().first().cursor);
    QVERIFY(view->viewport()->rect().contains(hit.center()));
}

void TestMainWindow::librarySearchHitWithMatchCase()
{
    const QString issue = writeFile(u"apps.txt"_s, u"第1版 要闻\n"
                                                   "政务服务掌上办\n"
                                                   "本报讯(记者 王茵)市民打开城市App即可办理证照。"
                                                   "这款APP已覆盖全部街道。\n"_s.toUtf8());
    open({issue});
    m_window->findBar()->setMatchCase(true);
    SearchPanel *panel = m_window->searchPanel();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *field = panel->findChild<QLineEdit *>(u"field"_s);
    GuiTest::typeText(field, u"app"_s);
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(panel->findChild<QListView *>(u"results"_s), Qt::Key_Return);
    // Search ignores case; the find bar, matching case, looks for the article's own spelling.
    FindBar *bar = m_window->findBar();
    QCOMPARE(bar->text(), u"App"_s);
    QCOMPARE(bar->statusText(), u"1 / 1"_s);
}

void TestMainWindow::nonTextFileShowsWhy()
{
    open({GuiTest::seedPath()});
    const QString picture =
        writeFile(u"scan.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    open({picture});
    QVERIFY2(m_window->lastMessage().contains(u"scan.txt"_s), qPrintable(m_window->lastMessage()));
    QVERIFY(m_window->lastMessage().contains(u"PNG"_s));
    auto *box = m_window->findChild<QMessageBox *>(u"errorMessage"_s);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(u"scan.txt"_s));
    box->close();
    // Nothing that was there is lost.
    QCOMPARE(m_window->libraryModel()->rowCount(), 1);
    QVERIFY(m_window->articleView()->toPlainText().contains(u"规划引领"_s));
}

void TestMainWindow::articleHtmlIsShownLiterally()
{
    const QString file = writeFile(
        u"html.txt"_s,
        u"检索语法小课堂\n\n本报讯 文章里的<b>粗体</b>、<a href=\"http://example.com/\">链接</a>、"
        u"<img src=\"file:///etc/hostname\">和javascript:alert(1)都只是文字。\n"_s.toUtf8());
    open({file});
    ArticleView *view = m_window->articleView();
    const QString text = view->toPlainText();
    QVERIFY2(text.contains(u"<b>粗体</b>"_s), qPrintable(text));
    QVERIFY(text.contains(u"<a href=\"http://example.com/\">链接</a>"_s));
    QVERIFY(text.contains(u"<img src=\"file:///etc/hostname\">"_s));
    // No bold run, no link and no image came from the article's text.
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY(!format.anchorHref().contains(u"example.com"_s));
            if (it.fragment().text().contains(u"粗体"_s))
                QVERIFY(format.fontWeight() <= QFont::Normal);
        }
    }
    // The tool tip of its library search hit shows the text as written, too.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SearchPanel *panel = m_window->searchPanel();
    GuiTest::typeText(panel->findChild<QLineEdit *>(u"field"_s), u"粗体"_s);
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    const QModelIndex hit = panel->model()->index(0);
    // The delegate draws the snippet as text, the highlights on the words found.
    const QString snippet = hit.data(SearchResultsModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(u"<b>粗体</b>"_s), qPrintable(snippet));
    const QVariantList highlights = hit.data(SearchResultsModel::HighlightsRole).toList();
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(snippet.mid(highlights[0].toPoint().x(), highlights[0].toPoint().y()), u"粗体"_s);
    const QString tip = hit.data(Qt::ToolTipRole).toString();
    QTextDocument shown;
    if (Qt::mightBeRichText(tip))
        shown.setHtml(tip);
    else
        shown.setPlainText(tip);
    QVERIFY2(shown.toPlainText().contains(u"<b>粗体</b>"_s), qPrintable(shown.toPlainText()));
}

void TestMainWindow::previousAndNext()
{
    open({GuiTest::seedPath()});
    const auto first = m_window->currentArticle();
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QVERIFY(m_window->articleView()->toPlainText().contains(u"我市在全省率先出台新政稳就业"_s));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentArticle(), first);
    // Paging down past the end of an article goes on to the next one.
    ArticleView *view = m_window->articleView();
    view->setFocus();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTest::keyClick(view, Qt::Key_PageDown);
    QVERIFY(m_window->articleView()->toPlainText().contains(u"我市在全省率先出台新政稳就业"_s));
}

void TestMainWindow::zoomIsRemembered()
{
    open({GuiTest::seedPath()});
    ArticleView *view = m_window->articleView();
    QCOMPARE(view->zoomPercent(), 100);
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(view->zoomPercent(), 120);
    m_window.reset();
    MainWindow again;
    QCOMPARE(again.articleView()->zoomPercent(), 120);
    QTest::keyClick(&again, Qt::Key_0, Qt::ControlModifier);
}

void TestMainWindow::recentFiles()
{
    open({GuiTest::seedPath()});
    auto *menu = m_window->findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->text(), u"000_36b5ccdd5e2fe302.txt"_s);
    menu->actions().last()->trigger(); // Clear Menu
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().first()->isEnabled());
}

void TestMainWindow::recentFilesAreThoseThatOpened()
{
    const QString picture =
        writeFile(u"scan.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    open({picture, GuiTest::seedPath()});
    if (auto *box = m_window->findChild<QMessageBox *>(u"errorMessage"_s))
        box->close();
    auto *menu = m_window->findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(menu);
    QStringList listed;
    for (const QAction *action : menu->actions())
        listed << action->text();
    QVERIFY2(listed.contains(u"000_36b5ccdd5e2fe302.txt"_s), qPrintable(listed.join(u", "_s)));
    QVERIFY2(!listed.contains(u"scan.txt"_s), qPrintable(listed.join(u", "_s)));
}

void TestMainWindow::reopeningSaysAlreadyThere()
{
    open({GuiTest::seedPath()});
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Added 1 issue"_s));
    open({GuiTest::seedPath()});
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"already in the library"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"Added"_s), qPrintable(message));
    QCOMPARE(m_window->libraryModel()->rowCount(), 1);
}

void TestMainWindow::fileDialogsStartInFoldersThatExist()
{
    // A folder that is not there (no Documents folder in a fresh account) would
    // be typed into the dialog's file-name box.
    const QString missing = m_dir->filePath(u"no such folder"_s);
    QCOMPARE(Settings::existingFolder({missing, m_dir->path()}), m_dir->path());
    QCOMPARE(Settings::existingFolder({missing}), QDir::homePath());
    Settings settings;
    QVERIFY(QFileInfo(settings.openFolder()).isDir());
    QVERIFY(QFileInfo(settings.exportFolder()).isDir());
    // Exports start where the last one went, once it exists.
    settings.setExportFolder(m_dir->path());
    QCOMPARE(settings.exportFolder(), m_dir->path());
    settings.setExportFolder(missing);
    QVERIFY(settings.exportFolder() != missing);
    open({GuiTest::seedPath()});
    QCOMPARE(QFileInfo(Settings().openFolder()).canonicalFilePath(),
             QFileInfo(GuiTest::seedPath()).canonicalPath());
}

void TestMainWindow::toolbarIconsAreDistinct()
{
    // Find, search the library, zoom in and zoom out were four magnifiers.
    QList<QImage> images;
    for (const char *name :
         {"actionFind", "actionSearchLibrary", "actionZoomIn", "actionZoomOut"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1StringView(name));
        QVERIFY2(action && !action->icon().isNull(), name);
        QVERIFY2(!action->toolTip().isEmpty(), name);
        const QImage image = action->icon().pixmap(32, 32).toImage();
        for (const QImage &other : std::as_const(images))
            QVERIFY2(image != other, name);
        images << image;
    }
}

void TestMainWindow::issueSectionAndGroupShowTheirContents()
{
    open({GuiTest::seedPath()});
    QTreeView *tree = m_window->tree();
    ArticleView *view = m_window->articleView();
    const QModelIndex section = tree->currentIndex().parent();
    const QModelIndex issue = section.parent();

    // The issue: every headline, by section, with bylines and first lines.
    tree->setCurrentIndex(issue);
    QVERIFY(view->isShowingContents());
    QVERIFY(!view->articleId());
    const QString contents = view->toPlainText();
    const auto articles = m_window->library()->articles(LibraryModel::idOf(
        qobject_cast<QSortFilterProxyModel *>(tree->model())->mapToSource(issue)));
    QVERIFY(articles.ok());
    QCOMPARE(articles->size(), 8);
    for (const ArticleRecord &article : *articles)
        QVERIFY2(contents.contains(article.displayTitle()), qPrintable(article.displayTitle()));
    QVERIFY(contents.contains(u"王茵"_s));
    QVERIFY(!contents.contains(u"No article open"_s));

    // A headline is a link to its article.
    QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
    emit view->anchorClicked(QUrl(ContentsHtml::linkTo(articles->at(2).id)));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(view->articleId(), std::optional<qint64>(articles->at(2).id));

    // A section: its own articles only.
    tree->setCurrentIndex(section);
    QVERIFY(view->isShowingContents());
    const int inSection = tree->model()->rowCount(section);
    QVERIFY(inSection > 0 && inSection < 8);
    QVERIFY(view->toPlainText().contains(tree->model()->index(0, 0, section).data().toString()));
}

void TestMainWindow::keyboardShortcutsListsEveryKey()
{
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    auto *dialog = m_window->findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString rows = dialog->rows().join(u'\n');
    // Every action of the window that has a key is listed with it.
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty() || !action->isVisible())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(keys), qPrintable(action->text() + u": "_s + keys));
    }
    QVERIFY(rows.contains(u"Search the Library"_s) || rows.contains(u"Library"_s));
    QVERIFY(rows.contains(u"Page Down, Space"_s));
    QVERIFY(rows.contains(u"Shift+F3"_s));
    dialog->close();
}

void TestMainWindow::chinesePunctuationIsASettingThatLasts()
{
    open({GuiTest::seedPath()});
    ArticleView *view = m_window->articleView();
    // The seed prints half-width marks between Chinese characters: 本报讯(记者 王茵)2月18日,
    QVERIFY(view->fullWidthPunctuation());
    QVERIFY(view->toPlainText().contains(u"本报讯（记者 王茵）2月18日，"_s));
    auto *action = m_window->findChild<QAction *>(u"actionChinesePunctuation"_s);
    QVERIFY(action && action->isChecked());
    action->trigger();
    QVERIFY(view->toPlainText().contains(u"本报讯(记者 王茵)2月18日,"_s));
    m_window.reset();
    MainWindow again;
    QVERIFY(!again.articleView()->fullWidthPunctuation());
    again.findChild<QAction *>(u"actionChinesePunctuation"_s)->trigger();
    QVERIFY(Settings().fullWidthPunctuation());
}

void TestMainWindow::removingAnIssue()
{
    open({GuiTest::seedPath(), QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt")});
    QTreeView *tree = m_window->tree();
    const QModelIndex issue = tree->model()->index(0, 0);
    tree->setCurrentIndex(issue);
    tree->setFocus();
    // Confirm the question that comes up.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(m_window->libraryModel()->rowCount(), 1);
    QCOMPARE(m_window->library()->issues()->size(), 1);
}

void TestMainWindow::themes()
{
    open({GuiTest::seedPath()});
    auto *menu = m_window->findChild<QMenu *>(u"menuTheme"_s);
    QVERIFY(menu);
    menu->actions().at(1)->trigger(); // light
    const auto drawn = [this] {
        return m_window->findChild<QAction *>(u"actionFind"_s)->icon().pixmap(16, 16).toImage();
    };
    const auto drawnInFindBar = [this] {
        return m_window->findBar()
            ->findChild<QAbstractButton *>(u"closeButton"_s)
            ->icon()
            .pixmap(16, 16)
            .toImage();
    };
    const QImage light = drawn();
    const QImage lightInFindBar = drawnInFindBar();
    QAction *dark = menu->actions().at(2);
    dark->trigger();
    QVERIFY(drawn() != light); // icons are drawn again for the dark background
    QVERIFY(drawnInFindBar() != lightInFindBar);
    QVERIFY(m_window->articleView()->palette().color(QPalette::Base).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    menu->actions().at(3)->trigger(); // sepia
    const QColor page = m_window->articleView()->palette().color(QPalette::Base);
    QVERIFY(page.red() > page.blue());
    menu->actions().at(1)->trigger(); // light
    QVERIFY(m_window->articleView()->palette().color(QPalette::Base).lightness() > 200);
}

void TestMainWindow::unusableLibraryIsReported()
{
    const QString broken = writeFile(u"broken.sqlite"_s, QByteArray(4096, 'x'));
    MainWindow window;
    QVERIFY(!window.openLibrary(broken, false));
    QVERIFY(window.lastMessage().contains(broken));
    QCOMPARE(QFile(broken).size(), 4096);
}

void TestMainWindow::exportsTheSelectedArticles()
{
    open({GuiTest::seedPath()});
    QTreeView *tree = m_window->tree();
    const QModelIndex first = tree->currentIndex();
    const QModelIndex third = tree->model()->index(2, 0, first.parent());
    tree->selectionModel()->select(third, QItemSelectionModel::Select);
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 2);

    const QString pdf = m_dir->filePath(u"two articles.pdf"_s);
    QTimer::singleShot(0, this, [pdf] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->selectFile(pdf);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(QFileInfo::exists(pdf));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).remove(u' ');
    QVERIFY(extracted.contains(u"规划引领项目支撑科学布局统筹推进"_s));
    QVERIFY(extracted.contains(u"我市6个特色产业小镇列入省第一批创建名单"_s));
    QVERIFY(!extracted.contains(u"我市在全省率先出台新政稳就业"_s)); // not selected
}

void TestMainWindow::opensAFolderOfIssues()
{
    // More files than the progress dialog's threshold, found by walking a folder.
    open({QStringLiteral(BROADSHEET_TEST_DATA "/issues")});
    QCOMPARE(m_window->library()->issues()->size(), 16);
    QCOMPARE(m_window->libraryModel()->rowCount(), 16);
    QVERIFY(m_window->currentArticle().has_value());
    for (const QProgressDialog *dialog : m_window->findChildren<QProgressDialog *>())
        QVERIFY(!dialog->isVisible());
}

void TestMainWindow::closingDuringAnImportKeepsTheLibrary()
{
    const QString path = m_window->library()->path();
    m_window->openFiles({QStringLiteral(BROADSHEET_TEST_DATA "/issues")});
    QVERIFY(m_window->importer()->isBusy());
    m_window.reset(); // neither hangs nor crashes: the import stops at its next file
    auto library = Library::open(path);
    QVERIFY2(library, qPrintable(library.errorMessage()));
    QVERIFY((*library)->checkIntegrity());
    const auto issues = (*library)->issues();
    QVERIFY(issues);
    QVERIFY(issues->size() < 16);
    for (const IssueRecord &issue : *issues)
        QVERIFY((*library)->articles(issue.id)->size() == issue.articleCount);
}

void TestMainWindow::readOnlyLibraryCanBeReadButNotChanged()
{
    open({GuiTest::seedPath()});
    const QString path = m_window->library()->path();
    m_window.reset();
    const ReadOnlyFile readOnly(path);
    if (!readOnly.isReadOnly())
        BROADSHEET_SKIP("running as root on a file system without chattr +i");
    const QByteArray before = ReadOnlyFile::sha256(path);

    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openLibrary(path, false), qPrintable(m_window->lastMessage()));
    QVERIFY(m_window->library()->isReadOnly());
    m_window->restoreSession();
    QVERIFY(m_window->articleView()->toPlainText().contains(u"规划引领"_s));
    QVERIFY(!m_window->findChild<QAction *>(u"actionOpen"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(u"actionRemoveIssue"_s)->isEnabled());
    SearchRequest request;
    request.text = u"柴伟"_s;
    QVERIFY(m_window->library()->search(request)->total > 0);

    m_window->openFiles({QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt")});
    QVERIFY(m_window->lastMessage().contains(u"read-only"_s));
    QCOMPARE(m_window->library()->issues()->size(), 1);
    m_window.reset();
    QCOMPARE(ReadOnlyFile::sha256(path), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
