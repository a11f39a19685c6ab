#include "cliprocess.h"
#include "library.h"
#include "readonlyfile.h"
#include "searchqueries.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// broadsheet-cli as users run it: a real process, its output and exit status.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void parsePrintsJson();
    void parseTree();
    void parseRefusesNonText_data();
    void parseRefusesNonText();
    void importListSearch();
    void listJsonGivesNewspaperIssues();
    void setMetadata();
    void searchCountAgreesWithSubstringCount_data();
    void searchCountAgreesWithSubstringCount();
    void searchJoinsItsWords();
    void searchCountsAsTheLibraryDoes();
    void searchFilters_data();
    void searchFilters();
    void searchSortsByDay();
    void timelineCsv_data();
    void timelineCsv();
    void unusableLibrary();
    void readOnlyFolder();
    void percentSignsInFileNames_data();
    void percentSignsInFileNames();
    void twoProcessesImportTheSameFiles();
    void deskExport_data();
    void deskExport();
    void deskExportUsage_data();
    void deskExportUsage();
    void deskExportFails();
    void deskExportCollection();
    void cite();
    void deskCommands();
    void deskUsageErrors_data();
    void deskUsageErrors();

private:
    static CliRun cli(const QStringList &arguments) { return runCli(arguments); }
    QString library() const { return m_dir->filePath(u"library.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString kSeed = QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt");

// Issue files with a masthead (paper and day, or none) and one page of
// articles; `words` is the word each article's body has (春耕 or 其他).
QByteArray datedIssue(const QString &masthead, const QString &page, const QStringList &words)
{
    QString text = masthead.isEmpty() ? QString() : masthead + u"\n\n"_s;
    text += page + u"\n\n"_s;
    for (qsizetype i = 0; i < words.size(); ++i)
        text +=
            u"第%1号文章标题\n\n本报讯(记者 王甲)今日消息,%2工作稳步推进。\n\n"_s.arg(i + 1).arg(
                words.at(i));
    return text.toUtf8();
}

// Four files: 辽源日报 of 2019-02-20 and 2019-03-05, 吉林日报 of 2020-01-10, and
// one undated; 春耕 is in 5 of their 7 articles.
bool writeDatedIssues(const QDir &dir)
{
    const QList<std::pair<QString, QByteArray>> files{
        {u"a.txt"_s,
         datedIssue(u"辽源日报 2019年2月20日 星期三"_s, u"第01版:要闻"_s, {u"春耕"_s, u"其他"_s})},
        {u"b.txt"_s,
         datedIssue(u"辽源日报 2019年3月5日 星期二"_s, u"第03版:经济"_s, {u"春耕"_s, u"春耕"_s})},
        {u"c.txt"_s,
         datedIssue(u"吉林日报 2020年1月10日 星期五"_s, u"第A2版:综合"_s, {u"春耕"_s, u"其他"_s})},
        {u"d.txt"_s, datedIssue(QString(), u"第01版:要闻"_s, {u"春耕"_s})},
    };
    for (const auto &[name, bytes] : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
    }
    // d.txt gives no date: a modification time past 2100 is not taken for one.
    QFile undated(dir.filePath(u"d.txt"_s));
    return undated.open(QIODevice::ReadWrite) &&
           undated.setFileTime(QDateTime(QDate(2150, 1, 1), QTime(12, 0)),
                               QFileDevice::FileModificationTime);
}

QStringList issueFiles()
{
    QStringList files{kSeed, QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt")};
    const QDir dir(QStringLiteral(BROADSHEET_TEST_DATA "/issues"));
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// An article's text as the JSON gives it: what search must see.
QString articleText(const QJsonObject &article)
{
    QStringList parts;
    for (const char *part : {"kicker", "title", "subtitle"}) {
        const QJsonValue value = article.value(QLatin1StringView(part));
        if (value.isObject())
            parts << value.toObject().value(u"text"_s).toString();
    }
    const QJsonObject byline = article.value(u"byline"_s).toObject();
    if (!byline.isEmpty() && !byline.value(u"inline"_s).toBool())
        parts << byline.value(u"text"_s).toString();
    for (const QJsonValue &p : article.value(u"paragraphs"_s).toArray())
        parts << p.toObject().value(u"text"_s).toString();
    for (const QJsonValue &c : article.value(u"captions"_s).toArray())
        parts << c.toObject().value(u"text"_s).toString();
    return parts.join(u'\n');
}

} // namespace

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::helpAndVersion()
{
    const CliRun help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"parse", "import", "search", "timeline", "list", "set-metadata",
                                "export-pdf", "export", "cite"})
        QVERIFY2(help.out.contains(command), command);
    const CliRun version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("broadsheet-cli " BROADSHEET_VERSION));
    const CliRun parseHelp = cli({u"parse"_s, u"--help"_s});
    QCOMPARE(parseHelp.exitCode, 0);
    QVERIFY(parseHelp.out.contains("--tree"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("parse without a file") << QStringList{u"parse"_s};
    QTest::newRow("unknown option") << QStringList{u"parse"_s, u"--bogus"_s, kSeed};
    QTest::newRow("search without words") << QStringList{u"search"_s};
    QTest::newRow("bad limit") << QStringList{u"search"_s, u"--limit"_s, u"many"_s, u"市"_s};
    QTest::newRow("bad kind") << QStringList{u"search"_s, u"--kind"_s, u"poem"_s, u"市"_s};
    QTest::newRow("no such day") << QStringList{u"search"_s, u"--from"_s, u"2019-02-30"_s, u"市"_s};
    QTest::newRow("day without dashes")
        << QStringList{u"search"_s, u"--to"_s, u"20190220"_s, u"市"_s};
    QTest::newRow("from after to") << QStringList{u"search"_s, u"--from"_s,     u"2020-01-01"_s,
                                                  u"--to"_s,   u"2019-01-01"_s, u"市"_s};
    QTest::newRow("bad sort") << QStringList{u"search"_s, u"--sort"_s, u"random"_s, u"市"_s};
    QTest::newRow("timeline without words") << QStringList{u"timeline"_s};
    QTest::newRow("timeline of spaces") << QStringList{u"timeline"_s, u"  "_s};
    QTest::newRow("timeline by week") << QStringList{u"timeline"_s, u"--by"_s, u"week"_s, u"市"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::parsePrintsJson()
{
    const CliRun run = cli({u"parse"_s, kSeed});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"format"_s).toInt(), 1);
    QCOMPARE(json.value(u"source"_s).toObject().value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(json.value(u"source"_s).toObject().value(u"lines"_s).toInt(), 144);
    const QJsonArray sections = json.value(u"sections"_s).toArray();
    QCOMPARE(sections.size(), 2);
    const QJsonObject first = sections[0].toObject().value(u"articles"_s).toArray()[0].toObject();
    QCOMPARE(first.value(u"title"_s).toObject().value(u"text"_s).toString(),
             u"规划引领 项目支撑 科学布局 统筹推进"_s);
    QCOMPARE(first.value(u"byline"_s).toObject().value(u"authors"_s).toArray()[0].toString(),
             u"王茵"_s);
    QVERIFY(json.value(u"unplaced"_s).toArray().isEmpty());
}

void TestCli::parseTree()
{
    const CliRun run = cli({u"parse"_s, u"--tree"_s, kSeed});
    QCOMPARE(run.exitCode, 0);
    const QString tree = QString::fromUtf8(run.out);
    QVERIFY(tree.contains(u"8 article"_s));
    QVERIFY(tree.contains(u"▹ 全市各界干部群众热议“三抓”项目建设年"_s));
    QVERIFY(tree.contains(u"[7] “一年之计在于春” — 于芯  (voxpop)"_s));
}

void TestCli::parseRefusesNonText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << u"ZIP"_s;
    QTest::newRow("nul bytes") << QByteArray("本报讯\0记者", 13) << u"NUL"_s;
}

void TestCli::parseRefusesNonText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString file = m_dir->filePath(u"issue.txt"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const CliRun run = cli({u"parse"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString message = QString::fromUtf8(run.err).trimmed();
    QVERIFY2(message.contains(file) && message.contains(reason), qPrintable(message));
    QCOMPARE(message.count(u'\n'), 0); // one line
}

void TestCli::importListSearch()
{
    const CliRun first = cli({u"import"_s, u"--library"_s, library(), kSeed,
                              QStringLiteral(BROADSHEET_TEST_DATA "/samples")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains("2 imported, 0 already present, 0 replaced, 0 failed."));
    const CliRun again = cli({u"import"_s, u"--library"_s, library(), kSeed});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already present"));

    const CliRun list = cli({u"list"_s, u"--library"_s, library()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("000_36b5ccdd5e2fe302"));
    QVERIFY(list.out.contains("8 article"));

    const CliRun search = cli({u"search"_s, u"--library"_s, library(), u"柴伟"_s});
    QCOMPARE(search.exitCode, 0);
    QVERIFY(QString::fromUtf8(search.out).contains(u"2 matching article"_s));
    QVERIFY(QString::fromUtf8(search.out).contains(u"[柴伟]"_s));

    const CliRun json =
        cli({u"search"_s, u"--library"_s, library(), u"--json"_s, u"--limit"_s, u"1"_s, u"市"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject results = QJsonDocument::fromJson(json.out).object();
    QVERIFY(results.value(u"total"_s).toInt() > 1);
    QCOMPARE(results.value(u"hits"_s).toArray().size(), 1);

    // A bad file among good ones: reported, and exit status 1.
    const QString bad = m_dir->filePath(u"bad.txt"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    const CliRun mixed = cli({u"import"_s, u"--library"_s, library(), bad, kSeed});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY(mixed.err.contains("bad.txt"));
    QVERIFY(mixed.out.contains("1 failed"));
}

namespace {

QByteArray readTestIssue(const QString &name)
{
    QFile file(QStringLiteral(BROADSHEET_TEST_DATA "/issues/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject sourced(const QString &value, const QString &source)
{
    return QJsonObject{{u"value"_s, value}, {u"source"_s, source}};
}

} // namespace

void TestCli::listJsonGivesNewspaperIssues()
{
    // Two page files of one issue (imported out of order), and a file of two
    // pages with a masthead: the next day's issue of the same paper.
    const QString page1 = m_dir->filePath(u"lyrb/2019-02-20/01.txt"_s);
    const QString page2 = m_dir->filePath(u"lyrb/2019-02-20/02.txt"_s);
    const QString next = m_dir->filePath(u"next.txt"_s);
    QVERIFY(writeBytes(page1, readTestIssue(u"t01_spring_farming.txt"_s)));
    QVERIFY(writeBytes(page2, readTestIssue(u"t16_grid_governance.txt"_s)));
    QVERIFY(writeBytes(next, "辽源日报 2019年2月21日 星期四 第1235期\n\n" +
                                 readTestIssue(u"t07_environment_jumps.txt"_s)));
    for (const QString &file : {page2, page1, next})
        QCOMPARE(cli({u"import"_s, u"--library"_s, library(), file}).exitCode, 0);

    const CliRun list = cli({u"list"_s, u"--library"_s, library(), u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray issues = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(issues.size(), 2);

    const QJsonObject first = issues[0].toObject();
    QCOMPARE(first[u"newspaper"_s].toObject(), sourced(u"辽源日报"_s, u"path"_s));
    QCOMPARE(first[u"date"_s].toObject(), sourced(u"2019-02-20"_s, u"path"_s));
    QVERIFY(first[u"edition"_s].isNull());
    const QString path1 = QFileInfo(page1).canonicalFilePath();
    const QString path2 = QFileInfo(page2).canonicalFilePath();
    QCOMPARE(first[u"files"_s].toArray(), (QJsonArray{path2, path1}));
    const QJsonArray pages = first[u"pages"_s].toArray();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0][u"number"_s].toObject(), sourced(u"01"_s, u"path"_s));
    QCOMPARE(pages[0][u"file"_s].toString(), path1);
    QVERIFY(pages[0][u"name"_s].isNull());
    QCOMPARE(pages[1][u"number"_s].toObject(), sourced(u"02"_s, u"path"_s));
    QCOMPARE(pages[1][u"file"_s].toString(), path2);
    const QJsonArray lines = pages[0][u"lines"_s].toArray();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].toInt() > 0 && lines[1].toInt() > lines[0].toInt());

    const QJsonObject second = issues[1].toObject();
    QCOMPARE(second[u"newspaper"_s].toObject(), sourced(u"辽源日报"_s, u"text"_s));
    QCOMPARE(second[u"date"_s].toObject(), sourced(u"2019-02-21"_s, u"text"_s));
    QCOMPARE(second[u"edition"_s].toObject(), sourced(u"第1235期"_s, u"text"_s));
    const QJsonArray nextPages = second[u"pages"_s].toArray();
    QCOMPARE(nextPages.size(), 2);
    QCOMPARE(nextPages[1][u"number"_s].toObject(), sourced(u"02"_s, u"text"_s));
    QCOMPARE(nextPages[1][u"name"_s].toObject(), sourced(u"要闻"_s, u"text"_s));
    QCOMPARE(nextPages[0][u"file"_s].toString(), nextPages[1][u"file"_s].toString());

    // The plain list names each file's paper and day.
    const CliRun plain = cli({u"list"_s, u"--library"_s, library()});
    QCOMPARE(plain.exitCode, 0);
    for (const QString &expected : {u"辽源日报"_s, u"2019-02-20"_s, u"2019-02-21"_s, path1})
        QVERIFY2(plain.outText().contains(expected), plain.out.constData());

    // Another copy of page 1 (other bytes): imported, and the user is told.
    const QString copy = m_dir->filePath(u"copy/lyrb_20190220_01.txt"_s);
    QVERIFY(writeBytes(copy, readTestIssue(u"t01_spring_farming.txt"_s) + "\n"));
    const CliRun again = cli({u"import"_s, u"--library"_s, library(), copy});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.outText().contains(u"the same page of the same issue is in "_s +
                                      QFileInfo(page1).canonicalFilePath()),
             again.out.constData());
    QVERIFY(cli({u"import"_s, u"--library"_s, library(), copy}).out.contains("already present"));
}

void TestCli::setMetadata()
{
    const QString scan = m_dir->filePath(u"box/scan.txt"_s);
    const QString other = m_dir->filePath(u"box/other.txt"_s);
    QVERIFY(writeBytes(scan, readTestIssue(u"t01_spring_farming.txt"_s)));
    QVERIFY(writeBytes(other, readTestIssue(u"t16_grid_governance.txt"_s)));
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), scan, other}).exitCode, 0);
    const auto ids = [&] {
        QList<qint64> found;
        const CliRun list = cli({u"list"_s, u"--library"_s, library(), u"--json"_s});
        for (const QJsonValue issue : QJsonDocument::fromJson(list.out).array())
            for (const QJsonValue id : issue[u"file_ids"_s].toArray())
                found << id.toInteger();
        std::sort(found.begin(), found.end());
        return found;
    }();
    QCOMPARE(ids.size(), 2);

    // By id and by path, both in one issue.
    const CliRun set =
        cli({u"set-metadata"_s, u"--library"_s, library(), u"--paper"_s, u"辽源日报"_s, u"--date"_s,
             u"2019-02-20"_s, u"--edition"_s, u"第12期"_s, QString::number(ids[0]), other});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(set.out.contains("2 file"));
    CliRun list = cli({u"list"_s, u"--library"_s, library(), u"--json"_s});
    QJsonArray issues = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0][u"newspaper"_s].toObject(), sourced(u"辽源日报"_s, u"user"_s));
    QCOMPARE(issues[0][u"date"_s].toObject(), sourced(u"2019-02-20"_s, u"user"_s));
    QCOMPARE(issues[0][u"edition"_s].toObject(), sourced(u"第12期"_s, u"user"_s));
    QCOMPARE(issues[0][u"files"_s].toArray().size(), 2);

    // An empty value removes what was set: the paper is unknown again.
    QCOMPARE(cli({u"set-metadata"_s, u"--library"_s, library(), u"--paper="_s, scan}).exitCode, 0);
    list = cli({u"list"_s, u"--library"_s, library(), u"--json"_s});
    issues = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(issues.size(), 2);
    QVERIFY(issues[1][u"newspaper"_s].isNull());
    QCOMPARE(issues[1][u"date"_s].toObject(), sourced(u"2019-02-20"_s, u"user"_s));

    // Usage errors, and a file that is not in the library.
    QCOMPARE(cli({u"set-metadata"_s, u"--library"_s, library(), scan}).exitCode, 2);
    QCOMPARE(cli({u"set-metadata"_s, u"--library"_s, library(), u"--date"_s, u"2019-02-30"_s, scan})
                 .exitCode,
             2);
    const CliRun missing = cli({u"set-metadata"_s, u"--library"_s, library(), u"--paper"_s,
                                u"人民日报"_s, m_dir->filePath(u"nowhere.txt"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains(u"not in the library"_s));
}

void TestCli::searchCountAgreesWithSubstringCount_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &query : {u"市"_s, u"的"_s, u"柴伟"_s, u"记者"_s, u"2019年"_s, u"6个"_s,
                                 u"。"_s, u"本报讯"_s, u"项目"_s, u"医院"_s, u"人物"_s})
        QTest::newRow(qPrintable(query)) << query;
}

void TestCli::searchCountAgreesWithSubstringCount()
{
    QFETCH(QString, query);
    int expected = 0;
    QStringList arguments{u"import"_s, u"--library"_s, library()};
    for (const QString &file : issueFiles()) {
        const CliRun parsed = cli({u"parse"_s, file});
        QCOMPARE(parsed.exitCode, 0);
        const QJsonArray sections =
            QJsonDocument::fromJson(parsed.out).object().value(u"sections"_s).toArray();
        for (const QJsonValue &section : sections) {
            for (const QJsonValue &article : section.toObject().value(u"articles"_s).toArray())
                expected += articleText(article.toObject()).contains(query) ? 1 : 0;
        }
        arguments << file;
    }
    QCOMPARE(cli(arguments).exitCode, 0);
    const CliRun count = cli({u"search"_s, u"--library"_s, library(), u"--count"_s, query});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out.trimmed().toInt(), expected);
}

void TestCli::searchJoinsItsWords()
{
    // The words of `search` are one query, read as the app reads its search box:
    // split by the shell or not, the same two words; a phrase is quoted inside.
    QStringList import{u"import"_s, u"--library"_s, library()};
    QCOMPARE(cli(import + issueFiles()).exitCode, 0);
    auto count = [&](const QStringList &words) {
        const CliRun run =
            cli(QStringList{u"search"_s, u"--library"_s, library(), u"--count"_s} + words);
        return run.exitCode == 0 ? run.out.trimmed().toInt() : -run.exitCode;
    };
    const int both = count({u"项目"_s, u"发展"_s});
    QVERIFY(both > 0);
    QCOMPARE(count({u"项目 发展"_s}), both);
    QCOMPARE(count({u"\"项目 发展\""_s}), 0);    // the phrase, space and all
    QVERIFY(count({u"项目"_s, u"-发展"_s}) < 0); // an option, to QCommandLineParser
    QVERIFY(count({u"--"_s, u"项目"_s, u"-发展"_s}) > 0);
    QCOMPARE(count({u"--"_s, u"项目"_s, u"OR"_s, u"发展"_s}), count({u"项目|发展"_s}));
    QVERIFY(count({u"项目"_s, u"OR"_s, u"发展"_s}) > both);
    // Traditional and simplified fold together unless asked not to.
    QCOMPARE(count({u"發展"_s}), count({u"发展"_s}));
    QCOMPARE(count({u"--exact-script"_s, u"發展"_s}), 0);

    const CliRun json = cli({u"search"_s, u"--library"_s, library(), u"--json"_s,
                             u"--exact-script"_s, u"--limit"_s, u"1"_s, u"项目"_s, u"發展"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject results = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(results.value(u"query"_s).toString(), u"项目 發展"_s);
    QCOMPARE(results.value(u"exact_script"_s).toBool(), true);
    QCOMPARE(results.value(u"terms"_s).toArray().size(), 2);
}

void TestCli::searchCountsAsTheLibraryDoes()
{
    // The queries every way of searching must count alike: broadsheet-cli against
    // the library read in this process (tst_search holds the library to a plain
    // scan, tst_searchresultsmodel the app's search panel to the library).
    QStringList import{u"import"_s, u"--library"_s, library()};
    QCOMPARE(cli(import + issueFiles()).exitCode, 0);
    auto opened = Broadsheet::Library::open(
        library(), Broadsheet::Library::Options{.access = Broadsheet::Library::Access::ReadOnly});
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    Broadsheet::Library &reader = **opened;
    for (const QString &query : SearchQueries::shared()) {
        for (const bool exactScript : {false, true}) {
            Broadsheet::SearchRequest request;
            request.text = query;
            request.exactScript = exactScript;
            request.limit = 0;
            const auto expected = reader.search(request);
            QVERIFY2(expected.ok(), qPrintable(expected.errorMessage()));
            QStringList arguments{u"search"_s, u"--library"_s, library(), u"--count"_s};
            if (exactScript)
                arguments << u"--exact-script"_s;
            arguments << u"--"_s;
            // As one argument, and as a shell splits it where it has no quotes.
            QList<QStringList> forms{{query}};
            if (!query.contains(u'"'))
                forms << query.split(u' ', Qt::SkipEmptyParts);
            for (const QStringList &words : forms) {
                const CliRun run = cli(arguments + words);
                QVERIFY2(run.exitCode == 0, qPrintable(query + u": "_s + run.errText()));
                QVERIFY2(
                    run.out.trimmed().toInt() == expected->total,
                    qPrintable(u"%1 (exact script: %2): %3, the library %4"_s.arg(
                        query, exactScript ? u"yes"_s : u"no"_s,
                        QString::fromUtf8(run.out.trimmed()), QString::number(expected->total))));
            }
        }
    }
}

void TestCli::searchFilters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QStringList() << 5;
    QTest::newRow("paper") << QStringList{u"--paper"_s, u"辽源日报"_s} << 3;
    QTest::newRow("other paper") << QStringList{u"--paper"_s, u"吉林日报"_s} << 1;
    QTest::newRow("paper with a quote") << QStringList{u"--paper"_s, u"辽源'日报"_s} << 0;
    QTest::newRow("from") << QStringList{u"--from"_s, u"2019-03-01"_s} << 3;
    QTest::newRow("to") << QStringList{u"--to"_s, u"2019-03-05"_s} << 3;
    QTest::newRow("one day") << QStringList{u"--from"_s, u"2019-02-20"_s, u"--to"_s,
                                            u"2019-02-20"_s}
                             << 1;
    QTest::newRow("page 1") << QStringList{u"--page"_s, u"1"_s} << 2;
    QTest::newRow("page 第3版") << QStringList{u"--page"_s, u"第3版"_s} << 2;
    QTest::newRow("page a02") << QStringList{u"--page"_s, u"a02"_s} << 1;
    QTest::newRow("section") << QStringList{u"--section"_s, u"经济"_s} << 2;
    QTest::newRow("section with %") << QStringList{u"--section"_s, u"%"_s} << 0;
    QTest::newRow("paper and page")
        << QStringList{u"--paper"_s, u"辽源日报"_s, u"--page"_s, u"01"_s} << 1;
}

void TestCli::searchFilters()
{
    QFETCH(QStringList, filters);
    QFETCH(int, count);
    QVERIFY(writeDatedIssues(QDir(m_dir->path())));
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_dir->path()}).exitCode, 0);
    const CliRun run = cli(QStringList{u"search"_s, u"--library"_s, library(), u"--count"_s} +
                           filters + QStringList{u"春耕"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray::number(count));
}

void TestCli::searchSortsByDay()
{
    QVERIFY(writeDatedIssues(QDir(m_dir->path())));
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_dir->path()}).exitCode, 0);
    for (const auto &[sort, days] :
         {std::pair(u"oldest"_s, QStringList{u"2019-02-20"_s, u"2019-03-05"_s, u"2019-03-05"_s,
                                             u"2020-01-10"_s, QString()}),
          std::pair(u"newest"_s, QStringList{u"2020-01-10"_s, u"2019-03-05"_s, u"2019-03-05"_s,
                                             u"2019-02-20"_s, QString()})}) {
        const CliRun run = cli(
            {u"search"_s, u"--library"_s, library(), u"--json"_s, u"--sort"_s, sort, u"春耕"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList found;
        QList<int> numbers;
        for (const QJsonValue &hit :
             QJsonDocument::fromJson(run.out).object().value(u"hits"_s).toArray()) {
            found << hit.toObject().value(u"date"_s).toString();
            numbers << hit.toObject().value(u"number"_s).toInt();
        }
        QCOMPARE(found, days);
        QCOMPARE(numbers.mid(1, 2), (QList<int>{1, 2})); // one day: in reading order
    }
    // The plain output says where each article was printed.
    const CliRun plain =
        cli({u"search"_s, u"--library"_s, library(), u"--paper"_s, u"吉林日报"_s, u"春耕"_s});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(QString::fromUtf8(plain.out).contains(u"吉林日报 2020-01-10"_s));
}

void TestCli::timelineCsv_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("csv");
    QTest::newRow("by month, the default")
        << QStringList() << u"period,matches,articles\n2019-02,1,2\n2019-03,2,2\n2020-01,1,2\n"_s;
    QTest::newRow("by year") << QStringList{u"--by"_s, u"year"_s}
                             << u"period,matches,articles\n2019,3,4\n2020,1,2\n"_s;
    QTest::newRow("by day, share")
        << QStringList{u"--by"_s, u"day"_s, u"--share"_s}
        << u"period,matches,articles,share\n2019-02-20,1,2,0.5000\n2019-03-05,2,2,1.0000\n"
           u"2020-01-10,1,2,0.5000\n"_s;
    QTest::newRow("one paper") << QStringList{u"--by"_s, u"year"_s, u"--paper"_s, u"吉林日报"_s}
                               << u"period,matches,articles\n2020,1,2\n"_s;
    QTest::newRow("no such paper")
        << QStringList{u"--paper"_s, u"人民日报"_s} << u"period,matches,articles\n"_s;
}

void TestCli::timelineCsv()
{
    QFETCH(QStringList, options);
    QFETCH(QString, csv);
    QVERIFY(writeDatedIssues(QDir(m_dir->path())));
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_dir->path()}).exitCode, 0);
    const CliRun run = cli(QStringList{u"timeline"_s, u"--library"_s, library()} + options +
                           QStringList{u"春耕"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), csv);
}

void TestCli::unusableLibrary()
{
    QFile file(library());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    for (const QStringList &arguments : {QStringList{u"list"_s}, QStringList{u"search"_s, u"市"_s},
                                         QStringList{u"import"_s, kSeed}}) {
        const CliRun run =
            cli(QStringList{arguments.first(), u"--library"_s, library()} + arguments.mid(1));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(QString::fromUtf8(run.err).contains(library()));
    }
    const CliRun missing = cli({u"list"_s, u"--library"_s, m_dir->filePath(u"none.sqlite"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no library"));
}

namespace {

// The library ids of the articles a query finds, oldest first.
QList<qint64> foundIds(const QString &library, const QString &query)
{
    const CliRun run = runCli({u"search"_s, u"--library"_s, library, u"--json"_s, u"--sort"_s,
                               u"oldest"_s, u"--limit"_s, u"100"_s, query});
    QList<qint64> ids;
    for (const QJsonValue &hit :
         QJsonDocument::fromJson(run.out).object().value(u"hits"_s).toArray())
        ids << hit.toObject().value(u"article"_s).toInteger();
    return ids;
}

} // namespace

void TestCli::deskExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("ris") << u"ris"_s;
    QTest::newRow("csl-json") << u"csl-json"_s;
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("markdown") << u"markdown"_s;
    QTest::newRow("epub") << u"epub"_s;
}

void TestCli::deskExport()
{
    QFETCH(QString, format);
    QVERIFY(writeDatedIssues(QDir(m_dir->path())));
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_dir->path()}).exitCode, 0);
    const QString path = m_dir->filePath(u"out."_s + format);
    const CliRun run = cli({u"export"_s, u"--library"_s, library(), u"--query"_s, u"春耕"_s,
                            u"--format"_s, format, u"-o"_s, path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("5 articles"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // Five articles (春耕 is in five), each as its format has them.
    if (format == u"ris"_s) {
        QCOMPARE(bytes.count("TY  - NEWS\r\n"), 5);
        QCOMPARE(bytes.count("\r\nER  - \r\n"), 5);
        QVERIFY(bytes.contains("T2  - 辽源日报\r\nDA  - 2019/02/20/\r\n"));
    } else if (format == u"csl-json"_s) {
        const QJsonArray items = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(items.size(), 5);
        // Oldest first, as asked.
        QCOMPARE(items.first().toObject().value(u"issued"_s).toObject().value(u"date-parts"_s),
                 QJsonValue(QJsonArray{QJsonArray{2019, 2, 20}}));
    } else if (format == u"csv"_s) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,title,authors,newspaper,date,page,section,tags,"
                                 "note,text\r\n"));
        QCOMPARE(bytes.count("\r\n"), 6);
    } else if (format == u"markdown"_s) {
        QCOMPARE(QString::fromUtf8(bytes).count(
                     QRegularExpression(u"^# "_s, QRegularExpression::MultilineOption)),
                 5);
    } else {
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QCOMPARE(bytes.mid(30, 28), QByteArray("mimetypeapplication/epub+zip"));
    }
    // By article id too, in the order given.
    const QList<qint64> ids = foundIds(library(), u"春耕"_s);
    QCOMPARE(ids.size(), 5);
    const CliRun byId = cli({u"export"_s, u"--library"_s, library(), u"--article"_s,
                             QString::number(ids[1]), u"--format"_s, format, u"-o"_s, path});
    QVERIFY2(byId.exitCode == 0, byId.err.constData());
    QVERIFY(byId.out.contains("1 article "));
}

void TestCli::deskExportUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList to{u"--format"_s, u"ris"_s, u"-o"_s, u"out.ris"_s};
    QTest::newRow("no articles") << to;
    QTest::newRow("two sources") << QStringList{u"--query"_s, u"市"_s, u"--article"_s, u"1"_s} + to;
    QTest::newRow("query and collection")
        << QStringList{u"--query"_s, u"市"_s, u"--collection"_s, u"读书"_s} + to;
    QTest::newRow("no format") << QStringList{u"--query"_s, u"市"_s, u"-o"_s, u"out.ris"_s};
    QTest::newRow("unknown format")
        << QStringList{u"--query"_s, u"市"_s, u"--format"_s, u"docx"_s, u"-o"_s, u"out.docx"_s};
    QTest::newRow("no output") << QStringList{u"--query"_s, u"市"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("bad article id") << QStringList{u"--article"_s, u"seven"_s} + to;
    QTest::newRow("a file name") << QStringList{u"--query"_s, u"市"_s, u"issue.txt"_s} + to;
}

void TestCli::deskExportUsage()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), kSeed}).exitCode, 0);
    const CliRun run = cli(QStringList{u"export"_s, u"--library"_s, library()} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(u"out.ris"_s));
}

void TestCli::deskExportFails()
{
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), kSeed}).exitCode, 0);
    const QStringList base{u"export"_s, u"--library"_s, library(), u"--format"_s, u"ris"_s};
    // Where nothing can be written: a folder that does not exist, a folder itself.
    for (const QString &target : {m_dir->filePath(u"none/out.ris"_s), m_dir->path()}) {
        const CliRun run = cli(base + QStringList{u"--query"_s, u"就业"_s, u"-o"_s, target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
    const QString out = m_dir->filePath(u"out.ris"_s);
    const CliRun none = cli(base + QStringList{u"--query"_s, u"没有这个词"_s, u"-o"_s, out});
    QCOMPARE(none.exitCode, 1);
    const CliRun missing = cli(base + QStringList{u"--article"_s, u"99999"_s, u"-o"_s, out});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("99999"));
    QVERIFY(!QFile::exists(out));
    // The library itself is not overwritten.
    const CliRun self = cli(base + QStringList{u"--query"_s, u"就业"_s, u"-o"_s, library()});
    QCOMPARE(self.exitCode, 1);
    QCOMPARE(cli({u"search"_s, u"--library"_s, library(), u"--count"_s, u"就业"_s}).exitCode, 0);
    // A library that cannot be used.
    const QString broken = m_dir->filePath(u"broken.sqlite"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const CliRun unusable = cli({u"export"_s, u"--library"_s, broken, u"--query"_s, u"市"_s,
                                 u"--format"_s, u"ris"_s, u"-o"_s, out});
    QCOMPARE(unusable.exitCode, 3);
}

void TestCli::deskExportCollection()
{
    QVERIFY(writeDatedIssues(QDir(m_dir->path())));
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_dir->path()}).exitCode, 0);
    const QList<qint64> ids = foundIds(library(), u"春耕"_s);
    QCOMPARE(ids.size(), 5);
    const QString first = QString::number(ids[0]);
    const QStringList lib{u"--library"_s, library()};
    QCOMPARE(
        cli(QStringList{u"collection"_s, u"add"_s} + lib +
            QStringList{u"读书"_s, u"--article"_s, first, u"--article"_s, QString::number(ids[2])})
            .exitCode,
        0);
    QCOMPARE(cli(QStringList{u"tag"_s, u"add"_s} + lib +
                 QStringList{u"春耕"_s, u"政策, 民生"_s, u"--article"_s, first})
                 .exitCode,
             0);
    QCOMPARE(
        cli(QStringList{u"note"_s, u"set"_s} + lib + QStringList{first, u"对比去年"_s}).exitCode,
        0);
    const QString path = m_dir->filePath(u"desk.json"_s);
    const CliRun run =
        cli(QStringList{u"export"_s} + lib +
            QStringList{u"--collection"_s, u"读书"_s, u"--format"_s, u"csl-json"_s, u"-o"_s, path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(items.size(), 2);
    // The desk's note and tags come along.
    const auto withNote = std::find_if(items.begin(), items.end(), [](const QJsonValue &item) {
        return item.toObject().contains(u"note"_s);
    });
    QVERIFY(withNote != items.end());
    QCOMPARE(withNote->toObject().value(u"note"_s).toString(), u"对比去年"_s);
    QVERIFY(withNote->toObject().value(u"keyword"_s).toString().contains(u"政策, 民生"_s));
    const CliRun missing = cli(QStringList{u"export"_s} + lib +
                               QStringList{u"--collection"_s, u"没有"_s, u"--format"_s, u"ris"_s,
                                           u"-o"_s, m_dir->filePath(u"x.ris"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir->filePath(u"x.ris"_s)));
}

void TestCli::cite()
{
    QVERIFY(writeDatedIssues(QDir(m_dir->path())));
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_dir->path()}).exitCode, 0);
    const QList<qint64> ids = foundIds(library(), u"春耕"_s);
    QCOMPARE(ids.size(), 5);
    const QString first = QString::number(ids.first()); // 辽源日报 2019-02-20, page 01
    const CliRun gbt = cli({u"cite"_s, u"--library"_s, library(), first});
    QVERIFY2(gbt.exitCode == 0, gbt.err.constData());
    QCOMPARE(gbt.outText(), u"王甲.第1号文章标题[N].辽源日报,2019-02-20(1).\n"_s);
    const CliRun chicago =
        cli({u"cite"_s, u"--library"_s, library(), u"--style"_s, u"chicago"_s, first});
    QVERIFY2(chicago.exitCode == 0, chicago.err.constData());
    QCOMPARE(chicago.outText(), u"王甲, “第1号文章标题,” 辽源日报, February 20, 2019, 1.\n"_s);
    // The undated file's article: no day, no paper, nothing in their place.
    const CliRun undated = cli({u"cite"_s, u"--library"_s, library(), QString::number(ids.last())});
    QCOMPARE(undated.exitCode, 0);
    QCOMPARE(undated.outText(), u"王甲.第1号文章标题[N](1).\n"_s);

    QCOMPARE(cli({u"cite"_s, u"--library"_s, library(), u"99999"_s}).exitCode, 1);
    QCOMPARE(cli({u"cite"_s, u"--library"_s, library(), u"--style"_s, u"apa"_s, first}).exitCode,
             2);
    QCOMPARE(cli({u"cite"_s, u"--library"_s, library()}).exitCode, 2);
    QCOMPARE(cli({u"cite"_s, u"--library"_s, library(), u"first"_s}).exitCode, 2);
}

void TestCli::deskCommands()
{
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), kSeed}).exitCode, 0);
    QList<qint64> ids;
    {
        auto opened = Broadsheet::Library::open(library());
        QVERIFY(opened.ok());
        const auto issues = (*opened)->issues();
        const auto articles = (*opened)->articles(issues->first().id);
        Broadsheet::SearchRequest request;
        request.text = u"柴伟"_s;
        const auto found = (*opened)->search(request);
        QList<qint64> byQuery;
        for (const Broadsheet::SearchHit &hit : found->hits)
            byQuery << hit.article.id;
        // ids[0]: one the query does not find.
        for (const Broadsheet::ArticleRecord &article : *articles) {
            if (!byQuery.contains(article.id))
                ids << article.id;
        }
    }
    const auto run = [&](QStringList arguments) {
        arguments.insert(2, u"--library"_s);
        arguments.insert(3, library());
        return cli(arguments);
    };
    // By query and by id; the name with a space, a quote and a percent sign.
    const QString name = u"my \"list\" 100%"_s;
    CliRun added = run({u"collection"_s, u"add"_s, name, u"--query"_s, u"柴伟"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.outText().startsWith(u"2 article"_s));
    added = run({u"collection"_s, u"add"_s, name, u"--article"_s, QString::number(ids[0]),
                 u"--article"_s, QString::number(ids[0])});
    QCOMPARE(added.exitCode, 0);
    CliRun list = run({u"collection"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray collections = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(collections.size(), 1);
    QCOMPARE(collections[0][u"name"_s].toString(), name);
    QCOMPARE(collections[0][u"articles"_s].toInt(), 3);
    list = run({u"collection"_s, u"list"_s});
    QVERIFY(list.outText().contains(name));
    QCOMPARE(run({u"collection"_s, u"show"_s, name}).out.count('\n'), 3);

    QCOMPARE(
        run({u"tag"_s, u"add"_s, u"待读"_s, u"done"_s, u"--article"_s, QString::number(ids[0])})
            .exitCode,
        0);
    QCOMPARE(
        run({u"tag"_s, u"remove"_s, u"done"_s, u"--article"_s, QString::number(ids[0])}).exitCode,
        0);
    QCOMPARE(run({u"tag"_s, u"list"_s}).outText(), u"待读\n"_s);
    const QString note = u"**要点**\n- 一"_s;
    QCOMPARE(run({u"note"_s, u"set"_s, QString::number(ids[0]), note}).exitCode, 0);
    const CliRun shown = run({u"note"_s, u"show"_s, QString::number(ids[0])});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.outText(), note + u'\n');
    QVERIFY(shown.err.contains("待读"));
    QCOMPARE(run({u"note"_s, u"show"_s, u"999999"_s}).exitCode, 1);
    QCOMPARE(cli({u"search"_s, u"--library"_s, library(), u"--count"_s, u"tag:待读 has:note"_s})
                 .outText()
                 .trimmed(),
             u"1"_s);

    // Export, into another library, and back out the same.
    const QString desk = m_dir->filePath(u"desk.json"_s);
    QCOMPARE(run({u"collections"_s, u"export"_s, u"--collection"_s, name, u"-o"_s, desk}).exitCode,
             0);
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QCOMPARE(cli({u"import"_s, u"--library"_s, other, kSeed}).exitCode, 0);
    CliRun imported = cli({u"collections"_s, u"import"_s, u"--library"_s, other, desk});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    for (const char *count : {"1 collection", "3 article", "1 tag", "1 note"})
        QVERIFY2(imported.out.contains(count), imported.out.constData());
    const CliRun again = cli({u"collections"_s, u"export"_s, u"--library"_s, other});
    QFile written(desk);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(again.out, written.readAll());
    // An empty library: the articles are kept for their file, and said to be missing.
    const QString empty = m_dir->filePath(u"empty.sqlite"_s);
    imported = cli({u"collections"_s, u"import"_s, u"--library"_s, empty, desk});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.outText().contains(u"3 article"_s) &&
                 imported.outText().contains(u"not in this library"_s),
             imported.out.constData());

    QVERIFY(writeBytes(m_dir->filePath(u"bad.json"_s), "{]"));
    imported =
        cli({u"collections"_s, u"import"_s, u"--library"_s, other, m_dir->filePath(u"bad.json"_s)});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY(imported.err.contains("not JSON"));

    QCOMPARE(run({u"collection"_s, u"remove"_s, name}).exitCode, 0);
    QCOMPARE(run({u"collection"_s, u"remove"_s, name}).exitCode, 1);
    QVERIFY(QJsonDocument::fromJson(run({u"collection"_s, u"list"_s, u"--json"_s}).out)
                .array()
                .isEmpty());
}

void TestCli::deskUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("collection without action") << QStringList{u"collection"_s};
    QTest::newRow("unknown action") << QStringList{u"collection"_s, u"frob"_s};
    QTest::newRow("add without articles") << QStringList{u"collection"_s, u"add"_s, u"x"_s};
    QTest::newRow("add with both") << QStringList{
        u"collection"_s, u"add"_s, u"x"_s, u"--query"_s, u"a"_s, u"--article"_s, u"1"_s};
    QTest::newRow("add without a name")
        << QStringList{u"collection"_s, u"add"_s, u" "_s, u"--article"_s, u"1"_s};
    QTest::newRow("bad article id")
        << QStringList{u"tag"_s, u"add"_s, u"x"_s, u"--article"_s, u"abc"_s};
    QTest::newRow("tag without articles") << QStringList{u"tag"_s, u"add"_s, u"x"_s};
    QTest::newRow("tag without tags") << QStringList{u"tag"_s, u"add"_s, u"--article"_s, u"1"_s};
    QTest::newRow("note set without text") << QStringList{u"note"_s, u"set"_s, u"1"_s};
    QTest::newRow("collections import without file") << QStringList{u"collections"_s, u"import"_s};
}

void TestCli::deskUsageErrors()
{
    QFETCH(QStringList, arguments);
    arguments << u"--library"_s << library();
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::readOnlyFolder()
{
    const QString folder = m_dir->filePath(u"shared"_s);
    const QString file = folder + u"/library.sqlite"_s;
    QCOMPARE(cli({u"import"_s, u"--library"_s, file, kSeed}).exitCode, 0);
    const ReadOnlyFolder readOnly(folder);
    if (!readOnly.isReadOnly())
        BROADSHEET_SKIP("running as root on a file system without chattr +i");

    const CliRun list = cli({u"list"_s, u"--library"_s, file});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(list.out.contains("000_36b5ccdd5e2fe302"));
    const CliRun search = cli({u"search"_s, u"--library"_s, file, u"--count"_s, u"柴伟"_s});
    QVERIFY2(search.exitCode == 0, search.err.constData());
    QCOMPARE(search.out.trimmed(), QByteArray("2"));
    const CliRun import = cli({u"import"_s, u"--library"_s, file,
                               QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt")});
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(import.err.contains("read-only"), import.err.constData());
}

void TestCli::percentSignsInFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("%2") << u"big%2x.txt"_s;
    QTest::newRow("%1 and %2") << u"%1 and %2.txt"_s;
    QTest::newRow("%L1") << u"rate %L1 %%.txt"_s;
    QTest::newRow("%99") << u"%99 issue.txt"_s;
}

void TestCli::percentSignsInFileNames()
{
    // Names are text: no message substitutes into them.
    QFETCH(QString, name);
    const QString folder = m_dir->filePath(name + u".d"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString good = folder + u'/' + name;
    QVERIFY(QFile::copy(kSeed, good));
    const QString bad = m_dir->filePath(name);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    const QString libraryFile = folder + u"/library %1.sqlite"_s;

    const CliRun parse = cli({u"parse"_s, bad});
    QCOMPARE(parse.exitCode, 1);
    QVERIFY2(parse.errText().contains(bad), parse.err.constData());

    const CliRun import = cli({u"import"_s, u"--library"_s, libraryFile, good, bad});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.outText().contains(good), import.out.constData());
    QVERIFY2(import.errText().contains(bad), import.err.constData());

    const CliRun list = cli({u"list"_s, u"--library"_s, libraryFile});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.outText().contains(QFileInfo(good).canonicalFilePath()), list.out.constData());

    const CliRun empty = cli({u"list"_s, u"--library"_s, m_dir->filePath(u"none %1.sqlite"_s)});
    QVERIFY(empty.errText().contains(u"none %1.sqlite"_s) ||
            empty.outText().contains(u"none %1.sqlite"_s));

    const CliRun noArticle = cli(
        {u"export-pdf"_s, good, u"--article"_s, u"99"_s, u"-o"_s, m_dir->filePath(u"out.pdf"_s)});
    QCOMPARE(noArticle.exitCode, 1);
    QVERIFY2(noArticle.errText().contains(good + u" has no article 99"_s),
             noArticle.err.constData());
}

void TestCli::twoProcessesImportTheSameFiles()
{
    // Large files, so that parsing (between the first look-up and the write)
    // takes long enough for the two importers to overlap.
    QStringList files;
    const QByteArray seed = [] {
        QFile file(kSeed);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!seed.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const QString path = m_dir->filePath(u"big-%1.txt"_s.arg(QString::number(i)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int copy = 0; copy < 40; ++copy)
            file.write(seed + QByteArray::number(i * 100 + copy) + "\n");
        files << path;
    }
    for (int round = 0; round < 3; ++round) {
        const QString libraryFile =
            m_dir->filePath(u"race-%1.sqlite"_s.arg(QString::number(round)));
        QProcess processes[2];
        for (QProcess &process : processes)
            process.start(QStringLiteral(BROADSHEET_CLI),
                          QStringList{u"import"_s, u"--library"_s, libraryFile} + files);
        QString output;
        for (QProcess &process : processes) {
            QVERIFY(process.waitForFinished(120000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(err));
            output += QString::fromUtf8(process.readAllStandardOutput());
        }
        QCOMPARE(output.count(u"imported: "_s), files.size());
        QCOMPARE(output.count(u"already present: "_s), files.size());
        // One newspaper issue (one paper, one date) of three files.
        const CliRun list = cli({u"list"_s, u"--library"_s, libraryFile, u"--json"_s});
        qsizetype listed = 0;
        for (const QJsonValue &issue : QJsonDocument::fromJson(list.out).array())
            listed += issue.toObject().value(u"files"_s).toArray().size();
        QCOMPARE(listed, files.size());
    }
}

#include "tst_cli.moc"
