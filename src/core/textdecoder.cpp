#include "textdecoder.h"

#include "logging.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Broadsheet {

namespace {

struct Signature
{
    QByteArrayView magic;
    const char *name;
};

// Formats people mistake for text files most often.
const std::array kSignatures = {
    Signature{"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a PNG image")},
    Signature{"\xff\xd8\xff", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a JPEG image")},
    Signature{"GIF8", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a GIF image")},
    Signature{"PK\x03\x04", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a ZIP archive")},
    Signature{"%PDF-", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a PDF document")},
    Signature{"\x1f\x8b", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a gzip archive")},
    Signature{"\x7f"
              "ELF",
              QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a program")},
    Signature{"SQLite format 3",
              QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "an SQLite database")},
    Signature{"\xd0\xcf\x11\xe0",
              QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "an Office document")},
    Signature{"Rar!", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a RAR archive")},
    Signature{"7z\xbc\xaf", QT_TRANSLATE_NOOP("Broadsheet::TextDecoder", "a 7-Zip archive")},
};

// How much of a large file the statistical checks look at; enough to decide.
constexpr qsizetype kSampleBytes = 256 * 1024;
// Tolerated undecodable bytes: a stray broken byte should not make an issue unreadable,
// but more than this means we picked the wrong encoding or it is not text.
constexpr int kMaxReplacedPerMille = 1;
constexpr int kMaxReplacedAlways = 8;

// Characters frequent in Chinese newspaper text, simplified and traditional forms
// together. A wrong choice between GB18030 and Big5 decodes to rare characters,
// so the share of these tells the right one.
constexpr QStringView kCommonHanzi =
    u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
    u"下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    u"都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
    u"重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代"
    u"想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    u"知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
    u"造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打"
    u"白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今"
    u"集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近"
    u"矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写"
    u"存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听"
    u"該這為個們來會說對後經動於從無現與機當進還點麼開關學發間問題長軍實義電體種兩業裡內氣結數頭"
    u"過時樣麼應國產員區農報記者導員設計範圍價錢區縣鄉鎮黨團協";

bool isCommonHanzi(QChar c)
{
    static const auto sorted = [] {
        std::u16string chars(kCommonHanzi.utf16(), size_t(kCommonHanzi.size()));
        std::sort(chars.begin(), chars.end());
        return chars;
    }();
    return std::binary_search(sorted.begin(), sorted.end(), c.unicode());
}

// Per thousand of the Han characters in the sample that are common ones.
int commonHanziPerMille(QStringView text)
{
    int han = 0;
    int common = 0;
    for (QChar c : text.first(std::min<qsizetype>(text.size(), kSampleBytes))) {
        if (c.unicode() >= 0x3400 && c.unicode() < 0xA000) {
            ++han;
            common += isCommonHanzi(c) ? 1 : 0;
        }
    }
    return han ? common * 1000 / han : 0;
}

// Chinese text uses common characters most of the time; bytes decoded with the
// wrong encoding give rare ones.
bool readsAsText(QStringView text)
{
    qsizetype han = 0;
    qsizetype ascii = 0;
    const auto sample = text.first(std::min<qsizetype>(text.size(), kSampleBytes));
    for (QChar c : sample) {
        if (c.unicode() >= 0x3400 && c.unicode() < 0xA000)
            ++han;
        else if (c.unicode() < 0x80)
            ++ascii;
    }
    if (han * 2 >= sample.size())
        return commonHanziPerMille(sample) >= 250;
    return ascii * 10 >= sample.size() * 9;
}

struct Attempt
{
    QString text;
    int errors = 0;
};

// UTF-16 code units the UTF-8 bytes decode to: one per lead byte, two for the
// four-byte forms. Lets the text be allocated once, at its final size.
qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype units = 0;
    for (const char byte : utf8) {
        const auto b = static_cast<unsigned char>(byte);
        units += (b & 0xC0) != 0x80 ? 1 : 0;
        units += b >= 0xF0 ? 1 : 0;
    }
    return units;
}

// Decodes in slices so that a large file never needs a worst-case buffer (two
// bytes of text for every input byte) next to the input. Takes the decoder by
// reference: a moved-from ICU decoder (GB18030, Big5) loses its error count.
Attempt decodeWith(QStringDecoder &&decoder, QByteArrayView bytes)
{
    constexpr qsizetype kSlice = 1024 * 1024;
    Attempt attempt;
    const bool utf8 = QLatin1StringView(decoder.name()) == QLatin1StringView("UTF-8");
    attempt.text.reserve(utf8 ? utf16Length(bytes) + 1 : bytes.size() / 2 + 16);
    for (qsizetype offset = 0; offset < bytes.size(); offset += kSlice)
        attempt.text +=
            decoder.decode(bytes.sliced(offset, std::min(kSlice, bytes.size() - offset)));
    if (!utf8)
        attempt.text.squeeze();
    if (decoder.hasError())
        attempt.errors = int(std::min<qsizetype>(attempt.text.count(QChar::ReplacementCharacter),
                                                 std::numeric_limits<int>::max()));
    return attempt;
}

Attempt decodeNamed(const char *name, QByteArrayView bytes)
{
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return {QString(), std::numeric_limits<int>::max()};
    return decodeWith(std::move(decoder), bytes);
}

// UTF-16 without a BOM: ASCII characters (line ends, digits, punctuation) leave a
// zero byte in every other position.
std::optional<QStringConverter::Encoding> guessBomlessUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const auto sample =
        bytes.first(std::min<qsizetype>(bytes.size(), kSampleBytes) & ~qsizetype(1));
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample.size(); i += 2) {
        zeroEven += sample[i] == 0 ? 1 : 0;
        zeroOdd += sample[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype units = sample.size() / 2;
    if (zeroOdd * 20 >= units && zeroEven * 10 <= zeroOdd)
        return QStringConverter::Utf16LE;
    if (zeroEven * 20 >= units && zeroOdd * 10 <= zeroEven)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

bool tooManyErrors(const Attempt &attempt)
{
    return attempt.errors > kMaxReplacedAlways + attempt.text.size() * kMaxReplacedPerMille / 1000;
}

// Control characters other than tab, line ends, page breaks and the DOS end-of-file
// mark do not occur in text.
bool looksLikeBinaryText(QStringView text)
{
    const auto sample = text.first(std::min<qsizetype>(text.size(), kSampleBytes));
    qsizetype controls = 0;
    for (QChar c : sample) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' &&
            u != 0x1a)
            ++controls;
    }
    return controls * 100 > sample.size();
}

// What the parser, the search index and the find bar all read must be the same
// text: a lone UTF-16 surrogate (UTF-16 files may hold them) becomes U+FFFD, and
// the odd control character (form feed, vertical tab, EOF mark) becomes a space.
// Returns how many surrogates were replaced.
int normalizeCharacters(QString &text)
{
    int replaced = 0;
    QChar *c = text.data();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = c[i].unicode();
        if (u < 0x20) {
            if (u != u'\n' && u != u'\r' && u != u'\t')
                c[i] = QLatin1Char(' ');
        } else if (QChar::isHighSurrogate(u)) {
            if (i + 1 < size && c[i + 1].isLowSurrogate()) {
                ++i;
            } else {
                c[i] = QChar::ReplacementCharacter;
                ++replaced;
            }
        } else if (QChar::isLowSurrogate(u)) {
            c[i] = QChar::ReplacementCharacter;
            ++replaced;
        }
    }
    return replaced;
}

Result<DecodedText> accept(Attempt attempt, const char *encoding, bool bom)
{
    if (attempt.text.startsWith(QChar(0xFEFF)))
        attempt.text.remove(0, 1);
    if (looksLikeBinaryText(attempt.text))
        return Error{
            Error::Code::InvalidInput,
            TextDecoder::tr("The file is not a text file: it contains control bytes (such as NUL) "
                            "that do not occur in text.")};
    if (tooManyErrors(attempt))
        return Error{
            Error::Code::InvalidInput,
            TextDecoder::tr("The file is not valid %1 text.").arg(QString::fromLatin1(encoding))};
    attempt.errors += normalizeCharacters(attempt.text);
    qCDebug(lcDecoder) << "decoded as" << encoding << "bom" << bom << "replaced" << attempt.errors;
    return DecodedText{std::move(attempt.text), QString::fromLatin1(encoding), bom, attempt.errors};
}

} // namespace

QString TextDecoder::binaryFormatName(const QByteArray &bytes)
{
    for (const auto &signature : kSignatures) {
        if (bytes.startsWith(signature.magic))
            return TextDecoder::tr(signature.name);
    }
    return {};
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return DecodedText{QString(), QStringLiteral("UTF-8"), false, 0};

    if (bytes.startsWith("\xef\xbb\xbf"))
        return accept(
            decodeWith(QStringDecoder(QStringConverter::Utf8), QByteArrayView(bytes).sliced(3)),
            "UTF-8", true);
    if (bytes.startsWith("\xff\xfe"))
        return accept(
            decodeWith(QStringDecoder(QStringConverter::Utf16LE), QByteArrayView(bytes).sliced(2)),
            "UTF-16LE", true);
    if (bytes.startsWith("\xfe\xff"))
        return accept(
            decodeWith(QStringDecoder(QStringConverter::Utf16BE), QByteArrayView(bytes).sliced(2)),
            "UTF-16BE", true);

    if (const QString format = binaryFormatName(bytes); !format.isEmpty())
        return Error{Error::Code::InvalidInput,
                     TextDecoder::tr("The file is not a text file: it looks like %1.").arg(format)};

    if (const auto utf16 = guessBomlessUtf16(bytes)) {
        const bool little = *utf16 == QStringConverter::Utf16LE;
        auto attempt = decodeWith(QStringDecoder(*utf16), bytes);
        if (!tooManyErrors(attempt) && !looksLikeBinaryText(attempt.text) &&
            readsAsText(attempt.text))
            return accept(std::move(attempt), little ? "UTF-16LE" : "UTF-16BE", false);
    }

    if (bytes.contains('\0'))
        return Error{Error::Code::InvalidInput,
                     TextDecoder::tr("The file is not a text file: it contains NUL bytes.")};

    auto utf8 = decodeWith(QStringDecoder(QStringConverter::Utf8), bytes);
    if (utf8.errors == 0)
        return accept(std::move(utf8), "UTF-8", false);
    // Only the verdict is kept while the legacy encodings are tried: a large file
    // would otherwise be held three times over. Decoding again is rarely needed.
    const bool utf8Usable = !tooManyErrors(utf8);
    utf8 = Attempt();

    // Not UTF-8: a Chinese legacy encoding. GB18030 accepts most byte pairs, Big5
    // text included, so when both decode, the one that reads as common Chinese wins.
    auto gb = decodeNamed("GB18030", bytes);
    auto big5 = decodeNamed("Big5", bytes);
    const bool gbUsable = !tooManyErrors(gb);
    const bool big5Usable = !tooManyErrors(big5);
    if (gbUsable && big5Usable) {
        const bool preferBig5 = big5.errors < gb.errors ||
                                (big5.errors == gb.errors &&
                                 commonHanziPerMille(big5.text) > commonHanziPerMille(gb.text));
        return preferBig5 ? accept(std::move(big5), "Big5", false)
                          : accept(std::move(gb), "GB18030", false);
    }
    if (gbUsable)
        return accept(std::move(gb), "GB18030", false);
    if (big5Usable)
        return accept(std::move(big5), "Big5", false);
    if (utf8Usable)
        return accept(decodeWith(QStringDecoder(QStringConverter::Utf8), bytes), "UTF-8", false);

    return Error{Error::Code::InvalidInput,
                 TextDecoder::tr("The file is not text in any supported encoding "
                                 "(UTF-8, UTF-16, GB18030, Big5).")};
}

} // namespace Broadsheet
