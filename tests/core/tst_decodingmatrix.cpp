#include "issueparser.h"
#include "textdecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include <sys/stat.h>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Every test issue in every supported encoding, clean and damaged: the damaged
// file must be read in the encoding of the clean one, match it everywhere the
// damage did not land, and name every line where bytes were replaced with U+FFFD.
// Plus the regressions of issue 11 and the files that are not files.
class TestDecodingMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanSources_data();
    void cleanSources();
    void matrix_data();
    void matrix();
    void gb18030WithStrayByteAtTheEnd();
    void shortUtf8WithStrayByte();
    void seedAsBomlessUtf16_data();
    void seedAsBomlessUtf16();
    void oddUtf16ByteIsOneReplacement_data();
    void oddUtf16ByteIsOneReplacement();
    void strayByteInsideUtf16Unit();
    void closeCallIsNoted();
    void plainAsciiHasNoDoubt();
    void notesListTheFirstLines();
    void refusesDevices_data();
    void refusesDevices();
    void refusesFifoAtOnce();
    void refusesFileLargerThanTheLimit();
    void readsFilesThatClaimToBeEmpty();
};

namespace {

constexpr QChar kReplacement = QChar::ReplacementCharacter;

struct Source
{
    QString name;
    QString text; // as the decoder reads the file, clean
    bool big5 = false;
};

QList<Source> &sources()
{
    static QList<Source> list;
    return list;
}

QStringList sourcePaths()
{
    QStringList paths;
    for (const QString &folder :
         {u"" BROADSHEET_TEST_DATA "/issues"_s, u"" BROADSHEET_SOURCE_DIR "/seeds"_s,
          u"" BROADSHEET_TEST_DATA "/samples"_s,
          u"" BROADSHEET_SOURCE_DIR "/tests/core/decoding"_s}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
    }
    return paths;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The encodings of the files in the repository, as tests/data/issues/README.md says.
QString expectedEncoding(const QString &name, bool *bom)
{
    *bom = name.startsWith(u"t12") || name.startsWith(u"t14");
    if (name.startsWith(u"t11") || name.startsWith(u"t15"))
        return u"GB18030"_s;
    if (name.startsWith(u"t12"))
        return u"UTF-16LE"_s;
    return u"UTF-8"_s;
}

struct Variant
{
    const char *label;
    const char *encoder; // QStringEncoder name
    QString reported;    // what the decoder says
    QByteArray bom;
};

const QList<Variant> &variants()
{
    static const QList<Variant> list = {
        {"UTF-8", "UTF-8", u"UTF-8"_s, {}},
        {"UTF-8 BOM", "UTF-8", u"UTF-8"_s, QByteArray("\xef\xbb\xbf")},
        {"UTF-16LE", "UTF-16LE", u"UTF-16LE"_s, {}},
        {"UTF-16LE BOM", "UTF-16LE", u"UTF-16LE"_s, QByteArray("\xff\xfe")},
        {"UTF-16BE", "UTF-16BE", u"UTF-16BE"_s, {}},
        {"UTF-16BE BOM", "UTF-16BE", u"UTF-16BE"_s, QByteArray("\xfe\xff")},
        {"GB18030", "GB18030", u"GB18030"_s, {}},
        {"Big5", "Big5", u"Big5"_s, {}},
    };
    return list;
}

QByteArray encode(const Variant &variant, QStringView text)
{
    QStringEncoder encoder(variant.encoder);
    return encoder.encode(text);
}

// The lines of a text as SourceText counts them (LF, CRLF or CR end one); each
// piece is [start, end of content, end with its line end).
struct LinePiece
{
    qsizetype start;
    qsizetype contentEnd;
    qsizetype end;
};

QList<LinePiece> linePieces(QStringView text)
{
    QList<LinePiece> pieces;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const qsizetype contentEnd = end;
        if (end < text.size())
            end += text[end] == u'\r' && end + 1 < text.size() && text[end + 1] == u'\n' ? 2 : 1;
        pieces << LinePiece{start, contentEnd, end};
        start = end;
    }
    return pieces;
}

QStringList contentLines(QStringView text)
{
    QStringList lines;
    for (const LinePiece &piece : linePieces(text))
        lines << text.sliced(piece.start, piece.contentEnd - piece.start).toString();
    return lines;
}

int lineOfChar(const QList<LinePiece> &pieces, qsizetype index)
{
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (index < pieces[i].end)
            return int(i + 1);
    }
    return int(pieces.size());
}

// Where each line's content bytes are in the encoded file (the BOM included).
struct ByteLine
{
    qsizetype start;
    qsizetype contentEnd;
};

QList<ByteLine> byteLines(const Variant &variant, QStringView text)
{
    QList<ByteLine> lines;
    qsizetype offset = variant.bom.size();
    for (const LinePiece &piece : linePieces(text)) {
        const qsizetype content =
            encode(variant, text.sliced(piece.start, piece.contentEnd - piece.start)).size();
        const qsizetype ending =
            encode(variant, text.sliced(piece.contentEnd, piece.end - piece.contentEnd)).size();
        lines << ByteLine{offset, offset + content};
        offset += content + ending;
    }
    return lines;
}

bool representable(const Variant &variant, const QString &text)
{
    QStringEncoder encoder(variant.encoder);
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return false;
    QStringDecoder decoder(variant.encoder);
    return QString(decoder.decode(bytes)) == text;
}

// A character boundary near the middle, not inside a CRLF or a surrogate pair.
qsizetype middleBoundary(QStringView text)
{
    qsizetype k = text.size() / 2;
    while (k < text.size() &&
           ((text[k - 1] == u'\r' && text[k] == u'\n') || text[k].isLowSurrogate()))
        ++k;
    return k;
}

qsizetype lastNonAscii(QStringView text)
{
    for (qsizetype k = text.size() - 1; k >= 0; --k) {
        if (text[k].unicode() >= 0x80 && !text[k].isLowSurrogate())
            return k;
    }
    return -1;
}

struct Damaged
{
    QByteArray bytes;
    QString expected;        // the exact text expected, when the damage is one that shows
    QList<int> touchedLines; // the lines whose bytes were changed
};

// 0.5 % of the bytes of line contents overwritten with random values that are
// neither NUL nor line ends (nor, in UTF-16, make a control character): damage
// that keeps the lines where they were. Deterministic: the generator is seeded.
Damaged randomDamage(const Variant &variant, const QString &text, quint32 seed)
{
    Damaged damaged;
    damaged.bytes = variant.bom + encode(variant, text);
    const QList<ByteLine> lines = byteLines(variant, text);
    qsizetype contentBytes = 0;
    for (const ByteLine &line : lines)
        contentBytes += line.contentEnd - line.start;
    QRandomGenerator random(seed);
    const qsizetype count = std::max<qsizetype>(1, damaged.bytes.size() * 5 / 1000);
    const bool utf16 = QByteArrayView(variant.encoder).startsWith("UTF-16");
    const bool little = QByteArrayView(variant.encoder) == "UTF-16LE";
    std::set<qsizetype> used;
    std::set<int> touched;
    while (qsizetype(used.size()) < count) {
        qsizetype pick = qsizetype(random.bounded(quint64(contentBytes)));
        qsizetype at = -1;
        int line = 0;
        for (const ByteLine &byteLine : lines) {
            ++line;
            if (pick < byteLine.contentEnd - byteLine.start) {
                at = byteLine.start + pick;
                break;
            }
            pick -= byteLine.contentEnd - byteLine.start;
        }
        if (at < 0 || used.count(at))
            continue;
        const auto value = char(random.bounded(1, 256));
        if (value == '\n' || value == '\r')
            continue;
        if (utf16) {
            const qsizetype unit = at & ~qsizetype(1);
            QByteArray pair = damaged.bytes.mid(unit, 2);
            pair[at - unit] = value;
            const auto lo = uchar(pair[little ? 0 : 1]);
            const auto hi = uchar(pair[little ? 1 : 0]);
            if (hi == 0 && lo < 0x20)
                continue;
        }
        damaged.bytes[at] = value;
        used.insert(at);
        touched.insert(line);
    }
    damaged.touchedLines = QList<int>(touched.begin(), touched.end());
    return damaged;
}

struct TitleAt
{
    QString text;
    QList<int> lines;    // the title's
    QList<int> allLines; // the article's
};

QList<TitleAt> titlesOf(const Issue &issue)
{
    QList<TitleAt> titles;
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            TitleAt title{
                article.displayTitle(), article.title ? article.title->lines : QList<int>(), {}};
            for (const auto &part : {article.kicker, article.title, article.subtitle}) {
                if (part)
                    title.allLines << part->lines;
            }
            if (article.byline)
                title.allLines << article.byline->lines;
            for (const Paragraph &paragraph : article.paragraphs)
                title.allLines << paragraph.lines;
            for (const Caption &caption : article.captions)
                title.allLines << caption.lines;
            titles << title;
        }
    }
    return titles;
}

// The numbers the damage note names: the listed lines, and "N more" last.
QList<int> numbersInDamageNote(const QStringList &notes, QString *note)
{
    QList<int> numbers;
    for (const QString &candidate : notes) {
        if (!candidate.contains(kReplacement))
            continue;
        *note = candidate;
        static const QRegularExpression number(u"\\d+"_s);
        for (auto it = number.globalMatch(candidate); it.hasNext();)
            numbers << it.next().captured().toInt();
    }
    return numbers;
}

} // namespace

void TestDecodingMatrix::initTestCase()
{
    sources().clear();
    for (const QString &path : sourcePaths()) {
        const QByteArray bytes = readAll(path);
        const auto decoded = TextDecoder::decode(bytes);
        if (!decoded)
            continue; // cleanSources says why
        Source source{QFileInfo(path).completeBaseName(), decoded->text, false};
        source.big5 = representable(variants().last(), source.text);
        sources() << source;
    }
    QVERIFY(sources().size() >= 20);
}

void TestDecodingMatrix::cleanSources_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : sourcePaths())
        QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
}

void TestDecodingMatrix::cleanSources()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).completeBaseName();
    const auto decoded = TextDecoder::decode(readAll(path));
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    bool bom = false;
    const QString encoding = name.startsWith(u"trad_") ? u"UTF-8"_s : expectedEncoding(name, &bom);
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->byteOrderMark, bom);
    QCOMPARE(decoded->replacedBytes, 0);
    QVERIFY(decoded->damagedLines.isEmpty());
    QVERIFY2(decoded->doubt.isEmpty(), qPrintable(decoded->doubt));
    QVERIFY(!decoded->text.contains(kReplacement));
    QVERIFY(IssueParser::parseText(decoded->text).articleCount() > 0);
    if (name.startsWith(u"trad_"))
        QVERIFY2(representable(variants().last(), decoded->text), "not representable in Big5");
}

void TestDecodingMatrix::matrix_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // exact text; empty: compare line by line
    QTest::addColumn<QList<int>>("touched");

    quint32 seed = 11;
    for (const Source &source : std::as_const(sources())) {
        const QString &text = source.text;
        for (const Variant &variant : variants()) {
            if (variant.reported == u"Big5"_s && !source.big5)
                continue;
            const bool bom = !variant.bom.isEmpty();
            const QByteArray clean = variant.bom + encode(variant, text);
            const QList<LinePiece> pieces = linePieces(text);
            const auto row = [&](const char *damage, const QByteArray &bytes,
                                 const QString &expected, const QList<int> &touched) {
                QTest::addRow("%s %s %s", qPrintable(source.name), variant.label, damage)
                    << source.name << variant.reported << bom << QString::fromLatin1(damage)
                    << bytes << expected << touched;
            };
            row("clean", clean, text, {});

            // One stray 0xFF: in front of everything (the BOM too), at a character
            // boundary in the middle, and appended.
            row("stray byte at the start", '\xff' + clean, kReplacement + text, {1});
            const qsizetype middle = middleBoundary(text);
            const qsizetype middleByte =
                variant.bom.size() + encode(variant, QStringView(text).first(middle)).size();
            row("stray byte in the middle", QByteArray(clean).insert(middleByte, '\xff'),
                QString(text).insert(middle, kReplacement), {lineOfChar(pieces, middle)});
            row("stray byte at the end", clean + '\xff', text + kReplacement,
                {int(contentLines(text + kReplacement).size())});

            // The last multibyte character cut after its first byte, and the file
            // ends there.
            const qsizetype cut = lastNonAscii(text);
            const QByteArray cutBytes = variant.bom +
                                        encode(variant, QStringView(text).first(cut)) +
                                        encode(variant, QStringView(text).sliced(cut, 1)).left(1);
            row("last character cut", cutBytes, text.left(cut) + kReplacement,
                {lineOfChar(pieces, cut)});

            const Damaged damaged = randomDamage(variant, text, seed++);
            row("0.5% random bytes", damaged.bytes, QString(), damaged.touchedLines);
        }
    }
}

void TestDecodingMatrix::matrix()
{
    QFETCH(QString, source);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, damage);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QList<int>, touched);

    const auto clean = std::find_if(sources().cbegin(), sources().cend(),
                                    [&](const Source &s) { return s.name == source; });
    QVERIFY(clean != sources().cend());

    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->byteOrderMark, bom);
    QVERIFY2(decoded->doubt.isEmpty(), qPrintable(decoded->doubt));

    // Line by line: untouched lines are as in the clean file.
    const QStringList cleanLines = contentLines(clean->text);
    const QStringList lines = contentLines(decoded->text);
    QList<int> introduced; // lines holding a U+FFFD the clean file does not
    QList<int> silent;     // lines changed with nothing to show for it
    if (expected.isEmpty()) {
        QCOMPARE(lines.size(), cleanLines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int number = int(i + 1);
            if (lines[i] == cleanLines[i])
                continue;
            QVERIFY2(touched.contains(number),
                     qPrintable(u"line %1 changed but no byte of it was damaged: %2"_s.arg(
                         QString::number(number), lines[i])));
            if (lines[i].count(kReplacement) > cleanLines[i].count(kReplacement))
                introduced << number;
            else
                silent << number;
        }
    } else {
        // Damage that always shows: exactly one U+FFFD where the byte was.
        // In UTF-16 a stray byte that makes a plausible character with the byte
        // next to it can be told from that byte by nothing: then the neighbour
        // is lost instead, next to the U+FFFD.
        if (decoded->text != expected && encoding.startsWith(u"UTF-16") &&
            damage == u"stray byte in the middle"_s && decoded->text.size() == expected.size()) {
            const qsizetype marker = expected.indexOf(kReplacement);
            QString neighbourLost = expected;
            if (decoded->text.indexOf(kReplacement) == marker + 1) {
                neighbourLost[marker] = decoded->text[marker];
                neighbourLost[marker + 1] = kReplacement;
            } else if (marker > 0 && decoded->text.indexOf(kReplacement) == marker - 1) {
                neighbourLost[marker] = decoded->text[marker];
                neighbourLost[marker - 1] = kReplacement;
            }
            if (decoded->text == neighbourLost)
                expected = neighbourLost;
        }
        if (decoded->text != expected) {
            qsizetype at = 0;
            while (at < expected.size() && at < decoded->text.size() &&
                   decoded->text[at] == expected[at])
                ++at;
            const qsizetype from = std::max<qsizetype>(0, at - 8);
            QFAIL(
                qPrintable(u"the text differs at %1 of %2: \"%3\" where \"%4\" was expected"_s.arg(
                    QString::number(at), QString::number(expected.size()),
                    decoded->text.mid(from, 24), expected.mid(from, 24))));
        }
        QCOMPARE(decoded->replacedBytes, damage == u"clean"_s ? 0 : 1);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(kReplacement))
                introduced << int(i + 1);
        }
        QCOMPARE(introduced, touched);
    }
    QCOMPARE(decoded->damagedLines, introduced);
    QVERIFY(decoded->replacedBytes >= introduced.size());

    // The issue names every such line (the first 50, and how many more).
    const auto issue = IssueParser::parse(bytes, source + u".txt"_s);
    QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
    QCOMPARE(issue->source.encoding, encoding);
    QString note;
    const QList<int> numbers = numbersInDamageNote(issue->notes, &note);
    QList<int> expectedNumbers = introduced.first(std::min<qsizetype>(introduced.size(), 50));
    if (introduced.size() > 50)
        expectedNumbers << int(introduced.size() - 50);
    QVERIFY2(numbers == expectedNumbers, qPrintable(note));

    // The articles. Clean: the same titles. Damaged: every title on an undamaged
    // line is still there, on its line; an article that is not in the clean parse
    // is made of damaged lines (a line that was blank and now holds only a U+FFFD
    // is text, and the parser makes a fragment of it).
    const Issue reference = IssueParser::parseText(clean->text);
    const QList<TitleAt> want = titlesOf(reference);
    const QList<TitleAt> got = titlesOf(*issue);
    if (damage == u"clean"_s) {
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i)
            QCOMPARE(got[i].text, want[i].text);
        return;
    }
    // An article's title depends on its own lines and on the lines next to it (a
    // byline below a title makes it one; a credit line above a kicker…): it is
    // damaged when damage landed on any of them.
    const auto damagedArticle = [&](const QList<int> &articleLines) {
        if (articleLines.isEmpty())
            return true;
        int first = *std::min_element(articleLines.cbegin(), articleLines.cend());
        int last = *std::max_element(articleLines.cbegin(), articleLines.cend());
        do
            --first;
        while (first > 1 && cleanLines.value(first - 1).trimmed().isEmpty());
        do
            ++last;
        while (last < cleanLines.size() && cleanLines.value(last - 1).trimmed().isEmpty());
        return std::any_of(touched.cbegin(), touched.cend(),
                           [&](int line) { return line >= first && line <= last; });
    };
    const auto same = [](const TitleAt &a, const TitleAt &b) {
        return a.text == b.text && a.lines == b.lines;
    };
    QStringList problems;
    int checked = 0;
    for (const TitleAt &title : want) {
        if (damagedArticle(title.allLines))
            continue;
        ++checked;
        if (std::none_of(got.cbegin(), got.cend(),
                         [&](const TitleAt &t) { return same(t, title); }))
            problems << u"lost \"%1\" (line %2)"_s.arg(title.text,
                                                       QString::number(title.lines.value(0)));
    }
    for (const TitleAt &title : got) {
        if (std::none_of(want.cbegin(), want.cend(),
                         [&](const TitleAt &t) { return same(t, title); }) &&
            !damagedArticle(title.allLines))
            problems << u"new \"%1\" on undamaged lines"_s.arg(title.text);
    }
    // Single stray bytes leave most articles alone.
    if (damage != u"0.5% random bytes"_s)
        QVERIFY(checked >= want.size() - 2);
    if (!problems.isEmpty()) {
        QStringList context{u"damaged lines:"_s};
        for (int line : touched)
            context << QString::number(line) + u": "_s + lines.value(line - 1).left(30);
        context << u"titles read:"_s;
        for (const TitleAt &title : got)
            context << QString::number(title.lines.value(0)) + u": "_s + title.text;
        qInfo().noquote() << context.join(u'\n');
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    // What no decoder can see (a byte turned into another valid one) is counted,
    // not hidden.
    if (damage == u"0.5% random bytes"_s)
        qInfo("%lld damaged lines: %lld noted, %lld changed silently; %d of %lld articles "
              "undamaged and compared",
              qint64(touched.size()), qint64(introduced.size()), qint64(silent.size()), checked,
              qint64(want.size()));
}

void TestDecodingMatrix::gb18030WithStrayByteAtTheEnd()
{
    // Issue 11: decoded as Big5, silently.
    QStringEncoder gb("GB18030");
    for (const Source &source : std::as_const(sources())) {
        QByteArray bytes = gb.encode(source.text);
        bytes += '\xff';
        const auto decoded = TextDecoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(source.name));
        QCOMPARE(decoded->encoding, u"GB18030"_s);
        QCOMPARE(decoded->text, source.text + kReplacement);
        QCOMPARE(decoded->replacedBytes, 1);
    }
}

void TestDecodingMatrix::shortUtf8WithStrayByte()
{
    // Issue 11: a short UTF-8 issue with one stray byte came out as GB18030 mojibake.
    const QString text =
        u"县医院新门诊楼投入使用\n\n本报讯(记者 周红)县医院新门诊楼今天正式投入使用。\n"_s;
    for (const qsizetype at : {qsizetype(0), qsizetype(33), qsizetype(-1)}) {
        QByteArray bytes = text.toUtf8();
        bytes.insert(at < 0 ? bytes.size() : at, '\xff');
        const auto decoded = TextDecoder::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, u"UTF-8"_s);
        QCOMPARE(decoded->replacedBytes, 1);
        QCOMPARE(QString(decoded->text).remove(kReplacement), text);
        const auto issue = IssueParser::parse(bytes);
        QVERIFY(issue.ok());
        QString note;
        QCOMPARE(numbersInDamageNote(issue->notes, &note), decoded->damagedLines);
    }
}

void TestDecodingMatrix::seedAsBomlessUtf16_data()
{
    QTest::addColumn<QByteArray>("encoder");
    QTest::newRow("UTF-16LE") << QByteArray("UTF-16LE");
    QTest::newRow("UTF-16BE") << QByteArray("UTF-16BE");
}

void TestDecodingMatrix::seedAsBomlessUtf16()
{
    // Issue 11: `iconv -t UTF-16LE` of the seed was refused for its NUL bytes.
    QFETCH(QByteArray, encoder);
    const QByteArray utf8 = readAll(u"" BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt"_s);
    QStringEncoder toUtf16(encoder.constData());
    const QByteArray bytes = toUtf16.encode(QString::fromUtf8(utf8));
    const auto issue = IssueParser::parse(bytes);
    QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
    QCOMPARE(issue->source.encoding, QString::fromLatin1(encoder));
    QCOMPARE(issue->articleCount(), IssueParser::parse(utf8)->articleCount());
    QVERIFY(issue->notes.isEmpty() || !issue->notes.join(u' ').contains(kReplacement));
}

void TestDecodingMatrix::oddUtf16ByteIsOneReplacement_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");

    const QString text = u"本报讯\n记者 王茵\n市委书记率队检查城市基础设施建设。\n"_s;
    QStringEncoder le("UTF-16LE");
    QStringEncoder be("UTF-16BE");
    const QByteArray little = le.encode(text);
    const QByteArray big = be.encode(text);
    QTest::newRow("LE, an appended newline byte")
        << QByteArray(little + '\n') << text + kReplacement << 4;
    QTest::newRow("BE, an appended byte") << QByteArray(big + 'x') << text + kReplacement << 4;
    QTest::newRow("LE BOM, the last byte lost")
        << QByteArray("\xff\xfe" + little.chopped(1)) << text.chopped(1) + kReplacement << 3;
    QTest::newRow("BE BOM, a byte inserted on line 2")
        << QByteArray("\xfe\xff" + big).insert(2 + 2 * 5, '\x42')
        << QString(text).insert(5, kReplacement) << 2;
    QTest::newRow("LE, a byte lost on line 3")
        << QByteArray(little).remove(2 * 12, 1) << QString(text).replace(12, 1, kReplacement) << 3;
}

void TestDecodingMatrix::oddUtf16ByteIsOneReplacement()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(int, line);
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QVERIFY(decoded->encoding.startsWith(u"UTF-16"));
    QCOMPARE(decoded->text, expected);
    QCOMPARE(decoded->replacedBytes, 1);
    QCOMPARE(decoded->damagedLines, QList<int>{line});
}

void TestDecodingMatrix::strayByteInsideUtf16Unit()
{
    // A byte inserted between the two bytes of a character: that character is
    // lost with it, and the rest is read right.
    const QString text = u"本报讯(记者 王茵)市委书记率队检查城市基础设施建设与管理工作。\n"
                         u"每到一处,他都与随行人员沟通交流,详细了解工作设想和推进措施。\n"_s;
    QStringEncoder le("UTF-16LE");
    QByteArray bytes = le.encode(text);
    bytes.insert(2 * 20 + 1, '\x77');
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, u"UTF-16LE"_s);
    QCOMPARE(decoded->replacedBytes, 1);
    QCOMPARE(decoded->text.size(), text.size() + 1);
    qsizetype differ = 0;
    for (qsizetype i = 0, j = 0; i < text.size(); ++i, ++j) {
        if (decoded->text[j] == kReplacement)
            ++j;
        differ += decoded->text[j] != text[i] ? 1 : 0;
    }
    QVERIFY(differ <= 1);
    QCOMPARE(decoded->damagedLines, QList<int>{1});
}

void TestDecodingMatrix::closeCallIsNoted()
{
    // Bytes that read as Chinese both in GB18030 and in Big5, barely: mostly
    // ASCII with two characters that are hanzi in both (B3 C9 is 成 in GB18030, a
    // level-1 hanzi in Big5). The reader learns which was chosen and the runner-up.
    const QByteArray bytes("Item 1: \xb3\xc9\xb9\xfb 2024\nItem 2: OK\n");
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, u"GB18030"_s);
    QVERIFY2(decoded->doubt.contains(u"GB18030"_s) && decoded->doubt.contains(u"Big5"_s),
             qPrintable(decoded->doubt));
    const auto issue = IssueParser::parse(bytes);
    QVERIFY(issue.ok());
    QVERIFY(issue->notes.contains(decoded->doubt));
}

void TestDecodingMatrix::plainAsciiHasNoDoubt()
{
    // Every encoding reads ASCII alike: nothing to doubt, even with a stray byte.
    const QByteArray bytes("Page 1\n\nCity news\n\nThe council met today.\n\xff");
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, u"UTF-8"_s);
    QVERIFY(decoded->doubt.isEmpty());
    QCOMPARE(decoded->damagedLines, QList<int>{6});
}

void TestDecodingMatrix::notesListTheFirstLines()
{
    // A stray byte on each of 60 lines: the first 50 are listed, then how many more.
    QByteArray bytes;
    for (int i = 0; i < 60; ++i)
        bytes += QByteArray("本报讯(记者 王茵)市委书记率队检查城市基础设施建设与管理工作。"
                            "每到一处,他都与随行人员沟通交流,详细了解工作设想和推进措施。\xff\n");
    const auto issue = IssueParser::parse(bytes);
    QVERIFY2(issue.ok(), qPrintable(issue.errorMessage()));
    QCOMPARE(issue->source.encoding, u"UTF-8"_s);
    QString note;
    const QList<int> numbers = numbersInDamageNote(issue->notes, &note);
    QList<int> expected;
    for (int line = 1; line <= 50; ++line)
        expected << line;
    expected << 10;
    QVERIFY2(numbers == expected, qPrintable(note));
}

void TestDecodingMatrix::refusesDevices_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/dev/zero") << u"/dev/zero"_s;
    QTest::newRow("/dev/null") << u"/dev/null"_s;
    QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
}

void TestDecodingMatrix::refusesDevices()
{
    QFETCH(QString, path);
    if (!QFile::exists(path))
        QSKIP("no such device here");
    QElapsedTimer timer;
    timer.start();
    const auto bytes = IssueParser::readFile(path);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, Error::Code::InvalidInput);
    QVERIFY2(bytes.errorMessage().contains(path) &&
                 bytes.errorMessage().contains(u"not a regular file"_s),
             qPrintable(bytes.errorMessage()));
    QVERIFY(timer.elapsed() < 1000);
}

void TestDecodingMatrix::refusesFifoAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"issue.txt"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    const auto bytes = IssueParser::readFile(fifo); // would wait for a writer if opened
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, Error::Code::InvalidInput);
    QVERIFY2(bytes.errorMessage().contains(u"not a regular file"_s),
             qPrintable(bytes.errorMessage()));
    const auto issue = IssueParser::parseFile(fifo);
    QVERIFY(!issue.ok());
    QVERIFY(timer.elapsed() < 1000);
}

void TestDecodingMatrix::refusesFileLargerThanTheLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(IssueParser::kMaxFileBytes + 1)); // sparse: takes no room
    file.close();
    QElapsedTimer timer;
    timer.start();
    const auto bytes = IssueParser::readFile(path);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, Error::Code::InvalidInput);
    QVERIFY2(bytes.errorMessage().contains(u"too large"_s) && bytes.errorMessage().contains(path),
             qPrintable(bytes.errorMessage()));
    QVERIFY(timer.elapsed() < 1000);
}

void TestDecodingMatrix::readsFilesThatClaimToBeEmpty()
{
    // Files in /proc say they are empty and are not; the read is bounded by the
    // limit, not by what the size said.
    const QString path = u"/proc/self/status"_s;
    if (!QFile::exists(path))
        QSKIP("no /proc here");
    const auto bytes = IssueParser::readFile(path);
    QVERIFY2(bytes.ok(), qPrintable(bytes.errorMessage()));
    QVERIFY(bytes->contains("Name:"));
}

QTEST_GUILESS_MAIN(TestDecodingMatrix)
#include "tst_decodingmatrix.moc"
