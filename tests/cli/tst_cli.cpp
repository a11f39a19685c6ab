#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void parsePrintsJson();
};

void TestCli::parsePrintsJson()
{
    QProcess cli;
    cli.start(QStringLiteral(BROADSHEET_CLI),
              {QStringLiteral("parse"),
               QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const auto json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
