#include "mainwindow.h"

#include <QTest>

using namespace Broadsheet;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void titleNamesTheIssue();
};

void TestMainWindow::titleNamesTheIssue()
{
    MainWindow window;
    QVERIFY(
        window.openIssue(QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("000_36b5ccdd5e2fe302")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
