#include "library.h"
#include "searchquery.h"
#include "searchtokenizer.h"
#include "testlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The researcher's desk: collections, tags and notes, kept by the articles'
// contents through everything the library does.
class TestDesk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void collections();
    void tagsAndNotes();
    void hostileNames_data();
    void hostileNames();
    void survivesRemovingAndImportingAgain();
    void changedFileKeepsWhatStillHolds();
    void upgradeFromFormat5();
    void jsonRoundTripIsLossless();
    void importTwiceChangesNothing();
    void missingArticlesAreKeptAndComeBack();
    void badDeskFiles_data();
    void badDeskFiles();
    void queryFieldsAgreeWithAScan_data();
    void queryFieldsAgreeWithAScan();
    void timelineOfATag();
    void readOnly();

private:
    std::unique_ptr<Library> open(const QString &name = u"library.sqlite"_s);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// An issue file of articles "第N号文章标题" with a body each; `words` per article.
QByteArray issueText(const QStringList &words, const QString &prefix = {})
{
    QString text = prefix + u"辽源日报 2019年2月20日 星期三\n\n第01版:要闻\n\n"_s;
    for (qsizetype i = 0; i < words.size(); ++i)
        text +=
            u"第%1号文章标题\n\n本报讯(记者 王甲)今日消息,%2工作稳步推进。\n\n"_s.arg(i + 1).arg(
                words.at(i));
    return text.toUtf8();
}

QList<qint64> ids(const QList<ArticleRecord> &records)
{
    QList<qint64> out;
    for (const ArticleRecord &record : records)
        out << record.id;
    return out;
}

QStringList titles(const QList<ArticleRecord> &records)
{
    QStringList out;
    for (const ArticleRecord &record : records)
        out << record.title;
    return out;
}

QList<qint64> articleIds(Library &library)
{
    QList<qint64> out;
    const QList<IssueRecord> issues = *library.issues();
    for (const IssueRecord &issue : issues) {
        const QList<ArticleRecord> articles = *library.articles(issue.id);
        out << ids(articles);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> searchIds(Library &library, const QString &text, bool exactScript = false)
{
    SearchRequest request;
    request.text = text;
    request.exactScript = exactScript;
    request.limit = 100000;
    const auto results = library.search(request);
    if (!results) {
        qWarning() << results.errorMessage();
        return {-1};
    }
    QList<qint64> out;
    for (const SearchHit &hit : results->hits)
        out << hit.article.id;
    std::sort(out.begin(), out.end());
    return out;
}

// The desk without the export's timestamps: for comparing libraries made at other times.
QByteArray withoutTimes(QByteArray json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray collections;
    for (const QJsonValue &value : root[u"collections"_s].toArray()) {
        QJsonObject collection = value.toObject();
        collection.remove(u"created"_s);
        QJsonArray articles;
        for (const QJsonValue &article : collection[u"articles"_s].toArray()) {
            QJsonObject object = article.toObject();
            object.remove(u"added"_s);
            articles << object;
        }
        collection[u"articles"_s] = articles;
        collections << collection;
    }
    root[u"collections"_s] = collections;
    QJsonArray notes;
    for (const QJsonValue &value : root[u"notes"_s].toArray()) {
        QJsonObject note = value.toObject();
        note.remove(u"updated"_s);
        notes << note;
    }
    root[u"notes"_s] = notes;
    return QJsonDocument(root).toJson();
}

bool execRaw(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    if (!SearchTokenizer::registerWith(db))
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

void TestDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Library> TestDesk::open(const QString &name)
{
    auto library = Library::open(path(name));
    if (!library) {
        qWarning() << library.errorMessage();
        return nullptr;
    }
    return std::move(library).value();
}

void TestDesk::collections()
{
    auto library = open();
    QVERIFY(library);
    const auto imported = library->importFile(TestData::seedPath());
    QVERIFY(imported.ok());
    const QList<qint64> all = ids(*library->articles(imported->issueId));
    QVERIFY(all.size() >= 4);

    const auto reading = library->createCollection(u"  读书  "_s);
    QVERIFY2(reading.ok(), qPrintable(reading.errorMessage()));
    QCOMPARE(*library->createCollection(u"读书"_s), *reading); // the same name: the same one
    QCOMPARE(library->createCollection(u"  "_s).error().code, Error::Code::InvalidInput);
    const auto other = library->createCollection(u"Another"_s);
    QVERIFY(other.ok());
    QCOMPARE(library->renameCollection(*other, u"读书"_s).error().code, Error::Code::InvalidInput);
    QVERIFY(library->renameCollection(*other, u"Other"_s).ok());
    QCOMPARE(library->renameCollection(9999, u"x"_s).error().code, Error::Code::NotFound);

    // In the order added; an article once.
    QVERIFY(library->addToCollection(*reading, {all[2], all[0]}).ok());
    QVERIFY(library->addToCollection(*reading, {all[0], all[3], all[3]}).ok());
    QCOMPARE(ids(*library->collectionArticles(*reading)), (QList<qint64>{all[2], all[0], all[3]}));
    QCOMPARE(library->addToCollection(*reading, {999999}).error().code, Error::Code::NotFound);
    QCOMPARE(ids(*library->collectionArticles(*reading)).size(), 3); // nothing of a failed call
    QVERIFY(library->removeFromCollection(*reading, {all[0]}).ok());
    QCOMPARE(ids(*library->collectionArticles(*reading)), (QList<qint64>{all[2], all[3]}));

    const auto list = library->collections();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"Other"_s);
    QCOMPARE(list->at(1).name, u"读书"_s);
    QCOMPARE(list->at(1).articleCount, 2);
    QVERIFY(list->at(1).created.isValid());
    QCOMPARE(library->desk(all[2])->collections, QStringList{u"读书"_s});

    QVERIFY(library->removeCollection(*reading).ok());
    QCOMPARE(library->collections()->size(), 1);
    QVERIFY(library->desk(all[2])->collections.isEmpty());
    QCOMPARE(library->removeCollection(*reading).error().code, Error::Code::NotFound);
    QCOMPARE(library->collectionArticles(*reading).error().code, Error::Code::NotFound);
    QVERIFY(library->checkIntegrity().ok());
}

void TestDesk::tagsAndNotes()
{
    auto library = open();
    QVERIFY(library);
    const auto imported = library->importFile(TestData::seedPath());
    const QList<qint64> all = ids(*library->articles(imported->issueId));
    QVERIFY(library->addTags({all[0], all[1]}, {u"待读"_s, u" read "_s, u"待读"_s}).ok());
    QCOMPARE(*library->tags(), (QStringList{u"read"_s, u"待读"_s}));
    QCOMPARE(library->desk(all[0])->tags, (QStringList{u"read"_s, u"待读"_s}));
    QCOMPARE(library->addTags({all[0]}, {u""_s}).error().code, Error::Code::InvalidInput);
    QVERIFY(library->removeTags({all[0]}, {u"read"_s}).ok());
    QCOMPARE(library->desk(all[0])->tags, QStringList{u"待读"_s});
    QCOMPARE(*library->tags(), (QStringList{u"read"_s, u"待读"_s})); // all[1] keeps it

    const QString note = u"**要点**\n\n- 一\n- 二\n*斜体*"_s;
    QVERIFY(library->setNote(all[1], note).ok());
    QCOMPARE(library->desk(all[1])->note, note);
    QCOMPARE(*library->articlesWithNotes(), QList<qint64>{all[1]});
    QVERIFY(library->setNote(all[1], u"新的"_s).ok());
    QCOMPARE(library->desk(all[1])->note, u"新的"_s);
    QVERIFY(library->setNote(all[1], u"  \n"_s).ok()); // empty: removed
    QVERIFY(library->desk(all[1])->note.isEmpty());
    QVERIFY(library->articlesWithNotes()->isEmpty());
    QCOMPARE(library->setNote(999999, u"x"_s).error().code, Error::Code::NotFound);
    QCOMPARE(library->desk(999999).error().code, Error::Code::NotFound);
}

void TestDesk::hostileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("apostrophe") << u"it's mine"_s;
    QTest::newRow("percent") << u"100%_done"_s;
    QTest::newRow("SQL") << u"x'); DROP TABLE articles; --"_s;
    QTest::newRow("JSON") << u"[\"a\", {\"b\": 1}]"_s;
    QTest::newRow("backslash") << u"a\\b"_s;
    QTest::newRow("field syntax") << u"tag:x"_s;
}

void TestDesk::hostileNames()
{
    QFETCH(QString, name);
    auto library = open();
    QVERIFY(library);
    const auto imported = library->importFile(TestData::seedPath());
    const QList<qint64> all = ids(*library->articles(imported->issueId));
    const auto id = library->createCollection(name);
    QVERIFY(id.ok());
    QVERIFY(library->addToCollection(*id, {all[1]}).ok());
    QVERIFY(library->addTags({all[2]}, {name}).ok());
    QCOMPARE(library->collections()->at(0).name, name);
    QCOMPARE(*library->tags(), QStringList{name});
    QCOMPARE(*library->collectionId(name), std::optional<qint64>(*id));
    // Quoted in a query, the name is found as it is (a name holding " cannot be typed).
    QString quoted = name;
    quoted.replace(u'"', u' ');
    if (quoted == name) {
        QCOMPARE(searchIds(*library, u"collection:\"%1\""_s.arg(name)), QList<qint64>{all[1]});
        QCOMPARE(searchIds(*library, u"tag:\"%1\""_s.arg(name)), QList<qint64>{all[2]});
    }
    // The export and an import into another library keep it.
    auto other = open(u"other.sqlite"_s);
    QVERIFY(other->importFile(TestData::seedPath()).ok());
    QVERIFY(other->importDesk(*library->exportDesk({})).ok());
    QCOMPARE(other->collections()->at(0).name, name);
    QCOMPARE(*other->tags(), QStringList{name});
    QVERIFY(library->checkIntegrity().ok());
}

void TestDesk::survivesRemovingAndImportingAgain()
{
    auto library = open();
    QVERIFY(library);
    auto imported = library->importFile(TestData::seedPath());
    QVERIFY(imported.ok());
    QList<ArticleRecord> before = *library->articles(imported->issueId);
    const auto collection = library->createCollection(u"读书"_s);
    QVERIFY(library->addToCollection(*collection, {before[3].id, before[1].id}).ok());
    QVERIFY(library->addTags({before[1].id}, {u"待读"_s}).ok());
    QVERIFY(library->setNote(before[3].id, u"笔记"_s).ok());
    const QByteArray desk = withoutTimes(*library->exportDesk({}));

    QVERIFY(library->removeIssue(imported->issueId).ok());
    QVERIFY(library->collectionArticles(*collection)->isEmpty());
    QCOMPARE(library->collections()->at(0).articleCount, 0);
    QCOMPARE(library->collections()->at(0).absentCount, 2);
    QCOMPARE(*library->tags(), QStringList{u"待读"_s}); // kept for the file
    QVERIFY(library->articlesWithNotes()->isEmpty());
    QVERIFY(searchIds(*library, u"tag:待读"_s).isEmpty());

    imported = library->importFile(TestData::seedPath());
    QVERIFY(imported.ok());
    const QList<ArticleRecord> after = *library->articles(imported->issueId);
    QVERIFY(after[1].id != before[1].id); // new ids
    QCOMPARE(titles(*library->collectionArticles(*collection)),
             (QStringList{after[3].title, after[1].title}));
    QCOMPARE(ids(*library->collectionArticles(*collection)),
             (QList<qint64>{after[3].id, after[1].id}));
    QCOMPARE(library->desk(after[1].id)->tags, QStringList{u"待读"_s});
    QCOMPARE(library->desk(after[3].id)->note, u"笔记"_s);
    QCOMPARE(*library->articlesWithNotes(), QList<qint64>{after[3].id});
    QCOMPARE(searchIds(*library, u"tag:待读"_s), QList<qint64>{after[1].id});
    QCOMPARE(withoutTimes(*library->exportDesk({})), desk);
}

void TestDesk::changedFileKeepsWhatStillHolds()
{
    auto library = open();
    QVERIFY(library);
    const QString file = path(u"issue.txt"_s);
    QVERIFY(TestData::writeFile(file, issueText({u"春耕"_s, u"其他"_s, u"防汛"_s})));
    auto imported = library->importFile(file);
    QVERIFY(imported.ok());
    const QList<ArticleRecord> before = *library->articles(imported->issueId);
    QCOMPARE(before.size(), 3);
    const auto collection = library->createCollection(u"c"_s);
    QVERIFY(library->addToCollection(*collection, {before[0].id, before[2].id}).ok());
    QVERIFY(library->addTags({before[1].id}, {u"t"_s}).ok());
    QVERIFY(library->setNote(before[2].id, u"n"_s).ok());

    // A word changed: every article starts where it did and keeps its desk.
    QVERIFY(TestData::writeFile(file, issueText({u"春耕"_s, u"其它"_s, u"防汛"_s})));
    imported = library->importFile(file);
    QVERIFY(imported.ok());
    QCOMPARE(imported->outcome, ImportResult::Outcome::Replaced);
    QList<ArticleRecord> after = *library->articles(imported->issueId);
    QCOMPARE(ids(*library->collectionArticles(*collection)),
             (QList<qint64>{after[0].id, after[2].id}));
    QCOMPARE(library->desk(after[1].id)->tags, QStringList{u"t"_s});
    QCOMPARE(library->desk(after[2].id)->note, u"n"_s);

    // Two lines more at the top: no article starts where one did; the desk is
    // kept for the old contents, and nothing lands on the wrong article.
    QVERIFY(TestData::writeFile(file, issueText({u"春耕"_s, u"其它"_s, u"防汛"_s}, u"\n\n"_s)));
    imported = library->importFile(file);
    QVERIFY(imported.ok());
    after = *library->articles(imported->issueId);
    QVERIFY(library->collectionArticles(*collection)->isEmpty());
    QCOMPARE(library->collections()->at(0).absentCount, 2);
    for (const ArticleRecord &article : after)
        QVERIFY(library->desk(article.id)->tags.isEmpty());
    QVERIFY(library->checkIntegrity().ok());
}

void TestDesk::upgradeFromFormat5()
{
    // The same files in a library of format 6 and in one of format 5 (made by
    // taking format 6's tables away): the upgrade finds each article's first
    // line as an import does, so the desk of one fits the other.
    auto fresh = open();
    QVERIFY(fresh);
    QVERIFY(fresh->importPaths(TestData::issuePaths()).failures.isEmpty());
    const QList<qint64> all = articleIds(*fresh);
    QVERIFY(fresh->addTags(all, {u"all"_s}).ok());
    const auto collection = fresh->createCollection(u"c"_s);
    QVERIFY(fresh->addToCollection(*collection, all.mid(0, 5)).ok());
    QVERIFY(fresh->setNote(all.last(), u"n"_s).ok());
    const QByteArray desk = *fresh->exportDesk({});
    fresh.reset();

    const QString old = path(u"old.sqlite"_s);
    QVERIFY(QFile::copy(path(u"library.sqlite"_s), old));
    QVERIFY(execRaw(
        old,
        u"DROP TABLE companions; ALTER TABLE issues DROP COLUMN fingerprint; DROP TABLE article_notes; DROP TABLE article_tags; "
        "DROP TABLE collection_items; DROP TABLE collections; "
        "DROP INDEX articles_by_first_line; "
        "ALTER TABLE articles DROP COLUMN first_line; "
        // and format 7's
        "DROP TABLE corrections; DROP TABLE issue_doubts; "
        "ALTER TABLE articles DROP COLUMN confidence; "
        "ALTER TABLE articles DROP COLUMN parser_title; PRAGMA user_version = 5;"_s));
    {
        // Read-only, format 5 is read, with an empty desk.
        auto reader = Library::open(old, Library::Options{.access = Library::Access::ReadOnly});
        QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
        QCOMPARE((*reader)->schemaVersion(), 5);
        QVERIFY((*reader)->collections()->isEmpty());
        QVERIFY((*reader)->tags()->isEmpty());
        QVERIFY((*reader)->desk(all.first())->tags.isEmpty());
        QVERIFY(searchIds(**reader, u"tag:all"_s).isEmpty());
        QCOMPARE(searchIds(**reader, u"-tag:all"_s).size(), all.size());
    }
    auto upgraded = Library::open(old);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
    QCOMPARE((*upgraded)->schemaVersion(), Library::kSchemaVersion);
    const auto report = (*upgraded)->importDesk(desk);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->missing, 0);
    QCOMPARE(searchIds(**upgraded, u"tag:all"_s), all);
    QCOMPARE((*upgraded)->exportDesk({}).value(), desk);
    QVERIFY((*upgraded)->checkIntegrity().ok());
}

void TestDesk::jsonRoundTripIsLossless()
{
    auto library = open();
    QVERIFY(library);
    QVERIFY(library->importPaths(TestData::issuePaths()).failures.isEmpty());
    const QList<qint64> all = articleIds(*library);
    const auto a = library->createCollection(u"读书 \"list\""_s);
    const auto b = library->createCollection(u"100% '; --"_s);
    QVERIFY(library->addToCollection(*a, {all[7], all[2], all[30]}).ok());
    QVERIFY(library->addToCollection(*b, {all[2]}).ok());
    QVERIFY(library->addTags({all[2], all[9]}, {u"待读"_s, u"x"_s}).ok());
    QVERIFY(library->setNote(all[30], u"**粗** *斜*\n- 一\n- 二\n\"引号\" \\ 100%"_s).ok());
    const QByteArray exported = *library->exportDesk({});

    // Another library with the same files, imported in another order: other ids.
    auto other = open(u"other.sqlite"_s);
    QStringList reversed = TestData::issuePaths();
    std::reverse(reversed.begin(), reversed.end());
    QVERIFY(other->importPaths(reversed).failures.isEmpty());
    const auto report = other->importDesk(exported);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->collections, 2);
    QCOMPARE(report->articles, 4);
    QCOMPARE(report->tags, 4);
    QCOMPARE(report->notes, 1);
    QCOMPARE(report->missing, 0);
    QCOMPARE(other->exportDesk({}).value(), exported);

    // One collection: its articles' tags and notes with it, nothing else.
    const QJsonObject one = QJsonDocument::fromJson(*library->exportDesk({*b})).object();
    QCOMPARE(one[u"collections"_s].toArray().size(), 1);
    QCOMPARE(one[u"tags"_s].toArray().size(), 1);
    QCOMPARE(one[u"notes"_s].toArray().size(), 0);
    QCOMPARE(library->exportDesk({9999}).error().code, Error::Code::NotFound);
}

void TestDesk::importTwiceChangesNothing()
{
    auto library = open();
    QVERIFY(library->importFile(TestData::seedPath()).ok());
    const QList<qint64> all = articleIds(*library);
    const auto c = library->createCollection(u"c"_s);
    QVERIFY(library->addToCollection(*c, {all[1], all[0]}).ok());
    QVERIFY(library->addTags({all[0]}, {u"t"_s}).ok());
    QVERIFY(library->setNote(all[0], u"n"_s).ok());
    const QByteArray exported = *library->exportDesk({});
    // Into itself, and twice into another.
    QVERIFY(library->importDesk(exported).ok());
    QCOMPARE(*library->exportDesk({}), exported);
    auto other = open(u"other.sqlite"_s);
    QVERIFY(other->importFile(TestData::seedPath()).ok());
    QVERIFY(other->importDesk(exported).ok());
    QVERIFY(other->importDesk(exported).ok());
    QCOMPARE(*other->exportDesk({}), exported);
    QCOMPARE(other->collections()->at(0).articleCount, 2);
    // A note changed since: the later one stays, whichever way it comes.
    QVERIFY(other->setNote(articleIds(*other).at(0), u"later"_s).ok());
    QVERIFY(other->importDesk(exported).ok());
    QCOMPARE(other->desk(articleIds(*other).at(0))->note, u"later"_s);
    QVERIFY(library->importDesk(*other->exportDesk({})).ok());
    QCOMPARE(library->desk(all[0])->note, u"later"_s);
}

void TestDesk::missingArticlesAreKeptAndComeBack()
{
    auto library = open();
    const QString second = TestData::issuePaths().at(2);
    QVERIFY(library->importFile(TestData::seedPath()).ok());
    QVERIFY(library->importFile(second).ok());
    const auto issues = *library->issues();
    const QList<ArticleRecord> secondArticles = *library->articles(issues.last().id);
    const QList<ArticleRecord> seedArticles = *library->articles(issues.first().id);
    const auto c = library->createCollection(u"c"_s);
    QVERIFY(
        library
            ->addToCollection(*c, {seedArticles[0].id, secondArticles[1].id, secondArticles[0].id})
            .ok());
    QVERIFY(library->addTags({secondArticles[2].id}, {u"t"_s}).ok());
    const QByteArray exported = *library->exportDesk({});

    auto other = open(u"other.sqlite"_s);
    QVERIFY(other->importFile(TestData::seedPath()).ok());
    const auto report = other->importDesk(exported);
    QVERIFY(report.ok());
    QCOMPARE(report->missing, 3);
    // In the order of the file's lines.
    QCOMPARE(report->missingTitles,
             (QStringList{secondArticles[0].title, secondArticles[1].title}));
    QCOMPARE(other->collectionArticles(*other->collectionId(u"c"_s).value())->size(), 1);
    QCOMPARE(*other->exportDesk({}), exported); // the titles are kept for them

    // The file comes: so do they, in their order.
    const auto imported = other->importFile(second);
    QVERIFY(imported.ok());
    const QList<ArticleRecord> now = *other->articles(imported->issueId);
    QCOMPARE(titles(*other->collectionArticles(*other->collectionId(u"c"_s).value())),
             (QStringList{seedArticles[0].title, now[1].title, now[0].title}));
    QCOMPARE(other->desk(now[2].id)->tags, QStringList{u"t"_s});
}

void TestDesk::badDeskFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("words");
    const QByteArray sha = QByteArray(64, 'a');
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not a Broadsheet desk"_s;
    QTest::newRow("another format")
        << QByteArray(R"({"format":"zotero","version":1})") << u"not a Broadsheet desk"_s;
    QTest::newRow("newer") << QByteArray(R"({"format":"broadsheet-desk","version":2})")
                           << u"newer"_s;
    QTest::newRow("no version") << QByteArray(R"({"format":"broadsheet-desk"})") << u"version"_s;
    QTest::newRow("bad sha256")
        << QByteArray(
               R"({"format":"broadsheet-desk","version":1,"collections":[{"name":"ok",)"
               R"("articles":[]}, {"name":"x","articles":[{"sha256":"abc","first_line":1}]}]})")
        << u"sha256"_s;
    QTest::newRow("bad first line")
        << QByteArray(R"({"format":"broadsheet-desk","version":1,"collections":[{"name":"ok"}],)"
                      R"("tags":[{"sha256":")" +
                      sha + R"(","first_line":1.5,"tags":["a"]}]})")
        << u"first_line"_s;
    QTest::newRow("no name")
        << QByteArray(R"({"format":"broadsheet-desk","version":1,"collections":[{"name":" "}]})")
        << u"name"_s;
    QTest::newRow("a note without text")
        << QByteArray(R"({"format":"broadsheet-desk","version":1,"collections":[{"name":"ok"}],)"
                      R"("notes":[{"sha256":")" +
                      sha + R"(","first_line":1}]})")
        << u"text"_s;
    QTest::newRow("a bad time")
        << QByteArray(R"({"format":"broadsheet-desk","version":1,"collections":[{"name":"ok",)"
                      R"("created":"yesterday"}]})")
        << u"created"_s;
}

void TestDesk::badDeskFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, words);
    auto library = open();
    const auto report = library->importDesk(json);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::InvalidInput);
    QVERIFY2(report.errorMessage().contains(words), qPrintable(report.errorMessage()));
    QVERIFY(library->collections()->isEmpty()); // nothing written
    QVERIFY(library->tags()->isEmpty());
}

void TestDesk::queryFieldsAgreeWithAScan_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("exactScript");
    const QStringList queries = {
        u"collection:读书"_s,
        u"collection:\"my list\""_s,
        u"collection:\"100% '; --\""_s,
        u"collection:读"_s,
        u"tag:待读"_s,
        u"-tag:待读"_s,
        u"tag:待读 -tag:done"_s,
        u"tag:待读 OR has:note"_s,
        u"has:note"_s,
        u"-has:note"_s,
        u"has:note collection:读书"_s,
        u"发展 tag:待读"_s,
        u"发展 -tag:待读"_s,
        u"发展 OR tag:done"_s,
        u"title:发展 OR collection:\"my list\""_s,
        u"tag:nothing"_s,
        u"collection:nothing OR 的"_s,
    };
    for (const QString &query : queries) {
        QTest::newRow(qPrintable(query)) << query << false;
        QTest::newRow(qPrintable(query + u" (exact script)"_s)) << query << true;
    }
}

void TestDesk::queryFieldsAgreeWithAScan()
{
    QFETCH(QString, query);
    QFETCH(bool, exactScript);
    auto library = open();
    QVERIFY(library->importPaths(TestData::issuePaths()).failures.isEmpty());
    const QList<qint64> all = articleIds(*library);
    const auto reading = library->createCollection(u"读书"_s);
    const auto list = library->createCollection(u"My List"_s);
    const auto hostile = library->createCollection(u"100% '; --"_s);
    QList<qint64> every3, every5, every7;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i % 3 == 0)
            every3 << all[i];
        if (i % 5 == 0)
            every5 << all[i];
        if (i % 7 == 0)
            every7 << all[i];
    }
    QVERIFY(library->addToCollection(*reading, every3).ok());
    QVERIFY(library->addToCollection(*list, every5).ok());
    QVERIFY(library->addToCollection(*hostile, every7.mid(0, 3)).ok());
    QVERIFY(library->addTags(every5, {u"待读"_s}).ok());
    QVERIFY(library->addTags(every7, {u"done"_s}).ok());
    for (qsizetype i = 0; i < all.size(); i += 4)
        QVERIFY(library->setNote(all[i], u"note %1"_s.arg(i)).ok());

    // The plain scan: every article, its text and its desk, through the exact check.
    const SearchQuery parsed(query,
                             exactScript ? SearchQuery::Script::Exact : SearchQuery::Script::Fold);
    QList<qint64> expected;
    const auto stored = library->storedArticles(all);
    QVERIFY(stored.ok());
    for (const StoredArticle &article : *stored) {
        SearchQuery::Subject subject{article.article.headText(), article.article.bodyText(),
                                     article.record.authors, article.sectionTitle};
        const ArticleDesk desk = *library->desk(article.record.id);
        subject.collections = desk.collections;
        subject.tags = desk.tags;
        subject.hasNote = !desk.note.isEmpty();
        if (parsed.matches(subject))
            expected << article.record.id;
    }
    std::sort(expected.begin(), expected.end());
    QCOMPARE(searchIds(*library, query, exactScript), expected);
    if (query == u"has:note"_s)
        QCOMPARE(expected, *library->articlesWithNotes());
}

void TestDesk::timelineOfATag()
{
    auto library = open();
    QVERIFY(library->importPaths(TestData::issuePaths()).failures.isEmpty());
    const QList<qint64> all = articleIds(*library);
    QVERIFY(library->addTags(all.mid(0, 10), {u"t"_s}).ok());
    TimelineRequest request;
    request.text = u"tag:t"_s;
    request.by = TimelineUnit::Day;
    const auto buckets = library->timeline(request);
    QVERIFY2(buckets.ok(), qPrintable(buckets.errorMessage()));
    int matches = 0;
    for (const TimelineBucket &bucket : *buckets)
        matches += bucket.matches;
    // Undated issues are left out of a timeline (a date guessed from the file's
    // modification time counts, as in the tree and the date filters).
    int dated = 0;
    const QList<StoredArticle> tagged = *library->storedArticles(all.mid(0, 10));
    for (const StoredArticle &article : tagged)
        dated += library->issue(article.record.issueId)->date.isValid() ? 1 : 0;
    QCOMPARE(matches, dated);
}

void TestDesk::readOnly()
{
    {
        auto library = open();
        QVERIFY(library->importFile(TestData::seedPath()).ok());
        QVERIFY(library->createCollection(u"c"_s).ok());
    }
    auto reader = Library::open(path(u"library.sqlite"_s),
                                Library::Options{.access = Library::Access::ReadOnly});
    QVERIFY(reader.ok());
    const qint64 article = articleIds(**reader).first();
    QCOMPARE((*reader)->createCollection(u"d"_s).error().code, Error::Code::LibraryReadOnly);
    QCOMPARE((*reader)->addTags({article}, {u"t"_s}).error().code, Error::Code::LibraryReadOnly);
    QCOMPARE((*reader)->setNote(article, u"n"_s).error().code, Error::Code::LibraryReadOnly);
    QCOMPARE((*reader)->importDesk("{}").error().code, Error::Code::LibraryReadOnly);
    QCOMPARE((*reader)->collections()->size(), 1);
    QVERIFY((*reader)->exportDesk({}).ok());
}

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
