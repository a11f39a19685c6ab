// Library benchmark: import throughput, search latency, database size, and
// grep over the same files, on a synthetic archive of issue files.
//
//   bench_library [--issues N] [--queries Q] [--dir FOLDER] [--keep]
//                 [--articles MIN,MAX] [--parsers N] [--write-only | --import-only]
//
// --write-only writes the archive (FOLDER/archive) and FOLDER/articles.txt, every
// article's folded text on one line (its line breaks as U+001F), and stops: for
// tests/bench/compare_peers.py, which times whole processes against other tools.
// --articles sets how many articles an issue has (8,14: about 9 KB; 20,30: 20 KB).
// --parsers is Library::Options::importParsers (-1: from the cores; 0: sequential).
//
// The archive is made of the articles of the sample issues in this repository,
// recombined, with digits, authors and places varied so that rare terms stay
// rare. Every query's article count is checked against a ground truth computed
// from the parsed text. Goals (issue #4): p95 <= 20 ms for every query class at
// 20,000 issues, import >= 200 issues/s, database <= 4x the raw text.

#include "issueparser.h"
#include "library.h"
#include "searchquery.h"
#include "textfold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

#include <sys/resource.h>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

namespace {

struct Chunk
{
    QString text;
    QStringList authors;
};

const QString kSurnames =
    u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"_s;
const QString kGiven =
    u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志新海波宁晨阳雪琳婷倩欣怡浩宇轩子涵博文思佳雨晴嘉慧颖一诺安然若溪梓萱俊熙梦瑶晓东春秋松柏竹梅兰菊凤鸣远航"_s;
const QString kPlaceHeads =
    u"青松白河东临西岭南塘北屯桃源柳溪枫林金沙银川石门凤台龙泉清水长乐永安太平丰收"_s;

QString randomName(QRandomGenerator &random)
{
    QString name(kSurnames[random.bounded(int(kSurnames.size()))]);
    const int given = random.bounded(2) + 1;
    for (int i = 0; i < given; ++i)
        name += kGiven[random.bounded(int(kGiven.size()))];
    return name;
}

QString randomPlace(QRandomGenerator &random)
{
    QString place;
    place += kPlaceHeads[random.bounded(int(kPlaceHeads.size()))];
    place += kGiven[random.bounded(int(kGiven.size()))];
    place += QStringView(u"县镇乡区村").at(random.bounded(5));
    return place;
}

// Articles of the sample issues that use the blank-line layout, as text chunks.
QList<Chunk> sampleChunks()
{
    QStringList files{QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt"),
                      QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/samples/v1.txt")};
    const QDir issues(QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues"));
    for (const QString &name : issues.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << issues.filePath(name);
    QList<Chunk> chunks;
    for (const QString &file : files) {
        const auto issue = IssueParser::parseFile(file);
        if (!issue)
            continue;
        QFile source(file);
        source.open(QIODevice::ReadOnly);
        const auto decoded = IssueParser::parse(source.readAll());
        QFile again(file);
        again.open(QIODevice::ReadOnly);
        QString text = QString::fromUtf8(again.readAll());
        if (issue->source.encoding != u"UTF-8"_s)
            continue;
        text.replace(u"\r\n"_s, u"\n"_s);
        const QStringList lines = text.split(u'\n');
        for (const Section &section : issue->sections) {
            for (const Article &article : section.articles) {
                int first = INT_MAX, last = 0;
                auto take = [&](const QList<int> &ls) {
                    for (int l : ls) {
                        first = std::min(first, l);
                        last = std::max(last, l);
                    }
                };
                for (const auto *part : {&article.kicker, &article.title, &article.subtitle})
                    if (*part)
                        take((*part)->lines);
                if (article.byline)
                    take(article.byline->lines);
                for (const Paragraph &p : article.paragraphs)
                    take(p.lines);
                if (!article.title || first > last)
                    continue;
                QStringList body;
                for (int l = first; l <= last && l <= lines.size(); ++l) {
                    const QString line = lines[l - 1].trimmed();
                    if (!line.isEmpty())
                        body << line;
                }
                chunks << Chunk{body.join(u"\n\n"_s), article.authors()};
            }
        }
    }
    return chunks;
}

QString variedChunk(const Chunk &chunk, QRandomGenerator &random)
{
    QString text = chunk.text;
    for (const QString &author : chunk.authors)
        text.replace(author, randomName(random));
    text.replace(u"我市"_s, randomPlace(random));
    text.replace(u"全市"_s, u"全"_s + randomPlace(random));
    for (QChar &c : text) {
        if (c.isDigit() && c.unicode() < 0x80)
            c = QChar(u'0' + random.bounded(10));
    }
    return text;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values[index];
}

struct QueryClass
{
    QString name;
    QStringList queries;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addOption({u"issues"_s, u"Number of issue files."_s, u"N"_s, u"20000"_s});
    options.addOption({u"queries"_s, u"Queries per class."_s, u"Q"_s, u"40"_s});
    options.addOption(
        {u"dir"_s, u"Folder for the archive (default: a temporary one)."_s, u"dir"_s});
    options.addOption({u"keep"_s, u"Keep the archive and library."_s});
    options.addOption(
        {u"articles"_s, u"Articles per issue, at least and at most."_s, u"MIN,MAX"_s, u"8,14"_s});
    options.addOption(
        {u"parsers"_s, u"Threads that parse ahead of the writer."_s, u"N"_s, u"-1"_s});
    options.addOption({u"write-only"_s, u"Only write the archive and its article texts."_s});
    options.addOption({u"import-only"_s, u"Stop after the import."_s});
    options.addHelpOption();
    options.process(app);
    const int issueCount = options.value(u"issues"_s).toInt();
    const int perClass = options.value(u"queries"_s).toInt();
    const QStringList articleRange = options.value(u"articles"_s).split(u',');
    const int minArticles = std::max(1, articleRange.value(0).toInt());
    const int maxArticles = std::max(minArticles, articleRange.value(1).toInt());
    const bool writeOnly = options.isSet(u"write-only"_s);
    if (writeOnly && !options.isSet(u"dir"_s)) {
        std::fprintf(stderr, "--write-only needs --dir\n");
        return 2;
    }

    QTemporaryDir temporary;
    temporary.setAutoRemove(!options.isSet(u"keep"_s));
    const QString root = options.isSet(u"dir"_s) ? options.value(u"dir"_s) : temporary.path();
    const QString archive = root + u"/archive"_s;
    const QString libraryPath = root + u"/library.sqlite"_s;
    QDir(archive).removeRecursively(); // no issue files left from a larger archive
    QDir().mkpath(archive);
    QFile::remove(libraryPath);

    // 1. The archive.
    QElapsedTimer timer;
    timer.start();
    const QList<Chunk> chunks = sampleChunks();
    QRandomGenerator random(20261127);
    qint64 rawBytes = 0;
    QStringList files;
    for (int i = 0; i < issueCount; ++i) {
        QString text = u"\n\n\n\n设计制作:%1\n\n"_s.arg(randomName(random));
        const int articles = minArticles + random.bounded(maxArticles - minArticles + 1);
        for (int a = 0; a < articles; ++a)
            text += variedChunk(chunks[random.bounded(int(chunks.size()))], random) + u"\n\n"_s;
        const QString file = archive + u"/%1/issue-%2.txt"_s.arg(i / 1000, 2, 10, QLatin1Char('0'))
                                           .arg(i, 5, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        const QByteArray bytes = text.toUtf8();
        out.write(bytes);
        rawBytes += bytes.size();
        files << file;
    }
    std::printf(
        "archive          %d issues, %.1f MiB of text (from %lld sample articles), made in %.1f s\n",
        issueCount, rawBytes / 1048576.0, qint64(chunks.size()), timer.elapsed() / 1000.0);

    if (writeOnly) {
        QFile out(root + u"/articles.txt"_s);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
        qint64 articles = 0;
        for (const QString &file : std::as_const(files)) {
            const auto issue = IssueParser::parseFile(file);
            if (!issue)
                continue;
            for (const Section &section : issue->sections) {
                for (const Article &article : section.articles) {
                    QString text = TextFold::fold(article.plainText());
                    text.replace(u'\n', QChar(0x1f));
                    out.write(text.toUtf8() + '\n');
                    ++articles;
                }
            }
        }
        std::printf("articles         %lld, folded, in %s\n", articles, qPrintable(out.fileName()));
        return 0;
    }

    // 2. Import.
    Library::Options libraryOptions;
    libraryOptions.importParsers = options.value(u"parsers"_s).toInt();
    auto opened = Library::open(libraryPath, libraryOptions);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Library> library = std::move(opened).value();
    timer.restart();
    const ImportReport report = library->importPaths({archive});
    const double importSeconds = timer.elapsed() / 1000.0;
    std::printf("import           %lld issues in %.1f s = %.0f issues/s (goal >= 200), %lld "
                "failed (--parsers %d)\n",
                qint64(report.results.size()), importSeconds, report.results.size() / importSeconds,
                qint64(report.failures.size()), libraryOptions.importParsers);
    if (options.isSet(u"import-only"_s)) {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("peak memory      %.1f MiB\n", usage.ru_maxrss / 1024.0);
        return report.failures.isEmpty() ? 0 : 1;
    }

    timer.restart();
    const qint64 before = QFileInfo(libraryPath).size() + QFileInfo(libraryPath + u"-wal"_s).size();
    if (auto optimized = library->optimize(); !optimized)
        std::fprintf(stderr, "%s\n", qPrintable(optimized.errorMessage()));
    std::printf("optimize         %.1f s (%.1f MiB before)\n", timer.elapsed() / 1000.0,
                before / 1048576.0);

    // 3. Ground truth: every article's folded text, as UTF-8 for a fast scan.
    timer.restart();
    std::vector<QByteArray> texts;
    for (const QString &file : std::as_const(files)) {
        const auto issue = IssueParser::parseFile(file);
        if (!issue)
            continue;
        for (const Section &section : issue->sections)
            for (const Article &article : section.articles)
                texts.push_back(TextFold::fold(article.plainText()).toUtf8());
    }
    std::printf("ground truth     %lld articles parsed in %.1f s\n", qint64(texts.size()),
                timer.elapsed() / 1000.0);

    // 4. Queries: substrings of random articles (so each finds at least one), of
    // 1, 2, 3 and 6 characters, and pairs of two-character terms.
    auto substring = [&](int length) {
        for (;;) {
            const QString text = QString::fromUtf8(texts[random.bounded(int(texts.size()))]);
            if (text.size() <= length)
                continue;
            const int at = random.bounded(int(text.size() - length));
            const QString s = text.mid(at, length);
            bool clean = true;
            for (QChar c : s)
                clean = clean && c.isLetterOrNumber();
            if (clean)
                return s;
        }
    };
    // Two terms from the same article, so that the pair finds something.
    auto pair = [&] {
        for (;;) {
            const QString text = QString::fromUtf8(texts[random.bounded(int(texts.size()))]);
            if (text.size() < 40)
                continue;
            const int a = random.bounded(int(text.size() - 2));
            const int b = random.bounded(int(text.size() - 2));
            const QString first = text.mid(a, 2);
            const QString second = text.mid(b, 2);
            bool clean = first != second;
            for (QChar c : first + second)
                clean = clean && c.isLetterOrNumber();
            if (clean)
                return first + u' ' + second;
        }
    };
    QList<QueryClass> classes{{u"1 char"_s, {}},
                              {u"2 chars"_s, {}},
                              {u"3 chars"_s, {}},
                              {u"6 chars"_s, {}},
                              {u"two terms"_s, {}}};
    for (int q = 0; q < perClass; ++q) {
        classes[0].queries << substring(1);
        classes[1].queries << substring(2);
        classes[2].queries << substring(3);
        classes[3].queries << substring(6);
        classes[4].queries << pair();
    }

    std::printf("\n%-10s %8s %8s %8s %10s %12s %9s\n", "class", "p50 ms", "p95 ms", "max ms",
                "hits p50", "grep p50 ms", "counts");
    int mismatches = 0;
    for (const QueryClass &queryClass : classes) {
        QList<double> latencies, greps;
        QList<double> hits;
        int correct = 0;
        for (const QString &query : queryClass.queries) {
            SearchRequest request;
            request.text = query;
            request.limit = 20;
            QElapsedTimer t;
            t.start();
            const auto results = library->search(request);
            latencies << t.nsecsElapsed() / 1e6;
            const SearchQuery terms(query);
            int expected = 0;
            for (const QByteArray &text : texts) {
                bool all = true;
                for (const QString &term : terms.terms()) {
                    const QByteArray needle = term.toUtf8();
                    if (!memmem(text.constData(), size_t(text.size()), needle.constData(),
                                size_t(needle.size()))) {
                        all = false;
                        break;
                    }
                }
                expected += all ? 1 : 0;
            }
            const int total = results ? results->total : -1;
            hits << total;
            if (total == expected)
                ++correct;
            else
                std::fprintf(stderr, "count mismatch for \"%s\": search %d, ground truth %d\n",
                             qPrintable(query), total, expected);
        }
        mismatches += int(queryClass.queries.size()) - correct;
        for (int g = 0; g < std::min<int>(5, int(queryClass.queries.size())); ++g) {
            QElapsedTimer t;
            t.start();
            QProcess::execute(u"sh"_s, {u"-c"_s, u"grep -rcF -- \"$0\" \"$1\" > /dev/null"_s,
                                        queryClass.queries[g].split(u' ').first(), archive});
            greps << t.nsecsElapsed() / 1e6;
        }
        std::printf("%-10s %8.2f %8.2f %8.2f %10.0f %12.0f %6d/%lld\n", qPrintable(queryClass.name),
                    percentile(latencies, 0.5), percentile(latencies, 0.95),
                    percentile(latencies, 1.0), percentile(hits, 0.5), percentile(greps, 0.5),
                    correct, qint64(queryClass.queries.size()));
    }

    library.reset();
    const qint64 dbBytes =
        QFileInfo(libraryPath).size() + QFileInfo(libraryPath + u"-wal"_s).size();
    std::printf("\ndatabase         %.1f MiB = %.2fx the raw text (goal <= 4)\n",
                dbBytes / 1048576.0, double(dbBytes) / double(rawBytes));
    std::printf("counts           %s\n",
                mismatches == 0 ? "all agree with the ground truth" : "MISMATCHES (see above)");
    return mismatches == 0 ? 0 : 1;
}
