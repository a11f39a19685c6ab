#pragma once

#include "issue.h"

#include <QIcon>

namespace Broadsheet {

// The application's icons, drawn for light backgrounds and redrawn lighter for
// dark ones, from the SVGs in resources/icons.
class Icons
{
public:
    static QIcon get(const QString &name);
    static QIcon forKind(ArticleKind kind);
    // Icons are drawn again when the theme changes between light and dark.
    static void setDarkBackground(bool dark);
};

} // namespace Broadsheet
