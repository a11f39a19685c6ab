#pragma once

#include "issuemetadata.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Broadsheet {

// Edits the metadata of one issue file or of several at once ("these 300 files
// are 辽源日报"): the newspaper, the date, the edition and, when every file is a
// single page, the page's number and name. Beside each field it tells where the
// value came from, guesses set apart as guesses. With several files a field
// whose values differ shows "(several values)" and changes nothing unless the
// user changes it. "Use detected" forgets what the user set, so that the value
// found in the files shows again. The dialog only collects the change: edit().
class IssuePropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { Newspaper, Date, Edition, PageNumber, PageName };

    // `issues` and `paths` go together, one per file; `knownPapers` completes
    // the newspaper's name.
    IssuePropertiesDialog(const QList<IssueMetadata> &issues, const QStringList &paths,
                          const QStringList &knownPapers, QWidget *parent = nullptr);
    ~IssuePropertiesDialog() override;

    // Only what the user changed; "Use detected" gives an empty value.
    MetadataEdit edit() const;
    bool hasPageFields() const { return m_pageFields; }

private:
    enum class State { Untouched, Changed, Reset };

    // What the files hold for one field.
    struct Summary
    {
        QString text = {};    // the value shared by every file (text fields)
        QDate date = {};      // the same, for the date
        bool present = false; // some file has a value
        bool differs = false; // the files' values are not all the same
        bool mixed = false;   // nor are their sources
        bool hasUser = false; // some file has a value the user set
        MetadataSource source = MetadataSource::Text;
    };

    struct Row
    {
        State state = State::Untouched;
        Summary summary = {};
        QWidget *editor = nullptr;
        QLabel *source = nullptr;
        QToolButton *useDetected = nullptr;
    };

    void addRow(QGridLayout *grid, Field field, const QString &label, QWidget *editor);
    void userChanged(Field field);
    void useDetected(Field field);
    void showRow(Field field); // the editor, the source and the button, from the row's state
    QString sourceText(Field field) const;
    QString textOf(Field field) const;
    Row &row(Field field) { return m_rows[size_t(field)]; }
    const Row &row(Field field) const { return m_rows[size_t(field)]; }

    std::array<Row, 5> m_rows = {};
    QComboBox *m_paper = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_edition = nullptr;
    QLineEdit *m_pageNumber = nullptr;
    QLineEdit *m_pageName = nullptr;
    bool m_pageFields = false;
    bool m_showing = false; // the dialog sets its editors: not the user's change
};

} // namespace Broadsheet
