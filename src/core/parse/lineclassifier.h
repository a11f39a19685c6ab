#pragma once

#include "conventions.h"
#include "sourcetext.h"

#include <memory>
#include <optional>

namespace Broadsheet {

// What a line of an issue file is, judged from its own text and its neighbours.
enum class LineRole {
    Credit,     // 设计制作:X
    Masthead,   // paper name and date; a masthead on several lines is all Masthead,
                //   its date line the one with the details (paper, date, edition)
    PageMarker, // 第02版:要闻 — opens a section
    Banner,     // a column banner or section name — opens a section
    Group,      // a group headline over several short pieces
    Headline,   // a kicker, title or both
    Subtitle,   // ——…
    Byline,     // a byline on its own line
    Caption,    // a photo caption
    Body,       // article text
};

// Why the classifier gave a line another role than its own shape says: the
// guesses that only its neighbours decided (a RoleAgainstShape doubt).
enum class RoleOverride : quint8 {
    None,
    HeadlineAsBody, // a headline-like line read as the tail of the cut sentence before it
    BodyAsCaption,  // a text line between a cut sentence and its continuation, no picture cue
    StackAsBody,    // a headline-like line in a run too long to be one headline
};

// What only a few lines carry; kept apart so that the many plain lines stay small.
struct LineDetails
{
    std::optional<Conventions::BylineMatch> byline; // standalone or inline
    QList<Conventions::CreditEntry> credits;
    std::optional<Conventions::PageMarker> page;
    std::optional<Conventions::Masthead> masthead;
};

struct ClassifiedLine
{
    const SourceLine *source = nullptr;
    LineRole role = LineRole::Body;
    bool cut = false; // body text that ends mid-sentence
    Conventions::Opening opening = Conventions::Opening::Unknown;
    // Set where the role goes against the line's shape (in what was padding).
    RoleOverride againstShape = RoleOverride::None;
    std::shared_ptr<const LineDetails> details;

    int number() const { return source->number; }
    QStringView text() const { return source->text; }
    bool isHeadlinePart() const;
    const Conventions::BylineMatch *byline() const
    {
        return details && details->byline ? &*details->byline : nullptr;
    }
    QList<Conventions::CreditEntry> credits() const
    {
        return details ? details->credits : QList<Conventions::CreditEntry>();
    }
    const Conventions::Masthead *masthead() const
    {
        return details && details->masthead ? &*details->masthead : nullptr;
    }
};

class LineClassifier
{
public:
    static QList<ClassifiedLine> classify(const SourceText &source);
    static void demoteToBody(ClassifiedLine &line);

private:
    static ClassifiedLine classifyAlone(const SourceLine &line, bool indentedLayout);
    static void takeMastheadLines(QList<ClassifiedLine> &lines);
    static void reconsiderInContext(QList<ClassifiedLine> &lines);
    static void demoteToBody(ClassifiedLine &line, const Conventions::Text &text);
};

} // namespace Broadsheet
