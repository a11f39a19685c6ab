#include "library.h"

#include "issueparser.h"
#include "logging.h"
#include "searchtokenizer.h"
#include "storedcorrections.h"
#include "storedmetadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace Broadsheet {

namespace {

Error readOnlyError(const QString &path)
{
    return Error{
        Error::Code::LibraryReadOnly,
        Library::tr("The library %1 is read-only: it can be read but not changed.").arg(path)};
}

QString newConnectionName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("broadsheet-library-%1").arg(++counter);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// The schema's upgrade steps, in order: resources/sql/NNN-*.sql.
// See Library::open: reading a WAL library in a folder nobody may write.
bool needsImmutableAccess(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    return !folder.isWritable() && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

QString upgradeScript(int version)
{
    const QDir dir(QStringLiteral(":/broadsheet/sql"));
    const QStringList names =
        dir.entryList({QStringLiteral("%1-*.sql").arg(version, 3, 10, QLatin1Char('0'))});
    if (names.size() != 1)
        return {};
    QFile file(dir.filePath(names.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Statements end with a semicolon at the end of a line; comment lines are skipped.
// A trigger's statements do too: CREATE TRIGGER ends with a line "END;".
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--")))
            continue;
        current += line + u'\n';
        const bool trigger =
            current.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (trigger ? trimmed.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                    : trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/library.sqlite");
}

Library::Library(QSqlDatabase database, QString path, Options options)
    : m_db(std::move(database))
    , m_path(std::move(path))
    , m_connectionName(m_db.connectionName())
    , m_options(options)
{}

void Library::interrupt()
{
    if (sqlite3 *handle = m_handle.load())
        sqlite3_interrupt(handle);
}

Library::~Library()
{
    m_handle = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, Options options)
{
    const QFileInfo info(path);
    const bool readOnly = options.access == Access::ReadOnly;
    if (info.exists() && info.isDir())
        return Error{Error::Code::Library,
                     Library::tr("%1 is a folder, not a library file.").arg(path)};
    if (info.exists() && !info.isReadable())
        return Error{Error::Code::Library,
                     Library::tr("The library %1 cannot be read (permission denied).").arg(path)};
    if (!info.exists()) {
        if (readOnly)
            return Error{Error::Code::NotFound,
                         Library::tr("There is no library at %1.").arg(path)};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{Error::Code::Io,
                         Library::tr("The folder for the library %1 cannot be created.").arg(path)};
    } else if (!readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        return readOnlyError(path);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
    db.setDatabaseName(path);
    QString connectOptions =
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(QString::number(options.busyTimeoutMs));
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (readOnly && needsImmutableAccess(path)) {
        // A WAL library is read through its shared-memory file (-shm), which a
        // reader creates beside it. Where the folder may not be written and no
        // writer has left that file, nobody can be writing the library: read it
        // as the immutable file it is, without the shared memory.
        db.setDatabaseName(
            QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(connectOptions);
    std::unique_ptr<Library> library(new Library(db, path, options));
    db = QSqlDatabase();
    if (!library->m_db.open())
        return library->sqlError(library->m_db.lastError(), Library::tr("open the library"));
    sqlite3 *handle = handleOf(library->m_db);
    if (!handle)
        return Error{Error::Code::Library,
                     Library::tr("The SQLite driver of Qt is not available.")};
    // The handle comes from Qt's driver and goes to the SQLite Broadsheet links
    // (for the search tokenizer): both must be the same library.
    if (const QString driverVersion = library->sqliteVersion();
        driverVersion != QLatin1StringView(sqlite3_libversion()))
        return Error{Error::Code::Library,
                     Library::tr("Qt's SQLite driver uses SQLite %1, but Broadsheet was built "
                                 "with SQLite %2; the library cannot be searched. Install "
                                 "Broadsheet built for this system.")
                         .arg(driverVersion, QLatin1StringView(sqlite3_libversion()))};
    if (auto registered = SearchTokenizer::registerWith(handle); !registered)
        return registered.error();
    library->m_handle = handle;
    if (auto prepared = library->prepareSchema(); !prepared)
        return prepared.error();
    // Settled now (a read-write library was upgraded above): the many reads that
    // ask which format's columns exist need not each ask SQLite again.
    library->m_openedVersion = library->schemaVersion();
    qCDebug(lcStore) << "opened" << path << (readOnly ? "read-only" : "read-write");
    return library;
}

Error Library::sqlError(const QSqlError &error, const QString &what) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    qCDebug(lcStore) << "could not" << what << "in" << m_path << ":" << error.text();
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{
            Error::Code::LibraryLocked,
            Library::tr("The library %1 is in use by another program; try again when it is done.")
                .arg(m_path)};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error{
            Error::Code::Library,
            Library::tr("%1 is not a Broadsheet library, or it is damaged. It was left untouched.")
                .arg(m_path)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return readOnlyError(m_path);
    case SQLITE_FULL:
        return Error{Error::Code::Io,
                     Library::tr("The disk holding the library %1 is full.").arg(m_path)};
    case SQLITE_INTERRUPT:
        return Error{Error::Code::Cancelled, Library::tr("The search was stopped.")};
    case SQLITE_CANTOPEN:
        return Error{Error::Code::Library,
                     Library::tr("The library %1 cannot be opened.").arg(m_path)};
    default:
        return Error{
            Error::Code::Library,
            Library::tr("The library %1 could not %2: %3").arg(m_path, what, error.databaseText())};
    }
}

Error Library::sqlError(const QSqlQuery &query, const QString &what) const
{
    return sqlError(query.lastError(), what);
}

QString Library::sqliteVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return {};
}

Status Library::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(query, Library::tr("run %1").arg(sql.left(60)));
    return success();
}

Status Library::begin()
{
    // IMMEDIATE: take the write lock now, not halfway through the work.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Status Library::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Library::rollback()
{
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

int Library::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Library::prepareSchema()
{
    // One statement, one snapshot: another process creating the library must not
    // be seen halfway (its tables without its version).
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                   "(SELECT application_id FROM pragma_application_id), "
                                   "(SELECT count(*) FROM sqlite_master)")) ||
        !query.next())
        return sqlError(query, Library::tr("read its version"));
    const int version = query.value(0).toInt();
    const int applicationId = query.value(1).toInt();
    const int objects = query.value(2).toInt();
    query.finish();

    const bool foreign = version == 0 ? objects > 0 : applicationId != kApplicationId;
    if (foreign)
        return Error{
            Error::Code::Library,
            Library::tr("%1 is a database, but not a Broadsheet library. It was left untouched.")
                .arg(m_path)};
    if (version > kSchemaVersion)
        return Error{
            Error::Code::NewerLibrary,
            Library::tr("The library %1 was written by a newer version of Broadsheet (library "
                        "format %2; this version reads up to %3). It was left untouched.")
                .arg(m_path, QString::number(version), QString::number(kSchemaVersion))};
    if (auto s = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (isReadOnly()) {
        if (version < kOldestReadableVersion)
            return Error{
                Error::Code::Library,
                Library::tr("The library %1 is in library format %2 and needs an upgrade to "
                            "format %3, which cannot be done read-only: open it once with write "
                            "access (in Broadsheet, or with broadsheet-cli import).")
                    .arg(m_path, QString::number(version), QString::number(kSchemaVersion))};
        const auto made = tokenizerVersion();
        if (!made)
            return made.error();
        m_searchIndexCurrent = *made == SearchTokenizer::version();
        if (!m_searchIndexCurrent)
            qCWarning(lcStore) << "the search index of" << m_path << "was made by tokenizer"
                               << *made << "; read-only, so it is not rebuilt";
        return success();
    }
    if (auto s = useWriteAheadLog(); !s)
        return s;
    if (auto s = exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return s;
    for (int step = version + 1; step <= kSchemaVersion; ++step) {
        if (auto s = upgradeTo(step); !s)
            return s;
    }
    return prepareSearchIndex();
}

// Switching a new library to WAL needs it to itself for a moment, and SQLite
// does not wait for that as it waits for other locks: when another process is
// creating the same library, it is tried again until the busy timeout.
Status Library::useWriteAheadLog()
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next() &&
            query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0)
            return success();
        Error error = sqlError(query, Library::tr("use its write-ahead log"));
        if (error.code != Error::Code::LibraryLocked && query.lastError().isValid())
            return error;
        if (waited.elapsed() >= m_options.busyTimeoutMs)
            return error;
        query.finish();
        QThread::msleep(10);
    }
}

Result<QString> Library::tokenizerVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                   "AND name = 'library_settings'")) ||
        !query.next())
        return sqlError(query, Library::tr("read its settings"));
    if (query.value(0).toInt() == 0)
        return QString(); // before format 4: made by an unknown tokenizer
    if (!query.exec(
            QStringLiteral("SELECT value FROM library_settings WHERE name = 'tokenizer_version'")))
        return sqlError(query, Library::tr("read its settings"));
    return query.next() ? query.value(0).toString() : QString();
}

// The index must have been made by this tokenizer: a contentless index removes
// an article by tokenizing its text again, and other tokens would corrupt it.
Status Library::prepareSearchIndex()
{
    const QString current = SearchTokenizer::version();
    const auto before = tokenizerVersion();
    if (!before)
        return before.error();
    if (*before == current)
        return success();
    if (auto s = begin(); !s)
        return s;
    // Another process may have rebuilt it while this one waited for the lock.
    const auto made = tokenizerVersion();
    if (!made || *made == current) {
        rollback();
        return made ? success() : Status(made.error());
    }
    qCInfo(lcStore) << "rebuilding the search index of" << m_path << "made by tokenizer"
                    << (made->isEmpty() ? QStringLiteral("(unknown)") : *made) << "for" << current;
    QSqlQuery setting(m_db);
    setting.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO library_settings (name, value) VALUES ('tokenizer_version', ?)"));
    setting.addBindValue(current);
    // 'delete-all' empties a contentless index without tokenizing anything.
    if (auto s = exec(
            QStringLiteral("INSERT INTO article_search (article_search) VALUES ('delete-all')"));
        !s) {
        rollback();
        return s;
    }
    if (auto s = rebuildSearchIndex(m_options.indexProgress); !s) {
        rollback();
        return s;
    }
    if (!setting.exec()) {
        const Error error = sqlError(setting, Library::tr("rebuild its search index"));
        rollback();
        return error;
    }
    return commit();
}

Status Library::upgradeTo(int version)
{
    const QString script = upgradeScript(version);
    if (script.isEmpty())
        return Error{Error::Code::Library,
                     Library::tr("The upgrade to library format %1 is missing.").arg(version)};
    qCDebug(lcStore) << "upgrading" << m_path << "to format" << version;
    if (auto s = begin(); !s)
        return s;
    // Another process creating or upgrading the same library may have taken this
    // step while this one waited for the write lock.
    if (schemaVersion() >= version)
        return commit();
    for (const QString &statement : statementsOf(script)) {
        if (auto s = exec(statement); !s) {
            rollback();
            return s;
        }
    }
    // Steps that are work for the application rather than SQL.
    if (version == 2) {
        if (auto s = rebuildSearchIndex(); !s) {
            rollback();
            return s;
        }
    }
    if (version == 5) {
        if (auto s = backfillArchive(); !s) {
            rollback();
            return s;
        }
    }
    if (version == 6) {
        if (auto s = backfillFirstLines(); !s) {
            rollback();
            return s;
        }
    }
    if (auto s =
            exec(QStringLiteral("PRAGMA application_id = %1").arg(QString::number(kApplicationId)));
        !s) {
        rollback();
        return s;
    }
    if (auto s = exec(QStringLiteral("PRAGMA user_version = %1").arg(QString::number(version)));
        !s) {
        rollback();
        return s;
    }
    return commit();
}

Status Library::rebuildSearchIndex(const std::function<void(int, int)> &progress)
{
    QSqlQuery ids(m_db);
    if (!ids.exec(QStringLiteral("SELECT id FROM articles ORDER BY id")))
        return sqlError(ids, Library::tr("index its articles"));
    QList<qint64> articleIds;
    while (ids.next())
        articleIds << ids.value(0).toLongLong();
    ids.finish();
    const int total = int(articleIds.size());
    for (qsizetype from = 0; from < articleIds.size(); from += 500) {
        if (progress && total > 0)
            progress(int(from), total);
        auto articles = readArticles(articleIds.mid(from, 500), false);
        if (!articles)
            return articles.error();
        for (const StoredArticle &stored : std::as_const(*articles)) {
            if (auto s = indexArticle(stored.record.id, stored.article, stored.parserTitle, false);
                !s)
                return s;
        }
    }
    if (progress && total > 0)
        progress(total, total);
    return success();
}

// --- Import -----------------------------------------------------------------

QStringList Library::issueFilesIn(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.txt"), QStringLiteral("*.pdf")}, QDir::Files,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            found << it.next();
        found.sort();
        files << found;
    }
    return files;
}

// A file on its way into the library: read, hashed and parsed with no
// connection, so that other threads can do it while one connection writes.
struct ParsedIssueFile
{
    QString path;
    QString canonical;
    QString sha256;
    std::optional<Error> error; // it could not be read or parsed
    std::optional<Issue> issue; // none and no error: read but not parsed
};

namespace {

// Pages of write-ahead log (4 KiB each) between checkpoints during an import.
constexpr int kImportCheckpointPages = 16384;

ParsedIssueFile readIssueFile(const QString &path, QByteArray *bytes)
{
    ParsedIssueFile file;
    file.path = path;
    const QFileInfo info(path);
    file.canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    auto read = IssueParser::readFile(path);
    if (!read) {
        file.error = read.error();
        return file;
    }
    *bytes = std::move(read).value();
    file.sha256 = IssueParser::sha256Of(*bytes);
    return file;
}

void parseIssueFile(ParsedIssueFile &file, const QByteArray &bytes)
{
    auto issue = IssueParser::parse(bytes, file.canonical, file.sha256);
    if (!issue)
        file.error =
            Error{issue.error().code, Library::tr("%1: %2").arg(file.path, issue.errorMessage())};
    else if (issue->articleCount() == 0)
        file.error = Error{Error::Code::InvalidInput,
                           Library::tr("%1: no articles were found in it, so it was not imported.")
                               .arg(file.path)};
    else
        file.issue = std::move(issue).value();
    // The file's modification time: a guess at the date when neither its text
    // nor its path gives one (IssueParser::parse knows no file).
    if (file.issue && !file.issue->metadata.date)
        file.issue->metadata =
            IssueMetadata::detect(*file.issue, file.canonical, QFileInfo(file.path).lastModified());
}

// The digests of the issues in the library as an import begins: the parsing
// threads skip the files that are there already (the writer looks again).
class KnownDigests
{
public:
    void add(const QString &hex)
    {
        const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
        Digest digest{};
        if (raw.size() != qsizetype(digest.size()))
            return;
        std::copy(raw.begin(), raw.end(), digest.begin());
        m_digests.push_back(digest);
    }
    void seal() { std::sort(m_digests.begin(), m_digests.end()); }
    bool contains(const QString &hex) const
    {
        if (m_digests.empty())
            return false;
        const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
        Digest digest{};
        if (raw.size() != qsizetype(digest.size()))
            return false;
        std::copy(raw.begin(), raw.end(), digest.begin());
        return std::binary_search(m_digests.begin(), m_digests.end(), digest);
    }

private:
    using Digest = std::array<char, 32>;
    std::vector<Digest> m_digests;
};

// Threads that read and parse the files of an import, in order, a few files
// ahead of the one writer, which takes them in the same order. What is read
// ahead is bounded (files and bytes), so that memory stays that of a few issues.
class ParsePool
{
public:
    ParsePool(const QStringList &files, const KnownDigests &known, int threads)
        : m_files(files)
        , m_known(known)
        , m_slots(size_t(2 * threads + 2))
    {
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~ParsePool()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_room.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
    }
    ParsePool(const ParsePool &) = delete;
    ParsePool &operator=(const ParsePool &) = delete;

    // The files are taken in order: 0, 1, 2…
    ParsedIssueFile take(qsizetype index)
    {
        Slot &slot = m_slots[size_t(index) % m_slots.size()];
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return slot.file.has_value(); });
        ParsedIssueFile file = std::move(*slot.file);
        slot.file.reset();
        m_bytesAhead -= slot.bytes;
        m_taken = index + 1;
        lock.unlock();
        m_room.notify_all();
        return file;
    }

private:
    // Read ahead at most this many bytes of files (but always the next file).
    static constexpr qint64 kBytesAhead = qint64(32) * 1024 * 1024;

    struct Slot
    {
        std::optional<ParsedIssueFile> file;
        qint64 bytes = 0;
    };

    void work()
    {
        for (;;) {
            qsizetype index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_room.wait(lock, [&] {
                    return m_stop || m_next >= m_files.size() ||
                           (m_next < m_taken + qsizetype(m_slots.size()) &&
                            (m_bytesAhead < kBytesAhead || m_next == m_taken));
                });
                if (m_stop || m_next >= m_files.size())
                    return;
                index = m_next++;
            }
            const QString &path = m_files[index];
            const qint64 bytes = QFileInfo(path).size();
            {
                const std::lock_guard lock(m_mutex);
                m_bytesAhead += bytes;
            }
            QByteArray contents;
            ParsedIssueFile file = readIssueFile(path, &contents);
            if (!file.error && !m_known.contains(file.sha256))
                parseIssueFile(file, contents);
            contents = QByteArray();
            {
                const std::lock_guard lock(m_mutex);
                Slot &slot = m_slots[size_t(index) % m_slots.size()];
                slot.file = std::move(file);
                slot.bytes = bytes;
            }
            m_ready.notify_all();
        }
    }

    const QStringList &m_files;
    const KnownDigests &m_known;
    std::mutex m_mutex;
    std::condition_variable m_ready; // a file is parsed
    std::condition_variable m_room;  // a file is taken, or the pool stops
    std::vector<Slot> m_slots;       // file i in slot i % size
    qsizetype m_next = 0;            // the next file to claim
    qsizetype m_taken = 0;           // files taken by the writer
    qint64 m_bytesAhead = 0;         // of files claimed and not yet taken
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace

Result<ImportResult> Library::importFile(const QString &path)
{
    if (isReadOnly())
        return readOnlyError(m_path);
    QByteArray bytes;
    ParsedIssueFile file = readIssueFile(path, &bytes);
    if (file.error)
        return *file.error;

    // Checked before parsing, to spare the work, and again inside the write
    // transaction: another importer (the app and the CLI) may have written the
    // same file meanwhile.
    if (auto known = issueWithDigest(file.sha256, path); !known)
        return known.error();
    else if (*known)
        return **known;

    parseIssueFile(file, bytes);
    bytes = QByteArray();
    return writeParsed(file);
}

// One transaction for the file: all of its issue or nothing.
Result<ImportResult> Library::writeParsed(ParsedIssueFile &file)
{
    if (isReadOnly())
        return readOnlyError(m_path);
    if (file.error)
        return *file.error;
    if (!file.issue) {
        // Not parsed: its bytes were in the library as the import began. Still?
        if (auto known = issueWithDigest(file.sha256, file.path); !known)
            return known.error();
        else if (*known)
            return **known;
        QByteArray bytes; // removed meanwhile: read and parse it now
        file = readIssueFile(file.path, &bytes);
        if (!file.error)
            parseIssueFile(file, bytes);
        if (file.error)
            return *file.error;
    }
    const QString &path = file.path;
    const Issue &issue = *file.issue;

    if (auto s = begin(); !s)
        return s.error();
    if (auto known = issueWithDigest(file.sha256, path); !known || *known) {
        rollback();
        return known ? Result<ImportResult>(**known) : Result<ImportResult>(known.error());
    }
    ImportResult result{ImportResult::Outcome::Imported, path, 0, QString(), issue.articleCount()};
    const auto previous = issueIdForPath(file.canonical);
    if (!previous) {
        rollback();
        return previous.error();
    }
    if (!*previous) {
        // The page of an issue the library holds from the other kind of file (its
        // e-paper PDF, or its text): the file joins that issue.
        const auto same = sameContentsAs(issue);
        if (!same) {
            rollback();
            return same.error();
        }
        if (*same) {
            if (auto s = storeCompanion(file.sha256, **same, file.canonical,
                                        issue.source.encoding == QLatin1String("PDF"));
                !s) {
                rollback();
                return s.error();
            }
            auto joined = companionWithDigest(file.sha256, path);
            if (!joined) {
                rollback();
                return joined.error();
            }
            if (auto s = commit(); !s) {
                rollback();
                return s.error();
            }
            ImportResult companion = joined->value_or(ImportResult{});
            companion.outcome = ImportResult::Outcome::Joined;
            companion.path = path;
            companion.issueId = **same;
            qCDebug(lcStore) << path << "joined issue" << **same;
            return companion;
        }
    }
    QString previousSha256;
    if (*previous) {
        // What the user set of the file's old contents holds for the new.
        QSqlQuery digest(m_db);
        digest.prepare(QStringLiteral("SELECT sha256 FROM issues WHERE id = ?"));
        digest.addBindValue(**previous);
        if (!digest.exec()) {
            const Error error = sqlError(digest, Library::tr("store the issue"));
            rollback();
            return error;
        }
        if (digest.next())
            previousSha256 = digest.value(0).toString();
        digest.finish();
        if (auto s = deleteIssueRows(**previous); !s) {
            rollback();
            return s.error();
        }
        if (auto s = carryUserMetadata(previousSha256, file.sha256); !s) {
            rollback();
            return s.error();
        }
        if (auto s = carryCompanions(previousSha256, file.sha256); !s) {
            rollback();
            return s.error();
        }
        result.outcome = ImportResult::Outcome::Replaced;
    }
    const auto effective = withUserMetadata(file.sha256, issue.metadata, issue.source.lines);
    if (!effective) {
        rollback();
        return effective.error();
    }
    // Corrections kept for these bytes (or for the contents they replace) are
    // applied as the file comes in.
    auto corrections = correctionsForImport(file.path, file.sha256, issue, previousSha256);
    if (!corrections) {
        rollback();
        return corrections.error();
    }
    if (corrections->store) {
        if (auto s = storeCorrections(*corrections->store); !s) {
            rollback();
            return s.error();
        }
    }
    result.correctionsNotKept = corrections->notKept;
    if (corrections->corrected)
        result.articleCount = corrections->corrected->articleCount();
    auto id = writeIssue(corrections->corrected ? *corrections->corrected : issue, file.canonical,
                         issue.metadata, *effective, corrections->corrected ? &issue : nullptr);
    if (!id) {
        rollback();
        return id.error();
    }
    if (*previous) {
        if (auto s = carryDesk(previousSha256, file.sha256, *id); !s) {
            rollback();
            return s.error();
        }
    }
    const auto same = samePageAs(*id);
    if (!same) {
        rollback();
        return same.error();
    }
    if (auto s = commit(); !s) {
        rollback();
        return s.error();
    }
    result.issueId = *id;
    result.title = StoredMetadata::titleFor(file.canonical, *effective);
    result.samePageAs = *same;
    qCDebug(lcStore) << "imported" << path << "as issue" << *id;
    return result;
}

Result<std::optional<ImportResult>> Library::issueWithDigest(const QString &sha256,
                                                             const QString &path)
{
    QSqlQuery known(m_db);
    known.prepare(
        QStringLiteral("SELECT i.id, i.title, i.article_count FROM issues i WHERE i.sha256 = ?"));
    known.addBindValue(sha256);
    if (!known.exec())
        return sqlError(known, Library::tr("look up the file"));
    if (!known.next())
        return companionWithDigest(sha256, path); // the other file of an issue's page?
    return std::optional<ImportResult>(
        ImportResult{ImportResult::Outcome::AlreadyPresent, path, known.value(0).toLongLong(),
                     known.value(1).toString(), known.value(2).toInt()});
}

ImportReport Library::importPaths(const QStringList &paths, const ImportListener &listener)
{
    ImportReport report;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            ImportFailure failure{path, Library::tr("%1: no such file or folder.").arg(path),
                                  Error::Code::NotFound};
            if (listener.failed)
                listener.failed(failure);
            report.failures << std::move(failure);
        }
    }
    QStringList files = issueFilesIn(paths);
    files.removeIf([](const QString &file) { return !QFileInfo::exists(file); });
    const int parsers = m_options.importParsers >= 0
                            ? m_options.importParsers
                            : std::clamp(QThread::idealThreadCount() - 1, 1, 4);
    // A long import also waits on the checkpoints that copy the write-ahead log
    // into the library (an fsync each): while it runs, they come after 64 MiB of
    // log rather than 4 (a tenth less work, a sixth less time).
    std::optional<int> checkpointPages;
    if (files.size() > 1 && !isReadOnly()) {
        QSqlQuery pragma(m_db);
        if (pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && pragma.next())
            checkpointPages = pragma.value(0).toInt();
        pragma.finish();
        // Should this fail, the import is only slower.
        if (checkpointPages && *checkpointPages > 0 && *checkpointPages < kImportCheckpointPages)
            exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1")
                     .arg(QString::number(kImportCheckpointPages)));
        else
            checkpointPages.reset();
    }
    if (parsers > 0 && files.size() > 1 && !isReadOnly())
        importInParallel(files, parsers, listener, report);
    else
        importSequentially(files, listener, report);
    if (checkpointPages)
        exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1")
                 .arg(QString::number(*checkpointPages)));
    if (listener.progress && !report.cancelled)
        listener.progress(int(files.size()), int(files.size()), QString());
    return report;
}

namespace {

void reportOne(const QString &path, Result<ImportResult> result, const ImportListener &listener,
               ImportReport &report)
{
    if (result) {
        if (listener.imported)
            listener.imported(*result);
        report.results << *result;
    } else {
        ImportFailure failure{path, result.errorMessage(), result.error().code};
        if (listener.failed)
            listener.failed(failure);
        report.failures << std::move(failure);
    }
}

} // namespace

void Library::importSequentially(const QStringList &files, const ImportListener &listener,
                                 ImportReport &report)
{
    for (int i = 0; i < files.size(); ++i) {
        if (listener.cancel && listener.cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (listener.progress)
            listener.progress(i, int(files.size()), files[i]);
        reportOne(files[i], importFile(files[i]), listener, report);
    }
}

// The same work and the same order as importSequentially, each file still in
// its own transaction; only the reading and parsing happen on other threads.
void Library::importInParallel(const QStringList &files, int parsers,
                               const ImportListener &listener, ImportReport &report)
{
    KnownDigests known;
    QSqlQuery digests(m_db);
    // Should this fail, every file is parsed: the writer looks again anyway.
    if (digests.exec(QStringLiteral("SELECT sha256 FROM issues"))) {
        while (digests.next())
            known.add(digests.value(0).toString());
    }
    digests.finish();
    // The companions too: a folder imported again does not read its PDFs again.
    if (hasCompanions() && digests.exec(QStringLiteral("SELECT sha256 FROM companions"))) {
        while (digests.next())
            known.add(digests.value(0).toString());
    }
    digests.finish();
    known.seal();

    ParsePool pool(files, known, parsers);
    for (int i = 0; i < files.size(); ++i) {
        if (listener.cancel && listener.cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (listener.progress)
            listener.progress(i, int(files.size()), files[i]);
        ParsedIssueFile file = pool.take(i);
        reportOne(files[i], writeParsed(file), listener, report);
    }
}

Status Library::removeIssue(qint64 issueId)
{
    if (isReadOnly())
        return readOnlyError(m_path);
    if (auto s = begin(); !s)
        return s;
    if (auto s = deleteIssueRows(issueId); !s) {
        rollback();
        return s;
    }
    return commit();
}

Status Library::checkIntegrity()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return sqlError(query, Library::tr("check its integrity"));
    if (query.value(0).toString() != QStringLiteral("ok"))
        return Error{
            Error::Code::Library,
            Library::tr("The library %1 is damaged: %2").arg(m_path, query.value(0).toString())};
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(query, Library::tr("check its integrity"));
    if (query.next())
        return Error{
            Error::Code::Library,
            Library::tr("The library %1 is damaged: rows refer to missing rows.").arg(m_path)};
    // The archive's counts per paper and year, kept by triggers, against a recount.
    const QString recount = QStringLiteral(
        "SELECT coalesce(paper, ''), coalesce(CAST(substr(issue_date, 1, 4) AS INTEGER), 0), "
        "count(DISTINCT issue_date) + sum(issue_date IS NULL), sum(article_count) FROM issues "
        "GROUP BY 1, 2");
    const QString kept = QStringLiteral("SELECT paper, year, issues, articles FROM archive_years");
    if (!query.exec(QStringLiteral("SELECT EXISTS (%1 EXCEPT %2) OR EXISTS (%2 EXCEPT %1)")
                        .arg(kept, recount)) ||
        !query.next())
        return sqlError(query, Library::tr("check its integrity"));
    if (query.value(0).toBool())
        return Error{Error::Code::Library,
                     Library::tr("The library %1 is damaged: the counts of its archive are wrong.")
                         .arg(m_path)};
    if (!isReadOnly() &&
        !query.exec(QStringLiteral(
            "INSERT INTO article_search (article_search) VALUES ('integrity-check')")))
        return Error{Error::Code::Library,
                     Library::tr("The search index of %1 is damaged.").arg(m_path)};
    return success();
}

Status Library::optimize()
{
    if (isReadOnly())
        return readOnlyError(m_path);
    if (auto s =
            exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('optimize')"));
        !s)
        return s;
    if (auto s = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s;
    return exec(QStringLiteral("VACUUM"));
}

Result<std::optional<qint64>> Library::issueIdForPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM issues WHERE source_path = ? ORDER BY id DESC"));
    query.addBindValue(canonical);
    if (!query.exec())
        return sqlError(query, Library::tr("look up the file"));
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Status Library::deleteIssueRows(qint64 issueId)
{
    if (auto s = unindexIssue(issueId, Library::tr("remove an issue")); !s)
        return s;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM issues WHERE id = ?"));
    remove.addBindValue(issueId);
    if (!remove.exec())
        return sqlError(remove, Library::tr("remove an issue"));
    return success();
}

Result<qint64> Library::writeIssue(const Issue &issue, const QString &path,
                                   const IssueMetadata &detected, const IssueMetadata &effective,
                                   const Issue *parsed)
{
    const QVariant noText(QMetaType::fromType<QString>());
    const auto text = [&](const std::optional<Sourced<QString>> &value) {
        return value ? QVariant(value->value) : noText;
    };
    const auto source = [&](const auto &value) {
        return value ? QVariant(metadataSourceName(value->source)) : noText;
    };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO issues (source_path, sha256, encoding, bom, title, paper, issue_date, "
        "masthead_line, line_count, byte_count, imported_at, paper_source, date_source, edition, "
        "edition_source, article_count, page_count, detected) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(path);
    query.addBindValue(issue.source.sha256);
    query.addBindValue(issue.source.encoding);
    query.addBindValue(issue.source.byteOrderMark ? 1 : 0);
    query.addBindValue(StoredMetadata::titleFor(path, effective));
    query.addBindValue(text(effective.newspaper));
    query.addBindValue(effective.date ? QVariant(effective.date->value.toString(Qt::ISODate))
                                      : noText);
    query.addBindValue(issue.mastheadLine > 0 ? QVariant(issue.mastheadLine)
                                              : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(issue.source.lines);
    query.addBindValue(issue.source.bytes);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(source(effective.newspaper));
    query.addBindValue(source(effective.date));
    query.addBindValue(text(effective.edition));
    query.addBindValue(source(effective.edition));
    query.addBindValue(issue.articleCount());
    query.addBindValue(int(effective.pages.size()));
    query.addBindValue(StoredMetadata::toJson(detected, issue));
    if (!query.exec())
        return sqlError(query, Library::tr("store the issue"));
    const qint64 issueId = query.lastInsertId().toLongLong();
    if (auto s = writePages(issueId, effective); !s)
        return s.error();
    if (auto s = writeFingerprint(issueId, issue); !s)
        return s.error();

    QSqlQuery credit(m_db);
    credit.prepare(QStringLiteral(
        "INSERT INTO credits (issue_id, position, role, name, line) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < issue.credits.size(); ++i) {
        const Credit &c = issue.credits[i];
        credit.addBindValue(issueId);
        credit.addBindValue(i);
        credit.addBindValue(c.role);
        credit.addBindValue(c.name);
        credit.addBindValue(c.line);
        if (!credit.exec())
            return sqlError(credit, Library::tr("store the issue"));
    }
    QSqlQuery note(m_db);
    note.prepare(QStringLiteral(
        "INSERT INTO notes (issue_id, article_id, position, text) VALUES (?, ?, ?, ?)"));
    auto addNotes = [&](const QStringList &notes, const QVariant &articleId) {
        for (int i = 0; i < notes.size(); ++i) {
            note.addBindValue(issueId);
            note.addBindValue(articleId);
            note.addBindValue(i);
            note.addBindValue(notes[i]);
            if (!note.exec())
                return false;
        }
        return true;
    };
    if (!addNotes(issue.notes, QVariant(QMetaType::fromType<qint64>())))
        return sqlError(note, Library::tr("store the issue"));
    QSqlQuery unplaced(m_db);
    unplaced.prepare(
        QStringLiteral("INSERT INTO unplaced_lines (issue_id, line, text) VALUES (?, ?, ?)"));
    for (const UnplacedLine &line : issue.unplaced) {
        unplaced.addBindValue(issueId);
        unplaced.addBindValue(line.line);
        unplaced.addBindValue(line.text);
        if (!unplaced.exec())
            return sqlError(unplaced, Library::tr("store the issue"));
    }

    if (auto s = writeArticles(issueId, issue, effective.pages, parsed); !s)
        return s.error();
    if (auto s = writeDoubts(issueId, issue.doubts); !s)
        return s.error();
    return issueId;
}

} // namespace Broadsheet
