#pragma once

#include "libraryrecords.h"

#include <QAbstractListModel>

#include <functional>

class QThread;

namespace Broadsheet {

class Library;
class SearchWorker;

// Library search results, a page at a time: more are fetched as the list is
// scrolled (canFetchMore/fetchMore). Searches and pages are read in a thread of
// their own, on the library's file: the window stays responsive. A newer search
// supersedes an older one, whose results are never shown.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        IssueIdRole,
        PlaceRole, // paper · day · page (or issue · section) · authors
        SnippetRole,
        HighlightsRole, // QVariantList of QPoint(start, length) in the snippet
        KindRole,
        TitleHighlightsRole, // QVariantList of QPoint(start, length) in the title (DisplayRole)
        MatchedInRole,       // MatchedIn flags: where the words were found
        MatchNoteRole,       // the same in words: "In the headline", …
        PaperRole,           // the issue's newspaper, where known
        DateRole,            // the issue's day (QDate), where known
        PageRole,            // the page the article starts on, as printed, where known
        ConfidenceRole,      // the parser's confidence in the article (double, 0.1–1)
        DoubtNoteRole,       // below 1, the same in words: "confidence 0.75"; else empty
    };
    enum MatchedIn { InHeadline = 0x1, InBody = 0x2 };
    static constexpr int kPageSize = 50;

    // Where a hit was printed, in words: "辽源日报 · 2019年2月20日 · 第3版 要闻".
    static QString placeOf(const SearchHit &hit);
    // An article the parser is not sure of, in words: "confidence 0.75"; empty at 1.
    static QString doubtNote(double confidence);

    explicit SearchResultsModel(QObject *parent = nullptr);
    ~SearchResultsModel() override; // waits for the search running, if any

    // Searches read the library's file (library->path()); none without a library.
    void setLibrary(Library *library);
    // Empties the results and starts the search: searchFinished or searchFailed
    // tells when it is done (at once without a library).
    void search(const SearchRequest &request);
    void clear();
    bool isSearching() const { return m_searching; } // the first page is on its way
    bool isFetching() const { return m_fetching; }   // a further page is
    int total() const { return m_total; }
    const SearchRequest &request() const { return m_request; }
    QString errorMessage() const { return m_error; } // of the last search that failed

    // For tests: called in the search thread before each search is run there.
    void setSearchHook(std::function<void(const SearchRequest &)> hook);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void searchFinished(int total);
    void searchFailed(const QString &message);
    void fetchFailed(const QString &message); // a further page could not be read

private:
    void ensureWorker();
    void post(const SearchRequest &request);
    void arrived(quint64 generation, int offset, const Broadsheet::SearchResults &results);
    void failedWith(quint64 generation, int offset, const QString &message);

    QString m_libraryPath;
    quint64 m_libraryEpoch = 0;
    quint64 m_generation = 0;
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr; // lives in m_thread
    std::function<void(const SearchRequest &)> m_hook;
    bool m_searching = false;
    bool m_fetching = false;
    SearchRequest m_request;
    QList<SearchHit> m_hits;
    int m_total = 0;
    QString m_error;
};

} // namespace Broadsheet
