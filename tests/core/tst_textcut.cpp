#include "issue.h"
#include "textcut.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Shortened text never ends inside a character: not between the halves of a
// surrogate pair (characters beyond the BMP, common in names and place names of
// Chinese papers: 𠮷, 𡌶), nor between a letter and its combining mark.
class TestTextCut : public QObject
{
    Q_OBJECT

private slots:
    void left_data();
    void left();
    void untitledArticleNamesAreWholeCharacters_data();
    void untitledArticleNamesAreWholeCharacters();
};

namespace {

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

void TestTextCut::left_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("units");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short text stays") << u"短标题"_s << 16 << u"短标题"_s;
    QTest::newRow("plain cut") << u"一二三四五"_s << 3 << u"一二三"_s;
    QTest::newRow("pair at the cut") << u"一二𠮷四"_s << 3 << u"一二"_s;
    QTest::newRow("pair ends at the cut") << u"一二𠮷四"_s << 4 << u"一二𠮷"_s;
    QTest::newRow("pairs only") << u"𠮷𡌶𠮷"_s << 3 << u"𠮷"_s;
    QTest::newRow("combining mark") << u"cafe\u0301s"_s << 4 << u"caf"_s;
    QTest::newRow("nothing fits") << u"𠮷"_s << 1 << QString();
    QTest::newRow("zero") << u"标题"_s << 0 << QString();
}

void TestTextCut::left()
{
    QFETCH(QString, text);
    QFETCH(int, units);
    QFETCH(QString, expected);
    const QString cut = TextCut::left(text, units);
    QCOMPARE(cut, expected);
    QVERIFY(cut.size() <= units);
    QVERIFY(!hasLoneSurrogate(cut));
}

void TestTextCut::untitledArticleNamesAreWholeCharacters_data()
{
    QTest::addColumn<QString>("firstLine");
    // The 16th UTF-16 unit is the first half of a pair, wherever the pair stands.
    for (int at = 10; at <= 16; ++at) {
        QString line = QString(at - 1, u'字') + u"𠮷"_s + u"乡的春耕生产全面展开。"_s;
        QTest::newRow(qPrintable(u"pair at %1"_s.arg(QString::number(at)))) << line;
    }
}

void TestTextCut::untitledArticleNamesAreWholeCharacters()
{
    QFETCH(QString, firstLine);
    Article untitled;
    untitled.paragraphs << Paragraph{firstLine, {1}};
    QVERIFY(!hasLoneSurrogate(untitled.displayTitle()));
    QVERIFY(untitled.displayTitle().contains(firstLine.left(8)));

    Article photo;
    photo.captions << Caption{firstLine, {1}, {}};
    QVERIFY(!hasLoneSurrogate(photo.displayTitle()));
}

QTEST_GUILESS_MAIN(TestTextCut)
#include "tst_textcut.moc"
