#pragma once

#include "issue.h"
#include "sourcemap.h"

#include <QList>

#include <optional>

namespace Broadsheet {

// One part of an article as the reading pane sets it (its title, its third
// paragraph, …) and as the source view knows it from the parse: what links a
// paragraph of the reading pane to its lines in the file, both ways.
struct ArticlePart
{
    enum class Kind { Kicker, Title, Subtitle, Byline, Paragraph, Caption };
    Kind kind = Kind::Paragraph;
    int index = 0; // the paragraph's or caption's index; 0 for the others

    friend bool operator==(const ArticlePart &, const ArticlePart &) = default;

    // Kept in the reading pane's blocks as their user state (-qt-user-state in
    // the HTML): survives Qt's rich text, which drops CSS classes.
    int userState() const;
    static std::optional<ArticlePart> fromUserState(int state);

    // The file lines the part stands on in `article` (none when it has no such part).
    QList<int> lines(const Article &article) const;
    // The part a line of the file became, when it became one.
    static std::optional<ArticlePart> ofLine(const SourceLineInfo &info);
};

} // namespace Broadsheet
