#include "library.h"
#include "mainwindow.h"
#include "pdftextsource.h"
#include "settings.h"
#include "startuptimer.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    Broadsheet::StartupTimer::start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("broadsheet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Broadsheet"));
    QApplication::setOrganizationName(QStringLiteral("Broadsheet"));
    QApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.broadsheet.Broadsheet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/broadsheet/icons/broadsheet.svg")));
    QLocale::setDefault(Broadsheet::Translations::install(Broadsheet::Settings().language()));
    Broadsheet::PdfTextSourceInProcess::install();
    Broadsheet::Theme::rememberSystemPalette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read newspaper issues."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(QStringLiteral("library"),
                                     QApplication::translate("main", "Use this library file."),
                                     QApplication::translate("main", "file"));
    const QCommandLineOption timing(
        QStringLiteral("timing"), QApplication::translate("main", "Print how long start-up took."));
    parser.addOptions({library, timing});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Issue files or folders to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    Broadsheet::MainWindow window;
    const QString libraryPath =
        parser.isSet(library) ? parser.value(library) : Broadsheet::Settings().libraryPath();
    if (!window.openLibrary(libraryPath))
        return 3;
    window.show();

    if (parser.isSet(timing)) {
        QObject::connect(
            &window, &Broadsheet::MainWindow::articleShown, &window,
            [] {
                // After the pending paint: the article is on screen.
                QTimer::singleShot(0, [] {
                    std::fprintf(stderr, "%s\n", qPrintable(Broadsheet::StartupTimer::report()));
                });
            },
            Qt::SingleShotConnection);
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFiles(files);
    else
        window.restoreSession();
    return QApplication::exec();
}
