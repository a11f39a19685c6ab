#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Broadsheet {

namespace {

QString keysOf(const QList<QKeySequence> &keys)
{
    QStringList text;
    for (const QKeySequence &key : keys)
        text << key.toString(QKeySequence::NativeText);
    return text.join(QStringLiteral(", "));
}

// The menus' actions with keys, submenus included, in menu order.
void addMenu(QTreeWidgetItem *group, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(group, action->menu());
        } else if (!action->shortcuts().isEmpty()) {
            auto *item = new QTreeWidgetItem(
                group, {action->iconText().remove(QLatin1Char('&')), keysOf(action->shortcuts())});
            item->setToolTip(0, action->statusTip());
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));

    if (menus) {
        for (QAction *top : menus->actions()) {
            if (!top->menu())
                continue;
            auto *group = new QTreeWidgetItem(m_tree, {top->text().remove(QLatin1Char('&'))});
            addMenu(group, top->menu());
            if (group->childCount() == 0)
                delete group;
        }
    }
    // Keys of the reading pane and the find bar, which no menu item carries.
    const std::pair<QString, QString> reading[] = {
        {tr("Read on a screen; past the end, the next article"), tr("Page Down, Space")},
        {tr("Back a screen; past the top, the previous article"), tr("Page Up, Shift+Space")},
        {tr("Start or end of the article"), tr("Ctrl+Home, Ctrl+End")},
        {tr("Zoom"), tr("Ctrl+mouse wheel")},
    };
    auto *pane = new QTreeWidgetItem(m_tree, {tr("Reading pane")});
    for (const auto &[what, keys] : reading)
        new QTreeWidgetItem(pane, {what, keys});
    const std::pair<QString, QString> finding[] = {
        {tr("Next match"), tr("Enter, F3")},
        {tr("Previous match"), tr("Shift+Enter, Shift+F3")},
        {tr("Close the find bar"), tr("Esc")},
    };
    auto *find = new QTreeWidgetItem(m_tree, {tr("Find bar")});
    for (const auto &[what, keys] : finding)
        new QTreeWidgetItem(find, {what, keys});
    const std::pair<QString, QString> tree[] = {
        {tr("Open the article, or open and close an issue"), tr("Enter")},
    };
    auto *library = new QTreeWidgetItem(m_tree, {tr("Library tree")});
    for (const auto &[what, keys] : tree)
        new QTreeWidgetItem(library, {what, keys});

    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(680, 640); // the longest command reads whole
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int k = 0; k < group->childCount(); ++k)
            rows << group->text(0) + u'\t' + group->child(k)->text(0) + u'\t' +
                        group->child(k)->text(1);
    }
    return rows;
}

} // namespace Broadsheet
