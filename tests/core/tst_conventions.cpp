#include "conventions.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

class TestConventions : public QObject
{
    Q_OBJECT
private slots:
    void endsSentence_data();
    void endsSentence();
};

void TestConventions::endsSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ends");
    QTest::newRow("full stop") << u"会议在北京召开。"_s << true;
    QTest::newRow("cut") << u"进行综合部署和统筹"_s << false;
    QTest::newRow("cut at comma") << u"他表示,"_s << false;
}

void TestConventions::endsSentence()
{
    QFETCH(QString, text);
    QFETCH(bool, ends);
    QCOMPARE(Conventions::endsSentence(text), ends);
}

QTEST_GUILESS_MAIN(TestConventions)
#include "tst_conventions.moc"
