#include "archivemodel.h"
#include "articleview.h"
#include "datetext.h"
#include "guitestsupport.h"
#include "issuecalendar.h"
#include "issuepropertiesdialog.h"
#include "library.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "settings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The main window over the archive: the tree by newspaper or by file, the
// calendar, Go by issue and page, Issue Properties, the reading pane's head.
class TestArchiveWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchingViewsIsRemembered();
    void calendarOpensAnIssueByDate();
    void goStepsThroughIssuesAndPages();
    void propertiesOfTwoIssuesMoveThemInTheTree();
    void headTellsPaperDateAndPage();
    void removingADayRemovesAllItsFiles();

private:
    QString write(const QString &relative, const QString &text);
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QModelIndex currentSource() const
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tree()->model());
        return proxy->mapToSource(m_window->tree()->currentIndex());
    }
    QModelIndex treeIndex(const QModelIndex &archiveIndex) const
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tree()->model());
        return proxy->mapFromSource(archiveIndex);
    }

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

QString TestArchiveWindow::write(const QString &relative, const QString &text)
{
    const QString path = m_dir->filePath(u"issues/"_s + relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

void TestArchiveWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GuiTest::isolateSettings(*m_dir);
    write(u"lyrb/2019-02-20/01.txt"_s, article(u"市领导检查城市基础设施建设"_s, u"王茵"_s,
                                               u"2月18日，市委书记率队检查城区建设"_s));
    write(u"lyrb/2019-02-20/02.txt"_s,
          article(u"春耕备耕有序推进"_s, u"张华"_s, u"全市各地抢抓农时开展春耕备耕"_s));
    write(u"lyrb/2019-02-21.txt"_s,
          u"辽源日报 2019年2月21日 星期四\n\n第01版：要闻\n\n"_s +
              article(u"全市经济工作会议召开"_s, u"赵强"_s, u"会议总结了去年经济工作"_s) +
              u"第02版：经济\n\n"_s +
              article(u"工业经济稳中向好"_s, u"孙丽"_s, u"一月份全市规模以上工业增加值增长"_s));
    write(u"lyrb/2019-03-01/01.txt"_s,
          article(u"三月植树季启动"_s, u"陈静"_s, u"全市义务植树活动正式启动"_s));
    write(u"misc/jlrb-a.txt"_s,
          u"吉林日报 2019年2月21日 星期四\n\n"_s +
              article(u"全省两会胜利闭幕"_s, u"刘洋"_s, u"省十三届人大二次会议闭幕"_s));

    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(m_dir->filePath(u"library.sqlite"_s), false));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openFiles({m_dir->filePath(u"issues"_s)});
    QVERIFY(finished.wait(30000));
}

void TestArchiveWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestArchiveWindow::switchingViewsIsRemembered()
{
    // By newspaper unless chosen otherwise.
    QVERIFY(m_window->showsArchive());
    QTreeView *tree = m_window->tree();
    QCOMPARE(tree->model()->rowCount(), 2);
    QVERIFY(tree->model()->index(0, 0).data().toString().startsWith(u"吉林日报"_s));
    QVERIFY(action("actionByNewspaper")->isChecked());
    const std::optional<qint64> reading = m_window->currentArticle();
    QVERIFY(reading);

    action("actionByFile")->trigger();
    QVERIFY(!m_window->showsArchive());
    QCOMPARE(tree->model()->rowCount(), 5); // the files
    QCOMPARE(Settings().libraryView(), Settings::LibraryView::ByFile);
    // The article read stays selected, in the other tree.
    QCOMPARE(LibraryModel::typeOf(currentSource()), LibraryModel::NodeType::Article);
    QCOMPARE(LibraryModel::idOf(currentSource()), *reading);

    MainWindow another;
    QVERIFY(another.openLibrary(m_dir->filePath(u"library.sqlite"_s), false));
    QVERIFY(!another.showsArchive());
    QVERIFY(another.findChild<QAction *>(u"actionByFile"_s)->isChecked());

    action("actionByNewspaper")->trigger();
    QVERIFY(m_window->showsArchive());
    QCOMPARE(tree->model()->rowCount(), 2);
    QCOMPARE(LibraryModel::idOf(currentSource()), *reading);
    QCOMPARE(Settings().libraryView(), Settings::LibraryView::ByNewspaper);
}

void TestArchiveWindow::calendarOpensAnIssueByDate()
{
    IssueCalendar *calendar = m_window->calendar();
    // Shown from the View menu (on a small screen it starts hidden).
    action("actionCalendar")->setChecked(true);
    QVERIFY(m_window->calendarDock()->isVisible());
    QVERIFY(action("actionCalendar")->isChecked());
    calendar->setSelectedDate(QDate(2019, 2, 20));
    // The month's days with issues are marked (21 February: two papers).
    QCOMPARE(calendar->issueCount(QDate(2019, 2, 20)), 1);
    QCOMPARE(calendar->issueCount(QDate(2019, 2, 21)), 2);
    QCOMPARE(calendar->issueCount(QDate(2019, 2, 22)), 0);

    auto *view = calendar->findChild<QAbstractItemView *>();
    QVERIFY(view);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QModelIndex current = currentSource();
    QCOMPARE(LibraryModel::typeOf(current), LibraryModel::NodeType::Day);
    QCOMPARE(current.data(ArchiveModel::DateRole).toDate(), QDate(2019, 2, 20));
    QCOMPARE(current.data(ArchiveModel::PaperRole).toString(), u"辽源日报"_s);
    QVERIFY(m_window->tree()->isExpanded(m_window->tree()->currentIndex()));
    QVERIFY(m_window->articleView()->isShowingContents());
    QVERIFY(m_window->articleView()->toPlainText().contains(u"春耕备耕有序推进"_s));

    // A day with two papers: the current paper's issue.
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(calendar->selectedDate(), QDate(2019, 2, 21));
    QTest::keyClick(view, Qt::Key_Return);
    current = currentSource();
    QCOMPARE(current.data(ArchiveModel::DateRole).toDate(), QDate(2019, 2, 21));
    QCOMPARE(current.data(ArchiveModel::PaperRole).toString(), u"辽源日报"_s);

    // Hidden and shown again from the View menu.
    action("actionCalendar")->trigger();
    QVERIFY(!m_window->calendarDock()->isVisible());
    action("actionCalendar")->trigger();
    QVERIFY(m_window->calendarDock()->isVisible());
}

void TestArchiveWindow::goStepsThroughIssuesAndPages()
{
    ArchiveModel *archive = m_window->archiveModel();
    m_window->tree()->setCurrentIndex(
        treeIndex(archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 20))));
    QVERIFY(!action("actionPreviousIssue")->isEnabled());
    QVERIFY(action("actionNextIssue")->isEnabled());

    QTest::keyClick(m_window->tree(), Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(currentSource().data(ArchiveModel::DateRole).toDate(), QDate(2019, 2, 21));
    QCOMPARE(currentSource().data(ArchiveModel::PaperRole).toString(), u"辽源日报"_s);
    action("actionNextIssue")->trigger();
    QCOMPARE(currentSource().data(ArchiveModel::DateRole).toDate(), QDate(2019, 3, 1));
    QVERIFY(!action("actionNextIssue")->isEnabled());
    action("actionPreviousIssue")->trigger();
    const QModelIndex day = currentSource();
    QCOMPARE(day.data(ArchiveModel::DateRole).toDate(), QDate(2019, 2, 21));

    // Pages: from the day to its first page, then on; not past the last.
    QVERIFY(!action("actionPreviousPage")->isEnabled());
    QTest::keyClick(m_window->tree(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(LibraryModel::typeOf(currentSource()), LibraryModel::NodeType::Page);
    QCOMPARE(currentSource().row(), 0);
    QCOMPARE(currentSource().parent(), day);
    action("actionNextPage")->trigger();
    QCOMPARE(currentSource().row(), 1);
    QVERIFY(currentSource().data().toString().contains(u"经济"_s));
    QVERIFY(m_window->articleView()->toPlainText().contains(u"工业经济稳中向好"_s));
    QVERIFY(!m_window->articleView()->toPlainText().contains(u"全市经济工作会议召开"_s));
    QVERIFY(!action("actionNextPage")->isEnabled());
    action("actionPreviousPage")->trigger();
    QCOMPARE(currentSource().row(), 0);

    // From an article, its issue's neighbours.
    const QList<qint64> onPage = archive->articlesUnder(currentSource());
    QVERIFY(m_window->showArticle(onPage.first()));
    action("actionNextPage")->trigger();
    QCOMPARE(currentSource().row(), 1);
    QVERIFY(m_window->showArticle(onPage.first()));
    action("actionNextIssue")->trigger();
    QCOMPARE(currentSource().data(ArchiveModel::DateRole).toDate(), QDate(2019, 3, 1));
}

// Delete on a day of two files removes both, not only the first.
void TestArchiveWindow::removingADayRemovesAllItsFiles()
{
    ArchiveModel *archive = m_window->archiveModel();
    const auto before = m_window->library()->issues();
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 5);
    const QModelIndex day20 = archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 20));
    QCOMPARE(day20.data(ArchiveModel::FileIdsRole).value<QList<qint64>>().size(), 2);
    m_window->tree()->setCurrentIndex(treeIndex(day20));

    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u'2'));
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    action("actionRemoveIssue")->trigger();
    QVERIFY(asked);

    const auto after = m_window->library()->issues();
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 3);
    QVERIFY(!archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 20)).isValid());
    QVERIFY(archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21)).isValid());
}

void TestArchiveWindow::propertiesOfTwoIssuesMoveThemInTheTree()
{
    ArchiveModel *archive = m_window->archiveModel();
    QTreeView *tree = m_window->tree();
    const QModelIndex day20 = treeIndex(archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 20)));
    const QModelIndex day21 = treeIndex(archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21)));
    tree->setCurrentIndex(day20);
    tree->selectionModel()->select(day21, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(action("actionIssueProperties")->isEnabled());

    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<IssuePropertiesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *paper = dialog->findChild<QComboBox *>(u"newspaper"_s);
        QVERIFY(paper);
        paper->lineEdit()->setFocus();
        paper->lineEdit()->selectAll();
        QTest::keyClick(paper->lineEdit(), Qt::Key_Delete);
        GuiTest::typeText(paper->lineEdit(), u"辽源晚报"_s);
        QCOMPARE(dialog->edit().newspaper, std::optional<QString>(u"辽源晚报"_s));
        driven = true;
        dialog->accept();
    });
    action("actionIssueProperties")->trigger();
    QVERIFY(driven);

    // The two days now stand under the new paper; the third stays.
    QCOMPARE(tree->model()->rowCount(), 3);
    const QModelIndex evening = treeIndex(archive->indexOfPaper(u"辽源晚报"_s));
    QVERIFY(evening.isValid());
    QVERIFY(evening.data().toString().startsWith(u"辽源晚报  (2)"_s));
    QVERIFY(archive->indexOfIssue(u"辽源晚报"_s, QDate(2019, 2, 20)).isValid());
    QVERIFY(archive->indexOfIssue(u"辽源晚报"_s, QDate(2019, 2, 21)).isValid());
    QVERIFY(!archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21)).isValid());
    QVERIFY(archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 3, 1)).isValid());
    const auto metadata =
        m_window->library()->issueMetadata(archive->indexOfIssue(u"辽源晚报"_s, QDate(2019, 2, 21))
                                               .data(ArchiveModel::IssueIdRole)
                                               .toLongLong());
    QVERIFY(metadata.ok() && metadata->newspaper);
    QCOMPARE(metadata->newspaper->source, MetadataSource::User);
}

void TestArchiveWindow::headTellsPaperDateAndPage()
{
    ArchiveModel *archive = m_window->archiveModel();
    const QModelIndex day = archive->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21));
    archive->fetchMore(day);
    const QList<qint64> onSecond = archive->articlesUnder(archive->index(1, 0, day));
    QVERIFY(!onSecond.isEmpty());
    QVERIFY(m_window->showArticle(onSecond.first()));
    const QString text = m_window->articleView()->toPlainText();
    const QString head = u"辽源日报 · "_s + DateText::full(QDate(2019, 2, 21)) + u" · "_s +
                         DateText::page(u"02"_s) + u" 经济"_s;
    QVERIFY2(text.contains(head), qPrintable(text.left(300)));
    QVERIFY(!text.contains(u"2019-02-21"_s)); // never the file's stem
    QVERIFY(!text.contains(u"第02版"_s));     // nor the page twice
    // Selected in the tree under its page.
    QCOMPARE(currentSource().parent().data(ArchiveModel::PagePositionRole).toInt(), 1);
}

QTEST_MAIN(TestArchiveWindow)
#include "tst_archivewindow.moc"
