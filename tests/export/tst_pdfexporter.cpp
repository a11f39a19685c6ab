#include "exporttestsupport.h"

#include "articlelayout.h"
#include "exportfonts.h"
#include "issueparser.h"
#include "pdfexporter.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

using namespace Broadsheet;
using namespace ExportTest;
using namespace Qt::StringLiterals;

// PdfExporter as the GUI and the CLI use it, checked from the outside: the PDF is
// read back with poppler (pdftotext, pdffonts, pdfinfo) and qpdf.
class TestPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void textRoundTrips_data();
    void textRoundTrips();
    void mixedScriptsRoundTrip_data();
    void mixedScriptsRoundTrip();
    void fontsAreEmbedded();
    void latinIsSetInALatinFace();
    void articlesOfSeveralIssuesNameThem();
    void outlineHasOneEntryPerArticle();
    void eachArticleStartsOnANewPage();
    void metadata();
    void articleTextIsNotMarkup();
    void errors_data();
    void errors();
    void replacesAnExistingFileWhole();
    void writesIntoDevicesAndPipes_data();
    void writesIntoDevicesAndPipes();
    void rendersOnAnyPagedDevice();
    void defaultPageSize_data();
    void defaultPageSize();
    void fontChoice_data();
    void fontChoice();
    void noWidowsOrphansOrLoneCaptions_data();
    void noWidowsOrphansOrLoneCaptions();
    void captionTakesTheTextAlongInThePdf();

private:
    QString outPath(const QString &name) const { return m_dir->filePath(name); }
    QList<ExportArticle> seedArticles() const;
    static QString expectedText(const ExportArticle &article);
    static QString extractedText(const QString &pdf, const ExportArticle &article);

    Issue m_seed;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString kSeed = QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt");

struct OutlineItem
{
    QString title;
    int page = -1; // 0-based
};

// Read with qpdf's outline helper, independently of how the exporter built it.
QList<OutlineItem> readOutline(const QString &path)
{
    QList<OutlineItem> items;
    QPDF pdf;
    pdf.processFile(path.toLocal8Bit().constData());
    QPDFOutlineDocumentHelper outlines(pdf);
    for (QPDFOutlineObjectHelper &item : outlines.getTopLevelOutlines()) {
        QPDFObjectHandle page = item.getDestPage();
        items.append({QString::fromStdString(item.getTitle()),
                      page.isDictionary() ? pdf.findPage(page) : -1});
    }
    return items;
}

Article makeArticle(int id, const QString &title, const QStringList &paragraphs,
                    const QString &author = {})
{
    Article article;
    article.id = id;
    article.kind = ArticleKind::News;
    article.title = HeadlinePart{title, {1}};
    if (!author.isEmpty())
        article.byline = Byline{u"本报记者 "_s + author, {2}, {author}, false};
    for (const QString &text : paragraphs)
        article.paragraphs.append(Paragraph{text, {3}});
    return article;
}

} // namespace

void TestPdfExporter::initTestCase()
{
    for (const QString &name : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s}) {
        if (tool(name).isEmpty())
            QFAIL(qPrintable(missingToolMessage(name)));
    }
    const auto issue = IssueParser::parseFile(kSeed);
    QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
    m_seed = *issue;
    QCOMPARE(m_seed.articleCount(), 8);
}

void TestPdfExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<ExportArticle> TestPdfExporter::seedArticles() const
{
    QList<ExportArticle> articles;
    for (const Section &section : m_seed.sections) {
        for (const Article &article : section.articles)
            articles.append({article, m_seed.displayTitle(), section.title});
    }
    return articles;
}

QString TestPdfExporter::expectedText(const ExportArticle &article)
{
    return withoutSpace(article.article.plainText());
}

// The text layer without the running header and footer lines, without white space.
QString TestPdfExporter::extractedText(const QString &pdf, const ExportArticle &article)
{
    QStringList where;
    if (!article.sectionTitle.isEmpty())
        where << article.sectionTitle;
    if (article.article.group)
        where << article.article.group->title;
    const QString left = withoutSpace(article.issueTitle);
    const QString right = withoutSpace(where.join(u" · "_s));
    const QStringList pages = pdfPages(pdf);
    QString text;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString footer = withoutSpace(
            u"Page %1 / %2"_s.arg(QString::number(i + 1), QString::number(pages.size())));
        for (const QString &line : pages.at(i).split(u'\n')) {
            const QString bare = withoutSpace(line);
            if (bare == left || (!right.isEmpty() && (bare == right || bare == left + right)) ||
                bare == footer)
                continue;
            text += bare;
        }
    }
    return text;
}

void TestPdfExporter::textRoundTrips_data()
{
    QTest::addColumn<int>("index");
    const auto articles = seedArticles();
    for (int i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i).article;
        QTest::addRow("%d %s", article.id, qPrintable(article.displayTitle())) << i;
    }
}

// Every character of the article, in order: what copy, search and screen readers get.
void TestPdfExporter::textRoundTrips()
{
    QFETCH(int, index);
    const ExportArticle article = seedArticles().at(index);
    const QString pdf = outPath(u"article.pdf"_s);
    const Status status = PdfExporter::exportPdf({article}, pdf);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));

    const QString expected = expectedText(article);
    const QString actual = extractedText(pdf, article);
    if (actual != expected) {
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
            ++at;
        QFAIL(qPrintable(u"the text differs at character %1: expected \"%2\", got \"%3\""_s.arg(
            QString::number(at), expected.mid(at, 20), actual.mid(at, 20))));
    }
}

void TestPdfExporter::mixedScriptsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    // Characters whose glyphs Noto CJK shares with radicals came back as radicals.
    QTest::newRow("radical look-alikes") << u"长工入人民心行，门见车马鸟鱼龙。"_s;
    QTest::newRow("digits and Latin") << u"2019年GDP增长6.5%，iPhone 12与5G网络覆盖98.7%。"_s;
    QTest::newRow("ASCII punctuation")
        << u"本报讯(记者 王茵)2月18日,市委书记:“3.14”、《规划》;A-B/C=D+E?!"_s;
    QTest::newRow("full-width forms") << u"ＡＢＣ１２３（全角）：＃＆＊，共计１００％。"_s;
    QTest::newRow("dashes and dots") << u"——访东辽县人民政府县长王伟国……第1期·第2版"_s;
    QTest::newRow("Latin only")
        << u"Broadsheet exports articles: 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz"_s;
}

void TestPdfExporter::mixedScriptsRoundTrip()
{
    QFETCH(QString, text);
    const ExportArticle article{
        makeArticle(1, u"测试 Test 2024"_s, {text, text + text}), u"Issue"_s, {}};
    const QString pdf = outPath(u"mixed.pdf"_s);
    const Status status = PdfExporter::exportPdf({article}, pdf);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(extractedText(pdf, article), expectedText(article));
}

void TestPdfExporter::fontsAreEmbedded()
{
    const QString pdf = outPath(u"all.pdf"_s);
    QVERIFY(PdfExporter::exportPdf(seedArticles(), pdf).ok());
    const QList<FontRow> fonts = pdfFonts(pdf);
    QVERIFY2(!fonts.isEmpty(), "pdffonts lists no fonts");
    for (const FontRow &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name + u" is not embedded"_s));
        // Only the faces that round-trip; a system fallback (Noto) would not.
        QVERIFY2(font.name.contains(u"UMing"_s) || font.name.contains(u"WenQuanYi"_s) ||
                     font.name.contains(u"DejaVu"_s),
                 qPrintable(font.name));
    }
}

void TestPdfExporter::outlineHasOneEntryPerArticle()
{
    const QList<ExportArticle> articles = seedArticles();
    const QString pdf = outPath(u"all.pdf"_s);
    QVERIFY(PdfExporter::exportPdf(articles, pdf).ok());
    const QList<OutlineItem> outline = readOutline(pdf);
    QCOMPARE(outline.size(), articles.size());
    int previous = -1;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QCOMPARE(outline.at(i).title, articles.at(i).article.displayTitle());
        QVERIFY2(outline.at(i).page > previous, "outline pages not in article order");
        previous = outline.at(i).page;
    }
    QCOMPARE(outline.first().page, 0);

    const QString single = outPath(u"single.pdf"_s);
    QVERIFY(PdfExporter::exportPdf({articles.at(3)}, single).ok());
    const QList<OutlineItem> one = readOutline(single);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().title, u"抓项目就是抓发展"_s);
    QCOMPARE(one.first().page, 0);
}

void TestPdfExporter::eachArticleStartsOnANewPage()
{
    const QList<ExportArticle> articles = seedArticles();
    const QString pdf = outPath(u"all.pdf"_s);
    QVERIFY(PdfExporter::exportPdf(articles, pdf).ok());
    const QStringList pages = pdfPages(pdf);
    const QList<OutlineItem> outline = readOutline(pdf);
    QCOMPARE(outline.size(), articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const int first = outline.at(i).page;
        QVERIFY(first >= 0 && first < pages.size());
        // The article's head opens its first page, right under the running header.
        const QString page = withoutSpace(pages.at(first));
        const QString head = withoutSpace(articles.at(i).article.headText());
        QVERIFY2(page.contains(head), qPrintable(articles.at(i).article.displayTitle()));
        // …and the page before ends with the previous article's last paragraph or caption.
        if (i > 0) {
            const Article &before = articles.at(i - 1).article;
            const QString last =
                withoutSpace(before.captions.isEmpty() ? before.paragraphs.last().text
                                                       : before.captions.last().text);
            QVERIFY2(withoutSpace(pages.at(first - 1)).contains(last.right(8)),
                     qPrintable(before.displayTitle()));
        }
    }
}

void TestPdfExporter::metadata()
{
    const QList<ExportArticle> articles = seedArticles();
    const QString one = outPath(u"one.pdf"_s);
    QVERIFY(PdfExporter::exportPdf({articles.at(4)}, one).ok());
    QCOMPARE(pdfInfo(one, u"Title"_s), u"多措并举 强化落实 推动项目建设实现新突破"_s);
    QCOMPARE(pdfInfo(one, u"Author"_s), u"田蓓蕾"_s);
    QCOMPARE(pdfInfo(one, u"Creator"_s), u"Broadsheet"_s);

    // A whole issue: the issue's title, every author once, in order.
    const QString all = outPath(u"all.pdf"_s);
    QVERIFY(PdfExporter::exportPdf(articles, all).ok());
    QCOMPARE(pdfInfo(all, u"Title"_s), articles.first().issueTitle);
    QVERIFY(pdfInfo(all, u"Title"_s) != articles.first().article.displayTitle());
    QCOMPARE(pdfInfo(all, u"Author"_s), u"王茵、张莹莹、田蓓蕾、李锋、于芯、赵强"_s);
    QCOMPARE(pdfInfo(all, u"Creator"_s), u"Broadsheet"_s);

    // The XMP packet says the same, one dc:creator entry per author.
    const ToolRun meta = runTool(u"pdfinfo"_s, {u"-meta"_s, all});
    QVERIFY(meta.out.contains(u"<dc:creator>"_s));
    for (const QString &author : {u"王茵"_s, u"赵强"_s})
        QVERIFY2(meta.out.contains(u"<rdf:li>%1</rdf:li>"_s.arg(author)), qPrintable(author));
    QVERIFY(meta.out.contains(u"<xmp:CreatorTool>Broadsheet</xmp:CreatorTool>"_s));
}

void TestPdfExporter::latinIsSetInALatinFace()
{
    const ExportArticle article{
        makeArticle(1, u"测试 Test 2024"_s, {u"file l1 Ctrl+0 与中文"_s}), u"Issue"_s, {}};
    const QString pdf = outPath(u"latin.pdf"_s);
    QVERIFY(PdfExporter::exportPdf({article}, pdf).ok());
    bool dejaVu = false;
    for (const FontRow &font : pdfFonts(pdf))
        dejaVu = dejaVu || font.name.contains(u"DejaVu"_s);
    QVERIFY2(dejaVu, "no DejaVu face in the PDF: Latin letters were set in a CJK face");
    QCOMPARE(extractedText(pdf, article), expectedText(article));
}

void TestPdfExporter::articlesOfSeveralIssuesNameThem()
{
    QList<ExportArticle> articles = seedArticles().mid(0, 2);
    articles[1].issueTitle = u"青溪日报 2021-03-05"_s;
    const QString pdf = outPath(u"two.pdf"_s);
    QVERIFY(PdfExporter::exportPdf(articles, pdf).ok());
    QCOMPARE(pdfInfo(pdf, u"Title"_s), articles[0].issueTitle + u"; 青溪日报 2021-03-05"_s);
}

// Text from the issue file is set as it is: never read as HTML or entities.
void TestPdfExporter::articleTextIsNotMarkup()
{
    const QString markup = u"<b>加粗</b>&amp;<script>x</script><br/>&lt;p&gt;<img src=x>"_s;
    const ExportArticle article{makeArticle(1, u"<i>标题</i> & 副题"_s, {markup}, u"<作者>"_s),
                                u"<Issue & Co>"_s, u"<section>"_s};
    const QString pdf = outPath(u"markup.pdf"_s);
    const Status status = PdfExporter::exportPdf({article}, pdf);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(extractedText(pdf, article), expectedText(article));
    QCOMPARE(pdfInfo(pdf, u"Title"_s), u"<i>标题</i> & 副题"_s);
    QCOMPARE(pdfInfo(pdf, u"Author"_s), u"<作者>"_s);
}

void TestPdfExporter::errors_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("withArticles");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no articles") << u"out.pdf"_s << false << int(Error::Code::InvalidInput)
                                 << u"no article"_s;
    QTest::newRow("missing folder")
        << u"missing/out.pdf"_s << true << int(Error::Code::Io) << u"missing/out.pdf"_s;
    QTest::newRow("folder under a file")
        << u"file.txt/out.pdf"_s << true << int(Error::Code::Io) << u"file.txt/out.pdf"_s;
    QTest::newRow("path is a folder") << u"folder"_s << true << int(Error::Code::Io) << u"folder"_s;
}

void TestPdfExporter::errors()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, withArticles);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(u"folder"_s));
    QFile file(dir.filePath(u"file.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    const QStringList before =
        dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const Status status =
        PdfExporter::exportPdf(withArticles ? seedArticles().mid(0, 1) : QList<ExportArticle>(),
                               dir.filePath(relativePath));
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().code), code);
    QVERIFY2(status.errorMessage().contains(mentions), qPrintable(status.errorMessage()));
    QVERIFY2(!status.errorMessage().contains(u'\n'), "the message is one line");
    // Nothing written, no temporary file left behind.
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());
}

void TestPdfExporter::replacesAnExistingFileWhole()
{
    const QString pdf = outPath(u"existing.pdf"_s);
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file");
    old.close();

    // A failed export leaves it as it was…
    QVERIFY(!PdfExporter::exportPdf({}, pdf).ok());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("an older file"));
    old.close();

    // …a successful one replaces it with a complete PDF, and leaves nothing else.
    QVERIFY(PdfExporter::exportPdf(seedArticles().mid(1, 1), pdf).ok());
    QVERIFY(old.open(QIODevice::ReadOnly));
    const QByteArray bytes = old.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"existing.pdf"_s});
}

// `-o /dev/null` or a FIFO: written into, never replaced by a file (as root, a
// rename over /dev/null would turn the device into a plain file for everyone).
void TestPdfExporter::writesIntoDevicesAndPipes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("/dev/null") << u"device"_s;
    QTest::newRow("fifo") << u"fifo"_s;
}

void TestPdfExporter::writesIntoDevicesAndPipes()
{
    QFETCH(QString, kind);
    QString target = u"/dev/null"_s;
    QProcess reader;
    if (kind == u"fifo"_s) {
        target = outPath(u"pipe"_s);
        QVERIFY(::mkfifo(QFile::encodeName(target).constData(), 0600) == 0);
        reader.start(u"cat"_s, {target});
        QVERIFY(reader.waitForStarted());
    }
    QVERIFY(PdfExporter::exportPdf(seedArticles().mid(1, 1), target).ok());
    struct stat info;
    QVERIFY(::stat(QFile::encodeName(target).constData(), &info) == 0);
    QVERIFY(kind == u"fifo"_s ? S_ISFIFO(info.st_mode) : S_ISCHR(info.st_mode));
    if (kind == u"fifo"_s) {
        QVERIFY(reader.waitForFinished());
        QVERIFY(reader.readAllStandardOutput().startsWith("%PDF-"));
    }
}

// render() on a paged device the caller set up, as the GUI does with QPrinter.
void TestPdfExporter::rendersOnAnyPagedDevice()
{
    const QList<ExportArticle> articles = seedArticles().mid(3, 2);
    const QString pdf = outPath(u"device.pdf"_s);
    {
        QPdfWriter writer(pdf);
        writer.setResolution(600);
        ExportOptions options;
        options.pageSize = QPageSize(QPageSize::Letter);
        const Status status = PdfExporter::render(articles, &writer, options);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    }
    QVERIFY(pdfInfo(pdf, u"Page size"_s).startsWith(u"612 x 792"_s));
    const QStringList pages = pdfPages(pdf);
    QVERIFY(pages.size() >= 2);
    QVERIFY(withoutSpace(pages.first()).contains(withoutSpace(articles.at(0).article.headText())));
    const QString all = withoutSpace(pages.join(QString()));
    for (const ExportArticle &article : articles) {
        for (const Paragraph &paragraph : article.article.paragraphs)
            QVERIFY(all.contains(withoutSpace(paragraph.text)));
    }

    QVERIFY(!PdfExporter::render({}, nullptr, {}).ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter empty(&buffer);
    QCOMPARE(int(PdfExporter::render({}, &empty, {}).error().code), int(Error::Code::InvalidInput));
}

void TestPdfExporter::defaultPageSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("size");
    QTest::newRow("zh_CN") << u"zh_CN"_s << int(QPageSize::A4);
    QTest::newRow("zh_TW") << u"zh_TW"_s << int(QPageSize::A4);
    QTest::newRow("de_DE") << u"de_DE"_s << int(QPageSize::A4);
    QTest::newRow("en_GB") << u"en_GB"_s << int(QPageSize::A4);
    QTest::newRow("en_US") << u"en_US"_s << int(QPageSize::Letter);
    QTest::newRow("es_US") << u"es_US"_s << int(QPageSize::Letter);
    QTest::newRow("en_CA") << u"en_CA"_s << int(QPageSize::Letter);
    QTest::newRow("fr_CA") << u"fr_CA"_s << int(QPageSize::Letter);
    QTest::newRow("es_MX") << u"es_MX"_s << int(QPageSize::Letter);
    QTest::newRow("fil_PH") << u"fil_PH"_s << int(QPageSize::Letter);
    QTest::newRow("es_CL") << u"es_CL"_s << int(QPageSize::Letter);
    QTest::newRow("C") << u"C"_s << int(QPageSize::A4);
}

void TestPdfExporter::defaultPageSize()
{
    QFETCH(QString, locale);
    QFETCH(int, size);
    QCOMPARE(int(PdfExporter::defaultPageSize(QLocale(locale)).id()), size);
}

void TestPdfExporter::fontChoice_data()
{
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QString>("body"); // empty: an error
    QTest::addColumn<QString>("head");
    const QString uming = u"AR PL UMing CN"_s;
    const QString zenhei = u"WenQuanYi Zen Hei"_s;
    const QString microhei = u"WenQuanYi Micro Hei"_s;
    QTest::newRow("all") << QStringList{u"Noto Serif CJK SC"_s, microhei, zenhei, uming} << uming
                         << zenhei;
    QTest::newRow("Ming only") << QStringList{uming} << uming << uming;
    QTest::newRow("Hei only") << QStringList{microhei} << microhei << microhei;
    QTest::newRow("Noto only") << QStringList{u"Noto Sans CJK SC"_s, u"Noto Serif CJK SC"_s}
                               << QString() << QString();
    QTest::newRow("none") << QStringList{u"DejaVu Sans"_s} << QString() << QString();
}

void TestPdfExporter::fontChoice()
{
    QFETCH(QStringList, installed);
    QFETCH(QString, body);
    QFETCH(QString, head);
    const auto fonts = ExportFonts::choose(installed);
    if (body.isEmpty()) {
        QVERIFY(!fonts.ok());
        QCOMPARE(fonts.error().code, Error::Code::Font);
        QVERIFY2(fonts.errorMessage().contains(u"fonts-arphic-uming"_s),
                 qPrintable(fonts.errorMessage()));
        return;
    }
    QVERIFY(fonts.ok());
    QCOMPARE(fonts->body, body);
    QCOMPARE(fonts->head, head);
}

namespace {

// Chinese text of any length, without the characters that break lines early.
QString filler(int characters)
{
    static const QString sentence =
        u"沿岸居民说河水一年比一年清傍晚散步的人也越来越多社区志愿者每周都来巡河捡拾垃圾。"_s;
    QString text;
    while (text.size() < characters)
        text += sentence;
    return text.left(characters);
}

// A4 with the exporter's default margins, in points.
const QSizeF kA4(595.276, 841.89);
const QMarginsF kMargins(56.693, 56.693, 56.693, 56.693);

// Articles whose text ends at every line of a page: `step` characters more each.
QList<ExportArticle> boundaryArticles(int paragraphs, int firstLength, int step, int count,
                                      const QList<Caption> &captions)
{
    QList<ExportArticle> articles;
    for (int i = 0; i < count; ++i) {
        QStringList texts;
        for (int p = 0; p + 1 < paragraphs; ++p)
            texts << filler(300);
        texts << filler(firstLength + i * step);
        Article article = makeArticle(i + 1, u"河道治理见成效"_s, texts, u"林一"_s);
        article.captions = captions;
        articles.append({article, u"青溪日报"_s, u"要闻"_s});
    }
    return articles;
}

QString describe(const ArticleLayout::LineInfo &line)
{
    return u"block %1 line %2/%3"_s.arg(QString::number(line.block), QString::number(line.line + 1),
                                        QString::number(line.lines));
}

} // namespace

void TestPdfExporter::noWidowsOrphansOrLoneCaptions_data()
{
    QTest::addColumn<QList<ExportArticle>>("articles");
    const Caption two{filler(70), {9}, {}};
    const Caption credited{filler(50) + u"。本报记者 李华 摄"_s, {9}, u"李华"_s};
    const Caption one{filler(12), {9}, {}};
    // About 41 characters a line, 37 lines a page: every way the text can end.
    QTest::newRow("a two-line caption") << boundaryArticles(3, 40, 41, 40, {two});
    QTest::newRow("a caption with a credit") << boundaryArticles(3, 40, 41, 40, {credited});
    QTest::newRow("two captions") << boundaryArticles(2, 40, 41, 40, {two, one});
    QTest::newRow("short paragraphs") << boundaryArticles(12, 10, 7, 60, {two});
    QTest::newRow("no caption") << boundaryArticles(3, 40, 41, 40, {});
    QTest::newRow("a paragraph over pages") << boundaryArticles(1, 1400, 41, 80, {two});
    QTest::newRow("a paragraph over pages, no caption") << boundaryArticles(1, 1400, 41, 80, {});
}

// From the layout's own account of its pages: no paragraph leaves its first line
// alone at the foot of a page or its last at the top, and no caption stands at
// the top of a page while the text it goes with ends on the page before.
void TestPdfExporter::noWidowsOrphansOrLoneCaptions()
{
    QFETCH(QList<ExportArticle>, articles);
    const auto fonts = ExportFonts::installed();
    QVERIFY2(fonts.ok(), qPrintable(fonts.errorMessage()));
    const ArticleLayout layout(articles, *fonts, kA4, kMargins);
    int continued = 0; // pages that go on with an article: the test reaches the boundaries
    for (int page = 0; page < layout.pageCount(); ++page) {
        const QList<ArticleLayout::LineInfo> lines = layout.pageLines(page);
        QVERIFY(!lines.isEmpty());
        const auto where = [&](const ArticleLayout::LineInfo &line) {
            return qPrintable(u"page %1, article %2, %3"_s.arg(
                QString::number(page + 1), QString::number(line.article + 1), describe(line)));
        };
        const ArticleLayout::LineInfo &last = lines.last();
        QVERIFY2(!(last.part == ArticleLayout::Part::Paragraph && last.line == 0 && last.lines > 1),
                 where(last)); // an orphan
        if (layout.firstPage(lines.first().article) == page)
            continue;
        ++continued;
        const ArticleLayout::LineInfo &first = lines.first();
        QVERIFY2(!(first.part == ArticleLayout::Part::Paragraph && first.line == first.lines - 1 &&
                   first.lines > 1),
                 where(first)); // a widow
        if (first.part == ArticleLayout::Part::Caption) {
            for (const ArticleLayout::LineInfo &before : layout.pageLines(page - 1))
                QVERIFY2(before.part != ArticleLayout::Part::Paragraph, where(first));
        }
    }
    QVERIFY(continued >= 10);
}

// The same, read back from the PDF: the caption shares its page with the end of
// the paragraph before it.
void TestPdfExporter::captionTakesTheTextAlongInThePdf()
{
    const auto fonts = ExportFonts::installed();
    QVERIFY(fonts.ok());
    // The shortest text that no longer leaves room for the caption under it.
    const Caption caption{u"图为"_s + filler(68), {9}, {}};
    QList<ExportArticle> chosen;
    for (const ExportArticle &article : boundaryArticles(3, 40, 41, 40, {caption})) {
        if (ArticleLayout({article}, *fonts, kA4, kMargins).pageCount() > 1) {
            chosen = {article};
            break;
        }
    }
    QVERIFY2(!chosen.isEmpty(), "no article ends where the caption must move");
    const QString pdf = outPath(u"caption.pdf"_s);
    QVERIFY(PdfExporter::exportPdf(chosen, pdf).ok());
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 2);
    const QString second = withoutSpace(pages.at(1));
    QVERIFY2(second.contains(withoutSpace(caption.text)), qPrintable(second));
    QVERIFY(!withoutSpace(pages.at(0)).contains(withoutSpace(caption.text).left(12)));
    QVERIFY2(second.contains(withoutSpace(chosen.first().article.paragraphs.last().text.right(20))),
             qPrintable(second));
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
