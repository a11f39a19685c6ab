#include "issueparser.h"
#include "sourcemap.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SourceLineInfo::Role)

// What each line of a file became in the parse: the source view's colours,
// article boundaries and joins.
class TestSourceMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roles_data();
    void roles();
    void lineCoveredByNothingWasDropped();
    void roleNames();

private:
    Issue m_issue;
    QStringList m_lines;
    QList<SourceLineInfo> m_map;
};

namespace {

const QString kIssue =
    u"辽河晚报 2023年5月6日 星期六 第4321期\n" // 1
    u"\n"
    u"第03版：社会\n" // 3
    u"\n"
    u"责任编辑：林一舟\n" // 5
    u"\n"
    u"聚焦城市更新\n"         // 7
    u"老城区改造惠及三千户\n" // 8
    u"——来自东关街道的报道\n" // 9
    u"\n"
    u"本报记者 任秋白\n" // 11
    u"\n"
    u"今年以来，东关街道启动老旧小区改造，涉及楼栋42栋、居民3000余户。改造内容包括外墙保温、管网更新和加装电梯等，\n" // 13
    u"\n"
    u"5月4日，施工人员在东关街道金桥小区加装电梯。本报记者 任秋白 摄\n" // 15
    u"\n"
    u"居民出行更加方便。\n" // 17
    u"\n"
    u"街道负责人说，改造方案经过居民议事会反复讨论，群众满意度很高。\n" // 19
    u"\n"
    u"改造方案经过居民议事会反复讨论，群众满意度很高。\n" // 21: a repeat
    u"\n"
    u"简讯\n" // 23
    u"\n"
    u"东关街道开展防汛演练\n" // 25
    u"\n"
    u"本报讯 5月5日，东关街道组织开展防汛应急演练，200余名干部群众参加。\n"_s; // 27

} // namespace

void TestSourceMap::initTestCase()
{
    const QByteArray bytes = kIssue.toUtf8();
    m_issue = *IssueParser::parse(bytes);
    m_lines = *IssueParser::sourceLines(bytes);
    m_map = SourceMap::build(m_issue, m_lines);
    QCOMPARE(m_lines.size(), 27);
    QCOMPARE(m_map.size(), m_lines.size());
}

void TestSourceMap::roles_data()
{
    using Role = SourceLineInfo::Role;
    QTest::addColumn<int>("line");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("articleId");
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("joinedFrom");
    QTest::addColumn<bool>("opensArticle");
    QTest::newRow("masthead") << 1 << Role::Masthead << 0 << -1 << 0 << false;
    QTest::newRow("blank") << 2 << Role::Blank << 0 << -1 << 0 << false;
    QTest::newRow("page marker") << 3 << Role::PageMarker << 0 << -1 << 0 << false;
    QTest::newRow("credit") << 5 << Role::Credit << 0 << -1 << 0 << false;
    QTest::newRow("kicker") << 7 << Role::Kicker << 1 << -1 << 0 << true;
    QTest::newRow("title") << 8 << Role::Title << 1 << -1 << 0 << false;
    QTest::newRow("subtitle") << 9 << Role::Subtitle << 1 << -1 << 0 << false;
    QTest::newRow("byline") << 11 << Role::Byline << 1 << -1 << 0 << false;
    QTest::newRow("cut paragraph") << 13 << Role::Body << 1 << 0 << 0 << false;
    QTest::newRow("caption inside it") << 15 << Role::Caption << 1 << 0 << 0 << false;
    QTest::newRow("joined across the caption") << 17 << Role::Body << 1 << 0 << 13 << false;
    QTest::newRow("next paragraph") << 19 << Role::Body << 1 << 1 << 0 << false;
    QTest::newRow("dropped repeat") << 21 << Role::Dropped << 1 << 1 << 0 << false;
    QTest::newRow("group") << 23 << Role::Group << 0 << -1 << 0 << false;
    QTest::newRow("brief's title") << 25 << Role::Title << 2 << -1 << 0 << true;
    QTest::newRow("inline byline's paragraph") << 27 << Role::Body << 2 << 0 << 0 << false;
}

void TestSourceMap::roles()
{
    QFETCH(int, line);
    QFETCH(SourceLineInfo::Role, role);
    QFETCH(int, articleId);
    QFETCH(int, part);
    QFETCH(int, joinedFrom);
    QFETCH(bool, opensArticle);
    const SourceLineInfo &info = m_map[line - 1];
    QCOMPARE(SourceMap::roleName(info.role), SourceMap::roleName(role));
    QCOMPARE(info.articleId, articleId);
    QCOMPARE(info.part, part);
    QCOMPARE(info.joinedFrom, joinedFrom);
    QCOMPARE(info.opensArticle, opensArticle);
}

// Text that no part of the parse holds was left out.
void TestSourceMap::lineCoveredByNothingWasDropped()
{
    Issue issue = m_issue;
    issue.credits.clear();
    const QList<SourceLineInfo> map = SourceMap::build(issue, m_lines);
    QCOMPARE(SourceMap::roleName(map[4].role), u"dropped"_s);
    QCOMPARE(SourceMap::roleName(map[5].role), u"blank"_s);
}

void TestSourceMap::roleNames()
{
    using Role = SourceLineInfo::Role;
    QCOMPARE(SourceMap::roleName(Role::PageMarker), u"page_marker"_s);
    QCOMPARE(SourceMap::roleName(Role::Body), u"body"_s);
    QSet<QString> names;
    for (int r = int(Role::Blank); r <= int(Role::Dropped); ++r)
        names.insert(SourceMap::roleName(Role(r)));
    QCOMPARE(names.size(), int(Role::Dropped) + 1);
    QVERIFY(!names.contains(QString()));
}

QTEST_GUILESS_MAIN(TestSourceMap)
#include "tst_sourcemap.moc"
