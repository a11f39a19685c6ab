#include "cliprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// broadsheet-cli parse --corrections: the parse with a reader's fixes applied,
// the operations it could not apply on stderr, and exit statuses a script can
// tell apart.
class TestCliCorrections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesTheOption();
    void appliesTheCorrections();
    void reportsRefusedOperations();
    void refusesAnUnusableFile_data();
    void refusesAnUnusableFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

const QString kIssue =
    QStringLiteral(BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.txt");
const QString kCorrections =
    QStringLiteral(BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.corrections.json");

// The id of the article whose paragraphs hold a line, 0 if none.
int articleOfLine(const QJsonObject &issue, int line)
{
    for (const QJsonValue &section : issue.value(u"sections"_s).toArray()) {
        for (const QJsonValue &article : section.toObject().value(u"articles"_s).toArray()) {
            for (const QJsonValue &paragraph :
                 article.toObject().value(u"paragraphs"_s).toArray()) {
                if (paragraph.toObject().value(u"lines"_s).toArray().contains(line))
                    return article.toObject().value(u"id"_s).toInt();
            }
        }
    }
    return 0;
}

} // namespace

void TestCliCorrections::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliCorrections::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCliCorrections::helpNamesTheOption()
{
    const CliRun help = runCli({u"parse"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--corrections <FILE.json>"));
    QVERIFY(runCli({u"--help"_s}).out.contains("4 done but some corrections were refused"));
}

void TestCliCorrections::appliesTheCorrections()
{
    const CliRun plain = runCli({u"parse"_s, kIssue});
    QCOMPARE(plain.exitCode, 0);
    const QJsonObject parsed = QJsonDocument::fromJson(plain.out).object();
    QCOMPARE(articleOfLine(parsed, 11), 1); // the lead stays with the article above
    const CliRun run = runCli({u"parse"_s, u"--corrections"_s, kCorrections, kIssue});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject corrected = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(articleOfLine(corrected, 11), 2);
    QCOMPARE(articleOfLine(corrected, 17), 2);
    QCOMPARE(articleOfLine(corrected, 23), 3);
    QCOMPARE(corrected.value(u"source"_s), parsed.value(u"source"_s));
    // The tree shows the corrected issue too.
    const CliRun tree = runCli({u"parse"_s, u"--tree"_s, u"--corrections"_s, kCorrections, kIssue});
    QCOMPARE(tree.exitCode, 0);
    QVERIFY(tree.outText().contains(u"[2] 白沙镇春茶预计月底开采"_s));
}

void TestCliCorrections::reportsRefusedOperations()
{
    QFile issue(kIssue);
    QVERIFY(issue.open(QIODevice::ReadOnly));
    const QByteArray sha =
        QCryptographicHash::hash(issue.readAll(), QCryptographicHash::Sha256).toHex();
    const QByteArray operations = R"("operations": [
            {"op": "move", "lines": [500], "to_article_of_line": 13},
            {"op": "move", "lines": [11], "to_article_of_line": 13},
            {"op": "split", "before_line": 2}
        ]})";
    const QString corrections = write(u"refused.json"_s, R"({"format": 1, "source_sha256": ")" +
                                                             sha + R"(", )" + operations);
    const CliRun run = runCli({u"parse"_s, u"--corrections"_s, corrections, kIssue});
    QCOMPARE(run.exitCode, 4);
    const QStringList lines = run.errText().trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], u"Correction 1 (Move line 500 to the article of line 13) was not applied: "
                       "Line 500 is outside the file, whose last line is 39."_s);
    QCOMPARE(lines[1], u"Correction 3 (Split the article before line 2) was not applied: Line 2 "
                       "is blank."_s);
    // What could be applied is, and the JSON is whole.
    const QJsonObject corrected = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(articleOfLine(corrected, 11), 2);

    // Made for another version of the file, and recording no texts: nothing holds.
    const QString stale =
        write(u"stale.json"_s, R"({"format": 1, "source_sha256": "00", )" + operations);
    const CliRun staleRun = runCli({u"parse"_s, u"--corrections"_s, stale, kIssue});
    QCOMPARE(staleRun.exitCode, 4);
    QCOMPARE(staleRun.errText().trimmed().split(u'\n').size(), 3);
    QVERIFY2(staleRun.errText().contains(u"does not record what line 11 said"_s),
             staleRun.err.constData());
}

void TestCliCorrections::refusesAnUnusableFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1, \"operations\": [") << u"not JSON"_s;
    QTest::newRow("a parse, not corrections")
        << QByteArray(R"({"format": 1, "sections": []})") << u"source_sha256"_s;
    QTest::newRow("a newer format")
        << QByteArray(R"({"format": 7, "source_sha256": "", "operations": []})") << u"format 7"_s;
    QTest::newRow("an unknown operation")
        << QByteArray(R"({"format": 1, "source_sha256": "", "operations": [{"op": "swap"}]})")
        << u"Operation 1"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << u"not JSON"_s;
}

void TestCliCorrections::refusesAnUnusableFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    const QString corrections = write(u"bad.json"_s, bytes);
    const CliRun run = runCli({u"parse"_s, u"--corrections"_s, corrections, kIssue});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString message = run.errText().trimmed();
    QVERIFY2(message.contains(corrections) && message.contains(fragment), qPrintable(message));
    QCOMPARE(message.count(u'\n'), 0);

    const CliRun missing =
        runCli({u"parse"_s, u"--corrections"_s, m_dir.filePath(u"none.json"_s), kIssue});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains(u"none.json"_s));
}

QTEST_GUILESS_MAIN(TestCliCorrections)
#include "tst_clicorrections.moc"
