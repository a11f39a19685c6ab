#include "pagelayout.h"

#include <QJsonDocument>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// PageLayout: an article's zones from its printed lines, and the positioned text
// as broadsheet-cli's helper hands it over.
class TestPageLayout : public QObject
{
    Q_OBJECT

private slots:
    void zones_data();
    void zones();
    void jsonRoundTrip();
    void malformedJson_data();
    void malformedJson();
    void looksLikePdf_data();
    void looksLikePdf();
    void noReaderInstalled();
};

namespace {

// A line of a column: 10 points high, 12 apart, from `top`.
PrintedLine columnLine(int textLine, int page, qreal left, qreal width, int row, qreal top = 100)
{
    return {textLine, page, QRectF(left, top + row * 12, width, 10)};
}

} // namespace

void TestPageLayout::zones_data()
{
    QTest::addColumn<QList<PrintedLine>>("printed");
    QTest::addColumn<QList<int>>("textLines");
    QTest::addColumn<QList<Zone>>("zones");

    const QList<PrintedLine> column{columnLine(1, 1, 20, 100, 0), columnLine(1, 1, 20, 100, 1),
                                    columnLine(2, 1, 20, 80, 2)};
    QTest::newRow("one column run")
        << column << QList<int>{1, 2} << QList<Zone>{{1, QRectF(20, 100, 100, 34)}};
    QTest::newRow("only the lines asked for")
        << column << QList<int>{2} << QList<Zone>{{1, QRectF(20, 124, 80, 10)}};
    QTest::newRow("no lines") << column << QList<int>{7} << QList<Zone>{};

    const QList<PrintedLine> twoColumns{columnLine(1, 1, 20, 100, 0), columnLine(1, 1, 20, 100, 1),
                                        columnLine(1, 1, 140, 100, 0, 60),
                                        columnLine(1, 1, 140, 100, 1, 60)};
    QTest::newRow("text running on into the next column")
        << twoColumns << QList<int>{1}
        << QList<Zone>{{1, QRectF(20, 100, 100, 22)}, {1, QRectF(140, 60, 100, 22)}};

    const QList<PrintedLine> headline{{1, 1, QRectF(20, 60, 220, 24)},
                                      columnLine(2, 1, 20, 100, 0),
                                      columnLine(2, 1, 140, 100, 0)};
    QTest::newRow("a headline over two columns joins neither")
        << headline << QList<int>{1, 2}
        << QList<Zone>{{1, QRectF(20, 60, 220, 24)},
                       {1, QRectF(20, 100, 100, 10)},
                       {1, QRectF(140, 100, 100, 10)}};

    const QList<PrintedLine> farApart{columnLine(1, 1, 20, 100, 0), columnLine(1, 1, 20, 100, 10)};
    QTest::newRow("lines far apart in one column")
        << farApart << QList<int>{1}
        << QList<Zone>{{1, QRectF(20, 100, 100, 10)}, {1, QRectF(20, 220, 100, 10)}};

    const QList<PrintedLine> twoPages{columnLine(1, 1, 20, 100, 0), columnLine(1, 2, 20, 100, 1)};
    QTest::newRow("continued on another page")
        << twoPages << QList<int>{1}
        << QList<Zone>{{1, QRectF(20, 100, 100, 10)}, {2, QRectF(20, 112, 100, 10)}};

    // A subtitle centred over three columns and the first column's text below it:
    // two blocks, two zones, though the subtitle is about as large as the text.
    const QList<PrintedLine> subtitle{{1, 1, QRectF(106, 114, 187, 12), 1},
                                      {2, 1, QRectF(24, 130, 108, 11), 2},
                                      {2, 1, QRectF(24, 143, 108, 11), 2}};
    QTest::newRow("a subtitle over the columns")
        << subtitle << QList<int>{1, 2}
        << QList<Zone>{{1, QRectF(106, 114, 187, 12)}, {1, QRectF(24, 130, 108, 24)}};
    // The article's column carries on under its caption, in a block of its own.
    const QList<PrintedLine> underCaption{{1, 1, QRectF(20, 100, 100, 10), 1},
                                          {2, 1, QRectF(20, 114, 90, 9), 2},
                                          {3, 1, QRectF(20, 127, 100, 10), 3}};
    QTest::newRow("a column run under a caption")
        << underCaption << QList<int>{1, 2, 3} << QList<Zone>{{1, QRectF(20, 100, 100, 37)}};

    // Two runs of a column, read before the line between them: one run after it.
    const QList<PrintedLine> bridged{columnLine(1, 1, 20, 100, 0),
                                     columnLine(1, 1, 20, 100, 3),
                                     {1, 1, QRectF(20, 118, 100, 10)}};
    QTest::newRow("runs bridged by a line")
        << bridged << QList<int>{1} << QList<Zone>{{1, QRectF(20, 100, 100, 46)}};
}

void TestPageLayout::zones()
{
    QFETCH(QList<PrintedLine>, printed);
    QFETCH(QList<int>, textLines);
    QFETCH(QList<Zone>, zones);
    PageLayout layout;
    layout.pageSizes = {QSizeF(400, 600), QSizeF(400, 600)};
    layout.lines = printed;
    QCOMPARE(layout.zonesOf(textLines), zones);
}

void TestPageLayout::jsonRoundTrip()
{
    PositionedText text;
    text.text = u"第01版：要闻\n\n标题\n"_s;
    text.layout.pageSizes = {QSizeF(595.3, 841.9), QSizeF(595.3, 841.9)};
    text.layout.lines = {{1, 1, QRectF(20.5, 30.25, 100, 12)}, {3, 1, QRectF(20, 60, 300, 24)}};
    text.layout.scannedPages = {2};
    text.warnings = {u"Page 2 has no text."_s};
    const Result<PositionedText> back = PositionedText::fromJson(text.toJson());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->text, text.text);
    QCOMPARE(back->layout, text.layout);
    QCOMPARE(back->warnings, text.warnings);
}

void TestPageLayout::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no text") << QByteArray(R"({"page_sizes":[[1,1]]})");
    QTest::newRow("a page size of one number") << QByteArray(R"({"text":"","page_sizes":[[1]]})");
    QTest::newRow("a line on a page that is not there") << QByteArray(
        R"({"text":"a","page_sizes":[[9,9]],"lines":[{"line":1,"page":2,"box":[0,0,1,1]}]})");
    QTest::newRow("a box of three numbers") << QByteArray(
        R"({"text":"a","page_sizes":[[9,9]],"lines":[{"line":1,"page":1,"box":[0,0,1]}]})");
    QTest::newRow("a box given as text") << QByteArray(
        R"({"text":"a","page_sizes":[[9,9]],"lines":[{"line":1,"page":1,"box":["0",0,1,1]}]})");
    QTest::newRow("line 0") << QByteArray(
        R"({"text":"a","page_sizes":[[9,9]],"lines":[{"line":0,"page":1,"box":[0,0,1,1]}]})");
}

void TestPageLayout::malformedJson()
{
    QFETCH(QByteArray, json);
    const Result<PositionedText> read =
        PositionedText::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!read.ok());
    QVERIFY(!read.errorMessage().isEmpty());
}

void TestPageLayout::looksLikePdf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("pdf");
    QTest::newRow("a PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3\n1 0 obj") << true;
    QTest::newRow("white space before the header") << QByteArray("\r\n  %PDF-1.4\n") << true;
    QTest::newRow("an issue file") << u"辽源日报\n第01版：要闻\n"_s.toUtf8() << false;
    QTest::newRow("an issue file that mentions %PDF-")
        << u"标题\n正文提到 %PDF-1.4 格式。\n"_s.toUtf8() << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("after a byte order mark") << QByteArray("\xEF\xBB\xBF%PDF-1.5\n") << true;
    QTest::newRow("after binary junk") << QByteArray("\x00\x05MacBin\x01%PDF-1.3\n", 16) << true;
    QTest::newRow("after a line of text")
        << QByteArray("See the attached %PDF-1.4 file.\n") << false;
    QTest::newRow("past the first kilobyte") << QByteArray(1100, '\0') + "%PDF-1.7\n" << false;
}

void TestPageLayout::looksLikePdf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, pdf);
    QCOMPARE(Broadsheet::looksLikePdf(bytes), pdf);
}

void TestPageLayout::noReaderInstalled()
{
    // A program that cannot read PDFs says so, rather than reading one as text.
    setPdfTextSource({});
    QVERIFY(!hasPdfTextSource());
    const Result<PositionedText> read = readPdfText("%PDF-1.7\n", u"page.pdf"_s);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(u"page.pdf"_s) && read.errorMessage().contains(u"PDF"_s),
             qPrintable(read.errorMessage()));
}

QTEST_GUILESS_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
