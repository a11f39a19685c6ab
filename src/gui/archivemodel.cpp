#include "archivemodel.h"

#include "articlehtml.h"
#include "conventions.h"
#include "datetext.h"
#include "icons.h"
#include "library.h"

#include <QFileInfo>
#include <QFont>

#include <functional>

using namespace Qt::StringLiterals;

namespace Broadsheet {

struct ArchiveModel::Node
{
    NodeType type = NodeType::Root;
    qint64 id = 0;
    qint64 issueId = 0; // the file (days: the first of theirs)
    QString paper;
    int year = 0;
    int month = 0;
    QDate date;
    QList<qint64> fileIds;   // days
    int position = -1;       // pages and below: the page within the file
    qint64 collectionId = 0; // a collection and its articles
    QString name;            // a collection's
    QString pageName;
    Node *parent = nullptr;
    int row = 0;
    QString key; // its part of keyOf()
    QString text;
    QString toolTip;
    QString filterText;
    int count = 0; // what the row's number counts
    int articles = 0;
    int below = 0; // rows there will be below, as far as the parent knows
    bool guessed = false;
    ArticleKind kind = ArticleKind::Other;
    bool fetched = false;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

// Separates the parts of a key: no paper's name holds it.
constexpr QChar kKeySeparator = QChar(0x1f);

QString withCount(const QString &title, int count)
{
    return u"%1  (%2)"_s.arg(title, QString::number(count));
}

// "2019年2月20日  (8 · 2 doubtful · corrected)"
QString withCount(const QString &title, int count, int doubts, int corrections)
{
    return u"%1  (%2)"_s.arg(title, LibraryModel::countText(count, doubts, corrections));
}

QString sourceNote(std::optional<MetadataSource> source)
{
    if (!source)
        return {};
    switch (*source) {
    case MetadataSource::User:
        return ArchiveModel::tr("set by you");
    case MetadataSource::Text:
        return ArchiveModel::tr("from the text");
    case MetadataSource::Path:
        return ArchiveModel::tr("from the file name");
    case MetadataSource::Guess:
        return ArchiveModel::tr("guessed from the file's modification time");
    }
    return {};
}

} // namespace

ArchiveModel::ArchiveModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_locale(DateText::locale())
{
    m_root->fetched = true;
}

ArchiveModel::~ArchiveModel() = default;

void ArchiveModel::setLibrary(Library *library)
{
    m_library = library;
    refresh();
}

void ArchiveModel::refresh()
{
    // Views walk the model as the reset ends: no rows are inserted meanwhile.
    m_changing = true;
    beginResetModel();
    m_locale = DateText::locale();
    m_root = std::make_unique<Node>();
    std::vector<std::unique_ptr<Node>> papers;
    if (m_library && readChildren(m_root.get(), papers)) {
        for (auto &paper : papers)
            m_root->add(std::move(paper));
    }
    m_root->fetched = true;
    endResetModel();
    m_changing = false;
}

std::unique_ptr<ArchiveModel::Node> ArchiveModel::pageNode(const PageRecord &page,
                                                           const Node &parent) const
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Page;
    node->id = page.issueId;
    node->issueId = page.issueId;
    node->paper = parent.paper;
    node->date = parent.date;
    node->position = page.position;
    node->pageName = page.name;
    node->key = u"p:%1:%2"_s.arg(page.issueId).arg(page.position);
    node->count = page.articleCount;
    node->articles = page.articleCount;
    node->below = page.articleCount;
    node->guessed =
        page.numberSource == MetadataSource::Guess || page.nameSource == MetadataSource::Guess;
    QString title = page.number.isEmpty() ? QString() : DateText::page(page.number, m_locale);
    if (!page.name.isEmpty())
        title = title.isEmpty() ? page.name : title + u' ' + page.name;
    if (title.isEmpty()) // a file that names no page: the file is the page
        title = QFileInfo(page.sourcePath).completeBaseName();
    node->text = withCount(title, page.articleCount, page.doubtCount, 0);
    QStringList tip{page.sourcePath.toHtmlEscaped()};
    if (page.firstLine > 0)
        tip << tr("Lines %1–%2").arg(page.firstLine).arg(page.lastLine);
    if (!page.number.isEmpty())
        tip << tr("Page number %1").arg(sourceNote(page.numberSource));
    tip << tr("%n article(s)", nullptr, page.articleCount);
    tip << LibraryModel::parseNotes(page.doubtCount, 0);
    node->toolTip = tip.join(u"<br>"_s);
    return node;
}

std::unique_ptr<ArchiveModel::Node> ArchiveModel::articleNode(const ArticleRecord &record,
                                                              const Node &parent)
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Article;
    node->id = record.id;
    node->issueId = record.issueId;
    node->paper = parent.paper;
    node->date = parent.date;
    node->position = parent.position;
    node->collectionId = parent.collectionId;
    node->key = u"a:"_s + QString::number(record.id);
    node->kind = record.kind;
    node->fetched = true;
    node->text = record.displayTitle();
    node->filterText = LibraryModel::articleFilterText(record);
    node->toolTip = LibraryModel::articleToolTip(record);
    return node;
}

// The first row: the collections, each with its number of articles. None made,
// no row: a reader who never collects sees the archive as it was.
bool ArchiveModel::readCollections(std::vector<std::unique_ptr<Node>> &children)
{
    const auto collections = m_library->collections();
    if (!collections) {
        emit readFailed(collections.errorMessage());
        return false;
    }
    if (collections->isEmpty())
        return true;
    auto top = std::make_unique<Node>();
    top->type = NodeType::Collections;
    top->key = u"c"_s;
    top->fetched = true;
    for (const CollectionRecord &collection : *collections) {
        auto child = std::make_unique<Node>();
        child->type = NodeType::Collection;
        child->id = collection.id;
        child->collectionId = collection.id;
        child->name = collection.name;
        child->key = u"c:"_s + QString::number(collection.id);
        child->count = collection.articleCount;
        child->articles = collection.articleCount;
        child->below = collection.articleCount;
        child->text = withCount(collection.name, collection.articleCount);
        child->toolTip = ArticleHtml::toolTip(collection.name) + u"<br>"_s +
                         tr("%n article(s)", nullptr, collection.articleCount);
        top->articles += collection.articleCount;
        top->add(std::move(child));
    }
    top->count = int(top->children.size());
    top->below = top->count;
    top->text = withCount(tr("Collections"), top->count);
    top->toolTip = tr("Articles you gathered: Article ▸ Add to Collection…");
    children.push_back(std::move(top));
    return true;
}

void ArchiveModel::addEntries(Node *parent, const QList<SectionEntry> &entries,
                              std::vector<std::unique_ptr<Node>> &children) const
{
    for (const SectionEntry &entry : entries) {
        if (!entry.group) {
            children.push_back(articleNode(entry.article, *parent));
            continue;
        }
        auto group = std::make_unique<Node>();
        group->type = NodeType::Group;
        group->id = entry.group->id;
        group->issueId = parent->issueId;
        group->paper = parent->paper;
        group->date = parent->date;
        group->position = parent->position;
        group->key = u"g:"_s + QString::number(entry.group->id);
        group->count = int(entry.group->articles.size());
        group->articles = group->count;
        group->below = group->count;
        group->text = withCount(entry.group->title, group->count);
        group->toolTip = ArticleHtml::toolTip(entry.group->title);
        group->fetched = true;
        for (const ArticleRecord &record : entry.group->articles)
            group->add(articleNode(record, *group));
        children.push_back(std::move(group));
    }
}

bool ArchiveModel::readChildren(Node *node, std::vector<std::unique_ptr<Node>> &children)
{
    const auto failed = [this](const auto &result) {
        emit readFailed(result.errorMessage());
        return false;
    };
    const auto dayNodes = [&](const QList<ArchiveIssueRecord> &issues) {
        for (const ArchiveIssueRecord &issue : issues) {
            auto child = std::make_unique<Node>();
            child->type = NodeType::Day;
            child->paper = node->paper;
            child->year = node->year;
            child->month = node->month;
            child->date = issue.date;
            child->fileIds = issue.fileIds;
            child->issueId = issue.fileIds.value(0);
            child->id = child->issueId;
            child->count = issue.articleCount;
            child->articles = issue.articleCount;
            child->below = issue.pageCount > 0 ? issue.pageCount : issue.articleCount;
            child->guessed = issue.dateSource == MetadataSource::Guess ||
                             issue.paperSource == MetadataSource::Guess;
            QStringList tip;
            QString title;
            if (issue.date.isValid()) {
                child->key = u"d:"_s + issue.date.toString(Qt::ISODate);
                title = DateText::day(issue.date, m_locale);
                tip << DateText::full(issue.date, m_locale).toHtmlEscaped();
                if (issue.dateSource == MetadataSource::Guess)
                    title += u" ?"_s;
            } else {
                child->key = u"f:"_s + QString::number(child->issueId);
                const auto file = m_library->issue(child->issueId);
                title = file ? QFileInfo(file->sourcePath).completeBaseName() : tr("Undated");
                if (file)
                    tip << file->sourcePath.toHtmlEscaped();
            }
            if (!issue.edition.isEmpty()) {
                title += u"  "_s + issue.edition;
                tip << issue.edition.toHtmlEscaped();
            }
            child->text =
                withCount(title, issue.articleCount, issue.doubtCount, issue.correctionCount);
            if (issue.date.isValid())
                tip << tr("Date %1").arg(sourceNote(issue.dateSource));
            tip << tr("%n page(s)", nullptr, issue.pageCount) + u" · "_s +
                       tr("%n article(s)", nullptr, issue.articleCount);
            if (issue.fileIds.size() > 1)
                tip << tr("%n file(s)", nullptr, int(issue.fileIds.size()));
            tip << LibraryModel::parseNotes(issue.doubtCount, issue.correctionCount);
            child->toolTip = tip.join(u"<br>"_s);
            children.push_back(std::move(child));
        }
    };

    switch (node->type) {
    case NodeType::Root: {
        if (!readCollections(children))
            return false;
        const auto papers = m_library->newspapers();
        if (!papers)
            return failed(papers);
        for (const NewspaperRecord &paper : *papers) {
            auto child = std::make_unique<Node>();
            child->type = NodeType::Newspaper;
            child->paper = paper.paper;
            child->key = u"n:"_s + paper.paper;
            child->count = paper.issueCount;
            child->articles = paper.articleCount;
            child->below = paper.issueCount;
            child->text = withCount(paper.paper.isEmpty() ? tr("Unknown newspaper") : paper.paper,
                                    paper.issueCount);
            child->toolTip = tr("%n issue(s)", nullptr, paper.issueCount) + u" · "_s +
                             tr("%n article(s)", nullptr, paper.articleCount);
            if (paper.paper.isEmpty())
                child->toolTip.prepend(tr("Files that name no newspaper; set one with Issue "
                                          "Properties.") +
                                       u"<br>"_s);
            children.push_back(std::move(child));
        }
        return true;
    }
    case NodeType::Newspaper:
    case NodeType::Year: {
        const bool years = node->type == NodeType::Newspaper;
        if (!years && node->year == 0) { // the undated files: no months
            const auto issues = m_library->archiveIssues(node->paper, 0, 0);
            if (!issues)
                return failed(issues);
            dayNodes(*issues);
            return true;
        }
        const auto periods =
            years ? m_library->years(node->paper) : m_library->months(node->paper, node->year);
        if (!periods)
            return failed(periods);
        for (const PeriodRecord &period : *periods) {
            auto child = std::make_unique<Node>();
            child->type = years ? NodeType::Year : NodeType::Month;
            child->paper = node->paper;
            child->year = years ? period.year : node->year;
            child->month = years ? 0 : period.month;
            child->key = years ? u"y:"_s + QString::number(period.year)
                               : u"m:"_s + QString::number(period.month);
            child->count = period.issueCount;
            child->articles = period.articleCount;
            child->below = period.issueCount;
            QString title;
            if (!years)
                title = DateText::month(node->year, period.month, m_locale);
            else if (period.year == 0)
                title = tr("Undated");
            else
                title = DateText::year(period.year, m_locale);
            child->text = withCount(title, period.issueCount);
            child->toolTip = tr("%n issue(s)", nullptr, period.issueCount) + u" · "_s +
                             tr("%n article(s)", nullptr, period.articleCount);
            if (years && period.year == 0)
                child->toolTip.prepend(tr("Files whose text, name and path give no date") +
                                       u"<br>"_s);
            children.push_back(std::move(child));
        }
        return true;
    }
    case NodeType::Month: {
        const auto issues = m_library->archiveIssues(node->paper, node->year, node->month);
        if (!issues)
            return failed(issues);
        dayNodes(*issues);
        return true;
    }
    case NodeType::Day: {
        const auto pages = node->date.isValid() ? m_library->archivePages(node->paper, node->date)
                                                : m_library->pagesOfFile(node->issueId);
        if (!pages)
            return failed(pages);
        for (const PageRecord &page : *pages)
            children.push_back(pageNode(page, *node));
        return true;
    }
    case NodeType::Page: {
        const auto sections = m_library->sectionsOnPage(node->issueId, node->position);
        if (!sections)
            return failed(sections);
        // A page holding one section of its own name, or named by its marker (or
        // none named): its articles stand right under the page, the section would
        // only repeat it.
        const QString only = sections->size() == 1 ? sections->first().title : QString();
        if (sections->size() == 1 && (only.isEmpty() || only == node->pageName ||
                                      Conventions::pageMarker(only).has_value())) {
            const auto entries =
                m_library->sectionEntriesOnPage(sections->first().id, node->position);
            if (!entries)
                return failed(entries);
            addEntries(node, *entries, children);
            return true;
        }
        for (const SectionRecord &section : *sections) {
            auto child = std::make_unique<Node>();
            child->type = NodeType::Section;
            child->id = section.id;
            child->issueId = node->issueId;
            child->paper = node->paper;
            child->date = node->date;
            child->position = node->position;
            child->key = u"s:"_s + QString::number(section.id);
            child->count = section.articleCount;
            child->articles = section.articleCount;
            child->below = section.articleCount;
            child->text = withCount(section.title.isEmpty() ? tr("Articles") : section.title,
                                    section.articleCount);
            child->toolTip = section.title.isEmpty()
                                 ? tr("Articles the page prints before naming a section")
                                 : ArticleHtml::toolTip(section.title);
            children.push_back(std::move(child));
        }
        return true;
    }
    case NodeType::Section: {
        const auto entries = m_library->sectionEntriesOnPage(node->id, node->position);
        if (!entries)
            return failed(entries);
        addEntries(node, *entries, children);
        return true;
    }
    case NodeType::Collection: {
        const auto articles = m_library->collectionArticles(node->id);
        if (!articles)
            return failed(articles);
        for (const ArticleRecord &record : *articles)
            children.push_back(articleNode(record, *node));
        return true;
    }
    default:
        return true;
    }
}

void ArchiveModel::loadChildren(Node *node)
{
    // Views may ask for more while rows are being inserted; one change at a time.
    if (!m_library || node->fetched || m_changing)
        return;
    std::vector<std::unique_ptr<Node>> children;
    if (!readChildren(node, children))
        return;
    node->fetched = true;
    if (children.empty())
        return;
    beginInsertRows(indexFor(node), 0, int(children.size()) - 1);
    m_changing = true;
    for (auto &child : children)
        node->add(std::move(child));
    endInsertRows();
    m_changing = false;
}

void ArchiveModel::fetchAll()
{
    std::function<void(Node *)> walk = [&](Node *node) {
        loadChildren(node);
        for (auto &child : node->children)
            walk(child.get());
    };
    walk(m_root.get());
}

ArchiveModel::Node *ArchiveModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ArchiveModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

ArchiveModel::Node *ArchiveModel::childWithKey(Node *node, const QString &part)
{
    loadChildren(node);
    for (auto &child : node->children) {
        if (child->key == part)
            return child.get();
    }
    return nullptr;
}

QString ArchiveModel::keyOf(const QModelIndex &index)
{
    QStringList parts;
    for (QModelIndex at = index; at.isValid(); at = at.parent())
        parts.prepend(at.data(KeyRole).toString());
    return parts.join(kKeySeparator);
}

QModelIndex ArchiveModel::indexOfKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    Node *node = m_root.get();
    for (const QString &part : key.split(kKeySeparator)) {
        node = childWithKey(node, part);
        if (!node)
            return {};
    }
    return indexFor(node);
}

QModelIndex ArchiveModel::indexOfPaper(const QString &paper)
{
    return indexFor(childWithKey(m_root.get(), u"n:"_s + paper));
}

QModelIndex ArchiveModel::indexOfIssue(const QString &paper, const QDate &date)
{
    if (!date.isValid())
        return {};
    Node *node = childWithKey(m_root.get(), u"n:"_s + paper);
    if (node)
        node = childWithKey(node, u"y:"_s + QString::number(date.year()));
    if (node)
        node = childWithKey(node, u"m:"_s + QString::number(date.month()));
    if (node)
        node = childWithKey(node, u"d:"_s + date.toString(Qt::ISODate));
    return indexFor(node);
}

QModelIndex ArchiveModel::indexOfCollection(qint64 collectionId)
{
    Node *top = childWithKey(m_root.get(), u"c"_s);
    return indexFor(top ? childWithKey(top, u"c:"_s + QString::number(collectionId)) : nullptr);
}

QModelIndex ArchiveModel::indexOfFile(qint64 fileId)
{
    if (!m_library)
        return {};
    const auto file = m_library->issue(fileId);
    if (!file)
        return {};
    if (file->date.isValid())
        return indexOfIssue(file->paper, file->date);
    Node *node = childWithKey(m_root.get(), u"n:"_s + file->paper);
    if (node)
        node = childWithKey(node, u"y:0"_s);
    if (node)
        node = childWithKey(node, u"f:"_s + QString::number(fileId));
    return indexFor(node);
}

QModelIndex ArchiveModel::findArticle(Node *node, qint64 articleId, int depth)
{
    if (node->type == NodeType::Article)
        return node->id == articleId ? indexFor(node) : QModelIndex();
    if (depth == 0)
        return {};
    loadChildren(node);
    for (auto &child : node->children) {
        if (const QModelIndex found = findArticle(child.get(), articleId, depth - 1);
            found.isValid())
            return found;
    }
    return {};
}

QModelIndex ArchiveModel::indexOfArticle(qint64 articleId)
{
    if (!m_library)
        return {};
    const auto stored = m_library->article(articleId);
    return stored ? indexOfArticle(*stored) : QModelIndex();
}

QModelIndex ArchiveModel::indexOfArticle(const StoredArticle &article)
{
    const qint64 fileId = article.record.issueId;
    Node *day = nodeFor(indexOfFile(fileId));
    if (day == m_root.get())
        return {};
    loadChildren(day);
    // The page it starts on first (the last of its file's pages starting at or
    // before its first line), then the file's other pages.
    std::vector<Node *> pages;
    for (auto &page : day->children) {
        if (page->issueId == fileId)
            pages.push_back(page.get());
    }
    if (pages.size() > 1) {
        const int line = article.article.firstLine();
        const auto pageRecords = m_library->pagesOfFile(fileId);
        int position = -1;
        if (pageRecords) {
            for (const PageRecord &page : *pageRecords) {
                if (position < 0 || (page.firstLine > 0 && page.firstLine <= line))
                    position = page.position;
            }
        }
        std::stable_partition(pages.begin(), pages.end(),
                              [position](const Node *page) { return page->position == position; });
    }
    for (Node *page : pages) {
        // Page → (section) → (group) → article.
        if (const QModelIndex found = findArticle(page, article.record.id, 3); found.isValid())
            return found;
    }
    return {};
}

ArchiveModel::NodeType ArchiveModel::typeOf(const QModelIndex &index)
{
    return LibraryModel::typeOf(index);
}

qint64 ArchiveModel::idOf(const QModelIndex &index)
{
    return LibraryModel::idOf(index);
}

QList<qint64> ArchiveModel::articlesUnder(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    QList<qint64> ids;
    std::function<void(Node *)> walk = [&](Node *n) {
        if (n->type == NodeType::Article) {
            ids << n->id;
            return;
        }
        loadChildren(n);
        for (auto &child : n->children)
            walk(child.get());
    };
    if (node != m_root.get())
        walk(node);
    return ids;
}

QList<qint64> ArchiveModel::filesUnder(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    QList<qint64> ids;
    std::function<void(Node *)> walk = [&](Node *n) {
        if (n->type == NodeType::Day) {
            ids << n->fileIds;
            return;
        }
        if (n->issueId != 0) { // a page and below: its file
            ids << n->issueId;
            return;
        }
        loadChildren(n);
        for (auto &child : n->children)
            walk(child.get());
    };
    if (node != m_root.get())
        walk(node);
    return ids;
}

QStringList ArchiveModel::papers() const
{
    QStringList papers;
    for (const auto &paper : m_root->children) {
        if (!paper->paper.isEmpty())
            papers << paper->paper;
    }
    return papers;
}

QModelIndex ArchiveModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    Node *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex ArchiveModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int ArchiveModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ArchiveModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ArchiveModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (node->type == NodeType::Article)
        return false;
    return node->fetched ? !node->children.empty() : node->below > 0;
}

bool ArchiveModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return !m_changing && !node->fetched && node->below > 0;
}

void ArchiveModel::fetchMore(const QModelIndex &parent)
{
    loadChildren(nodeFor(parent));
}

QVariant ArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        if (node->type == NodeType::Day)
            return node->toolTip +
                   (node->guessed
                        ? u"<br><i>"_s +
                              tr("The date is guessed from the file's modification time") +
                              u"</i>"_s
                        : QString());
        if (node->guessed)
            return node->toolTip + u"<br><i>"_s +
                   (node->type == NodeType::Page
                        ? tr("The page is a guess")
                        : tr("The date is guessed from the file's modification time")) +
                   u"</i>"_s;
        return node->toolTip;
    case Qt::FontRole:
        if (node->guessed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        switch (node->type) {
        case NodeType::Newspaper:
            return Icons::get(u"newspaper"_s);
        case NodeType::Year:
        case NodeType::Month:
            return Icons::get(u"calendar"_s);
        case NodeType::Day:
            return Icons::get(u"issue"_s);
        case NodeType::Page:
            return Icons::get(u"page"_s);
        case NodeType::Section:
            return Icons::get(u"section"_s);
        case NodeType::Group:
            return Icons::get(u"group"_s);
        case NodeType::Article:
            return Icons::forKind(node->kind);
        case NodeType::Collections:
        case NodeType::Collection:
            return Icons::get(u"collection"_s);
        default:
            return {};
        }
    case NodeTypeRole:
        return int(node->type);
    case IdRole:
        return node->id;
    case IssueIdRole:
        return node->issueId;
    case KindRole:
        return int(node->kind);
    case FilterTextRole:
        return node->filterText;
    case PaperRole:
        return node->paper;
    case DateRole:
        return node->date;
    case YearRole:
        return node->year;
    case MonthRole:
        return node->month;
    case FileIdsRole:
        return QVariant::fromValue(node->fileIds);
    case PagePositionRole:
        return node->position;
    case CountRole:
        return node->count;
    case ArticleCountRole:
        return node->type == NodeType::Article ? 1 : node->articles;
    case GuessedRole:
        return node->guessed;
    case KeyRole:
        return node->key;
    case CollectionIdRole:
        return node->collectionId;
    case NameRole:
        return node->name;
    default:
        return {};
    }
}

} // namespace Broadsheet
