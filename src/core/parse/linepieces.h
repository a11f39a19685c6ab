#pragma once

#include <QStringList>
#include <QStringView>

namespace Broadsheet {

// The share of a part's text (a paragraph, a caption, a headline part, a byline)
// that each of its source lines gave it. Corrections move lines between parts and
// join a part again from its lines; the source view tells a line whose share is
// empty (a repeat the parser dropped) from one that gave text.
namespace LinePieces {

// A paragraph or caption: the lines' texts run on without a separator, the way
// the parser joins them (ParagraphBuilder), each maybe cut short where the parser
// dropped a repeat. `lineTexts` are the lines as trimmed; the pieces, joined,
// give `text` again.
QStringList ofRunOn(QStringView text, const QStringList &lineTexts);
// A headline part or byline on several lines, joined with a space; a piece of a
// line that holds two parts (kicker and title on one line) is that part's share.
// Falls back to the whole lines when the text is not made of them.
QStringList ofSpaced(QStringView text, const QStringList &lineTexts);

} // namespace LinePieces

} // namespace Broadsheet
