#include "correctioncontroller.h"

#include "articlechooser.h"
#include "articlelines.h"
#include "correctioncommand.h"
#include "correctionfiles.h"
#include "guilogging.h"
#include "library.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

QList<int> ascending(QList<int> lines)
{
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

} // namespace

CorrectionController::CorrectionController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_group(new QUndoGroup(this))
    , m_menu(new QMenu(tr("C&orrect"), window))
    , m_roleMenu(new QMenu(tr("Line &Role"), window))
{
    m_menu->setObjectName(u"menuCorrect"_s);
    m_roleMenu->setObjectName(u"menuLineRole"_s);
    m_undo = m_group->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setProperty("iconName", u"undo"_s);
    m_redo = m_group->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setProperty("iconName", u"redo"_s);
    setUpActions();
    updateActions();
}

CorrectionController::~CorrectionController() = default;

QAction *CorrectionController::makeAction(const QString &text, const char *name, const QString &tip,
                                          const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setStatusTip(tip);
    action->setToolTip(tip);
    if (!keys.isEmpty())
        action->setShortcut(keys);
    return action;
}

void CorrectionController::setUpActions()
{
    m_movePrevious =
        makeAction(tr("Move Lines to &Previous Article"), "actionMoveLinesToPrevious",
                   tr("The lines selected leave their article and join the article before it"),
                   QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_moveNext =
        makeAction(tr("Move Lines to &Next Article"), "actionMoveLinesToNext",
                   tr("The lines selected leave their article and join the article after it"),
                   QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    m_moveTo = makeAction(tr("Move Lines to &Article…"), "actionMoveLinesToArticle",
                          tr("The lines selected join an article of the issue you choose"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_moveNew = makeAction(tr("Move Lines to Ne&w Article"), "actionMoveLinesToNewArticle",
                           tr("The lines selected become an article of their own"));
    m_split = makeAction(tr("&Split Article Before Line"), "actionSplitArticle",
                         tr("The article ends before the line selected; the rest becomes a new "
                            "article"),
                         QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_mergePrevious = makeAction(tr("Merge with P&revious Article"), "actionMergeWithPrevious",
                                 tr("The article read and the one before it become one article"));
    m_mergeNext = makeAction(tr("&Merge with Next Article"), "actionMergeWithNext",
                             tr("The article read and the one after it become one article"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_mergeSelected =
        makeAction(tr("Merge Selected Arti&cles"), "actionMergeSelected",
                   tr("The articles selected in the tree become one article, in reading order"));
    const std::pair<QString, QString> roles[] = {
        {u"kicker"_s, tr("&Kicker")},     {u"title"_s, tr("&Title")},
        {u"subtitle"_s, tr("&Subtitle")}, {u"byline"_s, tr("&Byline")},
        {u"body"_s, tr("B&ody Text")},    {u"caption"_s, tr("&Caption")},
    };
    int digit = 0;
    for (const auto &[role, label] : roles) {
        QAction *action = makeAction(label, "", tr("The lines selected are read as this part"),
                                     QKeySequence(Qt::CTRL | (Qt::Key_1 + digit++)));
        action->setObjectName(u"actionRole_"_s + role);
        action->setData(role);
        connect(action, &QAction::triggered, this, [this, role = role] { setRole(role); });
        m_roleMenu->addAction(action);
        m_roles << action;
    }
    m_headline = makeAction(tr("Edit &Headline…"), "actionEditHeadline",
                            tr("Show another headline for the article (its lines stay)"),
                            QKeySequence(Qt::Key_F2));
    m_revert = makeAction(tr("Re&vert All Corrections of This Issue"), "actionRevertCorrections",
                          tr("The issue as the parser read it, without your corrections"));
    m_exportReference = makeAction(
        tr("Export Re&ference Parse…"), "actionExportReferenceParse",
        tr("Save the issue with your corrections as parse JSON, a reference for the parser"));
    m_exportCorrections = makeAction(tr("Export Co&rrections…"), "actionExportCorrections",
                                     tr("Save the corrections of the issue as a corrections file"));
    m_importCorrections = makeAction(tr("I&mport Corrections…"), "actionImportCorrections",
                                     tr("Apply a corrections file to the issue it was made for"));

    m_menu->addAction(m_movePrevious);
    m_menu->addAction(m_moveNext);
    m_menu->addAction(m_moveTo);
    m_menu->addAction(m_moveNew);
    m_menu->addSeparator();
    m_menu->addAction(m_split);
    m_menu->addAction(m_mergePrevious);
    m_menu->addAction(m_mergeNext);
    m_menu->addAction(m_mergeSelected);
    m_menu->addSeparator();
    m_menu->addMenu(m_roleMenu);
    m_menu->addAction(m_headline);
    m_menu->addSeparator();
    m_menu->addAction(m_revert);

    connect(m_movePrevious, &QAction::triggered, this, [this] { moveLines(-1); });
    connect(m_moveNext, &QAction::triggered, this, [this] { moveLines(+1); });
    connect(m_moveTo, &QAction::triggered, this, &CorrectionController::moveLinesToArticle);
    connect(m_moveNew, &QAction::triggered, this, &CorrectionController::moveLinesToNewArticle);
    connect(m_split, &QAction::triggered, this, &CorrectionController::split);
    connect(m_mergePrevious, &QAction::triggered, this, [this] { merge(-1); });
    connect(m_mergeNext, &QAction::triggered, this, [this] { merge(+1); });
    connect(m_mergeSelected, &QAction::triggered, this, &CorrectionController::mergeSelected);
    connect(m_headline, &QAction::triggered, this, &CorrectionController::editHeadline);
    connect(m_revert, &QAction::triggered, this, &CorrectionController::revertAll);
    connect(m_exportReference, &QAction::triggered, this, &CorrectionController::exportReference);
    connect(m_exportCorrections, &QAction::triggered, this,
            &CorrectionController::exportCorrections);
    connect(m_importCorrections, &QAction::triggered, this,
            &CorrectionController::importCorrections);
    // Before a menu opens, what it offers is worked out again: the selection of
    // the source view changes without telling the window.
    connect(m_menu, &QMenu::aboutToShow, this, &CorrectionController::updateActions);
}

QList<QAction *> CorrectionController::lineActions() const
{
    QList<QAction *> actions{m_movePrevious, m_moveNext, m_moveTo, m_moveNew, m_split};
    actions << m_roleMenu->menuAction() << m_headline;
    return actions;
}

QList<QAction *> CorrectionController::articleActions() const
{
    return {m_mergePrevious, m_mergeNext, m_mergeSelected, m_headline};
}

QList<QAction *> CorrectionController::fileActions() const
{
    return {m_exportReference, m_exportCorrections, m_importCorrections};
}

void CorrectionController::setLibrary(Library *library)
{
    m_library = library;
    m_current.reset();
    for (QUndoStack *stack : std::as_const(m_stacks)) {
        m_group->removeStack(stack);
        delete stack;
    }
    m_stacks.clear();
    updateActions();
}

std::optional<qint64> CorrectionController::issueId() const
{
    if (!m_current)
        return std::nullopt;
    return m_current->issueId;
}

QUndoStack *CorrectionController::stackFor(qint64 issueId)
{
    QUndoStack *&stack = m_stacks[issueId];
    if (!stack) {
        stack = new QUndoStack(this);
        m_group->addStack(stack);
    }
    return stack;
}

// The issue of the article read, read from the library when another one is
// read or the issue changed; nullptr when no article is read.
const CorrectionController::Current *CorrectionController::current()
{
    const std::optional<qint64> articleId = m_article ? m_article() : std::nullopt;
    if (!m_library || !articleId)
        return nullptr;
    const auto find = [&](const Current &in) {
        const auto at = std::find_if(in.records.cbegin(), in.records.cend(),
                                     [&](const ArticleRecord &r) { return r.id == *articleId; });
        return at == in.records.cend() ? -1 : int(at - in.records.cbegin());
    };
    if (m_current) {
        if (const int at = find(*m_current); at >= 0) {
            m_current->article = at;
            return &*m_current;
        }
        m_current.reset();
    }
    const auto stored = m_library->article(*articleId);
    if (!stored)
        return nullptr;
    Current read;
    read.issueId = stored->record.issueId;
    auto records = m_library->articles(read.issueId);
    auto issue = m_library->loadIssue(read.issueId);
    if (!records || !issue) {
        qCWarning(lcGui) << records.errorMessage() << issue.errorMessage();
        return nullptr;
    }
    read.records = *std::move(records);
    read.issue = *std::move(issue);
    for (const ArticleRecord &record : std::as_const(read.records)) {
        const Article *article = read.issue.findArticle(record.number);
        read.lines << (article ? article->lines() : QList<int>());
    }
    if (auto corrections = m_library->corrections(read.issueId))
        read.corrections = std::move(corrections)->corrections;
    if (read.corrections.sourceSha256.isEmpty())
        read.corrections.sourceSha256 = read.issue.source.sha256;
    read.article = find(read);
    m_current = std::move(read);
    return &*m_current;
}

int CorrectionController::articleOfLine(const Current &current, int line) const
{
    for (qsizetype i = 0; i < current.lines.size(); ++i) {
        if (std::binary_search(current.lines[i].cbegin(), current.lines[i].cend(), line))
            return int(i);
    }
    return -1;
}

int CorrectionController::firstLineOf(const Current &current, int article) const
{
    if (article < 0 || article >= current.lines.size())
        return 0;
    return current.lines[article].value(0, 0);
}

QList<int> CorrectionController::pointedLines(const Current &current) const
{
    QList<int> lines = m_lines ? m_lines() : current.lines.value(current.article);
    // A blank line, a page marker or a dropped repeat is in no article: a
    // correction cannot name it.
    lines.removeIf([&](int line) { return articleOfLine(current, line) < 0; });
    return ascending(lines);
}

QList<int> CorrectionController::mergeLines(const Current &current) const
{
    QList<int> lines;
    const QList<qint64> selected = m_selection ? m_selection() : QList<qint64>();
    for (qint64 id : selected) {
        for (qsizetype i = 0; i < current.records.size(); ++i) {
            if (current.records[i].id == id && firstLineOf(current, int(i)) != 0)
                lines << firstLineOf(current, int(i));
        }
    }
    lines = ascending(lines);
    return lines.size() >= 2 ? lines : QList<int>();
}

void CorrectionController::updateActions()
{
    const Current *now = current();
    const bool canChange = now && !m_library->isReadOnly() && now->article >= 0;
    m_group->setActiveStack(now && !m_library->isReadOnly() ? stackFor(now->issueId) : nullptr);
    const QList<int> lines = canChange ? pointedLines(*now) : QList<int>();
    const int from = lines.isEmpty() ? -1 : articleOfLine(*now, lines.first());
    const int count = now ? int(now->records.size()) : 0;
    const int article = now ? now->article : -1;
    m_movePrevious->setEnabled(from > 0 && firstLineOf(*now, from - 1) != 0);
    m_moveNext->setEnabled(from >= 0 && from + 1 < count && firstLineOf(*now, from + 1) != 0);
    m_moveTo->setEnabled(from >= 0 && count > 1);
    // Every line of one article to a new one would change nothing.
    m_moveNew->setEnabled(from >= 0 && lines != now->lines.value(from));
    m_split->setEnabled(from >= 0 && lines.first() != firstLineOf(*now, from));
    m_mergePrevious->setEnabled(canChange && article > 0 && firstLineOf(*now, article) != 0 &&
                                firstLineOf(*now, article - 1) != 0);
    m_mergeNext->setEnabled(canChange && article + 1 < count && firstLineOf(*now, article) != 0 &&
                            firstLineOf(*now, article + 1) != 0);
    m_mergeSelected->setEnabled(canChange && !mergeLines(*now).isEmpty());
    m_roleMenu->setEnabled(!lines.isEmpty());
    for (QAction *role : std::as_const(m_roles))
        role->setEnabled(!lines.isEmpty());
    m_headline->setEnabled(canChange && firstLineOf(*now, article) != 0);
    m_revert->setEnabled(canChange && !now->corrections.isEmpty());
    m_exportReference->setEnabled(now != nullptr);
    m_exportCorrections->setEnabled(now && !now->corrections.isEmpty());
    m_importCorrections->setEnabled(m_library && !m_library->isReadOnly());
}

// --- The operations --------------------------------------------------------

void CorrectionController::moveLines(int step)
{
    updateActions(); // a shortcut comes without the menu's check
    if (!(step < 0 ? m_movePrevious : m_moveNext)->isEnabled())
        return;
    const Current *now = current();
    const QList<int> lines = pointedLines(*now);
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Move;
    operation.lines = lines;
    operation.target = firstLineOf(*now, articleOfLine(*now, lines.first()) + step);
    addOperation(operation, lines.first());
}

void CorrectionController::moveLinesToArticle()
{
    updateActions();
    if (!m_moveTo->isEnabled())
        return;
    const Current *now = current();
    const QList<int> lines = pointedLines(*now);
    QList<ArticleChooser::Entry> entries;
    for (qsizetype i = 0; i < now->records.size(); ++i) {
        const int first = firstLineOf(*now, int(i));
        entries << ArticleChooser::Entry{
            first, tr("%1  (line %2)").arg(now->records[i].displayTitle()).arg(first)};
    }
    ArticleChooser chooser(entries, articleOfLine(*now, lines.first()), int(lines.size()),
                           m_window);
    chooser.setObjectName(u"articleChooser"_s);
    if (chooser.exec() != QDialog::Accepted || chooser.chosenLine() == 0)
        return;
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Move;
    operation.lines = lines;
    operation.target = chooser.chosenLine();
    addOperation(operation, lines.first());
}

void CorrectionController::moveLinesToNewArticle()
{
    updateActions();
    if (!m_moveNew->isEnabled())
        return;
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Move;
    operation.lines = pointedLines(*current());
    operation.toNewArticle = true;
    addOperation(operation, operation.lines.first());
}

void CorrectionController::split()
{
    updateActions();
    if (!m_split->isEnabled())
        return;
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Split;
    operation.target = pointedLines(*current()).first();
    addOperation(operation, operation.target);
}

void CorrectionController::merge(int step)
{
    updateActions();
    if (!(step < 0 ? m_mergePrevious : m_mergeNext)->isEnabled())
        return;
    const Current *now = current();
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Merge;
    operation.lines =
        ascending({firstLineOf(*now, now->article), firstLineOf(*now, now->article + step)});
    addOperation(operation, operation.lines.first());
}

void CorrectionController::mergeSelected()
{
    updateActions();
    if (!m_mergeSelected->isEnabled())
        return;
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Merge;
    operation.lines = mergeLines(*current());
    addOperation(operation, operation.lines.first());
}

void CorrectionController::setRole(const QString &role)
{
    updateActions();
    if (!m_roleMenu->isEnabled())
        return;
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Role;
    operation.lines = pointedLines(*current());
    operation.role = role;
    addOperation(operation, operation.lines.first());
}

void CorrectionController::editHeadline()
{
    updateActions();
    if (!m_headline->isEnabled())
        return;
    const Current *now = current();
    const ArticleRecord record = now->records[now->article];
    const int line = firstLineOf(*now, now->article);
    QInputDialog dialog(m_window);
    dialog.setObjectName(u"headlineDialog"_s);
    dialog.setWindowTitle(tr("Edit Headline"));
    dialog.setLabelText(tr("The headline shown for this article (its lines in the file stay "
                           "as they are):"));
    dialog.setTextValue(record.title);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue().simplified();
    if (text.isEmpty() || text == record.title)
        return;
    CorrectionOperation operation;
    operation.kind = CorrectionOperation::Kind::Title;
    operation.target = line;
    operation.text = text;
    addOperation(operation, line);
}

void CorrectionController::revertAll()
{
    updateActions();
    if (!m_revert->isEnabled())
        return;
    const Current *now = current();
    CorrectionSet none;
    none.sourceSha256 = now->corrections.sourceSha256;
    perform(tr("Revert all corrections of the issue"), none, firstLineOf(*now, now->article));
}

void CorrectionController::addOperation(const CorrectionOperation &operation, int line)
{
    if (!current())
        return; // the article went while a dialog was open
    CorrectionSet after = current()->corrections;
    after.operations << operation;
    perform(operation.describe(), after, line);
}

void CorrectionController::perform(const QString &text, const CorrectionSet &after, int line)
{
    if (!current())
        return;
    const qint64 issueId = current()->issueId;
    const CorrectionSet before = current()->corrections;
    if (!apply(issueId, after, line))
        return; // never on the stack: there is nothing to undo
    const auto apply = [this, issueId](const CorrectionSet &corrections, int at) {
        return this->apply(issueId, corrections, at);
    };
    stackFor(issueId)->push(new CorrectionCommand(text, before, after, line, apply));
    emit statusMessage(text);
}

bool CorrectionController::apply(qint64 issueId, const CorrectionSet &corrections, int line)
{
    if (!m_library || m_library->isReadOnly()) {
        fail(tr("Cannot correct the issue"), tr("The library is read-only."));
        return false;
    }
    auto outcome = m_library->setCorrections(issueId, corrections);
    m_current.reset();
    if (!outcome) {
        fail(tr("Cannot correct the issue"), outcome.errorMessage());
        return false;
    }
    // Only earlier corrections refused (a newer parser no longer places their
    // lines): they must not block every new one, so the rest are kept and the
    // reader is told which went.
    const int newest = int(corrections.operations.size());
    const auto refusedNewest = [newest](const RefusedCorrection &r) {
        return r.position == newest;
    };
    if (!outcome->refused.isEmpty() &&
        std::none_of(outcome->refused.cbegin(), outcome->refused.cend(), refusedNewest)) {
        const QList<RefusedCorrection> dropped = outcome->refused;
        outcome = m_library->setCorrections(issueId, corrections, true);
        if (!outcome) {
            fail(tr("Cannot correct the issue"), outcome.errorMessage());
            return false;
        }
        QStringList lines;
        for (const RefusedCorrection &refused : dropped)
            lines << tr("“%1”: %2").arg(refused.operation.describe(), refused.reason);
        fail(tr("Earlier corrections no longer apply"),
             tr("These earlier corrections of the issue no longer apply and were left out:\n%1")
                 .arg(lines.join(u'\n')));
    } else if (!outcome->refused.isEmpty()) {
        const RefusedCorrection &refused = outcome->refused.first();
        fail(tr("Cannot correct the issue"),
             tr("“%1” cannot be done: %2").arg(refused.operation.describe(), refused.reason));
        return false;
    }
    // The line the reader acted on is in another article now: that one is shown.
    int number = 0;
    for (const Section &section : outcome->issue.sections) {
        for (const Article &article : section.articles) {
            if (number == 0 && article.lines().contains(line))
                number = article.id;
        }
    }
    qint64 articleId = 0;
    if (const auto records = m_library->articles(issueId); records && !records->isEmpty()) {
        articleId = records->first().id;
        for (const ArticleRecord &record : *records) {
            if (record.number == number)
                articleId = record.id;
        }
    }
    emit issueCorrected(issueId, articleId, line);
    return true;
}

void CorrectionController::fail(const QString &title, const QString &text)
{
    m_lastError = text;
    qCWarning(lcGui) << title << text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText); // the text may quote a corrections file
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"correctionError"_s);
    box->open();
}

// --- Files -----------------------------------------------------------------

void CorrectionController::exportReference()
{
    if (const Current *now = current()) {
        const QString done =
            CorrectionFiles::exportReferenceParse(m_window, m_library, now->issueId);
        if (!done.isEmpty())
            emit statusMessage(done);
    }
}

void CorrectionController::exportCorrections()
{
    if (const Current *now = current()) {
        const QString done = CorrectionFiles::exportCorrections(m_window, m_library, now->issueId);
        if (!done.isEmpty())
            emit statusMessage(done);
    }
}

void CorrectionController::importCorrections()
{
    if (!m_library || m_library->isReadOnly())
        return;
    // When the file is the issue read's, the import is a step Undo takes back.
    const Current *now = current();
    const std::optional<qint64> readIssue = now ? std::optional(now->issueId) : std::nullopt;
    const CorrectionSet before = now ? now->corrections : CorrectionSet();
    const auto report = CorrectionFiles::importCorrections(m_window, m_library);
    m_current.reset();
    if (!report)
        return;
    const auto after = m_library->corrections(report->issueId);
    if (readIssue == report->issueId && after) {
        const qint64 issueId = report->issueId;
        const auto apply = [this, issueId](const CorrectionSet &corrections, int at) {
            return this->apply(issueId, corrections, at);
        };
        stackFor(issueId)->push(
            new CorrectionCommand(tr("Import corrections"), before, after->corrections, 0, apply));
    } else if (m_stacks.contains(report->issueId)) {
        // Its history no longer leads to what it holds.
        m_stacks.value(report->issueId)->clear();
    }
    qint64 articleId = 0;
    if (const auto records = m_library->articles(report->issueId); records && !records->isEmpty())
        articleId = records->first().id;
    emit issueCorrected(report->issueId, articleId, 0);
    emit statusMessage(tr("Applied %n correction(s).", nullptr, report->applied));
}

} // namespace Broadsheet
