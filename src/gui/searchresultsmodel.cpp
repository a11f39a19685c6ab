#include "searchresultsmodel.h"

#include "articlehtml.h"
#include "icons.h"
#include "library.h"

#include <QPoint>

namespace Broadsheet {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setLibrary(Library *library)
{
    m_library = library;
    clear();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_request = SearchRequest{};
    endResetModel();
}

bool SearchResultsModel::search(const SearchRequest &request, QString *error)
{
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_request = request;
    m_request.offset = 0;
    m_request.limit = kPageSize;
    bool ok = true;
    if (m_library) {
        const auto results = m_library->search(m_request);
        if (results) {
            m_hits = results->hits;
            m_total = results->total;
        } else {
            ok = false;
            if (error)
                *error = results.errorMessage();
        }
    }
    endResetModel();
    return ok;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.article.displayTitle();
    case Qt::ToolTipRole:
        return ArticleHtml::toolTip(hit.snippet);
    case Qt::AccessibleDescriptionRole:
        return data(index, PlaceRole).toString() + u'\n' + hit.snippet;
    case Qt::DecorationRole:
        return Icons::forKind(hit.article.kind);
    case ArticleIdRole:
        return hit.article.id;
    case IssueIdRole:
        return hit.article.issueId;
    case PlaceRole: {
        QStringList place{hit.issueTitle};
        if (!hit.sectionTitle.isEmpty())
            place << hit.sectionTitle;
        if (!hit.article.authors.isEmpty())
            place << hit.article.authors.join(u'、');
        return place.join(QStringLiteral("  ·  "));
    }
    case SnippetRole:
        return hit.snippet;
    case HighlightsRole: {
        QVariantList highlights;
        for (const auto &[start, length] : hit.highlights)
            highlights << QPoint(start, length);
        return highlights;
    }
    case KindRole:
        return int(hit.article.kind);
    default:
        return {};
    }
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_library && m_hits.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    SearchRequest next = m_request;
    next.offset = int(m_hits.size());
    const auto results = m_library->search(next);
    if (!results || results->hits.isEmpty()) {
        m_total = int(m_hits.size()); // nothing more will come
        return;
    }
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + results->hits.size()) - 1);
    m_hits << results->hits;
    endInsertRows();
}

} // namespace Broadsheet
