#include "corrector.h"
#include "doubtrules.h"
#include "issuejson.h"
#include "issueparser.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Corrections applied over a parse: which article holds which line in which role
// afterwards, the texts joined again, refusals, a changed file, and the undo model
// (the first k operations of a set are the state after k steps).
class TestCorrector : public QObject
{
    Q_OBJECT

private slots:
    void parseAsWritten();
    void operation_data();
    void operation();
    void rejoinedTexts();
    void mergedHeadlineBecomesText();
    void bylineAndTitle();
    void refusals();
    void changedFile();
    void firstKOperationsAreTheUndoModel();
    void applyingTwiceChangesNothing();
    void emptySetLeavesTheParse();
    void doubtsFollowTheirLines();
    void recordTexts();
};

namespace {

// Lines:                                                         n
const QString kIssue = u"第02版：要闻\n"                                                    // 1
                       u"\n"                                                                // 2
                       u"甲县新建三座水厂\n"                                                // 3
                       u"\n"                                                                // 4
                       u"本报讯（记者 陆鸣）甲县今年新建三座水厂，解决山区群众饮水问题。\n" // 5
                       u"\n"                                                                // 6
                       u"水厂建成后，全县农村自来水普及率将达到98%。\n"                     // 7
                       u"\n"                                                                // 8
                       u"乙镇举办农民运动会\n"                                              // 9
                       u"\n"                                                                // 10
                       u"本报记者 柯雨\n"                                                   // 11
                       u"\n"                                                                // 12
                       u"乙镇第三届农民运动会昨日开幕，来自12个村的300多名选手参加比赛。\n" // 13
                       u"\n"                                                                // 14
                       u"比赛设拔河、挑担、推独轮车等8个项目，\n"                           // 15
                       u"\n"                                                                // 16
                       u"10月5日，选手在乙镇运动会上参加拔河比赛。本报记者 柯雨 摄\n"       // 17
                       u"\n"                                                                // 18
                       u"均来自农民的日常劳作。\n"                                          // 19
                       u"\n"                                                                // 20
                       u"丙村茶园喜获丰收\n"                                                // 21
                       u"\n"                                                                // 22
                       u"丙村今年茶叶产量比去年增加两成，茶农收入明显提高。\n"              // 23
                       u"\n"                                                                // 24
                       u"茶叶合作社负责人说，明年还将扩种有机茶园。\n"_s;                   // 25

const QString kParsed = u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / T21 P23 P25"_s;

QStringList sourceLines()
{
    return *IssueParser::sourceLines(kIssue.toUtf8());
}

QString lineList(const QList<int> &lines)
{
    QStringList numbers;
    for (int line : lines)
        numbers << QString::number(line);
    return numbers.join(u'+');
}

// "T9 B11 P13 P15+19 C17 / …": each article's parts and their lines, in order.
QString layout(const Issue &issue)
{
    QStringList articles;
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            QStringList parts;
            if (article.kicker)
                parts << u"K"_s + lineList(article.kicker->lines);
            if (article.title)
                parts << u"T"_s + lineList(article.title->lines);
            if (article.subtitle)
                parts << u"S"_s + lineList(article.subtitle->lines);
            if (article.byline)
                parts << u"B"_s + lineList(article.byline->lines);
            for (const Paragraph &paragraph : article.paragraphs)
                parts << u"P"_s + lineList(paragraph.lines);
            for (const Caption &caption : article.captions)
                parts << u"C"_s + lineList(caption.lines);
            articles << parts.join(u' ');
        }
    }
    return articles.join(u" / "_s);
}

CorrectionSet setOf(const QByteArray &operations, const QString &sha = {})
{
    const QByteArray json = R"({"format": 1, "source_sha256": ")" + sha.toUtf8() +
                            R"(", "operations": [)" + operations + "]}";
    auto set = CorrectionSet::fromJson(json);
    if (!set)
        qFatal("%s", qPrintable(set.errorMessage()));
    return *set;
}

QByteArray jsonOf(const Issue &issue)
{
    return QJsonDocument(IssueJson::toJson(issue)).toJson(QJsonDocument::Compact);
}

const Article *articleWithLine(const Issue &issue, int line)
{
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            for (const Paragraph &paragraph : article.paragraphs) {
                if (paragraph.lines.contains(line))
                    return &article;
            }
            if (article.title && article.title->lines.contains(line))
                return &article;
        }
    }
    return nullptr;
}

CorrectionOutcome applied(const QByteArray &operations)
{
    return Corrector::apply(IssueParser::parseText(kIssue), sourceLines(), setOf(operations));
}

} // namespace

// The parse the rows below start from: if the parser changes, fix the test issue.
void TestCorrector::parseAsWritten()
{
    const Issue issue = IssueParser::parseText(kIssue);
    QCOMPARE(layout(issue), kParsed);
    QCOMPARE(sourceLines().size(), issue.source.lines);
}

void TestCorrector::operation_data()
{
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<QString>("expected");
    QTest::newRow("move a paragraph to the next article")
        << QByteArray(R"({"op": "move", "lines": [7], "to_article_of_line": 9})")
        << u"T3 B5 P5 / T9 B11 P7 P13 P15+19 C17 / T21 P23 P25"_s;
    QTest::newRow("move a continuation away from its paragraph")
        << QByteArray(R"({"op": "move", "lines": [19], "to_article_of_line": 23})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15 C17 / T21 P19 P23 P25"_s;
    QTest::newRow("move a joined paragraph whole")
        << QByteArray(R"({"op": "move", "lines": [15, 19], "to_article_of_line": 3})")
        << u"T3 B5 P5 P7 P15+19 / T9 B11 P13 C17 / T21 P23 P25"_s;
    QTest::newRow("move a caption")
        << QByteArray(R"({"op": "move", "lines": [17], "to_article_of_line": 25})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 / T21 P23 P25 C17"_s;
    QTest::newRow("move to a new article")
        << QByteArray(R"({"op": "move", "lines": [23], "to_new_article": true})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / T21 P25 / P23"_s;
    QTest::newRow("move every line out: the article vanishes")
        << QByteArray(R"({"op": "move", "lines": [21, 23, 25], "to_article_of_line": 13})")
        << u"T3 B5 P5 P7 / T9+21 B11 P13 P15+19 P23 P25 C17"_s;
    QTest::newRow("split before a paragraph")
        << QByteArray(R"({"op": "split", "before_line": 13})")
        << u"T3 B5 P5 P7 / T9 B11 / P13 P15+19 C17 / T21 P23 P25"_s;
    QTest::newRow("split inside a joined paragraph")
        << QByteArray(R"({"op": "split", "before_line": 19})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15 C17 / P19 / T21 P23 P25"_s;
    QTest::newRow("split before the first line changes nothing")
        << QByteArray(R"({"op": "split", "before_line": 9})") << kParsed;
    QTest::newRow("split before an article's headline changes nothing")
        << QByteArray(R"({"op": "split", "before_line": 21})") << kParsed;
    QTest::newRow("split before the byline: the headline stays")
        << QByteArray(R"({"op": "split", "before_line": 11})")
        << u"T3 B5 P5 P7 / T9 / B11 P13 P15+19 C17 / T21 P23 P25"_s;
    QTest::newRow("split at a headline below a lead: the lead stands alone")
        << QByteArray(R"({"op": "move", "lines": [7], "to_article_of_line": 9},)"
                      R"({"op": "split", "before_line": 9})")
        << u"T3 B5 P5 / P7 / T9 B11 P13 P15+19 C17 / T21 P23 P25"_s;
    QTest::newRow("merge two articles") << QByteArray(R"({"op": "merge", "lines": [13, 23]})")
                                        << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 P21 P23 P25 C17"_s;
    QTest::newRow("merge three articles") << QByteArray(R"({"op": "merge", "lines": [25, 7, 9]})")
                                          << u"T3 B5 P5 P7 P9 P11 P13 P15+19 P21 P23 P25 C17"_s;
    QTest::newRow("merge within one article changes nothing")
        << QByteArray(R"({"op": "merge", "lines": [13, 15]})") << kParsed;
    QTest::newRow("role kicker") << QByteArray(R"({"op": "role", "lines": [21], "role": "kicker"})")
                                 << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / K21 P23 P25"_s;
    QTest::newRow("role subtitle")
        << QByteArray(R"({"op": "role", "lines": [23], "role": "subtitle"})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / T21 S23 P25"_s;
    QTest::newRow("role title joins the title")
        << QByteArray(R"({"op": "role", "lines": [23], "role": "title"})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / T21+23 P25"_s;
    QTest::newRow("role body on a headline")
        << QByteArray(R"({"op": "role", "lines": [21], "role": "body"})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / P21 P23 P25"_s;
    QTest::newRow("role body parts a joined paragraph")
        << QByteArray(R"({"op": "role", "lines": [19], "role": "body"})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15 P19 C17 / T21 P23 P25"_s;
    QTest::newRow("role body, adjacent lines one paragraph")
        << QByteArray(R"({"op": "role", "lines": [23, 25], "role": "body"})")
        << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / T21 P23+25"_s;
    QTest::newRow("role caption") << QByteArray(
                                         R"({"op": "role", "lines": [13], "role": "caption"})")
                                  << u"T3 B5 P5 P7 / T9 B11 P15+19 C13 C17 / T21 P23 P25"_s;
    QTest::newRow("role byline") << QByteArray(R"({"op": "role", "lines": [23], "role": "byline"})")
                                 << u"T3 B5 P5 P7 / T9 B11 P13 P15+19 C17 / T21 B23 P25"_s;
    QTest::newRow("title keeps the lines")
        << QByteArray(R"({"op": "title", "article_of_line": 25, "text": "丙村茶叶增产"})")
        << kParsed;
    QTest::newRow("a lead moved under its headline, then the caption")
        << QByteArray(R"({"op": "move", "lines": [7], "to_article_of_line": 9},)"
                      R"({"op": "move", "lines": [17], "to_new_article": true})")
        << u"T3 B5 P5 / T9 B11 P7 P13 P15+19 / C17 / T21 P23 P25"_s;
}

void TestCorrector::operation()
{
    QFETCH(QByteArray, operations);
    QFETCH(QString, expected);
    const CorrectionOutcome outcome = applied(operations);
    QVERIFY(outcome.refused.isEmpty());
    QCOMPARE(layout(outcome.issue), expected);
    // Ids run 1..n in reading order.
    int id = 0;
    for (const Section &section : outcome.issue.sections) {
        for (const Article &article : section.articles)
            QCOMPARE(article.id, ++id);
    }
}

// A paragraph that lost or gained lines is joined again from them; the parts no
// operation touched keep the parser's text.
void TestCorrector::rejoinedTexts()
{
    const Issue parsed = IssueParser::parseText(kIssue);
    const QStringList lines = sourceLines();
    const auto line = [&lines](int n) { return lines[n - 1]; };

    const Issue away = applied(R"({"op": "move", "lines": [19], "to_article_of_line": 23})").issue;
    QCOMPARE(articleWithLine(away, 15)->paragraphs.last().text, line(15));
    QCOMPARE(articleWithLine(away, 19)->paragraphs.first().text, line(19));
    QCOMPARE(articleWithLine(away, 13)->paragraphs.first().text, line(13));

    const Issue whole =
        applied(R"({"op": "move", "lines": [15, 19], "to_article_of_line": 3})").issue;
    QCOMPARE(articleWithLine(whole, 15)->paragraphs.last().text, line(15) + line(19));
    QCOMPARE(articleWithLine(whole, 15)->paragraphs.last().lines, (QList<int>{15, 19}));

    // Text cut mid-sentence takes in the paragraph after it where it lands, as the
    // parser joins a paragraph across a break; a finished one does not.
    const Issue cut = applied(R"({"op": "move", "lines": [19], "to_article_of_line": 25},)"
                              R"({"op": "move", "lines": [15], "to_article_of_line": 25})")
                          .issue;
    const Article *tea = articleWithLine(cut, 25);
    QCOMPARE(tea->paragraphs.size(), 3);
    QCOMPARE(tea->paragraphs[0].lines, (QList<int>{15, 19}));
    QCOMPARE(tea->paragraphs[0].text, line(15) + line(19));
    QCOMPARE(tea->paragraphs[1].text, parsed.sections[0].articles[2].paragraphs[0].text);
    QCOMPARE(tea->paragraphs[2].lines, (QList<int>{25}));
}

// The first article's headline stays; the others' headline lines become text of
// their own, not joined with what follows, so no words vanish.
void TestCorrector::mergedHeadlineBecomesText()
{
    const Issue merged = applied(R"({"op": "merge", "lines": [13, 23]})").issue;
    QCOMPARE(merged.articleCount(), 2);
    const Article &article = merged.sections[0].articles[1];
    QCOMPARE(article.title->text, u"乙镇举办农民运动会"_s);
    QCOMPARE(article.paragraphs[2].text, u"丙村茶园喜获丰收"_s);
    QCOMPARE(article.paragraphs[3].lines, (QList<int>{23}));
    QCOMPARE(article.kind, ArticleKind::News);
    QCOMPARE(article.byline->authors, (QStringList{u"柯雨"_s}));
}

void TestCorrector::bylineAndTitle()
{
    const Issue retitled =
        applied(R"({"op": "title", "article_of_line": 25, "text": "丙村茶叶增产"})").issue;
    QCOMPARE(retitled.sections[0].articles[2].title->text, u"丙村茶叶增产"_s);
    QCOMPARE(retitled.sections[0].articles[2].title->lines, (QList<int>{21}));

    // A byline moved to an article without one brings its authors along.
    const Issue moved = applied(R"({"op": "move", "lines": [11], "to_article_of_line": 21})").issue;
    QVERIFY(!moved.sections[0].articles[1].byline);
    QCOMPARE(moved.sections[0].articles[2].byline->authors, (QStringList{u"柯雨"_s}));
    QCOMPARE(moved.sections[0].articles[2].byline->text, u"本报记者 柯雨"_s);

    // The inline byline of a lead moved elsewhere goes with its paragraph.
    const Issue lead = applied(R"({"op": "move", "lines": [5], "to_article_of_line": 21})").issue;
    const Article &tea = lead.sections[0].articles[2];
    QVERIFY(tea.byline && tea.byline->isInline);
    QCOMPARE(tea.byline->authors, (QStringList{u"陆鸣"_s}));
    QCOMPARE(tea.paragraphs.first().lines, (QList<int>{5}));
    QVERIFY(!lead.sections[0].articles[0].byline);
}

// A line outside the file or in no article is refused with a reason; the
// operations before and after it stay applied.
void TestCorrector::refusals()
{
    const CorrectionOutcome outcome =
        applied(R"({"op": "move", "lines": [7], "to_article_of_line": 9},)"
                R"({"op": "move", "lines": [100], "to_article_of_line": 9},)"
                R"({"op": "move", "lines": [13], "to_article_of_line": 2},)"
                R"({"op": "split", "before_line": 1},)"
                R"({"op": "split", "before_line": 25})");
    QCOMPARE(outcome.applied, 2);
    QCOMPARE(outcome.refused.size(), 3);
    QCOMPARE(outcome.refused[0].position, 2);
    QVERIFY2(outcome.refused[0].reason.contains(u"outside the file"_s),
             qPrintable(outcome.refused[0].reason));
    QCOMPARE(outcome.refused[1].position, 3);
    QVERIFY2(outcome.refused[1].reason.contains(u"Line 2 is blank"_s),
             qPrintable(outcome.refused[1].reason));
    QCOMPARE(outcome.refused[2].position, 4);
    QVERIFY2(outcome.refused[2].reason.contains(u"in no article"_s),
             qPrintable(outcome.refused[2].reason));
    QCOMPARE(outcome.refused[2].operation.target, 1);
    QCOMPARE(layout(outcome.issue), u"T3 B5 P5 / T9 B11 P7 P13 P15+19 C17 / T21 P23 / P25"_s);
}

// A set made for another version of the file: an operation holds where every
// line it names still says what it recorded.
void TestCorrector::changedFile()
{
    const QStringList lines = sourceLines();
    CorrectionSet set = setOf(R"({"op": "move", "lines": [7], "to_article_of_line": 9},)"
                              R"({"op": "move", "lines": [23], "to_new_article": true},)"
                              R"({"op": "split", "before_line": 19})",
                              u"0123abcd"_s);
    Corrector::recordTexts(set, lines);
    set.operations[1].texts[23] = u"丙村今年茶叶产量比去年增加三成。"_s; // the file said otherwise
    set.operations[2].texts.clear();                                     // recorded nothing
    const CorrectionOutcome outcome = Corrector::apply(IssueParser::parseText(kIssue), lines, set);
    QCOMPARE(outcome.applied, 1);
    QCOMPARE(outcome.refused.size(), 2);
    QVERIFY2(outcome.refused[0].reason.contains(u"line 23 no longer says"_s),
             qPrintable(outcome.refused[0].reason));
    QVERIFY2(outcome.refused[1].reason.contains(u"does not record what line 19 said"_s),
             qPrintable(outcome.refused[1].reason));
    QCOMPARE(layout(outcome.issue), u"T3 B5 P5 / T9 B11 P7 P13 P15+19 C17 / T21 P23 P25"_s);

    // The same set on the file it was made for: every operation holds, texts or not.
    set.sourceSha256.clear(); // parseText leaves the digest empty
    QCOMPARE(Corrector::apply(IssueParser::parseText(kIssue), lines, set).applied, 3);
}

// Undo is applying the first k operations again: step by step or at once, the
// same issue.
void TestCorrector::firstKOperationsAreTheUndoModel()
{
    const Issue parsed = IssueParser::parseText(kIssue);
    const QStringList lines = sourceLines();
    const CorrectionSet set = setOf(R"({"op": "move", "lines": [7], "to_article_of_line": 9},)"
                                    R"({"op": "split", "before_line": 19},)"
                                    R"({"op": "merge", "lines": [19, 23]},)"
                                    R"({"op": "role", "lines": [21], "role": "kicker"},)"
                                    R"({"op": "title", "article_of_line": 19, "text": "新标题"},)"
                                    R"({"op": "move", "lines": [17], "to_new_article": true})");
    Issue stepwise = parsed;
    QSet<QByteArray> states{jsonOf(parsed)};
    for (qsizetype k = 1; k <= set.operations.size(); ++k) {
        CorrectionSet first = set;
        first.operations.resize(k);
        CorrectionSet step = set;
        step.operations = {set.operations[k - 1]};
        stepwise = Corrector::apply(stepwise, lines, step).issue;
        const CorrectionOutcome atOnce = Corrector::apply(parsed, lines, first);
        QCOMPARE(atOnce.applied, int(k));
        QCOMPARE(jsonOf(atOnce.issue), jsonOf(stepwise));
        states.insert(jsonOf(stepwise));
    }
    QCOMPARE(states.size(), set.operations.size() + 1); // each step changed something
}

void TestCorrector::applyingTwiceChangesNothing()
{
    const QStringList lines = sourceLines();
    const CorrectionSet set = setOf(R"({"op": "move", "lines": [7], "to_article_of_line": 9},)"
                                    R"({"op": "move", "lines": [23], "to_new_article": true},)"
                                    R"({"op": "split", "before_line": 19},)"
                                    R"({"op": "merge", "lines": [3, 25]},)"
                                    R"({"op": "role", "lines": [13], "role": "caption"},)"
                                    R"({"op": "title", "article_of_line": 19, "text": "新标题"})");
    const Issue once = Corrector::apply(IssueParser::parseText(kIssue), lines, set).issue;
    const Issue twice = Corrector::apply(once, lines, set).issue;
    QCOMPARE(jsonOf(twice), jsonOf(once));
}

void TestCorrector::emptySetLeavesTheParse()
{
    for (const QString &path :
         {u"" BROADSHEET_TEST_DATA "/unseen/u04_photo_leads.txt"_s,
          u"" BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.txt"_s}) {
        const QByteArray bytes = *IssueParser::readFile(path);
        const Issue parsed = *IssueParser::parse(bytes, path);
        const CorrectionSet empty;
        const CorrectionOutcome outcome =
            Corrector::apply(parsed, *IssueParser::sourceLines(bytes), empty);
        QCOMPARE(jsonOf(outcome.issue), jsonOf(parsed));
        // So does a set whose every operation changes nothing.
        const CorrectionSet idle = setOf(R"({"op": "split", "before_line": 5})");
        QCOMPARE(jsonOf(Corrector::apply(parsed, *IssueParser::sourceLines(bytes), idle).issue),
                 jsonOf(parsed));
    }
}

void TestCorrector::doubtsFollowTheirLines()
{
    Issue parsed = IssueParser::parseText(kIssue);
    // In line order, as the parser gives them.
    parsed.doubts << Doubt{Doubt::Kind::Encoding, 0, 0, u"encoding"_s}
                  << Doubt{Doubt::Kind::CutParagraph, 15, 2, u"cut"_s}
                  << Doubt{Doubt::Kind::RoleAgainstShape, 23, 3, u"shape"_s};
    const Issue corrected =
        Corrector::apply(parsed, sourceLines(),
                         setOf(R"({"op": "move", "lines": [15, 19], "to_new_article": true},)"
                               R"({"op": "merge", "lines": [3, 23]})"))
            .issue;
    QCOMPARE(layout(corrected), u"T3 B5 P5 P7 P21 P23 P25 / T9 B11 P13 C17 / P15+19"_s);
    QCOMPARE(corrected.doubts.size(), 3);
    QCOMPARE(corrected.doubts[0].articleId, 0);
    QCOMPARE(corrected.doubts[1].articleId, 3);
    QCOMPARE(corrected.doubts[2].articleId, 1);
    // Confidence follows: the new article holds the cut paragraph, the merged one
    // the line read against its shape, and every article the file's encoding.
    const auto confidenceOf = [&corrected](int id) {
        return corrected.findArticle(id)->confidence;
    };
    QCOMPARE(confidenceOf(3),
             (100 - DoubtRules::kIssueEncodingCost - DoubtRules::kCutParagraphCost) / 100.0);
    QCOMPARE(confidenceOf(1),
             (100 - DoubtRules::kIssueEncodingCost - DoubtRules::kRoleAgainstShapeCost) / 100.0);
    QCOMPARE(confidenceOf(2), (100 - DoubtRules::kIssueEncodingCost) / 100.0);
}

void TestCorrector::recordTexts()
{
    CorrectionSet set = setOf(R"({"op": "move", "lines": [7, 100], "to_article_of_line": 9})");
    set.operations.first().texts.insert(3, u"stale"_s);
    Corrector::recordTexts(set, sourceLines());
    const QHash<int, QString> expected{{7, u"水厂建成后，全县农村自来水普及率将达到98%。"_s},
                                       {9, u"乙镇举办农民运动会"_s}};
    QCOMPARE(set.operations.first().texts, expected);
}

QTEST_GUILESS_MAIN(TestCorrector)
#include "tst_corrector.moc"
