#include "correction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

struct OpName
{
    CorrectionOperation::Kind kind;
    const char *name;
};

constexpr OpName kOpNames[] = {
    {CorrectionOperation::Kind::Move, "move"},   {CorrectionOperation::Kind::Split, "split"},
    {CorrectionOperation::Kind::Merge, "merge"}, {CorrectionOperation::Kind::Role, "role"},
    {CorrectionOperation::Kind::Title, "title"},
};

const QStringList &roleNames()
{
    static const QStringList names{u"kicker"_s, u"title"_s, u"subtitle"_s,
                                   u"byline"_s, u"body"_s,  u"caption"_s};
    return names;
}

QString opName(CorrectionOperation::Kind kind)
{
    for (const auto &entry : kOpNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

Error invalid(int position, const QString &what)
{
    return Error{Error::Code::InvalidInput,
                 CorrectionSet::tr("Operation %1 of the corrections: %2").arg(position).arg(what)};
}

// A line number: a whole JSON number from 1 up.
std::optional<int> lineNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < 1 || number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(number);
}

// "10–11, 14": runs of consecutive lines as ranges, as a reader writes them.
QString lineList(const QList<int> &lines)
{
    QStringList runs;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1)
            ++j;
        runs << (j == i ? QString::number(lines[i])
                        : QStringLiteral("%1\u2013%2").arg(lines[i]).arg(lines[j]));
        i = j + 1;
    }
    if (runs.size() < 2)
        return runs.value(0);
    const QString last = runs.takeLast();
    return CorrectionSet::tr("%1 and %2", "a list of line numbers")
        .arg(runs.join(CorrectionSet::tr(", ", "between line numbers")), last);
}

} // namespace

QList<int> CorrectionOperation::namedLines() const
{
    QList<int> named = lines;
    if (target > 0)
        named << target;
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    return named;
}

QJsonObject CorrectionOperation::toJson() const
{
    QJsonObject object;
    object[u"op"_s] = opName(kind);
    QJsonArray lineArray;
    for (int line : lines)
        lineArray.append(line);
    switch (kind) {
    case Kind::Move:
        object[u"lines"_s] = lineArray;
        if (toNewArticle)
            object[u"to_new_article"_s] = true;
        else
            object[u"to_article_of_line"_s] = target;
        break;
    case Kind::Split:
        object[u"before_line"_s] = target;
        break;
    case Kind::Merge:
        object[u"lines"_s] = lineArray;
        break;
    case Kind::Role:
        object[u"lines"_s] = lineArray;
        object[u"role"_s] = role;
        break;
    case Kind::Title:
        object[u"article_of_line"_s] = target;
        object[u"text"_s] = text;
        break;
    }
    if (!texts.isEmpty()) {
        QJsonObject textObject;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            textObject[QString::number(it.key())] = it.value();
        object[u"texts"_s] = textObject;
    }
    return object;
}

Result<CorrectionOperation> CorrectionOperation::fromJson(const QJsonObject &object, int position)
{
    CorrectionOperation operation;
    const QJsonValue op = object.value(u"op"_s);
    if (!op.isString())
        return invalid(position, CorrectionSet::tr("it has no \"op\" naming what it does."));
    const auto found = std::find_if(std::begin(kOpNames), std::end(kOpNames), [&op](auto &e) {
        return op.toString() == QLatin1StringView(e.name);
    });
    if (found == std::end(kOpNames))
        return invalid(position,
                       CorrectionSet::tr("\"%1\" is not an operation this version of Broadsheet "
                                         "knows (move, split, merge, role, title).")
                           .arg(op.toString()));
    operation.kind = found->kind;

    // Each reader of a field says, in words, what is wrong with it.
    const auto readLine = [&](const QString &field) -> Result<int> {
        const QJsonValue value = object.value(field);
        if (value.isUndefined())
            return invalid(position, CorrectionSet::tr("\"%1\" is missing.").arg(field));
        const auto line = lineNumber(value);
        if (!line)
            return invalid(
                position,
                CorrectionSet::tr("\"%1\" must be a line number (1 or more).").arg(field));
        return *line;
    };
    const auto readLines = [&](qsizetype atLeast) -> Status {
        const QJsonValue value = object.value(u"lines"_s);
        if (!value.isArray() || value.toArray().size() < atLeast)
            return invalid(position, atLeast > 1
                                         ? CorrectionSet::tr("\"lines\" must list at least two "
                                                             "line numbers.")
                                         : CorrectionSet::tr("\"lines\" must list line numbers."));
        for (const QJsonValue &entry : value.toArray()) {
            const auto line = lineNumber(entry);
            if (!line)
                return invalid(position, CorrectionSet::tr("\"lines\" holds something that is not "
                                                           "a line number (1 or more)."));
            operation.lines << *line;
        }
        std::sort(operation.lines.begin(), operation.lines.end());
        operation.lines.erase(std::unique(operation.lines.begin(), operation.lines.end()),
                              operation.lines.end());
        if (operation.lines.size() < atLeast)
            return invalid(position, CorrectionSet::tr("\"lines\" must list at least two "
                                                       "different line numbers."));
        return success();
    };

    switch (operation.kind) {
    case Kind::Move: {
        if (const Status read = readLines(1); !read)
            return read.error();
        const QJsonValue toNew = object.value(u"to_new_article"_s);
        if (!toNew.isUndefined() && !toNew.isBool())
            return invalid(position,
                           CorrectionSet::tr("\"to_new_article\" must be true or false."));
        operation.toNewArticle = toNew.toBool();
        const bool hasTarget = object.contains(u"to_article_of_line"_s);
        if (operation.toNewArticle == hasTarget)
            return invalid(position, CorrectionSet::tr("a move needs either "
                                                       "\"to_article_of_line\" or "
                                                       "\"to_new_article\": true."));
        if (hasTarget) {
            const auto target = readLine(u"to_article_of_line"_s);
            if (!target)
                return target.error();
            operation.target = *target;
        }
        break;
    }
    case Kind::Split: {
        const auto before = readLine(u"before_line"_s);
        if (!before)
            return before.error();
        operation.target = *before;
        break;
    }
    case Kind::Merge:
        if (const Status read = readLines(2); !read)
            return read.error();
        break;
    case Kind::Role: {
        if (const Status read = readLines(1); !read)
            return read.error();
        const QJsonValue role = object.value(u"role"_s);
        if (!role.isString() || !roleNames().contains(role.toString()))
            return invalid(position, CorrectionSet::tr("\"role\" must be one of kicker, title, "
                                                       "subtitle, byline, body, caption."));
        operation.role = role.toString();
        break;
    }
    case Kind::Title: {
        const auto of = readLine(u"article_of_line"_s);
        if (!of)
            return of.error();
        operation.target = *of;
        const QJsonValue text = object.value(u"text"_s);
        if (!text.isString() || text.toString().trimmed().isEmpty())
            return invalid(position, CorrectionSet::tr("\"text\" must be the new headline."));
        operation.text = text.toString().trimmed();
        break;
    }
    }

    const QJsonValue texts = object.value(u"texts"_s);
    if (!texts.isUndefined()) {
        if (!texts.isObject())
            return invalid(position, CorrectionSet::tr("\"texts\" must map line numbers to the "
                                                       "text of those lines."));
        const QJsonObject textObject = texts.toObject();
        for (auto it = textObject.begin(); it != textObject.end(); ++it) {
            bool isNumber = false;
            const int line = it.key().toInt(&isNumber);
            if (!isNumber || line < 1 || !it.value().isString())
                return invalid(position, CorrectionSet::tr("\"texts\" must map line numbers to "
                                                           "the text of those lines."));
            operation.texts.insert(line, it.value().toString());
        }
    }
    return operation;
}

QString CorrectionOperation::describe() const
{
    // Singular and plural spelled out: the lines are a list ("10–11, 14"), not a count.
    const bool one = lines.size() == 1;
    const QString list = lineList(lines);
    switch (kind) {
    case Kind::Move:
        if (toNewArticle)
            return (one ? CorrectionSet::tr("Move line %1 to a new article")
                        : CorrectionSet::tr("Move lines %1 to a new article"))
                .arg(list);
        return (one ? CorrectionSet::tr("Move line %1 to the article of line %2")
                    : CorrectionSet::tr("Move lines %1 to the article of line %2"))
            .arg(list, QString::number(target));
    case Kind::Split:
        return CorrectionSet::tr("Split the article before line %1").arg(target);
    case Kind::Merge:
        return CorrectionSet::tr("Merge the articles of lines %1").arg(list);
    case Kind::Role: {
        QString roleText = role;
        if (role == u"kicker")
            roleText = CorrectionSet::tr("a kicker");
        else if (role == u"title")
            roleText = CorrectionSet::tr("a title");
        else if (role == u"subtitle")
            roleText = CorrectionSet::tr("a subtitle");
        else if (role == u"byline")
            roleText = CorrectionSet::tr("a byline");
        else if (role == u"body")
            roleText = CorrectionSet::tr("body text");
        else if (role == u"caption")
            roleText = CorrectionSet::tr("a caption");
        return (one ? CorrectionSet::tr("Make line %1 %2") : CorrectionSet::tr("Make lines %1 %2"))
            .arg(list, roleText);
    }
    case Kind::Title:
        return CorrectionSet::tr("Retitle the article of line %1: \u201c%2\u201d")
            .arg(QString::number(target), text);
    }
    return {};
}

QByteArray CorrectionSet::toJson() const
{
    QJsonArray array;
    for (const CorrectionOperation &operation : operations)
        array.append(operation.toJson());
    const QJsonObject object{
        {u"format"_s, kFormat}, {u"source_sha256"_s, sourceSha256}, {u"operations"_s, array}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<CorrectionSet> CorrectionSet::fromJson(const QByteArray &json)
{
    const auto refuse = [](const QString &message) {
        return Error{Error::Code::InvalidInput, message};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The corrections file is not JSON: %1 (at character %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!document.isObject())
        return refuse(tr("The corrections file is not a corrections file: it holds no JSON "
                         "object."));
    const QJsonObject object = document.object();
    const QJsonValue format = object.value(u"format"_s);
    if (!format.isDouble())
        return refuse(tr("The corrections file has no \"format\" number."));
    if (format.toDouble() != kFormat)
        return refuse(tr("The corrections file is in format %1, which this version of Broadsheet "
                         "cannot read (it reads format %2).")
                          .arg(format.toDouble())
                          .arg(kFormat));
    const QJsonValue sha = object.value(u"source_sha256"_s);
    if (!sha.isString())
        return refuse(tr("The corrections file has no \"source_sha256\" naming the issue file it "
                         "corrects."));
    const QJsonValue operations = object.value(u"operations"_s);
    if (!operations.isArray())
        return refuse(tr("The corrections file has no \"operations\" list."));

    CorrectionSet set;
    set.sourceSha256 = sha.toString();
    int position = 0;
    for (const QJsonValue &entry : operations.toArray()) {
        ++position;
        if (!entry.isObject())
            return invalid(position, tr("it is not a JSON object."));
        auto operation = CorrectionOperation::fromJson(entry.toObject(), position);
        if (!operation)
            return operation.error();
        set.operations << std::move(*operation);
    }
    return set;
}

} // namespace Broadsheet
