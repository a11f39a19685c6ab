#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace Broadsheet {

class ArchiveModel;
class LibraryModel;

// Narrows the library tree to articles whose headline contains the filter text,
// width- and case-folded, keeping the rows above them (issues, sections,
// groups; in the archive papers, years, months, days and pages). Either tree's
// model is the source: both give LibraryModel's NodeTypeRole and FilterTextRole.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryFilterModel(LibraryModel *source, QObject *parent = nullptr);
    explicit LibraryFilterModel(ArchiveModel *source, QObject *parent = nullptr);

    // Another tree: `fetchAll` loads every level of it before filtering.
    void setSource(QAbstractItemModel *source, std::function<void()> fetchAll);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // After issues were added: their articles are filtered too.
    void refresh();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::function<void()> m_fetchAll;
    QString m_text;
    QString m_folded;
};

} // namespace Broadsheet
