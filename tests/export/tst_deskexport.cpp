// The researcher's exports, each read back: RIS records field by field, CSL-JSON
// items against the schema's required fields and types, CSV through an RFC 4180
// reader, Markdown for what it says and what it escapes, EPUB through libzip (the
// container's rules) and epubcheck.
#include "deskexporter.h"
#include "epubexporter.h"
#include "markdownexporter.h"
#include "strictskip.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace Broadsheet;

class TestDeskExport : public QObject
{
    Q_OBJECT

private slots:
    void ris();
    void cslJson();
    void csvRoundTrip();
    void markdown();
    void markdownEscapes_data();
    void markdownEscapes();
    void epubContainer();
    void epubcheckPasses();
    void nothingToExport();
    void writeFails();
};

namespace {

Paragraph paragraph(const QString &text)
{
    Paragraph p;
    p.text = text;
    return p;
}

// Three articles: one with everything (and text that needs quoting), one with
// nothing known but its text (which looks like markup), one of another paper.
QList<DeskExportItem> sampleItems()
{
    DeskExportItem full;
    full.article.record.id = 41;
    full.article.record.title = u"稳就业, 出台\"新政\""_s;
    full.article.record.kicker = u"引题"_s;
    full.article.record.subtitle = u"——副题"_s;
    full.article.record.authors = {u"张莹莹"_s, u"李明"_s};
    full.article.article.byline =
        Byline{u"本报记者 张莹莹 李明"_s, {}, full.article.record.authors, false};
    full.article.article.paragraphs = {paragraph(u"第一段，有逗号, 和\"引号\"。"_s),
                                       paragraph(u"第二段\r\n换行。"_s)};
    Caption caption;
    caption.text = u"图为招聘会现场。"_s;
    full.article.article.captions = {caption};
    full.article.paper = u"辽源日报"_s;
    full.article.date = QDate(2019, 2, 20);
    full.article.pageNumber = u"03"_s;
    full.article.sectionTitle = u"要闻"_s;
    full.article.issueTitle = u"辽源日报 2019-02-20"_s;
    full.note = u"对比去年政策。\n见第二段"_s;
    full.tags = {u"就业"_s, u"政策, 民生"_s};

    DeskExportItem bare;
    bare.article.record.id = 7;
    bare.article.record.title = u"*强调* [链接](x) <b>粗</b> & 1.5"_s;
    bare.article.issueTitle = u"某文件"_s;
    bare.article.article.paragraphs = {paragraph(u"# 不是标题"_s), paragraph(u"1. 不是列表"_s),
                                       paragraph(u"- 不是列表，而是“引语”……"_s),
                                       paragraph(u"控制\u0001字符与 C++ 和 a_b"_s)};

    DeskExportItem other;
    other.article.record.id = 99;
    other.article.record.title = u"另一份报纸"_s;
    other.article.record.authors = {u"王芳"_s};
    other.article.paper = u"人民日报"_s;
    other.article.date = QDate(2020, 1, 2);
    other.article.pageNumber = u"A2"_s;
    other.article.article.paragraphs = {paragraph(u"正文。"_s)};
    return {full, bare, other};
}

QString text(DeskFormat format, const QList<DeskExportItem> &items = sampleItems())
{
    const auto bytes = DeskExporter::render(format, items);
    if (!bytes)
        qFatal("export failed: %s", qPrintable(bytes.errorMessage()));
    return QString::fromUtf8(*bytes);
}

using RisRecord = QMultiMap<QString, QString>;

QList<RisRecord> parseRis(const QString &ris)
{
    static const QRegularExpression line(u"^([A-Z][A-Z0-9])  - (.*)$"_s);
    QList<RisRecord> records;
    RisRecord current;
    for (const QString &row : ris.split(u"\r\n"_s)) {
        if (row.isEmpty())
            continue;
        const auto match = line.match(row);
        if (!match.hasMatch())
            qFatal("not a RIS line: %s", qPrintable(row));
        if (match.captured(1) == u"ER"_s) {
            records << current;
            current.clear();
            continue;
        }
        current.insert(match.captured(1), match.captured(2));
    }
    if (!current.isEmpty())
        qFatal("a record without ER");
    return records;
}

QStringList values(const RisRecord &record, const QString &tag)
{
    QStringList list = record.values(tag);
    std::reverse(list.begin(), list.end()); // QMultiMap gives the last inserted first
    return list;
}

// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold
// commas, line breaks and doubled quotes.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            if (c == u'"' || c == u'\n' || c == u'\r')
                qFatal("unquoted special character in a CSV field");
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        qFatal("CSV does not end with a complete record");
    return rows;
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

QByteArray entry(zip_t *archive, const char *name)
{
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) < 0)
        return {};
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file)
        return {};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    return read == zip_int64_t(stat.size) ? bytes : QByteArray();
}

} // namespace

void TestDeskExport::ris()
{
    const QString ris = text(DeskFormat::Ris);
    const QList<RisRecord> records = parseRis(ris);
    QCOMPARE(records.size(), 3);
    const RisRecord &full = records[0];
    QCOMPARE(values(full, u"TY"_s), QStringList{u"NEWS"_s});
    QCOMPARE(values(full, u"TI"_s), QStringList{u"稳就业, 出台\"新政\""_s});
    QCOMPARE(values(full, u"AU"_s), (QStringList{u"张莹莹"_s, u"李明"_s}));
    QCOMPARE(values(full, u"T2"_s), QStringList{u"辽源日报"_s});
    QCOMPARE(values(full, u"DA"_s), QStringList{u"2019/02/20/"_s});
    QCOMPARE(values(full, u"PY"_s), QStringList{u"2019"_s});
    QCOMPARE(values(full, u"SP"_s), QStringList{u"3"_s});
    QCOMPARE(values(full, u"SE"_s), QStringList{u"要闻"_s});
    QCOMPARE(values(full, u"N1"_s), QStringList{u"对比去年政策。 见第二段"_s});
    QCOMPARE(values(full, u"KW"_s), (QStringList{u"就业"_s, u"政策, 民生"_s}));
    QCOMPARE(values(full, u"LA"_s), QStringList{u"zh"_s});
    // Nothing made up for what is not known.
    const RisRecord &bare = records[1];
    QCOMPARE(values(bare, u"TY"_s), QStringList{u"NEWS"_s});
    for (const QString &tag :
         {u"AU"_s, u"T2"_s, u"DA"_s, u"PY"_s, u"SP"_s, u"SE"_s, u"N1"_s, u"KW"_s})
        QVERIFY2(!bare.contains(tag), qPrintable(tag));
    QCOMPARE(values(records[2], u"SP"_s), QStringList{u"A2"_s});
    // Each record starts with TY and ends with ER.
    QVERIFY(ris.startsWith(u"TY  - NEWS\r\n"_s));
    QCOMPARE(ris.count(u"\r\nER  - \r\n"_s), 3);
}

void TestDeskExport::cslJson()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(text(DeskFormat::CslJson).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray items = document.array();
    QCOMPARE(items.size(), 3);
    QSet<QString> ids;
    for (const QJsonValue &value : items) {
        // The schema's required fields and their types.
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(u"id"_s).isString());
        QVERIFY(!item.value(u"id"_s).toString().isEmpty());
        ids.insert(item.value(u"id"_s).toString());
        QCOMPARE(item.value(u"type"_s).toString(), u"article-newspaper"_s);
        QCOMPARE(item.value(u"language"_s).toString(), u"zh"_s);
        if (item.contains(u"issued"_s)) {
            const QJsonArray parts =
                item.value(u"issued"_s).toObject().value(u"date-parts"_s).toArray();
            QCOMPARE(parts.size(), 1);
            for (const QJsonValue &part : parts.first().toArray())
                QVERIFY(part.isDouble() && part.toDouble() == double(part.toInt()));
        }
        for (const QJsonValue &author : item.value(u"author"_s).toArray())
            QVERIFY(author.toObject().value(u"literal"_s).isString());
    }
    QCOMPARE(ids.size(), 3);
    const QJsonObject full = items[0].toObject();
    QCOMPARE(full.value(u"title"_s).toString(), u"稳就业, 出台\"新政\""_s);
    QCOMPARE(full.value(u"author"_s).toArray().size(), 2);
    QCOMPARE(full.value(u"author"_s).toArray()[1].toObject().value(u"literal"_s).toString(),
             u"李明"_s);
    QCOMPARE(full.value(u"container-title"_s).toString(), u"辽源日报"_s);
    QCOMPARE(full.value(u"issued"_s).toObject().value(u"date-parts"_s).toArray(),
             (QJsonArray{QJsonArray{2019, 2, 20}}));
    QCOMPARE(full.value(u"page"_s).toString(), u"3"_s);
    QCOMPARE(full.value(u"section"_s).toString(), u"要闻"_s);
    QCOMPARE(full.value(u"note"_s).toString(), u"对比去年政策。\n见第二段"_s);
    const QJsonObject bare = items[1].toObject();
    QStringList keys = bare.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"id"_s, u"language"_s, u"title"_s, u"type"_s}));
}

void TestDeskExport::csvRoundTrip()
{
    const QList<DeskExportItem> items = sampleItems();
    const auto bytes = DeskExporter::render(DeskFormat::Csv, items);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes->mid(3)));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList{u"id"_s, u"title"_s, u"authors"_s, u"newspaper"_s, u"date"_s,
                                   u"page"_s, u"section"_s, u"tags"_s, u"note"_s, u"text"_s}));
    QCOMPARE(rows[1],
             (QStringList{u"41"_s, u"稳就业, 出台\"新政\""_s, u"张莹莹; 李明"_s, u"辽源日报"_s,
                          u"2019-02-20"_s, u"03"_s, u"要闻"_s, u"就业; 政策, 民生"_s,
                          u"对比去年政策。\n见第二段"_s,
                          u"第一段，有逗号, 和\"引号\"。\n第二段\r\n换行。\n图为招聘会现场。"_s}));
    QCOMPARE(rows[2][1], items[1].article.record.title);
    QCOMPARE(rows[2][3], QString());
    QCOMPARE(rows[2][4], QString());
    QCOMPARE(rows[2][9].split(u'\n').size(), 4);
    QCOMPARE(rows[3][0], u"99"_s);

    // And Python's csv module, as a script would read it, agrees.
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        BROADSHEET_SKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    QProcess process;
    QVERIFY(DeskExporter::write(DeskFormat::Csv, items, path));
    process.start(python,
                  {u"-c"_s,
                   u"import csv,json,sys\n"
                   "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                   "sys.stdout.buffer.write(json.dumps(rows).encode())"_s,
                   path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray parsed = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(parsed.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(parsed[i].toVariant().toStringList(), rows[i]);
}

void TestDeskExport::markdown()
{
    const QString md = text(DeskFormat::Markdown);
    QVERIFY(md.startsWith(u"# 稳就业, 出台\"新政\"\n\n"_s));
    QVERIFY(md.contains(u"\n*引题*\n"_s));
    QVERIFY(md.contains(u"\n*——副题*\n"_s));
    QVERIFY(md.contains(u"\n辽源日报 · 2019-02-20 · page 3 · 要闻\n"_s));
    QVERIFY(md.contains(u"\n本报记者 张莹莹 李明\n"_s));
    QVERIFY(md.contains(u"\n第一段，有逗号, 和\"引号\"。\n"_s));
    QVERIFY(md.contains(u"\n第二段\\\n换行。\n"_s));
    QVERIFY(md.contains(u"\n*图为招聘会现场。*\n"_s));
    QVERIFY(md.contains(u"\n> 对比去年政策。\\\n> 见第二段\n"_s));
    QVERIFY(md.contains(u"\nTags: 就业, 政策, 民生\n"_s));
    // The second article: its title and text are data, not markup.
    QVERIFY(md.contains(u"\n# \\*强调\\* \\[链接\\](x) \\<b\\>粗\\</b\\> & 1.5\n"_s));
    QVERIFY(md.contains(u"\n\\# 不是标题\n"_s));
    QVERIFY(md.contains(u"\n1\\. 不是列表\n"_s));
    QVERIFY(md.contains(u"\n\\- 不是列表，而是“引语”……\n"_s));
    QVERIFY(md.contains(u"C++ 和 a\\_b"_s));
    QVERIFY(md.contains(u"\n某文件\n"_s)); // where: only the file's title is known
    QCOMPARE(md.count(u"\n---\n"_s), 2);
}

void TestDeskExport::markdownEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("chinese punctuation")
        << u"“引语”，（括号）《书名》——！"_s << u"“引语”，（括号）《书名》——！"_s;
    QTest::newRow("emphasis") << u"a*b*c_d_"_s << u"a\\*b\\*c\\_d\\_"_s;
    QTest::newRow("link and html") << u"[x](y) <i>"_s << u"\\[x\\](y) \\<i\\>"_s;
    QTest::newRow("heading") << u"## 二"_s << u"\\## 二"_s;
    QTest::newRow("list") << u"+ 一"_s << u"\\+ 一"_s;
    QTest::newRow("ordered list") << u"12) 项"_s << u"12\\) 项"_s;
    QTest::newRow("numbers mid-line") << u"增长 1.5% - 2.0%"_s << u"增长 1.5% - 2.0%"_s;
    QTest::newRow("quote") << u"> 引"_s << u"\\> 引"_s;
    QTest::newRow("indented code") << u"    代码"_s << u"代码"_s;
    QTest::newRow("full-width indent kept") << u"　　正文"_s << u"　　正文"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
}

void TestDeskExport::markdownEscapes()
{
    QFETCH(QString, text);
    QTEST(MarkdownExporter::escaped(text), "markdown");
}

void TestDeskExport::epubContainer()
{
    const QList<DeskExportItem> items = sampleItems();
    const auto bytes = EpubExporter::render(items);
    QVERIFY2(bytes, qPrintable(bytes.errorMessage()));
    // What readers sniff: the first local header holds `mimetype`, stored, with
    // no extra field, so the type is at byte 38.
    QCOMPARE(bytes->left(4), QByteArray("PK\x03\x04"));
    QCOMPARE(bytes->mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(bytes->mid(38, 20), QByteArray("application/epub+zip"));

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(bytes->constData(), zip_uint64_t(bytes->size()), 0, &error);
    QVERIFY(source);
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    QVERIFY(archive);
    zip_error_fini(&error);

    QCOMPARE(QByteArray(zip_get_name(archive.get(), 0, 0)), QByteArray("mimetype"));
    zip_stat_t stat;
    QCOMPARE(zip_stat_index(archive.get(), 0, 0, &stat), 0);
    QCOMPARE(stat.comp_method, zip_uint16_t(ZIP_CM_STORE));
    QCOMPARE(entry(archive.get(), "mimetype"), QByteArray("application/epub+zip"));

    // container.xml points at the package document.
    QXmlStreamReader container(entry(archive.get(), "META-INF/container.xml"));
    QString opfPath;
    while (!container.atEnd()) {
        container.readNext();
        if (container.isStartElement() && container.name() == u"rootfile"_s)
            opfPath = container.attributes().value(u"full-path"_s).toString();
    }
    QVERIFY(!container.hasError());
    QCOMPARE(opfPath, u"OEBPS/content.opf"_s);

    // The manifest lists the nav and every chapter the archive holds; the spine
    // reads every chapter.
    QXmlStreamReader opf(entry(archive.get(), opfPath.toUtf8().constData()));
    QSet<QString> manifest;
    QString navHref;
    int spine = 0;
    QString language;
    QString identifier;
    while (!opf.atEnd()) {
        opf.readNext();
        if (!opf.isStartElement())
            continue;
        if (opf.name() == u"item"_s) {
            manifest.insert(opf.attributes().value(u"href"_s).toString());
            if (opf.attributes().value(u"properties"_s) == u"nav"_s)
                navHref = opf.attributes().value(u"href"_s).toString();
        } else if (opf.name() == u"itemref"_s) {
            ++spine;
        } else if (opf.qualifiedName() == u"dc:language"_s) {
            language = opf.readElementText();
        } else if (opf.qualifiedName() == u"dc:identifier"_s) {
            identifier = opf.readElementText();
        }
    }
    QVERIFY2(!opf.hasError(), qPrintable(opf.errorString()));
    QCOMPARE(navHref, u"nav.xhtml"_s);
    QCOMPARE(spine, 3);
    QCOMPARE(language, u"zh"_s);
    QVERIFY(identifier.startsWith(u"urn:uuid:"_s));
    int chapters = 0;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive.get(), 0); ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive.get(), zip_uint64_t(i), 0));
        if (!name.startsWith(u"OEBPS/article-"_s))
            continue;
        ++chapters;
        QVERIFY2(manifest.contains(name.mid(6)), qPrintable(name));
        // Each chapter is well-formed XML whose text is the article's, markup and all.
        QXmlStreamReader chapter(entry(archive.get(), name.toUtf8().constData()));
        QString all;
        QStringList elements;
        while (!chapter.atEnd()) {
            chapter.readNext();
            if (chapter.isCharacters())
                all += chapter.text();
            if (chapter.isStartElement())
                elements << chapter.name().toString();
        }
        QVERIFY2(!chapter.hasError(), qPrintable(chapter.errorString()));
        QVERIFY(!elements.contains(u"b"_s));
        if (all.contains(u"强调"_s)) {
            QVERIFY(all.contains(u"*强调* [链接](x) <b>粗</b> & 1.5"_s));
            QVERIFY(all.contains(u"控制字符"_s)); // the control character is dropped
        }
    }
    QCOMPARE(chapters, 3);
    QCOMPARE(manifest.size(), 5); // nav, style sheet, three chapters

    // The table of contents is grouped by paper, then day, in reading order.
    const QString nav = QString::fromUtf8(entry(archive.get(), "OEBPS/nav.xhtml"));
    const qsizetype liaoyuan = nav.indexOf(u"<span>辽源日报</span>"_s);
    const qsizetype day = nav.indexOf(u"<span>2019-02-20</span>"_s);
    const qsizetype file = nav.indexOf(u"<span>某文件</span>"_s);
    const qsizetype renmin = nav.indexOf(u"<span>人民日报</span>"_s);
    QVERIFY(liaoyuan >= 0 && liaoyuan < day && day < file && file < renmin);
}

void TestDeskExport::epubcheckPasses()
{
    const QString epubcheck = QStandardPaths::findExecutable(u"epubcheck"_s);
    if (epubcheck.isEmpty())
        BROADSHEET_SKIP("epubcheck is not installed (Debian: epubcheck)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"desk.epub"_s);
    const Status written = DeskExporter::write(DeskFormat::Epub, sampleItems(), path);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Debian's epubcheck is the jar itself, which only runs directly where the
    // kernel hands jars to Java (binfmt_misc): run it with java instead.
    const QString jar = QFileInfo(epubcheck).canonicalFilePath();
    if (jar.endsWith(u".jar"_s)) {
        const QString java = QStandardPaths::findExecutable(u"java"_s);
        if (java.isEmpty())
            BROADSHEET_SKIP("epubcheck needs java, which is not installed");
        process.start(java, {u"-jar"_s, jar, path});
    } else {
        process.start(epubcheck, {path});
    }
    QVERIFY2(process.waitForFinished(180000), qPrintable(process.errorString()));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(output.contains(u"No errors or warnings detected"_s), qPrintable(output));
}

void TestDeskExport::nothingToExport()
{
    for (const DeskFormat format : {DeskFormat::Ris, DeskFormat::CslJson, DeskFormat::Csv,
                                    DeskFormat::Markdown, DeskFormat::Epub}) {
        const auto bytes = DeskExporter::render(format, {});
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().code, Error::Code::InvalidInput);
    }
    for (const QString &name : deskFormatNames())
        QCOMPARE(deskFormatName(*deskFormatFromName(name)), name);
    QVERIFY(!deskFormatFromName(u"docx"));
}

void TestDeskExport::writeFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-such-folder/out.ris"_s);
    const Status status = DeskExporter::write(DeskFormat::Ris, sampleItems(), path);
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Io);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDeskExport)
#include "tst_deskexport.moc"
