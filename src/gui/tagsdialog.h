#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QListWidget;

namespace Broadsheet {

// Article ▸ Tags…: the library's tags, ticked where every article chosen has the
// tag, half ticked where some have it; a field, completing the tags known, adds
// another. The dialog only chooses; the window adds and removes.
class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(const QStringList &known, const QStringList &onAll, const QStringList &onSome,
               int articleCount, QWidget *parent = nullptr);

    void addTag(const QString &tag); // ticked; as if typed and Return pressed
    QStringList added() const;       // to every article
    QStringList removed() const;     // from every article

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTyped();

    QLineEdit *m_field;
    QListWidget *m_list;
    QStringList m_onAll;
    QStringList m_onSome;
};

} // namespace Broadsheet
