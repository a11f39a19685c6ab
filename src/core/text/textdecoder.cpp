#include "textdecoder.h"

#include "logging.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

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
// Undecodable bytes tolerated. A few stray ones in any file that is otherwise valid
// UTF-8; in a file whose text reads as plausible Chinese, damage spread through it
// up to 2 % of its bytes. More means a wrong encoding, or not text.
constexpr qsizetype kFewErrors = 8;
constexpr qsizetype kFewErrorsPerMille = 1;
constexpr qsizetype kMaxErrors = 16;
constexpr qsizetype kMaxErrorsPerMille = 20;
// A reading is plausible when its characters score at least this (per mille, see
// CharClass).
constexpr int kPlausible = 650;
// Two plausible readings whose scores are closer than this are a close call.
constexpr int kCloseCall = 100;

qsizetype fewErrors(qsizetype bytes)
{
    return kFewErrors + bytes * kFewErrorsPerMille / 1000;
}

qsizetype maxErrors(qsizetype bytes)
{
    return kMaxErrors + bytes * kMaxErrorsPerMille / 1000;
}

// Characters frequent in Chinese newspaper text, simplified and traditional forms
// together. A wrong reading of the bytes gives rare ones.
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
    u"過時樣麼應國產員區農報記者導員設計範圍價錢區縣鄉鎮黨團協著裏製線質變條隻沒係繫並總資邊級圖"
    u"統較將組見別論運幾強決幹乾戰則據處隊給門規熱領東壓爭濟階術極聯認權證採轉單風帶場車務萬達積"
    u"議聲鬥類離華確張馬節話況溫傳許廣觀織裝眾書復複兒須際驗連斷難礦備辦習響約勞歷構稱準號維劃選"
    u"標寫親養層卻專狀廠識適屬圓調滿參紅細聽訊";

// How a character bears on whether a reading is Chinese text. A right reading is
// mostly good characters; a wrong one gives rare characters, private-use codes,
// kana, Hangul, Greek or box drawing, and undecodable bytes (markers).
enum CharClass : quint8 {
    Blank,  // white space: says nothing
    Good,   // ASCII, common hanzi, CJK and full-width punctuation
    Fair,   // other hanzi, Latin letters with accents (pinyin), numbered bullets
    Rare,   // everything else
    Marker, // an undecodable byte (U+0000 while decoding)
};

const std::array<quint8, 0x10000> &charClasses()
{
    static const auto table = [] {
        std::array<quint8, 0x10000> classes;
        classes.fill(Rare);
        const auto set = [&classes](char32_t first, char32_t last, CharClass value) {
            for (char32_t u = first; u <= last; ++u)
                classes[u] = value;
        };
        set(0x21, 0x7e, Good);
        for (const char16_t u :
             {u'\t', u'\n', u'\v', u'\f', u'\r', u'\x1a', u' ', u'\u3000', u'\uFEFF'})
            classes[u] = Blank;
        classes[0] = Marker;
        set(0xa1, 0x24f, Fair);
        set(0x2160, 0x217f, Fair); // Roman numerals
        set(0x2190, 0x2199, Fair); // arrows
        set(0x2460, 0x24ff, Fair); // circled numbers
        set(0x25a0, 0x25ff, Fair); // □ ■ ○ ● ◆ △
        set(0x2605, 0x2606, Fair); // ★ ☆
        set(0x4e00, 0x9fff, Fair);
        for (const QChar c : kCommonHanzi)
            classes[c.unicode()] = Good;
        for (const char16_t u : {u'·', u'×', u'÷', u'°', u'℃', u'№', u'※', u'・'})
            classes[u] = Good;
        set(0x2010, 0x2027, Good); // dashes, quotation marks, ellipsis
        set(0x2030, 0x2033, Good); // ‰ ′ ″
        set(0x3001, 0x3011, Good); // 、。〃 〈〉《》「」『』【】
        set(0x3014, 0x301f, Good); // 〔〕〖〗 …
        set(0xff01, 0xff5e, Good); // full-width digits and punctuation
        set(0xff21, 0xff3a, Fair); // full-width letters: rarer
        set(0xff41, 0xff5a, Fair);
        set(0xffe0, 0xffe5, Good); // ￠￡￢￣￤￥
        return classes;
    }();
    return table;
}

struct Tally
{
    qint64 weight = 0;
    qsizetype judged = 0; // characters other than white space

    void add(QStringView text)
    {
        static constexpr std::array<int, 5> kWeight = {0, 1000, 500, 0, -1000};
        const auto &classes = charClasses();
        for (const QChar c : text) {
            const quint8 type = classes[c.unicode()];
            weight += kWeight[type];
            judged += type == Blank ? 0 : 1;
        }
    }
    // Per mille: 1000 when every character is a good one.
    int plausibility() const { return judged ? int(weight / judged) : 1000; }
};

enum class Encoding { Utf8, Gb18030, Big5, Utf16LE, Utf16BE }; // in order of preference

const char *nameOf(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return "UTF-8";
    case Encoding::Gb18030:
        return "GB18030";
    case Encoding::Big5:
        return "Big5";
    case Encoding::Utf16LE:
        return "UTF-16LE";
    case Encoding::Utf16BE:
        return "UTF-16BE";
    }
    return "";
}

bool isUtf16(Encoding encoding)
{
    return encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
}

// The bytes of the valid character that starts at `p`, 0 when the byte there
// starts none (then that one byte is undecodable). ASCII is handled by the caller.
qsizetype utf8Sequence(const uchar *p, const uchar *end)
{
    const auto follows = [p, end](qsizetype k, uchar low = 0x80, uchar high = 0xbf) {
        return p + k < end && p[k] >= low && p[k] <= high;
    };
    const uchar b = *p;
    if (b >= 0xc2 && b <= 0xdf)
        return follows(1) ? 2 : 0;
    if (b == 0xe0)
        return follows(1, 0xa0) && follows(2) ? 3 : 0;
    if (b == 0xed)
        return follows(1, 0x80, 0x9f) && follows(2) ? 3 : 0;
    if (b >= 0xe1 && b <= 0xef)
        return follows(1) && follows(2) ? 3 : 0;
    if (b == 0xf0)
        return follows(1, 0x90) && follows(2) && follows(3) ? 4 : 0;
    if (b >= 0xf1 && b <= 0xf3)
        return follows(1) && follows(2) && follows(3) ? 4 : 0;
    if (b == 0xf4)
        return follows(1, 0x80, 0x8f) && follows(2) && follows(3) ? 4 : 0;
    return 0;
}

// GB18030: a lead byte 0x81–0xFE, then a trail byte 0x40–0x7E or 0x80–0xFE, or a
// digit, a byte 0x81–0xFE and a digit.
qsizetype gb18030Sequence(const uchar *p, const uchar *end)
{
    if (*p == 0x80 || *p == 0xff || p + 1 >= end)
        return 0;
    const uchar trail = p[1];
    if ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0x80 && trail <= 0xfe))
        return 2;
    if (trail >= 0x30 && trail <= 0x39 && p + 3 < end && p[2] >= 0x81 && p[2] <= 0xfe &&
        p[3] >= 0x30 && p[3] <= 0x39)
        return 4;
    return 0;
}

// Big5: a lead byte 0x81–0xFE, then a trail byte 0x40–0x7E or 0xA1–0xFE.
qsizetype big5Sequence(const uchar *p, const uchar *end)
{
    if (*p == 0x80 || *p == 0xff || p + 1 >= end)
        return 0;
    const uchar trail = p[1];
    return (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe) ? 2 : 0;
}

template<typename Sequence>
qsizetype scanWith(Sequence sequence, QByteArrayView bytes, qsizetype stopAfter,
                   QList<qsizetype> *positions)
{
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = begin + bytes.size();
    qsizetype errors = 0;
    for (const uchar *p = begin; p < end;) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        if (const qsizetype length = sequence(p, end)) {
            p += length;
            continue;
        }
        if (positions)
            positions->append(p - begin);
        if (++errors > stopAfter)
            break;
        ++p;
    }
    return errors;
}

// The undecodable bytes of a byte-oriented encoding (UTF-8, GB18030, Big5): how
// many (counting stops after `stopAfter`) and, when asked, where.
qsizetype scan(Encoding encoding, QByteArrayView bytes, qsizetype stopAfter,
               QList<qsizetype> *positions = nullptr)
{
    switch (encoding) {
    case Encoding::Utf8:
        return scanWith(utf8Sequence, bytes, stopAfter, positions);
    case Encoding::Gb18030:
        return scanWith(gb18030Sequence, bytes, stopAfter, positions);
    case Encoding::Big5:
        return scanWith(big5Sequence, bytes, stopAfter, positions);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        break;
    }
    return 0;
}

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

// Decodes a byte-oriented encoding with each undecodable byte (at `positions`,
// sorted) made a NUL first, so that it shows as one U+0000 marker; the file holds
// no NUL of its own (it would have been refused). A code the encoding leaves
// unassigned becomes a marker too. Decodes in slices so that a large file never
// needs a worst-case buffer (two bytes of text for every input byte) next to it.
QString decodeMarked(Encoding encoding, QByteArrayView bytes, const QList<qsizetype> &positions)
{
    constexpr qsizetype kSlice = 1024 * 1024;
    const bool utf8 = encoding == Encoding::Utf8;
    // A BOM is for accept() to see, not to be dropped here unseen.
    QStringDecoder decoder =
        utf8 ? QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom)
             : QStringDecoder(nameOf(encoding), QStringConverter::Flag::ConvertInvalidToNull);
    if (!decoder.isValid())
        return QString(bytes.size(), QChar(0));
    QString text;
    text.reserve(utf8 ? utf16Length(bytes) + 1 : bytes.size() / 2 + 16);
    QByteArray scratch;
    auto next = positions.cbegin();
    for (qsizetype offset = 0; offset < bytes.size(); offset += kSlice) {
        QByteArrayView slice = bytes.sliced(offset, std::min(kSlice, bytes.size() - offset));
        if (next != positions.cend() && *next < offset + slice.size()) {
            scratch = slice.toByteArray();
            for (; next != positions.cend() && *next < offset + slice.size(); ++next)
                scratch[*next - offset] = '\0';
            slice = scratch;
        }
        text += decoder.decode(slice);
    }
    if (!utf8)
        text.squeeze();
    return text;
}

char16_t unitAt(const uchar *p, bool little)
{
    return little ? char16_t(p[0] | p[1] << 8) : char16_t(p[0] << 8 | p[1]);
}

// Finer than the classes: a hanzi outweighs the Latin letter or symbol that a
// misaligned pair of bytes often makes.
int unitWeight(char16_t unit)
{
    switch (charClasses()[unit]) {
    case Blank:
    case Good:
        return 4;
    case Fair:
        return unit >= 0x4e00 && unit <= 0x9fff ? 3 : 1;
    default:
        return -2;
    }
}

// UTF-16 with an odd number of bytes: one byte is stray (appended, inserted, or
// the other half of its unit lost). The units before it are read from the start
// of the file, those after it from its end; the stray byte is where that reads
// best, the last such place on a tie (most often a byte appended to the file).
qsizetype strayByteOffset(QByteArrayView bytes, bool little)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype units = bytes.size() / 2;
    qint64 after = 0; // the units from the end, after the candidate stray byte
    for (qsizetype j = 0; j < units; ++j)
        after += unitWeight(unitAt(p + 2 * j + 1, little));
    qint64 before = 0;
    qint64 best = after;
    qsizetype bestAt = 0;
    for (qsizetype s = 1; s <= units; ++s) {
        before += unitWeight(unitAt(p + 2 * (s - 1), little));
        after -= unitWeight(unitAt(p + 2 * s - 1, little));
        if (before + after >= best) {
            best = before + after;
            bestAt = s;
        }
    }
    return 2 * bestAt;
}

struct Utf16Text
{
    QString text;
    bool nul = false; // the file holds a NUL character (not text)
};

// UTF-16 (without its BOM) up to about `limit` bytes; the stray byte at
// `strayAt` (-1: none) becomes a U+0000 marker.
Utf16Text decodeUtf16(QByteArrayView bytes, bool little, qsizetype strayAt, qsizetype limit)
{
    constexpr qsizetype kSlice = 1024 * 1024;
    Utf16Text result;
    const auto decodePart = [&](QByteArrayView part) {
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::ConvertInitialBom);
        const qsizetype from = result.text.size();
        for (qsizetype offset = 0; offset < part.size(); offset += kSlice)
            result.text +=
                decoder.decode(part.sliced(offset, std::min(kSlice, part.size() - offset)));
        result.nul = result.nul || QStringView(result.text).sliced(from).contains(QChar(0));
    };
    limit = std::min(limit, bytes.size());
    result.text.reserve(limit / 2 + 1);
    if (strayAt < 0 || strayAt >= limit) {
        decodePart(bytes.first(limit & ~qsizetype(1)));
        return result;
    }
    decodePart(bytes.first(strayAt));
    result.text += QChar(0);
    decodePart(bytes.sliced(strayAt + 1, (limit - strayAt - 1) & ~qsizetype(1)));
    return result;
}

// Control characters other than tab, line ends, page breaks and the DOS end-of-file
// mark do not occur in text. (U+0000 here marks an undecodable byte: a file with a
// NUL of its own is refused before.)
bool looksLikeBinaryText(QStringView text)
{
    const auto sample = text.first(std::min<qsizetype>(text.size(), kSampleBytes));
    qsizetype controls = 0;
    for (QChar c : sample) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != 0 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' &&
            u != u'\v' && u != 0x1a)
            ++controls;
    }
    return controls * 100 > sample.size();
}

Error binaryError()
{
    return Error{Error::Code::InvalidInput,
                 TextDecoder::tr("The file is not a text file: it contains control bytes (such as "
                                 "NUL) that do not occur in text.")};
}

Error invalidError(Encoding encoding)
{
    return Error{Error::Code::InvalidInput, TextDecoder::tr("The file is not valid %1 text.")
                                                .arg(QString::fromLatin1(nameOf(encoding)))};
}

// What the parser, the search index and the find bar all read must be the same
// text: each marker and each lone UTF-16 surrogate (UTF-16 files may hold them)
// becomes U+FFFD, its line recorded; the odd control character (form feed,
// vertical tab, EOF mark) becomes a space. Lines end as SourceText ends them: LF,
// CRLF or CR.
void finish(QString &text, DecodedText &decoded)
{
    QChar *c = text.data();
    const qsizetype size = text.size();
    int line = 1;
    const auto replace = [&](qsizetype i) {
        c[i] = QChar::ReplacementCharacter;
        ++decoded.replacedBytes;
        if (decoded.damagedLines.isEmpty() || decoded.damagedLines.last() != line)
            decoded.damagedLines.append(line);
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = c[i].unicode();
        if (u < 0x20) {
            if (u == u'\n')
                ++line;
            else if (u == u'\r')
                line += i + 1 < size && c[i + 1] == u'\n' ? 0 : 1;
            else if (u == 0)
                replace(i);
            else if (u != u'\t')
                c[i] = QLatin1Char(' ');
        } else if (QChar::isHighSurrogate(u)) {
            if (i + 1 < size && c[i + 1].isLowSurrogate())
                ++i;
            else
                replace(i);
        } else if (QChar::isLowSurrogate(u)) {
            replace(i);
        }
    }
}

Result<DecodedText> accept(QString text, Encoding encoding, bool bom, QString doubt,
                           qsizetype fileBytes)
{
    // The byte order mark: at the start, or after stray bytes in front of it.
    qsizetype markers = 0;
    while (markers < text.size() && text[markers].isNull())
        ++markers;
    if (markers < text.size() && text[markers] == QChar(0xFEFF)) {
        text.remove(markers, 1);
        bom = true;
    }
    if (looksLikeBinaryText(text))
        return binaryError();
    DecodedText decoded;
    decoded.encoding = QString::fromLatin1(nameOf(encoding));
    decoded.byteOrderMark = bom;
    decoded.doubt = std::move(doubt);
    finish(text, decoded);
    if (decoded.replacedBytes > maxErrors(fileBytes))
        return invalidError(encoding);
    decoded.text = std::move(text);
    qCDebug(lcDecoder) << "decoded as" << decoded.encoding << "bom" << bom << "replaced"
                       << decoded.replacedBytes << "on lines" << decoded.damagedLines;
    return decoded;
}

// Decodes `content` (the file without its BOM) as `encoding`.
Result<DecodedText> decodeAs(Encoding encoding, QByteArrayView content, bool bom, QString doubt,
                             qsizetype fileBytes)
{
    if (isUtf16(encoding)) {
        const bool little = encoding == Encoding::Utf16LE;
        const qsizetype stray = content.size() % 2 ? strayByteOffset(content, little) : -1;
        auto utf16 = decodeUtf16(content, little, stray, content.size());
        if (utf16.nul)
            return binaryError();
        return accept(std::move(utf16.text), encoding, bom, std::move(doubt), fileBytes);
    }
    if (content.contains('\0'))
        return binaryError();
    QList<qsizetype> positions;
    if (scan(encoding, content, maxErrors(fileBytes), &positions) > maxErrors(fileBytes))
        return invalidError(encoding);
    return accept(decodeMarked(encoding, content, positions), encoding, bom, std::move(doubt),
                  fileBytes);
}

// One way of reading a file without a BOM, judged on its first kSampleBytes.
struct Reading
{
    Encoding encoding = Encoding::Utf8;
    qsizetype errors = 0; // undecodable bytes (UTF-16: the stray byte and lone surrogates)
    int plausibility = 0;
    qsizetype judged = 0;
    bool binary = false;
    QString sample;

    bool usable(qsizetype bytes) const { return !binary && errors <= maxErrors(bytes); }
    bool plausible() const { return plausibility >= kPlausible; }
    // Plausibility less twice the errors per mille: damage costs.
    qint64 score(qsizetype bytes) const
    {
        return plausibility - 2 * qint64(errors) * 1000 / std::max<qsizetype>(bytes, 1);
    }
};

Reading readAs(Encoding encoding, QByteArrayView bytes)
{
    Reading reading;
    reading.encoding = encoding;
    const qsizetype limit = maxErrors(bytes.size());
    if (isUtf16(encoding)) {
        const bool little = encoding == Encoding::Utf16LE;
        const qsizetype stray = bytes.size() % 2 ? strayByteOffset(bytes, little) : -1;
        auto utf16 = decodeUtf16(bytes, little, stray, kSampleBytes);
        reading.sample = std::move(utf16.text);
        reading.binary = utf16.nul || looksLikeBinaryText(reading.sample);
        reading.errors = stray >= 0 ? 1 : 0;
        for (qsizetype i = 0; i < reading.sample.size(); ++i) {
            const QChar c = reading.sample[i];
            if (c.isHighSurrogate() && i + 1 < reading.sample.size() &&
                reading.sample[i + 1].isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                ++reading.errors;
        }
    } else {
        const auto sample = bytes.first(std::min(bytes.size(), kSampleBytes));
        QList<qsizetype> positions;
        reading.errors = scan(encoding, sample, limit, &positions);
        if (reading.errors <= limit) {
            reading.sample = decodeMarked(encoding, sample, positions);
            if (sample.size() < bytes.size())
                reading.errors = scan(encoding, bytes, limit);
            // Codes the encoding leaves unassigned are markers too (counted in the sample).
            reading.errors += reading.sample.count(QChar(0)) - positions.size();
            reading.binary = looksLikeBinaryText(reading.sample);
        }
    }
    Tally tally;
    tally.add(reading.sample);
    reading.plausibility = tally.plausibility();
    reading.judged = tally.judged;
    qCDebug(lcDecoder) << "reading as" << nameOf(encoding) << "errors" << reading.errors
                       << "plausibility" << reading.plausibility << "of" << reading.judged
                       << "characters";
    return reading;
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
        return DecodedText{QString(), QStringLiteral("UTF-8"), false, 0, {}, {}};
    const QByteArrayView all(bytes);
    const qsizetype size = bytes.size();

    if (bytes.startsWith("\xef\xbb\xbf"))
        return decodeAs(Encoding::Utf8, all.sliced(3), true, {}, size);
    // A UTF-16 file has an even number of bytes. With an odd number, one is stray,
    // perhaps in front of the BOM (a stray 0xFF before FE FF looks like FF FE): the
    // file is judged as one without a BOM then, and the BOM found after the stray byte.
    std::optional<Encoding> utf16Bom;
    if (bytes.startsWith("\xff\xfe"))
        utf16Bom = Encoding::Utf16LE;
    else if (bytes.startsWith("\xfe\xff"))
        utf16Bom = Encoding::Utf16BE;
    if (utf16Bom && size % 2 == 0)
        return decodeAs(*utf16Bom, all.sliced(2), true, {}, size);

    if (const QString format = binaryFormatName(bytes); !format.isEmpty())
        return Error{Error::Code::InvalidInput,
                     TextDecoder::tr("The file is not a text file: it looks like %1.").arg(format)};

    // Valid UTF-8 is UTF-8: other encodings almost never are.
    const bool nul = bytes.contains('\0');
    // (Scanned once: known valid and without NUL, it is decoded straight away.)
    if (!nul && scan(Encoding::Utf8, all, 0) == 0)
        return accept(decodeMarked(Encoding::Utf8, all, {}), Encoding::Utf8, false, {}, size);

    // Otherwise every encoding is a candidate (UTF-16 only, when there are NUL
    // bytes), and the most plausible reading wins.
    QList<Reading> readings;
    if (!nul) {
        for (const Encoding encoding : {Encoding::Utf8, Encoding::Gb18030, Encoding::Big5})
            readings << readAs(encoding, all);
    }
    for (const Encoding encoding : {Encoding::Utf16LE, Encoding::Utf16BE})
        readings << readAs(encoding, all);

    const Reading *best = nullptr;
    for (const Reading &reading : std::as_const(readings)) {
        if (reading.usable(size) && reading.plausible() &&
            (!best || reading.score(size) > best->score(size)))
            best = &reading;
    }
    if (!best && utf16Bom)
        return decodeAs(*utf16Bom, all.sliced(2), true, {}, size);
    if (!best) {
        // Nothing reads as Chinese: a few stray bytes in otherwise valid UTF-8 (text
        // in another language) are still UTF-8.
        if (!nul && readings.first().errors <= fewErrors(size))
            return decodeAs(Encoding::Utf8, all, false, {}, size);
        if (nul)
            return Error{Error::Code::InvalidInput,
                         TextDecoder::tr("The file is not a text file: it contains NUL bytes.")};
        return Error{Error::Code::InvalidInput,
                     TextDecoder::tr("The file is not text in any supported encoding "
                                     "(UTF-8, UTF-16, GB18030, Big5).")};
    }

    // A close call between two plausible readings that differ is noted.
    const Reading *runnerUp = nullptr;
    for (const Reading &reading : std::as_const(readings)) {
        if (&reading != best && reading.usable(size) && reading.plausible() &&
            reading.sample != best->sample &&
            (!runnerUp || reading.score(size) > runnerUp->score(size)))
            runnerUp = &reading;
    }
    QString doubt;
    if (runnerUp && best->score(size) - runnerUp->score(size) < kCloseCall)
        doubt = TextDecoder::tr("The encoding is uncertain: the file was read as %1, but it reads "
                                "almost as well as %2.")
                    .arg(QString::fromLatin1(nameOf(best->encoding)),
                         QString::fromLatin1(nameOf(runnerUp->encoding)));
    const Encoding chosen = best->encoding;
    readings.clear(); // the samples are no longer needed while the whole file is decoded
    return decodeAs(chosen, all, false, std::move(doubt), size);
}

} // namespace Broadsheet
