#pragma once

#include "issue.h"

#include <QList>

class QTextCursor;

namespace Broadsheet {

// Which source lines of an issue file an article stands on, and which of them
// the reader points at in the reading pane: what a correction names when the
// source view is not shown.
namespace ArticleLines {

// Every line the article holds (headline parts, byline, paragraphs, captions),
// ascending; not its group's heading, which the group's other articles share.
QList<int> of(const Article &article);
// The lines of the parts of the article the cursor's selection touches (the
// paragraph the cursor is in when nothing is selected), ascending; empty when it
// is on no part of the article (the head's paper and date, the notes).
QList<int> atCursor(const Article &article, const QTextCursor &cursor);

} // namespace ArticleLines

} // namespace Broadsheet
