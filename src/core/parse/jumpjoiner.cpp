#include "jumpjoiner.h"

#include "conventions.h"

#include <algorithm>

namespace Broadsheet {

namespace {

using Conventions::JumpMarker;

// Whether PDF page `pdfPage` is the page a marker names: by the number its page
// marker prints, or else by its place in the file.
bool isPage(const Issue &issue, int pdfPage, int named)
{
    for (const IssuePage &page : issue.metadata.pages) {
        if (page.pdfPage != pdfPage)
            continue;
        bool ok = false;
        const int printed = page.number ? page.number->value.toInt(&ok) : 0;
        return ok ? printed == named : pdfPage == named;
    }
    return pdfPage == named;
}

QString folded(const std::optional<HeadlinePart> &title)
{
    return title ? Conventions::foldScript(title->text).remove(u' ') : QString();
}

// The rest of `start`, jumped to page `onward.page`: the first article there
// that opens with a marker naming the start's page, under the same title.
Article *restOf(Issue &issue, const Article &start, int startPage, const JumpMarker &onward)
{
    for (Section &section : issue.sections) {
        for (Article &article : section.articles) {
            if (&article == &start || article.paragraphs.isEmpty() || !article.title)
                continue;
            const std::optional<JumpMarker> back =
                Conventions::backJump(article.paragraphs.constFirst().text);
            const int page = issue.layout.pageOf(article.paragraphs.constFirst().lines.value(0));
            if (back && isPage(issue, startPage, back->page) && isPage(issue, page, onward.page) &&
                folded(article.title) == folded(start.title))
                return &article;
        }
    }
    return nullptr;
}

void append(Article &start, Article &rest, const JumpMarker &onward, const JumpMarker &back)
{
    Paragraph &cut = start.paragraphs.last();
    cut.text.remove(onward.position, onward.length);
    Paragraph &first = rest.paragraphs.first();
    first.text.remove(back.position, back.length);
    first.text = first.text.trimmed();
    if (!Conventions::endsSentence(Conventions::Text(cut.text))) {
        cut.text += first.text;
        cut.lines += first.lines;
        rest.paragraphs.removeFirst();
    }
    start.paragraphs += rest.paragraphs;
    start.captions += rest.captions;
    start.title->lines += rest.title->lines;
    if (rest.subtitle && !start.subtitle)
        start.subtitle = rest.subtitle;
}

} // namespace

void JumpJoiner::join(Issue &issue)
{
    if (issue.layout.isEmpty())
        return;
    QList<int> joined; // the ids of rests joined to their start
    QHash<int, int> into;
    for (Section &section : issue.sections) {
        for (Article &start : section.articles) {
            if (start.paragraphs.isEmpty() || !start.title)
                continue;
            const std::optional<JumpMarker> onward =
                Conventions::onwardJump(start.paragraphs.constLast().text);
            if (!onward)
                continue;
            const int page = issue.layout.pageOf(start.paragraphs.constLast().lines.value(0));
            Article *rest = restOf(issue, start, page, *onward);
            if (!rest || joined.contains(rest->id))
                continue;
            const std::optional<JumpMarker> back =
                Conventions::backJump(rest->paragraphs.constFirst().text);
            append(start, *rest, *onward, *back);
            joined.append(rest->id);
            into.insert(rest->id, start.id);
        }
    }
    if (joined.isEmpty())
        return;
    for (Section &section : issue.sections)
        section.articles.removeIf([&](const Article &a) { return joined.contains(a.id); });
    // Numbered again in order, doubts following their article.
    QHash<int, int> renumbered;
    int id = 0;
    for (Section &section : issue.sections) {
        for (Article &article : section.articles) {
            renumbered.insert(article.id, ++id);
            article.id = id;
        }
    }
    for (Doubt &doubt : issue.doubts) {
        if (doubt.articleId)
            doubt.articleId = renumbered.value(into.value(doubt.articleId, doubt.articleId));
    }
}

} // namespace Broadsheet
