#include "../store/testlibrary.h"
#include "guitestsupport.h"
#include "library.h"
#include "libraryfiltermodel.h"
#include "librarymodel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The library tree model on a real library, under QAbstractItemModelTester.
class TestLibraryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void loadsLazily();
    void structureOfTheSeed();
    void findsArticles();
    void followsTheLibrary();
    void filtersByTitle_data();
    void filtersByTitle();
    void filterTakesInNewIssues();
    void issueRowTellsDoubtsAndCorrections();

private:
    QModelIndex seedIssue(LibraryModel &model) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_seed = 0;
};

void TestLibraryModel::initTestCase()
{
    GuiTest::isolateSettings(m_dir);
    auto library = Library::open(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY(library.ok());
    m_library = std::move(library).value();
    const auto seed = m_library->importFile(GuiTest::seedPath());
    QVERIFY(seed.ok());
    m_seed = seed->issueId;
    QVERIFY(m_library
                ->importFile(
                    QStringLiteral(BROADSHEET_TEST_DATA "/issues/t03_city_congress_voxpop.txt"))
                .ok());
}

QModelIndex TestLibraryModel::seedIssue(LibraryModel &model) const
{
    return model.indexOfIssue(m_seed);
}

void TestLibraryModel::passesTheModelTester()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    model.fetchAll();
    QCOMPARE(model.rowCount(), 2);
    model.refreshIssues();
    LibraryFilterModel filter(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFilterText(u"小镇"_s);
    filter.setFilterText(QString());
}

void TestLibraryModel::loadsLazily()
{
    LibraryModel model;
    model.setLibrary(m_library.get());
    const QModelIndex issue = seedIssue(model);
    QVERIFY(issue.isValid());
    QVERIFY(model.hasChildren(issue));
    QCOMPARE(model.rowCount(issue), 0); // nothing read yet
    QVERIFY(model.canFetchMore(issue));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(issue);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(issue), 2);
    QVERIFY(!model.canFetchMore(issue));
    const QModelIndex section = model.index(0, 0, issue);
    QCOMPARE(model.rowCount(section), 0);
    QVERIFY(model.canFetchMore(section));
}

void TestLibraryModel::structureOfTheSeed()
{
    LibraryModel model;
    model.setLibrary(m_library.get());
    const QModelIndex issue = seedIssue(model);
    // Its articles, and the parser's two doubtful spots in them (tst_doubts).
    QCOMPARE(issue.data().toString(), u"000_36b5ccdd5e2fe302  (8 · 2 doubtful)"_s);
    QVERIFY(issue.data(Qt::ToolTipRole)
                .toString()
                .contains(u"<br>"_s + LibraryModel::tr("%n doubtful spot(s)", nullptr, 2)));
    QVERIFY(!issue.data(Qt::ToolTipRole).toString().contains(u"correction"_s));
    QCOMPARE(LibraryModel::typeOf(issue), LibraryModel::NodeType::Issue);
    model.fetchMore(issue);
    const QModelIndex first = model.index(0, 0, issue);
    const QModelIndex second = model.index(1, 0, issue);
    QCOMPARE(first.data().toString(),
             u"Articles  (5)"_s); // not "(Untitled section)", which read as a parse error
    QCOMPARE(second.data().toString(), u"“抓环境 抓项目 抓落实”项目建设年  (3)"_s);
    model.fetchMore(first);
    QCOMPARE(model.rowCount(first), 5);
    const QModelIndex article = model.index(0, 0, first);
    QCOMPARE(LibraryModel::typeOf(article), LibraryModel::NodeType::Article);
    QCOMPARE(article.data().toString(), u"规划引领 项目支撑 科学布局 统筹推进"_s);
    QVERIFY(article.data(Qt::ToolTipRole)
                .toString()
                .contains(u"市领导检查城市基础设施建设管理工作时强调"_s));
    QVERIFY(article.data(Qt::ToolTipRole).toString().contains(u"王茵"_s));
    QVERIFY(!article.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.hasChildren(article));

    model.fetchMore(second);
    QCOMPARE(model.rowCount(second), 1);
    const QModelIndex group = model.index(0, 0, second);
    QCOMPARE(LibraryModel::typeOf(group), LibraryModel::NodeType::Group);
    QCOMPARE(group.data().toString(), u"全市各界干部群众热议“三抓”项目建设年  (3)"_s);
    QCOMPARE(model.rowCount(group), 3);
    QCOMPARE(model.index(2, 0, group).data().toString(), u"心中有信仰 脚下有力量"_s);
    QCOMPARE(model.articlesUnder(issue).size(), 8);
}

void TestLibraryModel::findsArticles()
{
    LibraryModel model;
    model.setLibrary(m_library.get());
    const auto articles = m_library->articles(m_seed);
    QVERIFY(articles.ok());
    const qint64 seventh = articles->at(6).id;
    const QModelIndex index = model.indexOfArticle(seventh);
    QVERIFY(index.isValid());
    QCOMPARE(LibraryModel::idOf(index), seventh);
    QCOMPARE(index.data().toString(), u"“一年之计在于春”"_s);
    QCOMPARE(LibraryModel::typeOf(index.parent()), LibraryModel::NodeType::Group);
}

void TestLibraryModel::followsTheLibrary()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    const QModelIndex seed = seedIssue(model);
    model.fetchMore(seed);
    QPersistentModelIndex kept(model.index(0, 0, seed));

    // A new issue appears in its place; loaded rows stay loaded.
    const auto added =
        m_library->importFile(QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt"));
    QVERIFY(added.ok());
    model.refreshIssues();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(kept.isValid());
    QVERIFY(model.indexOfIssue(added->issueId).isValid());

    QVERIFY(m_library->removeIssue(added->issueId).ok());
    model.refreshIssues();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.indexOfIssue(added->issueId).isValid());
    QVERIFY(kept.isValid());
}

void TestLibraryModel::filtersByTitle_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("a word") << u"小镇"_s
                            << QStringList{u"我市6个特色产业小镇列入省第一批创建名单"_s};
    QTest::newRow("full-width digit")
        << u"６个"_s << QStringList{u"我市6个特色产业小镇列入省第一批创建名单"_s};
    QTest::newRow("kicker counts")
        << u"时强调"_s << QStringList{u"规划引领 项目支撑 科学布局 统筹推进"_s};
    QTest::newRow("in a group") << u"信仰"_s << QStringList{u"心中有信仰 脚下有力量"_s};
    QTest::newRow("body text does not") << u"柴伟"_s << QStringList();
}

void TestLibraryModel::filtersByTitle()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, titles);
    LibraryModel model;
    model.setLibrary(m_library.get());
    LibraryFilterModel proxy(&model);
    proxy.setFilterText(filter);
    QStringList found;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < proxy.rowCount(parent); ++row) {
            const QModelIndex index = proxy.index(row, 0, parent);
            if (LibraryModel::typeOf(index) == LibraryModel::NodeType::Article)
                found << index.data().toString();
            walk(index);
        }
    };
    walk({});
    QCOMPARE(found, titles);
    if (titles.isEmpty())
        QCOMPARE(proxy.rowCount(), 0);
}

void TestLibraryModel::filterTakesInNewIssues()
{
    LibraryModel model;
    model.setLibrary(m_library.get());
    LibraryFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(u"书房"_s);
    QCOMPARE(proxy.rowCount(), 0);

    // An issue added while the filter is on shows its matching article.
    const auto added =
        m_library->importFile(QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt"));
    QVERIFY(added.ok());
    const auto cleanup = qScopeGuard([&] { m_library->removeIssue(added->issueId); });
    model.refreshIssues();
    proxy.refresh();
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex issue = proxy.index(0, 0);
    const QModelIndex section = proxy.index(0, 0, issue);
    QCOMPARE(proxy.rowCount(section), 1);
    QCOMPARE(proxy.index(0, 0, section).data().toString(), u"市图书馆24小时自助书房开放"_s);
}

// The issue row's count says what the reader should know of the parse: the
// parser's doubts, and that the reader corrected it; a correction made since
// the tree was read shows once it is read again.
void TestLibraryModel::issueRowTellsDoubtsAndCorrections()
{
    QTemporaryDir dir;
    auto opened = Library::open(dir.filePath(u"corrected.sqlite"_s));
    QVERIFY(opened.ok());
    const std::unique_ptr<Library> library = std::move(opened).value();
    const QString path = dir.filePath(u"c01.txt"_s);
    QVERIFY(TestData::writeFile(
        path, TestData::readAll(QStringLiteral(BROADSHEET_TEST_DATA
                                               "/corrections/c01_leads_before_headlines.txt"))));
    QVERIFY(TestData::makeUndated(path));
    const auto c01 = library->importFile(path);
    QVERIFY(c01.ok());
    const auto t01 =
        library->importFile(QStringLiteral(BROADSHEET_TEST_DATA "/issues/t01_spring_farming.txt"));
    QVERIFY(t01.ok());

    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(library.get());
    QModelIndex row = model.indexOfIssue(c01->issueId);
    const QString plain = u"c01  (%1)"_s.arg(c01->articleCount);
    QCOMPARE(row.data().toString(), plain); // no doubt, no correction: the count alone
    QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(u"doubtful"_s));
    const QModelIndex doubtful = model.indexOfIssue(t01->issueId);
    QVERIFY2(doubtful.data().toString().endsWith(u"  (%1 · 2 doubtful)"_s.arg(t01->articleCount)),
             qPrintable(doubtful.data().toString()));

    const auto set = CorrectionSet::fromJson(TestData::readAll(QStringLiteral(
        BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.corrections.json")));
    QVERIFY(set.ok());
    CorrectionSet corrections = *set;
    corrections.sourceSha256 = library->issue(c01->issueId)->sha256;
    QVERIFY(library->setCorrections(c01->issueId, corrections).ok());
    const int count = library->issue(c01->issueId)->correctionCount;
    QVERIFY(count > 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshIssues();
    QCOMPARE(changed.size(), 1); // its row, not the other's
    row = model.indexOfIssue(c01->issueId);
    QCOMPARE(changed.first().first().toModelIndex(), row);
    QCOMPARE(row.data().toString(), u"c01  (%1 · corrected)"_s.arg(c01->articleCount));
    QVERIFY(
        row.data(Qt::ToolTipRole)
            .toString()
            .contains(u"<br>"_s + LibraryModel::tr("%n correction(s) of yours", nullptr, count)));
    QCOMPARE(LibraryModel::countText(8, 2, 1), u"8 · 2 doubtful · corrected"_s);
    QCOMPARE(LibraryModel::countText(-1, 1, 0), u"1 doubtful"_s);

    // Reverted: the count alone again.
    QVERIFY(library->setCorrections(c01->issueId, CorrectionSet{}).ok());
    model.refreshIssues();
    QCOMPARE(model.indexOfIssue(c01->issueId).data().toString(), plain);
}

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
