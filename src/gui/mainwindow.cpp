#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "articleexport.h"
#include "articlehtml.h"
#include "articleview.h"
#include "findbar.h"
#include "guilogging.h"
#include "icons.h"
#include "importcontroller.h"
#include "library.h"
#include "libraryfiltermodel.h"
#include "librarymodel.h"
#include "librarytimelineprovider.h"
#include "newspapernames.h"
#include "periodrange.h"
#include "searchpanel.h"
#include "searchquery.h"
#include "shortcutsdialog.h"
#include "timelinedialog.h"
#include "translations.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace Broadsheet {

namespace {
// Imports of more files than this show a progress dialog that can cancel them.
constexpr int kProgressDialogFiles = 3;
constexpr int kFilterDelayMs = 200;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new LibraryModel(this))
    , m_filter(new LibraryFilterModel(m_model, this))
    , m_importer(new ImportController(this))
{
    m_ui->setupUi(this);
    m_ui->findBar->setTextEdit(m_ui->articleView);
    m_ui->findBar->setMatchCase(m_settings.matchCase());
    m_ui->searchPanel->setMatchScriptExactly(m_settings.matchScriptExactly());
    m_ui->articleView->setZoomPercent(m_settings.zoomPercent());
    m_ui->articleView->setFullWidthPunctuation(m_settings.fullWidthPunctuation());
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({340, 900});
    setUpTree();
    setUpActions();
    setUpTimeline();
    setUpStatusBar();
    applyTheme(m_settings.theme());

    connect(m_importer, &ImportController::started, this, &MainWindow::importStarted);
    connect(m_importer, &ImportController::progress, this, &MainWindow::importProgress);
    connect(m_importer, &ImportController::finished, this, &MainWindow::importDone);
    connect(m_model, &LibraryModel::readFailed, this,
            [this](const QString &message) { showError(tr("Cannot read the library"), message); });
    connect(m_ui->searchPanel, &SearchPanel::articleActivated, this,
            &MainWindow::searchResultActivated);
    connect(m_ui->articleView, &ArticleView::documentReplaced, m_ui->findBar,
            &FindBar::documentReplaced);
    connect(m_ui->articleView, &ArticleView::documentRestyled, m_ui->findBar,
            &FindBar::documentRestyled);
    connect(m_ui->articleView, &ArticleView::zoomChanged, this,
            [this](int percent) { m_settings.setZoomPercent(percent); });
    connect(m_ui->articleView, &ArticleView::nextArticleRequested, this,
            [this] { stepArticle(+1); });
    connect(m_ui->articleView, &ArticleView::previousArticleRequested, this,
            [this] { stepArticle(-1); });
    connect(m_ui->articleView, &ArticleView::articleLinkActivated, this, &MainWindow::showArticle);
    connect(m_ui->findBar, &FindBar::matchCaseChanged, this,
            [this](bool on) { m_settings.setMatchCase(on); });
    connect(m_ui->searchPanel, &SearchPanel::matchScriptExactlyChanged, this,
            [this](bool on) { m_settings.setMatchScriptExactly(on); });

    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    if (!m_settings.windowState().isEmpty())
        restoreState(m_settings.windowState());
    if (!m_settings.splitterState().isEmpty())
        m_ui->splitter->restoreState(m_settings.splitterState());

    m_ui->articleView->showMessage(tr("No article open"),
                                   tr("Open an issue file with File ▸ Open… (Ctrl+O), or drop "
                                      "files or folders on this window."));
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The import thread reports to this window: it stops before the window goes.
    m_importer->shutdown();
}

ArticleView *MainWindow::articleView() const
{
    return m_ui->articleView;
}

FindBar *MainWindow::findBar() const
{
    return m_ui->findBar;
}

SearchPanel *MainWindow::searchPanel() const
{
    return m_ui->searchPanel;
}

QTreeView *MainWindow::tree() const
{
    return m_ui->tree;
}

void MainWindow::setUpTree()
{
    m_ui->tree->setModel(m_filter);
    m_ui->tree->setAccessibleName(tr("Issues and articles"));
    connect(
        m_ui->tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { treeCurrentChanged(m_filter->mapToSource(current)); });
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    // Activation (Enter, double-click) opens and closes issues, sections and
    // groups; the tree's own double-click toggle would undo it.
    m_ui->tree->setExpandsOnDoubleClick(false);
    connect(m_ui->tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (LibraryModel::typeOf(index) == LibraryModel::NodeType::Article)
            m_ui->articleView->setFocus();
        else
            m_ui->tree->setExpanded(index, !m_ui->tree->isExpanded(index));
    });
    // Filtering a large library takes a moment: it waits for a pause in typing.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(kFilterDelayMs);
    connect(m_ui->filterField, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, [this] {
        const QString text = m_ui->filterField->text();
        m_filter->setFilterText(text);
        if (!text.trimmed().isEmpty())
            m_ui->tree->expandAll();
    });
}

void MainWindow::setUpActions()
{
    // Icons are named here and drawn by applyTheme, for the theme's background.
    auto set = [](QAction *action, const QString &icon, std::initializer_list<QKeySequence> keys) {
        if (!icon.isEmpty())
            action->setProperty("iconName", icon);
        if (keys.size() > 0)
            action->setShortcuts(QList<QKeySequence>(keys));
    };
    set(m_ui->actionOpen, QStringLiteral("open"), {QKeySequence::Open});
    set(m_ui->actionExportPdf, QStringLiteral("export-pdf"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    set(m_ui->actionPrint, QStringLiteral("print"), {QKeySequence::Print});
    set(m_ui->actionQuit, {}, {QKeySequence::Quit});
    set(m_ui->actionCopy, {}, {QKeySequence::Copy});
    set(m_ui->actionFind, QStringLiteral("find"), {QKeySequence::Find});
    set(m_ui->actionFindNext, {}, {QKeySequence::FindNext});
    set(m_ui->actionFindPrevious, {}, {QKeySequence::FindPrevious});
    set(m_ui->actionSearchLibrary, QStringLiteral("search-library"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    set(m_ui->actionFilterTree, {}, {QKeySequence(Qt::CTRL | Qt::Key_L)});
    set(m_ui->actionZoomIn, QStringLiteral("zoom-in"),
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    set(m_ui->actionZoomOut, QStringLiteral("zoom-out"), {QKeySequence::ZoomOut});
    set(m_ui->actionZoomReset, {}, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    set(m_ui->actionPreviousArticle, QStringLiteral("previous"),
        {QKeySequence(Qt::ALT | Qt::Key_Left)});
    set(m_ui->actionNextArticle, QStringLiteral("next"), {QKeySequence(Qt::ALT | Qt::Key_Right)});
    set(m_ui->actionShortcuts, {}, {QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    m_ui->actionRemoveIssue->setShortcut(QKeySequence::Delete);
    m_ui->actionRemoveIssue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->tree->addAction(m_ui->actionRemoveIssue);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    m_ui->actionAboutQt->setMenuRole(QAction::AboutQtRole);

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFiles);
    connect(m_ui->actionOpenLibrary, &QAction::triggered, this, &MainWindow::chooseLibrary);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopy, &QAction::triggered, m_ui->articleView, &QTextEdit::copy);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        const QString selected = m_ui->articleView->textCursor().selectedText();
        m_ui->findBar->open(selected.isEmpty() || selected.size() > 64 ? QString() : selected);
    });
    connect(m_ui->actionFindNext, &QAction::triggered, m_ui->findBar, &FindBar::findNext);
    connect(m_ui->actionFindPrevious, &QAction::triggered, m_ui->findBar, &FindBar::findPrevious);
    connect(m_ui->actionSearchLibrary, &QAction::triggered, this, [this] {
        m_ui->sidebar->setCurrentWidget(m_ui->searchPanel);
        m_ui->searchPanel->focusField();
    });
    connect(m_ui->actionFilterTree, &QAction::triggered, this, [this] {
        m_ui->sidebar->setCurrentWidget(m_ui->libraryTab);
        m_ui->filterField->setFocus();
        m_ui->filterField->selectAll();
    });
    connect(m_ui->actionZoomIn, &QAction::triggered, this,
            [this] { m_ui->articleView->zoomBy(+1); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this,
            [this] { m_ui->articleView->zoomBy(-1); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this,
            [this] { m_ui->articleView->setZoomPercent(100); });
    // Display only: the stored text, search and export keep what was printed.
    m_ui->actionChinesePunctuation->setChecked(m_settings.fullWidthPunctuation());
    connect(m_ui->actionChinesePunctuation, &QAction::toggled, this, [this](bool on) {
        m_settings.setFullWidthPunctuation(on);
        m_ui->articleView->setFullWidthPunctuation(on);
    });
    connect(m_ui->actionPreviousArticle, &QAction::triggered, this, [this] { stepArticle(-1); });
    connect(m_ui->actionNextArticle, &QAction::triggered, this, [this] { stepArticle(+1); });
    connect(m_ui->actionRemoveIssue, &QAction::triggered, this, &MainWindow::removeSelectedIssue);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, [this] {
        const QString done = ArticleExport::exportPdf(this, m_library.get(), selectedArticles());
        if (!done.isEmpty())
            statusBar()->showMessage(done, 8000);
    });
    connect(m_ui->actionPrint, &QAction::triggered, this,
            [this] { ArticleExport::print(this, m_library.get(), selectedArticles()); });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this,
            [this] { ArticleExport::preview(this, m_library.get(), selectedArticles()); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("shortcutsDialog"));
        dialog->show();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // View ▸ Theme
    auto *themes = new QActionGroup(this);
    const std::pair<Settings::Theme, QString> choices[] = {
        {Settings::Theme::System, tr("Follow the &System")},
        {Settings::Theme::Light, tr("&Light")},
        {Settings::Theme::Dark, tr("&Dark")},
        {Settings::Theme::Sepia, tr("S&epia")},
    };
    for (const auto &[theme, label] : choices) {
        QAction *action = m_ui->menuTheme->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme == m_settings.theme());
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings.setTheme(theme);
            applyTheme(theme);
        });
    }
    // View ▸ Language: takes effect at the next start.
    auto *languages = new QActionGroup(this);
    QStringList languageChoices{QString()};
    languageChoices << Translations::languages();
    for (const QString &language : languageChoices) {
        QAction *action = m_ui->menuLanguage->addAction(
            language.isEmpty() ? tr("Follow the &System") : Translations::nativeName(language));
        action->setCheckable(true);
        action->setChecked(language == m_settings.language());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (language == m_settings.language())
                return;
            m_settings.setLanguage(language);
            QMessageBox::information(
                this, tr("Language"),
                tr("Broadsheet will use the new language when it next starts."));
        });
    }
    rebuildRecentMenu();
}

void MainWindow::setUpStatusBar()
{
    m_issueLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_charsLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(tr("Read-only library"), this);
    m_readOnlyLabel->setToolTip(tr("This library can be read and searched, but issues cannot be "
                                   "added to it or removed from it."));
    m_readOnlyLabel->hide();
    statusBar()->addWidget(m_issueLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_charsLabel);
}

void MainWindow::applyTheme(Settings::Theme choice)
{
    m_look = Theme::resolve(choice);
    Theme::apply(m_look);
    const auto colors = Theme::readingColors(m_look);
    m_ui->articleView->setLook(m_look);
    m_ui->findBar->setColors(colors.match, colors.current);
    m_ui->searchPanel->setHighlightColor(colors.match);
    // Icons are redrawn for the background.
    for (QAction *action : findChildren<QAction *>()) {
        const QString icon = action->property("iconName").toString();
        if (!icon.isEmpty())
            action->setIcon(Icons::get(icon));
    }
    m_ui->findBar->updateIcons();
    m_ui->tree->viewport()->update();
}

bool MainWindow::openLibrary(const QString &path, bool askOnFailure)
{
    QString candidate = path;
    for (;;) {
        // A library whose search index was made by another version of Broadsheet
        // is reindexed as it opens: once, with a dialog for a large library.
        std::unique_ptr<QProgressDialog> reindexing;
        Library::Options options;
        options.indexProgress = [&](int done, int total) {
            if (!reindexing) {
                reindexing = std::make_unique<QProgressDialog>(
                    tr("Updating the search index of the library for this version of "
                       "Broadsheet…"),
                    QString(), 0, total, this);
                reindexing->setWindowTitle(tr("Updating the Library"));
                reindexing->setWindowModality(Qt::WindowModal);
                reindexing->setMinimumDuration(500);
            }
            reindexing->setValue(done); // modal: keeps the window painted
        };
        auto library = Library::open(candidate, options);
        reindexing.reset();
        // A library the user may not change can still be read and searched.
        if (!library && library.error().code == Error::Code::LibraryReadOnly)
            library =
                Library::open(candidate, Library::Options{.access = Library::Access::ReadOnly});
        if (library) {
            m_library = std::move(library).value();
            m_settings.setLibraryPath(candidate);
            m_importer->setLibraryPath(candidate);
            m_readOnlyLabel->setVisible(m_library->isReadOnly());
            if (m_library->isReadOnly() && !m_library->isSearchIndexCurrent())
                statusBar()->showMessage(
                    tr("The library %1 is read-only, and its search index was made by another "
                       "version of Broadsheet: search may miss articles.")
                        .arg(candidate),
                    15000);
            else if (m_library->isReadOnly())
                statusBar()->showMessage(
                    tr("The library %1 is read-only: you can read and search it, but not add "
                       "issues to it.")
                        .arg(candidate),
                    8000);
            m_model->setLibrary(m_library.get());
            m_ui->searchPanel->setLibrary(m_library.get());
            m_currentIssue.reset();
            m_issueArticles.clear();
            updateStatus();
            updateActions();
            return true;
        }
        qCWarning(lcGui) << library.errorMessage();
        if (!askOnFailure) {
            m_lastMessage = library.errorMessage();
            return false;
        }
        QMessageBox box(QMessageBox::Warning, tr("Cannot use the library"), library.errorMessage(),
                        QMessageBox::Cancel, this);
        box.setInformativeText(tr("Nothing in the file was changed. You can open another library "
                                  "or create a new one."));
        QPushButton *other = box.addButton(tr("Open Another Library…"), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("Create New Library…"), QMessageBox::AcceptRole);
        box.exec();
        const QString folder = QFileInfo(candidate).absolutePath();
        if (box.clickedButton() == other) {
            candidate =
                QFileDialog::getOpenFileName(this, tr("Open Library"), folder,
                                             tr("Broadsheet libraries (*.sqlite);;All files (*)"));
        } else if (box.clickedButton() == create) {
            candidate = QFileDialog::getSaveFileName(
                this, tr("Create Library"), folder + QStringLiteral("/library.sqlite"),
                tr("Broadsheet libraries (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
            if (!candidate.isEmpty() && QFileInfo::exists(candidate)) {
                showError(tr("Cannot create the library"),
                          tr("%1 already exists; choose a new file name.").arg(candidate));
                continue;
            }
        } else {
            return false;
        }
        if (candidate.isEmpty())
            return false;
    }
}

void MainWindow::chooseLibrary()
{
    if (m_importer->isBusy())
        return; // the action is disabled meanwhile; a shortcut may still come
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Library"), QFileInfo(m_settings.libraryPath()).absolutePath(),
        tr("Broadsheet libraries (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Issues"), m_settings.openFolder(), tr("Issue files (*.txt);;All files (*)"));
    if (!files.isEmpty())
        openFiles(files);
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (!m_library || paths.isEmpty())
        return;
    if (m_library->isReadOnly()) {
        showError(tr("Cannot add issues"),
                  tr("The library %1 is read-only. Open or create another library with "
                     "File ▸ Open Library… to add issues.")
                      .arg(m_library->path()));
        return;
    }
    m_importer->start(paths);
}

void MainWindow::importStarted(const QStringList &paths)
{
    statusBar()->showMessage(tr("Opening %n file(s)…", nullptr, int(paths.size())));
    updateActions();
}

void MainWindow::importProgress(int done, int total, const QString &path)
{
    // The worker knows how many files the folders hold; the GUI thread never walks them.
    if (!m_progress && total > kProgressDialogFiles && done < total) {
        m_progress =
            new QProgressDialog(tr("Adding issues to the library…"), tr("Cancel"), 0, total, this);
        m_progress->setWindowTitle(tr("Opening Issues"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_importer, &ImportController::cancel);
    }
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done); // a modal dialog handles events here: the import may end
    if (m_progress && !path.isEmpty())
        m_progress->setLabelText(tr("Adding %1…").arg(QFileInfo(path).fileName()));
}

void MainWindow::importDone(const ImportReport &report, const QStringList &paths)
{
    // Open Recent lists the files that opened, not those that failed.
    QSet<QString> failed;
    for (const ImportFailure &failure : report.failures)
        failed << failure.path;
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile() && !failed.contains(path))
            m_settings.addRecentFile(path);
    }
    rebuildRecentMenu();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    statusBar()->clearMessage();
    m_model->refreshIssues();
    m_filter->refresh();
    m_ui->searchPanel->refresh();
    if (!report.results.isEmpty()) {
        const ImportResult &last = report.results.last();
        const QModelIndex issue = m_filter->mapFromSource(m_model->indexOfIssue(last.issueId));
        m_ui->tree->expand(issue);
        const auto articles = m_library->articles(last.issueId);
        if (articles && !articles->isEmpty())
            showArticle(articles->first().id);
        else
            m_ui->tree->setCurrentIndex(issue);
        statusBar()->showMessage(importSummary(report), 5000);
    }
    if (!report.failures.isEmpty()) {
        QStringList lines;
        for (const ImportFailure &failure : report.failures)
            lines << failure.reason;
        showError(tr("Some files could not be opened"), lines.join(u'\n'));
    } else if (report.cancelled) {
        statusBar()->showMessage(tr("Opening was cancelled; the issues added so far stay."), 5000);
    }
    updateActions();
    emit importFinished();
}

// What an import did, in words: a file opened again is not "added".
QString MainWindow::importSummary(const ImportReport &report)
{
    int counts[3] = {0, 0, 0};
    for (const ImportResult &result : report.results)
        ++counts[int(result.outcome)];
    QStringList parts;
    if (const int added = counts[int(ImportResult::Outcome::Imported)])
        parts << tr("Added %n issue(s) to the library.", nullptr, added);
    if (const int replaced = counts[int(ImportResult::Outcome::Replaced)])
        parts << tr("Updated %n changed issue(s).", nullptr, replaced);
    if (const int present = counts[int(ImportResult::Outcome::AlreadyPresent)])
        parts << tr("%n issue(s) already in the library.", nullptr, present);
    return parts.join(u' ');
}

bool MainWindow::showArticle(qint64 articleId)
{
    if (!m_library)
        return false;
    const auto stored = m_library->article(articleId);
    if (!stored) {
        showError(tr("Cannot show the article"), stored.errorMessage());
        return false;
    }
    present(*stored);
    return true;
}

void MainWindow::present(const StoredArticle &stored)
{
    const qint64 articleId = stored.record.id;
    if (m_currentIssue != stored.record.issueId) {
        m_currentIssue = stored.record.issueId;
        m_issueArticles.clear();
        if (const auto articles = m_library->articles(*m_currentIssue)) {
            for (const ArticleRecord &record : *articles)
                m_issueArticles << record.id;
        }
        m_ui->searchPanel->setCurrentIssue(m_currentIssue, stored.issueTitle);
    }
    m_ui->articleView->showArticle(stored);
    // Select it in the tree, unless it is selected already (the tree asked for it).
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfArticle(stored.record));
    if (index.isValid() && m_ui->tree->currentIndex() != index) {
        for (QModelIndex ancestor = index.parent(); ancestor.isValid();
             ancestor = ancestor.parent())
            m_ui->tree->expand(ancestor);
        m_selectingInTree = true;
        m_ui->tree->setCurrentIndex(index);
        m_selectingInTree = false;
        m_ui->tree->scrollTo(index);
    }
    m_settings.setLastArticle(articleId);
    setWindowTitle(tr("%1 — %2").arg(stored.record.displayTitle(), stored.issueTitle));
    updateStatus();
    updateActions();
    emit articleShown(articleId);
}

std::optional<qint64> MainWindow::currentArticle() const
{
    return m_ui->articleView->articleId();
}

void MainWindow::restoreSession()
{
    if (const auto last = m_settings.lastArticle(); last && m_library) {
        if (const auto stored = m_library->article(*last))
            present(*stored);
    }
}

void MainWindow::treeCurrentChanged(const QModelIndex &current)
{
    if (m_selectingInTree)
        return;
    if (LibraryModel::typeOf(current) == LibraryModel::NodeType::Article)
        showArticle(LibraryModel::idOf(current));
    else if (current.isValid())
        showContents(current);
    updateActions();
}

// An issue, a section or a group selected: its contents page.
void MainWindow::showContents(const QModelIndex &index)
{
    if (!m_library)
        return;
    const QList<qint64> ids = m_model->articlesUnder(index);
    const auto articles = m_library->storedArticles(ids);
    if (!articles) {
        showError(tr("Cannot show the contents"), articles.errorMessage());
        return;
    }
    if (articles->isEmpty())
        return;
    const StoredArticle &first = articles->first();
    QStringList issue = ArticleHtml::issueKnown(first);
    if (issue.isEmpty())
        issue << first.issueTitle;
    QString heading = issue.join(QStringLiteral("  ·  "));
    switch (LibraryModel::typeOf(index)) {
    case LibraryModel::NodeType::Section:
        if (!first.sectionTitle.isEmpty())
            heading = first.sectionTitle + QStringLiteral("  ·  ") + heading;
        break;
    case LibraryModel::NodeType::Group:
        if (first.article.group)
            heading = first.article.group->title;
        break;
    default:
        break;
    }
    m_ui->articleView->showContents(heading, *articles);
    setWindowTitle(tr("%1 — Broadsheet").arg(heading));
}

void MainWindow::stepArticle(int direction)
{
    const auto current = currentArticle();
    if (!current)
        return;
    const qsizetype at = m_issueArticles.indexOf(*current);
    const qsizetype next = at + direction;
    if (at < 0 || next < 0 || next >= m_issueArticles.size())
        return;
    showArticle(m_issueArticles[next]);
}

QList<qint64> MainWindow::selectedArticles() const
{
    QList<qint64> ids;
    QSet<qint64> seen; // an issue and one of its articles may both be selected
    for (const QModelIndex &index : m_ui->tree->selectionModel()->selectedRows()) {
        for (qint64 id : m_model->articlesUnder(m_filter->mapToSource(index))) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        }
    }
    if (const auto current = currentArticle(); ids.isEmpty() && current)
        ids << *current;
    return ids;
}

void MainWindow::removeSelectedIssue()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->tree->currentIndex());
    if (!current.isValid() || !m_library || m_library->isReadOnly() || m_importer->isBusy())
        return;
    const qint64 issueId = current.data(LibraryModel::IssueIdRole).toLongLong();
    const auto issue = m_library->issue(issueId);
    if (!issue)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Issue"),
        tr("Remove “%1” and its %n article(s) from the library?", nullptr, issue->articleCount)
            .arg(issue->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = m_library->removeIssue(issueId); !removed) {
        showError(tr("Cannot remove the issue"), removed.errorMessage());
        return;
    }
    if (m_currentIssue == issueId) {
        m_currentIssue.reset();
        m_issueArticles.clear();
        m_ui->articleView->showMessage(tr("The issue was removed"),
                                       tr("Its file was not touched; open it again to read it."));
        m_ui->searchPanel->setCurrentIssue(std::nullopt);
        setWindowTitle(QStringLiteral("Broadsheet"));
    }
    m_model->refreshIssues();
    m_ui->searchPanel->refresh();
    updateStatus();
    updateActions();
}

void MainWindow::searchResultActivated(qint64 articleId, const QString &query)
{
    if (!showArticle(articleId))
        return;
    const QStringList terms = SearchQuery(query).typedTerms();
    if (const StoredArticle *shown = m_ui->articleView->article(); shown && !terms.isEmpty())
        m_ui->findBar->openOnSearchTerm(terms.first(), shown->article.plainText());
}

void MainWindow::updateStatus()
{
    const StoredArticle *article = m_ui->articleView->article();
    if (!article) {
        m_issueLabel->setText(m_library ? tr("Library: %1").arg(m_library->path()) : QString());
        m_countLabel->clear();
        m_charsLabel->clear();
        return;
    }
    m_issueLabel->setText(tr("%1 · %2").arg(article->issueTitle, article->encoding));
    m_countLabel->setText(tr("%n article(s)", nullptr, int(m_issueArticles.size())));
    m_charsLabel->setText(tr("%n character(s)", nullptr, m_ui->articleView->characterCount()));
}

void MainWindow::updateActions()
{
    const bool hasArticle = currentArticle().has_value();
    const qsizetype at = hasArticle ? m_issueArticles.indexOf(*currentArticle()) : -1;
    m_ui->actionPreviousArticle->setEnabled(at > 0);
    m_ui->actionNextArticle->setEnabled(at >= 0 && at + 1 < m_issueArticles.size());
    const bool anySelected =
        m_ui->tree->selectionModel() && m_ui->tree->selectionModel()->hasSelection();
    m_ui->actionExportPdf->setEnabled(hasArticle || anySelected);
    m_ui->actionPrint->setEnabled(hasArticle || anySelected);
    m_ui->actionPrintPreview->setEnabled(hasArticle || anySelected);
    const bool canChange = m_library && !m_library->isReadOnly();
    const bool importing = m_importer->isBusy();
    m_ui->actionOpen->setEnabled(canChange);
    m_ui->menuRecent->setEnabled(canChange);
    m_ui->actionOpenLibrary->setEnabled(!importing);
    m_ui->actionRemoveIssue->setEnabled(canChange && !importing &&
                                        m_ui->tree->currentIndex().isValid());
    m_ui->actionCopy->setEnabled(hasArticle);
    m_ui->actionFind->setEnabled(hasArticle);
    m_ui->actionFindNext->setEnabled(hasArticle);
    m_ui->actionFindPrevious->setEnabled(hasArticle);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &file : files) {
        QAction *action = menu->addAction(QFileInfo(file).fileName());
        action->setToolTip(ArticleHtml::toolTip(file));
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] {
            if (!QFileInfo::exists(file)) {
                showError(tr("Cannot open the file"), tr("%1 no longer exists.").arg(file));
                return;
            }
            openFiles({file});
        });
    }
    if (!files.isEmpty())
        menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_settings.clearRecentFiles();
        rebuildRecentMenu();
    });
}

void MainWindow::showError(const QString &title, const QString &text)
{
    m_lastMessage = text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Broadsheet"),
        tr("<h3>Broadsheet %1</h3>"
           "<p>A reader for newspaper issues: it turns the text of an e-paper issue back "
           "into articles you can read, search and export.</p>"
           "<p>Library: <code>%2</code></p>"
           "<p>Built with Qt %3 (LGPL v3) and SQLite (public domain). The reading pane "
           "and PDF export use the AR PL UMing (Arphic Public License) and WenQuanYi Zen Hei "
           "(GPL v2 with font exception) fonts where they are installed.</p>")
            .arg(QStringLiteral(BROADSHEET_VERSION),
                 (m_library ? m_library->path() : m_settings.libraryPath()).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    }
}

// Edit ▸ Chart Over Time… and the search panel's button: the query's articles
// over time, in a dialog that stays open beside the window; a bar clicked
// lists its period's articles in the search panel.
void MainWindow::setUpTimeline()
{
    m_chartAction = new QAction(tr("&Chart Over Time…"), this);
    m_chartAction->setObjectName(QStringLiteral("actionChartOverTime"));
    m_chartAction->setProperty("iconName", QStringLiteral("chart"));
    m_chartAction->setStatusTip(tr("How often the search's words appear over time"));
    m_ui->menuEdit->insertAction(m_ui->actionFilterTree, m_chartAction);
    connect(m_chartAction, &QAction::triggered, this,
            [this] { showTimeline(m_ui->searchPanel->query().trimmed()); });
    connect(m_ui->searchPanel, &SearchPanel::timelineRequested, this, &MainWindow::showTimeline);
    connect(m_ui->searchPanel, &SearchPanel::matchScriptExactlyChanged, this, [this](bool on) {
        if (m_timeline)
            m_timeline->setExactScript(on);
    });
    connect(m_importer, &ImportController::finished, this, [this] {
        if (!m_timeline || !m_library)
            return;
        if (const auto papers = newspaperNames(*m_library))
            m_timeline->setPapers(*papers);
        m_timeline->refresh();
    });
}

void MainWindow::showTimeline(const QString &query)
{
    if (!m_library)
        return;
    // The dialog counts in the library it was made for: another one open, another dialog.
    if (m_timeline && m_timeline->property("libraryPath").toString() != m_library->path())
        delete m_timeline;
    if (!m_timeline) {
        m_timeline = new TimelineDialog(libraryTimelineProvider(m_library->path()), this);
        m_timeline->setAttribute(Qt::WA_DeleteOnClose);
        m_timeline->setProperty("libraryPath", m_library->path());
        connect(m_timeline, &TimelineDialog::periodActivated, this,
                [this](const QString &periodQuery, const QString &period) {
                    const PeriodRange range = periodRange(period);
                    if (!range.isValid())
                        return;
                    m_ui->sidebar->setCurrentWidget(m_ui->searchPanel);
                    m_ui->searchPanel->showPeriod(periodQuery, range.from, range.to);
                });
    }
    if (const auto papers = newspaperNames(*m_library))
        m_timeline->setPapers(*papers);
    m_timeline->setExactScript(m_ui->searchPanel->isMatchScriptExactly());
    m_timeline->addQuery(query);
    m_timeline->show();
    m_timeline->raise();
    m_timeline->activateWindow();
}

} // namespace Broadsheet
