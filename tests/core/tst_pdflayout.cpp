#include "epaperlayouts.h"
#include "issueparser.h"
#include "pdfissuetext.h"
#include "pdflayout.h"
#include "pdfreadingorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace EpaperTest;
using namespace Qt::StringLiterals;

// PdfLayout on e-paper pages laid out by the tests: lines come back in the order
// a reader reads the page, and the text they make parses into the page's articles.
class TestPdfLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gutterEndsLine_data();
    void gutterEndsLine();
    void headlineRunsOn_data();
    void headlineRunsOn();
    void joining_data();
    void joining();
    void narrowHeadlineKeepsItsColumns_data();
    void narrowHeadlineKeepsItsColumns();
    void bannerOverStories_data();
    void bannerOverStories();
    void readingOrder_data();
    void readingOrder();
    void columnContinuation_data();
    void columnContinuation();
    void captionFollowsItsColumn_data();
    void captionFollowsItsColumn();
    void textLinesMapToTheirBoxes_data();
    void textLinesMapToTheirBoxes();
    void parsesIntoArticles_data();
    void parsesIntoArticles();

private:
    void addLayoutRows();
    // Where the placed line stands among the layout's lines, -1 if nowhere.
    int indexOf(const PdfLayout &layout, const QString &placedLine) const;

    QTemporaryDir m_dir;
    QHash<QString, Layout> m_layouts;
    QHash<QString, QHash<QString, Placed>> m_placed;
    QHash<QString, PdfIssueText> m_read;
};

namespace {

QString withoutSpaces(QString text)
{
    return text.remove(u' ').remove(QChar(0x3000)).remove(u'\n');
}

} // namespace

void TestPdfLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const Layout &layout : layouts()) {
        const QString file = m_dir.filePath(layout.name + u".pdf"_s);
        QHash<QString, Placed> placed;
        QCOMPARE(writePdf(file, layout.pages, &placed), QString());
        const Result<PdfIssueText> read = PdfIssueText::read(file);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        m_layouts.insert(layout.name, layout);
        m_placed.insert(layout.name, placed);
        m_read.insert(layout.name, *read);
    }
}

void TestPdfLayout::gutterEndsLine_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<double>("gap");  // points between the two words, type 9.4 high
    QTest::addColumn<bool>("atEdge"); // the right word starts where other lines start
    QTest::addColumn<int>("lines");

    QTest::newRow("punctuation hangs into the gutter")
        << u"悉的社區安享晚年。就此，"_s << u"十分不便。"_s << 3.0 << true << 2;
    QTest::newRow("hanging punctuation, narrow gutter")
        << u"旅游局获悉，今年上半年，"_s << u"轻游客青睐"_s << 1.0 << true << 2;
    QTest::newRow("punctuation then a word, not at a column")
        << u"获悉，"_s << u"今年"_s << 3.0 << false << 1;
    QTest::newRow("full-width space in a line")
        << u"本报讯"_s << u"日前，省工信"_s << 9.0 << false << 1;
    QTest::newRow("gutter as wide as a character")
        << u"本报讯"_s << u"日前，省工信"_s << 9.0 << true << 2;
    QTest::newRow("gutter") << u"记者"_s << u"今年"_s << 13.0 << false << 2;
    QTest::newRow("two headlines side by side")
        << u"推动项目建设"_s << u"城市更新要更有温度"_s << 5.0 << true << 2;
    QTest::newRow("headline phrases at a column's edge")
        << u"多措并举"_s << u"强化落实"_s << 3.0 << true << 1;
    QTest::newRow("half a character, not at a column")
        << u"推动项目建设"_s << u"城市更新"_s << 5.0 << false << 1;
}

// A line ends at a column's gutter: the white there can be narrower than a
// character where punctuation hangs into it, and no wider than a full-width
// space; only a column's edge (where other lines start) tells it from one.
void TestPdfLayout::gutterEndsLine()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(double, gap);
    QFETCH(bool, atEdge);
    const qreal height = 9.4;
    const qreal width = 9.0;
    PdfPageText page;
    page.number = 1;
    page.size = QSizeF(600, 800);
    const qreal leftEnd = 100 + width * left.size();
    const qreal rightStart = leftEnd + gap;
    page.boxes.append({left, QRectF(100, 100, leftEnd - 100, height), false});
    page.boxes.append({right, QRectF(rightStart, 100, width * right.size(), height), false});
    // Other lines below: starting where the right word does (a column's edge) or
    // a little off it.
    const qreal otherLeft = atEdge ? rightStart : rightStart + 20;
    for (int i = 1; i <= 3; ++i)
        page.boxes.append({u"城东新区"_s, QRectF(otherLeft, 100 + 13.5 * i, 36, height), false});
    int lines = 0;
    for (const PdfLine &line : PdfLineBuilder::build(page)) {
        if (line.box.top() < 101)
            ++lines;
    }
    QTEST(lines, "lines");
}

void TestPdfLayout::headlineRunsOn_data()
{
    QTest::addColumn<QRectF>("first");
    QTest::addColumn<QRectF>("second");
    QTest::addColumn<bool>("runsOn");

    QTest::newRow("wrapped, left-aligned")
        << QRectF(31, 71, 204, 21) << QRectF(31, 98, 40, 21) << true;
    QTest::newRow("wrapped, centred") << QRectF(31, 71, 204, 21) << QRectF(113, 98, 40, 21) << true;
    QTest::newRow("title under a shorter kicker")
        << QRectF(60, 52, 120, 16) << QRectF(60, 74, 180, 16) << false;
    QTest::newRow("centred banner over a piece's title")
        << QRectF(108, 52, 154, 17) << QRectF(150, 76, 100, 17) << false;
    QTest::newRow("much smaller type")
        << QRectF(31, 71, 204, 21) << QRectF(31, 98, 150, 15) << false;
}

// A headline set on two lines or more is one text line; a kicker or a banner
// over a title is a line of its own.
void TestPdfLayout::headlineRunsOn()
{
    QFETCH(QRectF, first);
    QFETCH(QRectF, second);
    const PdfLine before{1, first, first.height(), u"标题"_s, true};
    const PdfLine line{1, second, second.height(), u"标题"_s, false};
    QTEST(PdfLayout::continuesHeadline(before, line), "runsOn");
}

void TestPdfLayout::joining_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<double>("gap"); // in type sizes
    QTest::addColumn<bool>("spaceAfter");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("lines");

    QTest::newRow("Chinese") << u"城东新区"_s << u"教育局"_s << 0.0 << false << u"城东新区教育局"_s
                             << u"城东新区教育局"_s;
    QTest::newRow("Chinese spread by justification")
        << u"城东"_s << u"新区"_s << 0.2 << true << u"城东新区"_s << u"城东新区"_s;
    QTest::newRow("Chinese with a space")
        << u"本报记者"_s << u"韩松"_s << 0.5 << true << u"本报记者 韩松"_s << u"本报记者韩松"_s;
    QTest::newRow("ASCII comma in Chinese")
        << u"获悉,"_s << u"今年"_s << 0.0 << false << u"获悉,今年"_s << u"获悉,今年"_s;
    QTest::newRow("full-width comma")
        << u"获悉，"_s << u"今年"_s << 0.1 << true << u"获悉，今年"_s << u"获悉，今年"_s;
    QTest::newRow("Latin words") << u"Broadsheet"_s << u"reader"_s << 0.3 << true
                                 << u"Broadsheet reader"_s << u"Broadsheet reader"_s;
    QTest::newRow("Latin, touching")
        << u"e-"_s << u"paper"_s << 0.0 << false << u"e-paper"_s << u"e- paper"_s;
    QTest::newRow("gap without a space char")
        << u"No."_s << u"5"_s << 0.2 << false << u"No. 5"_s << u"No. 5"_s;
    QTest::newRow("Chinese then digits")
        << u"全市"_s << u"2024"_s << 0.0 << false << u"全市2024"_s << u"全市2024"_s;
    QTest::newRow("empty left") << QString() << u"报"_s << 0.0 << false << u"报"_s << u"报"_s;
}

// Words of a line keep the spaces the PDF has; lines of a paragraph join without
// one in Chinese text.
void TestPdfLayout::joining()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(double, gap);
    QFETCH(bool, spaceAfter);
    QTEST(PdfLineBuilder::joinedWords(left, right, gap, spaceAfter), "words");
    QTEST(PdfLineBuilder::joinedLines(left, right), "lines");
}

void TestPdfLayout::addLayoutRows()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : {u"mingchuan"_s, u"qinghe"_s, u"yunling"_s})
        QTest::newRow(qPrintable(name)) << name;
}

int TestPdfLayout::indexOf(const PdfLayout &layout, const QString &placedLine) const
{
    for (int i = 0; i < layout.lines.size(); ++i) {
        if (withoutSpaces(layout.lines[i].text) == withoutSpaces(placedLine))
            return i;
    }
    return -1;
}

void TestPdfLayout::narrowHeadlineKeepsItsColumns_data()
{
    QTest::addColumn<double>("headlineRight"); // the lower story's headline
    QTest::addColumn<double>("thirdTop");      // where its third column starts
    QTest::addColumn<QString>("follows");      // the column read just before the third

    QTest::newRow("headline over all its columns") << 340.0 << 658.0 << u"B2"_s;
    QTest::newRow("headline over two of three columns") << 230.0 << 658.0 << u"B2"_s;
    QTest::newRow("column not level with the story's") << 230.0 << 700.0 << u"A2"_s;
}

// Story A stands in columns 2-3 over story B in columns 1-2; B's third column
// (under A's second) starts level with B's columns, in the white under A: it is
// B's, even where B's headline spans only two columns. One starting lower is the
// rest of A.
void TestPdfLayout::narrowHeadlineKeepsItsColumns()
{
    QFETCH(double, headlineRight);
    QFETCH(double, thirdTop);
    QList<PdfLine> lines;
    const auto column = [&](const QString &name, qreal left, qreal top, int count) {
        for (int i = 0; i < count; ++i)
            lines.append({1, QRectF(left, top + 13.5 * i, 90, 9.4), 9.4,
                          name + u'-' + QString::number(i), false});
    };
    lines.append({1, QRectF(137, 277, 203, 24), 24, u"A"_s, false});
    column(u"A1"_s, 155, 310, 12);
    column(u"A2"_s, 264, 310, 18);
    lines.append({1, QRectF(28, 604, headlineRight - 28, 26), 26, u"B"_s, false});
    column(u"B1"_s, 46, 658, 9);
    column(u"B2"_s, 155, 658, 9);
    column(u"B3"_s, 264, thirdTop, 6);
    const QList<PdfLine> ordered = PdfReadingOrder::order(lines);
    int third = -1;
    for (int i = 0; i < ordered.size(); ++i) {
        if (ordered[i].text == u"B3-0"_s)
            third = i;
    }
    QVERIFY(third > 0);
    QFETCH(QString, follows);
    QVERIFY2(ordered[third - 1].text.startsWith(follows), qPrintable(ordered[third - 1].text));
}

void TestPdfLayout::bannerOverStories_data()
{
    QTest::addColumn<double>("bannerRight");
    QTest::addColumn<double>("bannerSize"); // the headlines are 16 high

    QTest::newRow("kicker over one story") << 118.0 << 20.0;
    QTest::newRow("banner over two stories") << 227.0 << 20.0;
    QTest::newRow("banner in the headlines' type") << 227.0 << 16.0;
}

// A banner over two stories side by side names their group: it is neither's
// kicker, and gathers no story, even set in their type: each headline is read
// with its own column.
void TestPdfLayout::bannerOverStories()
{
    QFETCH(double, bannerRight);
    QFETCH(double, bannerSize);
    QList<PdfLine> lines;
    const auto column = [&](const QString &name, qreal left, qreal top, int count) {
        for (int i = 0; i < count; ++i)
            lines.append({1, QRectF(left, top + 13.5 * i, 90, 9.4), 9.4,
                          name + u'-' + QString::number(i), false});
    };
    lines.append({1, QRectF(28, 50, bannerRight - 28, bannerSize), bannerSize, u"banner"_s, false});
    lines.append({1, QRectF(28, 80, 90, 16), 16, u"H1"_s, false});
    lines.append({1, QRectF(137, 80, 90, 16), 16, u"H2"_s, false});
    column(u"A"_s, 28, 110, 30);
    column(u"B"_s, 137, 110, 5);
    const QList<PdfLine> ordered = PdfReadingOrder::order(lines);
    QCOMPARE(ordered.constFirst().text, u"banner"_s);
    QCOMPARE(ordered[1].text, u"H1"_s);
    QCOMPARE(ordered[2].text, u"A-0"_s);
}

void TestPdfLayout::readingOrder_data()
{
    addLayoutRows();
}

// The lines, one after the other, are the flows in the order a reader takes
// them: masthead, the headline across the columns, the columns left to right
// (a paragraph running on from one to the next), the caption after its column.
void TestPdfLayout::readingOrder()
{
    QFETCH(QString, name);
    const PdfLayout &layout = m_read[name].layout;
    const QHash<QString, Placed> &placed = m_placed[name];

    QStringList expected;
    for (const QString &flow : m_layouts[name].readingOrder)
        expected += placed[flow].lines();
    QStringList found;
    for (const PdfLine &line : layout.lines)
        found.append(line.text);
    QCOMPARE(found.size(), expected.size());
    for (int i = 0; i < found.size(); ++i)
        QCOMPARE(withoutSpaces(found[i]), withoutSpaces(expected[i]));
    QVERIFY(layout.lines.constFirst().startsBlock);
}

void TestPdfLayout::columnContinuation_data()
{
    addLayoutRows();
}

// The flow's paragraph is cut at the foot of its first column and runs on at the
// top of the next: the two lines follow each other, the second opening a block.
void TestPdfLayout::columnContinuation()
{
    QFETCH(QString, name);
    const PdfLayout &layout = m_read[name].layout;
    const Placed &placed = m_placed[name][m_layouts[name].continuedFlow];
    QVERIFY(placed.frames.size() >= 2);
    const QString foot = placed.frames[0].constLast();
    QVERIFY2(!foot.endsWith(u'。'), "the layout must cut a paragraph at the column's foot");

    const int last = indexOf(layout, foot);
    const int next = indexOf(layout, placed.frames[1].constFirst());
    QVERIFY(last >= 0);
    QCOMPARE(next, last + 1);
    QVERIFY(layout.lines[next].startsBlock);
    QVERIFY(layout.lines[next].box.left() > layout.lines[last].box.right());
    QVERIFY(layout.lines[next].box.top() < layout.lines[last].box.top());
}

void TestPdfLayout::captionFollowsItsColumn_data()
{
    addLayoutRows();
}

// The caption under a photo comes after the text of the column above the photo,
// and before the text beside it to its right.
void TestPdfLayout::captionFollowsItsColumn()
{
    QFETCH(QString, name);
    const PdfLayout &layout = m_read[name].layout;
    int caption = -1;
    for (int i = 0; i < layout.lines.size(); ++i) {
        if (layout.lines[i].text.endsWith(u"摄"_s))
            caption = i;
    }
    QVERIFY(caption > 0);
    const QRectF captionBox = layout.lines[caption].box;
    for (int i = 0; i < layout.lines.size(); ++i) {
        const QRectF box = layout.lines[i].box;
        const bool above = box.bottom() <= captionBox.top() && box.right() > captionBox.left() &&
                           box.left() < captionBox.right();
        const bool right = box.left() >= captionBox.right() && box.top() < captionBox.bottom() &&
                           box.bottom() > captionBox.top();
        if (above)
            QVERIFY2(i < caption, qPrintable(layout.lines[i].text));
        if (right)
            QVERIFY2(i > caption, qPrintable(layout.lines[i].text));
    }
}

void TestPdfLayout::textLinesMapToTheirBoxes_data()
{
    addLayoutRows();
}

// Every text line comes from PDF lines on the page, and holds their text.
void TestPdfLayout::textLinesMapToTheirBoxes()
{
    QFETCH(QString, name);
    const PdfIssueText &read = m_read[name];
    const QStringList textLines = read.layout.text.split(u'\n');
    QCOMPARE(read.layout.sources.size(), textLines.size() - 1); // the text ends with '\n'
    const QRectF page(QPointF(0, 0), read.document.pages.constFirst().size);
    int mapped = 0;
    for (int number = 1; number < textLines.size(); ++number) {
        const QString &textLine = textLines[number - 1];
        const QList<PdfLine> lines = read.layout.linesOf(number);
        QCOMPARE(lines.isEmpty(), textLine.isEmpty());
        QString fromLines;
        for (const PdfLine &line : lines) {
            QCOMPARE(line.page, 1);
            QVERIFY(page.contains(line.box));
            QVERIFY(line.size > 0);
            fromLines += line.text;
        }
        QCOMPARE(withoutSpaces(textLine), withoutSpaces(fromLines));
        mapped += int(lines.size());
    }
    QCOMPARE(mapped, read.layout.lines.size());
    QVERIFY(read.layout.linesOf(0).isEmpty());
    QVERIFY(read.layout.linesOf(int(textLines.size()) + 1).isEmpty());
}

void TestPdfLayout::parsesIntoArticles_data()
{
    addLayoutRows();
}

// The text, read by the issue parser as an issue file, gives the page's articles
// with their titles and authors, and the paragraph cut by the column break whole.
void TestPdfLayout::parsesIntoArticles()
{
    QFETCH(QString, name);
    const PdfIssueText &read = m_read[name];
    const Issue issue = IssueParser::parseText(read.layout.text, name + u".pdf"_s);

    QList<const Article *> articles;
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles)
            articles.append(&article);
    }
    const QList<ExpectedArticle> &expected = m_layouts[name].articles;
    QStringList titles;
    for (const Article *article : std::as_const(articles))
        titles.append(article->displayTitle());
    QVERIFY2(articles.size() == expected.size(), qPrintable(titles.join(u" | "_s)));
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(articles[i]->displayTitle(), expected[i].title);
        QCOMPARE(articles[i]->authors(), expected[i].authors);
    }

    const Placed &placed = m_placed[name][m_layouts[name].continuedFlow];
    const QString cut = withoutSpaces(placed.frames[0].constLast() + placed.frames[1].constFirst());
    bool whole = false;
    for (const Article *article : std::as_const(articles)) {
        for (const Paragraph &paragraph : article->paragraphs)
            whole = whole || withoutSpaces(paragraph.text).contains(cut);
    }
    QVERIFY2(whole, qPrintable(read.layout.text));
}

QTEST_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
