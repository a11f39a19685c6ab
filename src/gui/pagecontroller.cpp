#include "pagecontroller.h"

#include "articlematch.h"
#include "articleview.h"
#include "guilogging.h"
#include "issueparser.h"
#include "library.h"
#include "pageview.h"
#include "pdftextreader.h"

#include <QAction>
#include <QSplitter>
#include <QtConcurrent>

namespace Broadsheet {

PageController::PageController(ArticleView *articleView, QSplitter *splitter,
                               std::function<Library *()> library, QObject *parent)
    : QObject(parent)
    , m_articleView(articleView)
    , m_splitter(splitter)
    , m_library(std::move(library))
    , m_view(new PageView)
    , m_pageAction(new QAction(tr("&Page"), this))
    , m_showOnPage(new QAction(tr("Show on Pa&ge"), this))
{
    m_splitter->addWidget(m_view);
    m_view->hide();
    // In the window, the zoom keys are the window's (View ▸ Zoom In…), which pass
    // them to the page when it has the focus: the same keys here would make them
    // ambiguous, and neither would act.
    for (QAction *action : m_view->actions())
        action->setShortcuts({});

    m_pageAction->setObjectName(QStringLiteral("actionPage"));
    m_pageAction->setCheckable(true);
    m_pageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pageAction->setStatusTip(
        tr("Show the e-paper page beside the article, with each article's place on it"));
    m_showOnPage->setObjectName(QStringLiteral("actionShowOnPage"));
    m_showOnPage->setStatusTip(
        tr("Show the page the article stands on, with the article outlined"));
    connect(m_pageAction, &QAction::toggled, this, &PageController::setPageShown);
    connect(m_showOnPage, &QAction::triggered, this, [this] { setPageShown(true); });
    connect(m_view, &PageView::articleActivated, this, &PageController::zoneActivated);
    connect(m_view, &PageView::pageChanged, this, &PageController::pageChanged);
    connect(&m_watcher, &QFutureWatcher<Result<Issue>>::finished, this,
            &PageController::layoutRead);
    updateActions();
}

bool PageController::isPageShown() const
{
    return m_pageAction->isChecked();
}

std::optional<qint64> PageController::shownIssue() const
{
    const StoredArticle *stored = m_articleView->article();
    return stored ? std::optional(stored->record.issueId) : std::nullopt;
}

int PageController::shownNumber() const
{
    const StoredArticle *stored = m_articleView->article();
    return stored ? stored->record.number : 0;
}

void PageController::setPageShown(bool on)
{
    if (m_pageAction->isChecked() != on) {
        m_pageAction->setChecked(on); // comes back here through toggled
        return;
    }
    m_view->setVisible(on);
    if (on) {
        const QList<int> sizes = m_splitter->sizes();
        const int index = m_splitter->indexOf(m_view);
        if (sizes.value(index) == 0) {
            // Room for the page: half of the window's reading area.
            QList<int> shared = sizes;
            const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
            shared[index] = total / 2;
            for (qsizetype i = 0; i < shared.size(); ++i)
                if (i != index && shared[i] > 0)
                    shared[i] = std::max(1, shared[i] / 2);
            m_splitter->setSizes(shared);
        }
        ensureLoaded();
        highlightShown();
    }
}

void PageController::reset()
{
    m_loadedIssue.reset();
    m_reading = 0; // a read under way is for a library or file that changed
    m_articleIds.clear();
    m_scannedPages.clear();
    m_view->clear();
    updateActions();
}

void PageController::articleShown()
{
    // The search's word marks the article it opened; any other way there, none.
    setSearchText({});
    updateActions();
    if (!isPageShown())
        return;
    ensureLoaded();
    highlightShown();
}

void PageController::setSearchText(const QString &text)
{
    m_searchText = text;
    m_view->setSearchText(text);
}

void PageController::ensureLoaded()
{
    const auto issueId = shownIssue();
    Library *library = m_library();
    if (!issueId || !library) {
        m_loadedIssue.reset();
        m_reading = 0;
        m_view->clear();
        m_view->setMessage(tr("Open an article of an issue read from an e-paper PDF to see "
                              "its page."));
        return;
    }
    if (m_loadedIssue == issueId)
        return;
    m_loadedIssue = issueId;
    m_reading = 0;
    m_articleIds.clear();
    m_scannedPages.clear();
    m_view->clear();
    const auto shown = [this](const QString &message) {
        m_view->setMessage(message);
        emit pageLoaded();
    };
    // A text file's issue shows the page of the e-paper PDF that joined it.
    const auto source = library->pageSource(*issueId);
    if (!source)
        return shown(source.errorMessage());
    if (!*source)
        return shown(tr("This issue was read from a text file, which has no pages to show. "
                        "Import its e-paper PDF to see the page."));
    m_fromCompanion = (*source)->companion;
    m_pdfPath = (*source)->path;
    if (const auto records = library->articles(*issueId)) {
        for (const ArticleRecord &record : *records)
            m_articleIds.insert(record.number, record.id);
    }
    m_view->setMessage(tr("Finding the articles on the page…"));
    // Reading, checking and parsing the PDF takes a while on a large issue: in a
    // worker, which touches no database and no widget.
    m_reading = *issueId;
    m_watcher.setFuture(QtConcurrent::run([page = **source] { return Library::readPage(page); }));
}

void PageController::layoutRead()
{
    const Result<Issue> read = m_watcher.result();
    Library *library = m_library();
    if (!library || !m_loadedIssue || m_reading != *m_loadedIssue)
        return; // a read for an issue shown before
    m_reading = 0;
    if (!read) {
        m_view->setMessage(read.errorMessage());
        emit pageLoaded();
        return;
    }
    if (const Status opened = m_view->open(m_pdfPath); !opened) {
        m_view->setMessage(opened.errorMessage());
        emit pageLoaded();
        return;
    }
    m_view->setSearchText(m_searchText);
    // The articles as the library holds them (the reader's corrections applied),
    // placed by their lines; a text issue's by the PDF's articles holding their text.
    const auto issue = library->loadIssue(*m_loadedIssue);
    if (!issue) {
        m_view->setMessage(issue.errorMessage());
        emit pageLoaded();
        return;
    }
    const PageLayout &layout = read->layout;
    const QHash<int, QList<int>> matched =
        m_fromCompanion ? ArticleMatch::match(*issue, *read) : QHash<int, QList<int>>();
    QList<PageZone> zones;
    for (const Section &section : issue->sections)
        for (const Article &article : section.articles) {
            QList<Zone> placed;
            if (!m_fromCompanion)
                placed = layout.zonesOf(article.lines());
            for (const int id : matched.value(article.id))
                if (const Article *pdfArticle = read->findArticle(id))
                    placed += layout.zonesOf(pdfArticle->lines());
            for (const Zone &zone : std::as_const(placed))
                zones.append({article.id, article.displayTitle(), zone.page, zone.box});
        }
    m_scannedPages = layout.scannedPages;
    m_view->setMessage({});
    m_view->setZones(zones);
    pageChanged(m_view->page());
    highlightShown();
    qCDebug(lcGui) << "page view:" << zones.size() << "zones in issue" << *m_loadedIssue;
    emit pageLoaded();
}

void PageController::highlightShown()
{
    if (!isLoaded() || m_loadedIssue != shownIssue())
        return;
    m_view->showArticle(shownNumber());
}

void PageController::zoneActivated(int number)
{
    if (number == shownNumber())
        return;
    if (const auto id = m_articleIds.value(number))
        emit articleRequested(id);
}

void PageController::pageChanged(int page)
{
    if (m_scannedPages.contains(page))
        m_view->setMessage(PdfTextReader::scannedPageMessage(page));
    else if (isLoaded() && m_view->isOpen())
        m_view->setMessage({});
}

void PageController::updateActions()
{
    const StoredArticle *stored = m_articleView->article();
    Library *library = m_library();
    m_showOnPage->setEnabled(stored &&
                             (stored->encoding == QLatin1String("PDF") ||
                              (library && library->hasCompanionPdf(stored->record.issueId))));
}

} // namespace Broadsheet
