#include "cjkpunctuation.h"

#include <QList>

#include <vector>

namespace Broadsheet {

namespace {

char16_t fullWidth(char16_t c)
{
    switch (c) {
    case u',':
        return u'\uFF0C';
    case u';':
        return u'\uFF1B';
    case u':':
        return u'\uFF1A';
    case u'!':
        return u'\uFF01';
    case u'?':
        return u'\uFF1F';
    case u'(':
        return u'\uFF08';
    case u')':
        return u'\uFF09';
    default:
        return 0;
    }
}

bool isLineEnd(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

// Marks that Chinese text sets full width but English uses too (“ ” ‘ ’ … —):
// they count as CJK only where the text beyond them is.
bool isSharedMark(char32_t c)
{
    return c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2026 || c == 0x2014 ||
           c == 0x2015;
}

bool isUrlChar(char16_t c)
{
    return c > 0x20 && c < 0x7F;
}

bool isSchemeChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'+' || c == u'-' || c == u'.';
}

// Web addresses ("http://…", "www.…") run to the next space or non-ASCII
// character: their punctuation is theirs.
std::vector<bool> urlPositions(QStringView text)
{
    std::vector<bool> inUrl(size_t(text.size()), false);
    const auto mark = [&](qsizetype start, qsizetype from) {
        qsizetype end = from;
        while (end < text.size() && isUrlChar(text[end].unicode()))
            ++end;
        for (qsizetype i = start; i < end; ++i)
            inUrl[size_t(i)] = true;
        return end;
    };
    for (qsizetype at = text.indexOf(u"://"); at >= 0; at = text.indexOf(u"://", at + 3)) {
        qsizetype start = at;
        while (start > 0 && isSchemeChar(text[start - 1].unicode()))
            --start;
        if (start < at)
            at = mark(start, at) - 3;
    }
    for (qsizetype at = text.indexOf(u"www.", 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(u"www.", at + 4, Qt::CaseInsensitive)) {
        if (at == 0 || !isSchemeChar(text[at - 1].unicode()))
            at = std::max(at, mark(at, at) - 4);
    }
    return inUrl;
}

// Each candidate needs CJK text on its left and on its right (by its own rule). A
// neighbouring candidate counts as CJK when it turns full width itself, so that
// runs ("好!!", "说明:(一)") turn together; its own neighbours must anchor it, so
// that marks alone ("!?!", "(())") never hold one another up. The right-hand
// side is settled first, from the end; then the left-hand side, from the start.
class Converter
{
public:
    explicit Converter(QStringView text)
        : m_text(text)
        , m_candidate(size_t(text.size()), false)
        , m_right(size_t(text.size()), false)
        , m_turned(size_t(text.size()), false)
    {}

    QString run()
    {
        const qsizetype n = m_text.size();
        const std::vector<bool> inUrl = urlPositions(m_text);
        for (qsizetype i = 0; i < n; ++i)
            m_candidate[size_t(i)] = !inUrl[size_t(i)] && fullWidth(m_text[i].unicode()) != 0;
        for (qsizetype i = n - 1; i >= 0; --i) {
            if (m_candidate[size_t(i)])
                m_right[size_t(i)] = rightHolds(i);
        }
        for (qsizetype i = 0; i < n; ++i) {
            if (m_candidate[size_t(i)])
                m_turned[size_t(i)] = m_right[size_t(i)] && leftHolds(i);
        }
        std::vector<bool> shown = m_turned;
        // A pair of brackets goes together: full width if either end is, or if
        // one of them is full width as written.
        QList<qsizetype> opens;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = m_text[i].unicode();
            if (inUrl[size_t(i)])
                continue;
            if (c == u'(' || c == 0xFF08) {
                opens.append(i);
            } else if ((c == u')' || c == 0xFF09) && !opens.isEmpty()) {
                const qsizetype open = opens.takeLast();
                const bool full = c == 0xFF09 || m_text[open] == QChar(0xFF08) ||
                                  m_turned[size_t(open)] || m_turned[size_t(i)];
                shown[size_t(open)] = full && m_candidate[size_t(open)];
                shown[size_t(i)] = full && m_candidate[size_t(i)];
            }
        }
        QString out = m_text.toString();
        for (qsizetype i = 0; i < n; ++i) {
            if (shown[size_t(i)])
                out[i] = QChar(fullWidth(m_text[i].unicode()));
        }
        return out;
    }

private:
    char32_t codePointAt(qsizetype i) const
    {
        const QChar c = m_text[i];
        if (c.isHighSurrogate() && i + 1 < m_text.size() && m_text[i + 1].isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text[i + 1]);
        return c.unicode();
    }

    char32_t codePointBefore(qsizetype i, qsizetype *start) const
    {
        const QChar c = m_text[i - 1];
        if (c.isLowSurrogate() && i >= 2 && m_text[i - 2].isHighSurrogate()) {
            *start = i - 2;
            return QChar::surrogateToUcs4(m_text[i - 2], c);
        }
        *start = i - 1;
        return c.unicode();
    }

    // What follows `i`: for ( a Han character or an opening mark (or a ( that
    // turns); for the others CJK text, or the end of the text or of a line, past
    // the marks that look through (“ ” ‘ ’ … —).
    bool rightHolds(qsizetype i) const
    {
        const qsizetype n = m_text.size();
        if (m_text[i] == u'(') {
            if (i + 1 >= n)
                return false;
            if (m_candidate[size_t(i + 1)])
                return m_text[i + 1] == u'(' && m_right[size_t(i + 1)];
            return CjkPunctuation::isHanLike(codePointAt(i + 1));
        }
        for (qsizetype j = i + 1; j < n; ++j) {
            if (m_candidate[size_t(j)])
                return m_right[size_t(j)];
            const char32_t c = codePointAt(j);
            if (isLineEnd(c))
                return true;
            if (!isSharedMark(c))
                return CjkPunctuation::isCjk(c);
        }
        return true;
    }

    // What precedes `i`: CJK text (or a candidate that turns), past the marks
    // that look through; for ( the start of the text or of a line too.
    bool leftHolds(qsizetype i) const
    {
        const bool orStart = m_text[i] == u'(';
        bool shared = false;
        while (i > 0) {
            qsizetype start = 0;
            const char32_t c = codePointBefore(i, &start);
            if (m_candidate[size_t(start)])
                return m_turned[size_t(start)];
            if (isLineEnd(c))
                return orStart && !shared;
            if (!isSharedMark(c))
                return CjkPunctuation::isCjk(c);
            shared = true;
            i = start;
        }
        return orStart && !shared;
    }

    QStringView m_text;
    std::vector<bool> m_candidate; // a half-width mark that may turn, outside addresses
    std::vector<bool> m_right;     // its right-hand side holds
    std::vector<bool> m_turned;    // both sides hold
};

} // namespace

bool CjkPunctuation::isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) ||   // radicals
           (c >= 0x3000 && c <= 0x33FF) ||   // marks, kana, bopomofo, enclosed
           (c >= 0x3400 && c <= 0x4DBF) ||   // extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||   // unified ideographs
           (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
           (c >= 0xFE10 && c <= 0xFE1F) ||   // vertical forms
           (c >= 0xFE30 && c <= 0xFE4F) ||   // compatibility forms
           (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
           (c >= 0x20000 && c <= 0x3FFFF) || // extensions B and on
           isSharedMark(c);
}

bool CjkPunctuation::isHanLike(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3005 && c <= 0x3007) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) ||
           // opening marks: 〈 《 「 『 【 〔 〖 “ ‘
           c == 0x3008 || c == 0x300A || c == 0x300C || c == 0x300E || c == 0x3010 || c == 0x3014 ||
           c == 0x3016 || c == 0x201C || c == 0x2018;
}

QString CjkPunctuation::forDisplay(QStringView text)
{
    return Converter(text).run();
}

} // namespace Broadsheet
