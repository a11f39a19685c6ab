#include "issuejson.h"
#include "issueparser.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The parse JSON written an article at a time is the same document, byte for
// byte, as the one built whole.
class TestIssueJson : public QObject
{
    Q_OBJECT

private slots:
    void streamedEqualsWhole_data();
    void streamedEqualsWhole();
};

void TestIssueJson::streamedEqualsWhole_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QStringList files{QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt")};
    const QDir issues(QStringLiteral(BROADSHEET_TEST_DATA "/issues"));
    for (const QString &name : issues.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << issues.filePath(name);
    for (const QString &file : files) {
        for (auto format : {QJsonDocument::Indented, QJsonDocument::Compact})
            QTest::newRow(
                qPrintable(QFileInfo(file).fileName() +
                           (format == QJsonDocument::Compact ? u" compact"_s : u" indented"_s)))
                << file << int(format);
    }
    // Edge shapes: no sections at all, and a section with one article.
    QTest::newRow("empty issue") << QString() << int(QJsonDocument::Indented);
}

void TestIssueJson::streamedEqualsWhole()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const Issue issue =
        file.isEmpty() ? IssueParser::parseText(QString()) : *IssueParser::parseFile(file);
    const auto jsonFormat = QJsonDocument::JsonFormat(format);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(IssueJson::write(issue, &buffer, jsonFormat));
    const QByteArray whole = QJsonDocument(IssueJson::toJson(issue)).toJson(jsonFormat);
    QCOMPARE(buffer.data(), whole);
}

QTEST_GUILESS_MAIN(TestIssueJson)
#include "tst_issuejson.moc"
