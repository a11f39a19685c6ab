#include "correction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The corrections file, format 1 (docs: corrections-json.md) with Broadsheet's
// "texts": what is written is read back the same, and what is not a corrections
// file is refused in words that say where.
class TestCorrection : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void readsTheContractsExample();
    void refusesMalformed_data();
    void refusesMalformed();
    void describe_data();
    void describe();
};

namespace {

CorrectionOperation op(CorrectionOperation::Kind kind, QList<int> lines, int target = 0)
{
    CorrectionOperation operation;
    operation.kind = kind;
    operation.lines = std::move(lines);
    operation.target = target;
    return operation;
}

CorrectionSet everyOperation()
{
    using Kind = CorrectionOperation::Kind;
    CorrectionSet set;
    set.sourceSha256 = u"ab12"_s;
    set.operations << op(Kind::Move, {10, 11}, 7);
    set.operations.last().texts = {{10, u"第一行"_s}, {11, u"第二行"_s}, {7, u"标题"_s}};
    set.operations << op(Kind::Move, {40});
    set.operations.last().toNewArticle = true;
    set.operations << op(Kind::Split, {}, 52);
    set.operations << op(Kind::Merge, {30, 44});
    set.operations << op(Kind::Role, {8});
    set.operations.last().role = u"title"_s;
    set.operations << op(Kind::Title, {}, 12);
    set.operations.last().text = u"改正后的标题"_s;
    return set;
}

} // namespace

void TestCorrection::roundTrip()
{
    const CorrectionSet set = everyOperation();
    const QByteArray json = set.toJson();
    const auto read = CorrectionSet::fromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(*read, set);
    QCOMPARE(read->toJson(), json);

    // The written document has the contract's field names.
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(u"format"_s).toInt(), 1);
    QCOMPARE(object.value(u"source_sha256"_s).toString(), u"ab12"_s);
    const QJsonArray operations = object.value(u"operations"_s).toArray();
    QCOMPARE(operations.size(), 6);
    QCOMPARE(operations[0].toObject().value(u"to_article_of_line"_s).toInt(), 7);
    QCOMPARE(operations[0].toObject().value(u"texts"_s).toObject().value(u"10"_s).toString(),
             u"第一行"_s);
    QVERIFY(operations[1].toObject().value(u"to_new_article"_s).toBool());
    QCOMPARE(operations[2].toObject().value(u"before_line"_s).toInt(), 52);
    QCOMPARE(operations[4].toObject().value(u"role"_s).toString(), u"title"_s);
    QCOMPARE(operations[5].toObject().value(u"article_of_line"_s).toInt(), 12);
}

void TestCorrection::readsTheContractsExample()
{
    const QByteArray json = R"({
      "format": 1,
      "source_sha256": "00ff",
      "operations": [
        {"op": "move",  "lines": [11, 10], "to_article_of_line": 7},
        {"op": "move",  "lines": [40], "to_new_article": true},
        {"op": "split", "before_line": 52},
        {"op": "merge", "lines": [30, 44]},
        {"op": "role",  "lines": [8], "role": "title"},
        {"op": "title", "article_of_line": 12, "text": "改正后的标题"}
      ]
    })";
    const auto read = CorrectionSet::fromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    CorrectionSet expected = everyOperation();
    expected.sourceSha256 = u"00ff"_s;
    expected.operations[0].texts.clear();
    QCOMPARE(*read, expected);
    QCOMPARE(read->operations[0].lines, (QList<int>{10, 11})); // ascending, as documented
    QCOMPARE(read->operations[0].namedLines(), (QList<int>{7, 10, 11}));
}

void TestCorrection::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    const auto file = [](const char *operation) {
        return QByteArray(R"({"format": 1, "source_sha256": "", "operations": [{"op": "split", )"
                          R"("before_line": 3}, )") +
               operation + "]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1,") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"no JSON object"_s;
    QTest::newRow("no format") << QByteArray(R"({"operations": []})") << u"\"format\""_s;
    QTest::newRow("format 2") << QByteArray(
                                     R"({"format": 2, "source_sha256": "", "operations": []})")
                              << u"format 2"_s;
    QTest::newRow("no sha") << QByteArray(R"({"format": 1, "operations": []})")
                            << u"source_sha256"_s;
    QTest::newRow("no operations")
        << QByteArray(R"({"format": 1, "source_sha256": ""})") << u"\"operations\""_s;
    QTest::newRow("operation not an object") << file("7") << u"Operation 2"_s;
    QTest::newRow("unknown op") << file(R"({"op": "delete", "lines": [3]})")
                                << u"Operation 2 of the corrections: \"delete\""_s;
    QTest::newRow("no op") << file(R"({"lines": [3]})") << u"Operation 2"_s;
    QTest::newRow("move without lines")
        << file(R"({"op": "move", "to_article_of_line": 3})") << u"\"lines\""_s;
    QTest::newRow("move without target")
        << file(R"({"op": "move", "lines": [3]})") << u"to_article_of_line"_s;
    QTest::newRow("move with both targets")
        << file(R"({"op": "move", "lines": [3], "to_article_of_line": 1, "to_new_article": true})")
        << u"to_article_of_line"_s;
    QTest::newRow("line zero") << file(R"({"op": "move", "lines": [0], "to_new_article": true})")
                               << u"Operation 2"_s;
    QTest::newRow("negative line") << file(R"({"op": "split", "before_line": -4})")
                                   << u"\"before_line\" must be a line number"_s;
    QTest::newRow("fractional line")
        << file(R"({"op": "title", "article_of_line": 2.5, "text": "标题"})")
        << u"\"article_of_line\""_s;
    QTest::newRow("line as text") << file(R"({"op": "merge", "lines": ["3", 5]})")
                                  << u"\"lines\" holds"_s;
    QTest::newRow("merge of one line")
        << file(R"({"op": "merge", "lines": [3]})") << u"at least two"_s;
    QTest::newRow("merge of one line twice")
        << file(R"({"op": "merge", "lines": [3, 3]})") << u"at least two"_s;
    QTest::newRow("unknown role") << file(R"({"op": "role", "lines": [3], "role": "headline"})")
                                  << u"\"role\" must be one of"_s;
    QTest::newRow("title without text")
        << file(R"({"op": "title", "article_of_line": 3})") << u"\"text\""_s;
    QTest::newRow("texts not an object")
        << file(R"({"op": "split", "before_line": 3, "texts": ["a"]})") << u"\"texts\""_s;
    QTest::newRow("texts keyed by a word")
        << file(R"({"op": "split", "before_line": 3, "texts": {"three": "a"}})") << u"\"texts\""_s;
}

void TestCorrection::refusesMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    const auto read = CorrectionSet::fromJson(json);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(fragment), qPrintable(read.errorMessage()));
    QCOMPARE(read.error().code, Error::Code::InvalidInput);
}

void TestCorrection::describe_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("text");
    QTest::newRow("move") << 0 << u"Move lines 10\u201311 to the article of line 7"_s;
    QTest::newRow("move to new") << 1 << u"Move line 40 to a new article"_s;
    QTest::newRow("split") << 2 << u"Split the article before line 52"_s;
    QTest::newRow("merge") << 3 << u"Merge the articles of lines 30 and 44"_s;
    QTest::newRow("role") << 4 << u"Make line 8 a title"_s;
    QTest::newRow("title") << 5 << u"Retitle the article of line 12: \u201c改正后的标题\u201d"_s;
}

void TestCorrection::describe()
{
    QFETCH(int, index);
    QFETCH(QString, text);
    QCOMPARE(everyOperation().operations[index].describe(), text);
}

QTEST_GUILESS_MAIN(TestCorrection)
#include "tst_correction.moc"
