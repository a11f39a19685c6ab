#include "articlematch.h"

#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <limits>

namespace Broadsheet {

namespace {

// FNV-1a over the UTF-16 units: the same on every machine and in every process
// (qHash is seeded, and differs by processor), since libraries keep fingerprints.
size_t stableHash(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return size_t(hash);
}

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
        runs.append(stableHash(QStringView(compact).sliced(i, ArticleMatch::kRun)));
    if (runs.isEmpty() && !compact.isEmpty())
        runs.append(stableHash(compact)); // a text shorter than a run is one
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

QByteArray ArticleMatch::fingerprint(const Issue &issue)
{
    std::array<quint32, kHashes> least;
    least.fill(std::numeric_limits<quint32>::max());
    bool any = false;
    for (const Section &section : issue.sections)
        for (const Article &article : section.articles)
            for (const size_t run : runsOf(article.plainText())) {
                any = true;
                // Hash function i: the run's hash mixed with i (splitmix64's finaliser).
                for (int i = 0; i < kHashes; ++i) {
                    quint64 x = quint64(run) + 0x9e3779b97f4a7c15ULL * quint64(i + 1);
                    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
                    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
                    x ^= x >> 31;
                    least[size_t(i)] = std::min(least[size_t(i)], quint32(x));
                }
            }
    if (!any)
        return {};
    QByteArray bytes(kHashes * 4, Qt::Uninitialized);
    for (int i = 0; i < kHashes; ++i)
        qToLittleEndian(least[size_t(i)], bytes.data() + 4 * i);
    return bytes;
}

double ArticleMatch::similarity(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != kHashes * 4 || b.size() != kHashes * 4)
        return 0;
    int same = 0;
    for (int i = 0; i < kHashes; ++i)
        same += qFromLittleEndian<quint32>(a.constData() + 4 * i) ==
                qFromLittleEndian<quint32>(b.constData() + 4 * i);
    return double(same) / kHashes;
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
