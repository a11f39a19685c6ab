#pragma once

#include <QString>
#include <QStringList>

namespace Broadsheet {

// What the user typed into a search field, made safe: terms separated by white
// space must all match (AND); "a quoted phrase" keeps its spaces. Every term is
// folded (TextFold) and quoted for FTS5, so no input is ever query syntax.
class SearchQuery
{
public:
    explicit SearchQuery(QStringView text);

    const QStringList &terms() const { return m_terms; }      // folded, distinct, non-empty
    const QStringList &typedTerms() const { return m_typed; } // the same, as typed
    bool isEmpty() const { return m_terms.isEmpty(); }
    // An FTS5 MATCH expression for (at most `maxTerms` of) the terms, longest first.
    QString matchExpression(qsizetype maxTerms = -1, qsizetype maxTermLength = -1) const;
    // True when matchExpression() with these limits leaves work for an exact check.
    bool needsExactCheck(qsizetype maxTerms, qsizetype maxTermLength) const;
    // Whether a folded text contains every term.
    bool matches(QStringView foldedText) const;

private:
    QStringList m_terms;
    QStringList m_typed;
};

} // namespace Broadsheet
