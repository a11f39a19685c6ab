#include "paragraphbuilder.h"

#include <QCoreApplication>
#include <QHash>

namespace Broadsheet {

using namespace Conventions;

namespace {

// A repeat shorter than this can be the same phrase used twice on purpose.
constexpr qsizetype kMinRepeat = 20;
// How many earlier pieces with the same ending are compared (bounded: linear time).
constexpr qsizetype kMaxCandidates = 8;

qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

// Start the dropped run at a clause boundary, so that a word the copy happens to
// share with the text before it ("总体规划," / "详细规划,") stays.
qsizetype clauseAlignedStart(QStringView text, qsizetype start)
{
    if (start == 0 || isPunctuation(text[start - 1]))
        return start;
    for (qsizetype i = start; i < text.size() - kMinRepeat; ++i) {
        if (isClausePunctuation(text[i]) || isSentenceFinal(text[i]))
            return i + 1;
    }
    return start;
}

} // namespace

QList<qsizetype> ParagraphBuilder::dropRepeats(QList<BodyPiece> &pieces)
{
    QList<qsizetype> dropped(pieces.size(), 0);
    QHash<QString, QList<qsizetype>> byEnding;
    QList<QString> originals;
    originals.reserve(pieces.size());
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        const QString original = pieces[k].text;
        originals << original;
        if (original.size() < kMinRepeat)
            continue;
        const QString ending = original.right(kMinRepeat);
        auto &earlier = byEnding[ending];
        qsizetype best = 0;
        for (qsizetype c = std::max<qsizetype>(0, earlier.size() - kMaxCandidates);
             c < earlier.size(); ++c)
            best = std::max(best, commonSuffix(original, originals[earlier[c]]));
        if (best >= kMinRepeat) {
            const qsizetype start = clauseAlignedStart(original, original.size() - best);
            dropped[k] = original.size() - start;
            pieces[k].text.truncate(start);
        }
        earlier << k;
    }
    return dropped;
}

QList<Paragraph> ParagraphBuilder::build(QList<BodyPiece> pieces, QStringList *notes,
                                         QList<int> *cutLines)
{
    const QList<qsizetype> dropped = dropRepeats(pieces);
    if (notes) {
        for (qsizetype k = 0; k < pieces.size(); ++k) {
            if (dropped[k] > 0)
                *notes << QCoreApplication::translate("Broadsheet::ParagraphBuilder",
                                                      "Dropped a repeated fragment of %1 "
                                                      "characters at line %2.")
                              .arg(QString::number(dropped[k]), QString::number(pieces[k].line));
        }
    }

    // Which pieces make up each paragraph: a piece joins the one before when that
    // one ends mid-sentence and this one does not open a paragraph of its own. A
    // piece that was all repeat has no text left: its line stays with the
    // paragraph before, and the next piece looks past it.
    QList<qsizetype> starts;
    QList<bool> cut;       // per paragraph: it still ends mid-sentence
    bool lastOpen = false; // the last piece with text ends mid-sentence
    qsizetype lastWithText = -1;
    // A vox-pop piece's 人物 line ends without a full stop, and is whole.
    const auto endsCut = [&] { return lastOpen && !isVoxPopPerson(pieces[lastWithText].text); };
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        if (k > 0 && dropped[k] > 0 && pieces[k].text.isEmpty())
            continue;
        const bool joins = lastOpen && pieces[k].opening != Opening::Fresh;
        if (!joins) {
            if (!starts.isEmpty())
                cut << endsCut();
            starts << k;
        }
        // A numbered intertitle ends without a full stop but is a paragraph of its own.
        lastOpen = !endsSentence(pieces[k].text) && !isIntertitle(pieces[k].text);
        lastWithText = k;
    }
    if (!starts.isEmpty())
        cut << endsCut();
    starts << pieces.size();

    QList<Paragraph> paragraphs;
    paragraphs.reserve(starts.size() - 1);
    for (qsizetype p = 0; p + 1 < starts.size(); ++p) {
        Paragraph paragraph;
        if (starts[p + 1] - starts[p] == 1) {
            paragraph.text = std::move(pieces[starts[p]].text);
        } else {
            qsizetype length = 0;
            for (qsizetype k = starts[p]; k < starts[p + 1]; ++k)
                length += pieces[k].text.size();
            paragraph.text.reserve(length);
        }
        for (qsizetype k = starts[p]; k < starts[p + 1]; ++k) {
            if (starts[p + 1] - starts[p] > 1)
                paragraph.text += pieces[k].text;
            paragraph.lines << pieces[k].line;
        }
        if (cutLines && cut[p])
            cutLines->append(paragraph.lines.last());
        paragraphs << std::move(paragraph);
    }
    return paragraphs;
}

} // namespace Broadsheet
