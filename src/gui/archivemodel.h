#pragma once

#include "librarymodel.h"
#include "libraryrecords.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QLocale>

#include <memory>
#include <vector>

namespace Broadsheet {

class Library;

// The library as an archive: Newspaper → Year → Month → Day (the paper's issue
// of that day, all its files) → Page → Section → (Group) → Article. Undated
// files stand in year 0 ("Undated"), one issue each, without months; files of
// no known paper under "Unknown newspaper". Each level is read from Library
// when first expanded (canFetchMore/fetchMore). Types and roles are
// LibraryModel's, so that the window and LibraryFilterModel take either model.
// Above the papers, once the reader has made one, stand the collections
// (Collections → Collection → Article), read as lazily.
class ArchiveModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using NodeType = LibraryModel::NodeType;
    enum Role {
        NodeTypeRole = LibraryModel::NodeTypeRole,
        IdRole = LibraryModel::IdRole, // section, group, article; a day or page: its (first) file
        IssueIdRole = LibraryModel::IssueIdRole, // the file the row belongs to (days: the first)
        KindRole = LibraryModel::KindRole,
        FilterTextRole = LibraryModel::FilterTextRole,
        PaperRole = LibraryModel::FilterTextRole + 10, // the newspaper ("" unknown)
        DateRole,         // days and below: the issue's date (invalid: undated)
        YearRole,         // years, months: 0 for the undated files
        MonthRole,        // months
        FileIdsRole,      // days: the issue's files (QList<qint64>)
        PagePositionRole, // pages and below: the page's position in its file (-1: whole file)
        CountRole,        // the row's number: issues (papers, years, months), else articles
        ArticleCountRole, // articles under the row
        GuessedRole,      // the row's date, paper or page is a guess
        KeyRole,          // where the row stands, for keyOf/indexOfKey
        CollectionIdRole, // a collection and its articles: the collection's id (else 0)
        NameRole,         // a collection: its name, without the count
    };

    explicit ArchiveModel(QObject *parent = nullptr);
    ~ArchiveModel() override;

    void setLibrary(Library *library); // not owned
    Library *library() const { return m_library; }

    // Reads the archive again (after an import or a change of metadata): every
    // row is new. Keep keyOf() of what should stay open, and find it again with
    // indexOfKey().
    void refresh();
    void fetchAll(); // every level (the tree's filter looks at every article)

    QModelIndex indexOfPaper(const QString &paper);
    QModelIndex indexOfIssue(const QString &paper, const QDate &date);
    QModelIndex indexOfFile(qint64 fileId); // its day (an undated file: its own issue)
    QModelIndex indexOfArticle(qint64 articleId);
    QModelIndex indexOfArticle(const StoredArticle &article);
    QModelIndex indexOfCollection(qint64 collectionId);
    // A row's place ("paper/2019/2/2019-02-20/page…"), and the row at a place,
    // loading the levels on the way; invalid when it is gone.
    static QString keyOf(const QModelIndex &index);
    QModelIndex indexOfKey(const QString &key);
    static NodeType typeOf(const QModelIndex &index);
    static qint64 idOf(const QModelIndex &index);
    // Every article under the index (itself if an article), in reading order:
    // by page, then section.
    QList<qint64> articlesUnder(const QModelIndex &index);
    // The files under the index (a day: its files; a paper: all of its files).
    QList<qint64> filesUnder(const QModelIndex &index);
    QStringList papers() const; // the known newspapers, as listed

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
    Node *childWithKey(Node *node, const QString &part);
    QModelIndex findArticle(Node *node, qint64 articleId, int depth);
    bool readChildren(Node *node, std::vector<std::unique_ptr<Node>> &children);
    void addEntries(Node *parent, const QList<SectionEntry> &entries,
                    std::vector<std::unique_ptr<Node>> &children) const;
    std::unique_ptr<Node> pageNode(const PageRecord &page, const Node &parent) const;
    static std::unique_ptr<Node> articleNode(const ArticleRecord &record, const Node &parent);
    bool readCollections(std::vector<std::unique_ptr<Node>> &children);

    Library *m_library = nullptr;
    std::unique_ptr<Node> m_root;
    QLocale m_locale;
    bool m_changing = false; // rows are being inserted
};

} // namespace Broadsheet
