#pragma once

// Test e-paper pages: lays out text as a Chinese newspaper's e-paper PDF does
// (columns, headlines across columns, grey photo boxes with captions) with Qt's
// PDF writer, so that the PDF tests read pages whose every line's place is known.
// Made by the tests themselves: no binary fixtures.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

namespace EpaperTest {

enum class Face { Head, Body };

// Text flowed through one or more frames in turn: a column's run continues at the
// top of the next frame, cutting a paragraph where the frame is full.
struct Flow
{
    QString name;
    QList<QRectF> frames; // in points from the page's top-left
    int size = 9;         // points
    Face face = Face::Body;
    QStringList paragraphs;
    bool indent = true; // paragraphs open with a two-character indent
    bool centred = false;
};

struct Page
{
    QSizeF size{400, 560};
    QList<Flow> flows;
    QList<QRectF> photos;   // grey boxes, as a picture stands on the page
    bool imageOnly = false; // a scanned page: one picture and no text layer
};

// What was placed: for each flow (by name), its lines frame by frame, and each
// line's box (its advance wide, from ascent to descent: what a PDF reader reports).
struct Placed
{
    QList<QStringList> frames;
    QList<QList<QRectF>> boxes; // parallel to frames
    QStringList lines() const;
};

// One line of a flow as it is set: which frame, where, and where in its
// paragraph (of the flow's paragraphs, trimmed) the line ends.
struct SetLine
{
    int frame = 0;
    QString text;
    QPointF baseline; // the line's start on its baseline
    QRectF box;
    qsizetype paragraph = 0;
    qsizetype end = 0;
};

struct FlowSetting
{
    QList<SetLine> lines;
    bool complete = true; // false: the frames filled before the text ended
};

// Sets flows without painting, with the metrics the PDF is written with, so that
// a layout can size its frames, or cut a story where a page ends, before writing.
class FlowMeter
{
public:
    FlowMeter();
    ~FlowMeter();
    QString error() const { return m_error; } // fonts missing
    FlowSetting set(const Flow &flow) const;
    qreal advance(const Flow &flow, const QString &text) const;

private:
    struct Device;
    std::unique_ptr<Device> m_device;
    QString m_error;
};

// Writes the pages to `path`; the error (empty on success) says what did not fit.
QString writePdf(const QString &path, const QList<Page> &pages,
                 QHash<QString, Placed> *placed = nullptr);
// A copy of `input` encrypted with qpdf (AES-256), opened only with `userPassword`
// when it is not empty. Empty on success, else the error.
QString encryptPdf(const QString &input, const QString &output, const QByteArray &userPassword);

// Frames of a grid of `columns` columns between `left` and `right`, with gutters
// of `gutter` points: the x-range from column `first` to `last` (0-based).
QRectF columnRect(qreal left, qreal right, int columns, qreal gutter, int first, int last,
                  qreal top, qreal bottom);

} // namespace EpaperTest
