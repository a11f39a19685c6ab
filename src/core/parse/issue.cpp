#include "issue.h"

#include "textcut.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Broadsheet {

namespace {

// How much of the first line names an article that has no headline.
constexpr qsizetype kUntitledChars = 16;

struct KindName
{
    ArticleKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {ArticleKind::News, "news"},           {ArticleKind::Commentary, "commentary"},
    {ArticleKind::Interview, "interview"}, {ArticleKind::VoxPop, "voxpop"},
    {ArticleKind::Brief, "brief"},         {ArticleKind::Photo, "photo"},
    {ArticleKind::Other, "other"},
};

struct DoubtKindName
{
    Doubt::Kind kind;
    const char *name;
};

constexpr DoubtKindName kDoubtKindNames[] = {
    {Doubt::Kind::CutParagraph, "cut_paragraph"},
    {Doubt::Kind::LeadBeforeHeadline, "lead_before_headline"},
    {Doubt::Kind::CaptionByContent, "caption_by_content"},
    {Doubt::Kind::RoleAgainstShape, "role_against_shape"},
    {Doubt::Kind::Encoding, "encoding"},
};
} // namespace

QString kindName(ArticleKind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("other");
}

std::optional<ArticleKind> kindFromName(QStringView name)
{
    for (const auto &entry : kKindNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString doubtKindName(Doubt::Kind kind)
{
    for (const auto &entry : kDoubtKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<Doubt::Kind> doubtKindFromName(QStringView name)
{
    for (const auto &entry : kDoubtKindNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString Article::displayTitle() const
{
    if (title && !title->text.isEmpty())
        return title->text;
    if (!paragraphs.isEmpty())
        return QCoreApplication::translate("Broadsheet::Article", "(untitled) %1")
            .arg(TextCut::left(paragraphs.first().text, kUntitledChars));
    if (!captions.isEmpty())
        return QCoreApplication::translate("Broadsheet::Article", "(photo) %1")
            .arg(TextCut::left(captions.first().text, kUntitledChars));
    return QCoreApplication::translate("Broadsheet::Article", "(untitled)");
}

QString headlineLines(const std::optional<HeadlinePart> &kicker,
                      const std::optional<HeadlinePart> &title,
                      const std::optional<HeadlinePart> &subtitle)
{
    QString lines;
    for (const auto *part : {&kicker, &title, &subtitle}) {
        if (*part)
            lines += (*part)->text + QLatin1Char('\n');
    }
    return lines;
}

QString Article::headText() const
{
    QString lines = headlineLines(kicker, title, subtitle);
    lines.chop(1);
    return lines;
}

QString Article::bodyText() const
{
    QStringList parts;
    if (byline && !byline->isInline)
        parts << byline->text;
    for (const auto &paragraph : paragraphs)
        parts << paragraph.text;
    for (const auto &caption : captions)
        parts << caption.text;
    return parts.join(QLatin1Char('\n'));
}

QString Article::plainText() const
{
    const QString head = headText();
    const QString body = bodyText();
    if (head.isEmpty() || body.isEmpty())
        return head + body;
    return head + QLatin1Char('\n') + body;
}

int Issue::articleCount() const
{
    int count = 0;
    for (const auto &section : sections)
        count += int(section.articles.size());
    return count;
}

QString Issue::displayTitle() const
{
    if (!paper.isEmpty() && date.isValid())
        return QStringLiteral("%1 %2").arg(paper, date.toString(Qt::ISODate));
    if (!paper.isEmpty())
        return paper;
    const QString name = QFileInfo(source.path).completeBaseName();
    if (date.isValid())
        return QStringLiteral("%1 (%2)").arg(name, date.toString(Qt::ISODate));
    return name;
}

const Article *Issue::findArticle(int id) const
{
    for (const auto &section : sections) {
        for (const auto &article : section.articles) {
            if (article.id == id)
                return &article;
        }
    }
    return nullptr;
}

QList<int> Article::lines() const
{
    QList<int> lines;
    for (const auto *part : {&kicker, &title, &subtitle}) {
        if (*part)
            lines << (*part)->lines;
    }
    if (byline)
        lines << byline->lines;
    for (const Paragraph &paragraph : paragraphs)
        lines << paragraph.lines;
    for (const Caption &caption : captions)
        lines << caption.lines;
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    lines.removeIf([](int line) { return line <= 0; });
    return lines;
}

int Article::firstLine() const
{
    const QList<int> own = lines();
    if (!own.isEmpty())
        return own.constFirst();
    return group ? group->line : 0;
}

} // namespace Broadsheet
