// broadsheet-cli corrections and show: a reader's corrections kept in the
// library (docs: corrections format 1), and a stored issue as its parse JSON.
#include "cli.h"

#include "issuejson.h"
#include "library.h"
#include "libraryaccess.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

namespace {

int usage(const QString &message, const QCommandLineParser &parser)
{
    err(message + u"\n\n"_s + parser.helpText());
    return ExitUsage;
}

// An issue's library id, as `list` prints it; nullopt (and a message) for anything else.
std::optional<qint64> issueId(const QString &value)
{
    bool ok = false;
    const qint64 id = value.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        err(tr("\"%1\" is not an issue id (a number, as `list` prints it).").arg(value));
        return std::nullopt;
    }
    return id;
}

QString refusedText(const RefusedCorrection &refused)
{
    return tr("  correction %1 (%2) was refused: %3")
        .arg(QString::number(refused.position), refused.operation.describe(), refused.reason);
}

int exportCorrections(QCommandLineParser &parser, const QStringList &positional,
                      const QCommandLineOption &output)
{
    if (positional.size() != 2)
        return usage(tr("corrections export needs one issue id; use -o FILE to write a file."),
                     parser);
    const auto id = issueId(positional.at(1));
    if (!id)
        return ExitUsage;
    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return libraryFailure(library.error());
    const auto corrections = (*library)->corrections(*id);
    if (!corrections)
        return libraryFailure(corrections.error());
    const QByteArray json = corrections->corrections.toJson();
    if (!parser.isSet(output)) {
        outBytes(json);
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err(tr("%1 cannot be written: %2").arg(parser.value(output), file.errorString()));
        return ExitFailed;
    }
    return ExitOk;
}

int importCorrections(QCommandLineParser &parser, const QStringList &positional)
{
    const QStringList files = positional.mid(1);
    if (files.isEmpty())
        return usage(tr("corrections import needs at least one corrections file."), parser);
    auto library = openLibrary(parser, Library::Access::ReadWrite);
    if (!library)
        return libraryFailure(library.error());
    // Each file on its own: one that cannot be used does not stop the others.
    int status = ExitOk;
    const auto worst = [&status](int code) {
        // A failure outweighs a refusal; the library's failure outweighs the input's.
        const auto rank = [](int c) {
            return c == ExitLibrary ? 3 : c == ExitFailed ? 2 : c == ExitPartial ? 1 : 0;
        };
        if (rank(code) > rank(status))
            status = code;
    };
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("%1 cannot be read: %2").arg(path, file.errorString()));
            worst(ExitFailed);
            continue;
        }
        const auto report = (*library)->importCorrections(file.readAll());
        if (!report) {
            err(tr("%1: %2").arg(path, report.errorMessage()));
            switch (report.error().code) {
            case Error::Code::NotFound:
            case Error::Code::InvalidInput:
            case Error::Code::Io:
                worst(ExitFailed);
                break;
            default:
                worst(ExitLibrary);
            }
            continue;
        }
        out(tr("%1: issue %2, %n correction(s) applied", nullptr, report->applied)
                .arg(path, QString::number(report->issueId)) +
            (report->refused.isEmpty() ? QString()
                                       : tr(", %n refused", nullptr, int(report->refused.size()))));
        for (const RefusedCorrection &refused : report->refused)
            err(refusedText(refused));
        if (!report->refused.isEmpty())
            worst(ExitPartial);
    }
    return status;
}

} // namespace

int correctionsCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(
        u"action"_s,
        tr("export ISSUE-ID: write the issue's corrections (corrections format 1, with the text "
           "of each line they name); import FILE.json...: apply corrections files to the issues "
           "they name by their source_sha256, replacing the corrections those have."),
        u"export|import"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s},
                                    tr("export: the file to write (default: standard output)."),
                                    tr("file"));
    parser.addOptions({libraryOption(), output});
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action == u"export"_s)
        return exportCorrections(parser, positional, output);
    if (action == u"import"_s)
        return importCorrections(parser, positional);
    return usage(action.isEmpty() ? tr("corrections needs an action: export or import.")
                                  : tr("Unknown action \"%1\"; use export or import.").arg(action),
                 parser);
}

int showCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(u"issue"_s, tr("The issue's library id, as `list` prints it."),
                                 u"ISSUE-ID"_s);
    const QCommandLineOption compact(u"compact"_s, tr("Print compact JSON."));
    parser.addOptions({libraryOption(), compact});
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usage(tr("show takes exactly one issue id."), parser);
    const auto id = issueId(positional.first());
    if (!id)
        return ExitUsage;
    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return libraryFailure(library.error());
    // The library's articles are the corrected ones: this is the JSON `parse
    // --corrections` gives for the file and its corrections.
    const auto issue = (*library)->loadIssue(*id);
    if (!issue)
        return libraryFailure(issue.error());
    return outIssueJson(*issue, parser.isSet(compact)) ? ExitOk : ExitFailed;
}

} // namespace Broadsheet::Cli
