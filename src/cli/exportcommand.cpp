// broadsheet-cli export-pdf: articles of an issue file to a PDF.
#include "cli.h"

#include "issueparser.h"
#include "pdfexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

int exportCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(u"file"_s, tr("The issue file to export from."));
    const QCommandLineOption article(
        u"article"_s, tr("An article to export, by its number as `parse` shows it; repeatable."),
        tr("ID"));
    const QCommandLineOption all(u"all"_s, tr("Export every article of the issue."));
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s},
                                    tr("The PDF file to write (an earlier PDF there is replaced)."),
                                    tr("file"));
    parser.addOptions({article, all, output});
    if (const auto done = processArguments(parser, arguments))
        return *done;

    const QStringList files = parser.positionalArguments().mid(1);
    const auto usage = [&](const QString &message) {
        err(message + u"\n\n"_s + parser.helpText());
        return int(ExitUsage);
    };
    if (files.size() != 1)
        return usage(tr("export-pdf takes exactly one issue file."));
    if (parser.isSet(article) == parser.isSet(all))
        return usage(tr("Choose the articles with --article ID (repeatable) or --all."));
    if (parser.value(output).isEmpty())
        return usage(tr("Name the PDF file to write with -o FILE."));
    QList<int> ids;
    for (const QString &value : parser.values(article)) {
        bool ok = false;
        const int id = value.toInt(&ok);
        if (!ok || id <= 0)
            return usage(tr("\"%1\" is not an article number.").arg(value));
        if (!ids.contains(id))
            ids << id;
    }

    const auto issue = IssueParser::parseFile(files.first());
    if (!issue) {
        err(issue.errorMessage());
        return ExitFailed;
    }
    QList<ExportArticle> articles;
    const auto add = [&](const Section &section, const Article &item) {
        articles.append({item, issue->displayTitle(), section.title});
    };
    if (parser.isSet(all)) {
        for (const Section &section : issue->sections) {
            for (const Article &item : section.articles)
                add(section, item);
        }
    } else {
        for (const int id : ids) {
            bool found = false;
            for (const Section &section : issue->sections) {
                for (const Article &item : section.articles) {
                    if (item.id == id) {
                        add(section, item);
                        found = true;
                    }
                }
            }
            if (!found) {
                err(issue->articleCount() == 0
                        ? tr("%1 has no article %2: it has no articles.")
                              .arg(files.first(), QString::number(id))
                        : tr("%1 has no article %2; its articles are numbered 1 to %3.")
                              .arg(files.first(), QString::number(id),
                                   QString::number(issue->articleCount())));
                return ExitFailed;
            }
        }
    }
    if (articles.isEmpty()) {
        err(tr("%1 has no articles to export.").arg(files.first()));
        return ExitFailed;
    }

    const QString path = parser.value(output);
    // Replacing an earlier export is expected; replacing anything else is not.
    const QFileInfo target(path);
    if (target.exists() && !target.isDir()) {
        QFile existing(path);
        const bool isPdf =
            target.isFile() && existing.open(QIODevice::ReadOnly) && existing.read(5) == "%PDF-";
        if (!isPdf || target.canonicalFilePath() == QFileInfo(files.first()).canonicalFilePath()) {
            err(tr("%1 exists and is not a PDF; it was not replaced.").arg(path));
            return ExitFailed;
        }
    }
    const Status status = PdfExporter::exportPdf(articles, path);
    if (!status) {
        err(status.errorMessage());
        return ExitFailed;
    }
    out(tr("Wrote %n article(s) to %1", nullptr, int(articles.size()))
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return ExitOk;
}

} // namespace Broadsheet::Cli
