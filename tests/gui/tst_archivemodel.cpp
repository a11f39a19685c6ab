#include "../store/testlibrary.h"
#include "archivemodel.h"
#include "datetext.h"
#include "guitestsupport.h"
#include "library.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The archive tree over a real library: two papers over three days, pages from
// page markers and from file names, a file of no paper with a guessed date.
class TestArchiveModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void levelsOrderAndCounts();
    void everyArticleIsFound();
    void guessesShowAsGuesses();
    void keysFindRowsAgainAfterRefresh();
    void articlesUnderADayAreByPage();
    void doubtsAndCorrectionsShowInTheRows();
    void collectionsStandFirst(); // last: it adds the collections' row

private:
    QString write(const QString &relative, const QString &text, const QDateTime &modified = {});
    static QString article(const QString &title, const QString &reporter, const QString &body);
    QModelIndex child(const QModelIndex &parent, const QString &startsWith);

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ArchiveModel> m_model;
};

QString TestArchiveModel::article(const QString &title, const QString &reporter,
                                  const QString &body)
{
    return title + u"\n\n本报讯(记者 "_s + reporter + u")"_s + body +
           u"，相关部门负责人介绍了工作进展情况，并就下一步工作作出具体安排部署。\n\n"_s + body +
           u"的各项准备工作已经全部就绪，群众普遍反映良好，纷纷表示支持。\n\n"_s;
}

QString TestArchiveModel::write(const QString &relative, const QString &text,
                                const QDateTime &modified)
{
    const QString path = m_dir.filePath(u"issues/"_s + relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    file.close(); // the time is set once the bytes are written
    if (modified.isValid() && file.open(QIODevice::ReadOnly))
        file.setFileTime(modified, QFileDevice::FileModificationTime);
    return path;
}

void TestArchiveModel::initTestCase()
{
    GuiTest::isolateSettings(m_dir);
    // 辽源日报 of 20 February: two files, one page each, named by the path.
    write(u"lyrb/2019-02-20/01.txt"_s, article(u"市领导检查城市基础设施建设"_s, u"王茵"_s,
                                               u"2月18日，市委书记率队检查城区建设"_s) +
                                           article(u"我市六个特色小镇列入创建名单"_s, u"李明"_s,
                                                   u"省里公布第一批特色小镇创建名单"_s));
    write(u"lyrb/2019-02-20/02.txt"_s,
          article(u"春耕备耕有序推进"_s, u"张华"_s, u"全市各地抢抓农时开展春耕备耕"_s));
    // 21 February: one file of two pages, by its page markers and masthead.
    write(u"lyrb/2019-02-21.txt"_s,
          u"辽源日报 2019年2月21日 星期四\n\n第01版：要闻\n\n"_s +
              article(u"全市经济工作会议召开"_s, u"赵强"_s, u"会议总结了去年经济工作"_s) +
              u"第02版：经济\n\n"_s +
              article(u"工业经济稳中向好"_s, u"孙丽"_s, u"一月份全市规模以上工业增加值增长"_s) +
              article(u"外贸进出口实现开门红"_s, u"周涛"_s, u"一月份全市外贸进出口总额同比增长"_s));
    // March, another paper, by its masthead.
    write(u"misc/jlrb-a.txt"_s,
          u"吉林日报 2019年3月1日 星期五\n\n"_s +
              article(u"全省两会胜利闭幕"_s, u"刘洋"_s, u"省十三届人大二次会议闭幕"_s));
    write(u"lyrb/2019-03-01/01.txt"_s,
          article(u"三月植树季启动"_s, u"陈静"_s, u"全市义务植树活动正式启动"_s));
    // Nothing tells the paper or the date: the file's time is a guess.
    write(u"misc/notes.txt"_s,
          article(u"一份没有报头的稿件"_s, u"吴敏"_s, u"这份文件既没有报名也没有日期"_s),
          QDateTime(QDate(2018, 5, 5), QTime(12, 0)));

    auto library = Library::open(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    m_library = std::move(library).value();
    const ImportReport report = m_library->importPaths({m_dir.filePath(u"issues"_s)});
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.value(0).reason));
    QCOMPARE(report.results.size(), 6);

    m_model = std::make_unique<ArchiveModel>();
    new QAbstractItemModelTester(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_model.get());
    m_model->setLibrary(m_library.get());
    m_model->fetchAll();
}

QModelIndex TestArchiveModel::child(const QModelIndex &parent, const QString &startsWith)
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data().toString().startsWith(startsWith))
            return index;
    }
    return {};
}

void TestArchiveModel::levelsOrderAndCounts()
{
    using Type = LibraryModel::NodeType;
    const auto papers = m_library->newspapers();
    QVERIFY(papers.ok());
    QCOMPARE(m_model->rowCount(), papers->size());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->papers(), QStringList({u"吉林日报"_s, u"辽源日报"_s}));
    // The unknown paper last, under its own name.
    const QModelIndex unknown = m_model->index(2, 0);
    QVERIFY(unknown.data().toString().startsWith(ArchiveModel::tr("Unknown newspaper")));

    const QModelIndex lyrb = child({}, u"辽源日报"_s);
    QCOMPARE(ArchiveModel::typeOf(lyrb), Type::Newspaper);
    QCOMPARE(lyrb.data().toString(), u"辽源日报  (3)"_s); // three days
    QCOMPARE(m_model->rowCount(lyrb), 1);
    const QModelIndex year = m_model->index(0, 0, lyrb);
    QCOMPARE(ArchiveModel::typeOf(year), Type::Year);
    QCOMPARE(year.data().toString(), DateText::year(2019) + u"  (3)"_s);
    QCOMPARE(m_model->rowCount(year), 2);
    const QModelIndex february = m_model->index(0, 0, year);
    QCOMPARE(ArchiveModel::typeOf(february), Type::Month);
    QCOMPARE(february.data().toString(), DateText::month(2019, 2) + u"  (2)"_s);
    QCOMPARE(m_model->index(1, 0, year).data(ArchiveModel::MonthRole).toInt(), 3);

    // Days in order, each with its pages, numbered as printed.
    QCOMPARE(m_model->rowCount(february), 2);
    const QModelIndex day20 = m_model->index(0, 0, february);
    const QModelIndex day21 = m_model->index(1, 0, february);
    QCOMPARE(ArchiveModel::typeOf(day20), Type::Day);
    QCOMPARE(day20.data(ArchiveModel::DateRole).toDate(), QDate(2019, 2, 20));
    QCOMPARE(day21.data(ArchiveModel::DateRole).toDate(), QDate(2019, 2, 21));
    QVERIFY(day20.data().toString().startsWith(DateText::day(QDate(2019, 2, 20))));
    QCOMPARE(day20.data(ArchiveModel::FileIdsRole).value<QList<qint64>>().size(), 2);
    QCOMPARE(day20.data(ArchiveModel::ArticleCountRole).toInt(), 3);

    QCOMPARE(m_model->rowCount(day20), 2);
    QCOMPARE(ArchiveModel::typeOf(m_model->index(0, 0, day20)), Type::Page);
    QVERIFY(m_model->index(0, 0, day20).data().toString().startsWith(DateText::page(u"01"_s)));
    QVERIFY(m_model->index(1, 0, day20).data().toString().startsWith(DateText::page(u"02"_s)));
    QCOMPARE(m_model->rowCount(day21), 2);
    const QModelIndex economy = m_model->index(1, 0, day21);
    QCOMPARE(economy.data().toString(), DateText::page(u"02"_s) + u" 经济  (2)"_s);

    // Counts add up: a day's articles are those of its pages; a paper's those of its days.
    for (const QModelIndex &day : {day20, day21}) {
        int onPages = 0;
        for (int row = 0; row < m_model->rowCount(day); ++row)
            onPages += m_model->index(row, 0, day).data(ArchiveModel::ArticleCountRole).toInt();
        QCOMPARE(onPages, day.data(ArchiveModel::ArticleCountRole).toInt());
        QCOMPARE(m_model->articlesUnder(day).size(), onPages);
    }
    for (int row = 0; row < papers->size(); ++row) {
        const QModelIndex paper = m_model->index(row, 0);
        QCOMPARE(paper.data(ArchiveModel::PaperRole).toString(), papers->at(row).paper);
        QCOMPARE(m_model->articlesUnder(paper).size(), papers->at(row).articleCount);
    }
    QCOMPARE(m_model->filesUnder(lyrb).size(), 4);
}

void TestArchiveModel::everyArticleIsFound()
{
    const auto files = m_library->issues();
    QVERIFY(files.ok());
    int found = 0;
    for (const IssueRecord &file : *files) {
        const auto articles = m_library->articles(file.id);
        QVERIFY(articles.ok());
        for (const ArticleRecord &record : *articles) {
            const QModelIndex index = m_model->indexOfArticle(record.id);
            QVERIFY2(index.isValid(), qPrintable(record.displayTitle()));
            QCOMPARE(ArchiveModel::typeOf(index), LibraryModel::NodeType::Article);
            QCOMPARE(ArchiveModel::idOf(index), record.id);
            QCOMPARE(index.data().toString(), record.displayTitle());
            // Under the day of its file.
            QModelIndex day = index;
            while (day.isValid() && ArchiveModel::typeOf(day) != LibraryModel::NodeType::Day)
                day = day.parent();
            QVERIFY(day.isValid());
            QVERIFY(day.data(ArchiveModel::FileIdsRole).value<QList<qint64>>().contains(file.id));
            QCOMPARE(day.data(ArchiveModel::PaperRole).toString(), file.paper);
            ++found;
        }
    }
    QVERIFY(found >= 9);
    // A fresh model finds them too, reading only the levels on the way.
    ArchiveModel fresh;
    fresh.setLibrary(m_library.get());
    const auto first = m_library->articles(files->first().id);
    QVERIFY(fresh.indexOfArticle(first->first().id).isValid());
}

void TestArchiveModel::guessesShowAsGuesses()
{
    const QModelIndex unknown = m_model->index(2, 0);
    QCOMPARE(unknown.data(ArchiveModel::PaperRole).toString(), QString());
    // The file's time, in May 2018: the unknown paper's only day.
    QModelIndex day = unknown;
    QString path;
    while (day.isValid() && ArchiveModel::typeOf(day) != LibraryModel::NodeType::Day) {
        path += day.data().toString() + u" / "_s;
        day = m_model->index(0, 0, day);
    }
    QVERIFY2(day.isValid(), qPrintable(path));
    QVERIFY2(day.data(ArchiveModel::DateRole).toDate() == QDate(2018, 5, 5),
             qPrintable(day.data().toString()));
    QCOMPARE(m_model->indexOfIssue(QString(), QDate(2018, 5, 5)), day);
    QVERIFY(day.data(ArchiveModel::GuessedRole).toBool());
    QVERIFY(day.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(day.data().toString().contains(u" ?"_s));
    QVERIFY(day.data(Qt::ToolTipRole).toString().contains(u"guessed"_s));
    const QModelIndex dated = m_model->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21));
    QVERIFY(!dated.data(ArchiveModel::GuessedRole).toBool());
    QVERIFY(!dated.data(Qt::FontRole).isValid());
}

void TestArchiveModel::keysFindRowsAgainAfterRefresh()
{
    const QModelIndex page =
        m_model->index(1, 0, m_model->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21)));
    const QString key = ArchiveModel::keyOf(page);
    const QString text = page.data().toString();
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex again = m_model->indexOfKey(key);
    QVERIFY(again.isValid());
    QCOMPARE(again.data().toString(), text);
    QVERIFY(!m_model->indexOfKey(key + u"x"_s).isValid());
    m_model->fetchAll();
}

void TestArchiveModel::articlesUnderADayAreByPage()
{
    const QModelIndex day = m_model->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21));
    const auto stored = m_library->storedArticles(m_model->articlesUnder(day));
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->at(0).pageNumber, u"01"_s);
    QCOMPARE(stored->at(1).pageNumber, u"02"_s);
    QCOMPARE(stored->at(2).pageName, u"经济"_s);
}

// The reader's collections: a first row, each collection with its count, its
// articles read when it is opened; the tester watches the reset and the fetches.
void TestArchiveModel::collectionsStandFirst()
{
    using Type = LibraryModel::NodeType;
    QVERIFY(LibraryModel::typeOf(m_model->index(0, 0)) == Type::Newspaper); // none made yet
    const QModelIndex day = m_model->indexOfIssue(u"辽源日报"_s, QDate(2019, 2, 21));
    const QList<qint64> ids = m_model->articlesUnder(day);
    QVERIFY(ids.size() >= 3);
    const auto made = m_library->createCollection(u"经济 <研究>"_s);
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    QVERIFY(m_library->addToCollection(*made, {ids[0], ids[2]}).ok());
    const auto empty = m_library->createCollection(u"空"_s);
    QVERIFY(empty.ok());
    const int papers = int(m_library->newspapers()->size());
    const QStringList named = m_model->papers();

    m_model->refresh();
    QCOMPARE(m_model->rowCount(), papers + 1);
    const QModelIndex top = m_model->index(0, 0);
    QVERIFY(LibraryModel::typeOf(top) == Type::Collections);
    QCOMPARE(m_model->rowCount(top), 2);
    QCOMPARE(m_model->papers(), named); // the collections are no paper
    const QModelIndex collection = m_model->indexOfCollection(*made);
    QVERIFY(collection.isValid());
    QCOMPARE(collection.parent(), top);
    QVERIFY(LibraryModel::typeOf(collection) == Type::Collection);
    QCOMPARE(collection.data(ArchiveModel::NameRole).toString(), u"经济 <研究>"_s);
    QCOMPARE(collection.data(ArchiveModel::CountRole).toInt(), 2);
    QVERIFY(collection.data().toString().startsWith(u"经济 <研究>"_s));
    QVERIFY(collection.data().toString().contains(u"(2)"_s));
    // The name is data: its tool tip shows it as written.
    QVERIFY(collection.data(Qt::ToolTipRole).toString().contains(u"&lt;研究&gt;"_s));
    QVERIFY(m_model->hasChildren(collection));
    QVERIFY(m_model->canFetchMore(collection));
    m_model->fetchMore(collection);
    QCOMPARE(m_model->rowCount(collection), 2);
    const QModelIndex first = m_model->index(0, 0, collection);
    QVERIFY(LibraryModel::typeOf(first) == Type::Article);
    QCOMPARE(first.data(ArchiveModel::CollectionIdRole).toLongLong(), *made);
    QCOMPARE(m_model->articlesUnder(collection), (QList<qint64>{ids[0], ids[2]}));
    const QModelIndex none = m_model->indexOfCollection(*empty);
    QVERIFY(!m_model->hasChildren(none));
    // Its key finds it again after a refresh; the articles stay in their papers.
    const QString key = ArchiveModel::keyOf(first);
    m_model->refresh();
    QCOMPARE(m_model->indexOfKey(key).data(LibraryModel::IdRole).toLongLong(), ids[0]);
    QVERIFY(m_model->indexOfArticle(ids[0]).isValid());
    QVERIFY(m_model->indexOfArticle(ids[0]).data(ArchiveModel::CollectionIdRole).toLongLong() == 0);
    m_model->fetchAll();

    // The last one gone, the row goes.
    QVERIFY(m_library->removeCollection(*made).ok());
    QVERIFY(m_library->removeCollection(*empty).ok());
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), papers);
}

// A file's doubtful spots show in its issue's row and on the pages that hold
// them, and a corrected file's issue says so: subtly, in the row's count.
void TestArchiveModel::doubtsAndCorrectionsShowInTheRows()
{
    QTemporaryDir dir;
    auto opened = Library::open(dir.filePath(u"doubts.sqlite"_s));
    QVERIFY(opened.ok());
    const std::unique_ptr<Library> library = std::move(opened).value();
    // Undated, each its own issue: t12 has two pages, its two doubts on the first.
    const auto copy = [&](const QString &from, const QString &name) -> qint64 {
        const QString path = dir.filePath(name);
        if (!TestData::writeFile(path, TestData::readAll(from)) || !TestData::makeUndated(path))
            return 0;
        const auto imported = library->importFile(path);
        return imported ? imported->issueId : 0;
    };
    const qint64 t12 =
        copy(QStringLiteral(BROADSHEET_TEST_DATA "/issues/t12_tea_villages.txt"), u"t12.txt"_s);
    const qint64 c01 =
        copy(QStringLiteral(BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.txt"),
             u"c01.txt"_s);
    QVERIFY(t12 && c01);
    const auto set = CorrectionSet::fromJson(TestData::readAll(QStringLiteral(
        BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.corrections.json")));
    QVERIFY(set.ok());
    CorrectionSet corrections = *set;
    corrections.sourceSha256 = library->issue(c01)->sha256;
    QVERIFY(library->setCorrections(c01, corrections).ok());
    const int correctionCount = library->issue(c01)->correctionCount;
    QVERIFY(correctionCount > 0);

    ArchiveModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(library.get());
    model.fetchAll();

    const int t12Articles = library->issue(t12)->articleCount;
    const QModelIndex doubtful = model.indexOfFile(t12);
    QVERIFY(doubtful.isValid());
    QCOMPARE(doubtful.data().toString(), u"t12  (%1 · 2 doubtful)"_s.arg(t12Articles));
    QVERIFY(doubtful.data(Qt::ToolTipRole)
                .toString()
                .contains(u"<br>"_s + LibraryModel::tr("%n doubtful spot(s)", nullptr, 2)));
    QVERIFY(!doubtful.data(Qt::ToolTipRole).toString().contains(u"correction"_s));
    QCOMPARE(model.rowCount(doubtful), 2);
    const QModelIndex second = model.index(0, 0, doubtful);
    const QModelIndex third = model.index(1, 0, doubtful);
    const QString secondText = second.data().toString();
    QVERIFY2(secondText.startsWith(DateText::page(u"02"_s)) &&
                 secondText.endsWith(u"  (%1 · 2 doubtful)"_s.arg(
                     second.data(ArchiveModel::ArticleCountRole).toInt())),
             qPrintable(secondText));
    QVERIFY(second.data(Qt::ToolTipRole)
                .toString()
                .contains(LibraryModel::tr("%n doubtful spot(s)", nullptr, 2)));
    QVERIFY2(!third.data().toString().contains(u"doubtful"_s), qPrintable(third.data().toString()));
    QVERIFY(!third.data(Qt::ToolTipRole).toString().contains(u"doubtful"_s));

    const QModelIndex corrected = model.indexOfFile(c01);
    QVERIFY(corrected.isValid());
    QCOMPARE(corrected.data().toString(),
             u"c01  (%1 · corrected)"_s.arg(library->issue(c01)->articleCount));
    QVERIFY(corrected.data(Qt::ToolTipRole)
                .toString()
                .contains(u"<br>"_s +
                          LibraryModel::tr("%n correction(s) of yours", nullptr, correctionCount)));
    // Its page (the whole file) has no doubt to tell.
    QVERIFY(!model.index(0, 0, corrected).data().toString().contains(u"doubtful"_s));
}

QTEST_MAIN(TestArchiveModel)

#include "tst_archivemodel.moc"
