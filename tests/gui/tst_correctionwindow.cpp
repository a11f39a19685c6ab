#include "archivemodel.h"
#include "articleview.h"
#include "guitestsupport.h"
#include "issuejson.h"
#include "library.h"
#include "mainwindow.h"
#include "readonlyfile.h"
#include "shortcutsdialog.h"
#include "sourceview.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Correct ▸ … in the window, over a real library and a real issue file: each
// correction through its action, what the tree, the reading pane and search show
// after it, Undo and Redo through Edit's actions, the corrected issue exported.
class TestCorrectionWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void moveLinesToTheNextArticle();
    void eachCorrectionUndoesAndRedoesExactly_data();
    void eachCorrectionUndoesAndRedoesExactly();
    void editedHeadlineShowsInTreeAndSearch();
    void moveLinesToAChosenArticle();
    void linesSelectedInTheSourceView();
    void mergeTheArticlesSelectedInTheTree();
    void revertAllIsUndoable();
    void exportReferenceParseWritesTheCorrectedIssue();
    void readOnlyLibraryOffersNoCorrection();
    void changedFileSaysWhichCorrectionsWereNotKept();
    void newShortcutsAreListedAndClashWithNone();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    // The test's one issue file.
    qint64 issueId() const
    {
        const auto issues = m_window->library()->issues();
        return issues && issues->size() == 1 ? issues->first().id : 0;
    }
    QList<ArticleRecord> articles() const;
    QByteArray issueJson() const;
    void show(int index);
    // Selects the reading pane's paragraph that holds `text`.
    void selectParagraph(const QString &text);
    bool trigger(const QString &name);
    QString shownText() const { return m_window->articleView()->toPlainText(); }
    template<typename T>
    bool withDialog(const std::function<void()> &open, const std::function<void(T *)> &drive);

    bool reimport(); // the test's file, through the window's File ▸ Open path

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

namespace {

QString article(const QString &title, const QString &reporter, const QString &body)
{
    return title + u"\n\n本报讯(记者 "_s + reporter + u")"_s + body +
           u"，相关部门负责人介绍了工作进展情况，并就下一步工作作出具体安排部署。\n\n"_s + body +
           u"的各项准备工作已经全部就绪，群众普遍反映良好，纷纷表示支持。\n\n"_s;
}

// The second paragraphs of the three articles, as a reader finds them.
const QString kFirstTail = u"会议总结了去年经济工作的各项准备工作"_s;
const QString kSecondTail = u"开展春耕备耕的各项准备工作"_s;
const QString kThirdTail = u"工业增加值增长的各项准备工作"_s;

} // namespace

void TestCorrectionWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GuiTest::isolateSettings(*m_dir);
    const QString path = m_dir->filePath(u"issues/lyrb/2019-02-21.txt"_s);
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((u"辽源日报 2019年2月21日 星期四\n\n第01版：要闻\n\n"_s +
                article(u"全市经济工作会议召开"_s, u"赵强"_s, u"会议总结了去年经济工作"_s) +
                article(u"春耕备耕有序推进"_s, u"张华"_s, u"全市各地抢抓农时开展春耕备耕"_s) +
                u"第02版：经济\n\n"_s +
                article(u"工业经济稳中向好"_s, u"孙丽"_s, u"一月份全市规模以上工业增加值增长"_s))
                   .toUtf8());
    file.close();
    m_window = std::make_unique<MainWindow>();
    m_window->setLibraryView(Settings::LibraryView::ByNewspaper);
    QVERIFY(m_window->openLibrary(m_dir->filePath(u"library.sqlite"_s), false));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openFiles({path});
    QVERIFY(finished.wait(30000));
    QVERIFY(issueId() != 0);
    QCOMPARE(articles().size(), 3);
}

void TestCorrectionWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QList<ArticleRecord> TestCorrectionWindow::articles() const
{
    const auto read = m_window->library()->articles(issueId());
    return read ? *read : QList<ArticleRecord>();
}

QByteArray TestCorrectionWindow::issueJson() const
{
    const auto issue = m_window->library()->loadIssue(issueId());
    if (!issue)
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    IssueJson::write(*issue, &buffer);
    return buffer.data();
}

bool TestCorrectionWindow::reimport()
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openFiles({m_path});
    return finished.wait(30000);
}

void TestCorrectionWindow::show(int index)
{
    const QList<ArticleRecord> records = articles();
    QVERIFY(index < records.size());
    QVERIFY(m_window->showArticle(records[index].id));
}

void TestCorrectionWindow::selectParagraph(const QString &text)
{
    ArticleView *view = m_window->articleView();
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(text))
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        return;
    }
    QFAIL(qPrintable(u"no paragraph holds "_s + text));
}

bool TestCorrectionWindow::trigger(const QString &name)
{
    QAction *found = action(name);
    if (!found || !found->isEnabled())
        return false;
    found->trigger();
    return true;
}

template<typename T>
bool TestCorrectionWindow::withDialog(const std::function<void()> &open,
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

void TestCorrectionWindow::moveLinesToTheNextArticle()
{
    show(0);
    QVERIFY(shownText().contains(kFirstTail));
    QVERIFY(!action(u"actionMoveLinesToPrevious"_s)->isEnabled()); // the first article
    selectParagraph(kFirstTail);
    QVERIFY(trigger(u"actionMoveLinesToNext"_s));

    // The paragraph is read in the next article now, which is shown.
    QVERIFY(action(u"actionUndo"_s)->isEnabled());
    const QList<ArticleRecord> after = articles();
    QCOMPARE(after.size(), 3);
    QCOMPARE(m_window->currentArticle(), std::optional<qint64>(after[1].id));
    QVERIFY(shownText().contains(u"春耕备耕有序推进"_s));
    QVERIFY(shownText().contains(kFirstTail));
    const auto first = m_window->library()->article(after[0].id);
    QVERIFY(first);
    QVERIFY(!first->article.plainText().contains(kFirstTail));
    // The tree holds the new articles, the one read selected.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tree()->model());
    const QModelIndex current = proxy->mapToSource(m_window->tree()->currentIndex());
    QCOMPARE(LibraryModel::idOf(current), after[1].id);
    QVERIFY(current.data().toString().contains(u"春耕备耕有序推进"_s));
    // Undo names the step.
    QVERIFY(action(u"actionUndo"_s)->text().remove(u'&').startsWith(u"Undo Move line"_s));
}

void TestCorrectionWindow::eachCorrectionUndoesAndRedoesExactly_data()
{
    QTest::addColumn<int>("shown");
    QTest::addColumn<QString>("paragraph"); // empty: the whole article
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("articleChange");
    QTest::addColumn<QString>("nowRead"); // a text of the article shown after it

    QTest::newRow("move to next") << 0 << kFirstTail << u"actionMoveLinesToNext"_s << 0
                                  << kFirstTail;
    QTest::newRow("move to previous")
        << 2 << kThirdTail << u"actionMoveLinesToPrevious"_s << 0 << u"春耕备耕有序推进"_s;
    QTest::newRow("move to new article")
        << 1 << kSecondTail << u"actionMoveLinesToNewArticle"_s << 1 << kSecondTail;
    QTest::newRow("split") << 0 << kFirstTail << u"actionSplitArticle"_s << 1 << kFirstTail;
    QTest::newRow("merge with next")
        << 0 << QString() << u"actionMergeWithNext"_s << -1 << u"春耕备耕有序推进"_s;
    QTest::newRow("merge with previous")
        << 2 << QString() << u"actionMergeWithPrevious"_s << -1 << u"工业经济稳中向好"_s;
    QTest::newRow("role subtitle")
        << 1 << kSecondTail << u"actionRole_subtitle"_s << 0 << kSecondTail;
}

void TestCorrectionWindow::eachCorrectionUndoesAndRedoesExactly()
{
    QFETCH(int, shown);
    QFETCH(QString, paragraph);
    QFETCH(QString, action);
    QFETCH(int, articleChange);
    QFETCH(QString, nowRead);

    const QByteArray before = issueJson();
    QVERIFY(!before.isEmpty());
    show(shown);
    if (!paragraph.isEmpty())
        selectParagraph(paragraph);
    QVERIFY2(trigger(action), qPrintable(action + u" is not enabled"_s));
    const QByteArray after = issueJson();
    QVERIFY(after != before);
    QCOMPARE(articles().size(), 3 + articleChange);
    QVERIFY2(shownText().contains(nowRead), qPrintable(shownText()));
    QVERIFY(m_window->library()->corrections(issueId())->corrections.operations.size() == 1);

    QAction *undo = this->action(u"actionUndo"_s);
    QAction *redo = this->action(u"actionRedo"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QVERIFY(undo->text().remove(u'&').startsWith(u"Undo "_s));
    undo->trigger();
    QCOMPARE(issueJson(), before);
    QCOMPARE(articles().size(), 3);
    QVERIFY(m_window->library()->corrections(issueId())->corrections.isEmpty());
    QVERIFY(m_window->currentArticle().has_value());
    QVERIFY(redo->isEnabled());
    QVERIFY(!undo->isEnabled());
    redo->trigger();
    QCOMPARE(issueJson(), after);
    QCOMPARE(articles().size(), 3 + articleChange);
    undo->trigger();
    QCOMPARE(issueJson(), before);
}

void TestCorrectionWindow::editedHeadlineShowsInTreeAndSearch()
{
    show(1);
    const bool driven = withDialog<QInputDialog>(
        [this] { QVERIFY(trigger(u"actionEditHeadline"_s)); },
        [](QInputDialog *dialog) {
            QCOMPARE(dialog->objectName(), u"headlineDialog"_s);
            QCOMPARE(dialog->textValue(), u"春耕备耕有序推进"_s); // prefilled
            auto *field = dialog->findChild<QLineEdit *>();
            field->clear();
            GuiTest::typeText(field, u"春耕生产全面展开"_s);
            dialog->accept();
        });
    QVERIFY(driven);
    const QList<ArticleRecord> records = articles();
    QCOMPARE(records[1].title, u"春耕生产全面展开"_s);
    QCOMPARE(m_window->currentArticle(), std::optional<qint64>(records[1].id));
    QVERIFY(shownText().contains(u"春耕生产全面展开"_s));
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tree()->model());
    QVERIFY(proxy->mapToSource(m_window->tree()->currentIndex())
                .data()
                .toString()
                .contains(u"春耕生产全面展开"_s));
    SearchRequest request;
    request.text = u"title:春耕生产全面展开"_s;
    const auto found = m_window->library()->search(request);
    QVERIFY(found);
    QCOMPARE(found->total, 1);
    QCOMPARE(found->hits.first().article.id, records[1].id);
    QVERIFY(action(u"actionUndo"_s)->text().remove(u'&').contains(u"春耕生产全面展开"_s));
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(articles()[1].title, u"春耕备耕有序推进"_s);
}

void TestCorrectionWindow::moveLinesToAChosenArticle()
{
    show(0);
    selectParagraph(kFirstTail);
    const bool driven = withDialog<QDialog>(
        [this] { QVERIFY(trigger(u"actionMoveLinesToArticle"_s)); },
        [](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), u"articleChooser"_s);
            auto *list = dialog->findChild<QListWidget *>(u"articles"_s);
            QCOMPARE(list->count(), 3);
            GuiTest::typeText(dialog->findChild<QLineEdit *>(u"filter"_s), u"工业"_s);
            QVERIFY(list->currentItem());
            QVERIFY(list->currentItem()->text().contains(u"工业经济稳中向好"_s));
            QTest::keyClick(dialog->findChild<QLineEdit *>(u"filter"_s), Qt::Key_Return);
        });
    QVERIFY(driven);
    const QList<ArticleRecord> records = articles();
    QCOMPARE(m_window->currentArticle(), std::optional<qint64>(records[2].id));
    QVERIFY(shownText().contains(kFirstTail));
    QVERIFY(shownText().contains(u"工业经济稳中向好"_s));
}

void TestCorrectionWindow::linesSelectedInTheSourceView()
{
    show(1);
    QVERIFY(trigger(u"actionSource"_s));
    auto *source = m_window->findChild<SourceView *>();
    QVERIFY(source && source->isVisible());
    // The second article's second paragraph: its line, found in the source.
    int line = 0;
    for (QTextBlock block = source->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(kSecondTail))
            line = block.blockNumber() + 1;
    }
    QVERIFY(line > 0);
    // Selected from the blank line before it: the blank line is in no article.
    QTextCursor cursor(source->document()->findBlockByNumber(line - 2));
    cursor.setPosition(source->document()->findBlockByNumber(line - 1).position() + 3,
                       QTextCursor::KeepAnchor);
    source->setTextCursor(cursor);
    QCOMPARE(source->selectedLines(), (QList<int>{line - 1, line}));
    QVERIFY(trigger(u"actionMoveLinesToPrevious"_s));
    const QList<ArticleRecord> records = articles();
    QCOMPARE(m_window->currentArticle(), std::optional<qint64>(records[0].id));
    QVERIFY(shownText().contains(kSecondTail));
    const auto operations = m_window->library()->corrections(issueId())->corrections.operations;
    QCOMPARE(operations.size(), 1);
    QCOMPARE(operations[0].lines, QList<int>{line});
    // The source shows the issue as corrected, at the line moved.
    QCOMPARE(source->currentLine(), line);
    QCOMPARE(source->lineInfo(line).articleId, records[0].number);
}

void TestCorrectionWindow::mergeTheArticlesSelectedInTheTree()
{
    show(0);
    const QList<ArticleRecord> records = articles();
    QVERIFY(!action(u"actionMergeSelected"_s)->isEnabled());
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tree()->model());
    QTreeView *tree = m_window->tree();
    m_window->findChild<QTabWidget *>(u"sidebar"_s)->setCurrentIndex(0);
    tree->selectionModel()->clearSelection();
    for (qint64 id : {records[0].id, records[1].id}) {
        const QModelIndex row = proxy->mapFromSource(m_window->archiveModel()->indexOfArticle(id));
        QVERIFY(row.isValid());
        tree->selectionModel()->select(row,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(trigger(u"actionMergeSelected"_s));
    const QList<ArticleRecord> merged = articles();
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged[0].title, u"全市经济工作会议召开"_s);
    QVERIFY(shownText().contains(u"全市经济工作会议召开"_s));
    QVERIFY(shownText().contains(kSecondTail));
}

void TestCorrectionWindow::revertAllIsUndoable()
{
    show(0);
    QVERIFY(!action(u"actionRevertCorrections"_s)->isEnabled()); // nothing to revert
    const QByteArray parsed = issueJson();
    QVERIFY(trigger(u"actionMergeWithNext"_s));
    selectParagraph(kSecondTail);
    QVERIFY(trigger(u"actionSplitArticle"_s));
    const QByteArray corrected = issueJson();
    QCOMPARE(m_window->library()->corrections(issueId())->corrections.operations.size(), 2);
    QVERIFY(trigger(u"actionRevertCorrections"_s));
    QCOMPARE(issueJson(), parsed);
    QVERIFY(!action(u"actionRevertCorrections"_s)->isEnabled());
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(issueJson(), corrected);
}

void TestCorrectionWindow::exportReferenceParseWritesTheCorrectedIssue()
{
    show(0);
    selectParagraph(kFirstTail);
    QVERIFY(trigger(u"actionMoveLinesToNext"_s));
    const QString out = m_dir->filePath(u"reference.json"_s);
    QString proposed;
    QTimer::singleShot(0, this, [out, &proposed] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        proposed = dialog->selectedFiles().value(0);
        dialog->selectFile(out);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QVERIFY(trigger(u"actionExportReferenceParse"_s));
    QVERIFY(proposed.endsWith(u"2019-02-21.gold-candidate.json"_s));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    QCOMPARE(json, issueJson());
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QCOMPARE(document[u"format"_s].toInt(), 1);
    // The corrected parse: the paragraph is the second article's.
    const QJsonArray sections = document[u"sections"_s].toArray();
    QVERIFY(!sections.isEmpty());
    const QJsonArray first = sections[0].toObject()[u"articles"_s].toArray();
    QVERIFY(QJsonDocument(first[1].toObject()).toJson().contains(kFirstTail.toUtf8()));
    QVERIFY(!QJsonDocument(first[0].toObject()).toJson().contains(kFirstTail.toUtf8()));
}

void TestCorrectionWindow::readOnlyLibraryOffersNoCorrection()
{
    const QString path = m_window->library()->path();
    m_window.reset();
    const ReadOnlyFile readOnly(path);
    if (!readOnly.isReadOnly())
        BROADSHEET_SKIP("running as root on a file system without chattr +i");
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openLibrary(path, false), qPrintable(m_window->lastMessage()));
    QVERIFY(m_window->library()->isReadOnly());
    m_window->show();
    show(1);
    selectParagraph(kSecondTail);
    for (const QString &name :
         {u"actionMoveLinesToPrevious"_s, u"actionMoveLinesToNext"_s, u"actionMoveLinesToArticle"_s,
          u"actionMoveLinesToNewArticle"_s, u"actionSplitArticle"_s, u"actionMergeWithPrevious"_s,
          u"actionMergeWithNext"_s, u"actionMergeSelected"_s, u"actionRole_title"_s,
          u"actionEditHeadline"_s, u"actionRevertCorrections"_s, u"actionImportCorrections"_s,
          u"actionUndo"_s})
        QVERIFY2(!action(name)->isEnabled(), qPrintable(name));
    // Reading it is still allowed.
    QVERIFY(action(u"actionExportReferenceParse"_s)->isEnabled());
    m_window.reset();
}

void TestCorrectionWindow::newShortcutsAreListedAndClashWithNone()
{
    ShortcutsDialog dialog(m_window->menuBar());
    const QString rows = dialog.rows().join(u'\n');
    for (const char *name : {"actionMoveLinesToNext", "actionSplitArticle", "actionEditHeadline",
                             "actionRole_body", "actionUndo"}) {
        QAction *found = action(QString::fromLatin1(name));
        QVERIFY(found);
        const QString keys = found->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(found->iconText().remove(u'&') + u'\t' + keys), name);
    }
    // No key does two things in the window.
    QHash<QString, QString> owner;
    for (QAction *each : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : each->shortcuts()) {
            const QString text = key.toString();
            QVERIFY2(!owner.contains(text) || owner[text] == each->objectName(),
                     qPrintable(text + u": "_s + owner.value(text) + u", "_s + each->objectName()));
            owner[text] = each->objectName();
        }
    }
}

// A file changed on disk and opened again: the corrections whose lines still
// say the same are kept, and the window says which were not, and why.
void TestCorrectionWindow::changedFileSaysWhichCorrectionsWereNotKept()
{
    show(0);
    selectParagraph(kFirstTail);
    QVERIFY(trigger(u"actionMoveLinesToNext"_s));
    show(2);
    selectParagraph(kThirdTail);
    QVERIFY(trigger(u"actionMoveLinesToPrevious"_s));
    const auto made = m_window->library()->corrections(issueId());
    QVERIFY(made.ok());
    QCOMPARE(made->corrections.operations.size(), 2);
    const QString lost = made->corrections.operations.at(1).describe();
    const QString notKept = u"correctionsNotKept"_s;

    // The same file again: every correction holds, nothing to say.
    QVERIFY(reimport());
    QVERIFY(!m_window->findChild<QMessageBox *>(notKept));
    QCOMPARE(m_window->library()->issue(issueId())->correctionCount, 2);

    // The third article's second paragraph now says something else.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const QString changedTail = u"工业产值增长的各项准备工作"_s;
    QCOMPARE(text.count(kThirdTail), 1);
    text.replace(kThirdTail, changedTail);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    QVERIFY(reimport());

    auto *box = m_window->findChild<QMessageBox *>(notKept);
    QVERIFY2(box, "the window says that corrections were not kept");
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), u"Some corrections were not kept"_s);
    QCOMPARE(box->text(), u"2019-02-21.txt changed since it was corrected: 1 of its corrections "
                          "no longer fit and were not kept."_s);
    QVERIFY2(box->informativeText().contains(u"kept in the library under the old version of the "
                                             "file"_s),
             qPrintable(box->informativeText()));
    const QString details = box->detailedText();
    QVERIFY2(details.startsWith(QDir::toNativeSeparators(m_path) + u'\n'), qPrintable(details));
    QVERIFY2(
        details.contains(u"Correction 2 ("_s + lost + u"): The issue file has changed: line"_s),
        qPrintable(details));
    QCOMPARE(details.count(u"Correction "_s), 1);
    // What held was kept, on the file as it is now.
    QCOMPARE(m_window->library()->issue(issueId())->correctionCount, 1);
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(notKept));
}

QTEST_MAIN(TestCorrectionWindow)
#include "tst_correctionwindow.moc"
