#include "epaperlayouts.h"
#include "issuejson.h"
#include "issueparser.h"
#include "pdftextsource.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace EpaperTest;
using namespace Qt::StringLiterals;

// An e-paper PDF through IssueParser, as the app and the CLI read one: the
// articles the page holds, each with its zones on the page, and the format-1
// JSON's PDF fields.
class TestPdfIssue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void articlesWithZones_data();
    void articlesWithZones();
    void zonesKeepApart_data();
    void zonesKeepApart();
    void json_data();
    void json();
    void sourceLinesAreTheParsedText();
    void scannedPageIsReported();
    void textInputHasNoPdfFields();
    void unreadablePdfs_data();
    void unreadablePdfs();

private:
    void addLayoutRows();
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QHash<QString, Layout> m_layouts;
    QHash<QString, Issue> m_issues;
};

namespace {

qreal area(const QRectF &r)
{
    return r.isValid() ? r.width() * r.height() : 0;
}

} // namespace

void TestPdfIssue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    PdfTextSourceInProcess::install();
    for (const Layout &layout : layouts()) {
        const QString file = path(layout.name + u".pdf"_s);
        QCOMPARE(writePdf(file, layout.pages), QString());
        const Result<Issue> issue = IssueParser::parseFile(file);
        QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
        m_layouts.insert(layout.name, layout);
        m_issues.insert(layout.name, *issue);
    }
}

void TestPdfIssue::addLayoutRows()
{
    QTest::addColumn<QString>("layout");
    for (const Layout &layout : layouts())
        QTest::newRow(qPrintable(layout.name)) << layout.name;
}

void TestPdfIssue::articlesWithZones_data()
{
    addLayoutRows();
}

void TestPdfIssue::articlesWithZones()
{
    QFETCH(QString, layout);
    const Issue &issue = m_issues[layout];
    QCOMPARE(issue.source.encoding, u"PDF"_s);
    QCOMPARE(issue.layout.pageSizes.size(), m_layouts[layout].pages.size());
    for (const ExpectedArticle &expected : m_layouts[layout].articles) {
        const Article *found = nullptr;
        for (const Section &section : issue.sections)
            for (const Article &article : section.articles)
                if (article.title && article.title->text == expected.title)
                    found = &article;
        QVERIFY2(found, qPrintable(expected.title));
        QCOMPARE(found->authors(), expected.authors);
        const QList<Zone> zones = issue.layout.zonesOf(found->lines());
        QVERIFY2(!zones.isEmpty(), qPrintable(expected.title));
        for (const Zone &zone : zones) {
            const QSizeF page = issue.layout.pageSizes.value(zone.page - 1);
            QVERIFY(QRectF(QPointF(0, 0), page).contains(zone.box));
        }
        // The headline's own line is inside the article's zones.
        const QList<PrintedLine> title = issue.layout.printedLines(found->title->lines);
        QVERIFY(!title.isEmpty());
        for (const PrintedLine &printed : title)
            QVERIFY(std::any_of(zones.cbegin(), zones.cend(), [&](const Zone &zone) {
                return zone.page == printed.page && zone.box.contains(printed.box);
            }));
    }
}

void TestPdfIssue::zonesKeepApart_data()
{
    addLayoutRows();
}

void TestPdfIssue::zonesKeepApart()
{
    // Articles stand side by side on a page, never on top of each other: any two
    // articles' zones overlap by a sliver at most.
    QFETCH(QString, layout);
    const Issue &issue = m_issues[layout];
    QList<QList<Zone>> all;
    for (const Section &section : issue.sections)
        for (const Article &article : section.articles)
            all << issue.layout.zonesOf(article.lines());
    QVERIFY(all.size() >= m_layouts[layout].articles.size());
    for (qsizetype a = 0; a < all.size(); ++a)
        for (qsizetype b = a + 1; b < all.size(); ++b)
            for (const Zone &za : all[a])
                for (const Zone &zb : all[b]) {
                    if (za.page != zb.page)
                        continue;
                    const qreal shared = area(za.box.intersected(zb.box));
                    QVERIFY2(
                        shared <= 0.05 * std::min(area(za.box), area(zb.box)),
                        qPrintable(u"articles %1 and %2: %3 and %4"_s.arg(a + 1).arg(b + 1).arg(
                            QDebug::toString(za.box), QDebug::toString(zb.box))));
                }
}

void TestPdfIssue::json_data()
{
    addLayoutRows();
}

void TestPdfIssue::json()
{
    QFETCH(QString, layout);
    const Issue &issue = m_issues[layout];
    const QJsonObject json = IssueJson::toJson(issue);
    const QJsonArray pages = json[u"issue"_s][u"pages"_s].toArray();
    QCOMPARE(pages.size(), issue.layout.pageSizes.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject page = pages[i].toObject();
        QCOMPARE(page[u"pdf_page"_s].toInt(), int(i) + 1);
        const QSizeF size = issue.layout.pageSizes[i];
        QCOMPARE(page[u"size"_s].toArray(), (QJsonArray{size.width(), size.height()}));
        QVERIFY(!page[u"number"_s][u"value"_s].toString().isEmpty());
    }
    // Every printed line, with its text line and a box of four numbers on its page.
    const QJsonArray lines = json[u"lines"_s].toArray();
    QCOMPARE(lines.size(), issue.layout.lines.size());
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        QVERIFY(line[u"line"_s].toInt() >= 1 && line[u"line"_s].toInt() <= issue.source.lines);
        QCOMPARE(line[u"box"_s].toArray().size(), 4);
    }
    // Every article has zones, the same as IssueJson::write streams.
    for (const QJsonValue &section : json[u"sections"_s].toArray())
        for (const QJsonValue &article : section[u"articles"_s].toArray()) {
            const QJsonArray zones = article[u"zones"_s].toArray();
            QVERIFY(!zones.isEmpty());
            const QJsonArray box = zones.first()[u"box"_s].toArray();
            QCOMPARE(box.size(), 4);
            QVERIFY(box[0].toDouble() < box[2].toDouble() && box[1].toDouble() < box[3].toDouble());
        }
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(IssueJson::write(issue, &buffer, QJsonDocument::Compact));
    QCOMPARE(QJsonDocument::fromJson(buffer.data()).object(), json);
}

void TestPdfIssue::sourceLinesAreTheParsedText()
{
    // Corrections and the source view number a PDF's lines as the parser did.
    for (const Layout &layout : layouts()) {
        QFile file(path(layout.name + u".pdf"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<QStringList> lines = IssueParser::sourceLines(file.readAll());
        QVERIFY2(lines.ok(), qPrintable(lines.errorMessage()));
        const Issue &issue = m_issues[layout.name];
        QCOMPARE(lines->size(), issue.source.lines);
        const Article &first = issue.sections.first().articles.first();
        QCOMPARE(lines->value(first.title->lines.first() - 1), first.title->text);
    }
}

void TestPdfIssue::scannedPageIsReported()
{
    Page scan;
    scan.imageOnly = true;
    const QString file = path(u"half-scanned.pdf"_s);
    QCOMPARE(writePdf(file, {layouts().first().pages.first(), scan}), QString());
    const Result<Issue> issue = IssueParser::parseFile(file);
    QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
    QCOMPARE(issue->layout.scannedPages, QList<int>{2});
    QVERIFY(issue->articleCount() > 0);
    QVERIFY(std::any_of(issue->notes.cbegin(), issue->notes.cend(),
                        [](const QString &note) { return note.contains(u'2'); }));
    const QJsonArray pages = IssueJson::toJson(*issue)[u"issue"_s][u"pages"_s].toArray();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[1][u"scanned"_s].toBool(), true);
    QCOMPARE(pages[0][u"scanned"_s].toBool(), false);

    // Scanned throughout: nothing to read, and the message says why.
    const QString scanned = path(u"scan.pdf"_s);
    QCOMPARE(writePdf(scanned, {scan}), QString());
    const Result<Issue> none = IssueParser::parseFile(scanned);
    QVERIFY(!none.ok());
    QVERIFY2(none.errorMessage().contains(u"scanned"_s), qPrintable(none.errorMessage()));
}

void TestPdfIssue::textInputHasNoPdfFields()
{
    const Issue issue = IssueParser::parseText(
        u"第01版：要闻\n\n城东新区建成十二所学校\n\n本报讯 今年新区有十二所学校建成投用。\n"_s);
    QVERIFY(issue.layout.isEmpty());
    const QJsonObject json = IssueJson::toJson(issue);
    QVERIFY(!json.contains(u"lines"_s));
    for (const QJsonValue &page : json[u"issue"_s][u"pages"_s].toArray())
        QVERIFY(!page.toObject().contains(u"size"_s));
    for (const QJsonValue &section : json[u"sections"_s].toArray())
        for (const QJsonValue &article : section[u"articles"_s].toArray())
            QVERIFY(!article.toObject().contains(u"zones"_s));
}

void TestPdfIssue::unreadablePdfs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QFile good(path(u"mingchuan.pdf"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QTest::newRow("truncated") << bytes.left(bytes.size() / 3) << u"damaged"_s;
    QTest::newRow("header only") << QByteArray("%PDF-1.7\n") << u"damaged"_s;
    QByteArray garbled = bytes;
    for (qsizetype i = 200; i < garbled.size(); i += 7)
        garbled[i] = char(garbled[i] ^ 0x5a);
    QTest::newRow("garbled") << garbled << u"PDF"_s;
}

void TestPdfIssue::unreadablePdfs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const Result<Issue> issue = IssueParser::parse(bytes, u"page.pdf"_s);
    QVERIFY(!issue.ok());
    QVERIFY2(issue.errorMessage().contains(says), qPrintable(issue.errorMessage()));
}

QTEST_MAIN(TestPdfIssue)
#include "tst_pdfissue.moc"
