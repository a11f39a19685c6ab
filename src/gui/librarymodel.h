#pragma once

#include "libraryrecords.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Broadsheet {

class Library;

// The library as a tree: Issue → Section → (Group) → Article. Issues are read
// at once; an issue's sections and a section's articles when first needed
// (canFetchMore/fetchMore). All reading goes through Library.
class LibraryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Issue: one file. The archive (ArchiveModel) adds its levels above the
    // sections: a newspaper, a year, a month, an issue of the paper (every file of
    // one day) and a page. Both models share these types and roles, so that the
    // window and LibraryFilterModel work with either. The archive's first row
    // gathers the reader's collections (Collections → Collection → Article).
    enum class NodeType {
        Root,
        Issue,
        Section,
        Group,
        Article,
        Newspaper,
        Year,
        Month,
        Day,
        Page,
        Collections,
        Collection,
    };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1,
        IdRole,         // the library id of the issue, section, group or article
        IssueIdRole,    // the issue the row belongs to
        KindRole,       // articles: ArticleKind as int
        FilterTextRole, // articles: kicker, title and subtitle, folded (TextFold)
    };

    explicit LibraryModel(QObject *parent = nullptr);
    ~LibraryModel() override;

    void setLibrary(Library *library); // not owned
    Library *library() const { return m_library; }

    // Re-reads the list of issues, keeping the rows (and their loaded children)
    // of issues that are still there.
    void refreshIssues();
    void fetchAll();

    QModelIndex indexOfIssue(qint64 issueId) const;
    QModelIndex indexOfArticle(qint64 articleId);
    QModelIndex indexOfArticle(const ArticleRecord &article); // without reading the library
    static NodeType typeOf(const QModelIndex &index);
    static qint64 idOf(const QModelIndex &index);
    // Every article under the index (itself if an article), in reading order.
    QList<qint64> articlesUnder(const QModelIndex &index);
    // An article's row: its tool tip (rich text, escaped) and its filter text.
    static QString articleToolTip(const ArticleRecord &record);
    static QString articleFilterText(const ArticleRecord &record);
    // A row's number and what the reader should know of its parse, for "(…)":
    // "8 · 2 doubtful · corrected"; a count below 0 is left out.
    static QString countText(int count, int doubts, int corrections);
    // The same for a tool tip: "2 doubtful spots", "3 corrections of yours" (or nothing).
    static QStringList parseNotes(int doubts, int corrections);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void readFailed(const QString &message);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node) const;
    void loadChildren(Node *node);
    std::unique_ptr<Node> issueNode(const IssueRecord &issue);
    static std::unique_ptr<Node> articleNode(const ArticleRecord &record);

    Library *m_library = nullptr;
    std::unique_ptr<Node> m_root;
    bool m_changing = false; // rows are being inserted, removed or moved
};

} // namespace Broadsheet
