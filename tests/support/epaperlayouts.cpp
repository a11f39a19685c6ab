#include "epaperlayouts.h"

using namespace Qt::StringLiterals;

namespace EpaperTest {

namespace {

Flow flow(const QString &name, const QList<QRectF> &frames, int size, Face face,
          const QStringList &paragraphs, bool indent = true, bool centred = false)
{
    return Flow{name, frames, size, face, paragraphs, indent, centred};
}

Flow line(const QString &name, const QRectF &frame, int size, Face face, const QString &text,
          bool centred = false)
{
    return flow(name, {frame}, size, face, {text}, false, centred);
}

// 明川日报: three columns; the lead story's headline spans two of them and its
// text runs on from the first column into the second; a short story with a
// photo and its caption fills the third.
Layout mingchuan()
{
    const auto col = [](int first, int last, qreal top, qreal bottom) {
        return columnRect(24, 376, 3, 12, first, last, top, bottom);
    };
    Page page;
    page.size = QSizeF(400, 420);
    page.flows = {
        line(u"masthead"_s, col(0, 2, 18, 52), 28, Face::Head, u"明川日报"_s, true),
        line(u"date"_s, col(0, 0, 58, 72), 9, Face::Head, u"2024年5月16日 星期四"_s),
        line(u"page"_s, col(2, 2, 58, 72), 9, Face::Head, u"第01版：要闻"_s),
        line(u"h1"_s, col(0, 1, 88, 112), 16, Face::Head, u"城东新区今年将建成十二所学校"_s, true),
        flow(
            u"b1"_s, {col(0, 0, 122, 230), col(1, 1, 122, 410)}, 9, Face::Body,
            {u"本报讯(记者 林晓雯)5月15日,记者从城东新区教育局获悉,今年新区将有十二所中小学和幼儿园建成投用,新增学位一万二千余个。"_s,
             u"据介绍,这批学校中有小学五所、初中三所、幼儿园四所,其中位于滨河路的第三实验小学已完成主体施工,正在进行室内装修和操场铺设,预计八月底前交付使用。"_s,
             u"新区教育局负责人表示,新建学校将全部按照省级标准化学校配置,同步建设图书馆、实验室和食堂。"_s}),
        line(u"h2"_s, col(2, 2, 88, 106), 12, Face::Head, u"河滨公园改造完工"_s),
        flow(
            u"b2"_s, {col(2, 2, 116, 260)}, 9, Face::Body,
            {u"本报讯(通讯员 赵一鸣)历时半年改造,河滨公园于5月14日重新向市民开放。改造后的公园新增健身步道两千米,补植乔木三百余株。"_s,
             u"公园管理处提醒市民,入园游玩请爱护花草。"_s}),
        flow(u"cap2"_s, {col(2, 2, 346, 400)}, 8, Face::Head,
             {u"改造后的河滨公园步道。本报记者 周远航 摄"_s}, false),
    };
    page.photos = {col(2, 2, 268, 338)};
    return Layout{
        u"mingchuan"_s,
        {page},
        {u"masthead"_s, u"date"_s, u"page"_s, u"h1"_s, u"b1"_s, u"h2"_s, u"b2"_s, u"cap2"_s},
        {{u"城东新区今年将建成十二所学校"_s, {u"林晓雯"_s}},
         {u"河滨公园改造完工"_s, {u"赵一鸣"_s}}},
        u"b1"_s};
}

// 青禾晚报: two columns; a headline across both with a standalone byline, the
// text running on into the second column over a photo; a second story below
// under its own headline across both columns.
Layout qinghe()
{
    const auto col = [](int first, int last, qreal top, qreal bottom) {
        return columnRect(24, 336, 2, 14, first, last, top, bottom);
    };
    Page page;
    page.size = QSizeF(360, 560);
    page.flows = {
        line(u"masthead"_s, col(0, 1, 18, 50), 26, Face::Head, u"青禾晚报"_s, true),
        line(u"date"_s, col(0, 0, 56, 70), 9, Face::Head, u"2023年11月3日 星期五"_s),
        line(u"page"_s, col(1, 1, 56, 70), 9, Face::Head, u"第05版：社会"_s),
        line(u"h1"_s, col(0, 1, 84, 108), 18, Face::Head, u"老街巷里开出社区食堂"_s, true),
        line(u"by1"_s, col(0, 0, 116, 130), 9, Face::Body, u"本报记者 韩松"_s),
        flow(
            u"b1"_s, {col(0, 0, 132, 240), col(1, 1, 116, 200)}, 9, Face::Body,
            {u"清晨六点半,位于东关街的社区食堂已经飘出米粥的香味。这家食堂由街道和社区共同开办,主要为辖区老人提供早餐和午餐。"_s,
             u"食堂负责人介绍,每份午餐两荤一素,老人凭卡就餐还可享受补贴,开业一个月来每天接待三百多人次。"_s}),
        flow(u"cap1"_s, {col(1, 1, 228, 256)}, 8, Face::Head,
             {u"社区食堂里,老人们正在用餐。韩松 摄"_s}, false),
        line(u"h2"_s, col(0, 1, 272, 292), 15, Face::Head, u"冬季供暖管网检修全部完成"_s, true),
        flow(
            u"b2"_s, {col(0, 0, 302, 360), col(1, 1, 302, 540)}, 9, Face::Body,
            {u"本报讯(记者 罗佳)记者昨日从市供热公司获悉,全市供暖管网检修已于十月底全部完成,共更换老旧管道十二公里,维修阀门四百余个,为按时供暖打下基础。"_s,
             u"供热公司提醒,居民如发现家中暖气不热,可拨打服务热线报修。"_s}),
    };
    page.photos = {col(1, 1, 204, 222)};
    return Layout{
        u"qinghe"_s,
        {page},
        {u"masthead"_s, u"date"_s, u"page"_s, u"h1"_s, u"by1"_s, u"b1"_s, u"cap1"_s, u"h2"_s,
         u"b2"_s},
        {{u"老街巷里开出社区食堂"_s, {u"韩松"_s}}, {u"冬季供暖管网检修全部完成"_s, {u"罗佳"_s}}},
        u"b2"_s};
}

// 云岭商报: a headline and subtitle across all three columns over a story that
// runs through two of them, with a photo at the foot of the second; a signed
// commentary in the third.
Layout yunling()
{
    const auto col = [](int first, int last, qreal top, qreal bottom) {
        return columnRect(24, 376, 3, 12, first, last, top, bottom);
    };
    Page page;
    page.size = QSizeF(400, 440);
    page.flows = {
        line(u"masthead"_s, col(0, 2, 18, 52), 28, Face::Head, u"云岭商报"_s, true),
        line(u"date"_s, col(0, 0, 58, 72), 9, Face::Head, u"2022年4月8日 星期五"_s),
        line(u"page"_s, col(2, 2, 58, 72), 9, Face::Head, u"第02版：经济"_s),
        line(u"h1"_s, col(0, 2, 86, 110), 18, Face::Head, u"一季度全市外贸开局良好"_s, true),
        line(u"sub1"_s, col(0, 2, 114, 130), 11, Face::Head, u"——进出口总值同比增长百分之九点六"_s,
             true),
        flow(
            u"b1"_s, {col(0, 0, 142, 250), col(1, 1, 142, 330)}, 9, Face::Body,
            {u"本报讯(记者 杜明远 通讯员 蒋小雨)记者从市商务局获悉,一季度全市外贸进出口总值达到八十六亿元,同比增长百分之九点六,其中出口五十二亿元。"_s,
             u"从产品看,茶叶、鲜花和咖啡等特色农产品出口增长较快,机电产品出口保持稳定。从市场看,对东盟国家的进出口增长超过两成,成为拉动外贸增长的主要力量。"_s,
             u"市商务局相关负责人表示,下一步将继续帮助企业开拓市场,落实退税政策。"_s}),
        flow(u"cap1"_s, {col(1, 1, 410, 436)}, 8, Face::Head,
             {u"港口码头装运出口货物。蒋小雨 摄"_s}, false),
        line(u"h2"_s, col(2, 2, 142, 160), 11, Face::Head, u"读懂数字背后的信心"_s),
        line(u"by2"_s, col(2, 2, 166, 180), 9, Face::Body, u"□ 郑文"_s),
        flow(
            u"b2"_s, {col(2, 2, 184, 430)}, 9, Face::Body,
            {u"一季度外贸数据好于预期,背后是企业主动求变的努力。面对订单波动,不少企业转向新市场、开发新产品,稳住了基本盘。"_s,
             u"数字之外,更要看到营商环境的持续改善。通关时间缩短、退税速度加快,让企业轻装上阵。"_s,
             u"开局良好不等于全年无忧。外部需求仍有变数,企业还需练好内功,在产品质量和品牌建设上多下功夫,把一时的增长变成长久的竞争力。"_s,
             u"信心来自实干,也要靠实干来守护。"_s}),
    };
    page.photos = {col(1, 1, 340, 402)};
    return Layout{u"yunling"_s,
                  {page},
                  {u"masthead"_s, u"date"_s, u"page"_s, u"h1"_s, u"sub1"_s, u"b1"_s, u"cap1"_s,
                   u"h2"_s, u"by2"_s, u"b2"_s},
                  {{u"一季度全市外贸开局良好"_s, {u"杜明远"_s, u"蒋小雨"_s}},
                   {u"读懂数字背后的信心"_s, {u"郑文"_s}}},
                  u"b1"_s};
}

} // namespace

QList<Layout> layouts()
{
    return {mingchuan(), qinghe(), yunling()};
}

} // namespace EpaperTest
