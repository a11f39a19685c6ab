#include "../store/testlibrary.h"
#include "guitestsupport.h"
#include "library.h"
#include "librarytimelineprovider.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "periodrange.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "settings.h"
#include "timelinechart.h"
#include "timelinedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

namespace {

// An article of the test library as written, with where it was printed: what
// the filters look at, known without asking the library.
struct Written
{
    QString title;
    QString text; // headline and body
    QString paper;
    QDate date;
    QString page;    // "1", "a2", "3": as the page filter compares
    QString section; // the page marker, as printed
};

const QStringList kPapers{u"辽源日报"_s, u"吉林日报"_s};
const QString kWeekdays = u"一二三四五六日"_s;
const QStringList kMarkers{u"第01版：要闻"_s, u"第A2版：经济"_s, u"第03版：体育"_s};
const QStringList kPageKeys{u"1"_s, u"a2"_s, u"3"_s};

// Issue `n`: a masthead with a paper and a day (every fifth has none: undated),
// two or three pages of two articles each; 春耕 in two articles of three.
QString issueText(int n, QList<Written> *written)
{
    QString text;
    QString paper;
    QDate date;
    if (n % 5 != 4) {
        paper = kPapers.at(n % kPapers.size());
        date = QDate(2019, 1, 15).addDays(n * 45);
        text += u"%1 %2年%3月%4日 星期%5\n\n"_s.arg(paper)
                    .arg(date.year())
                    .arg(date.month())
                    .arg(date.day())
                    .arg(kWeekdays.at(date.dayOfWeek() - 1));
    }
    for (int p = 0; p < 2 + n % 2; ++p) {
        text += kMarkers.at(p) + u"\n\n"_s;
        for (int a = 0; a < 2; ++a) {
            const int k = n * 6 + p * 2 + a;
            const QString title = u"第%1号稿件"_s.arg(k);
            const QString body = u"本报讯(记者 王%1)今日消息,%2工作稳步推进。"_s.arg(
                QString(QChar(u'甲' + a)), k % 3 == 0 ? u"河道"_s : u"春耕"_s);
            text += title + u"\n\n"_s + body + u"\n\n"_s;
            *written << Written{title, title + u'\n' + body, paper,
                                date,  kPageKeys.at(p),      kMarkers.at(p)};
        }
    }
    return text;
}

QSet<qint64> idsOf(const QAbstractItemModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(SearchResultsModel::ArticleIdRole).toLongLong();
    return ids;
}

} // namespace

// The search panel's filters, order and period, driven through its widgets over
// a real library, against what was written into it; the timeline's provider and
// the window's way to it.
class TestSearchPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void periodRange_data();
    void periodRange();
    void filtersAgreeWithScan();
    void sortsByDay();
    void filterCountAndClear();
    void datesClearWithDelete();
    void settingsRestored();
    void doubtfulAndLeastConfidentRestored();
    void showPeriodSetsTheDays();
    void resultsSayWhereTheyWerePrinted();
    void chartButtonAsksForTheTimeline();
    void providerCountsAsTheLibrary();
    void windowChartsAndListsAPeriod();
    void screenshot();

private:
    // The ids of the written articles that contain `word` and pass `keep`.
    QSet<qint64> scan(const QString &word,
                      const std::function<bool(const Written &)> &keep = {}) const;
    bool waitForSearch(SearchPanel &panel, const std::function<void()> &action);

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QList<Written> m_written;
    QHash<QString, qint64> m_ids; // by title
};

void TestSearchPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    GuiTest::isolateSettings(m_dir);
    auto library = Library::open(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    m_library = std::move(library).value();
    for (int n = 0; n < 10; ++n) {
        const QString path = m_dir.filePath(u"issues/issue-%1.txt"_s.arg(n));
        QVERIFY(TestData::writeFile(path, issueText(n, &m_written).toUtf8()));
        if (n % 5 == 4) // no masthead: undated
            QVERIFY(TestData::makeUndated(path));
        const auto imported = m_library->importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    }
    // Each article found again by its (unique) title.
    const auto issues = m_library->issues();
    QVERIFY(issues.ok());
    QSet<QString> papers;
    for (const IssueRecord &issue : *issues) {
        papers << issue.paper;
        const auto articles = m_library->articles(issue.id);
        QVERIFY(articles.ok());
        for (const ArticleRecord &article : *articles)
            m_ids.insert(article.title, article.id);
    }
    QCOMPARE(m_ids.size(), m_written.size());
    QCOMPARE(papers, (QSet<QString>{kPapers.at(0), kPapers.at(1), QString()}));
    // One page of results holds every match: the whole list is compared.
    QVERIFY(scan(u"春耕"_s).size() < SearchResultsModel::kPageSize);
}

void TestSearchPanel::init()
{
    Settings().setSearchFilters({}); // each test starts with none
}

QSet<qint64> TestSearchPanel::scan(const QString &word,
                                   const std::function<bool(const Written &)> &keep) const
{
    QSet<qint64> ids;
    for (const Written &article : m_written) {
        if (article.text.contains(word) && (!keep || keep(article)))
            ids << m_ids.value(article.title);
    }
    return ids;
}

// Does what changes the search, and waits until its results are there.
bool TestSearchPanel::waitForSearch(SearchPanel &panel, const std::function<void()> &action)
{
    QSignalSpy finished(panel.model(), &SearchResultsModel::searchFinished);
    action();
    if (!finished.wait(5000))
        return false;
    // A search typed (debounced) may still follow the one that came.
    QTest::qWait(SearchPanel::kDebounceMs + 50);
    return !panel.model()->isSearching() || finished.wait(5000);
}

void TestSearchPanel::periodRange_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("year") << u"2019"_s << QDate(2019, 1, 1) << QDate(2019, 12, 31);
    QTest::newRow("month") << u"2019-02"_s << QDate(2019, 2, 1) << QDate(2019, 2, 28);
    QTest::newRow("leap february") << u"2020-02"_s << QDate(2020, 2, 1) << QDate(2020, 2, 29);
    QTest::newRow("december") << u"2019-12"_s << QDate(2019, 12, 1) << QDate(2019, 12, 31);
    QTest::newRow("day") << u"2019-02-20"_s << QDate(2019, 2, 20) << QDate(2019, 2, 20);
    QTest::newRow("leap day") << u"2020-02-29"_s << QDate(2020, 2, 29) << QDate(2020, 2, 29);
    QTest::newRow("no such day") << u"2019-02-29"_s << QDate() << QDate();
    QTest::newRow("no such month") << u"2019-13"_s << QDate() << QDate();
    QTest::newRow("garbage") << u"garbage"_s << QDate() << QDate();
    QTest::newRow("empty") << QString() << QDate() << QDate();
    QTest::newRow("short year") << u"19"_s << QDate() << QDate();
    QTest::newRow("one-digit month") << u"2019-2"_s << QDate() << QDate();
    QTest::newRow("trailing text") << u"2019-02-20x"_s << QDate() << QDate();
}

void TestSearchPanel::periodRange()
{
    QFETCH(QString, period);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const PeriodRange range = Broadsheet::periodRange(period);
    QCOMPARE(range.from, from);
    QCOMPARE(range.to, to);
    QCOMPARE(range.isValid(), from.isValid());
}

void TestSearchPanel::filtersAgreeWithScan()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    panel.show();
    auto *paper = panel.findChild<QComboBox *>(u"paper"_s);
    auto *from = panel.findChild<OptionalDateEdit *>(u"from"_s);
    auto *to = panel.findChild<OptionalDateEdit *>(u"to"_s);
    auto *page = panel.findChild<QLineEdit *>(u"page"_s);
    auto *section = panel.findChild<QLineEdit *>(u"section"_s);
    QVERIFY(paper && from && to && page && section);
    // "All newspapers" and the library's two.
    QCOMPARE(paper->count(), 3);
    const QStringList offered = panel.papers();
    QCOMPARE(QSet<QString>(offered.begin(), offered.end()),
             QSet<QString>(kPapers.begin(), kPapers.end()));

    const QString word = u"春耕"_s;
    QVERIFY(waitForSearch(panel, [&] { panel.setQuery(word); }));
    QCOMPARE(idsOf(*panel.model()), scan(word));

    // The paper: chosen in the list.
    QVERIFY(waitForSearch(panel, [&] { paper->setCurrentIndex(paper->findText(kPapers.at(0))); }));
    QCOMPARE(panel.model()->request().paper, kPapers.at(0));
    QCOMPARE(idsOf(*panel.model()),
             scan(word, [](const Written &a) { return a.paper == kPapers.at(0); }));
    QVERIFY(waitForSearch(panel, [&] { paper->setCurrentIndex(0); }));
    QCOMPARE(idsOf(*panel.model()), scan(word));

    // The days, each end alone and both.
    const QDate june(2019, 6, 1);
    const QDate march2020(2020, 3, 31);
    QVERIFY(waitForSearch(panel, [&] { from->setDate(june); }));
    QCOMPARE(idsOf(*panel.model()),
             scan(word, [&](const Written &a) { return a.date.isValid() && a.date >= june; }));
    QVERIFY(waitForSearch(panel, [&] { to->setDate(march2020); }));
    const auto inDays = [&](const Written &a) {
        return a.date.isValid() && a.date >= june && a.date <= march2020;
    };
    QCOMPARE(idsOf(*panel.model()), scan(word, inDays));
    QVERIFY(!idsOf(*panel.model()).isEmpty());
    QVERIFY(idsOf(*panel.model()) != scan(word));

    // The page, typed: "3"; then "a2" with the days still in force.
    QVERIFY(waitForSearch(panel, [&] { QTest::keyClicks(page, u"3"_s); }));
    QCOMPARE(panel.model()->request().page, u"3"_s);
    QCOMPARE(idsOf(*panel.model()),
             scan(word, [&](const Written &a) { return inDays(a) && a.page == u"3"_s; }));
    QVERIFY(waitForSearch(panel, [&] {
        page->clear();
        QTest::keyClicks(page, u"a2"_s);
    }));
    QCOMPARE(idsOf(*panel.model()),
             scan(word, [&](const Written &a) { return inDays(a) && a.page == u"a2"_s; }));

    // The section, typed as an input method does; the days and the page cleared.
    QVERIFY(waitForSearch(panel, [&] {
        from->setOptionalDate({});
        to->setOptionalDate({});
        page->clear();
        section->setFocus();
        GuiTest::typeText(section, u"体育"_s);
    }));
    QCOMPARE(panel.model()->request().section, u"体育"_s);
    QCOMPARE(idsOf(*panel.model()),
             scan(word, [](const Written &a) { return a.section.contains(u"体育"_s); }));

    // Everything at once, and a paper with no such page: nothing, said so.
    QVERIFY(waitForSearch(panel, [&] { paper->setCurrentIndex(paper->findText(kPapers.at(1))); }));
    QCOMPARE(idsOf(*panel.model()), scan(word, [](const Written &a) {
                 return a.paper == kPapers.at(1) && a.section.contains(u"体育"_s);
             }));
    QVERIFY(waitForSearch(panel, [&] { from->setDate(QDate(2030, 1, 1)); }));
    QCOMPARE(panel.model()->total(), 0);
    QCOMPARE(panel.findChild<QLabel *>(u"status"_s)->text(),
             u"No articles contain this with these filters."_s);
}

void TestSearchPanel::sortsByDay()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    auto *sort = panel.findChild<QComboBox *>(u"sort"_s);
    QVERIFY(sort);
    QCOMPARE(sort->count(), 4); // relevance, newest, oldest, least confident
    QVERIFY(waitForSearch(panel, [&] { panel.setQuery(u"春耕"_s); }));
    const QSet<qint64> all = scan(u"春耕"_s);

    for (const auto order : {SearchRequest::Sort::Newest, SearchRequest::Sort::Oldest}) {
        QVERIFY(waitForSearch(panel, [&] { sort->setCurrentIndex(sort->findData(int(order))); }));
        QCOMPARE(panel.model()->request().sort, order);
        QCOMPARE(idsOf(*panel.model()), all);
        // By day, the undated at the end.
        QDate before;
        bool undated = false;
        for (int row = 0; row < panel.model()->rowCount(); ++row) {
            const QDate date =
                panel.model()->index(row).data(SearchResultsModel::DateRole).toDate();
            if (!date.isValid()) {
                undated = true;
                continue;
            }
            QVERIFY2(!undated, "a dated article after an undated one");
            if (before.isValid())
                QVERIFY(order == SearchRequest::Sort::Newest ? date <= before : date >= before);
            before = date;
        }
        QVERIFY(undated);
    }
    // The first rows differ between the two orders.
    QVERIFY(waitForSearch(panel, [&] { sort->setCurrentIndex(1); }));
    const QDate newest = panel.model()->index(0).data(SearchResultsModel::DateRole).toDate();
    QVERIFY(waitForSearch(panel, [&] { sort->setCurrentIndex(2); }));
    QVERIFY(panel.model()->index(0).data(SearchResultsModel::DateRole).toDate() < newest);
}

void TestSearchPanel::filterCountAndClear()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    panel.show();
    auto *button = panel.findChild<QToolButton *>(u"filtersButton"_s);
    auto *area = panel.findChild<QWidget *>(u"filters"_s);
    auto *clear = panel.findChild<QPushButton *>(u"clearFilters"_s);
    auto *paper = panel.findChild<QComboBox *>(u"paper"_s);
    auto *page = panel.findChild<QLineEdit *>(u"page"_s);
    auto *sort = panel.findChild<QComboBox *>(u"sort"_s);
    QVERIFY(button && area && clear && paper && page && sort);

    // Folded away at first; the button unfolds them.
    QVERIFY(!area->isVisible());
    QCOMPARE(button->text(), u"Filters"_s);
    QVERIFY(!clear->isEnabled());
    button->click();
    QVERIFY(area->isVisible());
    QVERIFY(waitForSearch(panel, [&] { panel.setQuery(u"春耕"_s); }));

    QVERIFY(waitForSearch(panel, [&] { paper->setCurrentIndex(1); }));
    QCOMPARE(panel.activeFilterCount(), 1);
    QCOMPARE(button->text(), u"Filters (1)"_s);
    QVERIFY(clear->isEnabled());
    QVERIFY(waitForSearch(panel, [&] { QTest::keyClicks(page, u"1"_s); }));
    QCOMPARE(button->text(), u"Filters (2)"_s);
    // The order is no filter.
    QVERIFY(waitForSearch(panel, [&] { sort->setCurrentIndex(1); }));
    QCOMPARE(button->text(), u"Filters (2)"_s);
    // Folded, the count still shows.
    button->click();
    QVERIFY(!area->isVisible());
    QCOMPARE(button->text(), u"Filters (2)"_s);

    QVERIFY(waitForSearch(panel, [&] { clear->click(); }));
    QCOMPARE(panel.activeFilterCount(), 0);
    QCOMPARE(button->text(), u"Filters"_s);
    QCOMPARE(paper->currentIndex(), 0);
    QVERIFY(page->text().isEmpty());
    QCOMPARE(sort->currentIndex(), 1); // kept
    QCOMPARE(idsOf(*panel.model()), scan(u"春耕"_s));
}

void TestSearchPanel::datesClearWithDelete()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *from = panel.findChild<OptionalDateEdit *>(u"from"_s);
    QVERIFY(from);
    QVERIFY(from->isAny());
    QCOMPARE(from->text(), u"Any"_s);
    // The arrow from "Any" goes to a day near the other end, not to 1800.
    panel.findChild<OptionalDateEdit *>(u"to"_s)->setDate(QDate(2019, 5, 10));
    from->setFocus();
    QTest::keyClick(from, Qt::Key_Up);
    QCOMPARE(from->optionalDate(), QDate(2019, 5, 10));
    QCOMPARE(panel.activeFilterCount(), 2);
    QTest::keyClick(from, Qt::Key_Delete);
    QVERIFY(from->isAny());
    QVERIFY(!from->optionalDate().isValid());
    QCOMPARE(panel.activeFilterCount(), 1);
    QCOMPARE(panel.filters().from, QDate());
}

void TestSearchPanel::settingsRestored()
{
    SearchFilterSettings set;
    {
        SearchPanel panel;
        panel.setLibrary(m_library.get());
        panel.show();
        panel.findChild<QToolButton *>(u"filtersButton"_s)->click();
        auto *paper = panel.findChild<QComboBox *>(u"paper"_s);
        paper->setCurrentIndex(paper->findText(kPapers.at(1)));
        panel.findChild<OptionalDateEdit *>(u"from"_s)->setDate(QDate(2019, 3, 1));
        panel.findChild<OptionalDateEdit *>(u"to"_s)->setDate(QDate(2019, 9, 30));
        QTest::keyClicks(panel.findChild<QLineEdit *>(u"page"_s), u"A2"_s);
        GuiTest::typeText(panel.findChild<QLineEdit *>(u"section"_s), u"经济"_s);
        auto *sort = panel.findChild<QComboBox *>(u"sort"_s);
        sort->setCurrentIndex(sort->findData(int(SearchRequest::Sort::Oldest)));
        set = panel.filters();
        // What is typed is remembered once the typing pauses.
        QTRY_COMPARE(Settings().searchFilters(), set);
    }
    QCOMPARE(set.paper, kPapers.at(1));
    QCOMPARE(set.from, QDate(2019, 3, 1));
    QCOMPARE(set.to, QDate(2019, 9, 30));
    QCOMPARE(set.page, u"A2"_s);
    QCOMPARE(set.section, u"经济"_s);
    QCOMPARE(set.sort, SearchRequest::Sort::Oldest);
    QVERIFY(set.shown);

    // A new panel (the next session) has them in its widgets, and searches with them.
    SearchPanel again;
    again.setLibrary(m_library.get());
    again.show();
    QCOMPARE(again.filters(), set);
    QCOMPARE(again.findChild<QComboBox *>(u"paper"_s)->currentText(), kPapers.at(1));
    QCOMPARE(again.findChild<QLineEdit *>(u"page"_s)->text(), u"A2"_s);
    QVERIFY(again.findChild<QWidget *>(u"filters"_s)->isVisible());
    QCOMPARE(again.findChild<QToolButton *>(u"filtersButton"_s)->text(), u"Filters (5)"_s);
    QVERIFY(waitForSearch(again, [&] { again.setQuery(u"稳步"_s); }));
    QCOMPARE(idsOf(*again.model()), scan(u"稳步"_s, [](const Written &a) {
                 return a.paper == kPapers.at(1) && a.date >= QDate(2019, 3, 1) &&
                        a.date <= QDate(2019, 9, 30) && a.page == u"a2"_s;
             }));

    // A paper the library no longer has stays chosen, to be seen and cleared.
    again.setPapers({kPapers.at(0)});
    QCOMPARE(again.filters().paper, kPapers.at(1));
    QCOMPARE(again.papers(), (QStringList{kPapers.at(0), kPapers.at(1)}));
}

// The doubtful filter and the least confident order (tst_searchresultsmodel
// searches with them) come back in the next session, through the widgets.
void TestSearchPanel::doubtfulAndLeastConfidentRestored()
{
    {
        SearchPanel panel;
        panel.setLibrary(m_library.get());
        panel.show();
        panel.findChild<QToolButton *>(u"filtersButton"_s)->click();
        auto *doubtful = panel.findChild<QCheckBox *>(u"doubtfulOnly"_s);
        auto *sort = panel.findChild<QComboBox *>(u"sort"_s);
        QVERIFY(doubtful && sort);
        QVERIFY(waitForSearch(panel, [&] { panel.setQuery(u"春耕"_s); }));
        QVERIFY(panel.model()->total() > 0);
        QVERIFY(waitForSearch(panel, [&] { doubtful->click(); }));
        QCOMPARE(panel.model()->request().maxConfidence, std::optional<double>(0.99));
        // These issues were written plainly: the parser is sure of every article.
        QCOMPARE(panel.model()->total(), 0);
        QCOMPARE(panel.findChild<QLabel *>(u"status"_s)->text(),
                 u"No articles contain this with these filters."_s);
        QVERIFY(waitForSearch(panel, [&] {
            sort->setCurrentIndex(sort->findData(int(SearchRequest::Sort::LeastConfident)));
        }));
        QCOMPARE(panel.model()->request().sort, SearchRequest::Sort::LeastConfident);
    }
    const SearchFilterSettings saved = Settings().searchFilters();
    QVERIFY(saved.doubtfulOnly);
    QCOMPARE(saved.sort, SearchRequest::Sort::LeastConfident);

    SearchPanel again;
    again.setLibrary(m_library.get());
    QVERIFY(again.findChild<QCheckBox *>(u"doubtfulOnly"_s)->isChecked());
    QCOMPARE(again.findChild<QComboBox *>(u"sort"_s)->currentText(), u"Least confident first"_s);
    QCOMPARE(again.activeFilterCount(), 1);
    QCOMPARE(again.findChild<QToolButton *>(u"filtersButton"_s)->text(), u"Filters (1)"_s);
    // Unticked, the articles come back.
    QVERIFY(waitForSearch(again, [&] { again.setQuery(u"春耕"_s); }));
    QCOMPARE(again.model()->total(), 0);
    QVERIFY(
        waitForSearch(again, [&] { again.findChild<QCheckBox *>(u"doubtfulOnly"_s)->click(); }));
    QCOMPARE(idsOf(*again.model()), scan(u"春耕"_s));
}

void TestSearchPanel::showPeriodSetsTheDays()
{
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    panel.show();
    QVERIFY(!panel.findChild<QWidget *>(u"filters"_s)->isVisible());
    const PeriodRange range = Broadsheet::periodRange(u"2019"_s);
    QVERIFY(waitForSearch(panel, [&] { panel.showPeriod(u"春耕"_s, range.from, range.to); }));
    QCOMPARE(panel.query(), u"春耕"_s);
    QCOMPARE(panel.findChild<OptionalDateEdit *>(u"from"_s)->optionalDate(), QDate(2019, 1, 1));
    QCOMPARE(panel.findChild<OptionalDateEdit *>(u"to"_s)->optionalDate(), QDate(2019, 12, 31));
    QVERIFY(panel.findChild<QWidget *>(u"filters"_s)->isVisible());
    QCOMPARE(panel.activeFilterCount(), 2);
    QCOMPARE(panel.model()->request().from, QDate(2019, 1, 1));
    QCOMPARE(idsOf(*panel.model()), scan(u"春耕"_s, [](const Written &a) {
                 return a.date.isValid() && a.date.year() == 2019;
             }));
    // Another period replaces the days; an open end stays open.
    QVERIFY(waitForSearch(panel, [&] { panel.showPeriod(u"河道"_s, QDate(2020, 1, 1), {}); }));
    QCOMPARE(panel.filters().to, QDate());
    QCOMPARE(idsOf(*panel.model()), scan(u"河道"_s, [](const Written &a) {
                 return a.date.isValid() && a.date >= QDate(2020, 1, 1);
             }));
}

void TestSearchPanel::resultsSayWhereTheyWerePrinted()
{
    SearchHit hit;
    hit.issueTitle = u"issue-0"_s;
    hit.sectionTitle = u"第03版:体育"_s;
    hit.paper = u"辽源日报"_s;
    hit.date = QDate(2019, 2, 20);
    hit.pageNumber = u"03"_s;
    QCOMPARE(SearchResultsModel::placeOf(hit), u"辽源日报 · 2019-02-20 · Page 3"_s);
    hit.pageNumber = u"A02"_s;
    hit.pageName = u"经济"_s;
    hit.article.authors = QStringList{u"王甲"_s, u"李乙"_s};
    QCOMPARE(SearchResultsModel::placeOf(hit),
             u"辽源日报 · 2019-02-20 · Page A2 经济 · 王甲、李乙"_s);
    // Nothing known of the paper, the day or the page: the issue and the section.
    SearchHit bare;
    bare.issueTitle = u"issue-4"_s;
    bare.sectionTitle = u"第01版:要闻"_s;
    QCOMPARE(SearchResultsModel::placeOf(bare), u"issue-4 · 第01版:要闻"_s);

    // As the list has it, from the library.
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    QVERIFY(waitForSearch(panel, [&] { panel.setQuery(u"第1号稿件"_s); }));
    QCOMPARE(panel.model()->rowCount(), 1);
    const QModelIndex index = panel.model()->index(0);
    QCOMPARE(index.data(SearchResultsModel::PaperRole).toString(), kPapers.at(0));
    QCOMPARE(index.data(SearchResultsModel::DateRole).toDate(), QDate(2019, 1, 15));
    // The page where the library knows the file's pages (branch store writes
    // them at import), else the section's marker as printed.
    QCOMPARE(index.data(SearchResultsModel::PlaceRole).toString(),
             index.data(SearchResultsModel::PageRole).toString().isEmpty()
                 ? u"辽源日报 · 2019-01-15 · 第01版：要闻 · 王申"_s
                 : u"辽源日报 · 2019-01-15 · Page 1 要闻 · 王申"_s);
}

void TestSearchPanel::chartButtonAsksForTheTimeline()
{
    SearchPanel panel;
    QSignalSpy asked(&panel, &SearchPanel::timelineRequested);
    panel.setQuery(u" 春耕 "_s);
    auto *chart = panel.findChild<QToolButton *>(u"chart"_s);
    QVERIFY(chart);
    chart->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toString(), u"春耕"_s);
}

void TestSearchPanel::providerCountsAsTheLibrary()
{
    const TimelineProvider provider = libraryTimelineProvider(m_library->path());
    for (const auto unit : {TimelineUnit::Year, TimelineUnit::Month, TimelineUnit::Day}) {
        for (const QString &paper : {QString(), kPapers.at(0)}) {
            TimelineRequest request;
            request.text = u"春耕"_s;
            request.by = unit;
            request.paper = paper;
            const auto expected = m_library->timeline(request);
            QVERIFY(expected.ok());
            // On another thread, as the dialog calls it.
            Result<QList<TimelineBucket>> got = Error{};
            QThread *thread = QThread::create([&] { got = provider(request); });
            thread->start();
            QVERIFY(thread->wait(10000));
            delete thread;
            QVERIFY2(got.ok(), qPrintable(got.errorMessage()));
            QCOMPARE(*got, *expected);
        }
    }
    // No library there: an error, in words.
    const auto missing = libraryTimelineProvider(m_dir.filePath(u"nowhere/none.sqlite"_s))(
        TimelineRequest{u"春耕"_s});
    QVERIFY(!missing.ok());
    QVERIFY(!missing.errorMessage().isEmpty());
}

void TestSearchPanel::windowChartsAndListsAPeriod()
{
    MainWindow window;
    QVERIFY(window.openLibrary(m_library->path(), false));
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.searchPanel()->setQuery(u"春耕"_s);

    auto *action = window.findChild<QAction *>(u"actionChartOverTime"_s);
    QVERIFY(action);
    QVERIFY(!action->icon().isNull());
    action->trigger();
    auto *dialog = window.findChild<TimelineDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->queries(), QStringList{u"春耕"_s});
    auto *papers = dialog->findChild<QComboBox *>(u"paper"_s);
    QCOMPARE(papers->count(), 3); // all, and the two
    QSignalSpy counted(dialog, &TimelineDialog::countingFinished);
    QVERIFY(counted.wait(10000) || !dialog->isCounting());
    QVERIFY(!dialog->chart()->series().isEmpty());

    // The panel's button adds its query to the same dialog.
    window.searchPanel()->setQuery(u"河道"_s);
    window.searchPanel()->findChild<QToolButton *>(u"chart"_s)->click();
    QCOMPARE(window.findChildren<TimelineDialog *>().size(), 1);
    QCOMPARE(dialog->queries(), (QStringList{u"春耕"_s, u"河道"_s}));

    // A bar clicked: its period's articles in the panel.
    SearchPanel *panel = window.searchPanel();
    QVERIFY(waitForSearch(*panel, [&] { emit dialog->periodActivated(u"春耕"_s, u"2019-02"_s); }));
    QCOMPARE(panel->query(), u"春耕"_s);
    QCOMPARE(panel->filters().from, QDate(2019, 2, 1));
    QCOMPARE(panel->filters().to, QDate(2019, 2, 28));
    QVERIFY(panel->isVisible());
    QCOMPARE(idsOf(*panel->model()), scan(u"春耕"_s, [](const Written &a) {
                 return a.date.isValid() && a.date.year() == 2019 && a.date.month() == 2;
             }));
    dialog->close();
}

void TestSearchPanel::screenshot()
{
    // The panel with its filters open at the width the window gives it at
    // 900×600; saved when BROADSHEET_SCREENSHOTS names a folder.
    const QString folder = qEnvironmentVariable("BROADSHEET_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("BROADSHEET_SCREENSHOTS is not set");
    SearchPanel panel;
    panel.setLibrary(m_library.get());
    panel.resize(320, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SearchFilterSettings filters;
    filters.paper = kPapers.at(0);
    filters.from = QDate(2019, 1, 1);
    filters.page = u"1"_s;
    filters.sort = SearchRequest::Sort::Newest;
    filters.shown = true;
    panel.setFilters(filters);
    QVERIFY(waitForSearch(panel, [&] { panel.setQuery(u"春耕"_s); }));
    QVERIFY(panel.grab().save(folder + u"/searchpanel-filters.png"_s));
}

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
