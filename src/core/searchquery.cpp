#include "searchquery.h"

#include "textfold.h"

#include <algorithm>

namespace Broadsheet {

namespace {

bool isPairedSurrogate(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate())
        return i + 1 < text.size() && text[i + 1].isLowSurrogate();
    return i > 0 && text[i - 1].isHighSurrogate();
}

} // namespace

SearchQuery::SearchQuery(QStringView text)
{
    // Folding keeps positions, so the typed form of each term is at hand too.
    const QString folded = TextFold::fold(text);
    QString current;
    QString typed;
    bool quoted = false;
    auto finish = [&] {
        if (!current.isEmpty() && !m_terms.contains(current)) {
            m_terms << current;
            m_typed << typed;
        }
        current.clear();
        typed.clear();
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        if (c == u'"') {
            finish();
            quoted = !quoted;
        } else if (c == u'\n' || (c == u' ' && !quoted)) {
            finish();
        } else if (c.unicode() < 0x20) {
            continue; // control characters are not text
        } else if (c.isSurrogate() && !isPairedSurrogate(folded, i)) {
            // Half a pair (pasted or typed through a broken input method), as the
            // decoder turns it in issue files.
            current += QChar::ReplacementCharacter;
            typed += QChar::ReplacementCharacter;
        } else {
            current += c;
            typed += text[i];
        }
    }
    finish();
}

namespace {

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// The first `length` UTF-16 units, one fewer when that would split a surrogate pair.
QString prefix(const QString &term, qsizetype length)
{
    if (length <= 0 || term.size() <= length)
        return term;
    return term.left(term[length - 1].isHighSurrogate() ? length - 1 : length);
}

QStringList longestFirst(QStringList terms)
{
    std::stable_sort(terms.begin(), terms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

} // namespace

QString SearchQuery::matchExpression(qsizetype maxTerms, qsizetype maxTermLength) const
{
    QStringList parts;
    for (const QString &term : longestFirst(m_terms)) {
        if (maxTerms >= 0 && parts.size() >= maxTerms)
            break;
        parts << quoted(prefix(term, maxTermLength));
    }
    return parts.join(QStringLiteral(" AND "));
}

bool SearchQuery::needsExactCheck(qsizetype maxTerms, qsizetype maxTermLength) const
{
    if (maxTerms >= 0 && m_terms.size() > maxTerms)
        return true;
    return maxTermLength > 0 &&
           std::any_of(m_terms.begin(), m_terms.end(), [maxTermLength](const QString &term) {
               return term.size() > maxTermLength;
           });
}

bool SearchQuery::matches(QStringView foldedText) const
{
    return std::all_of(m_terms.begin(), m_terms.end(), [foldedText](const QString &term) {
        return foldedText.contains(term, Qt::CaseSensitive);
    });
}

} // namespace Broadsheet
