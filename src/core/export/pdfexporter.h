#pragma once

#include <QCoreApplication>

#include "issue.h"
#include "result.h"

#include <QList>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace Broadsheet {

// One article to export, with what the running header says about it.
struct ExportArticle
{
    Article article;
    QString issueTitle;   // Issue::displayTitle(), on the left of the header
    QString sectionTitle; // may be empty; on the right, with the article's group if any
};

struct ExportOptions
{
    // exportPdf: defaultPageSize() when unset. render: the device's page size when unset.
    std::optional<QPageSize> pageSize;
    QMarginsF margins{20, 20, 20, 20}; // millimetres; the header and footer sit inside them
};

// Sets articles as a newspaper would: each on a new page, the head in a Hei face
// (kicker, title, subtitle, byline), the body in a Ming face with a two-character
// first-line indent, captions set apart; a running header with the issue and the
// section, and "Page x / y" at the foot.
//
// The PDF carries the text exactly (copy, search and pdftotext give back every
// character in order, see ExportFonts), all fonts embedded, one outline entry per
// article, and the title, authors and creator in its metadata.
//
// Needs a QGuiApplication (fonts come from QFontDatabase); the offscreen platform
// will do where there is no display.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PdfExporter)

public:
    // Writes the PDF atomically: an existing file at `path` is only ever replaced by a
    // complete one, and nothing is left behind on failure.
    static Status exportPdf(const QList<ExportArticle> &articles, const QString &path,
                            const ExportOptions &options = {});
    // The same pages on any paged device, such as a QPrinter. The device's margins are
    // set to zero (or the least it allows): the layout keeps its own.
    static Status render(const QList<ExportArticle> &articles, QPagedPaintDevice *device,
                         const ExportOptions &options = {});
    // A4, or US Letter where that is the usual paper (the Americas and the Philippines).
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());
};

} // namespace Broadsheet
