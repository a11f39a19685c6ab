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
    if (encoding != u"Big5"_s)
        QCOMPARE(decoded->text, kSample);
    else
        QVERIFY(decoded->text.startsWith(u"本報訊(記者 王茵)"_s));
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

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
