#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace Broadsheet {

// Correct ▸ Move Lines to Article…: one of the articles, found by a
// filter on its headline as typed. It only chooses; the controller moves.
class ArticleChooser : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        int line = 0;  // a line the article holds: what the correction names
        QString label; // its headline, and where it stands
    };

    // `current`: the entry the lines come from, listed but not offered.
    ArticleChooser(const QList<Entry> &entries, int current, int lineCount,
                   QWidget *parent = nullptr);

    int chosenLine() const; // 0 when none is chosen

private:
    void applyFilter(const QString &text);
    void updateButtons();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace Broadsheet
