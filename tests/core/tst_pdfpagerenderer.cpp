#include "epaperwriter.h"
#include "pdfpagerenderer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Broadsheet;
using namespace EpaperTest;
using namespace Qt::StringLiterals;

namespace {

// Two pages of known layout: a headline, a paragraph and a grey photo on the
// first, a headline with Latin letters in a second page of another size.
const QRectF kHeadline(40, 60, 320, 24);
const QRectF kBody(40, 100, 150, 200);
const QRectF kPhoto(210, 100, 150, 120);
const QRectF kLatin(30, 40, 240, 20);
const QSizeF kFirstSize(400, 560);
const QSizeF kSecondSize(300, 200);

QList<Page> pages()
{
    Page first;
    first.size = kFirstSize;
    first.flows = {
        Flow{u"head"_s, {kHeadline}, 16, Face::Head, {u"城东新区建成学校"_s}, false, false},
        Flow{u"body"_s,
             {kBody},
             9,
             Face::Body,
             {u"本报讯 新区今年将有十二所中小学和幼儿园建成投用,新增学位一万二千余个。"_s}},
    };
    first.photos = {kPhoto};
    Page second;
    second.size = kSecondSize;
    second.flows = {
        Flow{u"latin"_s, {kLatin}, 12, Face::Head, {u"Broadsheet EPAPER 版"_s}, false, false}};
    return {first, second};
}

bool isWhite(QRgb pixel)
{
    return qRed(pixel) > 250 && qGreen(pixel) > 250 && qBlue(pixel) > 250;
}

// The share of pixels in `area` (in points) that are not white.
qreal inked(const QImage &image, const QRectF &area, qreal scale)
{
    const QRect pixels = QRectF(area.topLeft() * scale, area.size() * scale).toAlignedRect();
    int count = 0;
    int ink = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            ++count;
            ink += isWhite(image.pixel(x, y)) ? 0 : 1;
        }
    }
    return count ? qreal(ink) / count : 0;
}

} // namespace

// PdfPageRenderer on pages the test lays out itself: pictures of the right size
// with the ink where it was set, and found text where it stands.
class TestPdfPageRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errors_data();
    void errors();
    void pageSizes();
    void render_data();
    void render();
    void renderOutOfRange();
    void find_data();
    void find();
    void reopenedRendersInAnotherThread();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<PdfPageRenderer> openGood() const;

    QTemporaryDir m_dir;
};

std::unique_ptr<PdfPageRenderer> TestPdfPageRenderer::openGood() const
{
    Result<std::unique_ptr<PdfPageRenderer>> opened = PdfPageRenderer::open(path(u"good.pdf"_s));
    if (!opened)
        qWarning() << opened.errorMessage();
    return opened ? std::move(opened.value()) : nullptr;
}

void TestPdfPageRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(writePdf(path(u"good.pdf"_s), pages()), QString());
    QFile good(path(u"good.pdf"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    const auto write = [this](const QString &name, const QByteArray &data) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    };
    write(u"truncated.pdf"_s, bytes.left(bytes.size() / 3));
    write(u"empty.pdf"_s, QByteArray());
    write(u"notes.pdf"_s, "本报讯 这是一个文本文件。\n"_ba);
    QCOMPARE(encryptPdf(path(u"good.pdf"_s), path(u"locked.pdf"_s), "secret"), QString());
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.pdf"_s));
}

void TestPdfPageRenderer::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");

    const int invalid = int(Error::Code::InvalidInput);
    QTest::newRow("missing") << u"missing.pdf"_s << int(Error::Code::NotFound)
                             << u"does not exist"_s;
    QTest::newRow("truncated") << u"truncated.pdf"_s << invalid << u"damaged"_s;
    QTest::newRow("empty") << u"empty.pdf"_s << invalid << u"empty"_s;
    QTest::newRow("text file named .pdf") << u"notes.pdf"_s << invalid << u"not a PDF"_s;
    QTest::newRow("locked with a password") << u"locked.pdf"_s << invalid << u"password"_s;
    QTest::newRow("folder") << u"folder.pdf"_s << invalid << u"not a file"_s;
}

void TestPdfPageRenderer::errors()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, says);

    const Result<std::unique_ptr<PdfPageRenderer>> opened = PdfPageRenderer::open(path(file));
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().code), code);
    QVERIFY2(opened.errorMessage().contains(says), qPrintable(opened.errorMessage()));
    QVERIFY2(opened.errorMessage().contains(file), qPrintable(opened.errorMessage()));
}

void TestPdfPageRenderer::pageSizes()
{
    const std::unique_ptr<PdfPageRenderer> renderer = openGood();
    QVERIFY(renderer);
    QCOMPARE(renderer->pageCount(), 2);
    QCOMPARE(renderer->pageSize(1).toSize(), kFirstSize.toSize());
    QCOMPARE(renderer->pageSize(2).toSize(), kSecondSize.toSize());
    QVERIFY(renderer->pageSize(0).isEmpty());
    QVERIFY(renderer->pageSize(3).isEmpty());
    QCOMPARE(renderer->path(), path(u"good.pdf"_s));
}

void TestPdfPageRenderer::render_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::newRow("72 dpi") << 1.0;
    QTest::newRow("screen at 150%") << 96.0 / 72 * 1.5;
    QTest::newRow("high-dpi") << 3.0;
}

// The picture is the page at the scale asked for, white where nothing was set,
// inked over the text and grey over the photo.
void TestPdfPageRenderer::render()
{
    QFETCH(qreal, scale);
    const std::unique_ptr<PdfPageRenderer> renderer = openGood();
    QVERIFY(renderer);

    const QImage image = renderer->render(1, scale);
    QVERIFY(!image.isNull());
    QVERIFY(std::abs(image.width() - kFirstSize.width() * scale) <= 1);
    QVERIFY(std::abs(image.height() - kFirstSize.height() * scale) <= 1);

    QVERIFY(isWhite(image.pixel(2, 2)));
    QCOMPARE(inked(image, QRectF(10, 400, 380, 150), scale), 0.0); // the empty foot
    const qreal photo = inked(image, kPhoto.adjusted(2, 2, -2, -2), scale);
    QVERIFY2(photo > 0.99, qPrintable(QString::number(photo)));
    const QRgb grey = image.pixel((kPhoto.center() * scale).toPoint());
    QVERIFY(std::abs(qGray(grey) - 190) < 8);
    const qreal headline = inked(image, kHeadline, scale);
    QVERIFY2(headline > 0.05 && headline < 0.8, qPrintable(QString::number(headline)));
    QVERIFY(inked(image, kBody, scale) > 0.02);

    const QImage second = renderer->render(2, scale);
    QVERIFY(std::abs(second.width() - kSecondSize.width() * scale) <= 1);
    QVERIFY(inked(second, kLatin, scale) > 0.02);
}

void TestPdfPageRenderer::renderOutOfRange()
{
    const std::unique_ptr<PdfPageRenderer> renderer = openGood();
    QVERIFY(renderer);
    QVERIFY(renderer->render(0, 1).isNull());
    QVERIFY(renderer->render(3, 1).isNull());
    QVERIFY(renderer->render(1, 0).isNull());
    // A zoom far beyond memory is drawn smaller, not refused.
    const QImage huge = renderer->render(1, 400);
    QVERIFY(!huge.isNull());
    QVERIFY(qint64(huge.width()) * huge.height() <= PdfPageRenderer::kMaxPixels);
}

void TestPdfPageRenderer::find_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QRectF>("within"); // where each match must stand

    QTest::newRow("headline") << 1 << u"城东新区"_s << 1 << kHeadline;
    QTest::newRow("body") << 1 << u"十二所"_s << 1 << kBody;
    QTest::newRow("in both") << 1 << u"新区"_s << 2 << QRectF(kHeadline.united(kBody));
    QTest::newRow("case ignored") << 2 << u"epaper"_s << 1 << kLatin;
    QTest::newRow("absent") << 1 << u"河滨公园"_s << 0 << QRectF();
    QTest::newRow("on the other page") << 2 << u"新区"_s << 0 << QRectF();
    QTest::newRow("empty") << 1 << QString() << 0 << QRectF();
    QTest::newRow("no such page") << 5 << u"新区"_s << 0 << QRectF();
}

void TestPdfPageRenderer::find()
{
    QFETCH(int, page);
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QRectF, within);

    const std::unique_ptr<PdfPageRenderer> renderer = openGood();
    QVERIFY(renderer);
    const QList<QRectF> found = renderer->find(page, text);
    QCOMPARE(found.size(), count);
    // Glyph boxes stand a little outside the frame the line was set in.
    const QRectF tolerance = within.adjusted(-3, -3, 3, 3);
    for (const QRectF &box : found) {
        QVERIFY2(
            tolerance.contains(box),
            qPrintable(
                u"%1,%2 %3×%4"_s.arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
        QVERIFY(box.width() > 0 && box.height() > 4);
    }
    if (qstrcmp(QTest::currentDataTag(), "headline") == 0) {
        // The headline was set at the frame's left and top.
        QVERIFY(std::abs(found.constFirst().left() - kHeadline.left()) < 2);
        QVERIFY(std::abs(found.constFirst().top() - kHeadline.top()) < 4);
    }
}

// A renderer for each thread: the GUI thread searches while a worker renders.
void TestPdfPageRenderer::reopenedRendersInAnotherThread()
{
    const std::unique_ptr<PdfPageRenderer> renderer = openGood();
    QVERIFY(renderer);
    std::shared_ptr<PdfPageRenderer> worker = renderer->reopened();
    QVERIFY(worker);
    QCOMPARE(worker->pageCount(), 2);
    QFuture<QImage> rendering = QtConcurrent::run([worker] { return worker->render(1, 2); });
    QCOMPARE(renderer->find(1, u"十二所"_s).size(), 1);
    const QImage image = rendering.result();
    QCOMPARE(image.size(), renderer->render(1, 2).size());
    QVERIFY(inked(image, kPhoto.adjusted(2, 2, -2, -2), 2) > 0.99);
}

QTEST_MAIN(TestPdfPageRenderer)
#include "tst_pdfpagerenderer.moc"
