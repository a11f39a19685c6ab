#include "jumpjoiner.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// JumpJoiner on an issue read from a two-page PDF: the start of an article
// (ending （下转第2版）) and its rest on page 2 (under the title again, opening
// （上接第1版）) become one article, only where the pages match.
class TestJumpJoiner : public QObject
{
    Q_OBJECT

private slots:
    void join_data();
    void join();
};

namespace {

Article article(const QString &title, int titleLine, const QString &text, int textLine)
{
    Article a;
    a.title = HeadlinePart{title, {titleLine}};
    a.paragraphs = {Paragraph{text, {textLine}}};
    return a;
}

} // namespace

void TestJumpJoiner::join_data()
{
    QTest::addColumn<QString>("startText");
    QTest::addColumn<QString>("restTitle");
    QTest::addColumn<QString>("restText");
    QTest::addColumn<int>("restPage");           // the PDF page the rest stands on
    QTest::addColumn<QStringList>("paragraphs"); // of the first article after joining

    QTest::newRow("cut mid-sentence") << u"开展跨区作业,（下转第2版）"_s << u"秋粮收获"_s
                                      << u"（上接第1版）全市投入联合收割机。"_s << 2
                                      << QStringList{u"开展跨区作业,全市投入联合收割机。"_s};
    QTest::newRow("cut between paragraphs")
        << u"开展跨区作业。（下转第2版）"_s << u"秋粮收获"_s
        << u"（上接第1版）全市投入联合收割机。"_s << 2
        << QStringList{u"开展跨区作业。"_s, u"全市投入联合收割机。"_s};
    QTest::newRow("another title") << u"开展跨区作业,（下转第2版）"_s << u"冬小麦播种"_s
                                   << u"（上接第1版）全市投入联合收割机。"_s << 2
                                   << QStringList{u"开展跨区作业,（下转第2版）"_s};
    QTest::newRow("not the page named") << u"开展跨区作业,（下转第3版）"_s << u"秋粮收获"_s
                                        << u"（上接第1版）全市投入联合收割机。"_s << 2
                                        << QStringList{u"开展跨区作业,（下转第3版）"_s};
}

void TestJumpJoiner::join()
{
    QFETCH(QString, startText);
    QFETCH(QString, restTitle);
    QFETCH(QString, restText);
    QFETCH(int, restPage);
    Issue issue;
    issue.layout.pageSizes = {QSizeF(600, 800), QSizeF(600, 800), QSizeF(600, 800)};
    issue.layout.lines = {{1, 1, QRectF(28, 50, 200, 20), 1},
                          {3, 1, QRectF(28, 700, 100, 10), 2},
                          {5, restPage, QRectF(28, 50, 200, 20), 3},
                          {7, restPage, QRectF(28, 80, 100, 10), 4}};
    for (int p = 1; p <= 3; ++p) {
        IssuePage page;
        page.pdfPage = p;
        page.number = Sourced<QString>{u"0%1"_s.arg(p), MetadataSource::Text};
        issue.metadata.pages.append(page);
    }
    Section section;
    section.articles = {article(u"秋粮收获"_s, 1, startText, 3),
                        article(restTitle, 5, restText, 7)};
    section.articles[0].id = 1;
    section.articles[1].id = 2;
    issue.sections = {section};
    issue.doubts = {Doubt{Doubt::Kind::CutParagraph, 7, 2, u"cut"_s}};

    JumpJoiner::join(issue);
    QStringList paragraphs;
    for (const Paragraph &paragraph : issue.sections[0].articles[0].paragraphs)
        paragraphs.append(paragraph.text);
    QTEST(paragraphs, "paragraphs");
    const bool joined = issue.sections[0].articles.size() == 1;
    QCOMPARE(joined, paragraphs.constFirst() != startText);
    if (joined) {
        QCOMPARE(issue.sections[0].articles[0].title->lines, (QList<int>{1, 5}));
        QCOMPARE(issue.doubts[0].articleId, 1);
        QVERIFY(issue.sections[0].articles[0].lines().contains(7));
    }
}

QTEST_GUILESS_MAIN(TestJumpJoiner)
#include "tst_jumpjoiner.moc"
