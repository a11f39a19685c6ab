// broadsheet-export: the exports that need Qt Gui, qpdf or libzip, run here
// (exportroute.h).
#include "cli.h"
#include "exportroute.h"

#include "deskexporter.h"
#include "pdftextsource.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>

namespace Broadsheet::Cli {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    // The command is the first argument that is not an option.
    int command = 1;
    while (command < argc && argv[command][0] == '-')
        ++command;
    if (command >= argc || qstrcmp(argv[command], "export-pdf") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Setting up the platform may warn about the session (no XDG_RUNTIME_DIR over ssh
    // or in CI, say): noise on a command line tool's stderr, which is kept for its
    // own one-line messages. Only warnings and below are dropped, and only meanwhile.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (previous && (type == QtCriticalMsg || type == QtFatalMsg))
                previous(type, context, message);
        });
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previous);
    return app;
}

std::optional<int> runInExportHelper(const QStringList &)
{
    return std::nullopt;
}

void installPdfReader()
{
    PdfTextSourceInProcess::install();
}

// `pdf-text PATH`: the PDF's bytes on stdin (PATH names it in messages), its
// positioned text as compact JSON on stdout (readPdfInHelper in exporthelper.cpp).
std::optional<int> runInternalCommand(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("pdf-text") || arguments.size() != 3)
        return std::nullopt;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err(tr("%1 could not be read: %2").arg(arguments[2], input.errorString()));
        return ExitFailed;
    }
    const auto positioned = PdfTextSourceInProcess::read(input.readAll(), arguments[2]);
    if (!positioned) {
        err(positioned.error().message);
        return ExitFailed;
    }
    outBytes(QJsonDocument(positioned->toJson()).toJson(QJsonDocument::Compact));
    return ExitOk;
}

Status writeDeskExport(DeskFormat format, const QList<DeskExportItem> &items, const QString &path)
{
    return DeskExporter::write(format, items, path);
}

} // namespace Broadsheet::Cli
