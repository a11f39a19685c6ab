#include "cli.h"

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
    parser.addOptions({tree, compact});
    if (const auto done = processArguments(parser, arguments))
        return *done;

    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        err(tr("parse takes exactly one issue file.") + u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    const auto issue = IssueParser::parseFile(files.first());
    if (!issue) {
        err(issue.errorMessage());
        return ExitFailed;
    }
    if (parser.isSet(tree)) {
        out(treeText(*issue));
        return ExitOk;
    }
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly) ||
        !IssueJson::write(*issue, &output,
                          parser.isSet(compact) ? QJsonDocument::Compact
                                                : QJsonDocument::Indented)) {
        err(tr("The JSON could not be written: %1").arg(output.errorString()));
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace Broadsheet::Cli
