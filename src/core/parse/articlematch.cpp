#include "articlematch.h"

#include <QSet>

#include <algorithm>

namespace Broadsheet {

namespace {

// The text's runs of kRun characters (white space dropped), hashed.
QList<size_t> runsOf(const QString &text)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            compact.append(c);
    QList<size_t> runs;
    for (qsizetype i = 0; i + ArticleMatch::kRun <= compact.size(); ++i)
        runs.append(qHash(QStringView(compact).sliced(i, ArticleMatch::kRun)));
    if (runs.isEmpty() && !compact.isEmpty())
        runs.append(qHash(compact)); // a text shorter than a run is one
    return runs;
}

double share(const QList<size_t> &runs, const QSet<size_t> &other)
{
    if (runs.isEmpty())
        return 0;
    const auto held =
        std::count_if(runs.cbegin(), runs.cend(), [&](size_t run) { return other.contains(run); });
    return double(held) / double(runs.size());
}

} // namespace

double ArticleMatch::sharedShare(const QString &text, const QString &other)
{
    const QList<size_t> otherRuns = runsOf(other);
    return share(runsOf(text), QSet<size_t>(otherRuns.cbegin(), otherRuns.cend()));
}

QHash<int, QList<int>> ArticleMatch::match(const Issue &from, const Issue &to)
{
    QList<std::pair<int, QSet<size_t>>> targets;
    for (const Section &section : to.sections)
        for (const Article &article : section.articles) {
            const QList<size_t> runs = runsOf(article.plainText());
            targets.append({article.id, QSet<size_t>(runs.cbegin(), runs.cend())});
        }
    QHash<int, QList<int>> matches;
    for (const Section &section : from.sections)
        for (const Article &article : section.articles) {
            const QList<size_t> runs = runsOf(article.plainText());
            QList<std::pair<double, int>> holding;
            for (const auto &[id, target] : std::as_const(targets))
                if (const double s = share(runs, target); s >= kMinShare)
                    holding.append({s, id});
            std::stable_sort(holding.begin(), holding.end(),
                             [](const auto &a, const auto &b) { return a.first > b.first; });
            QList<int> ids;
            for (const auto &[s, id] : std::as_const(holding))
                ids.append(id);
            if (!ids.isEmpty())
                matches.insert(article.id, ids);
        }
    return matches;
}

} // namespace Broadsheet
