#include "searchtokenizer.h"

#include "scriptfold.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <sqlite3.h>

#include <array>
#include <vector>

namespace Broadsheet {

namespace {

struct Character
{
    char32_t folded;
    int start; // byte offsets into the tokenized text
    int end;
};

// Decodes UTF-8 leniently: a broken sequence becomes U+FFFD and decoding goes on.
void decodeUtf8(const unsigned char *text, int size, std::vector<Character> &out)
{
    int i = 0;
    while (i < size) {
        const int start = i;
        const unsigned char b = text[i];
        char32_t c = 0xFFFD;
        int length = 1;
        if (b < 0x80) {
            c = b;
        } else if ((b & 0xE0) == 0xC0) {
            length = 2;
            c = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            c = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            c = b & 0x07;
        } else {
            length = 0;
        }
        if (length == 0 || i + length > size) {
            c = 0xFFFD;
            length = 1;
        } else {
            for (int k = 1; k < length; ++k) {
                if ((text[i + k] & 0xC0) != 0x80) {
                    c = 0xFFFD;
                    length = k;
                    break;
                }
                c = (c << 6) | (text[i + k] & 0x3F);
            }
        }
        i += length;
        // Control characters carry no text (line feeds do: they keep a phrase from
        // running from one paragraph into the next).
        if (c < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
            continue;
        out.push_back(Character{TextFold::fold(c), start, i});
    }
}

int appendUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

// Pairs are indexed only between letters, digits and ideographs: punctuation and
// spaces are found through their single-character tokens, which keeps the index
// a fifth smaller and every query exact.
bool pairable(char32_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z');
    if (c >= 0x3400 && c < 0xA000)
        return true;
    return QChar::isLetterOrNumber(c);
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
             TokenCallback emitToken)
{
    // Reused between calls (tokenizing is the hot path of an import), but not kept
    // at the size of the largest article ever seen.
    constexpr size_t kKeptCapacity = 256 * 1024;
    thread_local std::vector<Character> characters;
    characters.clear();
    const auto release = qScopeGuard([] {
        if (characters.capacity() > kKeptCapacity) {
            characters.clear();
            characters.shrink_to_fit();
        }
    });
    decodeUtf8(reinterpret_cast<const unsigned char *>(text), size, characters);
    const size_t n = characters.size();
    std::array<char, 8> token{};

    auto emitUnigram = [&](size_t i) {
        const int length = appendUtf8(characters[i].folded, token.data());
        return emitToken(context, 0, token.data(), length, characters[i].start, characters[i].end);
    };
    auto emitPair = [&](size_t i, int flagsForToken) {
        int length = appendUtf8(characters[i].folded, token.data());
        length += appendUtf8(characters[i + 1].folded, token.data() + length);
        return emitToken(context, flagsForToken, token.data(), length, characters[i].start,
                         characters[i + 1].end);
    };

    if (flags & FTS5_TOKENIZE_QUERY) {
        // A query is matched by tokens at consecutive positions: the pair at each
        // position where the text has one, else the single character; a last
        // character not covered by a pair gets its own token.
        if (n == 1)
            return emitUnigram(0);
        for (size_t i = 0; i + 1 < n; ++i) {
            const int rc = pairable(characters[i].folded) && pairable(characters[i + 1].folded)
                               ? emitPair(i, 0)
                               : emitUnigram(i);
            if (rc != SQLITE_OK)
                return rc;
        }
        if (n >= 2 && !(pairable(characters[n - 2].folded) && pairable(characters[n - 1].folded)))
            return emitUnigram(n - 1);
        return SQLITE_OK;
    }

    for (size_t i = 0; i < n; ++i) {
        int rc = emitUnigram(i);
        if (rc == SQLITE_OK && i + 1 < n && pairable(characters[i].folded) &&
            pairable(characters[i + 1].folded))
            rc = emitPair(i, FTS5_TOKEN_COLOCATED);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    // Stateless: any non-null handle will do.
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) {}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

QString SearchTokenizer::version()
{
    // QChar's Unicode version is an enumeration in order of the standard's
    // releases: its value changes with every table update Qt takes. The script
    // fold's signature changes with OpenCC's data (a package upgrade), or when
    // the data is missing.
    return QStringLiteral("%1/unicode-%2/%3")
        .arg(QString::number(kVersion), QString::number(int(QChar::currentUnicodeVersion())),
             ScriptFold::signature());
}

Status SearchTokenizer::registerWith(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return Error{Error::Code::Library,
                     QCoreApplication::translate("Broadsheet::SearchTokenizer",
                                                 "This SQLite has no full-text search (FTS5).")};
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    if (api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Error{Error::Code::Library,
                     QCoreApplication::translate("Broadsheet::SearchTokenizer",
                                                 "The search tokenizer could not be registered.")};
    return success();
}

} // namespace Broadsheet
