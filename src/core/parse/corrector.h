#pragma once

#include <QCoreApplication>

#include "correction.h"
#include "issue.h"

#include <QStringList>

namespace Broadsheet {

// An operation that could not be applied, and why (a line outside the file, a
// line no article holds, a line whose text changed).
struct RefusedCorrection
{
    int position = 0; // 1-based, in the set's operations
    CorrectionOperation operation;
    QString reason;
};

struct CorrectionOutcome
{
    Issue issue; // the parse with every applicable operation applied
    QList<RefusedCorrection> refused;
    int applied = 0;
};

// Applies corrections to a parse: the layer a reader's fixes make over the
// parser's output, never a rewrite of the file.
//
// Lines keep their text; an operation changes which article holds a line and the
// role it plays there. Parts an operation does not touch keep the parser's text
// (a paragraph joined across a column break stays joined); a paragraph or caption
// that loses or gains lines is joined again from its lines, as the parser joins.
// Articles keep their section and group; a new one (split, move to a new article)
// follows the article it came from. Ids are renumbered in reading order.
class Corrector
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Corrector)

public:
    // `lines`: the issue file's lines as decoded, lines[0] being line 1
    // (IssueParser::sourceLines). When the set's sourceSha256 is not the issue's,
    // an operation is applied only where every line it names still holds the text
    // it records (CorrectionOperation::texts); the others are refused.
    static CorrectionOutcome apply(const Issue &parsed, const QStringList &lines,
                                   const CorrectionSet &corrections);
    // Fills each operation's `texts` from the lines it names.
    static void recordTexts(CorrectionSet &corrections, const QStringList &lines);
};

} // namespace Broadsheet
