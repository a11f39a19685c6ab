#include "contentshtml.h"

#include "datetext.h"
#include "textcut.h"

#include <algorithm>

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The first lines of an article, as a table of contents quotes them.
QString leadOf(const Article &article)
{
    if (article.paragraphs.isEmpty())
        return article.captions.isEmpty() ? QString() : article.captions.first().text;
    const QString &first = article.paragraphs.first().text;
    const QString lead = TextCut::left(first, ContentsHtml::kLeadChars);
    return lead.size() < first.size() ? lead + u'…' : lead;
}

QString bylineOf(const Article &article)
{
    if (!article.authors().isEmpty())
        return article.authors().join(u'、');
    return article.byline && !article.byline->isInline ? article.byline->text : QString();
}

QString pageTitle(const StoredArticle &stored)
{
    QString title = stored.pageNumber.isEmpty() ? QString() : DateText::page(stored.pageNumber);
    if (!stored.pageName.isEmpty())
        title = title.isEmpty() ? stored.pageName : title + u' ' + stored.pageName;
    return title.isEmpty() ? ContentsHtml::tr("Unnumbered page") : title;
}

} // namespace

QString ContentsHtml::linkTo(qint64 articleId)
{
    return QLatin1StringView(kArticleScheme) + u':' + QString::number(articleId);
}

std::optional<qint64> ContentsHtml::articleOf(const QUrl &link)
{
    if (link.scheme() != QLatin1StringView(kArticleScheme))
        return std::nullopt;
    bool ok = false;
    const qint64 id = link.path().toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

QString ContentsHtml::render(const QString &heading, const QList<StoredArticle> &articles,
                             const ArticleHtml::Style &style, bool acrossIssues)
{
    QString html = u"<html><head><style>"_s + ArticleHtml::styleSheet(style) + uR"(
p.page { font-family: %1; font-weight: 700; color: %3; margin-top: 28px; margin-bottom: 2px; }
p.section { font-family: %1; font-weight: 700; color: %2; margin-top: 22px; margin-bottom: 8px; border-bottom: 1px solid %2; }
p.group { font-family: %1; color: %2; margin-top: 10px; margin-bottom: 4px; margin-left: 12px; }
p.entry { margin-top: 12px; margin-bottom: 0px; }
a.entry { font-family: %1; font-weight: 700; color: %3; }
p.lead { color: %2; margin-bottom: 4px; line-height: 160%; }
)"_s.arg(style.headlineFamilies, style.colors.muted.name(), style.colors.text.name()) +
                   u"</style></head><body>\n"_s;
    html += u"<p class=\"title\">%1</p>\n"_s.arg(escaped(heading));
    html += u"<p class=\"meta\">%1</p>\n"_s.arg(
        escaped(ContentsHtml::tr("%n article(s)", nullptr, int(articles.size()))));

    // An archive's issue or page: its pages in order, each with its sections.
    const bool byPage =
        acrossIssues || std::any_of(articles.cbegin(), articles.cend(), [](const auto &stored) {
            return !stored.pageNumber.isEmpty() || !stored.pageName.isEmpty();
        });
    QString page;
    QString section;
    QString group;
    bool first = true;
    for (const StoredArticle &stored : articles) {
        const Article &article = stored.article;
        QString pageHere = byPage ? pageTitle(stored) : QString();
        if (acrossIssues) {
            const QStringList where = ArticleHtml::issueKnown(stored);
            pageHere = where.isEmpty() ? stored.issueTitle : where.join(u"  ·  "_s);
        }
        const bool newPage = first || pageHere != page;
        if (byPage && newPage) {
            page = pageHere;
            html += u"<p class=\"page\">%1</p>\n"_s.arg(escaped(page));
        }
        if (newPage || stored.sectionTitle != section) {
            section = stored.sectionTitle;
            group.clear();
            html += u"<p class=\"section\">%1</p>\n"_s.arg(
                escaped(section.isEmpty() ? ContentsHtml::tr("Articles") : section));
        }
        first = false;
        const QString groupTitle = article.group ? article.group->title : QString();
        if (groupTitle != group) {
            group = groupTitle;
            if (!group.isEmpty())
                html += u"<p class=\"group\">%1</p>\n"_s.arg(escaped(group));
        }
        html += u"<p class=\"entry\">"_s;
        if (article.kicker)
            html += u"<span class=\"kicker\">%1</span><br/>"_s.arg(escaped(article.kicker->text));
        html += u"<a class=\"entry\" href=\"%1\">%2</a>"_s.arg(
            linkTo(stored.record.id), escaped(stored.record.displayTitle()));
        if (const QString byline = bylineOf(article); !byline.isEmpty())
            html += u"  <span class=\"byline\">%1</span>"_s.arg(escaped(byline));
        html += u"</p>\n"_s;
        if (const QString lead = leadOf(article); !lead.isEmpty())
            html += u"<p class=\"lead\">%1</p>\n"_s.arg(escaped(lead));
    }
    return html + u"</body></html>"_s;
}

} // namespace Broadsheet
