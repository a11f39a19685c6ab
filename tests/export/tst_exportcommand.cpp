#include "cliprocess.h"
#include "exporttestsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTest;
using namespace Qt::StringLiterals;

// broadsheet-cli export-pdf as users run it: a real process, its output and exit status.
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportsChosenArticles();
    void exportsAll();
    void failures_data();
    void failures();
    void noChineseFont();
    void neverReplacesAnythingButAPdf();
    void usageErrors_data();
    void usageErrors();

private:
    static CliRun
    cli(const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        CliOptions options;
        options.environment = environment;
        options.timeoutMs = 60000;
        return runCli(arguments, options);
    }
    QString outPath(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString kSeed = QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt");

} // namespace

void TestExportCommand::initTestCase()
{
    for (const QString &name : {u"pdftotext"_s, u"pdfinfo"_s}) {
        if (tool(name).isEmpty())
            QFAIL(qPrintable(missingToolMessage(name)));
    }
}

void TestExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportCommand::exportsChosenArticles()
{
    const QString pdf = outPath(u"two.pdf"_s);
    const CliRun run =
        cli({u"export-pdf"_s, kSeed, u"--article"_s, u"4"_s, u"--article"_s, u"2"_s, u"-o"_s, pdf});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().isEmpty(), qPrintable(run.errText()));
    QVERIFY2(run.outText().contains(pdf), qPrintable(run.outText())); // says where
    QVERIFY(run.outText().contains(u"2 article"_s));
    // In the order asked for, each from a new page.
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 2);
    QVERIFY(withoutSpace(pages.at(0)).contains(u"抓项目就是抓发展"_s));
    QVERIFY(withoutSpace(pages.at(1)).contains(u"我市在全省率先出台新政稳就业"_s));
    // Several articles of one issue: the issue's title (here the file's: no masthead).
    QCOMPARE(pdfInfo(pdf, u"Title"_s), u"000_36b5ccdd5e2fe302"_s);
    QCOMPARE(pdfInfo(pdf, u"Author"_s), u"李锋、张莹莹"_s);
}

void TestExportCommand::exportsAll()
{
    const QString pdf = outPath(u"all.pdf"_s);
    const CliRun run = cli({u"export-pdf"_s, kSeed, u"--all"_s, u"--output"_s, pdf});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(u"8 article"_s));
    const QString text = withoutSpace(pdfPages(pdf).join(QString()));
    for (const QString &title : {u"规划引领项目支撑科学布局统筹推进"_s, u"心中有信仰脚下有力量"_s})
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(pdfInfo(pdf, u"Pages"_s).toInt() >= 8);
}

void TestExportCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString out = u"@OUT@/out.pdf"_s;
    QTest::newRow("unknown article")
        << QStringList{kSeed, u"--article"_s, u"99"_s, u"-o"_s, out} << u"99"_s;
    QTest::newRow("one unknown among known")
        << QStringList{kSeed, u"--article"_s, u"1"_s, u"--article"_s, u"9"_s, u"-o"_s, out}
        << u"no article 9"_s;
    QTest::newRow("missing issue file")
        << QStringList{u"@OUT@/none.txt"_s, u"--all"_s, u"-o"_s, out} << u"none.txt"_s;
    QTest::newRow("unwritable path")
        << QStringList{kSeed, u"--article"_s, u"1"_s, u"-o"_s, u"@OUT@/missing/out.pdf"_s}
        << u"missing/out.pdf"_s;
    QTest::newRow("output is a folder")
        << QStringList{kSeed, u"--article"_s, u"1"_s, u"-o"_s, u"@OUT@"_s}
        << u"cannot be written"_s;
}

// Exit status 1 and one line on stderr that says why; no file written.
void TestExportCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    arguments.replaceInStrings(u"@OUT@"_s, m_dir->path());
    const CliRun run = cli(QStringList{u"export-pdf"_s} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.outText().isEmpty());
    const QString message = run.errText().trimmed();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(message.count(u'\n'), 0);
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

// -o replaces an earlier export, but never the issue itself or any other file.
void TestExportCommand::neverReplacesAnythingButAPdf()
{
    const QString notes = outPath(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    const CliRun refused = cli({u"export-pdf"_s, kSeed, u"--all"_s, u"-o"_s, notes});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(u"not replaced"_s), qPrintable(refused.errText()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes"));
    file.close();

    const QString pdf = outPath(u"again.pdf"_s);
    QCOMPARE(cli({u"export-pdf"_s, kSeed, u"--article"_s, u"1"_s, u"-o"_s, pdf}).exitCode, 0);
    const CliRun replaced = cli({u"export-pdf"_s, kSeed, u"--article"_s, u"2"_s, u"-o"_s, pdf});
    QCOMPARE(replaced.exitCode, 0);
}

// Without the fonts that round-trip, a clear error naming the package to install.
void TestExportCommand::noChineseFont()
{
    const QString config = outPath(u"fonts.conf"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<?xml version=\"1.0\"?>\n<fontconfig><cachedir>%1</cachedir>"
                              "</fontconfig>\n")
                   .arg(outPath(u"cache"_s))
                   .toUtf8());
    file.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FONTCONFIG_FILE"_s, config);
    const QString pdf = outPath(u"out.pdf"_s);
    const CliRun run =
        cli({u"export-pdf"_s, kSeed, u"--article"_s, u"1"_s, u"-o"_s, pdf}, environment);
    QCOMPARE(run.exitCode, 1);
    const QString message = run.errText().trimmed();
    QVERIFY2(message.contains(u"fonts-arphic-uming"_s), qPrintable(message));
    QCOMPARE(message.count(u'\n'), 0);
    QVERIFY(!QFile::exists(pdf));
}

void TestExportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = u"@OUT@/out.pdf"_s;
    QTest::newRow("no file") << QStringList{u"--all"_s, u"-o"_s, out};
    QTest::newRow("two files") << QStringList{kSeed, kSeed, u"--all"_s, u"-o"_s, out};
    QTest::newRow("no articles chosen") << QStringList{kSeed, u"-o"_s, out};
    QTest::newRow("both --all and --article")
        << QStringList{kSeed, u"--all"_s, u"--article"_s, u"1"_s, u"-o"_s, out};
    QTest::newRow("no output") << QStringList{kSeed, u"--all"_s};
    QTest::newRow("not a number") << QStringList{kSeed, u"--article"_s, u"one"_s, u"-o"_s, out};
    QTest::newRow("zero") << QStringList{kSeed, u"--article"_s, u"0"_s, u"-o"_s, out};
    QTest::newRow("unknown option") << QStringList{kSeed, u"--all"_s, u"--bogus"_s, u"-o"_s, out};
}

void TestExportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(u"@OUT@"_s, m_dir->path());
    const CliRun run = cli(QStringList{u"export-pdf"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.errText().isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
