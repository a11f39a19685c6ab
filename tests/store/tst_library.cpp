#include "issuejson.h"
#include "issueparser.h"
#include "library.h"
#include "readonlyfile.h"
#include "searchtokenizer.h"
#include "testlibrary.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <latch>

#include <sys/stat.h>
#include <unistd.h>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The library store on a real SQLite file: round trips, imports, upgrades and
// the files it must refuse and leave untouched.
class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void importIsIdempotent();
    void changedFileReplacesItsIssue();
    void folderImportGoesOnPastBadFiles();
    void removeIssue();
    void readingTheTree();
    void upgradesFromEveryOlderVersion_data();
    void upgradesFromEveryOlderVersion();
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void lockedLibrary();
    void readOnlyAccess();
    void readOnlyFile();
    void readOnlyFolder();
    void rebuildsIndexOfAnotherTokenizer();
    void readOnlyKeepsIndexOfAnotherTokenizer();
    void concurrentCreatorsAndImporters();
    void parallelImportIsTheSequentialImport();
    void parallelImportCanBeCancelled();

private:
    std::unique_ptr<Library> openLibrary(const QString &name = u"library.sqlite"_s);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QByteArray sha256(const QString &path)
{
    return ReadOnlyFile::sha256(path);
}

bool execRaw(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    if (!SearchTokenizer::registerWith(db)) // the search index's tables name it
        return false;
    char *error = nullptr;
    const bool ok =
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        qWarning() << error;
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

} // namespace

void TestLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Library> TestLibrary::openLibrary(const QString &name)
{
    auto library = Library::open(path(name));
    if (!library) {
        qWarning() << library.errorMessage();
        return nullptr;
    }
    return std::move(library).value();
}

void TestLibrary::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : TestData::issuePaths())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestLibrary::roundTrip()
{
    QFETCH(QString, file);
    auto library = openLibrary();
    QVERIFY(library);
    const auto imported = library->importFile(file);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->outcome, ImportResult::Outcome::Imported);

    // Parsed as the library parses it: the bytes and the path, and the file's
    // date where neither gives a date.
    const QString canonical = QFileInfo(file).canonicalFilePath();
    auto parsed = IssueParser::parse(TestData::readAll(file), canonical);
    QVERIFY(parsed.ok());
    if (!parsed->metadata.date)
        parsed->metadata =
            IssueMetadata::detect(*parsed, canonical, QFileInfo(file).lastModified());
    QCOMPARE(parsed->metadata.date->source,
             parsed->date.isValid() ? MetadataSource::Text : MetadataSource::Guess);
    const auto stored = library->loadIssue(imported->issueId);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    const QByteArray expected = QJsonDocument(IssueJson::toJson(*parsed)).toJson();
    const QByteArray actual = QJsonDocument(IssueJson::toJson(*stored)).toJson();
    QCOMPARE(actual, expected);
}

void TestLibrary::importIsIdempotent()
{
    auto library = openLibrary();
    QVERIFY(library);
    const auto first = library->importFile(TestData::seedPath());
    QVERIFY(first.ok());
    QCOMPARE(first->outcome, ImportResult::Outcome::Imported);
    QCOMPARE(first->articleCount, 8);

    // The same bytes under another name are the same issue.
    const QString copy = path(u"copy.txt"_s);
    QVERIFY(QFile::copy(TestData::seedPath(), copy));
    for (const QString &file : {TestData::seedPath(), copy}) {
        const auto again = library->importFile(file);
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, ImportResult::Outcome::AlreadyPresent);
        QCOMPARE(again->issueId, first->issueId);
    }
    QCOMPARE(library->issues()->size(), 1);
    QCOMPARE(TestData::searchCount(*library, u"柴伟"_s), 2);
}

void TestLibrary::changedFileReplacesItsIssue()
{
    const QStringList issues = TestData::issuePaths();
    const QString file = path(u"issue.txt"_s);
    QVERIFY(TestData::writeFile(file, TestData::readAll(TestData::seedPath())));
    auto library = openLibrary();
    QVERIFY(library);
    const auto first = library->importFile(file);
    QVERIFY(first.ok());
    QCOMPARE(TestData::searchCount(*library, u"柴伟"_s), 2);

    // The file changes: its issue is replaced, and nothing of the old one remains.
    QVERIFY(TestData::writeFile(file, TestData::readAll(issues[1])));
    const auto second = library->importFile(file);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second->outcome, ImportResult::Outcome::Replaced);
    QVERIFY(second->issueId != first->issueId);
    QCOMPARE(library->issues()->size(), 1);
    QVERIFY(!library->loadIssue(first->issueId).ok());
    QCOMPARE(TestData::searchCount(*library, u"柴伟"_s), 0);
    QCOMPARE(TestData::searchCount(*library, u"陈雨桐"_s), 2);
    QCOMPARE(library->articles(second->issueId)->size(), 6);
    QVERIFY(library->checkIntegrity().ok());
}

void TestLibrary::folderImportGoesOnPastBadFiles()
{
    const QString folder = path(u"issues"_s);
    const QStringList issues = TestData::issuePaths();
    QVERIFY(TestData::writeFile(folder + u"/a.txt"_s, TestData::readAll(issues[0])));
    QVERIFY(TestData::writeFile(folder + u"/2019/02/b.txt"_s, TestData::readAll(issues[1])));
    QVERIFY(TestData::writeFile(folder + u"/picture.txt"_s,
                                QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    QVERIFY(TestData::writeFile(folder + u"/empty.txt"_s, QByteArray()));
    QVERIFY(TestData::writeFile(folder + u"/notes.md"_s, QByteArray("# not an issue")));

    auto library = openLibrary();
    QVERIFY(library);
    QList<int> progress;
    ImportListener listener;
    listener.progress = [&](int done, int, const QString &) { progress << done; };
    int imported = 0;
    listener.imported = [&](const ImportResult &) { ++imported; };
    const ImportReport report = library->importPaths({folder, path(u"missing.txt"_s)}, listener);
    QCOMPARE(imported, 2);
    QCOMPARE(report.results.size(), 2);
    QCOMPARE(report.failures.size(), 3);
    QStringList reasons;
    for (const ImportFailure &failure : report.failures)
        reasons << failure.reason;
    const QString all = reasons.join(u'\n');
    QVERIFY2(all.contains(u"missing.txt: no such file"_s), qPrintable(all));
    QVERIFY2(all.contains(u"picture.txt"_s) && all.contains(u"PNG"_s), qPrintable(all));
    QVERIFY2(all.contains(u"empty.txt"_s) && all.contains(u"no articles"_s), qPrintable(all));
    QCOMPARE(progress.last(), 4);
    QCOMPARE(library->issues()->size(), 2);
}

void TestLibrary::removeIssue()
{
    auto library = openLibrary();
    QVERIFY(library);
    const auto seed = library->importFile(TestData::seedPath());
    const auto other = library->importFile(TestData::issuePaths()[1]);
    QVERIFY(seed.ok() && other.ok());
    QVERIFY(library->removeIssue(seed->issueId).ok());
    QCOMPARE(library->issues()->size(), 1);
    QCOMPARE(TestData::searchCount(*library, u"柴伟"_s), 0);
    QCOMPARE(TestData::searchCount(*library, u"陈雨桐"_s), 2);
    QVERIFY(library->checkIntegrity().ok());
    // Importing it again works as the first time.
    const auto again = library->importFile(TestData::seedPath());
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, ImportResult::Outcome::Imported);
}

void TestLibrary::readingTheTree()
{
    auto library = openLibrary();
    QVERIFY(library);
    const auto imported = library->importFile(TestData::seedPath());
    QVERIFY(imported.ok());
    const auto sections = library->sections(imported->issueId);
    QVERIFY(sections.ok());
    QCOMPARE(sections->size(), 2);
    QCOMPARE(sections->at(0).articleCount, 5);
    QCOMPARE(sections->at(1).title, u"“抓环境 抓项目 抓落实”项目建设年"_s);

    const auto entries = library->sectionEntries(sections->at(1).id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1); // one group holding the three vox pops
    QVERIFY(entries->first().group.has_value());
    QCOMPARE(entries->first().group->title, u"全市各界干部群众热议“三抓”项目建设年"_s);
    QCOMPARE(entries->first().group->articles.size(), 3);
    QCOMPARE(entries->first().group->articles[1].authors, QStringList{u"于芯"_s});

    const auto article = library->article(entries->first().group->articles[0].id);
    QVERIFY(article.ok());
    QCOMPARE(article->article.title->text, u"开好局 起好步 实现开门红"_s);
    QCOMPARE(article->sectionTitle, sections->at(1).title);
    QCOMPARE(article->encoding, u"UTF-8"_s);
}

void TestLibrary::upgradesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("no file (version 0)") << -1;
    QTest::newRow("empty file (version 0)") << 0;
    for (int version = 1; version < Library::kSchemaVersion; ++version)
        QTest::newRow(qPrintable(u"version %1"_s.arg(version))) << version;
}

void TestLibrary::upgradesFromEveryOlderVersion()
{
    QFETCH(int, version);
    const QString file = path(u"old.sqlite"_s);
    if (version == 0)
        QVERIFY(TestData::writeFile(file, QByteArray()));
    // A library as that version left it, with one article in it.
    QString sql;
    for (int step = 1; step <= version; ++step) {
        QDir dir(QStringLiteral(BROADSHEET_SOURCE_DIR "/resources/sql"));
        const QStringList scripts =
            dir.entryList({u"%1-*.sql"_s.arg(step, 3, 10, QLatin1Char('0'))});
        QCOMPARE(scripts.size(), 1);
        sql += QString::fromUtf8(TestData::readAll(dir.filePath(scripts.first())));
    }
    if (version >= 1) {
        sql +=
            u"INSERT INTO issues (id, source_path, sha256, encoding, bom, title, paper, issue_date, "
            "masthead_line, line_count, byte_count, imported_at) VALUES (1, '/old/issue.txt', "
            "'abc', 'UTF-8', 0, '旧刊', NULL, NULL, NULL, 3, 100, '2020-01-01T00:00:00.000Z');"
            "INSERT INTO sections VALUES (1, 1, 0, '', NULL);"
            "INSERT INTO articles (id, issue_id, section_id, number, position, kind, title, title_lines)"
            " VALUES (1, 1, 1, 1, 0, 'news', '旧标题', '1');"
            "INSERT INTO paragraphs VALUES (1, 0, '升级之前写下的文章正文。', '3');"_s;
        if (version >= 6) // from format 6 on, Broadsheet keeps each article's first line
            sql += u"UPDATE articles SET first_line = 1;"_s;
        if (version >= 2) // from format 2 on, Broadsheet indexes what it writes
            sql += u"INSERT INTO article_search (rowid, head, body) "
                   "VALUES (1, '旧标题', '升级之前写下的文章正文。');"_s;
        sql += u"PRAGMA application_id = %1; PRAGMA user_version = %2;"_s.arg(
            QString::number(Library::kApplicationId), QString::number(version));
        QVERIFY(execRaw(file, sql));

        // Read-only, it is read as it is, or refused when that cannot be done.
        auto reader = Library::open(
            file, Library::Options{.access = Library::Access::ReadOnly, .busyTimeoutMs = 200});
        if (version >= Library::kOldestReadableVersion) {
            QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
            QCOMPARE((*reader)->schemaVersion(), version);
            QCOMPARE(TestData::searchCount(**reader, u"升级之前"_s), 1);
        } else {
            QVERIFY(!reader.ok());
            QVERIFY(reader.errorMessage().contains(u"upgrade"_s));
        }
    }

    auto library = Library::open(file);
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    QCOMPARE((*library)->schemaVersion(), Library::kSchemaVersion);
    if (version >= 1) {
        QCOMPARE((*library)->issues()->size(), 1);
        QCOMPARE(TestData::searchCount(**library, u"升级之前"_s), 1); // the search index was built
    }
    if (version >= 1) {
        // The upgrade to format 6 found the old article's first line (its title's):
        // the desk can name it.
        QVERIFY((*library)->addTags({1}, {u"旧"_s}).ok());
        QCOMPARE(TestData::searchCount(**library, u"tag:旧"_s), 1);
        QVERIFY((*library)->exportDesk({})->contains("\"first_line\": 1"));
        // Format 7: no corrections or doubts, and the parser was sure of the article.
        QCOMPARE((*library)->issue(1)->correctionCount, 0);
        QVERIFY((*library)->doubts(1)->isEmpty());
        QCOMPARE((*library)->articles(1)->first().confidence, 1.0);
    }
    QVERIFY((*library)->importFile(TestData::seedPath()).ok());
    QCOMPARE(TestData::searchCount(**library, u"柴伟"_s), 2);
    QVERIFY((*library)->checkIntegrity().ok());
}

void TestLibrary::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("random bytes") << u"random"_s << int(Error::Code::Library) << u"damaged"_s;
    QTest::newRow("text file") << u"text"_s << int(Error::Code::Library) << u"damaged"_s;
    QTest::newRow("another program's database")
        << u"foreign"_s << int(Error::Code::Library) << u"not a Broadsheet library"_s;
    QTest::newRow("newer library")
        << u"newer"_s << int(Error::Code::NewerLibrary) << u"newer version"_s;
    QTest::newRow("a folder") << u"folder"_s << int(Error::Code::Library) << u"folder"_s;
}

void TestLibrary::refusesAndLeavesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, words);
    const QString file = path(u"library.sqlite"_s);
    if (kind == u"random"_s) {
        QByteArray noise;
        for (int i = 0; i < 8192; ++i)
            noise.append(char((i * 131 + 7) % 256));
        QVERIFY(TestData::writeFile(file, noise));
    } else if (kind == u"text"_s) {
        QVERIFY(TestData::writeFile(file, TestData::readAll(TestData::seedPath())));
    } else if (kind == u"foreign"_s) {
        QVERIFY(execRaw(
            file, u"CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');"_s));
    } else if (kind == u"newer"_s) {
        QVERIFY(openLibrary());
        QVERIFY(execRaw(file, u"PRAGMA user_version = 99;"_s));
    } else {
        QVERIFY(QDir().mkpath(file));
    }
    const QByteArray before = sha256(file);

    for (auto access : {Library::Access::ReadWrite, Library::Access::ReadOnly}) {
        const auto library =
            Library::open(file, Library::Options{.access = access, .busyTimeoutMs = 500});
        QVERIFY(!library.ok());
        QCOMPARE(int(library.error().code), code);
        QVERIFY2(library.errorMessage().contains(file), qPrintable(library.errorMessage()));
        QVERIFY2(library.errorMessage().contains(words), qPrintable(library.errorMessage()));
    }
    QCOMPARE(sha256(file), before);
    QVERIFY(!QFileInfo::exists(file + u"-wal"_s) || QFileInfo(file + u"-wal"_s).size() == 0);
}

void TestLibrary::lockedLibrary()
{
    {
        auto library = openLibrary();
        QVERIFY(library);
        QVERIFY(library->importFile(TestData::seedPath()).ok());
    }
    // Another program holds the write lock.
    QProcess holder;
    holder.start(QStringLiteral(BROADSHEET_HOLDLOCK), {path(u"library.sqlite"_s)});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    auto library =
        Library::open(path(u"library.sqlite"_s),
                      Library::Options{.access = Library::Access::ReadWrite, .busyTimeoutMs = 200});
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    const auto imported = (*library)->importFile(TestData::issuePaths()[1]);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Error::Code::LibraryLocked);
    QVERIFY(imported.errorMessage().contains(path(u"library.sqlite"_s)));
    QVERIFY(imported.errorMessage().contains(u"in use by another program"_s));
    // Reading goes on while another program writes.
    QCOMPARE(TestData::searchCount(**library, u"柴伟"_s), 2);

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY((*library)->importFile(TestData::issuePaths()[1]).ok());
}

void TestLibrary::readOnlyAccess()
{
    {
        auto library = openLibrary();
        QVERIFY(library);
        QVERIFY(library->importFile(TestData::seedPath()).ok());
    }
    const QByteArray before = sha256(path(u"library.sqlite"_s));
    auto library =
        Library::open(path(u"library.sqlite"_s),
                      Library::Options{.access = Library::Access::ReadOnly, .busyTimeoutMs = 200});
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    QVERIFY((*library)->isReadOnly());
    QCOMPARE(TestData::searchCount(**library, u"柴伟"_s), 2);
    const auto imported = (*library)->importFile(TestData::issuePaths()[1]);
    QVERIFY(!imported.ok());
    QVERIFY(imported.errorMessage().contains(u"read-only"_s));
    QCOMPARE(imported.error().code, Error::Code::LibraryReadOnly);
    library = Error{};
    QCOMPARE(sha256(path(u"library.sqlite"_s)), before);

    const auto missing =
        Library::open(path(u"none.sqlite"_s),
                      Library::Options{.access = Library::Access::ReadOnly, .busyTimeoutMs = 200});
    QVERIFY(!missing.ok());
    QVERIFY(!QFileInfo::exists(path(u"none.sqlite"_s)));
}

void TestLibrary::readOnlyFile()
{
    const QString file = path(u"library.sqlite"_s);
    {
        auto library = openLibrary();
        QVERIFY(library);
        QVERIFY(library->importFile(TestData::seedPath()).ok());
    }
    const ReadOnlyFile readOnly(file);
    if (!readOnly.isReadOnly())
        BROADSHEET_SKIP(
            "running as root on a file system without chattr +i: cannot make a file read-only");
    const QByteArray before = sha256(file);
    const auto library = Library::open(
        file, Library::Options{.access = Library::Access::ReadWrite, .busyTimeoutMs = 200});
    const bool refused = !library.ok();
    const QString message = library.errorMessage();
    const Error::Code code = library.error().code;
    QVERIFY(refused);
    QVERIFY2(message.contains(file) && message.contains(u"read-only"_s), qPrintable(message));
    QCOMPARE(code, Error::Code::LibraryReadOnly); // the GUI then opens it read-only
    QCOMPARE(sha256(file), before);
}

QTEST_GUILESS_MAIN(TestLibrary)
void TestLibrary::readOnlyFolder()
{
    // A library as a reading room shares it: in a folder its users may not write.
    const QString folder = path(u"shared"_s);
    const QString file = folder + u"/library.sqlite"_s;
    {
        auto library = Library::open(file);
        QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
        QVERIFY((*library)->importFile(TestData::seedPath()).ok());
    }
    // Closed cleanly: SQLite removed its -wal and -shm files.
    QVERIFY(!QFileInfo::exists(file + u"-shm"_s));
    const ReadOnlyFolder readOnly(folder);
    if (!readOnly.isReadOnly())
        BROADSHEET_SKIP("running as root on a file system without chattr +i");
    const QByteArray before = sha256(file);

    const auto writer = Library::open(file);
    QVERIFY(!writer.ok());
    QCOMPARE(writer.error().code, Error::Code::LibraryReadOnly);

    auto reader = Library::open(
        file, Library::Options{.access = Library::Access::ReadOnly, .busyTimeoutMs = 200});
    QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    const auto issues = (*reader)->issues();
    QVERIFY2(issues.ok(), qPrintable(issues.errorMessage()));
    QCOMPARE(issues->size(), 1);
    QCOMPARE(TestData::searchCount(**reader, u"柴伟"_s), 2);
    const auto articles = (*reader)->articles(issues->first().id);
    QVERIFY(articles.ok());
    QVERIFY((*reader)->article(articles->first().id).ok());
    QVERIFY((*reader)->importFile(TestData::issuePaths()[1]).error().code ==
            Error::Code::LibraryReadOnly);
    reader = Error{};
    QCOMPARE(sha256(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"library.sqlite"_s});
}

namespace {

bool setTokenizerVersion(const QString &file, const QString &version)
{
    return execRaw(file, u"INSERT OR REPLACE INTO library_settings (name, value) "
                         "VALUES ('tokenizer_version', '%1');"_s.arg(version));
}

} // namespace

void TestLibrary::rebuildsIndexOfAnotherTokenizer()
{
    const QString file = path(u"library.sqlite"_s);
    {
        auto library = openLibrary();
        QVERIFY(library);
        QVERIFY(library->importFile(TestData::seedPath()).ok());
        QVERIFY(library->importFile(TestData::issuePaths()[1]).ok());
    }
    // As if an older Broadsheet (another folding, another Unicode table) had made
    // the index: here, an index that has lost its entries.
    QVERIFY(setTokenizerVersion(file, u"0/unicode-0"_s));
    QVERIFY(execRaw(file, u"INSERT INTO article_search (article_search) VALUES ('delete-all');"_s));
    {
        auto stale = Library::open(
            file, Library::Options{.access = Library::Access::ReadOnly, .busyTimeoutMs = 200});
        QVERIFY(stale.ok());
        QCOMPARE(TestData::searchCount(**stale, u"柴伟"_s), 0); // what the rebuild must repair
    }

    QList<std::pair<int, int>> progress;
    Library::Options options;
    options.indexProgress = [&](int done, int total) { progress << std::pair(done, total); };
    auto library = Library::open(file, options);
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    QVERIFY((*library)->isSearchIndexCurrent());
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.last().first == progress.last().second && progress.last().second > 8);
    QCOMPARE(TestData::searchCount(**library, u"柴伟"_s), 2);
    QVERIFY((*library)->checkIntegrity().ok());
    // Removing an issue takes exactly the tokens its import made.
    const auto issues = (*library)->issues();
    QVERIFY(issues.ok());
    for (const IssueRecord &issue : *issues)
        QVERIFY((*library)->removeIssue(issue.id).ok());
    QVERIFY((*library)->checkIntegrity().ok());
    QCOMPARE(TestData::searchCount(**library, u"的"_s), 0);
    library = Error{};

    // Once rebuilt, opening again does no work.
    progress.clear();
    QVERIFY(Library::open(file, options).ok());
    QVERIFY(progress.isEmpty());
}

void TestLibrary::readOnlyKeepsIndexOfAnotherTokenizer()
{
    const QString file = path(u"library.sqlite"_s);
    {
        auto library = openLibrary();
        QVERIFY(library);
        QVERIFY(library->isSearchIndexCurrent());
        QVERIFY(library->importFile(TestData::seedPath()).ok());
    }
    QVERIFY(setTokenizerVersion(file, u"0/unicode-0"_s));
    const QByteArray before = sha256(file);
    auto reader = Library::open(
        file, Library::Options{.access = Library::Access::ReadOnly, .busyTimeoutMs = 200});
    QVERIFY(reader.ok());
    QVERIFY(!(*reader)->isSearchIndexCurrent()); // said, not hidden
    QCOMPARE(TestData::searchCount(**reader, u"柴伟"_s), 2);
    reader = Error{};
    QCOMPARE(sha256(file), before);
}

void TestLibrary::concurrentCreatorsAndImporters()
{
    // Two connections (as two processes would) create the same new library and
    // import the same files at the same moment: each succeeds, and each file is
    // in the library once.
    const QStringList files = TestData::issuePaths().mid(0, 3);
    for (int round = 0; round < 6; ++round) {
        const QString file = path(u"race-%1.sqlite"_s.arg(QString::number(round)));
        std::latch start(2);
        QStringList errors[2];
        int imported[2] = {0, 0};
        int present[2] = {0, 0};
        auto work = [&](int who) {
            start.arrive_and_wait();
            auto library = Library::open(file, Library::Options{.busyTimeoutMs = 20000});
            if (!library) {
                errors[who] << library.errorMessage();
                return;
            }
            for (const QString &issue : files) {
                const auto result = (*library)->importFile(issue);
                if (!result)
                    errors[who] << result.errorMessage();
                else if (result->outcome == ImportResult::Outcome::Imported)
                    ++imported[who];
                else if (result->outcome == ImportResult::Outcome::AlreadyPresent)
                    ++present[who];
            }
        };
        std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(work, 0)),
                                               std::unique_ptr<QThread>(QThread::create(work, 1))};
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(120000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(u'\n')));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(u'\n')));
        QCOMPARE(imported[0] + imported[1], files.size());
        QCOMPARE(present[0] + present[1], files.size());
        auto library = Library::open(file);
        QVERIFY(library.ok());
        QCOMPARE((*library)->issues()->size(), files.size());
        QCOMPARE((*library)->schemaVersion(), Library::kSchemaVersion);
        QVERIFY((*library)->checkIntegrity().ok());
    }
}

namespace {

// Every issue file of the repository several times over, each copy its own
// bytes; a copy of one of them, a picture and an empty file among them.
QString writeManyIssues(const QString &folder, int copies)
{
    const QStringList issues = TestData::issuePaths();
    for (int c = 0; c < copies; ++c) {
        for (int i = 0; i < issues.size(); ++i) {
            const QString name = u"%1/%2/issue-%3.txt"_s.arg(folder, QString::number(c % 3),
                                                             QString::number(c * 100 + i));
            if (!TestData::writeFile(name, TestData::readAll(issues[i]) + "\n\n编号" +
                                               QByteArray::number(c) + "\n"))
                return {};
        }
    }
    if (!TestData::writeFile(folder + u"/1/copy.txt"_s,
                             TestData::readAll(folder + u"/0/issue-0.txt"_s)) ||
        !TestData::writeFile(folder + u"/1/picture.txt"_s,
                             QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) ||
        !TestData::writeFile(folder + u"/2/empty.txt"_s, QByteArray()))
        return {};
    return folder;
}

// What an import told, in the order it told it, and what it reported.
QStringList importLog(Library &library, const QStringList &paths)
{
    QStringList log;
    ImportListener listener;
    listener.progress = [&](int done, int total, const QString &file) {
        log << u"progress %1/%2 %3"_s.arg(QString::number(done), QString::number(total), file);
    };
    listener.imported = [&](const ImportResult &r) {
        log << u"imported %1 %2 %3 %4 %5"_s.arg(QString::number(int(r.outcome)), r.path,
                                                QString::number(r.issueId), r.title,
                                                QString::number(r.articleCount));
    };
    listener.failed = [&](const ImportFailure &f) {
        log << u"failed %1 %2 %3"_s.arg(f.path, f.reason, QString::number(int(f.code)));
    };
    const ImportReport report = library.importPaths(paths, listener);
    log << u"report %1 results, %2 failures, cancelled %3"_s.arg(
        QString::number(report.results.size()), QString::number(report.failures.size()),
        QString::number(report.cancelled));
    return log;
}

// The library's whole content, as text: issues, and each one as parsed JSON.
QStringList libraryContent(Library &library)
{
    QStringList content;
    const auto issues = library.issues();
    if (!issues)
        return {issues.errorMessage()};
    for (const IssueRecord &issue : *issues) {
        content << u"%1 %2 %3 %4 %5"_s.arg(QString::number(issue.id), issue.sourcePath,
                                           issue.sha256, issue.title,
                                           QString::number(issue.articleCount));
        const auto loaded = library.loadIssue(issue.id);
        content << (loaded ? QString::fromUtf8(QJsonDocument(IssueJson::toJson(*loaded)).toJson())
                           : loaded.errorMessage());
    }
    for (const QString &term : {u"柴伟"_s, u"陈雨桐"_s, u"编号3"_s, u"的"_s})
        content << term + u' ' + QString::number(TestData::searchCount(library, term));
    return content;
}

} // namespace

void TestLibrary::parallelImportIsTheSequentialImport()
{
    // Files read and parsed on other threads while one writes give the library,
    // the reports and the order of the sequential import, bad files included.
    const QString folder = writeManyIssues(path(u"issues"_s), 6);
    QVERIFY(!folder.isEmpty());
    const QStringList paths{folder, path(u"missing.txt"_s)};
    auto sequential = Library::open(path(u"sequential.sqlite"_s), {.importParsers = 0});
    auto parallel = Library::open(path(u"parallel.sqlite"_s), {.importParsers = 3});
    QVERIFY(sequential.ok() && parallel.ok());

    const QStringList log = importLog(**sequential, paths);
    QCOMPARE(importLog(**parallel, paths), log);
    QVERIFY2(log.last().contains(u"failures"_s), qPrintable(log.join(u'\n')));
    QCOMPARE(log.filter(u"failed "_s).size(), 3); // missing, picture, empty
    QVERIFY(log.filter(u"failed "_s).join(u'\n').contains(u"PNG"_s));
    QCOMPARE(log.filter(u"imported 1 "_s).size(), 1); // the copy: already present
    QCOMPARE(libraryContent(**parallel), libraryContent(**sequential));

    // Again, with a few files changed: the rest are already there, those replace
    // their issues.
    for (const QString &name : {u"/0/issue-3.txt"_s, u"/1/issue-101.txt"_s, u"/2/issue-502.txt"_s})
        QVERIFY(TestData::writeFile(folder + name, TestData::readAll(TestData::seedPath()) +
                                                       "\n\n改过 " + name.toUtf8() + '\n'));
    const QStringList again = importLog(**sequential, paths);
    QCOMPARE(importLog(**parallel, paths), again);
    QCOMPARE(again.filter(u"imported 2 "_s).size(), 3);
    QCOMPARE(libraryContent(**parallel), libraryContent(**sequential));
    QVERIFY((*parallel)->checkIntegrity().ok());
}

void TestLibrary::parallelImportCanBeCancelled()
{
    const QString folder = writeManyIssues(path(u"issues"_s), 4);
    QVERIFY(!folder.isEmpty());
    auto library = Library::open(path(u"library.sqlite"_s), {.importParsers = 2});
    QVERIFY(library.ok());
    std::atomic_bool cancel{false};
    ImportListener listener;
    int imported = 0;
    listener.imported = [&](const ImportResult &) {
        if (++imported == 5)
            cancel = true;
    };
    listener.cancel = &cancel;
    const ImportReport stopped = (*library)->importPaths({folder}, listener);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.results.size(), 5);
    QCOMPARE((*library)->issues()->size(), 5);

    // Importing again completes the work.
    const ImportReport report = (*library)->importPaths({folder});
    QVERIFY(!report.cancelled);
    int present = 0;
    for (const ImportResult &result : report.results)
        present += result.outcome == ImportResult::Outcome::AlreadyPresent ? 1 : 0;
    QCOMPARE(present, 6); // the five, and the copy of the first
    QCOMPARE((*library)->issues()->size(), report.results.size() - 1);
    QVERIFY((*library)->checkIntegrity().ok());
}

#include "tst_library.moc"
