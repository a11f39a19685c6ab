#include "issuejson.h"
#include "issueparser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The parse JSON written an article at a time is the same document, byte for
// byte, as the one built whole.
class TestIssueJson : public QObject
{
    Q_OBJECT

private slots:
    void streamedEqualsWhole_data();
    void streamedEqualsWhole();
    void issueObject();
    void issueObjectWhenNothingIsKnown();
    void issueObjectFromThePath();
    void issueObjectSources();
    void issueObjectIsDeterministicForBytes();
    void doubtsAndConfidence_data();
    void doubtsAndConfidence();
};

void TestIssueJson::streamedEqualsWhole_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QStringList files{QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt")};
    const QDir issues(QStringLiteral(BROADSHEET_TEST_DATA "/issues"));
    for (const QString &name : issues.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << issues.filePath(name);
    for (const QString &file : files) {
        for (auto format : {QJsonDocument::Indented, QJsonDocument::Compact})
            QTest::newRow(
                qPrintable(QFileInfo(file).fileName() +
                           (format == QJsonDocument::Compact ? u" compact"_s : u" indented"_s)))
                << file << int(format);
    }
    // Edge shapes: no sections at all, and a section with one article.
    QTest::newRow("empty issue") << QString() << int(QJsonDocument::Indented);
}

void TestIssueJson::streamedEqualsWhole()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const Issue issue =
        file.isEmpty() ? IssueParser::parseText(QString()) : *IssueParser::parseFile(file);
    const auto jsonFormat = QJsonDocument::JsonFormat(format);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(IssueJson::write(issue, &buffer, jsonFormat));
    const QByteArray whole = QJsonDocument(IssueJson::toJson(issue)).toJson(jsonFormat);
    QCOMPARE(buffer.data(), whole);
}

namespace {

QJsonObject valueFrom(const QJsonValue &value, const QString &source)
{
    return QJsonObject{{u"value"_s, value}, {u"source"_s, source}};
}

} // namespace

// The "issue" object: paper, date, edition and pages, each value with its source.
// The top-level "paper", "date" and "masthead_line" stay as they were.
void TestIssueJson::issueObject()
{
    const QString text = u"辽源日报 2019年2月20日 星期三 第12345期\n" // 1
                         u"\n"
                         u"第01版：要闻\n" // 3
                         u"\n"
                         u"春耕备耕正当时 全市落实春播面积212万亩\n" // 5
                         u"\n"
                         u"本报讯(记者 王茵)连日来，全市各地抢抓农时，春耕备耕工作全面展开。\n" // 7
                         u"\n"
                         u"第02版\n" // 9
                         u"\n"
                         u"我市工业经济实现平稳开局\n" // 11
                         u"\n"
                         u"本报讯(记者 李锋)今年以来，全市规模以上工业增加值同比增长百分之六。\n"_s;
    const auto issue = IssueParser::parse(text.toUtf8(), u"rmrb/2018-01-01/rmrb_05.txt"_s);
    QVERIFY(issue);
    const QJsonObject root = IssueJson::toJson(*issue);
    QCOMPARE(root[u"format"_s].toInt(), 1);
    QCOMPARE(root[u"paper"_s].toString(), u"辽源日报"_s);
    QCOMPARE(root[u"date"_s].toString(), u"2019-02-20"_s);
    QCOMPARE(root[u"masthead_line"_s].toInt(), 1);
    QCOMPARE(root[u"masthead_lines"_s].toArray(), QJsonArray{1});

    const QJsonObject expected{
        {u"newspaper"_s, valueFrom(u"辽源日报"_s, u"text"_s)},
        {u"date"_s, valueFrom(u"2019-02-20"_s, u"text"_s)},
        {u"edition"_s, valueFrom(u"第12345期"_s, u"text"_s)},
        {u"pages"_s,
         QJsonArray{
             QJsonObject{{u"number"_s, valueFrom(u"01"_s, u"text"_s)},
                         {u"name"_s, valueFrom(u"要闻"_s, u"text"_s)},
                         {u"lines"_s, QJsonArray{1, 7}}},
             QJsonObject{{u"number"_s, valueFrom(u"02"_s, u"text"_s)},
                         {u"name"_s, QJsonValue::Null},
                         {u"lines"_s, QJsonArray{9, 13}}},
         }},
    };
    QCOMPARE(root[u"issue"_s].toObject(), expected);
}

void TestIssueJson::issueObjectWhenNothingIsKnown()
{
    const QJsonObject root = IssueJson::toJson(IssueParser::parseText(QString()));
    const QJsonObject expected{{u"newspaper"_s, QJsonValue::Null},
                               {u"date"_s, QJsonValue::Null},
                               {u"edition"_s, QJsonValue::Null},
                               {u"pages"_s, QJsonArray()}};
    QCOMPARE(root[u"issue"_s].toObject(), expected);
    QVERIFY(root[u"paper"_s].isNull());
    QVERIFY(root[u"date"_s].isNull());
}

void TestIssueJson::issueObjectFromThePath()
{
    const QByteArray bytes =
        u"春耕备耕正当时 全市落实春播面积212万亩\n\n"
        u"本报讯(记者 王茵)连日来，全市各地抢抓农时，春耕备耕工作全面展开。\n"_s.toUtf8();
    const auto issue = IssueParser::parse(bytes, u"C:\\报纸\\lyrb\\20190220\\第03版_要闻.txt"_s);
    QVERIFY(issue);
    const QJsonObject root = IssueJson::toJson(*issue);
    const QJsonObject expected{
        {u"newspaper"_s, valueFrom(u"辽源日报"_s, u"path"_s)},
        {u"date"_s, valueFrom(u"2019-02-20"_s, u"path"_s)},
        {u"edition"_s, QJsonValue::Null},
        {u"pages"_s, QJsonArray{QJsonObject{{u"number"_s, valueFrom(u"03"_s, u"path"_s)},
                                            {u"name"_s, valueFrom(u"要闻"_s, u"path"_s)},
                                            {u"lines"_s, QJsonArray{1, 3}}}}},
    };
    QCOMPARE(root[u"issue"_s].toObject(), expected);
    // The top-level fields keep telling only what the text gives.
    QVERIFY(root[u"paper"_s].isNull());
    QVERIFY(root[u"date"_s].isNull());
}

// Every source is written by its name; a page without known lines has null lines.
void TestIssueJson::issueObjectSources()
{
    Issue issue = IssueParser::parseText(QString());
    issue.metadata.newspaper = Sourced<QString>{u"辽源日报"_s, MetadataSource::User};
    issue.metadata.date = Sourced<QDate>{QDate(2019, 2, 20), MetadataSource::Guess};
    issue.metadata.edition = Sourced<QString>{u"总第9876号"_s, MetadataSource::Text};
    issue.metadata.pages << IssuePage{Sourced<QString>{u"A2"_s, MetadataSource::Path}, std::nullopt,
                                      0, 0};
    const QJsonObject object = IssueJson::toJson(issue)[u"issue"_s].toObject();
    QCOMPARE(object[u"newspaper"_s].toObject(), valueFrom(u"辽源日报"_s, u"user"_s));
    QCOMPARE(object[u"date"_s].toObject(), valueFrom(u"2019-02-20"_s, u"guess"_s));
    QCOMPARE(object[u"edition"_s].toObject(), valueFrom(u"总第9876号"_s, u"text"_s));
    const QJsonObject page = object[u"pages"_s].toArray().first().toObject();
    QCOMPARE(page[u"number"_s].toObject(), valueFrom(u"A2"_s, u"path"_s));
    QVERIFY(page[u"name"_s].isNull());
    QVERIFY(page[u"lines"_s].isNull());

    // Streamed the same as whole.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(IssueJson::write(issue, &buffer, QJsonDocument::Compact));
    QCOMPARE(buffer.data(), QJsonDocument(IssueJson::toJson(issue)).toJson(QJsonDocument::Compact));
}

// Parsing bytes never guesses from a modification time: the same bytes and path
// give the same document.
void TestIssueJson::issueObjectIsDeterministicForBytes()
{
    QFile seed(QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray bytes = seed.readAll();
    const auto first = IssueParser::parse(bytes, u"seeds/000_36b5ccdd5e2fe302.txt"_s);
    const auto second = IssueParser::parse(bytes, u"seeds/000_36b5ccdd5e2fe302.txt"_s);
    QVERIFY(first && second);
    const QJsonObject object = IssueJson::toJson(*first)[u"issue"_s].toObject();
    QCOMPARE(object, IssueJson::toJson(*second)[u"issue"_s].toObject());
    QVERIFY(object[u"date"_s].isNull());
    QVERIFY(object[u"newspaper"_s].isNull());
    QCOMPARE(object[u"pages"_s].toArray().size(), 0);
}

void TestIssueJson::doubtsAndConfidence_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("written"); // two decimals
    QTest::newRow("sure") << 1.0 << 1.0;
    QTest::newRow("one cut paragraph") << 0.85 << 0.85;
    QTest::newRow("a third") << 1.0 / 3 << 0.33;
    QTest::newRow("floor") << 0.1 << 0.1;
}

// The doubts, in the order the issue holds them, with null for no article; each
// article's confidence; streamed the same as whole.
void TestIssueJson::doubtsAndConfidence()
{
    QFETCH(double, confidence);
    QFETCH(double, written);
    Issue issue = IssueParser::parseText(
        u"县城新建三座口袋公园\n\n本报讯 县城新建的三座口袋公园日前向市民开放。\n"_s);
    QCOMPARE(issue.articleCount(), 1);
    issue.sections[0].articles[0].confidence = confidence;
    issue.doubts = {Doubt{Doubt::Kind::Encoding, 0, 0, u"whole file"_s},
                    Doubt{Doubt::Kind::CutParagraph, 3, 1, u"cut"_s}};
    const QJsonObject root = IssueJson::toJson(issue);
    const QJsonArray expected{
        QJsonObject{{u"kind"_s, u"encoding"_s},
                    {u"line"_s, 0},
                    {u"article"_s, QJsonValue::Null},
                    {u"message"_s, u"whole file"_s}},
        QJsonObject{{u"kind"_s, u"cut_paragraph"_s},
                    {u"line"_s, 3},
                    {u"article"_s, 1},
                    {u"message"_s, u"cut"_s}},
    };
    QCOMPARE(root[u"doubts"_s].toArray(), expected);
    const QJsonObject article =
        root[u"sections"_s].toArray()[0].toObject()[u"articles"_s].toArray()[0].toObject();
    QCOMPARE(article[u"confidence"_s].toDouble(), written);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(IssueJson::write(issue, &buffer, QJsonDocument::Compact));
    QCOMPARE(buffer.data(), QJsonDocument(root).toJson(QJsonDocument::Compact));
    QVERIFY(buffer.data().contains("\"confidence\":" + QByteArray::number(written)));
}

QTEST_GUILESS_MAIN(TestIssueJson)
#include "tst_issuejson.moc"
