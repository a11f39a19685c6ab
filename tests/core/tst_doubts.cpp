#include "doubtrules.h"
#include "issuejson.h"
#include "issueparser.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The parser's doubtful spots: each kind of guess on a small issue written for
// it, a clean issue with none, the confidence they cost and their JSON.
class TestDoubts : public QObject
{
    Q_OBJECT

private slots:
    void doubts_data();
    void doubts();
    void encoding_data();
    void encoding();
    void confidenceFloor();
    void kindNames_data();
    void kindNames();
    void json();
    void seedDoubtsInLineOrder();
};

namespace {

QString lines(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

// "kind line article", one per doubt, in the issue's order.
QStringList summary(const QList<Doubt> &doubts)
{
    QStringList out;
    for (const Doubt &doubt : doubts) {
        out << u"%1 %2 %3"_s.arg(doubtKindName(doubt.kind)).arg(doubt.line).arg(doubt.articleId);
        if (doubt.message.isEmpty())
            out.last() += u" (no message)"_s;
    }
    return out;
}

// "id:confidence" for every article.
QStringList confidences(const Issue &issue)
{
    QStringList out;
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles)
            out << u"%1:%2"_s.arg(article.id).arg(article.confidence);
    }
    return out;
}

} // namespace

void TestDoubts::doubts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("confidence");

    QTest::newRow("clean issue")
        << lines({u"坚持生态优先 推动绿色发展"_s, u""_s, u"青山县启动国土绿化三年行动"_s, u""_s,
                  u"本报讯(记者 周红)日前,青山县召开国土绿化动员大会,计划三年新增造林十二万亩。"_s,
                  u""_s, u"会议要求,各乡镇要落实管护责任,确保栽一棵活一棵。"_s, u""_s,
                  u"县医院新门诊楼投入使用"_s, u""_s,
                  u"本报讯 县医院新门诊楼今天正式投入使用。(下转第二版)"_s})
        << QStringList() << QStringList{u"1:1"_s, u"2:1"_s};

    // A vox-pop piece's 人物 line ends without a full stop and is no cut.
    QTest::newRow("clean vox pop")
        << lines({u"把蓝图变成实景"_s, u""_s, u"本报记者 魏东"_s, u""_s,
                  u"人物:刘芳 县实验小学教师"_s, u""_s,
                  u"同期声:党代会描绘了全县发展的新蓝图,我们倍感振奋。"_s})
        << QStringList() << QStringList{u"1:1"_s};

    QTest::newRow("cut paragraph")
        << lines({u"县域经济稳中向好"_s, u""_s,
                  u"本报讯 前三季度,全县地区生产总值同比增长百分之六,其中工业增加值"_s, u""_s,
                  u"增长百分之八,高于全市平均水平,其中"_s, u""_s,
                  u"下一步,全县将继续抓好项目建设。"_s})
        << QStringList{u"cut_paragraph 5 1"_s} << QStringList{u"1:0.85"_s};

    QTest::newRow("lead before its headline")
        << lines(
               {u"县城新建三座口袋公园"_s, u""_s,
                u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s, u""_s,
                u"初冬时节,记者走进城南的滨河社区,看到居民们正在新修的健身步道上锻炼,社区广场上的"_s,
                u""_s, u"社区健身设施焕然一新"_s, u""_s, u"本报记者 孟凡"_s, u""_s,
                u"器材,老人们说用起来很顺手。"_s})
        << QStringList{u"lead_before_headline 5 2"_s} << QStringList{u"1:1"_s, u"2:0.8"_s};

    // The caption stands under the first article's text; its words are the second's.
    QTest::newRow("caption by content")
        << lines({u"县城新建三座口袋公园"_s, u""_s,
                  u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s, u""_s,
                  u"图为滨河湿地的越冬候鸟。本报记者 田野 摄"_s, u""_s, u"滨河湿地迎来越冬候鸟"_s,
                  u""_s, u"本报讯 近日,成群的越冬候鸟飞抵滨河湿地。"_s})
        << QStringList{u"caption_by_content 5 2"_s} << QStringList{u"1:1"_s, u"2:0.85"_s};

    // The same caption far below the first article: its place agrees with its words.
    QTest::newRow("caption by place and content")
        << lines({u"县城新建三座口袋公园"_s, u""_s,
                  u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s, u""_s, u""_s, u""_s,
                  u"图为滨河湿地的越冬候鸟。本报记者 田野 摄"_s, u""_s, u"滨河湿地迎来越冬候鸟"_s,
                  u""_s, u"本报讯 近日,成群的越冬候鸟飞抵滨河湿地。"_s})
        << QStringList() << QStringList{u"1:1"_s, u"2:1"_s};

    // A line with no picture cue between a cut sentence and its tail.
    QTest::newRow("role: text taken as a caption")
        << lines(
               {u"春季植树活动启动"_s, u""_s,
                u"本报讯(记者 周红)3月12日,全县春季义务植树活动启动,干部群众踊跃参加,当天共栽植树苗"_s,
                u""_s, u""_s, u""_s, u"干部群众在河畔植树。"_s, u""_s, u"两万余株。"_s})
        << QStringList{u"role_against_shape 7 1"_s} << QStringList{u"1:0.9"_s};

    // With a picture cue (因为, OCR for 图为) it is a caption by its own shape.
    QTest::newRow("caption with a picture cue")
        << lines(
               {u"春季植树活动启动"_s, u""_s,
                u"本报讯(记者 周红)3月12日,全县春季义务植树活动启动,干部群众踊跃参加,当天共栽植树苗"_s,
                u""_s, u""_s, u""_s, u"3月12日,干部群众在河畔植树。因为志愿者正在为树苗浇水。"_s,
                u""_s, u"两万余株。"_s})
        << QStringList() << QStringList{u"1:1"_s};

    // A short line that looks like a headline finishes the cut sentence (and the
    // paragraph still ends without a full stop).
    QTest::newRow("role: headline read as text")
        << lines(
               {u"春季植树活动启动"_s, u""_s,
                u"本报讯(记者 周红)3月12日,全县春季义务植树活动启动,干部群众踊跃参加,当天共栽植树苗"_s,
                u""_s, u"两万余株，成活率很高"_s})
        << QStringList{u"role_against_shape 5 1"_s, u"cut_paragraph 5 1"_s}
        << QStringList{u"1:0.75"_s};

    // Eight headline-like lines in a row: the first two cannot be headlines.
    QTest::newRow("role: a stack too tall for a headline")
        << lines({u"县城新建三座口袋公园"_s, u""_s,
                  u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s, u""_s, u"城南社区服务中心"_s,
                  u"城北社区服务中心"_s, u"城东社区服务中心"_s, u"城西社区服务中心"_s,
                  u"滨河社区服务中心"_s, u"新华社区服务中心"_s, u"红旗社区服务中心"_s,
                  u"胜利社区服务中心"_s, u""_s, u"本报讯 各社区服务中心日前全部建成投用。"_s})
        << QStringList{u"role_against_shape 5 1"_s, u"role_against_shape 6 1"_s,
                       u"cut_paragraph 6 1"_s}
        << QStringList{u"1:0.65"_s, u"2:1"_s};
}

void TestDoubts::doubts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, confidence);
    const Issue issue = IssueParser::parseText(text);
    QCOMPARE(summary(issue.doubts), expected);
    QCOMPARE(confidences(issue), confidence);
    // The same from bytes: the decoder adds nothing to a clean UTF-8 file.
    const auto parsed = IssueParser::parse(text.toUtf8());
    QVERIFY(parsed);
    QCOMPARE(summary(parsed->doubts), expected);
}

void TestDoubts::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("confidence");

    const QString issue = lines(
        {u"县城新建三座口袋公园"_s, u""_s, u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s,
         u""_s, u"县医院新门诊楼投入使用"_s, u""_s, u"本报讯 县医院新门诊楼今天正式投入使用。"_s});
    QTest::newRow("clean UTF-8") << issue.toUtf8() << QStringList()
                                 << QStringList{u"1:1"_s, u"2:1"_s};
    // A byte that no encoding reads, in the second article's text.
    QByteArray damaged = issue.toUtf8();
    damaged.insert(damaged.lastIndexOf("今天"), "\xff");
    QTest::newRow("damaged line") << damaged << QStringList{u"encoding 7 2"_s}
                                  << QStringList{u"1:1"_s, u"2:0.9"_s};
    // Bytes that read as Chinese both in GB18030 and in Big5, barely (the
    // decoder's close call): a doubt about the whole file, which costs every
    // article, on top of what its own doubts cost (its text breaks off).
    QTest::newRow("close call between encodings")
        << QByteArray("Item 1: \xb3\xc9\xb9\xfb 2024\nItem 2: OK\n")
        << QStringList{u"encoding 0 0"_s, u"cut_paragraph 2 1"_s} << QStringList{u"1:0.75"_s};
}

void TestDoubts::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, confidence);
    const auto issue = IssueParser::parse(bytes);
    QVERIFY(issue);
    QCOMPARE(summary(issue->doubts), expected);
    QCOMPARE(confidences(*issue), confidence);
}

void TestDoubts::confidenceFloor()
{
    // Many damaged lines in one article: each costs it, down to the floor, and
    // past kMaxDamagedLines one doubt about the file stands for the rest.
    QStringList text{u"县城新建三座口袋公园"_s, u""_s};
    const qsizetype count = DoubtRules::kMaxDamagedLines + 5;
    for (qsizetype i = 0; i < count; ++i)
        text << u"县城新建的第%1座口袋公园日前向市民开放。"_s.arg(i + 1);
    QByteArray bytes = lines(text).toUtf8();
    bytes.replace("开放", "开\xff放");
    const auto issue = IssueParser::parse(bytes);
    QVERIFY(issue);
    QCOMPARE(issue->articleCount(), 1);
    QCOMPARE(issue->doubts.size(), DoubtRules::kMaxDamagedLines + 1);
    QCOMPARE(issue->doubts.first().line, 0); // line order: the whole file first
    QCOMPARE(issue->doubts.first().articleId, 0);
    QCOMPARE(issue->doubts.last().line, 2 + int(DoubtRules::kMaxDamagedLines));
    QCOMPARE(issue->doubts.last().articleId, 1);
    QCOMPARE(issue->sections.first().articles.first().confidence, DoubtRules::kFloor / 100.0);
}

void TestDoubts::kindNames_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("cut") << int(Doubt::Kind::CutParagraph) << u"cut_paragraph"_s;
    QTest::newRow("lead") << int(Doubt::Kind::LeadBeforeHeadline) << u"lead_before_headline"_s;
    QTest::newRow("caption") << int(Doubt::Kind::CaptionByContent) << u"caption_by_content"_s;
    QTest::newRow("role") << int(Doubt::Kind::RoleAgainstShape) << u"role_against_shape"_s;
    QTest::newRow("encoding") << int(Doubt::Kind::Encoding) << u"encoding"_s;
}

void TestDoubts::kindNames()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    const auto doubtKind = Doubt::Kind(kind);
    QCOMPARE(doubtKindName(doubtKind), name);
    QCOMPARE(doubtKindFromName(name), std::optional(doubtKind));
    QCOMPARE(doubtKindFromName(name.toUpper()), std::nullopt);
    QCOMPARE(doubtKindFromName(u"cut"_s), std::nullopt);
    QVERIFY(DoubtRules::cost(doubtKind) > 0);
}

void TestDoubts::json()
{
    const QString text =
        lines({u"县城新建三座口袋公园"_s, u""_s, u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s,
               u""_s,
               u"初冬时节,记者走进城南的滨河社区,看到居民们正在新修的健身步道上锻炼,社区广场上的"_s,
               u""_s, u"社区健身设施焕然一新"_s, u""_s, u"本报记者 孟凡"_s, u""_s,
               u"器材,老人们说用起来很顺手。"_s});
    const Issue issue = IssueParser::parseText(text);
    const QJsonObject root = IssueJson::toJson(issue);
    QCOMPARE(root[u"format"_s].toInt(), 1);
    const QJsonArray doubts = root[u"doubts"_s].toArray();
    QCOMPARE(doubts.size(), 1);
    const QJsonObject doubt = doubts.first().toObject();
    QCOMPARE(doubt[u"kind"_s].toString(), u"lead_before_headline"_s);
    QCOMPARE(doubt[u"line"_s].toInt(), 5);
    QCOMPARE(doubt[u"article"_s].toInt(), 2);
    QCOMPARE(doubt[u"message"_s].toString(), issue.doubts.first().message);
    const QJsonArray articles =
        root[u"sections"_s].toArray().first().toObject()[u"articles"_s].toArray();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles[0].toObject()[u"confidence"_s], QJsonValue(1));
    QCOMPARE(articles[1].toObject()[u"confidence"_s], QJsonValue(0.8));

    // Written an article at a time: the same fields, the same bytes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(IssueJson::write(issue, &buffer));
    QCOMPARE(buffer.data(), QJsonDocument(root).toJson());
    QVERIFY(buffer.data().contains("\"confidence\": 0.8"));

    // A doubt about the whole file names no article: null, not 0.
    Issue whole;
    whole.doubts << DoubtRules::encoding(u"close call"_s);
    const QJsonObject file = IssueJson::toJson(whole)[u"doubts"_s].toArray().first().toObject();
    QCOMPARE(file[u"line"_s].toInt(), 0);
    QVERIFY(file[u"article"_s].isNull());
    QCOMPARE(file[u"kind"_s].toString(), u"encoding"_s);
}

// A real issue: a few doubts, in line order, each about an article of it.
void TestDoubts::seedDoubtsInLineOrder()
{
    const auto issue = IssueParser::parseFile(
        QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt"));
    QVERIFY(issue);
    QVERIFY(!issue->doubts.isEmpty());
    QVERIFY(issue->doubts.size() < issue->articleCount());
    int previous = 0;
    for (const Doubt &doubt : issue->doubts) {
        QVERIFY(doubt.line >= previous);
        previous = doubt.line;
        QVERIFY(issue->findArticle(doubt.articleId) || doubt.articleId == 0);
        QVERIFY(!doubt.message.isEmpty());
    }
    for (const Section &section : issue->sections) {
        for (const Article &article : section.articles) {
            QVERIFY(article.confidence >= DoubtRules::kFloor / 100.0);
            QVERIFY(article.confidence <= 1.0);
        }
    }
}

QTEST_GUILESS_MAIN(TestDoubts)
#include "tst_doubts.moc"
