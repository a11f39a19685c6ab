#include "sourcecontroller.h"

#include "articleview.h"
#include "doubtlist.h"
#include "guilogging.h"
#include "library.h"
#include "sourcepane.h"
#include "sourceview.h"

#include <QAction>
#include <QLayout>
#include <QSplitter>

namespace Broadsheet {

namespace {
// Sets a flag for as long as it lives, as it was before at the end.
class Guard
{
public:
    explicit Guard(bool &flag)
        : m_flag(flag)
        , m_was(std::exchange(flag, true))
    {}
    ~Guard() { m_flag = m_was; }
    Guard(const Guard &) = delete;
    Guard &operator=(const Guard &) = delete;

private:
    bool &m_flag;
    bool m_was;
};
} // namespace

SourceController::SourceController(ArticleView *articleView, std::function<Library *()> library,
                                   QObject *parent)
    : QObject(parent)
    , m_articleView(articleView)
    , m_library(std::move(library))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_pane(new SourcePane)
    , m_sourceAction(new QAction(tr("&Source"), this))
    , m_nextDoubt(new QAction(tr("Next &Doubtful Spot"), this))
    , m_previousDoubt(new QAction(tr("Previous Doubtful S&pot"), this))
{
    QWidget *area = articleView->parentWidget();
    if (area && area->layout())
        delete area->layout()->replaceWidget(articleView, m_splitter);
    else
        m_splitter->setParent(area);
    m_splitter->addWidget(articleView);
    m_splitter->addWidget(m_pane);
    m_splitter->setChildrenCollapsible(false);
    m_pane->hide();

    m_sourceAction->setObjectName(QStringLiteral("actionSource"));
    m_nextDoubt->setObjectName(QStringLiteral("actionNextDoubt"));
    m_previousDoubt->setObjectName(QStringLiteral("actionPreviousDoubt"));
    m_sourceAction->setCheckable(true);
    m_sourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_sourceAction->setStatusTip(tr("Show the issue file's lines beside the article, coloured "
                                    "by what the parser made of them"));
    m_nextDoubt->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextDoubt->setStatusTip(tr("Go to the next place where the parser guessed"));
    m_previousDoubt->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previousDoubt->setStatusTip(tr("Go to the previous place where the parser guessed"));
    connect(m_sourceAction, &QAction::toggled, this, &SourceController::setSourceShown);
    connect(m_nextDoubt, &QAction::triggered, this, [this] { stepDoubt(+1); });
    connect(m_previousDoubt, &QAction::triggered, this, [this] { stepDoubt(-1); });

    connect(m_pane->view(), &SourceView::selectedLinesChanged, this,
            &SourceController::sourceLinesChanged);
    connect(m_pane, &SourcePane::doubtChosen, this, &SourceController::goToDoubt);
    connect(articleView, &ArticleView::partActivated, this, &SourceController::partActivated);
    // The source takes the reading pane's look (light, dark, sepia) as it changes.
    connect(articleView, &ArticleView::documentRestyled, this,
            [this] { m_pane->setLook(m_articleView->look()); });
    m_pane->setLook(articleView->look());
    updateActions();
}

bool SourceController::isSourceShown() const
{
    return m_sourceAction->isChecked();
}

std::optional<qint64> SourceController::shownIssue() const
{
    const StoredArticle *stored = m_articleView->article();
    return stored ? std::optional(stored->record.issueId) : std::nullopt;
}

void SourceController::setSourceShown(bool on)
{
    if (m_sourceAction->isChecked() != on) {
        m_sourceAction->setChecked(on); // comes back here through toggled
        return;
    }
    m_pane->setVisible(on);
    if (on) {
        if (QList<int> sizes = m_splitter->sizes(); sizes.value(1) == 0) {
            // Half the reading pane's room; other panes (the page) keep theirs.
            const int half = sizes[0] / 2;
            sizes[1] = sizes[0] - half;
            sizes[0] = half;
            if (sizes[0] == 0) {
                sizes[0] = m_splitter->width() / 2;
                sizes[1] = m_splitter->width() - sizes[0];
            }
            m_splitter->setSizes(sizes);
        }
        ensureLoaded();
        articleShown();
    }
}

void SourceController::reset()
{
    m_loadedIssue.reset();
    m_countedIssue.reset();
    m_articleIds.clear();
    m_doubtCount = 0;
    m_pane->view()->clearSource();
    updateActions();
}

void SourceController::ensureLoaded()
{
    const auto issueId = shownIssue();
    Library *library = m_library();
    if (!issueId || !library) {
        m_pane->showMessage(tr("No issue open"), tr("Open an article to see its issue's file."));
        m_loadedIssue.reset();
        return;
    }
    if (m_loadedIssue == issueId)
        return;
    m_loadedIssue = issueId;
    m_articleIds.clear();
    const auto lines = library->sourceLines(*issueId);
    if (!lines) {
        m_pane->showMessage(tr("Cannot show the file"), lines.errorMessage());
        return;
    }
    const auto issue = library->loadIssue(*issueId);
    if (!issue) {
        m_pane->showMessage(tr("Cannot show the file"), issue.errorMessage());
        return;
    }
    if (const auto records = library->articles(*issueId)) {
        for (const ArticleRecord &record : *records)
            m_articleIds.insert(record.number, record.id);
    }
    QList<Doubt> doubts = issue->doubts;
    if (auto stored = library->doubts(*issueId))
        doubts = *std::move(stored);
    else
        qCWarning(lcGui) << "doubtful spots of issue" << *issueId << ":" << stored.errorMessage();
    m_pane->setSource(*lines, SourceMap::build(*issue, *lines), *issue, doubts);
    updateActions();
}

void SourceController::articleShown()
{
    const auto issueId = shownIssue();
    if (issueId != m_countedIssue) {
        m_countedIssue = issueId;
        m_doubtCount = 0;
        if (Library *library = m_library(); issueId && library) {
            if (const auto record = library->issue(*issueId))
                m_doubtCount = record->doubtCount;
        }
        updateActions();
    }
    if (!isSourceShown() || m_syncing)
        return;
    ensureLoaded();
    const StoredArticle *stored = m_articleView->article();
    if (!stored || !m_pane->isShowingSource())
        return;
    // Another article chosen elsewhere (the tree, search): its first line.
    const Guard guard(m_syncing);
    SourceView *view = m_pane->view();
    if (view->lineInfo(view->currentLine()).articleId != stored->record.number) {
        if (const int line = view->firstLineOf(stored->record.number); line > 0)
            view->showLine(line);
    }
    view->highlightLines({});
}

void SourceController::sourceLinesChanged()
{
    if (m_syncing || !m_pane->isShowingSource())
        return;
    const Guard guard(m_syncing);
    SourceView *view = m_pane->view();
    const SourceLineInfo info = view->lineInfo(view->currentLine());
    if (info.articleId == 0) {
        view->highlightLines({});
        m_articleView->highlightPart(std::nullopt);
        return;
    }
    requestArticle(info.articleId);
    const StoredArticle *stored = m_articleView->article();
    const auto part = ArticlePart::ofLine(info);
    if (!stored || stored->record.number != info.articleId || !part) {
        view->highlightLines({});
        m_articleView->highlightPart(std::nullopt);
        return;
    }
    m_articleView->highlightPart(part);
    view->highlightLines(part->lines(stored->article));
}

void SourceController::partActivated(ArticlePart part)
{
    if (m_syncing || !isSourceShown() || !m_pane->isShowingSource())
        return;
    const StoredArticle *stored = m_articleView->article();
    if (!stored || m_loadedIssue != stored->record.issueId)
        return;
    const Guard guard(m_syncing);
    const QList<int> lines = part.lines(stored->article);
    m_pane->view()->highlightLines(lines);
    if (!lines.isEmpty())
        m_pane->view()->showLine(lines.first());
    m_articleView->highlightPart(part);
}

void SourceController::requestArticle(int number)
{
    const qint64 id = m_articleIds.value(number);
    if (id != 0 && m_articleView->articleId() != id)
        emit articleRequested(id);
}

void SourceController::stepDoubt(int direction)
{
    if (!isSourceShown())
        setSourceShown(true);
    ensureLoaded();
    goToDoubt(m_pane->adjacentDoubt(direction));
}

void SourceController::goToDoubt(int index)
{
    if (index < 0 || index >= m_pane->doubtList()->doubts().size())
        return;
    const Doubt doubt = m_pane->doubtList()->doubts()[index];
    {
        const Guard guard(m_syncing);
        m_pane->showDoubt(index);
        if (doubt.articleId != 0)
            requestArticle(doubt.articleId);
    }
    // The doubt's article chosen, its line's part tinted in both views.
    sourceLinesChanged();
    m_pane->view()->setFocus();
}

void SourceController::updateActions()
{
    const bool hasIssue = shownIssue().has_value();
    const bool doubts = m_loadedIssue && m_loadedIssue == shownIssue()
                            ? !m_pane->doubtList()->doubts().isEmpty()
                            : m_doubtCount > 0;
    m_nextDoubt->setEnabled(hasIssue && doubts);
    m_previousDoubt->setEnabled(hasIssue && doubts);
}

} // namespace Broadsheet
