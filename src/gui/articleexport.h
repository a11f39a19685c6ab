#pragma once

#include <QCoreApplication>

#include <QList>

class QWidget;

namespace Broadsheet {

class Library;
struct ExportArticle;

// File ▸ Export to PDF…, Print… and Print Preview… for the chosen articles,
// with the layout of broadsheet-core's PdfExporter.
class ArticleExport
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::ArticleExport)

public:
    // Returns a message for the status bar, or an empty string when nothing was done.
    static QString exportPdf(QWidget *parent, Library *library, const QList<qint64> &articleIds);
    static void print(QWidget *parent, Library *library, const QList<qint64> &articleIds);
    static void preview(QWidget *parent, Library *library, const QList<qint64> &articleIds);

private:
    static QList<ExportArticle> load(QWidget *parent, Library *library, const QList<qint64> &ids);
};

} // namespace Broadsheet
