#include "libraryfiltermodel.h"

#include "librarymodel.h"
#include "textfold.h"

namespace Broadsheet {

LibraryFilterModel::LibraryFilterModel(LibraryModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setRecursiveFilteringEnabled(true);
}

void LibraryFilterModel::setFilterText(const QString &text)
{
    const QString folded = TextFold::fold(text.trimmed());
    if (folded == m_folded)
        return;
    // Filtering looks at every article, so every level must be loaded first.
    if (!folded.isEmpty())
        m_source->fetchAll();
    m_text = text;
    m_folded = folded;
    invalidateFilter();
}

void LibraryFilterModel::refresh()
{
    if (m_folded.isEmpty())
        return;
    m_source->fetchAll();
    invalidateFilter();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = m_source->index(sourceRow, 0, sourceParent);
    if (LibraryModel::typeOf(index) != LibraryModel::NodeType::Article)
        return false; // kept when one of its articles matches (recursive filtering)
    return index.data(LibraryModel::FilterTextRole).toString().contains(m_folded);
}

} // namespace Broadsheet
