#pragma once

#include "deskexportitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Broadsheet {

struct EpubOptions
{
    QString title = {};      // empty: made from the papers and days (see EpubDocuments)
    QUuid identifier = {};   // null: a new one
    QDateTime modified = {}; // invalid: now
};

// The files inside an EPUB 3 book of articles, as text: the package document
// (OPF), the table of contents (nav.xhtml, grouped by paper and then by day), a
// style sheet with the reading pane's typography and one XHTML chapter per
// article. All text is the articles' data: escaped, and stripped of characters
// XML cannot hold. EpubExporter puts them in the ZIP container.
class EpubDocuments
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::EpubDocuments)

public:
    struct File
    {
        QString path; // inside the book's folder, OEBPS/
        QByteArray data;
    };

    static constexpr QStringView kPackagePath = u"OEBPS/content.opf";

    EpubDocuments(const QList<DeskExportItem> &items, const EpubOptions &options);

    // The chapters in reading order (grouped as the table of contents is), then
    // the table of contents, the style sheet and the package document.
    QList<File> files() const;
    QString title() const { return m_title; }

    static QByteArray containerXml();
    // Text as XML can hold it: without control characters (other than tab and
    // line breaks), lone surrogates and the non-characters U+FFFE and U+FFFF.
    static QString xmlSafe(const QString &text);

private:
    struct Group
    {
        QString label; // the paper, else the title
        struct Day
        {
            QDate date; // invalid: the articles with no day
            QList<qsizetype> items;
        };
        QList<Day> days;
    };

    QByteArray chapter(const DeskExportItem &item) const;
    QByteArray navigation() const;
    QByteArray package() const;
    static QByteArray styleSheet();
    static QString chapterPath(qsizetype position); // the position in reading order

    QList<DeskExportItem> m_items;
    QList<Group> m_groups;
    QList<qsizetype> m_order; // indexes into m_items, in reading order
    QString m_title;
    QUuid m_identifier;
    QDateTime m_modified;
};

} // namespace Broadsheet
