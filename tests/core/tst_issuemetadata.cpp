#include "conventions.h"
#include "issuemetadata.h"
#include "issueparser.h"
#include "pathclues.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// What an issue knows about itself (paper, date, edition, pages) and where each
// value came from: the text, the file's path, or a guess from its modification time.
class TestIssueMetadata : public QObject
{
    Q_OBJECT

private slots:
    void fromPath_data();
    void fromPath();
    void abbreviations_data();
    void abbreviations();
    void mastheadEdition_data();
    void mastheadEdition();
    void fromText_data();
    void fromText();
    void mastheadOnSeveralLines_data();
    void mastheadOnSeveralLines();
    void mastheadOnEachPage();
    void precedence_data();
    void precedence();
    void moreTrusted();
    void severalPagesWithTheirLines();
    void pageFromPathCoversTheFile();
    void sourceNames();
    void parseFileGuessesFromModificationTime();
    void parseBytesNeverGuesses();
};

namespace {

// One article, so that the text around it parses as an issue.
const QString kArticle = u"春耕备耕正当时 全市落实春播面积212万亩\n\n"
                         u"本报讯(记者 王茵)连日来，全市各地抢抓农时，春耕备耕工作全面展开。\n"_s;

QString issueText(const QStringList &head)
{
    return head.join(u"\n\n"_s) + u"\n\n"_s + kArticle;
}

QString isoOrEmpty(const std::optional<Sourced<QDate>> &date)
{
    return date ? date->value.toString(Qt::ISODate) : QString();
}

QString valueOrEmpty(const std::optional<Sourced<QString>> &value)
{
    return value ? value->value : QString();
}

QString sourceOrEmpty(const auto &value)
{
    return value ? metadataSourceName(value->source) : QString();
}

// "03 要闻" for each page, "03" when it has no name.
QStringList pageList(const IssueMetadata &metadata)
{
    QStringList pages;
    for (const IssuePage &page : metadata.pages) {
        QString entry = valueOrEmpty(page.number);
        if (page.name)
            entry += u' ' + page.name->value;
        pages << entry;
    }
    return pages;
}

} // namespace

void TestIssueMetadata::fromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("pageName");

    // Date styles.
    QTest::newRow("iso day") << u"2019-02-20.txt"_s << QString() << u"2019-02-20"_s << QString()
                             << QString();
    QTest::newRow("eight digits") << u"/home/ann/papers/20190220.txt"_s << QString()
                                  << u"2019-02-20"_s << QString() << QString();
    QTest::newRow("underscores") << u"issue_2019_02_20.txt"_s << QString() << u"2019-02-20"_s
                                 << QString() << QString();
    QTest::newRow("dots") << u"2019.02.20/A2版 要闻.txt"_s << QString() << u"2019-02-20"_s
                          << u"A2"_s << u"要闻"_s;
    QTest::newRow("year/month/day folders") << u"/srv/archive/2019/02/20/01.txt"_s << QString()
                                            << u"2019-02-20"_s << u"01"_s << QString();
    QTest::newRow("one-digit month and day folders")
        << u"archive/2019/2/5/03.txt"_s << QString() << u"2019-02-05"_s << u"03"_s << QString();
    QTest::newRow("year-month/day (e-paper site)")
        << u"rmrb/html/2019-02/20/nbs.D110000renmrb_01.txt"_s << u"人民日报"_s << u"2019-02-20"_s
        << u"01"_s << QString();
    QTest::newRow("yyyymm/dd") << u"201902/20/node_02.txt"_s << QString() << u"2019-02-20"_s
                               << u"02"_s << QString();
    QTest::newRow("year/mmdd") << u"2019/0220/A03.txt"_s << QString() << u"2019-02-20"_s << u"A03"_s
                               << QString();
    QTest::newRow("chinese date") << u"2019年02月20日.txt"_s << QString() << u"2019-02-20"_s
                                  << QString() << QString();
    QTest::newRow("chinese date, paper and page")
        << u"辽源日报2019年2月20日第03版.txt"_s << u"辽源日报"_s << u"2019-02-20"_s << u"03"_s
        << QString();
    QTest::newRow("the date nearest the file counts")
        << u"2018-01-01/20190220_01.txt"_s << QString() << u"2019-02-20"_s << u"01"_s << QString();
    QTest::newRow("day that is also the file name")
        << u"2019/02/20.txt"_s << QString() << u"2019-02-20"_s << QString() << QString();
    QTest::newRow("first year") << u"1900-01-01.txt"_s << QString() << u"1900-01-01"_s << QString()
                                << QString();
    QTest::newRow("last year") << u"21001231.txt"_s << QString() << u"2100-12-31"_s << QString()
                               << QString();

    // Page parts.
    QTest::newRow("_01") << u"lyrb/20190220_01.txt"_s << u"辽源日报"_s << u"2019-02-20"_s << u"01"_s
                         << QString();
    QTest::newRow("-A02") << u"gmrb_20190220-A02.txt"_s << u"光明日报"_s << u"2019-02-20"_s
                          << u"A02"_s << QString();
    QTest::newRow("第03版") << u"JJRB/2019/02/20/第05版.txt"_s << u"经济日报"_s << u"2019-02-20"_s
                            << u"05"_s << QString();
    QTest::newRow("第03版 and its name") << u"lyrb/2019-02-20/第03版：要闻.txt"_s << u"辽源日报"_s
                                         << u"2019-02-20"_s << u"03"_s << u"要闻"_s;
    QTest::newRow("page and name")
        << u"2019-02-20/03_经济.txt"_s << QString() << u"2019-02-20"_s << u"03"_s << u"经济"_s;
    QTest::newRow("lettered file name") << u"lyrb/2019-02-20/B12.TXT"_s << u"辽源日报"_s
                                        << u"2019-02-20"_s << u"B12"_s << QString();
    QTest::newRow("page after paper and date")
        << u"archive/2019_02_20/lyrb-2019-02-20-04.txt"_s << u"辽源日报"_s << u"2019-02-20"_s
        << u"04"_s << QString();
    QTest::newRow("date digits are no page")
        << u"lyrb-2019-02-20.txt"_s << u"辽源日报"_s << u"2019-02-20"_s << QString() << QString();

    // Papers in folder names.
    QTest::newRow("pinyin folder")
        << u"lyrb/2019/02/20/01.txt"_s << u"辽源日报"_s << u"2019-02-20"_s << u"01"_s << QString();
    QTest::newRow("pinyin in the file name") << u"downloads/rmrb20190220_03.txt"_s << u"人民日报"_s
                                             << u"2019-02-20"_s << u"03"_s << QString();
    QTest::newRow("chinese paper folder") << u"辽源日报/2019/02/20/01.txt"_s << u"辽源日报"_s
                                          << u"2019-02-20"_s << u"01"_s << QString();
    QTest::newRow("traditional paper folder") << u"遼源日報/2019/02/20/01.txt"_s << u"遼源日報"_s
                                              << u"2019-02-20"_s << u"01"_s << QString();
    QTest::newRow("the paper nearest the file counts")
        << u"rmrb/copies/gmrb/20190220.txt"_s << u"光明日报"_s << u"2019-02-20"_s << QString()
        << QString();
    QTest::newRow("a folder that is no paper")
        << u"报纸/2019/02/20/01.txt"_s << QString() << u"2019-02-20"_s << u"01"_s << QString();
    QTest::newRow("unknown abbreviation")
        << u"abcd/20190220.txt"_s << QString() << u"2019-02-20"_s << QString() << QString();

    // Windows-style separators.
    QTest::newRow("windows drive") << u"C:\\报纸\\辽源日报\\2019\\02\\20\\01.txt"_s << u"辽源日报"_s
                                   << u"2019-02-20"_s << u"01"_s << QString();
    QTest::newRow("windows share") << u"\\\\server\\papers\\rmrb\\20190220\\rmrb_A03.txt"_s
                                   << u"人民日报"_s << u"2019-02-20"_s << u"A03"_s << QString();
    QTest::newRow("windows page name") << u"D:\\lyrb\\2019-02-20\\第02版_经济.txt"_s
                                       << u"辽源日报"_s << u"2019-02-20"_s << u"02"_s << u"经济"_s;

    // Never a date.
    QTest::newRow("no such day") << u"20190230.txt"_s << QString() << QString() << QString()
                                 << QString();
    QTest::newRow("no such month")
        << u"2019-13-01.txt"_s << QString() << QString() << QString() << QString();
    QTest::newRow("no such day in a folder")
        << u"2019-02-30/01.txt"_s << QString() << QString() << u"01"_s << QString();
    QTest::newRow("phone number") << u"13912345678.txt"_s << QString() << QString() << QString()
                                  << QString();
    QTest::newRow("six digits") << u"123456.txt"_s << QString() << QString() << QString()
                                << QString();
    QTest::newRow("year before 1900")
        << u"18991231.txt"_s << QString() << QString() << QString() << QString();
    QTest::newRow("year after 2100")
        << u"2101-01-01.txt"_s << QString() << QString() << QString() << QString();
    QTest::newRow("eight digits inside ten")
        << u"2019022001.txt"_s << QString() << QString() << QString() << QString();
    QTest::newRow("eight digits after a digit")
        << u"scan/120190220.txt"_s << QString() << QString() << QString() << QString();
    QTest::newRow("the seed") << u"seeds/000_36b5ccdd5e2fe302.txt"_s << QString() << QString()
                              << QString() << QString();
    QTest::newRow("a test issue") << u"tests/data/issues/t01_spring_farming.txt"_s << QString()
                                  << QString() << QString() << QString();
    QTest::newRow("a version, not a page")
        << u"samples/v1.txt"_s << QString() << QString() << QString() << QString();
    QTest::newRow("no path") << QString() << QString() << QString() << QString() << QString();
}

void TestIssueMetadata::fromPath()
{
    QFETCH(QString, path);
    QFETCH(QString, paper);
    QFETCH(QString, date);
    QFETCH(QString, page);
    QFETCH(QString, pageName);
    const PathClues clues = PathClues::of(path);
    QCOMPARE(clues.paper, paper);
    QCOMPARE(clues.date.toString(Qt::ISODate), date);
    QCOMPARE(clues.page, page);
    QCOMPARE(clues.pageName, pageName);

    // The same through the detector, each value marked as the path's.
    const IssueMetadata metadata = IssueMetadata::detect(IssueParser::parseText(kArticle), path);
    QCOMPARE(valueOrEmpty(metadata.newspaper), paper);
    QCOMPARE(sourceOrEmpty(metadata.newspaper), paper.isEmpty() ? QString() : u"path"_s);
    QCOMPARE(isoOrEmpty(metadata.date), date);
    QCOMPARE(sourceOrEmpty(metadata.date), date.isEmpty() ? QString() : u"path"_s);
    QCOMPARE(metadata.pages.size(), page.isEmpty() ? 0 : 1);
    if (!page.isEmpty()) {
        QCOMPARE(metadata.pages[0].number, (Sourced<QString>{page, MetadataSource::Path}));
        QCOMPARE(valueOrEmpty(metadata.pages[0].name), pageName);
    }
}

void TestIssueMetadata::abbreviations_data()
{
    QTest::addColumn<QString>("letters");
    QTest::addColumn<QString>("paper");
    QTest::newRow("rmrb") << u"rmrb"_s << u"人民日报"_s;
    QTest::newRow("gmrb") << u"gmrb"_s << u"光明日报"_s;
    QTest::newRow("jjrb") << u"jjrb"_s << u"经济日报"_s;
    QTest::newRow("lyrb") << u"lyrb"_s << u"辽源日报"_s;
    QTest::newRow("upper case") << u"RMRB"_s << u"人民日报"_s;
    QTest::newRow("unknown") << u"xyz"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestIssueMetadata::abbreviations()
{
    QFETCH(QString, letters);
    QFETCH(QString, paper);
    QCOMPARE(PathClues::paperForAbbreviation(letters), paper);
}

void TestIssueMetadata::mastheadEdition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("edition");
    QTest::newRow("no edition") << u"辽源日报 2019年2月20日 星期三"_s << u"辽源日报"_s << QString();
    QTest::newRow("第N期") << u"2019年2月20日 星期三 农历正月十六 第12345期"_s << QString()
                           << u"第12345期"_s;
    QTest::newRow("总第N号") << u"辽源日报 2019年2月20日 星期三 总第9876号"_s << u"辽源日报"_s
                             << u"总第9876号"_s;
    QTest::newRow("both") << u"辽源日报 2019年2月20日 第12345期 总第9876号"_s << u"辽源日报"_s
                          << u"第12345期 总第9876号"_s;
    QTest::newRow("traditional") << u"遼源日報 2019年2月20日 星期三 第12345期"_s << u"遼源日報"_s
                                 << u"第12345期"_s;
}

void TestIssueMetadata::mastheadEdition()
{
    QFETCH(QString, text);
    QFETCH(QString, paper);
    QFETCH(QString, edition);
    const auto found = Conventions::masthead(text);
    QVERIFY(found);
    QCOMPARE(found->paper, paper);
    QCOMPARE(found->edition, edition);
}

void TestIssueMetadata::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QStringList>("pages");

    QTest::newRow("masthead and page marker")
        << issueText({u"辽源日报 2019年2月20日 星期三"_s, u"第01版：要闻"_s}) << u"辽源日报"_s
        << u"2019-02-20"_s << QString() << QStringList{u"01 要闻"_s};
    QTest::newRow("date line alone") << issueText({u"2019年2月20日 星期三"_s}) << QString()
                                     << u"2019-02-20"_s << QString() << QStringList();
    QTest::newRow("date line with the lunar date and edition")
        << issueText({u"2019年2月20日 星期三 农历正月十六 第12345期"_s, u"A2版 要闻"_s})
        << QString() << u"2019-02-20"_s << u"第12345期"_s << QStringList{u"A2 要闻"_s};
    QTest::newRow("total edition")
        << issueText({u"辽源日报 2019年2月20日 星期三 总第9876号"_s}) << u"辽源日报"_s
        << u"2019-02-20"_s << u"总第9876号"_s << QStringList();
    QTest::newRow("第03版：要闻") << issueText({u"第03版：要闻"_s}) << QString() << QString()
                                  << QString() << QStringList{u"03 要闻"_s};
    QTest::newRow("第01版 要闻") << issueText({u"第01版 要闻"_s}) << QString() << QString()
                                 << QString() << QStringList{u"01 要闻"_s};
    QTest::newRow("A2版 要闻") << issueText({u"A2版 要闻"_s}) << QString() << QString() << QString()
                               << QStringList{u"A2 要闻"_s};
    QTest::newRow("page without a name")
        << issueText({u"第A3版"_s}) << QString() << QString() << QString() << QStringList{u"A3"_s};
    QTest::newRow("traditional page name, as printed")
        << issueText({u"第03版：要聞"_s}) << QString() << QString() << QString()
        << QStringList{u"03 要聞"_s};
    QTest::newRow("traditional masthead, as printed")
        << issueText({u"遼源日報 2019年2月20日 星期三"_s, u"第05版：副刊"_s}) << u"遼源日報"_s
        << u"2019-02-20"_s << QString() << QStringList{u"05 副刊"_s};
    QTest::newRow("no such day") << issueText({u"辽源日报 2019年2月30日 星期六"_s}) << u"辽源日报"_s
                                 << QString() << QString() << QStringList();
    QTest::newRow("year before 1900")
        << issueText({u"1899年12月31日"_s}) << QString() << QString() << QString() << QStringList();
    QTest::newRow("nothing") << kArticle << QString() << QString() << QString() << QStringList();
}

void TestIssueMetadata::fromText()
{
    QFETCH(QString, text);
    QFETCH(QString, paper);
    QFETCH(QString, date);
    QFETCH(QString, edition);
    QFETCH(QStringList, pages);
    const Issue issue = IssueParser::parseText(text);
    QCOMPARE(issue.articleCount(), 1);
    const IssueMetadata &metadata = issue.metadata;
    QCOMPARE(metadata, IssueMetadata::detect(issue, QString()));
    QCOMPARE(valueOrEmpty(metadata.newspaper), paper);
    QCOMPARE(isoOrEmpty(metadata.date), date);
    QCOMPARE(valueOrEmpty(metadata.edition), edition);
    QCOMPARE(pageList(metadata), pages);
    // Everything here came from the text.
    for (const QString &source : {sourceOrEmpty(metadata.newspaper), sourceOrEmpty(metadata.date),
                                  sourceOrEmpty(metadata.edition)})
        QVERIFY(source.isEmpty() || source == u"text"_s);
    for (const IssuePage &page : metadata.pages) {
        QCOMPARE(sourceOrEmpty(page.number), u"text"_s);
        QVERIFY(!page.name || page.name->source == MetadataSource::Text);
    }
}

void TestIssueMetadata::mastheadOnSeveralLines_data()
{
    // The head of the file, one line each (as e-paper extractors leave a masthead),
    // then a blank line and one article.
    QTest::addColumn<QStringList>("head");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QList<int>>("mastheadLines");

    const QString date = u"2019年2月20日 星期三"_s;
    const QString marker = u"第01版：要闻"_s;
    QTest::newRow("paper, date, page marker")
        << QStringList{u"松岭日报"_s, date, marker} << u"松岭日报"_s << u"2019-02-20"_s << QString()
        << QList<int>{1, 2};
    QTest::newRow("lunar date and edition on lines of their own")
        << QStringList{u"青河晚报"_s, date, u"农历己亥年正月十六"_s, u"第12345期"_s, marker}
        << u"青河晚报"_s << u"2019-02-20"_s << u"第12345期"_s << QList<int>{1, 2, 3, 4};
    QTest::newRow("edition on the date line")
        << QStringList{u"燕北都市报"_s, u"2019年2月20日 星期三 总第9876号"_s, marker}
        << u"燕北都市报"_s << u"2019-02-20"_s << u"总第9876号"_s << QList<int>{1, 2};
    QTest::newRow("page count, no edition")
        << QStringList{u"苍山导报"_s, date, u"今日8版"_s, marker} << u"苍山导报"_s
        << u"2019-02-20"_s << QString() << QList<int>{1, 2, 3};
    QTest::newRow("under the page marker")
        << QStringList{marker, u"海川日报海外版"_s, date} << u"海川日报海外版"_s << u"2019-02-20"_s
        << QString() << QList<int>{2, 3};
    QTest::newRow("date line first")
        << QStringList{date, u"西岭青年报"_s, marker} << u"西岭青年报"_s << u"2019-02-20"_s
        << QString() << QList<int>{1, 2};
    QTest::newRow("no page marker, at the top") << QStringList{u"东湖早报"_s, date} << u"东湖早报"_s
                                                << u"2019-02-20"_s << QString() << QList<int>{1, 2};
    QTest::newRow("traditional, as printed")
        << QStringList{u"瀛洲日報"_s, u"2019年2月20日　星期三　農曆正月十六"_s, u"第05版：僑鄉"_s}
        << u"瀛洲日報"_s << u"2019-02-20"_s << QString() << QList<int>{1, 2};
    QTest::newRow("edition suffix in brackets")
        << QStringList{u"云梦农民报（农村版）"_s, date, marker} << u"云梦农民报（农村版）"_s
        << u"2019-02-20"_s << QString() << QList<int>{1, 2};

    // Not a masthead's paper: the date line stays the masthead on its own.
    QTest::newRow("no date line: a headline") << QStringList{u"松岭日报"_s, marker} << QString()
                                              << QString() << QString() << QList<int>();
    QTest::newRow("汇报 is no paper") << QStringList{u"听取专题汇报"_s, date, marker} << QString()
                                      << u"2019-02-20"_s << QString() << QList<int>{2};
    QTest::newRow("预报 is no paper") << QStringList{u"天气预报"_s, date} << QString()
                                      << u"2019-02-20"_s << QString() << QList<int>{2};
    QTest::newRow("喜报 is no paper") << QStringList{u"春耕一线传喜报"_s, date, marker} << QString()
                                      << u"2019-02-20"_s << QString() << QList<int>{2};
    QTest::newRow("two papers' names")
        << QStringList{u"松岭日报"_s, u"青河晚报"_s, date, marker} << QString() << u"2019-02-20"_s
        << QString() << QList<int>{3};
    QTest::newRow("a region break between name and date")
        << QStringList{u"松岭日报\n\n\n"_s, date, marker} << QString() << u"2019-02-20"_s
        << QString() << QList<int>{5};
    QTest::newRow("below the top, by no page marker")
        << QStringList{marker,        u"责任编辑：韩梅"_s,
                       u"要闻简报"_s, u"本报讯　全市春耕进展顺利。"_s,
                       u"松岭日报"_s, date}
        << QString() << u"2019-02-20"_s << QString() << QList<int>{6};
    QTest::newRow("a sentence naming the paper")
        << QStringList{u"松岭日报，创刊于1949年。"_s, date, marker} << QString() << u"2019-02-20"_s
        << QString() << QList<int>{2};
    QTest::newRow("lunar date without a date line")
        << QStringList{u"松岭日报"_s, u"农历己亥年正月十六"_s, marker} << QString() << QString()
        << QString() << QList<int>();
}

void TestIssueMetadata::mastheadOnSeveralLines()
{
    QFETCH(QStringList, head);
    QFETCH(QString, paper);
    QFETCH(QString, date);
    QFETCH(QString, edition);
    QFETCH(QList<int>, mastheadLines);
    const Issue issue = IssueParser::parseText(head.join(u'\n') + u"\n\n"_s + kArticle);
    QCOMPARE(issue.paper, paper);
    QCOMPARE(valueOrEmpty(issue.metadata.newspaper), paper);
    QVERIFY(paper.isEmpty() || issue.metadata.newspaper->source == MetadataSource::Text);
    QCOMPARE(isoOrEmpty(issue.metadata.date), date);
    QCOMPARE(valueOrEmpty(issue.metadata.edition), edition);
    QCOMPARE(issue.mastheadLines, mastheadLines);
    // The masthead's lines are no article's: the paper's name is no headline.
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            for (const auto &part : {article.kicker, article.title, article.subtitle}) {
                if (part) {
                    for (const int line : part->lines)
                        QVERIFY2(!mastheadLines.contains(line), qPrintable(part->text));
                }
            }
        }
    }
    if (!paper.isEmpty())
        QCOMPARE(issue.articleCount(), 1);
}

// A file of several pages, each printing the masthead on lines of its own: each
// page's masthead lines are the masthead, and they open their page.
void TestIssueMetadata::mastheadOnEachPage()
{
    const QString text =
        u"松岭日报\n"             // 1
        u"2019年2月20日 星期三\n" // 2
        u"\n"
        u"第01版：要闻\n" // 4
        u"\n"
        u"春耕备耕正当时 全市落实春播面积212万亩\n" // 6
        u"\n"
        u"本报讯(记者 王茵)连日来，全市各地抢抓农时，春耕备耕工作全面展开。\n" // 8
        u"\n"
        u"\n"
        u"松岭日报\n"             // 11
        u"2019年2月20日 星期三\n" // 12
        u"\n"
        u"第02版：经济\n" // 14
        u"\n"
        u"我市工业经济实现平稳开局\n" // 16
        u"\n"
        u"本报讯(记者 李锋)今年以来，全市规模以上工业增加值同比增长百分之六。\n"_s; // 18
    const Issue issue = IssueParser::parseText(text);
    QCOMPARE(issue.metadata.newspaper, (Sourced<QString>{u"松岭日报"_s, MetadataSource::Text}));
    QCOMPARE(issue.metadata.date, (Sourced<QDate>{QDate(2019, 2, 20), MetadataSource::Text}));
    QCOMPARE(issue.mastheadLine, 2);
    QCOMPARE(issue.mastheadLines, (QList<int>{1, 2, 11, 12}));
    QVERIFY(issue.unplaced.isEmpty());
    QCOMPARE(issue.articleCount(), 2);
    QCOMPARE(pageList(issue.metadata), (QStringList{u"01 要闻"_s, u"02 经济"_s}));
    QCOMPARE(issue.metadata.pages[0].firstLine, 1);
    QCOMPARE(issue.metadata.pages[0].lastLine, 8);
    QCOMPARE(issue.metadata.pages[1].firstLine, 11);
    QCOMPARE(issue.metadata.pages[1].lastLine, 18);

    // A masthead of another day on the second page is no repeat: left unplaced.
    QString other = text;
    other.replace(u"松岭日报\n2019年2月20日 星期三\n\n第02版"_s,
                  u"松岭日报\n2019年2月21日 星期四\n\n第02版"_s);
    const Issue mixed = IssueParser::parseText(other);
    QCOMPARE(mixed.unplaced.size(), 1);
    QCOMPARE(mixed.unplaced[0].line, 12);
}

void TestIssueMetadata::precedence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QDateTime>("modified");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("paperSource");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateSource");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("pageSource");

    const QDateTime modified(QDate(2020, 5, 6), QTime(12, 0));
    const QString masthead = issueText({u"辽源日报 2019年2月20日 星期三"_s, u"第03版：要闻"_s});
    const QString dateLine = issueText({u"2019年2月20日 星期三"_s});
    QTest::newRow("text beats path and guess")
        << masthead << u"rmrb/2018-01-01/rmrb_05.txt"_s << modified << u"辽源日报"_s << u"text"_s
        << u"2019-02-20"_s << u"text"_s << u"03"_s << u"text"_s;
    QTest::newRow("path fills what the text lacks")
        << dateLine << u"rmrb/2018-01-01/rmrb_05.txt"_s << modified << u"人民日报"_s << u"path"_s
        << u"2019-02-20"_s << u"text"_s << u"05"_s << u"path"_s;
    QTest::newRow("path beats guess")
        << kArticle << u"rmrb/2018-01-01/rmrb_05.txt"_s << modified << u"人民日报"_s << u"path"_s
        << u"2018-01-01"_s << u"path"_s << u"05"_s << u"path"_s;
    QTest::newRow("guess last") << kArticle << u"issue.txt"_s << modified << QString() << QString()
                                << u"2020-05-06"_s << u"guess"_s << QString() << QString();
    QTest::newRow("invalid text date gives way to the path")
        << issueText({u"2019年2月30日"_s}) << u"2018-01-01.txt"_s << modified << QString()
        << QString() << u"2018-01-01"_s << u"path"_s << QString() << QString();
    QTest::newRow("invalid path date gives way to the guess")
        << kArticle << u"20190230.txt"_s << modified << QString() << QString() << u"2020-05-06"_s
        << u"guess"_s << QString() << QString();
    QTest::newRow("no modification time, no guess")
        << kArticle << u"issue.txt"_s << QDateTime() << QString() << QString() << QString()
        << QString() << QString() << QString();
}

void TestIssueMetadata::precedence()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QDateTime, modified);
    QFETCH(QString, paper);
    QFETCH(QString, paperSource);
    QFETCH(QString, date);
    QFETCH(QString, dateSource);
    QFETCH(QString, page);
    QFETCH(QString, pageSource);
    const IssueMetadata metadata =
        IssueMetadata::detect(IssueParser::parseText(text, path), path, modified);
    QCOMPARE(valueOrEmpty(metadata.newspaper), paper);
    QCOMPARE(sourceOrEmpty(metadata.newspaper), paperSource);
    QCOMPARE(isoOrEmpty(metadata.date), date);
    QCOMPARE(sourceOrEmpty(metadata.date), dateSource);
    QCOMPARE(metadata.pages.size(), page.isEmpty() ? 0 : 1);
    if (!page.isEmpty()) {
        QCOMPARE(valueOrEmpty(metadata.pages[0].number), page);
        QCOMPARE(sourceOrEmpty(metadata.pages[0].number), pageSource);
    }
}

void TestIssueMetadata::moreTrusted()
{
    using Value = std::optional<Sourced<QString>>;
    const Value user = Sourced<QString>{u"辽源日报"_s, MetadataSource::User};
    const Value text = Sourced<QString>{u"吉林日报"_s, MetadataSource::Text};
    const Value path = Sourced<QString>{u"人民日报"_s, MetadataSource::Path};
    const Value guess = Sourced<QString>{u"光明日报"_s, MetadataSource::Guess};
    QCOMPARE(Broadsheet::moreTrusted(text, user), user);
    QCOMPARE(Broadsheet::moreTrusted(user, text), user);
    QCOMPARE(Broadsheet::moreTrusted(path, text), text);
    QCOMPARE(Broadsheet::moreTrusted(guess, path), path);
    QCOMPARE(Broadsheet::moreTrusted(Value(), guess), guess);
    QCOMPARE(Broadsheet::moreTrusted(guess, Value()), guess);
    QCOMPARE(Broadsheet::moreTrusted(Value(), Value()), Value());
}

void TestIssueMetadata::severalPagesWithTheirLines()
{
    const QString text =
        u"辽源日报 2019年2月20日 星期三 第12345期\n" // 1
        u"\n"
        u"第01版：要闻\n" // 3
        u"\n"
        u"春耕备耕正当时 全市落实春播面积212万亩\n" // 5
        u"\n"
        u"本报讯(记者 王茵)连日来，全市各地抢抓农时，春耕备耕工作全面展开。\n" // 7
        u"\n"
        u"\n"
        u"第02版：经济\n" // 10
        u"\n"
        u"我市工业经济实现平稳开局\n" // 12
        u"\n"
        u"本报讯(记者 李锋)今年以来，全市规模以上工业增加值同比增长百分之六。\n" // 14
        u"\n"
        u"第03版：副刊\n" // 16
        u"\n"
        u"春到山城\n" // 18
        u"\n"
        u"本报讯(记者 赵可)立春过后，山城的街巷里渐渐有了春天的气息。\n" // 20
        u"\n"
        u"\n"_s;
    const Issue issue = IssueParser::parseText(text, u"lyrb/2019-02-20/lyrb_01.txt"_s);
    const IssueMetadata &metadata = issue.metadata;
    QCOMPARE(metadata.newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::Text}));
    QCOMPARE(metadata.date, (Sourced<QDate>{QDate(2019, 2, 20), MetadataSource::Text}));
    QCOMPARE(metadata.edition, (Sourced<QString>{u"第12345期"_s, MetadataSource::Text}));
    QCOMPARE(pageList(metadata), (QStringList{u"01 要闻"_s, u"02 经济"_s, u"03 副刊"_s}));
    QCOMPARE(metadata.pages.size(), 3);
    // The first page also covers the masthead above its marker; each page ends at
    // its last non-blank line.
    QCOMPARE(metadata.pages[0].firstLine, 1);
    QCOMPARE(metadata.pages[0].lastLine, 7);
    QCOMPARE(metadata.pages[1].firstLine, 10);
    QCOMPARE(metadata.pages[1].lastLine, 14);
    QCOMPARE(metadata.pages[2].firstLine, 16);
    QCOMPARE(metadata.pages[2].lastLine, 20);
    // The path's page (_01) gives way to the markers.
    for (const IssuePage &page : metadata.pages)
        QCOMPARE(page.number->source, MetadataSource::Text);
}

void TestIssueMetadata::pageFromPathCoversTheFile()
{
    const QString text = u"\n\n"_s + kArticle + u"\n\n"_s; // lines 3 to 5
    const Issue issue = IssueParser::parseText(text, u"C:\\lyrb\\20190220\\lyrb_A02_要闻.txt"_s);
    QCOMPARE(issue.metadata.pages.size(), 1);
    const IssuePage &page = issue.metadata.pages[0];
    QCOMPARE(page.number, (Sourced<QString>{u"A02"_s, MetadataSource::Path}));
    QCOMPARE(page.name, (Sourced<QString>{u"要闻"_s, MetadataSource::Path}));
    QCOMPARE(page.firstLine, 3);
    QCOMPARE(page.lastLine, 5);

    // An empty file still has what its path says, and no lines.
    const Issue empty = IssueParser::parseText(QString(), u"lyrb/20190220_03.txt"_s);
    QCOMPARE(empty.metadata.newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::Path}));
    QCOMPARE(empty.metadata.pages.size(), 1);
    QCOMPARE(empty.metadata.pages[0].firstLine, 0);
    QCOMPARE(empty.metadata.pages[0].lastLine, 0);
}

void TestIssueMetadata::sourceNames()
{
    for (auto source :
         {MetadataSource::User, MetadataSource::Text, MetadataSource::Path, MetadataSource::Guess})
        QCOMPARE(metadataSourceFromName(metadataSourceName(source)), source);
    QCOMPARE(metadataSourceName(MetadataSource::User), u"user"_s);
    QCOMPARE(metadataSourceName(MetadataSource::Text), u"text"_s);
    QCOMPARE(metadataSourceName(MetadataSource::Path), u"path"_s);
    QCOMPARE(metadataSourceName(MetadataSource::Guess), u"guess"_s);
    QVERIFY(!metadataSourceFromName(u"Text"));
    QVERIFY(!metadataSourceFromName(u""));
}

void TestIssueMetadata::parseFileGuessesFromModificationTime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"issue.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kArticle.toUtf8());
    QVERIFY(file.flush()); // before the time is set: a later write would change it
    const QDateTime modified(QDate(2021, 7, 8), QTime(9, 30));
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();

    const auto issue = IssueParser::parseFile(path);
    QVERIFY(issue);
    QCOMPARE(issue->metadata.date, (Sourced<QDate>{QDate(2021, 7, 8), MetadataSource::Guess}));

    // A date in the path comes first.
    const QString dated = dir.filePath(u"20190220_02.txt"_s);
    QVERIFY(QFile::copy(path, dated));
    const auto fromPath = IssueParser::parseFile(dated);
    QVERIFY(fromPath);
    QCOMPARE(fromPath->metadata.date, (Sourced<QDate>{QDate(2019, 2, 20), MetadataSource::Path}));
    QCOMPARE(fromPath->metadata.pages.size(), 1);
}

void TestIssueMetadata::parseBytesNeverGuesses()
{
    const auto issue = IssueParser::parse(kArticle.toUtf8(), u"issue.txt"_s);
    QVERIFY(issue);
    QVERIFY(!issue->metadata.date);
    QVERIFY(!issue->metadata.newspaper);
    const auto dated = IssueParser::parse(kArticle.toUtf8(), u"lyrb/2019/02/20/01.txt"_s);
    QVERIFY(dated);
    QCOMPARE(dated->metadata.date, (Sourced<QDate>{QDate(2019, 2, 20), MetadataSource::Path}));
    QCOMPARE(dated->metadata.newspaper, (Sourced<QString>{u"辽源日报"_s, MetadataSource::Path}));
}

QTEST_GUILESS_MAIN(TestIssueMetadata)
#include "tst_issuemetadata.moc"
