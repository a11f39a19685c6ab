#include "tagsdialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet {

TagsDialog::TagsDialog(const QStringList &known, const QStringList &onAll,
                       const QStringList &onSome, int articleCount, QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_onAll(onAll)
    , m_onSome(onSome)
{
    setWindowTitle(tr("Tags"));
    m_field->setObjectName(u"tagField"_s);
    m_field->setPlaceholderText(tr("Add a tag and press Return"));
    m_field->setClearButtonEnabled(true);
    auto *completer = new QCompleter(known, m_field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_field->setCompleter(completer);
    m_list->setObjectName(u"tags"_s);
    m_list->setAccessibleName(tr("Tags"));

    QStringList all = known;
    for (const QString &tag : onAll + onSome) {
        if (!all.contains(tag))
            all << tag;
    }
    for (const QString &tag : std::as_const(all)) {
        auto *item = new QListWidgetItem(tag, m_list);
        const bool some = onSome.contains(tag) && !onAll.contains(tag);
        if (some)
            item->setFlags(item->flags() | Qt::ItemIsUserTristate);
        item->setCheckState(onAll.contains(tag) ? Qt::Checked
                                                : (some ? Qt::PartiallyChecked : Qt::Unchecked));
    }

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addTag"_s);
    add->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tags of %n article(s):", nullptr, articleCount), this));
    auto *row = new QHBoxLayout;
    row->addWidget(m_field, 1);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(340, 360);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, &TagsDialog::addTyped);
    connect(add, &QPushButton::clicked, this, &TagsDialog::addTyped);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_field->setFocus();
}

void TagsDialog::addTag(const QString &typed)
{
    const QString tag = typed.simplified();
    if (tag.isEmpty())
        return;
    const auto found = m_list->findItems(tag, Qt::MatchFixedString);
    QListWidgetItem *item = found.isEmpty() ? new QListWidgetItem(tag, m_list) : found.first();
    item->setCheckState(Qt::Checked);
    m_list->scrollToItem(item);
}

// Return in the field adds its tag, and is not the dialog's OK. (With the
// completer's list open, the completer hands Return to the field itself:
// returnPressed adds the tag chosen.)
bool TagsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagsDialog::addTyped()
{
    addTag(m_field->text());
    m_field->clear();
}

QStringList TagsDialog::added() const
{
    QStringList tags;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked && !m_onAll.contains(item->text()))
            tags << item->text();
    }
    return tags;
}

QStringList TagsDialog::removed() const
{
    QStringList tags;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Unchecked &&
            (m_onAll.contains(item->text()) || m_onSome.contains(item->text())))
            tags << item->text();
    }
    return tags;
}

} // namespace Broadsheet
