// PDF export time and size for single articles of the sample issue.
//
//   bench_export [RUNS]   (default 15)
//
// Exports each article of the seed on its own RUNS times, in process, and reports
// the median time and the file size of the slowest and the largest, then the whole
// issue once. The first export of a process also loads the fonts; it is reported
// apart. Goals (issue #6): a single article in under 100 ms, under 200 KB.

#include "benchstats.h"
#include "issueparser.h"
#include "pdfexporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Broadsheet;

namespace {

using BenchStats::median;

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 15;
    const auto issue = IssueParser::parseFile(
        QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt"));
    if (!issue) {
        std::fprintf(stderr, "%s\n", qPrintable(issue.errorMessage()));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pdf"));
    QList<ExportArticle> all;
    for (const Section &section : issue->sections) {
        for (const Article &article : section.articles)
            all.append({article, issue->displayTitle(), section.title});
    }

    const auto timed = [&](const QList<ExportArticle> &articles) {
        QElapsedTimer timer;
        timer.start();
        const Status status = PdfExporter::exportPdf(articles, path);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!status) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(status.errorMessage()));
            std::exit(1);
        }
        return ms;
    };

    std::printf("first export     %.1f ms (fonts loaded)\n", timed({all.first()}));
    double worstMedian = 0;
    qint64 largest = 0;
    for (const ExportArticle &article : all) {
        QList<double> times;
        for (int run = 0; run < runs; ++run)
            times << timed({article});
        const qint64 bytes = QFileInfo(path).size();
        const double ms = median(times);
        worstMedian = std::max(worstMedian, ms);
        largest = std::max(largest, bytes);
        std::printf("article %-2d       median %.1f ms of %d, %.1f KB  %s\n", article.article.id,
                    ms, runs, double(bytes) / 1024, qPrintable(article.article.displayTitle()));
    }
    std::printf(
        "single article   slowest median %.1f ms (goal < 100), largest %.1f KB (goal < 200)\n",
        worstMedian, double(largest) / 1024);
    const double allMs = timed(all);
    std::printf("whole issue      %d articles in %.1f ms, %.1f KB\n", int(all.size()), allMs,
                double(QFileInfo(path).size()) / 1024);
    return worstMedian < 100 && largest < 200 * 1024 ? 0 : 2;
}
