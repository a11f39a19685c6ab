#pragma once

#include "libraryrecords.h"
#include "settings.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemView;
class QTimer;

namespace Ui {
class SearchPanel;
}

namespace Broadsheet {

class Library;
class SearchResultDelegate;
class SearchResultsModel;

// Search every article of the library as you type (debounced), in all issues or
// the current one, in the query language of SearchQuery; opening a result asks
// for the article with the query. "Match script exactly" keeps traditional and
// simplified characters apart. The search runs in the background
// (SearchResultsModel); the status line tells "Searching…" until it is done.
// Filters (a newspaper, days, a page, a section, the doubtful articles only)
// and the order (relevance, day, least confident) fold away under a "Filters"
// button that counts those in force; they apply as they change and are
// remembered in the settings. "Chart over time…" asks the window to chart
// the query (timelineRequested); showPeriod comes back with a period of it.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;
    // "Doubtful articles only": those the parser is at most this sure of. A
    // confidence is in hundredths (doubtrules.h): this keeps any below 1.
    static constexpr double kDoubtfulConfidence = 0.99;

    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setLibrary(Library *library);
    void setCurrentIssue(std::optional<qint64> issueId, const QString &title = {});
    void setHighlightColor(const QColor &color);
    void focusField();
    QString query() const;
    void setQuery(const QString &query); // and search at once
    bool isMatchScriptExactly() const;
    void setMatchScriptExactly(bool exactly); // and search again
    SearchResultsModel *model() const { return m_model; }
    QAbstractItemView *resultsView() const;
    QList<qint64> selectedArticles() const; // the results selected, as listed
    void refresh();                         // the library changed: its newspapers too

    // The filters and the order as the widgets hold them (and `shown`: unfolded).
    SearchFilterSettings filters() const;
    void setFilters(const SearchFilterSettings &filters); // and search again
    int activeFilterCount() const;                        // the order is no filter
    void clearFilters();
    QStringList papers() const; // the newspapers offered, "All newspapers" aside
    void setPapers(const QStringList &papers);

public slots:
    // The articles of a period of the query: the query, and the days as the filter.
    void showPeriod(const QString &query, QDate from, QDate to);

signals:
    void articleActivated(qint64 articleId, const QString &query);
    void matchScriptExactlyChanged(bool exactly); // by the user or setMatchScriptExactly
    void timelineRequested(const QString &query);

private:
    SearchRequest currentRequest() const; // what the field, scope and filters ask for
    void filtersChanged();                // by the user: search, count, remember
    void showFilterCount();
    void setFiltersShown(bool shown);
    void readPapers();
    void runSearch(); // in the background: see searchFinished
    void searchFinished(int total);
    void focusResults();

    std::unique_ptr<Ui::SearchPanel> m_ui;
    SearchResultsModel *m_model;
    SearchResultDelegate *m_delegate;
    QTimer *m_debounce;
    QTimer *m_filterDebounce; // the page and section, typed
    Library *m_library = nullptr;
    Settings m_settings;
    std::optional<qint64> m_currentIssue;
    bool m_focusResults = false; // when the search running is done (Return was pressed)
};

} // namespace Broadsheet
