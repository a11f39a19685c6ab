#include "issueparser.h"
#include "library.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// A library survives the importing process being killed: no half-written
// issue, and importing again completes the work.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedInTheMiddleOfAnImport_data();
    void killedInTheMiddleOfAnImport();
};

namespace {

constexpr int kFiles = 400;

QByteArray issueText(int n)
{
    // Distinct bytes per file, so that none is "already present".
    return u"县医院新门诊楼投入使用\n\n本报讯(记者 周红)县医院新门诊楼今天正式投入使用,群众看病更加方便快捷。\n\n"
           "市图书馆新馆开放\n\n本报记者 王二\n\n第%1期读书会在新馆举行,数百名读者参加。\n"_s.arg(n)
               .toUtf8();
}

} // namespace

void TestCrashSafety::killedInTheMiddleOfAnImport_data()
{
    QTest::addColumn<int>("afterFiles"); // kill once this many files are reported
    QTest::newRow("early") << 3;
    QTest::newRow("midway") << kFiles / 2;
    QTest::newRow("late") << kFiles - 100;
}

void TestCrashSafety::killedInTheMiddleOfAnImport()
{
    QFETCH(int, afterFiles);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"issues"_s);
    QDir().mkpath(folder);
    for (int i = 0; i < kFiles; ++i) {
        QFile file(folder + u"/issue-%1.txt"_s.arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(issueText(i));
    }
    const QString libraryPath = dir.filePath(u"library.sqlite"_s);

    QProcess importer;
    importer.start(QStringLiteral(BROADSHEET_CLI),
                   {u"import"_s, u"--library"_s, libraryPath, folder});
    QVERIFY(importer.waitForStarted());
    int reported = 0;
    while (reported < afterFiles && importer.state() == QProcess::Running) {
        importer.waitForReadyRead(100);
        while (importer.canReadLine())
            reported += importer.readLine().startsWith("imported:") ? 1 : 0;
    }
    QVERIFY2(importer.state() == QProcess::Running, "the import ended before it could be killed");
    ::kill(pid_t(importer.processId()), SIGKILL);
    QVERIFY(importer.waitForFinished());
    QCOMPARE(importer.exitStatus(), QProcess::CrashExit);

    {
        auto library = Library::open(libraryPath);
        QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
        QVERIFY((*library)->checkIntegrity().ok());
        const auto issues = (*library)->issues();
        QVERIFY(issues.ok());
        QVERIFY(issues->size() >= reported);
        QVERIFY2(issues->size() < kFiles,
                 qPrintable(u"reported %1, in the library %2"_s.arg(
                     QString::number(reported), QString::number(issues->size()))));
        // Every issue that is there is whole: as the parser reads its file.
        for (const IssueRecord &issue : *issues) {
            const auto stored = (*library)->loadIssue(issue.id);
            QVERIFY(stored.ok());
            const auto parsed = IssueParser::parseFile(issue.sourcePath);
            QVERIFY(parsed.ok());
            QCOMPARE(stored->articleCount(), parsed->articleCount());
            QCOMPARE(stored->articleCount(), 2);
        }
    }

    QProcess again;
    again.start(QStringLiteral(BROADSHEET_CLI), {u"import"_s, u"--library"_s, libraryPath, folder});
    QVERIFY(again.waitForFinished(120000));
    QCOMPARE(again.exitCode(), 0);
    auto library = Library::open(libraryPath);
    QVERIFY(library.ok());
    QCOMPARE((*library)->issues()->size(), kFiles);
    QVERIFY((*library)->checkIntegrity().ok());
    SearchRequest request;
    request.text = u"读书会"_s;
    QCOMPARE((*library)->search(request)->total, kFiles);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
