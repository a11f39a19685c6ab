// Screenshots of the main states of the window, for the README and the
// AppStream metadata. Deterministic: a fresh library, the sample issues, fixed
// window size.
//
//   take_screenshots OUTPUT_FOLDER
//   (build: cmake --build build --target take_screenshots; run under xvfb-run
//    or with QT_QPA_PLATFORM=offscreen)

#include "archivemodel.h"
#include "articleview.h"
#include "findbar.h"
#include "importcontroller.h"
#include "library.h"
#include "mainwindow.h"
#include "pagecontroller.h"
#include "pageview.h"
#include "pdftextsource.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "settings.h"
#include "sourceview.h"
#include "timelinedialog.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>

using namespace Broadsheet;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

bool save(QWidget *window, const QString &path)
{
    settle();
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The archive: the sample issues filed as two papers' pages over a few days
// (paths like lyrb/2019-02-20/01.txt), the tree open at a page, the calendar.
bool archiveShots(const QTemporaryDir &home, const QString &out)
{
    const QStringList samples = QDir(QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues"))
                                    .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    const QString root = home.filePath(QStringLiteral("archive"));
    for (int i = 0; i < samples.size(); ++i) {
        // Every fifth file is another paper's.
        const QString paper = i % 5 == 4 ? QStringLiteral("jlrb") : QStringLiteral("lyrb");
        const QDate day = QDate(2019, 2, 18).addDays(i / 3);
        const QString path = QStringLiteral("%1/%2/%3/%4.txt")
                                 .arg(root, paper, day.toString(Qt::ISODate))
                                 .arg(i % 3 + 1, 2, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::copy(QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues/") + samples[i], path);
    }
    bool ok = true;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QLocale::setDefault(Translations::install(language));
        Settings().setLanguage(language);
        Settings().setLibraryView(Settings::LibraryView::ByNewspaper);
        MainWindow window;
        if (!window.openLibrary(home.filePath(QStringLiteral("archive-%1.sqlite").arg(language)),
                                false))
            return false;
        window.resize(1280, 800);
        window.show();
        QSignalSpy done(&window, &MainWindow::importFinished);
        window.openFiles({root});
        done.wait(60000);
        // Open at the second day's second page, its first article read.
        ArchiveModel *archive = window.archiveModel();
        const QModelIndex day =
            archive->indexOfIssue(QStringLiteral("辽源日报"), QDate(2019, 2, 19));
        archive->fetchMore(day);
        const QList<qint64> onPage = archive->articlesUnder(archive->index(1, 0, day));
        if (!onPage.isEmpty())
            window.showArticle(onPage.first());
        window.calendarDock()->show();
        ok &= save(&window, out + QStringLiteral("/archive-%1.png").arg(language));
        window.findChild<QAction *>(QStringLiteral("actionNextPage"))->trigger();
        ok &= save(&window, out + QStringLiteral("/archive-page-%1.png").arg(language));
    }
    return ok;
}

// The researcher's desk: a collection of the archive's articles open in the
// tree, one of them read with its tags and its note. Over the archive's files
// (archiveShots first); the desk is user data, the same in both languages.
bool deskShots(const QTemporaryDir &home, const QString &out)
{
    bool ok = true;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        // The archive's shots left Chinese installed: English speaks its own words.
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Translations::install(language);
        Settings().setLibraryView(Settings::LibraryView::ByNewspaper);
        MainWindow window;
        const QString path = home.filePath(QStringLiteral("desk-%1.sqlite").arg(language));
        if (!window.openLibrary(path, false))
            return false;
        window.resize(1280, 800);
        window.show();
        QSignalSpy done(&window, &MainWindow::importFinished);
        window.openFiles({home.filePath(QStringLiteral("archive"))});
        done.wait(60000);
        Library *library = window.library();
        ArchiveModel *archive = window.archiveModel();
        QList<qint64> picked;
        for (const QDate day : {QDate(2019, 2, 18), QDate(2019, 2, 19), QDate(2019, 2, 20)}) {
            const QList<qint64> ids =
                archive->articlesUnder(archive->indexOfIssue(QStringLiteral("辽源日报"), day));
            picked << ids.mid(0, 2);
        }
        const auto collection = library->createCollection(QStringLiteral("城市建设研究"));
        if (!collection || picked.size() < 3)
            return false;
        (void)library->addToCollection(*collection, picked);
        (void)library->createCollection(QStringLiteral("两会专题"));
        (void)library->addTags({picked[1]}, {QStringLiteral("城建"), QStringLiteral("民生")});
        (void)library->setNote(
            picked[1], QStringLiteral("与**二月份**的规划会议对照阅读。\n\n"
                                      "- 投资数字与统计公报*不一致*\n- 待查：第3版的后续报道"));
        // Opened again, the window reads the desk.
        if (!window.openLibrary(path, false))
            return false;
        // The collection open, the annotated article read from it.
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(window.tree()->model());
        const QModelIndex row = archive->indexOfCollection(*collection);
        archive->fetchMore(row);
        const QModelIndex read = proxy->mapFromSource(archive->index(1, 0, row));
        window.tree()->expand(read.parent().parent());
        window.tree()->expand(read.parent());
        window.tree()->setCurrentIndex(read);
        ok &= save(&window, out + QStringLiteral("/desk-%1.png").arg(language));
    }
    return ok;
}

// A correction in progress: the source view beside the article read, the
// lines of one of its paragraphs selected, the source view's menu of
// corrections open over them (drawn into the window's picture: a menu is a
// window of its own, which grab() leaves out).
bool correctionShot(MainWindow &window, const QString &path)
{
    window.findChild<QAction *>(QStringLiteral("actionSource"))->setChecked(true);
    settle();
    auto *source = window.findChild<SourceView *>();
    const StoredArticle *shown = window.articleView()->article();
    if (!source || !shown || shown->article.paragraphs.isEmpty())
        return false;
    QList<int> lines = shown->article.paragraphs.value(1).lines;
    for (const Paragraph &paragraph : shown->article.paragraphs) {
        if (paragraph.lines.size() >= 2) {
            lines = paragraph.lines;
            break;
        }
    }
    if (lines.isEmpty())
        lines = shown->article.paragraphs.first().lines;
    // Only the paragraph's first run of lines: a paragraph rejoined across a
    // headline would take the headline's lines with it.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i] > lines[i - 1] + 2) {
            lines.resize(i);
            break;
        }
    }
    source->showLine(lines.first());
    QTextCursor cursor(source->document()->findBlockByNumber(lines.first() - 1));
    const QTextBlock last = source->document()->findBlockByNumber(lines.last() - 1);
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    source->setTextCursor(cursor);
    settle();
    QMenu menu;
    for (const char *name :
         {"actionMoveLinesToPrevious", "actionMoveLinesToNext", "actionMoveLinesToArticle",
          "actionMoveLinesToNewArticle", "actionSplitArticle"})
        menu.addAction(window.findChild<QAction *>(QString::fromLatin1(name)));
    if (auto *roles = window.findChild<QMenu *>(QStringLiteral("menuLineRole")))
        menu.addMenu(roles);
    menu.addAction(window.findChild<QAction *>(QStringLiteral("actionEditHeadline")));
    menu.ensurePolished();
    menu.adjustSize();
    settle();
    QPixmap shot = window.grab();
    const QRect end = source->cursorRect();
    QPoint at = source->viewport()->mapTo(&window, end.bottomLeft() + QPoint(40, 4));
    at.setX(std::min(at.x(), shot.width() - menu.width() - 8));
    at.setY(std::min(at.y(), shot.height() - menu.height() - 8));
    QPainter painter(&shot);
    painter.drawPixmap(at, menu.grab());
    painter.end();
    const bool ok = shot.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    window.findChild<QAction *>(QStringLiteral("actionSource"))->setChecked(false);
    return ok;
}

} // namespace

// An e-paper page laid out by the tests' typesetter, imported into the library.
QString typesetPage(MainWindow &window, const QTemporaryDir &home)
{
    const QString dir = home.filePath(QStringLiteral("epaper"));
    QProcess typeset;
    typeset.start(QStringLiteral(BROADSHEET_TYPESET),
                  {QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--out"), dir});
    if (!typeset.waitForFinished(60000) || typeset.exitCode() != 0) {
        qWarning("typeset_epaper failed: %s", typeset.readAllStandardError().constData());
        return {};
    }
    const QString pdf = dir + QStringLiteral("/issue.pdf");
    QSignalSpy done(&window, &MainWindow::importFinished);
    window.openFiles({pdf});
    done.wait(30000);
    return pdf;
}

// The e-paper PDF's page beside its third article (View ▸ Page), the article
// outlined and a word of its headline marked, at `size`.
bool pageViewShot(MainWindow &window, const QString &pdf, const QString &file, const QSize &size)
{
    std::optional<qint64> issueId;
    if (const auto issues = window.library()->issues()) {
        for (const IssueRecord &issue : *issues)
            if (QFileInfo(issue.sourcePath) == QFileInfo(pdf))
                issueId = issue.id;
    }
    if (!issueId)
        return false;
    const auto articles = window.library()->articles(*issueId);
    if (!articles || articles->size() < 3)
        return false;
    window.showArticle(articles->at(2).id);
    auto *calendar = window.findChild<QAction *>(QStringLiteral("actionCalendar"));
    const bool calendarShown = calendar->isChecked();
    calendar->setChecked(false);
    const QSize before = window.size();
    window.resize(size);
    PageController *page = window.pageController();
    QSignalSpy loaded(page, &PageController::pageLoaded);
    window.findChild<QAction *>(QStringLiteral("actionPage"))->setChecked(true);
    if (!page->isLoaded())
        loaded.wait(20000);
    page->setSearchText(articles->at(2).title.left(2));
    for (int i = 0; i < 100 && page->view()->isRendering(); ++i)
        QTest::qWait(50);
    const bool saved = save(&window, file);
    window.findChild<QAction *>(QStringLiteral("actionPage"))->setChecked(false);
    calendar->setChecked(calendarShown);
    window.resize(before);
    return saved;
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BroadsheetScreenshots"));
    QApplication::setApplicationName(QStringLiteral("broadsheet"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QLocale::setDefault(Translations::install(QStringLiteral("en")));
    PdfTextSourceInProcess::install();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    MainWindow window;
    if (!window.openLibrary(home.filePath(QStringLiteral("library.sqlite")), false))
        return 1;
    window.resize(1280, 800);
    window.show();
    QSignalSpy done(&window, &MainWindow::importFinished);
    window.openFiles(
        {QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/samples/v1.txt"),
         QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues/t03_city_congress_voxpop.txt"),
         QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt")});
    done.wait(30000);
    bool ok = true;

    // 1. The tree and an article.
    window.tree()->expandAll();
    ok &= save(&window, out + QStringLiteral("/main-window.png"));

    // 2. The find bar with its hits.
    window.findBar()->open(QStringLiteral("规划"));
    window.findBar()->findNext();
    window.findBar()->findNext();
    ok &= save(&window, out + QStringLiteral("/find-bar.png"));
    window.findBar()->close();

    // 3. Library search results (searched in a worker: wait for them), two terms.
    window.findChild<QAction *>(QStringLiteral("actionSearchLibrary"))->trigger();
    QSignalSpy searched(window.searchPanel()->model(), &SearchResultsModel::searchFinished);
    window.searchPanel()->setQuery(QStringLiteral("项目 建设"));
    searched.wait(10000);
    ok &= save(&window, out + QStringLiteral("/library-search.png"));

    // 4. The dark theme, on a vox-pop piece.
    auto *themes = window.findChild<QMenu *>(QStringLiteral("menuTheme"));
    themes->actions().at(2)->trigger();
    const QModelIndex result = window.searchPanel()->model()->index(0);
    window.showArticle(result.data(SearchResultsModel::ArticleIdRole).toLongLong());
    ok &= save(&window, out + QStringLiteral("/dark-theme.png"));
    themes->actions().at(0)->trigger();

    // 5. An issue's contents page.
    window.findChild<QAction *>(QStringLiteral("actionFilterTree"))->trigger();
    window.tree()->setCurrentIndex(window.tree()->model()->index(0, 0));
    ok &= save(&window, out + QStringLiteral("/contents-page.png"));

    // 5b. The source view beside an article of the vox-pop issue: its lines
    // coloured by role, a paragraph's lines tinted, the doubtful spots below.
    // The issue where the parser guessed most, for its list of doubtful spots.
    qint64 doubtful = 0;
    int most = -1;
    if (const auto issues = window.library()->issues()) {
        for (const IssueRecord &issue : *issues) {
            if (issue.doubtCount > most) {
                most = issue.doubtCount;
                doubtful = issue.id;
            }
        }
    }
    {
        const std::optional<qint64> issueId = doubtful;
        const auto articles = window.library()->articles(*issueId);
        if (articles && articles->size() > 1) {
            window.showArticle(articles->at(1).id);
            window.findChild<QAction *>(QStringLiteral("actionSource"))->setChecked(true);
            ArticleView *view = window.articleView();
            for (QTextBlock block = view->document()->begin(); block.isValid();
                 block = block.next()) {
                const auto part = view->partAt(block.position());
                if (part && part->kind == ArticlePart::Kind::Paragraph && part->index == 1) {
                    QTextCursor cursor(block);
                    view->setTextCursor(cursor);
                    break;
                }
            }
            // Then the first doubtful spot after it (F8), when the issue has one.
            window.findChild<QAction *>(QStringLiteral("actionNextDoubt"))->trigger();
            auto *calendar = window.findChild<QAction *>(QStringLiteral("actionCalendar"));
            const bool calendarShown = calendar->isChecked();
            calendar->setChecked(false);
            window.resize(1400, 860);
            ok &= save(&window, out + QStringLiteral("/source-view.png"));
            window.findChild<QAction *>(QStringLiteral("actionSource"))->setChecked(false);
            calendar->setChecked(calendarShown);
            window.resize(1280, 800);
        }
    }

    // 5c. An e-paper PDF's page beside its article (View ▸ Page), laid out by the
    // tests' typesetter, with the article read outlined and a search word marked.
    const QString epaper = typesetPage(window, home);
    ok &= pageViewShot(window, epaper, out + QStringLiteral("/page-view.png"), QSize(1400, 860));
    ok &= pageViewShot(window, epaper, out + QStringLiteral("/page-view-900x600.png"),
                       QSize(900, 600));

    // 6. The same window small, and a page of the shortcuts dialog.
    window.resize(900, 600);
    // A small window reads without the calendar, as on a small screen.
    window.findChild<QAction *>(QStringLiteral("actionCalendar"))->setChecked(false);
    window.showArticle(result.data(SearchResultsModel::ArticleIdRole).toLongLong() + 1);
    ok &= save(&window, out + QStringLiteral("/english-900x600.png"));
    window.findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    if (auto *shortcuts = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) {
        ok &= save(shortcuts, out + QStringLiteral("/shortcuts.png"));
        shortcuts->close();
    }

    // 6b. A correction in progress, in the source view.
    window.resize(1280, 800);
    ok &= correctionShot(window, out + QStringLiteral("/corrections.png"));

    // 7. The archive, with the calendar, in English and in Chinese.
    ok &= archiveShots(home, out);
    ok &= deskShots(home, out);

    // 8. A small window in Chinese, and a full-size one.
    QLocale::setDefault(Translations::install(QStringLiteral("zh_CN")));
    MainWindow chinese;
    if (!chinese.openLibrary(home.filePath(QStringLiteral("library.sqlite")), false))
        return 1;
    chinese.resize(900, 600);
    // A small window reads without the calendar, as on a small screen.
    chinese.findChild<QAction *>(QStringLiteral("actionCalendar"))->setChecked(false);
    chinese.show();
    chinese.showArticle(result.data(SearchResultsModel::ArticleIdRole).toLongLong() + 1);
    ok &= save(&chinese, out + QStringLiteral("/chinese-900x600.png"));
    chinese.resize(1280, 800);
    chinese.findChild<QAction *>(QStringLiteral("actionSearchLibrary"))->trigger();
    QSignalSpy searchedAgain(chinese.searchPanel()->model(), &SearchResultsModel::searchFinished);
    chinese.searchPanel()->setQuery(QStringLiteral("發展 title:项目"));
    searchedAgain.wait(10000);
    ok &= save(&chinese, out + QStringLiteral("/chinese-full.png"));
    ok &= pageViewShot(chinese, epaper, out + QStringLiteral("/chinese-page-view.png"),
                       QSize(1400, 860));
    ok &= pageViewShot(chinese, epaper, out + QStringLiteral("/chinese-page-view-900x600.png"),
                       QSize(900, 600));

    // 8. The search's filters open at 900×600, newest first, and the query
    // charted: over dated copies of the issues (a masthead line added), last,
    // so that the shots above keep their library.
    const QList<std::pair<QString, QString>> dated{
        {QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt"),
         QStringLiteral("辽源日报 2019年2月20日 星期三")},
        {QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/samples/v1.txt"),
         QStringLiteral("吉林日报 2019年9月28日 星期六")},
        {QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues/t03_city_congress_voxpop.txt"),
         QStringLiteral("辽源日报 2020年1月9日 星期四")}};
    QStringList copies;
    for (const auto &[path, masthead] : dated) {
        QFile in(path);
        QFile copy(home.filePath(QStringLiteral("dated-%1.txt").arg(copies.size())));
        if (in.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly)) {
            copy.write(masthead.toUtf8() + "\n\n" + in.readAll());
            copies << copy.fileName();
        }
    }
    window.openFiles(copies);
    done.wait(30000);
    chinese.searchPanel()->refresh();
    auto showFilters = [](MainWindow &w, const QString &query, const QString &file) {
        w.resize(900, 600);
        // A small window reads without the calendar, as on a small screen.
        w.findChild<QAction *>(QStringLiteral("actionCalendar"))->setChecked(false);
        w.findChild<QAction *>(QStringLiteral("actionSearchLibrary"))->trigger();
        SearchFilterSettings filters;
        filters.from = QDate(2019, 1, 1);
        filters.sort = SearchRequest::Sort::Newest;
        filters.shown = true;
        w.searchPanel()->setFilters(filters);
        QSignalSpy filtered(w.searchPanel()->model(), &SearchResultsModel::searchFinished);
        w.searchPanel()->setQuery(query);
        filtered.wait(10000);
        return save(&w, file);
    };
    auto showTimeline = [](MainWindow &w, const QString &file) {
        w.findChild<QAction *>(QStringLiteral("actionChartOverTime"))->trigger();
        auto *timeline = w.findChild<TimelineDialog *>();
        if (!timeline)
            return false;
        QSignalSpy counted(timeline, &TimelineDialog::countingFinished);
        counted.wait(10000);
        const bool saved = save(timeline, file);
        timeline->close();
        return saved;
    };
    // Each in its language: the English window's words come back in English.
    for (QTranslator *translator : app.findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(Translations::install(QStringLiteral("en")));
    ok &= showFilters(window, QStringLiteral("项目 建设"),
                      out + QStringLiteral("/search-filters.png"));
    ok &= showTimeline(window, out + QStringLiteral("/search-timeline.png"));
    window.searchPanel()->clearFilters();
    QLocale::setDefault(Translations::install(QStringLiteral("zh_CN")));
    ok &= showFilters(chinese, QStringLiteral("项目 建设"),
                      out + QStringLiteral("/chinese-search-filters.png"));
    ok &= showTimeline(chinese, out + QStringLiteral("/chinese-search-timeline.png"));
    chinese.searchPanel()->clearFilters();
    return ok ? 0 : 1;
}
