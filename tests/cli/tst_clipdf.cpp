#include "cliprocess.h"
#include "epaperlayouts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace EpaperTest;
using namespace Qt::StringLiterals;

// E-paper PDFs through broadsheet-cli, which reads them in its helper program
// (broadsheet-export pdf-text): parse, import and search, export, and the
// messages for PDFs that cannot be read.
class TestCliPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsePrintsArticlesWithZones_data();
    void parsePrintsArticlesWithZones();
    void importAndSearch();
    void exportPdfOfAPdf();
    void unreadable_data();
    void unreadable();
    void pdfTextIsNotACommand();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCliPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const Layout &layout : layouts())
        QCOMPARE(writePdf(path(layout.name + u".pdf"_s), layout.pages), QString());
    QFile good(path(u"mingchuan.pdf"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QFile truncated(path(u"truncated.pdf"_s));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(bytes.left(bytes.size() / 3));
    truncated.close();
    Page scan;
    scan.imageOnly = true;
    QCOMPARE(writePdf(path(u"scan.pdf"_s), {scan}), QString());
}

void TestCliPdf::parsePrintsArticlesWithZones_data()
{
    QTest::addColumn<QString>("layout");
    for (const Layout &layout : layouts())
        QTest::newRow(qPrintable(layout.name)) << layout.name;
}

void TestCliPdf::parsePrintsArticlesWithZones()
{
    QFETCH(QString, layout);
    const CliRun run = runCli({u"parse"_s, path(layout + u".pdf"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"source"_s][u"encoding"_s].toString(), u"PDF"_s);
    QVERIFY(!json[u"lines"_s].toArray().isEmpty());
    QVERIFY(json[u"issue"_s][u"pages"_s][0][u"size"_s].isArray());
    QStringList titles;
    for (const QJsonValue &section : json[u"sections"_s].toArray())
        for (const QJsonValue &article : section[u"articles"_s].toArray()) {
            titles << article[u"title"_s][u"text"_s].toString();
            QVERIFY(!article[u"zones"_s].toArray().isEmpty());
        }
    for (const Layout &known : layouts())
        if (known.name == layout)
            for (const ExpectedArticle &expected : known.articles)
                QVERIFY2(titles.contains(expected.title), qPrintable(titles.join(u" | "_s)));
}

void TestCliPdf::importAndSearch()
{
    const QString library = path(u"library.sqlite"_s);
    const CliRun import = runCli(
        {u"import"_s, u"--library"_s, library, path(u"mingchuan.pdf"_s), path(u"qinghe.pdf"_s)});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const CliRun again = runCli({u"import"_s, u"--library"_s, library, path(u"mingchuan.pdf"_s)});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.outText().contains(u"already"_s), again.out.constData());
    const CliRun search =
        runCli({u"search"_s, u"--library"_s, library, u"--json"_s, u"社区食堂"_s});
    QVERIFY2(search.exitCode == 0, search.err.constData());
    const QJsonDocument results = QJsonDocument::fromJson(search.out);
    QVERIFY2(search.outText().contains(u"老街巷里开出社区食堂"_s), search.out.constData());
    QVERIFY(!results.isNull());
}

void TestCliPdf::exportPdfOfAPdf()
{
    const QString out = path(u"articles.pdf"_s);
    const CliRun run = runCli({u"export-pdf"_s, path(u"yunling.pdf"_s), u"--all"_s, u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
}

void TestCliPdf::unreadable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("damaged") << u"truncated.pdf"_s << u"damaged"_s;
    QTest::newRow("scanned") << u"scan.pdf"_s << u"scanned"_s;
}

void TestCliPdf::unreadable()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const CliRun parse = runCli({u"parse"_s, path(file)});
    QCOMPARE(parse.exitCode, 1);
    QVERIFY2(parse.errText().contains(says) && parse.errText().contains(file),
             parse.err.constData());
    QVERIFY(parse.out.isEmpty());
    const CliRun import =
        runCli({u"import"_s, u"--library"_s, path(u"other.sqlite"_s), path(file)});
    QVERIFY(import.exitCode != 0 && import.exitCode != CliRun::kCrashed);
    QVERIFY2(import.errText().contains(says), import.err.constData());
}

void TestCliPdf::pdfTextIsNotACommand()
{
    // The helper's internal command is not one of broadsheet-cli's.
    const CliRun run = runCli({u"pdf-text"_s, path(u"mingchuan.pdf"_s)});
    QCOMPARE(run.exitCode, 2);
}

QTEST_MAIN(TestCliPdf)
#include "tst_clipdf.moc"
