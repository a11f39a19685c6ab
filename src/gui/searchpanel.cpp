#include "searchpanel.h"
#include "ui_searchpanel.h"

#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QKeyEvent>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include <utility>

namespace Broadsheet {

namespace {
enum Scope { AllIssues = 0, CurrentIssue = 1 };
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPanel>())
    , m_model(new SearchResultsModel(this))
    , m_delegate(new SearchResultDelegate(this))
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->scope->addItem(tr("All issues"));
    m_ui->scope->addItem(tr("The current issue"));
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
        const SearchRequest wanted = currentRequest();
        const SearchRequest &shown = m_model->request();
        if (debounced || wanted.text != shown.text || wanted.issueId != shown.issueId ||
            wanted.exactScript != shown.exactScript || !m_model->errorMessage().isEmpty())
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
    connect(m_ui->matchScript, &QCheckBox::toggled, this, [this](bool on) {
        m_debounce->stop();
        runSearch();
        emit matchScriptExactlyChanged(on);
    });
    connect(m_ui->results, &QListView::activated, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(SearchResultsModel::ArticleIdRole).toLongLong(), query());
    });
    // One click opens a hit; where the style already activates on one click,
    // `activated` has done it.
    connect(m_ui->results, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_ui->results->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick,
                                               nullptr, m_ui->results))
            emit articleActivated(index.data(SearchResultsModel::ArticleIdRole).toLongLong(),
                                  query());
    });
    setFocusProxy(m_ui->field);
    setCurrentIssue(std::nullopt);
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setLibrary(Library *library)
{
    m_model->setLibrary(library);
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
    runSearch();
}

SearchRequest SearchPanel::currentRequest() const
{
    SearchRequest request;
    request.text = m_ui->field->text();
    request.exactScript = m_ui->matchScript->isChecked();
    if (m_ui->scope->currentIndex() == CurrentIssue)
        request.issueId = m_currentIssue;
    return request;
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
    m_ui->status->setText(total == 0 ? tr("No articles contain this.")
                                     : tr("%n article(s)", nullptr, total));
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
