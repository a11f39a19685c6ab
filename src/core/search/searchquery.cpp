#include "searchquery.h"

#include "conventions.h"
#include "scriptfold.h"
#include "textfold.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// Proximity: no more than this many characters apart (a larger number is read
// as this; FTS5 takes it as an int).
constexpr int kMaxDistance = 100000;

struct FieldName
{
    QStringView name;
    SearchQuery::Field field;
};
constexpr FieldName kFields[] = {
    {u"title", SearchQuery::Field::Title},
    {u"author", SearchQuery::Field::Author},
    {u"section", SearchQuery::Field::Section},
    {u"page", SearchQuery::Field::Page},
    {u"collection", SearchQuery::Field::Collection},
    {u"tag", SearchQuery::Field::Tag},
    {u"has", SearchQuery::Field::Note},
};

bool isPairedSurrogate(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate())
        return i + 1 < text.size() && text[i + 1].isLowSurrogate();
    return i > 0 && text[i - 1].isHighSurrogate();
}

// Where a term ends: white space, or | (an OR of its own, also without spaces).
bool endsTerm(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'|';
}

bool isIndexField(SearchQuery::Field field)
{
    return field == SearchQuery::Field::Text || field == SearchQuery::Field::Title;
}

// has: takes one value, note (or notes); has:anything-else is a word like any.
bool isNoteValue(QStringView folded, qsizetype at)
{
    for (const QStringView value : {QStringView(u"notes"), QStringView(u"note")}) {
        if (folded.sliced(at).startsWith(value) &&
            (at + value.size() == folded.size() || endsTerm(folded[at + value.size()])))
            return true;
    }
    return false;
}

// One piece of what was typed: a term, or an OR between terms.
struct Token
{
    bool isOr = false;
    SearchQuery::Term term; // the term; for an OR, the word it is when it joins nothing
};

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// The first `length` UTF-16 units, one fewer when that would split a surrogate pair.
QString prefix(const QString &term, qsizetype length)
{
    if (length <= 0 || term.size() <= length)
        return term;
    return term.left(term[length - 1].isHighSurrogate() ? length - 1 : length);
}

// How many characters (code points) lie in text[from, to).
qsizetype characters(QStringView text, qsizetype from, qsizetype to)
{
    qsizetype count = to - from;
    for (qsizetype i = std::max<qsizetype>(from + 1, 1); i < to; ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            --count;
    }
    return count;
}

// Whether `text` holds every word with at most `distance` characters between the
// end of each and the start of the last to start (FTS5's NEAR, by characters).
bool near(const QString &text, const QStringList &words, int distance)
{
    QList<QList<qsizetype>> starts(words.size());
    for (qsizetype w = 0; w < words.size(); ++w) {
        for (qsizetype at = text.indexOf(words[w]); at >= 0; at = text.indexOf(words[w], at + 1))
            starts[w] << at;
        if (starts[w].isEmpty())
            return false;
    }
    // With the last start at `last`, each word's best occurrence is its last one
    // starting no later: the one ending latest.
    for (const QList<qsizetype> &candidates : std::as_const(starts)) {
        for (const qsizetype last : candidates) {
            bool all = true;
            for (qsizetype w = 0; w < words.size() && all; ++w) {
                const auto after = std::upper_bound(starts[w].begin(), starts[w].end(), last);
                if (after == starts[w].begin()) {
                    all = false;
                    break;
                }
                const qsizetype end = *(after - 1) + words[w].size();
                all = end >= last || characters(text, end, last) <= distance;
            }
            if (all)
                return true;
        }
    }
    return false;
}

// A page as typed or as a marker names it, comparable: 第02版, 02, 2 → "2";
// A2, a02 → "a2"; 第二版, 二 → "2".
QString pageKey(QStringView page)
{
    QString key = TextFold::fold(page).trimmed();
    if (key.startsWith(u'第'))
        key.remove(0, 1);
    if (key.endsWith(u'版'))
        key.chop(1);
    key = key.trimmed();
    static constexpr QStringView kNumerals = u"一二三四五六七八九";
    if (!key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
            return c == u'十' || kNumerals.contains(c);
        })) {
        // 一 … 九十九: [tens]十[units]
        const qsizetype ten = key.indexOf(u'十');
        int value = 0;
        if (ten < 0) {
            value = key.size() == 1 ? int(kNumerals.indexOf(key[0])) + 1 : -1;
        } else if (ten <= 1 && key.size() - ten <= 2 && key.count(u'十') == 1) {
            const int tens = ten == 0 ? 1 : int(kNumerals.indexOf(key[0])) + 1;
            const int units = ten + 1 < key.size() ? int(kNumerals.indexOf(key[ten + 1])) + 1 : 0;
            value = tens * 10 + units;
        } else {
            value = -1;
        }
        return value > 0 ? QString::number(value) : key;
    }
    // Leading zeros of the number, after a letter or not.
    qsizetype digits = 0;
    while (digits < key.size() && !key[digits].isDigit())
        ++digits;
    qsizetype zeros = digits;
    while (zeros + 1 < key.size() && key[zeros] == u'0' && key[zeros + 1].isDigit())
        ++zeros;
    key.remove(digits, zeros - digits);
    return key;
}

} // namespace

SearchQuery::SearchQuery(QStringView text, Script script)
    : m_script(script)
{
    // Folding keeps positions, so the typed form of each term is at hand too.
    // Control characters are not text, and separate nothing: they go first.
    QString folded;
    QString typedText;
    {
        const QString all = fold(text);
        for (qsizetype at = 0; at < all.size(); ++at) {
            if (all[at].unicode() >= 0x20 || all[at] == u'\n') {
                folded += all[at];
                typedText += text[at];
            }
        }
    }
    text = typedText;
    const qsizetype n = folded.size();
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = folded[i];
        if (c == u' ' || c == u'\n') {
            ++i;
            continue;
        }
        if (c == u'|') {
            tokens << Token{true, Term{Field::Text, false, {u"|"_s}, {QString(text[i])}, -1}};
            ++i;
            continue;
        }
        Term term;
        if (c == u'-' && i + 1 < n && !endsTerm(folded[i + 1])) {
            term.excluded = true;
            ++i;
        }
        // A field name: letters, a colon, and something after it.
        qsizetype letters = i;
        while (letters < n && folded[letters] >= u'a' && folded[letters] <= u'z')
            ++letters;
        if (letters > i && letters + 1 < n && folded[letters] == u':' &&
            !endsTerm(folded[letters + 1])) {
            const QStringView name = QStringView(folded).sliced(i, letters - i);
            for (const FieldName &field : kFields) {
                if (name == field.name &&
                    (field.field != Field::Note || isNoteValue(folded, letters + 1))) {
                    term.field = field.field;
                    i = letters + 1;
                    break;
                }
            }
        }
        // The text: a word, or a quoted phrase (to its closing quote or the end
        // of the line), perhaps with a proximity after it.
        QString value;
        QString typed;
        auto take = [&](qsizetype at) {
            const QChar f = folded[at];
            if (f.isSurrogate() && !isPairedSurrogate(folded, at)) {
                // Half a pair (pasted or typed through a broken input method), as
                // the decoder turns it in issue files.
                value += QChar::ReplacementCharacter;
                typed += QChar::ReplacementCharacter;
            } else {
                value += f;
                typed += text[at];
            }
        };
        bool quote = false;
        if (i < n && folded[i] == u'"') {
            quote = true;
            for (++i; i < n && folded[i] != u'"' && folded[i] != u'\n'; ++i)
                take(i);
            if (i < n && folded[i] == u'"')
                ++i;
            if (i + 1 < n && folded[i] == u'~' && folded[i + 1].isDigit() &&
                folded[i + 1].unicode() < 0x80) {
                qint64 distance = 0;
                for (++i; i < n && folded[i] >= u'0' && folded[i] <= u'9'; ++i)
                    distance = std::min<qint64>(distance * 10 + (folded[i].unicode() - u'0'),
                                                kMaxDistance);
                term.distance = int(distance);
            }
        } else {
            for (; i < n && !endsTerm(folded[i]) && folded[i] != u'"'; ++i)
                take(i);
        }
        if (value.isEmpty())
            continue;
        if (!quote && !term.excluded && term.field == Field::Text &&
            TextFold::fold(typed, TextFold::Case::Keep) == u"OR"_s) {
            tokens << Token{true, Term{Field::Text, false, {value}, {typed}, -1}};
            continue;
        }
        if (term.distance >= 0 && isIndexField(term.field)) {
            // The words of a proximity, each once.
            qsizetype start = 0;
            for (qsizetype at = 0; at <= value.size(); ++at) {
                if (at < value.size() && value[at] != u' ')
                    continue;
                if (at > start && !term.words.contains(value.sliced(start, at - start))) {
                    term.words << value.sliced(start, at - start);
                    term.typed << typed.sliced(start, at - start);
                }
                start = at + 1;
            }
            if (term.words.size() < 2)
                term.distance = -1; // one word: the word
        } else {
            term.distance = -1;
        }
        if (term.distance < 0 && term.words.size() != 1) {
            term.words = {value};
            term.typed = {typed};
        }
        tokens << Token{false, term};
    }

    // OR joins the terms either side of it; several in a row are one. With no
    // term on one side it is a word.
    bool joinNext = false;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens[t];
        if (token.isOr) {
            if (t > 0 && tokens[t - 1].isOr)
                continue;
            qsizetype next = t + 1;
            while (next < tokens.size() && tokens[next].isOr)
                ++next;
            if (t > 0 && next < tokens.size()) {
                joinNext = true;
                continue;
            }
        }
        if (joinNext && !m_groups.isEmpty()) {
            if (!m_groups.last().contains(token.term))
                m_groups.last() << token.term;
        } else {
            m_groups << Group{token.term};
        }
        joinNext = false;
    }
    // The same group twice is one.
    QList<Group> distinct;
    for (const Group &group : std::as_const(m_groups)) {
        if (!distinct.contains(group))
            distinct << group;
    }
    m_groups = distinct;

    for (const Group &group : std::as_const(m_groups)) {
        for (const Term &term : group) {
            if (term.excluded || !isIndexField(term.field))
                continue;
            for (qsizetype w = 0; w < term.words.size(); ++w) {
                if (!m_terms.contains(term.words[w])) {
                    m_terms << term.words[w];
                    m_typed << term.typed[w];
                }
            }
        }
    }
}

bool SearchQuery::isDeskField(Field field)
{
    return field == Field::Collection || field == Field::Tag || field == Field::Note;
}

bool SearchQuery::usesDesk() const
{
    return std::any_of(m_groups.begin(), m_groups.end(), [](const Group &group) {
        return std::any_of(group.begin(), group.end(),
                           [](const Term &term) { return isDeskField(term.field); });
    });
}

QString SearchQuery::fold(QStringView text) const
{
    return TextFold::fold(text, TextFold::Case::Fold,
                          m_script == Script::Exact ? TextFold::Script::Keep
                                                    : TextFold::Script::Fold);
}

bool SearchQuery::containsScriptFolded(QStringView word) const
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word[i].unicode();
        if (word[i].isHighSurrogate() && i + 1 < word.size() && word[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(word[i], word[i + 1]);
            ++i;
        }
        if (ScriptFold::isAffected(c))
            return true;
    }
    return false;
}

bool SearchQuery::isIndexExact(const Term &term, Limits limits) const
{
    if (!isIndexField(term.field) || term.distance >= 0 || term.words.size() != 1)
        return false;
    const QString &word = term.words.first();
    if (limits.maxTermLength > 0 && word.size() > limits.maxTermLength)
        return false;
    // The index folds the script: with the script to match exactly, it finds
    // more wherever the word has a character the fold touches.
    return m_script == Script::Fold || !containsScriptFolded(word);
}

QString SearchQuery::termExpression(const Term &term, Limits limits) const
{
    QString expression;
    if (term.distance >= 0 && term.words.size() > 1) {
        QStringList phrases;
        bool shortened = false;
        for (const QString &word : term.words) {
            phrases << quoted(prefix(word, limits.maxTermLength));
            shortened = shortened || prefix(word, limits.maxTermLength).size() < word.size();
        }
        // NEAR counts tokens from the start of a phrase's last token: a phrase of
        // character pairs ends one character later than it says, hence the + 1.
        // A shortened word ends earlier still: then only all of them, anywhere.
        expression = shortened ? u'(' + phrases.join(u" AND "_s) + u')'
                               : u"NEAR("_s + phrases.join(u' ') + u", "_s +
                                     QString::number(term.distance + 1) + u')';
    } else {
        expression = quoted(prefix(term.words.value(0), limits.maxTermLength));
    }
    return term.field == Field::Title ? u"head : "_s + expression : expression;
}

SearchQuery::IndexPlan SearchQuery::indexPlan(Limits limits) const
{
    IndexPlan plan;
    QList<qsizetype> positive;
    QList<qsizetype> exclusions;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups[g];
        const bool indexTerms = std::all_of(
            group.begin(), group.end(), [](const Term &term) { return isIndexField(term.field); });
        const bool anyExcluded =
            std::any_of(group.begin(), group.end(), [](const Term &term) { return term.excluded; });
        if (indexTerms && !anyExcluded)
            positive << g;
        else if (indexTerms && group.size() == 1)
            exclusions << g;
        else
            plan.otherGroups << g;
    }
    // Longest first: a group is as selective as its shortest word.
    auto weight = [this](qsizetype g) {
        qsizetype shortest = std::numeric_limits<qsizetype>::max();
        for (const Term &term : m_groups[g]) {
            for (const QString &word : term.words)
                shortest = std::min(shortest, word.size());
        }
        return shortest;
    };
    std::stable_sort(positive.begin(), positive.end(),
                     [&](qsizetype a, qsizetype b) { return weight(a) > weight(b); });

    QStringList parts;
    qsizetype used = 0;
    for (const qsizetype g : std::as_const(positive)) {
        const Group &group = m_groups[g];
        qsizetype strings = 0;
        for (const Term &term : group)
            strings += term.words.size();
        if (limits.maxTerms >= 0 && used + strings > limits.maxTerms) {
            plan.exact = false; // the exact check decides
            continue;
        }
        used += strings;
        QStringList alternatives;
        for (const Term &term : group) {
            alternatives << termExpression(term, limits);
            plan.exact = plan.exact && isIndexExact(term, limits);
        }
        parts << (alternatives.size() == 1 ? alternatives.first()
                                           : u'(' + alternatives.join(u" OR "_s) + u')');
    }
    if (parts.isEmpty()) {
        // Nothing to find, only to leave out: the library does it with SQL.
        plan.otherGroups << exclusions;
        std::sort(plan.otherGroups.begin(), plan.otherGroups.end());
    } else {
        QStringList excluded;
        for (const qsizetype g : std::as_const(exclusions)) {
            const Term &term = m_groups[g].first();
            // Leaving out more than the term would be wrong: only exact ones.
            if (!isIndexExact(term, limits) ||
                (limits.maxTerms >= 0 && excluded.size() >= limits.maxTerms)) {
                plan.exact = false;
                continue;
            }
            excluded << termExpression(term, limits);
        }
        plan.match = parts.join(u" AND "_s);
        if (!excluded.isEmpty()) {
            if (parts.size() > 1)
                plan.match = u'(' + plan.match + u')';
            plan.match +=
                u" NOT "_s +
                (excluded.size() == 1 ? excluded.first() : u'(' + excluded.join(u" OR "_s) + u')');
        }
    }
    for (const qsizetype g : std::as_const(plan.otherGroups)) {
        for (const Term &term : m_groups[g]) {
            if (isIndexField(term.field) && !isIndexExact(term, limits))
                plan.exact = false;
        }
    }
    return plan;
}

QString SearchQuery::matchExpression(qsizetype maxTerms, qsizetype maxTermLength) const
{
    return indexPlan(Limits{maxTerms, maxTermLength}).match;
}

bool SearchQuery::needsExactCheck(qsizetype maxTerms, qsizetype maxTermLength) const
{
    return !indexPlan(Limits{maxTerms, maxTermLength}).exact;
}

QString SearchQuery::normalizedPage(QStringView page)
{
    return pageKey(page);
}

bool SearchQuery::pageMatches(QStringView page, QStringView sectionTitle)
{
    const auto marker = Conventions::pageMarker(sectionTitle);
    if (!marker)
        return false;
    const QString wanted = pageKey(page);
    return !wanted.isEmpty() && pageKey(marker->page) == wanted;
}

bool SearchQuery::matchesValue(const Term &term, QStringView value) const
{
    switch (term.field) {
    case Field::Author:
    case Field::Section:
        return fold(value).contains(term.words.value(0));
    case Field::Page:
        return pageMatches(term.words.value(0), value);
    case Field::Collection:
    case Field::Tag:
        // The whole name: tag:读 is not tag:读书.
        return fold(value) == term.words.value(0);
    case Field::Text:
    case Field::Title:
    case Field::Note:
        break;
    }
    return false;
}

bool SearchQuery::termMatches(const Term &term, const QString &head, const QString &body,
                              const Subject &subject) const
{
    const QString &word = term.words.value(0);
    switch (term.field) {
    case Field::Text:
        if (term.distance >= 0)
            return near(head, term.words, term.distance) || near(body, term.words, term.distance);
        return head.contains(word) || body.contains(word);
    case Field::Title:
        return term.distance >= 0 ? near(head, term.words, term.distance) : head.contains(word);
    case Field::Author:
        return std::any_of(subject.authors.begin(), subject.authors.end(),
                           [&](const QString &author) { return matchesValue(term, author); });
    case Field::Section:
    case Field::Page:
        return matchesValue(term, subject.section);
    case Field::Collection:
    case Field::Tag: {
        const QStringList &values =
            term.field == Field::Collection ? subject.collections : subject.tags;
        return std::any_of(values.begin(), values.end(),
                           [&](const QString &value) { return matchesValue(term, value); });
    }
    case Field::Note:
        return subject.hasNote;
    }
    return false;
}

bool SearchQuery::matches(const Subject &subject) const
{
    if (m_groups.isEmpty())
        return false;
    const QString head = fold(subject.head);
    const QString body = fold(subject.body);
    return std::all_of(m_groups.begin(), m_groups.end(), [&](const Group &group) {
        return std::any_of(group.begin(), group.end(), [&](const Term &term) {
            return termMatches(term, head, body, subject) != term.excluded;
        });
    });
}

} // namespace Broadsheet
