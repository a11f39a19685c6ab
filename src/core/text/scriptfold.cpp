#include "scriptfold.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>

#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// --- The reviewed lists -------------------------------------------------------
//
// The search fold merges two characters for every search, in every text: it is
// right where the traditional character has no meaning of its own in simplified
// text, so that folding it only makes traditional text read as simplified text
// already reads. 後→后, 於→于, 裏/裡→里 are such folds: simplified 后 already
// means both "after" and "queen", and 里 both "inside" and the unit li (公里),
// so a traditional issue gains no ambiguity a simplified one does not have; the
// only cost is that a one-character search for 裏 also finds 公里.
//
// It is wrong where the traditional character is also a standard simplified
// character with a meaning the target lacks: a search for it would find every
// article with the (usually far more common) target. These OpenCC folds are left
// out. They are the characters of OpenCC's table that GB2312, the simplified
// character set, also holds, reviewed one by one; the rest of those (麽 醣 菸 摺
// 於 榘 捱 後 徵 夥 吒) are folded, being variants or rare in simplified text.
constexpr char32_t kExclusions[] = {
    U'乾', // →干: 乾坤, 乾隆, 乾县 are simplified; 干 (干部, 干净) would swamp a search for 乾
    U'薹', // →苔: 蒜薹, 菜薹 are simplified; 苔 is moss (苔藓)
    U'麴', // →曲: a surname of its own; 曲 (歌曲, 曲线) would swamp it
    U'甯', // →宁: a surname distinct from 宁 in simplified text too; names must not merge
};
//
// Left out of the variants as well, for the same reason:
// * 著/着: OpenCC folds neither (著 is standard simplified: 著名, 著作, 显著), but
//   Taiwan prints 著 for the particle 着 (隨著, 接著). Merging them would make a
//   search for either character alone find both, so they stay apart: search for
//   随着 OR 随著 to find both spellings.
// * 瞭→了, 藉→借, 祇→只, 覆→复: OpenCC keeps these as they are, first; 瞭望,
//   慰藉, 神祇 and 覆盖 are simplified words.

// Variant forms found in Hong Kong and Taiwan papers (and in text that went
// through OCR or Japanese and Korean code pages) that OpenCC leaves alone or
// sends to another variant, each with the one simplified character it stands for.
constexpr ScriptFold::Variant kVariants[] = {
    {U'戱', U'戏'}, // OpenCC: 戯, the Japanese form, which it does not fold further
    {U'戯', U'戏'}, {U'緖', U'绪'}, // the Korean and Japanese code points' 緒
    {U'衞', U'卫'},                 // Hong Kong: 衞生署
    {U'敍', U'叙'},                 // Hong Kong: 敍述 (Taiwan's 敘 is OpenCC's)
    {U'衹', U'只'},                 // Hong Kong: 衹有; OpenCC keeps it first
    {U'粧', U'妆'},                 // Taiwan: 化粧品
    {U'牠', U'它'},                 // Taiwan: 牠們, for animals
    {U'妳', U'你'},                 // Taiwan: "you", to a woman
};

// --- Reading OpenCC's table ------------------------------------------------------

using Pair = std::pair<char32_t, char32_t>;

// The one character `utf8` holds, or 0. Every search opens a library and so reads
// the table's few thousand entries: they are decoded here without a QString each,
// and only what is not one well-formed character goes the long way (to the same
// answer: QString's decoding).
char32_t onlyCodePoint(const std::string &utf8)
{
    const auto byte = [&](std::size_t i) { return char32_t(static_cast<unsigned char>(utf8[i])); };
    const std::size_t size = utf8.size();
    const char32_t lead = size ? byte(0) : 0;
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (size == length && lead >= 0xC2 && lead <= 0xF4) {
        char32_t c = lead & (0x7F >> length);
        bool wellFormed = true;
        for (std::size_t i = 1; i < length; ++i) {
            wellFormed = wellFormed && (byte(i) & 0xC0) == 0x80;
            c = (c << 6) | (byte(i) & 0x3F);
        }
        const char32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (wellFormed && c >= smallest && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF))
            return c;
    }
    const QList<uint> ucs4 = QString::fromStdString(utf8).toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4.first()) : 0;
}

// Every entry of the table: a character and its first simplified form, both
// single characters. Empty when the file cannot be read.
std::vector<Pair> readCharacterTable(const QString &path)
{
    std::vector<Pair> pairs;
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return pairs;
    try {
        const opencc::MarisaDictPtr dictionary = opencc::MarisaDict::NewFromFile(file);
        for (const auto &entry : *dictionary->GetLexicon()) {
            const char32_t from = onlyCodePoint(entry->Key());
            const char32_t to = onlyCodePoint(entry->GetDefault());
            if (from && to)
                pairs.emplace_back(from, to);
        }
    } catch (const std::exception &error) {
        qCWarning(lcParser) << "cannot read OpenCC's character table" << path << error.what();
        pairs.clear();
    }
    std::fclose(file);
    return pairs;
}

std::vector<Pair> openccPairs()
{
    QStringList candidates;
#ifdef BROADSHEET_OPENCC_DATA_DIR
    candidates << QStringLiteral(BROADSHEET_OPENCC_DATA_DIR "/TSCharacters.ocd2");
#endif
    candidates << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                            u"opencc/TSCharacters.ocd2"_s);
    for (const QString &path : std::as_const(candidates)) {
        std::vector<Pair> found = readCharacterTable(path);
        if (!found.empty())
            return found;
    }
    qCWarning(lcParser) << "OpenCC's character table (TSCharacters.ocd2) was not found:"
                           " conventions printed in traditional script will not be recognised,"
                           " and search will not fold traditional and simplified characters";
    return {};
}

// --- The tables -------------------------------------------------------------------

bool isAstral(char32_t c)
{
    return c > 0xFFFF;
}

struct Tables
{
    std::vector<char16_t> conventions; // [c]: c's form, or 0 where c stays; empty: no table
    std::vector<char16_t> search;
    std::vector<Pair> astral;             // the search table beyond the BMP, by character
    std::vector<bool> affectedBmp;        // folds, or is folded to
    std::vector<char32_t> affectedAstral; // the same beyond the BMP, sorted
    QString signature = u"none"_s;
};

Tables makeTables()
{
    Tables tables;
    const std::vector<Pair> pairs = openccPairs();
    if (pairs.empty())
        return tables;

    // The search table while it is made: sorted by character, one entry each, an
    // entry taken out marked by a 0 target.
    // A sorted vector, not a map: this runs whenever a library is opened.
    tables.conventions.assign(0x10000, 0);
    std::vector<Pair> search;
    for (const auto &[from, to] : pairs) {
        if (!isAstral(from) && !isAstral(to))
            tables.conventions[from] = char16_t(to);
        if (from != to && isAstral(from) == isAstral(to))
            search.emplace_back(from, to);
    }
    std::stable_sort(search.begin(), search.end(),
                     [](const Pair &a, const Pair &b) { return a.first < b.first; });
    // The last pair for a character wins: keep each run's last.
    const auto last = std::unique(search.rbegin(), search.rend(),
                                  [](const Pair &a, const Pair &b) { return a.first == b.first; });
    search.erase(search.begin(), last.base());
    const auto entry = [&search](char32_t c) {
        const auto it = std::lower_bound(search.begin(), search.end(), Pair(c, 0));
        return it != search.end() && it->first == c && it->second ? it : search.end();
    };
    for (const char32_t excluded : kExclusions) {
        if (const auto it = entry(excluded); it != search.end())
            it->second = 0;
    }
    for (const ScriptFold::Variant &variant : kVariants) {
        const auto it = std::lower_bound(search.begin(), search.end(), Pair(variant.from, 0));
        if (it != search.end() && it->first == variant.from)
            it->second = variant.to;
        else
            search.insert(it, Pair(variant.from, variant.to));
    }
    // A character folds to one that folds no further (OpenCC's 薴→苧→苎), so that
    // what a text is folded to and what a query is folded to agree.
    for (Pair &item : search) {
        if (!item.second)
            continue;
        char32_t to = item.second;
        for (int step = 0; step < 8 && to != item.first; ++step) {
            const auto next = entry(to);
            if (next == search.end())
                break;
            to = next->second;
        }
        // A cycle: better no fold than a wrong one.
        item.second = to == item.first || entry(to) != search.end() ? 0 : to;
    }
    std::erase_if(search, [](const Pair &item) { return item.second == 0; });

    tables.search.assign(0x10000, 0);
    tables.affectedBmp.assign(0x10000, false);
    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (const auto &[from, to] : search) {
        if (isAstral(from)) {
            tables.astral.emplace_back(from, to);
            tables.affectedAstral.push_back(from);
            tables.affectedAstral.push_back(to);
        } else {
            tables.search[from] = char16_t(to);
            tables.affectedBmp[from] = true;
            tables.affectedBmp[to] = true;
        }
        const char32_t pair[2] = {from, to};
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(pair), sizeof pair));
    }
    std::sort(tables.affectedAstral.begin(), tables.affectedAstral.end());
    tables.signature = u"opencc-"_s + QString::fromLatin1(digest.result().toHex().left(12));
    return tables;
}

const Tables &tables()
{
    static const Tables instance = makeTables();
    return instance;
}

} // namespace

char32_t ScriptFold::fold(char32_t c, Table table)
{
    const Tables &t = tables();
    if (!isAstral(c)) {
        const std::vector<char16_t> &bmp = table == Table::Conventions ? t.conventions : t.search;
        if (bmp.empty())
            return c;
        const char16_t folded = bmp[c];
        return folded ? folded : c;
    }
    if (table == Table::Conventions)
        return c;
    const auto it = std::lower_bound(t.astral.begin(), t.astral.end(), Pair(c, 0));
    return it != t.astral.end() && it->first == c ? it->second : c;
}

// Every line of every issue goes through here (the parser's conventions), most
// of it simplified text that does not change: the table is looked up once and a
// BMP character straight from it, without a call per character.
QString ScriptFold::fold(QStringView text, Table table)
{
    QString folded = text.toString();
    const Tables &t = tables();
    const std::vector<char16_t> &bmp = table == Table::Conventions ? t.conventions : t.search;
    if (bmp.empty())
        return folded;
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    const qsizetype size = folded.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = out[i];
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(out[i + 1])) {
            const char32_t f = fold(QChar::surrogateToUcs4(c, out[i + 1]), table);
            out[i] = QChar::highSurrogate(f);
            out[i + 1] = QChar::lowSurrogate(f);
            ++i;
        } else if (const char16_t f = bmp[c]) {
            out[i] = f;
        }
    }
    return folded;
}

bool ScriptFold::isAvailable()
{
    return !tables().conventions.empty();
}

bool ScriptFold::isAffected(char32_t c)
{
    const Tables &t = tables();
    if (!isAstral(c))
        return !t.affectedBmp.empty() && t.affectedBmp[c];
    return std::binary_search(t.affectedAstral.begin(), t.affectedAstral.end(), c);
}

QString ScriptFold::signature()
{
    return tables().signature;
}

std::span<const ScriptFold::Variant> ScriptFold::variants()
{
    return kVariants;
}

std::span<const char32_t> ScriptFold::exclusions()
{
    return kExclusions;
}

} // namespace Broadsheet
