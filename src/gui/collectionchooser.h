#pragma once

#include "libraryrecords.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Broadsheet {

// Article ▸ Add to Collection…: one of the library's collections, found by a
// filter as typed, or a new one named here. The dialog only chooses; the window
// creates the collection and adds the articles.
class CollectionChooser : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0; // 0: a new collection, to be made under `name`
        QString name;
    };

    CollectionChooser(const QList<CollectionRecord> &collections, int articleCount,
                      QWidget *parent = nullptr);

    Choice choice() const;
    // New Collection…: the name is asked for in a dialog of its own; tests give it here.
    void addNewCollection(const QString &name);

private:
    void applyFilter(const QString &text);
    void askForNewCollection();
    void updateButtons();
    QListWidgetItem *itemNamed(const QString &name) const;

    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_new;
    QDialogButtonBox *m_buttons;
};

} // namespace Broadsheet
