#include "notedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet {

NoteDialog::NoteDialog(const QString &articleTitle, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Note"));
    m_edit->setObjectName(u"noteEdit"_s);
    m_edit->setAccessibleName(tr("Note"));
    m_edit->setPlainText(note);
    m_edit->setTabChangesFocus(true);
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText); // the title is data
    title->setText(tr("Note on “%1”").arg(articleTitle));
    title->setWordWrap(true);
    auto *hint = new QLabel(tr("Blank lines part paragraphs; **bold**, *italic*, and lines "
                               "starting with - make a list. An empty note is removed."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_edit, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 380);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
}

QString NoteDialog::note() const
{
    return m_edit->toPlainText();
}

void NoteDialog::setNote(const QString &note)
{
    m_edit->setPlainText(note);
}

} // namespace Broadsheet
