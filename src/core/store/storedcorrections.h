#pragma once

// The store's helpers for corrections (librarycorrections.cpp): what the library
// keeps of the parser's output beside the corrected articles, and how the desk
// follows an article whose first line a correction moved. Internal to the store.

#include "corrector.h"
#include "issue.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Broadsheet {

// What an import stores of a file with corrections (Library::correctionsForImport).
struct ImportCorrections
{
    std::optional<Issue> corrected;     // the parse corrected; none: stored as parsed
    std::optional<CorrectionSet> store; // to keep under the file's sha256
    QList<RefusedCorrection> notKept;   // the operations that did not hold
};

} // namespace Broadsheet

namespace Broadsheet::StoredCorrections {

// Every source line the article holds: its headline parts, byline, paragraphs
// and captions (not its group heading, which several articles share).
QList<int> linesOf(const Article &article);

// For each article of `corrected` (by Article::id): the parser's titles of its
// lines that its headline no longer shows (a title the reader replaced, a line
// that is no longer a title), one per line; articles with none are left out.
QHash<int, QString> parserTitles(const Issue &parsed, const Issue &corrected);

// What the search index holds as the article's head: its headline parts, then
// the parser's titles a correction replaced (articles.parser_title).
QString searchHead(const Article &article, const QString &parserTitle);

// Where the desk's rows of each article of `before` belong in `after`: pairs of
// (first line before, first line after) for the articles whose key changes. An
// article is followed by its title's first line (by its first line where it has
// no title): the desk goes to the article that holds that line in `after`.
QList<std::pair<int, int>> deskMoves(const Issue &before, const Issue &after);

} // namespace Broadsheet::StoredCorrections
