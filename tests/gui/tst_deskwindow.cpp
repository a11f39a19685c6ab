#include "archivemodel.h"
#include "articleview.h"
#include "citation.h"
#include "collectionchooser.h"
#include "exportdialog.h"
#include "guitestsupport.h"
#include "library.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "tagsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The researcher's desk in the window, over a real library: collections made
// through the chooser, tags and notes in the reading pane, citations on the
// clipboard, a collection exported through the dialog. Dialogs are driven as a
// reader would: found once open, filled in, their buttons clicked.
class TestDeskWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoArticlesGoIntoANewCollection();
    void tagsAndNoteShowInTheReadingPane();
    void copyCitationPutsGbtOnTheClipboard();
    void exportACollectionToCsv();
    void removeFromTheCollection();
    void searchResultsSelectedGoIntoACollection();

private:
    QString write(const QString &relative, const QString &text);
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QSortFilterProxyModel *proxy() const
    {
        return qobject_cast<QSortFilterProxyModel *>(m_window->tree()->model());
    }
    // Selects these articles' rows of the tree (in their papers' days).
    void selectInTree(const QList<qint64> &ids);
    // Runs `open` (which opens a modal dialog of type T), and `drive` on the dialog.
    template<typename T>
    bool withDialog(const std::function<void()> &open, const std::function<void(T *)> &drive);
    // Through Article ▸ Add to Collection…, a new collection of this name.
    qint64 addToNewCollection(const QString &name);
    QList<qint64> dayArticles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QString article(const QString &title, const QString &reporter, const QString &body)
{
    return title + u"\n\n本报讯(记者 "_s + reporter + u")"_s + body +
           u"，相关部门负责人介绍了工作进展情况，并就下一步工作作出具体安排部署。\n\n"_s + body +
           u"的各项准备工作已经全部就绪，群众普遍反映良好，纷纷表示支持。\n\n"_s;
}

} // namespace

QString TestDeskWindow::write(const QString &relative, const QString &text)
{
    const QString path = m_dir->filePath(u"issues/"_s + relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

void TestDeskWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GuiTest::isolateSettings(*m_dir);
    write(u"lyrb/2019-02-21.txt"_s,
          u"辽源日报 2019年2月21日 星期四\n\n第01版：要闻\n\n"_s +
              article(u"全市经济工作会议召开"_s, u"赵强"_s, u"会议总结了去年经济工作"_s) +
              article(u"春耕备耕有序推进"_s, u"张华"_s, u"全市各地抢抓农时开展春耕备耕"_s) +
              u"第02版：经济\n\n"_s +
              article(u"工业经济稳中向好"_s, u"孙丽"_s, u"一月份全市规模以上工业增加值增长"_s));
    m_window = std::make_unique<MainWindow>();
    m_window->setLibraryView(Settings::LibraryView::ByNewspaper);
    QVERIFY(m_window->openLibrary(m_dir->filePath(u"library.sqlite"_s), false));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openFiles({m_dir->filePath(u"issues"_s)});
    QVERIFY(finished.wait(30000));
    QCOMPARE(dayArticles().size(), 3);
}

void TestDeskWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QList<qint64> TestDeskWindow::dayArticles() const
{
    ArchiveModel *archive = m_window->archiveModel();
    return archive->articlesUnder(archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21)));
}

void TestDeskWindow::selectInTree(const QList<qint64> &ids)
{
    QTreeView *tree = m_window->tree();
    m_window->findChild<QTabWidget *>(u"sidebar"_s)->setCurrentIndex(0);
    tree->selectionModel()->clearSelection();
    for (qint64 id : ids) {
        const QModelIndex row =
            proxy()->mapFromSource(m_window->archiveModel()->indexOfArticle(id));
        QVERIFY(row.isValid());
        for (QModelIndex up = row.parent(); up.isValid(); up = up.parent())
            tree->expand(up);
        tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::Select |
                                                         QItemSelectionModel::Rows);
    }
}

template<typename T>
bool TestDeskWindow::withDialog(const std::function<void()> &open,
                                const std::function<void(T *)> &drive)
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        drive(dialog);
    });
    open();
    return seen;
}

qint64 TestDeskWindow::addToNewCollection(const QString &name)
{
    const bool driven = withDialog<CollectionChooser>(
        [this] { action("actionAddToCollection")->trigger(); },
        [&](CollectionChooser *chooser) {
            // New Collection… asks for the name in a dialog of its own.
            QTimer::singleShot(0, chooser, [name] {
                auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(ask);
                ask->setTextValue(name);
                ask->accept();
            });
            QTest::mouseClick(chooser->findChild<QPushButton *>(u"newCollection"_s),
                              Qt::LeftButton);
            QCOMPARE(chooser->choice().name, name);
            QCOMPARE(chooser->choice().id, 0);
            auto *buttons = chooser->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    if (!driven)
        return 0;
    const auto id = m_window->library()->collectionId(name);
    return id && *id ? **id : 0;
}

void TestDeskWindow::twoArticlesGoIntoANewCollection()
{
    const QList<qint64> ids = dayArticles();
    selectInTree({ids[0], ids[2]});
    QCOMPARE(m_window->deskTargets(), (QList<qint64>{ids[0], ids[2]}));
    const qint64 collection = addToNewCollection(u"经济研究"_s);
    QVERIFY(collection != 0);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"经济研究"_s));

    // The tree's first row: the collections, and this one with its two articles.
    ArchiveModel *archive = m_window->archiveModel();
    const QModelIndex top = archive->index(0, 0);
    QVERIFY(LibraryModel::typeOf(top) == LibraryModel::NodeType::Collections);
    const QModelIndex row = archive->indexOfCollection(collection);
    QCOMPARE(row.parent(), top);
    QCOMPARE(row.data(ArchiveModel::CountRole).toInt(), 2);
    QVERIFY(row.data().toString().contains(u"经济研究"_s));
    const QModelIndex shown = proxy()->mapFromSource(row);
    m_window->tree()->expand(shown.parent());
    m_window->tree()->expand(shown);
    QCOMPARE(proxy()->rowCount(shown), 2);
    // Selected, its contents page lists them.
    m_window->tree()->setCurrentIndex(shown);
    QVERIFY(m_window->articleView()->isShowingContents());
    const QString page = m_window->articleView()->toPlainText();
    QVERIFY(page.contains(u"全市经济工作会议召开"_s));
    QVERIFY(page.contains(u"工业经济稳中向好"_s));
    QVERIFY(!page.contains(u"春耕备耕有序推进"_s));
    QCOMPARE(m_window->currentCollection(), collection);

    // The same chooser again: the collection is listed, and adding twice is harmless.
    m_window->showArticle(ids[0]);
    selectInTree({ids[0]});
    const bool driven =
        withDialog<CollectionChooser>([this] { action("actionAddToCollection")->trigger(); },
                                      [](CollectionChooser *chooser) {
                                          auto *filter =
                                              chooser->findChild<QLineEdit *>(u"filter"_s);
                                          QTest::keyClicks(filter, u"nothing like it"_s);
                                          QCOMPARE(chooser->choice().id, 0); // nothing left
                                          filter->clear();
                                          GuiTest::typeText(filter, u"研究"_s);
                                          QVERIFY(chooser->choice().id != 0);
                                          QTest::keyClick(filter, Qt::Key_Return);
                                      });
    QVERIFY(driven);
    QCOMPARE(archive->indexOfCollection(collection).data(ArchiveModel::CountRole).toInt(), 2);
}

void TestDeskWindow::tagsAndNoteShowInTheReadingPane()
{
    const qint64 id = dayArticles().first();
    QVERIFY(m_window->showArticle(id));
    QVERIFY(withDialog<TagsDialog>(
        [this] { action("actionTags")->trigger(); },
        [](TagsDialog *dialog) {
            auto *field = dialog->findChild<QLineEdit *>(u"tagField"_s);
            GuiTest::typeText(field, u"经济"_s);
            QTest::keyClick(field, Qt::Key_Return);
            GuiTest::typeText(field, u"<i>会议</i>"_s);
            QTest::keyClick(field, Qt::Key_Return);
            QVERIFY(dialog->isVisible()); // Return only adds
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
    const auto desk = m_window->library()->desk(id);
    QVERIFY(desk.ok());
    QCOMPARE(desk->tags.size(), 2);
    QVERIFY(desk->tags.contains(u"经济"_s));

    const QString note =
        u"First <b>x</b> thought.\n\n**Bold words** and *slanted*.\n\n- one\n- two"_s;
    QVERIFY(withDialog<NoteDialog>(
        [this] { action("actionEditNote")->trigger(); },
        [&](NoteDialog *dialog) {
            auto *edit = dialog->findChild<QPlainTextEdit *>(u"noteEdit"_s);
            edit->setPlainText(note);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
    QCOMPARE(m_window->library()->desk(id)->note, note);

    // The pane: the tags, the note's HTML as typed, its Markdown as formatting.
    ArticleView *view = m_window->articleView();
    QCOMPARE(view->articleId(), id);
    const QString text = view->toPlainText();
    QVERIFY(text.contains(u"经济"_s));
    QVERIFY(text.contains(u"<i>会议</i>"_s));
    QVERIFY(text.contains(u"First <b>x</b> thought."_s));
    QVERIFY(!text.contains(u"**"_s));
    const QTextCursor bold = view->document()->find(u"Bold words"_s);
    QVERIFY(!bold.isNull());
    QVERIFY(bold.charFormat().fontWeight() >= QFont::Bold);
    const QTextCursor plain = view->document()->find(u"First"_s);
    QVERIFY(plain.charFormat().fontWeight() < QFont::Bold);
    const QTextCursor slanted = view->document()->find(u"slanted"_s);
    QVERIFY(slanted.charFormat().fontItalic());
    const QTextCursor item = view->document()->find(u"two"_s);
    QVERIFY(item.block().textList());
    // Tags as typed, never markup either.
    const QTextCursor tag = view->document()->find(u"<i>会议</i>"_s);
    QVERIFY(!tag.isNull());
    QVERIFY(!tag.charFormat().fontItalic());
}

void TestDeskWindow::copyCitationPutsGbtOnTheClipboard()
{
    const qint64 id = dayArticles().first();
    QVERIFY(m_window->showArticle(id));
    QGuiApplication::clipboard()->clear();
    QVERIFY(action("actionCopyCitation")->isEnabled());
    QCOMPARE(action("actionCopyCitation")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    action("actionCopyCitation")->trigger();
    const QString expected = Citation::gbt7714(*m_window->articleView()->article());
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QVERIFY(expected.contains(u"全市经济工作会议召开[N]"_s));
    QVERIFY(expected.contains(u"辽源日报"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(expected));
    action("actionCopyCitationChicago")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             Citation::chicago(*m_window->articleView()->article()));
}

void TestDeskWindow::exportACollectionToCsv()
{
    const QList<qint64> ids = dayArticles();
    selectInTree({ids[0], ids[1]});
    const qint64 collection = addToNewCollection(u"两会"_s);
    QVERIFY(collection != 0);
    const QString path = m_dir->filePath(u"out/两会.csv"_s);
    QDir().mkpath(m_dir->filePath(u"out"_s));
    QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
    QVERIFY(withDialog<ExportDialog>(
        [&] { m_window->exportArticles(collection); },
        [&](ExportDialog *dialog) {
            auto *format = dialog->findChild<QComboBox *>(u"format"_s);
            const int csv = format->findData(int(DeskFormat::Csv));
            QVERIFY(csv >= 0);
            format->setCurrentIndex(csv);
            auto *file = dialog->findChild<QLineEdit *>(u"path"_s);
            QVERIFY(file->text().endsWith(u"两会.csv"_s)); // named after the collection
            file->setText(path);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
    QVERIFY(exported.count() == 1 || exported.wait(30000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(u"全市经济工作会议召开"_s));
    QVERIFY(csv.contains(u"春耕备耕有序推进"_s));
    QVERIFY(!csv.contains(u"工业经济稳中向好"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(path));

    // A file that cannot be written: the error in words, no file.
    QSignalSpy failed(m_window.get(), &MainWindow::exportFinished);
    const QString bad = m_dir->filePath(u"no/such/folder/x.ris"_s);
    QVERIFY(withDialog<ExportDialog>(
        [&] { m_window->exportArticles(collection); },
        [&](ExportDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"path"_s)->setText(bad);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
    QVERIFY(failed.count() == 1 || failed.wait(30000));
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(bad));
}

void TestDeskWindow::removeFromTheCollection()
{
    const QList<qint64> ids = dayArticles();
    selectInTree({ids[0], ids[1], ids[2]});
    const qint64 collection = addToNewCollection(u"待读"_s);
    QVERIFY(collection != 0);
    ArchiveModel *archive = m_window->archiveModel();
    QCOMPARE(archive->indexOfCollection(collection).data(ArchiveModel::CountRole).toInt(), 3);
    // Its second article, selected in the collection: Remove from Collection.
    const QModelIndex row = archive->indexOfCollection(collection);
    archive->fetchMore(row);
    const QModelIndex second = proxy()->mapFromSource(archive->index(1, 0, row));
    m_window->tree()->expand(second.parent());
    m_window->tree()->setCurrentIndex(second);
    QCOMPARE(m_window->currentArticle(), ids[1]);
    // The article read from a collection stays selected there.
    QCOMPARE(proxy()->mapToSource(m_window->tree()->currentIndex()).parent(), row);
    QVERIFY(action("actionRemoveFromCollection")->isEnabled());
    action("actionRemoveFromCollection")->trigger();
    const QModelIndex after = archive->indexOfCollection(collection);
    QCOMPARE(after.data(ArchiveModel::CountRole).toInt(), 2);
    QCOMPARE(archive->articlesUnder(after), (QList<qint64>{ids[0], ids[2]}));
    // The article itself stays in the library.
    QVERIFY(archive->indexOfArticle(ids[1]).isValid());
    QVERIFY(m_window->library()->desk(ids[1])->collections.isEmpty());
}

void TestDeskWindow::searchResultsSelectedGoIntoACollection()
{
    SearchPanel *panel = m_window->searchPanel();
    m_window->findChild<QTabWidget *>(u"sidebar"_s)->setCurrentWidget(panel);
    panel->setQuery(u"全市"_s);
    QTRY_VERIFY(panel->model()->rowCount() >= 2);
    auto *results = panel->resultsView();
    QCOMPARE(results->selectionMode(), QAbstractItemView::ExtendedSelection);
    results->selectionModel()->select(panel->model()->index(0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    results->selectionModel()->select(panel->model()->index(1),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> chosen = panel->selectedArticles();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(m_window->deskTargets(), chosen);
    const qint64 collection = addToNewCollection(u"搜索所得"_s);
    QVERIFY(collection != 0);
    const auto articles = m_window->library()->collectionArticles(collection);
    QVERIFY(articles.ok());
    QCOMPARE(articles->size(), 2);
}

QTEST_MAIN(TestDeskWindow)

#include "tst_deskwindow.moc"
