#include "cjkpunctuation.h"
#include "textfold.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Half-width punctuation between Chinese characters is shown full width; Latin
// text, numbers and addresses keep theirs.
class TestCjkPunctuation : public QObject
{
    Q_OBJECT

private slots:
    void forDisplay_data();
    void forDisplay();
    void keepsPositionsAndFoldsBack_data();
    void keepsPositionsAndFoldsBack();
    void longRunsStayFast();
};

void TestCjkPunctuation::forDisplay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    // Between Chinese characters.
    QTest::newRow("comma") << u"今年,全县试点"_s << u"今年，全县试点"_s;
    QTest::newRow("semicolon") << u"一是规划;二是建设"_s << u"一是规划；二是建设"_s;
    QTest::newRow("colon") << u"第01版:要闻"_s << u"第01版：要闻"_s;
    QTest::newRow("exclamation at the end") << u"好消息!"_s << u"好消息！"_s;
    QTest::newRow("question at the end") << u"为什么?"_s << u"为什么？"_s;
    QTest::newRow("question mid") << u"为什么?因为"_s << u"为什么？因为"_s;
    QTest::newRow("run of marks") << u"真的吗?!太好了!!"_s << u"真的吗？！太好了！！"_s;
    QTest::newRow("after a closing quote") << u"“好”,他说"_s << u"“好”，他说"_s;
    QTest::newRow("before an opening quote") << u"他说:“好”"_s << u"他说：“好”"_s;
    QTest::newRow("after an ellipsis") << u"等等……,还有"_s << u"等等……，还有"_s;
    QTest::newRow("after a full-width mark") << u"（一）,二"_s << u"（一），二"_s;
    QTest::newRow("after full-width letters") << u"ＡＩ,识别"_s << u"ＡＩ，识别"_s;
    QTest::newRow("before a line feed") << u"好!\n下一行"_s << u"好！\n下一行"_s;
    QTest::newRow("rare ideographs") << u"𠀋,𠀋"_s << u"𠀋，𠀋"_s;
    // U+2000A: its low bits are a line feed's.
    QTest::newRow("rare ideograph U+2000A")
        << u"\U0002000A,\U0002000A!"_s << u"\U0002000A，\U0002000A！"_s;
    QTest::newRow("kana") << u"ひらがな,カタカナ"_s << u"ひらがな，カタカナ"_s;

    // Brackets.
    QTest::newRow("dateline") << u"本报讯(记者 林一)2019年10月"_s
                              << u"本报讯（记者 林一）2019年10月"_s;
    QTest::newRow("at the start") << u"(一)总体要求"_s << u"（一）总体要求"_s;
    QTest::newRow("closing at the end") << u"图为农民(左)"_s << u"图为农民（左）"_s;
    QTest::newRow("colon then bracket") << u"说明:(一)"_s << u"说明：（一）"_s;
    QTest::newRow("nested") << u"会议(第一次(预备)会议)召开"_s
                            << u"会议（第一次（预备）会议）召开"_s;
    QTest::newRow("either end decides") << u"使用AI(人工智能)技术"_s << u"使用AI（人工智能）技术"_s;
    QTest::newRow("partner full width as written")
        << u"（记者 林一)2019年"_s << u"（记者 林一）2019年"_s;
    QTest::newRow("unmatched closing") << u"第一)二"_s << u"第一）二"_s;
    QTest::newRow("unmatched opening") << u"见(附件"_s << u"见（附件"_s;
    QTest::newRow("before a book title") << u"见(《人民日报》)"_s << u"见（《人民日报》）"_s;

    // Left as written.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Latin") << u"Hello, world! Why? (Because: yes; no)"_s
                           << u"Hello, world! Why? (Because: yes; no)"_s;
    QTest::newRow("Latin in Chinese") << u"他说Hello, world!"_s << u"他说Hello, world!"_s;
    QTest::newRow("Latin in brackets") << u"中国(China)"_s << u"中国(China)"_s;
    QTest::newRow("Latin quotes") << u"He said ‘Yes’! And “no”, too…, really—?"_s
                                  << u"He said ‘Yes’! And “no”, too…, really—?"_s;
    QTest::newRow("decimal") << u"增长6.5%"_s << u"增长6.5%"_s;
    QTest::newRow("time") << u"上午10:30开始"_s << u"上午10:30开始"_s;
    QTest::newRow("thousands") << u"共1,000人"_s << u"共1,000人"_s;
    QTest::newRow("digits before Chinese") << u"截至2019,全县"_s << u"截至2019,全县"_s;
    QTest::newRow("before Latin") << u"网址:http"_s << u"网址:http"_s;
    QTest::newRow("before a space") << u"你好, 世界"_s << u"你好, 世界"_s;
    QTest::newRow("after a space")
        << u"本报讯 (记者 林一) 2019年"_s << u"本报讯 (记者 林一) 2019年"_s;
    QTest::newRow("at the start alone") << u",开头"_s << u",开头"_s;
    QTest::newRow("only marks") << u"!?!"_s << u"!?!"_s;
    QTest::newRow("function call") << u"函数f(x)"_s << u"函数f(x)"_s;
    QTest::newRow("address") << u"详见http://example.com/a?b=1,或"_s
                             << u"详见http://example.com/a?b=1,或"_s;
    QTest::newRow("after an address")
        << u"详见http://example.com 。好,吗"_s << u"详见http://example.com 。好，吗"_s;
    QTest::newRow("address with Chinese path")
        << u"见https://example.com/a?b=1:2,中文"_s << u"见https://example.com/a?b=1:2,中文"_s;
    QTest::newRow("www") << u"登录www.example.cn?查询"_s << u"登录www.example.cn?查询"_s;
    QTest::newRow("other half-width marks") << u"中文.中文-中文/中文"_s << u"中文.中文-中文/中文"_s;
}

void TestCjkPunctuation::forDisplay()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(CjkPunctuation::forDisplay(text), shown);
}

void TestCjkPunctuation::keepsPositionsAndFoldsBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("news") << u"本报讯(记者 林一)2019年10月,市图书馆新馆正式开放,藏书120万册!"_s;
    QTest::newRow("mixed") << u"今年,全县6个乡镇试点AI病虫害识别(准确率95%):好?"_s;
    QTest::newRow("surrogates") << u"𠀋(𠀋),𠀋!\n𠀋"_s;
    QTest::newRow("lone surrogates") << QString(u"中\xD800,\xDC00文"_s);
}

void TestCjkPunctuation::keepsPositionsAndFoldsBack()
{
    QFETCH(QString, text);
    const QString shown = CjkPunctuation::forDisplay(text);
    QCOMPARE(shown.size(), text.size());
    // Only the width differs: matching (which folds widths) sees the same text.
    QCOMPARE(TextFold::fold(shown), TextFold::fold(text));
}

void TestCjkPunctuation::longRunsStayFast()
{
    // Each mark turned back turns its neighbour back: linear, not quadratic.
    const QString marks(200000, u',');
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(CjkPunctuation::forDisplay(u"a"_s + marks + u"中"_s), u"a"_s + marks + u"中"_s);
    const QString shown = CjkPunctuation::forDisplay(u"中"_s + QString(200000, u'!'));
    QCOMPARE(shown, u"中"_s + QString(200000, QChar(0xFF01)));
    const QString brackets = QString(100000, u'(') + QString(100000, u')');
    QCOMPARE(CjkPunctuation::forDisplay(brackets), brackets);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestCjkPunctuation)
#include "tst_cjkpunctuation.moc"
