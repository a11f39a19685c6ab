#include "issueparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The parser on whole (small) issues: one row per newspaper convention, written
// for this test, plus encodings, line ends, layouts and bad input.
class TestIssueParser : public QObject
{
    Q_OBJECT

private slots:
    void conventions_data();
    void conventions();
    void encodingsAndLayouts_data();
    void encodingsAndLayouts();
    void indentedLayout_data();
    void indentedLayout();
    void droppedRepeatIsNoted();
    void repeatedWholeLineLeavesNoEmptyParagraph();
    void creditsOnOneLine();
    void emptyInput_data();
    void emptyInput();
    void badInput_data();
    void badInput();
    void everyLineAccountedFor();
    void traditionalBig5();
};

namespace {

QString seedPath()
{
    return QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt");
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QString lines(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

// A small issue in traditional script (page marker, credit, bylines, caption).
QString traditionalIssue()
{
    return lines({u"第03版：要聞"_s, u""_s, u"責任編輯：莫嘉琪"_s, u""_s,
                  u"臨港區新增跨境巴士線路六條"_s, u""_s,
                  u"本報訊（記者 鄺志恒）臨港區運輸署昨日公佈，將新增六條跨境巴士線路，居民"_s,
                  u""_s, u"圖為市民在巴士總站候車。本報記者 司徒敏 攝"_s, u""_s,
                  u"每天排隊候車的情況將得到紓緩。"_s, u""_s, u"石澗村古建築修繕完工"_s, u""_s,
                  u"本報記者 馮曉彤 通訊員 黎子聰"_s, u""_s, u"歷時一年半的修繕工程日前完工。"_s});
}

QString numbers(const QList<int> &lines)
{
    QStringList parts;
    for (int line : lines)
        parts << QString::number(line);
    return parts.join(u',');
}

// A compact, readable rendering of a parse: one line per section, group and article.
QStringList summary(const Issue &issue)
{
    QStringList out;
    for (const Section &section : issue.sections) {
        out << u"§%1"_s.arg(section.line ? QString::number(*section.line) : u"-"_s);
        std::optional<int> group;
        for (const Article &article : section.articles) {
            if (article.group && article.group->line != group)
                out << u"G%1"_s.arg(article.group->line);
            group = article.group ? std::optional<int>(article.group->line) : std::nullopt;
            QString line = kindName(article.kind);
            if (article.kicker)
                line += u" k:"_s + article.kicker->text;
            if (article.title)
                line += u" t:"_s + article.title->text;
            if (article.subtitle)
                line += u" s:"_s + article.subtitle->text;
            if (article.byline)
                line += u" b%1:%2"_s.arg(numbers(article.byline->lines),
                                         article.byline->authors.join(u','));
            QStringList paragraphs;
            for (const Paragraph &paragraph : article.paragraphs)
                paragraphs << numbers(paragraph.lines);
            if (!paragraphs.isEmpty())
                line += u" p:"_s + paragraphs.join(u'|');
            for (const Caption &caption : article.captions)
                line += u" c%1:%2"_s.arg(numbers(caption.lines), caption.credit);
            out << line;
        }
    }
    for (const UnplacedLine &line : issue.unplaced)
        out << u"unplaced %1"_s.arg(line.line);
    return out;
}

} // namespace

void TestIssueParser::conventions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("kicker on the line above the title")
        << lines({u"坚持生态优先 推动绿色发展"_s, u""_s, u"青山县启动国土绿化三年行动"_s, u""_s,
                  u"本报讯(记者 周红)日前,青山县召开国土绿化动员大会,计划三年新增造林十二万亩。"_s,
                  u""_s, u"会议要求,各乡镇要落实管护责任,确保栽一棵活一棵。"_s})
        << QStringList{
               u"§-"_s,
               u"news k:坚持生态优先 推动绿色发展 t:青山县启动国土绿化三年行动 b5:周红 p:5|7"_s};

    QTest::newRow("kicker and title on one line")
        << lines(
               {u"冬季供暖有保障 全县新建热源厂两座供热面积超百万平方米"_s, u""_s,
                u"本报讯(通讯员 严明 记者 乔安)入冬以来,县热力公司新建的两座热源厂相继投入运行。"_s})
        << QStringList{
               u"§-"_s,
               u"news k:冬季供暖有保障 t:全县新建热源厂两座供热面积超百万平方米 b3:严明,乔安 p:3"_s};

    QTest::newRow("subtitle on its own line, commentary")
        << lines({u"办好群众家门口的实事"_s, u""_s, u"——系列评论之一"_s, u""_s, u"本报评论员"_s,
                  u""_s, u"民生无小事,枝叶总关情。办好家门口的实事,是对干部作风最直接的检验。"_s})
        << QStringList{u"§-"_s, u"commentary t:办好群众家门口的实事 s:——系列评论之一 b5: p:7"_s};

    QTest::newRow("interview with a 访 subtitle and Q&A")
        << lines({u"让文旅融合释放更大活力 ——访县文旅局局长韦一"_s, u""_s, u"本报记者 孟凡"_s,
                  u""_s, u"记者:今年全县文旅工作有哪些新举措?"_s, u""_s,
                  u"韦一:我们将重点打造三条精品旅游线路,带动乡村民宿发展。"_s})
        << QStringList{
               u"§-"_s,
               u"interview t:让文旅融合释放更大活力 s:——访县文旅局局长韦一 b3:孟凡 p:5|7"_s};

    QTest::newRow("a long sentence is body even if it starts like a title")
        << lines({u"县医院新门诊楼投入使用"_s, u""_s, u"本报记者 魏东"_s, u""_s,
                  u"县医院新门诊楼今天正式投入使用,群众看病更加方便快捷。"_s})
        << QStringList{u"§-"_s, u"news t:县医院新门诊楼投入使用 b3:魏东 p:5"_s};

    QTest::newRow("page markers open sections")
        << lines({u"第03版:综合"_s, u""_s, u"县医院新门诊楼投入使用"_s, u""_s,
                  u"本报讯 县医院新门诊楼今天正式投入使用。"_s, u""_s, u"第04版:文化"_s, u""_s,
                  u"非遗展演走进乡村舞台"_s, u""_s,
                  u"本报讯 连日来,县非遗保护中心组织展演活动。"_s})
        << QStringList{u"§1"_s, u"news t:县医院新门诊楼投入使用 b5: p:5"_s, u"§7"_s,
                       u"news t:非遗展演走进乡村舞台 b11: p:11"_s};

    QTest::newRow("brief column")
        << lines({u"简讯"_s, u""_s, u"县图书馆延长开放时间"_s, u""_s,
                  u"本报讯 即日起,县图书馆每天开放至晚上九点。"_s, u""_s,
                  u"城区新增公共停车位六百个"_s, u""_s,
                  u"本报讯 县城管局在城区新建六处停车场,新增停车位六百个。"_s})
        << QStringList{u"§-"_s, u"G1"_s, u"brief t:县图书馆延长开放时间 b5: p:5"_s,
                       u"brief t:城区新增公共停车位六百个 b9: p:9"_s};

    QTest::newRow("caption cuts a paragraph in two")
        << lines(
               {u"老旧小区改造惠及万户居民"_s, u""_s, u"本报记者 魏东"_s, u""_s,
                u"今年,全县启动老旧小区改造工程,涉及小区四十个,惠及居民一万余户。改造完成后,小区的道路和管网将全部"_s,
                u""_s, u""_s, u""_s, u"工人在小区内铺设新管道。本报记者 田野 摄"_s, u""_s,
                u"更新,居民生活环境明显改善。"_s})
        << QStringList{u"§-"_s, u"news t:老旧小区改造惠及万户居民 b3:魏东 p:5,11 c9:田野"_s};

    QTest::newRow("OCR 因为 caption between a cut paragraph and its tail")
        << lines(
               {u"春季植树活动启动"_s, u""_s,
                u"本报讯(记者 周红)3月12日,全县春季义务植树活动启动,干部群众踊跃参加,当天共栽植树苗"_s,
                u""_s, u""_s, u""_s, u"3月12日,干部群众在河畔植树。因为志愿者正在为树苗浇水。"_s,
                u""_s, u"两万余株。"_s})
        << QStringList{u"§-"_s, u"news t:春季植树活动启动 b3:周红 p:3,9 c7:"_s};

    QTest::newRow("lead printed before its headline")
        << lines(
               {u"县城新建三座口袋公园"_s, u""_s,
                u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s, u""_s,
                u"初冬时节,记者走进城南的滨河社区,看到居民们正在新修的健身步道上锻炼,社区广场上的"_s,
                u""_s, u"社区健身设施焕然一新"_s, u""_s, u"本报记者 孟凡"_s, u""_s,
                u"器材,老人们说用起来很顺手。"_s})
        << QStringList{u"§-"_s, u"news t:县城新建三座口袋公园 b3: p:3"_s,
                       u"news t:社区健身设施焕然一新 b9:孟凡 p:5,11"_s};

    QTest::newRow("vox pop with a piece titled after its first paragraphs")
        << lines({u"各界群众热议县第十五次党代会"_s, u""_s, u"把蓝图变成实景"_s, u""_s,
                  u"本报记者 魏东"_s, u""_s, u"人物:刘芳 县实验小学教师"_s, u""_s,
                  u"同期声:党代会描绘了全县发展的新蓝图,我们倍感振奋。"_s, u""_s,
                  u"人物:王建 个体工商户"_s, u""_s,
                  u"同期声:报告里说要优化营商环境,这让我们小商户"_s, u""_s, u"吃了定心丸"_s, u""_s,
                  u"本报记者 孟凡"_s, u""_s, u"对未来更有信心了。"_s})
        << QStringList{u"§-"_s, u"G1"_s, u"voxpop t:把蓝图变成实景 b5:魏东 p:7|9"_s,
                       u"voxpop t:吃了定心丸 b17:孟凡 p:11|13,19"_s};

    QTest::newRow("photo news: a headline and a caption")
        << lines({u"雪后古城分外妖娆"_s, u""_s,
                  u"12月3日,一场降雪过后的古城墙银装素裹。本报记者 田野 摄"_s, u""_s,
                  u"县城新建三座口袋公园"_s, u""_s,
                  u"本报讯 县城新建的三座口袋公园日前向市民开放。"_s})
        << QStringList{u"§-"_s, u"photo t:雪后古城分外妖娆 c3:田野"_s,
                       u"news t:县城新建三座口袋公园 b7: p:7"_s};

    QTest::newRow("agency dateline byline")
        << lines(
               {u"全国秋粮收获过八成"_s, u""_s,
                u"新华社北京10月20日电(记者 邱实)记者从农业农村部获悉,全国秋粮已收获八成以上。"_s})
        << QStringList{u"§-"_s, u"news t:全国秋粮收获过八成 b3:邱实 p:3"_s};

    QTest::newRow("boxed byline is commentary")
        << lines({u"莫让形式主义挤占实干时间"_s, u""_s, u"□ 柯南"_s, u""_s,
                  u"基层干部的时间是有限的,多一些实干,少一些留痕,才能把精力用在刀刃上。"_s})
        << QStringList{u"§-"_s, u"commentary t:莫让形式主义挤占实干时间 b3:柯南 p:5"_s};

    QTest::newRow("jump marker stays in the body")
        << lines({u"县重点项目建设提速"_s, u""_s,
                  u"本报讯 今年以来,全县重点项目建设全面提速,完成投资超过预期。(下转第二版)"_s})
        << QStringList{u"§-"_s, u"news t:县重点项目建设提速 b3: p:3"_s};

    QTest::newRow("column break joins the next line")
        << lines({u"县域经济稳中向好"_s, u""_s,
                  u"本报讯 前三季度,全县地区生产总值同比增长百分之六,其中工业增加值"_s, u""_s,
                  u"增长百分之八,高于全市平均水平。"_s, u""_s,
                  u"下一步,全县将继续抓好项目建设。"_s})
        << QStringList{u"§-"_s, u"news t:县域经济稳中向好 b3: p:3,5|7"_s};

    // A photo item (headline and caption) set into the column between a paragraph
    // cut mid-word and its continuation: the continuation goes back to the cut.
    QTest::newRow("photo item between a cut paragraph and its tail")
        << lines({u"县城雨污管网改造开工"_s, u""_s,
                  u"本报讯(记者 周红)今年县城计划改造雨污管网二十公里,首批施工队伍已经进"_s, u""_s,
                  u"湿地迎来越冬候鸟"_s, u""_s,
                  u"11月16日,成群的候鸟在湿地觅食。本报记者 田野 摄"_s, u""_s,
                  u"场作业。施工期间将分段围挡,减少对居民出行的影响。"_s, u""_s,
                  u"据介绍,工程预计明年汛期前完工。"_s})
        << QStringList{u"§-"_s, u"news t:县城雨污管网改造开工 b3:周红 p:3,9|11"_s,
                       u"photo t:湿地迎来越冬候鸟 c7:田野"_s};

    // The continuation does not open mid-sentence; it is about the cut article.
    QTest::newRow("photo item between a cut paragraph and a continuation about it")
        << lines({u"社区卫生服务中心新址开工"_s, u""_s,
                  u"本报讯 社区卫生服务中心新址日前开工建设,建成后将为辖区居民提供"_s, u""_s,
                  u"古镇灯会迎客来"_s, u""_s, u"图为游客在古镇观赏花灯。本报通讯员 麦穗 摄"_s,
                  u""_s, u"更加便捷的基本医疗和公共卫生服务,预计明年投入使用。"_s})
        << QStringList{u"§-"_s, u"news t:社区卫生服务中心新址开工 b3: p:3,9"_s,
                       u"photo t:古镇灯会迎客来 c7:麦穗"_s};

    // A lead printed before its headline right after a photo item goes to the
    // article it is about, not to the photo item.
    QTest::newRow("lead before its headline right after a photo item")
        << lines({u"夜市烟火气"_s, u""_s, u"10月7日晚,市民在滨江夜市选购小吃。本报记者 田野 摄"_s,
                  u""_s, u"金秋时节,县里的水稻陆续成熟,收割机在田间来回穿梭。"_s, u""_s,
                  u"全县三万亩水稻开镰收割"_s, u""_s, u"本报记者 孟凡"_s, u""_s,
                  u"今年全县水稻种植面积三万亩,共投入收割机两百台。"_s})
        << QStringList{u"§-"_s, u"photo t:夜市烟火气 c3:田野"_s,
                       u"news t:全县三万亩水稻开镰收割 b9:孟凡 p:5|11"_s};

    // A numbered intertitle of a feature ends without a full stop; it is a
    // paragraph of its own, not a sentence cut by a column break.
    QTest::newRow("numbered intertitle in an indented feature")
        << lines({u"山区县的智慧农业十年"_s, u"本报记者 魏东"_s,
                  u"\u3000\u3000十年来，县里把数字技术引入田间地头。"_s,
                  u"\u3000\u3000一、让数据成为新农资"_s,
                  u"\u3000\u30002015年，县里建起第一个农业物联网示范点。"_s})
        << QStringList{u"§-"_s, u"news t:山区县的智慧农业十年 b2:魏东 p:3|4|5"_s};

    // Traditional script: the conventions are recognised, the text stays as printed.
    QTest::newRow("traditional script")
        << traditionalIssue()
        << QStringList{u"§1"_s,
                       u"news t:臨港區新增跨境巴士線路六條 b7:鄺志恒 "
                       u"p:7,11 c9:司徒敏"_s,
                       u"news t:石澗村古建築修繕完工 b15:馮曉彤,黎子聰 p:17"_s};
}

void TestIssueParser::conventions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Issue issue = IssueParser::parseText(text);
    const QStringList got = summary(issue);
    if (got != expected)
        qWarning().noquote() << "got:\n"
                             << got.join(u'\n') << "\nexpected:\n"
                             << expected.join(u'\n');
    QCOMPARE(got, expected);
}

void TestIssueParser::encodingsAndLayouts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    QFile file(seedPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());

    QTest::newRow("utf-8") << text.toUtf8() << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf" + text.toUtf8()) << u"UTF-8"_s;
    QTest::newRow("gb18030") << encoded("GB18030", text) << u"GB18030"_s;
    QTest::newRow("utf-16le bom") << QByteArray("\xff\xfe" + encoded("UTF-16LE", text))
                                  << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << QByteArray("\xfe\xff" + encoded("UTF-16BE", text))
                                  << u"UTF-16BE"_s;
    QString crlf = text;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QTest::newRow("crlf") << crlf.toUtf8() << u"UTF-8"_s;
    // Every line indented, headlines too: indentation then tells nothing.
    QString allIndented;
    for (const QString &line : text.split(u'\n'))
        allIndented += (line.isEmpty() ? QString() : u"\u3000\u3000"_s + line) + u'\n';
    allIndented.chop(1);
    QTest::newRow("every line indented") << allIndented.toUtf8() << u"UTF-8"_s;
    QString cr = text;
    cr.replace(u'\n', u'\r');
    QTest::newRow("cr") << cr.toUtf8() << u"UTF-8"_s;
    QTest::newRow("gb18030 crlf") << encoded("GB18030", crlf) << u"GB18030"_s;
}

void TestIssueParser::encodingsAndLayouts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    QFile file(seedPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto reference = IssueParser::parse(file.readAll());
    QVERIFY(reference.ok());

    const auto issue = IssueParser::parse(bytes);
    QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
    QCOMPARE(issue->source.encoding, encoding);
    QCOMPARE(issue->source.lines, reference->source.lines);
    QCOMPARE(summary(*issue), summary(*reference));
}

void TestIssueParser::indentedLayout_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("seed") << seedPath();
    QTest::newRow("sample") << QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt");
    QTest::newRow("t01") << QStringLiteral(BROADSHEET_TEST_DATA "/issues/t01_spring_farming.txt");
    QTest::newRow("t03") << QStringLiteral(BROADSHEET_TEST_DATA
                                           "/issues/t03_city_congress_voxpop.txt");
}

// The other paragraph shape: one paragraph per line, indented with two ideographic
// spaces, no blank lines. Generated from a blank-line issue and its reference
// parse (body and caption lines indented); the parse must find the same articles.
void TestIssueParser::indentedLayout()
{
    QFETCH(QString, file);
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    QFile goldFile(file.chopped(4) + u".gold.json"_s);
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
    QSet<int> indented;
    for (const QJsonValue &article : gold.value(u"articles"_s).toArray()) {
        for (const QJsonValue &paragraph : article.toObject().value(u"body"_s).toArray())
            for (const QJsonValue &line : paragraph.toArray())
                indented << line.toInt();
        for (const QJsonValue &caption : article.toObject().value(u"captions"_s).toArray())
            for (const QJsonValue &line : caption.toObject().value(u"lines"_s).toArray())
                indented << line.toInt();
    }
    QStringList variant;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            variant << (indented.contains(i + 1) ? u"\u3000\u3000"_s : QString()) + lines[i];
    }
    const Issue reference = IssueParser::parseText(lines.join(u'\n'));
    const Issue issue = IssueParser::parseText(variant.join(u'\n'));
    auto shape = [](const Issue &parsed) {
        QStringList out;
        for (const Section &section : parsed.sections) {
            for (const Article &article : section.articles) {
                out << u"# "_s + article.displayTitle() + u" / "_s + article.authors().join(u',');
                for (const Paragraph &paragraph : article.paragraphs)
                    out << paragraph.text.left(12) + u"…"_s + paragraph.text.right(6);
            }
        }
        return out;
    };
    QCOMPARE(shape(issue), shape(reference));
}

void TestIssueParser::droppedRepeatIsNoted()
{
    // The extractor copied the end of the first paragraph to the end of the second.
    const QString text = lines(
        {u"河道治理工程全面开工"_s, u""_s,
         u"本报讯 全县河道综合治理工程日前全面开工,工程将对全县十二条主要河道进行清淤疏浚和岸坡整治。"_s,
         u""_s, u"工程完工后,防洪标准将大幅提高,将对全县十二条主要河道进行清淤疏浚和岸坡整治。"_s});
    const Issue issue = IssueParser::parseText(text);
    QCOMPARE(issue.articleCount(), 1);
    const Article &article = issue.sections.first().articles.first();
    QCOMPARE(article.paragraphs.size(), 2);
    QCOMPARE(article.paragraphs[1].text, u"工程完工后,防洪标准将大幅提高,"_s);
    QVERIFY(std::any_of(article.notes.begin(), article.notes.end(), [](const QString &note) {
        return note.contains(u"repeated"_s) && note.contains(u"line 5"_s);
    }));
}

void TestIssueParser::repeatedWholeLineLeavesNoEmptyParagraph()
{
    // The extractor repeated the end of a paragraph as a line of its own.
    const QString text = lines(
        {u"河道治理工程全面开工"_s, u""_s,
         u"本报讯 全县河道综合治理工程日前全面开工,工程将对全县十二条主要河道进行清淤疏浚和岸坡整治。"_s,
         u""_s, u"将对全县十二条主要河道进行清淤疏浚和岸坡整治。"_s, u""_s,
         u"工程完工后,全县防洪标准将大幅提高。"_s});
    const Issue issue = IssueParser::parseText(text);
    QCOMPARE(issue.articleCount(), 1);
    const Article &article = issue.sections.first().articles.first();
    QCOMPARE(article.paragraphs.size(), 2);
    for (const Paragraph &paragraph : article.paragraphs)
        QVERIFY(!paragraph.text.isEmpty());
    QCOMPARE(article.paragraphs[0].lines, (QList<int>{3, 5})); // the line stays accounted for
    QCOMPARE(article.paragraphs[1].text, u"工程完工后,全县防洪标准将大幅提高。"_s);
    QVERIFY(std::any_of(article.notes.begin(), article.notes.end(), [](const QString &note) {
        return note.contains(u"repeated"_s) && note.contains(u"line 5"_s);
    }));
}

void TestIssueParser::creditsOnOneLine()
{
    const Issue issue = IssueParser::parseText(
        lines({u""_s, u"责任编辑:吕方 版式设计:葛青"_s, u""_s, u"县医院新门诊楼投入使用"_s, u""_s,
               u"本报讯 县医院新门诊楼今天正式投入使用。"_s}));
    QCOMPARE(issue.credits.size(), 2);
    QCOMPARE(issue.credits[0].role, u"责任编辑"_s);
    QCOMPARE(issue.credits[1].name, u"葛青"_s);
    QCOMPARE(issue.credits[1].line, 2);
}

void TestIssueParser::emptyInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\n\n\r\n\n");
    QTest::newRow("white space") << QByteArray(" \t\n\xe3\x80\x80\xe3\x80\x80\n   ");
}

void TestIssueParser::emptyInput()
{
    QFETCH(QByteArray, bytes);
    const auto issue = IssueParser::parse(bytes);
    QVERIFY(issue.ok());
    QCOMPARE(issue->articleCount(), 0);
    QVERIFY(!issue->notes.isEmpty());
}

void TestIssueParser::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("nul bytes") << QByteArray("县医院\0新门诊楼", 22);
}

void TestIssueParser::badInput()
{
    QFETCH(QByteArray, bytes);
    const auto issue = IssueParser::parse(bytes);
    QVERIFY(!issue.ok());
    QVERIFY(!issue.errorMessage().isEmpty());
}

void TestIssueParser::everyLineAccountedFor()
{
    QFile file(seedPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList text = QString::fromUtf8(file.readAll()).split(u'\n');
    const auto issue = IssueParser::parse(text.join(u'\n').toUtf8());
    QVERIFY(issue.ok());

    QSet<int> placed;
    for (const Credit &credit : issue->credits)
        placed << credit.line;
    for (const UnplacedLine &line : issue->unplaced)
        placed << line.line;
    for (const Section &section : issue->sections) {
        if (section.line)
            placed << *section.line;
        for (const Article &article : section.articles) {
            if (article.group)
                placed << article.group->line;
            for (const auto *part : {&article.kicker, &article.title, &article.subtitle}) {
                if (*part)
                    placed.unite(QSet<int>((*part)->lines.begin(), (*part)->lines.end()));
            }
            if (article.byline)
                placed.unite(QSet<int>(article.byline->lines.begin(), article.byline->lines.end()));
            for (const Paragraph &paragraph : article.paragraphs)
                placed.unite(QSet<int>(paragraph.lines.begin(), paragraph.lines.end()));
            for (const Caption &caption : article.captions)
                placed.unite(QSet<int>(caption.lines.begin(), caption.lines.end()));
        }
    }
    for (int i = 0; i < text.size(); ++i) {
        if (!text[i].trimmed().isEmpty())
            QVERIFY2(placed.contains(i + 1),
                     qPrintable(u"line %1 is not accounted for"_s.arg(i + 1)));
    }
}

// A traditional-script issue saved as Big5 reads as the same issue as its text.
void TestIssueParser::traditionalBig5()
{
    const QString text = traditionalIssue();
    const QByteArray bytes = encoded("Big5", text);
    QVERIFY(!bytes.isEmpty());
    const auto issue = IssueParser::parse(bytes);
    QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
    QCOMPARE(issue->source.encoding, u"Big5"_s);
    QCOMPARE(summary(*issue), summary(IssueParser::parseText(text)));
    QCOMPARE(issue->credits.size(), 1);
    QCOMPARE(issue->credits.first().role, u"責任編輯"_s);
    QCOMPARE(issue->credits.first().name, u"莫嘉琪"_s);
    QCOMPARE(issue->sections.first().title, u"第03版：要聞"_s);
}

QTEST_GUILESS_MAIN(TestIssueParser)
#include "tst_issueparser.moc"
