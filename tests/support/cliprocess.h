#pragma once

// broadsheet-cli in the tests: a real process, its output and its exit status.

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

struct CliRun
{
    static constexpr int kTimedOut = -1;
    static constexpr int kCrashed = -2;

    int exitCode = kTimedOut;
    QByteArray out;
    QByteArray err;
    qint64 milliseconds = 0;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

struct CliOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList wrapper;    // a program to run it through, such as setpriv
    int timeoutMs = 120000; // generous: a hang is what this catches, not a slow machine
};

inline CliRun runCli(const QStringList &arguments, const CliOptions &options = {})
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    QElapsedTimer timer;
    timer.start();
    if (options.wrapper.isEmpty())
        process.start(QStringLiteral(BROADSHEET_CLI), arguments);
    else
        process.start(options.wrapper.first(), options.wrapper.mid(1) +
                                                   QStringList{QStringLiteral(BROADSHEET_CLI)} +
                                                   arguments);
    CliRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.milliseconds = timer.elapsed();
    run.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : CliRun::kCrashed;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
