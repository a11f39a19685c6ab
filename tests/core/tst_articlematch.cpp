#include "articlematch.h"
#include "issueparser.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// ArticleMatch: which articles of one parse of a page hold an article of another
// parse of it, by the text they share.
class TestArticleMatch : public QObject
{
    Q_OBJECT

private slots:
    void sharedShare_data();
    void sharedShare();
    void match_data();
    void match();
    void fingerprints_data();
    void fingerprints();
    void fingerprintIsStable();
};

namespace {

Article article(int id, const QString &title, const QStringList &paragraphs)
{
    Article a;
    a.id = id;
    a.title = HeadlinePart{title, {id * 100}};
    for (const QString &text : paragraphs)
        a.paragraphs.append({text, {id * 100 + 1}});
    return a;
}

Issue issueOf(const QList<Article> &articles)
{
    Issue issue;
    issue.sections.append(Section{{}, std::nullopt, articles});
    return issue;
}

const QString kSchools = u"今年新区将有十二所中小学和幼儿园建成投用,新增学位一万二千余个。"_s;
const QString kSchools2 = u"新建学校将全部按照省级标准化学校配置,同步建设图书馆和实验室。"_s;
const QString kPark = u"历时半年改造,河滨公园于五月十四日重新向市民开放,新增健身步道两千米。"_s;

} // namespace

void TestArticleMatch::sharedShare_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("other");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("the same text") << kSchools << kSchools << 1.0 << 1.0;
    QTest::newRow("white space aside")
        << kSchools << QString(kSchools).insert(10, u"\n ") << 1.0 << 1.0;
    QTest::newRow("half of it") << kSchools + kPark << kSchools << 0.4 << 0.6;
    QTest::newRow("unrelated texts") << kSchools << kPark << 0.0 << 0.1;
    QTest::newRow("nothing") << QString() << kPark << 0.0 << 0.0;
}

void TestArticleMatch::sharedShare()
{
    QFETCH(QString, text);
    QFETCH(QString, other);
    QFETCH(double, low);
    QFETCH(double, high);
    const double share = ArticleMatch::sharedShare(text, other);
    QVERIFY2(share >= low && share <= high, qPrintable(QString::number(share)));
}

void TestArticleMatch::match_data()
{
    QTest::addColumn<Issue>("from");
    QTest::addColumn<Issue>("to");
    QTest::addColumn<int>("article");
    QTest::addColumn<QList<int>>("matches");

    const Issue text = issueOf({article(1, u"城东新区建成十二所学校"_s, {kSchools, kSchools2}),
                                article(2, u"河滨公园改造完工"_s, {kPark})});
    const Issue pdf = issueOf({article(7, u"河滨公园改造完工"_s, {kPark}),
                               article(8, u"城东新区建成十二所学校"_s, {kSchools, kSchools2})});
    QTest::newRow("numbered differently") << text << pdf << 1 << QList<int>{8};
    QTest::newRow("the other article") << text << pdf << 2 << QList<int>{7};

    // The PDF's parse cut the first article in two: both halves hold part of it,
    // the larger first.
    const Issue cut =
        issueOf({article(3, u"城东新区建成十二所学校"_s, {kSchools}),
                 article(4, QString(), {kSchools2}), article(5, u"河滨公园改造完工"_s, {kPark})});
    QTest::newRow("cut in two") << text << cut << 1 << QList<int>{3, 4};
    const Issue other =
        issueOf({article(9, u"另一版的文章"_s, {u"全市供暖管网检修已于十月底全部完成。"_s})});
    QTest::newRow("not on that page") << text << other << 1 << QList<int>{};
}

void TestArticleMatch::match()
{
    QFETCH(Issue, from);
    QFETCH(Issue, to);
    QFETCH(int, article);
    QFETCH(QList<int>, matches);
    QCOMPARE(ArticleMatch::match(from, to).value(article), matches);
}

void TestArticleMatch::fingerprints_data()
{
    QTest::addColumn<Issue>("a");
    QTest::addColumn<Issue>("b");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    const Issue page = issueOf({article(1, u"城东新区建成十二所学校"_s, {kSchools, kSchools2}),
                                article(2, u"河滨公园改造完工"_s, {kPark})});
    QTest::newRow("the same page") << page << page << 1.0 << 1.0;
    // The same text cut into articles otherwise, and run together line by line.
    const Issue recut = issueOf({article(5, QString(), {kSchools.left(20), kSchools.mid(20)}),
                                 article(6, u"城东新区建成十二所学校"_s, {kSchools2 + kPark})});
    QTest::newRow("the same text, cut otherwise") << page << recut << 0.6 << 1.0;
    const Issue other = issueOf({article(
        9, u"冬季供暖管网检修全部完成"_s,
        {u"记者昨日从市供热公司获悉，全市供暖管网检修已于十月底全部完成，共更换老旧管道十二公里。"_s})});
    QTest::newRow("another page") << page << other << 0.0 << 0.15;
    QTest::newRow("nothing") << page << Issue() << 0.0 << 0.0;
}

void TestArticleMatch::fingerprints()
{
    QFETCH(Issue, a);
    QFETCH(Issue, b);
    QFETCH(double, low);
    QFETCH(double, high);
    const double similarity =
        ArticleMatch::similarity(ArticleMatch::fingerprint(a), ArticleMatch::fingerprint(b));
    QVERIFY2(similarity >= low && similarity <= high, qPrintable(QString::number(similarity)));
}

void TestArticleMatch::fingerprintIsStable()
{
    // Libraries keep fingerprints: the same text gives the same bytes in every
    // process and on every machine (no seeded or processor-dependent hash).
    const Issue page = issueOf({article(1, u"河滨公园改造完工"_s, {kPark})});
    const QByteArray fingerprint = ArticleMatch::fingerprint(page);
    QCOMPARE(fingerprint.size(), ArticleMatch::kHashes * 4);
    QCOMPARE(fingerprint.left(8).toHex(), QByteArray("e05e0801fffb1302"));
}

QTEST_GUILESS_MAIN(TestArticleMatch)
#include "tst_articlematch.moc"
