#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "archivemodel.h"
#include "articleexport.h"
#include "articlehtml.h"
#include "articlelines.h"
#include "articleview.h"
#include "citation.h"
#include "collectionchooser.h"
#include "correctioncontroller.h"
#include "datetext.h"
#include "deskexport.h"
#include "exportdialog.h"
#include "findbar.h"
#include "guilogging.h"
#include "icons.h"
#include "importcontroller.h"
#include "importnotice.h"
#include "issuecalendar.h"
#include "issuepropertiesdialog.h"
#include "library.h"
#include "libraryfiltermodel.h"
#include "librarymodel.h"
#include "librarytimelineprovider.h"
#include "newspapernames.h"
#include "notedialog.h"
#include "pagecontroller.h"
#include "pageview.h"
#include "periodrange.h"
#include "searchpanel.h"
#include "searchquery.h"
#include "searchresultsmodel.h"
#include "shortcutsdialog.h"
#include "sourcecontroller.h"
#include "sourcepane.h"
#include "sourceview.h"
#include "tagsdialog.h"
#include "timelinedialog.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

using namespace Qt::StringLiterals;

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
    , m_archive(new ArchiveModel(this))
    , m_filter(new LibraryFilterModel(m_archive, this))
    , m_calendar(new IssueCalendar(this))
    , m_calendarDock(new QDockWidget(this))
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
    setUpCalendar();
    setUpSource();
    setUpActions();
    setUpTimeline();
    setUpDesk();
    setUpCorrections();
    setUpStatusBar();
    applyTheme(m_settings.theme());

    connect(m_importer, &ImportController::started, this, &MainWindow::importStarted);
    connect(m_importer, &ImportController::progress, this, &MainWindow::importProgress);
    connect(m_importer, &ImportController::finished, this, &MainWindow::importDone);
    connect(m_model, &LibraryModel::readFailed, this,
            [this](const QString &message) { showError(tr("Cannot read the library"), message); });
    connect(m_archive, &ArchiveModel::readFailed, this,
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
    if (!m_settings.windowState().isEmpty()) {
        restoreState(m_settings.windowState());
    } else if (const QScreen *display = screen();
               display && display->availableGeometry().width() < 1280) {
        // On a small screen the calendar would take the reading pane's width:
        // there it waits in View ▸ Calendar until asked for.
        m_calendarDock->hide();
    }
    if (!m_settings.splitterState().isEmpty())
        m_ui->splitter->restoreState(m_settings.splitterState());
    m_ui->actionCalendar->setChecked(!m_calendarDock->isHidden());

    m_ui->articleView->showMessage(tr("No article open"),
                                   tr("Open an issue file with File ▸ Open… (Ctrl+O), or drop "
                                      "files or folders on this window."));
    updateStatus();
    updateActions();
}

void MainWindow::setUpSource()
{
    // The source view goes beside the reading pane; View and Go get its actions.
    m_source = new SourceController(
        m_ui->articleView, [this] { return m_library.get(); }, this);
    m_ui->menuView->insertAction(m_ui->actionCalendar, m_source->sourceAction());
    m_ui->menuGo->addSeparator();
    m_ui->menuGo->addActions({m_source->previousDoubtAction(), m_source->nextDoubtAction()});
    connect(m_source, &SourceController::articleRequested, this, &MainWindow::showArticle);
    connect(this, &MainWindow::articleShown, m_source, &SourceController::articleShown);

    // The e-paper page goes beside them, for issues read from a PDF.
    m_page = new PageController(
        m_ui->articleView, m_source->splitter(), [this] { return m_library.get(); }, this);
    m_ui->menuView->insertAction(m_ui->actionCalendar, m_page->pageAction());
    m_ui->menuView->insertAction(m_ui->actionCalendar, m_page->showOnPageAction());
    connect(m_page, &PageController::articleRequested, this, &MainWindow::showArticle);
    connect(this, &MainWindow::articleShown, m_page, &PageController::articleShown);
}

MainWindow::~MainWindow()
{
    // The import thread reports to this window: it stops before the window goes.
    m_importer->shutdown();
    // The dock tells when it hides, and QWidget's destructor hides it after this
    // window's own members (m_ui) are gone: it must not tell this window then.
    disconnect(m_calendarDock, nullptr, this, nullptr);
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
    if (m_settings.libraryView() == Settings::LibraryView::ByFile)
        m_filter->setSource(m_model, [this] { m_model->fetchAll(); });
    m_ui->tree->setModel(m_filter);
    m_ui->tree->setAccessibleName(tr("Issues and articles"));
    m_ui->tree->setUniformRowHeights(true);
    // Issue Properties and Remove Issue, on the rows they act on.
    m_ui->tree->setContextMenuPolicy(Qt::ActionsContextMenu);
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

void MainWindow::setUpCalendar()
{
    m_calendarDock->setObjectName(QStringLiteral("calendarDock"));
    m_calendarDock->setWindowTitle(tr("Calendar"));
    m_calendarDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                                QDockWidget::DockWidgetFloatable);
    m_calendar->setObjectName(QStringLiteral("issueCalendar"));
    // The calendar keeps its own height at the top of the dock.
    auto *holder = new QWidget(m_calendarDock);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_calendar);
    layout->addStretch(1);
    m_calendarDock->setWidget(holder);
    addDockWidget(Qt::RightDockWidgetArea, m_calendarDock);
    connect(m_calendar, &IssueCalendar::monthShown, this, &MainWindow::calendarMonthShown);
    connect(m_calendar, &IssueCalendar::issueDateActivated, this,
            &MainWindow::calendarDateActivated);
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
    set(m_ui->actionPreviousPage, {}, {QKeySequence(Qt::ALT | Qt::Key_Up)});
    set(m_ui->actionNextPage, {}, {QKeySequence(Qt::ALT | Qt::Key_Down)});
    set(m_ui->actionPreviousIssue, {}, {QKeySequence(Qt::ALT | Qt::Key_PageUp)});
    set(m_ui->actionNextIssue, {}, {QKeySequence(Qt::ALT | Qt::Key_PageDown)});
    set(m_ui->actionIssueProperties, {}, {QKeySequence(Qt::ALT | Qt::Key_Return)});
    set(m_ui->actionShortcuts, {}, {QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    m_ui->actionRemoveIssue->setShortcut(QKeySequence::Delete);
    m_ui->actionRemoveIssue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->tree->addAction(m_ui->actionIssueProperties);
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
    // The zoom keys act on the page when it has the focus, else on the text.
    const auto pageFocused = [this] {
        PageView *page = m_page->view();
        return page->isVisible() && page->isAncestorOf(QApplication::focusWidget());
    };
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this, pageFocused] {
        pageFocused() ? m_page->view()->zoomIn() : m_ui->articleView->zoomBy(+1);
    });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this, pageFocused] {
        pageFocused() ? m_page->view()->zoomOut() : m_ui->articleView->zoomBy(-1);
    });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this, pageFocused] {
        pageFocused() ? m_page->view()->actualSize() : m_ui->articleView->setZoomPercent(100);
    });
    // Display only: the stored text, search and export keep what was printed.
    m_ui->actionChinesePunctuation->setChecked(m_settings.fullWidthPunctuation());
    connect(m_ui->actionChinesePunctuation, &QAction::toggled, this, [this](bool on) {
        m_settings.setFullWidthPunctuation(on);
        m_ui->articleView->setFullWidthPunctuation(on);
    });
    connect(m_ui->actionPreviousArticle, &QAction::triggered, this, [this] { stepArticle(-1); });
    connect(m_ui->actionNextArticle, &QAction::triggered, this, [this] { stepArticle(+1); });
    connect(m_ui->actionRemoveIssue, &QAction::triggered, this, &MainWindow::removeSelectedIssue);
    connect(m_ui->actionIssueProperties, &QAction::triggered, this,
            &MainWindow::editIssueProperties);
    connect(m_ui->actionPreviousIssue, &QAction::triggered, this, [this] { stepIssue(-1); });
    connect(m_ui->actionNextIssue, &QAction::triggered, this, [this] { stepIssue(+1); });
    connect(m_ui->actionPreviousPage, &QAction::triggered, this, [this] { stepPage(-1); });
    connect(m_ui->actionNextPage, &QAction::triggered, this, [this] { stepPage(+1); });

    // View ▸ Library Tree
    auto *views = new QActionGroup(this);
    views->addAction(m_ui->actionByNewspaper);
    views->addAction(m_ui->actionByFile);
    (showsArchive() ? m_ui->actionByNewspaper : m_ui->actionByFile)->setChecked(true);
    connect(m_ui->actionByNewspaper, &QAction::triggered, this,
            [this] { setLibraryView(Settings::LibraryView::ByNewspaper); });
    connect(m_ui->actionByFile, &QAction::triggered, this,
            [this] { setLibraryView(Settings::LibraryView::ByFile); });
    // View ▸ Calendar: the dock's own toggle, under the menu's name.
    m_ui->actionCalendar->setChecked(!m_calendarDock->isHidden());
    connect(m_ui->actionCalendar, &QAction::toggled, m_calendarDock, &QDockWidget::setVisible);
    connect(m_calendarDock, &QDockWidget::visibilityChanged, this, [this] {
        // Tabbed away is still open: only a closed dock unchecks the menu.
        m_ui->actionCalendar->setChecked(!m_calendarDock->isHidden());
    });
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
            m_source->reset();
            m_page->reset();
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
            // The flat tree reads every file of the library: with the archive
            // shown it waits until asked for, so that start-up does not grow
            // with the library.
            m_flatTreePending = showsArchive();
            m_model->setLibrary(m_flatTreePending ? nullptr : m_library.get());
            m_archive->setLibrary(m_library.get());
            m_ui->searchPanel->setLibrary(m_library.get());
            m_corrections->setLibrary(m_library.get());
            // The calendar opens on the month of the newest issue.
            if (const auto dates = m_library->issueDates(QString(), {}, {});
                dates && !dates->isEmpty())
                m_calendar->setSelectedDate(dates->last());
            calendarMonthShown(m_calendar->yearShown(), m_calendar->QCalendarWidget::monthShown());
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
        this, tr("Open Issues"), m_settings.openFolder(),
        tr("Issue files and e-paper PDFs (*.txt *.pdf);;E-paper PDFs (*.pdf);;All files (*)"));
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
    m_source->reset(); // a file imported again may have changed
    m_page->reset();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    statusBar()->clearMessage();
    refreshTrees();
    m_ui->searchPanel->refresh();
    if (!report.results.isEmpty()) {
        const ImportResult &last = report.results.last();
        const QModelIndex issue =
            showsArchive() ? m_filter->mapFromSource(m_archive->indexOfFile(last.issueId))
                           : m_filter->mapFromSource(m_model->indexOfIssue(last.issueId));
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
    ImportNotice::showCorrectionsNotKept(this, report); // a changed file's old corrections
    updateActions();
    emit importFinished();
}

// What an import did, in words: a file opened again is not "added".
QString MainWindow::importSummary(const ImportReport &report)
{
    int counts[4] = {0, 0, 0, 0};
    for (const ImportResult &result : report.results)
        ++counts[int(result.outcome)];
    QStringList parts;
    if (const int added = counts[int(ImportResult::Outcome::Imported)])
        parts << tr("Added %n issue(s) to the library.", nullptr, added);
    if (const int replaced = counts[int(ImportResult::Outcome::Replaced)])
        parts << tr("Updated %n changed issue(s).", nullptr, replaced);
    if (const int present = counts[int(ImportResult::Outcome::AlreadyPresent)])
        parts << tr("%n issue(s) already in the library.", nullptr, present);
    if (const int joined = counts[int(ImportResult::Outcome::Joined)])
        parts << tr("%n file(s) joined the issue of the same page (an e-paper PDF and its "
                    "text).",
                    nullptr, joined);
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
    ArticleDesk desk;
    if (auto read = m_library->desk(articleId))
        desk = *std::move(read);
    m_ui->articleView->showArticle(stored, desk);
    // Select it in the tree, unless it is selected already (the tree asked for
    // it): in a collection, the collection's row of it stays.
    const QModelIndex treeCurrent = m_filter->mapToSource(m_ui->tree->currentIndex());
    const bool selected = LibraryModel::typeOf(treeCurrent) == LibraryModel::NodeType::Article &&
                          LibraryModel::idOf(treeCurrent) == articleId;
    const QModelIndex index =
        selected ? QModelIndex()
                 : m_filter->mapFromSource(showsArchive() ? m_archive->indexOfArticle(stored)
                                                          : m_model->indexOfArticle(stored.record));
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
    QStringList where = ArticleHtml::issueKnown(stored);
    if (where.isEmpty())
        where << stored.issueTitle;
    setWindowTitle(tr("%1 — %2").arg(stored.record.displayTitle(), where.join(u" · ")));
    if (stored.date.isValid())
        m_calendar->setSelectedDate(stored.date);
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
    if (const QDate date = current.data(ArchiveModel::DateRole).toDate(); date.isValid())
        m_calendar->setSelectedDate(date);
    updateActions();
}

// Anything but an article selected: its contents page. A newspaper, a year or a
// month holds too many articles for one page: what it holds, in numbers.
void MainWindow::showContents(const QModelIndex &index)
{
    if (!m_library)
        return;
    using Type = LibraryModel::NodeType;
    const Type type = LibraryModel::typeOf(index);
    if (type == Type::Newspaper || type == Type::Year || type == Type::Month) {
        QStringList heading;
        for (QModelIndex at = index; at.isValid(); at = at.parent()) {
            const Type level = LibraryModel::typeOf(at);
            const int year = at.data(ArchiveModel::YearRole).toInt();
            if (level == Type::Newspaper) {
                const QString paper = at.data(ArchiveModel::PaperRole).toString();
                heading.prepend(paper.isEmpty() ? ArchiveModel::tr("Unknown newspaper") : paper);
            } else if (level == Type::Year && type == Type::Year) {
                heading << (year == 0 ? ArchiveModel::tr("Undated") : DateText::year(year));
            } else if (level == Type::Month) {
                heading << DateText::month(year, at.data(ArchiveModel::MonthRole).toInt());
            }
        }
        const int articles = index.data(ArchiveModel::ArticleCountRole).toInt();
        const int issues = index.data(ArchiveModel::CountRole).toInt();
        const QString title = heading.join(u"  ·  ");
        m_ui->articleView->showMessage(
            title, tr("%n issue(s)", nullptr, issues) + u" · "_s +
                       tr("%n article(s)", nullptr, articles) + u"\n"_s +
                       tr("Open a day in the tree or in the calendar to see its contents."));
        setWindowTitle(tr("%1 — Broadsheet").arg(title));
        return;
    }
    if (type == Type::Collections) {
        m_ui->articleView->showMessage(
            ArchiveModel::tr("Collections"),
            tr("%n collection(s)", nullptr, index.data(ArchiveModel::CountRole).toInt()) +
                u" · "_s +
                tr("%n article(s)", nullptr, index.data(ArchiveModel::ArticleCountRole).toInt()));
        setWindowTitle(tr("%1 — Broadsheet").arg(ArchiveModel::tr("Collections")));
        return;
    }
    if (type == Type::Collection) {
        // Articles of many issues: each under its paper, day and page.
        const QString name = index.data(ArchiveModel::NameRole).toString();
        const auto articles = m_library->storedArticles(articlesUnder(index));
        if (!articles) {
            showError(tr("Cannot show the contents"), articles.errorMessage());
            return;
        }
        m_ui->articleView->showContents(name, *articles, true);
        setWindowTitle(tr("%1 — Broadsheet").arg(name));
        return;
    }
    const QList<qint64> ids = articlesUnder(index);
    const auto articles = m_library->storedArticles(ids);
    if (!articles) {
        showError(tr("Cannot show the contents"), articles.errorMessage());
        return;
    }
    if (articles->isEmpty())
        return;
    const StoredArticle &first = articles->first();
    QStringList issue = ArticleHtml::issueKnown(first);
    // A day's head names the day, not the page of its first article.
    const bool hasPage = !first.pageNumber.isEmpty() || !first.pageName.isEmpty();
    if ((type == Type::Day || type == Type::Issue) && hasPage && !issue.isEmpty())
        issue.removeLast();
    if (issue.isEmpty())
        issue << first.issueTitle;
    QString heading = issue.join(QStringLiteral("  ·  "));
    switch (type) {
    case Type::Section:
        if (!first.sectionTitle.isEmpty())
            heading = first.sectionTitle + QStringLiteral("  ·  ") + heading;
        break;
    case Type::Group:
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
        for (qint64 id : articlesUnder(m_filter->mapToSource(index))) {
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
    // Delete on a collection's rows acts on the collection, never on an issue.
    if (const qint64 collection = current.data(ArchiveModel::CollectionIdRole).toLongLong();
        collection != 0 || LibraryModel::typeOf(current) == LibraryModel::NodeType::Collections) {
        if (LibraryModel::typeOf(current) == LibraryModel::NodeType::Collection)
            removeCollection(collection);
        else if (collection != 0)
            removeFromCollection();
        return;
    }
    // In the archive a day, a month or a paper stands for all its files, not
    // only the first one.
    const QList<qint64> files =
        current.model() == m_archive
            ? m_archive->filesUnder(current)
            : QList<qint64>{current.data(LibraryModel::IssueIdRole).toLongLong()};
    if (files.isEmpty())
        return;
    QString question;
    if (files.size() == 1) {
        const auto issue = m_library->issue(files.first());
        if (!issue)
            return;
        question =
            tr("Remove “%1” and its %n article(s) from the library?", nullptr, issue->articleCount)
                .arg(issue->title);
    } else {
        question = tr("Remove these %n issue files and their articles from the library? The "
                      "files on disk are not touched.",
                      nullptr, int(files.size()));
    }
    const auto answer =
        QMessageBox::question(this, tr("Remove Issue"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const qint64 issueId : files) {
        if (auto removed = m_library->removeIssue(issueId); !removed) {
            showError(tr("Cannot remove the issue"), removed.errorMessage());
            break;
        }
        if (m_currentIssue == issueId) {
            m_currentIssue.reset();
            m_source->reset();
            m_page->reset();
            m_issueArticles.clear();
            m_ui->articleView->showMessage(
                tr("The issue was removed"),
                tr("Its file was not touched; open it again to read it."));
            m_ui->searchPanel->setCurrentIssue(std::nullopt);
            setWindowTitle(QStringLiteral("Broadsheet"));
        }
    }
    refreshTrees();
    m_ui->searchPanel->refresh();
    updateStatus();
    updateActions();
}

void MainWindow::searchResultActivated(qint64 articleId, const QString &query)
{
    if (!showArticle(articleId))
        return;
    const QStringList terms = SearchQuery(query).typedTerms();
    m_page->setSearchText(terms.value(0));
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
    m_ui->actionIssueProperties->setEnabled(canChange && !importing && anySelected);
    updateNavigation();
    m_ui->actionCopy->setEnabled(hasArticle);
    m_ui->actionFind->setEnabled(hasArticle);
    m_ui->actionFindNext->setEnabled(hasArticle);
    m_ui->actionFindPrevious->setEnabled(hasArticle);
    updateDeskActions();
    if (m_corrections) // made after the other actions
        m_corrections->updateActions();
}

bool MainWindow::showsArchive() const
{
    return m_filter->sourceModel() == m_archive;
}

void MainWindow::setLibraryView(Settings::LibraryView view)
{
    m_settings.setLibraryView(view);
    const bool archive = view == Settings::LibraryView::ByNewspaper;
    (archive ? m_ui->actionByNewspaper : m_ui->actionByFile)->setChecked(true);
    if (archive == showsArchive())
        return;
    if (!archive && m_flatTreePending) {
        m_flatTreePending = false;
        m_model->setLibrary(m_library.get());
    }
    if (archive)
        m_filter->setSource(m_archive, [this] { m_archive->fetchAll(); });
    else
        m_filter->setSource(m_model, [this] { m_model->fetchAll(); });
    // The article read stays, selected in the other tree.
    if (const StoredArticle *shown = m_ui->articleView->article())
        present(StoredArticle(*shown));
    updateActions();
}

QList<qint64> MainWindow::articlesUnder(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.model() == m_archive)
        return m_archive->articlesUnder(sourceIndex);
    return m_model->articlesUnder(sourceIndex);
}

// The day (and page) of the archive the tree or the reading pane is at.
MainWindow::Place MainWindow::currentPlace() const
{
    using Type = LibraryModel::NodeType;
    QModelIndex at;
    const QModelIndex current = m_filter->mapToSource(m_ui->tree->currentIndex());
    if (showsArchive() && current.isValid() && LibraryModel::typeOf(current) != Type::Article) {
        at = current;
    } else if (const StoredArticle *shown = m_ui->articleView->article()) {
        at = m_archive->indexOfArticle(*shown);
    } else if (current.isValid() && current.model() == m_model) {
        at = m_archive->indexOfFile(current.data(LibraryModel::IssueIdRole).toLongLong());
    }
    Place place;
    for (; at.isValid(); at = at.parent()) {
        if (LibraryModel::typeOf(at) == Type::Page)
            place.page = at;
        if (LibraryModel::typeOf(at) == Type::Day) {
            place.day = at;
            place.paper = at.data(ArchiveModel::PaperRole).toString();
            place.date = at.data(ArchiveModel::DateRole).toDate();
        }
    }
    return place;
}

// Shows a row of the archive: selected in the archive tree, or its contents
// when the tree shows the files.
void MainWindow::openInArchive(const QModelIndex &archiveIndex)
{
    if (!archiveIndex.isValid())
        return;
    if (!showsArchive()) {
        showContents(archiveIndex);
        updateActions();
        return;
    }
    QModelIndex index = m_filter->mapFromSource(archiveIndex);
    if (!index.isValid() && !m_filter->filterText().isEmpty()) {
        m_ui->filterField->clear(); // the filter hides it
        m_filter->setFilterText({});
        index = m_filter->mapFromSource(archiveIndex);
    }
    for (QModelIndex ancestor = index.parent(); ancestor.isValid(); ancestor = ancestor.parent())
        m_ui->tree->expand(ancestor);
    m_ui->tree->setCurrentIndex(index);
    m_ui->tree->scrollTo(index);
}

void MainWindow::stepIssue(int step)
{
    const Place place = currentPlace();
    if (!m_library || !place.date.isValid())
        return;
    const auto next = m_library->adjacentIssue(place.paper, place.date, step);
    if (!next) {
        showError(tr("Cannot read the library"), next.errorMessage());
        return;
    }
    if (*next)
        openInArchive(m_archive->indexOfIssue((*next)->paper, (*next)->date));
}

void MainWindow::stepPage(int step)
{
    const Place place = currentPlace();
    if (!place.day.isValid())
        return;
    if (m_archive->canFetchMore(place.day))
        m_archive->fetchMore(place.day);
    // From the day itself, the next page is its first.
    const int row = place.page.isValid() ? place.page.row() + step : (step > 0 ? 0 : -1);
    if (row >= 0 && row < m_archive->rowCount(place.day))
        openInArchive(m_archive->index(row, 0, place.day));
}

void MainWindow::updateNavigation()
{
    bool previousIssue = false;
    bool nextIssue = false;
    bool previousPage = false;
    bool nextPage = false;
    if (m_library) {
        const Place place = currentPlace();
        if (place.date.isValid()) {
            const auto before = m_library->adjacentIssue(place.paper, place.date, -1);
            const auto after = m_library->adjacentIssue(place.paper, place.date, +1);
            previousIssue = before && before->has_value();
            nextIssue = after && after->has_value();
        }
        if (place.day.isValid()) {
            if (m_archive->canFetchMore(place.day))
                m_archive->fetchMore(place.day);
            const int row = place.page.isValid() ? place.page.row() : -1;
            previousPage = row > 0;
            nextPage = row + 1 < m_archive->rowCount(place.day);
        }
    }
    m_ui->actionPreviousIssue->setEnabled(previousIssue);
    m_ui->actionNextIssue->setEnabled(nextIssue);
    m_ui->actionPreviousPage->setEnabled(previousPage);
    m_ui->actionNextPage->setEnabled(nextPage);
}

void MainWindow::calendarMonthShown(int year, int month)
{
    if (!m_library)
        return;
    // Per paper, so that a day with two papers' issues says two.
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QList<QDate> issues;
    for (int row = 0; row < m_archive->rowCount(); ++row) {
        if (LibraryModel::typeOf(m_archive->index(row, 0)) != LibraryModel::NodeType::Newspaper)
            continue; // the collections
        const QString paper = m_archive->index(row, 0).data(ArchiveModel::PaperRole).toString();
        if (const auto dates = m_library->issueDates(paper.isNull() ? u""_s : paper, first, last))
            issues << *dates;
    }
    m_calendar->setIssueDates(issues);
}

// A day of the calendar: the current paper's issue that day, or the first
// paper's that has one.
void MainWindow::calendarDateActivated(QDate date)
{
    const Place place = currentPlace();
    QModelIndex issue;
    if (place.day.isValid())
        issue = m_archive->indexOfIssue(place.paper, date);
    for (int row = 0; !issue.isValid() && row < m_archive->rowCount(); ++row)
        issue = m_archive->indexOfIssue(
            m_archive->index(row, 0).data(ArchiveModel::PaperRole).toString(), date);
    if (!issue.isValid())
        return;
    openInArchive(issue);
    if (showsArchive())
        m_ui->tree->expand(m_filter->mapFromSource(issue));
}

// The issue files the selected rows stand for: a day's files, a paper's files.
QList<qint64> MainWindow::selectedFiles() const
{
    QList<qint64> files;
    const QModelIndexList rows = m_ui->tree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QModelIndex source = m_filter->mapToSource(row);
        // A collection's articles come from many issues: no issue's properties.
        if (source.data(ArchiveModel::CollectionIdRole).toLongLong() != 0 ||
            LibraryModel::typeOf(source) == LibraryModel::NodeType::Collections)
            continue;
        const QList<qint64> under =
            source.model() == m_archive
                ? m_archive->filesUnder(source)
                : QList<qint64>{source.data(LibraryModel::IssueIdRole).toLongLong()};
        for (qint64 id : under) {
            if (id != 0 && !files.contains(id))
                files << id;
        }
    }
    return files;
}

void MainWindow::editIssueProperties()
{
    if (!m_library || m_library->isReadOnly() || m_importer->isBusy())
        return;
    const QList<qint64> files = selectedFiles();
    if (files.isEmpty())
        return;
    QList<IssueMetadata> metadata;
    QStringList paths;
    for (qint64 id : files) {
        const auto known = m_library->issueMetadata(id);
        const auto file = m_library->issue(id);
        if (!known || !file) {
            showError(tr("Cannot read the library"),
                      known ? file.errorMessage() : known.errorMessage());
            return;
        }
        metadata << *known;
        paths << file->sourcePath;
    }
    IssuePropertiesDialog dialog(metadata, paths, m_archive->papers(), this);
    dialog.setObjectName(QStringLiteral("issuePropertiesDialog"));
    if (dialog.exec() != QDialog::Accepted || dialog.edit().isEmpty())
        return;
    if (const auto saved = m_library->setUserMetadata(files, dialog.edit()); !saved) {
        showError(tr("Cannot change the issues"), saved.errorMessage());
        return;
    }
    refreshTrees();
    m_ui->searchPanel->refresh();
    calendarMonthShown(m_calendar->yearShown(), m_calendar->QCalendarWidget::monthShown());
    // The reading pane's head tells the new paper, date or page.
    if (const auto current = currentArticle())
        showArticle(*current);
    statusBar()->showMessage(tr("Changed %n issue file(s).", nullptr, int(files.size())), 5000);
}

void MainWindow::refreshTrees()
{
    if (!m_flatTreePending)
        m_model->refreshIssues();
    if (!showsArchive()) {
        m_archive->refresh();
        m_filter->refresh();
        return;
    }
    // What was open in the archive opens again, as far as it is still there.
    QStringList expanded;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            if (m_ui->tree->isExpanded(index)) {
                expanded << ArchiveModel::keyOf(m_filter->mapToSource(index));
                collect(index);
            }
        }
    };
    collect({});
    const QString current = ArchiveModel::keyOf(m_filter->mapToSource(m_ui->tree->currentIndex()));
    m_selectingInTree = true;
    m_archive->refresh();
    m_filter->refresh();
    for (const QString &key : std::as_const(expanded))
        m_ui->tree->expand(m_filter->mapFromSource(m_archive->indexOfKey(key)));
    if (const QModelIndex index = m_filter->mapFromSource(m_archive->indexOfKey(current));
        index.isValid())
        m_ui->tree->setCurrentIndex(index);
    m_selectingInTree = false;
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

// The researcher's desk: collections, tags, notes, citations and exports.
void MainWindow::setUpDesk()
{
    const auto make = [this](const QString &text, const char *name, const QString &tip,
                             const QKeySequence &keys = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setStatusTip(tip);
        if (!keys.isEmpty())
            action->setShortcut(keys);
        return action;
    };
    m_addToCollectionAction = make(tr("Add to &Collection…"), "actionAddToCollection",
                                   tr("Add the article, or the articles selected, to a collection"),
                                   QKeySequence(Qt::CTRL | Qt::Key_D));
    m_removeFromCollectionAction =
        make(tr("&Remove from Collection"), "actionRemoveFromCollection",
             tr("Take the articles selected out of the collection shown (they stay in the "
                "library)"));
    m_tagsAction = make(tr("&Tags…"), "actionTags", tr("Tag the article, or the articles selected"),
                        QKeySequence(Qt::CTRL | Qt::Key_T));
    m_noteAction = make(tr("Edit &Note…"), "actionEditNote", tr("Write a note on the article"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_copyCitationAction = make(tr("Copy Ci&tation"), "actionCopyCitation",
                                tr("Copy a citation of the article (GB/T 7714) to the clipboard"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyChicagoAction =
        make(tr("Copy Citation (C&hicago Style)"), "actionCopyCitationChicago",
             tr("Copy a citation of the article (Chicago style) to the clipboard"));
    m_exportArticlesAction =
        make(tr("Export &Articles…"), "actionExportArticles",
             tr("Export a collection, the search results or the articles selected as RIS, "
                "CSL-JSON, CSV, Markdown or EPUB"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    m_articleMenu = new QMenu(tr("&Article"), this);
    m_articleMenu->setObjectName(u"menuArticle"_s);
    m_articleMenu->addAction(m_addToCollectionAction);
    m_articleMenu->addAction(m_removeFromCollectionAction);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_tagsAction);
    m_articleMenu->addAction(m_noteAction);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_copyCitationAction);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_articleMenu);
    // Edit ▸ Copy Citation, beside Copy.
    const QList<QAction *> edit = m_ui->menuEdit->actions();
    QAction *afterCopy = edit.value(edit.indexOf(m_ui->actionCopy) + 1);
    m_ui->menuEdit->insertAction(afterCopy, m_copyCitationAction);
    m_ui->menuEdit->insertAction(afterCopy, m_copyChicagoAction);
    m_ui->menuFile->insertAction(m_ui->actionExportPdf, m_exportArticlesAction);

    connect(m_addToCollectionAction, &QAction::triggered, this, &MainWindow::addToCollection);
    connect(m_removeFromCollectionAction, &QAction::triggered, this,
            &MainWindow::removeFromCollection);
    connect(m_tagsAction, &QAction::triggered, this, &MainWindow::editTags);
    connect(m_noteAction, &QAction::triggered, this, &MainWindow::editNote);
    connect(m_copyCitationAction, &QAction::triggered, this, [this] { copyCitation(false); });
    connect(m_copyChicagoAction, &QAction::triggered, this, [this] { copyCitation(true); });
    connect(m_exportArticlesAction, &QAction::triggered, this, [this] { exportArticles(); });
    connect(m_ui->searchPanel->resultsView()->selectionModel(),
            &QItemSelectionModel::selectionChanged, this, &MainWindow::updateDeskActions);
    connect(m_ui->sidebar, &QTabWidget::currentChanged, this, &MainWindow::updateDeskActions);

    // The tree's menu follows the row: a collection's own commands, an article's
    // desk, an issue's properties.
    m_ui->tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
}

// Correct ▸ …: the reader's fixes to the parse of the issue read. The lines they
// name: those selected in the source view when it is shown, else the
// paragraphs selected in the reading pane, else the whole article.
void MainWindow::setUpCorrections()
{
    m_corrections = new CorrectionController(this);
    m_corrections->setArticleProvider([this] { return currentArticle(); });
    m_corrections->setSelectionProvider([this] { return deskTargets(); });
    m_corrections->setLineProvider([this] {
        SourceView *source = m_source->pane()->view();
        return m_source->isSourceShown() && m_source->pane()->isShowingSource()
                   ? source->selectedLines()
                   : ArticleLines::selectedIn(*m_ui->articleView);
    });
    m_source->pane()->view()->setContextActions(m_corrections->lineActions());
    connect(m_source->pane()->view(), &SourceView::selectedLinesChanged, m_corrections,
            &CorrectionController::updateActions);
    connect(m_ui->articleView, &QTextEdit::selectionChanged, m_corrections,
            &CorrectionController::updateActions);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_corrections->menu());
    m_ui->menuEdit->insertActions(m_ui->actionCopy,
                                  {m_corrections->undoAction(), m_corrections->redoAction()});
    m_ui->menuEdit->insertSeparator(m_ui->actionCopy);
    m_ui->menuFile->insertActions(m_ui->actionIssueProperties, m_corrections->fileActions());
    m_ui->menuFile->insertSeparator(m_ui->actionIssueProperties);
    connect(m_corrections, &CorrectionController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_corrections, &CorrectionController::issueCorrected, this,
            [this](qint64, qint64 id, int line) {
                m_currentIssue.reset(); // its articles were made again, under new ids
                m_source->reset();
                m_page->reset();
                refreshTrees();
                m_ui->searchPanel->refresh();
                if (showArticle(id) && line > 0 && m_source->isSourceShown())
                    m_source->pane()->view()->showLine(line);
            });
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    using Type = LibraryModel::NodeType;
    const QModelIndex at = m_filter->mapToSource(m_ui->tree->indexAt(position));
    QMenu menu(this);
    const Type type = LibraryModel::typeOf(at);
    if (type == Type::Collection) {
        const qint64 id = LibraryModel::idOf(at);
        const bool canChange = m_library && !m_library->isReadOnly();
        QAction *rename =
            menu.addAction(tr("Re&name…"), this, [this, id] { renameCollection(id); });
        QAction *remove =
            menu.addAction(tr("&Remove Collection"), this, [this, id] { removeCollection(id); });
        rename->setEnabled(canChange);
        remove->setEnabled(canChange);
        menu.addSeparator();
        menu.addAction(tr("&Export Collection…"), this, [this, id] { exportArticles(id); });
    } else if (type == Type::Article) {
        menu.addAction(m_addToCollectionAction);
        if (at.data(ArchiveModel::CollectionIdRole).toLongLong() != 0)
            menu.addAction(m_removeFromCollectionAction);
        menu.addAction(m_tagsAction);
        menu.addAction(m_noteAction);
        menu.addAction(m_copyCitationAction);
        if (at.data(ArchiveModel::CollectionIdRole).toLongLong() == 0) {
            menu.addSeparator();
            menu.addActions(m_corrections->articleActions());
            menu.addSeparator();
            menu.addAction(m_ui->actionIssueProperties);
            menu.addAction(m_ui->actionRemoveIssue);
        }
    } else if (type != Type::Collections && at.isValid()) {
        menu.addAction(m_ui->actionIssueProperties);
        menu.addAction(m_ui->actionRemoveIssue);
    }
    if (!menu.isEmpty())
        menu.exec(m_ui->tree->viewport()->mapToGlobal(position));
}

QList<qint64> MainWindow::deskTargets() const
{
    QList<qint64> ids;
    if (m_ui->sidebar->currentWidget() == m_ui->searchPanel)
        ids = m_ui->searchPanel->selectedArticles();
    if (ids.isEmpty() && m_ui->sidebar->currentWidget() == m_ui->libraryTab) {
        for (const QModelIndex &row : m_ui->tree->selectionModel()->selectedRows()) {
            const QModelIndex source = m_filter->mapToSource(row);
            if (LibraryModel::typeOf(source) == LibraryModel::NodeType::Article &&
                !ids.contains(LibraryModel::idOf(source)))
                ids << LibraryModel::idOf(source);
        }
    }
    if (const auto current = currentArticle(); ids.isEmpty() && current)
        ids << *current;
    return ids;
}

qint64 MainWindow::currentCollection() const
{
    if (!showsArchive())
        return 0;
    return m_filter->mapToSource(m_ui->tree->currentIndex())
        .data(ArchiveModel::CollectionIdRole)
        .toLongLong();
}

void MainWindow::updateDeskActions()
{
    if (!m_articleMenu)
        return;
    const bool canChange = m_library && !m_library->isReadOnly();
    const bool targets = canChange && !deskTargets().isEmpty();
    m_addToCollectionAction->setEnabled(targets);
    m_tagsAction->setEnabled(targets);
    m_noteAction->setEnabled(canChange && currentArticle().has_value());
    m_copyCitationAction->setEnabled(currentArticle().has_value());
    m_copyChicagoAction->setEnabled(currentArticle().has_value());
    bool inCollection = false;
    if (canChange && currentCollection() != 0) {
        for (const QModelIndex &row : m_ui->tree->selectionModel()->selectedRows())
            inCollection |= m_filter->mapToSource(row).data(ArchiveModel::CollectionIdRole) ==
                                currentCollection() &&
                            LibraryModel::typeOf(row) == LibraryModel::NodeType::Article;
    }
    m_removeFromCollectionAction->setEnabled(inCollection);
    m_exportArticlesAction->setEnabled(m_library && !m_exporting);
}

void MainWindow::deskChanged(const QString &message)
{
    refreshTrees();
    if (const StoredArticle *shown = m_ui->articleView->article())
        present(StoredArticle(*shown));
    updateActions();
    if (!message.isEmpty())
        statusBar()->showMessage(message, 6000);
}

void MainWindow::addToCollection()
{
    if (!m_library || m_library->isReadOnly())
        return;
    const QList<qint64> ids = deskTargets();
    if (ids.isEmpty())
        return;
    const auto collections = m_library->collections();
    if (!collections) {
        showError(tr("Cannot read the library"), collections.errorMessage());
        return;
    }
    CollectionChooser chooser(*collections, int(ids.size()), this);
    chooser.setObjectName(u"collectionChooser"_s);
    if (chooser.exec() != QDialog::Accepted)
        return;
    CollectionChooser::Choice choice = chooser.choice();
    if (choice.name.isEmpty())
        return;
    if (choice.id == 0) {
        const auto made = m_library->createCollection(choice.name);
        if (!made) {
            showError(tr("Cannot make the collection"), made.errorMessage());
            return;
        }
        choice.id = *made;
    }
    if (const auto added = m_library->addToCollection(choice.id, ids); !added) {
        showError(tr("Cannot add to the collection"), added.errorMessage());
        return;
    }
    deskChanged(tr("Added %n article(s) to “%1”.", nullptr, int(ids.size())).arg(choice.name));
}

void MainWindow::removeFromCollection()
{
    const qint64 collection = currentCollection();
    if (!m_library || m_library->isReadOnly() || collection == 0)
        return;
    QList<qint64> ids;
    for (const QModelIndex &row : m_ui->tree->selectionModel()->selectedRows()) {
        const QModelIndex source = m_filter->mapToSource(row);
        if (LibraryModel::typeOf(source) == LibraryModel::NodeType::Article &&
            source.data(ArchiveModel::CollectionIdRole).toLongLong() == collection)
            ids << LibraryModel::idOf(source);
    }
    if (ids.isEmpty())
        return;
    if (const auto removed = m_library->removeFromCollection(collection, ids); !removed) {
        showError(tr("Cannot change the collection"), removed.errorMessage());
        return;
    }
    // The collection stays selected, its contents shown without them.
    const QModelIndex row = m_archive->indexOfCollection(collection);
    const QString name = row.data(ArchiveModel::NameRole).toString();
    refreshTrees();
    if (const QModelIndex again = m_archive->indexOfCollection(collection); again.isValid())
        openInArchive(again);
    updateActions();
    statusBar()->showMessage(
        tr("Took %n article(s) out of “%1”.", nullptr, int(ids.size())).arg(name), 6000);
}

void MainWindow::renameCollection(qint64 collectionId)
{
    if (!m_library || m_library->isReadOnly())
        return;
    const QString old =
        m_archive->indexOfCollection(collectionId).data(ArchiveModel::NameRole).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Collection"), tr("Name:"),
                                               QLineEdit::Normal, old, &ok)
                             .simplified();
    if (!ok || name.isEmpty() || name == old)
        return;
    if (const auto renamed = m_library->renameCollection(collectionId, name); !renamed) {
        showError(tr("Cannot rename the collection"), renamed.errorMessage());
        return;
    }
    deskChanged(tr("Renamed “%1” to “%2”.").arg(old, name));
}

void MainWindow::removeCollection(qint64 collectionId)
{
    if (!m_library || m_library->isReadOnly())
        return;
    const QModelIndex row = m_archive->indexOfCollection(collectionId);
    const QString name = row.data(ArchiveModel::NameRole).toString();
    const int count = row.data(ArchiveModel::ArticleCountRole).toInt();
    const auto answer = QMessageBox::question(
        this, tr("Remove Collection"),
        tr("Remove the collection “%1”? Its %n article(s) stay in the library.", nullptr, count)
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = m_library->removeCollection(collectionId); !removed) {
        showError(tr("Cannot remove the collection"), removed.errorMessage());
        return;
    }
    deskChanged(tr("Removed the collection “%1”.").arg(name));
}

void MainWindow::editTags()
{
    if (!m_library || m_library->isReadOnly())
        return;
    const QList<qint64> ids = deskTargets();
    if (ids.isEmpty())
        return;
    const auto known = m_library->tags();
    if (!known) {
        showError(tr("Cannot read the library"), known.errorMessage());
        return;
    }
    // Ticked: on every article; half ticked: on some.
    QHash<QString, int> counts;
    for (qint64 id : ids) {
        const auto desk = m_library->desk(id);
        if (!desk) {
            showError(tr("Cannot read the library"), desk.errorMessage());
            return;
        }
        for (const QString &tag : desk->tags)
            ++counts[tag];
    }
    QStringList onAll;
    QStringList onSome;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        (it.value() == ids.size() ? onAll : onSome) << it.key();
    onAll.sort();
    onSome.sort();
    TagsDialog dialog(*known, onAll, onSome, int(ids.size()), this);
    dialog.setObjectName(u"tagsDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList added = dialog.added();
    const QStringList removed = dialog.removed();
    if (!added.isEmpty()) {
        if (const auto done = m_library->addTags(ids, added); !done) {
            showError(tr("Cannot tag the articles"), done.errorMessage());
            return;
        }
    }
    if (!removed.isEmpty()) {
        if (const auto done = m_library->removeTags(ids, removed); !done) {
            showError(tr("Cannot tag the articles"), done.errorMessage());
            return;
        }
    }
    if (!added.isEmpty() || !removed.isEmpty())
        deskChanged(tr("Changed the tags of %n article(s).", nullptr, int(ids.size())));
}

void MainWindow::editNote()
{
    const StoredArticle *shown = m_ui->articleView->article();
    if (!m_library || m_library->isReadOnly() || !shown)
        return;
    const qint64 id = shown->record.id;
    NoteDialog dialog(shown->record.displayTitle(), m_ui->articleView->desk().note, this);
    dialog.setObjectName(u"noteDialog"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.note() == m_ui->articleView->desk().note)
        return;
    if (const auto saved = m_library->setNote(id, dialog.note()); !saved) {
        showError(tr("Cannot save the note"), saved.errorMessage());
        return;
    }
    showArticle(id);
    statusBar()->showMessage(
        dialog.note().trimmed().isEmpty() ? tr("Removed the note.") : tr("Saved the note."), 5000);
}

void MainWindow::copyCitation(bool chicago)
{
    const StoredArticle *shown = m_ui->articleView->article();
    if (!shown)
        return;
    const QString citation = chicago ? Citation::chicago(*shown) : Citation::gbt7714(*shown);
    QGuiApplication::clipboard()->setText(citation);
    const QString style = chicago ? tr("Chicago") : tr("GB/T 7714");
    statusBar()->showMessage(tr("Copied the citation (%1): %2").arg(style, citation), 8000);
}

void MainWindow::exportArticles(qint64 collectionId)
{
    if (!m_library || m_exporting)
        return;
    // What there is to export, the likeliest first.
    QList<ExportDialog::Source> sources;
    QList<DeskExport::Job> jobs;
    const auto addSource = [&](const QString &label, const QString &title, int count,
                               DeskExport::Job job) {
        if (count <= 0)
            return;
        job.title = title;
        sources << ExportDialog::Source{label, title, count};
        jobs << job;
    };
    const qint64 collection = collectionId != 0 ? collectionId : currentCollection();
    if (collection != 0) {
        const QModelIndex row = m_archive->indexOfCollection(collection);
        const QString name = row.data(ArchiveModel::NameRole).toString();
        DeskExport::Job job;
        job.ids = m_archive->articlesUnder(row);
        addSource(tr("The collection “%1”").arg(name), name, int(job.ids.size()), job);
    }
    const SearchResultsModel *results = m_ui->searchPanel->model();
    const QList<qint64> selectedResults = m_ui->searchPanel->selectedArticles();
    const bool searchShown = m_ui->sidebar->currentWidget() == m_ui->searchPanel;
    if (collectionId == 0 && searchShown && selectedResults.size() > 1) {
        DeskExport::Job job;
        job.ids = selectedResults;
        addSource(tr("The search results selected"), m_ui->searchPanel->query().trimmed(),
                  int(job.ids.size()), job);
    }
    if (collectionId == 0 && results->total() > 0 && !results->isSearching()) {
        DeskExport::Job job;
        job.search = results->request();
        job.search->offset = 0;
        job.search->limit = results->total();
        addSource(tr("The search results for “%1”").arg(results->request().text),
                  results->request().text, results->total(), job);
    }
    if (collectionId == 0) {
        DeskExport::Job job;
        job.ids = selectedArticles();
        addSource(tr("The articles selected"), windowTitle().section(u" — "_s, 0, 0),
                  int(job.ids.size()), job);
    }
    if (sources.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to export: select articles, a collection or search "
                                    "results first."),
                                 6000);
        return;
    }
    int preferred = 0;
    if (collectionId == 0 && searchShown && collection != 0 && sources.size() > 1)
        preferred = 1; // the search shown over the collection of the tree
    ExportDialog dialog(sources, preferred, m_settings.openFolder(), this);
    dialog.setObjectName(u"exportDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DeskExport::Job job = jobs.value(dialog.source());
    job.libraryPath = m_library->path();
    job.format = dialog.format();
    job.path = dialog.path();
    m_exporting = true;
    updateActions();
    statusBar()->showMessage(
        tr("Exporting %n article(s)…", nullptr, sources[dialog.source()].count));
    // In the background, on a connection of its own: an EPUB of a thousand
    // articles takes a while.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, job] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        updateActions();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Exported to %1.").arg(job.path), 8000);
        else
            showError(tr("Cannot export the articles"), error);
        emit exportFinished(job.path, error);
    });
    watcher->setFuture(QtConcurrent::run([job] { return DeskExport::run(job); }));
}

} // namespace Broadsheet
