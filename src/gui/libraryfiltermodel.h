#pragma once

#include <QSortFilterProxyModel>

namespace Broadsheet {

class LibraryModel;

// Narrows the library tree to articles whose headline contains the filter text,
// width- and case-folded, keeping the issues, sections and groups above them.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryFilterModel(LibraryModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // After issues were added: their articles are filtered too.
    void refresh();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LibraryModel *m_source;
    QString m_text;
    QString m_folded;
};

} // namespace Broadsheet
