#include "cliprocess.h"
#include "library.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// broadsheet-cli corrections, show and search's confidence options, as users run
// them: a real process, its output and exit status.
class TestCliLibraryCorrections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportImportShow();
    void importReportsRefusals();
    void badInput_data();
    void badInput();
    void searchByConfidence();
    void importSaysWhatWasNotKept();

private:
    QString library(const QString &name = u"library.sqlite"_s) const
    {
        return m_dir->filePath(name);
    }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    static CliRun cli(const QStringList &arguments) { return runCli(arguments); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_issue;
};

namespace {

const QString kIssue =
    QStringLiteral(BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.txt");
const QString kCorrections =
    QStringLiteral(BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.corrections.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

void TestCliLibraryCorrections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_issue = file(u"c01.txt"_s);
    QVERIFY(QFile::copy(kIssue, m_issue));
    m_issue = QFileInfo(m_issue).canonicalFilePath();
}

void TestCliLibraryCorrections::exportImportShow()
{
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_issue}).exitCode, 0);
    const CliRun plain = cli({u"show"_s, u"--library"_s, library(), u"1"_s});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out, cli({u"parse"_s, m_issue}).out);

    const CliRun imported =
        cli({u"corrections"_s, u"import"_s, u"--library"_s, library(), kCorrections});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(imported.outText().contains(u"2 correction"_s));
    // The stored issue is the parse with the corrections applied.
    const CliRun shown = cli({u"show"_s, u"--library"_s, library(), u"1"_s});
    QCOMPARE(shown.exitCode, 0);
    const CliRun parsed = cli({u"parse"_s, u"--corrections"_s, kCorrections, m_issue});
    QCOMPARE(parsed.exitCode, 0);
    QVERIFY(shown.out != plain.out);
    QCOMPARE(shown.out, parsed.out);

    // Exported, to stdout and to a file, then into another library with the same file.
    const CliRun exported = cli({u"corrections"_s, u"export"_s, u"--library"_s, library(), u"1"_s});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(json[u"format"_s].toInt(), 1);
    QCOMPARE(json[u"operations"_s].toArray().size(), 2);
    QCOMPARE(json[u"operations"_s].toArray()[0][u"texts"_s].toObject().size(), 2);
    const QString out = file(u"out.json"_s);
    QCOMPARE(cli({u"corrections"_s, u"export"_s, u"--library"_s, library(), u"1"_s, u"-o"_s, out})
                 .exitCode,
             0);
    QCOMPARE(readAll(out), exported.out);
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(u"other.sqlite"_s), m_issue}).exitCode, 0);
    QCOMPARE(cli({u"corrections"_s, u"import"_s, u"--library"_s, library(u"other.sqlite"_s), out})
                 .exitCode,
             0);
    QCOMPARE(cli({u"show"_s, u"--library"_s, library(u"other.sqlite"_s), u"1"_s}).out, shown.out);
}

void TestCliLibraryCorrections::importReportsRefusals()
{
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_issue}).exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(readAll(kCorrections)).object();
    QJsonArray operations = json[u"operations"_s].toArray();
    operations.append(QJsonObject{{u"op"_s, u"split"_s}, {u"before_line"_s, 999}});
    json[u"operations"_s] = operations;
    const QString partial = file(u"partial.json"_s);
    QVERIFY(writeAll(partial, QJsonDocument(json).toJson()));
    const CliRun run = cli({u"corrections"_s, u"import"_s, u"--library"_s, library(), partial});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.outText().contains(u"1 refused"_s));
    QVERIFY(run.errText().contains(u"correction 3"_s));
    // The two that could be applied were.
    QCOMPARE(cli({u"show"_s, u"--library"_s, library(), u"1"_s}).out,
             cli({u"parse"_s, u"--corrections"_s, kCorrections, m_issue}).out);
}

void TestCliLibraryCorrections::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing file") << QStringList{u"corrections"_s, u"import"_s, u"nothere.json"_s}
                                  << 1 << u"nothere.json"_s;
    QTest::newRow("malformed JSON")
        << QStringList{u"corrections"_s, u"import"_s, u"@bad"_s} << 1 << u"bad.json"_s;
    QTest::newRow("unknown file's corrections")
        << QStringList{u"corrections"_s, u"import"_s, u"@unknown"_s} << 1 << u"sha256"_s;
    QTest::newRow("export: unknown issue")
        << QStringList{u"corrections"_s, u"export"_s, u"99"_s} << 1 << u"no longer"_s;
    QTest::newRow("show: unknown issue") << QStringList{u"show"_s, u"99"_s} << 1 << u"no longer"_s;
    QTest::newRow("show: not an id") << QStringList{u"show"_s, u"abc"_s} << 2 << u"abc"_s;
    QTest::newRow("export: no id") << QStringList{u"corrections"_s, u"export"_s} << 2 << QString();
    QTest::newRow("import: no file")
        << QStringList{u"corrections"_s, u"import"_s} << 2 << QString();
    QTest::newRow("no action") << QStringList{u"corrections"_s} << 2 << QString();
    QTest::newRow("unknown action") << QStringList{u"corrections"_s, u"undo"_s} << 2 << u"undo"_s;
    QTest::newRow("bad confidence")
        << QStringList{u"search"_s, u"--max-confidence"_s, u"2"_s, u"白沙"_s} << 2 << u"0 to 1"_s;
    QTest::newRow("bad order") << QStringList{u"search"_s, u"--sort"_s, u"doubtful"_s, u"白沙"_s}
                               << 2 << u"least-confident"_s;
}

void TestCliLibraryCorrections::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_issue}).exitCode, 0);
    QVERIFY(writeAll(file(u"bad.json"_s), "{\"format\": 1, \"operations\": [{\"op\""));
    QJsonObject unknown = QJsonDocument::fromJson(readAll(kCorrections)).object();
    unknown[u"source_sha256"_s] = QString(64, u'a');
    QVERIFY(writeAll(file(u"unknown.json"_s), QJsonDocument(unknown).toJson()));
    for (QString &argument : arguments) {
        if (argument.startsWith(u'@'))
            argument = file(argument.mid(1) + u".json"_s);
    }
    arguments.insert(1, u"--library"_s);
    arguments.insert(2, library());
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(run.errText().contains(words), run.err.constData());
    QVERIFY(run.out.isEmpty() || exitCode != 2);
}

void TestCliLibraryCorrections::searchByConfidence()
{
    const QDir issues(QStringLiteral(BROADSHEET_TEST_DATA "/issues"));
    QStringList files{QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt")};
    for (const QString &name : issues.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << issues.filePath(name);
    QCOMPARE(cli(QStringList{u"import"_s, u"--library"_s, library()} + files).exitCode, 0);
    const auto search = [&](const QStringList &options) {
        const CliRun run = cli(QStringList{u"search"_s, u"--library"_s, library(), u"--json"_s,
                                           u"--limit"_s, u"10000"_s} +
                               options + QStringList{u"的"_s});
        return QJsonDocument::fromJson(run.out).object();
    };
    const QJsonObject all = search({});
    const QJsonObject unsure = search({u"--max-confidence"_s, u"0.99"_s});
    QVERIFY(unsure[u"total"_s].toInt() > 0);
    QVERIFY(unsure[u"total"_s].toInt() < all[u"total"_s].toInt());
    for (const QJsonValue hit : unsure[u"hits"_s].toArray())
        QVERIFY(hit[u"confidence"_s].toDouble() <= 0.99);
    const QJsonObject sorted = search({u"--sort"_s, u"least-confident"_s});
    QCOMPARE(sorted[u"total"_s].toInt(), all[u"total"_s].toInt());
    const QJsonArray hits = sorted[u"hits"_s].toArray();
    QVERIFY(hits.first()[u"confidence"_s].toDouble() < 1.0);
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits[i - 1][u"confidence"_s].toDouble() <= hits[i][u"confidence"_s].toDouble());
}

void TestCliLibraryCorrections::importSaysWhatWasNotKept()
{
    QCOMPARE(cli({u"import"_s, u"--library"_s, library(), m_issue}).exitCode, 0);
    QCOMPARE(cli({u"corrections"_s, u"import"_s, u"--library"_s, library(), kCorrections}).exitCode,
             0);
    QByteArray changed = readAll(m_issue);
    changed.replace("二十多名学生", "三十多名学生");
    QVERIFY(writeAll(m_issue, changed));
    const CliRun run = cli({u"import"_s, u"--library"_s, library(), m_issue});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(u"correction 2"_s) && run.outText().contains(u"not kept"_s),
             run.out.constData());
    QVERIFY(!run.outText().contains(u"correction 1"_s));
}

QTEST_GUILESS_MAIN(TestCliLibraryCorrections)
#include "tst_clilibrarycorrections.moc"
