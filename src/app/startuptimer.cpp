#include "startuptimer.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <unistd.h>

namespace Broadsheet {

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

// Milliseconds since the kernel started this process, or -1 where unknown.
qint64 sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (start time in clock ticks after boot) comes after the ")" that ends field 2.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64((double(now.tv_sec) + now.tv_nsec / 1e9 - startSeconds) * 1000);
}

} // namespace

void StartupTimer::start()
{
    sinceMain().start();
}

QString StartupTimer::report()
{
    return QStringLiteral(
               "broadsheet: tree and first article shown %1 ms after main(), %2 ms after the process started")
        .arg(QString::number(sinceMain().elapsed()), QString::number(sinceProcessStart()));
}

} // namespace Broadsheet
