#include "searchpanel.h"
#include "ui_searchpanel.h"

#include "icons.h"
#include "newspapernames.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Broadsheet {

namespace {
enum Scope { AllIssues = 0, CurrentIssue = 1 };

// Whether the results shown answer this request (the page aside).
bool sameSearch(const SearchRequest &a, const SearchRequest &b)
{
    return a.text == b.text && a.issueId == b.issueId && a.exactScript == b.exactScript &&
           a.paper == b.paper && a.from == b.from && a.to == b.to && a.page == b.page &&
           a.section == b.section && a.maxConfidence == b.maxConfidence && a.sort == b.sort;
}
} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPanel>())
    , m_model(new SearchResultsModel(this))
    , m_delegate(new SearchResultDelegate(this))
    , m_debounce(new QTimer(this))
    , m_filterDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->scope->addItem(tr("All issues"));
    m_ui->scope->addItem(tr("The current issue"));
    m_ui->sort->addItem(tr("Relevance"), int(SearchRequest::Sort::Relevance));
    m_ui->sort->addItem(tr("Newest first"), int(SearchRequest::Sort::Newest));
    m_ui->sort->addItem(tr("Oldest first"), int(SearchRequest::Sort::Oldest));
    m_ui->sort->addItem(tr("Least confident first"), int(SearchRequest::Sort::LeastConfident));
    m_ui->paper->addItem(tr("All newspapers"), QString());
    m_ui->chart->setIcon(Icons::get(QStringLiteral("chart")));
    m_ui->filtersButton->setAccessibleName(tr("Filters"));
    m_ui->results->setModel(m_model);
    m_ui->results->setItemDelegate(m_delegate);
    m_ui->results->setAccessibleName(tr("Search results"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_ui->field, &QLineEdit::textChanged, this, [this] {
        m_focusResults = false; // Return was for the text before
        m_debounce->start();
    });
    connect(m_ui->field, &QLineEdit::returnPressed, this, [this] {
        // To the results: those there if they are this query's, else once they come.
        const bool debounced = m_debounce->isActive();
        m_debounce->stop();
        if (m_filterDebounce->isActive()) {
            m_filterDebounce->stop();
            filtersChanged();
        }
        if (debounced || !sameSearch(currentRequest(), m_model->request()) ||
            !m_model->errorMessage().isEmpty())
            runSearch();
        if (m_model->isSearching())
            m_focusResults = true;
        else
            focusResults();
    });
    connect(m_model, &SearchResultsModel::searchFinished, this, &SearchPanel::searchFinished);
    connect(m_model, &SearchResultsModel::searchFailed, this, [this](const QString &message) {
        m_focusResults = false;
        m_ui->status->setText(tr("The search failed: %1").arg(message));
    });
    connect(m_model, &SearchResultsModel::fetchFailed, this, [this](const QString &message) {
        m_ui->status->setText(
            tr("%n article(s); the rest could not be read: %1", nullptr, m_model->total())
                .arg(message));
    });
    connect(m_ui->scope, &QComboBox::currentIndexChanged, this, &SearchPanel::runSearch);

    // The filters as the user left them; then their changes search at once,
    // those typed once the typing pauses.
    setFilters(m_settings.searchFilters());
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(kDebounceMs);
    connect(m_filterDebounce, &QTimer::timeout, this, &SearchPanel::filtersChanged);
    for (QLineEdit *edit : {m_ui->page, m_ui->section}) {
        connect(edit, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &SearchPanel::filtersChanged);
    }
    for (QComboBox *box : {m_ui->paper, m_ui->sort})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchPanel::filtersChanged);
    for (OptionalDateEdit *edit : {m_ui->from, m_ui->to})
        connect(edit, &OptionalDateEdit::optionalDateChanged, this, &SearchPanel::filtersChanged);
    connect(m_ui->doubtfulOnly, &QCheckBox::toggled, this, &SearchPanel::filtersChanged);
    connect(m_ui->filtersButton, &QToolButton::toggled, this, [this](bool shown) {
        setFiltersShown(shown);
        m_settings.setSearchFilters(filters());
    });
    connect(m_ui->clearFilters, &QPushButton::clicked, this, &SearchPanel::clearFilters);
    connect(m_ui->chart, &QToolButton::clicked, this,
            [this] { emit timelineRequested(query().trimmed()); });
    connect(m_ui->matchScript, &QCheckBox::toggled, this, [this](bool on) {
        m_debounce->stop();
        runSearch();
        emit matchScriptExactlyChanged(on);
    });
    connect(m_ui->results, &QListView::activated, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(SearchResultsModel::ArticleIdRole).toLongLong(), query());
    });
    // One click opens a hit; where the style already activates on one click,
    // `activated` has done it. Ctrl or Shift held, the click only selects (for
    // Article ▸ Add to Collection… and File ▸ Export Articles…).
    connect(m_ui->results, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier))
            return;
        if (!m_ui->results->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick,
                                               nullptr, m_ui->results))
            emit articleActivated(index.data(SearchResultsModel::ArticleIdRole).toLongLong(),
                                  query());
    });
    setFocusProxy(m_ui->field);
    setCurrentIssue(std::nullopt);
}

SearchPanel::~SearchPanel() = default;

QList<qint64> SearchPanel::selectedArticles() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_ui->results->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end()); // in the order listed, not of clicking
    for (const QModelIndex &row : std::as_const(rows))
        ids << row.data(SearchResultsModel::ArticleIdRole).toLongLong();
    return ids;
}

QAbstractItemView *SearchPanel::resultsView() const
{
    return m_ui->results;
}

void SearchPanel::setLibrary(Library *library)
{
    m_library = library;
    m_model->setLibrary(library);
    readPapers();
    runSearch();
}

void SearchPanel::setCurrentIssue(std::optional<qint64> issueId, const QString &title)
{
    m_currentIssue = issueId;
    m_ui->scope->setItemText(CurrentIssue,
                             issueId ? tr("This issue: %1").arg(title) : tr("The current issue"));
    // Without a current issue only "all issues" makes sense.
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->scope->model());
    if (model)
        model->item(CurrentIssue)->setEnabled(issueId.has_value());
    if (!issueId && m_ui->scope->currentIndex() == CurrentIssue)
        m_ui->scope->setCurrentIndex(AllIssues);
    else if (m_ui->scope->currentIndex() == CurrentIssue)
        runSearch();
}

void SearchPanel::setHighlightColor(const QColor &color)
{
    m_delegate->setHighlightColor(color);
    m_ui->results->viewport()->update();
}

void SearchPanel::focusField()
{
    m_ui->field->setFocus();
    m_ui->field->selectAll();
}

QString SearchPanel::query() const
{
    return m_ui->field->text();
}

void SearchPanel::setQuery(const QString &query)
{
    m_ui->field->setText(query);
    m_debounce->stop();
    runSearch();
}

bool SearchPanel::isMatchScriptExactly() const
{
    return m_ui->matchScript->isChecked();
}

void SearchPanel::setMatchScriptExactly(bool exactly)
{
    m_ui->matchScript->setChecked(exactly); // searches again when it changes
}

void SearchPanel::refresh()
{
    readPapers();
    runSearch();
}

SearchFilterSettings SearchPanel::filters() const
{
    SearchFilterSettings filters;
    filters.paper = m_ui->paper->currentData().toString();
    filters.from = m_ui->from->optionalDate();
    filters.to = m_ui->to->optionalDate();
    filters.page = m_ui->page->text().trimmed();
    filters.section = m_ui->section->text().trimmed();
    filters.doubtfulOnly = m_ui->doubtfulOnly->isChecked();
    filters.sort = SearchRequest::Sort(m_ui->sort->currentData().toInt());
    filters.shown = m_ui->filtersButton->isChecked();
    return filters;
}

void SearchPanel::setFilters(const SearchFilterSettings &filters)
{
    {
        const QSignalBlocker paper(m_ui->paper), from(m_ui->from), to(m_ui->to), page(m_ui->page),
            section(m_ui->section), doubtful(m_ui->doubtfulOnly), sort(m_ui->sort);
        int at = m_ui->paper->findData(filters.paper);
        if (at < 0) { // a paper not (or no longer) in the library: still shown, to clear
            m_ui->paper->addItem(filters.paper, filters.paper);
            at = m_ui->paper->count() - 1;
        }
        m_ui->paper->setCurrentIndex(at);
        m_ui->from->setOptionalDate(filters.from);
        m_ui->to->setOptionalDate(filters.to);
        m_ui->page->setText(filters.page);
        m_ui->section->setText(filters.section);
        m_ui->doubtfulOnly->setChecked(filters.doubtfulOnly);
        m_ui->sort->setCurrentIndex(std::max(0, m_ui->sort->findData(int(filters.sort))));
    }
    setFiltersShown(filters.shown);
    filtersChanged();
}

int SearchPanel::activeFilterCount() const
{
    const SearchFilterSettings now = filters();
    return int(!now.paper.isEmpty()) + int(now.from.isValid()) + int(now.to.isValid()) +
           int(!now.page.isEmpty()) + int(!now.section.isEmpty()) + int(now.doubtfulOnly);
}

void SearchPanel::clearFilters()
{
    SearchFilterSettings cleared;
    cleared.sort = filters().sort; // an order, not a filter
    cleared.shown = m_ui->filtersButton->isChecked();
    setFilters(cleared);
}

QStringList SearchPanel::papers() const
{
    QStringList papers;
    for (int i = 1; i < m_ui->paper->count(); ++i)
        papers << m_ui->paper->itemData(i).toString();
    return papers;
}

void SearchPanel::setPapers(const QStringList &papers)
{
    const QString current = m_ui->paper->currentData().toString();
    const QSignalBlocker blocker(m_ui->paper);
    while (m_ui->paper->count() > 1)
        m_ui->paper->removeItem(1);
    for (const QString &paper : papers)
        m_ui->paper->addItem(paper, paper);
    // The paper filtered on stays, gone from the library or not: the filter
    // is the user's to clear, and a search of it finds what there is.
    if (!current.isEmpty() && !papers.contains(current))
        m_ui->paper->addItem(current, current);
    m_ui->paper->setCurrentIndex(std::max(0, m_ui->paper->findData(current)));
}

void SearchPanel::showPeriod(const QString &query, QDate from, QDate to)
{
    {
        const QSignalBlocker blockFrom(m_ui->from), blockTo(m_ui->to);
        m_ui->from->setOptionalDate(from);
        m_ui->to->setOptionalDate(to);
    }
    m_ui->field->setText(query);
    m_debounce->stop();
    setFiltersShown(true); // the days are why the list is shorter
    filtersChanged();
}

SearchRequest SearchPanel::currentRequest() const
{
    SearchRequest request;
    request.text = m_ui->field->text();
    request.exactScript = m_ui->matchScript->isChecked();
    if (m_ui->scope->currentIndex() == CurrentIssue)
        request.issueId = m_currentIssue;
    const SearchFilterSettings filters = this->filters();
    request.paper = filters.paper;
    request.from = filters.from;
    request.to = filters.to;
    request.page = filters.page;
    request.section = filters.section;
    if (filters.doubtfulOnly)
        request.maxConfidence = kDoubtfulConfidence;
    request.sort = filters.sort;
    return request;
}

void SearchPanel::filtersChanged()
{
    m_filterDebounce->stop();
    // The calendar of an open end starts at the other end's month.
    m_ui->from->setFallbackDate(m_ui->to->optionalDate());
    m_ui->to->setFallbackDate(m_ui->from->optionalDate());
    showFilterCount();
    m_settings.setSearchFilters(filters());
    runSearch();
}

void SearchPanel::showFilterCount()
{
    const int count = activeFilterCount();
    m_ui->filtersButton->setText(count == 0 ? tr("Filters") : tr("Filters (%1)").arg(count));
    m_ui->filtersButton->setAccessibleDescription(tr("%n filter(s) in force", nullptr, count));
    m_ui->clearFilters->setEnabled(count > 0);
}

void SearchPanel::setFiltersShown(bool shown)
{
    const QSignalBlocker blocker(m_ui->filtersButton);
    m_ui->filtersButton->setChecked(shown);
    m_ui->filtersButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->filters->setVisible(shown);
}

void SearchPanel::readPapers()
{
    // On this thread: the issues' list is one small query, as the tree reads it.
    if (!m_library) {
        setPapers({});
        return;
    }
    const auto papers = newspaperNames(*m_library);
    if (papers)
        setPapers(*papers);
}

void SearchPanel::runSearch()
{
    const SearchRequest request = currentRequest();
    if (request.text.trimmed().isEmpty()) {
        m_focusResults = false;
        m_model->clear();
        m_ui->status->setText(tr("Type to search the text of every article: any characters, "
                                 "several words, \"a phrase\", -word to leave out, a OR b, "
                                 "or title:, author:, section:, page: for one field."));
        return;
    }
    m_ui->status->setText(tr("Searching…"));
    m_model->search(request); // searchFinished or searchFailed follows
}

void SearchPanel::searchFinished(int total)
{
    if (total > 0)
        m_ui->status->setText(tr("%n article(s)", nullptr, total));
    else if (activeFilterCount() > 0)
        m_ui->status->setText(tr("No articles contain this with these filters."));
    else
        m_ui->status->setText(tr("No articles contain this."));
    if (m_model->rowCount() > 0)
        m_ui->results->scrollToTop();
    if (std::exchange(m_focusResults, false))
        focusResults();
}

void SearchPanel::focusResults()
{
    if (m_model->rowCount() > 0) {
        m_ui->results->setFocus();
        m_ui->results->setCurrentIndex(m_model->index(0));
    }
}

} // namespace Broadsheet
