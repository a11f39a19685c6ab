#pragma once

#include "settings.h"
#include "sourcemap.h"

#include <QColor>

namespace Broadsheet {

// Light, dark and sepia looks for the whole window and the reading pane.
class Theme
{
public:
    enum class Look { Light, Dark, Sepia };

    struct ReadingColors
    {
        QColor page;
        QColor text;
        QColor muted;   // kicker, byline, notes
        QColor accent;  // rules, the kicker's mark
        QColor caption; // caption background
        QColor match;   // find: every match
        QColor current; // find: the current match
        QColor linked;  // the part tied to the lines selected in the source view
    };

    // How the source view sets a line of each role: a colour that reads on the
    // look's page, and a background for the roles that stand out as bands.
    struct RoleStyle
    {
        QColor foreground;
        QColor background; // invalid: the page's own
        bool bold = false;
        bool italic = false;
        bool strikeOut = false;
    };

    // Remembers the platform's own palette, to follow it for Settings::Theme::System.
    static void rememberSystemPalette();
    static Look resolve(Settings::Theme choice);
    static void apply(Look look);
    static ReadingColors readingColors(Look look);
    static RoleStyle sourceRoleStyle(SourceLineInfo::Role role, Look look);
};

} // namespace Broadsheet
