// Archive benchmark: a library of page files browsed as newspaper → date → page,
// searched by date, and counted over time (issue #12's goals).
//
//   bench_archive --archive FOLDER --library DB [--samples N]
//
// FOLDER is what tests/bench/make_archive.py writes (100,000 page files of
// several papers over three years, in three folder and file naming styles). The
// library DB is made from it on the first run (the import is timed) and reused
// after. Then, in-process, each figure over N samples (p50 / p95 / max):
//   open      opening the library (schema check, tokenizer check)
//   tree      the tree down to a random day: newspapers, years, months, that
//             month's issues, the day's pages and the first page's sections
//             (goal: <= 100 ms)
//   timeline  a one-character query counted by month (goal: <= 300 ms)
//   search    a search limited to one month of one paper (goal: p95 <= 20 ms)
// and the library's size against the text it holds (goal: <= 2x).
// The application's start-up to the tree and the last article is timed as a whole
// process with `broadsheet --timing` (see README, Benchmarks).

#include "library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    QList<double> ms;

    void add(const QElapsedTimer &timer) { ms.append(timer.nsecsElapsed() / 1e6); }
    double at(double quantile)
    {
        if (ms.isEmpty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(quantile * ms.size()))];
    }
    void print(const char *name, double goal)
    {
        const double p95 = at(0.95);
        std::printf("%-9s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms   goal %5.0f ms  %s\n", name,
                    at(0.5), p95, at(1.0), goal, p95 <= goal ? "met" : "NOT MET");
    }
};

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_archive: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T take(Result<T> result, const char *what)
{
    if (!result)
        fail(u"%1: %2"_s.arg(QString::fromLatin1(what), result.error().message));
    return std::move(*result);
}

qint64 textBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        bytes += it.nextFileInfo().size();
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({u"archive"_s, u"The folder make_archive.py wrote."_s, u"FOLDER"_s});
    cli.addOption({u"library"_s, u"The library (made from the archive if missing)."_s, u"DB"_s});
    cli.addOption({u"samples"_s, u"Samples per figure (default 200)."_s, u"N"_s, u"200"_s});
    cli.process(app);
    const QString folder = cli.value(u"archive"_s);
    const QString path = cli.value(u"library"_s);
    const int samples = std::max(1, cli.value(u"samples"_s).toInt());
    if (folder.isEmpty() || path.isEmpty())
        fail(u"give --archive FOLDER and --library DB"_s);

    const qint64 text = textBytes(folder);
    if (!QFileInfo::exists(path)) {
        auto library = take(Library::open(path), "open");
        const QStringList files = Library::issueFilesIn({folder});
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = library->importPaths({folder});
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("import    %lld files in %.1f s = %.0f files/s (%lld failed)\n",
                    qlonglong(files.size()), seconds, files.size() / seconds,
                    qlonglong(report.failures.size()));
        if (auto s = library->optimize(); !s)
            fail(s.error().message);
    }

    QRandomGenerator random(12);
    Figures open, tree, timeline, search;
    for (int i = 0; i < std::min(samples, 20); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto library = take(Library::open(path), "open");
        open.add(timer);
    }
    auto library = take(Library::open(path), "open");

    // Every day with an issue, to pick from.
    const QList<NewspaperRecord> papers = take(library->newspapers(), "newspapers");
    QList<std::pair<QString, QDate>> days;
    for (const NewspaperRecord &paper : papers) {
        for (const QDate &day : take(library->issueDates(paper.paper, {}, {}), "dates"))
            days.append({paper.paper, day});
    }
    if (days.isEmpty())
        fail(u"the library has no dated issue"_s);
    std::printf("library   %lld newspapers, %lld dated issues\n", qlonglong(papers.size()),
                qlonglong(days.size()));

    for (int i = 0; i < samples; ++i) {
        const auto &[paper, day] = days[random.bounded(int(days.size()))];
        QElapsedTimer timer;
        timer.start();
        take(library->newspapers(), "newspapers");
        take(library->years(paper), "years");
        take(library->months(paper, day.year()), "months");
        take(library->archiveIssues(paper, day.year(), day.month()), "issues");
        const QList<PageRecord> pages = take(library->archivePages(paper, day), "pages");
        if (!pages.isEmpty())
            take(library->sectionsOnPage(pages.first().issueId, pages.first().position),
                 "sections");
        tree.add(timer);
    }

    // One character queries: common, middling and rare characters of Chinese news.
    const QStringList characters{u"的"_s, u"发"_s, u"农"_s, u"雪"_s, u"桥"_s,
                                 u"疫"_s, u"冰"_s, u"鹤"_s, u"贷"_s, u"岭"_s};
    for (int i = 0; i < std::min(samples, 30); ++i) {
        TimelineRequest request;
        request.text = characters[i % characters.size()];
        request.by = TimelineUnit::Month;
        QElapsedTimer timer;
        timer.start();
        take(library->timeline(request), "timeline");
        timeline.add(timer);
    }

    const QStringList queries{u"发展"_s, u"项目"_s,      u"记者"_s,     u"农"_s,
                              u"冰雪"_s, u"经济 发展"_s, u"乡村振兴"_s, u"学校"_s};
    for (int i = 0; i < samples; ++i) {
        const auto &[paper, day] = days[random.bounded(int(days.size()))];
        SearchRequest request;
        request.text = queries[i % queries.size()];
        request.paper = paper;
        request.from = QDate(day.year(), day.month(), 1);
        request.to = request.from.addMonths(1).addDays(-1);
        request.limit = 20;
        QElapsedTimer timer;
        timer.start();
        take(library->search(request), "search");
        search.add(timer);
    }

    open.print("open", 50);
    tree.print("tree", 100);
    timeline.print("timeline", 300);
    search.print("search", 20);
    const qint64 size = QFileInfo(path).size();
    std::printf("size      %.1f MB library for %.1f MB of text = %.2fx   goal 2.00x  %s\n",
                size / 1e6, text / 1e6, double(size) / double(text),
                size <= 2 * text ? "met" : "NOT MET");
    return 0;
}
