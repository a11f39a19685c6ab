#include "conventions.h"

#include <QTest>

using namespace Broadsheet;
using namespace Broadsheet::Conventions;
using namespace Qt::StringLiterals;

// One test per rule of Chinese newspaper text, each with its own small examples.
class TestConventions : public QObject
{
    Q_OBJECT

private slots:
    void jumps_data();
    void jumps();
    void endsSentence_data();
    void endsSentence();
    void openingOf_data();
    void openingOf();
    void looksLikeHeadline_data();
    void looksLikeHeadline();
    void splitHeadline_data();
    void splitHeadline();
    void pageMarker_data();
    void pageMarker();
    void banners_data();
    void banners();
    void masthead_data();
    void masthead();
    void mastheadPaper_data();
    void mastheadPaper();
    void mastheadDetail_data();
    void mastheadDetail();
    void credits_data();
    void credits();
    void standaloneByline_data();
    void standaloneByline();
    void inlineByline_data();
    void inlineByline();
    void namesReporter_data();
    void namesReporter();
    void subtitle_data();
    void subtitle();
    void captionCredit_data();
    void captionCredit();
    void pictureCues_data();
    void pictureCues();
    void kindCues_data();
    void kindCues();
    void jumpMarker_data();
    void jumpMarker();
    void intertitle_data();
    void intertitle();
    void scriptFold_data();
    void scriptFold();
    void simplifiedCuesSurviveTheFold();
    void resumesAfterPhotoItem_data();
    void resumesAfterPhotoItem();
    void leadOfNextArticle_data();
    void leadOfNextArticle();
};

void TestConventions::namesReporter_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<bool>("reporter");
    QTest::newRow("staff reporter") << u"本报记者 李锋"_s << true;
    QTest::newRow("agency reporter") << u"新华社记者 王立新"_s << true;
    QTest::newRow("correspondent") << u"通讯员 赵可"_s << true;
    QTest::newRow("intern only") << u"实习生 陈思"_s << false;
    QTest::newRow("commentator") << u"本报评论员"_s << false;
    QTest::newRow("column signature") << u"□ 张文"_s << false;
}

void TestConventions::namesReporter()
{
    QFETCH(QString, byline);
    QFETCH(bool, reporter);
    QCOMPARE(Conventions::namesReporter(byline), reporter);
}

void TestConventions::subtitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("subtitle");
    QTest::newRow("double dash") << u"——访市人民医院院长李明"_s << true;
    QTest::newRow("ASCII dashes") << u"--写在建党百年之际"_s << true;
    QTest::newRow("box-drawing dash") << u"─记全国劳模张华"_s << true;
    QTest::newRow("single dash with text") << u"—写在开学之际"_s << true;
    QTest::newRow("single dash alone") << u"—"_s << false;
    QTest::newRow("no dash") << u"访市人民医院院长李明"_s << false;
    QTest::newRow("a dash opening a long paragraph") << u"——"_s + QString(90, u'字') << false;
}

void TestConventions::subtitle()
{
    QFETCH(QString, text);
    QFETCH(bool, subtitle);
    QCOMPARE(Conventions::isSubtitle(text), subtitle);
}

void TestConventions::endsSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ends");
    QTest::newRow("full stop") << u"会议在县城召开。"_s << true;
    QTest::newRow("exclamation") << u"这真是一个好消息！"_s << true;
    QTest::newRow("half-width question") << u"你准备好了吗?"_s << true;
    QTest::newRow("quote after full stop") << u"他说：“我们一定能完成任务。”"_s << true;
    QTest::newRow("ellipsis") << u"说起往事，老人感慨万千……"_s << true;
    QTest::newRow("cut mid-word") << u"进一步加强统筹协调和资源"_s << false;
    QTest::newRow("cut after comma") << u"他表示,"_s << false;
    QTest::newRow("cut after enumeration comma") << u"涉及教育、医疗、"_s << false;
    QTest::newRow("quote without full stop") << u"被群众称为“贴心人”"_s << false;
    QTest::newRow("decimal point is no full stop") << u"增长了3."_s << false;
    QTest::newRow("jump marker closes") << u"工程将于年底完工(下转第二版)"_s << true;
    QTest::newRow("trailing spaces") << u"活动圆满结束。　　"_s << true;
}

void TestConventions::endsSentence()
{
    QFETCH(QString, text);
    QFETCH(bool, ends);
    QCOMPARE(Conventions::endsSentence(text), ends);
}

void TestConventions::openingOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("opening");
    const int mid = int(Opening::MidSentence);
    const int fresh = int(Opening::Fresh);
    const int unknown = int(Opening::Unknown);
    QTest::newRow("tail ending in full stop") << u"完成。随后，工作组赶赴现场。"_s << mid;
    QTest::newRow("one character then comma") << u"区,为群众办实事。"_s << mid;
    QTest::newRow("starts with punctuation") << u"、加快推进项目建设。"_s << mid;
    QTest::newRow("starts with 的") << u"的支持下顺利完成。"_s << mid;
    QTest::newRow("news byline") << u"本报讯(记者 周红)日前,全县召开大会。"_s << fresh;
    QTest::newRow("dateline") << u"3月5日,县里召开会议。"_s << fresh;
    QTest::newRow("opener word") << u"同时,要加大监督力度。"_s << fresh;
    QTest::newRow("speaker") << u"他表示,下一步将继续努力。"_s << fresh;
    QTest::newRow("vox-pop person") << u"人物:刘芳 教师"_s << fresh;
    QTest::newRow("question") << u"记者:今年有哪些新举措?"_s << fresh;
    QTest::newRow("enumeration") << u"一是强化组织领导,明确责任分工。"_s << fresh;
    // A quotation opens paragraphs, but also continues cut sentences ("…守护农民的" /
    // "“钱袋子”和…").
    QTest::newRow("quotation") << u"“这条路修好了,出行方便多了。”村民说。"_s << unknown;
    QTest::newRow("ordinary long clause")
        << u"县交通局组织专业力量对全县桥梁进行检测,确保安全。"_s << unknown;
    QTest::newRow("traditional opener word")
        << u"據了解，六條新線路中有三條途經觀瀾灣。"_s << fresh;
    QTest::newRow("traditional byline") << u"本報訊（記者 鄺志恒）臨港區昨日公佈。"_s << fresh;
    QTest::newRow("traditional tail") << u"打卡。家住華豐街的陳太說。"_s << mid;
}

void TestConventions::openingOf()
{
    QFETCH(QString, text);
    QFETCH(int, opening);
    QCOMPARE(int(Conventions::openingOf(text)), opening);
}

void TestConventions::looksLikeHeadline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("headline");
    QTest::newRow("plain title") << u"县医院新门诊楼投入使用"_s << true;
    QTest::newRow("parallel phrases") << u"稳就业 保民生 促发展"_s << true;
    QTest::newRow("phrases apart by ideographic spaces")
        << u"市领导检查城市基础设施建设管理工作时强调　规划引领　项目支撑"_s << true;
    QTest::newRow("title with one comma") << u"稳字当头，进中求好"_s << true;
    QTest::newRow("title with subtitle")
        << u"让老街焕发新活力 ——写在古城保护工程竣工之际"_s << true;
    QTest::newRow("question title") << u"农产品为何卖不出好价钱？"_s << true;
    QTest::newRow("sentence with full stop") << u"县医院新门诊楼今天投入使用。"_s << false;
    QTest::newRow("long sentence")
        << u"为进一步加强全县安全生产工作切实保障人民群众生命财产安全县政府决定开展专项整治行动"_s
        << false;
    QTest::newRow("clause list") << u"抓环境,抓项目,抓落实,促发展"_s << false;
    QTest::newRow("ends with comma") << u"在县委县政府的领导下,"_s << false;
    QTest::newRow("inline byline") << u"本报讯(记者 周红)"_s << false;
    QTest::newRow("numbered subhead") << u"一、强化组织领导"_s << false;
    QTest::newRow("digits only") << u"2024"_s << false;
}

void TestConventions::looksLikeHeadline()
{
    QFETCH(QString, text);
    QFETCH(bool, headline);
    QCOMPARE(Conventions::looksLikeHeadline(text), headline);
}

void TestConventions::splitHeadline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kicker");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("subtitle");
    QTest::newRow("title only") << u"县医院新门诊楼投入使用"_s << QString()
                                << u"县医院新门诊楼投入使用"_s << QString();
    QTest::newRow("kicker then title")
        << u"春耕备耕正当时 全县完成早稻育秧八万亩"_s << u"春耕备耕正当时"_s
        << u"全县完成早稻育秧八万亩"_s << QString();
    QTest::newRow("two short halves are one title")
        << u"守住青山 就是守住未来"_s << QString() << u"守住青山 就是守住未来"_s << QString();
    QTest::newRow("parallel phrases stay one title")
        << u"稳就业 保民生 促发展"_s << QString() << u"稳就业 保民生 促发展"_s << QString();
    QTest::newRow("equal halves stay one title")
        << u"山路变通途 乡村展新颜"_s << QString() << u"山路变通途 乡村展新颜"_s << QString();
    QTest::newRow("nearly equal halves stay one title")
        << u"一封家书 暖了两代人"_s << QString() << u"一封家书 暖了两代人"_s << QString();
    QTest::newRow("a slogan over a statement is kicker and title")
        << u"一纸公函 化解十二户居民多年邻里纠纷"_s << u"一纸公函"_s
        << u"化解十二户居民多年邻里纠纷"_s << QString();
    QTest::newRow("kicker over parallel phrases")
        << u"县委常委会议强调 守牢底线 压实责任 狠抓落实"_s << u"县委常委会议强调"_s
        << u"守牢底线 压实责任 狠抓落实"_s << QString();
    QTest::newRow("kicker ending in a saying verb")
        << u"县长在调研时要求 加快推进重点工程建设"_s << u"县长在调研时要求"_s
        << u"加快推进重点工程建设"_s << QString();
    QTest::newRow("subtitle on the same line")
        << u"让老街焕发新活力 ——写在古城保护工程竣工之际"_s << QString() << u"让老街焕发新活力"_s
        << u"——写在古城保护工程竣工之际"_s;
    QTest::newRow("spaces inside quotes do not split")
        << u"“学 思 践 悟”读书会开讲"_s << QString() << u"“学 思 践 悟”读书会开讲"_s << QString();
}

void TestConventions::splitHeadline()
{
    QFETCH(QString, text);
    QFETCH(QString, kicker);
    QFETCH(QString, title);
    QFETCH(QString, subtitle);
    const HeadlineParts parts = Conventions::splitHeadline(text);
    QCOMPARE(parts.kicker, kicker);
    QCOMPARE(parts.title, title);
    QCOMPARE(parts.subtitle, subtitle);
}

void TestConventions::pageMarker_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("marker");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("name");
    QTest::newRow("第03版:综合") << u"第03版:综合"_s << true << u"03"_s << u"综合"_s;
    QTest::newRow("full-width colon") << u"第12版：体育"_s << true << u"12"_s << u"体育"_s;
    QTest::newRow("lettered page") << u"第B4版"_s << true << u"B4"_s << QString();
    QTest::newRow("page then name") << u"C1版 文化"_s << true << u"C1"_s << u"文化"_s;
    QTest::newRow("not a marker") << u"第三版面设计大赛举行"_s << false << QString() << QString();
    // Traditional script: the name stays as printed.
    QTest::newRow("traditional name") << u"第03版：要聞"_s << true << u"03"_s << u"要聞"_s;
}

void TestConventions::pageMarker()
{
    QFETCH(QString, text);
    QFETCH(bool, marker);
    QFETCH(QString, page);
    QFETCH(QString, name);
    const auto found = Conventions::pageMarker(text);
    QCOMPARE(found.has_value(), marker);
    if (found) {
        QCOMPARE(found->page, page);
        QCOMPARE(found->name, name);
    }
}

void TestConventions::banners_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("section");
    QTest::addColumn<bool>("group");
    QTest::addColumn<bool>("brief");
    QTest::newRow("bracketed column") << u"【法治在线】"_s << true << false << false;
    QTest::newRow("section name") << u"民生"_s << true << false << false;
    QTest::newRow("boxed column") << u"■ 基层一线观察"_s << true << false << false;
    QTest::newRow("brief column") << u"简讯"_s << false << true << true;
    QTest::newRow("decorated brief column") << u"【县域快讯】"_s << true << true << true;
    QTest::newRow("vox-pop block") << u"各界群众热议县第十五次党代会"_s << false << true << false;
    QTest::newRow("ordinary title") << u"县医院新门诊楼投入使用"_s << false << false << false;
    QTest::newRow("traditional brief column") << u"要聞簡訊"_s << false << true << true;
    QTest::newRow("traditional section name") << u"綜合新聞"_s << true << false << false;
}

void TestConventions::banners()
{
    QFETCH(QString, text);
    QFETCH(bool, section);
    QFETCH(bool, group);
    QFETCH(bool, brief);
    QCOMPARE(Conventions::isSectionBanner(text), section);
    QCOMPARE(Conventions::isGroupHeadline(text), group);
    QCOMPARE(Conventions::isBriefColumn(text), brief);
}

void TestConventions::masthead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<int>("year");
    QTest::newRow("paper and date") << u"青川日报 2023年11月7日 星期二"_s << u"青川日报"_s << 2023;
    QTest::newRow("date only") << u"2021年3月15日"_s << QString() << 2021;
    QTest::newRow("a sentence with a date") << u"2021年3月15日,县里召开会议。"_s << QString() << 0;
}

void TestConventions::masthead()
{
    QFETCH(QString, text);
    QFETCH(QString, paper);
    QFETCH(int, year);
    const auto found = Conventions::masthead(text);
    QCOMPARE(found.has_value(), year != 0);
    if (found) {
        QCOMPARE(found->paper, paper);
        QCOMPARE(found->year, year);
    }
}

void TestConventions::mastheadPaper_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("paper"); // as printed; empty: no paper's name
    // A paper's name, the way an e-paper extractor leaves it on a line of its own.
    QTest::newRow("日报") << u"松岭日报"_s << u"松岭日报"_s;
    QTest::newRow("晚报") << u"青河晚报"_s << u"青河晚报"_s;
    QTest::newRow("早报") << u"东湖早报"_s << u"东湖早报"_s;
    QTest::newRow("都市报") << u"燕北都市报"_s << u"燕北都市报"_s;
    QTest::newRow("青年报") << u"西岭青年报"_s << u"西岭青年报"_s;
    QTest::newRow("导报") << u"苍山导报"_s << u"苍山导报"_s;
    QTest::newRow("报 alone after a two-character name") << u"新澜报"_s << u"新澜报"_s;
    QTest::newRow("edition suffix") << u"海川日报海外版"_s << u"海川日报海外版"_s;
    QTest::newRow("edition suffix in brackets")
        << u"云梦农民报（农村版）"_s << u"云梦农民报（农村版）"_s;
    QTest::newRow("traditional, as printed") << u"瀛洲日報"_s << u"瀛洲日報"_s;
    QTest::newRow("surrounding spaces") << u"\u3000\u3000松岭日报 "_s << u"松岭日报"_s;
    // Words ending in 报 that name no paper, and headlines.
    QTest::newRow("汇报: a headline") << u"市委召开会议听取工作汇报"_s << QString();
    QTest::newRow("汇报, short") << u"听取专题汇报"_s << QString();
    QTest::newRow("预报") << u"天气预报"_s << QString();
    QTest::newRow("喜报") << u"春耕一线传喜报"_s << QString();
    QTest::newRow("捷报") << u"前方再传捷报"_s << QString();
    QTest::newRow("通报") << u"安全生产情况通报"_s << QString();
    QTest::newRow("简报") << u"工作简报"_s << QString();
    QTest::newRow("举报") << u"欢迎群众举报"_s << QString();
    QTest::newRow("申报") << u"项目开始申报"_s << QString();
    QTest::newRow("画报") << u"民族画报"_s << QString();
    QTest::newRow("海报") << u"电影节海报"_s << QString();
    QTest::newRow("公报") << u"统计公报"_s << QString();
    QTest::newRow("手抄报") << u"学生手抄报"_s << QString();
    QTest::newRow("one character before 报") << u"电报"_s << QString();
    QTest::newRow("the newspaper word alone") << u"日报"_s << QString();
    QTest::newRow("a sentence") << u"松岭日报，创刊于1949年。"_s << QString();
    QTest::newRow("with the date: the one-line masthead")
        << u"松岭日报 2019年2月20日"_s << QString();
    QTest::newRow("too long") << u"松岭市委机关报松岭地区新闻日报"_s << QString();
    QTest::newRow("latin letters") << u"Songling Daily"_s << QString();
}

void TestConventions::mastheadPaper()
{
    QFETCH(QString, text);
    QFETCH(QString, paper);
    QCOMPARE(Conventions::mastheadPaper(text).value_or(QString()), paper);
}

void TestConventions::mastheadDetail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("detail");
    QTest::addColumn<QString>("edition");
    QTest::newRow("lunar date") << u"农历己亥年正月十六"_s << true << QString();
    QTest::newRow("lunar date without the year") << u"农历八月廿三"_s << true << QString();
    QTest::newRow("lunar, leap month") << u"农历闰四月初八"_s << true << QString();
    QTest::newRow("traditional lunar date") << u"農曆辛丑年臘月三十"_s << true << QString();
    QTest::newRow("edition") << u"第12345期"_s << true << u"第12345期"_s;
    QTest::newRow("total edition") << u"总第5678号"_s << true << u"总第5678号"_s;
    QTest::newRow("both editions")
        << u"第12345期 总第5678号"_s << true << u"第12345期 总第5678号"_s;
    QTest::newRow("page count") << u"今日8版"_s << true << QString();
    QTest::newRow("page count in words") << u"本期共十六版"_s << true << QString();
    QTest::newRow("weekday, lunar date and edition")
        << u"星期三 农历正月十六 第12345期"_s << true << u"第12345期"_s;
    QTest::newRow("a headline opening with 农历")
        << u"农历新年将至年货市场红火"_s << false << QString();
    QTest::newRow("a page marker") << u"08版"_s << false << QString();
    QTest::newRow("a sentence") << u"第12345期报纸今天出版。"_s << false << QString();
    QTest::newRow("a headline") << u"全市开展安全生产大检查"_s << false << QString();
}

void TestConventions::mastheadDetail()
{
    QFETCH(QString, text);
    QFETCH(bool, detail);
    QFETCH(QString, edition);
    const auto found = Conventions::mastheadDetail(text);
    QCOMPARE(found.has_value(), detail);
    if (found)
        QCOMPARE(*found, edition);
}

void TestConventions::credits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one credit") << u"设计制作:韩梅"_s << QStringList{u"设计制作"_s}
                                << QStringList{u"韩梅"_s};
    QTest::newRow("two on one line")
        << u"责任编辑：吕方 版式设计：葛青"_s << QStringList{u"责任编辑"_s, u"版式设计"_s}
        << QStringList{u"吕方"_s, u"葛青"_s};
    QTest::newRow("not a credit") << u"编辑部地址:人民路18号大楼三层"_s << QStringList()
                                  << QStringList();
    QTest::newRow("body sentence")
        << u"记者从县编辑部了解到,本次活动持续一周。"_s << QStringList() << QStringList();
    QTest::newRow("traditional, roles and names as printed")
        << u"責任編輯：莫嘉琪　美術編輯：區偉倫"_s << QStringList{u"責任編輯"_s, u"美術編輯"_s}
        << QStringList{u"莫嘉琪"_s, u"區偉倫"_s};
}

void TestConventions::credits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, names);
    const auto entries = Conventions::credits(text);
    QStringList gotRoles, gotNames;
    for (const auto &entry : entries) {
        gotRoles << entry.role;
        gotNames << entry.name;
    }
    QCOMPARE(gotRoles, roles);
    QCOMPARE(gotNames, names);
}

void TestConventions::standaloneByline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("byline");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<bool>("commentary");
    QTest::newRow("staff reporter")
        << u"本报记者 魏东"_s << true << QStringList{u"魏东"_s} << false;
    QTest::newRow("reporter and intern")
        << u"本报记者 孟凡 实习生 谭笑"_s << true << QStringList{u"孟凡"_s, u"谭笑"_s} << false;
    QTest::newRow("glued role and name")
        << u"本报记者魏东"_s << true << QStringList{u"魏东"_s} << false;
    QTest::newRow("two reporters")
        << u"本报记者 魏东 孟凡"_s << true << QStringList{u"魏东"_s, u"孟凡"_s} << false;
    QTest::newRow("commentator") << u"本报评论员"_s << true << QStringList() << true;
    QTest::newRow("boxed author") << u"□ 柯南"_s << true << QStringList{u"柯南"_s} << true;
    QTest::newRow("written by") << u"文/图 童欣"_s << true << QStringList{u"童欣"_s} << false;
    QTest::newRow("written by, slash") << u"文/童欣"_s << true << QStringList{u"童欣"_s} << false;
    QTest::newRow("a column name is not written by")
        << u"文旅简讯"_s << false << QStringList() << false;
    QTest::newRow("agency reporter")
        << u"新华社记者 包拯"_s << true << QStringList{u"包拯"_s} << false;
    QTest::newRow("a title is not a byline")
        << u"记者节里话初心"_s << false << QStringList() << false;
    QTest::newRow("a sentence is not a byline")
        << u"本报记者近日走访了多家企业。"_s << false << QStringList() << false;
    QTest::newRow("traditional reporter and correspondent")
        << u"本報記者 馮曉彤 通訊員 黎子聰"_s << true << QStringList{u"馮曉彤"_s, u"黎子聰"_s}
        << false;
    QTest::newRow("traditional commentator") << u"本報評論員"_s << true << QStringList() << true;
    QTest::newRow("traditional glued")
        << u"記者鍾浩天"_s << true << QStringList{u"鍾浩天"_s} << false;
}

void TestConventions::standaloneByline()
{
    QFETCH(QString, text);
    QFETCH(bool, byline);
    QFETCH(QStringList, authors);
    QFETCH(bool, commentary);
    const auto found = Conventions::standaloneByline(text);
    QCOMPARE(found.has_value(), byline);
    if (found) {
        QCOMPARE(found->authors, authors);
        QCOMPARE(found->commentary, commentary);
    }
}

void TestConventions::inlineByline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("authors");
    QTest::newRow("reporter") << u"本报讯(记者 周红)日前,全县召开大会。"_s << u"本报讯(记者 周红)"_s
                              << QStringList{u"周红"_s};
    QTest::newRow("correspondent and reporter")
        << u"本报讯（通讯员 严明 记者 乔安）近日……"_s << u"本报讯（通讯员 严明 记者 乔安）"_s
        << QStringList{u"严明"_s, u"乔安"_s};
    QTest::newRow("bare") << u"本报讯 日前,全县召开大会。"_s << u"本报讯"_s << QStringList();
    QTest::newRow("agency with place and date")
        << u"新华社杭州5月6日电(记者 邱实)浙江今天发布……"_s << u"新华社杭州5月6日电(记者 邱实)"_s
        << QStringList{u"邱实"_s};
    QTest::newRow("glued name") << u"本报讯(记者周红)日前……"_s << u"本报讯(记者周红)"_s
                                << QStringList{u"周红"_s};
    QTest::newRow("ordinary text")
        << u"本报记者近日走访了多家企业。"_s << QString() << QStringList();
    // Traditional script: recognised through the fold, handed back as printed.
    QTest::newRow("traditional reporter") << u"本報訊（記者 鄺志恒）臨港區運輸署昨日公佈……"_s
                                          << u"本報訊（記者 鄺志恒）"_s << QStringList{u"鄺志恒"_s};
    QTest::newRow("traditional correspondent and reporter")
        << u"本報訊（通訊員 麥綺雯 記者 鍾浩天）經過一年多的施工……"_s
        << u"本報訊（通訊員 麥綺雯 記者 鍾浩天）"_s << QStringList{u"麥綺雯"_s, u"鍾浩天"_s};
    QTest::newRow("traditional bare")
        << u"本報訊　東嶺區政府日前宣布……"_s << u"本報訊"_s << QStringList();
    QTest::newRow("traditional agency")
        << u"新華社北京4月16日電（記者 韓立群）國家統計局16日發布數據。"_s
        << u"新華社北京4月16日電（記者 韓立群）"_s << QStringList{u"韓立群"_s};
}

void TestConventions::inlineByline()
{
    QFETCH(QString, text);
    QFETCH(QString, byline);
    QFETCH(QStringList, authors);
    const auto found = Conventions::inlineByline(text);
    QCOMPARE(found.has_value(), !byline.isEmpty());
    if (found) {
        QCOMPARE(found->text, byline);
        QCOMPARE(found->authors, authors);
        QVERIFY(found->agency);
    }
}

void TestConventions::captionCredit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("credit");
    QTest::newRow("staff photographer") << u"游客在花海中拍照留念。本报记者 田野 摄"_s << u"田野"_s;
    QTest::newRow("correspondent") << u"志愿者为老人理发。本报通讯员 麦穗 摄"_s << u"麦穗"_s;
    QTest::newRow("in brackets") << u"新建成的大桥。(新华社记者 石磊 摄)"_s << u"石磊"_s;
    QTest::newRow("name only") << u"雪后的校园。林枫 摄"_s << u"林枫"_s;
    QTest::newRow("no credit") << u"图为新建成的大桥。"_s << QString();
    QTest::newRow("摄 inside a word") << u"他负责摄"_s << QString();
    QTest::newRow("traditional, credit as printed")
        << u"圖為市民在臨港巴士總站排隊候車。本報記者 司徒敏 攝"_s << u"司徒敏"_s;
    QTest::newRow("traditional correspondent")
        << u"圖為市民在坊市集選購手工藝品。本報通訊員 麥綺雯 攝"_s << u"麥綺雯"_s;
}

void TestConventions::captionCredit()
{
    QFETCH(QString, text);
    QFETCH(QString, credit);
    QCOMPARE(Conventions::captionCredit(text).value_or(QString()), credit);
}

void TestConventions::pictureCues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("picture");
    QTest::addColumn<bool>("ocr");
    QTest::addColumn<bool>("date");
    QTest::newRow("图为 after a sentence")
        << u"4月2日,县城举行演练。图为消防员在救援。"_s << true << false << true;
    QTest::newRow("OCR 因为") << u"4月2日,县城举行演练。因为消防员在救援。"_s << false << true
                              << true;
    QTest::newRow("上图") << u"上图:新建的图书馆。"_s << true << false << false;
    QTest::newRow("dateline with time of day")
        << u"7月6日傍晚,湖边游人如织。"_s << false << false << true;
    QTest::newRow("ordinary because")
        << u"因为天气原因,活动延期举行。"_s << false << false << false;
    QTest::newRow("traditional 圖為")
        << u"圖為市民在臨港巴士總站排隊候車。"_s << true << false << false;
    QTest::newRow("traditional OCR 因為")
        << u"6月2日，龍舟隊進行訓練。因為隊員在划槳。"_s << false << true << true;
    QTest::newRow("traditional dateline")
        << u"3月12日晚間，市民在公園賞花。"_s << false << false << true;
}

void TestConventions::pictureCues()
{
    QFETCH(QString, text);
    QFETCH(bool, picture);
    QFETCH(bool, ocr);
    QFETCH(bool, date);
    QCOMPARE(Conventions::mentionsPicture(text), picture);
    QCOMPARE(Conventions::hasOcrPictureCue(text), ocr);
    QCOMPARE(Conventions::startsWithDate(text), date);
}

void TestConventions::kindCues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("person");
    QTest::addColumn<bool>("quote");
    QTest::addColumn<bool>("question");
    QTest::addColumn<bool>("interview");
    QTest::addColumn<bool>("commentary");
    QTest::newRow("人物") << u"人物:刘芳 县实验小学教师"_s << true << false << false << false
                          << false;
    QTest::newRow("同期声") << u"同期声：我们要把好事办好。"_s << false << true << false << false
                            << false;
    QTest::newRow("记者:") << u"记者:今年有哪些新举措?"_s << false << false << true << false
                           << false;
    QTest::newRow("——访") << u"——访县文旅局局长韦一"_s << false << false << false << true << false;
    QTest::newRow("评论") << u"——系列评论之三"_s << false << false << false << false << true;
    QTest::newRow("写在…之际") << u"——写在建县七十周年之际"_s << false << false << false << false
                               << true;
    QTest::newRow("plain") << u"县医院新门诊楼投入使用"_s << false << false << false << false
                           << false;
    QTest::newRow("traditional 同期聲")
        << u"同期聲：我們要把好事辦好。"_s << false << true << false << false << false;
    QTest::newRow("traditional 記者:")
        << u"記者：目前居家養老服務面對哪些困難？"_s << false << false << true << false << false;
    QTest::newRow("traditional ——訪")
        << u"——訪安老服務協會主席石慧中"_s << false << false << false << true << false;
    QTest::newRow("traditional 評論員")
        << u"本報評論員"_s << false << false << false << false << true;
}

void TestConventions::kindCues()
{
    QFETCH(QString, text);
    QFETCH(bool, person);
    QFETCH(bool, quote);
    QFETCH(bool, question);
    QFETCH(bool, interview);
    QFETCH(bool, commentary);
    QCOMPARE(Conventions::isVoxPopPerson(text), person);
    QCOMPARE(Conventions::isVoxPopQuote(text), quote);
    QCOMPARE(Conventions::isQuestionOrAnswer(text), question);
    QCOMPARE(Conventions::isInterviewCue(text), interview);
    QCOMPARE(Conventions::isCommentaryCue(text), commentary);
}

void TestConventions::jumpMarker_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("jump");
    QTest::newRow("下转") << u"(下转第二版)"_s << true;
    QTest::newRow("上接 full-width") << u"（上接第1版）"_s << true;
    QTest::newRow("lettered page") << u"(下转A3版)"_s << true;
    QTest::newRow("ordinary brackets") << u"(成长类)"_s << false;
    QTest::newRow("traditional 下轉") << u"項目儲備持續（下轉第2版）"_s << true;
}

void TestConventions::jumpMarker()
{
    QFETCH(QString, text);
    QFETCH(bool, jump);
    QCOMPARE(Conventions::isJumpMarker(text), jump);
}

void TestConventions::intertitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("intertitle");
    QTest::newRow("一、") << u"一、让数据成为新农资"_s << true;
    QTest::newRow("indented （二）") << u"\u3000\u3000（二）让小农户连上大市场"_s << true;
    QTest::newRow("digit") << u"3.让数字红利惠及更多农民"_s << true;
    QTest::newRow("traditional") << u"一、讓數據成為新農資"_s << true;
    QTest::newRow("numbered sentence, cut") << u"一、县里组织农技人员深入村组，帮助农民"_s << false;
    QTest::newRow("一是 numbers a sentence") << u"一是强化组织领导"_s << false;
    QTest::newRow("no number") << u"让数据成为新农资"_s << false;
    QTest::newRow("long numbered line")
        << u"一、全县已建成农业物联网监测点一千二百六十个覆盖耕地面积超过十八万亩县里还建起了"_s
        << false;
}

void TestConventions::intertitle()
{
    QFETCH(QString, text);
    QFETCH(bool, intertitle);
    QCOMPARE(Conventions::isIntertitle(text), intertitle);
}

// The fold that lets the rules read traditional script: one character for one,
// positions kept, simplified text left as it is.
void TestConventions::scriptFold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("news byline") << u"本報訊（記者 陳家明）"_s << u"本报讯（记者 陈家明）"_s;
    QTest::newRow("picture cue and credit")
        << u"圖為市民賞花。本報記者 梁卓賢 攝"_s << u"图为市民赏花。本报记者 梁卓贤 摄"_s;
    QTest::newRow("credit line") << u"責任編輯：游靜儀"_s << u"责任编辑：游静仪"_s;
    QTest::newRow("page marker") << u"第03版：要聞"_s << u"第03版：要闻"_s;
    QTest::newRow("correspondent") << u"通訊員"_s << u"通讯员"_s;
    QTest::newRow("simplified stays") << u"本报讯(记者 王茵)2月18日,市委书记率队检查。"_s
                                      << u"本报讯(记者 王茵)2月18日,市委书记率队检查。"_s;
    QTest::newRow("punctuation, Latin and digits stay")
        << u"「GDP」增長5.2%。"_s << u"「GDP」增长5.2%。"_s;
    // A character outside the BMP passes through whole (surrogates are not folded).
    QTest::newRow("supplementary plane") << u"𠮷野家開業"_s << u"𠮷野家开业"_s;
}

void TestConventions::scriptFold()
{
    QVERIFY2(Conventions::scriptFoldAvailable(), "OpenCC's TSCharacters.ocd2 was not loaded");
    QFETCH(QString, text);
    QFETCH(QString, folded);
    const QString got = Conventions::foldScript(text);
    QCOMPARE(got, folded);
    QCOMPARE(got.size(), text.size());
}

// Every cue the rules look for, in simplified characters, comes out of the fold
// as it went in: folding never breaks a simplified issue.
void TestConventions::simplifiedCuesSurviveTheFold()
{
    const QStringList cues = {
        u"本报讯"_s,   u"本报记者"_s, u"通讯员"_s,   u"实习生"_s, u"评论员"_s,   u"新华社"_s,
        u"电"_s,       u"图为"_s,     u"摄"_s,       u"摄影"_s,   u"责任编辑"_s, u"设计制作"_s,
        u"版式设计"_s, u"美编"_s,     u"校对"_s,     u"简讯"_s,   u"快讯"_s,     u"资讯"_s,
        u"热议"_s,     u"畅谈"_s,     u"人物"_s,     u"同期声"_s, u"记者"_s,     u"问"_s,
        u"答"_s,       u"主持人"_s,   u"专访"_s,     u"访谈"_s,   u"对话"_s,     u"评论"_s,
        u"社论"_s,     u"写在"_s,     u"之际"_s,     u"下转"_s,   u"上接"_s,     u"据了解"_s,
        u"与此同时"_s, u"会议指出"_s, u"告诉记者"_s, u"要闻"_s,   u"综合"_s,     u"报道"_s,
        u"强调"_s,     u"指出"_s,     u"星期"_s,     u"日报"_s,   u"晚报"_s,     u"因为"_s};
    for (const QString &cue : cues)
        QCOMPARE(Conventions::foldScript(cue), cue);
}

void TestConventions::resumesAfterPhotoItem_data()
{
    QTest::addColumn<QString>("cut");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("interrupted");
    QTest::addColumn<QString>("photo");
    QTest::addColumn<bool>("resumes");
    const QString works = u"老城片区雨污管网改造全面开工 今年全区计划新建和改造雨污管网,"
                          u"首批施工队伍已经进"_s;
    const QString birds = u"湿地迎来越冬候鸟 成群的候鸟在湿地觅食嬉戏。本报记者 龚川 摄"_s;
    QTest::newRow("cut mid-word, tail opens mid-sentence")
        << u"首批施工队伍已经进"_s << u"场作业。施工期间将合理安排工序。"_s << works << birds
        << true;
    QTest::newRow("cut sentence, tail about the interrupted article")
        << u"首批施工队伍已经进场,全区雨污管网改造将"_s
        << u"分段施工推进,尽量减少对居民出行的影响。"_s << works << birds << true;
    QTest::newRow("text after the photo item is about the photo")
        << u"首批施工队伍已经进场,全区雨污管网改造将"_s
        << u"越冬候鸟种类逐年增多,湿地成了观鸟胜地。"_s << works << birds << false;
    QTest::newRow("no visible cut") << u"首批施工队伍已经进场作业。"_s
                                    << u"施工期间将合理安排工序。"_s << works << birds << false;
    QTest::newRow("the text after opens a paragraph")
        << u"首批施工队伍已经进"_s << u"据介绍,雨污管网改造将分段施工。"_s << works << birds
        << false;
    QTest::newRow("traditional tail")
        << u"部分後巷還吸引不少年輕人前來拍照"_s << u"打卡。"_s
        << u"舊城區後巷完成活化改造 部分後巷還吸引不少年輕人前來拍照"_s
        << u"龍舟競渡迎端午 龍舟隊在江上進行訓練。本報記者 龐嘉俊 攝"_s << true;
}

void TestConventions::resumesAfterPhotoItem()
{
    QFETCH(QString, cut);
    QFETCH(QString, next);
    QFETCH(QString, interrupted);
    QFETCH(QString, photo);
    QFETCH(bool, resumes);
    QCOMPARE(Conventions::resumesAfterPhotoItem(cut, next, interrupted, photo), resumes);
}

void TestConventions::leadOfNextArticle_data()
{
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("photo");
    QTest::addColumn<bool>("isLead");
    const QString harvest = u"岚溪县3.6万亩水稻开镰收割 今年岚溪县水稻种植面积达3.6万亩,"
                            u"共投入收割机260台。"_s;
    QTest::newRow("about the next article")
        << u"秋收时节,岚溪县的水稻陆续成熟,收割机在田间来回穿梭。"_s << harvest
        << u"夜市烟火气 市民在滨江夜市选购小吃。本报记者 晏秋池 摄"_s << true;
    // The photo shows the same harvest: a photo item has no text, a tie goes to the article.
    QTest::newRow("as much about the photo as about the article")
        << u"金秋时节,岚溪县稻田一片金黄,收割机来回穿梭,处处是丰收景象。"_s << harvest
        << u"稻田画里庆丰收 游客在岚溪县观赏稻田画。本报通讯员 闵嘉禾 摄"_s << true;
    QTest::newRow("the photo item's own text")
        << u"滨江夜市每晚吸引上千市民,小吃摊位前排起长队。"_s << harvest
        << u"夜市烟火气 市民在滨江夜市选购小吃。本报记者 晏秋池 摄"_s << false;
    QTest::newRow("about neither")
        << u"天气晴好。"_s << harvest << u"夜市烟火气 市民在滨江夜市选购小吃。"_s << false;
    QTest::newRow("traditional")
        << u"每逢月初的週末，華豐街的後巷裡便擺滿了攤檔，街坊市集已經成為新名片。"_s
        << u"華豐街坊市集每月固定舉辦 市集由華豐街坊會發起"_s
        << u"龍舟競渡迎端午 龍舟隊在鷺江上進行訓練。本報記者 龐嘉俊 攝"_s << true;
}

void TestConventions::leadOfNextArticle()
{
    QFETCH(QString, lead);
    QFETCH(QString, next);
    QFETCH(QString, photo);
    QFETCH(bool, isLead);
    QCOMPARE(Conventions::isLeadOfNextArticle(lead, next, photo), isLead);
}

void TestConventions::jumps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("onward"); // the page （下转…） names, 0 for none
    QTest::addColumn<int>("back");   // the page （上接…） names, 0 for none

    QTest::newRow("onward, digits") << u"开展跨区作业,（下转第2版）"_s << 2 << 0;
    QTest::newRow("onward, numerals") << u"持续推进（下转第二版）"_s << 2 << 0;
    QTest::newRow("onward, twelve") << u"持续推进(下转第十二版)"_s << 12 << 0;
    QTest::newRow("onward, traditional") << u"持續推進（下轉第八版）"_s << 8 << 0;
    QTest::newRow("back, digits") << u"（上接第1版）全市投入联合收割机"_s << 0 << 1;
    QTest::newRow("back, numerals") << u"（上接第一版）大气污染防治"_s << 0 << 1;
    QTest::newRow("back, twenty") << u"(上接第二十版)充实。"_s << 0 << 20;
    QTest::newRow("marker mid-text") << u"见（下转第2版）一文"_s << 0 << 0;
    QTest::newRow("no page") << u"持续推进（下转）"_s << 0 << 0;
    QTest::newRow("plain") << u"全市投入联合收割机。"_s << 0 << 0;
}

// A jump marker at the end (onward) or the start (back) of a text, and the page
// it names.
void TestConventions::jumps()
{
    QFETCH(QString, text);
    const std::optional<JumpMarker> onward = onwardJump(text);
    const std::optional<JumpMarker> back = backJump(text);
    QTEST(onward ? onward->page : 0, "onward");
    QTEST(back ? back->page : 0, "back");
    if (onward)
        QCOMPARE(onward->position + onward->length, text.size());
    if (back)
        QCOMPARE(back->position, 0);
}

QTEST_GUILESS_MAIN(TestConventions)
#include "tst_conventions.moc"
