#pragma once

#include "issue.h"

#include <QHash>
#include <QList>

namespace Broadsheet {

// Which articles of one parse of a page hold the text of an article of another
// parse of the same page: a text file's articles and its e-paper PDF's, whose
// lines are numbered differently and whose articles may be cut differently. By
// the text they share, in runs of a few characters, so that a word or two in
// common says nothing.
class ArticleMatch
{
public:
    // Runs this long: one or two characters are shared by any two Chinese texts,
    // four rarely are unless they are the same text.
    static constexpr int kRun = 4;
    // An article of `to` holding at least this share of the runs of an article of
    // `from` holds part of it.
    static constexpr double kMinShare = 0.25;

    // For each article id of `from`, the ids of the articles of `to` holding part
    // of its text, the one holding most first; articles with no match are left out.
    static QHash<int, QList<int>> match(const Issue &from, const Issue &to);
    // The share of `text`'s runs that `other` holds too, 0 to 1 (white space aside).
    static double sharedShare(const QString &text, const QString &other);

    // A fingerprint of all the issue's article text: for each of kHashes hash
    // functions, the least hash of its runs (a MinHash). Two fingerprints tell how
    // much of their runs two texts share (the Jaccard index) without the texts:
    // a library compares an incoming file with the issues it holds this way.
    static constexpr int kHashes = 64;
    static QByteArray fingerprint(const Issue &issue);
    // The estimated share of runs the two texts have in common, 0 to 1; 0 when
    // either fingerprint is missing or malformed.
    static double similarity(const QByteArray &a, const QByteArray &b);
};

} // namespace Broadsheet
