#pragma once

#include <QCoreApplication>

#include "articlehtml.h"
#include "libraryrecords.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Broadsheet {

// A contents page, as a newspaper prints one: the headlines of an issue, a
// section or a group, by section, each with its kicker, byline and first
// lines, each a link to the article. Article text is data: all of it is escaped.
class ContentsHtml
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::ContentsHtml)

public:
    // Links to articles: this scheme and the article's library id.
    static constexpr const char *kArticleScheme = "broadsheet-article";
    static constexpr int kLeadChars = 80; // of the first paragraph

    // Across issues (a collection): each article's paper, day and page head it,
    // where an issue's contents give its page alone.
    static QString render(const QString &heading, const QList<StoredArticle> &articles,
                          const ArticleHtml::Style &style, bool acrossIssues = false);
    static QString linkTo(qint64 articleId);
    static std::optional<qint64> articleOf(const QUrl &link);
};

} // namespace Broadsheet
