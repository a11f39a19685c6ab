#include "conventions.h"
#include "scriptfold.h"
#include "textfold.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The traditional → simplified fold: OpenCC's character table for the parser's
// conventions as it is, and for search reviewed (exclusions, variants, characters
// outside the BMP), always one character for one.
class TestScriptFold : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchTable_data();
    void searchTable();
    void exclusionsStayApart();
    void variantsFold();
    void conventionsTableIsOpenCCs();
    void outsideTheBmp();
    void keepsEveryLength();
    void foldsToFixedPoints();
    void affectedCharacters();
    void signature();
    void textFoldFoldsScriptUnlessKept();
};

namespace {

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

void TestScriptFold::initTestCase()
{
    QVERIFY2(ScriptFold::isAvailable(), "OpenCC's TSCharacters.ocd2 was not loaded");
}

void TestScriptFold::searchTable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("发展") << u"發展"_s << u"发展"_s;
    QTest::newRow("simplified stays") << u"发展规划"_s << u"发展规划"_s;
    QTest::newRow("mixed script") << u"經濟发展與規划"_s << u"经济发展与规划"_s;
    QTest::newRow("後 → 后") << u"今後"_s << u"今后"_s;
    QTest::newRow("於 → 于 (OpenCC's first of 于, 於)") << u"位於"_s << u"位于"_s;
    QTest::newRow("裏 and 裡 → 里") << u"這裏 這裡 公里"_s << u"这里 这里 公里"_s;
    QTest::newRow("髮 and 發 → 发") << u"頭髮 發現"_s << u"头发 发现"_s;
    QTest::newRow("開: the first of 开, 𫔭") << u"開業"_s << u"开业"_s;
    QTest::newRow("麵 → 面, 餘 → 余") << u"麵條 其餘"_s << u"面条 其余"_s;
    QTest::newRow("Latin, digits and punctuation stay")
        << u"「GDP」增長5.2%。"_s << u"「GDP」增长5.2%。"_s;
    QTest::newRow("OpenCC's chain 薴→苧→苎 ends in one step") << u"薴"_s << u"苎"_s;
}

void TestScriptFold::searchTable()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(ScriptFold::fold(text), folded);
    // The fold of the fold is the fold: query and text always agree.
    QCOMPARE(ScriptFold::fold(folded), folded);
}

void TestScriptFold::exclusionsStayApart()
{
    // Each is a simplified character of its own: OpenCC folds it (the parser's
    // table still does), search does not.
    const QList<std::pair<char32_t, char32_t>> excluded = {
        {U'乾', U'干'}, {U'薹', U'苔'}, {U'麴', U'曲'}, {U'甯', U'宁'}};
    QCOMPARE(qsizetype(ScriptFold::exclusions().size()), excluded.size());
    for (const auto &[from, opencc] : excluded) {
        QVERIFY(std::find(ScriptFold::exclusions().begin(), ScriptFold::exclusions().end(), from) !=
                ScriptFold::exclusions().end());
        QCOMPARE(ScriptFold::fold(from), from);
        QCOMPARE(ScriptFold::fold(from, ScriptFold::Table::Conventions), opencc);
        QVERIFY(!ScriptFold::isAffected(from));
    }
    QCOMPARE(ScriptFold::fold(u"乾隆 乾坤 蒜薹"_s), u"乾隆 乾坤 蒜薹"_s);
    // 著 and 着 are in neither table: both stay.
    QCOMPARE(ScriptFold::fold(u"著名 隨著 看着"_s), u"著名 随著 看着"_s);
    // OpenCC keeps these first; so does search.
    QCOMPARE(ScriptFold::fold(u"瞭望 慰藉 神祇 覆蓋"_s), u"瞭望 慰藉 神祇 覆盖"_s);
}

void TestScriptFold::variantsFold()
{
    const QList<std::pair<char32_t, char32_t>> variants = {
        {U'戱', U'戏'}, {U'戯', U'戏'}, {U'緖', U'绪'}, {U'衞', U'卫'}, {U'敍', U'叙'},
        {U'衹', U'只'}, {U'粧', U'妆'}, {U'牠', U'它'}, {U'妳', U'你'}};
    QCOMPARE(qsizetype(ScriptFold::variants().size()), variants.size());
    for (const auto &[from, to] : variants) {
        QCOMPARE(ScriptFold::fold(from), to);
        QVERIFY(ScriptFold::isAffected(from));
        QVERIFY(ScriptFold::isAffected(to));
    }
    QCOMPARE(ScriptFold::fold(u"衞生署 戱劇 情緖"_s), u"卫生署 戏剧 情绪"_s);
    // The parser's table is OpenCC's: 戱 goes to 戯 there, 衞 stays.
    QCOMPARE(ScriptFold::fold(U'戱', ScriptFold::Table::Conventions), U'戯');
    QCOMPARE(ScriptFold::fold(U'衞', ScriptFold::Table::Conventions), U'衞');
}

void TestScriptFold::conventionsTableIsOpenCCs()
{
    QCOMPARE(ScriptFold::fold(u"本報訊(記者 陳家明)"_s, ScriptFold::Table::Conventions),
             u"本报讯(记者 陈家明)"_s);
    QCOMPARE(Conventions::foldScript(u"圖為 責任編輯"_s), u"图为 责任编辑"_s);
    // Characters outside the BMP pass through the parser's table whole.
    QCOMPARE(ScriptFold::fold(U'𩀨', ScriptFold::Table::Conventions), U'𩀨');
}

void TestScriptFold::outsideTheBmp()
{
    // Outside the BMP to outside the BMP: folded, two UTF-16 units for two.
    QCOMPARE(ScriptFold::fold(U'𩀨'), U'𫕚');
    const QString astral = u"𩀨𠮷"_s;
    QCOMPARE(ScriptFold::fold(astral), u"𫕚𠮷"_s);
    // Across the boundary: the length would change, so the character stays.
    QCOMPARE(ScriptFold::fold(U'䂎'), U'䂎'); // OpenCC: 𥎝
    QCOMPARE(ScriptFold::fold(U'𨋢'), U'𨋢'); // OpenCC: 䢂
    QVERIFY(!ScriptFold::isAffected(U'䂎'));
    // Half a surrogate pair is left alone.
    const QString half = QString(QChar(0xD864)) + u"發"_s;
    QCOMPARE(ScriptFold::fold(half), QString(QChar(0xD864)) + u"发"_s);
}

void TestScriptFold::keepsEveryLength()
{
    for (char32_t c = 0x3400; c < 0xA000; ++c) {
        const char32_t folded = ScriptFold::fold(c);
        QVERIFY2(folded < 0x10000 && !QChar::isSurrogate(folded), qPrintable(fromCodePoint(c)));
    }
    for (char32_t c = 0x20000; c < 0x32400; ++c)
        QVERIFY2(ScriptFold::fold(c) >= 0x10000, qPrintable(fromCodePoint(c)));
}

void TestScriptFold::foldsToFixedPoints()
{
    int folded = 0;
    for (char32_t c = 0; c < 0x32400; ++c) {
        if (c >= 0xD800 && c < 0xE000)
            continue;
        const char32_t once = ScriptFold::fold(c);
        folded += once != c ? 1 : 0;
        QVERIFY2(ScriptFold::fold(once) == once, qPrintable(fromCodePoint(c)));
        if (once != c)
            QVERIFY2(ScriptFold::isAffected(c) && ScriptFold::isAffected(once),
                     qPrintable(fromCodePoint(c)));
    }
    QVERIFY2(folded > 3000, qPrintable(QString::number(folded))); // OpenCC's table is there
}

void TestScriptFold::affectedCharacters()
{
    QVERIFY(ScriptFold::isAffected(U'發'));
    QVERIFY(ScriptFold::isAffected(U'发')); // what 發 and 髮 fold to
    QVERIFY(ScriptFold::isAffected(U'干')); // what 幹 folds to
    QVERIFY(!ScriptFold::isAffected(U'的'));
    QVERIFY(!ScriptFold::isAffected(U'a'));
    QVERIFY(!ScriptFold::isAffected(U'著'));
}

void TestScriptFold::signature()
{
    QVERIFY2(ScriptFold::signature().startsWith(u"opencc-"_s), qPrintable(ScriptFold::signature()));
    QCOMPARE(ScriptFold::signature().size(), 19);
    QCOMPARE(ScriptFold::signature(), ScriptFold::signature());
}

void TestScriptFold::textFoldFoldsScriptUnlessKept()
{
    QCOMPARE(TextFold::fold(u"ＡＩ發展　經濟"_s), u"ai发展 经济"_s);
    QCOMPARE(TextFold::fold(u"ＡＩ發展　經濟"_s, TextFold::Case::Fold, TextFold::Script::Keep),
             u"ai發展 經濟"_s);
    QCOMPARE(TextFold::fold(u"ＡＩ發展"_s, TextFold::Case::Keep), u"AI发展"_s);
    QCOMPARE(TextFold::fold(U'𩀨'), U'𫕚');
    QCOMPARE(TextFold::fold(U'𩀨', TextFold::Case::Fold, TextFold::Script::Keep), U'𩀨');
    const QString mixed = u"Ａ𩀨發ß１\u3000x"_s;
    QCOMPARE(TextFold::fold(mixed).size(), mixed.size());
}

QTEST_GUILESS_MAIN(TestScriptFold)
#include "tst_scriptfold.moc"
