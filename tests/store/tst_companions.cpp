#include "epaperlayouts.h"
#include "issueparser.h"
#include "library.h"
#include "pdfissuetext.h"
#include "pdftextsource.h"
#include "strictskip.h"
#include "testlibrary.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace EpaperTest;
using namespace Qt::StringLiterals;

// The e-paper PDF and the text file of one page are one issue, whichever comes
// first: the other joins it as its companion, is recognised when imported again,
// and a text issue finds its page in its companion PDF. The text is either a clean
// one (a paragraph a line, as e-paper sites give it) or pdftotext's, which runs
// neighbouring columns together so that the two parses share few headlines: the
// texts' fingerprints still match. Files of different pages, and two text files,
// stay apart.
class TestCompanions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void samePageIsOneIssue_data();
    void samePageIsOneIssue();
    void differentPagesStayApart();
    void twoTextFilesStayApart();
    void companionGoneIsSaid();

private:
    QString path(const QString &name) const { return m_files.filePath(name); }
    ImportResult import(const QString &file);

    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestCompanions::initTestCase()
{
    PdfTextSourceInProcess::install();
    QVERIFY(m_files.isValid());
    // Each page as a PDF, and as the text an extractor left of it.
    for (const Layout &layout : layouts()) {
        const QString pdf = path(layout.name + u".pdf"_s);
        QCOMPARE(writePdf(pdf, layout.pages), QString());
        const Result<PdfIssueText> read = PdfIssueText::read(pdf);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QFile text(path(layout.name + u".txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(read->layout.text.toUtf8());
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            BROADSHEET_SKIP("pdftotext (poppler-utils) is not installed");
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdf, path(layout.name + u".pdftotext.txt"_s)});
        QVERIFY(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0);
    }
}

void TestCompanions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(library.ok(), qPrintable(library.errorMessage()));
    m_library = std::move(library).value();
}

void TestCompanions::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

ImportResult TestCompanions::import(const QString &file)
{
    const Result<ImportResult> result = m_library->importFile(file);
    if (!result) {
        // Recorded as the test's failure; the outcome returned then matches nothing
        // the tests expect of a second import.
        QTest::qFail(qPrintable(result.errorMessage()), __FILE__, __LINE__);
        return ImportResult{ImportResult::Outcome::Imported, {}, -1, {}, 0};
    }
    return *result;
}

void TestCompanions::samePageIsOneIssue_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("textSuffix");
    QTest::addColumn<bool>("pdfFirst");
    for (const Layout &layout : layouts())
        for (const char *suffix : {".txt", ".pdftotext.txt"})
            for (const bool pdfFirst : {false, true})
                QTest::addRow("%s%s, %s first", qPrintable(layout.name), suffix,
                              pdfFirst ? "PDF" : "text")
                    << layout.name << QString::fromLatin1(suffix) << pdfFirst;
}

void TestCompanions::samePageIsOneIssue()
{
    QFETCH(QString, layout);
    QFETCH(QString, textSuffix);
    QFETCH(bool, pdfFirst);
    const QString pdf = path(layout + u".pdf"_s);
    const QString text = path(layout + textSuffix);
    const ImportResult first = import(pdfFirst ? pdf : text);
    QCOMPARE(first.outcome, ImportResult::Outcome::Imported);
    const ImportResult second = import(pdfFirst ? text : pdf);
    QCOMPARE(second.outcome, ImportResult::Outcome::Joined);
    QCOMPARE(second.issueId, first.issueId);
    QCOMPARE(m_library->issues()->size(), 1);
    // Each article found once, not once per file.
    const Layout known = [&] {
        for (const Layout &l : layouts())
            if (l.name == layout)
                return l;
        return Layout{};
    }();
    for (const ExpectedArticle &article : known.articles)
        QVERIFY(TestData::searchCount(*m_library, article.title) <= 1);
    // Either file again: already there.
    QCOMPARE(import(pdf).outcome, ImportResult::Outcome::AlreadyPresent);
    QCOMPARE(import(text).outcome, ImportResult::Outcome::AlreadyPresent);
    QCOMPARE(m_library->issues()->size(), 1);
    // A text issue finds its page in the PDF that joined it.
    QCOMPARE(m_library->hasCompanionPdf(first.issueId), !pdfFirst);
    const auto companion = m_library->companionPdf(first.issueId);
    QVERIFY2(companion.ok(), qPrintable(companion.errorMessage()));
    QCOMPARE(companion->has_value(), !pdfFirst);
    if (*companion)
        QCOMPARE((*companion)->second, TestData::readAll(pdf));
}

void TestCompanions::differentPagesStayApart()
{
    QCOMPARE(import(path(u"mingchuan.txt"_s)).outcome, ImportResult::Outcome::Imported);
    QCOMPARE(import(path(u"qinghe.pdf"_s)).outcome, ImportResult::Outcome::Imported);
    QCOMPARE(import(path(u"yunling.pdf"_s)).outcome, ImportResult::Outcome::Imported);
    QCOMPARE(m_library->issues()->size(), 3);
}

void TestCompanions::twoTextFilesStayApart()
{
    // Two text files with the same headlines (two editions, a reprint) are two
    // issues, as they always were: only a PDF and a text file join.
    QCOMPARE(import(path(u"qinghe.txt"_s)).outcome, ImportResult::Outcome::Imported);
    const QString reprint = path(u"qinghe-reprint.txt"_s);
    QFile copy(reprint);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(TestData::readAll(path(u"qinghe.txt"_s)) + "\n（转载）\n");
    copy.close();
    QCOMPARE(import(reprint).outcome, ImportResult::Outcome::Imported);
    QCOMPARE(m_library->issues()->size(), 2);
}

void TestCompanions::companionGoneIsSaid()
{
    const ImportResult text = import(path(u"yunling.txt"_s));
    const QString moved = path(u"moved.pdf"_s);
    QVERIFY(QFile::copy(path(u"yunling.pdf"_s), moved));
    QCOMPARE(import(moved).outcome, ImportResult::Outcome::Joined);
    QVERIFY(QFile::remove(moved));
    const auto companion = m_library->companionPdf(text.issueId);
    QVERIFY(!companion.ok());
    QVERIFY2(companion.errorMessage().contains(u"no longer there"_s),
             qPrintable(companion.errorMessage()));
}

QTEST_MAIN(TestCompanions)
#include "tst_companions.moc"
