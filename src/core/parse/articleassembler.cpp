#include "articleassembler.h"

#include "doubtrules.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSet>

namespace Broadsheet {

using namespace Conventions;

namespace {

// More short lines in a row than a headline stack has (section, group, kicker,
// title, two subtitles) are a list or stray fragments, not headlines.
constexpr qsizetype kMaxHeadlineStack = 6;
// A lead printed before its headline is a few paragraphs at most.
constexpr qsizetype kMaxLeadParagraphs = 4;

HeadlinePart part(const QString &text, int line)
{
    return HeadlinePart{text, {line}};
}

QSet<quint32> bigrams(QStringView text)
{
    QSet<quint32> set;
    text = text.first(std::min(text.size(), kTopicTextChars));
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar a = text[i];
        const QChar b = text[i + 1];
        if (a.isLetterOrNumber() && b.isLetterOrNumber())
            set.insert(quint32(a.unicode()) << 16 | b.unicode());
    }
    return set;
}

qsizetype sharedBigrams(const QSet<quint32> &a, const QSet<quint32> &b)
{
    const QSet<quint32> &smaller = a.size() <= b.size() ? a : b;
    const QSet<quint32> &larger = a.size() <= b.size() ? b : a;
    return std::count_if(smaller.begin(), smaller.end(),
                         [&larger](quint32 pair) { return larger.contains(pair); });
}

} // namespace

ArticleAssembler::ArticleAssembler(QList<ClassifiedLine> &lines)
    : m_lines(lines)
{}

void ArticleAssembler::run()
{
    qsizetype i = 0;
    while (i < m_lines.size()) {
        const ClassifiedLine &line = m_lines[i];
        switch (line.role) {
        case LineRole::Credit:
            for (const auto &entry : line.credits())
                credits << Credit{entry.role, entry.name, line.number()};
            ++i;
            break;
        case LineRole::Masthead:
            if (const Masthead *found = line.masthead(); !found) {
                // The paper's name, lunar date or edition of a masthead on several lines.
                mastheadLines << line.number();
            } else if (!masthead) {
                masthead = *found;
                mastheadLine = line.number();
                mastheadLines << line.number();
            } else if (repeatsMasthead(*found)) {
                // Each page of a file of several pages prints the masthead again.
                mastheadLines << line.number();
            } else {
                place(i, ArticleAssembler::tr("a second masthead line"));
            }
            ++i;
            break;
        case LineRole::PageMarker:
        case LineRole::Banner:
        case LineRole::Group:
        case LineRole::Headline:
        case LineRole::Subtitle: {
            const Block block = collectBlock(i);
            takeBlock(block);
            i = block.end;
            break;
        }
        case LineRole::Byline:
            takeByline(i);
            ++i;
            break;
        case LineRole::Caption:
            m_pendingCaptions << i;
            ++i;
            break;
        case LineRole::Body:
            takeBody(i);
            ++i;
            break;
        }
    }
    if (m_pendingByline)
        place(*m_pendingByline, ArticleAssembler::tr("a byline with no article after it"));
    assignCaptions();
}

ArticleAssembler::Block ArticleAssembler::collectBlock(qsizetype from)
{
    Block block;
    qsizetype i = from;
    while (i < m_lines.size()) {
        const ClassifiedLine &line = m_lines[i];
        if (line.role == LineRole::Credit) {
            for (const auto &entry : line.credits())
                credits << Credit{entry.role, entry.name, line.number()};
        } else if (line.isHeadlinePart()) {
            block.lines << i;
        } else {
            break;
        }
        ++i;
    }
    block.end = i;
    return block;
}

void ArticleAssembler::takeBlock(const Block &block)
{
    QList<qsizetype> parts = block.lines;
    // Too many short lines in a row: only the last few can be headlines.
    if (parts.size() > kMaxHeadlineStack) {
        const qsizetype extra = parts.size() - kMaxHeadlineStack;
        for (qsizetype k = 0; k < extra; ++k) {
            LineClassifier::demoteToBody(m_lines[parts[k]]);
            m_lines[parts[k]].againstShape = RoleOverride::StackAsBody;
            takeBody(parts[k]);
        }
        parts.remove(0, extra);
    }
    // A subtitle followed by another headline ends a headline of its own (an
    // article with no text of its own, such as a photo whose caption is elsewhere).
    qsizetype start = 0;
    for (qsizetype k = 0; k + 1 < parts.size(); ++k) {
        if (m_lines[parts[k]].role == LineRole::Subtitle &&
            m_lines[parts[k + 1]].role != LineRole::Subtitle) {
            takeHeadline(parts.mid(start, k + 1 - start), parts[k] + 1);
            start = k + 1;
        }
    }
    takeHeadline(parts.mid(start), block.end);
}

void ArticleAssembler::takeHeadline(const QList<qsizetype> &parts, qsizetype blockEnd)
{
    QList<qsizetype> rest;
    bool structureChanged = false;
    for (qsizetype index : parts) {
        const ClassifiedLine &line = m_lines[index];
        if (line.role == LineRole::PageMarker) {
            openSection(line.text().toString(), line.number());
            structureChanged = true;
        } else {
            rest << index;
        }
    }
    if (rest.isEmpty())
        return;

    qsizetype t = rest.size() - 1;
    while (t >= 0 && m_lines[rest[t]].role == LineRole::Subtitle)
        --t;
    if (t < 0) {
        for (qsizetype index : rest)
            place(index, ArticleAssembler::tr("a subtitle with no headline"));
        return;
    }
    const ClassifiedLine &titleLine = m_lines[rest[t]];
    // A banner or a brief column on its own line opens what follows; it is no title.
    if (rest.size() == 1 && titleLine.role == LineRole::Banner &&
        isSectionBanner(titleLine.text())) {
        openSection(titleLine.text().toString(), titleLine.number());
        return;
    }
    if (rest.size() == 1 && isBriefColumn(titleLine.text())) {
        m_group = GroupHeading{titleLine.text().toString(), titleLine.number()};
        m_groupIsBrief = true;
        return;
    }

    // Lines above the title: markers say what they are; otherwise the nearest is
    // the kicker and those above it a section banner, then a group headline.
    std::optional<qsizetype> kickerLine, groupLine, sectionLine;
    QList<qsizetype> unassigned;
    for (qsizetype k = 0; k < t; ++k) {
        const ClassifiedLine &line = m_lines[rest[k]];
        if (line.role == LineRole::Group && !groupLine)
            groupLine = rest[k];
        else if (line.role == LineRole::Banner && !sectionLine)
            sectionLine = rest[k];
        else
            unassigned << rest[k];
    }
    if (!unassigned.isEmpty() && unassigned.last() == rest[t - 1])
        kickerLine = unassigned.takeLast();
    for (qsizetype index : unassigned) {
        if (!sectionLine && (!groupLine || index < *groupLine))
            sectionLine = index;
        else if (!groupLine)
            groupLine = index;
        else
            place(index, ArticleAssembler::tr("a headline line that fits no headline"));
    }

    if (sectionLine) {
        openSection(m_lines[*sectionLine].text().toString(), m_lines[*sectionLine].number());
        structureChanged = true;
    }
    if (groupLine) {
        const ClassifiedLine &line = m_lines[*groupLine];
        m_group = GroupHeading{line.text().toString(), line.number()};
        m_groupIsBrief = isBriefColumn(line.text());
        structureChanged = true;
    } else if (kickerLine) {
        m_group.reset(); // a full article with a kicker is no short piece of a group
    }

    const HeadlineParts split = splitHeadline(titleLine.text());
    std::optional<HeadlinePart> kicker, title, subtitle;
    if (kickerLine) {
        kicker = part(m_lines[*kickerLine].text().toString(), m_lines[*kickerLine].number());
        title = part(split.kicker.isEmpty() ? split.title : split.kicker + u' ' + split.title,
                     titleLine.number());
    } else {
        if (!split.kicker.isEmpty())
            kicker = part(split.kicker, titleLine.number());
        title = part(split.title, titleLine.number());
    }
    if (!split.subtitle.isEmpty())
        subtitle = part(split.subtitle, titleLine.number());
    for (qsizetype k = t + 1; k < rest.size(); ++k) {
        const ClassifiedLine &line = m_lines[rest[k]];
        if (!subtitle) {
            subtitle = part(line.text().toString(), line.number());
        } else {
            subtitle->text += u' ' + line.text().toString();
            subtitle->lines << line.number();
        }
    }

    // Whose headline is it: a vox-pop piece waiting for its title, the article
    // whose lead was printed above it, or a new article.
    ArticleDraft *target = nullptr;
    ArticleDraft *open = current();
    if (open && open->awaitingTitle && !open->title && !structureChanged) {
        target = open;
    } else if (open) {
        const QString newHeadline = headlineLines(kicker, title, subtitle);
        const qsizetype nextBody = firstBodyAfter(blockEnd - 1);
        qsizetype from = photoItemLeadStart(*open, blockEnd, newHeadline);
        // A photo item has no text of its own, so no lead printed above it either:
        // text cut off above a photo item goes on after it, in the article it cut.
        if (from < 0 && !(captionedWithoutByline(blockEnd, nextBody) && !m_pendingByline))
            from = leadStart(*open, nextBody, newHeadline);
        if (from == 0 && !open->title && open->headlineEnd < 0) {
            target = open;
            target->doubts << DoubtRules::leadBeforeHeadline(m_lines[open->body.first()].number());
        } else if (from >= 0) {
            const QList<qsizetype> lead = open->body.mid(from);
            open->body.resize(from);
            ArticleDraft &article = startArticle();
            article.body = lead;
            article.notes << ArticleAssembler::tr(
                                 "The lead (from line %1) was printed before the headline.")
                                 .arg(m_lines[lead.first()].number());
            article.doubts << DoubtRules::leadBeforeHeadline(m_lines[lead.first()].number());
            target = &article;
        }
    }
    if (!target)
        target = &startArticle();

    target->section = int(sections.size()) - 1;
    if (target->awaitingTitle) {
        target->awaitingTitle = false;
    } else {
        target->group = m_group;
        target->briefGroup = m_group && m_groupIsBrief;
    }
    target->kicker = kicker;
    target->title = title;
    target->subtitle = subtitle;
    for (qsizetype k = 0; k < rest.size(); ++k) {
        if (rest[k] != sectionLine && rest[k] != groupLine)
            target->heads << rest[k];
    }
    target->headlineEnd = std::max(target->headlineEnd, blockEnd - 1);
    if (m_pendingByline) {
        const ClassifiedLine &line = m_lines[*m_pendingByline];
        target->byline =
            Byline{line.byline()->text, {line.number()}, line.byline()->authors, false};
        target->heads << *m_pendingByline;
        m_pendingByline.reset();
    }
}

void ArticleAssembler::takeByline(qsizetype index)
{
    const ClassifiedLine &line = m_lines[index];
    qsizetype next = index + 1;
    while (next < m_lines.size() && m_lines[next].role == LineRole::Credit)
        ++next;
    const bool headlineFollows = next < m_lines.size() && m_lines[next].isHeadlinePart();

    ArticleDraft *article = current();
    // A second byline line right under the first: 本报记者 X / 通讯员 Y.
    if (article && article->byline && !article->byline->isInline && !article->heads.isEmpty() &&
        article->heads.last() == index - 1) {
        article->byline->text += u' ' + line.byline()->text;
        article->byline->lines << line.number();
        article->byline->authors << line.byline()->authors;
        article->heads << index;
        article->headlineEnd = index;
        return;
    }
    const bool hasText = article && !article->body.isEmpty();
    if (headlineFollows && (!article || article->byline || hasText)) {
        if (m_pendingByline)
            place(*m_pendingByline, ArticleAssembler::tr("a byline with no article after it"));
        m_pendingByline = index;
        return;
    }
    if (!article || article->byline) {
        if (!article || hasText)
            article = &startArticle();
        else {
            place(index, ArticleAssembler::tr("a second byline"));
            return;
        }
    }
    article->byline = Byline{line.byline()->text, {line.number()}, line.byline()->authors, false};
    article->heads << index;
    if (article->body.isEmpty())
        article->headlineEnd = std::max(article->headlineEnd, index);
}

void ArticleAssembler::takeBody(qsizetype index)
{
    if (resumeInterrupted(index))
        return;
    const ClassifiedLine &line = m_lines[index];
    ArticleDraft *article = current();
    const bool hasTextAfterHeadline =
        article && !article->body.isEmpty() && article->body.last() > article->headlineEnd;

    if (!article) {
        article = &startArticle();
    } else if (isVoxPopPerson(line.text()) && hasVoxPopPerson(*article)) {
        // Each vox-pop piece introduces one person: a second 人物 starts the next piece.
        article = &startArticle();
        article->awaitingTitle = true;
    } else if (line.byline() && hasTextAfterHeadline) {
        // 本报讯 opens a new report even when it has no headline of its own.
        article = &startArticle();
    }
    if (line.byline() && !article->byline && article->body.isEmpty()) {
        article->byline =
            Byline{line.byline()->text, {line.number()}, line.byline()->authors, true};
    }
    article->body << index;
}

ArticleDraft &ArticleAssembler::startArticle()
{
    if (sections.isEmpty())
        sections << SectionDraft{};
    ArticleDraft article;
    article.section = int(sections.size()) - 1;
    article.group = m_group;
    article.briefGroup = m_group && m_groupIsBrief;
    article.openBefore = m_open;
    articles.push_back(std::move(article));
    m_open = qsizetype(articles.size()) - 1;
    return articles.back();
}

void ArticleAssembler::openSection(const QString &title, int line)
{
    sections << SectionDraft{title, line};
    m_group.reset();
    m_groupIsBrief = false;
}

bool ArticleAssembler::repeatsMasthead(const Masthead &other) const
{
    return masthead->year == other.year && masthead->month == other.month &&
           masthead->day == other.day &&
           (other.paper.isEmpty() || masthead->paper.isEmpty() ||
            foldScript(other.paper) == foldScript(masthead->paper));
}

void ArticleAssembler::place(qsizetype index, const QString &why)
{
    const ClassifiedLine &line = m_lines[index];
    unplaced << UnplacedLine{line.number(), line.text().toString()};
    qCDebug(lcParser) << "unplaced line" << line.number() << why;
}

qsizetype ArticleAssembler::firstBodyAfter(qsizetype index) const
{
    for (qsizetype i = index + 1; i < m_lines.size(); ++i) {
        switch (m_lines[i].role) {
        case LineRole::Body:
            return i;
        case LineRole::Byline:
        case LineRole::Caption:
        case LineRole::Credit:
            continue;
        default:
            return -1;
        }
    }
    return -1;
}

bool ArticleAssembler::separated(qsizetype previous, qsizetype next) const
{
    if (m_lines[next].source->blanksBefore >= kRegionBreakBlankLines)
        return true;
    for (qsizetype i = previous + 1; i < next; ++i) {
        if (m_lines[i].role != LineRole::Credit)
            return true;
    }
    return false;
}

// Whether `next` carries on the sentence that `previous` left unfinished.
bool ArticleAssembler::continues(qsizetype previous, qsizetype next) const
{
    const ClassifiedLine &p = m_lines[previous];
    const ClassifiedLine &n = m_lines[next];
    if (!p.cut)
        return false;
    if (n.opening == Opening::MidSentence)
        return true;
    return n.opening == Opening::Unknown && !separated(previous, next);
}

// A lead printed above its headline: the open article's last paragraph is cut
// mid-sentence, and the text under the new headline does not open afresh. Then
// the open article's last lines are the new article's lead when the new text
// starts mid-sentence, or when they are about the new headline rather than the
// open article's. Returns the index in `article.body` where the lead starts, or -1.
qsizetype ArticleAssembler::leadStart(const ArticleDraft &article, qsizetype nextBody,
                                      const QString &newHeadline) const
{
    if (article.body.isEmpty() || nextBody < 0)
        return -1;
    const Opening nextOpening = m_lines[nextBody].opening;
    if (!m_lines[article.body.last()].cut || nextOpening == Opening::Fresh)
        return -1;
    qsizetype movable = 0;
    while (movable < article.body.size() && article.body[movable] <= article.headlineEnd)
        ++movable;
    if (movable >= article.body.size())
        return -1;

    // The last paragraph, its pieces chained by cut sentences…
    qsizetype start = article.body.size() - 1;
    while (start > movable && continues(article.body[start - 1], article.body[start]))
        --start;
    // …and the paragraphs after a region break or caption a few paragraphs up, where
    // the open article ended (or broke off) and the lead's region began.
    qsizetype regionStart = start;
    qsizetype paragraphs = 1;
    for (qsizetype k = start - 1; k >= movable && paragraphs <= kMaxLeadParagraphs; --k) {
        const qsizetype here = article.body[k];
        const qsizetype after = article.body[k + 1];
        if (m_lines[here].cut && continues(here, after))
            continue;
        if (separated(here, after)) {
            regionStart = k + 1;
            break;
        }
        if (m_lines[here].cut)
            break;
        ++paragraphs;
    }

    const QString openHeadline = headlineLines(article.kicker, article.title, article.subtitle);
    const QSet<quint32> newPairs = bigrams(newHeadline);
    const QSet<quint32> openPairs = bigrams(openHeadline);
    auto textOf = [&](qsizetype from, qsizetype to) {
        QString text;
        for (qsizetype k = from; k < to && text.size() < kTopicTextChars; ++k)
            text += m_lines[article.body[k]].text();
        return text;
    };
    // How many character pairs a text shares with the new and the open headline.
    auto about = [&](const QString &text) {
        const QSet<quint32> pairs = bigrams(text);
        return std::pair(sharedBigrams(pairs, newPairs), sharedBigrams(pairs, openPairs));
    };
    // The paragraphs between the region break and the last one go only when they
    // too are about the new headline: a caption inside the open article also
    // stands in a region of its own.
    if (regionStart < start) {
        const auto [aboutNew, aboutOpen] = about(textOf(regionStart, start));
        if (aboutNew > aboutOpen)
            start = regionStart;
    }
    if (nextOpening == Opening::MidSentence)
        return start;

    const QString lead = textOf(start, article.body.size());
    // A quotation opened in the lead and closed under the headline: one text.
    if (quotationBalance(lead) > 0 && quotationBalance(m_lines[nextBody].text()) < 0)
        return start;
    const auto [aboutNew, aboutOpen] = about(lead);
    // A lead that opens like one (a dateline, 本报讯) needs less to show what it is about.
    const bool opensLikeLead = m_lines[article.body[start]].opening == Opening::Fresh;
    const qsizetype needed = opensLikeLead ? 1 : kMinSharedTerms;
    return aboutNew >= needed && aboutNew > aboutOpen ? start : -1;
}

// A photo item set into a column: a headline with no byline, then only its
// caption(s) up to `before`, and no text of its own yet.
bool ArticleAssembler::isPhotoItem(const ArticleDraft &article, qsizetype before) const
{
    if (!article.title || article.byline || article.awaitingTitle || article.headlineEnd < 0)
        return false;
    if (!article.body.isEmpty() && article.body.first() < before)
        before = article.body.first();
    bool captioned = false;
    for (qsizetype i = article.headlineEnd + 1; i < before; ++i) {
        if (m_lines[i].role == LineRole::Caption)
            captioned = true;
        else if (m_lines[i].role != LineRole::Credit)
            return false;
    }
    return captioned;
}

// Whether captions, and no byline, stand between a headline block that ends at
// `blockEnd` and its first body line `nextBody` (or the next headline): a photo item.
bool ArticleAssembler::captionedWithoutByline(qsizetype blockEnd, qsizetype nextBody) const
{
    bool captioned = false;
    const qsizetype end = nextBody < 0 ? m_lines.size() : nextBody;
    for (qsizetype i = blockEnd; i < end && !m_lines[i].isHeadlinePart(); ++i) {
        if (m_lines[i].role == LineRole::Byline)
            return false;
        captioned = captioned || m_lines[i].role == LineRole::Caption;
    }
    return captioned;
}

// What a photo item shows: its headline and its captions (those before `before`).
QString ArticleAssembler::photoItemText(const ArticleDraft &photo, qsizetype before) const
{
    QString text = headlineLines(photo.kicker, photo.title, photo.subtitle);
    for (qsizetype i = photo.headlineEnd + 1; i < before; ++i) {
        if (m_lines[i].role == LineRole::Caption)
            (text += u'\n') += m_lines[i].text();
    }
    return text;
}

// What an article is about: its headline and text, the first kTopicTextChars of it.
QString ArticleAssembler::articleText(const ArticleDraft &article) const
{
    QString text = headlineLines(article.kicker, article.title, article.subtitle);
    for (qsizetype index : article.body) {
        if (text.size() >= kTopicTextChars)
            break;
        (text += u'\n') += m_lines[index].text();
    }
    return text;
}

// The body text from `index` up to the next headline: what the article there says.
QString ArticleAssembler::textFrom(qsizetype index) const
{
    QString text;
    for (qsizetype i = index; i < m_lines.size() && text.size() < kTopicTextChars; ++i) {
        if (m_lines[i].isHeadlinePart())
            break;
        if (m_lines[i].role == LineRole::Body)
            (text += u'\n') += m_lines[i].text();
    }
    return text;
}

// Body text right after a photo item that stands between a paragraph cut by a
// column break and its continuation goes back to the article it interrupted
// (Conventions::resumesAfterPhotoItem); that article is open again. True when
// the line went there.
bool ArticleAssembler::resumeInterrupted(qsizetype index)
{
    if (m_open < 0)
        return false;
    const ArticleDraft &photo = articles[m_open];
    if (photo.openBefore < 0 || !photo.body.isEmpty() || !isPhotoItem(photo, index))
        return false;
    ArticleDraft &interrupted = articles[photo.openBefore];
    if (interrupted.body.isEmpty() || photo.heads.isEmpty() ||
        interrupted.body.last() > photo.heads.first())
        return false;
    if (!resumesAfterPhotoItem(m_lines[interrupted.body.last()].text(), m_lines[index].text(),
                               articleText(interrupted), photoItemText(photo, index)))
        return false;
    m_open = photo.openBefore;
    interrupted.body << index;
    return true;
}

// A lead printed before its headline right after a photo item: all the text the
// photo item collected after its caption, when it is about the article under
// the new headline (Conventions::isLeadOfNextArticle). Returns 0 (the whole
// body moves) or -1.
qsizetype ArticleAssembler::photoItemLeadStart(const ArticleDraft &photo, qsizetype blockEnd,
                                               const QString &newHeadline) const
{
    if (photo.body.isEmpty() || !isPhotoItem(photo, photo.body.first()))
        return -1;
    QString lead;
    for (qsizetype index : photo.body)
        lead += m_lines[index].text();
    const QString nextArticle = newHeadline + textFrom(blockEnd);
    return isLeadOfNextArticle(lead, nextArticle, photoItemText(photo, photo.body.first())) ? 0
                                                                                            : -1;
}

bool ArticleAssembler::hasVoxPopPerson(const ArticleDraft &article) const
{
    for (qsizetype index : article.body) {
        if (isVoxPopPerson(m_lines[index].text()))
            return true;
    }
    return false;
}

void ArticleAssembler::assignCaptions()
{
    if (m_pendingCaptions.isEmpty())
        return;
    const qsizetype n = m_lines.size();
    QList<int> owner(n, -1);
    QList<bool> isHead(n, false);
    for (int a = 0; a < int(articles.size()); ++a) {
        for (qsizetype index : std::as_const(articles[a].body))
            owner[index] = a;
        for (qsizetype index : std::as_const(articles[a].heads)) {
            owner[index] = a;
            isHead[index] = true;
        }
    }
    // Nearest owned line before and after every line, in two linear passes.
    QList<qsizetype> before(n, -1), after(n, -1);
    for (qsizetype i = 0, last = -1; i < n; ++i) {
        before[i] = last;
        if (owner[i] >= 0)
            last = i;
    }
    for (qsizetype i = n - 1, last = -1; i >= 0; --i) {
        after[i] = last;
        if (owner[i] >= 0)
            last = i;
    }

    QHash<int, QSet<quint32>> articleBigrams;
    auto bigramsOf = [&](int a) -> const QSet<quint32> & {
        auto it = articleBigrams.find(a);
        if (it == articleBigrams.end()) {
            const ArticleDraft &article = articles[a];
            QString text = headlineLines(article.kicker, article.title, article.subtitle);
            for (qsizetype index : article.body) {
                if (text.size() > kTopicTextChars)
                    break;
                text += m_lines[index].text();
                text += u'\n';
            }
            it = articleBigrams.insert(a, bigrams(text));
        }
        return *it;
    };

    for (qsizetype index : std::as_const(m_pendingCaptions)) {
        const int previous = before[index] >= 0 ? owner[before[index]] : -1;
        const int next = after[index] >= 0 ? owner[after[index]] : -1;
        int chosen = -1;
        if (previous < 0 && next < 0) {
            chosen = int(articles.size()); // a caption alone: a photo with no article
            startArticle();
        } else if (previous == next || next < 0) {
            chosen = previous;
        } else if (previous < 0) {
            chosen = next;
        } else if (isHead[before[index]]) {
            chosen = previous; // right under a headline: a photo news item or its picture
        } else {
            const QSet<quint32> caption = bigrams(m_lines[index].text());
            const qsizetype scorePrevious = sharedBigrams(caption, bigramsOf(previous));
            const qsizetype scoreNext = sharedBigrams(caption, bigramsOf(next));
            const int byPlace =
                m_lines[index].source->blanksBefore >= kRegionBreakBlankLines ? next : previous;
            chosen = scorePrevious == scoreNext  ? byPlace
                     : scorePrevious > scoreNext ? previous
                                                 : next;
            if (chosen != byPlace)
                articles[chosen].doubts << DoubtRules::captionByContent(m_lines[index].number());
        }
        articles[chosen].captions << index;
    }
}

} // namespace Broadsheet
