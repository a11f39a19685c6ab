// broadsheet-cli: starts on QtCore alone, and runs the exports that need Qt Gui,
// qpdf or libzip in the helper program broadsheet-export (exportroute.h).
#include "cli.h"
#include "exportroute.h"

#include "textdeskexporter.h"

#include <QDir>
#include <QFileInfo>
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

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

std::optional<int> runInExportHelper(const QStringList &arguments)
{
    const QStringList candidates = helperCandidates();
    QString program;
    for (const QString &candidate : candidates) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable()) {
            program = candidate;
            break;
        }
    }
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
