#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Broadsheet {

// One of a reader's fixes to a parse (docs/corrections-json.md, format 1).
// Lines are 1-based lines of the issue file, as in the parse JSON.
struct CorrectionOperation
{
    enum class Kind { Move, Split, Merge, Role, Title };

    Kind kind = Kind::Move;
    QList<int> lines;          // move, merge, role: the lines it names, ascending
    int target = 0;            // move: to_article_of_line; split: before_line;
                               // title: article_of_line
    bool toNewArticle = false; // move: the lines become a new article
    QString role;              // role: kicker, title, subtitle, byline, body or caption
    QString text;              // title: the new headline
    // Broadsheet's addition to the format ("texts": {"10": "…"}): the text of every
    // line it names (trimmed), as it was when the correction was made. It lets a
    // changed file keep the corrections whose lines still hold the same text.
    QHash<int, QString> texts;

    QList<int> namedLines() const; // lines, target, before_line: every line it names
    QJsonObject toJson() const;
    // A clear message naming the operation (its position, 1-based) when it is malformed.
    static Result<CorrectionOperation> fromJson(const QJsonObject &object, int position);
    // "Move lines 10–11 to the article of line 7", for lists and Undo's menu text.
    QString describe() const;

    friend bool operator==(const CorrectionOperation &, const CorrectionOperation &) = default;
};

// The corrections of one issue file, applied in order over the parser's output.
struct CorrectionSet
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::CorrectionSet)

public:
    static constexpr int kFormat = 1;

    QString sourceSha256;
    QList<CorrectionOperation> operations;

    bool isEmpty() const { return operations.isEmpty(); }
    QByteArray toJson() const; // indented, UTF-8
    // Refuses what is not a corrections file of a known format, in words.
    static Result<CorrectionSet> fromJson(const QByteArray &json);

    friend bool operator==(const CorrectionSet &, const CorrectionSet &) = default;
};

} // namespace Broadsheet
