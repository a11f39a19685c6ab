#include "doubtrules.h"

#include <QHash>

#include <algorithm>

namespace Broadsheet {

int DoubtRules::cost(Doubt::Kind kind)
{
    switch (kind) {
    case Doubt::Kind::CutParagraph:
        return kCutParagraphCost;
    case Doubt::Kind::LeadBeforeHeadline:
        return kLeadBeforeHeadlineCost;
    case Doubt::Kind::CaptionByContent:
        return kCaptionByContentCost;
    case Doubt::Kind::RoleAgainstShape:
        return kRoleAgainstShapeCost;
    case Doubt::Kind::Encoding:
        return kDamagedLineCost;
    }
    return 0;
}

Doubt DoubtRules::cutParagraph(int line)
{
    return Doubt{Doubt::Kind::CutParagraph, line, 0,
                 tr("This paragraph ends mid-sentence; its continuation was not found.")};
}

Doubt DoubtRules::leadBeforeHeadline(int line)
{
    return Doubt{Doubt::Kind::LeadBeforeHeadline, line, 0,
                 tr("This text stands above the headline; it was taken as the article's lead.")};
}

Doubt DoubtRules::captionByContent(int line)
{
    return Doubt{Doubt::Kind::CaptionByContent, line, 0,
                 tr("This caption was given to the article its words are about, not to the one "
                    "it stands next to.")};
}

Doubt DoubtRules::roleAgainstShape(int line, RoleOverride why)
{
    QString message;
    switch (why) {
    case RoleOverride::HeadlineAsBody:
        message = tr("This line looks like a headline; it was read as the end of the sentence "
                     "before it.");
        break;
    case RoleOverride::BodyAsCaption:
        message = tr("This line was taken for a photo caption because it interrupts a sentence.");
        break;
    case RoleOverride::StackAsBody:
    case RoleOverride::None:
        message = tr("This line looks like a headline; it was read as text, as more such lines "
                     "stand in a row than a headline has.");
        break;
    }
    return Doubt{Doubt::Kind::RoleAgainstShape, line, 0, message};
}

Doubt DoubtRules::encoding(const QString &decoderDoubt)
{
    return Doubt{Doubt::Kind::Encoding, 0, 0, decoderDoubt};
}

QList<Doubt> DoubtRules::damagedLines(const QList<int> &lines)
{
    QList<Doubt> doubts;
    const qsizetype named = std::min(lines.size(), kMaxDamagedLines);
    doubts.reserve(named + 1);
    for (qsizetype i = 0; i < named; ++i)
        doubts << Doubt{Doubt::Kind::Encoding, lines[i], 0,
                        tr("Undecodable bytes on this line were replaced with \uFFFD.")};
    if (lines.size() > named)
        doubts << Doubt{
            Doubt::Kind::Encoding, 0, 0,
            tr("%n more line(s) have undecodable bytes.", nullptr, int(lines.size() - named))};
    return doubts;
}

void DoubtRules::settle(Issue &issue)
{
    std::stable_sort(issue.doubts.begin(), issue.doubts.end(),
                     [](const Doubt &a, const Doubt &b) { return a.line < b.line; });
    QHash<int, int> costs; // article id → hundredths taken
    bool wholeFile = false;
    for (const Doubt &doubt : std::as_const(issue.doubts)) {
        if (doubt.kind == Doubt::Kind::Encoding && doubt.line == 0)
            wholeFile = true;
        else if (doubt.articleId > 0)
            costs[doubt.articleId] += cost(doubt.kind);
    }
    const int everyArticle = wholeFile ? kIssueEncodingCost : 0;
    for (Section &section : issue.sections) {
        for (Article &article : section.articles) {
            const int left = 100 - everyArticle - costs.value(article.id);
            article.confidence = std::max(left, kFloor) / 100.0;
        }
    }
}

} // namespace Broadsheet
