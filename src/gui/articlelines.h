#pragma once

#include "issue.h"

#include <QList>

namespace Broadsheet {

class ArticleView;

// Which source lines of an issue file an article stands on, and which of them
// the reader points at in the reading pane: what a correction names when the
// source view is not shown.
namespace ArticleLines {

// Every line the article holds (headline parts, byline, paragraphs, captions),
// ascending; not its group's heading, which the group's other articles share.
QList<int> of(const Article &article);
// The lines of the parts of the article read that the pane's selection touches;
// with nothing selected, the whole article's. Empty when no article is read.
QList<int> selectedIn(const ArticleView &view);

} // namespace ArticleLines

} // namespace Broadsheet
