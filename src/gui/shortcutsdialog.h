#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Broadsheet {

// Help ▸ Keyboard Shortcuts: every key Broadsheet answers to, by menu, read
// from the window's own actions (so the list cannot fall behind them), with
// the reading pane's and the find bar's keys, which have no menu item.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // Rows as shown: "group\tcommand\tkeys", for tests.
    QStringList rows() const;

private:
    QTreeWidget *m_tree;
};

} // namespace Broadsheet
