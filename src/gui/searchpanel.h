#pragma once

#include "libraryrecords.h"

#include <QWidget>

#include <memory>
#include <optional>

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
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

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
    void refresh(); // the library changed

signals:
    void articleActivated(qint64 articleId, const QString &query);
    void matchScriptExactlyChanged(bool exactly); // by the user or setMatchScriptExactly

private:
    SearchRequest currentRequest() const; // what the field and the scope ask for
    void runSearch();                     // in the background: see searchFinished
    void searchFinished(int total);
    void focusResults();

    std::unique_ptr<Ui::SearchPanel> m_ui;
    SearchResultsModel *m_model;
    SearchResultDelegate *m_delegate;
    QTimer *m_debounce;
    std::optional<qint64> m_currentIssue;
    bool m_focusResults = false; // when the search running is done (Return was pressed)
};

} // namespace Broadsheet
