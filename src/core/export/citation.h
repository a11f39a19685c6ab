#pragma once

#include "libraryrecords.h"

#include <QString>

namespace Broadsheet {

// A reference to one article, as a researcher pastes it into a paper. What the
// library does not know (the authors, the date, the page, the paper) is left out
// with its punctuation, never filled in with a stand-in. Names and titles are
// given as printed: no translation, no transliteration.
class Citation
{
public:
    // How the newspaper's name is set in italics, where a style wants them.
    enum class Markup { Plain, Html, Markdown };

    // GB/T 7714-2015, the newspaper form:
    // 主要责任者.题名[N].报纸名,出版日期(版次).
    // 张莹莹.我市在全省率先出台新政稳就业[N].辽源日报,2019-02-20(1).
    // At most three authors, then 等.
    static QString gbt7714(const StoredArticle &article);

    // A Chicago-style note for a newspaper article:
    // 张莹莹, “我市在全省率先出台新政稳就业,” 辽源日报, February 20, 2019, 1.
    // Html and Markdown italicise the paper's name (and escape the rest).
    static QString chicago(const StoredArticle &article, Markup markup = Markup::Plain);
};

} // namespace Broadsheet
