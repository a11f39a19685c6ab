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
    takeMastheadLines(lines);
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

namespace {

// What a line may be on a masthead printed on several lines.
enum class MastheadPiece { None, Paper, Date, Detail };

MastheadPiece mastheadPiece(const ClassifiedLine &line)
{
    if (line.role == LineRole::Masthead)
        return MastheadPiece::Date;
    // Bylines, credits, captions and page markers are never part of a masthead;
    // a masthead line is short (no rule is asked about the many long lines).
    const bool mayBe = line.role == LineRole::Headline || line.role == LineRole::Banner ||
                       line.role == LineRole::Group || line.role == LineRole::Body;
    if (!mayBe || line.text().size() > 40)
        return MastheadPiece::None;
    const Text text(line.text());
    if (mastheadPaper(text))
        return MastheadPiece::Paper;
    if (mastheadDetail(text))
        return MastheadPiece::Detail;
    return MastheadPiece::None;
}

} // namespace

void LineClassifier::takeMastheadLines(QList<ClassifiedLine> &lines)
{
    // Runs of lines that may belong to a masthead (the paper's name, the date line,
    // the lunar date, the edition), with no region break inside.
    qsizetype start = 0;
    while (start < lines.size()) {
        if (mastheadPiece(lines[start]) == MastheadPiece::None) {
            ++start;
            continue;
        }
        QList<MastheadPiece> pieces;
        qsizetype end = start;
        for (; end < lines.size(); ++end) {
            const MastheadPiece piece = mastheadPiece(lines[end]);
            if (piece == MastheadPiece::None ||
                (end > start && lines[end].source->blanksBefore >= kRegionBreakBlankLines))
                break;
            pieces << piece;
        }
        const qsizetype runStart = start;
        start = end;

        // A masthead has its date line, names one paper at most, and stands at the
        // top of the file or next to a page marker: a paper's name elsewhere, or
        // next to another, is a headline.
        const auto dateAt = pieces.indexOf(MastheadPiece::Date);
        const auto papers = pieces.count(MastheadPiece::Paper);
        const bool onlyTheDate = pieces.count(MastheadPiece::Date) == pieces.size();
        const bool atTop = runStart < kMastheadTopLines;
        const bool byPageMarker =
            (runStart > 0 && lines[runStart - 1].role == LineRole::PageMarker) ||
            (end < lines.size() && lines[end].role == LineRole::PageMarker);
        if (dateAt < 0 || papers > 1 || onlyTheDate || !(atTop || byPageMarker))
            continue;

        // The date line gives the paper, date and edition; the other lines
        // are the masthead too, and no article's.
        ClassifiedLine &dateLine = lines[runStart + dateAt];
        Masthead merged = *dateLine.masthead();
        QStringList editions;
        for (qsizetype k = 0; k < pieces.size(); ++k) {
            ClassifiedLine &line = lines[runStart + k];
            if (pieces[k] == MastheadPiece::Paper && merged.paper.isEmpty())
                merged.paper = mastheadPaper(line.text()).value_or(QString());
            else if (pieces[k] == MastheadPiece::Detail)
                editions << mastheadDetail(line.text()).value_or(QString());
            if (&line != &dateLine) {
                line.role = LineRole::Masthead;
                line.details.reset();
            }
        }
        editions.removeAll(QString());
        if (merged.edition.isEmpty())
            merged.edition = editions.join(u' ');
        dateLine.details =
            std::make_shared<LineDetails>(LineDetails{{}, {}, {}, std::move(merged)});
    }
}

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
            line.againstShape = RoleOverride::HeadlineAsBody;
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
        if (interrupts && (regionBreak || hasOcrPictureCue(text) || startsWithDate(text))) {
            line.role = LineRole::Caption;
            // Without a picture cue only its place says it is a caption.
            if (!hasOcrPictureCue(text))
                line.againstShape = RoleOverride::BodyAsCaption;
        } else if (regionBreak && hasOcrPictureCue(text) &&
                   line.text().size() <= kMaxInsetCaptionChars)
            line.role = LineRole::Caption;
    }
}

} // namespace Broadsheet
