#pragma once

#include "settings.h"

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
    };

    // Remembers the platform's own palette, to follow it for Settings::Theme::System.
    static void rememberSystemPalette();
    static Look resolve(Settings::Theme choice);
    static void apply(Look look);
    static ReadingColors readingColors(Look look);
};

} // namespace Broadsheet
