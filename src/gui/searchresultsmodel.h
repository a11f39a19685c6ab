#pragma once

#include "libraryrecords.h"

#include <QAbstractListModel>

namespace Broadsheet {

class Library;

// Library search results, a page at a time: more are fetched as the list is
// scrolled (canFetchMore/fetchMore).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        IssueIdRole,
        PlaceRole, // issue · section
        SnippetRole,
        HighlightsRole, // QVariantList of QPoint(start, length) in the snippet
        KindRole,
    };
    static constexpr int kPageSize = 50;

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    // Runs the search; returns false (and keeps no results) when it failed.
    bool search(const SearchRequest &request, QString *error = nullptr);
    void clear();
    int total() const { return m_total; }
    const SearchRequest &request() const { return m_request; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Library *m_library = nullptr;
    SearchRequest m_request;
    QList<SearchHit> m_hits;
    int m_total = 0;
};

} // namespace Broadsheet
