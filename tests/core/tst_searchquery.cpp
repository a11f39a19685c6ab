#include "searchquery.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The query language of the search box and `broadsheet-cli search`: how what is
// typed is read, what the index is asked, and the exact check.
class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void reading_data();
    void reading();
    void typedTermsAreAsTyped();
    void matchExpression_data();
    void matchExpression();
    void indexPlan();
    void exactScriptNeedsTheCheckOnlyWhereTheFoldActs();
    void proximity_data();
    void proximity();
    void fields();
    void deskFields_data();
    void deskFields();
    void pages_data();
    void pages();
    void anythingTypedIsRead();
};

namespace {

// A query as a string, for comparing: groups joined by " & ", terms by " | ";
// -excluded, field:, words joined by "+" and ~distance.
QString shape(const SearchQuery &query)
{
    static const QStringList fieldNames = {u""_s,         u"title:"_s, u"author:"_s,
                                           u"section:"_s, u"page:"_s,  u"collection:"_s,
                                           u"tag:"_s,     u"has:"_s};
    QStringList groups;
    for (const SearchQuery::Group &group : query.groups()) {
        QStringList terms;
        for (const SearchQuery::Term &term : group) {
            QString text = (term.excluded ? u"-"_s : QString()) + fieldNames[int(term.field)] +
                           term.words.join(u'+');
            if (term.distance >= 0)
                text += u'~' + QString::number(term.distance);
            terms << text;
        }
        groups << terms.join(u" | "_s);
    }
    return groups.join(u" & "_s);
}

} // namespace

void TestSearchQuery::reading_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("shape");
    QTest::newRow("one word") << u"柴伟"_s << u"柴伟"_s;
    QTest::newRow("two words") << u"柴伟 孙弘"_s << u"柴伟 & 孙弘"_s;
    QTest::newRow("ideographic space") << u"柴伟　孙弘"_s << u"柴伟 & 孙弘"_s;
    QTest::newRow("phrase") << u"\"规划引领 项目支撑\" 柴伟"_s << u"规划引领 项目支撑 & 柴伟"_s;
    QTest::newRow("unclosed quote") << u"\"a b"_s << u"a b"_s;
    QTest::newRow("quote ends at a line end") << u"\"a b\nc"_s << u"a b & c"_s;
    QTest::newRow("full-width quotes") << u"＂a b＂"_s << u"a b"_s;
    QTest::newRow("folded") << u"２０１９ ＡＩ 發展"_s << u"2019 & ai & 发展"_s;
    QTest::newRow("duplicates once") << u"市 市 市"_s << u"市"_s;
    QTest::newRow("control characters") << u"\u0001\u0002 市\u0007"_s << u"市"_s;
    QTest::newRow("only spaces") << u"   "_s << QString();
    QTest::newRow("empty quotes") << u"\"\" a\"\"b"_s << u"a & b"_s;
    QTest::newRow("exclusion") << u"发展 -规划"_s << u"发展 & -规划"_s;
    QTest::newRow("excluded phrase") << u"-\"a b\""_s << u"-a b"_s;
    QTest::newRow("full-width minus") << u"－规划"_s << u"-规划"_s;
    QTest::newRow("lone minus is a word") << u"a - b"_s << u"a & - & b"_s;
    QTest::newRow("minus inside a word") << u"a-b"_s << u"a-b"_s;
    QTest::newRow("double minus") << u"--x"_s << u"--x"_s;
    QTest::newRow("OR") << u"发展 OR 发达 规划"_s << u"发展 | 发达 & 规划"_s;
    QTest::newRow("full-width OR") << u"a ＯＲ b"_s << u"a | b"_s;
    QTest::newRow("bar") << u"a | b | c"_s << u"a | b | c"_s;
    QTest::newRow("bar without spaces") << u"a|b"_s << u"a | b"_s;
    QTest::newRow("full-width bar") << u"a｜b"_s << u"a | b"_s;
    QTest::newRow("ORs in a row are one") << u"a OR | OR b"_s << u"a | b"_s;
    QTest::newRow("lower-case or is a word") << u"a or b"_s << u"a & or & b"_s;
    QTest::newRow("OR first is a word") << u"OR a"_s << u"or & a"_s;
    QTest::newRow("OR last is a word") << u"a OR"_s << u"a & or"_s;
    QTest::newRow("bar alone is a word") << u"|"_s << u"|"_s;
    QTest::newRow("quoted OR is a word") << u"a \"OR\" b"_s << u"a & or & b"_s;
    QTest::newRow("OR with an exclusion") << u"a OR -b"_s << u"a | -b"_s;
    QTest::newRow("the same alternative once") << u"a OR a"_s << u"a"_s;
    QTest::newRow("title") << u"title:发展"_s << u"title:发展"_s;
    QTest::newRow("field names fold") << u"TITLE:a ｔｉｔｌｅ：b"_s << u"title:a & title:b"_s;
    QTest::newRow("author phrase") << u"author:\"王 二\""_s << u"author:王 二"_s;
    QTest::newRow("section and page") << u"section:要闻 page:2"_s << u"section:要闻 & page:2"_s;
    QTest::newRow("excluded field") << u"-title:a"_s << u"-title:a"_s;
    QTest::newRow("fields in an OR") << u"author:王 OR author:李"_s << u"author:王 | author:李"_s;
    QTest::newRow("field with nothing after it") << u"title: a"_s << u"title: & a"_s;
    QTest::newRow("field at the end") << u"a title:"_s << u"a & title:"_s;
    QTest::newRow("not a field") << u"head:市 body : x"_s << u"head:市 & body & : & x"_s;
    QTest::newRow("a colon in text") << u"10:30"_s << u"10:30"_s;
    QTest::newRow("proximity") << u"\"项目 发展\"~10"_s << u"项目+发展~10"_s;
    QTest::newRow("full-width proximity") << u"＂项目 发展＂～１０"_s << u"项目+发展~10"_s;
    QTest::newRow("proximity of three") << u"\"a b c\"~3"_s << u"a+b+c~3"_s;
    QTest::newRow("proximity of one word is the word") << u"\" a \"~3"_s << u"a"_s;
    QTest::newRow("proximity of a word twice") << u"\"a a\"~3"_s << u"a"_s;
    QTest::newRow("proximity in the headline") << u"title:\"a b\"~2"_s << u"title:a+b~2"_s;
    QTest::newRow("excluded proximity") << u"-\"a b\"~2"_s << u"-a+b~2"_s;
    QTest::newRow("tilde without a number") << u"\"a b\"~x"_s << u"a b & ~x"_s;
    QTest::newRow("tilde after a word is text") << u"a~10"_s << u"a~10"_s;
    QTest::newRow("a huge distance") << u"\"a b\"~99999999999999"_s << u"a+b~100000"_s;
    QTest::newRow("author ignores proximity") << u"author:\"王 二\"~3"_s << u"author:王 二"_s;
    QTest::newRow("half a surrogate pair")
        << u"市"_s + QChar(0xD800) + u" 报"_s + QChar(0xDC00) << u"市\uFFFD & 报\uFFFD"_s;
    QTest::newRow("a whole pair") << u"📰市"_s << u"📰市"_s;
    QTest::newRow("collection") << u"collection:读书"_s << u"collection:读书"_s;
    QTest::newRow("collection with spaces")
        << u"collection:\"My List\" 发展"_s << u"collection:my list & 发展"_s;
    QTest::newRow("tag") << u"tag:待读 -tag:read"_s << u"tag:待读 & -tag:read"_s;
    QTest::newRow("tags in an OR") << u"tag:a OR tag:b"_s << u"tag:a | tag:b"_s;
    QTest::newRow("has:note") << u"has:note 发展"_s << u"has:note & 发展"_s;
    QTest::newRow("has:notes") << u"HAS:Notes"_s << u"has:notes"_s;
    QTest::newRow("excluded has:note") << u"-has:note"_s << u"-has:note"_s;
    QTest::newRow("has: anything else is a word") << u"has:cats"_s << u"has:cats"_s;
    QTest::newRow("has:notebook is a word") << u"has:notebook"_s << u"has:notebook"_s;
    QTest::newRow("desk field with nothing after it") << u"tag: a"_s << u"tag: & a"_s;
    QTest::newRow("FTS5 syntax is text")
        << u"a AND b NEAR(c) * ^d {head}:e"_s << u"a & and & b & near(c) & * & ^d & {head}:e"_s;
}

void TestSearchQuery::reading()
{
    QFETCH(QString, query);
    QFETCH(QString, shape);
    QCOMPARE(::shape(SearchQuery(query)), shape);
}

void TestSearchQuery::typedTermsAreAsTyped()
{
    const SearchQuery query(u"ＡＩ 發展 -规划 title:\"城市 更新\" author:王 \"項目 建設\"~5"_s);
    QCOMPARE(query.terms(),
             (QStringList{u"ai"_s, u"发展"_s, u"城市 更新"_s, u"项目"_s, u"建设"_s}));
    QCOMPARE(query.typedTerms(),
             (QStringList{u"ＡＩ"_s, u"發展"_s, u"城市 更新"_s, u"項目"_s, u"建設"_s}));
    const SearchQuery exact(u"發展"_s, SearchQuery::Script::Exact);
    QCOMPARE(exact.terms(), QStringList{u"發展"_s});
}

void TestSearchQuery::matchExpression_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expression");
    QTest::newRow("longest first") << u"a bcd bc"_s << u"\"bcd\" AND \"bc\" AND \"a\""_s;
    QTest::newRow("quotes only delimit")
        << u"a\"\"b NEAR( *x"_s << u"\"near(\" AND \"*x\" AND \"a\" AND \"b\""_s;
    QTest::newRow("OR: as selective as its shortest")
        << u"a OR bbb cc"_s << u"\"cc\" AND (\"a\" OR \"bbb\")"_s;
    QTest::newRow("NOT") << u"ab -c"_s << u"\"ab\" NOT \"c\""_s;
    QTest::newRow("NOT after several")
        << u"ab cd -e -f"_s << u"(\"ab\" AND \"cd\") NOT (\"e\" OR \"f\")"_s;
    QTest::newRow("headline") << u"title:ab -title:c"_s << u"head : \"ab\" NOT head : \"c\""_s;
    QTest::newRow("NEAR, one more for the pairs")
        << u"\"ab cd\"~10"_s << u"NEAR(\"ab\" \"cd\", 11)"_s;
    QTest::newRow("only exclusions: nothing to find") << u"-a -b"_s << QString();
    QTest::newRow("only fields: nothing to find") << u"author:王 section:要闻"_s << QString();
    QTest::newRow("fields aside") << u"ab author:王"_s << u"\"ab\""_s;
    QTest::newRow("only desk fields: nothing to find")
        << u"collection:a tag:b has:note"_s << QString();
    QTest::newRow("desk fields aside") << u"ab -tag:x"_s << u"\"ab\""_s;
    QTest::newRow("folded") << u"發展 ＡＩ"_s << u"\"发展\" AND \"ai\""_s;
    QTest::newRow("a lone quote") << u"\"\"\""_s << QString();
}

void TestSearchQuery::matchExpression()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    QCOMPARE(SearchQuery(query).matchExpression(), expression);
}

void TestSearchQuery::indexPlan()
{
    using Limits = SearchQuery::Limits;
    // Within the limits the index decides.
    QVERIFY(SearchQuery(u"a b"_s).indexPlan(Limits{2, 10}).exact);
    QVERIFY(!SearchQuery(u"a b c"_s).indexPlan(Limits{2, 10}).exact);
    QCOMPARE(SearchQuery(u"a b c"_s).indexPlan(Limits{2, 10}).match, u"\"a\" AND \"b\""_s);
    // A long word: its start narrows, the exact check decides.
    const SearchQuery longWord(QString(100, u'x'));
    QVERIFY(!longWord.indexPlan(Limits{8, 48}).exact);
    QCOMPARE(longWord.indexPlan(Limits{8, 48}).match, u'"' + QString(48, u'x') + u'"');
    // Shortening never splits a character outside the BMP.
    QCOMPARE(SearchQuery(QString(47, u'x') + u"📰📰"_s).matchExpression(8, 48),
             u'"' + QString(47, u'x') + u'"');
    // A long excluded word cannot be left out by its start: the check does it.
    const auto excludedLong = SearchQuery(u"a -"_s + QString(100, u'x')).indexPlan(Limits{8, 48});
    QCOMPARE(excludedLong.match, u"\"a\""_s);
    QVERIFY(!excludedLong.exact);
    // Proximity: NEAR finds a little more; the check decides.
    const auto near = SearchQuery(u"\"ab cd\"~3"_s).indexPlan(Limits{8, 48});
    QCOMPARE(near.match, u"NEAR(\"ab\" \"cd\", 4)"_s);
    QVERIFY(!near.exact);
    // Fields and exclusions alone are the library's SQL, exactly.
    const auto fields = SearchQuery(u"ab author:王 -cd"_s).indexPlan(Limits{8, 48});
    QCOMPARE(fields.match, u"\"ab\" NOT \"cd\""_s);
    QCOMPARE(fields.otherGroups, QList<qsizetype>{1});
    QVERIFY(fields.exact);
    const auto onlyExcluded = SearchQuery(u"-ab -cd"_s).indexPlan(Limits{8, 48});
    QVERIFY(onlyExcluded.match.isEmpty());
    QCOMPARE(onlyExcluded.otherGroups, (QList<qsizetype>{0, 1}));
    QVERIFY(onlyExcluded.exact);
    const auto mixed = SearchQuery(u"ab OR author:王"_s).indexPlan(Limits{8, 48});
    QVERIFY(mixed.match.isEmpty());
    QCOMPARE(mixed.otherGroups, QList<qsizetype>{0});
    // An excluded proximity cannot be left out by the index.
    QVERIFY(!SearchQuery(u"ab -\"c d\"~2"_s).indexPlan(Limits{8, 48}).exact);
}

void TestSearchQuery::exactScriptNeedsTheCheckOnlyWhereTheFoldActs()
{
    using Limits = SearchQuery::Limits;
    const SearchQuery::Script exact = SearchQuery::Script::Exact;
    // 发 and 展 are what 發 and 展 fold to: the index (folded) finds both.
    QVERIFY(!SearchQuery(u"发展"_s, exact).indexPlan(Limits{8, 48}).exact);
    QVERIFY(!SearchQuery(u"發展"_s, exact).indexPlan(Limits{8, 48}).exact);
    // 的 and 市 are in no pair of the fold: the index is exact.
    QVERIFY(SearchQuery(u"的 市"_s, exact).indexPlan(Limits{8, 48}).exact);
    QVERIFY(SearchQuery(u"发展"_s).indexPlan(Limits{8, 48}).exact);
    // Excluding 發展 exactly: not by the index, which would leave out 发展 too.
    const auto plan = SearchQuery(u"的 -發展"_s, exact).indexPlan(Limits{8, 48});
    QCOMPARE(plan.match, u"\"的\""_s);
    QVERIFY(!plan.exact);
    // The check itself.
    const SearchQuery::Subject traditional{u"經濟發展"_s, u"本報訊"_s, {}, {}};
    QVERIFY(SearchQuery(u"发展"_s).matches(traditional));
    QVERIFY(SearchQuery(u"發展"_s).matches(traditional));
    QVERIFY(!SearchQuery(u"发展"_s, exact).matches(traditional));
    QVERIFY(SearchQuery(u"發展"_s, exact).matches(traditional));
    QVERIFY(SearchQuery(u"ＡＩ 發展"_s, exact).matches({u"AI 發展"_s, {}, {}, {}}));
}

void TestSearchQuery::proximity_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("matches");
    const QString ten = u"一二三四五六七八九十"_s;
    QTest::newRow("10 apart, ~10")
        << u"\"项目 发展\"~10"_s << QString() << u"项目"_s + ten + u"发展"_s << true;
    QTest::newRow("10 apart, ~9") << u"\"项目 发展\"~9"_s << QString()
                                  << u"项目"_s + ten + u"发展"_s << false;
    QTest::newRow("either order") << u"\"项目 发展\"~3"_s << QString() << u"发展一二三项目"_s
                                  << true;
    QTest::newRow("next to each other, ~0")
        << u"\"项目 发展\"~0"_s << QString() << u"项目发展"_s << true;
    QTest::newRow("overlapping") << u"\"发展 展望\"~0"_s << QString() << u"发展望"_s << true;
    QTest::newRow("one of many occurrences")
        << u"\"a b\"~1"_s << QString() << u"a 1234 b 5678 a.b"_s << true;
    QTest::newRow("three words, the farthest counts")
        << u"\"a b c\"~4"_s << QString() << u"a--b--c"_s << false;
    QTest::newRow("three words, 5 from the first to the last")
        << u"\"a b c\"~5"_s << QString() << u"a--b--c"_s << true;
    QTest::newRow("a line break counts as one") << u"\"a b\"~1"_s << QString() << u"a\nb"_s << true;
    QTest::newRow("a character outside the BMP counts as one")
        << u"\"a b\"~1"_s << QString() << u"a📰b"_s << true;
    QTest::newRow("two outside the BMP") << u"\"a b\"~1"_s << QString() << u"a📰📰b"_s << false;
    QTest::newRow("not from the headline into the body")
        << u"\"a b\"~5"_s << u"xa"_s << u"bx"_s << false;
    QTest::newRow("in the headline") << u"\"a b\"~5"_s << u"a b"_s << QString() << true;
    QTest::newRow("headline only: title:")
        << u"title:\"a b\"~5"_s << QString() << u"a b"_s << false;
    QTest::newRow("a word missing") << u"\"a b\"~5"_s << QString() << u"aaa"_s << false;
    QTest::newRow("excluded") << u"x -\"a b\"~1"_s << QString() << u"x a  b"_s << true;
    QTest::newRow("excluded, near") << u"x -\"a b\"~1"_s << QString() << u"x a b"_s << false;
    QTest::newRow("traditional") << u"\"项目 发展\"~2"_s << QString() << u"項目與發展"_s << true;
}

void TestSearchQuery::proximity()
{
    QFETCH(QString, query);
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(bool, matches);
    QCOMPARE(SearchQuery(query).matches({head, body, {}, {}}), matches);
}

void TestSearchQuery::fields()
{
    const SearchQuery::Subject article{u"城市更新\n——访规划局"_s,
                                       u"本报记者 王二\n正文"_s,
                                       {u"王二"_s, u"Ｌｉ Ｌｅｉ"_s},
                                       u"第02版:要闻"_s};
    auto matches = [&](const QString &query) { return SearchQuery(query).matches(article); };
    QVERIFY(matches(u"title:更新"_s));
    QVERIFY(matches(u"title:规划"_s)); // the subtitle is in the headline
    QVERIFY(!matches(u"title:正文"_s));
    QVERIFY(matches(u"author:王"_s));
    QVERIFY(matches(u"author:\"li lei\""_s)); // widths and case fold
    QVERIFY(!matches(u"author:正文"_s));
    QVERIFY(matches(u"section:要闻"_s));
    QVERIFY(matches(u"section:要聞"_s));
    QVERIFY(!matches(u"section:体育"_s));
    QVERIFY(matches(u"page:2"_s));
    QVERIFY(!matches(u"page:3"_s));
    QVERIFY(matches(u"-title:正文 正文"_s));
    QVERIFY(!matches(u"-author:王 正文"_s));
    QVERIFY(matches(u"author:李 OR author:王"_s));
    QVERIFY(matches(u"author:李 OR 正文"_s));
    QVERIFY(!matches(u"author:李 OR 体育"_s));
    QVERIFY(matches(u"-体育"_s));
    QVERIFY(!matches(u"-正文"_s));
    QVERIFY(matches(u"正文 OR -正文"_s));
    // One value at a time, as the library matches names and section titles.
    const SearchQuery query(u"author:王 section:要聞 page:02"_s);
    QVERIFY(query.matchesValue(query.groups()[0].first(), u"王二"_s));
    QVERIFY(!query.matchesValue(query.groups()[0].first(), u"李雷"_s));
    QVERIFY(query.matchesValue(query.groups()[1].first(), u"第02版:要闻"_s));
    QVERIFY(query.matchesValue(query.groups()[2].first(), u"第02版:要闻"_s));
    QVERIFY(!query.matchesValue(query.groups()[2].first(), u"第12版:要闻"_s));
}

void TestSearchQuery::deskFields_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    // The article is in the collections 读书 and "My List", tagged 待读, with a note.
    QTest::newRow("its collection") << u"collection:读书"_s << true;
    QTest::newRow("traditional and case fold") << u"collection:讀書"_s << true;
    QTest::newRow("a quoted name") << u"collection:\"my list\""_s << true;
    QTest::newRow("the whole name only") << u"collection:读"_s << false;
    QTest::newRow("another collection") << u"collection:体育"_s << false;
    QTest::newRow("its tag") << u"tag:待读"_s << true;
    QTest::newRow("full-width tag") << u"tag:ＲＥＡＤ"_s << false;
    QTest::newRow("not tagged") << u"-tag:read"_s << true;
    QTest::newRow("excluded tag") << u"-tag:待读"_s << false;
    QTest::newRow("has a note") << u"has:note"_s << true;
    QTest::newRow("has no note") << u"-has:note"_s << false;
    QTest::newRow("with text") << u"正文 tag:待读"_s << true;
    QTest::newRow("with missing text") << u"体育 tag:待读"_s << false;
    QTest::newRow("OR") << u"tag:read OR collection:读书"_s << true;
    QTest::newRow("OR of neither") << u"tag:read OR collection:体育"_s << false;
}

void TestSearchQuery::deskFields()
{
    QFETCH(QString, query);
    QFETCH(bool, matches);
    SearchQuery::Subject article{u"标题"_s, u"正文"_s, {}, {}};
    article.collections = {u"读书"_s, u"My List"_s};
    article.tags = {u"待读"_s};
    article.hasNote = true;
    const SearchQuery parsed(query);
    QVERIFY(parsed.usesDesk());
    QCOMPARE(parsed.matches(article), matches);
    SearchQuery::Subject bare{u"标题"_s, u"正文"_s, {}, {}};
    QVERIFY(!SearchQuery(u"正文"_s).usesDesk());
    QCOMPARE(SearchQuery(u"has:note"_s).matches(bare), false);
}

void TestSearchQuery::pages_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("matches");
    QTest::newRow("2 on 第02版") << u"2"_s << u"第02版:要闻"_s << true;
    QTest::newRow("02 on 第02版") << u"02"_s << u"第02版:要闻"_s << true;
    QTest::newRow("第2版 on 第02版") << u"第2版"_s << u"第02版:要闻"_s << true;
    QTest::newRow("full-width 2") << u"２"_s << u"第02版:要闻"_s << true;
    QTest::newRow("12 on 第02版") << u"12"_s << u"第02版:要闻"_s << false;
    QTest::newRow("20 on 第02版") << u"20"_s << u"第02版:要闻"_s << false;
    QTest::newRow("a2 on 第A2版") << u"a2"_s << u"第A2版"_s << true;
    QTest::newRow("A02 on A2版") << u"A02"_s << u"A2版 要闻"_s << true;
    QTest::newRow("2 on A2版") << u"2"_s << u"A2版 要闻"_s << false;
    QTest::newRow("2 on 第二版") << u"2"_s << u"第二版"_s << true;
    QTest::newRow("12 on 第十二版") << u"12"_s << u"第十二版"_s << true;
    QTest::newRow("十 on 第10版") << u"十"_s << u"第10版"_s << true;
    QTest::newRow("traditional marker") << u"3"_s << u"第03版：要聞"_s << true;
    QTest::newRow("no marker") << u"2"_s << u"要闻"_s << false;
    QTest::newRow("text is no page") << u"要闻"_s << u"第02版:要闻"_s << false;
}

void TestSearchQuery::pages()
{
    QFETCH(QString, page);
    QFETCH(QString, section);
    QFETCH(bool, matches);
    QCOMPARE(SearchQuery::pageMatches(page, section), matches);
}

void TestSearchQuery::anythingTypedIsRead()
{
    // Random strings of syntax and text: every one is read, and every word the
    // index is asked for is a quoted string.
    const QString alphabet = u"ab发發 \"-|:~1０OR()*^{}titleauthorsectionpage\n\u0001"_s;
    QRandomGenerator random(14);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = random.bounded(1, 24);
        for (int i = 0; i < length; ++i)
            text += alphabet[random.bounded(int(alphabet.size()))];
        const SearchQuery query(text);
        for (const SearchQuery::Group &group : query.groups()) {
            QVERIFY(!group.isEmpty());
            for (const SearchQuery::Term &term : group) {
                QVERIFY(!term.words.isEmpty());
                QCOMPARE(term.words.size(), term.typed.size());
                for (const QString &word : term.words) {
                    QVERIFY2(!word.isEmpty(), qPrintable(text));
                    QVERIFY2(!word.contains(u'"') && !word.contains(u'\n'), qPrintable(text));
                }
            }
        }
        const QString expression = query.matchExpression(8, 48);
        QVERIFY2(query.isEmpty() || !query.indexPlan({8, 48}).otherGroups.isEmpty() ||
                     !expression.isEmpty(),
                 qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
