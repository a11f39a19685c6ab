#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace Broadsheet {
struct Issue;
}

namespace Broadsheet::Cli {

// Exit statuses, documented in the README and in --help.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,  // the input or the output could not be used; the message says why
    ExitUsage = 2,   // wrong arguments, or a subcommand that is not available
    ExitLibrary = 3, // the library database cannot be opened or written
    ExitPartial = 4, // done, but some of what was asked was refused (corrections)
};

// main(): the application, the translations, then run().
int start(int &argc, char **argv);
int run(const QStringList &arguments);

// The application object for these arguments. broadsheet-cli: a QCoreApplication.
// Its helper broadsheet-export (exportroute.h): a QGuiApplication on the offscreen
// platform for the commands that lay out text (fonts need one; no display does),
// a QCoreApplication for the rest.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

// Subcommands. Each gets the parser with the global options already added and
// the arguments, adds its own options and does its work.
int parseCommand(QCommandLineParser &parser, const QStringList &arguments);
int importCommand(QCommandLineParser &parser, const QStringList &arguments);
int searchCommand(QCommandLineParser &parser, const QStringList &arguments);
int timelineCommand(QCommandLineParser &parser, const QStringList &arguments);
int listCommand(QCommandLineParser &parser, const QStringList &arguments);
int setMetadataCommand(QCommandLineParser &parser, const QStringList &arguments);
int exportCommand(QCommandLineParser &parser, const QStringList &arguments);
int deskExportCommand(QCommandLineParser &parser, const QStringList &arguments);
int citeCommand(QCommandLineParser &parser, const QStringList &arguments);
// correctionscommands.cpp: corrections export|import, and show.
int correctionsCommand(QCommandLineParser &parser, const QStringList &arguments);
int showCommand(QCommandLineParser &parser, const QStringList &arguments);
// deskcommands.cpp: collections, tags and notes.
int collectionCommand(QCommandLineParser &parser, const QStringList &arguments);
int collectionsCommand(QCommandLineParser &parser, const QStringList &arguments);
int tagCommand(QCommandLineParser &parser, const QStringList &arguments);
int noteCommand(QCommandLineParser &parser, const QStringList &arguments);

// Parses a subcommand's arguments. Returns an exit status when there is nothing
// more to do: --help shown (0), or a usage error reported (2).
std::optional<int> processArguments(QCommandLineParser &parser, const QStringList &arguments);

// Output helpers: UTF-8 on stdout and stderr whatever the locale.
void out(const QString &text);
void outBytes(const QByteArray &bytes);
void err(const QString &text);
// The issue as parse JSON (format 1) on stdout; false, with the reason on
// stderr, when it could not be written.
bool outIssueJson(const Issue &issue, bool compact);

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace Broadsheet::Cli
