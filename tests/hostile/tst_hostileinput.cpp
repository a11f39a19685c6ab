#include "cliprocess.h"
#include "strictskip.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Bad and hostile input through broadsheet-cli, as a user or a script would
// meet it: one clear line on stderr, a documented exit status, never a crash or
// a hang. Large files are generated here, not stored in the repository.
class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void importReportsAndGoesOn();
    void fileDisappearsBeforeImport();
    void unreadableFile();
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void refusesFileLargerThanTheLimit();
    void strayByteIsReadAndNoted_data();
    void strayByteIsReadAndNoted();

private:
    static CliRun cli(const QStringList &arguments, const QStringList &wrapper = {})
    {
        CliOptions options;
        options.wrapper = wrapper;
        return runCli(arguments, options);
    }
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

namespace {

const QByteArray kArticle =
    QByteArray("县医院新门诊楼投入使用\n\n本报讯(记者 周红)县医院新门诊楼今天正式投入使用,"
               "群众看病更加方便快捷。\n\n");

QByteArray utf16(const char *encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder.encode(text);
    if (bom)
        bytes.prepend(QByteArrayView(encoding) == "UTF-16LE" ? QByteArray("\xff\xfe")
                                                             : QByteArray("\xfe\xff"));
    return bytes;
}

} // namespace

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestHostileInput::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

void TestHostileInput::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in the one line on stderr; empty: success

    const QString sample = QString::fromUtf8(kArticle);
    QTest::newRow("empty file") << QByteArray() << 0 << QString();
    QTest::newRow("white space only") << QByteArray(" \n\t\n\xe3\x80\x80\n") << 0 << QString();
    QTest::newRow("png renamed .txt")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << 1 << u"PNG"_s;
    QTest::newRow("zip renamed .txt")
        << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << 1 << u"ZIP"_s;
    QTest::newRow("nul bytes in text")
        << kArticle + QByteArray(3, '\0') + kArticle << 1 << u"NUL"_s;
    QTest::newRow("bytes valid in no encoding")
        << QByteArray("\xff\x80\xfe\x0a").repeated(500) << 1 << u"encoding"_s;
    QTest::newRow("utf-16le with bom") << utf16("UTF-16LE", sample, true) << 0 << QString();
    QTest::newRow("utf-16be with bom") << utf16("UTF-16BE", sample, true) << 0 << QString();
    QTest::newRow("utf-16le without bom") << utf16("UTF-16LE", sample, false) << 0 << QString();
    QTest::newRow("utf-16be without bom") << utf16("UTF-16BE", sample, false) << 0 << QString();
    QTest::newRow("one 5 MB line")
        << QByteArray("县医院新门诊楼今天正式投入使用,").repeated(5 * 1024 * 1024 / 45) << 0
        << QString();
    QTest::newRow("100,000 one-character lines")
        << QByteArray("县\n").repeated(100000) << 0 << QString();
    QTest::newRow("100,000 two-character lines")
        << QByteArray("县城\n").repeated(100000) << 0 << QString();
#ifdef BROADSHEET_SANITIZED
    // Ten times slower under the sanitizers: the same kind of input, smaller.
    constexpr qsizetype kLargeIssueBytes = 10 * 1024 * 1024;
#else
    constexpr qsizetype kLargeIssueBytes = 50 * 1024 * 1024;
#endif
    QTest::newRow("a 50 MB issue (10 MB under the sanitizers)")
        << kArticle.repeated(kLargeIssueBytes / kArticle.size()) << 0 << QString();
}

void TestHostileInput::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = write(u"issue.txt"_s, bytes);
    const CliRun run = cli({u"parse"_s, u"--compact"_s, file});
    QCOMPARE(run.exitCode, exitCode);
    const QString error = QString::fromUtf8(run.err).trimmed();
    if (message.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(run.out.contains("\"format\":1"));
    } else {
        QVERIFY(run.out.isEmpty());
        QVERIFY2(error.contains(message) && error.contains(file), qPrintable(error));
        QCOMPARE(error.count(u'\n'), 0);
    }
    qInfo("%lld bytes in %lld ms", qint64(bytes.size()), run.milliseconds);
}

void TestHostileInput::importReportsAndGoesOn()
{
    const QString folder = m_dir.filePath(u"mixed"_s);
    QDir().mkpath(folder + u"/nested/deeper"_s);
    write(u"mixed/good.txt"_s, kArticle);
    write(u"mixed/nested/deeper/also-good.txt"_s, kArticle + kArticle);
    write(u"mixed/picture.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    write(u"mixed/empty.txt"_s, QByteArray());
    QDir().mkpath(folder + u"/folder.txt"_s); // a folder named like a file
    const QString library = m_dir.filePath(u"library.sqlite"_s);
    const CliRun run = cli({u"import"_s, u"--library"_s, library, folder});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("2 imported, 0 already present, 0 replaced, 2 failed."));
    const QStringList errors = QString::fromUtf8(run.err).trimmed().split(u'\n');
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.join(u'\n').contains(u"picture.txt"_s));
    QVERIFY(errors.join(u'\n').contains(u"empty.txt"_s));

    // A folder given where a file is expected.
    const CliRun parse = cli({u"parse"_s, folder});
    QCOMPARE(parse.exitCode, 1);
    QVERIFY(parse.err.contains("is a folder"));
}

void TestHostileInput::fileDisappearsBeforeImport()
{
    const QString gone = m_dir.filePath(u"gone.txt"_s);
    const CliRun run = cli({u"import"_s, u"--library"_s, m_dir.filePath(u"gone.sqlite"_s), gone});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no such file"));
    const CliRun parse = cli({u"parse"_s, gone});
    QCOMPARE(parse.exitCode, 1);
    QVERIFY(parse.err.contains("no such file"));
}

void TestHostileInput::unreadableFile()
{
    const QString file = write(u"secret.txt"_s, kArticle);
    QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
    // Permissions do not stop root: run as nobody then.
    QStringList wrapper;
    if (geteuid() == 0) {
        QVERIFY(QFile::setPermissions(
            m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther));
        wrapper = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    }
    const CliRun run = cli({u"parse"_s, file}, wrapper);
    if (run.exitCode == -1 || run.err.contains("setpriv"))
        BROADSHEET_SKIP("cannot run as another user here");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot be read") && run.err.contains("secret.txt"),
             run.err.constData());
}

void TestHostileInput::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("command");

    // A device never ends (reading /dev/zero whole ran out of memory); opening a
    // FIFO waits for a writer that never comes.
    const QString fifo = m_dir.filePath(u"pipe.txt"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0 || QFile::exists(fifo));
    for (const QString &command : {u"parse"_s, u"import"_s}) {
        QTest::addRow("%s /dev/zero", qPrintable(command)) << u"/dev/zero"_s << command;
        QTest::addRow("%s a FIFO", qPrintable(command)) << fifo << command;
    }
}

void TestHostileInput::refusesWhatIsNotAFile()
{
    QFETCH(QString, path);
    QFETCH(QString, command);
    if (!QFileInfo::exists(path))
        BROADSHEET_SKIP("no such device or FIFO here");
    CliOptions options;
    options.timeoutMs = 30000;
    const QStringList arguments =
        command == u"parse"_s
            ? QStringList{command, path}
            : QStringList{command, u"--library"_s, m_dir.filePath(u"devices.sqlite"_s), path};
    const CliRun run = runCli(arguments, options);
    QVERIFY2(run.exitCode != CliRun::kTimedOut, "hangs");
    QCOMPARE(run.exitCode, 1);
    // One line names the file and the reason (import may say other things too).
    const QStringList lines = run.errText().trimmed().split(u'\n');
    const QStringList naming = lines.filter(path);
    QCOMPARE(naming.size(), 1);
    QVERIFY2(naming.first().contains(u"not a regular file"_s), qPrintable(naming.first()));
    if (command == u"parse"_s)
        QCOMPARE(lines.size(), 1);
    qInfo("refused in %lld ms", run.milliseconds);
}

void TestHostileInput::refusesFileLargerThanTheLimit()
{
    // 256 MB and one byte, sparse: it takes no room on the disk.
    const QString path = m_dir.filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.resize(qint64(256) * 1024 * 1024 + 1));
    file.close();
    const CliRun run = cli({u"parse"_s, path});
    QFile::remove(path);
    QCOMPARE(run.exitCode, 1);
    const QString error = run.errText().trimmed();
    QVERIFY2(error.contains(path) && error.contains(u"too large"_s), qPrintable(error));
    QCOMPARE(error.count(u'\n'), 0);
}

void TestHostileInput::strayByteIsReadAndNoted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString sample = QString::fromUtf8(kArticle.repeated(4));
    QStringEncoder gb("GB18030");
    QTest::newRow("GB18030, 0xFF appended")
        << QByteArray(gb.encode(sample) + '\xff') << u"GB18030"_s;
    QTest::newRow("UTF-8, 0xFF appended") << QByteArray(kArticle + '\xff') << u"UTF-8"_s;
    QTest::newRow("UTF-16LE, a byte appended")
        << QByteArray(utf16("UTF-16LE", sample, false) + '\n') << u"UTF-16LE"_s;
}

void TestHostileInput::strayByteIsReadAndNoted()
{
    // One stray byte: read in the right encoding, shown as U+FFFD, and its line noted.
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const QString file = write(u"stray.txt"_s, bytes);
    const CliRun run = cli({u"parse"_s, u"--compact"_s, file});
    QCOMPARE(run.exitCode, 0);
    const QString json = run.outText();
    QVERIFY2(json.contains(u"\"encoding\":\""_s + encoding + u'"'), qPrintable(json.left(300)));
    const qsizetype lines =
        QString::fromUtf8(kArticle).count(u'\n') * (encoding == u"UTF-8"_s ? 1 : 4);
    QVERIFY2(json.contains(u"\uFFFD on line"_s) && json.contains(QString::number(lines + 1)),
             qPrintable(json.right(300)));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
