#include "correctionworkspace.h"

#include "conventions.h"
#include "doubtrules.h"
#include "linepieces.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Broadsheet {

using namespace Conventions;

namespace {

using Part = CorrectionWorkspace::Part;
using Slot = CorrectionWorkspace::Slot;

const QString kSpace = u" "_s;

Part partOf(const QString &text, const QList<int> &lines, const QStringList &lineTexts, bool runOn)
{
    const QStringList pieces =
        runOn ? LinePieces::ofRunOn(text, lineTexts) : LinePieces::ofSpaced(text, lineTexts);
    Part part;
    part.text = text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        part.pieces << CorrectionWorkspace::Piece{lines[i], pieces.value(i)};
    return part;
}

int firstLineOf(const Part &part)
{
    return part.pieces.isEmpty() ? std::numeric_limits<int>::max() : part.pieces.first().line;
}

bool openingFresh(const Part &part)
{
    return !part.pieces.isEmpty() && openingOf(Text(part.pieces.first().text)) == Opening::Fresh;
}

// Whether a paragraph stops where a column or page break cut it, the parser's
// condition for joining it with the text that continues it.
bool isCut(const Part &paragraph)
{
    const QString text = paragraph.currentText({});
    return !text.isEmpty() && !endsSentence(Text(text)) && !isIntertitle(Text(text));
}

QStringList authorsOf(const QString &text)
{
    if (const auto standalone = standaloneByline(Text(text)))
        return standalone->authors;
    if (const auto opening = inlineByline(Text(text)))
        return opening->authors;
    return namesFromCreditRun(text);
}

std::optional<HeadlinePart> headlineFrom(const std::optional<Part> &part)
{
    // A headline with no line of its own (a title a correction gave) stays.
    if (!part || (part->changed && part->pieces.isEmpty()))
        return std::nullopt;
    return HeadlinePart{part->currentText(kSpace), part->lines()};
}

} // namespace

QList<int> CorrectionWorkspace::Part::lines() const
{
    QList<int> numbers;
    numbers.reserve(pieces.size());
    for (const Piece &piece : pieces)
        numbers << piece.line;
    return numbers;
}

QString CorrectionWorkspace::Part::currentText(QStringView separator) const
{
    if (!changed)
        return text;
    QStringList texts;
    for (const Piece &piece : pieces)
        texts << piece.text;
    return texts.join(separator);
}

bool CorrectionWorkspace::WorkArticle::touched() const
{
    if (isNew || retitled)
        return true;
    for (const auto *part : {&kicker, &title, &subtitle, &byline}) {
        if (*part && (*part)->changed)
            return true;
    }
    const auto changed = [](const Part &part) { return part.changed; };
    return std::any_of(paragraphs.begin(), paragraphs.end(), changed) ||
           std::any_of(captions.begin(), captions.end(), changed) ||
           bool(kicker) != bool(original.kicker) || bool(title) != bool(original.title) ||
           bool(subtitle) != bool(original.subtitle) || bool(byline) != bool(original.byline) ||
           paragraphs.size() != original.paragraphs.size() ||
           captions.size() != original.captions.size();
}

bool CorrectionWorkspace::WorkArticle::hasLines() const
{
    for (const auto *part : {&kicker, &title, &subtitle, &byline}) {
        if (*part && !(*part)->pieces.isEmpty())
            return true;
    }
    const auto held = [](const Part &part) { return !part.pieces.isEmpty(); };
    return std::any_of(paragraphs.begin(), paragraphs.end(), held) ||
           std::any_of(captions.begin(), captions.end(), held);
}

std::optional<Part> &CorrectionWorkspace::WorkArticle::headline(Slot slot)
{
    switch (slot) {
    case Slot::Kicker:
        return kicker;
    case Slot::Subtitle:
        return subtitle;
    case Slot::Byline:
        return byline;
    default:
        return title;
    }
}

CorrectionWorkspace::CorrectionWorkspace(const Issue &parsed, const QStringList &lines)
    : m_lines(lines)
{
    const auto textsOf = [this](const QList<int> &numbers) {
        QStringList texts;
        for (int line : numbers)
            texts << trimmedLine(line);
        return texts;
    };
    for (qsizetype s = 0; s < parsed.sections.size(); ++s) {
        for (const Article &article : parsed.sections[s].articles) {
            WorkArticle work;
            work.original = article;
            work.section = int(s);
            const auto headline = [&](const std::optional<HeadlinePart> &from) {
                return from ? std::optional<Part>(
                                  partOf(from->text, from->lines, textsOf(from->lines), false))
                            : std::nullopt;
            };
            work.kicker = headline(article.kicker);
            work.title = headline(article.title);
            work.subtitle = headline(article.subtitle);
            if (article.byline)
                work.byline = partOf(article.byline->text, article.byline->lines,
                                     textsOf(article.byline->lines), article.byline->isInline);
            for (const Paragraph &paragraph : article.paragraphs)
                work.paragraphs << partOf(paragraph.text, paragraph.lines, textsOf(paragraph.lines),
                                          true);
            for (const Caption &caption : article.captions) {
                work.captions << partOf(caption.text, caption.lines, textsOf(caption.lines), true);
                work.captions.last().credit = caption.credit;
            }
            articles << std::move(work);
        }
    }
    settle();
}

QString CorrectionWorkspace::trimmedLine(int line) const
{
    if (line < 1 || line > m_lines.size())
        return {};
    return Conventions::trimmed(m_lines[line - 1]).toString();
}

QList<int> CorrectionWorkspace::linesOf(int article) const
{
    QList<int> numbers;
    for (auto it = m_holder.cbegin(); it != m_holder.cend(); ++it) {
        if (it.value() == article)
            numbers << it.key();
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

bool CorrectionWorkspace::adjacent(int a, int b) const
{
    for (int line = std::min(a, b) + 1; line < std::max(a, b); ++line) {
        if (!trimmedLine(line).isEmpty())
            return false;
    }
    return true;
}

QList<CorrectionWorkspace::Held> CorrectionWorkspace::detach(int article, int line)
{
    QList<Held> held;
    WorkArticle &work = articles[article];
    for (Slot slot : {Slot::Kicker, Slot::Title, Slot::Subtitle, Slot::Byline}) {
        std::optional<Part> &part = work.headline(slot);
        if (!part)
            continue;
        for (qsizetype i = 0; i < part->pieces.size(); ++i) {
            if (part->pieces[i].line == line) {
                held << Held{slot, part->pieces.takeAt(i), article, 0, true};
                part->changed = true;
                break;
            }
        }
    }
    for (Slot slot : {Slot::Paragraph, Slot::Caption}) {
        QList<Part> &parts = slot == Slot::Paragraph ? work.paragraphs : work.captions;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            for (qsizetype i = 0; i < parts[p].pieces.size(); ++i) {
                if (parts[p].pieces[i].line == line) {
                    held << Held{slot, parts[p].pieces.takeAt(i), article, int(p), true};
                    parts[p].changed = true;
                    break;
                }
            }
        }
    }
    return held;
}

void CorrectionWorkspace::insertPart(QList<Part> &parts, Part part)
{
    const int first = firstLineOf(part);
    const auto at = std::find_if(parts.begin(), parts.end(), [first](const Part &other) {
        return !other.pieces.isEmpty() && other.pieces.first().line > first;
    });
    parts.insert(at, std::move(part));
}

void CorrectionWorkspace::joinAround(QList<Part> &paragraphs, qsizetype index)
{
    const auto neighbour = [&paragraphs](qsizetype from, int step) {
        for (qsizetype i = from + step; i >= 0 && i < paragraphs.size(); i += step) {
            if (!paragraphs[i].pieces.isEmpty())
                return i;
        }
        return qsizetype(-1);
    };
    const auto join = [&paragraphs](qsizetype into, qsizetype from) {
        Part &target = paragraphs[into];
        target.changed = true;
        target.pieces << paragraphs[from].pieces;
        paragraphs[from].pieces.clear();
        paragraphs[from].changed = true;
    };
    if (paragraphs[index].sealed)
        return;
    qsizetype current = index;
    const qsizetype before = neighbour(index, -1);
    if (before >= 0 && !paragraphs[before].sealed && isCut(paragraphs[before]) &&
        !openingFresh(paragraphs[index])) {
        join(before, index);
        current = before;
    }
    const qsizetype after = neighbour(index, 1);
    if (after >= 0 && !paragraphs[after].sealed && isCut(paragraphs[current]) &&
        !openingFresh(paragraphs[after]))
        join(current, after);
}

void CorrectionWorkspace::attach(int article, const QList<Held> &held, bool joinEdges)
{
    WorkArticle &work = articles[article];
    QList<Held> sorted = held;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Held &a, const Held &b) { return a.piece.line < b.piece.line; });
    // Runs of pieces that came from one paragraph or caption stay one.
    QList<std::pair<Part, bool>> paragraphs;
    QList<Part> captions;
    const Held *previous[2] = {nullptr, nullptr};
    for (const Held &item : sorted) {
        if (item.slot != Slot::Paragraph && item.slot != Slot::Caption) {
            std::optional<Part> &part = work.headline(item.slot);
            if (!part)
                part = Part{};
            part->changed = true;
            part->pieces << item.piece;
            std::sort(part->pieces.begin(), part->pieces.end(),
                      [](const Piece &a, const Piece &b) { return a.line < b.line; });
            continue;
        }
        const int kind = item.slot == Slot::Paragraph ? 0 : 1;
        const Held *last = previous[kind];
        const bool sameRun = last && last->source == item.source &&
                             last->partIndex == item.partIndex && item.joins && last->joins;
        if (kind == 0) {
            if (!sameRun)
                paragraphs << std::pair{Part{{}, {}, {}, true, !item.joins}, item.joins};
            paragraphs.last().first.pieces << item.piece;
        } else {
            if (!sameRun)
                captions << Part{{}, {}, {}, true};
            captions.last().pieces << item.piece;
        }
        previous[kind] = &item;
    }
    for (auto &[paragraph, joins] : paragraphs) {
        const int first = firstLineOf(paragraph);
        insertPart(work.paragraphs, std::move(paragraph));
        if (!joinEdges || !joins)
            continue;
        for (qsizetype i = 0; i < work.paragraphs.size(); ++i) {
            if (firstLineOf(work.paragraphs[i]) == first) {
                joinAround(work.paragraphs, i);
                break;
            }
        }
    }
    for (Part &caption : captions)
        insertPart(work.captions, std::move(caption));
}

void CorrectionWorkspace::attachRuns(int article, Slot slot, const QList<int> &lines)
{
    WorkArticle &work = articles[article];
    QList<Part> &parts = slot == Slot::Paragraph ? work.paragraphs : work.captions;
    QList<Part> runs;
    int last = 0;
    for (int line : lines) {
        if (runs.isEmpty() || !adjacent(last, line))
            runs << Part{{}, {}, {}, true, true};
        runs.last().pieces << Piece{line, trimmedLine(line)};
        last = line;
    }
    for (Part &run : runs)
        insertPart(parts, std::move(run));
}

int CorrectionWorkspace::newArticleAfter(int article)
{
    WorkArticle work;
    const Article &from = articles[article].original;
    work.original.kind = from.kind;
    work.original.group = from.group;
    work.section = articles[article].section;
    work.isNew = true;
    articles.insert(article + 1, std::move(work));
    settle();
    return article + 1;
}

void CorrectionWorkspace::settle()
{
    m_holder.clear();
    for (qsizetype a = 0; a < articles.size(); ++a) {
        WorkArticle &work = articles[a];
        for (auto *part : {&work.kicker, &work.title, &work.subtitle, &work.byline}) {
            if (*part && (*part)->changed && (*part)->pieces.isEmpty())
                part->reset();
        }
        const auto empty = [](const Part &part) { return part.changed && part.pieces.isEmpty(); };
        work.paragraphs.removeIf(empty);
        work.captions.removeIf(empty);
        const auto hold = [this, a](const QList<int> &lines) {
            for (int line : lines)
                m_holder.insert(line, int(a));
        };
        for (const auto *part : {&work.kicker, &work.title, &work.subtitle, &work.byline}) {
            if (*part)
                hold((*part)->lines());
        }
        for (const Part &part : std::as_const(work.paragraphs))
            hold(part.lines());
        for (const Part &part : std::as_const(work.captions))
            hold(part.lines());
    }
}

Issue CorrectionWorkspace::rebuild(const Issue &parsed) const
{
    Issue issue = parsed;
    for (Section &section : issue.sections)
        section.articles.clear();
    // Each article is numbered by its place in the work list for now (reading
    // order within each section), and renumbered once the sections are whole.
    for (qsizetype w = 0; w < articles.size(); ++w) {
        const WorkArticle &work = articles[w];
        if (!work.touched()) {
            issue.sections[work.section].articles << work.original;
            issue.sections[work.section].articles.last().id = int(w) + 1;
            continue;
        }
        if (!work.hasLines())
            continue;
        Article article = work.original;
        article.id = int(w) + 1;
        article.kicker = headlineFrom(work.kicker);
        article.title = headlineFrom(work.title);
        article.subtitle = headlineFrom(work.subtitle);
        if (work.retitled) {
            if (!article.title)
                article.title = HeadlinePart{};
            article.title->text = *work.retitled;
        }
        QList<int> bodyLines;
        article.paragraphs.clear();
        for (const Part &part : work.paragraphs) {
            article.paragraphs << Paragraph{part.currentText({}), part.lines()};
            bodyLines << part.lines();
        }
        article.captions.clear();
        for (const Part &part : work.captions) {
            const QString text = part.currentText({});
            article.captions << Caption{text, part.lines(),
                                        part.changed ? captionCredit(Text(text)).value_or(QString())
                                                     : part.credit};
        }
        article.byline.reset();
        if (work.byline && !work.byline->pieces.isEmpty()) {
            const QList<int> lines = work.byline->lines();
            // An inline byline stays inline while its line still opens body text.
            const bool isInline = std::all_of(lines.begin(), lines.end(),
                                              [&](int line) { return bodyLines.contains(line); });
            Byline byline{
                work.byline->currentText(isInline ? QString() : kSpace), lines, {}, isInline};
            if (!work.byline->changed && work.original.byline) {
                byline.text = work.original.byline->text;
                byline.authors = work.original.byline->authors;
            } else {
                for (const Piece &piece : work.byline->pieces)
                    byline.authors << authorsOf(piece.text);
            }
            article.byline = byline;
        }
        issue.sections[work.section].articles << std::move(article);
    }
    issue.sections.removeIf([](const Section &s) { return !s.line && s.articles.isEmpty(); });

    QHash<int, int> idOfWork;   // work index + 1 → the corrected id
    QHash<int, int> idOfParsed; // the parser's id → the corrected id
    int id = 0;
    for (Section &section : issue.sections) {
        for (Article &article : section.articles) {
            const WorkArticle &work = articles[article.id - 1];
            article.id = ++id;
            idOfWork.insert(int(&work - articles.data()), id);
            if (!work.isNew)
                idOfParsed.insert(work.original.id, id);
        }
    }
    // A doubt stays with its line: the article holding the line now, else the one
    // it was about.
    for (Doubt &doubt : issue.doubts) {
        const int now = doubt.line > 0 ? holder(doubt.line) : -1;
        doubt.articleId = now >= 0 ? idOfWork.value(now, 0) : idOfParsed.value(doubt.articleId, 0);
    }
    // Confidence follows the doubts to the articles that hold them now.
    DoubtRules::settle(issue);
    return issue;
}

} // namespace Broadsheet
