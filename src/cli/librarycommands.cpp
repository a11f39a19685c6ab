// broadsheet-cli import, search, list and set-metadata: the library from the command line.
#include "cli.h"

#include "libraryaccess.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Broadsheet::Cli {

QCommandLineOption libraryOption()
{
    return QCommandLineOption(u"library"_s,
                              tr("The library file (default: %1).").arg(Library::defaultPath()),
                              tr("file"));
}

Result<std::unique_ptr<Library>> openLibrary(const QCommandLineParser &parser,
                                             Library::Access access)
{
    const QString path =
        parser.isSet(u"library"_s) ? parser.value(u"library"_s) : Library::defaultPath();
    Library::Options options{.access = access, .busyTimeoutMs = 3000};
    // Said once, before the work: a large library takes a while to reindex.
    options.indexProgress = [path, told = false](int, int total) mutable {
        if (!std::exchange(told, true))
            err(tr("Updating the search index of %1 for this version of Broadsheet (%n "
                   "article(s))…",
                   nullptr, total)
                    .arg(path));
    };
    auto library = Library::open(path, options);
    if (library && !(*library)->isSearchIndexCurrent())
        err(tr("Warning: the search index of %1 was made by another version of Broadsheet, "
               "and the library is read-only, so it cannot be updated: search may miss "
               "articles.")
                .arg(path));
    return library;
}

int libraryFailure(const Error &error)
{
    err(error.message);
    return error.code == Error::Code::NotFound ? ExitFailed : ExitLibrary;
}

namespace {

QString outcomeName(ImportResult::Outcome outcome)
{
    switch (outcome) {
    case ImportResult::Outcome::Imported:
        return tr("imported");
    case ImportResult::Outcome::AlreadyPresent:
        return tr("already present");
    case ImportResult::Outcome::Replaced:
        return tr("replaced");
    case ImportResult::Outcome::Joined:
        return tr("joined the issue of the same page");
    }
    return {};
}

// The snippet with its hits marked for a terminal: [hit].
QString markedSnippet(const SearchHit &hit)
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : hit.highlights) {
        if (start < at)
            continue;
        out += hit.snippet.mid(at, start - at) + u'[' + hit.snippet.mid(start, length) + u']';
        at = start + length;
    }
    return out + hit.snippet.mid(at);
}

// A day as YYYY-MM-DD; invalid for anything else.
QDate dayFromText(const QString &text)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return iso.match(text.trimmed()).hasMatch() ? QDate::fromString(text.trimmed(), Qt::ISODate)
                                                : QDate();
}

} // namespace

int importCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(
        u"paths"_s,
        tr("Issue files or e-paper PDFs, or folders to search for *.txt and *.pdf files."),
        tr("PATH..."));
    parser.addOption(libraryOption());
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty()) {
        err(tr("import needs at least one file or folder.") + u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    auto library = openLibrary(parser, Library::Access::ReadWrite);
    if (!library)
        return libraryFailure(library.error());

    // Each file is reported as it is done, so that a long import shows its progress.
    std::array<int, 4> counts{};
    static_assert(int(ImportResult::Outcome::Joined) == 3, "one count per outcome");
    ImportListener listener;
    listener.imported = [&](const ImportResult &result) {
        ++counts[int(result.outcome)];
        out(tr("%1: %2 (%n article(s))", nullptr, result.articleCount)
                .arg(outcomeName(result.outcome), result.path));
        if (!result.samePageAs.isEmpty())
            out(tr("  the same page of the same issue is in %1").arg(result.samePageAs));
        // The file changed: its old corrections whose lines no longer hold.
        for (const RefusedCorrection &refused : result.correctionsNotKept)
            out(tr("  correction %1 (%2) was not kept: %3")
                    .arg(QString::number(refused.position), refused.operation.describe(),
                         refused.reason));
    };
    listener.failed = [](const ImportFailure &failure) {
        err(tr("failed: %1").arg(failure.reason));
    };
    const ImportReport report = (*library)->importPaths(paths, listener);
    if (const int joined = counts[int(ImportResult::Outcome::Joined)])
        out(tr("%n file(s) joined the issue of the same page (an e-paper PDF and its text).",
               nullptr, joined));
    out(tr("%1 imported, %2 already present, %3 replaced, %4 failed.")
            .arg(QString::number(counts[0]), QString::number(counts[1]), QString::number(counts[2]),
                 QString::number(report.failures.size())));
    for (const ImportFailure &failure : report.failures) {
        switch (failure.code) {
        case Error::Code::Library:
        case Error::Code::LibraryLocked:
        case Error::Code::LibraryReadOnly:
        case Error::Code::NewerLibrary:
            return ExitLibrary;
        default:
            break;
        }
    }
    return report.failures.isEmpty() ? ExitOk : ExitFailed;
}

int searchCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(
        u"query"_s,
        tr("What to find, as in the app's search box: words that must all occur, \"a "
           "phrase\", -word to leave out, a OR b, title:, author:, section:, page:, collection:, tag:, has:note, "
           "\"a b\"~10 for words near each other. The words are joined with spaces."),
        tr("QUERY..."));
    const QCommandLineOption json(u"json"_s, tr("Print the results as JSON."));
    const QCommandLineOption count(u"count"_s, tr("Print only the number of matching articles."));
    const QCommandLineOption limit(u"limit"_s, tr("Show at most N results (default 20)."), u"N"_s,
                                   u"20"_s);
    const QCommandLineOption offset(u"offset"_s, tr("Skip the first N results."), u"N"_s, u"0"_s);
    const QCommandLineOption issue(u"issue"_s, tr("Only in the issue with this library id."),
                                   u"id"_s);
    const QCommandLineOption author(u"author"_s, tr("Only articles by this author."), tr("name"));
    const QCommandLineOption kind(
        u"kind"_s, tr("Only articles of this kind (news, commentary, …)."), tr("kind"));
    const QCommandLineOption exactScript(
        u"exact-script"_s,
        tr("Match script exactly: traditional and simplified characters do not find each "
           "other (发展 does not find 發展)."));
    const QCommandLineOption paper(
        u"paper"_s, tr("Only in this newspaper, named as `list` shows it."), tr("name"));
    const QCommandLineOption from(u"from"_s, tr("Only in issues of this day or later."),
                                  u"YYYY-MM-DD"_s);
    const QCommandLineOption to(u"to"_s, tr("Only in issues of this day or earlier."),
                                u"YYYY-MM-DD"_s);
    const QCommandLineOption page(
        u"page"_s,
        tr("Only articles on this page, as printed (3 finds 03 and 第3版; A2 finds A02)."),
        tr("page"));
    const QCommandLineOption section(
        u"section"_s, tr("Only articles in a section whose title contains this text."), tr("text"));
    const QCommandLineOption sort(
        u"sort"_s,
        tr("Order: relevance (the default), newest or oldest (by the issue's day, undated "
           "last), or least-confident (the articles the parser is least sure of first, then "
           "newest)."),
        tr("order"), u"relevance"_s);
    const QCommandLineOption maxConfidence(
        u"max-confidence"_s,
        tr("Only articles the parser is at most this sure of, from 0 to 1 (1: no doubt)."), u"X"_s);
    parser.addOptions({libraryOption(), json, count, limit, offset, issue, author, kind,
                       exactScript, paper, from, to, page, section, sort, maxConfidence});
    if (const auto done = processArguments(parser, arguments))
        return *done;

    const QStringList words = parser.positionalArguments().mid(1);
    if (words.isEmpty()) {
        err(tr("search needs a query.") + u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    SearchRequest request;
    // One query, read as the app reads its search box: `search "项目 发展"` and
    // `search 项目 发展` are the same two words; a phrase is quoted for the query
    // itself (`search '"项目 发展"'`).
    request.text = words.join(u' ');
    request.exactScript = parser.isSet(exactScript);
    bool ok = true;
    request.limit = parser.value(limit).toInt(&ok);
    if (!ok || request.limit < 0) {
        err(tr("--limit takes a whole number."));
        return ExitUsage;
    }
    request.offset = parser.value(offset).toInt(&ok);
    if (!ok || request.offset < 0) {
        err(tr("--offset takes a whole number."));
        return ExitUsage;
    }
    if (parser.isSet(issue)) {
        request.issueId = parser.value(issue).toLongLong(&ok);
        if (!ok) {
            err(tr("--issue takes a library id, as `list` shows."));
            return ExitUsage;
        }
    }
    request.author = parser.value(author);
    if (parser.isSet(kind)) {
        request.kind = kindFromName(parser.value(kind));
        if (!request.kind) {
            err(tr("Unknown kind \"%1\"; use news, commentary, interview, voxpop, brief, photo or other.")
                    .arg(parser.value(kind)));
            return ExitUsage;
        }
    }
    request.paper = parser.value(paper);
    for (const auto &[option, day] :
         {std::pair(&from, &request.from), std::pair(&to, &request.to)}) {
        if (!parser.isSet(*option))
            continue;
        *day = dayFromText(parser.value(*option));
        if (!day->isValid()) {
            err(tr("--%1 takes a day as YYYY-MM-DD, such as 2019-02-20; \"%2\" is not one.")
                    .arg(option->names().constFirst(), parser.value(*option)));
            return ExitUsage;
        }
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to) {
        err(tr("--from is after --to: no day is in between."));
        return ExitUsage;
    }
    request.page = parser.value(page);
    request.section = parser.value(section);
    const QString order = parser.value(sort).trimmed().toLower();
    if (order == u"relevance"_s) {
        request.sort = SearchRequest::Sort::Relevance;
    } else if (order == u"newest"_s) {
        request.sort = SearchRequest::Sort::Newest;
    } else if (order == u"oldest"_s) {
        request.sort = SearchRequest::Sort::Oldest;
    } else if (order == u"least-confident"_s) {
        request.sort = SearchRequest::Sort::LeastConfident;
    } else {
        err(tr("Unknown order \"%1\"; use relevance, newest, oldest or least-confident.")
                .arg(parser.value(sort)));
        return ExitUsage;
    }
    if (parser.isSet(maxConfidence)) {
        const double value = parser.value(maxConfidence).toDouble(&ok);
        if (!ok || value < 0 || value > 1) {
            err(tr("--max-confidence takes a number from 0 to 1, such as 0.8; \"%1\" is not one.")
                    .arg(parser.value(maxConfidence)));
            return ExitUsage;
        }
        request.maxConfidence = value;
    }
    if (parser.isSet(count))
        request.limit = 0;

    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return libraryFailure(library.error());
    const auto results = (*library)->search(request);
    if (!results)
        return libraryFailure(results.error());

    if (parser.isSet(count)) {
        out(QString::number(results->total));
        return ExitOk;
    }
    if (parser.isSet(json)) {
        QJsonArray hits;
        for (const SearchHit &hit : results->hits) {
            QJsonArray highlights;
            for (const auto &[start, length] : hit.highlights)
                highlights.append(QJsonArray{start, length});
            hits.append(QJsonObject{
                {u"article"_s, hit.article.id},
                {u"issue"_s, hit.article.issueId},
                {u"number"_s, hit.article.number},
                {u"title"_s, hit.article.displayTitle()},
                {u"kind"_s, kindName(hit.article.kind)},
                {u"confidence"_s, hit.article.confidence},
                {u"authors"_s, QJsonArray::fromStringList(hit.article.authors)},
                {u"issue_title"_s, hit.issueTitle},
                {u"paper"_s, hit.paper.isEmpty() ? QJsonValue() : QJsonValue(hit.paper)},
                {u"date"_s,
                 hit.date.isValid() ? QJsonValue(hit.date.toString(Qt::ISODate)) : QJsonValue()},
                {u"page"_s, hit.pageNumber.isEmpty() ? QJsonValue() : QJsonValue(hit.pageNumber)},
                {u"page_name"_s, hit.pageName.isEmpty() ? QJsonValue() : QJsonValue(hit.pageName)},
                {u"section"_s, hit.sectionTitle},
                {u"snippet"_s, hit.snippet},
                {u"highlights"_s, highlights},
                {u"score"_s, hit.score},
            });
        }
        outBytes(QJsonDocument(QJsonObject{{u"query"_s, request.text},
                                           {u"exact_script"_s, request.exactScript},
                                           {u"terms"_s, QJsonArray::fromStringList(results->terms)},
                                           {u"total"_s, results->total},
                                           {u"hits"_s, hits}})
                     .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out(tr("%n matching article(s)", nullptr, results->total));
    for (const SearchHit &hit : results->hits) {
        // Where it was printed: paper, day and page where known, else the file's title.
        QStringList where;
        QStringList printed;
        if (!hit.paper.isEmpty())
            printed << hit.paper;
        if (hit.date.isValid())
            printed << hit.date.toString(Qt::ISODate);
        where << (printed.isEmpty() ? hit.issueTitle : printed.join(u' '));
        if (!hit.pageNumber.isEmpty())
            where << (hit.pageName.isEmpty() ? tr("page %1").arg(hit.pageNumber)
                                             : tr("page %1 %2").arg(hit.pageNumber, hit.pageName));
        if (!hit.sectionTitle.isEmpty())
            where << hit.sectionTitle;
        out(u"\n%1  [%2 #%3]\n  %4\n  %5"_s.arg(
            hit.article.displayTitle(), QString::number(hit.article.issueId),
            QString::number(hit.article.number), where.join(u" · "_s), markedSnippet(hit)));
    }
    return ExitOk;
}

namespace {

// {"value": …, "source": "text|path|user|guess"}, or null.
QJsonValue sourcedJson(const QString &value, std::optional<MetadataSource> source)
{
    if (value.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"value"_s, value},
                       {u"source"_s, metadataSourceName(source.value_or(MetadataSource::Text))}};
}

QJsonObject archiveIssueJson(const ArchiveIssueRecord &issue, const QList<PageRecord> &pages,
                             const QHash<qint64, QString> &paths)
{
    QJsonArray files;
    QJsonArray ids;
    for (const qint64 id : issue.fileIds) {
        files.append(paths.value(id));
        ids.append(id);
    }
    QJsonArray pageArray;
    for (const PageRecord &page : pages) {
        const bool lines = page.firstLine > 0 && page.lastLine >= page.firstLine;
        pageArray.append(QJsonObject{
            {u"number"_s, sourcedJson(page.number, page.numberSource)},
            {u"name"_s, sourcedJson(page.name, page.nameSource)},
            {u"file"_s, page.sourcePath},
            {u"lines"_s, lines ? QJsonValue(QJsonArray{page.firstLine, page.lastLine})
                               : QJsonValue(QJsonValue::Null)},
            {u"articles"_s, page.articleCount},
        });
    }
    return QJsonObject{
        {u"newspaper"_s, sourcedJson(issue.paper, issue.paperSource)},
        {u"date"_s, sourcedJson(issue.date.isValid() ? issue.date.toString(Qt::ISODate) : QString(),
                                issue.dateSource)},
        {u"edition"_s, sourcedJson(issue.edition, issue.editionSource)},
        {u"files"_s, files},
        {u"file_ids"_s, ids},
        {u"articles"_s, issue.articleCount},
        {u"pages"_s, pageArray},
    };
}

// Every newspaper issue of the library, paper by paper, in date order (each
// paper's undated files last, one issue each).
Result<QJsonArray> archiveJson(Library &library)
{
    const auto issues = library.issues();
    if (!issues)
        return issues.error();
    QHash<qint64, QString> paths;
    for (const IssueRecord &issue : *issues)
        paths.insert(issue.id, issue.sourcePath);
    const auto papers = library.newspapers();
    if (!papers)
        return papers.error();
    QJsonArray array;
    for (const NewspaperRecord &paper : *papers) {
        const auto years = library.years(paper.paper);
        if (!years)
            return years.error();
        for (const PeriodRecord &year : *years) {
            QList<int> months{0};
            if (year.year > 0) {
                const auto periods = library.months(paper.paper, year.year);
                if (!periods)
                    return periods.error();
                months.clear();
                for (const PeriodRecord &month : *periods)
                    months << month.month;
            }
            for (const int month : std::as_const(months)) {
                const auto found = library.archiveIssues(paper.paper, year.year, month);
                if (!found)
                    return found.error();
                for (const ArchiveIssueRecord &issue : *found) {
                    const auto pages = issue.date.isValid()
                                           ? library.archivePages(paper.paper, issue.date)
                                           : library.pagesOfFile(issue.fileIds.value(0));
                    if (!pages)
                        return pages.error();
                    array.append(archiveIssueJson(issue, *pages, paths));
                }
            }
        }
    }
    return array;
}

} // namespace

int listCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption(libraryOption());
    const QCommandLineOption json(
        u"json"_s, tr("Print the newspaper issues as JSON: each paper's issues by date, with "
                      "their files and pages, every value with its source."));
    parser.addOption(json);
    if (const auto done = processArguments(parser, arguments))
        return *done;
    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return libraryFailure(library.error());
    if (parser.isSet(json)) {
        const auto array = archiveJson(**library);
        if (!array)
            return libraryFailure(array.error());
        outBytes(QJsonDocument(*array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const auto issues = (*library)->issues();
    if (!issues)
        return libraryFailure(issues.error());
    if (issues->isEmpty()) {
        out(tr("The library %1 has no issues yet.").arg((*library)->path()));
        return ExitOk;
    }
    // One file a line: its id (for search --issue and set-metadata), its day and
    // paper (a guessed day marked so), its articles and its path.
    for (const IssueRecord &issue : *issues) {
        QString date = issue.date.isValid() ? issue.date.toString(Qt::ISODate) : tr("undated");
        if (issue.date.isValid() && issue.dateSource == MetadataSource::Guess)
            date += u'?';
        const QString paper = issue.paper.isEmpty() ? tr("(unknown paper)") : issue.paper;
        out(u"%1  %2  %3  %4  %5"_s.arg(
            QString::number(issue.id).rightJustified(4), date.leftJustified(11), paper,
            tr("%n article(s)", nullptr, issue.articleCount), issue.sourcePath));
    }
    return ExitOk;
}

int setMetadataCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(
        u"files"_s, tr("Issue files: their library ids (as `list` shows) or their paths."),
        tr("ISSUE-ID|FILE..."));
    const QCommandLineOption paper(u"paper"_s, tr("The newspaper (empty: remove what was set)."),
                                   tr("name"));
    const QCommandLineOption date(u"date"_s, tr("The issue date (empty: remove what was set)."),
                                  u"YYYY-MM-DD"_s);
    const QCommandLineOption edition(
        u"edition"_s, tr("The edition as printed, 第1234期 (empty: remove what was set)."),
        tr("edition"));
    const QCommandLineOption page(
        u"page"_s, tr("The page number of a file of one page (empty: remove what was set)."),
        tr("number"));
    const QCommandLineOption pageName(
        u"page-name"_s, tr("The page's name, 要闻 (empty: remove what was set)."), tr("name"));
    parser.addOptions({libraryOption(), paper, date, edition, page, pageName});
    if (const auto done = processArguments(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments().mid(1);
    MetadataEdit edit;
    if (parser.isSet(paper))
        edit.newspaper = parser.value(paper);
    if (parser.isSet(date)) {
        const QString value = parser.value(date).trimmed();
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !day.isValid()) {
            err(tr("--date takes a day as YYYY-MM-DD, not \"%1\".").arg(value));
            return ExitUsage;
        }
        edit.date = day;
    }
    if (parser.isSet(edition))
        edit.edition = parser.value(edition);
    if (parser.isSet(page))
        edit.pageNumber = parser.value(page);
    if (parser.isSet(pageName))
        edit.pageName = parser.value(pageName);
    if (files.isEmpty() || edit.isEmpty()) {
        err(tr("set-metadata needs at least one of --paper, --date, --edition, --page, "
               "--page-name and at least one issue file.") +
            u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    auto library = openLibrary(parser, Library::Access::ReadWrite);
    if (!library)
        return libraryFailure(library.error());
    QList<qint64> ids;
    for (const QString &file : files) {
        bool isId = false;
        const qint64 id = file.toLongLong(&isId);
        if (isId && !QFileInfo::exists(file)) {
            ids << id;
            continue;
        }
        const auto found = (*library)->issueIdForPath(file);
        if (!found)
            return libraryFailure(found.error());
        if (!*found) {
            err(tr("%1 is not in the library; import it first.").arg(file));
            return ExitFailed;
        }
        ids << **found;
    }
    if (const auto set = (*library)->setUserMetadata(ids, edit); !set)
        return libraryFailure(set.error());
    out(tr("Set the metadata of %n file(s).", nullptr, int(ids.size())));
    return ExitOk;
}

} // namespace Broadsheet::Cli

namespace Broadsheet::Cli {

int timelineCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(
        u"query"_s,
        tr("What to count, as in the app's search box (see `search --help`). The words are "
           "joined with spaces."),
        tr("QUERY..."));
    const QCommandLineOption by(u"by"_s, tr("Count per year, month (the default) or day."),
                                tr("unit"), u"month"_s);
    const QCommandLineOption share(
        u"share"_s, tr("Add a column share: the matching articles' part of all, 0 to 1."));
    const QCommandLineOption paper(
        u"paper"_s, tr("Only this newspaper, named as `list` shows it: matches and all articles."),
        tr("name"));
    const QCommandLineOption exactScript(
        u"exact-script"_s,
        tr("Match script exactly: traditional and simplified characters do not find each "
           "other."));
    parser.addOptions({libraryOption(), by, share, paper, exactScript});
    if (const auto done = processArguments(parser, arguments))
        return *done;

    const QStringList words = parser.positionalArguments().mid(1);
    TimelineRequest request;
    request.text = words.join(u' ');
    if (request.text.trimmed().isEmpty()) {
        err(tr("timeline needs a query.") + u"\n\n"_s + parser.helpText());
        return ExitUsage;
    }
    const QString unit = parser.value(by).trimmed().toLower();
    if (unit == u"year"_s) {
        request.by = TimelineUnit::Year;
    } else if (unit == u"month"_s) {
        request.by = TimelineUnit::Month;
    } else if (unit == u"day"_s) {
        request.by = TimelineUnit::Day;
    } else {
        err(tr("Unknown unit \"%1\"; use year, month or day.").arg(parser.value(by)));
        return ExitUsage;
    }
    request.paper = parser.value(paper);
    request.exactScript = parser.isSet(exactScript);

    auto library = openLibrary(parser, Library::Access::ReadOnly);
    if (!library)
        return libraryFailure(library.error());
    const auto buckets = (*library)->timeline(request);
    if (!buckets) {
        if (buckets.error().code == Error::Code::InvalidInput) {
            err(buckets.error().message);
            return ExitUsage;
        }
        return libraryFailure(buckets.error());
    }
    // CSV: the column names are fixed (not translated), for scripts and spreadsheets.
    const bool withShare = parser.isSet(share);
    QString csv = withShare ? u"period,matches,articles,share\n"_s : u"period,matches,articles\n"_s;
    for (const TimelineBucket &bucket : *buckets) {
        csv += bucket.period + u',' + QString::number(bucket.matches) + u',' +
               QString::number(bucket.articles);
        if (withShare)
            csv += u',' + QString::number(bucket.share(), 'f', 4);
        csv += u'\n';
    }
    outBytes(csv.toUtf8());
    return ExitOk;
}

} // namespace Broadsheet::Cli
