#include "articlechooser.h"

#include "textfold.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {
constexpr int kLineRole = Qt::UserRole + 1;
constexpr int kFoldedRole = Qt::UserRole + 2;
} // namespace

ArticleChooser::ArticleChooser(const QList<Entry> &entries, int current, int lineCount,
                               QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Move Lines to Article"));
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter by headline"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"articles"_s);
    m_list->setAccessibleName(tr("Articles of the issue"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto *item = new QListWidgetItem(entries[i].label, m_list);
        item->setData(kLineRole, entries[i].line);
        item->setData(kFoldedRole, TextFold::fold(entries[i].label));
        if (i == current) {
            // Where the lines are now: shown for orientation, not a choice.
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setText(tr("%1  (the lines are here)").arg(entries[i].label));
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Move %n line(s) to:", nullptr, lineCount), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(460, 420);
    connect(m_filter, &QLineEdit::textChanged, this, &ArticleChooser::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (chosenLine() != 0)
            accept();
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &ArticleChooser::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (chosenLine() != 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyFilter({});
    m_filter->setFocus();
}

int ArticleChooser::chosenLine() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden() || !(item->flags() & Qt::ItemIsEnabled))
        return 0;
    return item->data(kLineRole).toInt();
}

void ArticleChooser::applyFilter(const QString &text)
{
    const QString wanted = TextFold::fold(text.trimmed());
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = wanted.isEmpty() || item->data(kFoldedRole).toString().contains(wanted);
        item->setHidden(!shown);
        if (shown && !first && (item->flags() & Qt::ItemIsEnabled))
            first = item;
    }
    if (chosenLine() == 0)
        m_list->setCurrentItem(first);
    updateButtons();
}

void ArticleChooser::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenLine() != 0);
}

} // namespace Broadsheet
