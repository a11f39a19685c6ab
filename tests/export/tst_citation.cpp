// Citations: GB/T 7714-2015 and Chicago notes, with whatever the library knows
// left in and whatever it does not left out.
#include "citation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet;

class TestCitation : public QObject
{
    Q_OBJECT

private slots:
    void cite_data();
    void cite();
    void chicagoMarkup();
    void subtitleFollowsTitle();
};

namespace {

const QString kTitle = u"我市在全省率先出台新政稳就业"_s;

StoredArticle article(const QStringList &authors, const QString &paper, QDate date,
                      const QString &page)
{
    StoredArticle stored;
    stored.record.title = kTitle;
    stored.record.authors = authors;
    stored.paper = paper;
    stored.date = date;
    stored.pageNumber = page;
    return stored;
}

} // namespace

void TestCitation::cite_data()
{
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("gbt");
    QTest::addColumn<QString>("chicago");

    const QDate day(2019, 2, 20);
    const QString paper = u"辽源日报"_s;
    QTest::newRow("everything")
        << QStringList{u"张莹莹"_s} << paper << day << u"01"_s
        << u"张莹莹.我市在全省率先出台新政稳就业[N].辽源日报,2019-02-20(1)."_s
        << u"张莹莹, “我市在全省率先出台新政稳就业,” 辽源日报, February 20, 2019, 1."_s;
    QTest::newRow("no author")
        << QStringList{} << paper << day << u"3"_s
        << u"我市在全省率先出台新政稳就业[N].辽源日报,2019-02-20(3)."_s
        << u"“我市在全省率先出台新政稳就业,” 辽源日报, February 20, 2019, 3."_s;
    QTest::newRow("no date") << QStringList{u"张莹莹"_s} << paper << QDate() << u"A2"_s
                             << u"张莹莹.我市在全省率先出台新政稳就业[N].辽源日报(A2)."_s
                             << u"张莹莹, “我市在全省率先出台新政稳就业,” 辽源日报, A2."_s;
    QTest::newRow("no page")
        << QStringList{u"张莹莹"_s} << paper << day << QString()
        << u"张莹莹.我市在全省率先出台新政稳就业[N].辽源日报,2019-02-20."_s
        << u"张莹莹, “我市在全省率先出台新政稳就业,” 辽源日报, February 20, 2019."_s;
    QTest::newRow("no paper") << QStringList{u"张莹莹"_s} << QString() << day << u"003"_s
                              << u"张莹莹.我市在全省率先出台新政稳就业[N].2019-02-20(3)."_s
                              << u"张莹莹, “我市在全省率先出台新政稳就业,” February 20, 2019, 3."_s;
    QTest::newRow("title only") << QStringList{} << QString() << QDate() << QString()
                                << u"我市在全省率先出台新政稳就业[N]."_s
                                << u"“我市在全省率先出台新政稳就业.”"_s;
    QTest::newRow("two authors")
        << QStringList{u"张莹莹"_s, u"李明"_s} << paper << day << u"1"_s
        << u"张莹莹, 李明.我市在全省率先出台新政稳就业[N].辽源日报,2019-02-20(1)."_s
        << u"张莹莹 and 李明, “我市在全省率先出台新政稳就业,” 辽源日报, February 20, 2019, 1."_s;
    QTest::newRow("three authors")
        << QStringList{u"张莹莹"_s, u"李明"_s, u"王芳"_s} << paper << day << u"0"_s
        << u"张莹莹, 李明, 王芳.我市在全省率先出台新政稳就业[N].辽源日报,2019-02-20(0)."_s
        << u"张莹莹, 李明, and 王芳, “我市在全省率先出台新政稳就业,” 辽源日报, February 20, 2019, 0."_s;
    QTest::newRow("four authors")
        << QStringList{u"张莹莹"_s, u"李明"_s, u"王芳"_s, u"赵强"_s} << paper << day << u"02"_s
        << u"张莹莹, 李明, 王芳, 等.我市在全省率先出台新政稳就业[N].辽源日报,2019-02-20(2)."_s
        << u"张莹莹 et al., “我市在全省率先出台新政稳就业,” 辽源日报, February 20, 2019, 2."_s;
    QTest::newRow("four authors, nothing else")
        << QStringList{u"张莹莹"_s, u"李明"_s, u"王芳"_s, u"赵强"_s} << QString() << QDate()
        << QString() << u"张莹莹, 李明, 王芳, 等.我市在全省率先出台新政稳就业[N]."_s
        << u"张莹莹 et al., “我市在全省率先出台新政稳就业.”"_s;
    QTest::newRow("page only") << QStringList{u"张莹莹"_s} << QString() << QDate() << u"05"_s
                               << u"张莹莹.我市在全省率先出台新政稳就业[N](5)."_s
                               << u"张莹莹, “我市在全省率先出台新政稳就业,” 5."_s;
    QTest::newRow("page as printed") << QStringList{} << paper << QDate() << u"三"_s
                                     << u"我市在全省率先出台新政稳就业[N].辽源日报(三)."_s
                                     << u"“我市在全省率先出台新政稳就业,” 辽源日报, 三."_s;
}

void TestCitation::cite()
{
    QFETCH(QStringList, authors);
    QFETCH(QString, paper);
    QFETCH(QDate, date);
    QFETCH(QString, page);
    const StoredArticle stored = article(authors, paper, date, page);
    QTEST(Citation::gbt7714(stored), "gbt");
    QTEST(Citation::chicago(stored), "chicago");
    // Nothing the library does not know is made up.
    for (const QString &standIn : {u"[出版者不详]"_s, u"s.n."_s, u"n.d."_s, u"()"_s, u",,"_s})
        QVERIFY2(!Citation::gbt7714(stored).contains(standIn), qPrintable(standIn));
}

void TestCitation::chicagoMarkup()
{
    StoredArticle stored = article({u"A&B"_s}, u"辽源*日报*"_s, QDate(2019, 2, 20), u"1"_s);
    QCOMPARE(
        Citation::chicago(stored, Citation::Markup::Html),
        u"A&amp;B, “我市在全省率先出台新政稳就业,” <i>辽源*日报*</i>, February 20, 2019, 1."_s);
    QCOMPARE(Citation::chicago(stored, Citation::Markup::Markdown),
             u"A&B, “我市在全省率先出台新政稳就业,” *辽源\\*日报\\**, February 20, 2019, 1."_s);
    stored.record.title = u"<b>标题</b>"_s;
    QVERIFY(Citation::chicago(stored, Citation::Markup::Html).contains(u"&lt;b&gt;标题"_s));
}

void TestCitation::subtitleFollowsTitle()
{
    StoredArticle stored = article({u"张莹莹"_s}, u"辽源日报"_s, QDate(2019, 2, 20), u"1"_s);
    stored.record.subtitle = u"——记我市就业服务中心"_s;
    QCOMPARE(
        Citation::gbt7714(stored),
        u"张莹莹.我市在全省率先出台新政稳就业:记我市就业服务中心[N].辽源日报,2019-02-20(1)."_s);
    QVERIFY(Citation::chicago(stored).contains(
        u"“我市在全省率先出台新政稳就业: 记我市就业服务中心,”"_s));
}

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
