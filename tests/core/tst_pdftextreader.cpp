#include "epaperlayouts.h"
#include "pdfissuetext.h"
#include "pdftextreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace EpaperTest;
using namespace Qt::StringLiterals;

// PdfTextReader on pages the tests lay out themselves, and on PDFs that are
// damaged, locked, not PDFs at all, or scans without text.
class TestPdfTextReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errors_data();
    void errors();
    void encryptedWithoutPasswordReads();
    void pageSizes_data();
    void pageSizes();
    void boxesStandOnThePage_data();
    void boxesStandOnThePage();
    void scannedPageIsReportedByNumber();
    void scannedDocumentIsAnError();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeBytes(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QList<Layout> m_layouts;
    QHash<QString, QHash<QString, Placed>> m_placed; // by layout, by flow
};

void TestPdfTextReader::writeBytes(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestPdfTextReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_layouts = layouts();
    for (const Layout &layout : std::as_const(m_layouts)) {
        QHash<QString, Placed> placed;
        QCOMPARE(writePdf(path(layout.name + u".pdf"_s), layout.pages, &placed), QString());
        m_placed.insert(layout.name, placed);
    }

    QFile good(path(u"mingchuan.pdf"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    writeBytes(u"truncated.pdf"_s, bytes.left(bytes.size() / 3));
    writeBytes(u"empty.pdf"_s, QByteArray());
    writeBytes(u"notes.pdf"_s, "本报讯(记者 王茵)这是一个文本文件,不是PDF。\n"_ba);
    QCOMPARE(encryptPdf(path(u"mingchuan.pdf"_s), path(u"locked.pdf"_s), "secret"), QString());
    QCOMPARE(encryptPdf(path(u"mingchuan.pdf"_s), path(u"restricted.pdf"_s), QByteArray()),
             QString());
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.pdf"_s));

    Page scan;
    scan.imageOnly = true;
    QCOMPARE(writePdf(path(u"scan.pdf"_s), {scan}), QString());
    QCOMPARE(
        writePdf(path(u"half-scanned.pdf"_s), {m_layouts.constFirst().pages.constFirst(), scan}),
        QString());
}

void TestPdfTextReader::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");

    const int invalid = int(Error::Code::InvalidInput);
    QTest::newRow("empty") << u"empty.pdf"_s << invalid << u"empty"_s;
    QTest::newRow("text file named .pdf") << u"notes.pdf"_s << invalid << u"not a PDF"_s;
    QTest::newRow("truncated") << u"truncated.pdf"_s << invalid << u"damaged"_s;
    QTest::newRow("locked with a password") << u"locked.pdf"_s << invalid << u"password"_s;
    QTest::newRow("missing") << u"missing.pdf"_s << int(Error::Code::NotFound)
                             << u"does not exist"_s;
    QTest::newRow("folder") << u"folder.pdf"_s << invalid << u"not a file"_s;
}

void TestPdfTextReader::errors()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, says);

    const Result<PdfDocumentText> read = PdfTextReader::read(path(file));
    QVERIFY(!read.ok());
    QCOMPARE(int(read.error().code), code);
    QVERIFY2(read.errorMessage().contains(says), qPrintable(read.errorMessage()));
    QVERIFY2(read.errorMessage().contains(file), qPrintable(read.errorMessage()));
    QVERIFY(!PdfIssueText::read(path(file)).ok());
}

// Encryption with an empty user password only restricts what may be done with
// the file; it opens without one, as in every PDF viewer.
void TestPdfTextReader::encryptedWithoutPasswordReads()
{
    const Result<PdfDocumentText> read = PdfTextReader::read(path(u"restricted.pdf"_s));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->pages.size(), 1);
    QVERIFY(read->pages.constFirst().hasText());
}

void TestPdfTextReader::pageSizes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSizeF>("size");
    for (const Layout &layout : std::as_const(m_layouts))
        QTest::newRow(qPrintable(layout.name))
            << layout.name + u".pdf"_s << layout.pages.constFirst().size;
}

void TestPdfTextReader::pageSizes()
{
    QFETCH(QString, file);
    QFETCH(QSizeF, size);

    const Result<PdfDocumentText> read = PdfTextReader::read(path(file));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->pages.size(), 1);
    const PdfPageText &page = read->pages.constFirst();
    QCOMPARE(page.number, 1);
    QVERIFY2(std::abs(page.size.width() - size.width()) < 0.5 &&
                 std::abs(page.size.height() - size.height()) < 0.5,
             qPrintable(u"%1 × %2"_s.arg(page.size.width()).arg(page.size.height())));
    QVERIFY(read->warnings.isEmpty());
}

void TestPdfTextReader::boxesStandOnThePage_data()
{
    pageSizes_data();
}

// Every box lies on the page, in points from its top-left corner, and together
// they hold every character that was set, each once.
void TestPdfTextReader::boxesStandOnThePage()
{
    QFETCH(QString, file);
    QFETCH(QSizeF, size);

    const Result<PdfDocumentText> read = PdfTextReader::read(path(file));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    const QRectF pageRect(QPointF(-0.5, -0.5), size + QSizeF(1, 1));
    QString found;
    for (const PdfTextBox &box : read->pages.constFirst().boxes) {
        QVERIFY2(pageRect.contains(box.box), qPrintable(box.text));
        QVERIFY(box.box.width() > 0 && box.box.height() > 0);
        found += box.text;
    }
    QString set;
    for (const Placed &placed : m_placed.value(file.chopped(4)))
        set += placed.lines().join(QString());
    const auto sortedCharacters = [](QString text) {
        text.remove(u' ').remove(QChar(0x3000));
        std::sort(text.begin(), text.end());
        return text;
    };
    QCOMPARE(sortedCharacters(found), sortedCharacters(set));
}

void TestPdfTextReader::scannedPageIsReportedByNumber()
{
    const Result<PdfDocumentText> read = PdfTextReader::read(path(u"half-scanned.pdf"_s));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->pages.size(), 2);
    QVERIFY(read->pages[0].hasText());
    QVERIFY(!read->pages[1].hasText());
    QCOMPARE(read->warnings, QStringList{PdfTextReader::scannedPageMessage(2)});

    const Result<PdfIssueText> text = PdfIssueText::read(path(u"half-scanned.pdf"_s));
    QVERIFY2(text.ok(), qPrintable(text.errorMessage()));
    QVERIFY(text->layout.text.contains(u"明川日报"_s));
}

void TestPdfTextReader::scannedDocumentIsAnError()
{
    const Result<PdfDocumentText> read = PdfTextReader::read(path(u"scan.pdf"_s));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->warnings, QStringList{PdfTextReader::scannedPageMessage(1)});

    const Result<PdfIssueText> text = PdfIssueText::read(path(u"scan.pdf"_s));
    QVERIFY(!text.ok());
    QVERIFY2(text.errorMessage().contains(u"no text layer"_s), qPrintable(text.errorMessage()));
}

QTEST_MAIN(TestPdfTextReader)
#include "tst_pdftextreader.moc"
