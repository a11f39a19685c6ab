#include "cli.h"
#include "exportroute.h"
#include "issuejson.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(QCommandLineParser &, const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"parse",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Parse an issue file and print it as JSON (or a tree)"),
         parseCommand},
        {"import",
         QT_TRANSLATE_NOOP("Broadsheet::Cli", "Import issue files or folders into the library"),
         importCommand},
        {"search", QT_TRANSLATE_NOOP("Broadsheet::Cli", "Search all articles in the library"),
         searchCommand},
        {"timeline",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Count matching articles per year, month or day, as CSV"),
         timelineCommand},
        {"list", QT_TRANSLATE_NOOP("Broadsheet::Cli", "List the issues in the library"),
         listCommand},
        {"set-metadata",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Set the newspaper, date or edition of issue files in the library"),
         setMetadataCommand},
        {"show",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Print a stored issue as JSON, with its corrections applied"),
         showCommand},
        {"corrections",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Export or import an issue's corrections (corrections format 1)"),
         correctionsCommand},
        {"collection",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Gather articles into named collections: add, list, show, remove"),
         collectionCommand},
        {"collections",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Export or import collections, tags and notes as a desk file"),
         collectionsCommand},
        {"tag", QT_TRANSLATE_NOOP("Broadsheet::Cli", "Tag articles: add, remove, list"),
         tagCommand},
        {"note", QT_TRANSLATE_NOOP("Broadsheet::Cli", "Write or show an article's note"),
         noteCommand},
        {"export-pdf",
         QT_TRANSLATE_NOOP("Broadsheet::Cli", "Export articles of an issue file to PDF"),
         exportCommand},
        {"export",
         QT_TRANSLATE_NOOP("Broadsheet::Cli",
                           "Export library articles as RIS, CSL-JSON, CSV, Markdown or EPUB"),
         deskExportCommand},
        {"cite",
         QT_TRANSLATE_NOOP("Broadsheet::Cli", "Cite library articles (GB/T 7714 or Chicago)"),
         citeCommand},
    };
    return list;
}

QString commandSummary()
{
    QString text = tr("Commands:") + u'\n';
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(12), tr(command.summary));
    text +=
        u'\n' + tr("Exit status: 0 success, 1 failure (the message says why), 2 usage error, "
                   "3 the library cannot be used, 4 done but some corrections were refused (parse "
                   "--corrections, corrections import).");
    return text;
}

} // namespace

int start(int &argc, char **argv)
{
    const auto app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("broadsheet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Broadsheet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
    Translations::install();
    installPdfReader();
    if (const auto internal = runInternalCommand(QCoreApplication::arguments()))
        return *internal;
    return run(QCoreApplication::arguments());
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Broadsheet::Cli", text, disambiguation, n);
}

std::optional<int> processArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        err(parser.errorText() + u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out(parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

void out(const QString &text)
{
    outBytes(text.toUtf8() + '\n');
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool outIssueJson(const Issue &issue, bool compact)
{
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly) ||
        !IssueJson::write(issue, &output,
                          compact ? QJsonDocument::Compact : QJsonDocument::Indented)) {
        err(tr("The JSON could not be written: %1").arg(output.errorString()));
        return false;
    }
    return true;
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Broadsheet: read, search and export newspaper issues.") +
                                     u"\n\n"_s + commandSummary());
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands below."),
                                 QStringLiteral("<command> [options]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    // First pass: only find the command; its own options come later.
    parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString name = positional.value(0);
    if (name.isEmpty()) {
        if (parser.isSet(version)) {
            out(QStringLiteral("broadsheet-cli %1").arg(QCoreApplication::applicationVersion()));
            return ExitOk;
        }
        if (parser.isSet(help)) {
            out(parser.helpText());
            return ExitOk;
        }
        err(tr("No command given.") + u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name)) {
            parser.clearPositionalArguments();
            parser.setApplicationDescription(tr(command.summary));
            return command.run(parser, arguments);
        }
    }
    err(tr("Unknown command \"%1\".").arg(name) + u"\n\n"_s + commandSummary());
    return ExitUsage;
}

} // namespace Broadsheet::Cli
