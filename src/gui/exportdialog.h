#pragma once

#include "deskexportitem.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Broadsheet {

// File ▸ Export Articles…: which articles (a collection, the search results,
// the selection), in which format, to which file. The suffix follows the format.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Source
    {
        QString label; // "The collection “…”"
        QString title; // for the file's name and an EPUB's title
        int count = 0;
    };

    ExportDialog(const QList<Source> &sources, int preferred, const QString &folder,
                 QWidget *parent = nullptr);

    int source() const;
    DeskFormat format() const;
    QString path() const;
    void setFormat(DeskFormat format);
    void setPath(const QString &path);

private:
    void browse();
    void formatChanged();
    void updateButtons();

    QList<Source> m_sources;
    QComboBox *m_source;
    QComboBox *m_format;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace Broadsheet
