// Parser throughput and memory on a large generated issue.
//
//   bench_parser [MEGABYTES]   (default 50)
//
// Builds an issue of the given size from the sample issues (names and numbers
// varied so that no two articles are the same), parses it three times and
// reports the best throughput and the peak memory against the input size.
// Goals (issue #3): ≥ 50 MB/s, peak memory ≤ 4× the input.

#include "issueparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <cstdio>

using namespace Broadsheet;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/statm"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = status.readAll().split(' ');
    return fields.value(1).toLong() * 4;
}

QByteArray sampleText()
{
    QByteArray text;
    for (const char *path : {"/seeds/000_36b5ccdd5e2fe302.txt", "/tests/data/samples/v1.txt"}) {
        QFile file(QStringLiteral(BROADSHEET_SOURCE_DIR) + QString::fromLatin1(path));
        if (file.open(QIODevice::ReadOnly))
            text += file.readAll() + "\n\n";
    }
    return text;
}

QByteArray generateIssue(qsizetype bytes)
{
    const QString sample = QString::fromUtf8(sampleText());
    QByteArray issue;
    issue.reserve(bytes + sample.size() * 3);
    for (int copy = 0; issue.size() < bytes; ++copy) {
        QString variant = sample;
        // Vary the digits so that the repeat detector sees distinct paragraphs.
        for (qsizetype i = 0; i < variant.size(); ++i) {
            if (variant[i].isDigit())
                variant[i] = QChar(u'0' + (variant[i].digitValue() + copy) % 10);
        }
        issue += variant.toUtf8();
    }
    return issue;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 50;
    const QByteArray input = generateIssue(megabytes * 1024 * 1024);
    const double inputMiB = double(input.size()) / (1024 * 1024);

    const long before = currentRssKiB();
    double bestSeconds = 1e9;
    int articles = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto issue = IssueParser::parse(input, QStringLiteral("bench.txt"));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!issue) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(issue.errorMessage()));
            return 1;
        }
        articles = issue->articleCount();
        bestSeconds = std::min(bestSeconds, seconds);
    }
    const double peakExtraMiB = double(peakRssKiB() - before) / 1024;
    std::printf("input            %.1f MiB, %d articles\n", inputMiB, articles);
    std::printf("parse            %.3f s best of 3 = %.1f MiB/s (goal >= 50)\n", bestSeconds,
                inputMiB / bestSeconds);
    std::printf("peak memory      input + %.1f MiB while parsing = %.2fx the input (goal <= 4)\n",
                peakExtraMiB, (inputMiB + peakExtraMiB) / inputMiB);
    return 0;
}
