#include "collectionchooser.h"

#include "textfold.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

CollectionChooser::CollectionChooser(const QList<CollectionRecord> &collections, int articleCount,
                                     QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New Collection…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add to Collection"));
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter collections"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"collections"_s);
    m_list->setAccessibleName(tr("Collections"));
    m_new->setObjectName(u"newCollection"_s);
    m_new->setAutoDefault(false);
    for (const CollectionRecord &collection : collections) {
        auto *item = new QListWidgetItem(
            tr("%1  (%n article(s))", nullptr, collection.articleCount).arg(collection.name),
            m_list);
        item->setData(kIdRole, collection.id);
        item->setData(kNameRole, collection.name);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Add %n article(s) to:", nullptr, articleCount), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_new);
    row->addStretch(1);
    row->addWidget(m_buttons);
    layout->addLayout(row);
    resize(380, 360);

    connect(m_filter, &QLineEdit::textChanged, this, &CollectionChooser::applyFilter);
    // Return in the filter takes the collection it leaves, or makes the one typed.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_list->currentItem() && !m_list->currentItem()->isHidden())
            accept();
        else if (!m_filter->text().trimmed().isEmpty())
            addNewCollection(m_filter->text());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &CollectionChooser::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_new, &QPushButton::clicked, this, &CollectionChooser::askForNewCollection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_filter->setFocus();
    updateButtons();
}

CollectionChooser::Choice CollectionChooser::choice() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return {};
    return {item->data(kIdRole).toLongLong(), item->data(kNameRole).toString()};
}

QListWidgetItem *CollectionChooser::itemNamed(const QString &name) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kNameRole).toString() == name)
            return m_list->item(row);
    }
    return nullptr;
}

void CollectionChooser::applyFilter(const QString &text)
{
    const QString wanted = TextFold::fold(text.trimmed());
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown =
            wanted.isEmpty() || TextFold::fold(item->data(kNameRole).toString()).contains(wanted);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    updateButtons();
}

void CollectionChooser::askForNewCollection()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Collection"), tr("Name:"),
                                               QLineEdit::Normal, m_filter->text().trimmed(), &ok);
    if (ok)
        addNewCollection(name);
}

void CollectionChooser::addNewCollection(const QString &typed)
{
    const QString name = typed.simplified();
    if (name.isEmpty())
        return;
    // A name taken is that collection, not a second one of the same name.
    QListWidgetItem *item = itemNamed(name);
    if (!item) {
        item = new QListWidgetItem(tr("%1  (new)").arg(name));
        item->setData(kIdRole, qint64(0));
        item->setData(kNameRole, name);
        m_list->insertItem(0, item);
    }
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    applyFilter({});
    m_list->setCurrentItem(item);
    updateButtons();
}

void CollectionChooser::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(item && !item->isHidden());
}

} // namespace Broadsheet
