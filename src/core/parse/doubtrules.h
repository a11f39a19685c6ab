#pragma once

#include <QCoreApplication>

#include "issue.h"
#include "lineclassifier.h"

namespace Broadsheet {

// The parser's guesses, and what each costs an article's confidence: the one
// place that says both. Each rule is checked where the parser makes the guess:
//
//   CutParagraph        a paragraph still ends mid-sentence once column breaks
//                       are joined (ParagraphBuilder::build); not a numbered
//                       intertitle, a jump marker (下转第二版) or a vox-pop 人物
//                       line; on its last line.
//   LeadBeforeHeadline  text above a headline was moved under it as its lead
//                       (ArticleAssembler::takeHeadline); on the lead's first line.
//   CaptionByContent    a caption between two articles goes to the one its words
//                       are about, where its position alone would have given it
//                       to the other (ArticleAssembler::assignCaptions).
//   RoleAgainstShape    the classifier overrode a line's own shape from its
//                       neighbours alone (RoleOverride; LineClassifier and
//                       ArticleAssembler::takeBlock). A dash line read as text
//                       and a captioned-looking line read as a caption by its
//                       picture cue are shape, not guesses, and raise none.
//   Encoding            the decoder's close call between encodings (line 0: the
//                       whole file) and each line with undecodable bytes (the
//                       first kMaxDamagedLines of them; the rest as one line-0 doubt).
class DoubtRules
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::DoubtRules)

public:
    // What a doubt in an article takes from its confidence, in hundredths.
    static constexpr int kCutParagraphCost = 15;
    static constexpr int kLeadBeforeHeadlineCost = 20;
    static constexpr int kCaptionByContentCost = 15;
    static constexpr int kRoleAgainstShapeCost = 10;
    static constexpr int kDamagedLineCost = 10;
    // An Encoding doubt about the whole file (line 0) takes this from every
    // article, once however many there are.
    static constexpr int kIssueEncodingCost = 10;
    // No article falls below this: a doubtful article is still an article.
    static constexpr int kFloor = 10;
    // Damaged lines named one by one; more are told as one doubt about the file.
    static constexpr qsizetype kMaxDamagedLines = 50;

    static int cost(Doubt::Kind kind);

    static Doubt cutParagraph(int line);
    static Doubt leadBeforeHeadline(int line);
    static Doubt captionByContent(int line);
    static Doubt roleAgainstShape(int line, RoleOverride why);
    // The decoder's own words about its close call.
    static Doubt encoding(const QString &decoderDoubt);
    static QList<Doubt> damagedLines(const QList<int> &lines);

    // Puts the issue's doubts in line order and sets every article's confidence
    // from the doubts about it (and those about the whole file).
    static void settle(Issue &issue);
};

} // namespace Broadsheet
