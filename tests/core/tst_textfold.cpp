#include "searchquery.h"
#include "textfold.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Folding and the parsing of what users type into search fields.
class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldKeepingCase();
    void foldKeepsLength();
    void queryTerms_data();
    void queryTerms();
    void matchExpressionQuotesEverything();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("full-width digits") << u"２０１９年"_s << u"2019年"_s;
    QTest::newRow("full-width letters and case") << u"ＡＩ与Ai"_s << u"ai与ai"_s;
    QTest::newRow("ideographic space") << u"抓环境　抓项目"_s << u"抓环境 抓项目"_s;
    QTest::newRow("full-width punctuation") << u"（记者：王）"_s << u"(记者:王)"_s;
    QTest::newRow("line feed stays") << u"一\n二"_s << u"一\n二"_s;
    QTest::newRow("Greek case") << u"ΣΙΓΜΑ"_s << u"σιγμα"_s;
    QTest::newRow("Chinese unchanged") << u"柴伟、孙弘"_s << u"柴伟、孙弘"_s;
}

void TestTextFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(text), folded);
}

void TestTextFold::foldKeepingCase()
{
    // "Match case" in the find bar: widths still fold, letter case does not.
    QCOMPARE(TextFold::fold(u"ＡＩ与Ai　２０１９"_s, TextFold::Case::Keep), u"AI与Ai 2019"_s);
}

void TestTextFold::foldKeepsLength()
{
    const QString text = u"Ａ𠀀ß１\u3000x"_s; // an astral Han character and sharp s included
    QCOMPARE(TextFold::fold(text).size(), text.size());
}

void TestTextFold::queryTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("one word") << u"柴伟"_s << QStringList{u"柴伟"_s};
    QTest::newRow("two words") << u"柴伟 孙弘"_s << QStringList{u"柴伟"_s, u"孙弘"_s};
    QTest::newRow("ideographic space separates")
        << u"柴伟　孙弘"_s << QStringList{u"柴伟"_s, u"孙弘"_s};
    QTest::newRow("quoted phrase keeps its space")
        << u"\"规划引领 项目支撑\" 柴伟"_s << QStringList{u"规划引领 项目支撑"_s, u"柴伟"_s};
    QTest::newRow("unclosed quote runs to the end") << u"\"a b"_s << QStringList{u"a b"_s};
    QTest::newRow("folded") << u"２０１９ ＡＩ"_s << QStringList{u"2019"_s, u"ai"_s};
    QTest::newRow("duplicates once") << u"市 市 市"_s << QStringList{u"市"_s};
    QTest::newRow("control characters dropped")
        << u"\u0001\u0002 市\u0007"_s << QStringList{u"市"_s};
    QTest::newRow("only spaces") << u"   "_s << QStringList();
    QTest::newRow("half a surrogate pair is a replacement character")
        << u"市"_s + QChar(0xD800) + u" 报"_s + QChar(0xDC00)
        << QStringList{u"市\uFFFD"_s, u"报\uFFFD"_s};
    QTest::newRow("a whole pair stays") << u"📰市"_s << QStringList{u"📰市"_s};
    // FTS5's operators; OR, -, title: … are the query language's (tst_searchquery).
    QTest::newRow("FTS5 operators are words")
        << u"a AND b NOT NEAR(c)"_s
        << QStringList{u"a"_s, u"and"_s, u"b"_s, u"not"_s, u"near(c)"_s};
}

void TestTextFold::queryTerms()
{
    QFETCH(QString, query);
    QFETCH(QStringList, terms);
    QCOMPARE(SearchQuery(query).terms(), terms);
}

void TestTextFold::matchExpressionQuotesEverything()
{
    // Every term becomes a quoted string, longest first; quotes only delimit phrases.
    const SearchQuery query(u"a\"\"b NEAR( *x \"-y\""_s);
    QCOMPARE(query.matchExpression(), u"\"near(\" AND \"*x\" AND \"-y\" AND \"a\" AND \"b\""_s);
    QVERIFY(SearchQuery(u"\"\"\""_s).isEmpty());
    // Beyond the limits, the index narrows the search and an exact check decides.
    QVERIFY(!SearchQuery(u"a b"_s).needsExactCheck(2, 10));
    QVERIFY(SearchQuery(u"a b c"_s).needsExactCheck(2, 10));
    QVERIFY(SearchQuery(QString(100, u'x')).needsExactCheck(8, 48));
    QCOMPARE(SearchQuery(QString(100, u'x')).matchExpression(8, 48),
             u'"' + QString(48, u'x') + u'"');
    // Shortening never splits a character outside the BMP.
    QCOMPARE(SearchQuery(QString(47, u'x') + u"📰📰"_s).matchExpression(8, 48),
             u'"' + QString(47, u'x') + u'"');
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
