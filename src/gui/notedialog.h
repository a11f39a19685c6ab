#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Broadsheet {

// Article ▸ Edit Note…: the reader's note on an article, as plain text with a
// little Markdown (paragraphs, **bold**, *italic*, lists); saved on OK.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &articleTitle, const QString &note, QWidget *parent = nullptr);

    QString note() const;
    void setNote(const QString &note);

private:
    QPlainTextEdit *m_edit;
};

} // namespace Broadsheet
