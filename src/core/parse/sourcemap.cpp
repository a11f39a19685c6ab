#include "sourcemap.h"

#include "conventions.h"
#include "linepieces.h"

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

using Role = SourceLineInfo::Role;

struct RoleName
{
    Role role;
    const char *name;
};

constexpr RoleName kRoleNames[] = {
    {Role::Blank, "blank"},       {Role::Masthead, "masthead"}, {Role::PageMarker, "page_marker"},
    {Role::Banner, "banner"},     {Role::Group, "group"},       {Role::Kicker, "kicker"},
    {Role::Title, "title"},       {Role::Subtitle, "subtitle"}, {Role::Byline, "byline"},
    {Role::Body, "body"},         {Role::Caption, "caption"},   {Role::Credit, "credit"},
    {Role::Unplaced, "unplaced"}, {Role::Dropped, "dropped"},
};

} // namespace

QString SourceMap::roleName(SourceLineInfo::Role role)
{
    for (const auto &entry : kRoleNames) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QList<SourceLineInfo> SourceMap::build(const Issue &issue, const QStringList &lines)
{
    QList<SourceLineInfo> map(lines.size());
    const auto at = [&map](int line) -> SourceLineInfo * {
        return line >= 1 && line <= map.size() ? &map[line - 1] : nullptr;
    };
    const auto trimmedLine = [&lines](int line) {
        return Conventions::trimmed(lines[line - 1]).toString();
    };
    // Later marks win: an article's parts over the headings, a paragraph over
    // the inline byline that opens it.
    const auto mark = [&](int line, Role role, int articleId = 0, int part = -1) {
        if (SourceLineInfo *info = at(line)) {
            info->role = role;
            info->articleId = articleId;
            info->part = part;
        }
    };

    for (int line : issue.mastheadLines)
        mark(line, Role::Masthead);
    for (const Credit &credit : issue.credits)
        mark(credit.line, Role::Credit);
    for (const UnplacedLine &unplaced : issue.unplaced)
        mark(unplaced.line, Role::Unplaced);
    for (const Section &section : issue.sections) {
        if (section.line && at(*section.line)) {
            const bool marker =
                Conventions::pageMarker(Conventions::Text(trimmedLine(*section.line))).has_value();
            mark(*section.line, marker ? Role::PageMarker : Role::Banner);
        }
        for (const Article &article : section.articles) {
            if (article.group)
                mark(article.group->line, Role::Group);
        }
    }
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            const int id = article.id;
            // The title marks a line that holds the kicker or subtitle too.
            for (const auto &[part, role] : {std::pair{&article.kicker, Role::Kicker},
                                             std::pair{&article.subtitle, Role::Subtitle},
                                             std::pair{&article.title, Role::Title}}) {
                if (*part) {
                    for (int line : (*part)->lines)
                        mark(line, role, id);
                }
            }
            if (article.byline) {
                for (int line : article.byline->lines)
                    mark(line, Role::Byline, id);
            }
            for (qsizetype c = 0; c < article.captions.size(); ++c) {
                for (int line : article.captions[c].lines)
                    mark(line, Role::Caption, id, int(c));
            }
            for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
                const Paragraph &paragraph = article.paragraphs[p];
                QStringList texts;
                for (int line : paragraph.lines)
                    texts << (at(line) ? trimmedLine(line) : QString());
                // A line whose whole text the parser dropped as a repeat gave nothing.
                const QStringList pieces = LinePieces::ofRunOn(paragraph.text, texts);
                for (qsizetype k = 0; k < paragraph.lines.size(); ++k) {
                    const int line = paragraph.lines[k];
                    const bool dropped = pieces.value(k).isEmpty() && !texts[k].isEmpty();
                    mark(line, dropped ? Role::Dropped : Role::Body, id, int(p));
                    if (k == 0 || !at(line))
                        continue;
                    // Joined across something: another line stands between the two.
                    const int previous = paragraph.lines[k - 1];
                    bool between = previous > line;
                    for (int l = previous + 1; !between && l < line; ++l)
                        between = !trimmedLine(l).isEmpty();
                    if (between)
                        at(line)->joinedFrom = previous;
                }
            }
            if (SourceLineInfo *first = at(article.firstLine()); first && first->articleId == id)
                first->opensArticle = true;
        }
    }
    // Text no part holds: left out by the parser (a repeat of other text).
    for (qsizetype i = 0; i < map.size(); ++i) {
        SourceLineInfo &info = map[i];
        if (info.role == Role::Blank && !Conventions::trimmed(lines[i]).isEmpty())
            info.role = Role::Dropped;
    }
    return map;
}

} // namespace Broadsheet
