#include "articleexport.h"

#include "library.h"
#include "pdfexporter.h"
#include "settings.h"
#include "textcut.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Broadsheet {

namespace {

// A file name from a title: what file systems refuse goes, and it stays short.
QString fileNameFor(const QString &title)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral(" "));
    name = TextCut::left(name.trimmed(), 60);
    return name.isEmpty() ? ArticleExport::tr("article") : name;
}

} // namespace

QList<ExportArticle> ArticleExport::load(QWidget *parent, Library *library,
                                         const QList<qint64> &ids)
{
    QList<ExportArticle> articles;
    if (!library || ids.isEmpty())
        return articles;
    const auto stored = library->storedArticles(ids);
    if (!stored) {
        QMessageBox::warning(parent, ArticleExport::tr("Cannot export"), stored.errorMessage());
        return articles;
    }
    for (const StoredArticle &entry : *stored)
        articles << ExportArticle{entry.article, entry.issueTitle, entry.sectionTitle};
    return articles;
}

QString ArticleExport::exportPdf(QWidget *parent, Library *library, const QList<qint64> &articleIds)
{
    const QList<ExportArticle> articles = load(parent, library, articleIds);
    if (articles.isEmpty())
        return {};
    const QString title = articles.size() == 1 && articles.first().article.title
                              ? articles.first().article.title->text
                              : articles.first().issueTitle;
    // The last export's folder, not the issue's, which may be read-only.
    Settings settings;
    const QString folder = settings.exportFolder();
    const QString path = QFileDialog::getSaveFileName(
        parent, ArticleExport::tr("Export to PDF"),
        QDir(folder).filePath(fileNameFor(title) + QStringLiteral(".pdf")),
        ArticleExport::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    settings.setExportFolder(QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = PdfExporter::exportPdf(articles, path);
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(parent, ArticleExport::tr("Cannot export to PDF"),
                             status.errorMessage());
        return {};
    }
    return ArticleExport::tr("Exported %n article(s) to %1.", nullptr, int(articles.size()))
        .arg(QDir::toNativeSeparators(path));
}

void ArticleExport::print(QWidget *parent, Library *library, const QList<qint64> &articleIds)
{
    const QList<ExportArticle> articles = load(parent, library, articleIds);
    if (articles.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfExporter::defaultPageSize());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(ArticleExport::tr("Print %n article(s)", nullptr, int(articles.size())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status status = PdfExporter::render(articles, &printer); !status)
        QMessageBox::warning(parent, ArticleExport::tr("Cannot print"), status.errorMessage());
}

void ArticleExport::preview(QWidget *parent, Library *library, const QList<qint64> &articleIds)
{
    const QList<ExportArticle> articles = load(parent, library, articleIds);
    if (articles.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfExporter::defaultPageSize());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ArticleExport::tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *device) {
        if (const Status status = PdfExporter::render(articles, device); !status)
            QMessageBox::warning(parent, ArticleExport::tr("Cannot print"), status.errorMessage());
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace Broadsheet
