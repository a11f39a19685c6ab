#include "textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesSupportedEncodings_data();
    void decodesSupportedEncodings();
    void refusesNonText_data();
    void refusesNonText();
    void emptyInputIsEmptyText();
    void toleratesOneBrokenByte();
    void normalizesStrayCharacters_data();
    void normalizesStrayCharacters();
    void strayBytesAreReadInTheRightEncoding_data();
    void strayBytesAreReadInTheRightEncoding();
    void damagedLinesFollowLineEnds_data();
    void damagedLinesFollowLineEnds();
    void legacyTextMustBePlausible();
};

namespace {

const QString kSample = u"本报讯(记者 王茵)2月18日,市委书记率队检查城市基础设施建设与管理工作。\n"
                        u"每到一处,他都与随行人员沟通交流,详细了解工作设想和推进措施。\n"_s;

QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    Q_ASSERT(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

void TestTextDecoder::decodesSupportedEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");

    const QByteArray utf8 = kSample.toUtf8();
    QTest::newRow("utf-8") << utf8 << u"UTF-8"_s << false;
    QTest::newRow("utf-8 with bom") << QByteArray("\xef\xbb\xbf" + utf8) << u"UTF-8"_s << true;
    QTest::newRow("utf-16le with bom")
        << QByteArray("\xff\xfe" + encode("UTF-16LE", kSample)) << u"UTF-16LE"_s << true;
    QTest::newRow("utf-16be with bom")
        << QByteArray("\xfe\xff" + encode("UTF-16BE", kSample)) << u"UTF-16BE"_s << true;
    QTest::newRow("utf-16le without bom") << encode("UTF-16LE", kSample) << u"UTF-16LE"_s << false;
    QTest::newRow("utf-16be without bom") << encode("UTF-16BE", kSample) << u"UTF-16BE"_s << false;
    // No ASCII at all, so not one NUL byte to go by: the plausible reading tells.
    const QString hanzi = u"本报讯记者王茵报道市委书记率队检查城市基础设施建设与管理工作"_s;
    QTest::newRow("utf-16le without bom, no ascii")
        << encode("UTF-16LE", hanzi) << u"UTF-16LE"_s << false;
    QTest::newRow("utf-16be without bom, no ascii")
        << encode("UTF-16BE", hanzi) << u"UTF-16BE"_s << false;
    QTest::newRow("gb18030") << encode("GB18030", kSample) << u"GB18030"_s << false;
    QTest::newRow("gbk subset") << encode("GBK", kSample) << u"GB18030"_s << false;
    QTest::newRow("big5")
        << encode("Big5", u"本報訊(記者 王茵)市委書記率隊檢查城市基礎設施建設與管理工作。\n"
                          u"每到一處,他都與隨行人員溝通交流,詳細了解工作設想和推進措施。\n"_s)
        << u"Big5"_s << false;
}

void TestTextDecoder::decodesSupportedEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);

    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->byteOrderMark, bom);
    QVERIFY(!decoded->text.startsWith(QChar(0xFEFF)));
    QVERIFY(decoded->damagedLines.isEmpty());
    QVERIFY2(decoded->doubt.isEmpty(), qPrintable(decoded->doubt));
    if (encoding == u"Big5"_s)
        QVERIFY(decoded->text.startsWith(u"本報訊(記者 王茵)"_s));
    else if (!QByteArrayView(QTest::currentDataTag()).endsWith("no ascii"))
        QCOMPARE(decoded->text, kSample);
}

void TestTextDecoder::refusesNonText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << u"ZIP"_s;
    QTest::newRow("nul inside text") << QByteArray("本报讯\0记者", 13) << u"NUL"_s;
    // 0xFF and 0x80 lead no character in GB18030 or Big5, and are never UTF-8.
    QByteArray noise = QByteArray("\xff\x80\xfe\x0a").repeated(1000);
    QTest::newRow("bytes valid in no encoding") << noise << u"encoding"_s;
    QByteArray controls(2000, '\x01');
    QTest::newRow("control bytes") << controls << u"control"_s;
}

void TestTextDecoder::refusesNonText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.errorMessage().contains(reason), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded.error().code, Error::Code::InvalidInput);
}

void TestTextDecoder::emptyInputIsEmptyText()
{
    const auto decoded = TextDecoder::decode(QByteArray());
    QVERIFY(decoded.ok());
    QVERIFY(decoded->text.isEmpty());
}

void TestTextDecoder::toleratesOneBrokenByte()
{
    QByteArray bytes = encode("GB18030", kSample.repeated(20));
    bytes.insert(100, '\xff');
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->encoding, u"GB18030"_s);
    QVERIFY(decoded->replacedBytes > 0);
    QVERIFY(decoded->text.contains(QChar::ReplacementCharacter));
}

void TestTextDecoder::normalizesStrayCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("replaced");

    // UTF-16 files may hold halves of surrogate pairs; the rest of the program
    // (search index, find bar, JSON) must never see one.
    const auto utf16 = [](std::initializer_list<char16_t> units) {
        QByteArray bytes("\xff\xfe");
        for (char16_t u : units)
            bytes.append(char(u & 0xff)).append(char(u >> 8));
        return bytes;
    };
    QTest::newRow("lone high surrogate")
        << utf16({u'本', 0xD83D, u'报', u'\n'}) << u"本\uFFFD报\n"_s << 1;
    QTest::newRow("lone low surrogate")
        << utf16({u'本', 0xDE00, u'报', u'\n'}) << u"本\uFFFD报\n"_s << 1;
    QTest::newRow("high surrogate at the end")
        << utf16({u'本', u'报', 0xD83D}) << u"本报\uFFFD"_s << 1;
    QTest::newRow("a pair stays") << utf16({u'本', 0xD83D, 0xDE00, u'\n'}) << u"本😀\n"_s << 0;
    // Page and form breaks from the extractor are white space, as the reader sees them.
    QTest::newRow("form feed") << QByteArray("本报讯\f记者\n") << u"本报讯 记者\n"_s << 0;
    QTest::newRow("vertical tab") << QByteArray("本报讯\v记者\n") << u"本报讯 记者\n"_s << 0;
    QTest::newRow("DOS end-of-file mark")
        << QByteArray("本报讯记者\n\x1a") << u"本报讯记者\n "_s << 0;
    QTest::newRow("tabs and line ends stay")
        << QByteArray("本报\t讯\r\n记者\n") << u"本报\t讯\r\n记者\n"_s << 0;
}

void TestTextDecoder::normalizesStrayCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(int, replaced);
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->text, expected);
    QCOMPARE(decoded->replacedBytes, replaced);
}

void TestTextDecoder::strayBytesAreReadInTheRightEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString traditional =
        u"本報訊(記者 王茵)市委書記率隊檢查城市基礎設施建設與管理工作。\n"_s;
    // Valid UTF-8 with a stray byte is UTF-8, whatever the language.
    QTest::newRow("utf-8 chinese") << QByteArray(kSample.toUtf8() + '\xff') << u"UTF-8"_s;
    QTest::newRow("utf-8 japanese")
        << QByteArray(u"東京の新しい図書館がきょう開館しました。\n"_s.toUtf8() + '\xff')
        << u"UTF-8"_s;
    QTest::newRow("utf-8 stray continuation byte")
        << QByteArray(kSample.toUtf8()).insert(9, '\x80') << u"UTF-8"_s;
    QTest::newRow("gb18030") << QByteArray(encode("GB18030", kSample) + '\xff') << u"GB18030"_s;
    QTest::newRow("gb18030 cut lead byte")
        << QByteArray(encode("GB18030", kSample) + '\xb1') << u"GB18030"_s;
    QTest::newRow("big5") << QByteArray(encode("Big5", traditional) + '\xff') << u"Big5"_s;
    QTest::newRow("big5 0x80") << QByteArray(encode("Big5", traditional)).insert(0, '\x80')
                               << u"Big5"_s;
}

void TestTextDecoder::strayBytesAreReadInTheRightEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->replacedBytes, 1);
    QCOMPARE(decoded->text.count(QChar::ReplacementCharacter), 1);
    QCOMPARE(decoded->damagedLines.size(), 1);
    QVERIFY2(decoded->doubt.isEmpty(), qPrintable(decoded->doubt));
}

void TestTextDecoder::damagedLinesFollowLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("lines");

    // Lines end as the parser ends them: LF, CRLF or a lone CR.
    QTest::newRow("lf") << QByteArray("本报讯\n\xff记者\n王茵\xff\n") << QList<int>{2, 3};
    QTest::newRow("crlf") << QByteArray("本报讯\r\n\r\n记者\xff\xff\r\n") << QList<int>{3};
    QTest::newRow("cr") << QByteArray("本报讯\r记者\r\xff") << QList<int>{3};
    QTest::newRow("first line") << QByteArray("\xff本报讯\n记者\n") << QList<int>{1};
    QTest::newRow("utf-16 lone surrogate") << QByteArray("\xff\xfe"
                                                         "\x2c\x67\x0a\x00\x3d\xd8\x0a\x00",
                                                         10)
                                           << QList<int>{2};
}

void TestTextDecoder::damagedLinesFollowLineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, lines);
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->damagedLines, lines);
}

void TestTextDecoder::legacyTextMustBePlausible()
{
    // Valid GB18030 byte pairs, but rare characters only (and not Big5, nor UTF-8,
    // nor UTF-16 read as anything common): not Chinese text, refused.
    QByteArray bytes;
    for (int i = 0; i < 400; ++i)
        bytes += char(0x81 + i % 31) + QByteArray(1, char(0x41 + i % 60));
    const auto decoded = TextDecoder::decode(bytes + '\n');
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.errorMessage().contains(u"encoding"_s), qPrintable(decoded.errorMessage()));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
