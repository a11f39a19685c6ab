#include "issueparser.h"
#include "library.h"
#include "searchqueries.h"
#include "searchtokenizer.h"
#include "testlibrary.h"
#include "textfold.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <opencc/SimpleConverter.hpp>
#include <sqlite3.h>

#include <functional>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// An article as the parser gave it: what a query may look at.
struct OracleArticle
{
    qint64 id = 0;
    QString head;
    QString body;
    QStringList authors;
    QString section;
};

// Search correctness: any string of characters finds exactly the articles that
// contain it, whatever the user types; the query language means what the README
// says, in traditional and simplified script alike.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsExactly_data();
    void findsExactly();
    void agreesWithSubstringCount_data();
    void agreesWithSubstringCount();
    void agreesWithSubstringCountMatchingScript_data();
    void agreesWithSubstringCountMatchingScript();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void rankingAndSnippets();
    void filters();
    void paging();
    void pagingBeyondTheRankedMatches();
    void pagingOfTheExactCheck();
    void snippetShowsEveryTermsHit();
    void headlineHitsAreTheTitles();
    void traditionalAndSimplifiedFindEachOther_data();
    void traditionalAndSimplifiedFindEachOther();
    void hitsMarkTheCharactersAsPrinted();
    void indexOfTheOldTokenizerIsRebuilt();

private:
    std::unique_ptr<Library> whyLibrary(); // the issue below, in a library of its own
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_smallIssue = 0;
    qint64 m_scriptIssue = 0;
    QList<OracleArticle> m_articles; // every article, as parsed
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

// Traditional script, variants, what stays apart and a character outside the BMP.
const QString kScriptIssue =
    u"第01版:要闻\n\n"
    u"經濟發展再上新台階\n\n"
    u"本報訊(記者 陳家明)今年以來,全市經濟持續發展,乾隆年間修建的古橋重新開放。"
    u"隨著新線路開通,居民出行更方便。\n\n"
    u"衞生署發布新指引\n\n"
    u"本報記者 甯浩\n\n"
    u"衞生署昨日表示,將加強社區衞生服務,情緖支援熱線全天開放。\n\n"
    u"干部下基层\n\n"
    u"本报讯 市委组织部选派干部到基层任职,随着工作推进,成效初显。蒜薹丰收。\n\n"
    u"罕見字𩀨與後來\n\n"
    u"本報訊 𩀨字罕見,後來在著名的古籍中發現。公里之外的村裏。\n"_s;

// The issues in traditional script of the unseen set, one of them in Big5.
QStringList traditionalIssuePaths()
{
    const QDir dir(QStringLiteral(BROADSHEET_TEST_DATA "/unseen"));
    return {dir.filePath(u"u01_harbour_traditional.txt"_s),
            dir.filePath(u"u02_north_ridge_big5.txt"_s),
            dir.filePath(u"u09_old_town_traditional.txt"_s)};
}

// The oracle: what a query means, written out plainly and independently of the
// code under test (SearchQuery, TextFold, ScriptFold, the index), from the
// README's description.
//
// Folding: full-width ASCII forms are their half-width forms, white space other
// than line ends is a space, Latin case folds, and a traditional character is its
// simplified form: OpenCC's own converter (t2s.json) on that one character, kept
// only when it gives one character of the same length, with the reviewed
// exclusions and variants below, and once more for OpenCC's chains.
constexpr char32_t kOracleExclusions[] = {U'乾', U'薹', U'麴', U'甯'};
constexpr std::pair<char32_t, char32_t> kOracleVariants[] = {
    {U'戱', U'戏'}, {U'戯', U'戏'}, {U'緖', U'绪'}, {U'衞', U'卫'}, {U'敍', U'叙'},
    {U'衹', U'只'}, {U'粧', U'妆'}, {U'牠', U'它'}, {U'妳', U'你'}};

char32_t oracleScriptStep(char32_t c)
{
    if (c < 0x2E80)
        return c;
    for (const char32_t excluded : kOracleExclusions) {
        if (c == excluded)
            return c;
    }
    for (const auto &[from, to] : kOracleVariants) {
        if (c == from)
            return to;
    }
    static QHash<char32_t, char32_t> cache;
    if (const auto it = cache.constFind(c); it != cache.cend())
        return *it;
    static opencc::SimpleConverter converter("t2s.json");
    const QString one = QString::fromUcs4(&c, 1);
    const QList<uint> out = QString::fromStdString(converter.Convert(one.toStdString())).toUcs4();
    char32_t folded = c;
    if (out.size() == 1 && (out.first() > 0xFFFF) == (c > 0xFFFF))
        folded = out.first();
    cache.insert(c, folded);
    return folded;
}

char32_t oracleScript(char32_t c)
{
    return oracleScriptStep(oracleScriptStep(c));
}

enum class OracleScript { Fold, Exact };

QString oracleFold(QStringView text, OracleScript script = OracleScript::Fold,
                   bool keepCase = false)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            u = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (u >= 0xFF01 && u <= 0xFF5E)
            u -= 0xFEE0;
        if (u != u'\n' && QChar::isSpace(u))
            u = u' ';
        if (!keepCase && u <= 0xFFFF && !QChar::isSurrogate(u))
            u = QChar::toCaseFolded(u);
        if (script == OracleScript::Fold)
            u = oracleScript(u);
        out += QString::fromUcs4(&u, 1);
    }
    return out;
}

struct OracleTerm
{
    bool excluded = false;
    QString field; // "", title, author, section, page
    QString text;
    int distance = -1;
};
using OracleQuery = QList<QList<OracleTerm>>; // every group, any term of a group

OracleQuery oracleQuery(QStringView query, OracleScript script)
{
    // The query a character at a time (a pair of surrogates is one; half a pair
    // reads as U+FFFD), folded, and folded keeping case (for OR); control
    // characters are not there at all.
    QStringList f;
    QStringList k;
    for (qsizetype i = 0; i < query.size(); ++i) {
        QString c = query[i];
        if (query[i].isHighSurrogate() && i + 1 < query.size() && query[i + 1].isLowSurrogate())
            c += query[++i];
        else if (query[i].isSurrogate())
            c = QString(QChar::ReplacementCharacter);
        if (c.size() == 1 && c[0].unicode() < 0x20 && !c[0].isSpace())
            continue;
        f << oracleFold(c, script);
        k << oracleFold(c, script, true);
    }
    auto ends = [](const QString &c) { return c == u" "_s || c == u"\n"_s || c == u"|"_s; };
    struct Item
    {
        bool isOr = false;
        OracleTerm term;
    };
    QList<Item> items;
    const qsizetype n = f.size();
    qsizetype i = 0;
    while (i < n) {
        if (f[i] == u" "_s || f[i] == u"\n"_s) {
            ++i;
            continue;
        }
        if (f[i] == u"|"_s) {
            items << Item{true, {false, {}, u"|"_s, -1}};
            ++i;
            continue;
        }
        OracleTerm term;
        if (f[i] == u"-"_s && i + 1 < n && !ends(f[i + 1])) {
            term.excluded = true;
            ++i;
        }
        for (const QString &field : {u"title"_s, u"author"_s, u"section"_s, u"page"_s}) {
            const qsizetype colon = i + field.size();
            if (colon + 1 < n && f.mid(i, field.size()).join(QString()) == field &&
                f[colon] == u":"_s && !ends(f[colon + 1])) {
                term.field = field;
                i = colon + 1;
                break;
            }
        }
        bool quoted = false;
        QString kept;
        if (f[i] == u"\""_s) {
            quoted = true;
            for (++i; i < n && f[i] != u"\""_s && f[i] != u"\n"_s; ++i)
                term.text += f[i];
            if (i < n && f[i] == u"\""_s)
                ++i;
            if (i + 1 < n && f[i] == u"~"_s && f[i + 1].size() == 1 && f[i + 1][0] >= u'0' &&
                f[i + 1][0] <= u'9') {
                qint64 distance = 0;
                for (++i; i < n && f[i].size() == 1 && f[i][0] >= u'0' && f[i][0] <= u'9'; ++i)
                    distance = std::min<qint64>(distance * 10 + f[i][0].digitValue(), 100000);
                term.distance = int(distance);
            }
        } else {
            for (; i < n && !ends(f[i]) && f[i] != u"\""_s; ++i) {
                term.text += f[i];
                kept += k[i];
            }
        }
        if (term.text.isEmpty())
            continue;
        if (!quoted && !term.excluded && term.field.isEmpty() && kept == u"OR"_s)
            items << Item{true, {false, {}, u"or"_s, -1}};
        else
            items << Item{false, term};
    }
    OracleQuery groups;
    bool join = false;
    for (qsizetype at = 0; at < items.size(); ++at) {
        if (items[at].isOr) {
            if (at > 0 && items[at - 1].isOr)
                continue;
            qsizetype next = at + 1;
            while (next < items.size() && items[next].isOr)
                ++next;
            if (at > 0 && next < items.size()) {
                join = true;
                continue;
            }
        }
        if (join)
            groups.last() << items[at].term;
        else
            groups << QList<OracleTerm>{items[at].term};
        join = false;
    }
    return groups;
}

// How many characters (code points) a piece of text has.
qsizetype oracleLength(QStringView text)
{
    return text.toString().toUcs4().size();
}

// Some occurrence of each word, with at most `distance` characters between the
// end of each and the start of the one that starts last: every combination tried.
bool oracleNear(const QString &text, const QStringList &words, int distance)
{
    QList<QList<qsizetype>> starts;
    for (const QString &word : words) {
        QList<qsizetype> at;
        for (qsizetype i = 0; i + word.size() <= text.size(); ++i) {
            if (QStringView(text).sliced(i, word.size()) == word)
                at << i;
        }
        if (at.isEmpty())
            return false;
        starts << at;
    }
    QList<qsizetype> chosen(words.size());
    std::function<bool(qsizetype)> tryFrom = [&](qsizetype w) {
        if (w == words.size()) {
            const qsizetype last = *std::max_element(chosen.begin(), chosen.end());
            for (qsizetype j = 0; j < words.size(); ++j) {
                const qsizetype end = chosen[j] + words[j].size();
                if (end < last &&
                    oracleLength(QStringView(text).sliced(end, last - end)) > distance)
                    return false;
            }
            return true;
        }
        for (const qsizetype start : std::as_const(starts[w])) {
            chosen[w] = start;
            if (tryFrom(w + 1))
                return true;
        }
        return false;
    };
    return tryFrom(0);
}

// 第02版, A2版: the page, comparable (leading zeros gone, 二 is 2, a2 is a2).
QString oraclePageKey(QString page)
{
    page = oracleFold(page).trimmed();
    if (page.startsWith(u"第"_s))
        page = page.mid(1);
    if (page.endsWith(u"版"_s))
        page.chop(1);
    page = page.trimmed();
    const QString numerals = u"一二三四五六七八九"_s;
    static const QRegularExpression one(u"^[一二三四五六七八九]$"_s);
    static const QRegularExpression tens(u"^([一二三四五六七八九]?)十([一二三四五六七八九]?)$"_s);
    static const QRegularExpression number(u"^([a-z]?)0*(\\d+)$"_s);
    if (one.match(page).hasMatch())
        return QString::number(numerals.indexOf(page) + 1);
    if (const auto m = tens.match(page); m.hasMatch()) {
        const qsizetype ten = m.captured(1).isEmpty() ? 1 : numerals.indexOf(m.captured(1)) + 1;
        const qsizetype unit = m.captured(2).isEmpty() ? 0 : numerals.indexOf(m.captured(2)) + 1;
        return QString::number(ten * 10 + unit);
    }
    if (const auto m = number.match(page); m.hasMatch())
        return m.captured(1) + m.captured(2);
    return page;
}

QString oraclePage(const QString &sectionTitle)
{
    static const QRegularExpression marker(
        u"^\\s*(?:第\\s*([a-z]?\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版|([a-z]\\d{1,2}|\\d{1,2})\\s*版)"_s);
    const auto m = marker.match(oracleFold(sectionTitle));
    if (!m.hasMatch())
        return QString();
    return oraclePageKey(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
}

bool oracleTermMatches(const OracleTerm &term, const OracleArticle &article, const QString &head,
                       const QString &body, OracleScript script)
{
    QStringList words;
    for (const QString &word : term.text.split(u' ', Qt::SkipEmptyParts)) {
        if (!words.contains(word))
            words << word;
    }
    const bool near = term.distance >= 0 && words.size() >= 2 &&
                      (term.field.isEmpty() || term.field == u"title"_s);
    const QString text = term.distance >= 0 && words.size() == 1 &&
                                 (term.field.isEmpty() || term.field == u"title"_s)
                             ? words.first()
                             : term.text;
    if (term.field.isEmpty()) {
        return near ? oracleNear(head, words, term.distance) ||
                          oracleNear(body, words, term.distance)
                    : (head + u'\n' + body).contains(text);
    }
    if (term.field == u"title"_s)
        return near ? oracleNear(head, words, term.distance) : head.contains(text);
    if (term.field == u"author"_s) {
        return std::any_of(
            article.authors.begin(), article.authors.end(),
            [&](const QString &author) { return oracleFold(author, script).contains(text); });
    }
    if (term.field == u"section"_s)
        return oracleFold(article.section, script).contains(text);
    const QString page = oraclePage(article.section);
    return !page.isEmpty() && page == oraclePageKey(text);
}

bool oracleMatches(const OracleArticle &article, const OracleQuery &groups,
                   OracleScript script = OracleScript::Fold)
{
    if (groups.isEmpty())
        return false;
    const QString head = oracleFold(article.head, script);
    const QString body = oracleFold(article.body, script);
    return std::all_of(groups.begin(), groups.end(), [&](const QList<OracleTerm> &group) {
        return std::any_of(group.begin(), group.end(), [&](const OracleTerm &term) {
            return oracleTermMatches(term, article, head, body, script) != term.excluded;
        });
    });
}

// Read page by page (and one page past the end), a search gives every hit of
// the whole list once, in its order, and every page the same total.
void pagesMatchTheWholeList(Library &library, SearchRequest request, int pageSize,
                            const SearchResults &all)
{
    QList<qint64> ids;
    for (request.offset = 0; request.offset < all.total + pageSize; request.offset += pageSize) {
        request.limit = pageSize;
        const auto page = library.search(request);
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        QCOMPARE(page->total, all.total);
        for (const SearchHit &hit : page->hits)
            ids << hit.article.id;
    }
    QCOMPARE(ids.size(), all.total);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids[i], all.hits[i].article.id);
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
    for (const auto &[name, text, articles, id] :
         {std::tuple(u"small.txt"_s, kSmallIssue, 4, &m_smallIssue),
          std::tuple(u"script.txt"_s, kScriptIssue, 4, &m_scriptIssue)}) {
        const QString path = m_dir.filePath(name);
        QVERIFY(TestData::writeFile(path, text.toUtf8()));
        const auto imported = m_library->importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->articleCount, articles);
        *id = imported->issueId;
    }
    const ImportReport report =
        m_library->importPaths(TestData::issuePaths() + traditionalIssuePaths());
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
            for (const Section &section : parsed->sections) {
                for (const Article &article : section.articles) {
                    if (article.id == record.number)
                        m_articles
                            << OracleArticle{record.id, article.headText(), article.bodyText(),
                                             article.authors(), section.title};
                }
            }
        }
        QCOMPARE(m_articles.last().id, articles->last().id);
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
    QTest::newRow("traditional finds simplified") << u"圖書館"_s << QList<int>{1};
    QTest::newRow("two terms must both match") << u"6 公里"_s << QList<int>{4};
    QTest::newRow("terms anywhere in the article") << u"林一 万册"_s << QList<int>{1};
    QTest::newRow("terms from different articles") << u"林一 步道"_s << QList<int>{};
    QTest::newRow("punctuation is not skipped") << u"规划通过"_s << QList<int>{};
    QTest::newRow("punctuation matches itself") << u"规划。通过"_s << QList<int>{3};
    QTest::newRow("quoted phrase keeps its space") << u"\"C++ 都\""_s << QList<int>{3};
    QTest::newRow("quoted phrase does not match without it") << u"\"C++都\""_s << QList<int>{};
    QTest::newRow("AND is a word") << u"AND"_s << QList<int>{3};
    QTest::newRow("OR is a word") << u"or"_s << QList<int>{3};
    QTest::newRow("OR alone is a word") << u"OR"_s << QList<int>{3};
    QTest::newRow("NEAR( is text") << u"NEAR(a"_s << QList<int>{3};
    QTest::newRow("minus excludes") << u"-x"_s << QList<int>{1, 2, 4};
    QTest::newRow("quoted minus is text") << u"\"-x\""_s << QList<int>{3};
    QTest::newRow("lone minus is text") << u"- 本"_s << QList<int>{3};
    QTest::newRow("star") << u"*y"_s << QList<int>{3};
    QTest::newRow("plus signs") << u"c++"_s << QList<int>{3};
    QTest::newRow("percent") << u"95%"_s << QList<int>{2};
    QTest::newRow("not in any article") << u"火星"_s << QList<int>{};
    // More terms than go to the index: the exact check decides.
    QTest::newRow("nine terms") << u"本 报 讯 市 图 书 馆 新 万"_s << QList<int>{1};
    QTest::newRow("nine terms, one missing") << u"本 报 讯 市 图 书 馆 新 火"_s << QList<int>{};
    QTest::newRow("does not cross paragraphs") << u"万册。 ＡＩ"_s << QList<int>{};
    // The query language.
    QTest::newRow("exclusion") << u"本报讯 -林一"_s << QList<int>{3, 4};
    QTest::newRow("excluding what all have") << u"-本"_s << QList<int>{};
    QTest::newRow("excluding what none has") << u"-火星"_s << QList<int>{1, 2, 3, 4};
    QTest::newRow("excluded phrase") << u"本报讯 -\"新馆 正式\""_s << QList<int>{1, 3, 4};
    QTest::newRow("OR") << u"林一 OR 王二"_s << QList<int>{1, 2};
    QTest::newRow("bar") << u"林一|张三"_s << QList<int>{1, 4};
    QTest::newRow("OR and AND") << u"林一 OR 张三 公里"_s << QList<int>{4};
    QTest::newRow("title") << u"title:步道"_s << QList<int>{4};
    QTest::newRow("title, not the body") << u"title:城南"_s << QList<int>{};
    QTest::newRow("excluded title") << u"本 -title:步道"_s << QList<int>{1, 2, 3};
    QTest::newRow("author") << u"author:王二"_s << QList<int>{2};
    QTest::newRow("author, part of the name") << u"author:张"_s << QList<int>{4};
    QTest::newRow("author or author") << u"author:王 OR author:张"_s << QList<int>{2, 4};
    QTest::newRow("excluded author") << u"本报讯 -author:林一"_s << QList<int>{3, 4};
    QTest::newRow("section") << u"section:要闻"_s << QList<int>{1, 2, 3, 4};
    QTest::newRow("section in traditional script") << u"section:要聞 步道"_s << QList<int>{4};
    QTest::newRow("section it is not") << u"section:体育"_s << QList<int>{};
    QTest::newRow("page") << u"page:1"_s << QList<int>{1, 2, 3, 4};
    QTest::newRow("page as printed") << u"page:第01版 步道"_s << QList<int>{4};
    QTest::newRow("another page") << u"page:2"_s << QList<int>{};
    QTest::newRow("proximity, headline") << u"\"河畔 贯通\"~2"_s << QList<int>{4};
    QTest::newRow("proximity, too far") << u"\"河畔 贯通\"~1"_s << QList<int>{};
    QTest::newRow("proximity, body") << u"\"城南 贯通\"~6"_s << QList<int>{4};
    QTest::newRow("proximity, in the headline only") << u"title:\"城南 贯通\"~6"_s << QList<int>{};
    QTest::newRow("an unclosed quote") << u"\"C++ 都"_s << QList<int>{3};
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

namespace {

// What a search finds against what the oracle says, over every article.
void compareWithOracle(Library &library, const QList<OracleArticle> &articles, const QString &query,
                       bool exactScript)
{
    const OracleScript script = exactScript ? OracleScript::Exact : OracleScript::Fold;
    const OracleQuery groups = oracleQuery(query, script);
    QSet<qint64> expected;
    for (const OracleArticle &article : articles) {
        if (oracleMatches(article, groups, script))
            expected << article.id;
    }
    SearchRequest request;
    request.text = query;
    request.exactScript = exactScript;
    request.limit = 100000;
    const auto results = library.search(request);
    QVERIFY2(results.ok(), qPrintable(results.errorMessage()));
    QSet<qint64> found;
    for (const SearchHit &hit : results->hits)
        found << hit.article.id;
    QCOMPARE(results->total, expected.size());
    QCOMPARE(found, expected);
}

QStringList oracleQueries()
{
    QStringList queries = {u"市"_s, u"柴伟"_s, u"记者"_s, u"本报讯"_s, u"项目建设"_s, u"2019年"_s,
                           u"6个"_s, u"。"_s, u"“"_s, u"的"_s, u"同期声"_s, u"摄"_s, u"a"_s,
                           u"增长 亿元"_s, u"\"抓环境 抓项目\""_s, u"医院 记者 今年"_s,
                           // Traditional and simplified.
                           u"发展"_s, u"發展"_s, u"本報訊"_s, u"记者 -本報訊"_s, u"交通"_s,
                           u"巴士 OR 公交"_s, u"section:要闻 发展"_s, u"page:a2"_s,
                           u"page:3 -section:法治"_s, u"author:陳 OR author:陈"_s,
                           u"title:\"发展\""_s, u"\"市民 巴士\"~20"_s, u"\"發展 区\"~30"_s,
                           u"卫生"_s, u"情绪"_s, u"乾"_s, u"干"_s, u"随着 OR 随著"_s, u"𫕚"_s,
                           u"后来 里"_s};
    return queries + SearchQueries::shared();
}

} // namespace

void TestSearch::agreesWithSubstringCount_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &query : oracleQueries())
        QTest::newRow(qPrintable(query)) << query;
}

void TestSearch::agreesWithSubstringCount()
{
    QFETCH(QString, query);
    compareWithOracle(*m_library, m_articles, query, false);
}

void TestSearch::agreesWithSubstringCountMatchingScript_data()
{
    agreesWithSubstringCount_data();
}

void TestSearch::agreesWithSubstringCountMatchingScript()
{
    // "Match script exactly": the index narrows, the text decides.
    QFETCH(QString, query);
    compareWithOracle(*m_library, m_articles, query, true);
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
    // The query language, misused.
    QTest::newRow("only operators") << u"OR | - -- OR"_s;
    QTest::newRow("fields without values") << u"title: author: section:\"\" page:"_s;
    QTest::newRow("a field in a field") << u"title:author:市"_s;
    QTest::newRow("an author who is SQL") << u"author:\"x' OR 1=1 --\""_s;
    QTest::newRow("a section that is JSON") << u"section:\"\\\"]\" -section:\"[\""_s;
    QTest::newRow("a page of nothing") << u"page:第版 page:０ page:十十"_s;
    QTest::newRow("proximity of nothing") << u"\" \"~5 \"~\"~"_s;
    QTest::newRow("an enormous distance") << u"\"市 的\"~99999999999999999999"_s;
    QTest::newRow("excluded everything") << u"-\"\" -title: -市 OR -的"_s;
    QTest::newRow("10 KB of exclusions") << u"-市 "_s.repeated(2048);
    QTest::newRow("10 KB of alternatives") << u"市 OR "_s.repeated(2048);
    QTest::newRow("10 KB of fields") << u"author:王 OR section:要 "_s.repeated(512);
    // More than SQLite takes in one expression, were each a condition of its own.
    QStringList authors;
    QStringList exclusions;
    QStringList sections;
    for (int i = 0; i < 1200; ++i) {
        authors << u"author:%1"_s.arg(i);
        exclusions << u"-t%1"_s.arg(i);
        sections << u"-section:%1"_s.arg(i);
    }
    QTest::newRow("1200 authors, any of them") << authors.join(u" OR "_s);
    QTest::newRow("1200 exclusions") << exclusions.join(u' ');
    QTest::newRow("1200 sections left out") << u"的 "_s + sections.join(u' ');
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
    const OracleQuery groups = oracleQuery(query, OracleScript::Fold);
    for (const OracleArticle &article : std::as_const(m_articles))
        expected += oracleMatches(article, groups) ? 1 : 0;
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
        pagesMatchTheWholeList(**library, request, pageSize, *all);
        if (QTest::currentTestFailed())
            return;
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

void TestSearch::pagingOfTheExactCheck()
{
    // Queries the exact check decides, and one without anything for the index
    // to find: pages agree with the whole list, every match once.
    for (const QString &query : {u"\"的 发展\"~20"_s, u"-的"_s, u"的 -\"的 市\"~3"_s}) {
        SearchRequest request;
        request.text = query;
        request.limit = 100000;
        const auto all = m_library->search(request);
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QVERIFY2(all->total > 7, qPrintable(query));
        QCOMPARE(all->hits.size(), all->total);
        pagesMatchTheWholeList(*m_library, request, 7, *all);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSearch::traditionalAndSimplifiedFindEachOther_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("exactScript");
    QTest::addColumn<QList<int>>("articles"); // numbers within the script issue
    QTest::newRow("simplified finds traditional") << u"发展"_s << false << QList<int>{1};
    QTest::newRow("traditional finds traditional") << u"發展"_s << false << QList<int>{1};
    QTest::newRow("traditional finds simplified") << u"幹部"_s << false << QList<int>{3};
    QTest::newRow("mixed in one word") << u"經济发展"_s << false << QList<int>{1};
    QTest::newRow("exactly: simplified") << u"发展"_s << true << QList<int>{};
    QTest::newRow("exactly: traditional") << u"發展"_s << true << QList<int>{1};
    QTest::newRow("exactly: simplified text") << u"干部"_s << true << QList<int>{3};
    QTest::newRow("exactly: excluded") << u"-發展 本報訊"_s << true << QList<int>{4};
    QTest::newRow("a variant: 衞") << u"卫生"_s << false << QList<int>{2};
    QTest::newRow("a variant: 緖") << u"情绪"_s << false << QList<int>{2};
    QTest::newRow("後 is 后") << u"后来"_s << false << QList<int>{4};
    QTest::newRow("裏 is 里") << u"村里"_s << false << QList<int>{4};
    QTest::newRow("里 finds 裏 and 公里") << u"里"_s << false << QList<int>{4};
    QTest::newRow("乾 stays 乾") << u"干隆"_s << false << QList<int>{};
    QTest::newRow("乾隆") << u"乾隆"_s << false << QList<int>{1};
    QTest::newRow("干 does not find 乾") << u"干"_s << false << QList<int>{3};
    QTest::newRow("薹 stays 薹") << u"蒜苔"_s << false << QList<int>{};
    QTest::newRow("著 stays 著") << u"随着"_s << false << QList<int>{3};
    QTest::newRow("both spellings, by OR") << u"随着 OR 随著"_s << false << QList<int>{1, 3};
    QTest::newRow("甯 stays 甯") << u"author:宁"_s << false << QList<int>{};
    QTest::newRow("author in traditional") << u"author:陈家明"_s << false << QList<int>{1};
    QTest::newRow("outside the BMP") << u"𫕚"_s << false << QList<int>{4};
    QTest::newRow("outside the BMP, as printed") << u"𩀨字"_s << false << QList<int>{4};
    QTest::newRow("outside the BMP, exactly") << u"𫕚"_s << true << QList<int>{};
    QTest::newRow("proximity across scripts") << u"\"经济 发展\"~10"_s << false << QList<int>{1};
    QTest::newRow("title across scripts") << u"title:卫生署"_s << false << QList<int>{2};
}

void TestSearch::traditionalAndSimplifiedFindEachOther()
{
    QFETCH(QString, query);
    QFETCH(bool, exactScript);
    QFETCH(QList<int>, articles);
    SearchRequest request;
    request.text = query;
    request.exactScript = exactScript;
    request.issueId = m_scriptIssue;
    const auto results = m_library->search(request);
    QVERIFY2(results.ok(), qPrintable(results.errorMessage()));
    QCOMPARE(numbers(*results), articles);
    QCOMPARE(results->total, articles.size());
}

void TestSearch::hitsMarkTheCharactersAsPrinted()
{
    SearchRequest request;
    request.text = u"发展 后来"_s;
    request.issueId = m_scriptIssue;
    auto results = m_library->search(request);
    QVERIFY(results.ok());
    QCOMPARE(results->total, 0); // not in one article
    request.text = u"发展 OR 后来"_s;
    results = m_library->search(request);
    QVERIFY(results.ok());
    QCOMPARE(results->total, 2);
    for (const SearchHit &hit : results->hits) {
        QVERIFY(!hit.highlights.isEmpty());
        for (const auto &[start, length] : hit.highlights) {
            const QString marked = hit.snippet.mid(start, length);
            QVERIFY2(marked == u"發展"_s || marked == u"後來"_s, qPrintable(marked));
        }
    }
    // The title as stored, its hit where it is printed.
    request.text = u"经济 发展"_s;
    results = m_library->search(request);
    QVERIFY(results.ok());
    QCOMPARE(results->hits.size(), 1);
    const SearchHit &hit = results->hits.first();
    QCOMPARE(hit.article.title, u"經濟發展再上新台階"_s);
    QCOMPARE(hit.titleHighlights, (QList<std::pair<int, int>>{{0, 4}}));
    QVERIFY(hit.inHeadline && hit.inBody);
    QVERIFY2(hit.snippet.contains(u"經濟持續發展"_s), qPrintable(hit.snippet));
    QStringList marked;
    for (const auto &[start, length] : hit.highlights)
        marked << hit.snippet.mid(start, length);
    QCOMPARE(marked, (QStringList{u"經濟"_s, u"發展"_s}));
    // Outside the BMP: two units for one character, marked whole.
    request.text = u"𫕚字"_s;
    results = m_library->search(request);
    QVERIFY(results.ok());
    QCOMPARE(results->hits.size(), 1);
    const SearchHit &astral = results->hits.first();
    QVERIFY(astral.titleHighlights.isEmpty());
    QCOMPARE(astral.highlights.size(), 1);
    QCOMPARE(astral.snippet.mid(astral.highlights.first().first, astral.highlights.first().second),
             u"𩀨字"_s);
    // Matching the script exactly marks only the script typed.
    request.text = u"發展 OR 发展"_s;
    request.exactScript = true;
    results = m_library->search(request);
    QVERIFY(results.ok());
    QCOMPARE(results->total, 1);
    QCOMPARE(results->terms, (QStringList{u"發展"_s, u"发展"_s}));
}

namespace {

// The tokenizer of index version 1, for a library made before the script fold:
// every character and every pair of neighbouring letters, digits or ideographs,
// width and case folded, traditional characters as they are.
bool oldPairable(char32_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z');
    return (c >= 0x3400 && c < 0xA000) || QChar::isLetterOrNumber(c);
}

int oldTokenize(Fts5Tokenizer *, void *context, int, const char *text, int size,
                int (*token)(void *, int, const char *, int, int, int))
{
    struct Character
    {
        QByteArray folded;
        char32_t code;
        int start;
        int end;
    };
    QList<Character> characters;
    const QString decoded = QString::fromUtf8(text, size);
    int offset = 0;
    for (const uint c : decoded.toUcs4()) {
        const char32_t code = char32_t(c);
        const QString one = QString::fromUcs4(&code, 1);
        const int length = int(one.toUtf8().size());
        const char32_t folded = TextFold::fold(code, TextFold::Case::Fold, TextFold::Script::Keep);
        if (code >= 0x20 || code == u'\n' || code == u'\t' || code == u'\r')
            characters << Character{QString::fromUcs4(&folded, 1).toUtf8(), folded, offset,
                                    offset + length};
        offset += length;
    }
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const Character &c = characters[i];
        int rc = token(context, 0, c.folded.constData(), int(c.folded.size()), c.start, c.end);
        if (rc == SQLITE_OK && i + 1 < characters.size() && oldPairable(c.code) &&
            oldPairable(characters[i + 1].code)) {
            const QByteArray pair = c.folded + characters[i + 1].folded;
            rc = token(context, FTS5_TOKEN_COLOCATED, pair.constData(), int(pair.size()), c.start,
                       characters[i + 1].end);
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int oldCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void oldDestroy(Fts5Tokenizer *) {}

// Replaces a library's index with one the version-1 tokenizer makes, and says so.
bool makeIndexOfVersion1(const QString &path, const QList<StoredArticle> &articles)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    static fts5_tokenizer tokenizer{oldCreate, oldDestroy, oldTokenize};
    bool ok =
        api && api->xCreateTokenizer(api, "broadsheet", nullptr, &tokenizer, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_exec(db,
                            "BEGIN; INSERT INTO article_search (article_search) "
                            "VALUES ('delete-all');",
                            nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const StoredArticle &article : articles) {
        sqlite3_stmt *insert = nullptr;
        ok = ok && sqlite3_prepare_v2(db,
                                      "INSERT INTO article_search (rowid, head, body) VALUES "
                                      "(?1, ?2, ?3)",
                                      -1, &insert, nullptr) == SQLITE_OK;
        const QByteArray head = article.article.headText().toUtf8();
        const QByteArray body = article.article.bodyText().toUtf8();
        ok = ok && sqlite3_bind_int64(insert, 1, article.record.id) == SQLITE_OK &&
             sqlite3_bind_text(insert, 2, head.constData(), int(head.size()), SQLITE_TRANSIENT) ==
                 SQLITE_OK &&
             sqlite3_bind_text(insert, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT) ==
                 SQLITE_OK &&
             sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_finalize(insert);
    }
    // What version 1 wrote: "1/unicode-N".
    const QByteArray version =
        "1/unicode-" + QByteArray::number(int(QChar::currentUnicodeVersion()));
    const QByteArray setting = "INSERT OR REPLACE INTO library_settings (name, value) VALUES "
                               "('tokenizer_version', '" +
                               version + "'); COMMIT;";
    ok = ok && sqlite3_exec(db, setting.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

void TestSearch::indexOfTheOldTokenizerIsRebuilt()
{
    // A library whose index version 1 made: traditional characters as printed.
    const QString file = m_dir.filePath(u"old/library.sqlite"_s);
    QList<StoredArticle> articles;
    {
        auto library = Library::open(file);
        QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
        const ImportReport report = (*library)->importPaths(traditionalIssuePaths());
        QVERIFY(report.failures.isEmpty());
        QVERIFY(TestData::searchCount(**library, u"发展"_s) > 0);
        QList<qint64> ids;
        const auto issues = (*library)->issues();
        QVERIFY(issues.ok());
        for (const IssueRecord &issue : *issues) {
            const auto records = (*library)->articles(issue.id);
            QVERIFY(records.ok());
            for (const ArticleRecord &record : *records)
                ids << record.id;
        }
        auto stored = (*library)->storedArticles(ids);
        QVERIFY(stored.ok());
        articles = std::move(stored).value();
    }
    QVERIFY(makeIndexOfVersion1(file, articles));
    const int traditional = [&] {
        int n = 0;
        for (const StoredArticle &article : std::as_const(articles))
            n += article.article.plainText().contains(u"發展"_s) ? 1 : 0;
        return n;
    }();
    QVERIFY(traditional > 0);

    // Read-only it stays as it is, and says so: 发展 does not find 發展 there.
    {
        auto reader = Library::open(
            file, Library::Options{.access = Library::Access::ReadOnly, .busyTimeoutMs = 200});
        QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
        QVERIFY(!(*reader)->isSearchIndexCurrent());
        QCOMPARE(TestData::searchCount(**reader, u"发展"_s), 0);
    }
    // Opened to write, the index is made again, with the fold.
    int told = 0;
    Library::Options options;
    options.indexProgress = [&](int, int) { ++told; };
    auto library = Library::open(file, options);
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    QVERIFY(told > 0);
    QVERIFY((*library)->isSearchIndexCurrent());
    QCOMPARE(TestData::searchCount(**library, u"发展"_s), traditional);
    QCOMPARE(TestData::searchCount(**library, u"發展"_s), traditional);
    QVERIFY((*library)->checkIntegrity().ok());
    QVERIFY(SearchTokenizer::version().startsWith(u"2/"_s));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
