// Opening an e-paper PDF: the goal (issue 16) is a 16-page PDF opened to its
// first article in at most a second.
//
//   bench_epaper [RUNS]   (default 5)
//
// Lays out a 16-page issue with the tests' typesetter (typeset_epaper, seed 7),
// then measures, each RUNS times and reporting the median:
//   read     Poppler's words with their places, in reading order (PdfTextReader,
//            PdfLayout)
//   parse    the whole route IssueParser takes for a PDF (read + articles + zones)
//   window   File ▸ Open in a fresh window and library until the first article is
//            in the reading pane (import, tree, reading pane)
//   page     then View ▸ Page until the page is drawn with its zones

#include "benchstats.h"
#include "issueparser.h"
#include "library.h"
#include "mainwindow.h"
#include "pagecontroller.h"
#include "pageview.h"
#include "pdfissuetext.h"
#include "pdftextsource.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Broadsheet;

namespace {

using BenchStats::median;

void report(const char *what, const QList<double> &ms)
{
    std::printf("%-8s median %7.1f ms   (min %.1f, max %.1f, %lld runs)\n", what, median(ms),
                *std::min_element(ms.cbegin(), ms.cend()),
                *std::max_element(ms.cbegin(), ms.cend()), static_cast<long long>(ms.size()));
}

QList<double> timed(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << timer.nsecsElapsed() / 1e6;
    }
    return ms;
}

// Runs the event loop until `done` holds, for at most 30 s.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PdfTextSourceInProcess::install();
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    QProcess typeset;
    typeset.start(QStringLiteral(BROADSHEET_TYPESET),
                  {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--pages"),
                   QStringLiteral("16"), QStringLiteral("--out"), dir.path()});
    if (!typeset.waitForFinished(120000) || typeset.exitCode() != 0) {
        std::fprintf(stderr, "typeset_epaper failed\n");
        return 1;
    }
    const QString pdf = dir.filePath(QStringLiteral("issue.pdf"));
    const auto first = IssueParser::parseFile(pdf);
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.errorMessage()));
        return 1;
    }
    std::printf("16-page e-paper PDF: %lld KB, %d articles, %lld printed lines\n",
                static_cast<long long>(QFileInfo(pdf).size() / 1024), first->articleCount(),
                static_cast<long long>(first->layout.lines.size()));

    report("read", timed(runs, [&] { (void)PdfIssueText::read(pdf); }));
    report("parse", timed(runs, [&] { (void)IssueParser::parseFile(pdf); }));

    QList<double> window, page;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        MainWindow w;
        if (!w.openLibrary(home.filePath(QStringLiteral("library.sqlite")), false))
            return 1;
        w.resize(1400, 860);
        w.show();
        QElapsedTimer timer;
        timer.start();
        w.openFiles({pdf});
        if (!waitFor([&] { return w.currentArticle().has_value(); }))
            return 1;
        window << timer.nsecsElapsed() / 1e6;
        timer.restart();
        w.findChild<QAction *>(QStringLiteral("actionPage"))->setChecked(true);
        PageController *controller = w.pageController();
        if (!waitFor([&] { return controller->isLoaded() && !controller->view()->isRendering(); }))
            return 1;
        page << timer.nsecsElapsed() / 1e6;
    }
    report("window", window);
    report("page", page);
    return 0;
}
