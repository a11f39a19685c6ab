#include "corrector.h"

#include "conventions.h"
#include "correctionworkspace.h"
#include "logging.h"

#include <QSet>

namespace Broadsheet {

namespace {

using Slot = CorrectionWorkspace::Slot;
using Held = CorrectionWorkspace::Held;

std::optional<Slot> slotOfRole(const QString &role)
{
    if (role == u"kicker")
        return Slot::Kicker;
    if (role == u"title")
        return Slot::Title;
    if (role == u"subtitle")
        return Slot::Subtitle;
    if (role == u"byline")
        return Slot::Byline;
    if (role == u"body")
        return Slot::Paragraph;
    if (role == u"caption")
        return Slot::Caption;
    return std::nullopt;
}

bool isHeadlineSlot(Slot slot)
{
    return slot == Slot::Kicker || slot == Slot::Title || slot == Slot::Subtitle;
}

// Carries out one operation on the workspace, or says why it cannot.
class Operation
{
public:
    Operation(CorrectionWorkspace &work, const CorrectionOperation &operation)
        : m_work(work)
        , m_op(operation)
    {}

    void apply()
    {
        switch (m_op.kind) {
        case CorrectionOperation::Kind::Move:
            move();
            break;
        case CorrectionOperation::Kind::Split:
            split();
            break;
        case CorrectionOperation::Kind::Merge:
            merge();
            break;
        case CorrectionOperation::Kind::Role:
            role();
            break;
        case CorrectionOperation::Kind::Title:
            m_work.articles[m_work.holder(m_op.target)].retitled = m_op.text;
            break;
        }
        m_work.settle();
    }

private:
    // The lines leave their articles and join the target, or a new article that
    // follows the one the first line came from.
    void move()
    {
        int target = m_op.toNewArticle ? m_work.newArticleAfter(m_work.holder(m_op.lines.first()))
                                       : m_work.holder(m_op.target);
        QList<Held> held;
        for (int line : m_op.lines) {
            const int from = m_work.holder(line);
            if (from != target)
                held << m_work.detach(from, line);
        }
        // A new article is filled in line order; nothing of it to join with.
        m_work.attach(target, held, !m_op.toNewArticle);
    }

    // The line and the article's later lines become a new article after it. The
    // headline stays with the first part (a split below a lead printed above its
    // headline keeps the headline over the lead), unless the split is at the
    // headline itself: then the new article starts with it.
    void split()
    {
        const int article = m_work.holder(m_op.target);
        const QList<int> lines = m_work.linesOf(article);
        QSet<int> headline;
        const auto &work = m_work.articles[article];
        for (const auto *part : {&work.kicker, &work.title, &work.subtitle}) {
            if (*part) {
                for (int line : (*part)->lines())
                    headline.insert(line);
            }
        }
        const bool atHeadline = headline.contains(m_op.target);
        QList<int> moving, staying;
        for (int line : lines) {
            const bool moves = line >= m_op.target && (atHeadline || !headline.contains(line));
            (moves ? moving : staying) << line;
        }
        if (moving.isEmpty() || staying.isEmpty())
            return; // split there already
        const int added = m_work.newArticleAfter(article);
        QList<Held> held;
        for (int line : moving)
            held << m_work.detach(article, line);
        m_work.attach(added, held, false);
    }

    // The others' lines join the first article (the one holding the lowest line
    // named). Their headlines become paragraphs of their own: the first one's
    // headline stays, and a line no longer shown as a headline keeps its words in
    // the text rather than vanishing. A byline joins when the first has none.
    void merge()
    {
        const int first = m_work.holder(m_op.lines.first());
        bool hasByline = bool(m_work.articles[first].byline);
        QList<int> others;
        for (int line : m_op.lines) {
            const int article = m_work.holder(line);
            if (article != first && !others.contains(article))
                others << article;
        }
        QList<Held> held;
        for (int other : std::as_const(others)) {
            const bool bylineJoins = !hasByline && m_work.articles[other].byline;
            hasByline = hasByline || bylineJoins;
            for (int line : m_work.linesOf(other)) {
                const QList<Held> pieces = m_work.detach(other, line);
                const bool inParagraph = std::any_of(pieces.begin(), pieces.end(), [](auto &h) {
                    return h.slot == Slot::Paragraph;
                });
                bool headlineTaken = false;
                for (Held piece : pieces) {
                    const bool asParagraph =
                        isHeadlineSlot(piece.slot) || (piece.slot == Slot::Byline && !bylineJoins);
                    if (asParagraph) {
                        // A line already in a paragraph, or already turned into one, stays once.
                        if (inParagraph || headlineTaken)
                            continue;
                        headlineTaken = true;
                        piece.slot = Slot::Paragraph;
                        piece.piece.text = m_work.trimmedLine(line);
                        piece.joins = false;
                    }
                    held << piece;
                }
            }
        }
        m_work.attach(first, held, true);
        for (int other : std::as_const(others))
            m_work.articles[first].original.notes << m_work.articles[other].original.notes;
    }

    // The lines take the role in the article holding them; body and caption lines
    // become paragraphs and captions of their own.
    void role()
    {
        const Slot slot = *slotOfRole(m_op.role);
        QHash<int, QList<int>> byArticle;
        QList<int> order;
        for (int line : m_op.lines) {
            const int article = m_work.holder(line);
            if (!byArticle.contains(article))
                order << article;
            byArticle[article] << line;
        }
        for (int article : std::as_const(order)) {
            const QList<int> lines = byArticle.value(article);
            for (int line : lines)
                m_work.detach(article, line);
            if (slot == Slot::Paragraph || slot == Slot::Caption) {
                m_work.attachRuns(article, slot, lines);
                continue;
            }
            QList<Held> held;
            for (int line : lines)
                held << Held{slot, {line, m_work.trimmedLine(line)}, article, 0, false};
            m_work.attach(article, held, false);
        }
    }

    CorrectionWorkspace &m_work;
    const CorrectionOperation &m_op;
};

} // namespace

CorrectionOutcome Corrector::apply(const Issue &parsed, const QStringList &lines,
                                   const CorrectionSet &corrections)
{
    CorrectionOutcome outcome;
    if (corrections.isEmpty()) {
        outcome.issue = parsed;
        return outcome;
    }
    CorrectionWorkspace work(parsed, lines);
    const bool sameFile = corrections.sourceSha256 == parsed.source.sha256;
    int position = 0;
    for (const CorrectionOperation &operation : corrections.operations) {
        ++position;
        const auto refuse = [&](const QString &reason) {
            outcome.refused << RefusedCorrection{position, operation, reason};
            qCDebug(lcParser) << "correction" << position << "refused:" << reason;
        };
        QString reason;
        const QList<int> named = operation.namedLines();
        for (int line : named) {
            if (line > work.lineCount()) {
                reason = tr("Line %1 is outside the file, whose last line is %2.")
                             .arg(QString::number(line), QString::number(work.lineCount()));
                break;
            }
        }
        for (int line : named) {
            if (!reason.isEmpty() || sameFile)
                break;
            if (!operation.texts.contains(line))
                reason = tr("The issue file has changed, and the correction does not record what "
                            "line %1 said.")
                             .arg(line);
            else if (operation.texts.value(line) != work.trimmedLine(line))
                reason = tr("The issue file has changed: line %1 no longer says what it said when "
                            "the correction was made.")
                             .arg(line);
        }
        for (int line : named) {
            if (!reason.isEmpty())
                break;
            if (work.holder(line) >= 0)
                continue;
            reason = work.trimmedLine(line).isEmpty()
                         ? tr("Line %1 is blank.").arg(line)
                         : tr("Line %1 is in no article (it is a heading, a credit, the masthead "
                              "or text the parser could not place).")
                               .arg(line);
        }
        if (!reason.isEmpty()) {
            refuse(reason);
            continue;
        }
        Operation(work, operation).apply();
        ++outcome.applied;
    }
    outcome.issue = work.rebuild(parsed);
    return outcome;
}

void Corrector::recordTexts(CorrectionSet &corrections, const QStringList &lines)
{
    for (CorrectionOperation &operation : corrections.operations) {
        operation.texts.clear();
        for (int line : operation.namedLines()) {
            if (line >= 1 && line <= lines.size())
                operation.texts.insert(line, Conventions::trimmed(lines[line - 1]).toString());
        }
    }
}

} // namespace Broadsheet
