#include "articlepart.h"

namespace Broadsheet {

namespace {
// Far above any block count Qt uses on its own (it leaves user states at -1).
constexpr int kStateBase = 1 << 20;
constexpr int kKindStride = 1 << 16; // more paragraphs than any article has
} // namespace

int ArticlePart::userState() const
{
    return kStateBase + int(kind) * kKindStride + index;
}

std::optional<ArticlePart> ArticlePart::fromUserState(int state)
{
    if (state < kStateBase)
        return std::nullopt;
    const int kind = (state - kStateBase) / kKindStride;
    if (kind > int(Kind::Caption))
        return std::nullopt;
    return ArticlePart{Kind(kind), (state - kStateBase) % kKindStride};
}

QList<int> ArticlePart::lines(const Article &article) const
{
    const auto headline = [](const std::optional<HeadlinePart> &part) {
        return part ? part->lines : QList<int>();
    };
    switch (kind) {
    case Kind::Kicker:
        return headline(article.kicker);
    case Kind::Title:
        return headline(article.title);
    case Kind::Subtitle:
        return headline(article.subtitle);
    case Kind::Byline:
        // A dateline byline is part of the first paragraph's lines already.
        return article.byline ? article.byline->lines : QList<int>();
    case Kind::Paragraph:
        return index >= 0 && index < article.paragraphs.size() ? article.paragraphs[index].lines
                                                               : QList<int>();
    case Kind::Caption:
        return index >= 0 && index < article.captions.size() ? article.captions[index].lines
                                                             : QList<int>();
    }
    return {};
}

std::optional<ArticlePart> ArticlePart::ofLine(const SourceLineInfo &info)
{
    if (info.articleId == 0)
        return std::nullopt;
    using Role = SourceLineInfo::Role;
    switch (info.role) {
    case Role::Kicker:
        return ArticlePart{Kind::Kicker, 0};
    case Role::Title:
        return ArticlePart{Kind::Title, 0};
    case Role::Subtitle:
        return ArticlePart{Kind::Subtitle, 0};
    case Role::Byline:
        return ArticlePart{Kind::Byline, 0};
    case Role::Body:
        return info.part >= 0 ? std::optional(ArticlePart{Kind::Paragraph, info.part})
                              : std::nullopt;
    case Role::Caption:
        return info.part >= 0 ? std::optional(ArticlePart{Kind::Caption, info.part}) : std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace Broadsheet
