#include "issuemetadata.h"
#include "library.h"
#include "searchtokenizer.h"
#include "strictskip.h"
#include "testlibrary.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The library as an archive: newspaper → date → page, built from page files in
// the folder and file name styles of real archives; what the user sets; the
// upgrade of a format-4 library.
class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pageSortKey_data();
    void pageSortKey();
    void pageSortKeyOrders();
    void pagesInOrder_data();
    void pagesInOrder();
    void samePageTwice();
    void twoPapersOnOneDate();
    void oneFileOfSeveralPages();
    void countsAtEveryLevel();
    void modificationTimeIsAGuess();
    void userMetadataForSeveralFiles();
    void userMetadataForManyFiles();
    void userMetadataSurvivesReimport();
    void clearingRestoresTheDetectedValue();
    void pageOfAFileOfOnePage();
    void upgradeFromFormat4();
    void adjacentIssueAndIssueDates();

private:
    std::unique_ptr<Library> openLibrary();
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Writes an issue file in the temporary folder; its text differs with `seed`.
    QString write(const QString &name, const QString &masthead, const QStringList &markers,
                  const QString &seed);
    qint64 import(Library &library, const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QDate kDay(2019, 2, 20);

// A short news article the parser reads as one: a title and two paragraphs.
QString article(const QString &title, const QString &seed)
{
    return title + u"\n\n本报讯(记者 王茵)"_s + seed +
           u",市委书记率队深入城区20余处街路、广场、居民小区,检查路桥改造、公园建设等工作。"
           u"\n\n每到一处,都与随行人员沟通交流,详细了解工作设想、推进措施、存在问题及下一步打算。"
           u"\n\n"_s;
}

const QStringList kTitles{u"市领导检查城市基础设施建设"_s, u"全市春耕备耕工作有序开展"_s,
                          u"我市优化营商环境取得新成效"_s, u"老旧小区改造惠及万户居民"_s};

// An issue's text: the masthead line (if any), then each page marker (none
// when empty) with an article under it.
QByteArray issueText(const QString &masthead, const QStringList &markers, const QString &seed)
{
    QString text;
    if (!masthead.isEmpty())
        text += masthead + u"\n\n"_s;
    const QStringList pages = markers.isEmpty() ? QStringList{QString()} : markers;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (!pages[i].isEmpty())
            text += pages[i] + u"\n\n"_s;
        text += article(kTitles[i % kTitles.size()], seed + QString::number(i));
    }
    return text.toUtf8();
}

bool setModified(const QString &file, const QDateTime &time)
{
    QFile f(file);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(time, QFileDevice::FileModificationTime);
}

QStringList numbers(const QList<PageRecord> &pages)
{
    QStringList list;
    for (const PageRecord &page : pages)
        list << page.number;
    return list;
}

bool execRaw(const QString &file, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    if (!SearchTokenizer::registerWith(db)) // the search index's tables name it
        return false;
    char *error = nullptr;
    const bool ok =
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        qWarning() << error;
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

// The column names of a table, in order.
QStringList columns(const QString &file, const QString &table)
{
    sqlite3 *db = nullptr;
    QStringList names;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK)
        return names;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = "SELECT name FROM pragma_table_info('" + table.toUtf8() + "')";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            names << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return names;
}

} // namespace

void TestArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Library> TestArchive::openLibrary()
{
    // One connection, no parsing threads: the tests import file by file.
    auto library = Library::open(path(u"library.sqlite"_s), Library::Options{.importParsers = 0});
    if (!library) {
        qWarning() << library.errorMessage();
        return nullptr;
    }
    return std::move(library).value();
}

QString TestArchive::write(const QString &name, const QString &masthead, const QStringList &markers,
                           const QString &seed)
{
    const QString file = path(name);
    if (!TestData::writeFile(file, issueText(masthead, markers, seed)))
        return {};
    return file;
}

qint64 TestArchive::import(Library &library, const QString &file)
{
    const auto imported = library.importFile(file);
    if (!imported) {
        qWarning() << imported.errorMessage();
        return 0;
    }
    return imported->issueId;
}

void TestArchive::pageSortKey_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("key");
    QTest::newRow("1") << u"1"_s << 1;
    QTest::newRow("03") << u"03"_s << 3;
    QTest::newRow("12") << u"12"_s << 12;
    QTest::newRow("第03版") << u"第03版"_s << 3;
    QTest::newRow("三") << u"三"_s << 3;
    QTest::newRow("第三版") << u"第三版"_s << 3;
    QTest::newRow("十") << u"十"_s << 10;
    QTest::newRow("十二") << u"十二"_s << 12;
    QTest::newRow("二十") << u"二十"_s << 20;
    QTest::newRow("二十三") << u"二十三"_s << 23;
    QTest::newRow("一〇二") << u"一〇二"_s << 102;
    QTest::newRow("A1") << u"A1"_s << 100001;
    QTest::newRow("a02") << u"a02"_s << 100002;
    QTest::newRow("full-width Ａ２") << u"Ａ２"_s << 100002;
    QTest::newRow("第A3版") << u"第A3版"_s << 100003;
    QTest::newRow("B1") << u"B1"_s << 200001;
    QTest::newRow("empty") << QString() << kUnknownPageSortKey;
    QTest::newRow("头版") << u"头版"_s << kUnknownPageSortKey;
    QTest::newRow("二三十") << u"二三十"_s << kUnknownPageSortKey;
    QTest::newRow("12AB") << u"12AB"_s << kUnknownPageSortKey;
}

void TestArchive::pageSortKey()
{
    QFETCH(QString, number);
    QFETCH(int, key);
    QCOMPARE(Broadsheet::pageSortKey(number), key);
}

void TestArchive::pageSortKeyOrders()
{
    const QStringList ordered{u"1"_s,  u"2"_s,  u"03"_s,  u"第四版"_s, u"12"_s,
                              u"A1"_s, u"A2"_s, u"A12"_s, u"B1"_s,     u""_s};
    for (qsizetype i = 1; i < ordered.size(); ++i)
        QVERIFY2(Broadsheet::pageSortKey(ordered[i - 1]) < Broadsheet::pageSortKey(ordered[i]),
                 qPrintable(ordered[i - 1] + u" < "_s + ordered[i]));
}

void TestArchive::pagesInOrder_data()
{
    QTest::addColumn<QStringList>("files");   // in the order they are imported
    QTest::addColumn<QStringList>("markers"); // the page marker each prints, or a test issue
    QTest::addColumn<QString>("masthead");    // the first line of each file
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("paperSource"); // empty: no paper
    QTest::addColumn<QString>("dateSource");
    QTest::addColumn<QStringList>("pages"); // in order
    QTest::addColumn<QString>("pageSource");

    QTest::newRow("lyrb/2019-02-20/01.txt")
        << QStringList{u"lyrb/2019-02-20/03.txt"_s, u"lyrb/2019-02-20/01.txt"_s,
                       u"lyrb/2019-02-20/12.txt"_s, u"lyrb/2019-02-20/02.txt"_s}
        << QStringList{u""_s, u""_s, u""_s, u""_s} << QString() << u"辽源日报"_s << u"path"_s
        << u"path"_s << QStringList{u"01"_s, u"02"_s, u"03"_s, u"12"_s} << u"path"_s;
    QTest::newRow("20190220_A02.txt")
        << QStringList{u"20190220_B01.txt"_s, u"20190220_A12.txt"_s, u"20190220_A02.txt"_s,
                       u"20190220_A01.txt"_s}
        << QStringList{u""_s, u""_s, u""_s, u""_s} << QString() << QString() << QString()
        << u"path"_s << QStringList{u"A01"_s, u"A02"_s, u"A12"_s, u"B01"_s} << u"path"_s;
    QTest::newRow("辽源日报/2019年02月20日/第03版.txt")
        << QStringList{u"辽源日报/2019年02月20日/第03版.txt"_s,
                       u"辽源日报/2019年02月20日/第01版.txt"_s,
                       u"辽源日报/2019年02月20日/第02版.txt"_s}
        << QStringList{u""_s, u""_s, u""_s} << QString() << u"辽源日报"_s << u"path"_s << u"path"_s
        << QStringList{u"01"_s, u"02"_s, u"03"_s} << u"path"_s;
    QTest::newRow("page markers and a masthead")
        << QStringList{u"c.txt"_s, u"a.txt"_s, u"b.txt"_s}
        << QStringList{u"第03版：要闻"_s, u"第一版"_s, u"第02版：经济"_s}
        << u"辽源日报 2019年2月20日 星期三"_s << u"辽源日报"_s << u"text"_s << u"text"_s
        << QStringList{u"一"_s, u"02"_s, u"03"_s} << u"text"_s;
    QTest::newRow("a date line, the paper from the folder")
        << QStringList{u"lyrb/p2.txt"_s, u"lyrb/p1.txt"_s}
        << QStringList{u"A2版 要闻"_s, u"A1版 要闻"_s} << u"2019年2月20日 星期三"_s << u"辽源日报"_s
        << u"path"_s << u"text"_s << QStringList{u"A1"_s, u"A2"_s} << u"text"_s;
    // Test issues (no masthead) filed under 2019/02/20 folders: t07 holds two pages.
    QTest::newRow("test issues in rmrb/2019/02/20/")
        << QStringList{u"rmrb/2019/02/20/t05.txt"_s, u"rmrb/2019/02/20/t02.txt"_s,
                       u"rmrb/2019/02/20/t07.txt"_s}
        << QStringList{u"@t05_sports"_s, u"@t02_courts_law"_s, u"@t07_environment_jumps"_s}
        << QString() << u"人民日报"_s << u"path"_s << u"path"_s
        << QStringList{u"01"_s, u"02"_s, u"03"_s, u"06"_s} << u"text"_s;
}

void TestArchive::pagesInOrder()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, markers);
    QFETCH(QString, masthead);
    QFETCH(QString, paper);
    QFETCH(QString, paperSource);
    QFETCH(QString, dateSource);
    QFETCH(QStringList, pages);
    QFETCH(QString, pageSource);

    auto library = openLibrary();
    QVERIFY(library);
    int articles = 0;
    QStringList paths;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QString file;
        if (markers[i].startsWith(u'@')) {
            file = path(files[i]);
            QVERIFY(TestData::writeFile(
                file, TestData::readAll(QStringLiteral(BROADSHEET_TEST_DATA "/issues/") +
                                        markers[i].mid(1) + u".txt"_s)));
        } else {
            file = write(files[i], masthead,
                         markers[i].isEmpty() ? QStringList() : QStringList{markers[i]}, files[i]);
        }
        QVERIFY(!file.isEmpty());
        const auto imported = library->importFile(file);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->outcome, ImportResult::Outcome::Imported);
        QVERIFY2(imported->samePageAs.isEmpty(), qPrintable(imported->samePageAs));
        articles += imported->articleCount;
        paths << QFileInfo(file).canonicalFilePath();
    }

    // One newspaper, one issue of every file, its pages in order.
    const auto papers = library->newspapers();
    QVERIFY(papers.ok());
    QCOMPARE(papers->size(), 1);
    QCOMPARE(papers->first().paper, paper);
    QCOMPARE(papers->first().issueCount, 1);
    QCOMPARE(papers->first().articleCount, articles);
    const auto issues = library->archiveIssues(paper, 2019, 2);
    QVERIFY(issues.ok());
    QCOMPARE(issues->size(), 1);
    const ArchiveIssueRecord &issue = issues->first();
    QCOMPARE(issue.date, kDay);
    QCOMPARE(issue.paper, paper);
    QCOMPARE(issue.fileIds.size(), files.size());
    QCOMPARE(issue.pageCount, pages.size());
    QCOMPARE(issue.articleCount, articles);
    QCOMPARE(issue.paperSource ? metadataSourceName(*issue.paperSource) : QString(), paperSource);
    QCOMPARE(issue.dateSource ? metadataSourceName(*issue.dateSource) : QString(), dateSource);

    const auto onPages = library->archivePages(paper, kDay);
    QVERIFY(onPages.ok());
    QCOMPARE(numbers(*onPages), pages);
    int onAllPages = 0;
    for (const PageRecord &page : *onPages) {
        QVERIFY(page.position >= 0);
        QCOMPARE(metadataSourceName(page.numberSource.value_or(MetadataSource::User)), pageSource);
        QVERIFY(paths.contains(page.sourcePath));
        QVERIFY(page.firstLine > 0 && page.lastLine >= page.firstLine);
        QVERIFY(page.articleCount > 0);
        onAllPages += page.articleCount;
    }
    QCOMPARE(onAllPages, articles);
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::samePageTwice()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QString first = write(u"lyrb/2019-02-20/01.txt"_s, {}, {}, u"一"_s);
    const auto imported = library->importFile(first);
    QVERIFY(imported.ok());
    QVERIFY(imported->samePageAs.isEmpty());

    // The same bytes elsewhere: already there.
    const QString copy = path(u"copy/lyrb-20190220-01.txt"_s);
    QVERIFY(TestData::writeFile(copy, TestData::readAll(first)));
    const auto again = library->importFile(copy);
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, ImportResult::Outcome::AlreadyPresent);
    QCOMPARE(again->issueId, imported->issueId);

    // Other bytes, the same page of the same paper and date: imported, and told.
    const QString other = write(u"other/辽源日报/2019年02月20日/第1版.txt"_s, {}, {}, u"二"_s);
    const auto second = library->importFile(other);
    QVERIFY(second.ok());
    QCOMPARE(second->outcome, ImportResult::Outcome::Imported);
    QCOMPARE(second->samePageAs, QFileInfo(first).canonicalFilePath());

    // Another page of that issue is no such page.
    const QString page2 = write(u"lyrb/2019-02-20/02.txt"_s, {}, {}, u"三"_s);
    const auto third = library->importFile(page2);
    QVERIFY(third.ok());
    QVERIFY(third->samePageAs.isEmpty());
    const auto pages = library->archivePages(u"辽源日报"_s, kDay);
    QVERIFY(pages.ok());
    QCOMPARE(numbers(*pages), (QStringList{u"01"_s, u"1"_s, u"02"_s}));
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::twoPapersOnOneDate()
{
    auto library = openLibrary();
    QVERIFY(library);
    QVERIFY(import(*library, write(u"lyrb/2019-02-20/01.txt"_s, {}, {}, u"a"_s)));
    QVERIFY(import(*library, write(u"rmrb/2019-02-20/01.txt"_s, {}, {}, u"b"_s)));
    QVERIFY(import(*library, write(u"rmrb/2019-02-20/02.txt"_s, {}, {}, u"c"_s)));
    const auto papers = library->newspapers();
    QVERIFY(papers.ok());
    QCOMPARE(papers->size(), 2);
    QCOMPARE(papers->at(0).paper, u"人民日报"_s);
    QCOMPARE(papers->at(1).paper, u"辽源日报"_s);
    QCOMPARE(papers->at(0).issueCount, 1);
    QCOMPARE(papers->at(1).issueCount, 1);
    for (const QString &paper : {u"人民日报"_s, u"辽源日报"_s}) {
        const auto issues = library->archiveIssues(paper, 2019, 2);
        QVERIFY(issues.ok());
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->first().fileIds.size(), paper == u"人民日报"_s ? 2 : 1);
    }
    QCOMPARE(*library->issueDates(QString(), {}, {}), QList<QDate>{kDay});
    QVERIFY(library->checkIntegrity().ok());
    // Counts that are not the files' are found.
    QVERIFY(execRaw(path(u"library.sqlite"_s), u"UPDATE archive_years SET issues = 7"_s));
    QVERIFY(!library->checkIntegrity().ok());
}

void TestArchive::oneFileOfSeveralPages()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QString file = write(u"scan.txt"_s, u"辽源日报 2019年2月20日 星期三 第1234期"_s,
                               {u"第01版：要闻"_s, u"第02版：经济"_s, u"第03版：社会"_s}, u"x"_s);
    const qint64 id = import(*library, file);
    QVERIFY(id);
    const auto issues = library->archiveIssues(u"辽源日报"_s, 2019, 2);
    QVERIFY(issues.ok());
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->first().fileIds, QList<qint64>{id});
    QCOMPARE(issues->first().pageCount, 3);
    QCOMPARE(issues->first().edition, u"第1234期"_s);
    QCOMPARE(issues->first().editionSource, MetadataSource::Text);

    const auto pages = library->pagesOfFile(id);
    QVERIFY(pages.ok());
    QCOMPARE(numbers(*pages), (QStringList{u"01"_s, u"02"_s, u"03"_s}));
    QCOMPARE(pages->at(1).name, u"经济"_s);
    QCOMPARE(pages->at(1).nameSource, MetadataSource::Text);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pages->at(i).position, i);
        QCOMPARE(pages->at(i).articleCount, 1);
        if (i > 0)
            QVERIFY(pages->at(i).firstLine > pages->at(i - 1).lastLine);
    }

    // Page 2: its section, its article; the article knows its page.
    const auto sections = library->sectionsOnPage(id, 1);
    QVERIFY(sections.ok());
    QCOMPARE(sections->size(), 1);
    QCOMPARE(sections->first().title, u"第02版：经济"_s);
    QCOMPARE(sections->first().articleCount, 1);
    const auto entries = library->sectionEntriesOnPage(sections->first().id, 1);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().article.title, kTitles[1]);
    QVERIFY(library->sectionEntriesOnPage(sections->first().id, 0)->isEmpty());
    QCOMPARE(library->sectionsOnPage(id, -1)->size(), 3);
    const auto stored = library->article(entries->first().article.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->paper, u"辽源日报"_s);
    QCOMPARE(stored->date, kDay);
    QCOMPARE(stored->pageNumber, u"02"_s);
    QCOMPARE(stored->pageName, u"经济"_s);

    const auto record = library->issue(id);
    QVERIFY(record.ok());
    QCOMPARE(record->pageCount, 3);
    QCOMPARE(record->articleCount, 3);
    QCOMPARE(record->edition, u"第1234期"_s);
    QCOMPARE(record->paperSource, MetadataSource::Text);
    QCOMPARE(record->title, u"辽源日报 2019-02-20"_s);
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::countsAtEveryLevel()
{
    auto library = openLibrary();
    QVERIFY(library);
    QHash<QString, int> articles; // by paper
    const auto add = [&](const QString &name, const QString &paper,
                         const QStringList &markers = {}) {
        const QString file = write(name, {}, markers, name);
        const auto imported = library->importFile(file);
        if (!imported)
            return QString();
        articles[paper] += imported->articleCount;
        return file;
    };
    // 辽源日报: four issues in two years, one of two files, one of a file of two pages.
    QVERIFY(!add(u"lyrb/2019-02-20/01.txt"_s, u"辽源日报"_s).isEmpty());
    QVERIFY(!add(u"lyrb/2019-02-20/02.txt"_s, u"辽源日报"_s).isEmpty());
    QVERIFY(!add(u"lyrb/2019-02-21/all.txt"_s, u"辽源日报"_s, {u"第1版"_s, u"第2版"_s}).isEmpty());
    QVERIFY(!add(u"lyrb/2019-03-01/01.txt"_s, u"辽源日报"_s).isEmpty());
    QVERIFY(!add(u"lyrb/2020-01-05/01.txt"_s, u"辽源日报"_s).isEmpty());
    // 人民日报: one issue.
    QVERIFY(!add(u"rmrb/2019-02-20/01.txt"_s, u"人民日报"_s).isEmpty());
    // No paper: one dated issue, two undated files (modified in 2150: no issue date).
    QVERIFY(!add(u"scans/20190505.txt"_s, QString()).isEmpty());
    for (const QString &name : {u"scans/a.txt"_s, u"scans/b.txt"_s}) {
        const QString file = path(name);
        QVERIFY(TestData::writeFile(file, issueText({}, {}, name)));
        if (!setModified(file, QDateTime(QDate(2150, 1, 1), QTime(12, 0))) ||
            QFileInfo(file).lastModified().date().year() != 2150)
            BROADSHEET_SKIP("the file system keeps no modification time after 2038");
        const auto imported = library->importFile(file);
        QVERIFY(imported.ok());
        articles[QString()] += imported->articleCount;
    }

    const auto papers = library->newspapers();
    QVERIFY(papers.ok());
    QCOMPARE(*papers, (QList<NewspaperRecord>{{u"人民日报"_s, 1, articles[u"人民日报"_s]},
                                              {u"辽源日报"_s, 4, articles[u"辽源日报"_s]},
                                              {QString(), 3, articles[QString()]}}));

    const auto lyrbYears = library->years(u"辽源日报"_s);
    QVERIFY(lyrbYears.ok());
    QCOMPARE(lyrbYears->size(), 2);
    QCOMPARE(lyrbYears->at(0).year, 2019);
    QCOMPARE(lyrbYears->at(0).month, 0);
    QCOMPARE(lyrbYears->at(0).issueCount, 3);
    QCOMPARE(lyrbYears->at(1).year, 2020);
    QCOMPARE(lyrbYears->at(1).issueCount, 1);
    QCOMPARE(lyrbYears->at(0).articleCount + lyrbYears->at(1).articleCount,
             articles[u"辽源日报"_s]);

    const auto months = library->months(u"辽源日报"_s, 2019);
    QVERIFY(months.ok());
    QCOMPARE(months->size(), 2);
    QCOMPARE(months->at(0).month, 2);
    QCOMPARE(months->at(0).issueCount, 2);
    QCOMPARE(months->at(1).month, 3);
    QCOMPARE(months->at(1).issueCount, 1);
    QCOMPARE(months->at(0).articleCount + months->at(1).articleCount,
             lyrbYears->at(0).articleCount);

    const auto february = library->archiveIssues(u"辽源日报"_s, 2019, 2);
    QVERIFY(february.ok());
    QCOMPARE(february->size(), 2);
    QCOMPARE(february->at(0).date, kDay);
    QCOMPARE(february->at(0).fileIds.size(), 2);
    QCOMPARE(february->at(0).pageCount, 2);
    QCOMPARE(february->at(1).date, QDate(2019, 2, 21));
    QCOMPARE(february->at(1).fileIds.size(), 1);
    QCOMPARE(february->at(1).pageCount, 2);
    QCOMPARE(february->at(0).articleCount + february->at(1).articleCount,
             months->at(0).articleCount);

    // The unknown paper: 2019, then year 0 with the undated files, one issue each.
    const auto unknownYears = library->years(QString());
    QVERIFY(unknownYears.ok());
    QCOMPARE(*unknownYears, (QList<PeriodRecord>{{2019, 0, 1, unknownYears->at(0).articleCount},
                                                 {0, 0, 2, unknownYears->at(1).articleCount}}));
    QCOMPARE(unknownYears->at(0).articleCount + unknownYears->at(1).articleCount,
             articles[QString()]);
    QVERIFY(library->months(QString(), 0)->isEmpty());
    const auto undated = library->archiveIssues(QString(), 0, 0);
    QVERIFY(undated.ok());
    QCOMPARE(undated->size(), 2);
    for (const ArchiveIssueRecord &issue : *undated) {
        QVERIFY(!issue.date.isValid());
        QVERIFY(!issue.dateSource);
        QCOMPARE(issue.fileIds.size(), 1);
        QCOMPARE(issue.pageCount, 1);
        // A file naming no page is one page: the whole file.
        const auto pages = library->pagesOfFile(issue.fileIds.first());
        QVERIFY(pages.ok());
        QCOMPARE(pages->size(), 1);
        QCOMPARE(pages->first().position, -1);
        QVERIFY(pages->first().number.isEmpty());
        QCOMPARE(pages->first().firstLine, 1);
        QCOMPARE(pages->first().articleCount, issue.articleCount);
    }
    const auto may = library->archiveIssues(QString(), 2019, 5);
    QVERIFY(may.ok());
    QCOMPARE(may->size(), 1);
    QCOMPARE(may->first().date, QDate(2019, 5, 5));
    QVERIFY(library->archiveIssues(u"辽源日报"_s, 2019, 4)->isEmpty());
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::modificationTimeIsAGuess()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QString file = write(u"misc/scan.txt"_s, {}, {}, u"g"_s);
    const QDateTime modified(QDate(2018, 5, 6), QTime(12, 0));
    QVERIFY(setModified(file, modified));
    const qint64 id = import(*library, file);
    QVERIFY(id);
    const auto metadata = library->issueMetadata(id);
    QVERIFY(metadata.ok());
    QVERIFY(metadata->date);
    QCOMPARE(metadata->date->value, QDate(2018, 5, 6));
    QCOMPARE(metadata->date->source, MetadataSource::Guess);
    QVERIFY(!metadata->newspaper);
    QVERIFY(metadata->pages.isEmpty());
    const auto record = library->issue(id);
    QCOMPARE(record->dateSource, MetadataSource::Guess);
    QCOMPARE(record->title, u"scan"_s); // a guess is not the issue's name
    const auto issues = library->archiveIssues(QString(), 2018, 5);
    QVERIFY(issues.ok());
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->first().dateSource, MetadataSource::Guess);
    // A file's text and path are not guesses: loadIssue gives back its metadata.
    const auto loaded = library->loadIssue(id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->metadata, *metadata);
    QVERIFY(!loaded->date.isValid());
}

void TestArchive::userMetadataForSeveralFiles()
{
    auto library = openLibrary();
    QVERIFY(library);
    QList<qint64> ids;
    for (const QString &name : {u"box/a.txt"_s, u"box/b.txt"_s, u"box/c.txt"_s})
        ids << import(*library, write(name, {}, {}, name));
    QVERIFY(!ids.contains(0));
    MetadataEdit edit;
    edit.newspaper = u"辽源日报"_s;
    edit.date = kDay;
    edit.edition = u"第5678期"_s;
    QVERIFY(library->setUserMetadata(ids, edit).ok());

    const auto papers = library->newspapers();
    QVERIFY(papers.ok());
    QCOMPARE(papers->size(), 1);
    QCOMPARE(papers->first().paper, u"辽源日报"_s);
    QCOMPARE(papers->first().issueCount, 1);
    const auto issues = library->archiveIssues(u"辽源日报"_s, 2019, 2);
    QVERIFY(issues.ok());
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->first().fileIds, ids);
    QCOMPARE(issues->first().paperSource, MetadataSource::User);
    QCOMPARE(issues->first().dateSource, MetadataSource::User);
    QCOMPARE(issues->first().edition, u"第5678期"_s);
    for (const qint64 id : std::as_const(ids)) {
        const auto metadata = library->issueMetadata(id);
        QCOMPARE(metadata->newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::User}));
        QCOMPARE(metadata->date, (Sourced<QDate>{kDay, MetadataSource::User}));
        QCOMPARE(library->issue(id)->title, u"辽源日报 2019-02-20"_s);
    }
    // Search and the reading pane see the paper.
    const auto stored = library->storedArticles({library->articles(ids[1])->first().id});
    QCOMPARE(stored->first().paper, u"辽源日报"_s);

    // Nothing to change, or an issue that is not there: nothing changes.
    QVERIFY(library->setUserMetadata(ids, MetadataEdit{}).ok());
    MetadataEdit other;
    other.newspaper = u"人民日报"_s;
    const Status missing = library->setUserMetadata({ids[0], 99999}, other);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(library->issue(ids[0])->paper, u"辽源日报"_s);
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::userMetadataForManyFiles()
{
    // "These 300 files are 辽源日报": one call, one transaction.
    auto library = openLibrary();
    QVERIFY(library);
    QStringList files;
    for (int i = 0; i < 300; ++i) {
        const QString name = u"many/%1/%2.txt"_s.arg(QString::number(i / 20), QString::number(i));
        QVERIFY(TestData::writeFile(path(name), issueText({}, {}, name)));
        files << path(name);
    }
    const ImportReport report = library->importPaths({path(u"many"_s)});
    QCOMPARE(report.results.size(), 300);
    QList<qint64> ids;
    for (const ImportResult &result : report.results)
        ids << result.issueId;
    MetadataEdit edit;
    edit.newspaper = u"辽源日报"_s;
    edit.date = kDay;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(library->setUserMetadata(ids, edit).ok());
    qInfo() << "set the metadata of 300 files in" << timer.elapsed() << "ms";
    const auto issues = library->archiveIssues(u"辽源日报"_s, 2019, 2);
    QVERIFY(issues.ok());
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->first().fileIds.size(), 300);
    QCOMPARE(issues->first().pageCount, 300);
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::userMetadataSurvivesReimport()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QString file = write(u"box/scan.txt"_s, {}, {}, u"s"_s);
    const qint64 id = import(*library, file);
    QVERIFY(id);
    MetadataEdit edit;
    edit.newspaper = u"辽源日报"_s;
    edit.date = kDay;
    QVERIFY(library->setUserMetadata({id}, edit).ok());

    // Removed and imported again: what the user set is still there.
    QVERIFY(library->removeIssue(id).ok());
    QVERIFY(library->newspapers()->isEmpty());
    const qint64 again = import(*library, file);
    QVERIFY(again && again != id);
    auto metadata = library->issueMetadata(again);
    QCOMPARE(metadata->newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::User}));
    QCOMPARE(metadata->date, (Sourced<QDate>{kDay, MetadataSource::User}));

    // The file changes at the same path: its issue is replaced and keeps them.
    QVERIFY(TestData::writeFile(file, issueText({}, {}, u"changed"_s)));
    const auto replaced = library->importFile(file);
    QVERIFY(replaced.ok());
    QCOMPARE(replaced->outcome, ImportResult::Outcome::Replaced);
    QCOMPARE(replaced->title, u"辽源日报 2019-02-20"_s);
    metadata = library->issueMetadata(replaced->issueId);
    QCOMPARE(metadata->newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::User}));
    QCOMPARE(metadata->date, (Sourced<QDate>{kDay, MetadataSource::User}));
    QCOMPARE(library->newspapers()->size(), 1);
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::clearingRestoresTheDetectedValue()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QString file = write(u"lyrb/2019-02-20/01.txt"_s, {}, {}, u"c"_s);
    const qint64 id = import(*library, file);
    QVERIFY(id);
    const auto detected = library->issueMetadata(id);
    QVERIFY(detected.ok());
    QCOMPARE(detected->newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::Path}));

    MetadataEdit edit;
    edit.newspaper = u"人民日报"_s;
    edit.date = QDate(2019, 2, 21);
    QVERIFY(library->setUserMetadata({id}, edit).ok());
    QCOMPARE(library->newspapers()->first().paper, u"人民日报"_s);

    // The paper cleared, the date kept.
    MetadataEdit clear;
    clear.newspaper = QString();
    QVERIFY(library->setUserMetadata({id}, clear).ok());
    auto metadata = library->issueMetadata(id);
    QCOMPARE(metadata->newspaper, detected->newspaper);
    QCOMPARE(metadata->date, (Sourced<QDate>{QDate(2019, 2, 21), MetadataSource::User}));
    // Then the date: all as detected, even after the file is gone.
    QVERIFY(QFile::remove(file));
    clear = MetadataEdit{};
    clear.date = QDate();
    QVERIFY(library->setUserMetadata({id}, clear).ok());
    QCOMPARE(*library->issueMetadata(id), *detected);
    QCOMPARE(library->newspapers()->first().paper, u"辽源日报"_s);
    QCOMPARE(*library->issueDates(u"辽源日报"_s, {}, {}), QList<QDate>{kDay});
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::pageOfAFileOfOnePage()
{
    auto library = openLibrary();
    QVERIFY(library);
    const qint64 id = import(*library, write(u"box/scan.txt"_s, {}, {}, u"p"_s));
    QVERIFY(id);
    QCOMPARE(library->pagesOfFile(id)->first().position, -1);

    MetadataEdit edit;
    edit.pageNumber = u"05"_s;
    edit.pageName = u"副刊"_s;
    QVERIFY(library->setUserMetadata({id}, edit).ok());
    auto pages = library->pagesOfFile(id);
    QVERIFY(pages.ok());
    QCOMPARE(pages->size(), 1);
    QCOMPARE(pages->first().position, 0);
    QCOMPARE(pages->first().number, u"05"_s);
    QCOMPARE(pages->first().numberSource, MetadataSource::User);
    QCOMPARE(pages->first().name, u"副刊"_s);
    QCOMPARE(pages->first().articleCount, 1);
    const auto articles = library->articles(id);
    const auto stored = library->article(articles->first().id);
    QCOMPARE(stored->pageNumber, u"05"_s);
    QCOMPARE(stored->pageName, u"副刊"_s);
    QCOMPARE(library->sectionsOnPage(id, 0)->size(), 1);

    // Page fields leave files of several pages alone.
    const qint64 several =
        import(*library, write(u"box/two.txt"_s, {}, {u"第1版"_s, u"第2版"_s}, u"t"_s));
    QVERIFY(library->setUserMetadata({several}, edit).ok());
    QCOMPARE(numbers(*library->pagesOfFile(several)), (QStringList{u"1"_s, u"2"_s}));

    MetadataEdit clear;
    clear.pageNumber = QString();
    clear.pageName = QString();
    QVERIFY(library->setUserMetadata({id}, clear).ok());
    pages = library->pagesOfFile(id);
    QCOMPARE(pages->size(), 1);
    QCOMPARE(pages->first().position, -1);
    QVERIFY(library->article(articles->first().id)->pageNumber.isEmpty());
    QVERIFY(library->checkIntegrity().ok());
}

void TestArchive::upgradeFromFormat4()
{
    // A library as format 4 left it: made now, then stripped of what format 5
    // added, its paper and date columns holding only what the text says.
    const QString libraryFile = path(u"library.sqlite"_s);
    const QString masthead = write(u"old/scan.txt"_s, u"辽源日报 2019年2月20日 星期三 第1234期"_s,
                                   {u"第01版：要闻"_s, u"第02版：经济"_s}, u"m"_s);
    const QString lyrb = write(u"old/lyrb/2019-02-21/03.txt"_s, {}, {}, u"l"_s);
    const QString gone = write(u"old/gone.txt"_s, {}, {}, u"g"_s);
    qint64 mastheadId = 0, lyrbId = 0, goneId = 0;
    {
        auto library = openLibrary();
        QVERIFY(library);
        mastheadId = import(*library, masthead);
        lyrbId = import(*library, lyrb);
        goneId = import(*library, gone);
        QVERIFY(mastheadId && lyrbId && goneId);
    }
    QVERIFY(QFile::remove(gone));
    QVERIFY(execRaw(
        libraryFile,
        // Format 7's corrections first, then format 6's desk, then format 5's archive.
        u"DROP TABLE companions; ALTER TABLE issues DROP COLUMN fingerprint; DROP TABLE corrections; DROP TABLE issue_doubts;"
        "ALTER TABLE articles DROP COLUMN confidence; ALTER TABLE articles DROP COLUMN parser_title;"
        "DROP TABLE article_notes; DROP TABLE article_tags; DROP TABLE collection_items;"
        "DROP TABLE collections; DROP INDEX articles_by_first_line;"
        "ALTER TABLE articles DROP COLUMN first_line;"
        "DROP TRIGGER archive_years_insert; DROP TRIGGER archive_years_delete;"
        "DROP TRIGGER archive_years_update; DROP TABLE archive_years;"
        "UPDATE issues SET paper = CASE WHEN paper_source = 'text' THEN paper END, "
        "issue_date = CASE WHEN date_source = 'text' THEN issue_date END;"
        "DROP INDEX issues_by_paper_date; DROP INDEX issues_by_date;"
        "DROP TABLE pages; DROP TABLE user_metadata;"
        "ALTER TABLE issues DROP COLUMN paper_source; ALTER TABLE issues DROP COLUMN date_source;"
        "ALTER TABLE issues DROP COLUMN edition; ALTER TABLE issues DROP COLUMN edition_source;"
        "ALTER TABLE issues DROP COLUMN article_count; ALTER TABLE issues DROP COLUMN page_count;"
        "ALTER TABLE issues DROP COLUMN detected; ALTER TABLE articles DROP COLUMN page;"
        "PRAGMA user_version = 4;"_s));
    // The same columns as format 4 made them.
    const QString scripts = path(u"format4.sqlite"_s);
    QString sql;
    for (int step = 1; step <= 4; ++step) {
        QDir dir(QStringLiteral(BROADSHEET_SOURCE_DIR "/resources/sql"));
        const QStringList names = dir.entryList({u"%1-*.sql"_s.arg(step, 3, 10, QLatin1Char('0'))});
        QCOMPARE(names.size(), 1);
        sql += QString::fromUtf8(TestData::readAll(dir.filePath(names.first())));
    }
    QVERIFY(execRaw(scripts, sql));
    for (const QString &table : {u"issues"_s, u"articles"_s})
        QCOMPARE(columns(libraryFile, table), columns(scripts, table));

    // Read-only, it cannot be upgraded, and says so.
    auto reader = Library::open(libraryFile, Library::Options{.access = Library::Access::ReadOnly});
    QVERIFY(!reader.ok());
    QVERIFY2(reader.errorMessage().contains(u"upgrade"_s) &&
                 reader.errorMessage().contains(u"format 4"_s),
             qPrintable(reader.errorMessage()));

    auto library = openLibrary();
    QVERIFY(library);
    QCOMPARE(library->schemaVersion(), Library::kSchemaVersion);
    // The file with a masthead: its paper, date, edition and pages, from the text.
    auto metadata = library->issueMetadata(mastheadId);
    QVERIFY(metadata.ok());
    QCOMPARE(metadata->newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::Text}));
    QCOMPARE(metadata->date, (Sourced<QDate>{kDay, MetadataSource::Text}));
    QCOMPARE(metadata->edition, (Sourced<QString>{u"第1234期"_s, MetadataSource::Text}));
    QCOMPARE(numbers(*library->pagesOfFile(mastheadId)), (QStringList{u"01"_s, u"02"_s}));
    QCOMPARE(library->pagesOfFile(mastheadId)->at(1).articleCount, 1);
    QCOMPARE(library->sectionsOnPage(mastheadId, 1)->size(), 1);
    QCOMPARE(library->issue(mastheadId)->articleCount, 2);
    // The file in lyrb/2019-02-21: from its path.
    metadata = library->issueMetadata(lyrbId);
    QCOMPARE(metadata->newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::Path}));
    QCOMPARE(metadata->date, (Sourced<QDate>{QDate(2019, 2, 21), MetadataSource::Path}));
    QCOMPARE(numbers(*library->pagesOfFile(lyrbId)), QStringList{u"03"_s});
    QCOMPARE(library->article(library->articles(lyrbId)->first().id)->pageNumber, u"03"_s);
    // The file that is gone: no date to guess from.
    metadata = library->issueMetadata(goneId);
    QVERIFY(!metadata->date);
    QCOMPARE(library->archiveIssues(QString(), 0, 0)->size(), 1);

    const auto papers = library->newspapers();
    QCOMPARE(papers->size(), 2);
    QCOMPARE(papers->at(0).issueCount, 2);
    QVERIFY(library->checkIntegrity().ok());
    // What the user sets holds from now on.
    MetadataEdit edit;
    edit.newspaper = u"人民日报"_s;
    QVERIFY(library->setUserMetadata({goneId}, edit).ok());
    QCOMPARE(library->newspapers()->first().paper, u"人民日报"_s);
    library.reset();
    reader = Library::open(libraryFile, Library::Options{.access = Library::Access::ReadOnly});
    QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    QCOMPARE(*(*reader)->newspapers(),
             (QList<NewspaperRecord>{{u"人民日报"_s, 1, 1}, {u"辽源日报"_s, 2, 3}}));
}

void TestArchive::adjacentIssueAndIssueDates()
{
    auto library = openLibrary();
    QVERIFY(library);
    for (const QString &name :
         {u"lyrb/2019-02-20/01.txt"_s, u"lyrb/2019-02-20/02.txt"_s, u"lyrb/2019-02-21/01.txt"_s,
          u"lyrb/2019-03-04/01.txt"_s, u"rmrb/2019-02-22/01.txt"_s, u"misc/20190223.txt"_s})
        QVERIFY(import(*library, write(name, {}, {}, name)));
    const QString lyrb = u"辽源日报"_s;

    auto next = library->adjacentIssue(lyrb, kDay, 1);
    QVERIFY(next.ok() && next->has_value());
    QCOMPARE((*next)->date, QDate(2019, 2, 21));
    QCOMPARE((*next)->paper, lyrb);
    next = library->adjacentIssue(lyrb, QDate(2019, 2, 21), 1);
    QCOMPARE((*next)->date, QDate(2019, 3, 4)); // not another paper's 22nd
    next = library->adjacentIssue(lyrb, kDay, 2);
    QCOMPARE((*next)->date, QDate(2019, 3, 4));
    QVERIFY(!library->adjacentIssue(lyrb, QDate(2019, 3, 4), 1)->has_value());
    auto previous = library->adjacentIssue(lyrb, QDate(2019, 3, 4), -1);
    QCOMPARE((*previous)->date, QDate(2019, 2, 21));
    previous = library->adjacentIssue(lyrb, QDate(2019, 2, 21), -1);
    QCOMPARE((*previous)->date, kDay);
    QCOMPARE((*previous)->fileIds.size(), 2);
    QVERIFY(!library->adjacentIssue(lyrb, kDay, -1)->has_value());
    // From a day without an issue.
    QCOMPARE((*library->adjacentIssue(lyrb, QDate(2019, 2, 25), -1))->date, QDate(2019, 2, 21));
    QCOMPARE((*library->adjacentIssue(lyrb, kDay, 0))->date, kDay);
    QVERIFY(!library->adjacentIssue(lyrb, QDate(2019, 2, 25), 0)->has_value());

    // The calendar: all papers, one, the unknown one; open and closed ranges.
    QCOMPARE(*library->issueDates(QString(), QDate(2019, 2, 1), QDate(2019, 2, 28)),
             (QList<QDate>{kDay, QDate(2019, 2, 21), QDate(2019, 2, 22), QDate(2019, 2, 23)}));
    QCOMPARE(*library->issueDates(lyrb, {}, {}),
             (QList<QDate>{kDay, QDate(2019, 2, 21), QDate(2019, 3, 4)}));
    QCOMPARE(*library->issueDates(lyrb, QDate(2019, 2, 21), {}),
             (QList<QDate>{QDate(2019, 2, 21), QDate(2019, 3, 4)}));
    QCOMPARE(*library->issueDates(u""_s, {}, {}), QList<QDate>{QDate(2019, 2, 23)});
    QVERIFY(library->issueDates(u"光明日报"_s, {}, {})->isEmpty());
    QVERIFY(library->checkIntegrity().ok());
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
