#include "../store/testlibrary.h"
#include "guitestsupport.h"
#include "library.h"
#include "searchpanel.h"
#include "searchqueries.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"
#include "settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMutex>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QToolButton>

#include <algorithm>

#include <memory>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

namespace {

SearchRequest requestFor(const QString &text)
{
    SearchRequest request;
    request.text = text;
    return request;
}

QList<qint64> idsOf(const QList<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const SearchHit &hit : hits)
        ids << hit.article.id;
    return ids;
}

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(SearchResultsModel::ArticleIdRole).toLongLong();
    return ids;
}

// Holds the search thread in its first search until released, and records every
// search the thread runs.
class Gate
{
public:
    std::function<void(const SearchRequest &)> hook()
    {
        return [this](const SearchRequest &request) {
            {
                const QMutexLocker lock(&m_mutex);
                m_ran << request.text;
                if (m_ran.size() > 1)
                    return;
            }
            m_entered.release();
            m_open.acquire();
        };
    }
    bool waitUntilHeld() { return m_entered.tryAcquire(1, 10000); }
    void release() { m_open.release(); }
    QStringList ran()
    {
        const QMutexLocker lock(&m_mutex);
        return m_ran;
    }

private:
    QMutex m_mutex;
    QStringList m_ran;
    QSemaphore m_entered;
    QSemaphore m_open;
};

} // namespace

// Search results are read in a thread of their own: they come asynchronously,
// and only those of the newest query are ever shown.
class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passesTheModelTester();
    void resultsArriveAsynchronously();
    void newerQuerySupersedesTheRunningOne();
    void fetchMoreLoadsTheNextPageAsynchronously();
    void followsTheLibrary();
    void failureIsReportedInWords();
    void destructionMidSearchIsSafe();
    void panelShowsSearchingThenTheCount();
    void typingFastEndsWithTheLastQuery();
    void returnFocusesTheResultsOnceTheyCome();
    void resultsSayWhyTheyMatch();
    void titleHtmlMarksWhatShows();
    void delegateMarksTitleAndSnippet();
    void panelCountsAsTheLibraryDoes();
    void panelMatchesScriptExactlyWhenAsked();
    void panelSortsLeastConfidentFirst();
    void panelKeepsTheDoubtfulOnly();
    void doubtfulResultsSaySo();

private:
    SearchResults direct(const QString &text, int offset = 0, bool exactScript = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

void TestSearchResultsModel::initTestCase()
{
    GuiTest::isolateSettings(m_dir);
    auto library = Library::open(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    m_library = std::move(library).value();
    const ImportReport report = m_library->importPaths(TestData::issuePaths());
    QVERIFY(report.failures.isEmpty());
    QVERIFY(report.results.size() > 10);
    // The common character fills more than one page.
    QVERIFY2(direct(u"的"_s).total > SearchResultsModel::kPageSize,
             qPrintable(QString::number(direct(u"的"_s).total)));
}

void TestSearchResultsModel::init()
{
    Settings().setSearchFilters({}); // the panel remembers its filters: none at each start
}

// What the library itself answers, on this thread's connection.
SearchResults TestSearchResultsModel::direct(const QString &text, int offset, bool exactScript)
{
    SearchRequest request = requestFor(text);
    request.limit = SearchResultsModel::kPageSize;
    request.offset = offset;
    request.exactScript = exactScript;
    const auto results = m_library->search(request);
    return results ? *results : SearchResults{};
}

void TestSearchResultsModel::passesTheModelTester()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
    model.search(requestFor(u"的"_s));
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), SearchResultsModel::kPageSize);
    // (The tester asks for more too.)
    for (;;) {
        QTRY_VERIFY(!model.isFetching());
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), model.total());
    model.search(requestFor(u"医务工作者"_s));
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 1);
    model.search(requestFor(u"的"_s));
    model.clear(); // while it runs
    QCOMPARE(model.rowCount(), 0);
    model.setLibrary(nullptr);
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchResultsModel::resultsArriveAsynchronously()
{
    SearchResultsModel model;
    model.setLibrary(m_library.get());
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
    model.search(requestFor(u"医务工作者"_s));
    // Nothing is read on this thread: the results come later.
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(finished.wait());
    QVERIFY(!model.isSearching());
    QCOMPARE(finished.first().first().toInt(), 1);
    QCOMPARE(model.total(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), u"心中有信仰 脚下有力量"_s);
    QVERIFY(
        model.index(0).data(SearchResultsModel::SnippetRole).toString().contains(u"医务工作者"_s));

    // The same as the library answers itself.
    model.search(requestFor(u"的"_s));
    QVERIFY(finished.wait());
    const SearchResults expected = direct(u"的"_s);
    QCOMPARE(model.total(), expected.total);
    QCOMPARE(idsOf(model), idsOf(expected.hits));
}

void TestSearchResultsModel::newerQuerySupersedesTheRunningOne()
{
    SearchResultsModel model;
    Gate gate;
    model.setSearchHook(gate.hook());
    model.setLibrary(m_library.get());
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
    // Every row ever shown is the newest query's.
    const QList<qint64> wanted = idsOf(direct(u"医务工作者"_s).hits);
    QList<qint64> shown;
    auto record = [&] { shown << idsOf(model); };
    connect(&model, &QAbstractItemModel::modelReset, this, record);
    connect(&model, &QAbstractItemModel::rowsInserted, this, record);

    model.search(requestFor(u"的"_s));
    QVERIFY(gate.waitUntilHeld()); // the first search is running
    model.search(requestFor(u"规划"_s));
    model.search(requestFor(u"医务工作者"_s));
    QVERIFY(model.isSearching());
    gate.release();
    QVERIFY(finished.wait());
    QTest::qWait(100); // nothing else comes
    QCOMPARE(finished.size(), 1);
    QCOMPARE(idsOf(model), wanted);
    for (qint64 id : std::as_const(shown))
        QVERIFY(wanted.contains(id));
    // The superseded query waiting meanwhile never ran.
    QCOMPARE(gate.ran(), QStringList({u"的"_s, u"医务工作者"_s}));
}

void TestSearchResultsModel::fetchMoreLoadsTheNextPageAsynchronously()
{
    SearchResultsModel model;
    model.setLibrary(m_library.get());
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
    model.search(requestFor(u"的"_s));
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), SearchResultsModel::kPageSize);
    QVERIFY(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QVERIFY(model.isFetching());
    QVERIFY(!model.canFetchMore({})); // one page at a time
    model.fetchMore({});              // does nothing
    QCOMPARE(model.rowCount(), SearchResultsModel::kPageSize);
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!model.isFetching());
    const SearchResults second = direct(u"的"_s, SearchResultsModel::kPageSize);
    QCOMPARE(model.rowCount(), SearchResultsModel::kPageSize + int(second.hits.size()));
    QCOMPARE(idsOf(model).mid(SearchResultsModel::kPageSize), idsOf(second.hits));
    QCOMPARE(inserted.first().at(1).toInt(), SearchResultsModel::kPageSize);

    // A page on its way when the query changes is dropped.
    if (model.canFetchMore({})) {
        model.fetchMore({});
        model.search(requestFor(u"医务工作者"_s));
        QVERIFY(finished.wait());
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 1);
    }
}

void TestSearchResultsModel::followsTheLibrary()
{
    QTemporaryDir dir;
    auto other = Library::open(dir.filePath(u"other.sqlite"_s));
    QVERIFY(other.ok());
    QVERIFY((*other)->importFile(GuiTest::seedPath()).ok());

    SearchResultsModel model;
    model.setLibrary(other->get());
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
    model.search(requestFor(u"掌上办"_s));
    QVERIFY(finished.wait());
    QCOMPARE(model.total(), 0);

    // What is imported meanwhile is found by the next search.
    const QString issue = dir.filePath(u"apps.txt"_s);
    QVERIFY(
        TestData::writeFile(issue, u"第1版 要闻\n"
                                   "政务服务掌上办\n"
                                   "本报讯(记者 王茵)市民打开城市App即可办理证照。\n"_s.toUtf8()));
    QVERIFY((*other)->importFile(issue).ok());
    model.search(requestFor(u"掌上办"_s));
    QVERIFY(finished.wait());
    QCOMPARE(model.total(), 1);

    // Another library: its file is searched.
    model.setLibrary(m_library.get());
    QCOMPARE(model.rowCount(), 0);
    model.search(requestFor(u"的"_s));
    QVERIFY(finished.wait());
    QCOMPARE(model.total(), direct(u"的"_s).total);
}

void TestSearchResultsModel::failureIsReportedInWords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gone.sqlite"_s);
    auto gone = Library::open(path);
    QVERIFY(gone.ok());
    QVERIFY(QFile::remove(path));

    SearchPanel panel;
    panel.setLibrary(gone->get());
    SearchResultsModel *model = panel.model();
    QSignalSpy failed(model, &SearchResultsModel::searchFailed);
    panel.setQuery(u"的"_s);
    QVERIFY(failed.wait());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(model->errorMessage(), message);
    QCOMPARE(model->rowCount(), 0);
    const QString status = panel.findChild<QLabel *>(u"status"_s)->text();
    QVERIFY2(status.contains(message), qPrintable(status));
}

void TestSearchResultsModel::destructionMidSearchIsSafe()
{
    // A model going away while its search runs waits for it; nothing arrives after.
    QSemaphore entered;
    auto model = std::make_unique<SearchResultsModel>();
    model->setSearchHook([&entered](const SearchRequest &) {
        entered.release();
        QThread::msleep(200);
    });
    model->setLibrary(m_library.get());
    model->search(requestFor(u"的"_s));
    QVERIFY(entered.tryAcquire(1, 10000));
    model->search(requestFor(u"规划"_s)); // waits, and never runs
    model.reset();
    QTest::qWait(50);

    // A panel too, with its search queued and not yet started.
    auto panel = std::make_unique<SearchPanel>();
    panel->setLibrary(m_library.get());
    panel->setQuery(u"的"_s);
    panel.reset();
    QTest::qWait(50);

    // And a model that never searched has no thread to stop.
    SearchResultsModel idle;
    idle.setLibrary(m_library.get());
}

void TestSearchResultsModel::panelShowsSearchingThenTheCount()
{
    SearchPanel panel;
    Gate gate;
    panel.model()->setSearchHook(gate.hook());
    panel.setLibrary(m_library.get());
    auto *status = panel.findChild<QLabel *>(u"status"_s);
    QSignalSpy finished(panel.model(), &SearchResultsModel::searchFinished);
    panel.setQuery(u"医务工作者"_s);
    QVERIFY(gate.waitUntilHeld());
    QCOMPARE(status->text(), u"Searching…"_s);
    gate.release();
    QVERIFY(finished.wait());
    QCOMPARE(status->text(), SearchPanel::tr("%n article(s)", nullptr, 1));
    panel.setQuery(u"没有这样的文字ZZQ"_s);
    QVERIFY(finished.wait());
    QCOMPARE(status->text(), u"No articles contain this."_s);
    panel.setQuery(QString());
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(!panel.model()->isSearching());
    QVERIFY(status->text().startsWith(u"Type to search"_s));
}

void TestSearchResultsModel::typingFastEndsWithTheLastQuery()
{
    SearchPanel panel;
    Gate gate;
    panel.model()->setSearchHook(gate.hook());
    panel.setLibrary(m_library.get());
    QSignalSpy finished(panel.model(), &SearchResultsModel::searchFinished);
    // Twenty queries, one after another, while the first is still running.
    const QString text = u"城市更新与规划引领下的医务工作者"_s;
    panel.setQuery(text.left(1));
    QVERIFY(gate.waitUntilHeld());
    QStringList typed;
    for (int i = 0; i < 19; ++i) {
        const QString query = i < 18 ? text.left(2 + i % 14) + QString::number(i) : u"医务工作者"_s;
        typed << query;
        panel.setQuery(query);
    }
    gate.release();
    QVERIFY(finished.wait());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(panel.model()->request().text, u"医务工作者"_s);
    QCOMPARE(idsOf(*panel.model()), idsOf(direct(u"医务工作者"_s).hits));
    // No backlog: the first query, then only the last.
    QCOMPARE(gate.ran(), QStringList({text.left(1), u"医务工作者"_s}));
}

void TestSearchResultsModel::returnFocusesTheResultsOnceTheyCome()
{
    SearchPanel panel;
    Gate gate;
    panel.model()->setSearchHook(gate.hook());
    panel.setLibrary(m_library.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto *field = panel.findChild<QLineEdit *>(u"field"_s);
    auto *results = panel.findChild<QListView *>(u"results"_s);
    field->setFocus();
    GuiTest::typeText(field, u"医务工作者"_s);
    QTest::keyClick(field, Qt::Key_Return); // before the debounce: searches now
    QVERIFY(gate.waitUntilHeld());
    QVERIFY(field->hasFocus());
    gate.release();
    QTRY_VERIFY(results->hasFocus());
    QCOMPARE(results->currentIndex().row(), 0);
    QCOMPARE(gate.ran().size(), 1); // the debounce did not search again
    QTest::qWait(SearchPanel::kDebounceMs + 100);
    QCOMPARE(gate.ran().size(), 1);
}

namespace {

// A headline whose word the text lacks, and a word only in the text.
const QString kWhyIssue = u"第01版:要闻\n\n古镇灯会今晚开幕\n\n"
                          u"本报讯 今晚，古镇将迎来第十届民俗文化节，预计接待游客三万人次。\n"_s;

std::unique_ptr<Library> whyLibrary(const QTemporaryDir &dir)
{
    auto library = Library::open(dir.filePath(u"why/library.sqlite"_s));
    if (!library.ok())
        return {};
    const QString path = dir.filePath(u"why/why.txt"_s);
    if (!TestData::writeFile(path, kWhyIssue.toUtf8()) || !(*library)->importFile(path).ok())
        return {};
    return std::move(library).value();
}

QStringList marked(const QString &text, const QVariantList &highlights)
{
    QStringList words;
    for (const QVariant &value : highlights)
        words << text.mid(value.toPoint().x(), value.toPoint().y());
    return words;
}

} // namespace

void TestSearchResultsModel::resultsSayWhyTheyMatch()
{
    const auto library = whyLibrary(m_dir);
    QVERIFY(library);
    SearchResultsModel model;
    model.setLibrary(library.get());
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);

    model.search(requestFor(u"游客 灯会"_s));
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 1);
    QModelIndex row = model.index(0);
    const QString title = row.data().toString();
    QCOMPARE(title, u"古镇灯会今晚开幕"_s);
    QCOMPARE(marked(title, row.data(SearchResultsModel::TitleHighlightsRole).toList()),
             QStringList{u"灯会"_s});
    QCOMPARE(marked(row.data(SearchResultsModel::SnippetRole).toString(),
                    row.data(SearchResultsModel::HighlightsRole).toList()),
             QStringList{u"游客"_s});
    QCOMPARE(row.data(SearchResultsModel::MatchedInRole).toInt(),
             SearchResultsModel::InHeadline | SearchResultsModel::InBody);
    QCOMPARE(row.data(SearchResultsModel::MatchNoteRole).toString(),
             u"In the headline and the text"_s);
    QVERIFY(row.data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(u"In the headline and the text"_s));

    model.search(requestFor(u"灯会"_s));
    QVERIFY(finished.wait());
    row = model.index(0);
    QCOMPARE(row.data(SearchResultsModel::TitleHighlightsRole).toList(),
             QVariantList{QPoint(2, 2)});
    QVERIFY(row.data(SearchResultsModel::HighlightsRole).toList().isEmpty());
    QCOMPARE(row.data(SearchResultsModel::MatchedInRole).toInt(),
             int(SearchResultsModel::InHeadline));
    QCOMPARE(row.data(SearchResultsModel::MatchNoteRole).toString(), u"In the headline"_s);

    model.search(requestFor(u"游客"_s));
    QVERIFY(finished.wait());
    row = model.index(0);
    QVERIFY(row.data(SearchResultsModel::TitleHighlightsRole).toList().isEmpty());
    QCOMPARE(row.data(SearchResultsModel::MatchedInRole).toInt(), int(SearchResultsModel::InBody));
    QCOMPARE(row.data(SearchResultsModel::MatchNoteRole).toString(), u"In the text"_s);
}

void TestSearchResultsModel::titleHtmlMarksWhatShows()
{
    const QColor mark(255, 0, 255);
    const QFont font = QApplication::font();
    // Article text is data: escaped, the hit in a span.
    QString html =
        SearchResultDelegate::titleHtml(u"<b>灯会</b> & 开幕"_s, {QPoint(3, 2)}, mark, font, 2000);
    QVERIFY2(html.startsWith(u"&lt;b&gt;<span"_s), qPrintable(html));
    QVERIFY2(html.contains(u">灯会</span>&lt;/b&gt; &amp; 开幕"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<b>"_s));

    // Cut to the width: a hit beyond the cut is not marked, one before it is.
    const QString title = u"灯会"_s + QString(60, QChar(0x6587)) + u"开幕"_s;
    const int width = QFontMetrics(font).horizontalAdvance(title) / 3;
    html = SearchResultDelegate::titleHtml(title, {QPoint(62, 2)}, mark, font, width);
    QVERIFY2(!html.contains(u"<span"_s), qPrintable(html));
    QVERIFY2(html.endsWith(u"…"_s), qPrintable(html));
    html = SearchResultDelegate::titleHtml(title, {QPoint(0, 2), QPoint(62, 2)}, mark, font, width);
    QCOMPARE(html.count(u"<span"_s), 1);
    QVERIFY2(html.contains(u">灯会</span>"_s), qPrintable(html));
}

void TestSearchResultsModel::delegateMarksTitleAndSnippet()
{
    const auto library = whyLibrary(m_dir);
    QVERIFY(library);
    SearchResultsModel model;
    model.setLibrary(library.get());
    QListView view;
    auto *delegate = new SearchResultDelegate(&view);
    const QColor mark(255, 0, 255);
    delegate->setHighlightColor(mark);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);

    // The rows of the item that have marked pixels: the first and the last.
    const auto markedRows = [&] {
        const QRect rect = view.visualRect(model.index(0));
        const QImage image = view.viewport()->grab().toImage();
        std::pair<int, int> rows{-1, -1};
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                if (QColor(image.pixel(x, y)) == mark) {
                    rows.first = rows.first < 0 ? y : rows.first;
                    rows.second = y;
                    break;
                }
            }
        }
        return rows;
    };
    const auto search = [&](const QString &text) {
        model.search(requestFor(text));
        return finished.wait() && model.rowCount() == 1;
    };

    QVERIFY(search(u"灯会"_s)); // in the title only
    const auto title = markedRows();
    QVERIFY2(title.first >= 0, "the title's hit is marked");
    QVERIFY(search(u"游客"_s)); // in the text only
    const auto snippet = markedRows();
    QVERIFY2(snippet.first >= 0, "the snippet's hit is marked");
    // The title above, the snippet below, the place line between.
    QVERIFY2(title.second + view.fontMetrics().height() < snippet.first,
             qPrintable(u"title %1–%2, snippet %3–%4"_s.arg(
                 QString::number(title.first), QString::number(title.second),
                 QString::number(snippet.first), QString::number(snippet.second))));
    QVERIFY(search(u"游客 灯会"_s)); // both
    QCOMPARE(markedRows(), std::pair(title.first, snippet.second));
}

void TestSearchResultsModel::panelCountsAsTheLibraryDoes()
{
    // The queries every way of searching must count alike, typed into the
    // search box: what the library answers (tst_search holds the library to a
    // plain scan, tst_cli broadsheet-cli to the library).
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    auto *status = panel.findChild<QLabel *>(u"status"_s);
    QSignalSpy finished(panel.model(), &SearchResultsModel::searchFinished);
    for (const QString &query : SearchQueries::shared()) {
        for (const bool exactScript : {false, true}) {
            panel.setMatchScriptExactly(exactScript);
            panel.setQuery(query);
            QVERIFY2(finished.wait(), qPrintable(query));
            QCOMPARE(panel.model()->request().text, query);
            QCOMPARE(panel.model()->request().exactScript, exactScript);
            const SearchResults expected = direct(query, 0, exactScript);
            QVERIFY2(panel.model()->total() == expected.total,
                     qPrintable(u"%1: %2, the library %3"_s.arg(
                         query, QString::number(panel.model()->total()),
                         QString::number(expected.total))));
            QCOMPARE(idsOf(*panel.model()), idsOf(expected.hits));
            QCOMPARE(status->text(), expected.total == 0 ? u"No articles contain this."_s
                                                         : SearchPanel::tr("%n article(s)", nullptr,
                                                                           expected.total));
        }
    }
}

void TestSearchResultsModel::panelMatchesScriptExactlyWhenAsked()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    auto *box = panel.findChild<QCheckBox *>(u"matchScript"_s);
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    QVERIFY(!panel.isMatchScriptExactly());
    QSignalSpy finished(panel.model(), &SearchResultsModel::searchFinished);
    QSignalSpy changed(&panel, &SearchPanel::matchScriptExactlyChanged);
    panel.setQuery(u"發展"_s);
    QVERIFY(finished.wait());
    const int folded = panel.model()->total();
    QVERIFY(folded > 0); // the simplified issues' 发展
    QCOMPARE(folded, direct(u"发展"_s).total);
    // Ticking the box searches again, at once, and tells.
    box->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY(panel.isMatchScriptExactly());
    QVERIFY(finished.wait());
    QVERIFY(panel.model()->request().exactScript);
    QCOMPARE(panel.model()->total(), 0); // no issue prints 發展
    panel.setMatchScriptExactly(false);
    QCOMPARE(changed.size(), 2);
    QVERIFY(finished.wait());
    QCOMPARE(panel.model()->total(), folded);
}

// The parser's doubts: the test issues hold a few articles it is not sure of
// (tst_doubts), and a common character finds some of them among the others.
void TestSearchResultsModel::panelSortsLeastConfidentFirst()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    auto *sort = panel.findChild<QComboBox *>(u"sort"_s);
    QVERIFY(sort);
    const int least = sort->findData(int(SearchRequest::Sort::LeastConfident));
    QVERIFY(least >= 0);
    QCOMPARE(sort->itemText(least), u"Least confident first"_s);
    QSignalSpy finished(panel.model(), &SearchResultsModel::searchFinished);
    panel.setQuery(u"的"_s);
    QVERIFY(finished.wait());
    const QList<qint64> byRelevance = idsOf(*panel.model());
    // By relevance the doubtful articles are not all first.
    const auto confidences = [&] {
        QList<double> values;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            values << panel.model()->index(row).data(SearchResultsModel::ConfidenceRole).toDouble();
        return values;
    };
    QVERIFY(!std::is_sorted(confidences().begin(), confidences().end()));

    sort->setCurrentIndex(least); // as the user picks it
    QVERIFY(finished.wait());
    QCOMPARE(panel.model()->request().sort, SearchRequest::Sort::LeastConfident);
    const QList<double> values = confidences();
    QCOMPARE(values.size(), SearchResultsModel::kPageSize);
    QVERIFY2(std::is_sorted(values.begin(), values.end()), "the least sure first");
    QVERIFY(values.first() < 1.0);
    QCOMPARE(values.last(), 1.0); // the sure ones follow
    QVERIFY(idsOf(*panel.model()) != byRelevance);
    SearchRequest request = requestFor(u"的"_s);
    request.sort = SearchRequest::Sort::LeastConfident;
    request.limit = SearchResultsModel::kPageSize;
    const auto expected = m_library->search(request);
    QVERIFY(expected.ok());
    QCOMPARE(idsOf(*panel.model()), idsOf(expected->hits));
    // Remembered with the other orders.
    QCOMPARE(Settings().searchFilters().sort, SearchRequest::Sort::LeastConfident);
}

void TestSearchResultsModel::panelKeepsTheDoubtfulOnly()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *filters = panel.findChild<QToolButton *>(u"filtersButton"_s);
    auto *doubtful = panel.findChild<QCheckBox *>(u"doubtfulOnly"_s);
    QVERIFY(filters && doubtful);
    QVERIFY(!doubtful->isVisible()); // among the filters, folded away at first
    filters->click();
    QVERIFY(doubtful->isVisible());
    QVERIFY(!doubtful->isChecked());
    QSignalSpy finished(panel.model(), &SearchResultsModel::searchFinished);
    panel.setQuery(u"的"_s);
    QVERIFY(finished.wait());
    const int all = panel.model()->total();

    QTest::mouseClick(doubtful, Qt::LeftButton, {}, doubtful->rect().center());
    QVERIFY(doubtful->isChecked());
    QVERIFY(finished.wait());
    QCOMPARE(panel.model()->request().maxConfidence, std::optional<double>(0.99));
    const int doubtfulCount = panel.model()->total();
    QVERIFY2(doubtfulCount > 0 && doubtfulCount < all,
             qPrintable(u"%1 of %2"_s.arg(doubtfulCount).arg(all)));
    QVERIFY(doubtfulCount < SearchResultsModel::kPageSize); // every one is listed
    QCOMPARE(panel.model()->rowCount(), doubtfulCount);
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        QVERIFY(panel.model()->index(row).data(SearchResultsModel::ConfidenceRole).toDouble() <
                1.0);
    // The library counts alike: the articles below 1.
    SearchRequest request = requestFor(u"的"_s);
    request.maxConfidence = 0.99;
    request.limit = SearchResultsModel::kPageSize;
    const auto expected = m_library->search(request);
    QVERIFY(expected.ok());
    QCOMPARE(idsOf(*panel.model()), idsOf(expected->hits));
    // A filter as the others: counted, remembered, cleared.
    QCOMPARE(panel.activeFilterCount(), 1);
    QCOMPARE(filters->text(), u"Filters (1)"_s);
    QVERIFY(Settings().searchFilters().doubtfulOnly);
    panel.findChild<QPushButton *>(u"clearFilters"_s)->click();
    QVERIFY(!doubtful->isChecked());
    QVERIFY(finished.wait());
    QCOMPARE(panel.model()->total(), all);
    QVERIFY(!Settings().searchFilters().doubtfulOnly);
}

void TestSearchResultsModel::doubtfulResultsSaySo()
{
    SearchResultsModel model;
    model.setLibrary(m_library.get());
    QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
    SearchRequest request = requestFor(u"的"_s);
    request.sort = SearchRequest::Sort::LeastConfident;
    model.search(request);
    QVERIFY(finished.wait());
    const QModelIndex unsure = model.index(0);
    const double confidence = unsure.data(SearchResultsModel::ConfidenceRole).toDouble();
    QVERIFY(confidence < 1.0);
    const QString note = u"confidence %1"_s.arg(confidence, 0, 'f', 2);
    QCOMPARE(unsure.data(SearchResultsModel::DoubtNoteRole).toString(), note);
    QVERIFY2(SearchResultDelegate::noteOf(unsure).startsWith(note + u" · In the"_s),
             qPrintable(SearchResultDelegate::noteOf(unsure)));
    QVERIFY(unsure.data(Qt::AccessibleDescriptionRole).toString().contains(note));
    const QString tip = unsure.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Doubtful: the parser guessed somewhere in this article (confidence "_s +
                          u"%1)."_s.arg(confidence, 0, 'f', 2)),
             qPrintable(tip));
    QVERIFY(tip.contains(unsure.data(SearchResultsModel::SnippetRole).toString().toHtmlEscaped()));
    // A sure article says nothing of it.
    const QModelIndex sure = model.index(model.rowCount() - 1);
    QCOMPARE(sure.data(SearchResultsModel::ConfidenceRole).toDouble(), 1.0);
    QVERIFY(sure.data(SearchResultsModel::DoubtNoteRole).toString().isEmpty());
    QVERIFY(!SearchResultDelegate::noteOf(sure).contains(u"confidence"_s));
    QVERIFY(!sure.data(Qt::ToolTipRole).toString().contains(u"Doubtful"_s));
    QCOMPARE(SearchResultsModel::doubtNote(1.0), QString());
    QCOMPARE(SearchResultsModel::doubtNote(0.5), u"confidence 0.50"_s);
}

QTEST_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
