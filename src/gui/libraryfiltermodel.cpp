#include "libraryfiltermodel.h"

#include "archivemodel.h"
#include "librarymodel.h"
#include "textfold.h"

namespace Broadsheet {

LibraryFilterModel::LibraryFilterModel(LibraryModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSource(source, [source] { source->fetchAll(); });
}

LibraryFilterModel::LibraryFilterModel(ArchiveModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSource(source, [source] { source->fetchAll(); });
}

void LibraryFilterModel::setSource(QAbstractItemModel *source, std::function<void()> fetchAll)
{
    m_fetchAll = std::move(fetchAll);
    if (!m_folded.isEmpty() && m_fetchAll)
        m_fetchAll();
    setSourceModel(source);
}

void LibraryFilterModel::setFilterText(const QString &text)
{
    const QString folded = TextFold::fold(text.trimmed());
    if (folded == m_folded)
        return;
    // Filtering looks at every article, so every level must be loaded first.
    if (!folded.isEmpty() && m_fetchAll)
        m_fetchAll();
    m_text = text;
    m_folded = folded;
    invalidateFilter();
}

void LibraryFilterModel::refresh()
{
    if (m_folded.isEmpty())
        return;
    if (m_fetchAll)
        m_fetchAll();
    invalidateFilter();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (LibraryModel::typeOf(index) != LibraryModel::NodeType::Article)
        return false; // kept when one of its articles matches (recursive filtering)
    return index.data(LibraryModel::FilterTextRole).toString().contains(m_folded);
}

} // namespace Broadsheet
