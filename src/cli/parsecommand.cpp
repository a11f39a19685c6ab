#include "cli.h"

#include "corrector.h"
#include "issuejson.h"
#include "issueparser.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

namespace {

QString treeText(const Issue &issue)
{
    QStringList lines;
    lines << tr("%1 — %2, %n article(s)", nullptr, issue.articleCount())
                 .arg(issue.displayTitle(), issue.source.encoding);
    for (const Section &section : issue.sections) {
        lines << QStringLiteral("▸ %1").arg(section.title.isEmpty() ? tr("(untitled section)")
                                                                    : section.title);
        std::optional<int> group;
        for (const Article &article : section.articles) {
            QString indent = QStringLiteral("    ");
            if (article.group) {
                if (group != article.group->line)
                    lines << QStringLiteral("    ▹ %1").arg(article.group->title);
                group = article.group->line;
                indent += QStringLiteral("    ");
            } else {
                group.reset();
            }
            QString line = QStringLiteral("%1[%2] %3")
                               .arg(indent, QString::number(article.id), article.displayTitle());
            if (!article.authors().isEmpty())
                line += QStringLiteral(" — %1").arg(article.authors().join(u'、'));
            line += QStringLiteral("  (%1)").arg(kindName(article.kind));
            lines << line;
        }
    }
    return lines.join(u'\n');
}

} // namespace

int parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The issue file to parse."));
    const QCommandLineOption tree(QStringLiteral("tree"),
                                  tr("Print the sections and articles as a tree instead of JSON."));
    const QCommandLineOption compact(QStringLiteral("compact"), tr("Print compact JSON."));
    const QCommandLineOption corrections(
        QStringLiteral("corrections"),
        tr("Apply the corrections in FILE.json (corrections format 1) to the parse. Corrections "
           "that cannot be applied are reported on stderr, one a line, and the exit status is "
           "then 4; the others are applied."),
        QStringLiteral("FILE.json"));
    parser.addOptions({tree, compact, corrections});
    if (const auto done = processArguments(parser, arguments))
        return *done;

    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        err(tr("parse takes exactly one issue file.") + u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    // Read first: a corrections file that cannot be used stops before any parsing.
    std::optional<CorrectionSet> correctionSet;
    if (parser.isSet(corrections)) {
        const QString correctionsPath = parser.value(corrections);
        QFile file(correctionsPath);
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("%1 cannot be read: %2").arg(correctionsPath, file.errorString()));
            return ExitFailed;
        }
        auto set = CorrectionSet::fromJson(file.readAll());
        if (!set) {
            err(tr("%1: %2").arg(correctionsPath, set.errorMessage()));
            return ExitFailed;
        }
        correctionSet = std::move(*set);
    }
    const QString path = files.first();
    auto issue = IssueParser::parseFile(path);
    if (!issue) {
        err(issue.errorMessage());
        return ExitFailed;
    }
    int status = ExitOk;
    if (correctionSet) {
        const auto bytes = IssueParser::readFile(path);
        const auto lines =
            bytes ? IssueParser::sourceLines(*bytes) : Result<QStringList>(bytes.error());
        if (!lines) {
            err(tr("%1: %2").arg(path, lines.errorMessage()));
            return ExitFailed;
        }
        CorrectionOutcome outcome = Corrector::apply(*issue, *lines, *correctionSet);
        for (const RefusedCorrection &refused : std::as_const(outcome.refused))
            err(tr("Correction %1 (%2) was not applied: %3")
                    .arg(QString::number(refused.position), refused.operation.describe(),
                         refused.reason));
        if (!outcome.refused.isEmpty())
            status = ExitPartial;
        issue = std::move(outcome.issue);
    }
    if (parser.isSet(tree)) {
        out(treeText(*issue));
        return status;
    }
    return outIssueJson(*issue, parser.isSet(compact)) ? status : ExitFailed;
}

} // namespace Broadsheet::Cli
