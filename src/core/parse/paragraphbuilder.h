#pragma once

#include "conventions.h"
#include "issue.h"

namespace Broadsheet {

// One line of an article's body, in reading order.
struct BodyPiece
{
    int line = 0;
    QString text;
    Conventions::Opening opening = Conventions::Opening::Unknown;
};

// Turns an article's body lines into paragraphs: drops text that the extractor
// repeated, and joins a paragraph cut by a column or page break with its
// continuation, wherever in the article that continuation stands.
class ParagraphBuilder
{
public:
    // `cutLines`, when given, gets the last line of each paragraph that still
    // ends mid-sentence once joined (not a numbered intertitle, a jump marker or
    // a vox-pop piece's 人物 line).
    static QList<Paragraph> build(QList<BodyPiece> pieces, QStringList *notes,
                                  QList<int> *cutLines = nullptr);

    // Drops, from the end of each piece, a run that copies the end of an earlier
    // piece verbatim. Returns how many characters went from each piece.
    static QList<qsizetype> dropRepeats(QList<BodyPiece> &pieces);
};

} // namespace Broadsheet
