#pragma once

#include <QString>
#include <QVariantList>

namespace Broadsheet {

// The SQL of one search (Library::searchSql): Library::search and
// Library::timeline count and list the same articles through it.
struct SearchSql
{
    bool nothing = false;       // a filter nothing passes (no such issue or section)
    bool hasMatch = false;      // the index takes part: article_search is in `from`
    bool joinsArticles = false; // `a`, the article, is in `from`
    bool joinsIssues = false;   // `i`, the article's issue, is in `from`
    bool checkText = false;     // `from` finds candidates; the exact check decides
    QString idColumn = {};      // the article's id in `from`
    QString score = {};         // the expression that ranks (lower is better)
    QString from = {};          // " FROM … WHERE …"
    QVariantList values = {};   // for `from`'s placeholders, in order
};

} // namespace Broadsheet
