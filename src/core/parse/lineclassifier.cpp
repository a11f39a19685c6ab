#include "lineclassifier.h"

namespace Broadsheet {

using namespace Conventions;

bool ClassifiedLine::isHeadlinePart() const
{
    switch (role) {
    case LineRole::PageMarker:
    case LineRole::Banner:
    case LineRole::Group:
    case LineRole::Headline:
    case LineRole::Subtitle:
        return true;
    default:
        return false;
    }
}

QList<ClassifiedLine> LineClassifier::classify(const SourceText &source)
{
    QList<ClassifiedLine> lines;
    lines.reserve(source.lines().size());
    for (const SourceLine &line : source.lines())
        lines.append(classifyAlone(line, source.isIndentedLayout()));
    reconsiderInContext(lines);
    return lines;
}

ClassifiedLine LineClassifier::classifyAlone(const SourceLine &line, bool indentedLayout)
{
    ClassifiedLine c;
    c.source = &line;
    // Folded once for all the rules below (see Conventions::Text).
    const Text text = Text::withFold(line.text);

    if (auto entries = credits(text); !entries.isEmpty()) {
        c.role = LineRole::Credit;
        c.details = std::make_shared<LineDetails>(LineDetails{{}, std::move(entries), {}, {}});
        return c;
    }
    if (auto mast = masthead(text)) {
        c.role = LineRole::Masthead;
        c.details = std::make_shared<LineDetails>(LineDetails{{}, {}, {}, std::move(mast)});
        return c;
    }
    if (auto page = pageMarker(text)) {
        c.role = LineRole::PageMarker;
        c.details = std::make_shared<LineDetails>(LineDetails{{}, {}, std::move(page), {}});
        return c;
    }
    if (auto byline = standaloneByline(text)) {
        c.role = LineRole::Byline;
        c.details = std::make_shared<LineDetails>(LineDetails{std::move(byline), {}, {}, {}});
        return c;
    }
    if (hasCaptionCredit(text) || mentionsPicture(text)) {
        c.role = LineRole::Caption;
        return c;
    }
    // In a layout where paragraphs are indented, an indented line is never a headline.
    const bool mayBeHeading = !(indentedLayout && line.indented);
    if (mayBeHeading && isSubtitle(text.printed())) {
        c.role = LineRole::Subtitle;
        return c;
    }
    if (mayBeHeading && looksLikeHeadline(text)) {
        if (isGroupHeadline(text))
            c.role = LineRole::Group;
        else if (isSectionBanner(text) || isColumnName(text))
            c.role = LineRole::Banner;
        else
            c.role = LineRole::Headline;
        return c;
    }
    demoteToBody(c, text);
    return c;
}

void LineClassifier::demoteToBody(ClassifiedLine &line)
{
    demoteToBody(line, Text::withFold(line.text()));
}

void LineClassifier::demoteToBody(ClassifiedLine &line, const Text &text)
{
    line.role = LineRole::Body;
    line.cut = !endsSentence(text) && !isIntertitle(text);
    line.opening = openingOf(text);
    line.details.reset();
    if (auto byline = inlineByline(text))
        line.details = std::make_shared<LineDetails>(LineDetails{std::move(byline), {}, {}, {}});
}

namespace {

const ClassifiedLine *neighbourBody(const QList<ClassifiedLine> &lines, qsizetype from, int step)
{
    for (qsizetype i = from + step; i >= 0 && i < lines.size(); i += step) {
        if (lines[i].role == LineRole::Body)
            return &lines[i];
        if (lines[i].role != LineRole::Caption && lines[i].role != LineRole::Credit)
            return nullptr;
    }
    return nullptr;
}

} // namespace

void LineClassifier::reconsiderInContext(QList<ClassifiedLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ClassifiedLine &line = lines[i];
        // Folded when a rule first needs it: most lines are settled without one.
        const Text text(line.text());
        const ClassifiedLine *previous = i > 0 ? &lines[i - 1] : nullptr;
        const ClassifiedLine *next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;

        // A "headline" that reads as the tail of the sentence before it is body text.
        if (line.role == LineRole::Headline && previous && previous->role == LineRole::Body &&
            previous->cut && openingOf(text) == Opening::MidSentence) {
            demoteToBody(line, text);
            continue;
        }
        // A subtitle stands under a headline; elsewhere a dash opens an ordinary line.
        if (line.role == LineRole::Subtitle &&
            !(previous &&
              (previous->role == LineRole::Headline || previous->role == LineRole::Subtitle ||
               previous->role == LineRole::Group))) {
            demoteToBody(line, text);
            continue;
        }
        if (line.role != LineRole::Body || line.byline())
            continue;

        // A line standing between a paragraph cut mid-sentence and its continuation
        // interrupts the text: a caption set into the column ("因为" is OCR for 图为).
        const ClassifiedLine *before = neighbourBody(lines, i, -1);
        const ClassifiedLine *after = neighbourBody(lines, i, +1);
        const bool interrupts = before && before->cut && after &&
                                after->opening == Opening::MidSentence &&
                                line.opening != Opening::MidSentence && !line.cut &&
                                before == previous && after == next;
        const bool regionBreak = line.source->blanksBefore >= kRegionBreakBlankLines;
        if (interrupts && (regionBreak || hasOcrPictureCue(text) || startsWithDate(text)))
            line.role = LineRole::Caption;
        else if (regionBreak && hasOcrPictureCue(text) &&
                 line.text().size() <= kMaxInsetCaptionChars)
            line.role = LineRole::Caption;
    }
}

} // namespace Broadsheet
