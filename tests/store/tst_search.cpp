#include "issueparser.h"
#include "library.h"
#include "testlibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Search correctness: any string of characters finds exactly the articles that
// contain it, whatever the user types.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsExactly_data();
    void findsExactly();
    void agreesWithSubstringCount_data();
    void agreesWithSubstringCount();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void rankingAndSnippets();
    void filters();
    void paging();
    void pagingBeyondTheRankedMatches();
    void snippetShowsEveryTermsHit();
    void headlineHitsAreTheTitles();

private:
    std::unique_ptr<Library> whyLibrary(); // the issue below, in a library of its own
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_smallIssue = 0;
    QList<std::pair<qint64, QString>> m_articleTexts; // every article: id, its text as parsed
};

namespace {

// A small issue written for these tests: Latin, digits, full-width forms,
// punctuation and text that looks like query syntax.
const QString kSmallIssue =
    u"第01版:要闻\n\n"
    u"市图书馆新馆开放\n\n"
    u"本报讯(记者 林一)2019年10月,市图书馆新馆正式开放,藏书120万册。\n\n"
    u"ＡＩ助力农业生产\n\n"
    u"本报记者 王二\n\n"
    u"今年,全县6个乡镇试点AI病虫害识别,准确率达到95%。\n\n"
    u"检索语法小课堂\n\n"
    u"本报讯 \"AND\" 与 OR、NEAR(a b)、-x、*y 和 C++ 都只是文字。规划。通过审核。\n\n"
    u"河畔步道贯通\n\n"
    u"本报讯(通讯员 张三)城南河畔步道全线贯通,全长6公里。\n"_s;

// The oracle: what "contains" means, written out plainly and independently of
// the code under test (SearchQuery, TextFold, the index): full-width ASCII forms
// are their half-width forms, white space other than line ends is a space, Latin
// case folds; terms are separated by white space outside double quotes.
QString oracleFold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u -= 0xFEE0;
        if (u != u'\n' && QChar::isSpace(u))
            u = u' ';
        out += QChar(u).isHighSurrogate() || QChar(u).isLowSurrogate() ? QChar(u)
                                                                       : QChar(u).toCaseFolded();
    }
    return out;
}

QStringList oracleTerms(QStringView query)
{
    QStringList terms;
    QString term;
    bool quoted = false;
    auto finish = [&] {
        if (!term.isEmpty())
            terms << oracleFold(term);
        term.clear();
    };
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query[i];
        const bool pairedHigh =
            c.isHighSurrogate() && i + 1 < query.size() && query[i + 1].isLowSurrogate();
        if (c == u'"' || c == QChar(0xFF02)) {
            finish();
            quoted = !quoted;
        } else if (c == u'\n' || (c.isSpace() && !quoted)) {
            finish();
        } else if (c.unicode() < 0x20) {
            continue;
        } else if (pairedHigh) {
            term += c;
            term += query[++i];
        } else if (c.isSurrogate()) {
            term += QChar::ReplacementCharacter;
        } else {
            term += c;
        }
    }
    finish();
    return terms;
}

bool oracleMatches(const QString &articleText, const QString &query)
{
    const QStringList terms = oracleTerms(query);
    if (terms.isEmpty())
        return false;
    const QString text = oracleFold(articleText);
    return std::all_of(terms.begin(), terms.end(),
                       [&](const QString &term) { return text.contains(term); });
}

QList<int> numbers(const SearchResults &results)
{
    QList<int> list;
    for (const SearchHit &hit : results.hits)
        list << hit.article.number;
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

void TestSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto library = Library::open(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    m_library = std::move(library).value();
    const QString small = m_dir.filePath(u"small.txt"_s);
    QVERIFY(TestData::writeFile(small, kSmallIssue.toUtf8()));
    const auto imported = m_library->importFile(small);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->articleCount, 4);
    m_smallIssue = imported->issueId;
    const ImportReport report = m_library->importPaths(TestData::issuePaths());
    QVERIFY(report.failures.isEmpty());

    // The ground truth: every article's text, from the parser, not the library.
    const auto issues = m_library->issues();
    QVERIFY(issues.ok());
    for (const IssueRecord &issue : *issues) {
        const auto parsed = IssueParser::parseFile(issue.sourcePath);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const auto articles = m_library->articles(issue.id);
        QVERIFY(articles.ok());
        QCOMPARE(articles->size(), parsed->articleCount());
        for (const ArticleRecord &record : *articles) {
            const Article *article = parsed->findArticle(record.number);
            QVERIFY(article);
            m_articleTexts << std::pair(record.id, article->plainText());
        }
    }
}

void TestSearch::findsExactly_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("articles"); // numbers within the small issue
    QTest::newRow("one character") << u"馆"_s << QList<int>{1};
    QTest::newRow("one common character") << u"本"_s << QList<int>{1, 2, 3, 4};
    QTest::newRow("three characters") << u"本报讯"_s << QList<int>{1, 3, 4};
    QTest::newRow("two characters") << u"步道"_s << QList<int>{4};
    QTest::newRow("digits and Han") << u"2019年"_s << QList<int>{1};
    QTest::newRow("digit and measure word") << u"6个"_s << QList<int>{2};
    QTest::newRow("full-width digits find half-width") << u"２０１９"_s << QList<int>{1};
    QTest::newRow("half-width finds full-width") << u"ai助力"_s << QList<int>{2};
    QTest::newRow("case folds") << u"aI"_s << QList<int>{2};
    QTest::newRow("two terms must both match") << u"6 公里"_s << QList<int>{4};
    QTest::newRow("terms anywhere in the article") << u"林一 万册"_s << QList<int>{1};
    QTest::newRow("terms from different articles") << u"林一 步道"_s << QList<int>{};
    QTest::newRow("punctuation is not skipped") << u"规划通过"_s << QList<int>{};
    QTest::newRow("punctuation matches itself") << u"规划。通过"_s << QList<int>{3};
    QTest::newRow("quoted phrase keeps its space") << u"\"C++ 都\""_s << QList<int>{3};
    QTest::newRow("quoted phrase does not match without it") << u"\"C++都\""_s << QList<int>{};
    QTest::newRow("AND is a word") << u"AND"_s << QList<int>{3};
    QTest::newRow("OR is a word") << u"or"_s << QList<int>{3};
    QTest::newRow("NEAR( is text") << u"NEAR(a"_s << QList<int>{3};
    QTest::newRow("minus") << u"-x"_s << QList<int>{3};
    QTest::newRow("star") << u"*y"_s << QList<int>{3};
    QTest::newRow("plus signs") << u"c++"_s << QList<int>{3};
    QTest::newRow("percent") << u"95%"_s << QList<int>{2};
    QTest::newRow("not in any article") << u"火星"_s << QList<int>{};
    // More terms than go to the index: the exact check decides.
    QTest::newRow("nine terms") << u"本 报 讯 市 图 书 馆 新 万"_s << QList<int>{1};
    QTest::newRow("nine terms, one missing") << u"本 报 讯 市 图 书 馆 新 火"_s << QList<int>{};
    QTest::newRow("does not cross paragraphs") << u"万册。 ＡＩ"_s << QList<int>{};
}

void TestSearch::findsExactly()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, articles);
    SearchRequest request;
    request.text = query;
    request.issueId = m_smallIssue;
    const auto results = m_library->search(request);
    QVERIFY2(results.ok(), qPrintable(results.errorMessage()));
    QCOMPARE(numbers(*results), articles);
    QCOMPARE(results->total, articles.size());
}

void TestSearch::agreesWithSubstringCount_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &query :
         {u"市"_s, u"柴伟"_s, u"记者"_s, u"本报讯"_s, u"项目建设"_s, u"2019年"_s, u"6个"_s, u"。"_s,
          u"“"_s, u"的"_s, u"同期声"_s, u"摄"_s, u"a"_s, u"增长 亿元"_s, u"\"抓环境 抓项目\""_s,
          u"医院 记者 今年"_s})
        QTest::newRow(qPrintable(query)) << query;
}

void TestSearch::agreesWithSubstringCount()
{
    QFETCH(QString, query);
    QSet<qint64> expected;
    for (const auto &[id, text] : std::as_const(m_articleTexts)) {
        if (oracleMatches(text, query))
            expected << id;
    }
    SearchRequest request;
    request.text = query;
    request.limit = 100000;
    const auto results = m_library->search(request);
    QVERIFY2(results.ok(), qPrintable(results.errorMessage()));
    QSet<qint64> found;
    for (const SearchHit &hit : results->hits)
        found << hit.article.id;
    QCOMPARE(results->total, expected.size());
    QCOMPARE(found, expected);
}

void TestSearch::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("lone quote") << u"\""_s;
    QTest::newRow("unbalanced quotes") << u"\"a \"b"_s;
    QTest::newRow("fts operators") << u"AND OR NOT NEAR"_s;
    QTest::newRow("fts column filter") << u"head:市 body : x"_s;
    QTest::newRow("fts prefix and caret") << u"^市* 市*"_s;
    QTest::newRow("parentheses") << u"((((市))))"_s;
    QTest::newRow("sql injection") << u"'); DROP TABLE articles; --"_s;
    QTest::newRow("sql comment") << u"/* 市 */"_s;
    QTest::newRow("control characters") << u"\u0000\u0001\u001b[31m市"_s;
    QTest::newRow("only white space") << u" \t\u3000 "_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("10 KB of one term") << QString(10240, u'市');
    QTest::newRow("10 KB of many terms") << u"市 a 的 \" 1 "_s.repeated(1024);
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"市"_s;
    QTest::newRow("emoji") << u"📰"_s;
}

void TestSearch::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    SearchRequest request;
    request.text = query;
    const auto results = m_library->search(request);
    QVERIFY2(results.ok(), qPrintable(results.errorMessage()));
    // Whatever it finds, it finds exactly.
    int expected = 0;
    for (const auto &[id, text] : std::as_const(m_articleTexts))
        expected += oracleMatches(text, query) ? 1 : 0;
    QCOMPARE(results->total, expected);
    QVERIFY(m_library->issues()->size() > 1); // and nothing was dropped
}

void TestSearch::rankingAndSnippets()
{
    SearchRequest request;
    request.text = u"步道"_s;
    const auto results = m_library->search(request);
    QVERIFY(results.ok());
    QVERIFY(!results->hits.isEmpty());
    // The article with the word in its title comes first.
    QCOMPARE(results->hits.first().article.title, u"河畔步道贯通"_s);
    const SearchHit &hit = results->hits.first();
    QVERIFY(!hit.highlights.isEmpty());
    for (const auto &[start, length] : hit.highlights)
        QCOMPARE(hit.snippet.mid(start, length), u"步道"_s);
    QCOMPARE(hit.issueTitle, u"small"_s);
    QCOMPARE(hit.sectionTitle, u"第01版:要闻"_s);

    // The same, for a query the exact check decides.
    request.text = u"步 道 河 畔 城 南 全 线 贯"_s;
    const auto exact = m_library->search(request);
    QVERIFY(exact.ok());
    QCOMPARE(exact->hits.size(), 1);
    QCOMPARE(exact->hits.first().article.title, u"河畔步道贯通"_s);
    QCOMPARE(exact->hits.first().sectionTitle, u"第01版:要闻"_s);
    QVERIFY(!exact->hits.first().highlights.isEmpty());
}

void TestSearch::filters()
{
    SearchRequest request;
    request.text = u"本报"_s;
    request.issueId = m_smallIssue;
    QCOMPARE(m_library->search(request)->total, 4);
    request.author = u"王二"_s;
    QCOMPARE(numbers(*m_library->search(request)), QList<int>{2});
    request.author.clear();
    request.kind = ArticleKind::News;
    QCOMPARE(m_library->search(request)->total, 4);
    request.kind = ArticleKind::VoxPop;
    QCOMPARE(m_library->search(request)->total, 0);
    request.kind.reset();
    const auto sections = m_library->sections(m_smallIssue);
    request.sectionId = sections->first().id;
    QCOMPARE(m_library->search(request)->total, 4);
    request.issueId = m_smallIssue + 1;
    QCOMPARE(m_library->search(request)->total, 0);
}

void TestSearch::paging()
{
    SearchRequest request;
    request.text = u"的"_s;
    request.limit = 5;
    const auto first = m_library->search(request);
    request.offset = 5;
    const auto second = m_library->search(request);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->total, second->total);
    QVERIFY(first->total > 10);
    QCOMPARE(first->hits.size(), 5);
    QCOMPARE(second->hits.size(), 5);
    for (const SearchHit &hit : second->hits) {
        for (const SearchHit &earlier : first->hits)
            QVERIFY(hit.article.id != earlier.article.id);
    }
}

void TestSearch::pagingBeyondTheRankedMatches()
{
    // Only 7 matches are ranked: pages beyond them go on newest first, and every
    // match comes exactly once whatever the page size.
    auto library = Library::open(m_dir.filePath(u"library.sqlite"_s),
                                 Library::Options{.access = Library::Access::ReadOnly,
                                                  .busyTimeoutMs = 1000,
                                                  .rankedMatches = 7});
    QVERIFY(library.ok());
    SearchRequest request;
    request.text = u"的"_s;
    request.limit = 1000;
    const auto all = (*library)->search(request);
    QVERIFY(all.ok());
    QVERIFY(all->total > 20);
    QCOMPARE(all->hits.size(), all->total);
    for (int pageSize : {1, 3, 5, 7, 10}) {
        QList<qint64> ids;
        for (int offset = 0; offset < all->total; offset += pageSize) {
            request.limit = pageSize;
            request.offset = offset;
            const auto page = (*library)->search(request);
            QVERIFY(page.ok());
            QCOMPARE(page->total, all->total);
            for (const SearchHit &hit : page->hits)
                ids << hit.article.id;
        }
        QCOMPARE(ids.size(), all->total);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], all->hits[i].article.id);
    }
    // The ranked ones are the newest, best first; the rest newest first.
    for (int i = 1; i < 7; ++i)
        QVERIFY(all->hits[i - 1].score <= all->hits[i].score);
    for (int i = 8; i < all->hits.size(); ++i)
        QVERIFY(all->hits[i - 1].article.id > all->hits[i].article.id);
}

namespace {

const QString kFiller = u"沿岸居民说，河水一年比一年清，傍晚散步的人也越来越多。"_s;

// Two words far apart in one article, a headline whose word the body lacks, and a
// subtitle whose word the title and the body lack.
QString whyIssue()
{
    QString body = u"本报讯 水质监测数据显示，城南河道两岸新建的湿地公园已初具规模。"_s;
    for (int i = 0; i < 15; ++i)
        body += kFiller;
    body += u"下一步，沿线社区将推行垃圾分类，让河道长治久清。"_s;
    return u"第01版:要闻\n\n城南河道治理见成效\n\n"_s + body +
           u"\n\n古镇灯会今晚开幕\n\n本报讯 今晚，古镇将迎来第十届民俗文化节，预计接待游客三万人次。\n"_s +
           u"\n守护一河清水\n——记城南志愿者巡河队\n\n本报记者 林一\n\n"
           u"每天清晨，志愿者们沿着河岸巡查，捡拾垃圾，劝阻乱扔乱倒。\n"_s;
}

// The text under each highlight, in order.
QStringList highlighted(const QString &text, const QList<std::pair<int, int>> &ranges)
{
    QStringList words;
    for (const auto &[start, length] : ranges) {
        if (start < 0 || start + length > text.size())
            return {u"out of range"_s};
        words << text.mid(start, length);
    }
    return words;
}

SearchHit onlyHit(Library &library, const QString &text)
{
    SearchRequest request;
    request.text = text;
    const auto results = library.search(request);
    if (!results.ok() || results->hits.size() != 1)
        return {};
    return results->hits.first();
}

} // namespace

std::unique_ptr<Library> TestSearch::whyLibrary()
{
    auto library = Library::open(m_dir.filePath(u"why/library.sqlite"_s));
    if (!library.ok())
        return {};
    const QString path = m_dir.filePath(u"why/why.txt"_s);
    if (!TestData::writeFile(path, whyIssue().toUtf8()) || !(*library)->importFile(path).ok())
        return {};
    return std::move(library).value();
}

void TestSearch::snippetShowsEveryTermsHit()
{
    const auto library = whyLibrary();
    QVERIFY(library);

    // Far apart: a window around each, joined, each word marked where it stands.
    SearchHit hit = onlyHit(*library, u"湿地公园 垃圾分类"_s);
    QCOMPARE(hit.article.title, u"城南河道治理见成效"_s);
    QVERIFY2(hit.snippet.contains(u"湿地公园"_s) && hit.snippet.contains(u"垃圾分类"_s),
             qPrintable(hit.snippet));
    QVERIFY2(hit.snippet.contains(u" … "_s), qPrintable(hit.snippet));
    QCOMPARE(highlighted(hit.snippet, hit.highlights), (QStringList{u"湿地公园"_s, u"垃圾分类"_s}));
    QVERIFY(hit.highlights[0].first < hit.snippet.indexOf(u" … "_s));
    QVERIFY(hit.highlights[1].first > hit.snippet.indexOf(u" … "_s));
    QVERIFY2(hit.snippet.size() < 260, qPrintable(hit.snippet)); // bounded
    QVERIFY(hit.inBody);
    QVERIFY(!hit.inHeadline);
    QVERIFY(hit.titleHighlights.isEmpty());

    // Typed in the other order: the same snippet.
    QCOMPARE(onlyHit(*library, u"垃圾分类 湿地公园"_s).snippet, hit.snippet);

    // Close together: one window, no gap; every hit of every word marked.
    hit = onlyHit(*library, u"湿地公园 水质 河水"_s);
    QVERIFY2(hit.snippet.startsWith(u"本报讯 水质监测"_s), qPrintable(hit.snippet));
    const QStringList words = highlighted(hit.snippet, hit.highlights);
    QVERIFY2(words.mid(0, 3) == (QStringList{u"水质"_s, u"湿地公园"_s, u"河水"_s}),
             qPrintable(words.join(u' ')));
    QVERIFY(words.count(u"河水"_s) >= 1);
    QCOMPARE(words.size(), 2 + words.count(u"河水"_s));
    QCOMPARE(hit.snippet.count(u"河水"_s), words.count(u"河水"_s));
    QVERIFY2(!hit.snippet.contains(u" … "_s), qPrintable(hit.snippet));

    // A word in the title and the text: both say so.
    hit = onlyHit(*library, u"河道"_s);
    QCOMPARE(highlighted(hit.article.title, hit.titleHighlights), QStringList{u"河道"_s});
    QCOMPARE(hit.titleHighlights.first().first, 2);
    QVERIFY(hit.inHeadline && hit.inBody);
    QVERIFY(!hit.highlights.isEmpty());
    for (const QString &word : highlighted(hit.snippet, hit.highlights))
        QCOMPARE(word, u"河道"_s);
}

void TestSearch::headlineHitsAreTheTitles()
{
    const auto library = whyLibrary();
    QVERIFY(library);

    // Only in the headline: marked in the title; the snippet claims nothing.
    SearchHit hit = onlyHit(*library, u"灯会"_s);
    QCOMPARE(hit.article.title, u"古镇灯会今晚开幕"_s);
    QCOMPARE(hit.titleHighlights, (QList<std::pair<int, int>>{{2, 2}}));
    QVERIFY(hit.inHeadline);
    QVERIFY(!hit.inBody);
    QVERIFY2(hit.highlights.isEmpty(), qPrintable(hit.snippet));
    QVERIFY2(!hit.snippet.contains(u"灯会"_s), qPrintable(hit.snippet));
    QVERIFY2(hit.snippet.startsWith(u"本报讯 今晚"_s), qPrintable(hit.snippet)); // what it is about

    // One word in the headline, one in the text: each marked where it is.
    hit = onlyHit(*library, u"游客 灯会"_s);
    QCOMPARE(highlighted(hit.article.title, hit.titleHighlights), QStringList{u"灯会"_s});
    QCOMPARE(highlighted(hit.snippet, hit.highlights), QStringList{u"游客"_s});
    QVERIFY(hit.inHeadline && hit.inBody);

    // Only in the subtitle, which the list does not show: the snippet is the headline.
    hit = onlyHit(*library, u"巡河队"_s);
    QCOMPARE(hit.article.title, u"守护一河清水"_s);
    QVERIFY(hit.titleHighlights.isEmpty());
    QVERIFY(hit.inHeadline);
    QVERIFY(!hit.inBody);
    QVERIFY2(hit.snippet.startsWith(u"守护一河清水 ——记城南志愿者巡河队"_s),
             qPrintable(hit.snippet));
    QCOMPARE(highlighted(hit.snippet, hit.highlights), QStringList{u"巡河队"_s});

    // The whole title: one mark over all of it.
    hit = onlyHit(*library, u"古镇灯会今晚开幕"_s);
    QCOMPARE(hit.titleHighlights, (QList<std::pair<int, int>>{{0, 8}}));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
