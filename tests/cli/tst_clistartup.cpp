#include "cliprocess.h"
#include "strictskip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// broadsheet-cli starts on QtCore alone (issue 14): what needs Qt Gui, qpdf or
// libzip runs in its helper, broadsheet-export, and a CLI without the helper
// says so instead of failing obscurely.
class TestCliStartup : public QObject
{
    Q_OBJECT

private slots:
    void linksNoGuiLibraries();
    void helpNamesTheCli();
    void withoutTheHelper_data();
    void withoutTheHelper();
    void textFormatsNeedNoHelper();
    void helperIsNotForUsers();

private:
    // broadsheet-cli copied alone into a folder: no helper beside it or in ../libexec.
    static QString lonelyCli(const QTemporaryDir &dir);
    static CliRun runProgram(const QString &program, const QStringList &arguments);
};

namespace {

const QString kSeed = QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt");

// The shared libraries a program loads, by name, as the dynamic loader resolves them.
QStringList sharedLibraries(const QString &program)
{
    QProcess ldd;
    ldd.start(u"ldd"_s, {program});
    if (!ldd.waitForFinished(30000) || ldd.exitCode() != 0)
        return {};
    QStringList names;
    for (const QByteArray &line : ldd.readAllStandardOutput().split('\n')) {
        const QByteArray name = line.trimmed().split(' ').value(0);
        if (!name.isEmpty())
            names << QFileInfo(QString::fromUtf8(name)).fileName();
    }
    return names;
}

} // namespace

QString TestCliStartup::lonelyCli(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(u"bin/broadsheet-cli"_s);
    if (!QDir().mkpath(dir.filePath(u"bin"_s)) ||
        !QFile::copy(QStringLiteral(BROADSHEET_CLI), copy))
        return {};
    return copy;
}

CliRun TestCliStartup::runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : CliRun::kCrashed;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliStartup::linksNoGuiLibraries()
{
    if (QStandardPaths::findExecutable(u"ldd"_s).isEmpty())
        BROADSHEET_SKIP("ldd is not installed (libc-bin)");
    const QStringList cli = sharedLibraries(QStringLiteral(BROADSHEET_CLI));
    QVERIFY2(cli.contains(u"libQt6Core.so.6"_s), qPrintable(cli.join(u' ')));
    // The helper has them: the check below can see what it looks for.
    const QStringList helper = sharedLibraries(QStringLiteral(BROADSHEET_EXPORT_HELPER));
    QVERIFY2(helper.contains(u"libQt6Gui.so.6"_s), qPrintable(helper.join(u' ')));
    const QStringList unwanted{
        u"libQt6Gui"_s,   u"libQt6Widgets"_s, u"libqpdf"_s, u"libzip"_s,  u"libfontconfig"_s,
        u"libfreetype"_s, u"libharfbuzz"_s,   u"libX11"_s,  u"libxcb"_s,  u"libGL"_s,
        u"libEGL"_s,      u"libxkbcommon"_s,  u"libpng"_s,  u"libjpeg"_s, u"libcrypto"_s};
    for (const QString &library : cli) {
        for (const QString &prefix : unwanted)
            QVERIFY2(!library.startsWith(prefix),
                     qPrintable(u"broadsheet-cli loads %1 again: it slows every command's "
                                "start-up; leave it to broadsheet-export"_s.arg(library)));
    }
}

void TestCliStartup::helpNamesTheCli()
{
    // export-pdf's help comes from the helper, yet names the program the user ran.
    const CliRun run = runCli({u"export-pdf"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(u"broadsheet-cli"_s), run.out.constData());
    QVERIFY2(!run.outText().contains(u"broadsheet-export"_s), run.out.constData());
    QVERIFY(run.outText().contains(u"--article"_s));
}

void TestCliStartup::withoutTheHelper_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::newRow("export-pdf") << QStringList{u"export-pdf"_s, kSeed, u"--all"_s, u"-o"_s,
                                               u"@DIR@/out.pdf"_s}
                                << u"out.pdf"_s;
    QTest::newRow("export epub") << QStringList{u"export"_s,    u"--library"_s, u"@DIR@/l.sqlite"_s,
                                                u"--article"_s, u"1"_s,         u"--format"_s,
                                                u"epub"_s,      u"-o"_s,        u"@DIR@/out.epub"_s}
                                 << u"out.epub"_s;
}

void TestCliStartup::withoutTheHelper()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QTemporaryDir dir;
    const QString cli = lonelyCli(dir);
    QVERIFY(!cli.isEmpty());
    arguments.replaceInStrings(u"@DIR@"_s, dir.path());
    const CliRun run = runProgram(cli, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"broadsheet-export"_s), run.err.constData());
    QVERIFY2(run.errText().contains(arguments.first()), run.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(output)));
}

void TestCliStartup::textFormatsNeedNoHelper()
{
    QTemporaryDir dir;
    const QString cli = lonelyCli(dir);
    QVERIFY(!cli.isEmpty());
    const QString library = dir.filePath(u"library.sqlite"_s);
    QCOMPARE(runProgram(cli, {u"import"_s, u"--library"_s, library, kSeed}).exitCode, 0);
    const QString ris = dir.filePath(u"out.ris"_s);
    const CliRun run = runProgram(cli, {u"export"_s, u"--library"_s, library, u"--article"_s,
                                        u"1"_s, u"--format"_s, u"ris"_s, u"-o"_s, ris});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(ris);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("TY  - NEWS\r\n"));
}

void TestCliStartup::helperIsNotForUsers()
{
    const CliRun run = runProgram(QStringLiteral(BROADSHEET_EXPORT_HELPER), {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(u"broadsheet-cli"_s));
}

QTEST_GUILESS_MAIN(TestCliStartup)
#include "tst_clistartup.moc"
