// broadsheet-cli: starts on QtCore alone, and runs the exports that need Qt Gui,
// qpdf or libzip in the helper program broadsheet-export (exportroute.h).
#include "cli.h"
#include "exportroute.h"

#include "pagelayout.h"
#include "textdeskexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

namespace {

// Where the helper is: beside broadsheet-cli in the build tree, or in
// libexec/broadsheet once installed (BROADSHEET_HELPER_DIR, relative to bin).
QStringList helperCandidates()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString name = u"broadsheet-export"_s;
    return {here.filePath(name),
            QDir::cleanPath(here.filePath(QStringLiteral(BROADSHEET_HELPER_DIR) + u'/' + name))};
}

constexpr int kPdfReadTimeoutMs = 5 * 60 * 1000;

QString helperProgram()
{
    for (const QString &candidate : helperCandidates()) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable())
            return candidate;
    }
    return {};
}

// A PDF read by the helper: its bytes on the helper's stdin, the positioned text
// as JSON on its stdout, a message on its stderr when it cannot be read.
Result<PositionedText> readPdfInHelper(const QByteArray &bytes, const QString &path)
{
    const QString program = helperProgram();
    if (program.isEmpty())
        return Error{
            Error::Code::InvalidInput,
            tr("%1 is a PDF, and reading PDFs needs Broadsheet's export program, which "
               "is not installed (looked for %2). Reinstall Broadsheet.")
                .arg(path, QDir::toNativeSeparators(helperCandidates().join(tr(" and "))))};
    QProcess helper;
    helper.start(program, {QCoreApplication::arguments().value(0), u"pdf-text"_s, path});
    if (!helper.waitForStarted(-1))
        return Error{Error::Code::Io,
                     tr("%1 could not be read: %2 did not start (%3).")
                         .arg(path, QDir::toNativeSeparators(program), helper.errorString())};
    helper.write(bytes);
    helper.closeWriteChannel();
    // Poppler reads a page in milliseconds; a PDF that holds it for minutes is
    // one it will not finish.
    if (!helper.waitForFinished(kPdfReadTimeoutMs)) {
        helper.kill();
        helper.waitForFinished(-1);
        return Error{Error::Code::InvalidInput,
                     tr("%1 could not be read: the PDF reader gave up after %2 minutes.")
                         .arg(path)
                         .arg(kPdfReadTimeoutMs / 60000)};
    }
    const QString message = QString::fromUtf8(helper.readAllStandardError()).trimmed();
    if (helper.exitStatus() != QProcess::NormalExit)
        return Error{
            Error::Code::InvalidInput,
            tr("%1 could not be read: the PDF reader stopped abnormally on it.").arg(path)};
    if (helper.exitCode() != 0)
        return Error{Error::Code::InvalidInput,
                     message.isEmpty() ? tr("%1 could not be read.").arg(path) : message};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(helper.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{Error::Code::InvalidInput,
                     tr("%1 could not be read: the PDF reader's answer was garbled.").arg(path)};
    return PositionedText::fromJson(document.object());
}

} // namespace

void installPdfReader()
{
    setPdfTextSource(&readPdfInHelper);
}

std::optional<int> runInternalCommand(const QStringList &)
{
    return std::nullopt;
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

std::optional<int> runInExportHelper(const QStringList &arguments)
{
    const QStringList candidates = helperCandidates();
    const QString program = helperProgram();
    const QString command = arguments.value(1);
    if (program.isEmpty()) {
        err(tr("%1 needs Broadsheet's export program, which is not installed (looked for %2). "
               "Reinstall Broadsheet.")
                .arg(command, QDir::toNativeSeparators(candidates.join(tr(" and ")))));
        return ExitUsage;
    }
    // The helper writes straight to this program's stdout and stderr and reads its
    // stdin: output, messages and the exit status are the helper's, unchanged. The
    // first argument, this program's name, stands first for the helper too.
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedChannels);
    helper.setInputChannelMode(QProcess::ForwardedInputChannel);
    helper.start(program, arguments);
    if (!helper.waitForStarted(-1)) {
        err(tr("%1 could not start %2: %3")
                .arg(command, QDir::toNativeSeparators(program), helper.errorString()));
        return ExitFailed;
    }
    helper.waitForFinished(-1);
    if (helper.exitStatus() != QProcess::NormalExit) {
        err(tr("%1 stopped: %2 ended abnormally.").arg(command, QDir::toNativeSeparators(program)));
        return ExitFailed;
    }
    return helper.exitCode();
}

Status writeDeskExport(DeskFormat format, const QList<DeskExportItem> &items, const QString &path)
{
    // EPUB went to the helper before the library was opened (deskExportCommand).
    return TextDeskExporter::write(format, items, path);
}

// export-pdf lays out text with Qt Gui and finishes the PDF with qpdf: all of it
// in the helper, its usage messages included.
int exportCommand(QCommandLineParser &, const QStringList &arguments)
{
    return *runInExportHelper(arguments);
}

} // namespace Broadsheet::Cli
