#include "corrector.h"
#include "issuejson.h"
#include "issueparser.h"
#include "library.h"
#include "testlibrary.h"

#include "searchtokenizer.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// Corrections in the library, on real SQLite files and a real issue file: each
// operation as the tree, the reading pane and search see it, the undo model,
// re-import of the same and of a changed file, the JSON round trip between
// libraries, refusals, the upgrade from format 6 and the desk following articles.
class TestCorrections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void operations_data();
    void operations();
    void fewerOperationsRestoreExactly();
    void sameFileKeepsCorrections();
    void changedFileKeepsWhatHolds();
    void roundTripToAnotherLibrary();
    void refusedOperationsChangeNothing();
    void fileGoneOrChanged_data();
    void fileGoneOrChanged();
    void readOnlyRefuses();
    void importNamesAnUnknownIssue();
    void doubtsAndConfidence();
    void upgradeFromFormat6();
    void deskFollowsArticles();
    void mergeKeepsBothNotes();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<Library> open(const QString &name = u"library.sqlite"_s);
    qint64 importIssue(Library &library);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_issue; // a copy of the corrections test issue, which tests may change
};

namespace {

const QString kIssue =
    QStringLiteral(BROADSHEET_TEST_DATA "/corrections/c01_leads_before_headlines.txt");

CorrectionOperation move(QList<int> lines, int to)
{
    CorrectionOperation op;
    op.kind = CorrectionOperation::Kind::Move;
    op.lines = std::move(lines);
    op.target = to;
    return op;
}

CorrectionOperation moveToNew(QList<int> lines)
{
    CorrectionOperation op;
    op.kind = CorrectionOperation::Kind::Move;
    op.lines = std::move(lines);
    op.toNewArticle = true;
    return op;
}

CorrectionOperation split(int before)
{
    CorrectionOperation op;
    op.kind = CorrectionOperation::Kind::Split;
    op.target = before;
    return op;
}

CorrectionOperation merge(QList<int> lines)
{
    CorrectionOperation op;
    op.kind = CorrectionOperation::Kind::Merge;
    op.lines = std::move(lines);
    return op;
}

CorrectionOperation role(QList<int> lines, const QString &name)
{
    CorrectionOperation op;
    op.kind = CorrectionOperation::Kind::Role;
    op.lines = std::move(lines);
    op.role = name;
    return op;
}

CorrectionOperation title(int line, const QString &text)
{
    CorrectionOperation op;
    op.kind = CorrectionOperation::Kind::Title;
    op.target = line;
    op.text = text;
    return op;
}

CorrectionSet setOf(const QList<CorrectionOperation> &operations)
{
    return CorrectionSet{QString(), operations};
}

// The issue as format-1 JSON: what `show` prints and `parse` prints.
QByteArray jsonOf(const Issue &issue)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    IssueJson::write(issue, &buffer, QJsonDocument::Indented);
    return buffer.data();
}

// The file parsed and corrected without the library: what it must hold.
QByteArray expectedJson(const QString &file, const CorrectionSet &set, int *refused = nullptr)
{
    auto issue = IssueParser::parseFile(file);
    const auto bytes = IssueParser::readFile(file);
    const auto lines = IssueParser::sourceLines(*bytes);
    if (!issue || !lines)
        return {};
    CorrectionSet forFile = set;
    if (forFile.sourceSha256.isEmpty())
        forFile.sourceSha256 = issue->source.sha256;
    CorrectionOutcome outcome = Corrector::apply(*issue, *lines, forFile);
    if (refused)
        *refused = int(outcome.refused.size());
    return jsonOf(outcome.issue);
}

// Empty when the two JSON texts are the same, else their first differing lines.
QByteArray jsonDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> b = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return "line " + QByteArray::number(i + 1) + ": " + a.value(i) + " | expected " +
                   b.value(i);
    }
    return {};
}

#define COMPARE_JSON(actual, expected)                                                             \
    do {                                                                                           \
        const QByteArray difference = jsonDifference((actual), (expected));                        \
        QVERIFY2(difference.isEmpty(), difference.constData());                                    \
    } while (false)

QByteArray storedJson(Library &library, qint64 issueId)
{
    const auto issue = library.loadIssue(issueId);
    return issue ? jsonOf(*issue) : QByteArray();
}

// The article of the issue whose title (as the library holds it) is `text`.
std::optional<ArticleRecord> articleTitled(Library &library, qint64 issueId, const QString &text)
{
    const QList<ArticleRecord> records = library.articles(issueId).value();
    for (const ArticleRecord &record : records) {
        if (record.title == text)
            return record;
    }
    return std::nullopt;
}

QList<qint64> searchIds(Library &library, const QString &text)
{
    SearchRequest request;
    request.text = text;
    request.limit = 1000;
    QList<qint64> ids;
    const auto results = library.search(request);
    for (const SearchHit &hit : results->hits)
        ids << hit.article.id;
    return ids;
}

// SQL on the file itself, as an older Broadsheet would have left it.
bool execRaw(const QString &file, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK)
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

int sectionEntryArticles(Library &library, qint64 issueId)
{
    int count = 0;
    const QList<SectionRecord> sections = library.sections(issueId).value();
    for (const SectionRecord &section : sections) {
        const QList<SectionEntry> entries = library.sectionEntries(section.id).value();
        for (const SectionEntry &entry : entries)
            count += entry.group ? int(entry.group->articles.size()) : 1;
    }
    return count;
}

} // namespace

void TestCorrections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_issue = path(u"issues/c01.txt"_s);
    QVERIFY(TestData::writeFile(m_issue, TestData::readAll(kIssue)));
    // Undated, so that the file's time gives no date guess that could differ.
    QVERIFY(TestData::makeUndated(m_issue));
    m_issue = QFileInfo(m_issue).canonicalFilePath();
}

std::unique_ptr<Library> TestCorrections::open(const QString &name)
{
    auto library = Library::open(path(name));
    if (!library) {
        qWarning() << library.errorMessage();
        return nullptr;
    }
    return std::move(library).value();
}

qint64 TestCorrections::importIssue(Library &library)
{
    const auto imported = library.importFile(m_issue);
    if (!imported) {
        qWarning() << imported.errorMessage();
        return 0;
    }
    return imported->issueId;
}

void TestCorrections::operations_data()
{
    QTest::addColumn<QList<CorrectionOperation>>("operations");
    QTest::addColumn<int>("articles");
    // A text of the file, and the title of the article that must hold it then.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("holder");

    QTest::newRow("move to an article")
        << QList{move({11}, 13)} << 4 << u"春分刚过"_s << u"白沙镇春茶预计月底开采"_s;
    QTest::newRow("move two to their articles") << QList{move({11}, 13), move({23}, 25)} << 4
                                                << u"实训车间"_s << u"临江职中开设新能源汽车专业"_s;
    QTest::newRow("move to a new article")
        << QList{moveToNew({11})} << 5 << u"春分刚过"_s << QString();
    QTest::newRow("split") << QList{split(19)} << 5 << u"茶农聂秀兰"_s << QString();
    QTest::newRow("merge") << QList{merge({5, 13})} << 3 << u"白沙镇现有茶园"_s
                           << u"临江县启动农村公路提质工程"_s;
    QTest::newRow("role") << QList{role({35}, u"body"_s)} << 4 << u"最后一公里"_s
                          << u"让农村公路通到群众心坎上"_s;
    QTest::newRow("title") << QList{title(13, u"白沙镇春茶开采在即"_s)} << 4 << u"白沙镇现有茶园"_s
                           << u"白沙镇春茶开采在即"_s;
}

void TestCorrections::operations()
{
    QFETCH(QList<CorrectionOperation>, operations);
    QFETCH(int, articles);
    QFETCH(QString, text);
    QFETCH(QString, holder);
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    QVERIFY(id > 0);
    const QByteArray parsed = storedJson(*library, id);

    const auto outcome = library->setCorrections(id, setOf(operations));
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->refused.isEmpty());
    QCOMPARE(outcome->applied, int(operations.size()));

    // The library holds the corrected parse, and tells so everywhere.
    const QByteArray stored = storedJson(*library, id);
    QVERIFY(stored != parsed);
    COMPARE_JSON(stored, expectedJson(m_issue, setOf(operations)));
    QCOMPARE(library->issue(id)->articleCount, articles);
    QCOMPARE(library->issue(id)->correctionCount, int(operations.size()));
    QCOMPARE(library->articles(id)->size(), articles);
    QCOMPARE(sectionEntryArticles(*library, id), articles);
    const QList<qint64> found = searchIds(*library, text);
    QCOMPARE(found.size(), 1);
    const auto article = library->article(found.first());
    QVERIFY(article.ok());
    QVERIFY(article->article.plainText().contains(text));
    if (!holder.isEmpty())
        QCOMPARE(article->record.title, holder);
    QVERIFY(library->checkIntegrity().ok());

    const auto corrections = library->corrections(id);
    QVERIFY(corrections.ok());
    QCOMPARE(corrections->corrections.operations.size(), operations.size());
    QVERIFY(corrections->updated.isValid());
    const QString sha256 = library->issue(id)->sha256;
    QCOMPARE(corrections->corrections.sourceSha256, sha256);
    // Each operation keeps the text of the lines it names.
    for (const CorrectionOperation &op : corrections->corrections.operations)
        QVERIFY(!op.texts.isEmpty());
}

void TestCorrections::fewerOperationsRestoreExactly()
{
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    const QByteArray parsed = storedJson(*library, id);
    const QList<CorrectionOperation> ops{move({11}, 13), title(25, u"职中新专业"_s)};
    QVERIFY(library->setCorrections(id, setOf(ops)).ok());
    QVERIFY(library->setCorrections(id, setOf({ops.first()})).ok());
    COMPARE_JSON(storedJson(*library, id), expectedJson(m_issue, setOf({ops.first()})));
    QCOMPARE(searchIds(*library, u"职中新专业"_s).size(), 0);
    QCOMPARE(searchIds(*library, u"临江职中开设"_s).size(), 1);
    // None left: the parse as imported, and nothing kept.
    QVERIFY(library->setCorrections(id, CorrectionSet{}).ok());
    COMPARE_JSON(storedJson(*library, id), parsed);
    QVERIFY(library->corrections(id)->corrections.isEmpty());
    QVERIFY(!library->corrections(id)->updated.isValid());
    QCOMPARE(library->issue(id)->correctionCount, 0);
    QVERIFY(library->checkIntegrity().ok());
}

void TestCorrections::sameFileKeepsCorrections()
{
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    const CorrectionSet set = setOf({move({11}, 13), title(13, u"白沙镇春茶开采在即"_s)});
    QVERIFY(library->setCorrections(id, set).ok());
    const QByteArray corrected = storedJson(*library, id);

    const auto again = library->importFile(m_issue);
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, ImportResult::Outcome::AlreadyPresent);
    COMPARE_JSON(storedJson(*library, id), corrected);

    // Removed and imported again: kept by the file's content, applied again.
    QVERIFY(library->removeIssue(id).ok());
    const auto back = library->importFile(m_issue);
    QVERIFY(back.ok());
    QCOMPARE(back->outcome, ImportResult::Outcome::Imported);
    QVERIFY(back->correctionsNotKept.isEmpty());
    QCOMPARE(back->articleCount, 4);
    COMPARE_JSON(storedJson(*library, back->issueId), corrected);
    QCOMPARE(library->issue(back->issueId)->correctionCount, 2);
    QCOMPARE(searchIds(*library, u"开采在即"_s).size(), 1);
    QCOMPARE(searchIds(*library, u"预计月底开采"_s).size(), 1); // the parser's title
    QVERIFY(library->checkIntegrity().ok());
}

void TestCorrections::changedFileKeepsWhatHolds()
{
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    const QByteArray original = TestData::readAll(m_issue);
    QVERIFY(library->setCorrections(id, setOf({move({11}, 13), move({23}, 25)})).ok());
    const QByteArray corrected = storedJson(*library, id);

    // Line 23 says something else now; line 11 and its target line are as they were.
    QByteArray changed = original;
    changed.replace("二十多名学生", "三十多名学生");
    QVERIFY(changed != original);
    QVERIFY(TestData::writeFile(m_issue, changed));
    QVERIFY(TestData::makeUndated(m_issue));
    const auto replaced = library->importFile(m_issue);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
    QCOMPARE(replaced->outcome, ImportResult::Outcome::Replaced);
    QCOMPARE(replaced->correctionsNotKept.size(), 1);
    QCOMPARE(replaced->correctionsNotKept.first().position, 2);
    QVERIFY(!replaced->correctionsNotKept.first().reason.isEmpty());
    const auto kept = library->corrections(replaced->issueId);
    QVERIFY(kept.ok());
    QCOMPARE(kept->corrections.operations.size(), 1);
    QCOMPARE(kept->corrections.operations.first().lines, QList<int>{11});
    QCOMPARE(kept->corrections.sourceSha256, IssueParser::sha256Of(changed));
    COMPARE_JSON(storedJson(*library, replaced->issueId), expectedJson(m_issue, kept->corrections));

    // The old contents' corrections stayed: the file as it was gets all of them back.
    QVERIFY(TestData::writeFile(m_issue, original));
    QVERIFY(TestData::makeUndated(m_issue));
    const auto restored = library->importFile(m_issue);
    QVERIFY(restored.ok());
    QCOMPARE(restored->outcome, ImportResult::Outcome::Replaced);
    QVERIFY(restored->correctionsNotKept.isEmpty());
    QCOMPARE(library->issue(restored->issueId)->correctionCount, 2);
    COMPARE_JSON(storedJson(*library, restored->issueId), corrected);
    QVERIFY(library->checkIntegrity().ok());
}

void TestCorrections::roundTripToAnotherLibrary()
{
    auto first = open();
    QVERIFY(first);
    const qint64 id = importIssue(*first);
    QVERIFY(
        first->setCorrections(id, setOf({move({11}, 13), split(19), role({35}, u"body"_s)})).ok());
    const QByteArray json = first->corrections(id)->corrections.toJson();
    QVERIFY(json.contains("\"texts\""));

    auto second = open(u"other.sqlite"_s);
    QVERIFY(second);
    const qint64 otherId = importIssue(*second);
    const auto report = second->importCorrections(json);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->issueId, otherId);
    QCOMPARE(report->applied, 3);
    QVERIFY(report->refused.isEmpty());
    COMPARE_JSON(storedJson(*second, otherId), storedJson(*first, id));
    QCOMPARE(second->corrections(otherId)->corrections, first->corrections(id)->corrections);
    // Importing it again changes nothing.
    QVERIFY(second->importCorrections(json).ok());
    COMPARE_JSON(storedJson(*second, otherId), storedJson(*first, id));
}

void TestCorrections::refusedOperationsChangeNothing()
{
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    QVERIFY(library->setCorrections(id, setOf({move({11}, 13)})).ok());
    const QByteArray before = storedJson(*library, id);
    // Line 2 is blank (no article holds it); line 999 is past the end.
    const CorrectionSet bad = setOf({move({23}, 25), move({2}, 13), split(999)});
    const auto outcome = library->setCorrections(id, bad);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->refused.size(), 2);
    COMPARE_JSON(storedJson(*library, id), before);
    QCOMPARE(library->corrections(id)->corrections.operations.size(), 1);

    // keepApplicable: the one that can be applied is, and only it is kept.
    const auto kept = library->setCorrections(id, bad, true);
    QVERIFY(kept.ok());
    QCOMPARE(kept->applied, 1);
    QCOMPARE(library->corrections(id)->corrections.operations.size(), 1);
    QCOMPARE(library->corrections(id)->corrections.operations.first().lines, QList<int>{23});
    COMPARE_JSON(storedJson(*library, id), expectedJson(m_issue, setOf({move({23}, 25)})));
}

void TestCorrections::fileGoneOrChanged_data()
{
    QTest::addColumn<bool>("remove");
    QTest::newRow("moved away") << true;
    QTest::newRow("changed on disk") << false;
}

void TestCorrections::fileGoneOrChanged()
{
    QFETCH(bool, remove);
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    QVERIFY(library->setCorrections(id, setOf({move({11}, 13)})).ok());
    const QByteArray before = storedJson(*library, id);
    const CorrectionSet before1 = library->corrections(id)->corrections;
    if (remove) {
        QVERIFY(QFile::rename(m_issue, path(u"elsewhere.txt"_s)));
    } else {
        QByteArray bytes = TestData::readAll(m_issue);
        bytes.append("\n新加的一行。\n");
        QVERIFY(TestData::writeFile(m_issue, bytes));
    }
    const auto outcome = library->setCorrections(id, setOf({move({23}, 25)}));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.errorMessage().contains(m_issue), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome.errorMessage().contains(remove ? u"no longer there"_s : u"changed"_s));
    QVERIFY(!library->sourceLines(id).ok());
    COMPARE_JSON(storedJson(*library, id), before);
    QCOMPARE(library->corrections(id)->corrections, before1);
}

void TestCorrections::readOnlyRefuses()
{
    QByteArray json;
    {
        auto library = open();
        QVERIFY(library);
        const qint64 id = importIssue(*library);
        QVERIFY(library->setCorrections(id, setOf({move({11}, 13)})).ok());
        json = library->corrections(id)->corrections.toJson();
    }
    auto reader = Library::open(path(u"library.sqlite"_s),
                                Library::Options{.access = Library::Access::ReadOnly});
    QVERIFY(reader.ok());
    const qint64 id = (*reader)->issues()->first().id;
    const auto set = (*reader)->setCorrections(id, CorrectionSet{});
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code, Error::Code::LibraryReadOnly);
    const auto imported = (*reader)->importCorrections(json);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Error::Code::LibraryReadOnly);
    // Reading works.
    QCOMPARE((*reader)->corrections(id)->corrections.operations.size(), 1);
    QVERIFY((*reader)->sourceLines(id).ok());
    QCOMPARE((*reader)->sourceLines(id)->size(), 39);
}

void TestCorrections::importNamesAnUnknownIssue()
{
    auto library = open();
    QVERIFY(library);
    importIssue(*library);
    CorrectionSet set = setOf({move({11}, 13)});
    set.sourceSha256 = QString(64, u'0');
    const auto report = library->importCorrections(set.toJson());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::NotFound);
    QVERIFY(report.errorMessage().contains(set.sourceSha256));
    const auto malformed = library->importCorrections("{\"format\": 1, \"operations\": 3}");
    QVERIFY(!malformed.ok());
    QVERIFY(!malformed.errorMessage().isEmpty());
}

void TestCorrections::doubtsAndConfidence()
{
    // Every test issue: the library gives back the parser's doubts and confidences.
    auto library = open();
    QVERIFY(library);
    const ImportReport report = library->importPaths(TestData::issuePaths());
    QVERIFY(report.failures.isEmpty());
    int doubts = 0;
    int doubtful = 0;
    for (const ImportResult &result : report.results) {
        const auto parsed = IssueParser::parseFile(result.path);
        QVERIFY(parsed.ok());
        const auto stored = library->loadIssue(result.issueId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->doubts.size(), parsed->doubts.size());
        QCOMPARE(library->doubts(result.issueId)->size(), parsed->doubts.size());
        QCOMPARE(library->issue(result.issueId)->doubtCount, int(parsed->doubts.size()));
        for (qsizetype i = 0; i < parsed->doubts.size(); ++i) {
            QCOMPARE(stored->doubts[i].line, parsed->doubts[i].line);
            QCOMPARE(stored->doubts[i].kind, parsed->doubts[i].kind);
            QCOMPARE(stored->doubts[i].articleId, parsed->doubts[i].articleId);
            QCOMPARE(stored->doubts[i].message, parsed->doubts[i].message);
        }
        doubts += int(parsed->doubts.size());
        const auto records = library->articles(result.issueId);
        qsizetype at = 0;
        for (const Section &section : parsed->sections) {
            for (const Article &article : section.articles) {
                QCOMPARE(records->at(at++).confidence, article.confidence);
                doubtful += article.confidence < 1.0 ? 1 : 0;
            }
        }
    }
    QVERIFY2(doubts > 0, "the test issues should give the parser some doubts");
    QVERIFY(doubtful > 0);

    // Search: the filter and the order. "的" is in nearly every article.
    SearchRequest all;
    all.text = u"的"_s;
    all.limit = 10000;
    const int total = library->search(all)->total;
    SearchRequest unsure = all;
    unsure.maxConfidence = 0.999;
    const auto filtered = library->search(unsure);
    QVERIFY(filtered.ok());
    QVERIFY(filtered->total > 0 && filtered->total < total);
    for (const SearchHit &hit : filtered->hits)
        QVERIFY(hit.article.confidence <= 0.999);
    SearchRequest least = all;
    least.sort = SearchRequest::Sort::LeastConfident;
    const auto sorted = library->search(least);
    QVERIFY(sorted.ok());
    QCOMPARE(sorted->total, total);
    for (qsizetype i = 1; i < sorted->hits.size(); ++i)
        QVERIFY(sorted->hits[i - 1].article.confidence <= sorted->hits[i].article.confidence);
    QVERIFY(sorted->hits.first().article.confidence < 1.0);
}

void TestCorrections::upgradeFromFormat6()
{
    // A library of format 6, made by taking format 7's additions away from a new one.
    {
        auto library = open();
        QVERIFY(library);
        QVERIFY(library->importPaths({m_issue, TestData::seedPath()}).failures.isEmpty());
        const qint64 id = *library->issueIdForPath(m_issue).value();
        QVERIFY(library->addTags({library->articles(id)->first().id}, {u"旧"_s}).ok());
    }
    QVERIFY(execRaw(
        path(u"library.sqlite"_s),
        u"DROP TABLE companions; ALTER TABLE issues DROP COLUMN fingerprint; DROP TABLE corrections; DROP TABLE issue_doubts; "
        "ALTER TABLE articles DROP COLUMN confidence; "
        "ALTER TABLE articles DROP COLUMN parser_title; PRAGMA user_version = 6;"_s));
    {
        // Read-only, format 6 is read: no corrections, no doubts, every article sure.
        auto reader = Library::open(path(u"library.sqlite"_s),
                                    Library::Options{.access = Library::Access::ReadOnly});
        QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
        QCOMPARE((*reader)->schemaVersion(), 6);
        const qint64 id = *(*reader)->issueIdForPath(m_issue).value();
        QCOMPARE((*reader)->issue(id)->correctionCount, 0);
        QVERIFY((*reader)->doubts(id)->isEmpty());
        QVERIFY((*reader)->corrections(id)->corrections.isEmpty());
        QVERIFY((*reader)->loadIssue(id).ok());
        QCOMPARE((*reader)->articles(id)->first().confidence, 1.0);
        SearchRequest request;
        request.text = u"白沙镇"_s;
        request.maxConfidence = 0.5;
        QCOMPARE((*reader)->search(request)->total, 0);
        request.maxConfidence.reset();
        request.sort = SearchRequest::Sort::LeastConfident;
        QVERIFY((*reader)->search(request)->total > 0);
    }
    auto library = open();
    QVERIFY(library);
    QCOMPARE(library->schemaVersion(), Library::kSchemaVersion);
    const qint64 id = *library->issueIdForPath(m_issue).value();
    QCOMPARE(TestData::searchCount(*library, u"tag:旧"_s), 1);
    QCOMPARE(TestData::searchCount(*library, u"春分刚过"_s), 1);
    // Corrections work on what was there before the upgrade.
    QVERIFY(library->setCorrections(id, setOf({move({11}, 13)})).ok());
    COMPARE_JSON(storedJson(*library, id), expectedJson(m_issue, setOf({move({11}, 13)})));
    QCOMPARE(TestData::searchCount(*library, u"tag:旧"_s), 1);
    QVERIFY(library->checkIntegrity().ok());
}

void TestCorrections::deskFollowsArticles()
{
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    const QString tea = u"白沙镇春茶预计月底开采"_s;
    const QString school = u"临江职中开设新能源汽车专业"_s;
    const auto teaArticle = articleTitled(*library, id, tea);
    const auto schoolArticle = articleTitled(*library, id, school);
    QVERIFY(teaArticle && schoolArticle);
    QVERIFY(library->addTags({teaArticle->id}, {u"茶"_s}).ok());
    const auto collection = library->createCollection(u"学校"_s);
    QVERIFY(library->addToCollection(*collection, {schoolArticle->id}).ok());
    QVERIFY(library->setNote(schoolArticle->id, u"新专业"_s).ok());

    // The two leads join their articles: each article now starts a line earlier
    // (the desk's key changes), and its tags, collection and note follow it.
    QVERIFY(library->setCorrections(id, setOf({move({11}, 13), move({23}, 25)})).ok());
    for (int pass = 0; pass < 2; ++pass) {
        const auto teaNow = articleTitled(*library, id, tea);
        const auto schoolNow = articleTitled(*library, id, school);
        QVERIFY(teaNow && schoolNow);
        QCOMPARE(library->desk(teaNow->id)->tags, QStringList{u"茶"_s});
        QCOMPARE(library->desk(schoolNow->id)->note, u"新专业"_s);
        QCOMPARE(library->desk(schoolNow->id)->collections, QStringList{u"学校"_s});
        QCOMPARE(library->collectionArticles(*collection)->size(), 1);
        QCOMPARE(library->collections()->first().absentCount, 0);
        QCOMPARE(TestData::searchCount(*library, u"tag:茶"_s), 1);
        const QList<ArticleRecord> all = library->articles(id).value();
        for (const ArticleRecord &other : all) {
            if (other.id != teaNow->id)
                QVERIFY(library->desk(other.id)->tags.isEmpty());
        }
        // Undone: the desk follows the articles back.
        QVERIFY(library->setCorrections(id, CorrectionSet{}).ok());
    }
    QVERIFY(library->checkIntegrity().ok());
}

void TestCorrections::mergeKeepsBothNotes()
{
    // Two articles with notes made one: the second's note cannot take the first's
    // key; it is kept, and comes back when the merge is undone.
    auto library = open();
    QVERIFY(library);
    const qint64 id = importIssue(*library);
    const QString road = u"临江县启动农村公路提质工程"_s;
    const QString tea = u"白沙镇春茶预计月底开采"_s;
    QVERIFY(library->setNote(articleTitled(*library, id, road)->id, u"公路"_s).ok());
    QVERIFY(library->setNote(articleTitled(*library, id, tea)->id, u"茶"_s).ok());
    QVERIFY(library->setCorrections(id, setOf({merge({5, 13})})).ok());
    QVERIFY(!articleTitled(*library, id, tea));
    QCOMPARE(library->desk(articleTitled(*library, id, road)->id)->note, u"公路"_s);
    QVERIFY(library->setCorrections(id, CorrectionSet{}).ok());
    QCOMPARE(library->desk(articleTitled(*library, id, road)->id)->note, u"公路"_s);
    QCOMPARE(library->desk(articleTitled(*library, id, tea)->id)->note, u"茶"_s);
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
