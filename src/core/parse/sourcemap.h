#pragma once

#include "issue.h"

#include <QStringList>

namespace Broadsheet {

// What each line of an issue file became in a parse: the source view colours
// lines by it, marks article boundaries and joins, and maps a paragraph of the
// reading pane to its lines and back.
struct SourceLineInfo
{
    enum class Role {
        Blank,
        Masthead,
        PageMarker, // a section that opens with a page marker (第2版:要闻)
        Banner,     // a section or column banner without one
        Group,
        Kicker,
        Title,
        Subtitle,
        Byline,
        Body,
        Caption,
        Credit,
        Unplaced, // text the parser kept but placed in no article
        Dropped,  // text the parser left out: a repeat of other text
    };

    Role role = Role::Blank;
    int articleId = 0;         // the article holding it, 0 if none
    int part = -1;             // Body: its paragraph's index; Caption: its caption's index
    int joinedFrom = 0;        // the paragraph continues here from that (not adjacent) line
    bool opensArticle = false; // the first line of its article in the file
};

class SourceMap
{
public:
    // `lines`: the file's lines as decoded (IssueParser::sourceLines); the map has
    // one entry for each, index 0 being line 1.
    static QList<SourceLineInfo> build(const Issue &issue, const QStringList &lines);
    static QString roleName(SourceLineInfo::Role role); // "body", "page_marker", …
};

} // namespace Broadsheet
