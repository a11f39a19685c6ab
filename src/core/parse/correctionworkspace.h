#pragma once

#include "issue.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Broadsheet {

// The parse taken apart into lines while corrections move them (Corrector's
// workshop; nothing else uses it). Each part of an article is a list of lines,
// each with the share of the part's text it gave. A part no correction touched
// keeps the parser's text when the issue is put together again; one that lost or
// gained lines is joined again from its lines, as the parser joins.
class CorrectionWorkspace
{
public:
    enum class Slot { Kicker, Title, Subtitle, Byline, Paragraph, Caption };

    struct Piece
    {
        int line = 0;
        QString text; // the line's share of the part's text
    };

    struct Part
    {
        QList<Piece> pieces;
        QString text;   // the parser's, while unchanged
        QString credit; // a caption's, while unchanged
        bool changed = false;
        // A paragraph a correction made on purpose (a headline line become text, a
        // line given the body role): never joined with the text around it.
        bool sealed = false;
        QList<int> lines() const;
        QString currentText(QStringView separator) const;
    };

    // A line taken out of its part, to be put into another.
    struct Held
    {
        Slot slot = Slot::Paragraph;
        Piece piece;
        int source = -1;   // the article it came from
        int partIndex = 0; // its paragraph or caption there
        bool joins = true; // may join a cut paragraph next to where it lands
    };

    struct WorkArticle
    {
        Article original; // kind, group, notes, confidence, and the parser's parts
        int section = 0;
        bool isNew = false;
        std::optional<Part> kicker, title, subtitle, byline;
        QList<Part> paragraphs, captions;
        std::optional<QString> retitled;

        bool touched() const;
        bool hasLines() const;
        std::optional<Part> &headline(Slot slot);
    };

    CorrectionWorkspace(const Issue &parsed, const QStringList &lines);

    // The article holding a line (-1: none), as of the last reindex().
    int holder(int line) const { return m_holder.value(line, -1); }
    int lineCount() const { return int(m_lines.size()); }
    QString trimmedLine(int line) const; // as the parser reads it
    QList<int> linesOf(int article) const;
    // Lines between two lines that are not blank (are `a` and `b` adjacent as text?).
    bool adjacent(int a, int b) const;

    QList<Held> detach(int article, int line);
    // Puts lines into an article in line order: headline parts and bylines take
    // them in; paragraphs and captions are made of the lines that came from one
    // part, and with `joinEdges` a paragraph cut mid-sentence takes in the one
    // after it, as the parser joins a paragraph across a break.
    void attach(int article, const QList<Held> &held, bool joinEdges);
    // Lines that become their own paragraph or caption, each run of adjacent lines one.
    void attachRuns(int article, Slot slot, const QList<int> &lines);
    int newArticleAfter(int article);
    // Drops parts that lost all their lines, and looks up who holds which line.
    void settle();

    QList<WorkArticle> articles;

    Issue rebuild(const Issue &parsed) const;

private:
    void insertPart(QList<Part> &parts, Part part);
    void joinAround(QList<Part> &paragraphs, qsizetype index);

    QStringList m_lines;
    QHash<int, int> m_holder;
};

} // namespace Broadsheet
