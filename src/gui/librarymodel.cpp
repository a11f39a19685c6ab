#include "librarymodel.h"

#include "articlehtml.h"
#include "icons.h"
#include "library.h"
#include "textfold.h"

#include <QFileInfo>
#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace Broadsheet {

struct LibraryModel::Node
{
    NodeType type = NodeType::Root;
    qint64 id = 0;
    qint64 issueId = 0;
    Node *parent = nullptr;
    int row = 0;
    QString text;
    QString toolTip;
    QString filterText; // articles: the headline folded (TextFold), for the tree's filter box
    int count = 0;      // articles below
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
    void renumber()
    {
        for (size_t i = 0; i < children.size(); ++i)
            children[i]->row = int(i);
    }
};

namespace {

QString withCount(const QString &title, int count)
{
    return QStringLiteral("%1  (%2)").arg(title, QString::number(count));
}

} // namespace

QString LibraryModel::countText(int count, int doubts, int corrections)
{
    QStringList parts;
    if (count >= 0)
        parts << QString::number(count);
    // Kept short and quiet: the tool tip says it in full.
    if (doubts > 0)
        parts << tr("%n doubtful", "a tree row's doubtful spots, after its count", doubts);
    if (corrections > 0)
        parts << tr("corrected", "a tree row's issue has corrections of the reader's");
    return parts.join(u" · "_s);
}

QStringList LibraryModel::parseNotes(int doubts, int corrections)
{
    QStringList notes;
    // Where the parser guessed (Go ▸ Next Doubtful Spot), said only when it did.
    if (doubts > 0)
        notes << tr("%n doubtful spot(s)", nullptr, doubts);
    if (corrections > 0)
        notes << tr("%n correction(s) of yours", nullptr, corrections);
    return notes;
}

QString LibraryModel::articleFilterText(const ArticleRecord &record)
{
    return TextFold::fold(record.kicker + u' ' + record.title + u' ' + record.subtitle);
}

QString LibraryModel::articleToolTip(const ArticleRecord &record)
{
    QStringList tip;
    if (!record.kicker.isEmpty())
        tip << record.kicker.toHtmlEscaped();
    tip << u"<b>"_s + record.displayTitle().toHtmlEscaped() + u"</b>"_s;
    if (!record.subtitle.isEmpty())
        tip << record.subtitle.toHtmlEscaped();
    QString meta = kindName(record.kind);
    if (!record.authors.isEmpty())
        meta += u" · "_s + record.authors.join(u'、');
    tip << u"<i>"_s + meta.toHtmlEscaped() + u"</i>"_s;
    return tip.join(u"<br>"_s);
}

std::unique_ptr<LibraryModel::Node> LibraryModel::articleNode(const ArticleRecord &record)
{
    auto node = std::make_unique<LibraryModel::Node>();
    node->type = LibraryModel::NodeType::Article;
    node->id = record.id;
    node->issueId = record.issueId;
    node->kind = record.kind;
    node->fetched = true;
    node->text = record.displayTitle();
    node->filterText = articleFilterText(record);
    node->toolTip = articleToolTip(record);
    return node;
}

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->fetched = true;
}

LibraryModel::~LibraryModel() = default;

void LibraryModel::setLibrary(Library *library)
{
    beginResetModel();
    m_library = library;
    m_root = std::make_unique<Node>();
    m_root->fetched = true;
    endResetModel();
    refreshIssues();
}

std::unique_ptr<LibraryModel::Node> LibraryModel::issueNode(const IssueRecord &issue)
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Issue;
    node->id = issue.id;
    node->issueId = issue.id;
    node->count = issue.articleCount;
    node->text =
        issue.title.isEmpty() ? QFileInfo(issue.sourcePath).completeBaseName() : issue.title;
    // A date guessed from the file's modification time is no issue date to show.
    if (issue.date.isValid() && issue.dateSource != MetadataSource::Guess &&
        !node->text.contains(issue.date.toString(Qt::ISODate)))
        node->text += u"  "_s + QLocale().toString(issue.date, QLocale::ShortFormat);
    node->text +=
        u"  (%1)"_s.arg(countText(issue.articleCount, issue.doubtCount, issue.correctionCount));
    node->toolTip =
        tr("%1<br>%2 · %n article(s)<br>Imported %3", nullptr, issue.articleCount)
            .arg(issue.sourcePath.toHtmlEscaped(), issue.encoding,
                 QLocale().toString(issue.importedAt.toLocalTime(), QLocale::ShortFormat));
    for (const QString &note : parseNotes(issue.doubtCount, issue.correctionCount))
        node->toolTip += u"<br>"_s + note;
    return node;
}

void LibraryModel::refreshIssues()
{
    if (!m_library)
        return;
    const auto issues = m_library->issues();
    if (!issues) {
        emit readFailed(issues.errorMessage());
        return;
    }
    // Rows of issues no longer in the library go; the others keep their children.
    QSet<qint64> wanted;
    for (const IssueRecord &issue : *issues)
        wanted << issue.id;
    for (int row = int(m_root->children.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_root->children[size_t(row)]->id)) {
            beginRemoveRows({}, row, row);
            m_changing = true;
            m_root->children.erase(m_root->children.begin() + row);
            m_root->renumber();
            endRemoveRows();
            m_changing = false;
        }
    }
    // New issues go where the library's order puts them.
    for (int position = 0; position < issues->size(); ++position) {
        const IssueRecord &issue = issues->at(position);
        const bool present = position < int(m_root->children.size()) &&
                             m_root->children[size_t(position)]->id == issue.id;
        if (present) {
            // Its count, doubts or corrections may have changed (a correction).
            Node *node = m_root->children[size_t(position)].get();
            const auto fresh = issueNode(issue);
            if (node->count != fresh->count || node->text != fresh->text ||
                node->toolTip != fresh->toolTip) {
                node->count = fresh->count;
                node->text = fresh->text;
                node->toolTip = fresh->toolTip;
                const QModelIndex changed = index(position, 0);
                emit dataChanged(changed, changed);
            }
            continue;
        }
        auto existing = std::find_if(m_root->children.begin(), m_root->children.end(),
                                     [&](const auto &node) { return node->id == issue.id; });
        if (existing != m_root->children.end()) {
            const int from = int(existing - m_root->children.begin());
            beginMoveRows({}, from, from, {}, position > from ? position + 1 : position);
            m_changing = true;
            auto node = std::move(*existing);
            m_root->children.erase(existing);
            m_root->children.insert(m_root->children.begin() + position, std::move(node));
            m_root->renumber();
            endMoveRows();
            m_changing = false;
            continue;
        }
        beginInsertRows({}, position, position);
        m_changing = true;
        auto node = issueNode(issue);
        node->parent = m_root.get();
        m_root->children.insert(m_root->children.begin() + position, std::move(node));
        m_root->renumber();
        endInsertRows();
        m_changing = false;
    }
}

void LibraryModel::loadChildren(Node *node)
{
    // Views may ask for more while rows are being inserted; one change at a time.
    if (!m_library || node->fetched || m_changing)
        return;
    std::vector<std::unique_ptr<Node>> children;
    if (node->type == NodeType::Issue) {
        const auto sections = m_library->sections(node->id);
        if (!sections) {
            emit readFailed(sections.errorMessage());
            return;
        }
        for (const SectionRecord &section : *sections) {
            auto child = std::make_unique<Node>();
            child->type = NodeType::Section;
            child->id = section.id;
            child->issueId = node->id;
            child->count = section.articleCount;
            child->text = withCount(section.title.isEmpty() ? tr("Articles") : section.title,
                                    section.articleCount);
            child->toolTip = section.title.isEmpty()
                                 ? tr("Articles the issue prints before naming a section")
                                 : ArticleHtml::toolTip(section.title);
            children.push_back(std::move(child));
        }
    } else if (node->type == NodeType::Section) {
        const auto entries = m_library->sectionEntries(node->id);
        if (!entries) {
            emit readFailed(entries.errorMessage());
            return;
        }
        for (const SectionEntry &entry : *entries) {
            if (!entry.group) {
                children.push_back(articleNode(entry.article));
                continue;
            }
            auto group = std::make_unique<Node>();
            group->type = NodeType::Group;
            group->id = entry.group->id;
            group->issueId = node->issueId;
            group->count = int(entry.group->articles.size());
            group->text = withCount(entry.group->title, group->count);
            group->toolTip = ArticleHtml::toolTip(entry.group->title);
            group->fetched = true;
            for (const ArticleRecord &record : entry.group->articles)
                group->add(articleNode(record));
            children.push_back(std::move(group));
        }
    }
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

void LibraryModel::fetchAll()
{
    for (auto &issue : m_root->children) {
        loadChildren(issue.get());
        for (auto &section : issue->children)
            loadChildren(section.get());
    }
}

LibraryModel::Node *LibraryModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex LibraryModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex LibraryModel::indexOfIssue(qint64 issueId) const
{
    for (const auto &issue : m_root->children) {
        if (issue->id == issueId)
            return indexFor(issue.get());
    }
    return {};
}

QModelIndex LibraryModel::indexOfArticle(qint64 articleId)
{
    if (!m_library)
        return {};
    const auto stored = m_library->article(articleId);
    return stored ? indexOfArticle(stored->record) : QModelIndex();
}

QModelIndex LibraryModel::indexOfArticle(const ArticleRecord &article)
{
    const qint64 articleId = article.id;
    const QModelIndex issue = indexOfIssue(article.issueId);
    if (!issue.isValid())
        return {};
    Node *issueNode = nodeFor(issue);
    loadChildren(issueNode);
    for (auto &section : issueNode->children) {
        if (section->id != article.sectionId)
            continue;
        loadChildren(section.get());
        for (auto &child : section->children) {
            if (child->type == NodeType::Article && child->id == articleId)
                return indexFor(child.get());
            if (child->type == NodeType::Group) {
                for (auto &member : child->children) {
                    if (member->id == articleId)
                        return indexFor(member.get());
                }
            }
        }
    }
    return {};
}

LibraryModel::NodeType LibraryModel::typeOf(const QModelIndex &index)
{
    return index.isValid() ? NodeType(index.data(NodeTypeRole).toInt()) : NodeType::Root;
}

qint64 LibraryModel::idOf(const QModelIndex &index)
{
    return index.data(IdRole).toLongLong();
}

QList<qint64> LibraryModel::articlesUnder(const QModelIndex &index)
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

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    Node *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool LibraryModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (node->type == NodeType::Article)
        return false;
    return node->fetched ? !node->children.empty() : node->count > 0;
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return !m_changing && !node->fetched && node->count > 0;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    loadChildren(nodeFor(parent));
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip;
    case Qt::DecorationRole:
        switch (node->type) {
        case NodeType::Issue:
            return Icons::get(QStringLiteral("issue"));
        case NodeType::Section:
            return Icons::get(QStringLiteral("section"));
        case NodeType::Group:
            return Icons::get(QStringLiteral("group"));
        case NodeType::Article:
            return Icons::forKind(node->kind);
        default:
            return {};
        }
        return {};
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
    default:
        return {};
    }
}

} // namespace Broadsheet
