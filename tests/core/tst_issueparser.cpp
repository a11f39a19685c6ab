#include "issueparser.h"

#include <QTest>

using namespace Broadsheet;

class TestIssueParser : public QObject
{
    Q_OBJECT
private slots:
    void seedHasArticles();
};

void TestIssueParser::seedHasArticles()
{
    const auto issue = IssueParser::parseFile(
        QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt"));
    QVERIFY(issue.ok());
    QCOMPARE(issue->articleCount(), 8);
}

QTEST_GUILESS_MAIN(TestIssueParser)
#include "tst_issueparser.moc"
